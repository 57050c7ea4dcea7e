"""The read stage: every input carrier becomes :class:`~tqcheck.model.Document` objects.

``read_inputs`` walks the paths it is given and yields documents one at a time (feeds are
streamed, never loaded whole) interleaved with :class:`~tqcheck.model.InputError` for
input that cannot be read, so one bad file never hides the others.
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tqcheck.model import Document, InputError
from tqcheck.readers.decode import DecodeError, decode_bytes
from tqcheck.readers.text import read_text_document

TEXT_SUFFIXES = (".txt", ".md", ".markdown")


@dataclass(frozen=True)
class ReadOptions:
    lang: str = "en"
    source_lang: str | None = None
    input_format: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


Item = Document | InputError


def _suffixes() -> tuple[str, ...]:
    return TEXT_SUFFIXES


def _wanted(path: Path, root: Path, options: ReadOptions) -> bool:
    rel = path.relative_to(root).as_posix()
    if options.include and not any(
        fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(path.name, g) for g in options.include
    ):
        return False
    return not any(
        fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(path.name, g) for g in options.exclude
    )


def walk(directory: Path, options: ReadOptions) -> Iterator[Path]:
    """Files under ``directory`` that a reader handles, in a stable (sorted) order."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if path.suffix.lower() in _suffixes() and _wanted(path, directory, options):
                yield path


def read_file(path: Path, display: str, data: bytes, options: ReadOptions) -> Iterator[Item]:
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        yield InputError(display, str(exc))
        return
    yield read_text_document(text, display, options.lang, options.source_lang, path.suffix.lower())


def read_inputs(paths: Sequence[str], options: ReadOptions) -> Iterator[Item]:
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            suffix = "." + (options.input_format or "txt")
            yield from read_file(Path("stdin" + suffix), "-", data, options)
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            for file in walk(path, options):
                found = True
                yield from _read_path(file, options)
            if not found:
                yield InputError(raw, "directory contains no file that tqcheck can read")
        elif path.exists():
            yield from _read_path(path, options)
        else:
            yield InputError(raw, "no such file or directory")


def _read_path(path: Path, options: ReadOptions) -> Iterator[Item]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from read_file(path, str(path), data, options)
