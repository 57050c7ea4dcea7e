"""JSON Lines: a document object per line, then the summary; valid against the schema."""

from __future__ import annotations

import io
import json
from importlib import resources

import jsonschema

import tqcheck
from tqcheck.reporters.jsonl import JsonlReporter

from .conftest import run, summarize


def test_one_document_per_line_then_summary(samples):
    lines = run("jsonl", samples).splitlines()
    assert len(lines) == len(samples) + 1
    documents = [json.loads(line) for line in lines[:-1]]
    assert documents == [json.loads(json.dumps(r.to_dict())) for r in samples]
    last = json.loads(lines[-1])
    assert last["summary"] == json.loads(json.dumps(summarize(samples).to_dict()))
    schema = json.loads(resources.files("tqcheck").joinpath("schemas/report.json").read_text())
    full = {"schema": "tqcheck-report/1", "tool": last["tool"], "documents": documents}
    jsonschema.validate({**full, "summary": last["summary"]}, schema)


def test_line_separators_are_escaped():
    report = tqcheck.check_text("The the cat\u2028sat.\u2029", path="a.txt")
    out = run("jsonl", [report])
    assert "\u2028" not in out and "\u2029" not in out
    assert len(out.splitlines()) == 2
    assert json.loads(out.splitlines()[0])["path"] == "a.txt"


def test_streams():
    out = io.StringIO()
    JsonlReporter(out).document(tqcheck.check_text("The cat.", path="a.txt"))
    assert out.getvalue().count("\n") == 1
