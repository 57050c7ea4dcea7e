"""Python detectors: the checks that a pattern cannot express.

A detector is a function ``(ctx, options) -> Iterable[Hit]`` registered under a name with
typed option defaults. Rule packs refer to it by name (``detector = "quotes"``) and may set
its options; unknown names and options are rejected when the pack loads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tqcheck.model import Fix, Severity

if TYPE_CHECKING:
    from tqcheck.context import CheckContext


@dataclass(frozen=True)
class Hit:
    """What a detector found: a span, and optionally its own message, severity and fix."""

    start: int
    end: int
    message: str | None = None
    suggestion: str | None = None
    fix: Fix | None = None
    severity: Severity | None = None


DetectorFn = Callable[["CheckContext", Mapping[str, Any]], Iterable[Hit]]


@dataclass(frozen=True)
class DetectorSpec:
    name: str
    run: DetectorFn
    defaults: Mapping[str, Any]
    needs_source: bool = False
    needs_reference: bool = False

    def validate(self, options: Mapping[str, Any]) -> dict[str, Any]:
        """Options merged over the defaults; unknown names and wrong types raise ValueError."""
        merged = dict(self.defaults)
        for key, value in options.items():
            if key not in self.defaults:
                known = ", ".join(sorted(self.defaults)) or "none"
                raise ValueError(f"unknown option {key!r} (known: {known})")
            default = self.defaults[key]
            expected = float if isinstance(default, float) else type(default)
            ok = isinstance(value, expected) or (expected is float and isinstance(value, int))
            if isinstance(default, bool) != isinstance(value, bool):
                ok = False
            if not ok:
                raise ValueError(f"option {key!r} must be of type {expected.__name__}")
            merged[key] = value
        return merged


REGISTRY: dict[str, DetectorSpec] = {}


def detector(
    name: str, *, needs_source: bool = False, needs_reference: bool = False, **defaults: Any
) -> Callable[[DetectorFn], DetectorFn]:
    def register(fn: DetectorFn) -> DetectorFn:
        if name in REGISTRY:
            raise RuntimeError(f"detector {name!r} registered twice")
        REGISTRY[name] = DetectorSpec(name, fn, defaults, needs_source, needs_reference)
        return fn

    return register


def _load_builtin() -> None:
    # Imported for their registration side effect.
    from tqcheck.detectors import (  # noqa: F401
        bilingual,
        bilingual_entities,
        bilingual_glossary,
        bilingual_numbers,
        bilingual_reference,
        bilingual_untranslated,
        boilerplate,
        boundaries,
        links,
        markup,
        names,
        quotes,
        repetition,
        truncation,
        untranslated,
    )


_load_builtin()
