"""Repeated text: a passage or sentence that appears twice, a phrase said twice in a row.

Scrapers and segmenters duplicate headlines, teasers and paragraphs; MT then translates
both copies. The second copy is flagged. Comparison ignores case, spacing and punctuation,
and only sentences long enough to be repeated by accident rarely are considered.

MT systems also stutter on joined segments, repeating a phrase of a few words ("the relief
effort the relief effort"). A regular expression with a back-reference finds that too, but
tries every phrase length at every word; comparing the document's words with the words a
few places later is several times faster.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import compress, pairwise
from operator import eq
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.model import Edit, Fix, Passage, PassageKind
from tqcheck.segment import WORD_RE

_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _sentence_keys(text: str, passage: Passage) -> list[str] | None:
    """The keys of a passage's sentences, or None unless only white space lies around them.

    Then the passage's own key is theirs joined by spaces (``casefold`` and the
    substitution work character by character, and white space is no word character), so
    a paragraph is normalised once, not twice.
    """
    sentences = passage.sentences
    if not sentences or sentences[0].start != passage.start or sentences[-1].end != passage.end:
        return None
    if not all(text[a.end : b.start].isspace() for a, b in pairwise(sentences)):
        return None
    return [_norm(text[s.start : s.end]) for s in sentences]


@detector("repeated-text", min_sentence_words=6, min_passage_words=3)
def repeated_text(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    text = ctx.text
    seen_passages: dict[str, int] = {}
    seen_sentences: dict[str, int] = {}
    # Every key is remembered; words are counted only for a repeat (the slow part).
    for passage in ctx.passages:
        body = text[passage.start : passage.end]
        skeys = _sentence_keys(text, passage) if passage.kind is PassageKind.PARAGRAPH else None
        key = _norm(body) if skeys is None else " ".join(filter(None, skeys))
        if key in seen_passages and len(WORD_RE.findall(body)) >= options["min_passage_words"]:
            yield Hit(
                passage.start,
                passage.end,
                message=f"Passage repeats passage {seen_passages[key] + 1} word for word.",
                suggestion="Delete the repeated copy.",
            )
            continue
        seen_passages.setdefault(key, passage.index)
        if passage.kind is not PassageKind.PARAGRAPH:
            continue  # a subheading that quotes a line of its section is news practice
        for i, sentence in enumerate(passage.sentences):
            chunk = text[sentence.start : sentence.end]
            skey = _norm(chunk) if skeys is None else skeys[i]
            if skey not in seen_sentences:
                seen_sentences[skey] = sentence.start
            elif len(WORD_RE.findall(chunk)) >= options["min_sentence_words"]:
                yield Hit(
                    sentence.start,
                    sentence.end,
                    message="Sentence repeated from earlier in the document.",
                    suggestion="Delete the repeated copy.",
                )


# A word as the stutter rule counts it (maximal: no letter, digit or mark follows it), and
# the space between two words of one phrase.
_PHRASE_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}])[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*+")
_SPACE = regex.compile(r"[^\S\n]+")


@detector(
    "stutter",
    min_words=2,
    max_words=6,
    ranges=[],
    conjunctions=[],
    reduplicated=[],
    tautology_verbs=[],
    paired=[],
)
def stutter(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A phrase of ``min_words`` to ``max_words`` words twice in a row, the longest first.

    ``ranges`` lists the words of a range ("from port to port to check"): there "port
    to" comes twice because the range ends where the next phrase starts. A conjunction and
    a word twice may be a word the language doubles with that conjunction, after another
    ("and more and more wealth", "and again and again"): ``conjunctions`` and
    ``reduplicated`` list them. A phrase twice before a verb of being is a tautology where
    the verb comes last ("dass eine Ausnahme eine Ausnahme bleiben muss"):
    ``tautology_verbs`` lists those verbs. A word twice around a preposition is an idiom
    ("back to back", "side by side") whose preposition may start the next phrase ("two
    forks back to back to prise them apart"): ``paired`` lists the word and preposition.
    """
    text = ctx.text
    ranges = {(a.lower(), b.lower()) for a, b in options["ranges"]}
    conjunctions = {w.lower() for w in options["conjunctions"]}
    reduplicated = {w.lower() for w in options["reduplicated"]}
    tautology = {w.lower() for w in options["tautology_verbs"]}
    paired = {(a.lower(), b.lower()) for a, b in options["paired"]}
    lengths = range(options["max_words"], options["min_words"] - 1, -1)
    for passage in ctx.passages:
        words = _PHRASE_WORD.findall(text, passage.start, passage.end)
        # A phrase of n words repeats where word i equals word i + n (compared in C), and
        # the n words from there equal the n after them; such places are rare.
        repeats = sorted(
            (i, -n)
            for n in lengths
            for i in compress(range(len(words)), map(eq, words, words[n:]))
            if words[i : i + n] == words[i + n : i + 2 * n]
        )
        if not repeats:
            continue
        spans = [m.span() for m in _PHRASE_WORD.finditer(text, passage.start, passage.end)]
        after = 0  # the first word a new stutter may start at
        for i, minus_n in repeats:
            n = -minus_n
            start, end = spans[i][0], spans[i + 2 * n - 1][1]
            if i < after or not _spaced(text, spans[i : i + 2 * n]):
                continue
            if n == 2 and i and (words[i - 1].lower(), words[i + 1].lower()) in ranges:
                continue  # "from port to port to check": a range, then "to"
            if n == 2 and (words[i].lower(), words[i + 1].lower()) in paired:
                continue  # "back to back to prise them apart": an idiom, then "to"
            doubled = words[i].lower() in conjunctions and words[i + 1].lower() in reduplicated
            if n == 2 and doubled:
                continue  # "and more and more": "more and more" after "and"
            following = words[i + 2 * n].lower() if i + 2 * n < len(words) else ""
            if following in tautology and _spaced(text, spans[i + 2 * n - 1 : i + 2 * n + 1]):
                continue  # "dass eine Ausnahme eine Ausnahme bleiben muss"
            yield Hit(
                start,
                end,
                fix=Fix((Edit(start, end, text[start : spans[i + n - 1][1]]),), safe=True),
            )
            after = i + 2 * n


def _spaced(text: str, spans: list[tuple[int, int]]) -> bool:
    """Only spaces (no line break, no punctuation) between the words at ``spans``."""
    return all(
        _SPACE.fullmatch(text, left[1], right[0]) is not None for left, right in pairwise(spans)
    )
