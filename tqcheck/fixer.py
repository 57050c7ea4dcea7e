"""Repairing text and files with the fixes findings carry: the library side of ``tqcheck fix``.

A round checks the text, takes every applicable fix (safe ones, plus unsafe ones when
asked), resolves overlaps the way :func:`tqcheck.fixes.apply_fixes` does (by position,
then rule id; the loser waits for the next round), tidies deletions so no stray space or
blank-line run is left behind, and applies the edits. Rounds repeat on the re-checked
text until no applicable fix is left, so fixing a fixed text changes nothing.

Deletions are tidied because pattern rules only see the passage they match in:

* a deletion that covers whole lines (a breadcrumb, a credit line) takes the lines with
  their line break; between two paragraphs one blank line stays if there was one on
  either side (never a run of blank lines), at the start of the text no blank line stays,
  at the end only the final line break the text had;
* a deletion that ends its line (a credit after a caption) takes the spaces before it;
  one that starts a line, or sits between two spaces, takes the spaces after it; one
  followed by punctuation takes the spaces before it;
* deletions that only whitespace separates are merged first, so two scraped lines in a
  row go as one block.

Files are read as bytes, decoded with :func:`tqcheck.readers.decode.decode_bytes` and
written back in the same encoding and byte-order mark, atomically (a temporary file in
the same directory, fsynced, then ``os.replace``) and only if the file still has the bytes
that were read. Plain text and Markdown are rewritten whole; JSONL records have only
their text field's JSON token replaced; XLIFF only the text of ``<target>`` elements
without inline markup. Other formats are reported as ``unsupported``.
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import hashlib
import itertools
import json
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from tqcheck import pipeline
from tqcheck.fixes import apply_fixes
from tqcheck.model import Document, DocumentReport, Edit, Finding, PassageHint
from tqcheck.readers.base import ReadOptions
from tqcheck.readers.decode import DecodeError, decode_bytes
from tqcheck.readers.dispatch import SUFFIXES, format_name, walk
from tqcheck.readers.inline import inline_text
from tqcheck.readers.jsonl import parse_record
from tqcheck.readers.markdown import markdown_document
from tqcheck.readers.records import TEXT_FIELDS
from tqcheck.readers.stream import describe_size
from tqcheck.readers.xmlsafe import XmlError, local, parse_xml
from tqcheck.settings import Settings

__all__ = [
    "FIX_FORMATS",
    "STATUSES",
    "FileFixResult",
    "FixOutcome",
    "fix_file",
    "fix_paths",
    "fix_text",
    "unified_diff",
]

STATUSES = ("fixed", "unchanged", "would-fix", "conflict", "unsupported", "error")
"""Every :attr:`FileFixResult.status`, in this order of increasing trouble."""

FIX_FORMATS = ("txt", "md", "jsonl", "xliff")
"""Formats ``fix_file`` can rewrite (``.xml`` too when its root is XLIFF)."""

_UNSUPPORTED = {
    "html": "tqcheck fix cannot rewrite HTML; fix the source CMS text instead",
    "rss": "tqcheck fix cannot rewrite RSS/Atom feeds; fix the articles at their source instead",
    "csv": "tqcheck fix cannot rewrite CSV; fix the records at their source, or export them "
    "as JSONL (whose text field tqcheck fix rewrites in place)",
    "tsv": "tqcheck fix cannot rewrite TSV; fix the records at their source, or export them "
    "as JSONL (whose text field tqcheck fix rewrites in place)",
    "tmx": "tqcheck fix cannot rewrite TMX translation memories; fix the segments in your "
    "CAT tool instead",
}


# --------------------------------------------------------------------------- fix_text


@dataclass(frozen=True)
class FixOutcome:
    """The result of :func:`fix_text`.

    ``applied`` and ``deferred`` hold findings of every round, with offsets into the text
    of the round that found them. ``deferred`` fixes lost an overlap and were retried on
    the re-checked text of the next round; ``skipped`` are the ones still waiting when the
    rounds ran out (always empty when ``converged``). ``remaining`` are the findings of the
    fixed text (offsets into ``text``), ``report`` its full report; ``initial`` are the
    findings of the text as given.
    """

    text: str
    applied: list[Finding]
    skipped: list[Finding]
    remaining: list[Finding]
    deferred: list[Finding] = field(default_factory=list)
    rounds: int = 0
    converged: bool = True
    unsafe: bool = False
    report: DocumentReport | None = None
    original: str = ""
    initial: list[Finding] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.text != self.original

    @property
    def pending(self) -> list[Finding]:
        """Remaining findings with a fix this run would apply (empty when converged)."""
        spans = self.report.passages if self.report else None
        return [f for f in self.remaining if _usable(f, self.text, self.unsafe, spans)]

    @property
    def unsafe_fixable(self) -> int:
        """Remaining findings that ``unsafe=True`` would fix (0 when it was set)."""
        if self.unsafe:
            return 0
        spans = self.report.passages if self.report else None
        return sum(1 for f in self.remaining if _usable(f, self.text, True, spans))


def fix_text(
    text: str,
    settings: Settings | None = None,
    unsafe: bool = False,
    max_rounds: int = 5,
    *,
    fmt: str = "txt",
) -> FixOutcome:
    """Apply the fixes of ``text``'s findings, re-checking until none is left to apply.

    ``settings`` select the rules, language and style (as for ``tqcheck.check_text``);
    ``unsafe`` adds fixes that need a person's review; ``fmt`` is ``txt`` or ``md``
    (Markdown is checked as the Markdown reader sees it, so markup is never edited).
    Deterministic: the same input and settings always give the same outcome.
    """
    settings = settings or Settings()
    options = ReadOptions(lang=settings.lang, source_lang=settings.source_lang)

    def plain(t: str) -> Document:
        return Document(text=t, lang=settings.lang, source_lang=settings.source_lang)

    def markdown(t: str) -> Document:
        return markdown_document(t, "<text>", options)

    if fmt in ("txt", "text", "plain"):
        return _fix_loop(text, plain, settings, unsafe, max_rounds)
    if fmt in ("md", "markdown"):
        return _fix_loop(text, markdown, settings, unsafe, max_rounds)
    raise ValueError(f"fix_text handles plain text ('txt') and Markdown ('md'), not {fmt!r}")


def _check(document: Document, settings: Settings) -> DocumentReport:
    return pipeline.check_document(document, replace(settings, lang=document.lang))


@dataclass(frozen=True)
class _Round:
    text: str
    applied: list[Finding]
    skipped: list[Finding]


def _fix_loop(
    text: str,
    make: Callable[[str], Document],
    settings: Settings,
    unsafe: bool,
    max_rounds: int,
) -> FixOutcome:
    if max_rounds < 1:
        raise ValueError("max_rounds must be at least 1")
    original = text
    report = _check(make(text), settings)
    initial = list(report.findings)
    applied: list[Finding] = []
    deferred: list[Finding] = []
    last_skipped: list[Finding] = []
    seen = {text}
    rounds = 0
    converged = True
    while True:
        plan = _plan(text, report, unsafe)
        if plan is None:
            break
        if rounds >= max_rounds or plan.text in seen:
            converged = False  # out of rounds, or the fixes go round in a circle
            break
        rounds += 1
        applied.extend(plan.applied)
        deferred.extend(plan.skipped)
        last_skipped = plan.skipped
        text = plan.text
        seen.add(text)
        report = _check(make(text), settings)
    return FixOutcome(
        text=text,
        applied=applied,
        skipped=[] if converged else last_skipped,
        remaining=list(report.findings),
        deferred=deferred,
        rounds=rounds,
        converged=converged,
        unsafe=unsafe,
        report=report,
        original=original,
        initial=initial,
    )


def _usable(finding: Finding, text: str, unsafe: bool, spans: Sequence[Any] | None = None) -> bool:
    """Does ``finding`` carry a fix this run may apply, and would it change anything?

    With ``spans`` (the report's passages) every edit must lie inside one passage, so
    Markdown syntax, code blocks and front matter are never edited.
    """
    fix = finding.fix
    if fix is None or not fix.edits or not (fix.safe or unsafe):
        return False
    for e in fix.edits:
        if not 0 <= e.start <= e.end <= len(text):
            return False
        if spans is not None and not any(p.start <= e.start and e.end <= p.end for p in spans):
            return False  # outside every passage: markup, code, front matter
    return any(text[e.start : e.end] != e.replacement for e in fix.edits)


def _plan(text: str, report: DocumentReport, unsafe: bool) -> _Round | None:
    candidates = [f for f in report.findings if _usable(f, text, unsafe, report.passages)]
    if not candidates:
        return None
    resolved = apply_fixes(text, candidates, unsafe=unsafe)
    edits = [e for f in resolved.applied if f.fix for e in f.fix.edits]
    new = _apply(text, _tidy(text, edits))
    return _Round(new, list(resolved.applied), list(resolved.skipped))


def _apply(text: str, edits: Iterable[Edit]) -> str:
    parts: list[str] = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        parts.append(text[pos : e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


# ------------------------------------------------------------------ tidying deletions

_BREAK_CHARS = "\r\n"


def _hspace(ch: str) -> bool:
    return ch.isspace() and ch not in _BREAK_CHARS


def _line_start(text: str, pos: int) -> int:
    return max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1


def _line_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find("\n", pos), text.find("\r", pos)) if i >= 0]
    return min(ends) if ends else len(text)


def _break_after(text: str, le: int) -> int:
    """Length of the line break at ``le`` (0 at the end of the text)."""
    if text.startswith("\r\n", le):
        return 2
    return 1 if le < len(text) else 0


def _break_before(text: str, ls: int) -> int:
    """Length of the line break that ends just before line start ``ls`` (> 0)."""
    return 2 if ls >= 2 and text[ls - 2 : ls] == "\r\n" else 1


def _breaks(gap: str) -> int:
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n")


def _remove_lines(text: str, a: int, le: int) -> Edit:
    """The edit that removes lines ``a..le`` (line start to line end) cleanly."""
    b = le + _break_after(text, le)
    c = b  # start of the next line with content (or the end of the text)
    while c < len(text):
        end = _line_end(text, c)
        if text[c:end].strip():
            break
        c = end + _break_after(text, end)
    d = a  # start of the first blank line after the previous line with content
    while d > 0:
        pe = d - _break_before(text, d)
        pls = _line_start(text, pe)
        if text[pls:pe].strip():
            break
        d = pls
    has_next = c < len(text)
    if has_next and d > 0:
        # between two paragraphs: keep one blank line if either side had one
        before, after = text[d:a], text[b:c]
        kept = before if _breaks(before) >= _breaks(after) else after
        end = _line_end(kept, 0)
        return Edit(d, c, kept[: end + _break_after(kept, end)] if kept else "")
    if has_next:
        return Edit(0, c, "")  # first content of the text: no leading blank lines either
    if d > 0:
        if text.rstrip(" \t")[-1:] in ("\n", "\r"):
            return Edit(d, len(text), "")  # keep the final line break the text had
        return Edit(d - _break_before(text, d), len(text), "")
    return Edit(0, len(text), "")


def _expand_deletion(text: str, start: int, end: int) -> Edit:
    ls = _line_start(text, start)
    le = _line_end(text, end)
    head_blank = not text[ls:start].strip()
    tail_blank = not text[end:le].strip()
    if head_blank and tail_blank:
        return _remove_lines(text, ls, le)
    if tail_blank:
        s = start
        while s > ls and _hspace(text[s - 1]):
            s -= 1
        return Edit(s, le, "")
    e = end
    if head_blank or (start > ls and _hspace(text[start - 1]) and _hspace(text[end])):
        while e < le and _hspace(text[e]):
            e += 1
        return Edit(start, e, "")
    s = start
    if text[end] in ",.;:!?)]”’»":
        while s > ls and _hspace(text[s - 1]):
            s -= 1
    return Edit(s, e, "")


def _tidy(text: str, edits: list[Edit]) -> list[Edit]:
    """Merge deletions that only whitespace separates, then expand them (see module doc).

    An expanded deletion may swallow whitespace-only edits inside the whitespace it now
    removes (a doubled space before a deleted credit); if it would overlap anything else,
    the deletion stays as the rule wrote it.
    """
    merged: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and _is_deletion(prev)
            and _is_deletion(e)
            and prev.end <= e.start
            and not text[prev.end : e.start].strip()
        ):
            merged[-1] = Edit(prev.start, e.end, "")
        else:
            merged.append(e)
    out: list[Edit] = []
    swallowed: set[int] = set()
    for i, e in enumerate(merged):
        if not _is_deletion(e):
            out.append(e)
            continue
        wide = _expand_deletion(text, e.start, e.end)
        s, t = wide.start, wide.end
        inside: list[int] = []
        for j, o in enumerate(merged):
            if j == i or o.end <= s or o.start >= t:
                continue
            if (
                s <= o.start
                and o.end <= t
                and (o.end <= e.start or o.start >= e.end)
                and not text[o.start : o.end].strip()
                and not o.replacement.strip()
            ):
                inside.append(j)
            else:
                inside = [-1]
                break
        if inside == [-1]:
            out.append(e)
        else:
            out.append(wide)
            swallowed.update(inside)
    final = [e for e in out if not any(e is merged[j] for j in swallowed)]
    ordered = sorted(final, key=lambda e: (e.start, e.end))
    if any(a.end > b.start for a, b in itertools.pairwise(ordered)):
        return sorted(edits, key=lambda e: (e.start, e.end))  # cannot happen; stay raw
    return ordered


def _is_deletion(edit: Edit) -> bool:
    return not edit.replacement and edit.end > edit.start


# --------------------------------------------------------------------------- fix_file


@dataclass(frozen=True)
class FileFixResult:
    """What :func:`fix_file` did to one file.

    ``status`` is one of :data:`STATUSES`: ``fixed`` (written), ``unchanged`` (nothing to
    fix), ``would-fix`` (``diff=True`` and there is something to fix), ``conflict`` (the
    file changed while it was being fixed; not written), ``unsupported`` (a format
    ``tqcheck fix`` cannot rewrite) or ``error`` (unreadable, undecodable, unwritable).
    ``diff`` is the unified diff of the fix (also for ``fixed`` and ``conflict``).
    """

    path: str
    status: str
    applied: int = 0
    skipped: int = 0
    remaining: int = 0
    message: str = ""
    diff: str = ""
    unsafe_fixable: int = 0
    format: str | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("fixed", "unchanged", "would-fix")

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "status": self.status,
            "format": self.format,
            "applied": self.applied,
            "skipped": self.skipped,
            "remaining": self.remaining,
            "unsafe_fixable": self.unsafe_fixable,
            "message": self.message,
        }


@dataclass
class _Tally:
    applied: int = 0
    skipped: int = 0
    remaining: int = 0
    unsafe_fixable: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, outcome: FixOutcome) -> None:
        self.applied += len(outcome.applied)
        self.skipped += len(outcome.skipped)
        self.remaining += len(outcome.remaining)
        self.unsafe_fixable += outcome.unsafe_fixable
        if not outcome.converged:
            self.notes.append("fixes did not settle; run tqcheck fix again")

    def keep(self, outcome: FixOutcome, what: str) -> None:
        """Count a text whose fixes are not written because they would empty it."""
        self.remaining += len(outcome.initial)
        self.notes.append(f"{what} that fixing would empty left as is")


class _Unsupported(Exception):
    """The file is in a format (or layout) ``tqcheck fix`` does not rewrite."""


class _Failed(Exception):
    """The file cannot be fixed (for example, it is not well-formed)."""


_UTF16 = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}


def _sniff_encoding(data: bytes) -> tuple[str, bytes]:
    """(codec, byte-order mark) to write text back the way ``decode_bytes`` read it."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8", codecs.BOM_UTF8
    for bom, codec in _UTF16.items():
        if data.startswith(bom):
            return codec, bom
    return "utf-8", b""


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _display(path: str | os.PathLike[str]) -> str:
    return Path(path).as_posix()


def fix_file(
    path: str | os.PathLike[str],
    settings: Settings | None = None,
    unsafe: bool = False,
    diff: bool = False,
    read_options: ReadOptions | None = None,
    *,
    max_rounds: int = 5,
    _before_replace: Callable[[Path], None] | None = None,
) -> FileFixResult:
    """Fix one file in place (or, with ``diff=True``, only say what would change).

    Never raises for a bad input: the result's ``status`` and ``message`` say what went
    wrong. ``read_options`` give the JSONL text field (``field``), a forced format
    (``input_format``), the default languages and the size limit; ``settings`` the rules.
    ``_before_replace`` is a test seam called just before the final re-read and replace.
    """
    settings = settings or Settings()
    options = read_options or ReadOptions(lang=settings.lang, source_lang=settings.source_lang)
    shown = _display(path)
    p = Path(path)

    def result(status: str, message: str, fmt: str | None = None, **kw: Any) -> FileFixResult:
        return FileFixResult(shown, status, message=message, format=fmt, **kw)

    if p.is_dir():
        return result("error", "is a directory; pass its files or use fix_paths()")
    fmt = _format_of(p, options)
    if fmt in _UNSUPPORTED:
        return result("unsupported", _UNSUPPORTED[fmt], fmt)
    if fmt not in FIX_FORMATS and fmt != "xml":
        return result("unsupported", f"tqcheck fix cannot rewrite format {fmt!r}", fmt)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        return result("error", "no such file", fmt)
    except OSError as exc:
        return result("error", f"cannot read: {exc.strerror or exc}", fmt)
    if fmt != "jsonl" and len(data) > options.max_bytes:
        return result(
            "error", f"larger than the {describe_size(options.max_bytes)} limit; not fixed", fmt
        )
    codec, bom = _sniff_encoding(data)
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        return result("error", str(exc), fmt)
    if bom + text.encode(codec) != data:
        return result("error", "cannot write this file back byte-for-byte; not fixed", fmt)
    tally = _Tally()
    try:
        if fmt in ("txt", "md"):
            outcome = fix_text(text, settings, unsafe, max_rounds, fmt=fmt)
            new = outcome.text
            if new != text and not new.strip():
                new = text
                tally.keep(outcome, "a file")
            else:
                tally.add(outcome)
        elif fmt == "jsonl":
            new = _fix_jsonl(text, shown, settings, unsafe, max_rounds, options, tally)
        else:
            new = _fix_xliff(text, data, settings, unsafe, max_rounds, options, tally)
    except _Unsupported as exc:
        return result("unsupported", str(exc), fmt)
    except _Failed as exc:
        return result("error", str(exc), fmt)
    except RecursionError:
        return result("error", "nested too deeply to parse; not fixed", fmt)
    counts = {
        "applied": tally.applied,
        "skipped": tally.skipped,
        "remaining": tally.remaining,
        "unsafe_fixable": tally.unsafe_fixable,
    }
    notes = "; ".join(dict.fromkeys(tally.notes))
    if new == text:
        message = "nothing to fix" if not tally.applied else "nothing to write"
        return result("unchanged", _join(message, notes), fmt, **counts)
    patch = unified_diff(text, new, shown)
    summary = f"{tally.applied} fix{'es' if tally.applied != 1 else ''}"
    if diff:
        return result("would-fix", _join(f"{summary} to apply", notes), fmt, diff=patch, **counts)
    try:
        written = _write_atomic(p, bom + new.encode(codec), _digest(data), _before_replace)
    except OSError as exc:
        return result(
            "error", f"cannot write: {exc.strerror or exc}; file left as it was", fmt, **counts
        )
    if not written:
        return result(
            "conflict",
            "the file changed while it was being fixed; not written (run tqcheck fix again)",
            fmt,
            diff=patch,
            **counts,
        )
    return result("fixed", _join(f"{summary} applied", notes), fmt, diff=patch, **counts)


def _join(message: str, notes: str) -> str:
    return f"{message} ({notes})" if notes else message


def _format_of(path: Path, options: ReadOptions) -> str:
    if options.input_format:
        fmt = format_name(options.input_format)
        if fmt is None:
            return options.input_format
        return fmt
    return SUFFIXES.get(path.suffix.lower(), "txt")


def fix_paths(
    paths: Iterable[str],
    settings: Settings | None = None,
    unsafe: bool = False,
    diff: bool = False,
    read_options: ReadOptions | None = None,
    *,
    max_rounds: int = 5,
) -> Iterator[FileFixResult]:
    """:func:`fix_file` over command-line arguments; directories are walked the way
    ``tqcheck check`` walks them (known suffixes, include/exclude globs, sorted)."""
    settings = settings or Settings()
    options = read_options or ReadOptions(lang=settings.lang, source_lang=settings.source_lang)
    for raw in paths:
        p = Path(raw)
        if raw == "-":
            yield FileFixResult("-", "unsupported", message="tqcheck fix cannot rewrite stdin")
        elif p.is_dir():
            # a forced format applies to files named explicitly only, as in `check`
            walked = replace(options, input_format=None)
            found = False
            for file in walk(p, walked):
                found = True
                yield fix_file(file, settings, unsafe, diff, walked, max_rounds=max_rounds)
            if not found:
                yield FileFixResult(
                    _display(raw), "error", message="directory contains no file tqcheck can read"
                )
        else:
            yield fix_file(p, settings, unsafe, diff, options, max_rounds=max_rounds)


# ----------------------------------------------------------------------- atomic write


def _write_atomic(
    path: Path,
    data: bytes,
    expected: str,
    before_replace: Callable[[Path], None] | None,
) -> bool:
    """Replace ``path``'s bytes by ``data`` if they still hash to ``expected``.

    The new bytes go to a temporary file next to the target (same file system), are
    fsynced and get the original's permission bits; the file is replaced only after a
    re-read shows it unchanged. Any failure removes the temporary file, so an interrupted
    run leaves the old file or the new one, never a mix. Symbolic links are followed (the
    file they point to is replaced, the link stays).
    """
    target = Path(os.path.realpath(path))
    st = os.stat(target)
    if not os.access(target, os.W_OK):
        raise PermissionError(13, "file is read-only")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tqcheck-tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        if hasattr(os, "chown") and hasattr(os, "geteuid"):
            with contextlib.suppress(OSError):
                if (st.st_uid, st.st_gid) != (os.geteuid(), os.getegid()):
                    os.chown(tmp, st.st_uid, st.st_gid)
        if before_replace is not None:
            before_replace(path)
        try:
            current = target.read_bytes()
        except FileNotFoundError:
            current = None  # deleted meanwhile: do not bring it back
        if current is None or _digest(current) != expected:
            os.unlink(tmp)
            return False
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)
    return True


