"""Hostile inputs (``tests/hostile/``): a clear one-line error or a correct result, quickly.

Every reader and the engine get inputs written to break them: XML bombs and external
entities, truncated and deeply nested files, NUL bytes, lone surrogates, every kind of
newline, bidi overrides, escape sequences, binary and empty files, huge lines and fields.
The documented behaviour is one of two:

* **refused**: exit code 2 and, on stderr, one line ``tqcheck: error: PATH[:LINE]: reason;
  what to do`` per bad input, while every other input is still checked and reported;
* **checked**: a correct report (offsets exact, JSON valid, nothing that can drive a
  terminal in the text report).

Never a traceback, never a hang: each case must finish within :data:`BUDGET` seconds.
Where tqcheck does not behave like this yet, the test is kept with
``xfail(strict=True)`` naming the bug, so fixing it turns the test green (and the marker
must then go). Cases that could hang or exhaust memory run in a subprocess with a time
and memory limit instead of in-process.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile import make_corpus as corpus
from tqcheck.cli import main
from tqcheck.model import Document, InputError
from tqcheck.pipeline import check_document
from tqcheck.readers import ReadOptions, read_inputs
from tqcheck.settings import Settings

HOSTILE = Path(__file__).parent / "hostile"
BUDGET = 10.0
"""Seconds any hostile input may take (generous: most take a few milliseconds)."""

GOOD = "The council met on Tuesday. The the vote was close.\n"

_spec = importlib.util.spec_from_file_location(
    "fuzz_pipeline", Path(__file__).parent / "fuzz" / "fuzz_pipeline.py"
)
assert _spec is not None and _spec.loader is not None
fuzz_pipeline = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz_pipeline)


# -- helpers ------------------------------------------------------------------------------


def hostile(name: str, tmp_path: Path, suffix: str | None = None) -> Path:
    """A corpus input as a file (committed ones are copied, large ones generated)."""
    target = tmp_path / (Path(name).stem + (suffix or Path(name).suffix))
    if name in corpus.SMALL:
        shutil.copyfile(HOSTILE / name, target)
    else:
        target.write_bytes(corpus.data(name))
    return target


def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "zz-good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def cli(*args: str | Path, env: dict[str, str | None] | None = None, color: bool = False) -> Result:
    """``tqcheck`` in-process, single worker, timed; exceptions propagate (no masking)."""
    started = time.monotonic()
    result = CliRunner().invoke(
        main,
        [str(a) for a in args] + ["--jobs", "1"],
        catch_exceptions=False,
        env=env,
        color=color,
    )
    elapsed = time.monotonic() - started
    assert elapsed < BUDGET, f"took {elapsed:.1f}s"
    assert "Traceback" not in result.output
    return result


def cli_bounded(*args: str | Path, memory_mb: int = 2048) -> subprocess.CompletedProcess[str]:
    """``tqcheck`` in a subprocess with a time and memory limit (for inputs that hang)."""

    def limit_memory() -> None:  # pragma: no cover - runs in the child
        import resource

        size = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (size, size))

    if sys.platform != "linux":
        pytest.skip("memory limits are set with setrlimit (Linux)")
    started = time.monotonic()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "tqcheck", *map(str, args), "--jobs", "1"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=BUDGET,
            preexec_fn=limit_memory,
            env={**os.environ, "NO_COLOR": "1"},
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"did not finish within {BUDGET:.0f}s")
    elapsed = time.monotonic() - started
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert "MemoryError" not in proc.stderr
    assert elapsed < BUDGET
    return proc


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def assert_refused(
    result: Result | subprocess.CompletedProcess[str], path: Path, *phrases: str
) -> str:
    """Exit 2 and exactly one ``tqcheck: error:`` line naming ``path``; returns the line."""
    code = result.exit_code if isinstance(result, Result) else result.returncode
    assert code == 2, (code, result.stderr)
    lines = error_lines(result.stderr)
    assert all(line.startswith(("tqcheck: error: ", "tqcheck: warning: ")) for line in lines), lines
    mine = [line for line in lines if str(path) in line]
    assert len(mine) == 1, lines
    for phrase in phrases:
        assert phrase in mine[0], mine[0]
    return mine[0]


def says_what_to_do(line: str) -> bool:
    """tqcheck's messages read ``reason; what to do``."""
    return "; " in line.split(": ", 2)[-1]


def json_report(result: Result) -> dict[str, Any]:
    report = json.loads(result.stdout)
    schema = json.loads(resources.files("tqcheck").joinpath("schemas/report.json").read_text())
    import jsonschema

    jsonschema.validate(report, schema)
    return report


