"""Baselines: accept today's findings so a gate only fails on new ones.

An entry is keyed by what a finding *is*, not where it sits: the document path, the rule
id, a hash of its passage's normalised text (casefolded, whitespace collapsed) and a hash
of the flagged text itself. Line numbers and offsets are left out on purpose, so inserting
or editing a paragraph elsewhere in the file does not turn old findings into new ones;
editing the passage that holds a finding does, which is right: it is a new passage to
review. Entries carry a ``count``, so two identical findings with one entry leave one new.

Paths are matched exactly as reports give them (``Document.path``, normalised to posix
form without ``./``), so write and check the baseline from the same directory with the
same path arguments, e.g. ``tqcheck check articles/`` from the repository root. All records
of one JSONL file share that file's path.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from tqcheck.model import DocumentReport, Finding, PassageScore
from tqcheck.scoring import finding_weight, passes, score_value
from tqcheck.settings import Settings

SCHEMA = "tqcheck-baseline/1"

#: (path, rule, passage_hash, text_hash)
Key = tuple[str, str, str, str]


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names the file."""


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def normalise(text: str) -> str:
    """Casefolded, whitespace collapsed: re-wrapping a paragraph keeps its findings."""
    return " ".join(text.casefold().split())


def normalise_path(path: str | None) -> str:
    """``./a//b.txt`` and ``a/b.txt`` are one document; standard input is ``-``."""
    if not path or path == "-":
        return "-"
    return Path(os.path.normpath(path)).as_posix()


def _passage_text(report: DocumentReport, index: int) -> str:
    for passage in report.passages:
        if passage.index == index:
            return report.text[passage.start : passage.end]
    return ""


def finding_key(report: DocumentReport, finding: Finding) -> Key:
    """The position-free identity of a finding in its document."""
    return (
        normalise_path(report.document.path),
        finding.rule,
        _hash(normalise(_passage_text(report, finding.passage))),
        _hash(finding.text),
    )


def _entries(counts: Counter[Key]) -> list[dict[str, Any]]:
    return [
        {"rule": rule, "passage_hash": ph, "text_hash": th, "path": path, "count": n}
        for (path, rule, ph, th), n in sorted(counts.items())
    ]


def write_baseline(reports: Iterable[DocumentReport], path: str | Path) -> int:
    """Record every finding of ``reports`` in ``path``; returns the number of findings."""
    counts: Counter[Key] = Counter()
    for report in reports:
        counts.update(finding_key(report, f) for f in report.findings)
    data = {"schema": SCHEMA, "entries": _entries(counts)}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    Path(path).write_text(text, encoding="utf-8", newline="\n")
    return sum(counts.values())


def rescore(report: DocumentReport, findings: list[Finding], settings: Settings) -> DocumentReport:
    """``report`` with only ``findings``: passage and document penalties, scores and the
    verdict recomputed from the report's own passage word counts (no re-segmenting)."""
    penalties: Counter[int] = Counter()
    for f in findings:
        penalties[f.passage] += finding_weight(f, settings.scoring)
    min_words = settings.scoring.min_words
    passages = [
        _rescore_passage(p, penalties.get(p.index, 0.0), min_words) for p in report.passages
    ]
    penalty = sum(p.penalty for p in passages)
    score = score_value(penalty, report.words, min_words)
    return replace(
        report,
        passages=passages,
        findings=list(findings),
        penalty=penalty,
        score=score,
        passed=passes(score, findings, settings.gate),
        metrics=dict(report.metrics),
        errors=list(report.errors),
    )


def _rescore_passage(passage: PassageScore, penalty: float, min_words: int) -> PassageScore:
    return replace(passage, penalty=penalty, score=score_value(penalty, passage.words, min_words))


class Baseline:
    """Accepted findings, consumed as documents are filtered during one run."""

    def __init__(self, counts: Counter[Key] | None = None, path: str | None = None) -> None:
        self.path = path
        self._counts: Counter[Key] = Counter(counts or {})
        self._left: Counter[Key] = Counter(self._counts)
        self._seen_paths: set[str] = set()

    @classmethod
    def load(cls, path: str | Path) -> Baseline:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise BaselineError(f"{path}: cannot read: {exc.strerror or exc}") from None
        except ValueError as exc:
            raise BaselineError(f"{path}: not valid JSON: {exc}") from None
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            raise BaselineError(f"{path}: not a tqcheck baseline (schema {SCHEMA!r} expected)")
        counts: Counter[Key] = Counter()
        for i, entry in enumerate(data.get("entries", [])):
            key, count = _parse_entry(entry, f"{path}: entries[{i}]")
            counts[key] += count
        return cls(counts, str(path))

    def __len__(self) -> int:
        return len(self._counts)

    def filter(self, report: DocumentReport, settings: Settings) -> DocumentReport:
        """A new report without the baselined findings, re-scored with ``settings``'
        scoring and gate; ``baselined`` says how many were removed."""
        self._seen_paths.add(normalise_path(report.document.path))
        kept = []
        for finding in report.findings:
            key = finding_key(report, finding)
            if self._left[key] > 0:
                self._left[key] -= 1
            else:
                kept.append(finding)
        removed = len(report.findings) - len(kept)
        if not removed:
            return replace(report, baselined=0)
        return replace(rescore(report, kept, settings), baselined=removed)

    def stale_count(self) -> int:
        """Entries never matched, among the documents this run checked. Entries for paths
        the run did not check are not stale: a pre-commit run sees only changed files."""
        return sum(
            1
            for key, count in self._counts.items()
            if key[0] in self._seen_paths and self._left[key] == count
        )


def _parse_entry(entry: Any, where: str) -> tuple[Key, int]:
    fields = ("path", "rule", "passage_hash", "text_hash")
    if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in fields):
        raise BaselineError(f"{where}: needs string fields {', '.join(fields)}")
    count = entry.get("count", 1)
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise BaselineError(f"{where}: count must be a positive integer")
    path, rule, ph, th = (entry[k] for k in fields)
    return (normalise_path(path), rule, ph, th), count