def _fsync_dir(directory: Path) -> None:
    """Make the rename durable (POSIX); a no-op where directories cannot be opened."""
    flags = getattr(os, "O_DIRECTORY", None)
    if flags is None:
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY | flags)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# ------------------------------------------------------------------------------- diff

_LINES = re.compile(r"[^\n]*\n|[^\n]+\Z")


def unified_diff(old: str, new: str, path: str, context: int = 3) -> str:
    """A ``git diff``-style unified diff (``a/PATH``/``b/PATH``); ``""`` if equal."""
    if old == new:
        return ""
    lines = difflib.unified_diff(
        _LINES.findall(old), _LINES.findall(new), f"a/{path}", f"b/{path}", n=context
    )
    out = []
    for line in lines:
        if line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n\\ No newline at end of file\n")
    return "".join(out)


# ------------------------------------------------------------------------------ JSONL


def _fix_jsonl(
    text: str,
    display: str,
    settings: Settings,
    unsafe: bool,
    max_rounds: int,
    options: ReadOptions,
    tally: _Tally,
) -> str:
    names = (options.field,) if options.field else TEXT_FIELDS
    out: list[str] = []
    untouched = 0
    for number, raw in enumerate(_LINES.findall(text), 1):
        body = raw.rstrip("\r\n")
        if not body.strip():
            out.append(raw)
            continue
        item = (
            parse_record(body, number, display, options) if len(body) <= options.max_bytes else None
        )
        spans = _top_level_values(body) if isinstance(item, Document) else None
        key = next((k for k in names if spans and k in spans), None)
        if not isinstance(item, Document) or spans is None or key is None:
            untouched += 1
            out.append(raw)
            continue
        document = item
        outcome = _fix_loop(
            document.text, lambda t, d=document: replace(d, text=t), settings, unsafe, max_rounds
        )
        new = outcome.text
        if new != document.text and not new.strip():
            tally.keep(outcome, "a record")
            new = document.text
        else:
            tally.add(outcome)
        if new == document.text:
            out.append(raw)
            continue
        start, end = spans[key]
        token = json.dumps(new, ensure_ascii=body[start:end].isascii())
        out.append(body[:start] + token + body[end:] + raw[len(body) :])
    if untouched:
        tally.notes.append(f"{untouched} line(s) that are not records with a text field left as is")
    return "".join(out)


