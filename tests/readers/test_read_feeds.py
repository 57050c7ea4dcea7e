"""RSS and Atom: one document per item, title as heading, HTML body stripped."""

from __future__ import annotations

from pathlib import Path

from tqcheck.model import Document, InputError, PassageKind
from tqcheck.readers import ReadOptions, read_inputs

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Courier</title><link>https://example.org/</link><language>de-DE</language>
  <item>
    <title>Market &amp; hall reopens</title>
    <link>https://example.org/market</link>
    <guid isPermaLink="false">item-1</guid>
    <description><![CDATA[<p>After two years the hall opens.
      <a href="/rent">Apply for a stand</a> now.</p>
      <script>alert(1)</script><p>Second   paragraph.</p>]]></description>
  </item>
  <item>
    <title>No link item</title>
    <guid>https://example.org/guid-as-link</guid>
    <description>Plain description text.</description>
  </item>
  <item><title></title><description></description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <title>Culture</title><id>urn:feed</id><updated>2024-05-02T08:00:00Z</updated>
  <entry>
    <title type="html">Library &lt;em&gt;extends&lt;/em&gt; hours</title>
    <id>urn:entry:1</id>
    <link rel="alternate" href="https://example.org/library"/>
    <updated>2024-05-02T08:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
      <p>Open on <a href="/sun">Sundays</a> from June.</p><p>From: Nina Vogt</p></div></content>
  </entry>
  <entry xml:lang="fr">
    <title>Cinéma</title>
    <id>urn:entry:2</id>
    <updated>2024-05-01T08:00:00Z</updated>
    <summary type="text">First block.

Second block.</summary>
  </entry>
</feed>
"""


def read(tmp_path: Path, name: str, data: str | bytes, **options: object) -> list[object]:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return list(read_inputs([str(path)], ReadOptions(**options)))  # type: ignore[arg-type]


def _passages(doc: Document) -> list[tuple[str, PassageKind | None]]:
    assert doc.passages is not None
    return [(doc.text[h.start : h.end], h.kind) for h in doc.passages]


def test_rss_items(tmp_path: Path) -> None:
    first, second, error = read(tmp_path, "feed.rss", RSS)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text == (
        "Market & hall reopens\n\nAfter two years the hall opens. Apply for a stand now."
        "\n\nSecond paragraph."
    )
    assert _passages(first) == [
        ("Market & hall reopens", PassageKind.HEADING),
        ("After two years the hall opens. Apply for a stand now.", None),
        ("Second paragraph.", None),
    ]
    assert [first.text[s.start : s.end] for s in first.links] == ["Apply for a stand"]
    assert (first.id, first.url, first.title, first.lang) == (
        "item-1",
        "https://example.org/market",
        "Market & hall reopens",
        "de-DE",
    )
    assert first.meta["format"] == "rss20" and first.meta["item"] == 1
    assert [(s, e) for s, e, _ in first.meta["source_map"]] == [
        (h.start, h.end)
        for h in first.passages[1:]  # type: ignore[index]
    ]
    assert (second.id, second.url) == (
        "https://example.org/guid-as-link",
        "https://example.org/guid-as-link",
    )
    assert _passages(second) == [
        ("No link item", PassageKind.HEADING),
        ("Plain description text.", None),
    ]
    assert isinstance(error, InputError) and "item 3 has neither title nor text" in error.message


def test_atom_entries(tmp_path: Path) -> None:
    first, second = read(tmp_path, "feed.atom", ATOM, lang="de")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert _passages(first) == [
        ("Library extends hours", PassageKind.HEADING),
        ("Open on Sundays from June.", None),
        ("From: Nina Vogt", None),
    ]
    assert [first.text[s.start : s.end] for s in first.links] == ["Sundays"]
    assert (first.id, first.url, first.lang) == (
        "urn:entry:1",
        "https://example.org/library",
        "en-GB",
    )
    assert _passages(second) == [
        ("Cinéma", PassageKind.HEADING),
        ("First block.", None),
        ("Second block.", None),
    ]
    assert (second.id, second.url, second.lang) == ("urn:entry:2", None, "fr")


def test_feed_language_falls_back_to_option(tmp_path: Path) -> None:
    rss = '<rss version="2.0"><channel><item><title>T</title></item></channel></rss>'
    [doc] = read(tmp_path, "f.rss", rss, lang="nl")
    assert isinstance(doc, Document) and doc.lang == "nl" and doc.text == "T"


def test_xml_suffix_is_detected_as_feed(tmp_path: Path) -> None:
    items = read(tmp_path, "news.xml", ATOM)
    assert [type(i) for i in items] == [Document, Document]


def test_feed_without_items(tmp_path: Path) -> None:
    [error] = read(
        tmp_path, "f.rss", '<rss version="2.0"><channel><title>x</title></channel></rss>'
    )
    assert isinstance(error, InputError) and "feed has no items" in error.message


def test_truncated_feed_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.rss").write_text(RSS[: RSS.index("<item>", 300)], encoding="utf-8")
    (tmp_path / "b.atom").write_text(ATOM, encoding="utf-8")
    items = list(read_inputs([str(tmp_path)], ReadOptions()))
    error = items[0]
    assert isinstance(error, InputError) and error.path.endswith("a.rss")
    assert "not well-formed XML (no element found" in error.message
    assert "truncated" in error.message and error.line is not None
    assert [type(i) for i in items[1:]] == [Document, Document]


def test_declared_latin1_feed_is_fine(tmp_path: Path) -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>Café</title>'
    data += "</item></channel></rss>"
    [doc] = read(tmp_path, "f.rss", data.encode("latin-1"))
    assert isinstance(doc, Document) and doc.text == "Café"


def test_undeclared_non_utf8_feed(tmp_path: Path) -> None:
    data = "<rss><channel><item><title>Café</title></item></channel></rss>".encode("latin-1")
    [error] = read(tmp_path, "f.rss", data)
    assert isinstance(error, InputError) and "not valid UTF-8" in error.message
