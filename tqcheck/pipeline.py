"""One document through segment → check → score, and the running summary of a whole run.

``check_document`` is a plain, picklable top-level function of a document and settings so
that worker processes and distributed engines can run it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from tqcheck import __version__
from tqcheck.engine import check, rules_for, select_rules
from tqcheck.limits import cap_findings, check_limits, dropped_message, refused_report
from tqcheck.metrics import CorpusMetrics, metrics_for_document
from tqcheck.model import Document, DocumentReport, InputError, Severity
from tqcheck.scoring import score_document, score_value
from tqcheck.segment import segment
from tqcheck.settings import Settings


def check_document(document: Document, settings: Settings) -> DocumentReport:
    limits = settings.limits
    reason = check_limits(document, limits)
    passages = segment(document) if reason is None else []
    reason = reason or check_limits(document, limits, passages)
    if reason is not None:  # refused out loud, never checked in part
        return refused_report(document, reason)
    rules = select_rules(rules_for(settings), settings, document.lang)
    result = check(document, passages, rules, settings)
    report = score_document(document, passages, result.findings, settings.scoring, settings.gate)
    report.errors.extend(result.errors)
    kept, dropped = cap_findings(report.findings, limits)  # scored and gated on all
    if dropped:
        report.findings = kept
        report.errors.append(dropped_message(dropped, limits))
    report.metrics = metrics_for_document(document, passages)
    return report


@dataclass
class RunSummary:
    """Totals over every document of a run, accumulated as documents stream past."""

    settings: Settings
    documents: int = 0
    failed: int = 0
    findings: int = 0
    words: int = 0
    penalty: float = 0.0
    by_severity: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[str] = field(default_factory=Counter)
    input_errors: list[InputError] = field(default_factory=list)
    baselined: int = 0
    stale_baseline: int = 0
    corpus: CorpusMetrics = field(default_factory=CorpusMetrics)

    def add(self, report: DocumentReport) -> None:
        self.documents += 1
        self.failed += not report.passed
        self.findings += len(report.findings)
        self.words += report.words
        self.penalty += report.penalty
        self.baselined += report.baselined
        self.corpus.add_document(report.document)
        for f in report.findings:
            self.by_severity[f.severity.value] += 1
            self.by_rule[f.rule] += 1

    @property
    def score(self) -> float:
        return score_value(self.penalty, self.words, self.settings.scoring.min_words)

    @property
    def passed(self) -> bool:
        feed_gate = self.settings.gate.fail_under_feed
        feed_ok = feed_gate is None or self.documents == 0 or self.score >= feed_gate
        return self.failed == 0 and feed_ok

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "documents": self.documents,
            "findings": self.findings,
            "score": self.score,
            "passed": self.passed,
            "by_severity": {s.value: self.by_severity.get(s.value, 0) for s in Severity},
            "failed": self.failed,
            "words": self.words,
            "by_rule": dict(sorted(self.by_rule.items())),
            "input_errors": [
                {"path": e.path, "line": e.line, "message": e.message} for e in self.input_errors
            ],
        }
        metrics = self.corpus.to_dict()
        if metrics:
            out["metrics"] = metrics
        if self.baselined or self.stale_baseline:
            out["baselined"] = self.baselined
            out["stale_baseline_entries"] = self.stale_baseline
        return out


def tool_info() -> dict[str, str]:
    return {"name": "tqcheck", "version": __version__}
