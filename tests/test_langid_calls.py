"""Language identification runs only where a cheap test says a sentence may be foreign."""

from __future__ import annotations

import tqcheck
from tqcheck import langid

from .conftest import SAMPLES


def test_plainly_english_article_needs_almost_no_language_identification():
    text = (SAMPLES / "clean-article.txt").read_text(encoding="utf-8")
    langid.identify.cache_clear()
    before = langid.calls
    tqcheck.check_text(text)
    assert langid.calls - before <= 2, f"{langid.calls - before} identification calls"


def test_foreign_sentence_is_identified():
    text = (
        "The council met on Monday. "
        "Die Regierung hat am Montag keine Entscheidung getroffen, sagte der Sprecher."
    )
    langid.identify.cache_clear()
    before = langid.calls
    report = tqcheck.check_text(text)
    assert langid.calls > before
    assert any(f.rule == "untranslated.text" for f in report.findings)
