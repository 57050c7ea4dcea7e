"""GitHub workflow commands: golden output, escaping, positions, streaming."""

from __future__ import annotations

import io
import re

import tqcheck
from tqcheck.model import InputError
from tqcheck.reporters.github import GithubReporter, escape_data, escape_property

from .conftest import check_golden, golden_reports, run, summarize

COMMAND = re.compile(r"^::(error|warning|notice)( [^:]*)?::(.*)$")


def test_golden():
    check_golden("github.txt", run("github", golden_reports()))


def test_escaping_rules():
    assert escape_data("100%\r\nnext") == "100%25%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    # Control characters and bidi overrides cannot reach the log.
    assert escape_data("x\x1b[31my\u202e") == "x\ufffd[31my\ufffd"


def test_every_line_is_one_well_formed_command():
    text = "The the vote.\n\nA second line,with: 100% of <b>tags</b>.\n"
    report = tqcheck.check_text(text, path="dir,x:y%/a\nb.txt")
    out = run("github", [report])
    lines = out.splitlines()
    assert len(lines) == len(report.findings) + 1  # plus the closing notice
    for line in lines:
        match = COMMAND.match(line)
        assert match, line
        props = dict(p.split("=", 1) for p in (match.group(2) or "").strip().split(",") if p)
        assert set(props) <= {"file", "line", "col", "endLine", "endColumn", "title"}
    assert "file=dir%2Cx%3Ay%25/a%0Ab.txt" in lines[0]


def test_positions_and_levels():
    report = tqcheck.check_text("Intro.\n\nThe the cat.\n", path="a.txt")
    out = run("github", [report], summary=summarize([report]))
    first = out.splitlines()[0]
    assert first.startswith("::warning file=a.txt,line=3,col=1,endColumn=7,title=words.repeated::")


def test_records_point_at_their_line():
    report = tqcheck.check_text(
        "The the cat.", path="feed.jsonl", id="r1", line=7, meta={"format": "jsonl"}
    )
    line = run("github", [report]).splitlines()[0]
    assert "file=feed.jsonl,line=7,title=words.repeated::[r1] " in line
    assert "col=" not in line
    assert "(at 1:1 of the extracted text)" in line


def test_streams_as_documents_arrive():
    out = io.StringIO()
    reporter = GithubReporter(out)
    reporter.document(tqcheck.check_text("The the cat.", path="a.txt"))
    assert out.getvalue().startswith("::warning file=a.txt")


def test_input_errors_and_no_summary():
    summary = summarize([])
    summary.input_errors.append(InputError("bad,file.txt", "not UTF-8", line=2))
    stream = io.StringIO()
    GithubReporter(stream, summary=False).finish(summary)
    assert stream.getvalue() == (
        "::error file=bad%2Cfile.txt,title=tqcheck%3A unreadable input,line=2::not UTF-8\n"
    )
