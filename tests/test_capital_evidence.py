"""Candidates of a lost boundary and the language data judging them
(detectors/capital_evidence.py)."""

from __future__ import annotations

from tqcheck.detectors.capital_evidence import candidates, capital_evidence
from tqcheck.languages import get_language


def _pairs(text: str, lang: str) -> list[tuple[str, str, str]]:
    pattern = capital_evidence(get_language(lang)).candidate
    return [m.group("prev", "sep", "word") for m in candidates(text, 0, len(text), pattern)]


def test_candidates_are_capitals_after_a_word():
    text = "for a few weeks Signs of opening. At the moment, Most recently, they met."
    assert _pairs(text, "en") == [("weeks", " ", "Signs"), ("moment", ", ", "Most")]


def test_a_sentence_start_is_no_candidate():
    assert _pairs("The talks failed. Officials left.", "en") == []


def test_french_one_letter_opener():
    assert _pairs("Les joueurs sont rentrés À la 61e minute, tout a changé.", "fr") == [
        ("rentrés", " ", "À")
    ]
    assert _pairs("Les joueurs sont rentrés À la 61e minute.", "en") == []


def test_evidence_is_read_once_per_language():
    english = get_language("en")
    assert capital_evidence(english) is capital_evidence(english)
    assert "the" in capital_evidence(english).title_articles
    assert "la" in capital_evidence(get_language("fr")).title_articles
