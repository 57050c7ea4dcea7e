"""Passage alignment between a translation and its source (or its reference).

Source-aware rules compare a target passage with *its* source passage, so the two texts
must be paired first. Structured readers (XLIFF, TMX) know the pairs: every passage then
carries its own ``source``/``reference`` and the alignment is one to one. A plain article
and its source file do not, so both are split into passages the same way and paired by a
Gale–Church dynamic program over passage lengths in characters (Gale & Church 1993), with
beads 1-1, 1-0, 0-1, 2-1 and 1-2. Two departures from the original, both because these are
paragraphs, not sentences:

* a passage with no counterpart (1-0, 0-1) costs its prior only, not a length term: in the
  original a long paragraph can practically never be missing, which is exactly what the
  ``bilingual.passage-missing`` rule must see;
* a 1-0 bead next to a 0-1 bead is merged back into one 1-1 bead: a paragraph that lost
  half its words is one bad translation, not a deleted and an inserted paragraph.

The expected length ratio needs no per-language table. Two estimates are tried, the ratio
of the texts' total lengths (right when passages are merged, skewed when one is missing)
and the median ratio of passages paired by position from either end (robust to a missing
passage), and the likelier alignment is kept; it is then refined once with the median
ratio of its own 1-1 beads.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from tqcheck.context import CheckContext
from tqcheck.languages import Language, get_language
from tqcheck.model import Passage, PassageKind
from tqcheck.segment import classify, split_blocks

#: Prior probability of each bead shape (passages on each side). Gale & Church's were
#: estimated for sentences (1-1 0.89, 2-1 and 1-2 0.089 together, 1-0 and 0-1 0.0099
#: together). In a translated article a dropped or added passage (a lost paragraph, a
#: scraped line) is the commoner accident; a merge or split must be borne out by lengths
#: and shared anchors, or a short scraped line would be swallowed by its neighbour.
PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.966,
    (1, 0): 0.01,
    (0, 1): 0.01,
    (2, 1): 0.002,
    (1, 2): 0.002,
}
#: Variance of the target length per source character (Gale & Church's estimate).
VARIANCE = 6.8
_SEPARATOR = "\n\n"
#: Cost reduction (nats) per anchor a bead's two sides share: numbers weigh more.
NUMBER_WEIGHT = 1.5
WORD_WEIGHT = 0.5
_NUMBER = regex.compile(r"\d(?:[\d.,]*\d)?")
_LONG_WORD = regex.compile(r"\p{L}{4,}")


@dataclass(frozen=True)
class Block:
    """A passage of the other side (source or reference): its text and span.

    ``start``/``end`` index into :attr:`Alignment.other_text`, the other side's text as
    the aligner saw it (the document's ``source``, or the per-passage sources joined by a
    blank line when a structured reader supplied them).
    """

    index: int
    start: int
    end: int
    text: str
    kind: PassageKind


@dataclass(frozen=True)
class Bead:
    """Target passages (indices into ``ctx.passages``) paired with other-side blocks.

    Either side may be empty (a passage with no counterpart) or hold two passages.
    """

    targets: tuple[int, ...]
    others: tuple[int, ...]

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.others), len(self.targets)


@dataclass(frozen=True)
class Alignment:
    """The pairing of one document's target passages with the other side's passages."""

    blocks: tuple[Block, ...]
    beads: tuple[Bead, ...]
    other_text: str
    other_lang: str

    def other(self, bead: Bead) -> str:
        """The other side's text of ``bead`` (its blocks joined by a blank line)."""
        return _SEPARATOR.join(self.blocks[i].text for i in bead.others)

    def pairs(self) -> list[tuple[int | None, Block | None]]:
        """Flat ``(target index or None, block or None)`` pairs in document order.

        A 2-1 or 1-2 bead yields one pair per passage of its larger side, each with the
        single passage of the other side.
        """
        out: list[tuple[int | None, Block | None]] = []
        for bead in self.beads:
            targets: list[int | None] = list(bead.targets) or [None]
            blocks: list[Block | None] = [self.blocks[i] for i in bead.others] or [None]
            for k in range(max(len(targets), len(blocks))):
                out.append((targets[min(k, len(targets) - 1)], blocks[min(k, len(blocks) - 1)]))
        return out


