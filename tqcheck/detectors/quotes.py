"""Quotation marks that moved, were lost or were left open.

Tracks double quotation marks through each passage with the language's pairs
(``“…”`` in English, ``„…“``/``»…«`` in German, ``«…»`` in French) and straight ``"``.
Nested double quotes do not occur in these languages' news style (nesting uses single
marks), so a second opening mark while one is open means a mark was misplaced.
A quote left open at the end of a paragraph is fine when the next paragraph opens with a
quotation mark: that is how news continues a quote over several paragraphs.

A language may declare ``foreign_pairs``: another language's marks quoted as written
there (German ``„…“`` in English news, whose closing mark is English's opening one); such a
quote closes only with its own closing mark. It may also declare ``inner_pairs``: the marks
of a quote inside a quote (German ``‚…‘``, French ``“…”`` inside ``« … »``). They are
tracked on a level of their own: an inner quote must close before the quote around it (or
the paragraph) ends. A stray inner closing mark is no evidence, since ``‘`` and ``’``
double as apostrophes; an inner opening mark counts only when a word follows it directly,
since ``›`` also separates breadcrumbs. In page metadata (breadcrumbs), guillemets are
separators, not quotation marks.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.languages import QuoteStyle, attribution_pattern, language_section
from tqcheck.model import Passage, PassageKind, Severity

_WORDS_AFTER = regex.compile(r"\S+(?:\s+\S+){0,5}")
_WORD_BEFORE = regex.compile(r"\S+$")


def _span_after(text: str, pos: int, limit: int, gap: bool = False) -> int:
    """End of the mark at ``pos`` plus a few following words, within ``limit``.

    ``gap``: the language puts a space inside its quotation marks (French ``« Non »``).
    """
    start = pos + 1
    if gap and start < limit and text[start].isspace():
        start += 1
    m = _WORDS_AFTER.match(text, start, limit)
    return m.end() if m else pos + 1


def _span_between(text: str, first: int, second: int) -> tuple[int, int]:
    """The opening mark at ``first`` and the words up to (not including) ``second``."""
    end = second
    while end > first + 1 and text[end - 1].isspace():
        end -= 1
    return first, end


def _straight_role(text: str, i: int, start: int, end: int) -> str:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isdigit():
        return "inch"  # 5'10" or 27" screens: a unit, not a quotation mark
    if before.isspace() or (before in "([{—–-/" and not after.isspace()):
        return "open"
    if after.isspace() or after in ".,;:!?)]}—–-/":
        return "close"
    return "toggle"


def _ends_quote(text: str, i: int, end: int, function_words: frozenset[str]) -> bool:
    """Does punctuation, an aside, a function word or the passage's end follow the mark at
    ``i``? An inch mark is followed by its noun (27" screens); a quotation by its year
    ("Ledger No. 4" (1979)) or the sentence ("at "fewer than 300" and insists")."""
    if i + 1 >= end or text[i + 1] in _AFTER_CLOSING or text.startswith(_ASIDES, i + 1):
        return True
    after = _WORD_AFTER.match(text, i + 1, min(end, i + 1 + _WORD_AFTER_SPAN))
    return after is not None and after.group(1).lower() in function_words


_WORD_AFTER = regex.compile(r"[^\S\n]+(\p{L}+)")
_WORD_AFTER_SPAN = 30


_ASIDES = (" (", " –", " —")


_AFTER_CLOSING = frozenset(".,;:!?)]}")


_SEPARATORS = frozenset("»«›‹")  # guillemets that also separate breadcrumbs


@functools.lru_cache(maxsize=32)
def _any_of(chars: frozenset[str]) -> regex.Pattern[str]:
    """One of ``chars``: the scan visits only the quotation marks of a passage."""
    if not chars:
        return regex.compile("(?!)")
    return regex.compile("[" + "".join(regex.escape(c) for c in sorted(chars)) + "]")


def _scan(
    ctx: CheckContext,
    passage: Passage,
    next_passage: Passage | None,
    carried: bool = False,
    resumed: bool = False,
) -> Iterator[Hit]:
    """The passage's unpaired marks; ``carried``: a quote the passage before left open goes
    on here without its opening mark, and the first closing mark closes it; ``resumed``:
    it goes on after a continuation mark opening the passage (French "»"), which counts as
    its opening mark here."""
    text = ctx.text
    style = ctx.language.quotes
    openers, closers, straight = style.openers, style.closers, set(style.straight)
    marks = openers | closers | straight
    ambiguous = openers & closers
    data = language_section(ctx.language, "quotes")
    inner: dict[str, str] = {o: c for o, c in data.get("inner_pairs", [])}
    gap = bool(data.get("spaced", False))
    # Another language's pair quoted as it is written there ("„…“" in English news): its
    # opening mark opens, and only its own closing mark closes it.
    foreign: dict[str, str] = {o: c for o, c in data.get("foreign_pairs", [])}
    # Opening marks a straight mark may close ("„…"" in German web text, typed without “).
    straight_closes = frozenset(data.get("straight_closes", []))
    marks = marks | frozenset(foreign)
    inner_closers = frozenset(inner.values())
    inner_marks = frozenset(inner) | inner_closers
    if passage.kind is PassageKind.META:
        marks = marks - _SEPARATORS
        inner_marks = inner_marks - _SEPARATORS
    curly_open: int | None = None
    straight_open: int | None = None
    inner_open: int | None = None
    for mark in _any_of(frozenset(marks | inner_marks)).finditer(text, passage.start, passage.end):
        i = mark.start()
        c = text[i]
        nested = curly_open is not None and text[curly_open] not in inner
        if c in inner_marks and (nested or c not in marks):
            # A quote inside a quote, or inner marks used on their own (‚Wort‘).
            if c in inner and i + 1 < passage.end and not text[i + 1].isspace():
                if inner_open is not None:
                    yield _inner_hit(text, inner_open, i)
                inner_open = i
            elif c in inner_closers and inner_open is not None:
                inner_open = None
            continue
        if c not in marks:
            continue
        if resumed and i == passage.start:
            curly_open = i
            continue
        if carried:
            carried = False
            if c in closers and curly_open is None:
                continue  # the quote the paragraph before left open closes here
        if curly_open is not None and foreign.get(text[curly_open]) == c:
            curly_open = None  # „…“ closed
            continue
        closes_curly = (
            c in straight
            and curly_open is not None
            and text[curly_open] in straight_closes
            and _straight_role(text, i, passage.start, passage.end) == "close"
        )  # „…" closed by a straight mark
        if inner_open is not None and nested and (c in closers or closes_curly):
            # The quote around it closes while the inner quote is still open.
            yield _inner_hit(text, inner_open, i)
            inner_open = None
        if closes_curly:
            curly_open = None
            continue
        if (
            c in ambiguous
            and curly_open is None
            and _straight_role(text, i, passage.start, passage.end) == "close"
        ):
            # A mark that opens and closes (German “ in „…“ and “…”) used as a closer.
            yield _stray_closer(text, passage, i, gap)
            continue
        if (c in openers or c in foreign) and not (c in closers and curly_open is not None):
            if curly_open is not None:
                s, e = _span_between(text, curly_open, i)
                yield Hit(
                    s,
                    e,
                    message="Quotation mark opened twice without closing: one of the two "
                    "marks was probably moved by the translation.",
                    suggestion="Move or remove the first opening mark so the quote starts "
                    "where the quoted words start.",
                )
            curly_open = i
        elif c in closers:
            if curly_open is None:
                yield _stray_closer(text, passage, i, gap)
            curly_open = None
        else:
            role = _straight_role(text, i, passage.start, passage.end)
            if (
                role == "inch"
                and straight_open is not None
                and _ends_quote(text, i, passage.end, ctx.language.openers)
            ):
                role = "close"  # a quotation may end on a figure: was "likely to exceed $300,000".
            if role == "inch":
                continue
            if straight_open is None and role != "close":
                straight_open = i
            elif straight_open is not None and role != "open":
                straight_open = None
            elif straight_open is not None:
                s, e = _span_between(text, straight_open, i)
                yield Hit(s, e, message="Straight quotation mark opened twice without closing.")
                straight_open = i
            else:
                m = _WORD_BEFORE.search(text, passage.start, i)
                yield Hit(
                    m.start() if m else i,
                    i + 1,
                    message="Closing quotation mark without an opening one.",
                )
    if inner_open is not None:
        yield _inner_hit(text, inner_open, passage.end)
    continues = False
    if next_passage is not None and style.continued_paragraph_quotes:
        first = text[next_passage.start : next_passage.start + 1]
        continues = first in openers or first in straight or first in style.continuation_marks
        if style.unmarked_continuation and first not in openers:
            continues = _first_mark_closes(text, next_passage, openers, closers)
    attribution = attribution_pattern(ctx.language)
    for pos in (curly_open, straight_open):
        # A quote continues over paragraphs only when it is a full sentence: a partial quote
        # ("said it was “astonishing that …") closes in its own paragraph (AP style), and so
        # does one the paragraph attributes at its end ("“… a lot out there, Nesbitt said.").
        attributed = (
            attribution is not None
            and pos is not None
            and attribution.search(text, max(pos, passage.end - _ATTRIBUTION_WINDOW), passage.end)
            is not None
        )
        if pos is not None and not (
            continues and not attributed and not _partial_quote(text, pos, passage.end)
        ):
            yield Hit(
                pos,
                _span_after(text, pos, passage.end, gap),
                message="Quotation left open at the end of the paragraph.",
                suggestion="Close the quote where the quoted words end.",
            )


# How far before a paragraph's end its closing attribution may start.
_ATTRIBUTION_WINDOW = 80


def _first_mark_closes(
    text: str, passage: Passage, openers: frozenset[str], closers: frozenset[str]
) -> bool:
    """Is the passage's first quotation mark a closing one (German “ after „, not “…”)?"""
    mark = _any_of(openers | closers).search(text, passage.start, passage.end)
    if mark is None or mark.group() not in closers:
        return False
    if mark.group() not in openers:
        return True
    return _straight_role(text, mark.start(), passage.start, passage.end) == "close"


def _ends_open(
    text: str, passage: Passage, style: QuoteStyle, *, continuation: bool = False
) -> bool:
    """Is the passage's last quotation mark an opening one (a quote left open at its end)?
    With ``continuation``, a continuation mark opening the passage counts as one (the
    middle paragraph of a French quotation over three)."""
    openers, closers = style.openers, style.closers
    marks = list(_any_of(openers | closers).finditer(text, passage.start, passage.end))
    if not marks:
        return False
    last = marks[-1]
    if continuation and last.start() == passage.start and last.group() in style.continuation_marks:
        return True
    if last.group() not in openers:
        return False
    if last.group() not in closers:
        return True
    return _straight_role(text, last.start(), passage.start, passage.end) == "open"


def _partial_quote(text: str, pos: int, end: int) -> bool:
    """Does the quote opening at ``pos`` start with a lower-case word (part of a sentence)?"""
    m = _FIRST_LETTER.search(text, pos + 1, end)
    return m is not None and m.group().islower()


_FIRST_LETTER = regex.compile(r"\p{L}")


def _stray_closer(text: str, passage: Passage, i: int, gap: bool = False) -> Hit:
    before = i - 1 if gap and i > passage.start and text[i - 1].isspace() else i
    m = _WORD_BEFORE.search(text, passage.start, before)
    return Hit(
        m.start() if m else i,
        i + 1,
        message="Closing quotation mark without an opening one.",
        suggestion="Add the missing opening mark where the quote starts, or remove this one.",
    )


def _inner_hit(text: str, start: int, stop: int) -> Hit:
    s, e = _span_between(text, start, stop)
    return Hit(
        s,
        e,
        message="Quotation inside a quotation left open.",
        suggestion="Close the inner quote where the quoted words end.",
    )


@detector("quotes")
def unbalanced_quotes(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    passages = ctx.passages
    # A one-sentence document is a segment of a larger text (an MT segment, an XLIFF unit):
    # a quote may open in one segment and close in the next, so an opening left open or a
    # closing without an opening is only worth a note there. A whole article, even of one
    # paragraph, is judged in full.
    segment = len(passages) == 1 and len(passages[0].sentences) <= 1
    style = ctx.language.quotes
    speech = frozenset(language_section(ctx.language, "quotes").get("speech_words", []))
    for i, passage in enumerate(passages):
        if not any(c.isalpha() for c in ctx.text[passage.start : passage.end]):
            continue  # a lone quotation mark: the rest of the quote is elsewhere
        nxt = passages[i + 1] if i + 1 < len(passages) else None
        carried = False
        if style.unmarked_continuation:
            marks = style.openers | style.closers
            nxt = _marked_neighbour(ctx.text, passages, i, 1, marks, speech)
            # (the passage before is looked for only where this one's first mark closes)
            if _first_mark_closes(ctx.text, passage, style.openers, style.closers):
                before = _marked_neighbour(ctx.text, passages, i, -1, marks, speech)
                carried = before is not None and _ends_open(ctx.text, before, style)
        resumed = (
            i > 0
            and ctx.text[passage.start : passage.start + 1] in style.continuation_marks
            and _ends_open(ctx.text, passages[i - 1], style, continuation=True)
        )
        for hit in _scan(ctx, passage, nxt, carried, resumed):
            if segment and hit.message in _CROSS_SEGMENT:
                hit = replace(
                    hit,
                    severity=Severity.INFO,
                    message=hit.message + " (It may continue in the neighbouring segment.)",
                )
            yield hit


def _marked_neighbour(
    text: str,
    passages: list[Passage],
    i: int,
    step: int,
    marks: frozenset[str],
    speech: frozenset[str],
) -> Passage | None:
    """The nearest passage after (``step`` 1) or before (-1) passage ``i`` that holds a
    quotation mark, over at most ``_UNMARKED_PARAGRAPHS`` paragraphs without one that read
    as speech (a word of ``speech`` in each): a German quote over several paragraphs may mark
    neither the start nor the end of the middle ones."""
    pattern = _any_of(marks)
    j = i + step
    for _ in range(_UNMARKED_PARAGRAPHS + 1):
        if not 0 <= j < len(passages):
            return None
        passage = passages[j]
        if pattern.search(text, passage.start, passage.end):
            return passage
        if passage.kind is not PassageKind.PARAGRAPH or not _spoken(text, passage, speech):
            return None
        j += step
    return None


def _spoken(text: str, passage: Passage, speech: frozenset[str]) -> bool:
    return any(w.lower() in speech for w in _LETTERS.findall(text, passage.start, passage.end))


_LETTERS = regex.compile(r"\p{L}+")


# How many paragraphs without a mark a quote may go on over.
_UNMARKED_PARAGRAPHS = 2


_CROSS_SEGMENT = frozenset(
    {
        "Quotation left open at the end of the paragraph.",
        "Closing quotation mark without an opening one.",
    }
)
