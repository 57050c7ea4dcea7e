"""Invariants over arbitrary Unicode: offsets are exact, spans nest, output is deterministic."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tqcheck

# Text with the characters rules care about mixed into arbitrary Unicode.
news_chars = st.sampled_from([*" \n\n“”\"'’.,;:!?…©/-–Ã©&<>[]", "the ", "The ", "US ", "U.S. "])
texts = st.lists(st.one_of(st.text(max_size=12), news_chars), max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_offsets_are_exact_and_inside_their_passage(text):
    report = tqcheck.check_text(text)
    for p in report.passages:
        assert 0 <= p.start < p.end <= len(text)
    for prev, nxt in zip(report.passages, report.passages[1:], strict=False):
        assert prev.end <= nxt.start
    for f in report.findings:
        assert text[f.start : f.end] == f.text
        passage = report.passages[f.passage]
        assert passage.start <= f.start < passage.end
        if f.fix:
            for e in f.fix.edits:
                assert 0 <= e.start <= e.end <= len(text)
    assert 0.0 <= report.score <= 100.0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_deterministic(text):
    first = json.dumps(tqcheck.check_text(text).to_dict(), ensure_ascii=False)
    second = json.dumps(tqcheck.check_text(text).to_dict(), ensure_ascii=False)
    assert first == second
