"""GitHub Actions workflow commands: one annotation per finding, streamed as checked.

``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::MESSAGE`` puts each
finding on the pull request's diff. Input is untrusted: control characters and bidi
overrides are replaced, then ``%``, CR and LF are escaped (plus ``:`` and ``,`` inside
properties) as GitHub's runner expects, so a crafted text can neither start a new
workflow command nor break out of a property.

Positions: for documents whose text is the file's own text (plain text, Markdown) the
line and columns (1-based code points, end column inclusive) are exact. For records and
extracted text (JSONL, feeds, HTML, XLIFF…) offsets index the record's text, not the
file, so the annotation points at the record's line when the reader knows it and the
message names the record.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

from tqcheck.model import Document, DocumentReport, Finding, Severity
from tqcheck.pipeline import RunSummary
from tqcheck.reporters.common import metrics_line
from tqcheck.reporters.text import line_col

COMMAND = {
    Severity.CRITICAL: "error",
    Severity.MAJOR: "error",
    Severity.MINOR: "warning",
    Severity.INFO: "notice",
}
#: Control characters (but CR, LF, tab) and bidi controls: replaced, never passed to the log.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
#: Readers whose document text is the file's text exactly, so offsets locate the file.
FILE_TEXT_FORMATS = (None, "text", "markdown")


def escape_data(value: str) -> str:
    """The message part of a workflow command."""
    value = _UNSAFE.sub("\ufffd", value)
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A ``key=value`` property: also ``:`` and ``,``, which delimit properties."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def text_is_file(doc: Document) -> bool:
    """True when offsets into ``doc.text`` are offsets into the file at ``doc.path``."""
    return doc.id is None and doc.meta.get("format") in FILE_TEXT_FORMATS


def command(name: str, properties: dict[str, str | int], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}\n"


class GithubReporter:
    """Annotations as documents arrive; a closing ``::notice`` sums up the run.

    Options: ``summary`` (default True) writes that closing notice.
    """

    def __init__(self, stream: TextIO, *, summary: bool = True, **_: Any) -> None:
        self.stream = stream
        self.summary = summary

    def _properties(self, report: DocumentReport, f: Finding) -> dict[str, str | int]:
        doc = report.document
        props: dict[str, str | int] = {}
        if doc.path and doc.path != "-":
            props["file"] = doc.path
        if text_is_file(doc):
            line, col = line_col(report.text, f.start)
            last = max(f.start, f.end - 1)
            end_line, end_col = line_col(report.text, last)
            props["line"] = line
            if end_line == line:  # GitHub shows columns only within one line
                props["col"] = col
                props["endColumn"] = end_col
            else:
                props["endLine"] = end_line
        elif doc.line is not None:
            props["line"] = doc.line
        props["title"] = f.rule
        return props

    def document(self, report: DocumentReport) -> None:
        doc = report.document
        prefix = f"[{doc.id}] " if doc.id is not None else ""
        for f in report.findings:
            message = prefix + f.message
            if not text_is_file(doc):
                line, col = line_col(report.text, f.start)
                message += f" (at {line}:{col} of the extracted text)"
            if f.suggestion:
                message += "\n" + f.suggestion
            self.stream.write(command(COMMAND[f.severity], self._properties(report, f), message))

    def finish(self, summary: RunSummary) -> None:
        for error in summary.input_errors:
            props: dict[str, str | int] = {"title": "tqcheck: unreadable input"}
            if error.path and error.path != "-":
                props = {"file": error.path, **props}
            if error.line is not None:
                props["line"] = error.line
            self.stream.write(command("error", props, error.message))
        if self.summary:
            verdict = "passed" if summary.passed and not summary.input_errors else "failed"
            counts = ", ".join(
                f"{summary.by_severity.get(s.value, 0)} {s.value}" for s in reversed(Severity)
            )
            message = (
                f"{summary.documents} documents, {summary.findings} findings ({counts}), "
                f"{summary.failed} failed; feed score {summary.score:.1f}: {verdict}"
            )
            if line := metrics_line(summary.corpus.to_dict()):
                message += f"; reference {line}"
            self.stream.write(command("notice", {"title": "tqcheck"}, message))
