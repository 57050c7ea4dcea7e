"""The shipped samples in ``samples/formats``: every one reads cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from tqcheck.model import Document, InputError, PassageKind
from tqcheck.readers import ReadOptions, read_inputs

FORMATS = Path(__file__).resolve().parents[2] / "samples" / "formats"


def _read(name: str) -> list[Document]:
    items = list(read_inputs([str(FORMATS / name)], ReadOptions()))
    assert not [i for i in items if isinstance(i, InputError)], items
    return [i for i in items if isinstance(i, Document)]


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("feed.jsonl", 4),
        ("article.html", 1),
        ("feed.rss", 2),
        ("feed.atom", 2),
        ("article.xlf", 1),
        ("article2.xliff", 1),
        ("memory.tmx", 1),
        ("articles.csv", 3),
        ("article.md", 1),
    ],
)
def test_sample_reads(name: str, count: int) -> None:
    docs = _read(name)
    assert len(docs) == count
    for doc in docs:
        assert doc.text.strip()
        for hint in doc.passages or ():
            assert 0 <= hint.start < hint.end <= len(doc.text)
            assert doc.text[hint.start : hint.end].strip() == doc.text[hint.start : hint.end]
        for span in doc.links:
            assert 0 <= span.start < span.end <= len(doc.text)


def test_whole_directory() -> None:
    items = list(read_inputs([str(FORMATS)], ReadOptions()))
    assert all(isinstance(i, Document) for i in items)
    assert len(items) == 16


def test_jsonl_sample_german_source() -> None:
    docs = _read("feed.jsonl")
    german = [d for d in docs if d.source_lang == "de"]
    assert len(german) == 1 and german[0].source and "Warnstreik" in german[0].source


def test_xliff_sample() -> None:
    [doc] = _read("article.xlf")
    assert doc.passages is not None and len(doc.passages) == 4
    assert (doc.lang, doc.source_lang) == ("en", "de")
    assert doc.text[doc.passages[2].start : doc.passages[2].end].startswith('"We invest')


def test_html_sample_byline_and_caption() -> None:
    [doc] = _read("article.html")
    kinds = [h.kind for h in doc.passages or ()]
    assert PassageKind.BYLINE in kinds and PassageKind.CAPTION in kinds
    assert "Read also" not in doc.text and "© 2024" not in doc.text
