"""Markdown: raw text kept, passages from block tokens, link and markup spans."""

from __future__ import annotations

from pathlib import Path

from tqcheck.model import Document, InputError, PassageKind
from tqcheck.readers import ReadOptions, read_inputs

ARTICLE = """\
---
title: "Flood warning"
lang: en-GB
---

# Flood *warning* for the valley #

From: Jonas Reiter

The water rose on **Wednesday**, [according to officials](https://example.org/a "Officials").
It is \\*very\\* high and `gauge 3` shows <b>6.40 m</b>.

Setext heading
--------------

- Sandbags are at the [fire station][fs].
- The road is closed.

> "We expect the peak on Friday,
> said the mayor.

```
code is skipped
```

<div>HTML blocks are skipped</div>

    indented code is skipped

[fs]: https://example.org/fire
"""


def read_md(tmp_path: Path, text: str, name: str = "a.md", **options: object) -> list[object]:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return list(read_inputs([str(path)], ReadOptions(**options)))  # type: ignore[arg-type]


def _doc(tmp_path: Path, text: str) -> Document:
    [doc] = read_md(tmp_path, text)
    assert isinstance(doc, Document), doc
    return doc


def test_passages(tmp_path: Path) -> None:
    doc = _doc(tmp_path, ARTICLE)
    assert doc.text == ARTICLE
    assert doc.passages is not None
    got = [(doc.text[h.start : h.end], h.kind) for h in doc.passages]
    assert got == [
        ("Flood *warning* for the valley", PassageKind.HEADING),
        ("From: Jonas Reiter", None),
        (
            "The water rose on **Wednesday**, [according to officials]"
            '(https://example.org/a "Officials").\n'
            "It is \\*very\\* high and `gauge 3` shows <b>6.40 m</b>.",
            None,
        ),
        ("Setext heading", PassageKind.HEADING),
        ("Sandbags are at the [fire station][fs].", None),
        ("The road is closed.", None),
        ('"We expect the peak on Friday,\n> said the mayor.', None),
    ]


def test_front_matter_gives_title_and_language(tmp_path: Path) -> None:
    doc = _doc(tmp_path, ARTICLE)
    assert doc.title == "Flood warning"
    assert doc.lang == "en-GB"
    assert doc.meta["format"] == "markdown"
    assert doc.meta["front_matter"] == [0, ARTICLE.index("\n\n# Flood") + 1]


def test_title_from_first_h1_without_front_matter(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Intro.\n\n# The *real* title\n\n## Sub\n")
    assert doc.title == "The real title"
    assert doc.lang == "en"


def test_links(tmp_path: Path) -> None:
    doc = _doc(tmp_path, ARTICLE)
    assert [doc.text[s.start : s.end] for s in doc.links] == [
        "according to officials",
        "fire station",
    ]


def test_markup_spans(tmp_path: Path) -> None:
    doc = _doc(tmp_path, ARTICLE)
    spans = [doc.text[s:e] for s, e in doc.meta["markup_spans"]]
    assert spans == [
        "*",
        "*",
        "**",
        "**",
        "[",
        '](https://example.org/a "Officials")',
        "\\",
        "\\",
        "`gauge 3`",
        "<b>",
        "</b>",
        "[",
        "][fs]",
        "> ",
    ]
    starts = [s for s, _ in doc.meta["markup_spans"]]
    assert starts == sorted(starts)


def test_unmatched_emphasis_is_text(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Rates of 5 * 3 and snake_case_name stay *open.\n")
    assert doc.meta["markup_spans"] == []


def test_crlf_offsets_index_the_raw_text(tmp_path: Path) -> None:
    text = "# Head\r\n\r\nLine one,\r\nline [two](x).\r\n"
    doc = _doc(tmp_path, text)
    assert doc.text == text
    assert doc.passages is not None
    assert [text[h.start : h.end] for h in doc.passages] == ["Head", "Line one,\r\nline [two](x)."]
    assert [text[s.start : s.end] for s in doc.links] == ["two"]
    assert [text[s:e] for s, e in doc.meta["markup_spans"]] == ["[", "](x)"]


def test_code_only_file_has_no_passages(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "```\nprint(1)\n```\n")
    assert doc.passages == ()


def test_markdown_suffix_and_errors(tmp_path: Path) -> None:
    items = read_md(tmp_path, "Text.\n", name="b.markdown")
    assert isinstance(items[0], Document) and items[0].passages is not None
    (tmp_path / "bad.md").write_bytes(b"# Caf\xe9\n")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "ok.md").write_bytes(b"Fine.\n")
    items = list(
        read_inputs([str(tmp_path / n) for n in ("bad.md", "empty.md", "ok.md")], ReadOptions())
    )
    assert isinstance(items[0], InputError) and "not valid UTF-8" in items[0].message
    assert isinstance(items[1], InputError) and "empty file" in items[1].message
    assert isinstance(items[2], Document)


def test_deep_nesting_does_not_crash(tmp_path: Path) -> None:
    items = read_md(tmp_path, ">" * 5000 + " deep\n\n" + "[" * 5000 + "x" + "](y)" * 5000 + "\n")
    assert len(items) == 1
