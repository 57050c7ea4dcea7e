"""Words next to a lost-boundary candidate, and the shapes of single words.

Shared by the lost-boundary checks of every language (``boundaries``, ``noun_clauses``,
``name_clause_judge``): plain string and regex work on the text around an offset.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

_WORD_BEFORE = regex.compile(r"(?r)(\p{L}+)[^\S\n]+")


def word_before(text: str, pos: int) -> str:
    """The word right before ``pos`` (separated by spaces only), or ""."""
    m = _WORD_BEFORE.match(text, max(0, pos - 40), pos)
    return m.group(1) if m else ""


# An ordinal in figures, English or French ("52nd", "101st", "27e", "1er", "2ᵉ").
ORDINAL = regex.compile(r"\d+(?:st|nd|rd|th|e|er|re|ème|ᵉ|ᵉʳ)")
# The second word of a species' Latin name ("finmarchicus", "maritima").
LATIN_EPITHET = regex.compile(r"\p{Ll}{3,}(?:us|um|is|ae|a|i)")


def possessive(low: str) -> bool:
    """A possessive has its noun after it: no sentence ends with one."""
    return low.endswith(("’s", "'s"))


def after_verb_and_object(
    m: regex.Match[str], verbs: frozenset[str], determiners: frozenset[str]
) -> bool:
    """Is the word before ``prev`` one of ``verbs`` (of saying: "He told reporters The Times
    had …"), perhaps with a determiner between ("She assured the court Linwood had …")?
    The capital starts the clause that verb takes after its object."""
    before = word_before(m.string, m.start("prev"))
    if before.lower() in determiners:
        start = m.string.rfind(before, 0, m.start("prev"))
        before = word_before(m.string, start) if start >= 0 else ""
    return before.lower() in verbs


def words_back(text: str, pos: int) -> Iterator[str]:
    """The words before ``pos``, nearest first, as long as only spaces separate them
    (``word_before`` each time)."""
    while word := word_before(text, pos):
        yield word
        pos = text.rfind(word, 0, pos)
