"""SARIF 2.1.0: schema-valid, regions that locate the finding, rule metadata, fixes."""

from __future__ import annotations

import json

import jsonschema
import pytest

import tqcheck
from tqcheck.model import Finding, InputError, Severity
from tqcheck.reporters.sarif import artifact_uri, rule_name

from .conftest import SARIF_SCHEMA, run, summarize


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    if not SARIF_SCHEMA.exists():
        pytest.skip("../shared/schemas/sarif-schema-2.1.0.json is not available")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def sarif(reports, **options):
    return json.loads(run("sarif", reports, **options))


def test_samples_validate(samples, validator):
    log = sarif(samples)
    validator.validate(log)
    run_ = log["runs"][0]
    assert len(log["runs"]) == 1
    assert len(run_["results"]) == sum(len(r.findings) for r in samples)
    assert run_["columnKind"] == "utf16CodeUnits"
    assert run_["tool"]["driver"]["name"] == "tqcheck"
    assert run_["tool"]["driver"]["version"] == tqcheck.__version__


def test_results_locate_their_findings(samples):
    log = sarif(samples)
    texts = {r.document.path: r.text for r in samples}
    findings = [f for r in samples for f in r.findings]
    for result, f in zip(log["runs"][0]["results"], findings, strict=True):
        loc = result["locations"][0]["physicalLocation"]
        text = texts[loc["artifactLocation"]["uri"]]
        region = loc["region"]
        # The samples are BMP text, so UTF-16 units and code points agree.
        assert text[region["charOffset"] : region["charOffset"] + region["charLength"]] == f.text
        lines = text.split("\n")
        assert lines[region["startLine"] - 1][region["startColumn"] - 1 :].startswith(
            f.text.split("\n")[0]
        )
        assert result["ruleId"] == f.rule
        assert result["level"] == {"critical": "error", "major": "error", "minor": "warning",
                                   "info": "note"}[f.severity.value]  # fmt: skip
        assert result["partialFingerprints"]["tqcheck/v1"]


def test_rules_describe_every_rule_that_fired(samples):
    run_ = sarif(samples)["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert sorted(r["id"] for r in rules) == sorted({f.rule for s in samples for f in s.findings})
    for result in run_["results"]:
        rule = rules[result["ruleIndex"]]
        assert rule["id"] == result["ruleId"]
        assert rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
        assert rule["properties"]["category"]
        assert rule["name"] == rule_name(rule["id"])


def test_utf16_and_code_point_columns(validator):
    text = "😀 The the cat."  # the emoji is two UTF-16 code units
    report = tqcheck.check_text(text, path="a.txt")
    utf16 = sarif([report])["runs"][0]
    points = sarif([report], column_kind="unicodeCodePoints")["runs"][0]
    validator.validate({"version": "2.1.0", "runs": [points]})
    assert points["columnKind"] == "unicodeCodePoints"
    r16 = utf16["results"][0]["locations"][0]["physicalLocation"]["region"]
    rcp = points["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (rcp["startColumn"], rcp["charOffset"], rcp["charLength"]) == (3, 2, 7)
    assert (r16["startColumn"], r16["charOffset"], r16["charLength"]) == (4, 3, 7)
    assert r16["endColumn"] == 11


def test_fixes_for_files_but_not_records(validator):
    plain = tqcheck.check_text("The the cat.", path="dir with space/a.txt")
    record = tqcheck.check_text(
        "The the cat.", path="feed.jsonl", id="r1", line=4, meta={"format": "jsonl"}
    )
    log = sarif([plain, record])
    validator.validate(log)
    first, second = log["runs"][0]["results"]
    change = first["fixes"][0]["artifactChanges"][0]
    assert change["artifactLocation"]["uri"] == "dir%20with%20space/a.txt"
    assert change["replacements"] == [
        {"deletedRegion": {"charOffset": 0, "charLength": 7}, "insertedContent": {"text": "The"}}
    ]
    assert "fixes" not in second
    loc = second["locations"][0]
    assert loc["physicalLocation"]["region"] == {"startLine": 4}
    assert loc["logicalLocations"][0]["fullyQualifiedName"] == "feed.jsonl#r1"
    assert second["properties"]["recordId"] == "r1"
    assert second["properties"]["textRegion"]["charOffset"] == 0


def test_unknown_rule_falls_back_to_the_message(validator):
    report = tqcheck.check_text("A clean sentence.", path="a.txt")
    report.findings.append(
        Finding("house.custom", "style/house", Severity.INFO, "Custom message.", 0, 1, "A", 0)
    )
    log = sarif([report])
    validator.validate(log)
    rule = log["runs"][0]["tool"]["driver"]["rules"][0]
    assert rule["shortDescription"]["text"] == "Custom message."
    assert rule["defaultConfiguration"]["level"] == "note"


def test_empty_run_and_input_errors(validator):
    summary = summarize([])
    summary.input_errors.append(InputError("bad.txt", "not UTF-8", line=2))
    log = sarif([], summary=summary)
    validator.validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"] == "not UTF-8"


def test_deterministic(samples):
    assert run("sarif", samples) == run("sarif", samples)


def test_information_uri_option(validator):
    log = sarif([], information_uri="https://example.org/tqcheck")
    validator.validate(log)
    assert log["runs"][0]["tool"]["driver"]["informationUri"] == "https://example.org/tqcheck"


def test_artifact_uri():
    assert artifact_uri("a b/c#d.txt") == "a%20b/c%23d.txt"
    assert artifact_uri("/abs/x.txt") == "file:///abs/x.txt"
    assert artifact_uri("C:\\news\\x.txt") == "file:///C:/news/x.txt"
