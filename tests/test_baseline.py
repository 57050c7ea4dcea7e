"""Baselines: accepted findings survive unrelated edits; new and fixed ones are told apart."""

from __future__ import annotations

import json

import pytest

from tqcheck import check_text
from tqcheck.baseline import (
    SCHEMA,
    Baseline,
    BaselineError,
    normalise,
    normalise_path,
    rescore,
    write_baseline,
)
from tqcheck.scoring import score_value
from tqcheck.settings import GateSettings, Settings

# Only the two rules the texts exercise, so changes to other rules cannot move the figures.
SETTINGS = Settings(
    select=("words.repeated", "quotes.unbalanced"), gate=GateSettings(fail_under=95.0)
)
REPEAT = "He said the the talks failed."
QUOTE = "“China and North Korea “We are friends,” Mao said."
ORIGINAL = f"{REPEAT}\n\n{QUOTE}\n"
PATH = "articles/a.txt"


def check(text: str, path: str = PATH):
    return check_text(text, settings=SETTINGS, path=path)


@pytest.fixture
def baseline_file(tmp_path):
    path = tmp_path / "baseline.json"
    assert write_baseline([check(ORIGINAL)], path) == 2
    return path


def test_written_file_is_deterministic_and_position_free(baseline_file, tmp_path):
    data = json.loads(baseline_file.read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA
    assert [(e["rule"], e["path"], e["count"]) for e in data["entries"]] == [
        ("quotes.unbalanced", PATH, 1),
        ("words.repeated", PATH, 1),
    ]
    assert all(
        list(e) == ["rule", "passage_hash", "text_hash", "path", "count"] for e in data["entries"]
    )
    assert all(len(e["passage_hash"]) == len(e["text_hash"]) == 16 for e in data["entries"])
    again = tmp_path / "again.json"
    write_baseline([check(ORIGINAL)], again)
    assert again.read_bytes() == baseline_file.read_bytes()


def test_finding_survives_an_edit_above_it(baseline_file):
    edited = f"Seoul, Monday.\n\nA new paragraph was inserted here.\n\n{ORIGINAL}"
    report = check(edited)
    assert len(report.findings) == 2
    assert report.findings[0].start > ORIGINAL.index("the the")  # offsets moved
    filtered = Baseline.load(baseline_file).filter(report, SETTINGS)
    assert filtered.findings == []
    assert filtered.baselined == 2
    assert filtered.score == 100.0 and filtered.passed
    assert not report.passed  # the original report is left alone
    assert len(report.findings) == 2


def test_new_finding_stays_new_and_is_rescored(baseline_file):
    new_paragraph = "Officials said the the deal was off."
    report = check(f"{ORIGINAL}\n{new_paragraph}\n")
    baseline = Baseline.load(baseline_file)
    filtered = baseline.filter(report, SETTINGS)
    assert [(f.rule, f.text) for f in filtered.findings] == [("words.repeated", "the the")]
    assert filtered.baselined == 2
    assert filtered.penalty == 1.0
    assert filtered.score == score_value(1.0, report.words, 20)
    new_passage = filtered.passages[filtered.findings[0].passage]
    assert new_passage.penalty == 1.0
    assert [p.penalty for p in filtered.passages if p is not new_passage] == [0.0, 0.0]
    assert baseline.stale_count() == 0


def test_counts_are_honoured(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline([check(f"{REPEAT}\n")], path)
    twice = check(f"{REPEAT}\n\n{REPEAT}\n")
    filtered = Baseline.load(path).filter(twice, SETTINGS)
    assert len(filtered.findings) == 1 and filtered.baselined == 1
    write_baseline([twice], path)
    assert json.loads(path.read_text())["entries"][0]["count"] == 2
    assert Baseline.load(path).filter(twice, SETTINGS).baselined == 2


def test_fixed_finding_makes_a_stale_entry(baseline_file):
    baseline = Baseline.load(baseline_file)
    fixed = ORIGINAL.replace("the the", "the")
    filtered = baseline.filter(check(fixed), SETTINGS)
    assert filtered.findings == []
    assert filtered.baselined == 1  # the quote finding, still there and still accepted
    assert baseline.stale_count() == 1


def test_entries_match_only_their_own_path(baseline_file):
    baseline = Baseline.load(baseline_file)
    elsewhere = baseline.filter(check(ORIGINAL, path="articles/b.txt"), SETTINGS)
    assert len(elsewhere.findings) == 2 and elsewhere.baselined == 0
    assert baseline.stale_count() == 0  # articles/a.txt was not checked in this run
    same = baseline.filter(check(ORIGINAL, path="./articles//a.txt"), SETTINGS)
    assert same.baselined == 2


def test_editing_the_passage_itself_makes_its_finding_new(baseline_file):
    edited = ORIGINAL.replace("talks failed", "negotiations failed")
    baseline = Baseline.load(baseline_file)
    filtered = baseline.filter(check(edited), SETTINGS)
    assert [f.rule for f in filtered.findings] == ["words.repeated"]
    assert baseline.stale_count() == 1


def test_rewrapping_and_case_do_not_matter():
    assert normalise("  The\tTALKS\n failed ") == "the talks failed"
    assert normalise_path("./a//b.txt") == "a/b.txt"
    assert normalise_path(None) == normalise_path("-") == "-"


def test_rescore_without_removals_matches_the_pipeline():
    report = check(ORIGINAL)
    again = rescore(report, list(report.findings), SETTINGS)
    assert (again.score, again.penalty, again.passed) == (report.score, report.penalty, False)
    assert again.passages == report.passages


def test_nothing_to_remove_keeps_the_report(baseline_file):
    report = check("The talks failed.\n")
    filtered = Baseline.load(baseline_file).filter(report, SETTINGS)
    assert filtered.baselined == 0 and filtered.score == report.score


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not valid JSON"),
        ('{"schema": "other/1", "entries": []}', "not a tqcheck baseline"),
        (f'{{"schema": "{SCHEMA}", "entries": [{{"rule": 1}}]}}', "entries[0]: needs string"),
    ],
)
def test_bad_baseline_files(tmp_path, content, message):
    path = tmp_path / "b.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError, match=message.replace("[", r"\[")):
        Baseline.load(path)
    with pytest.raises(BaselineError, match="cannot read"):
        Baseline.load(tmp_path / "missing.json")
