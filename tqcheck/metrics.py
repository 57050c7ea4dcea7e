"""Reference metrics (BLEU, chrF, TER) computed by sacrebleu, never reimplemented.

Scores are sacrebleu's metric classes with their default settings and tokenisers, so
every figure equals what ``sacrebleu REF -i HYP -m bleu chrf ter`` prints for the same
segments, and each comes with sacrebleu's signature to say exactly how it was computed.

What a *segment* is: a translation and its reference are split into passages the way
the segmenter splits every document, and the passages are aligned (:mod:`tqcheck.align`),
so a segment is one aligned passage pair. Passages merged by a 2-1 or 1-2 bead are joined
by a space; a passage with no counterpart is scored against the empty string, so missing
and added text count against the score. Whitespace inside a passage (soft line wraps) is
collapsed to single spaces.

A document's scores are corpus-level scores over its segments; :class:`CorpusMetrics`
scores all segments of all documents of a run together (corpus BLEU is not the mean of
document BLEUs).

sacrebleu is imported on first use, inside the functions that score: it takes about 70 ms to
import, a sixth of the CLI's start-up, and most runs have no reference to score against.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from tqcheck.align import Alignment, align_passages
from tqcheck.model import Document, Passage
from tqcheck.segment import segment

Pair = tuple[str, str]


def _flat(text: str) -> str:
    return " ".join(text.split())


def aligned_pairs(text: str, passages: Sequence[Passage], alignment: Alignment) -> list[Pair]:
    """``(hypothesis, reference)`` segments of an alignment, one per bead."""
    pairs = []
    for bead in alignment.beads:
        hyp = " ".join(_flat(text[passages[i].start : passages[i].end]) for i in bead.targets)
        ref = " ".join(_flat(alignment.blocks[i].text) for i in bead.others)
        pairs.append((hyp, ref))
    return pairs


def has_reference(document: Document) -> bool:
    """A whole reference, or one for every passage hint a structured reader gave."""
    hints = document.passages or ()
    return bool(document.reference and document.reference.strip()) or (
        bool(hints) and all(h.reference is not None for h in hints)
    )


def document_pairs(document: Document, passages: Sequence[Passage] | None = None) -> list[Pair]:
    """Segments of a document against its reference (per-passage references win).

    ``passages`` are the document's segmented passages when the caller has them already.
    """
    if not has_reference(document):
        return []
    passages = segment(document) if passages is None else passages
    alignment = align_passages(
        passages, document.text, document.reference, document.lang, "reference"
    )
    return aligned_pairs(document.text, passages, alignment) if alignment else []


def corpus_scores(pairs: Sequence[Pair]) -> dict[str, Any]:
    """Corpus BLEU, chrF and TER of ``pairs`` (rounded to 2 decimals) with signatures."""
    if not pairs:
        return {}
    hyps = [h for h, _ in pairs]
    refs = [[r for _, r in pairs]]
    from sacrebleu.metrics import BLEU, CHRF, TER  # imported on first use: see module doc

    metrics = {"bleu": BLEU(), "chrf": CHRF(), "ter": TER()}
    out: dict[str, Any] = {
        name: round(metric.corpus_score(hyps, refs).score, 2) for name, metric in metrics.items()
    }
    out["signatures"] = {name: str(metric.get_signature()) for name, metric in metrics.items()}
    out["segments"] = len(pairs)
    return out


def corpus_chrf(pairs: Sequence[Pair]) -> float:
    """Corpus chrF of ``pairs`` alone (TER is slow on long segments and not needed here)."""
    if not pairs:
        return 0.0
    from sacrebleu.metrics import CHRF

    return round(CHRF().corpus_score([h for h, _ in pairs], [[r for _, r in pairs]]).score, 2)


def document_metrics(hypothesis: str, reference: str, lang: str = "en") -> dict[str, Any]:
    """BLEU, chrF and TER of one translation against its reference (see module docstring)."""
    return corpus_scores(document_pairs(Document(text=hypothesis, lang=lang, reference=reference)))


def metrics_for_document(
    document: Document, passages: Sequence[Passage] | None = None
) -> dict[str, Any]:
    """The metrics of a document that has a reference (whole or per passage), else ``{}``."""
    return corpus_scores(document_pairs(document, passages))


def passage_chrf(pairs: Iterable[Pair]) -> list[float]:
    """Sentence-level chrF of each ``(hypothesis, reference)`` pair, rounded to 2 decimals."""
    from sacrebleu.metrics import CHRF

    chrf = CHRF()
    return [round(chrf.sentence_score(h, [r]).score, 2) for h, r in pairs]


class CorpusMetrics:
    """Corpus BLEU/chrF/TER over every document of a run.

    Each added document contributes its aligned passage pairs as segments, and the
    scores are sacrebleu's ``corpus_score`` over all of them together.
    """

    def __init__(self) -> None:
        self.pairs: list[Pair] = []
        self.documents = 0

    def add(self, hypothesis: str, reference: str, lang: str = "en") -> None:
        """Add one translation and its reference."""
        self.add_pairs(document_pairs(Document(text=hypothesis, lang=lang, reference=reference)))

    def add_document(self, document: Document, passages: Sequence[Passage] | None = None) -> None:
        """Add a document if it has a reference (whole or per passage)."""
        pairs = document_pairs(document, passages)
        if pairs:
            self.add_pairs(pairs)

    def add_pairs(self, pairs: Iterable[Pair]) -> None:
        self.pairs.extend(pairs)
        self.documents += 1

    def to_dict(self) -> dict[str, Any]:
        """``{}`` when no document had a reference."""
        scores = corpus_scores(self.pairs)
        if scores:
            scores["documents"] = self.documents
        return scores