def read_and_check(path: Path, **options: Any) -> list[tuple[Document | InputError, Any]]:
    """``read_inputs`` + ``check_document``, timed, with the offset invariants checked."""
    started = time.monotonic()
    out: list[tuple[Document | InputError, Any]] = []
    for item in read_inputs([str(path)], ReadOptions(**options)):
        if isinstance(item, InputError):
            out.append((item, None))
            continue
        report = check_document(item, Settings(lang=item.lang))
        for f in report.findings:
            assert item.text[f.start : f.end] == f.text
        out.append((item, report))
    assert time.monotonic() - started < BUDGET
    return out


# -- the corpus itself --------------------------------------------------------------------


def test_committed_corpus_is_what_the_script_writes() -> None:
    assert corpus.stale() == [], "run: python tests/hostile/make_corpus.py"
    for path in HOSTILE.iterdir():
        if path.suffix == ".py" or path.name == "__pycache__":
            continue
        assert path.name in corpus.SMALL, f"{path.name} is not written by make_corpus.py"
        assert path.stat().st_size <= 200 * 1024


# -- XML: bombs, external entities, truncation, encodings ---------------------------------

XML_SUFFIXES = ["rss", "xlf", "tmx", "xml"]


@pytest.mark.parametrize("suffix", XML_SUFFIXES)
def test_billion_laughs(tmp_path: Path, suffix: str) -> None:
    path = hostile(f"billion-laughs.{suffix}", tmp_path)
    result = cli("check", path, good_file(tmp_path), "--format", "json")
    line = assert_refused(result, path, "declares entities (<!ENTITY lol", "billion laughs")
    assert says_what_to_do(line)
    (doc,) = json_report(result)["documents"]
    assert doc["path"].endswith("zz-good.txt")  # the other input is still checked


@pytest.mark.parametrize("name", ["xxe.rss", "xxe.xlf", "xxe.tmx", "xxe-parameter.xlf"])
def test_external_entity_is_never_resolved(tmp_path: Path, name: str) -> None:
    path = hostile(name, tmp_path)
    result = cli("check", path, "--format", "json")
    line = assert_refused(result, path, "external entity", "refused for safety")
    assert says_what_to_do(line)
    assert "root:" not in result.output  # nothing of /etc/passwd


def test_external_dtd_is_not_fetched(tmp_path: Path) -> None:
    path = hostile("external-dtd.rss", tmp_path)
    result = cli("check", path, "--format", "json")
    assert_refused(result, path, "undefined entity &secret;")
    assert "root:" not in result.output


@pytest.mark.parametrize("suffix", ["rss", "xlf", "tmx"])
def test_truncated_xml(tmp_path: Path, suffix: str) -> None:
    path = hostile(f"truncated.{suffix}", tmp_path)
    line = assert_refused(cli("check", path), path, "not well-formed XML", "truncated")
    assert says_what_to_do(line)


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("encoding-utf32.rss", "UTF-32"),
        ("encoding-utf7.xlf", "UTF-7"),
        ("encoding-unknown.tmx", "x-no-such-charset"),
    ],
)
def test_xml_declared_encoding(tmp_path: Path, name: str, encoding: str) -> None:
    path = hostile(name, tmp_path)
    line = assert_refused(cli("check", path), path, encoding)
    assert says_what_to_do(line)


def test_deep_inline_markup_in_xliff(tmp_path: Path) -> None:
    path = hostile("deep-inline.xlf", tmp_path)
    assert_refused(cli("check", path), path, "nested too deeply")


# -- JSON Lines --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["deep-array.jsonl", "deep-text.jsonl"])
def test_deeply_nested_json(tmp_path: Path, name: str) -> None:
    path = hostile(name, tmp_path)
    result = cli("check", path, good_file(tmp_path), "--format", "json")
    line = assert_refused(result, path, ":1: JSON nested too deeply; flatten the record")
    assert says_what_to_do(line)
    assert len(json_report(result)["documents"]) == 1


def test_raw_nul_byte_costs_only_its_line(tmp_path: Path) -> None:
    path = hostile("nul-bytes.jsonl", tmp_path)
    result = cli("check", path, "--format", "json")
    assert_refused(result, path, ":2: not valid JSON (Invalid control character")
    assert [d["id"] for d in json_report(result)["documents"]] == ["a", "c"]


