"""Source-aware structure checks, and the helpers every bilingual detector shares.

All bilingual detectors work on *beads* (see :mod:`tqcheck.align`): target passages paired
with the source passages they translate. This module turns a bead into what a detector
needs (the source text, the target span) and checks the structure of the pairing itself:
a source paragraph with no translation, a target paragraph with no source, sentence counts
and lengths that differ far more than translation explains, and sentence punctuation that
one side has and the other lost.

Every detector here returns nothing when the document has no source: the alignment is
``None`` then.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from tqcheck.align import Alignment, Bead, Block, source_alignment
from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.languages import Language, get_language
from tqcheck.model import Passage, PassageKind
from tqcheck.segment import count_words, split_sentences

PROSE = (PassageKind.PARAGRAPH, PassageKind.HEADING)
URL_RE = regex.compile(r"\b(?:https?://|www\.)[^\s<>\"“”«»]+", regex.IGNORECASE)
_CLOSING = "\"'”“’‘»«›‹)]}」』）\u3000 \n\t\u00a0\u202f"
_TERMINAL = ".!?…:;。！？：；"


@dataclass(frozen=True)
class BeadView:
    """One bead as a detector sees it: the source text and the target span."""

    position: int
    bead: Bead
    source: str
    start: int
    end: int
    passages: tuple[Passage, ...]
    blocks: tuple[Block, ...] = ()

    @property
    def has_both(self) -> bool:
        return bool(self.passages) and bool(self.source.strip())

    def kinds(self) -> set[PassageKind]:
        return {p.kind for p in self.passages}

    def source_kinds(self) -> set[PassageKind]:
        return {b.kind for b in self.blocks}


def views(ctx: CheckContext, alignment: Alignment | None = None) -> list[BeadView]:
    """Every bead of ``alignment`` (default: the source alignment, memoised) with its texts.

    Empty without a source.
    """
    if alignment is None:
        return ctx.memo("source-views", lambda: _views(ctx, source_alignment(ctx)))
    return _views(ctx, alignment)


def _views(ctx: CheckContext, alignment: Alignment | None) -> list[BeadView]:
    if alignment is None:
        return []
    out: list[BeadView] = []
    cursor = 0
    for position, bead in enumerate(alignment.beads):
        passages = tuple(ctx.passages[i] for i in bead.targets)
        if passages:
            start, end = passages[0].start, passages[-1].end
            cursor = end
        else:
            start = end = cursor
        blocks = tuple(alignment.blocks[i] for i in bead.others)
        out.append(BeadView(position, bead, alignment.other(bead), start, end, passages, blocks))
    return out


def sentence_near(ctx: CheckContext, view: BeadView, fraction: float) -> tuple[int, int]:
    """The target sentence at the same relative position as something in the source.

    Translation keeps sentence order closely enough that the relative position of a
    number or a quote in the source passage points at the right target sentence; the
    whole passage is the fallback.
    """
    sentences = [s for p in view.passages for s in p.sentences]
    if not sentences:
        return view.start, view.end
    pos = view.start + min(max(fraction, 0.0), 1.0) * (view.end - view.start)
    for s in sentences:
        if s.start <= pos < s.end:
            return s.start, s.end
    nearest = min(sentences, key=lambda s: min(abs(s.start - pos), abs(s.end - pos)))
    return nearest.start, nearest.end


def neighbour_sources(all_views: Sequence[BeadView], view: BeadView) -> str:
    """Source text of this bead and the beads either side (for things that may move)."""
    lo, hi = max(0, view.position - 1), min(len(all_views), view.position + 2)
    return "\n\n".join(v.source for v in all_views[lo:hi])


def neighbour_targets(ctx: CheckContext, all_views: Sequence[BeadView], view: BeadView) -> str:
    lo, hi = max(0, view.position - 1), min(len(all_views), view.position + 2)
    return "\n\n".join(ctx.text[v.start : v.end] for v in all_views[lo:hi])


def source_lang(ctx: CheckContext) -> Language:
    from tqcheck.align import source_language

    return get_language(source_language(ctx))


@functools.lru_cache(maxsize=32)
def _lexicon_cached(lang: Language) -> frozenset[str]:
    return frozenset(w.lower() for w in lang.common_words | lang.openers)


def lexicon(lang: Language) -> frozenset[str]:
    """Common words of a language (its common-word list and sentence openers), lower case."""
    return _lexicon_cached(lang)


def excerpt(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


# --- passages with no counterpart -------------------------------------------------------


@detector("source-passage-missing", needs_source=True, min_words=3)
def passage_missing(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A source paragraph or heading that no target passage translates."""
    alignment = source_alignment(ctx)
    all_views = views(ctx, alignment)
    if alignment is None or not ctx.passages:
        return
    for view in all_views:
        if view.passages:
            continue
        blocks = [alignment.blocks[i] for i in view.bead.others]
        if not any(b.kind in PROSE and count_words(b.text) >= options["min_words"] for b in blocks):
            continue
        # Point at the target sentence the missing passage would follow (or precede).
        before = [v for v in all_views[: view.position] if v.passages]
        after = [v for v in all_views[view.position + 1 :] if v.passages]
        if before:
            last = before[-1].passages[-1]
            span = (last.sentences[-1].start, last.sentences[-1].end) if last.sentences else None
            where = "after this sentence"
            span = span or (last.start, last.end)
        else:
            first = after[0].passages[0]
            span = (first.sentences[0].start, first.sentences[0].end) if first.sentences else None
            where = "before this sentence"
            span = span or (first.start, first.end)
        yield Hit(
            span[0],
            span[1],
            message=f"A source passage has no translation ({where}): “{excerpt(view.source)}”",
            suggestion="Translate the missing passage.",
        )


