"""The bundled samples: the clean article stays clean, the machine-translated ones fail."""

from __future__ import annotations

import pytest

import tqcheck
from tqcheck.model import Severity

from .conftest import SAMPLES

MT_SAMPLES = ["harbour-strike.txt", "election-night.txt", "flood-relief.txt"]


def test_clean_article_has_nothing_above_info():
    text = (SAMPLES / "clean-article.txt").read_text(encoding="utf-8")
    report = tqcheck.check_text(text)
    serious = [f for f in report.findings if f.severity is not Severity.INFO]
    assert not serious, [(f.rule, f.text) for f in serious]
    assert report.passed


@pytest.mark.parametrize("name", MT_SAMPLES)
def test_machine_translated_samples_fail_the_gate(name):
    text = (SAMPLES / name).read_text(encoding="utf-8")
    report = tqcheck.check_text(text)
    assert not report.passed
    families = {f.rule.split(".")[0] for f in report.findings}
    assert len(families) >= 4, families
