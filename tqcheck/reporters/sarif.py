"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure DevOps, VS Code).

One run. Results stream as documents arrive (``ruleIndex`` follows the order in which
rules first fire), and ``tool`` with the rule metadata follows the results, so a large
feed is reported without holding it in memory. JSON key order carries no meaning, so
this is still an ordinary SARIF log.

Regions: lines are 1-based; columns, ``charOffset`` and ``charLength`` count UTF-16 code
units by default (SARIF's default, what most viewers assume), or code points (tqcheck's
own offsets) with ``column_kind="unicodeCodePoints"``; the run says which. Regions and
fixes are emitted only where the document's text is the file's text (plain text,
Markdown). For records and extracted text (JSONL, feeds, HTML, XLIFF…) offsets index the
record's text, not the file: the location points at the record's line when known, names
the record in ``logicalLocations``, and gives the span within the record in
``properties``; fixes are left out because applying them to the file would corrupt it.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from pathlib import PurePosixPath
from typing import Any, TextIO
from urllib.parse import quote

from tqcheck.engine import rules_for
from tqcheck.model import Document, DocumentReport, Finding, Severity
from tqcheck.pipeline import RunSummary, tool_info
from tqcheck.reporters.github import text_is_file
from tqcheck.rulepack import Rule, RulePackError

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {
    Severity.CRITICAL: "error",
    Severity.MAJOR: "error",
    Severity.MINOR: "warning",
    Severity.INFO: "note",
}
COLUMN_KINDS = ("utf16CodeUnits", "unicodeCodePoints")
FINGERPRINT = "tqcheck/v1"


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, allow_nan=False)


def artifact_uri(path: str) -> str:
    """A URI reference for ``path``: relative paths stay relative, percent-encoded."""
    posix = path.replace("\\", "/")
    if PurePosixPath(posix).is_absolute():
        return "file://" + quote(posix, safe="/")
    if len(posix) > 2 and posix[1] == ":" and posix[2] == "/":  # C:/… from Windows
        return "file:///" + quote(posix, safe="/:")
    return quote(posix, safe="/")


def rule_name(rule_id: str) -> str:
    """SARIF's ``name`` is an identifier: ``quotes.unbalanced`` → ``QuotesUnbalanced``."""
    return "".join(part.capitalize() for part in rule_id.replace("-", ".").split("."))


class TextPositions:
    """Line and column of offsets in one text, in the run's column unit."""

    def __init__(self, text: str, utf16: bool) -> None:
        self.text = text
        self.utf16 = utf16
        self.newlines = [i for i, ch in enumerate(text) if ch == "\n"]
        self.astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if utf16 else []

    def units(self, offset: int) -> int:
        """``offset`` (code points) in the run's unit: each astral character counts 2."""
        return offset + bisect.bisect_left(self.astral, offset)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_left(self.newlines, offset)
        line_start = self.newlines[line - 1] + 1 if line else 0
        return line + 1, self.units(offset) - self.units(line_start) + 1

    def region(self, start: int, end: int) -> dict[str, Any]:
        start_line, start_col = self.line_col(start)
        end_line, end_col = self.line_col(end)
        return {
            "startLine": start_line,
            "startColumn": start_col,
            "endLine": end_line,
            "endColumn": end_col,
            "charOffset": self.units(start),
            "charLength": self.units(end) - self.units(start),
            "snippet": {"text": self.text[start:end]},
        }


