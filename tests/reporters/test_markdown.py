"""Markdown summary: golden output, escaping of input, caps that say they apply."""

from __future__ import annotations

import tqcheck
from tqcheck.reporters.markdown import html_text, md_escape, snippet

from .conftest import check_golden, golden_reports, run


def test_golden():
    check_golden("markdown.md", run("markdown", golden_reports()))


def test_escape_markdown_and_html():
    assert md_escape("a|b") == "a\\|b"
    assert md_escape("<script>&") == "&lt;script&gt;&amp;"
    assert md_escape("*x* _y_ [z](u) `c` ~~s~~ \\") == (
        "\\*x\\* \\_y\\_ \\[z\\](u) \\`c\\` \\~\\~s\\~\\~ \\\\"
    )
    assert md_escape("line\nbreak") == "line↵break"
    assert md_escape("@someone") == "@\u200bsomeone"
    assert html_text("<b>*x*</b>") == "&lt;b&gt;*x*&lt;/b&gt;"


def test_snippet_shows_spaces_and_truncates():
    assert snippet("  ") == "··"
    assert snippet("a  b c") == "a··b c"
    assert len(snippet("x" * 100, limit=20)) == 20


def test_table_rows_never_split():
    report = tqcheck.check_text("The the | vote.\n\nA <b>x</b>\n", path="a|b\n.txt")
    out = run("markdown", [report])
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    for row in rows:
        cells = row.replace("\\|", "").count("|")
        assert cells == rows[0].replace("\\|", "").count("|") or cells in (4, 6, 8), row
    assert "a\\|b↵.txt" in out
    assert "<b>x" not in out and "&lt;b&gt;" in out


def test_caps_are_announced():
    reports = [tqcheck.check_text("The the cat. The the dog.", path=f"d{i}.txt") for i in range(5)]
    out = run("markdown", reports, max_documents=2, max_failing=1, max_findings=1)
    assert "_…and 3 more documents (3 failed) not shown._" in out
    assert "_…and 1 more finding._" in out
    assert "_…and 4 more failing documents not listed._" in out
    assert out.count("<details>") == 1


def test_passing_run():
    out = run("markdown", [tqcheck.check_text("The talks ended on Monday.", path="a.txt")])
    assert out.startswith("## tqcheck: ✅ passed\n")
    assert "Findings in failing documents" not in out
