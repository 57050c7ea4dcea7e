"""Source and reference files paired with a single plain, Markdown or HTML target.

Record formats carry their own source per record; a plain article has nowhere to put
one, so ``ReadOptions.source_path``/``reference_path`` name files whose whole text
becomes ``Document.source``/``Document.reference`` of the one target document.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from pathlib import Path

from tqcheck.model import Document, InputError
from tqcheck.readers.base import Item, ReadOptions
from tqcheck.readers.decode import DecodeError
from tqcheck.readers.dispatch import format_of_argument, read_one
from tqcheck.readers.stream import read_decoded

PAIRABLE = frozenset({"txt", "md", "html"})


def _companion(path: str, options: ReadOptions) -> str | InputError:
    try:
        with Path(path).open("rb") as stream:
            return read_decoded(stream, options.max_bytes)
    except OSError as exc:
        return InputError(path, f"cannot read: {exc.strerror or exc}")
    except DecodeError as exc:
        return InputError(path, str(exc))


def read_paired(paths: Sequence[str], options: ReadOptions) -> Iterator[Item]:
    """Read ``paths`` and attach the source/reference files to the single document."""
    named = options.source_path or options.reference_path or ""
    fmt = format_of_argument(paths[0], options) if len(paths) == 1 else None
    if fmt not in PAIRABLE:
        yield InputError(
            named,
            "source/reference files pair with exactly one plain, Markdown or HTML target "
            f"file (got {len(paths)} input(s){f' in format {fmt}' if fmt else ''}); "
            "checking without them",
        )
        for raw in paths:
            yield from read_one(raw, options)
        return
    extra: dict[str, str] = {}
    for field, path in (("source", options.source_path), ("reference", options.reference_path)):
        if path:
            text = _companion(path, options)
            if isinstance(text, InputError):
                yield text
            else:
                extra[field] = text
    for item in read_one(paths[0], options):
        if isinstance(item, Document) and extra:
            changes = {k: v for k, v in extra.items() if getattr(item, k) is None}
            item = dataclasses.replace(item, **changes)
        yield item