def test_escaped_nul_is_checked_and_never_printed(tmp_path: Path) -> None:
    path = hostile("nul-escaped.jsonl", tmp_path)
    result = cli("check", path, "--format", "json")
    assert result.exit_code in (0, 1)
    (doc,) = json_report(result)["documents"]
    assert [f["text"] for f in doc["findings"]] == ["The the"]
    text = cli("check", path, "--format", "text")
    assert "\x00" not in text.stdout


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_lone_surrogates_jsonl(tmp_path: Path, fmt: str) -> None:
    path = hostile("lone-surrogate.jsonl", tmp_path)
    out = tmp_path / f"report.{fmt}"
    result = cli("check", path, "--format", fmt, "-o", out)
    assert result.exit_code == 2
    lines = error_lines(result.stderr)
    assert [re.search(r"\.jsonl:(\d+): ", line).group(1) for line in lines] == ["1", "2"]
    assert all("surrogate" in line and says_what_to_do(line) for line in lines)
    written = out.read_text(encoding="utf-8")
    if fmt == "json":
        assert [d["id"] for d in json.loads(written)["documents"]] == ["pair"]


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_code_point_surrogate_in_xliff(tmp_path: Path, fmt: str) -> None:
    path = hostile("cp-surrogate.xlf", tmp_path)
    out = tmp_path / f"report.{fmt}"
    result = cli("check", path, "--format", fmt, "-o", out)
    assert result.exit_code == 1  # checked: 'The the'
    written = out.read_text(encoding="utf-8")
    assert "\x1b" not in written and "\x07" not in written
    if fmt == "json":
        assert json.loads(written)["documents"][0]["findings"]


def test_invalid_utf8_line_costs_only_its_line(tmp_path: Path) -> None:
    path = hostile("invalid-utf8.jsonl", tmp_path)
    result = cli("check", path, "--format", "json")
    line = assert_refused(result, path, ":2: not valid UTF-8 (byte 0xc3 at column 24)")
    assert says_what_to_do(line)
    assert [d["line"] for d in json_report(result)["documents"]] == [1]


def test_utf16_jsonl(tmp_path: Path) -> None:
    ((doc, report),) = read_and_check(hostile("utf16.jsonl", tmp_path))
    assert isinstance(doc, Document) and doc.text == corpus.ARTICLE
    assert [f.text for f in report.findings if f.rule == "words.repeated"] == ["The the"]


# -- plain text: newlines, bidi, invisible and control characters -------------------------


def test_mixed_newlines_keep_exact_offsets(tmp_path: Path) -> None:
    path = hostile("mixed-newlines.txt", tmp_path)
    ((doc, report),) = read_and_check(path)
    assert doc.text == corpus.MIXED_NEWLINES  # no newline translation
    repeated = [f for f in report.findings if f.rule == "words.repeated"]
    text = corpus.MIXED_NEWLINES
    first = text.index("The the")
    assert [(f.start, f.text) for f in repeated] == [
        (first, "The the"),
        (text.index("The the", first + 1), "The the"),
    ]
    # the blank CRLF and CR lines separate passages
    assert len(report.passages) >= 3
    for passage in report.passages:
        assert "\r\n\r\n" not in text[passage.start : passage.end]
    json_report(cli("check", path, "--format", "json"))


def test_bidi_and_zero_width_characters(tmp_path: Path) -> None:
    path = hostile("bidi-zero-width.txt", tmp_path)
    ((doc, report),) = read_and_check(path)
    assert doc.text == corpus.BIDI_TEXT
    assert "the the" in [f.text for f in report.findings if f.rule == "words.repeated"]
    report_json = json_report(cli("check", path, "--format", "json"))
    assert report_json["documents"][0]["findings"]
    for env in ({"NO_COLOR": "1"}, {"FORCE_COLOR": "1", "NO_COLOR": None}):
        out = cli("check", path, "--format", "text", env=env).stdout
        for char in "\u202e\u202c\u2066\u2069\u061c":
            assert char not in out, (env, char)


@pytest.mark.parametrize("name", ["ansi-control.txt", "ansi-control.jsonl"])
def test_escape_sequences_never_reach_the_terminal(tmp_path: Path, name: str) -> None:
    path = hostile(name, tmp_path)
    plain = cli("check", path, "--format", "text", env={"NO_COLOR": "1"})
    assert plain.exit_code == 1
    assert "The the" in plain.stdout  # the document was checked and shown
    for char in ("\x1b", "\x07", "\x08", "\x7f", "\x9b"):
        assert char not in plain.stdout, repr(char)
    coloured = cli(
        "check", path, "--format", "text", env={"FORCE_COLOR": "1", "NO_COLOR": None}
    ).stdout
    assert "\x1b[" in coloured  # rich's own styling is on...
    for sequence in ("\x1b]0;", "\x07", "\x1b[2J", "\x1b[10;10H", "\x1b[31mmet", "\x9b"):
        assert sequence not in coloured, repr(sequence)  # ...but no sequence of the input


