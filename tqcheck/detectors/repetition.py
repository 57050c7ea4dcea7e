"""Text doubled by re-segmentation: a passage or sentence that appears twice.

Scrapers and segmenters duplicate headlines, teasers and paragraphs; MT then translates
both copies. The second copy is flagged. Comparison ignores case, spacing and punctuation,
and only sentences long enough to be repeated by accident rarely are considered.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.model import PassageKind
from tqcheck.segment import WORD_RE

_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


@detector("repeated-text", min_sentence_words=6, min_passage_words=3)
def repeated_text(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    text = ctx.text
    seen_passages: dict[str, int] = {}
    seen_sentences: dict[str, int] = {}
    for passage in ctx.passages:
        body = text[passage.start : passage.end]
        key = _norm(body)
        if len(WORD_RE.findall(body)) >= options["min_passage_words"]:
            if key in seen_passages:
                yield Hit(
                    passage.start,
                    passage.end,
                    message=f"Passage repeats passage {seen_passages[key] + 1} word for word.",
                    suggestion="Delete the repeated copy.",
                )
                continue
            seen_passages[key] = passage.index
        if passage.kind is not PassageKind.PARAGRAPH:
            continue  # a subheading that quotes a line of its section is news practice
        for sentence in passage.sentences:
            chunk = text[sentence.start : sentence.end]
            if len(WORD_RE.findall(chunk)) < options["min_sentence_words"]:
                continue
            skey = _norm(chunk)
            if skey in seen_sentences:
                yield Hit(
                    sentence.start,
                    sentence.end,
                    message="Sentence repeated from earlier in the document.",
                    suggestion="Delete the repeated copy.",
                )
            else:
                seen_sentences[skey] = sentence.start