def anchors(text: str) -> frozenset[str]:
    """Tokens that tend to survive translation unchanged: numbers and word beginnings.

    Numbers are reduced to their digits (``4.526`` and ``4,526`` agree); words of four or
    more letters to their first four letters without diacritics, a cheap cognate test
    (Simard et al. 1992) that pairs ``Opposition``/``opposition`` and names with their
    inflected forms.
    """
    out = {"#" + regex.sub(r"\D", "", m.group()) for m in _NUMBER.finditer(text)}
    for m in _LONG_WORD.finditer(text):
        folded = unicodedata.normalize("NFKD", m.group().casefold())
        out.add("".join(c for c in folded if c.isalpha())[:4])
    return frozenset(out)


Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]


def align_lengths(
    source: Sequence[int],
    target: Sequence[int],
    source_anchors: Sequence[frozenset[str]] | None = None,
    target_anchors: Sequence[frozenset[str]] | None = None,
) -> Beads:
    """Beads ``(source indices, target indices)`` covering both length sequences in order.

    Length decides; shared :func:`anchors`, when given, break the ties that lengths
    alone leave (which of two similar paragraphs is the missing one).
    """
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        return [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    shared = _SharedAnchors(
        source_anchors or [frozenset()] * n, target_anchors or [frozenset()] * m
    )
    totals = (sum(target) or 1) / (sum(source) or 1)
    ratios = [totals]
    positional = _initial_ratio(source, target)
    if abs(positional - totals) > 0.05 * totals:
        ratios.append(positional)
    cost, beads = min(_dp(source, target, ratio, shared) for ratio in ratios)
    ones = sorted(
        target[t[0]] / source[s[0]]
        for s, t in beads
        if len(s) == len(t) == 1 and source[s[0]] and target[t[0]]
    )
    if len(ones) >= 3:
        median = ones[len(ones) // 2]
        if all(abs(median - r) > 0.05 * r for r in ratios):
            refined = _dp(source, target, median, shared)
            if refined[0] < cost:
                beads = refined[1]
    return _merge_gaps(beads)


def _initial_ratio(source: Sequence[int], target: Sequence[int]) -> float:
    """Median length ratio of passages paired by position from the start and from the end.

    Robust to one missing or extra passage (which shifts the totals and the pairs on one
    side of it, not on the other).
    """
    k = min(len(source), len(target))
    ratios = sorted(
        t / s
        for s, t in [
            *zip(source[:k], target[:k], strict=True),
            *zip(source[::-1][:k], target[::-1][:k], strict=True),
        ]
        if s and t
    )
    if not ratios:
        return (sum(target) or 1) / (sum(source) or 1)
    return ratios[len(ratios) // 2]


class _SharedAnchors:
    """Anchor reward of a bead (source span × target span), computed once per span pair."""

    def __init__(self, source: Sequence[frozenset[str]], target: Sequence[frozenset[str]]):
        self.source, self.target = source, target
        self.any = any(source) and any(target)
        self.cache: dict[tuple[int, int, int, int], float] = {}

    def __call__(self, i0: int, i1: int, j0: int, j1: int) -> float:
        if not self.any:
            return 0.0
        key = (i0, i1, j0, j1)
        value = self.cache.get(key)
        if value is None:
            a = self.source[i0] if i1 - i0 == 1 else self.source[i0] | self.source[i0 + 1]
            b = self.target[j0] if j1 - j0 == 1 else self.target[j0] | self.target[j0 + 1]
            common = a & b
            numbers = sum(1 for x in common if x.startswith("#"))
            value = NUMBER_WEIGHT * numbers + WORD_WEIGHT * (len(common) - numbers)
            self.cache[key] = value
        return value


#: Passages either side of the diagonal searched in long documents.
BAND = 20


def _dp(
    source: Sequence[int], target: Sequence[int], ratio: float, shared: _SharedAnchors
) -> tuple[float, Beads]:
    """The cheapest bead sequence for ``ratio`` and its cost."""
    n, m = len(source), len(target)
    band = None if n * m <= 400 else abs(n - m) + BAND
    inf = math.inf
    moves = [(di, dj, -math.log(prior)) for (di, dj), prior in PRIORS.items()]
    root2 = math.sqrt(2)
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        centre = int(i * m / n)
        lo, hi = (0, m) if band is None else (max(0, centre - band), min(m, centre + band))
        row = cost[i]
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, step = inf, None
            for di, dj, prior_cost in moves:
                if di > i or dj > j:
                    continue
                previous = cost[i - di][j - dj]
                if previous == inf:
                    continue
                c = previous + prior_cost
                if di and dj:
                    a = source[i - 1] + (source[i - 2] if di == 2 else 0)
                    b = target[j - 1] + (target[j - 2] if dj == 2 else 0)
                    if a and b:
                        z = (ratio * a - b) / math.sqrt(VARIANCE * (a + b / ratio) / 2)
                        c -= math.log(max(math.erfc(abs(z) / root2), 1e-300))
                    c -= shared(i - di, i, j - dj, j)
                if c < best:
                    best, step = c, (di, dj)
            row[j], back[i][j] = best, step
    beads: Beads = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        assert step is not None
        di, dj = step
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    beads.reverse()
    return cost[n][m], beads


def _merge_gaps(beads: Beads) -> Beads:
    """Adjacent 1-0 and 0-1 beads become one 1-1 bead (a bad translation, not two gaps)."""
    out: Beads = []
    for bead in beads:
        if out:
            prev = out[-1]
            gaps = {(len(prev[0]), len(prev[1])), (len(bead[0]), len(bead[1]))}
            if gaps == {(1, 0), (0, 1)}:
                out[-1] = (prev[0] + bead[0], prev[1] + bead[1])
                continue
        out.append(bead)
    return out


def blocks_of(text: str, lang: Language) -> tuple[Block, ...]:
    """Passages of a plain text, split exactly as the segmenter splits the target."""
    return tuple(
        Block(i, s, e, text[s:e], classify(text[s:e], lang))
        for i, (s, e) in enumerate(split_blocks(text, lang))
    )


def _joined_blocks(texts: Sequence[str], lang: Language) -> tuple[tuple[Block, ...], str]:
    blocks, cursor = [], 0
    for i, raw in enumerate(texts):
        if i:
            cursor += len(_SEPARATOR)
        blocks.append(Block(i, cursor, cursor + len(raw), raw, classify(raw, lang)))
        cursor += len(raw)
    return tuple(blocks), _SEPARATOR.join(texts)


def align_passages(
    passages: Sequence[Passage],
    target_text: str,
    other: str | None,
    other_lang: str,
    attribute: str = "source",
) -> Alignment | None:
    """Align ``passages`` with their source (``attribute="source"``) or reference.

    Per-passage texts win when every passage has one (a structured reader paired them);
    otherwise ``other`` (the whole source or reference) is split into passages and
    aligned by length. ``None`` when there is nothing to align with.
    """
    lang = get_language(other_lang)
    per_passage = [getattr(p, attribute) for p in passages]
    if passages and all(t is not None for t in per_passage):
        blocks, joined = _joined_blocks([t.strip() for t in per_passage], lang)  # type: ignore[union-attr]
        beads = tuple(Bead((i,), (i,) if blocks[i].text else ()) for i in range(len(passages)))
        return Alignment(blocks, beads, joined, lang.code)
    if not other or not other.strip():
        return None
    blocks = blocks_of(other, lang)
    raw = align_lengths(
        [len(b.text) for b in blocks],
        [p.end - p.start for p in passages],
        [anchors(b.text) for b in blocks],
        [anchors(target_text[p.start : p.end]) for p in passages],
    )
    beads = tuple(Bead(targets=t, others=s) for s, t in raw)
    return Alignment(blocks, beads, other, lang.code)


def source_language(ctx: CheckContext) -> str:
    """The source language: as declared, else identified from the source text."""

    def compute() -> str:
        declared = ctx.document.source_lang
        if declared:
            return declared.split("-")[0].split("_")[0].lower()
        from tqcheck import langid

        sample = ctx.document.source or "\n".join(p.source or "" for p in ctx.passages)
        found = langid.identify(sample[:2000], langid.candidates(ctx.language.code))
        return found[0] if found else "und"

    return ctx.memo("source-language", compute)


def source_alignment(ctx: CheckContext) -> Alignment | None:
    """The document's target/source alignment, computed once per document."""
    return ctx.memo(
        "alignment",
        lambda: align_passages(
            ctx.passages, ctx.text, ctx.document.source, source_language(ctx), "source"
        ),
    )


def reference_alignment(ctx: CheckContext) -> Alignment | None:
    """The document's target/reference alignment (the reference is in the target language)."""
    return ctx.memo(
        "reference-alignment",
        lambda: align_passages(
            ctx.passages, ctx.text, ctx.document.reference, ctx.language.code, "reference"
        ),
    )
