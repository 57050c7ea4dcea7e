"""A paragraph cut off mid-sentence (``… officials said that the``).

A running-text paragraph must end with terminal punctuation (or a closing quotation mark
or bracket after it). One that ends on a bare word was cut by the scraper or lost its
last segment in translation. Headlines end without punctuation, but never on an article,
preposition or conjunction, so those are flagged too.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.model import PassageKind

_TAIL = regex.compile(r"(?:\S+\s+){0,3}(?P<last>[\p{L}\p{N}\p{M}'’\-]+),?\s*\Z")
_CLOSERS = "”\"’'»«)]›‹“"
_DANGLING = {
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
    "but", "that", "which", "who", "whose", "as", "than", "into", "its", "their", "his", "her",
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "und", "oder", "mit", "von", "zu",
    "le", "la", "les", "un", "une", "du", "de", "et", "ou", "que", "qui", "pour",
}  # fmt: skip


@detector("truncated", min_words=8)
def truncated(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    text = ctx.text
    for passage in ctx.passages_of((PassageKind.PARAGRAPH, PassageKind.HEADING)):
        body = text[passage.start : passage.end].rstrip(_CLOSERS + " ")
        if not body or not (body[-1].isalnum() or body[-1] == ","):
            continue
        m = _TAIL.search(text, passage.start, passage.start + len(body))
        if not m:
            continue
        last = m.group("last").lower()
        if passage.kind is PassageKind.HEADING:
            if last not in _DANGLING:
                continue
        elif len(passage.sentences[-1:]) == 0 or (
            len(
                regex.findall(r"\w+", text[passage.sentences[-1].start : passage.sentences[-1].end])
            )
            < options["min_words"]
            and last not in _DANGLING
        ):
            continue
        yield Hit(
            m.start(),
            passage.start + len(body),
            message="Paragraph cut off mid-sentence.",
            suggestion="Restore the end of the sentence from the source.",
        )
