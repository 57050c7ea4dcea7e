"""Passages that diverge far from the reference translation.

With a reference translation, a passage whose chrF against its aligned reference passage
is far below the document's own chrF is the one a reviewer should read first: the rest of
the document shows the system can match the reference, so this passage probably lost or
changed meaning. Both thresholds must hold (a fraction of the document's chrF *and* an
absolute ceiling), so a document that is loosely translated throughout flags nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from tqcheck.align import reference_alignment
from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.detectors.bilingual import views
from tqcheck.metrics import aligned_pairs, corpus_chrf, passage_chrf
from tqcheck.segment import count_words


@detector("reference-divergence", needs_reference=True, ratio=0.5, max_chrf=30.0, min_words=5)
def reference_divergence(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Passages with sentence-level chrF under ``ratio`` × the document's and ``max_chrf``.

    The document's chrF is sacrebleu's corpus chrF over the aligned passage pairs, the same
    segments :func:`tqcheck.metrics.document_metrics` scores.
    """
    alignment = reference_alignment(ctx)
    if alignment is None:
        return
    pairs = aligned_pairs(ctx.text, ctx.passages, alignment)
    document_chrf = ctx.memo("reference-chrf", lambda: corpus_chrf(pairs))
    scores = passage_chrf(pairs)
    for view, score in zip(views(ctx, alignment), scores, strict=True):
        if not view.has_both or count_words(ctx.text[view.start : view.end]) < options["min_words"]:
            continue
        if score < options["ratio"] * document_chrf and score < options["max_chrf"]:
            yield Hit(
                view.start,
                view.end,
                message=f"chrF {score:.1f} against the reference passage, far below the "
                f"document's {document_chrf:.1f}: the meaning may have changed.",
                suggestion="Compare this passage with the reference translation.",
            )
