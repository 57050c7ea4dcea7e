"""Measure the rules against human error annotations (MQM-style gold spans).

A gold file is JSON Lines, one segment per line: ``text`` (or ``target``), optional
``lang``/``source``/``source_lang`` (or ``lp`` like ``zh-en``), and ``errors`` (or
``spans``): ``{"start", "end", "category"}`` character spans into the text. Spans with a
null ``start``/``end`` (omissions) have no place in the text and are skipped; every other
span counts once per annotation, so two raters marking one error make two gold spans.

Matching is by any character overlap; a zero-width gold span (an insertion point) counts
as overlapped by a finding that touches it. Findings below ``min_severity`` are dropped
before anything is counted.

* Span precision: findings that overlap any gold span (of any category: a human saw a
  problem there) over all findings; per rule likewise.
* Span recall: gold spans overlapped by a finding, over gold spans; with ``categories``
  only spans whose category starts with one of those prefixes (case-insensitive) count.
* Segment level: a segment is gold-positive with ≥ 1 (counted) gold span, predicted
  positive with ≥ 1 finding. The false-flag rate is the share of gold-clean segments (no
  gold span at all) with a finding, and ``flags_per_1k_words`` their findings per 1,000
  words: what an editor pays in noise on text the raters found clean.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqcheck.api import check_text
from tqcheck.model import Finding, Severity
from tqcheck.segment import count_words
from tqcheck.settings import Settings


class EvalError(Exception):
    """A gold file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    category: str

    def overlaps(self, finding: Finding) -> bool:
        if self.start == self.end:
            return finding.start <= self.start <= finding.end
        return finding.start < self.end and self.start < finding.end


@dataclass(frozen=True)
class Record:
    """One gold segment."""

    line: int
    text: str
    lang: str | None
    source: str | None
    source_lang: str | None
    spans: tuple[GoldSpan, ...]


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Counts:
    """Findings and gold spans of one rule, one category or the whole file."""

    findings: int = 0
    true_positives: int = 0
    gold: int = 0
    recalled: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.true_positives, self.findings)

    @property
    def recall(self) -> float | None:
        return _ratio(self.recalled, self.gold)

    @property
    def f1(self) -> float | None:
        return _f1(self.precision, self.recall)


@dataclass
class SegmentCounts:
    segments: int = 0
    gold_positive: int = 0
    predicted_positive: int = 0
    true_positive: int = 0  # predicted positive and has any gold span
    recalled: int = 0  # gold-positive (counted categories) and predicted positive
    clean: int = 0
    clean_flagged: int = 0
    clean_findings: int = 0
    clean_words: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.true_positive, self.predicted_positive)

    @property
    def recall(self) -> float | None:
        return _ratio(self.recalled, self.gold_positive)

    @property
    def f1(self) -> float | None:
        return _f1(self.precision, self.recall)

    @property
    def false_flag_rate(self) -> float | None:
        return _ratio(self.clean_flagged, self.clean)

    @property
    def flags_per_1k_words(self) -> float | None:
        return 1000 * self.clean_findings / self.clean_words if self.clean_words else None


@dataclass
class EvalResult:
    gold_path: str
    min_severity: Severity
    categories: tuple[str, ...]
    spans: Counts = field(default_factory=Counts)
    segments: SegmentCounts = field(default_factory=SegmentCounts)
    by_rule: dict[str, Counts] = field(default_factory=dict)
    by_category: dict[str, Counts] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seg = self.segments
        return {
            "gold": self.gold_path,
            "min_severity": self.min_severity.value,
            "categories": list(self.categories),
            "spans": {
                "findings": self.spans.findings,
                "true_positives": self.spans.true_positives,
                "gold": self.spans.gold,
                "recalled": self.spans.recalled,
                "precision": _round(self.spans.precision),
                "recall": _round(self.spans.recall),
                "f1": _round(self.spans.f1),
            },
            "segments": {
                "segments": seg.segments,
                "gold_positive": seg.gold_positive,
                "predicted_positive": seg.predicted_positive,
                "true_positive": seg.true_positive,
                "recalled": seg.recalled,
                "precision": _round(seg.precision),
                "recall": _round(seg.recall),
                "f1": _round(seg.f1),
                "clean": seg.clean,
                "clean_flagged": seg.clean_flagged,
                "false_flag_rate": _round(seg.false_flag_rate),
                "clean_words": seg.clean_words,
                "flags_per_1k_words": _round(seg.flags_per_1k_words),
            },
            "by_rule": {
                rule: {
                    "findings": c.findings,
                    "true_positives": c.true_positives,
                    "precision": _round(c.precision),
                }
                for rule, c in sorted(self.by_rule.items())
            },
            "by_category": {
                cat: {"gold": c.gold, "recalled": c.recalled, "recall": _round(c.recall)}
                for cat, c in sorted(self.by_category.items())
            },
        }

    def render_text(self) -> str:
        """Fixed-width tables for a terminal or a log; same input, same bytes."""
        return "\n".join(_render(self)) + "\n"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> Iterator[str]:
    """Left-aligned first column, right-aligned numbers, two spaces between columns."""
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    for row in (header, *rows):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        yield "  ".join(cells).rstrip()