class SarifReporter:
    """Options: ``column_kind`` (``utf16CodeUnits`` default, or ``unicodeCodePoints``) and
    ``information_uri`` (the project's home page, written as ``tool.driver.informationUri``
    when given; tqcheck has no public URL yet, so it is left out by default)."""

    def __init__(
        self,
        stream: TextIO,
        *,
        column_kind: str = "utf16CodeUnits",
        information_uri: str | None = None,
        **_: Any,
    ) -> None:
        if column_kind not in COLUMN_KINDS:
            raise ValueError(f"column_kind must be one of {', '.join(COLUMN_KINDS)}")
        self.stream = stream
        self.utf16 = column_kind == "utf16CodeUnits"
        self.information_uri = information_uri
        self.rule_ids: dict[str, int] = {}
        self.rule_seen: dict[str, Finding] = {}
        self.notifications: list[dict[str, Any]] = []
        self.documents: list[dict[str, Any]] = []
        self.count = 0
        head = {"$schema": SCHEMA_URI, "version": "2.1.0"}
        stream.write(dumps(head)[:-1] + ', "runs": [{"columnKind": ' + dumps(column_kind))
        stream.write(', "results": [')

    def _rule_index(self, f: Finding) -> int:
        if f.rule not in self.rule_ids:
            self.rule_ids[f.rule] = len(self.rule_ids)
            self.rule_seen[f.rule] = f
        return self.rule_ids[f.rule]

    def _location(self, doc: Document, pos: TextPositions, f: Finding) -> dict[str, Any]:
        location: dict[str, Any] = {}
        if doc.path and doc.path != "-":
            physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(doc.path)}}
            if text_is_file(doc):
                physical["region"] = pos.region(f.start, f.end)
            elif doc.line is not None:
                physical["region"] = {"startLine": doc.line}
            location["physicalLocation"] = physical
        if doc.id is not None:
            qualified = f"{doc.path}#{doc.id}" if doc.path else doc.id
            location["logicalLocations"] = [
                {"name": doc.id, "fullyQualifiedName": qualified, "kind": "object"}
            ]
        return location

    def _fixes(self, doc: Document, pos: TextPositions, f: Finding) -> list[dict[str, Any]]:
        if f.fix is None or not f.fix.edits or not text_is_file(doc) or not doc.path:
            return []
        replacements = [
            {
                "deletedRegion": {
                    "charOffset": pos.units(e.start),
                    "charLength": pos.units(e.end) - pos.units(e.start),
                },
                "insertedContent": {"text": e.replacement},
            }
            for e in f.fix.edits
        ]
        return [
            {
                "description": {"text": f.suggestion or "Apply the suggested edit."},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": artifact_uri(doc.path)},
                        "replacements": replacements,
                    }
                ],
                "properties": {"applicability": "safe" if f.fix.safe else "unsafe"},
            }
        ]

    def _result(
        self, report: DocumentReport, pos: TextPositions, f: Finding, occurrence: int
    ) -> dict[str, Any]:
        doc = report.document
        message = f.message + (f" {f.suggestion}" if f.suggestion else "")
        identity = "\0".join([f.rule, doc.path or "", doc.id or "", f.text, str(occurrence)])
        properties: dict[str, Any] = {
            "severity": f.severity.value,
            "category": f.category,
            "passage": f.passage,
        }
        if not text_is_file(doc):
            properties["textRegion"] = pos.region(f.start, f.end)
            if doc.id is not None:
                properties["recordId"] = doc.id
            if doc.line is not None:
                properties["recordLine"] = doc.line
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": self._rule_index(f),
            "level": LEVEL[f.severity],
            "message": {"text": message},
            "locations": [self._location(doc, pos, f)],
            "partialFingerprints": {
                FINGERPRINT: hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()
            },
            "properties": properties,
        }
        fixes = self._fixes(doc, pos, f)
        if fixes:
            result["fixes"] = fixes
        return result

    def document(self, report: DocumentReport) -> None:
        doc = report.document
        pos = TextPositions(report.text, self.utf16)
        seen: dict[tuple[str, str], int] = {}
        for f in report.findings:
            key = (f.rule, f.text)
            seen[key] = seen.get(key, 0) + 1
            result = self._result(report, pos, f, seen[key])
            self.stream.write(("," if self.count else "") + "\n" + dumps(result))
            self.count += 1
        for error in report.errors:
            self.notifications.append(
                {"level": "warning", "message": {"text": f"{doc.path or '<text>'}: {error}"}}
            )
        entry: dict[str, Any] = {"path": doc.path, "id": doc.id, "score": report.score}
        entry.update(passed=report.passed, findings=len(report.findings))
        if report.metrics:
            entry["metrics"] = report.metrics
        self.documents.append(entry)

    def _rules(self, summary: RunSummary) -> list[dict[str, Any]]:
        try:
            known: dict[str, Rule] = {r.id: r for r in rules_for(summary.settings)}
        except RulePackError:  # the run itself validated the packs; be safe regardless
            known = {}
        rules = []
        for rule_id in self.rule_ids:
            rule = known.get(rule_id)
            seen = self.rule_seen[rule_id]
            descriptor: dict[str, Any] = {"id": rule_id, "name": rule_name(rule_id)}
            if rule is not None:
                short = ((rule.description or "").strip() or rule.message).splitlines()[0]
                full = "\n\n".join(p for p in (rule.description.strip(), rule.rationale) if p)
                severity, category = rule.severity, rule.category
            else:
                short = full = seen.message
                severity, category = seen.severity, seen.category
            descriptor["shortDescription"] = {"text": short}
            descriptor["fullDescription"] = {"text": full or short}
            if rule is not None and rule.rationale:
                descriptor["help"] = {"text": rule.rationale}
            descriptor["defaultConfiguration"] = {"level": LEVEL[severity]}
            descriptor["properties"] = {
                "category": category,
                "severity": severity.value,
                "tags": ["translation-quality", category],
            }
            rules.append(descriptor)
        return rules

    def finish(self, summary: RunSummary) -> None:
        driver: dict[str, Any] = {**tool_info(), "semanticVersion": tool_info()["version"]}
        if self.information_uri:
            driver["informationUri"] = self.information_uri
        driver["rules"] = self._rules(summary)
        notifications = list(self.notifications)
        for error in summary.input_errors:
            note: dict[str, Any] = {"level": "error", "message": {"text": error.message}}
            if error.path and error.path != "-":
                physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(error.path)}}
                if error.line is not None:
                    physical["region"] = {"startLine": error.line}
                note["locations"] = [{"physicalLocation": physical}]
            notifications.append(note)
        invocation: dict[str, Any] = {"executionSuccessful": not summary.input_errors}
        if notifications:
            invocation["toolExecutionNotifications"] = notifications
        tail = {
            "tool": {"driver": driver},
            "invocations": [invocation],
            "properties": {"summary": summary.to_dict(), "documents": self.documents},
        }
        self.stream.write("\n" if self.count else "")
        self.stream.write("], " + dumps(tail)[1:] + "]}\n")
