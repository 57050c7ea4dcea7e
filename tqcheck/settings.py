"""Every knob of a run in one typed object: built from defaults, then a config file, then
command-line flags (each layer overriding the one before), and handed down the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field

from tqcheck.limits import Limits
from tqcheck.model import Severity

DEFAULT_WEIGHTS = {
    Severity.INFO: 0.0,
    Severity.MINOR: 1.0,
    Severity.MAJOR: 5.0,
    Severity.CRITICAL: 25.0,
}


@dataclass(frozen=True)
class ScoringSettings:
    """MQM-style scoring (see the README, "Scoring").

    ``min_words`` keeps short passages from being over-punished: a passage's penalty is
    divided by ``max(words, min_words)``, so one minor slip in a five-word headline costs
    it 5 points rather than 20.
    """

    weights: dict[Severity, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    min_words: int = 20


@dataclass(frozen=True)
class GateSettings:
    """When a document passes. Defaults: score at least 95 and no major or critical finding."""

    fail_under: float = 95.0
    fail_on: Severity | None = Severity.MAJOR
    max_findings: int | None = None
    fail_under_feed: float | None = None


@dataclass(frozen=True)
class Settings:
    lang: str = "en"
    source_lang: str | None = None
    style: str = "plain"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    rule_dirs: tuple[str, ...] = ()
    scoring: ScoringSettings = field(default_factory=ScoringSettings)
    gate: GateSettings = field(default_factory=GateSettings)
    pattern_timeout: float = 1.0
    limits: Limits = field(default_factory=Limits)
