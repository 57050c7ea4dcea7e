"""Shared helpers for the reporter tests: fixed reports and a way to run any reporter."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest

import tqcheck
from tqcheck.model import DocumentReport
from tqcheck.pipeline import RunSummary
from tqcheck.reporters import get_reporter
from tqcheck.settings import Settings

from ..conftest import SAMPLES, SHARED

GOLDEN = Path(__file__).resolve().parent / "golden"
OUTPUT = Path(__file__).resolve().parents[1] / "output"
INJECTION = SAMPLES / "hostile" / "injection.txt"
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
UPDATE_GOLDEN = os.environ.get("TQCHECK_UPDATE_GOLDEN") == "1"

#: Small fixed documents for golden files: a plain-text article with findings, a clean
#: one, and a feed record whose path, id and text carry every character that needs
#: escaping somewhere (``, : %`` in annotation properties, Markdown and HTML specials).
GOLDEN_DOCUMENTS: list[tuple[str, dict[str, Any]]] = [
    (
        "Talks resume <b>today</b>\n\nThe the talks ended on Monday.  Both sides met again."
        "\n\n© Jane Doe / AP\n",
        {"path": "news/talks.txt"},
    ),
    ("The talks ended on Monday. Both sides said they would meet again.\n", {"path": "clean.txt"}),
    (
        "Union leaders | said *the the* deal_was [done] `today` <i>x</i> @maintainer 100%.\n",
        {"path": "feeds/a,b:c%d.jsonl", "id": "r:1,2", "line": 3, "meta": {"format": "jsonl"}},
    ),
]


def golden_reports() -> list[DocumentReport]:
    return [tqcheck.check_text(text, **meta) for text, meta in GOLDEN_DOCUMENTS]


def sample_reports() -> list[DocumentReport]:
    """The bundled plain-text samples, checked (paths relative to the repository)."""
    paths = [*sorted(SAMPLES.glob("*.txt")), INJECTION]
    return [
        tqcheck.check_text(p.read_text(encoding="utf-8"), path=str(p.relative_to(SAMPLES.parent)))
        for p in paths
    ]


def summarize(reports: list[DocumentReport], settings: Settings | None = None) -> RunSummary:
    summary = RunSummary(settings or Settings())
    for report in reports:
        summary.add(report)
    return summary


def run(
    fmt: str, reports: list[DocumentReport], summary: RunSummary | None = None, **options: Any
) -> str:
    """Output of the ``fmt`` reporter for ``reports``, exactly as the CLI drives it."""
    out = io.StringIO()
    reporter = get_reporter(fmt)(out, **options)
    for report in reports:
        reporter.document(report)
    reporter.finish(summary or summarize(reports))
    return out.getvalue()


def check_golden(name: str, actual: str) -> None:
    """Compare with ``golden/NAME``; ``TQCHECK_UPDATE_GOLDEN=1`` rewrites it instead."""
    path = GOLDEN / name
    if UPDATE_GOLDEN or not path.exists():
        if not UPDATE_GOLDEN:
            pytest.fail(f"{path} is missing; run with TQCHECK_UPDATE_GOLDEN=1 to create it")
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs; rerun with TQCHECK_UPDATE_GOLDEN=1 if intended"


@pytest.fixture(scope="session")
def samples() -> list[DocumentReport]:
    return sample_reports()


@pytest.fixture(scope="session")
def injection() -> DocumentReport:
    return tqcheck.check_text(
        INJECTION.read_text(encoding="utf-8"),
        path="samples/hostile/<img src=x onerror=alert(1)>.txt",
        title='<script>window.__pwned = "title"</script>',
        url="javascript:alert(1)",
    )
