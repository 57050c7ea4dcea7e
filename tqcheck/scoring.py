"""The score stage: MQM-style penalties per passage and document, then the gate.

Each finding weighs its severity's weight (info 0, minor 1, major 5, critical 25 by
default), or its rule's own ``weight``. A passage scores
``100 × max(0, 1 − penalty / max(words, min_words))``; the floor ``min_words`` (20 by
default) keeps one slip in a short headline from zeroing it. A document scores the same
formula over its total penalty and total words, so long articles are not judged by their
worst line alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from tqcheck.model import Document, DocumentReport, Finding, Passage, PassageScore
from tqcheck.settings import GateSettings, ScoringSettings


def finding_weight(finding: Finding, scoring: ScoringSettings) -> float:
    if finding.weight is not None:
        return finding.weight
    return scoring.weights.get(finding.severity, 0.0)


def score_value(penalty: float, words: int, min_words: int) -> float:
    return round(100.0 * max(0.0, 1.0 - penalty / max(words, min_words, 1)), 1)


def passes(score: float, findings: Iterable[Finding], gate: GateSettings) -> bool:
    findings = list(findings)
    if score < gate.fail_under:
        return False
    if gate.fail_on is not None and any(f.severity.rank >= gate.fail_on.rank for f in findings):
        return False
    return gate.max_findings is None or len(findings) <= gate.max_findings


def score_document(
    document: Document,
    passages: list[Passage],
    findings: list[Finding],
    scoring: ScoringSettings,
    gate: GateSettings,
) -> DocumentReport:
    penalties = [0.0] * len(passages)
    for f in findings:
        if passages:
            penalties[f.passage] += finding_weight(f, scoring)
    scored = []
    for p, penalty in zip(passages, penalties, strict=True):
        value = score_value(penalty, p.words, scoring.min_words)
        scored.append(PassageScore(p.index, p.start, p.end, p.kind, p.words, penalty, value))
    words = sum(p.words for p in scored)
    penalty = sum(penalties)
    score = score_value(penalty, words, scoring.min_words)
    return DocumentReport(
        document=document,
        passages=scored,
        findings=findings,
        words=words,
        penalty=penalty,
        score=score,
        passed=passes(score, findings, gate),
    )
