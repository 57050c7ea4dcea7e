"""Segment lists (XLIFF units, TMX translation units) → one document.

The target segments, joined by a blank line, are the document text; each segment is a
passage hint carrying its own source text and id, so source-aware rules compare the
right pair. ``Document.source`` holds the sources joined the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tqcheck.model import PassageHint

SEPARATOR = "\n\n"


@dataclass
class Segments:
    targets: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    hints: list[PassageHint] = field(default_factory=list)
    length: int = 0

    def add(self, target: str, source: str | None, ident: str | None) -> None:
        start = self.length + len(SEPARATOR) if self.targets else 0
        self.targets.append(target)
        self.sources.append(source or "")
        self.hints.append(PassageHint(start, start + len(target), None, source=source, id=ident))
        self.length = start + len(target)

    @property
    def text(self) -> str:
        return SEPARATOR.join(self.targets)

    @property
    def source(self) -> str | None:
        return SEPARATOR.join(self.sources) if any(self.sources) else None
