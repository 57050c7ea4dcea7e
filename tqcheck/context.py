"""What a rule sees while it checks one document."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from tqcheck.languages import Language
from tqcheck.model import Document, Passage, PassageKind

T = TypeVar("T")


@dataclass
class CheckContext:
    document: Document
    passages: list[Passage]
    language: Language
    style: str = "plain"
    _starts: list[int] = field(default_factory=list, repr=False)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._starts = [p.start for p in self.passages]

    @property
    def text(self) -> str:
        return self.document.text

    def passage_at(self, offset: int) -> int:
        """Index of the passage containing ``offset`` (the nearest one before it otherwise)."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def passages_of(self, kinds: tuple[PassageKind, ...]) -> list[Passage]:
        return [p for p in self.passages if p.kind in kinds]

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """Per-document analyses shared between detectors (computed once, on first use)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]