_JSON_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _top_level_values(line: str) -> dict[str, tuple[int, int]] | None:
    """Spans of the values of a JSON object's top-level keys in ``line`` (last one wins
    for duplicate keys, as in ``json.loads``); ``None`` if ``line`` is not one object."""
    try:
        i = _JSON_WS.match(line, 0).end()  # type: ignore[union-attr]
        if line[i : i + 1] != "{":
            return None
        i = _JSON_WS.match(line, i + 1).end()  # type: ignore[union-attr]
        spans: dict[str, tuple[int, int]] = {}
        if line[i : i + 1] == "}":
            return spans
        while True:
            if line[i : i + 1] != '"':
                return None
            key, i = json.decoder.scanstring(line, i + 1)  # type: ignore[attr-defined]
            i = _JSON_WS.match(line, i).end()  # type: ignore[union-attr]
            if line[i : i + 1] != ":":
                return None
            i = _JSON_WS.match(line, i + 1).end()  # type: ignore[union-attr]
            _, end = _DECODER.raw_decode(line, i)
            spans[key] = (i, end)
            i = _JSON_WS.match(line, end).end()  # type: ignore[union-attr]
            mark = line[i : i + 1]
            if mark == ",":
                i = _JSON_WS.match(line, i + 1).end()  # type: ignore[union-attr]
            elif mark == "}":
                return spans if not line[i + 1 :].strip() else None
            else:
                return None
    except (ValueError, RecursionError):
        return None


