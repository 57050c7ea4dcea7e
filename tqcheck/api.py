"""The public Python API (see ARCHITECTURE.md, "Python API")."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tqcheck import pipeline
from tqcheck.model import Document, DocumentReport
from tqcheck.settings import Settings


def check_document(document: Document, settings: Settings | None = None) -> DocumentReport:
    """Check one :class:`~tqcheck.model.Document` and return its scored report."""
    return pipeline.check_document(document, settings or Settings(lang=document.lang))


def check_text(
    text: str,
    lang: str = "en",
    source: str | None = None,
    source_lang: str | None = None,
    reference: str | None = None,
    *,
    style: str | None = None,
    settings: Settings | None = None,
    **metadata: Any,
) -> DocumentReport:
    """Check ``text`` (a translation into ``lang``) and return its scored report.

    ``source``/``source_lang`` switch on the source-aware rules, ``reference`` the
    reference metrics; ``style`` picks a house-style preset (``plain``, ``typographic``).
    """
    settings = settings or Settings()
    settings = replace(settings, lang=lang, style=style or settings.style)
    if source_lang:
        settings = replace(settings, source_lang=source_lang)
    document = Document(
        text=text,
        lang=lang,
        source=source,
        source_lang=source_lang or settings.source_lang,
        reference=reference,
        **metadata,
    )
    return pipeline.check_document(document, settings)
