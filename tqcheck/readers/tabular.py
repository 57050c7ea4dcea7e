"""CSV and TSV tables: a header row names the columns, each further row is a document.

Rows are read through the ``csv`` module from a lazily decoded stream, so large exports
are not loaded whole. CSV is parsed strictly: a badly quoted field becomes an
:class:`InputError` instead of silently losing quotation marks (which are exactly what
the quote rules check). TSV has no quoting at all (IANA ``text/tab-separated-values``),
so a translation that starts with ``"`` is kept as written.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import BinaryIO, TextIO

from tqcheck.model import InputError
from tqcheck.readers.base import Item, ReadOptions, shown
from tqcheck.readers.decode import DecodeError
from tqcheck.readers.records import OPTIONAL_FIELDS, TEXT_FIELDS, record_document
from tqcheck.readers.stream import text_stream, undecodable


def read_csv(stream: BinaryIO, display: str, options: ReadOptions) -> Iterator[Item]:
    """Reader for ``.csv`` (comma-separated, RFC 4180 quoting)."""
    yield from _read(stream, display, options, tsv=False)


def read_tsv(stream: BinaryIO, display: str, options: ReadOptions) -> Iterator[Item]:
    """Reader for ``.tsv`` (tab-separated, no quoting)."""
    yield from _read(stream, display, options, tsv=True)


def _read(stream: BinaryIO, display: str, options: ReadOptions, tsv: bool) -> Iterator[Item]:
    try:
        with text_stream(stream) as text:
            yield from _rows(text, display, options, tsv)
    except DecodeError as exc:
        yield InputError(display, str(exc))


def _columns(header: list[str], options: ReadOptions) -> tuple[dict[str, int], str | None]:
    """Column index for each field we know (case-insensitive), and the target column."""
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        index.setdefault(name.strip().lower(), i)
    wanted = {
        "id": options.id_column,
        "source": options.source_column,
        "reference": options.reference_column,
        **{name: name for name in OPTIONAL_FIELDS if name not in ("source", "reference")},
    }
    found = {field: index[col.lower()] for field, col in wanted.items() if col.lower() in index}
    targets = (options.target_column,) if options.target_column else TEXT_FIELDS
    target = next((t for t in targets if t.lower() in index), None)
    if target is not None:
        found["target"] = index[target.lower()]
    return found, target


def _rows(text: TextIO, display: str, options: ReadOptions, tsv: bool) -> Iterator[Item]:
    if tsv:
        reader = csv.reader(text, delimiter="\t", quoting=csv.QUOTE_NONE)
    else:
        reader = csv.reader(text, strict=True)
    fmt = "tsv" if tsv else "csv"
    header: list[str] | None = None
    columns: dict[str, int] = {}
    rows = 0
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            rows += 1
            if str(exc).startswith("field larger than field limit"):
                message = (
                    f"a field is longer than the CSV limit of {csv.field_size_limit():,} "
                    "characters; split the record or export the feed as JSON Lines"
                )
            else:
                message = f"malformed {fmt.upper()} row ({exc})"
            yield InputError(display, message, start)
            if reader.line_num < start:
                return  # the reader cannot move on; stop rather than loop
            continue
        except UnicodeDecodeError:
            yield InputError(
                display, "not valid UTF-8 on or after this line; convert the file to UTF-8", start
            )
            return
        if not any(cell.strip() for cell in row):
            continue
        bad = undecodable("".join(row))
        if bad is not None:
            yield InputError(display, bad, start)
            if header is None:
                return
            rows += 1
            continue
        if header is None:
            header = row
            columns, target = _columns(header, options)
            if target is None:
                names = (options.target_column,) if options.target_column else TEXT_FIELDS
                wanted = " or ".join(f"'{n}'" for n in names)
                columns_shown = ", ".join(shown(h, 40) for h in header)
                yield InputError(
                    display,
                    f"header row has no {wanted} column (columns: {columns_shown}); "
                    "the first row must name the columns",
                    start,
                )
                return
            continue
        rows += 1
        yield _document(row, header, columns, start, display, options, fmt)
    if header is None:
        yield InputError(display, "empty file; a header row naming the columns is required")
    elif not rows:
        yield InputError(display, "no rows after the header row; nothing to check")


def _document(
    row: list[str],
    header: list[str],
    columns: dict[str, int],
    line: int,
    display: str,
    options: ReadOptions,
    fmt: str,
) -> Item:
    if len(row) != len(header):
        hint = (
            "a field may contain a tab"
            if fmt == "tsv"
            else "quote fields that contain commas or newlines"
        )
        return InputError(
            display, f"row has {len(row)} fields but the header has {len(header)}; {hint}", line
        )
    text = row[columns["target"]]
    if not text.strip():
        name = header[columns["target"]].strip()
        return InputError(display, f"'{name}' cell is empty; nothing to check", line)
    fields = {name: (row[i] or None) for name, i in columns.items() if name != "target"}
    return record_document(text, fields, path=display, line=line, options=options, fmt=fmt)
