"""A Markdown summary for a pull-request comment or ``$GITHUB_STEP_SUMMARY``.

Totals first (what a reviewer needs at a glance), then a table of documents, the rules
that fired most, and the first findings of each failing document in collapsed
``<details>``. Sizes are capped (a PR comment holds 65,536 characters) and the caps are
said in the output, never silently applied.

Input text is untrusted and GitHub renders Markdown and some HTML: ``&``, ``<`` and ``>``
become entities, Markdown punctuation (``\\ ` * _ [ ] | ~``) is backslash-escaped,
line breaks become visible marks so a table row cannot be split, and ``@`` gets a zero
width space so text quoting ``@someone`` does not notify them.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, TextIO

from tqcheck.model import DocumentReport, Severity
from tqcheck.pipeline import RunSummary
from tqcheck.reporters.common import metrics_line
from tqcheck.reporters.text import line_col, safe_terminal_text

_BACKSLASHED = str.maketrans({c: "\\" + c for c in "\\`*_[]|~"})
_VISIBLE = str.maketrans({"\n": "↵", "\r": "", "\t": "⇥"})
SEVERITIES = tuple(reversed(Severity))  # critical first


def md_escape(value: str) -> str:
    """Text safe inside a Markdown paragraph or table cell: renders as written."""
    value = safe_terminal_text(value).translate(_VISIBLE)
    value = html.escape(value, quote=False).translate(_BACKSLASHED)
    return value.replace("@", "@\u200b")


def html_text(value: str) -> str:
    """Text safe inside an HTML element (``<summary>``), where Markdown is not parsed."""
    value = safe_terminal_text(value).translate(_VISIBLE)
    return html.escape(value, quote=False).replace("@", "@\u200b")


def snippet(text: str, limit: int = 60) -> str:
    """A finding's text, shortened, with runs of spaces shown as ``·`` (a double space
    would otherwise collapse to one, or vanish at the edge of a table cell)."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    out, run = [], 0
    for ch in text + "\0":
        if ch == " ":
            run += 1
            continue
        if run:
            out.append(" " if run == 1 and out else "·" * run)
            run = 0
        out.append(ch)
    return "".join(out[:-1])


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def document_name(report: DocumentReport) -> str:
    doc = report.document
    name = doc.path or "<text>"
    return f"{name}#{doc.id}" if doc.id is not None else name


@dataclass
class _Row:
    name: str
    score: float
    passed: bool
    counts: Counter[str]
    findings: int
    details: list[str] = field(default_factory=list)


class MarkdownReporter:
    """Collects a small row per document and writes the summary at ``finish``.

    Options: ``title`` (heading), ``max_documents`` (rows in the documents table, default
    100), ``max_failing`` (failing documents whose findings are listed, default 20),
    ``max_findings`` (findings listed per failing document, default 10), ``top_rules``
    (default 10).
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        title: str = "tqcheck",
        max_documents: int = 100,
        max_failing: int = 20,
        max_findings: int = 10,
        top_rules: int = 10,
        **_: Any,
    ) -> None:
        self.stream = stream
        self.title = title
        self.max_documents = max_documents
        self.max_failing = max_failing
        self.max_findings = max_findings
        self.top_rules = top_rules
        self.rows: list[_Row] = []
        self.failing_listed = 0
        self.categories: dict[str, str] = {}

    def document(self, report: DocumentReport) -> None:
        counts = Counter(f.severity.value for f in report.findings)
        for f in report.findings:
            self.categories.setdefault(f.rule, f.category)
        row = _Row(document_name(report), report.score, report.passed, counts, len(report.findings))
        if not report.passed and report.findings and self.failing_listed < self.max_failing:
            self.failing_listed += 1
            for f in report.findings[: self.max_findings]:
                line, col = line_col(report.text, f.start)
                message = md_escape(f.message)
                if f.suggestion:
                    message += " → " + md_escape(f.suggestion)
                row.details.append(
                    f"| {line}:{col} | {f.severity.value} | {md_escape(f.rule)} | {message} "
                    f"| {md_escape(snippet(f.text))} |"
                )
        self.rows.append(row)

    def _totals(self, summary: RunSummary) -> list[str]:
        ok = summary.passed and not summary.input_errors
        out = [
            f"## {md_escape(self.title)}: {'✅ passed' if ok else '❌ failed'}",
            "",
            f"**{summary.documents}** documents checked · **{summary.failed}** failed · "
            f"**{summary.words}** words · **{summary.findings}** findings · "
            f"feed score **{summary.score:.1f}**"
            + (f" · reference {line}" if (line := metrics_line(summary.corpus.to_dict())) else ""),
            "",
            "| " + " | ".join(s.value for s in SEVERITIES) + " |",
            "|" + "---:|" * len(SEVERITIES),
            "| " + " | ".join(str(summary.by_severity.get(s.value, 0)) for s in SEVERITIES) + " |",
        ]
        if summary.input_errors:
            out += ["", f"**{len(summary.input_errors)}** inputs could not be read:", ""]
            out += [f"- {md_escape(str(e))}" for e in summary.input_errors]
        return out

    def _documents(self) -> list[str]:
        if not self.rows:
            return []
        out = [
            "",
            "### Documents",
            "",
            "| document | score | result | " + " | ".join(s.value for s in SEVERITIES) + " |",
            "|---|---:|---|" + "---:|" * len(SEVERITIES),
        ]
        for row in self.rows[: self.max_documents]:
            result = "✅ passed" if row.passed else "❌ failed"
            counts = " | ".join(str(row.counts.get(s.value, 0)) for s in SEVERITIES)
            out.append(f"| {md_escape(row.name)} | {row.score:.1f} | {result} | {counts} |")
        hidden = self.rows[self.max_documents :]
        if hidden:
            failed = sum(not r.passed for r in hidden)
            more = plural(len(hidden), "more document")
            out += ["", f"_…and {more} ({failed} failed) not shown._"]
        return out

    def _rules(self, summary: RunSummary) -> list[str]:
        if not summary.by_rule:
            return []
        ranked = sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
        out = ["", "### Top rules", "", "| rule | category | findings |", "|---|---|---:|"]
        for rule, count in ranked[: self.top_rules]:
            category = md_escape(self.categories.get(rule, ""))
            out.append(f"| {md_escape(rule)} | {category} | {count} |")
        if len(ranked) > self.top_rules:
            out += ["", f"_…and {plural(len(ranked) - self.top_rules, 'more rule')}._"]
        return out

    def _failing(self) -> list[str]:
        listed = [r for r in self.rows if r.details]
        if not listed:
            return []
        out = ["", "### Findings in failing documents"]
        for row in listed:
            out += [
                "",
                f"<details><summary><b>{html_text(row.name)}</b> · score {row.score:.1f} · "
                f"{plural(row.findings, 'finding')}</summary>",
                "",
                "| line:col | severity | rule | message | text |",
                "|---|---|---|---|---|",
                *row.details,
            ]
            if row.findings > len(row.details):
                more = plural(row.findings - len(row.details), "more finding")
                out += ["", f"_…and {more}._"]
            out += ["", "</details>"]
        unlisted = sum(1 for r in self.rows if not r.passed and r.findings) - len(listed)
        if unlisted:
            more = plural(unlisted, "more failing document")
            out += ["", f"_…and {more} not listed._"]
        return out

    def finish(self, summary: RunSummary) -> None:
        lines = [
            *self._totals(summary),
            *self._documents(),
            *self._rules(summary),
            *self._failing(),
        ]
        self.stream.write("\n".join(lines) + "\n")
