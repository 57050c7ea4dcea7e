"""Words next to a lost-boundary candidate (detectors/nearby_words.py)."""

from __future__ import annotations

import itertools

import pytest
import regex

from tqcheck.detectors.nearby_words import (
    LATIN_EPITHET,
    ORDINAL,
    after_verb_and_object,
    possessive,
    word_before,
    words_back,
)


def test_word_before_reads_letters_across_spaces_only():
    text = "the journal Deep Ocean"
    assert word_before(text, text.index("Deep")) == "journal"
    assert word_before("said, Deep", len("said, ")) == ""  # a comma stands between
    assert word_before("Deep", 0) == ""


def test_words_back_stops_at_punctuation():
    text = "Figures, compiled by the consultancy Brightline"
    back = list(itertools.islice(words_back(text, text.index("Brightline")), 10))
    assert back == ["consultancy", "the", "by", "compiled"]


@pytest.mark.parametrize(
    ("word", "expected"), [("summer’s", True), ("Smith's", True), ("its", False)]
)
def test_possessive(word, expected):
    assert possessive(word.lower()) is expected


def test_shapes():
    assert ORDINAL.fullmatch("52nd") and not ORDINAL.fullmatch("52")
    assert LATIN_EPITHET.fullmatch("finmarchicus") and not LATIN_EPITHET.fullmatch("cod")


_CANDIDATE = regex.compile(r"(?P<prev>\w+) (?P<word>[A-Z]\w+)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He told reporters Smith had left.", True),
        ("She assured the court Linwood had paid.", True),  # a determiner between
        ("They will find it Smith said.", False),  # "find" is not in the list
    ],
)
def test_after_verb_and_object(text, expected):
    m = next(m for m in _CANDIDATE.finditer(text) if m["word"] in ("Smith", "Linwood"))
    verbs = frozenset({"told", "assured"})
    assert after_verb_and_object(m, verbs, frozenset({"the", "a"})) is expected
