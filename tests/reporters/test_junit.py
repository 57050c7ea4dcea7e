"""JUnit XML: read back with junitparser; illegal characters cannot break it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from junitparser import Error, Failure, JUnitXml

import tqcheck
from tqcheck.model import InputError
from tqcheck.reporters.junit import xml_text

from .conftest import run, summarize


def suite_of(xml: str):
    parsed = JUnitXml.fromstring(xml.encode("utf-8"))  # as read from the file
    suites = list(parsed) if isinstance(parsed, JUnitXml) else [parsed]
    assert len(suites) == 1
    return suites[0]


def test_cases_and_failures(samples):
    suite = suite_of(run("junit", samples))
    assert suite.name == "tqcheck"
    cases = list(suite)
    assert [c.name for c in cases] == [r.document.path for r in samples]
    assert all(c.classname == "tqcheck" for c in cases)
    failed = [c for c in cases if any(isinstance(x, Failure) for x in c.result)]
    assert len(failed) == sum(not r.passed for r in samples)
    assert suite.tests == len(samples)
    assert suite.failures == len(failed)


def test_failure_message_and_body(samples):
    report = next(r for r in samples if not r.passed)
    case = next(iter(suite_of(run("junit", [report]))))
    failure = case.result[0]
    assert failure.message.startswith(f"score {report.score:.1f}; {len(report.findings)} findings")
    lines = failure.text.splitlines()
    assert len(lines) == len(report.findings)
    f = report.findings[0]
    assert lines[0].endswith(f"{f.severity.value} {f.rule} {f.message}")
    testcase = ET.fromstring(run("junit", [report])).find(".//testcase")
    assert testcase is not None
    props = {p.get("name"): p.get("value") for p in testcase.iter("property")}
    assert props["score"] == f"{report.score:.1f}"


def test_records_are_named_path_hash_id():
    report = tqcheck.check_text("The cat sat.", path="feed.jsonl", id="r7")
    case = next(iter(suite_of(run("junit", [report]))))
    assert case.name == "feed.jsonl#r7"


def test_illegal_xml_characters_are_removed():
    text = "The the cat\x01 sat.\x0b\n\nA \ufffe second\x1f line."
    report = tqcheck.check_text(text, path="bad\x00name\x08.txt")
    xml = run("junit", [report])
    case = next(iter(suite_of(xml)))
    assert case.name == "badname.txt"
    assert xml_text("a\x00b\ud800c\U0001f600") == "abc\U0001f600"


def test_input_errors_are_error_cases():
    summary = summarize([])
    summary.input_errors.append(InputError("missing.txt", "no such file"))
    suite = suite_of(run("junit", [], summary=summary))
    case = next(iter(suite))
    assert isinstance(case.result[0], Error)
    assert suite.errors == 1


def test_deterministic_without_timestamp_and_with_one(samples):
    assert run("junit", samples) == run("junit", samples)
    assert "timestamp=" not in run("junit", samples)
    assert 'timestamp="2025-01-01T00:00:00"' in run("junit", [], timestamp="2025-01-01T00:00:00")