# ------------------------------------------------------------------------------ XLIFF

_XML_OPAQUE = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>", re.S)
_TARGET_TAG = re.compile(
    r"<(?P<name>(?:[A-Za-z_][\w.\-]*:)?target)(?=[\s/>])(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(?P<empty>/?)>"
)
_XML_REF = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9A-Fa-f]+));")
_XML_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _xml_unescape(raw: str) -> str | None:
    if "&" not in raw:
        return raw
    if re.search(r"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)", raw):
        return None  # an entity this module does not know

    def one(m: re.Match[str]) -> str:
        if m.group(1):
            return _XML_NAMED[m.group(1)]
        return chr(int(m.group(2)) if m.group(2) else int(m.group(3), 16))

    try:
        return _XML_REF.sub(one, raw)
    except (ValueError, OverflowError):
        return None


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("]]>", "]]&gt;")


def _xliff_root(data: bytes) -> Element:
    try:
        root = parse_xml(data)
    except XmlError as exc:
        where = f" (line {exc.line})" if exc.line else ""
        raise _Failed(f"{exc}{where}; not fixed") from None
    if local(root.tag) != "xliff":
        raise _Unsupported(
            f"XML root <{local(root.tag)}> is not XLIFF; among XML formats tqcheck fix "
            "rewrites only XLIFF"
        )
    return root


