"""Evaluation against gold spans: every figure below is counted by hand from gold.jsonl.

gold.jsonl, with the findings of the selected rules:

  repeat         "the the" gold Fluency/Grammar       words.repeated (minor)     overlaps
  quote          first “ gold Fluency/Punctuation     quotes.unbalanced (major)  overlaps
  clean-short    no gold                              none
  clean-long     no gold                              none
  clean-flagged  no gold                              whitespace.double-space    false flag
  missed         "have" gold Fluency/Grammar          none                       missed
  (blank line)
  glued          zero-width gold at 17 + a null span  punctuation.missing-space  touches 17
  elsewhere      "Monday" gold Accuracy/Mistransl.    names.variant elsewhere    no overlap
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tqcheck.evaluate import EvalError, evaluate
from tqcheck.settings import Settings

GOLD = Path(__file__).parent / "data" / "eval" / "gold.jsonl"
MQM = Path(__file__).resolve().parents[2] / "shared" / "data" / "mqm-zhen-dev.jsonl"
SETTINGS = Settings(
    select=(
        "words.repeated",
        "quotes.unbalanced",
        "whitespace.double-space",
        "punctuation.missing-space",
        "names.variant",
    )
)


@pytest.fixture(scope="module")
def result():
    return evaluate(GOLD, SETTINGS)


def test_span_figures(result):
    spans = result.to_dict()["spans"]
    assert spans == {
        "findings": 5,
        "true_positives": 3,
        "gold": 5,
        "recalled": 3,
        "precision": 0.6,
        "recall": 0.6,
        "f1": 0.6,
    }


def test_per_rule_precision(result):
    assert result.to_dict()["by_rule"] == {
        "names.variant": {"findings": 1, "true_positives": 0, "precision": 0.0},
        "punctuation.missing-space": {"findings": 1, "true_positives": 1, "precision": 1.0},
        "quotes.unbalanced": {"findings": 1, "true_positives": 1, "precision": 1.0},
        "whitespace.double-space": {"findings": 1, "true_positives": 0, "precision": 0.0},
        "words.repeated": {"findings": 1, "true_positives": 1, "precision": 1.0},
    }


def test_per_category_recall(result):
    # The null-span Accuracy/Omission of "glued" is skipped, not counted as missed.
    assert result.to_dict()["by_category"] == {
        "Accuracy/Mistranslation": {"gold": 1, "recalled": 0, "recall": 0.0},
        "Fluency/Grammar": {"gold": 2, "recalled": 1, "recall": 0.5},
        "Fluency/Punctuation": {"gold": 2, "recalled": 2, "recall": 1.0},
    }


def test_segment_figures(result):
    assert result.to_dict()["segments"] == {
        "segments": 8,
        "gold_positive": 5,
        "predicted_positive": 5,
        "true_positive": 4,
        "recalled": 4,
        "precision": 0.8,
        "recall": 0.8,
        "f1": 0.8,
        "clean": 3,
        "clean_flagged": 1,
        "false_flag_rate": 0.3333,
        "clean_words": 18,  # 3 + 9 + 6
        "flags_per_1k_words": 55.5556,  # 1 finding / 18 words
    }


def test_categories_limit_recall_only():
    result = evaluate(GOLD, SETTINGS, categories=["fluency/punct"])
    data = result.to_dict()
    assert data["spans"]["gold"] == 2 and data["spans"]["recall"] == 1.0
    assert data["spans"]["precision"] == 0.6  # a finding on any gold span is a true positive
    assert list(data["by_category"]) == ["Fluency/Punctuation"]
    seg = data["segments"]
    assert (seg["gold_positive"], seg["recall"], seg["precision"]) == (2, 1.0, 0.8)
    assert seg["f1"] == 0.8889
    assert seg["clean"] == 3  # gold-clean still means no gold span of any category


def test_min_severity():
    data = evaluate(GOLD, SETTINGS, min_severity="major").to_dict()
    assert list(data["by_rule"]) == ["quotes.unbalanced"]
    assert (data["spans"]["precision"], data["spans"]["recall"]) == (1.0, 0.2)
    assert data["spans"]["f1"] == 0.3333
    seg = data["segments"]
    assert (seg["precision"], seg["recall"], seg["false_flag_rate"]) == (1.0, 0.2, 0.0)
    assert seg["flags_per_1k_words"] == 0.0


def test_render_text_is_a_fixed_table(result):
    text = result.render_text()
    assert text == evaluate(GOLD, SETTINGS).render_text()
    lines = text.splitlines()
    assert lines[0] == f"gold: {GOLD}"
    assert lines[1:] == [
        "segments: 8 (5 gold-positive, 3 gold-clean); min severity: minor; recall categories: all",
        "",
        "level    precision  recall     f1  flagged/clean  flags/1k words",
        "span         0.600   0.600  0.600",
        "segment      0.800   0.800  0.800            1/3           55.56",
        "",
        "rule                       findings  true+  precision",
        "names.variant                     1      0      0.000",
        "punctuation.missing-space         1      1      1.000",
        "quotes.unbalanced                 1      1      1.000",
        "whitespace.double-space           1      0      0.000",
        "words.repeated                    1      1      1.000",
        "",
        "category                 gold  recalled  recall",
        "Accuracy/Mistranslation     1         0   0.000",
        "Fluency/Grammar             2         1   0.500",
        "Fluency/Punctuation         2         2   1.000",
    ]
    json.dumps(result.to_dict())  # serialisable


def test_empty_results_have_no_ratios(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "The talks failed."}\n', encoding="utf-8")
    data = evaluate(path, SETTINGS).to_dict()
    assert data["spans"]["precision"] is None and data["spans"]["f1"] is None
    assert data["segments"]["false_flag_rate"] == 0.0
    assert "-" in evaluate(path, SETTINGS).render_text()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{", ":1: not valid JSON"),
        ('{"errors": []}', ":1: needs a string 'text' or 'target'"),
        ('{"text": "ab", "errors": [{"start": 0, "end": 9}]}', "past the end"),
        ('{"text": "ab", "errors": [{"start": 2, "end": 1}]}', "0 <= start <= end"),
        ('{"text": "ab", "spans": {"start": 0}}', "must be a list"),
    ],
)
def test_bad_gold_files(tmp_path, line, message):
    path = tmp_path / "gold.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        evaluate(path, SETTINGS)


def test_reads_the_mqm_development_format(tmp_path):
    if not MQM.exists():
        pytest.skip("../shared/data is not available")
    sample = tmp_path / "mqm.jsonl"
    sample.write_text("".join(MQM.read_text(encoding="utf-8").splitlines(True)[:12]))
    result = evaluate(sample, Settings(), categories=["Fluency/Punctuation"])
    assert result.segments.segments == 12
    assert set(result.by_category) <= {"Fluency/Punctuation"}
