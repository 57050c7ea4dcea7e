"""A paragraph cut off mid-sentence (``… officials said that the``).

A running-text paragraph must end with terminal punctuation (or a closing quotation mark
or bracket after it). One that ends on a bare word was cut by the scraper or lost its
last segment in translation. Headlines end without punctuation, so a short passage that
the segmenter took for a headline is flagged only when it cannot be one: it ends on a word
that cannot close a phrase (an article, preposition, conjunction, pronoun or auxiliary;
Title Case headlines such as "Leader Holds On" excepted), or it is the last passage of the
document in sentence case after running text (a headline always has text after it).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.model import Passage, PassageKind

_TAIL = regex.compile(r"(?:\S+\s+){0,3}(?P<last>[\p{L}\p{N}\p{M}'’\-]+),?\s*\Z")
_WORDS = regex.compile(r"[\p{L}\p{N}]+")
_CLOSERS = "”\"’'»«)]›‹“"
_DANGLING = {
    # English
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
    "but", "that", "which", "who", "whose", "as", "than", "into", "its", "their", "his", "her",
    "our", "my", "your", "it", "we", "they", "he", "she", "i", "you", "be", "been", "being",
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "not", "very", "so", "such", "when", "where", "while",
    "if", "because", "after", "before", "about", "between", "against", "during", "until",
    # German
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und",
    "oder", "aber", "mit", "von", "zu", "zum", "zur", "im", "am", "auf", "für", "dass", "weil",
    "wenn", "ist", "sind", "hat", "haben", "wird", "werden",
    # French
    "le", "la", "les", "un", "une", "du", "de", "et", "ou", "mais", "que", "qui", "pour",
    "dans", "sur", "avec", "par", "est", "sont", "ont", "au", "aux",
}  # fmt: skip


def _ends_bare(text: str, passage: Passage) -> int | None:
    """End offset of the passage's text without closing marks, if it ends on a word."""
    body = text[passage.start : passage.end].rstrip(_CLOSERS + " ")
    if body and (body[-1].isalnum() or body[-1] == ","):
        return passage.start + len(body)
    return None


@detector("truncated", min_words=8, min_words_after_sentence=3)
def truncated(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    text = ctx.text
    passages = ctx.passages
    for i, passage in enumerate(passages):
        if passage.kind not in (PassageKind.PARAGRAPH, PassageKind.HEADING):
            continue
        end = _ends_bare(text, passage)
        if end is None:
            continue
        m = _TAIL.search(text, passage.start, end)
        if not m:
            continue
        last = m.group("last")
        dangling = last.lower() in _DANGLING and not last[:1].isupper()
        if passage.kind is PassageKind.HEADING:
            is_last = any(p.kind is PassageKind.PARAGRAPH for p in passages[:i]) and all(
                p.kind is not PassageKind.PARAGRAPH for p in passages[i + 1 :]
            )
            sentence_case = (
                last[:1].islower() and len(_WORDS.findall(text[passage.start : end])) >= 4
            )
            if not (dangling or (is_last and sentence_case)):
                continue
        else:
            sentences = passage.sentences
            last_sentence = text[sentences[-1].start : sentences[-1].end] if sentences else ""
            needed = (
                options["min_words_after_sentence"] if len(sentences) > 1 else options["min_words"]
            )
            if len(_WORDS.findall(last_sentence)) < needed and not dangling:
                continue
        yield Hit(
            m.start(),
            end,
            message="Paragraph cut off mid-sentence.",
            suggestion="Restore the end of the sentence from the source.",
        )
