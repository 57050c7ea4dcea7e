"""HTML: the article's blocks, their kinds, links and source map; the rest left out."""

from __future__ import annotations

from pathlib import Path

from tqcheck.model import Document, InputError, PassageKind
from tqcheck.readers import ReadOptions, read_inputs
from tqcheck.readers.htmlpage import extract_html

PAGE = """<!DOCTYPE html>
<html lang="de-DE">
<head><title>Storm   &amp; floods | Courier</title>
<link rel="canonical" href="https://example.org/storm">
<style>p { color: red }</style><script>var p = "<p>no</p>";</script></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li>Politics</li></ul></nav>
<p>Outside the article: teaser.</p>
<main>
  <article id="story">
    <header>
      <h1>Storm hits
          the coast</h1>
      <div class="article-byline">From: <a href="/a/ab" rel="author">Anna Berg</a></div>
    </header>
    <p>The storm reached the coast on <b>Tuesday</b>, <a href="/x">officials
       said</a>. It was &bdquo;strong&ldquo;&nbsp;indeed.
    <p>Unclosed paragraph<br>after a break.
    <figure><img src="x.jpg" alt="Alt text is not prose">
      <figcaption>Photo: Jane Doe / dpa</figcaption></figure>
    <h2>What <em>now</em>?</h2>
    <ul><li>Stay inside.</li><li>Charge your <a href="/p">phone</a></li></ul>
    <p>Reported by <span itemprop="author">Max Kern</span>.</p>
    <aside><p>Read also: other story</p></aside>
    <form><p>Subscribe now</p></form>
    <noscript><p>Enable JS</p></noscript>
    <template><p>Template</p></template>
    <p hidden>Hidden paragraph</p>
  </article>
  <article><p>A much shorter teaser.</p></article>
</main>
<footer><p>© Courier</p></footer>
</body></html>
"""


def _doc(tmp_path: Path, html: str, name: str = "a.html") -> Document:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    [doc] = list(read_inputs([str(path)], ReadOptions()))
    assert isinstance(doc, Document), doc
    return doc


def test_blocks_kinds_and_text(tmp_path: Path) -> None:
    doc = _doc(tmp_path, PAGE)
    assert doc.passages is not None
    got = [(doc.text[h.start : h.end], h.kind) for h in doc.passages]
    assert got == [
        ("Storm hits the coast", PassageKind.HEADING),
        ("From: Anna Berg", PassageKind.BYLINE),
        (
            "The storm reached the coast on Tuesday, officials said. It was „strong“\xa0indeed.",
            None,
        ),
        ("Unclosed paragraph after a break.", None),
        ("Photo: Jane Doe / dpa", PassageKind.CAPTION),
        ("What now?", PassageKind.HEADING),
        ("Stay inside.", None),
        ("Charge your phone", None),
        ("Reported by Max Kern.", PassageKind.BYLINE),
    ]
    assert doc.text == "\n\n".join(t for t, _ in got)


def test_metadata(tmp_path: Path) -> None:
    doc = _doc(tmp_path, PAGE)
    assert doc.title == "Storm & floods | Courier"
    assert doc.lang == "de-DE"
    assert doc.url == "https://example.org/storm"
    assert doc.meta["format"] == "html"


def test_links(tmp_path: Path) -> None:
    doc = _doc(tmp_path, PAGE)
    assert [doc.text[s.start : s.end] for s in doc.links] == [
        "Anna Berg",
        "officials said",
        "phone",
    ]


def test_source_map(tmp_path: Path) -> None:
    doc = _doc(tmp_path, PAGE)
    source_map = doc.meta["source_map"]
    assert doc.passages is not None
    assert [(s, e) for s, e, _ in source_map] == [(h.start, h.end) for h in doc.passages]
    paths = [p for _, _, p in source_map]
    assert paths[0] == "html > body > main > article:nth-of-type(1)#story > header > h1"
    assert paths[2].endswith("article:nth-of-type(1)#story > p:nth-of-type(1)")
    assert paths[4].endswith("figure > figcaption")
    assert paths[7].endswith("ul > li:nth-of-type(2)")


def test_without_article_the_body_is_used(tmp_path: Path) -> None:
    html = "<title>T</title><nav><p>Menu</p></nav><h1>Head</h1><p>Body text.</p><footer>F</footer>"
    doc = _doc(tmp_path, html)
    assert doc.text == "Head\n\nBody text."
    assert doc.lang == "en"  # no lang attribute: the option's language


def test_main_is_used_when_there_is_no_article(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "<p>Outside.</p><main><p>Inside.</p></main>")
    assert doc.text == "Inside."


def test_page_without_blocks_falls_back_to_loose_text(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "<div>First <a href=x>part</a>.</div><div>Second part.</div>", "b.htm")
    assert doc.text == "First part.\n\nSecond part."
    assert [doc.text[s.start : s.end] for s in doc.links] == ["part"]


def test_fragment_mode_splits_loose_text_at_double_breaks() -> None:
    out = extract_html("One <i>two</i><br>three.<br><br>Four &amp; five.<p>Six.</p>", fragment=True)
    assert [out.text[h.start : h.end] for h in out.passages] == [
        "One two three.",
        "Four & five.",
        "Six.",
    ]


def test_link_across_blocks_is_split_per_passage() -> None:
    out = extract_html("<a href=x><p>One link</p><p>Two</p></a>", fragment=True)
    assert [out.text[s.start : s.end] for s in out.links] == ["One link", "Two"]


def test_deep_nesting_does_not_crash(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "<div>" * 20000 + "<p>Deep.</p>" + "</div>" * 20000)
    assert doc.text == "Deep."


def test_page_without_text_and_bad_bytes(tmp_path: Path) -> None:
    (tmp_path / "nav.html").write_text("<nav><p>Menu</p></nav><script>x</script>", encoding="utf-8")
    (tmp_path / "latin1.html").write_bytes("<p>Café</p>".encode("latin-1"))
    (tmp_path / "bin.html").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "ok.html").write_text("<p>Fine.</p>", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)], ReadOptions()))
    errors = {Path(i.path).name: i.message for i in items if isinstance(i, InputError)}
    assert "binary file" in errors["bin.html"]
    assert "not valid UTF-8" in errors["latin1.html"]
    assert "no article text found" in errors["nav.html"]
    assert [i.text for i in items if isinstance(i, Document)] == ["Fine."]
