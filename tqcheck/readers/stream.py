"""Byte streams → text without loading them whole, and bounded whole-file reads.

Record formats (JSONL, CSV) are streamed so a feed of hundreds of megabytes is read in
constant memory; everything else is read whole, but only up to ``ReadOptions.max_bytes``
so one huge or hostile file cannot exhaust memory.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO, TextIO

from tqcheck.readers.decode import DecodeError, decode_bytes, looks_binary

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_DRAIN_CHUNK = 1 << 20
_ESCAPED = re.compile("[\udc80-\udcff]")


def describe_size(limit: int) -> str:
    """``52428800`` → ``50 MB``: limits are configured in bytes but read in megabytes."""
    if limit >= 1024 * 1024 and limit % (1024 * 1024) == 0:
        return f"{limit // (1024 * 1024)} MB"
    return f"{limit} bytes"


def read_whole(stream: BinaryIO, limit: int) -> bytes:
    """All of ``stream``, or :class:`DecodeError` if it holds more than ``limit`` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise DecodeError(
            f"larger than the {describe_size(limit)} limit for files read whole; "
            "split it or raise the input size limit"
        )
    return data


def read_decoded(stream: BinaryIO, limit: int) -> str:
    """The whole stream as text; empty (or whitespace-only) input is refused too."""
    text = decode_bytes(read_whole(stream, limit))
    if not text.strip():
        raise DecodeError("empty file; nothing to check")
    return text


def buffered(stream: BinaryIO) -> io.BufferedIOBase:
    """A stream that supports ``peek`` (files and stdin already do; ``BytesIO`` does not)."""
    if hasattr(stream, "peek"):
        return stream  # type: ignore[return-value]
    return io.BufferedReader(stream)  # type: ignore[arg-type]


def _head(stream: io.BufferedIOBase) -> bytes:
    return stream.peek(8192)[:8192]  # type: ignore[attr-defined,no-any-return]


@contextmanager
def text_stream(stream: BinaryIO) -> Iterator[TextIO]:
    """Decode ``stream`` lazily (UTF-8 with or without BOM, UTF-16 with BOM).

    Raises :class:`DecodeError` up front for binary data. Undecodable bytes further on
    become lone surrogates (``surrogateescape``) so the caller can refuse just the record
    that holds them (see :func:`undecodable`) instead of everything decoded with it in
    the same chunk. The underlying stream is detached, not closed, so stdin stays usable.
    """
    raw = buffered(stream)
    head = _head(raw)
    encoding = "utf-16" if head.startswith(_UTF16_BOMS) else "utf-8-sig"
    if encoding == "utf-8-sig" and looks_binary(head):
        raise DecodeError("binary file (NUL bytes); expected UTF-8 or UTF-16 text")
    wrapper = io.TextIOWrapper(raw, encoding=encoding, errors="surrogateescape", newline="")  # type: ignore[type-var]
    try:
        yield wrapper
    finally:
        wrapper.detach()


def undecodable(text: str) -> str | None:
    """A message for text holding an escaped undecodable byte, else ``None``."""
    m = _ESCAPED.search(text)
    if m is None:
        return None
    return f"not valid UTF-8 (byte 0x{ord(m.group()) - 0xDC00:02x}); convert the file to UTF-8"


def iter_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, str | DecodeError]]:
    """``(line number, text)`` for each line, or a :class:`DecodeError` for a bad line.

    UTF-8 lines are decoded one at a time, so one bad line costs only that line; a line
    longer than ``limit`` bytes is skipped without being held in memory.
    """
    raw = buffered(stream)
    head = _head(raw)
    if head.startswith(_UTF16_BOMS):
        yield from _utf16_lines(raw, limit)
        return
    if looks_binary(head):
        yield 1, DecodeError("binary file (NUL bytes); expected UTF-8 text, one JSON per line")
        return
    number = 0
    while True:
        line = raw.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = raw.readline(_DRAIN_CHUNK)
            yield (
                number,
                DecodeError(
                    f"line longer than the {describe_size(limit)} limit; "
                    "split the record or raise the input size limit"
                ),
            )
            continue
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        try:
            yield number, line.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield (
                number,
                DecodeError(
                    f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start + 1}); "
                    "convert the file to UTF-8"
                ),
            )


def _utf16_lines(raw: io.BufferedIOBase, limit: int) -> Iterator[tuple[int, str | DecodeError]]:
    wrapper = io.TextIOWrapper(raw, encoding="utf-16", errors="strict", newline="\n")  # type: ignore[type-var]
    number = 0
    try:
        while True:
            number += 1
            line = wrapper.readline(limit + 1)
            if not line:
                return
            if len(line) > limit and not line.endswith("\n"):
                while line and not line.endswith("\n"):
                    line = wrapper.readline(_DRAIN_CHUNK)
                yield number, DecodeError(f"line longer than the {describe_size(limit)} limit")
                continue
            yield number, line
    except UnicodeDecodeError:
        yield number, DecodeError("invalid UTF-16 on or after this line; re-export the file")
    finally:
        wrapper.detach()