@pytest.mark.parametrize("name", ["ansi-control.txt", "ansi-control.jsonl", "bidi-zero-width.txt"])
def test_json_output_of_hostile_text_is_valid(tmp_path: Path, name: str) -> None:
    path = hostile(name, tmp_path)
    result = cli("check", path, "--format", "json")
    (doc,) = json_report(result)["documents"]
    assert "\x1b" not in result.stdout  # escaped as \u001b
    text = corpus.ANSI_TEXT if name.startswith("ansi") else corpus.BIDI_TEXT
    for finding in doc["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["text"]


def test_escape_in_csv_header(tmp_path: Path) -> None:
    path = hostile("ansi-header.csv", tmp_path)
    result = cli("check", path, color=True)  # as on a terminal: click strips nothing
    assert_refused(result, path, "no 'target' or 'text' column")
    for char in ("\x1b", "\x07"):
        assert char not in result.stderr, repr(char)


# -- undecodable, binary, empty -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("invalid-utf8.txt", "not valid UTF-8 (byte 0xff at offset 16)"),
        ("overlong-utf8.txt", "not valid UTF-8 (byte 0xc0 at offset 12)"),
    ],
)
def test_invalid_utf8(tmp_path: Path, name: str, phrase: str) -> None:
    path = hostile(name, tmp_path)
    result = cli("check", path, good_file(tmp_path))
    line = assert_refused(result, path, phrase, "convert the file to UTF-8")
    assert says_what_to_do(line)
    assert "zz-good.txt" in result.stdout


ALL_SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".csv", ".tsv", ".rss", ".xlf", ".tmx", ".xml"]


@pytest.mark.parametrize("suffix", ALL_SUFFIXES)
def test_binary_file(tmp_path: Path, suffix: str) -> None:
    path = hostile("png-header.png", tmp_path, suffix)
    line = assert_refused(cli("check", path), path, "binary file (NUL bytes); expected")
    assert says_what_to_do(line)


@pytest.mark.parametrize("suffix", ALL_SUFFIXES)
@pytest.mark.parametrize("name", ["empty.txt", "whitespace.txt"])
def test_empty_or_blank_file(tmp_path: Path, name: str, suffix: str) -> None:
    path = hostile(name, tmp_path, suffix)
    line = assert_refused(cli("check", path), path, "empty file; ")
    assert says_what_to_do(line)


def test_utf16_text(tmp_path: Path) -> None:
    ((doc, report),) = read_and_check(hostile("utf16.txt", tmp_path))
    assert doc.text == corpus.ARTICLE
    assert [f.text for f in report.findings if f.rule == "words.repeated"] == ["The the"]


def test_utf16_odd_length(tmp_path: Path) -> None:
    path = hostile("utf16-odd-length.txt", tmp_path)
    assert_refused(cli("check", path), path, "invalid UTF-16")


# -- HTML ---------------------------------------------------------------------------------


def test_script_style_comments_and_templates_are_not_text(tmp_path: Path) -> None:
    path = hostile("script-comments.html", tmp_path)
    ((doc, report),) = read_and_check(path)
    assert doc.title == "Council"
    assert "The city council met on Tuesday." in doc.text
    assert "The mayor said so." in doc.text
    for hidden in ("script", "style", "comment", "navigation", "noscript", "template"):
        assert hidden not in doc.text, hidden
    assert "alert" not in doc.text and "<" not in doc.text
    assert [f.text for f in report.findings if f.rule == "words.repeated"] == ["The the"]


PROCESSING_INSTRUCTIONS = {
    "fuzz-pi-minimal.html": "",
    "php-tag.html": "The council met on Tuesday.",
}


def test_processing_instruction_in_feed_body(tmp_path: Path) -> None:
    # feedparser's sanitiser drops the <?php ?> before the HTML reader sees the body
    items = read_and_check(hostile("php-tag.rss", tmp_path))
    ((doc, report),) = items
    assert isinstance(doc, Document)
    assert "The council met on Tuesday." in doc.text and "php" not in doc.text
    assert [f.text for f in report.findings if f.rule == "words.repeated"] == ["The the"]


