"""JSON Lines feeds (``.jsonl``/``.ndjson``): one record per line, streamed.

The file is read line by line from its stream and each record is yielded before the next
line is read, so memory stays flat however large the feed. A bad line costs that line
only: it becomes an :class:`InputError` with its line number and reading goes on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from tqcheck.model import InputError
from tqcheck.readers.base import Item, ReadOptions, shown
from tqcheck.readers.decode import DecodeError
from tqcheck.readers.records import OPTIONAL_FIELDS, TEXT_FIELDS, describe, record_document
from tqcheck.readers.stream import iter_lines

_SURROGATE = re.compile("[\ud800-\udfff]")


def read_jsonl(stream: BinaryIO, display: str, options: ReadOptions) -> Iterator[Item]:
    """Reader for ``.jsonl``/``.ndjson`` (and stdin with format ``jsonl``)."""
    seen = False
    for number, line in iter_lines(stream, options.max_bytes):
        if isinstance(line, DecodeError):
            seen = True
            yield InputError(display, str(line), number)
            continue
        if not line.strip():
            continue
        seen = True
        yield parse_record(line, number, display, options)
    if not seen:
        yield InputError(display, "empty file; expected one JSON object per line")


def parse_record(line: str, number: int, display: str, options: ReadOptions) -> Item:
    """One line → a document, or an :class:`InputError` saying what is wrong with it."""
    try:
        value = json.loads(line.rstrip("\r\n"))
    except RecursionError:
        return InputError(display, "JSON nested too deeply; flatten the record", number)
    except json.JSONDecodeError as exc:
        return InputError(
            display,
            f"not valid JSON ({exc.msg}, column {exc.colno}); write one JSON object per line",
            number,
        )
    except ValueError as exc:  # e.g. an integer with too many digits
        return InputError(display, f"not valid JSON ({exc})", number)
    if not isinstance(value, dict):
        return InputError(
            display, f"expected a JSON object, got {describe(value)}; wrap it as {{...}}", number
        )
    for key, field in value.items():
        if isinstance(field, str) and _SURROGATE.search(field):
            return InputError(
                display,
                f"field '{shown(key)}' holds a lone surrogate (an escape such as \\ud800 without "
                "its pair), which is not text; fix the export",
                number,
            )
    return _document(value, number, display, options)


def _document(record: dict[str, Any], number: int, display: str, options: ReadOptions) -> Item:
    names = (options.field,) if options.field else TEXT_FIELDS
    key = next((k for k in names if k in record), None)
    if key is None:
        wanted = " or ".join(f"'{k}'" for k in names)
        return InputError(
            display, f"record has no {wanted} field; put the translation there", number
        )
    text = record[key]
    if not isinstance(text, str):
        return InputError(display, f"field '{key}' must be a string, got {describe(text)}", number)
    if not text.strip():
        return InputError(display, f"field '{key}' is empty; nothing to check", number)
    fields: dict[str, str | None] = {}
    ident = record.get("id")
    if isinstance(ident, bool) or not isinstance(ident, (str, int, type(None))):
        return InputError(
            display, f"field 'id' must be a string or integer, got {describe(ident)}", number
        )
    fields["id"] = None if ident is None else str(ident)
    for name in OPTIONAL_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return InputError(
                display, f"field '{name}' must be a string, got {describe(value)}", number
            )
        fields[name] = value or None
    return record_document(text, fields, path=display, line=number, options=options, fmt="jsonl")
