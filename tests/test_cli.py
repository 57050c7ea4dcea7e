"""The command line: formats, exit codes 0/1/2, stdin, errors on stderr."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from tqcheck.cli import main

CLEAN = "The talks ended on Monday. Both sides said they would meet again next week.\n"
BROKEN = "The the talks ended.\n\n“China and North Korea “We are friends,” Mao said.\n"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def schema():
    return json.loads(resources.files("tqcheck").joinpath("schemas/report.json").read_text())


def test_clean_file_exits_0(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(CLEAN, encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 0, result.output
    assert "passed" in result.output


def test_failing_document_exits_1_and_exit_zero(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BROKEN, encoding="utf-8")
    assert run("check", str(path), "--fail-on", "major").exit_code == 1
    assert run("check", str(path), "--fail-on", "major", "--exit-zero").exit_code == 0


def test_fail_under(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BROKEN, encoding="utf-8")
    assert run("check", str(path), "--fail-under", "0", "--fail-on", "critical").exit_code == 0
    assert run("check", str(path), "--fail-under", "99.9").exit_code == 1


def test_usage_errors_exit_2(tmp_path):
    assert run("check").exit_code == 2
    assert run("check", "x.txt", "--format", "nope").exit_code == 2
    missing = run("check", str(tmp_path / "missing.txt"))
    assert missing.exit_code == 2
    assert "no such file" in missing.stderr


def test_unreadable_input_exits_2_but_others_are_checked(tmp_path):
    (tmp_path / "good.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 au lait\n")
    result = run("check", str(tmp_path), "--format", "json")
    assert result.exit_code == 2
    assert "bad.txt" in result.stderr and "UTF-8" in result.stderr
    data = json.loads(result.stdout)
    assert [Path(d["path"]).name for d in data["documents"]] == ["good.txt"]


def test_broken_rule_pack_exits_2(tmp_path):
    pack = tmp_path / "bad.toml"
    pack.write_text(
        '[[rule]]\nid = "x.y"\ncategory = "c"\nseverity = "minor"\nmessage = "m"\npattern = "("\n'
    )
    result = run("check", "-", "--rules", str(pack), input=CLEAN)
    assert result.exit_code == 2
    assert "bad.toml: rule 'x.y': invalid regular expression" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_json_matches_schema_and_offsets(tmp_path, schema):
    path = tmp_path / "a.txt"
    path.write_text(BROKEN, encoding="utf-8")
    result = run("check", str(path), "--format", "json", "--exit-zero")
    data = json.loads(result.stdout)
    jsonschema.validate(data, schema)
    document = data["documents"][0]
    assert document["findings"]
    for f in document["findings"]:
        assert BROKEN[f["start"] : f["end"]] == f["text"]
    assert data["summary"]["documents"] == 1


def test_stdin_and_output_file(tmp_path, schema):
    out = tmp_path / "report.json"
    result = run("check", "-", "--format", "json", "--output", str(out), input=BROKEN)
    assert result.exit_code in (0, 1)
    jsonschema.validate(json.loads(out.read_text(encoding="utf-8")), schema)


def test_text_report_without_colour_brackets_findings(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BROKEN, encoding="utf-8")
    result = run("check", str(path))
    assert "⟦The the⟧[1]" in result.output
    assert "words.repeated" in result.output
    assert "Summary" in result.output


def test_rules_lists_every_rule():
    result = run("rules")
    assert result.exit_code == 0
    for rule_id in ("quotes.unbalanced", "boundary.lost", "boilerplate.credit"):
        assert rule_id in result.output


def test_help_has_examples():
    result = run("check", "--help")
    assert "Examples:" in result.output
