"""Shared vocabulary of the read stage: its options and the reader signature.

Kept apart from ``readers/__init__.py`` (the dispatcher, which imports every reader) so
that format readers can import it without an import cycle.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from tqcheck.model import Document, InputError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""Largest input read whole (text, Markdown, HTML, XML) and largest single JSONL line."""


@dataclass(frozen=True)
class ReadOptions:
    """Options of the read stage.

    ``lang``/``source_lang`` are defaults: a record's or file's own language wins.
    ``input_format`` forces the format of stdin and of files named explicitly (files found
    by walking a directory are always read by suffix).
    """

    lang: str = "en"
    source_lang: str | None = None
    input_format: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    field: str | None = None
    """JSONL: key holding the target text; ``None`` tries ``target`` then ``text``."""
    target_column: str | None = None
    """CSV/TSV: column holding the target text; ``None`` tries ``target`` then ``text``."""
    source_column: str = "source"
    reference_column: str = "reference"
    id_column: str = "id"
    source_path: str | None = None
    """Plain single-file runs: a file whose text becomes ``Document.source``."""
    reference_path: str | None = None
    """Plain single-file runs: a file whose text becomes ``Document.reference``."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Inputs read whole larger than this (and longer JSONL lines) are refused."""


def shown(value: object, limit: int = 80) -> str:
    """Input text quoted in a message: non-printable characters escaped, long values cut.

    Messages are printed to terminals and logs; text from the input (a CSV header, an id)
    must not carry control, escape or bidi characters, nor a line break, into them.
    """
    text = str(value)
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


Item = Document | InputError
"""What readers yield: a document, or the reason an input (or one record) was skipped."""

Reader = Callable[[BinaryIO, str, ReadOptions], Iterator[Item]]
"""A format reader: an open binary stream, the name to report it under, the options."""
