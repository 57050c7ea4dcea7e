"""Atheris fuzz target: bytes → a reader → check_document → reporters, with invariants.

    .venv/bin/python tests/fuzz/fuzz_pipeline.py -max_total_time=600 -rss_limit_mb=2048

(see ``tests/fuzz/README.md``). The first input byte picks the reader format (its value
modulo 8 indexes :data:`FORMATS`); bit 3 of it wraps the rest of the input into a small
valid file of that format (an RSS item, an XLIFF target, a CSV cell…) so that the fuzzer
reaches the check stage instead of stopping at the parser; otherwise the rest is the
file as is. :func:`run_input` is also what ``tests/test_hostile.py`` drives with
hypothesis, so both check the same invariants:

* a reader never raises: every input becomes documents and/or one-line input errors;
* an input error message is one line without terminal control characters;
* every passage and finding lies inside the text and ``text[f.start:f.end] == f.text``;
  fix edits lie inside the text; scores are within 0..100;
* ``report.to_dict()`` serialises with ``json.dumps`` and encodes as UTF-8;
* the text report (plain) holds no ESC or BEL, the JSON report parses.

Known bugs that are reported and have an ``xfail`` regression test are listed in
:data:`KNOWN_BUGS` and not re-reported (so a fuzzing run can look for new ones); set
``TQCHECK_FUZZ_STRICT=1`` to report them too. Remove an entry when its bug is fixed.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any

FORMATS = ("txt", "md", "html", "jsonl", "rss", "xliff", "tmx", "csv")
SUFFIXES = {
    "txt": ".txt",
    "md": ".md",
    "html": ".html",
    "jsonl": ".jsonl",
    "rss": ".rss",
    "xliff": ".xlf",
    "tmx": ".tmx",
    "csv": ".csv",
}
TEMPLATE_BIT = 0x08
STRICT = os.environ.get("TQCHECK_FUZZ_STRICT") == "1"
_CONTROL = {chr(c) for c in range(0x20)} - {"\t"} | {chr(c) for c in range(0x7F, 0xA0)}
_BIDI = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")

KNOWN_BUGS = {
    "surrogate": "lone surrogates from JSON escapes (\\ud800) reach reports, which cannot "
    "encode them as UTF-8 (see test_hostile.py::test_lone_surrogates_jsonl)",
    "xml-encoding": "an XML declaration naming an encoding expat cannot use (UTF-32, "
    "UTF-7, an unknown name) raises ValueError/LookupError out of the reader "
    "(see test_hostile.py::test_xml_declared_encoding)",
    "html-node-without-tag": "a processing instruction in HTML (<?php ... ?>) is a node "
    "without a tag; htmlpage._Frame.segment raises KeyError for it "
    "(see test_hostile.py::test_processing_instruction_in_html)",
    "control-in-error": "input error messages repeat input text (a CSV header, an XLIFF "
    "file name) with control characters (see test_hostile.py::test_escape_in_csv_header)",
}


class Invariant(AssertionError):
    """An invariant of the pipeline does not hold for this input."""


def _xml_template(fmt: str, payload: str) -> str:
    if fmt == "rss":
        return (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item>'
            f"<title>T</title><description>{payload}</description></item></channel></rss>"
        )
    if fmt == "xliff":
        return (
            '<?xml version="1.0"?><xliff version="1.2"><file original="f" '
            'source-language="de" target-language="en"><body><trans-unit id="1">'
            f"<source>Quelle.</source><target>{payload}</target></trans-unit></body>"
            "</file></xliff>"
        )
    return (
        '<?xml version="1.0"?><tmx version="1.4"><header srclang="de"/><body><tu>'
        '<tuv xml:lang="de"><seg>Quelle.</seg></tuv>'
        f'<tuv xml:lang="en"><seg>{payload}</seg></tuv></tu></body></tmx>'
    )


def wrap(fmt: str, payload: bytes) -> bytes:
    """``payload`` placed where the text goes in a small valid file of ``fmt``."""
    text = payload.decode("utf-8", "replace")
    if fmt == "txt":
        return payload
    if fmt == "md":
        return b"# Title\n\n" + payload + b"\n\n- item\n"
    if fmt == "html":
        return b"<html><body><article><h1>T</h1><p>" + payload + b"</p></article></body></html>"
    if fmt == "jsonl":
        return json.dumps({"id": 1, "text": text, "source": "Quelle."}).encode() + b"\n"
    if fmt == "csv":
        cell = '"' + text.replace('"', '""') + '"'
        return f"id,target\n1,{cell}\n".encode()
    return _xml_template(fmt, text).encode()


def split_input(data: bytes) -> tuple[str, bytes]:
    """(format, file bytes) of one fuzz input."""
    if not data:
        return "txt", b""
    fmt = FORMATS[data[0] % len(FORMATS)]
    payload = data[1:]
    return fmt, wrap(fmt, payload) if data[0] & TEMPLATE_BIT else payload


_loaded: dict[str, Any] = {}


def _load() -> dict[str, Any]:
    """Import tqcheck lazily (under atheris' instrumentation when fuzzing)."""
    if not _loaded:
        from tqcheck.model import Document, InputError
        from tqcheck.pipeline import RunSummary, check_document
        from tqcheck.readers import ReadOptions
        from tqcheck.readers.dispatch import READERS
        from tqcheck.reporters.json import JsonReporter
        from tqcheck.reporters.text import TextReporter
        from tqcheck.settings import Settings

        _loaded.update(
            Document=Document,
            InputError=InputError,
            check_document=check_document,
            RunSummary=RunSummary,
            ReadOptions=ReadOptions,
            READERS=READERS,
            JsonReporter=JsonReporter,
            TextReporter=TextReporter,
            settings=Settings(),
        )
    return _loaded


def _known(name: str) -> bool:
    """True when a violation is a known, reported bug (and strict mode is off)."""
    assert name in KNOWN_BUGS
    return not STRICT


def _has_surrogate(text: str | None) -> bool:
    return bool(text) and any("\ud800" <= c <= "\udfff" for c in text)  # type: ignore[union-attr]


def read_items(fmt: str, data: bytes, path: str | None = None) -> list[Any]:
    """Everything the ``fmt`` reader yields for ``data`` (a reader must not raise)."""
    mods = _load()
    options = mods["ReadOptions"](input_format=fmt)
    display = path or f"fuzz{SUFFIXES[fmt]}"
    try:
        return list(mods["READERS"][fmt](io.BytesIO(data), display, options))
    except (ValueError, LookupError) as exc:
        if isinstance(exc, KeyError):
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            if frame.name == "segment" and _known("html-node-without-tag"):
                return []
        elif (
            fmt in ("rss", "xliff", "tmx") and b"encoding" in data[:200] and _known("xml-encoding")
        ):
            return []
        raise


def check_items(items: list[Any]) -> int:
    """Check every document of ``items`` and assert the invariants; documents checked."""
    mods = _load()
    checked = 0
    for item in items:
        if isinstance(item, mods["InputError"]):
            _check_input_error(item)
        elif isinstance(item, mods["Document"]):
            _check_document(item, mods)
            checked += 1
        else:
            raise Invariant(f"reader yielded {type(item).__name__}")
    return checked


def run_input(fmt: str, data: bytes) -> int:
    """Read ``data`` as ``fmt``, check every document, assert the invariants."""
    return check_items(read_items(fmt, data))


def _check_input_error(error: Any) -> None:
    message = str(error)
    if not isinstance(error.message, str) or not error.message.strip():
        raise Invariant(f"input error without a message: {error!r}")
    bad = (set(message) & (_CONTROL | _BIDI)) - {"\t"}
    if bad and not _known("control-in-error"):
        raise Invariant(f"control characters {sorted(bad)!r} in input error: {message!r}")
    if "Traceback" in message:
        raise Invariant(f"traceback in input error: {message!r}")


def _check_document(document: Any, mods: dict[str, Any]) -> None:
    text = document.text
    if not isinstance(text, str):
        raise Invariant(f"document text is {type(text).__name__}")
    report = mods["check_document"](document, mods["settings"])
    n = len(text)
    for p in report.passages:
        if not 0 <= p.start < p.end <= n:
            raise Invariant(f"passage {p.index} [{p.start}, {p.end}) outside text of {n}")
    for f in report.findings:
        if not 0 <= f.start < f.end <= n:
            raise Invariant(f"finding {f.rule} [{f.start}, {f.end}) outside text of {n}")
        if text[f.start : f.end] != f.text:
            raise Invariant(f"finding {f.rule}: text[{f.start}:{f.end}] != {f.text!r}")
        if report.passages and not 0 <= f.passage < len(report.passages):
            raise Invariant(f"finding {f.rule}: passage {f.passage} does not exist")
        for e in f.fix.edits if f.fix else ():
            if not 0 <= e.start <= e.end <= n:
                raise Invariant(f"fix of {f.rule} edits [{e.start}, {e.end}) outside text")
    if not 0.0 <= report.score <= 100.0:
        raise Invariant(f"score {report.score} outside 0..100")
    dumped = json.dumps(report.to_dict(), ensure_ascii=False, allow_nan=False)
    try:
        dumped.encode("utf-8")
    except UnicodeEncodeError:
        if _has_surrogate(text) and _known("surrogate"):
            return
        raise
    if json.loads(dumped)["score"] != report.score:
        raise Invariant("JSON round trip changed the score")
    _check_reporters(report, mods)


def _check_reporters(report: Any, mods: dict[str, Any]) -> None:
    summary = mods["RunSummary"](mods["settings"])
    summary.add(report)
    out = io.StringIO()
    text_reporter = mods["TextReporter"](out, width=100)
    text_reporter.document(report)
    text_reporter.finish(summary)
    rendered = out.getvalue()
    for char in ("\x1b", "\x07", "\x9b", "\u202e"):
        if char in rendered:
            raise Invariant(f"text report holds {char!r}")
    out = io.StringIO()
    json_reporter = mods["JsonReporter"](out)
    json_reporter.document(report)
    json_reporter.finish(summary)
    json.loads(out.getvalue())


def test_one_input(data: bytes) -> None:
    """The atheris entry point."""
    fmt, payload = split_input(data)
    run_input(fmt, payload)


# -- seeds --------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]


def seeds() -> list[bytes]:
    """Starting inputs: the format samples, the hostile corpus and plain articles."""
    out: list[bytes] = []
    by_suffix = {suffix: i for i, suffix in enumerate(SUFFIXES.values())}
    by_suffix.update({".xliff": 5, ".atom": 4})
    for folder in (ROOT / "samples" / "formats", ROOT / "tests" / "hostile", ROOT / "samples"):
        for path in sorted(folder.glob("*")):
            index = by_suffix.get(path.suffix)
            if index is None or not path.is_file() or path.stat().st_size > 64 * 1024:
                continue
            out.append(bytes([index]) + path.read_bytes())
    for index, fmt in enumerate(FORMATS):
        out.append(bytes([index | TEMPLATE_BIT]) + b"The the council \xe2\x80\x9cmet\xe2\x80\x9d.")
        if fmt in ("txt", "md"):
            out.append(bytes([index]) + b"From: Jane Doe\n\nThe council met. The the vote.\n")
    return out


def _write_seeds(directory: Path) -> None:
    for number, seed in enumerate(seeds()):
        (directory / f"seed-{number:03d}").write_bytes(seed)


def main() -> None:  # pragma: no cover - run by hand or in a fuzzing job
    import atheris

    with atheris.instrument_imports(
        include=["tqcheck", "markdown_it", "feedparser", "defusedxml", "csv", "json"]
    ):
        _load()
    args = list(sys.argv)
    if not any(not a.startswith("-") for a in args[1:]):
        corpus = Path(tempfile.mkdtemp(prefix="tqcheck-fuzz-corpus-"))
        _write_seeds(corpus)
        print(f"seed corpus: {corpus}", file=sys.stderr)
        args.append(str(corpus))
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":  # pragma: no cover
    main()
