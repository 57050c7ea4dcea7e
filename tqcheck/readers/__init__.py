"""The read stage: every input carrier becomes :class:`~tqcheck.model.Document` objects.

``read_inputs`` walks the paths it is given and yields documents one at a time (record
feeds are streamed, never loaded whole) interleaved with
:class:`~tqcheck.model.InputError` for input that cannot be read, so one bad file (or one
bad record) never hides the others.

One module per carrier: ``text``, ``markdown``, ``htmlpage``, ``jsonl``, ``feeds``,
``xliff``, ``tmx``, ``tabular`` (CSV/TSV); ``dispatch`` maps suffixes and format names to
them, ``pairs`` attaches source/reference files to a single plain article.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from tqcheck.readers.base import DEFAULT_MAX_BYTES, Item, ReadOptions
from tqcheck.readers.dispatch import FORMATS, SUFFIXES, read_one, walk
from tqcheck.readers.pairs import read_paired

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "SUFFIXES",
    "Item",
    "ReadOptions",
    "read_inputs",
    "walk",
]


def read_inputs(paths: Sequence[str], options: ReadOptions) -> Iterator[Item]:
    """Documents (and input errors) of ``paths`` in order; ``-`` is stdin."""
    if options.source_path or options.reference_path:
        yield from read_paired(paths, options)
        return
    for raw in paths:
        yield from read_one(raw, options)