def _fix_xliff(
    text: str,
    data: bytes,
    settings: Settings,
    unsafe: bool,
    max_rounds: int,
    options: ReadOptions,
    tally: _Tally,
) -> str:
    root = _xliff_root(data)
    v2 = root.get("version", "").startswith("2") or ":document:2" in root.tag
    parents = {c: p for p in root.iter() for c in p}
    targets = [e for e in root.iter() if local(e.tag) == "target"]
    masked = _XML_OPAQUE.sub(lambda m: " " * len(m.group()), text)
    tags = list(_TARGET_TAG.finditer(masked))
    if len(tags) != len(targets):
        raise _Unsupported(
            "cannot locate every <target> element in the file text; XLIFF not rewritten"
        )
    edits: list[Edit] = []
    inline = inline_fixable = 0
    for element, tag in zip(targets, tags, strict=True):
        parent = parents.get(element)
        if parent is None or local(parent.tag) not in ("trans-unit", "segment"):
            continue  # alt-trans and other non-unit targets
        lang, source_lang = _xliff_langs(root, element, parents, v2, options)
        source_el = next((c for c in parent if local(c.tag) == "source"), None)
        source = inline_text(source_el) if source_el is not None else None
        uid = parent.get("id")
        span = _simple_content(text, masked, tag)
        current = element.text or ""
        if span is None or len(element) or _xml_unescape(text[span[0] : span[1]]) != current:
            words = inline_text(element)
            if words.strip():
                inline += 1
                report = _check(_unit_document(words, lang, source, source_lang, uid), settings)
                tally.remaining += len(report.findings)
                fixable = sum(1 for f in report.findings if _usable(f, words, unsafe))
                inline_fixable += fixable
            continue
        if not current.strip():
            continue
        outcome = _fix_loop(
            current,
            lambda t, lang=lang, src=source, sl=source_lang, u=uid: _unit_document(
                t, lang, src, sl, u
            ),
            settings,
            unsafe,
            max_rounds,
        )
        if outcome.text != current and not outcome.text.strip():
            tally.keep(outcome, "a unit")
            continue
        tally.add(outcome)
        if outcome.text == current:
            continue
        edits.append(Edit(span[0], span[1], _xml_escape(outcome.text)))
    if inline_fixable:
        tally.notes.append(
            f"{inline_fixable} fixable finding(s) in {inline} unit(s) with inline markup or "
            "CDATA were "
            "not fixed; fix them in your CAT tool"
        )
    elif inline:
        tally.notes.append(f"{inline} unit(s) with inline markup or CDATA not rewritten")
    return _apply(text, edits)