@detector("source-passage-extra", needs_source=True, min_words=3)
def passage_extra(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A target paragraph or heading with no source passage (added or scraped text)."""
    for view in views(ctx):
        if view.bead.others or not view.passages:
            continue
        for passage in view.passages:
            text = ctx.text[passage.start : passage.end]
            if passage.kind in PROSE and count_words(text) >= options["min_words"]:
                yield Hit(
                    passage.start,
                    passage.end,
                    message="This passage has no counterpart in the source.",
                    suggestion="Remove it, or check that the source is complete.",
                )


# --- sentence counts and lengths --------------------------------------------------------

_ORDINAL_END = regex.compile(r"(?:^|\s)\d{1,4}\.$")


def count_sentences(text: str, lang: Language) -> int:
    """Sentences in ``text``; a boundary after a bare number (German ordinal ``3.``) is none."""
    spans = split_sentences(text, 0, len(text), lang)
    return sum(1 for s in spans if not _ORDINAL_END.search(text[s.start : s.end])) or len(spans)


@detector("source-sentence-count", needs_source=True, min_difference=2, min_ratio=1.5)
def sentence_count(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Far more or far fewer sentences than the source passage (merged or dropped text)."""
    lang = source_lang(ctx)
    for view in views(ctx):
        if not view.has_both or view.kinds() != {PassageKind.PARAGRAPH}:
            continue
        target_count = sum(
            count_sentences(ctx.text[p.start : p.end], ctx.language) for p in view.passages
        )
        source_count = count_sentences(view.source, lang)
        low, high = sorted((target_count, source_count))
        if high - low >= options["min_difference"] and high / max(low, 1) >= options["min_ratio"]:
            yield Hit(
                view.start,
                view.end,
                message=f"The source passage has {source_count} sentences, the translation "
                f"{target_count}.",
                suggestion="Check for sentences that were dropped, merged or added.",
            )


def _chars(text: str) -> int:
    return len(" ".join(text.split()))


def length_band(
    options: Mapping[str, Any], source_code: str, target_code: str
) -> tuple[float, float]:
    band = options["bands"].get(f"{source_code}-{target_code}") or options["default_band"]
    return float(band[0]), float(band[1])


@detector(
    "source-length",
    needs_source=True,
    direction="short",
    min_chars=40,
    bands={
        "de-en": [0.75, 1.45],
        "fr-en": [0.7, 1.35],
        "zh-en": [1.2, 6.0],
        "ja-en": [1.0, 5.0],
        "ko-en": [1.0, 4.0],
    },
    default_band=[0.5, 2.0],
)
def length_ratio(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Target passage length (characters) outside the band expected for the language pair.

    ``bands`` maps ``"source-target"`` to ``[low, high]`` bounds of target/source
    characters; other pairs use ``default_band``. Source passages shorter than
    ``min_chars`` are skipped: a short heading's ratio says nothing.
    """
    low, high = length_band(options, source_lang(ctx).code, ctx.language.code)
    short = options["direction"] == "short"
    for view in views(ctx):
        if not view.has_both:
            continue
        source_chars = _chars(view.source)
        target_chars = _chars(ctx.text[view.start : view.end])
        if source_chars < options["min_chars"] or not target_chars:
            continue
        ratio = target_chars / source_chars
        if (short and ratio < low) or (not short and ratio > high):
            what = "shorter" if short else "longer"
            yield Hit(
                view.start,
                view.end,
                message=f"The translation is {ratio:.2f} times the source's length, "
                f"much {what} than expected ({low:g}–{high:g}).",
                suggestion="Check for omitted text." if short else "Check for added text.",
            )


# --- sentence punctuation ---------------------------------------------------------------


def _last_mark(text: str) -> str:
    stripped = text.rstrip(_CLOSING)
    return stripped[-1:] if stripped else ""


def _marks(text: str, chars: str) -> list[int]:
    masked = URL_RE.sub(lambda m: " " * len(m.group()), text)
    return [i for i, c in enumerate(masked) if c in chars]


@detector("source-punctuation", needs_source=True, check="terminal")
def punctuation(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Sentence punctuation on one side only.

    ``check = "terminal"``: one side's passage ends with sentence punctuation and the
    other's does not (a truncated or run-on translation). ``check = "marks"``: a question
    or exclamation mark on one side only (a question rendered as a statement).
    """
    for view in views(ctx):
        if not view.has_both:
            continue
        target = ctx.text[view.start : view.end]
        if options["check"] == "terminal":
            # The source decides what the passage is: a truncated target paragraph looks
            # like a heading to the segmenter.
            if view.source_kinds() != {PassageKind.PARAGRAPH}:
                continue
            src, tgt = _last_mark(view.source), _last_mark(target)
            src_ends, tgt_ends = src in _TERMINAL and src != "", tgt in _TERMINAL and tgt != ""
            if src_ends == tgt_ends or (tgt_ends and view.kinds() != {PassageKind.PARAGRAPH}):
                continue
            last = view.passages[-1]
            s = last.sentences[-1] if last.sentences else None
            start, end = (s.start, s.end) if s else (last.start, last.end)
            yield Hit(
                start,
                end,
                message=f"The source passage ends with “{src}”, the translation does not."
                if src_ends
                else f"The translation ends with “{tgt}”, the source passage does not.",
                suggestion="Check that the last sentence is complete.",
            )
            continue
        for marks, name in (("?¿？", "a question mark"), ("!¡！", "an exclamation mark")):
            src_at, tgt_at = _marks(view.source, marks), _marks(target, marks)
            if bool(src_at) == bool(tgt_at):
                continue
            if tgt_at:
                start, end = sentence_near(ctx, view, tgt_at[0] / max(len(target), 1))
                message = f"The translation has {name} that the source passage does not."
            else:
                start, end = sentence_near(ctx, view, src_at[0] / max(len(view.source), 1))
                message = f"The source passage has {name} that the translation lost."
            yield Hit(start, end, message=message)
