"""Plain-text articles: the file's text is the document's text, offsets index the file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from tqcheck.model import Document, InputError
from tqcheck.readers.base import Item, ReadOptions
from tqcheck.readers.decode import DecodeError
from tqcheck.readers.stream import read_decoded


def read_text_document(
    text: str, path: str, lang: str, source_lang: str | None, suffix: str = ".txt"
) -> Document:
    """A document of ``text`` exactly as decoded: no newline translation, no trimming."""
    return Document(text=text, lang=lang, path=path, source_lang=source_lang)


def read_text(stream: BinaryIO, display: str, options: ReadOptions) -> Iterator[Item]:
    """Reader for ``.txt`` (and files of unknown type): one document per file."""
    try:
        text = read_decoded(stream, options.max_bytes)
    except DecodeError as exc:
        yield InputError(display, str(exc))
        return
    yield read_text_document(text, display, options.lang, options.source_lang)
