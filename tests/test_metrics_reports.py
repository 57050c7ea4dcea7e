"""Reference metrics reach every report format."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tqcheck.cli import main

from .conftest import SAMPLES

PAIRS = SAMPLES / "pairs" / "pairs.jsonl"


@pytest.mark.parametrize(
    ("fmt", "needle"),
    [
        ("text", "reference: BLEU"),
        ("json", '"chrf"'),
        ("jsonl", '"chrf"'),
        ("markdown", "reference BLEU"),
        ("github", "reference BLEU"),
        ("junit", 'name="chrf"'),
        ("sarif", '"chrf"'),
        ("html", "chrF"),
    ],
)
def test_metrics_in_every_format(fmt, needle):
    result = CliRunner().invoke(main, ["check", str(PAIRS), "--format", fmt, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert needle in result.stdout


def test_pairs_sample_is_clean_for_source_aware_rules():
    result = CliRunner().invoke(main, ["check", str(PAIRS), "--format", "json"])
    data = json.loads(result.stdout)
    assert [d["findings"] for d in data["documents"]] == [[], []]
    assert data["summary"]["metrics"]["documents"] == 2
