"""Text of a hyperlink spliced into a sentence.

Scrapers often keep a teaser link inside a paragraph as ``… Ukraine war``: the sentence
breaks off after a preposition or article with an ellipsis glued to it, and a capitalised
fragment (the link's text) follows (``behaves in… Ukraine war neutral``). Where the reader
kept the markup (HTML), link spans that interrupt a sentence the same way are used too.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.detectors.truncation import dangling_words
from tqcheck.languages import Language
from tqcheck.model import Edit, Fix, PassageKind

_ELLIPSIS = r"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))"
_SPLICE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<word>\p{{Ll}}[\p{{L}}\p{{M}}'’\-]*)[^\S\n]?(?P<ell>{_ELLIPSIS})"
    r"[^\S\n]+(?P<frag>\p{Lu}[\p{L}\p{M}'’\-]*(?:[^\S\n]+\p{Ll}[\p{L}\p{M}'’\-]*)?)"
)


# A name that ends its sentence, perhaps with a bracket after it: the suspense of an
# ellipsis that holds the name back ("la 5e place, désormais occupée par… Rennes (39
# points)."), where a link's text would go on into the rest of the cut sentence.
_REVEAL = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’\-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’\-]*)*"
    r"(?:[^\S\n]*\([^()\n]{0,40}\))?[^\S\n]*[.!?]"
)


def _elided(word: str, contexts: frozenset[str]) -> bool:
    """An elided article or preposition before the ellipsis (French ``l’…``, ``d’…``)."""
    return len(word) <= 3 and word[-1:] in "'’" and word[:-1] in contexts


_ELLIPSIS_BEFORE = regex.compile(rf"(?P<word>\S+?)[^\S\n]?{_ELLIPSIS}[^\S\n]*\Z")


def _marked_links(ctx: CheckContext) -> Iterator[Hit]:
    """Link texts the markup marked (HTML) that follow an ellipsis mid-sentence."""
    text = ctx.text
    for link in ctx.document.links:
        line_start = text.rfind("\n", 0, link.start) + 1
        m = _ELLIPSIS_BEFORE.search(text, max(line_start, link.start - 80), link.start)
        if not m or not m.group("word")[:1].isalpha():
            continue
        yield Hit(
            m.start("word"),
            link.end,
            message=f"Leftover link text: the sentence breaks off after “{m.group('word')}” "
            f"and the text of a link (“{text[link.start : link.end]}”) is spliced in.",
            suggestion="Rebuild the sentence from the source, or remove the ellipsis and "
            "join the link text into the sentence.",
        )


@functools.lru_cache(maxsize=16)
def _contexts(lang: Language) -> frozenset[str]:
    """Words after which a sentence cannot break off (made once: the sets are large).

    Of the words that open sentences, only those that cannot end a phrase either (the
    language's ``dangling_words``, if it lists them): a quotation may trail off after an
    object pronoun ("I’m underselling it … She’s done more").
    """
    dangling = dangling_words(lang)
    return lang.name_contexts | (lang.openers & dangling if dangling else lang.openers)


def _has_ellipsis(text: str, start: int, end: int) -> bool:
    """Is there ``…`` or ``...`` (in every ellipsis) inside ``text[start:end]``?"""
    return text.find("…", start, end) >= 0 or text.find("...", start, end) >= 0


@detector("link-residue")
def link_residue(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    text = ctx.text
    yield from _marked_links(ctx)
    if "…" not in text and "..." not in text:
        return  # every splice has an ellipsis; most documents have none
    contexts = _contexts(ctx.language)
    for passage in ctx.passages_of((PassageKind.PARAGRAPH, PassageKind.CAPTION)):
        if not _has_ellipsis(text, passage.start, passage.end):
            continue  # most passages of a document with an ellipsis have none either
        for m in _SPLICE.finditer(text, passage.start, passage.end):
            word = m.group("word").lower()
            if word not in contexts and not _elided(word, contexts):
                continue  # a trailing-off quote ("I don't know… Maybe") is not a splice
            if _REVEAL.match(text, m.start("frag"), passage.end):
                continue  # a name held back to end its sentence: "occupée par… Rennes (39 points)."
            frag = m.group("frag").split()
            end = m.start("frag") + len(frag[0])
            yield Hit(
                m.start("word"),
                end,
                message=f"Leftover link text: the sentence breaks off after “{m.group('word')}” "
                f"and a link's text (“{frag[0]}…”) is spliced in.",
                suggestion="Rebuild the sentence from the source, or remove the ellipsis and "
                "join the link text into the sentence.",
                fix=Fix((Edit(m.end("word"), m.start("frag"), " "),), safe=False),
            )
