"""Small pieces several reporters share."""

from __future__ import annotations

from typing import Any

METRIC_NAMES = (("bleu", "BLEU"), ("chrf", "chrF"), ("ter", "TER"))


def metrics_line(metrics: dict[str, Any]) -> str:
    """``BLEU 53.7 · chrF 73.9 · TER 33.7`` for the reference metrics, or "" without any."""
    parts = [f"{label} {metrics[key]:.1f}" for key, label in METRIC_NAMES if key in metrics]
    return " · ".join(parts)


def metrics_properties(metrics: dict[str, Any]) -> dict[str, str]:
    return {key: f"{metrics[key]:.2f}" for key, _ in METRIC_NAMES if key in metrics}
