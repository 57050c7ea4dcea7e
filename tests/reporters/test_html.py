"""HTML report without a browser: structure, one ``.finding`` per finding, escaping, CSP."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from importlib import resources

import pytest

import tqcheck
from tqcheck.model import Document, Finding, PassageHint, Severity
from tqcheck.reporters.html import FindingView, http_url, mark_tokens, safe_json

from .conftest import run, summarize

VOID = {"meta", "input", "br", "img", "link", "hr", "wbr", "source", "area", "base", "col"}


class Parsed(HTMLParser):
    """Every element with its attributes; fails on any unbalanced or crossed tag."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.feed(html)
        self.close()
        assert not self.stack, f"unclosed: {self.stack}"

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "script":
            self.scripts.append(data)
        if self.stack and self.stack[-1] == "style":
            self.styles.append(data)

    def with_class(self, name: str) -> list[dict[str, str | None]]:
        return [a for _, a in self.elements if name in (a.get("class") or "").split()]


def html_of(reports, **options) -> str:
    return run("html", reports, **options)


def test_every_finding_is_exactly_one_finding_element(samples, injection):
    reports = [*samples, injection]
    page = Parsed(html_of(reports))
    marks = page.with_class("finding")
    assert len(marks) == sum(len(r.findings) for r in reports)
    ids = {a["id"] for _, a in page.elements if a.get("id")}
    assert len({m["data-finding-id"] for m in marks}) == len(marks)
    for mark in marks:
        assert mark["tabindex"] == "0"
        assert mark["aria-describedby"] == mark["data-finding-id"] in ids
        assert mark["data-severity"] in {s.value for s in Severity}
    for part in page.with_class("finding-part"):
        assert part["data-finding-id"] in {m["data-finding-id"] for m in marks}


def test_mark_tokens_nest_crossing_findings():
    def view(n: int) -> FindingView:
        return FindingView(f"f{n}", "r", "c", "major", "m", None, None, 1, 1, "")

    text = "abcdefghij"
    spans = [(1, 6, view(0)), (4, 9, view(1)), (5, 5, view(2)), (2, 3, view(3))]
    tokens = mark_tokens(text, 0, 10, spans, set())
    assert "".join(v for k, v, _ in tokens if k == "text") == text
    depth, firsts = 0, []
    for kind, v, first in tokens:
        depth += {"open": 1, "close": -1}.get(kind, 0)
        assert depth >= 0
        if kind == "open" and first:
            firsts.append(v.id)
    assert depth == 0
    assert sorted(firsts) == ["f0", "f1", "f2", "f3"]
    opens = [v.id for k, v, _ in tokens if k == "open"]
    assert opens.count("f1") == 2  # crossing f0: closed at 6 and reopened as a part


def test_injection_sample_is_inert(injection):
    html = html_of([injection])
    page = Parsed(html)
    assert "<script>alert(1)</script>" not in html
    assert "<script>window.__pwned" not in html
    assert "</textarea>" not in html
    assert "&lt;/textarea&gt;" in html
    assert "{{ 7*7 }}" in html and ">49<" not in html
    tags = [tag for tag, _ in page.elements]
    assert tags.count("script") == 2  # the JSON data block and the report's own script
    assert "img" not in tags and "textarea" not in tags and "iframe" not in tags
    for tag, attrs in page.elements:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        href = attrs.get("href")
        if tag == "a" and href is not None:
            assert href.startswith("#"), href
    assert page.with_class("doctitle")  # the hostile title is shown, as text


def test_metadata_links_only_for_http():
    assert http_url("javascript:alert(1)") is None
    assert http_url(" https://x.org") is None
    assert http_url("data:text/html,<script>") is None
    assert http_url("HTTPS://example.org/a?b=1&c=2") == "HTTPS://example.org/a?b=1&c=2"
    report = tqcheck.check_text("The cat.", path="a.txt", url='https://e.org/"><script>')
    page = Parsed(html_of([report]))
    links = [a for tag, a in page.elements if tag == "a" and a.get("rel")]
    assert [a["href"] for a in links] == ['https://e.org/"><script>']
    assert links[0]["rel"] == "noopener noreferrer nofollow"


def test_hostile_rule_ids_and_json_block():
    report = tqcheck.check_text("The cat sat.", path="a.txt")
    evil = "x</script><script>alert(1)</script>&"
    report.findings.append(Finding(evil, "c", Severity.MAJOR, evil, 0, 3, "The", 0))
    html = html_of([report], title="</title><script>alert(2)</script>")
    assert "<script>alert" not in html
    page = Parsed(html)
    data = page.scripts[0]
    assert "<" not in data and ">" not in data and "&" not in data
    assert json.loads(data)["rules"] == [evil]
    assert len(page.with_class("finding")) == 1
    assert str(safe_json({"a": "</script>"})) == '{"a": "\\u003c/script\\u003e"}'


