"""Which reader reads which input: suffixes, format names, directories and stdin.

Files found by walking a directory are read by suffix only (so stray files are ignored);
files named explicitly and stdin can be forced to a format with ``ReadOptions.input_format``.
``.xml`` is recognised by its root element (feed, XLIFF or TMX).
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from tqcheck.model import InputError
from tqcheck.readers.base import Item, Reader, ReadOptions
from tqcheck.readers.feeds import feed_documents, is_feed, read_feed
from tqcheck.readers.htmlpage import read_html
from tqcheck.readers.jsonl import read_jsonl
from tqcheck.readers.markdown import read_markdown
from tqcheck.readers.tabular import read_csv, read_tsv
from tqcheck.readers.text import read_text
from tqcheck.readers.tmx import is_tmx, read_tmx, tmx_document
from tqcheck.readers.xliff import is_xliff, read_xliff, xliff_documents
from tqcheck.readers.xmlsafe import XmlError, load_xml, local


def read_xml(stream: BinaryIO, display: str, options: ReadOptions) -> Iterator[Item]:
    """Reader for ``.xml``: a feed, an XLIFF or a TMX file, told apart by the root."""
    try:
        data, root = load_xml(stream, options.max_bytes)
    except XmlError as exc:
        yield InputError(display, str(exc), exc.line)
        return
    if is_feed(root):
        yield from feed_documents(data, root, display, options)
    elif is_xliff(root):
        yield from xliff_documents(root, display, options)
    elif is_tmx(root):
        yield tmx_document(root, display, options)
    else:
        yield InputError(
            display,
            f"XML root <{local(root.tag)}> is not an RSS/Atom feed, XLIFF or TMX file; "
            "exclude it from the run",
        )


READERS: dict[str, Reader] = {
    "txt": read_text,
    "md": read_markdown,
    "html": read_html,
    "jsonl": read_jsonl,
    "rss": read_feed,
    "xliff": read_xliff,
    "tmx": read_tmx,
    "csv": read_csv,
    "tsv": read_tsv,
    "xml": read_xml,
}
ALIASES = {
    "text": "txt",
    "plain": "txt",
    "markdown": "md",
    "htm": "html",
    "ndjson": "jsonl",
    "atom": "rss",
    "feed": "rss",
    "xlf": "xliff",
}
SUFFIXES = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "rss",
    ".atom": "rss",
    ".xml": "xml",
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".tmx": "tmx",
    ".csv": "csv",
    ".tsv": "tsv",
}
FORMATS = tuple(sorted(READERS))
"""Format names accepted by ``ReadOptions.input_format`` (aliases in ``ALIASES``)."""


def format_name(name: str) -> str | None:
    """Canonical format name, or ``None`` when ``name`` is not one."""
    key = name.strip().lower().lstrip(".")
    key = ALIASES.get(key, key)
    return key if key in READERS else None


def _format_of(path: Path, options: ReadOptions, explicit: bool) -> str | InputError:
    if explicit and options.input_format:
        fmt = format_name(options.input_format)
        if fmt is None:
            return InputError(
                str(path),
                f"unknown input format '{options.input_format}'; use one of {', '.join(FORMATS)}",
            )
        return fmt
    return SUFFIXES.get(path.suffix.lower(), "txt")


def _wanted(path: Path, root: Path, options: ReadOptions) -> bool:
    rel = path.relative_to(root).as_posix()

    def match(globs: tuple[str, ...]) -> bool:
        return any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(path.name, g) for g in globs)

    if options.include and not match(options.include):
        return False
    return not match(options.exclude)


def walk(directory: Path, options: ReadOptions) -> Iterator[Path]:
    """Files under ``directory`` that a reader handles, in a stable (sorted) order."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if path.suffix.lower() in SUFFIXES and _wanted(path, directory, options):
                yield path


def read_stdin(options: ReadOptions) -> Iterator[Item]:
    """``-``: stdin in ``ReadOptions.input_format`` (plain text by default), streamed."""
    fmt = format_name(options.input_format or "txt")
    if fmt is None:
        yield InputError(
            "-", f"unknown input format '{options.input_format}'; use one of {', '.join(FORMATS)}"
        )
        return
    yield from READERS[fmt](sys.stdin.buffer, "-", options)


def read_path(path: Path, options: ReadOptions, explicit: bool = False) -> Iterator[Item]:
    """One file, by its suffix (or ``input_format`` when named explicitly)."""
    fmt = _format_of(path, options, explicit)
    if isinstance(fmt, InputError):
        yield fmt
        return
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with stream:
        yield from READERS[fmt](stream, str(path), options)


def read_one(raw: str, options: ReadOptions) -> Iterator[Item]:
    """One command-line argument: ``-``, a directory or a file."""
    if raw == "-":
        yield from read_stdin(options)
        return
    path = Path(raw)
    if path.is_dir():
        found = False
        for file in walk(path, options):
            found = True
            yield from read_path(file, options)
        if not found:
            yield InputError(raw, "directory contains no file that tqcheck can read")
    elif path.exists():
        yield from read_path(path, options, explicit=True)
    else:
        yield InputError(raw, "no such file or directory")


def format_of_argument(raw: str, options: ReadOptions) -> str | None:
    """The format a single file argument (or ``-``) will be read as; ``None`` for directories."""
    if raw == "-":
        return format_name(options.input_format or "txt")
    path = Path(raw)
    if path.is_dir():
        return None
    fmt = _format_of(path, options, explicit=True)
    return None if isinstance(fmt, InputError) else fmt