@pytest.mark.parametrize("name", sorted(PROCESSING_INSTRUCTIONS))
def test_processing_instruction_in_html(tmp_path: Path, name: str) -> None:
    path = hostile(name, tmp_path)
    items = read_and_check(path)
    expected = PROCESSING_INSTRUCTIONS[name]
    if not expected:
        return  # the minimised fuzz input: anything but an exception
    docs = [item for item, _ in items if isinstance(item, Document)]
    assert docs and expected in docs[-1].text and "php" not in docs[-1].text


@pytest.mark.parametrize("name", ["deep-div.html", "deep-span.html", "deep-html.rss"])
def test_deeply_nested_html(tmp_path: Path, name: str) -> None:
    path = hostile(name, tmp_path)
    proc = cli_bounded("check", path)
    assert proc.returncode == 2, proc.stderr[-500:]
    (line,) = error_lines(proc.stderr)
    assert str(path) in line and "nested" in line and "deep" in line
    assert says_what_to_do(line)


# -- sizes --------------------------------------------------------------------------------


def test_csv_huge_field_is_refused_and_the_next_row_checked(tmp_path: Path) -> None:
    path = hostile("big-field.csv", tmp_path)
    result = cli("check", path, "--format", "json")
    assert_refused(result, path, ":2: ", "field", "limit")
    assert [d["id"] for d in json_report(result)["documents"]] == ["2"]


def test_one_megabyte_line(tmp_path: Path) -> None:
    path = hostile("one-mb-line.txt", tmp_path)
    proc = cli_bounded("check", path, "--format", "text")
    assert proc.returncode == 2
    assert "max_line_chars" in proc.stderr and str(path) in proc.stderr


@pytest.mark.parametrize("name", ["capitals-line.txt", "quoted-capitals-line.txt"])
def test_a_line_of_capitalised_words_is_checked_in_time(tmp_path: Path, name: str) -> None:
    """The name rules see one name of 50,000 words, the boundary rule 40,000 candidates in
    one sentence between straight quotation marks: their work must stay linear in it."""
    path = hostile(name, tmp_path)
    proc = cli_bounded("check", path, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert json.loads(proc.stdout)["documents"][0]["findings"] is not None


WORDING = {
    "big-field.csv": ":2: ",
    "utf16-odd-length.txt": "invalid UTF-16 at byte",
    "deep-inline.xlf": "inline markup nested too deeply",
}


@pytest.mark.parametrize("name", sorted(WORDING))
def test_error_messages_say_what_to_do(tmp_path: Path, name: str) -> None:
    path = hostile(name, tmp_path)
    line = assert_refused(cli("check", path), path, WORDING[name])
    assert says_what_to_do(line), line


# -- every reader over arbitrary input (the fuzz target's invariants) ---------------------


@pytest.mark.parametrize("fmt", fuzz_pipeline.FORMATS)
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=1500))
def test_any_bytes(fmt: str, data: bytes) -> None:
    started = time.monotonic()
    fuzz_pipeline.run_input(fmt, data)
    assert time.monotonic() - started < BUDGET


NEWSY = st.sampled_from(
    [
        "The the ",
        "“",
        "”",
        '"',
        "\n\n",
        "\r\n",
        "\r",
        "\u2028",
        "\x1b[31m",
        "\x07",
        "\u202e",
        "\u200b",
        "<p>",
        "</p>",
        "<?php ?>",
        "&amp;",
        "<![CDATA[",
        "]]>",
        "# ",
        "[link](x)",
        "©",
        "\x00",
        ",",
        "U.S. ",
    ]
)


@pytest.mark.parametrize("fmt", fuzz_pipeline.FORMATS)
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(st.one_of(st.text(max_size=20), NEWSY), max_size=40).map("".join))
def test_any_text_in_a_valid_file(fmt: str, text: str) -> None:
    started = time.monotonic()
    fuzz_pipeline.run_input(fmt, fuzz_pipeline.wrap(fmt, text.encode("utf-8")))
    assert time.monotonic() - started < BUDGET


@pytest.mark.parametrize(
    "unit",
    [
        "Mr. Smith said ",  # an abbreviation every few words, no sentence end
        "how to ",  # clause markers the lost-boundary evidence walks back over
        "because prices rose Smith said ",
        "word Then ",
    ],
)
def test_long_line_without_sentence_end(tmp_path: Path, unit: str) -> None:
    """A 300,000-character line with no full stop that ends a sentence checks in linear time."""
    path = tmp_path / "line.txt"
    path.write_text(unit * (300_000 // len(unit)) + "\n", encoding="utf-8")
    proc = cli_bounded("check", path, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