def test_csp_hashes_match_the_inline_style_and_script(samples):
    html = html_of(samples)
    page = Parsed(html)
    csp = next(
        a["content"] for t, a in page.elements if a.get("http-equiv") == "Content-Security-Policy"
    )
    assert csp.startswith("default-src 'none'")
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert f"script-src {digest(page.scripts[-1])}" in csp
    assert f"style-src {digest(page.styles[0])}" in csp


def test_no_remote_resources(samples):
    html = html_of(samples)
    assert not re.search(r"<(script|img|link|iframe|source|video|audio)\b[^>]*\b(src|href)=", html)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html)
    assert "@import" not in html


def test_overview_and_table(samples):
    html = html_of(samples)
    page = Parsed(html)
    summary = summarize(samples)
    rows = [a for tag, a in page.elements if tag == "tr" and "data-score" in a]
    assert [float(r["data-score"]) for r in rows] == [r.score for r in samples]
    passages = sum(len(r.passages) for r in samples)
    assert f"Passage scores ({passages} passages" in html
    bars = [a for _, a in page.elements if "bar" in (a.get("class") or "").split()]
    assert len(bars) == 10
    top = sum(1 for r in samples for p in r.passages if p.score >= 90)
    assert f"score 90–100: {top} passages" in html
    assert f'<div class="big">{summary.documents}</div>' in html
    for rule in summary.by_rule:
        assert f'value="{rule}"' in html
    for n in range(1, len(samples) + 1):
        assert f'href="#doc-{n}"' in html and f'id="doc-{n}"' in html


def test_side_by_side_and_metrics():
    target = "First sentence here.\n\nSecond sentence here."
    hints = (
        PassageHint(0, 20, source="Erster Satz hier."),
        PassageHint(22, 43, source="Zweiter Satz hier."),
    )
    doc = Document(text=target, path="a.xlf", id="u1", source_lang="de", passages=hints)
    report = tqcheck.check_document(doc)
    report.metrics = {"bleu": 31.4159, "chrf": {"score": 55}}
    whole = tqcheck.check_text(
        target, source="Erster Satz hier.\n\nZweiter Satz hier.", path="b.txt"
    )
    page = Parsed(html_of([report, whole]))
    assert len(page.with_class("pair")) == 2
    assert len(page.with_class("columns")) == 1
    html = html_of([report])
    assert "Zweiter Satz hier." in html and 'lang="de"' in html
    assert '<th scope="row">BLEU</th><td class="num">31.42</td>' in html
    assert "{&#34;score&#34;: 55}" in html


def test_findings_outside_passages_and_zero_length():
    report = tqcheck.check_text("The cat sat.\n\n\n\nThe dog ran.", path="a.txt")
    gap = Finding("ws.gap", "c", Severity.MINOR, "Gap.", 12, 16, "\n\n\n\n", 0)
    point = Finding("ws.point", "c", Severity.INFO, "Here.", 4, 4, "", 0)
    report = replace(report, findings=[*report.findings, gap, point])
    html = html_of([report])
    page = Parsed(html)
    assert len(page.with_class("finding")) == len(report.findings)
    assert "Findings outside any passage" in html  # the blank lines belong to no passage
    empty = [m for m in page.with_class("finding") if m["data-rule"] == "ws.point"]
    assert len(empty) == 1
    assert re.search(r'<mark class="finding sev-info"[^>]*data-rule="ws.point"[^>]*></mark>', html)


def test_deterministic_and_generated_option(samples):
    assert html_of(samples) == html_of(samples)
    assert "generated 2025-01-01" in html_of([], generated="generated 2025-01-01")


def test_empty_run():
    page = Parsed(html_of([]))
    assert page.with_class("finding") == []


def test_templates_are_package_data():
    templates = resources.files("tqcheck.reporters").joinpath("templates")
    for name in ("report.html.j2", "document.html.j2", "report.css", "report.js"):
        assert templates.joinpath(name).is_file(), name


@pytest.mark.parametrize("fmt", ["html", "sarif", "junit", "github", "markdown", "jsonl"])
def test_cli_writes_every_format(fmt, tmp_path):
    from click.testing import CliRunner

    from tqcheck.cli import main

    src = tmp_path / "a.txt"
    src.write_text("The talks <b>ended</b>.\n", encoding="utf-8")
    out = tmp_path / f"report.{fmt}"
    result = CliRunner().invoke(main, ["check", str(src), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert out.read_text(encoding="utf-8").strip()
