"""Record formats (JSONL, CSV/TSV): one document per record, built the same way.

Both carriers name the same optional fields, so a feed exported as JSONL or as CSV gives
identical documents; the record's own ``lang`` overrides ``ReadOptions.lang``.
"""

from __future__ import annotations

from collections.abc import Mapping

from tqcheck.model import Document
from tqcheck.readers.base import ReadOptions

TEXT_FIELDS = ("target", "text")
"""Where the target text is looked for when no field/column is configured."""

OPTIONAL_FIELDS = ("source", "reference", "lang", "source_lang", "url", "title")


def describe(value: object) -> str:
    """JSON type name of ``value`` for messages (``number``, not ``int``)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def record_document(
    text: str,
    fields: Mapping[str, str | None],
    *,
    path: str,
    line: int,
    options: ReadOptions,
    fmt: str,
) -> Document:
    """A document for one record; ``fields`` holds the optional fields (``None`` = absent)."""
    return Document(
        text=text,
        lang=fields.get("lang") or options.lang,
        id=fields.get("id"),
        path=path,
        source=fields.get("source"),
        source_lang=fields.get("source_lang") or options.source_lang,
        reference=fields.get("reference"),
        title=fields.get("title"),
        url=fields.get("url"),
        line=line,
        meta={"format": fmt},
    )
