"""Paragraphs and headlines cut off mid-sentence (detectors/truncation.py)."""

from __future__ import annotations

import pytest

import tqcheck

_BODY = "\n\nThe council said on Monday that it would publish the figures next week."


def _cut(text: str) -> list[str]:
    report = tqcheck.check_text(text, lang="en")
    found = [f for f in report.findings if f.rule == "text.truncated"]
    for f in found:
        assert text[f.start : f.end] == f.text
    return [f.text for f in found]


@pytest.mark.parametrize(
    "headline",
    [
        # object pronouns and adverbs close a phrase
        "What the new parking rules mean for you",
        "Why the county cannot afford it",
        "The mayor who promised a park, and the voters who believed her",
        "Fares rise faster than ever before",
        # "that" after a preposition or "just" is a pronoun, "will" after a number a noun
        "Ministers ruled out a tax rise. Now they are planning just that",
        "Heirs fight over a farmer’s two million will",
        "Court upholds the tycoon’s will",
        # the document's first passage is its headline even with a full stop inside
        "A new flu vaccine is being tried in 4,000 pupils. Here’s what to know",
    ],
)
def test_headlines_that_end_a_phrase_pass(headline: str) -> None:
    assert _cut(headline + _BODY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said the bridge would reopen in spring and that" + _BODY,
         "in spring and that"),
        ("Council votes on budget" + _BODY + "\n\nThe mayor told reporters the plan would "
         "cost more than expected because the", "than expected because the"),
        # "that" after a verb may still open a clause that was cut
        ("Roads closed" + _BODY + "\n\nThe police said that", "The police said that"),
    ],
)  # fmt: skip
def test_cut_text_is_flagged(text: str, expected: str) -> None:
    assert _cut(text) == [expected]


def test_a_later_short_passage_with_a_full_stop_inside_is_still_a_cut_paragraph() -> None:
    text = "Bridge reopens" + _BODY + "\n\nThe work took a year. Engineers replaced the" + _BODY
    assert _cut(text) == ["year. Engineers replaced the"]
