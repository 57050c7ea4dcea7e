"""JUnit XML: every document is a test case, failing when it fails the gate.

CI systems (GitLab, Jenkins, Azure, CircleCI…) read JUnit reports natively and show
failures per test, so a feed shows up as a test suite with one case per article. Built
with ElementTree, which escapes markup; characters that XML 1.0 forbids (most C0
controls, lone surrogates, U+FFFE/U+FFFF) are removed from every string first, because
no escaping can carry them and one would make the whole report unreadable.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from typing import Any, TextIO

from tqcheck.model import DocumentReport, Severity
from tqcheck.pipeline import RunSummary
from tqcheck.reporters.common import metrics_properties
from tqcheck.reporters.text import line_col

_ILLEGAL_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
CLASSNAME = "tqcheck"


def xml_text(value: object) -> str:
    """``value`` as a string with every character XML 1.0 cannot hold removed."""
    return _ILLEGAL_XML.sub("", str(value))


def _element(
    tag: str, attrib: dict[str, object] | None = None, text: str | None = None
) -> ET.Element:
    element = ET.Element(tag, {k: xml_text(v) for k, v in (attrib or {}).items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def _properties(values: dict[str, object]) -> ET.Element:
    props = _element("properties")
    for name, value in values.items():
        if value is not None:
            props.append(_element("property", {"name": name, "value": value}))
    return props


def document_name(report: DocumentReport) -> str:
    doc = report.document
    name = doc.path or "<text>"
    return f"{name}#{doc.id}" if doc.id is not None else name


def counts_text(findings: Counter[str]) -> str:
    parts = [f"{findings[s.value]} {s.value}" for s in reversed(Severity) if findings[s.value]]
    return ", ".join(parts) if parts else "no findings"


class JunitReporter:
    """Builds the test cases as documents arrive and writes the XML at ``finish``.

    The suite's totals sit in attributes of its opening tag, so it cannot be streamed.
    Options: ``suite_name`` (default ``tqcheck``), ``timestamp`` (ISO 8601 string written
    as the suite's ``timestamp``; none by default, so output is reproducible).
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        suite_name: str = "tqcheck",
        timestamp: str | None = None,
        **_: Any,
    ) -> None:
        self.stream = stream
        self.suite_name = suite_name
        self.timestamp = timestamp
        self.cases: list[ET.Element] = []
        self.failures = 0

    def document(self, report: DocumentReport) -> None:
        doc = report.document
        counts = Counter(f.severity.value for f in report.findings)
        case = _element("testcase", {"name": document_name(report), "classname": CLASSNAME})
        case.append(
            _properties(
                {
                    "score": f"{report.score:.1f}",
                    "words": report.words,
                    "findings": len(report.findings),
                    "lang": doc.lang,
                    "id": doc.id,
                    "line": doc.line,
                    **metrics_properties(report.metrics),
                }
            )
        )
        lines = []
        for f in report.findings:
            line, col = line_col(report.text, f.start)
            lines.append(f"{line}:{col} {f.severity.value} {f.rule} {f.message}")
        body = "\n".join(lines)
        if not report.passed:
            self.failures += 1
            message = f"score {report.score:.1f}; {len(report.findings)} findings"
            if report.findings:
                message += f" ({counts_text(counts)})"
            case.append(_element("failure", {"message": message, "type": "tqcheck.gate"}, body))
        elif body:
            case.append(_element("system-out", text=body))
        if report.errors:
            case.append(_element("system-err", text="\n".join(report.errors)))
        self.cases.append(case)

    def finish(self, summary: RunSummary) -> None:
        errors = [
            _element("testcase", {"name": e.path, "classname": CLASSNAME})
            for e in summary.input_errors
        ]
        for case, error in zip(errors, summary.input_errors, strict=True):
            case.append(
                _element("error", {"message": error.message, "type": "tqcheck.input"}, str(error))
            )
        tests = len(self.cases) + len(errors)
        counts = {"tests": tests, "failures": self.failures, "errors": len(errors), "skipped": 0}
        root = _element("testsuites", {"name": self.suite_name, **counts})
        attrib: dict[str, object] = {"name": self.suite_name, **counts}
        if self.timestamp:
            attrib["timestamp"] = self.timestamp
        suite = _element("testsuite", attrib)
        suite.append(
            _properties(
                {
                    "score": f"{summary.score:.1f}",
                    "passed": str(summary.passed and not summary.input_errors).lower(),
                    "documents": summary.documents,
                    "findings": summary.findings,
                    "words": summary.words,
                    **{
                        f"findings.{s.value}": summary.by_severity.get(s.value, 0) for s in Severity
                    },
                }
            )
        )
        suite.extend(self.cases)
        suite.extend(errors)
        root.append(suite)
        ET.indent(root)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(ET.tostring(root, encoding="unicode") + "\n")