def _render(r: EvalResult) -> Iterator[str]:
    seg, spans = r.segments, r.spans
    yield f"gold: {r.gold_path}"
    yield (
        f"segments: {seg.segments} ({seg.gold_positive} gold-positive, {seg.clean} gold-clean);"
        f" min severity: {r.min_severity.value}; recall categories: "
        + (", ".join(r.categories) or "all")
    )
    yield ""
    yield from _table(
        ("level", "precision", "recall", "f1", "flagged/clean", "flags/1k words"),
        [
            ("span", _fmt(spans.precision), _fmt(spans.recall), _fmt(spans.f1), "", ""),
            (
                "segment",
                _fmt(seg.precision),
                _fmt(seg.recall),
                _fmt(seg.f1),
                f"{seg.clean_flagged}/{seg.clean}",
                _fmt(seg.flags_per_1k_words, 2),
            ),
        ],
    )
    yield ""
    yield from _table(
        ("rule", "findings", "true+", "precision"),
        [
            (rule, str(c.findings), str(c.true_positives), _fmt(c.precision))
            for rule, c in sorted(r.by_rule.items())
        ],
    )
    yield ""
    yield from _table(
        ("category", "gold", "recalled", "recall"),
        [
            (cat, str(c.gold), str(c.recalled), _fmt(c.recall))
            for cat, c in sorted(r.by_category.items())
        ],
    )


# ---------------------------------------------------------------------------
# Reading the gold file
# ---------------------------------------------------------------------------


def _span(raw: Any, where: str) -> GoldSpan | None:
    if not isinstance(raw, dict):
        raise EvalError(f"{where}: a gold span must be an object")
    start, end, category = raw.get("start"), raw.get("end"), raw.get("category")
    if start is None or end is None:
        return None  # an omission: nothing in the text to overlap
    ints = all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end))
    if not ints or not 0 <= start <= end:
        raise EvalError(f"{where}: start/end must be integers with 0 <= start <= end")
    return GoldSpan(start, end, str(category or "uncategorised"))


def _languages(raw: dict[str, Any]) -> tuple[str | None, str | None]:
    """``lang``/``source_lang``, else the ``lp`` field (``zh-en``: from zh into en)."""
    source_lang, _, lang = str(raw.get("lp") or "").partition("-")
    return raw.get("lang") or lang or None, raw.get("source_lang") or source_lang or None


def _record(raw: Any, where: str, line: int) -> Record:
    if not isinstance(raw, dict):
        raise EvalError(f"{where}: expected a JSON object")
    text = raw.get("text", raw.get("target"))
    if not isinstance(text, str):
        raise EvalError(f"{where}: needs a string 'text' or 'target'")
    raw_spans = raw.get("errors", raw.get("spans")) or []
    if not isinstance(raw_spans, list):
        raise EvalError(f"{where}: 'errors'/'spans' must be a list")
    spans = [_span(s, f"{where}: span {i}") for i, s in enumerate(raw_spans)]
    for span in spans:
        if span is not None and span.end > len(text):
            raise EvalError(f"{where}: span {span.start}-{span.end} is past the end of the text")
    lang, source_lang = _languages(raw)
    source = raw.get("source") if isinstance(raw.get("source"), str) else None
    kept = tuple(s for s in spans if s is not None)
    return Record(line, text, lang, source, source_lang if source else None, kept)


def read_gold(path: str | Path) -> Iterator[Record]:
    """The gold records of a JSONL file, blank lines skipped."""
    try:
        lines = Path(path).read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except ValueError as exc:
            raise EvalError(f"{path}:{number}: not valid JSON: {exc}") from None
        yield _record(raw, f"{path}:{number}", number)


# ---------------------------------------------------------------------------
# Scoring predictions against gold
# ---------------------------------------------------------------------------


def _counted(span: GoldSpan, categories: Sequence[str]) -> bool:
    folded = span.category.casefold()
    return not categories or any(folded.startswith(c.casefold()) for c in categories)


def _add_record(result: EvalResult, record: Record, findings: list[Finding]) -> None:
    counted = [s for s in record.spans if _counted(s, result.categories)]
    for f in findings:
        hit = any(s.overlaps(f) for s in record.spans)
        rule = result.by_rule.setdefault(f.rule, Counts())
        rule.findings += 1
        rule.true_positives += hit
        result.spans.findings += 1
        result.spans.true_positives += hit
    for s in counted:
        hit = any(s.overlaps(f) for f in findings)
        category = result.by_category.setdefault(s.category, Counts())
        category.gold += 1
        category.recalled += hit
        result.spans.gold += 1
        result.spans.recalled += hit
    _add_segment(result.segments, record, counted, findings)


def _add_segment(
    seg: SegmentCounts, record: Record, counted: list[GoldSpan], findings: list[Finding]
) -> None:
    flagged = bool(findings)
    seg.segments += 1
    seg.predicted_positive += flagged
    seg.true_positive += flagged and bool(record.spans)
    if counted:
        seg.gold_positive += 1
        seg.recalled += flagged
    if not record.spans:
        seg.clean += 1
        seg.clean_flagged += flagged
        seg.clean_findings += len(findings)
        seg.clean_words += count_words(record.text)


def evaluate(
    gold_path: str | Path,
    settings: Settings | None = None,
    *,
    min_severity: Severity | str = Severity.MINOR,
    categories: Sequence[str] = (),
) -> EvalResult:
    """Check every gold segment with ``settings`` and compare findings to the gold spans."""
    settings = settings or Settings()
    threshold = Severity(min_severity)
    result = EvalResult(str(gold_path), threshold, tuple(categories))
    for record in read_gold(gold_path):
        report = check_text(
            record.text,
            lang=record.lang or settings.lang,
            source=record.source,
            source_lang=record.source_lang,
            settings=settings,
        )
        findings = [f for f in report.findings if f.severity.rank >= threshold.rank]
        _add_record(result, record, findings)
    return result
