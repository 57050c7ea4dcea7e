"""The seed article (machine-translated from German): each artifact family at its place."""

from __future__ import annotations

import tqcheck
from tqcheck.model import PassageKind


def _flagged(report, rule: str) -> list[str]:
    return [f.text for f in report.findings if f.rule == rule]


def test_seed_artifacts(seed_text):
    report = tqcheck.check_text(seed_text)
    for f in report.findings:
        assert seed_text[f.start : f.end] == f.text
    assert _flagged(report, "quotes.unbalanced") == ["“China and North Korea"]
    lost = _flagged(report, "boundary.lost")
    assert any("weeks Signs" in t for t in lost)
    assert any("moment, Most" in t for t in lost)
    assert any("; But" in t for t in lost)
    assert _flagged(report, "links.leftover-text") == ["in… Ukraine"]
    assert _flagged(report, "boilerplate.credit") == ["© Artyom Geodakyan / dpa"]
    assert _flagged(report, "boilerplate.metadata") == ["date 2023-09-13 Home page politics"]
    assert _flagged(report, "boilerplate.byline") == ["From: Sven Hauberg"]
    assert _flagged(report, "names.variant") == ["Kim Jong Un"]


def test_seed_subheadings_not_flagged(seed_text):
    report = tqcheck.check_text(seed_text)
    headings = [p for p in report.passages if p.kind is PassageKind.HEADING]
    assert len(headings) == 3
    for p in headings:
        assert p.score == 100.0, seed_text[p.start : p.end]


def test_seed_almost_nothing_else(seed_text):
    report = tqcheck.check_text(seed_text)
    expected_rules = {
        "quotes.unbalanced", "boundary.lost", "links.leftover-text", "boilerplate.credit",
        "boilerplate.metadata", "boilerplate.byline", "names.variant", "consistency.acronyms",
    }  # fmt: skip
    others = [f for f in report.findings if f.rule not in expected_rules]
    assert not others, [(f.rule, f.text) for f in others]
    assert len(report.findings) <= 14
