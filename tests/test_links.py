"""Link spans that a reader kept (HTML) are evidence for the leftover-link rule."""

from __future__ import annotations

import tqcheck
from tqcheck.model import Document, Span
from tqcheck.settings import Settings

SELECT = Settings(select=("links",))


def _link(text: str, link_text: str) -> Span:
    start = text.index(link_text)
    return Span(start, start + len(link_text))


def test_link_after_an_ellipsis_is_flagged_even_in_lower_case():
    text = "Officially, the country stays… energy crisis neutral, but not in practice."
    doc = Document(text, links=(_link(text, "energy crisis"),))
    found = [f for f in tqcheck.check_document(doc, SELECT).findings]
    assert [f.text for f in found] == ["stays… energy crisis"]
    assert all(text[f.start : f.end] == f.text for f in found)


def test_ordinary_link_is_not_flagged():
    text = "The minister said so in a statement on Monday."
    doc = Document(text, links=(_link(text, "a statement"),))
    assert tqcheck.check_document(doc, SELECT).findings == []