def _simple_content(text: str, masked: str, tag: re.Match[str]) -> tuple[int, int] | None:
    """Span of a ``<target>``'s character content if it holds no markup at all."""
    if tag.group("empty"):
        return None
    start = tag.end()
    close = masked.find("<", start)
    if close < 0:
        return None
    if not re.match(rf"</{re.escape(tag.group('name'))}\s*>", masked[close:]):
        return None
    if masked[start:close] != text[start:close]:
        return None  # a comment or CDATA section inside
    return start, close


def _xliff_langs(
    root: Element,
    element: Element,
    parents: dict[Element, Element],
    v2: bool,
    options: ReadOptions,
) -> tuple[str, str | None]:
    """Target and source language of a unit, as the XLIFF reader decides them."""
    if v2:
        return root.get("trgLang") or options.lang, root.get("srcLang") or options.source_lang
    node: Element | None = element
    while node is not None and local(node.tag) != "file":
        node = parents.get(node)
    if node is None:
        return options.lang, options.source_lang
    return (
        node.get("target-language") or options.lang,
        node.get("source-language") or options.source_lang,
    )


def _unit_document(
    text: str, lang: str, source: str | None, source_lang: str | None, uid: str | None
) -> Document:
    return Document(
        text=text,
        lang=lang,
        source=source or None,
        source_lang=source_lang,
        passages=(PassageHint(0, len(text), None, source=source or None, id=uid),),
        meta={"format": "xliff"},
    )
