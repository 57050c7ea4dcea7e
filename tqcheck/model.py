"""The types that cross stage boundaries: read → segment → check → score → report.

All spans are Python string indices (code points) into ``Document.text`` exactly as
decoded, end exclusive, so ``document.text[f.start:f.end] == f.text`` for every finding.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Severity(str, Enum):
    """MQM-style severity; the string value is what every report shows."""

    INFO = "info"
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    def __str__(self) -> str:  # pragma: no cover - convenience for f-strings
        return self.value


_SEVERITY_RANK = {Severity.INFO: 0, Severity.MINOR: 1, Severity.MAJOR: 2, Severity.CRITICAL: 3}


class PassageKind(str, Enum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    CAPTION = "caption"
    BYLINE = "byline"
    META = "meta"

    def __str__(self) -> str:  # pragma: no cover
        return self.value


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class PassageHint:
    """A passage boundary (and optionally its kind) that a structured reader knows.

    HTML, Markdown, XLIFF and TMX readers know where a paragraph, heading or segment is;
    the segmenter uses these instead of guessing from blank lines.
    """

    start: int
    end: int
    kind: PassageKind | None = None
    source: str | None = None
    reference: str | None = None
    id: str | None = None


@dataclass
class Document:
    """One article (or one record of a feed) as read from its carrier."""

    text: str
    lang: str = "en"
    id: str | None = None
    path: str | None = None
    source: str | None = None
    source_lang: str | None = None
    reference: str | None = None
    title: str | None = None
    url: str | None = None
    line: int | None = None
    passages: tuple[PassageHint, ...] | None = None
    links: tuple[Span, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True)
class Passage:
    index: int
    start: int
    end: int
    kind: PassageKind
    sentences: tuple[Sentence, ...]
    words: int  # counted once here, for the passage kind and the score
    source: str | None = None
    reference: str | None = None


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    """A repair for a finding. ``safe`` fixes cannot change meaning; others need a person."""

    edits: tuple[Edit, ...]
    safe: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "applicability": "safe" if self.safe else "unsafe",
            "edits": [
                {"start": e.start, "end": e.end, "replacement": e.replacement} for e in self.edits
            ],
        }


@dataclass(frozen=True)
class Finding:
    rule: str
    category: str
    severity: Severity
    message: str
    start: int
    end: int
    text: str
    passage: int
    suggestion: str | None = None
    fix: Fix | None = None
    weight: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity.value,
            "message": self.message,
            "passage": self.passage,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "suggestion": self.suggestion,
            "fix": self.fix.to_dict() if self.fix else None,
        }


@dataclass(frozen=True)
class PassageScore:
    index: int
    start: int
    end: int
    kind: PassageKind
    words: int
    penalty: float
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "kind": self.kind.value,
            "words": self.words,
            "score": self.score,
            "penalty": round(self.penalty, 4),
        }


@dataclass
class DocumentReport:
    """The checked and scored document: what every reporter renders."""

    document: Document
    passages: list[PassageScore]
    findings: list[Finding]
    words: int
    penalty: float
    score: float
    passed: bool
    metrics: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    baselined: int = 0

    @property
    def text(self) -> str:
        return self.document.text

    def to_dict(self) -> dict[str, Any]:
        doc = self.document
        out: dict[str, Any] = {
            "path": doc.path,
            "id": doc.id,
            "lang": doc.lang,
            "words": self.words,
            "score": self.score,
            "passed": self.passed,
            "passages": [p.to_dict() for p in self.passages],
            "findings": [f.to_dict() for f in self.findings],
            "penalty": round(self.penalty, 4),
        }
        for key in ("source_lang", "title", "url", "line"):
            value = getattr(doc, key)
            if value is not None:
                out[key] = value
        if self.metrics:
            out["metrics"] = self.metrics
        if self.errors:
            out["errors"] = list(self.errors)
        if self.baselined:
            out["baselined"] = self.baselined
        return out


@dataclass(frozen=True)
class InputError:
    """Input that could not be read: reported, counted in the exit code, never dropped."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"
