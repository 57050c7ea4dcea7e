"""The terminal report for editors: each passage with findings, highlighted in place.

Readable in three settings: in colour (highlights by severity), without colour
(``NO_COLOR``, or piped: spans are bracketed ``⟦…⟧`` instead) and in a narrow terminal
(rich wraps). Input text is untrusted: control characters, escape sequences and bidi
overrides are replaced before printing so a feed cannot drive the terminal.
"""

from __future__ import annotations

from typing import Any, TextIO

import regex
from rich.console import Console
from rich.table import Table
from rich.text import Text

from tqcheck.model import DocumentReport, Finding, Severity
from tqcheck.pipeline import RunSummary
from tqcheck.reporters.common import metrics_line

SEVERITY_STYLE = {
    Severity.INFO: "on grey23",
    Severity.MINOR: "black on khaki1",
    Severity.MAJOR: "black on orange1",
    Severity.CRITICAL: "bold white on red3",
}
LABEL_STYLE = {
    Severity.INFO: "dim",
    Severity.MINOR: "yellow",
    Severity.MAJOR: "dark_orange",
    Severity.CRITICAL: "bold red",
}
_UNSAFE = regex.compile(r"[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


def safe_terminal_text(text: str) -> str:
    """Replace control characters and bidi controls one-for-one (offsets stay aligned)."""
    return _UNSAFE.sub(lambda m: m.group() if m.group() in "\n\t" else "\ufffd", text)


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _score_style(score: float) -> str:
    return "green" if score >= 95 else "yellow" if score >= 80 else "red"


class TextReporter:
    def __init__(self, stream: TextIO, *, quiet: bool = False, width: int | None = None, **_: Any):
        self.console = Console(file=stream, width=width, highlight=False, soft_wrap=False)
        self.plain = self.console.no_color or not self.console.is_terminal
        self.quiet = quiet

    def _passage_text(
        self,
        report: DocumentReport,
        start: int,
        end: int,
        findings: list[Finding],
        numbers: dict[int, int],
    ) -> Text:
        raw = safe_terminal_text(report.text[start:end])
        if not self.plain:
            text = Text(raw)
            for f in findings:
                text.stylize(SEVERITY_STYLE[f.severity], f.start - start, f.end - start)
            # Number tags after each highlight: the text is cut once at every tag position
            # (one pass; inserting tag by tag copied the passage once per finding).
            ordered = [f for _, f in sorted(enumerate(findings), key=lambda x: (x[1].end, -x[0]))]
            parts = text.divide(f.end - start for f in ordered)
            pieces = [parts[0]]
            for f, part in zip(ordered, parts[1:], strict=True):
                pieces.append(Text(f"[{numbers[id(f)]}]", style=LABEL_STYLE[f.severity] + " bold"))
                pieces.append(part)
            return Text("").join(pieces)
        inserts: list[tuple[int, int, str]] = []
        for f in findings:
            inserts.append((f.start - start, 1, "⟦"))
            inserts.append((f.end - start, 0, f"⟧[{numbers[id(f)]}]"))
        pieces_plain: list[str] = []
        pos = 0
        for at, _, mark in sorted(inserts, key=lambda x: (x[0], x[1])):
            pieces_plain += [raw[pos:at], mark]
            pos = at
        pieces_plain.append(raw[pos:])
        return Text("".join(pieces_plain))

    def document(self, report: DocumentReport) -> None:
        doc = report.document
        name = doc.path or "<text>"
        if doc.id is not None:
            name += f" [{doc.id}]"
        if doc.line is not None:
            name += f" (line {doc.line})"
        status = (
            Text("passed", style="green") if report.passed else Text("FAILED", style="bold red")
        )
        header = Text.assemble(
            (safe_terminal_text(name), "bold"),
            "  score ",
            (f"{report.score:.1f}", _score_style(report.score) + " bold"),
            "  ",
            status,
            f"  ({report.words} words, {len(report.findings)} findings)",
        )
        self.console.print(header)
        if report.metrics:
            self.console.print(Text(f"  reference: {metrics_line(report.metrics)}", style="dim"))
        for error in report.errors:
            self.console.print(Text(f"  ! {error}", style="red"))
        if self.quiet or not report.findings:
            self.console.print()
            return
        by_passage: dict[int, list[Finding]] = {}
        for f in report.findings:
            by_passage.setdefault(f.passage, []).append(f)
        number = 0
        for p in report.passages:
            findings = by_passage.get(p.index)
            if not findings:
                continue
            numbers = {}
            for f in findings:
                number += 1
                numbers[id(f)] = number
            line, _ = line_col(report.text, p.start)
            self.console.print(
                Text.assemble(
                    ("\n¶", "dim"),
                    (f"{p.index + 1} ", "bold"),
                    (f"{p.kind.value} · line {line} · score ", "dim"),
                    (f"{p.score:.1f}", _score_style(p.score)),
                )
            )
            body = self._passage_text(report, p.start, p.end, findings, numbers)
            body.pad_left(2)
            self.console.print(body)
            grid = Table.grid(padding=(0, 1))
            grid.add_column(justify="right", no_wrap=True)
            grid.add_column(no_wrap=True)
            grid.add_column(overflow="fold")
            for f in findings:
                fl, fc = line_col(report.text, f.start)
                about = Text.assemble(
                    (f.rule, "cyan"), (f"  {fl}:{fc}  ", "dim"), safe_terminal_text(f.message)
                )
                if f.suggestion:
                    about.append("\n→ " + safe_terminal_text(f.suggestion), style="green")
                grid.add_row(
                    f"  [{numbers[id(f)]}]", Text(f.severity.value, LABEL_STYLE[f.severity]), about
                )
            self.console.print(grid)
        self.console.print()

    def finish(self, summary: RunSummary) -> None:
        for error in summary.input_errors:
            self.console.print(Text(f"error: {safe_terminal_text(str(error))}", style="red"))
        table = Table(title="Summary", show_header=True, header_style="bold")
        for column in ("docs", "words", "failed", "info", "minor", "major", "critical", "score"):
            table.add_column(column, justify="right")
        table.add_row(
            str(summary.documents),
            str(summary.words),
            str(summary.failed),
            *(str(summary.by_severity.get(s.value, 0)) for s in Severity),
            f"{summary.score:.1f}",
        )
        self.console.print(table)
        if line := metrics_line(summary.corpus.to_dict()):
            self.console.print(Text(f"reference metrics: {line}"))
        verdict = "passed" if summary.passed and not summary.input_errors else "FAILED"
        style = "green" if verdict == "passed" else "bold red"
        self.console.print(Text(f"{summary.findings} findings · {verdict}", style=style))
