from __future__ import annotations

from pathlib import Path

import pytest

import tqcheck
from tqcheck.languages import get_language
from tqcheck.segment import split_sentences
from tqcheck.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_25ffb879517cff8a.txt"
SAMPLES = ROOT / "samples"


@pytest.fixture
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seed is not available")
    return SEED.read_text(encoding="utf-8")


def sentences(text: str, *, lang: str) -> list[str]:
    """The sentences the segmenter finds in ``text`` (a language's segmentation tests)."""
    spans = split_sentences(text, 0, len(text), get_language(lang))
    return [text[s.start : s.end] for s in spans]


def flagged(text: str, rule: str, style: str = "plain", *, lang: str) -> list[str]:
    """Texts of the findings of ``rule`` (an id or a prefix), offsets checked on the way."""
    report = tqcheck.check_text(text, lang=lang, settings=Settings(style=style))
    for f in report.findings:
        assert text[f.start : f.end] == f.text
    return [f.text for f in report.findings if f.rule == rule or f.rule.startswith(rule + ".")]
