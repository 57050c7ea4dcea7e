"""XLIFF 1.2 and 2.0: one document per <file>, one passage per translated unit."""

from __future__ import annotations

from pathlib import Path

from tqcheck.model import Document, InputError
from tqcheck.readers import ReadOptions, read_inputs

B, E = '<bpt id="1">&lt;b&gt;</bpt>', '<ept id="1">&lt;/b&gt;</ept>'
BR = '<ph id="3">&lt;br/&gt;</ph>'
CP = '<cp hex="0021"/>'

V12 = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="article.html" source-language="de" target-language="en-US" datatype="html">
    <header><note>ignored</note></header>
    <body>
      <trans-unit id="t1"><source>Titel</source><target>Title</target></trans-unit>
      <group id="g">
        <trans-unit id="p1">
          <source>Der <g id="1">Rat</g> tagte.<x id="2"/></source>
          <target state="translated">The <g id="1">council</g> met.<x id="2"/></target>
          <alt-trans><source>Der Rat tagte.</source><target>An alternative.</target></alt-trans>
        </trans-unit>
        <trans-unit id="p2">
          <source>Ein {B}fetter{E} Satz{BR}.</source>
          <target>A {B}bold{E} sentence{BR}.</target>
        </trans-unit>
      </group>
      <trans-unit id="p3"><source>Noch nicht übersetzt.</source></trans-unit>
      <trans-unit id="p4"><source>Leeres Ziel.</source><target/></trans-unit>
      <trans-unit id="p5"><source>Link <ph id="4">&lt;a title="<sub>Mehr</sub>"&gt;</ph></source>
        <target>Link <ph id="4">&lt;a title="<sub>More</sub>"&gt;</ph></target></trans-unit>
    </body>
  </file>
  <file original="second.html" source-language="de" target-language="en">
    <body><trans-unit id="s1"><source>Zwei</source><target>Two</target></trans-unit></body>
  </file>
</xliff>
"""

V20 = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <segment id="s1"><source>Titel</source><target>Title</target></segment>
    </unit>
    <unit id="u2">
      <segment id="s2">
        <source>Der <pc id="1">Rat</pc> tagte.<ph id="2"/></source>
        <target>The <pc id="1">council</pc> met.<ph id="2"/></target>
      </segment>
      <ignorable><source> </source></ignorable>
      <segment>
        <source>Es regnete{CP}</source><target>It rained{CP}</target>
      </segment>
    </unit>
    <unit id="u3"><segment id="s4"><source>Offen.</source></segment></unit>
  </file>
</xliff>
"""


def read(tmp_path: Path, name: str, data: str, **options: object) -> list[object]:
    (tmp_path / name).write_text(data, encoding="utf-8")
    return list(read_inputs([str(tmp_path / name)], ReadOptions(**options)))  # type: ignore[arg-type]


def test_xliff_12(tmp_path: Path) -> None:
    first, second = read(tmp_path, "a.xlf", V12)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.passages is not None
    got = [(first.text[h.start : h.end], h.source, h.id) for h in first.passages]
    assert got == [
        ("Title", "Titel", "t1"),
        ("The council met.", "Der Rat tagte.", "p1"),
        ("A bold sentence.", "Ein fetter Satz.", "p2"),
        ("Link More", "Link Mehr", "p5"),
    ]
    assert first.text == "Title\n\nThe council met.\n\nA bold sentence.\n\nLink More"
    assert first.source == "Titel\n\nDer Rat tagte.\n\nEin fetter Satz.\n\nLink Mehr"
    assert (first.id, first.lang, first.source_lang) == ("article.html", "en-US", "de")
    assert first.meta == {"format": "xliff", "version": "1.2", "missing_targets": 2}
    assert (second.id, second.text, second.meta["missing_targets"]) == ("second.html", "Two", 0)


def test_xliff_20(tmp_path: Path) -> None:
    [doc] = read(tmp_path, "a.xliff", V20)
    assert isinstance(doc, Document) and doc.passages is not None
    got = [(doc.text[h.start : h.end], h.source, h.id) for h in doc.passages]
    assert got == [
        ("Title", "Titel", "u1"),
        ("The council met.", "Der Rat tagte.", "u2/s2"),
        ("It rained!", "Es regnete!", "u2/2"),
    ]
    assert (doc.id, doc.lang, doc.source_lang) == ("f1", "en", "de")
    assert doc.meta == {"format": "xliff", "version": "2.0", "missing_targets": 1}


def test_languages_fall_back_to_options(tmp_path: Path) -> None:
    data = '<xliff version="1.2"><file original="o"><body><trans-unit id="1"><source>a</source>'
    data += "<target>b</target></trans-unit></body></file></xliff>"
    [doc] = read(tmp_path, "a.xlf", data, lang="fr", source_lang="it")
    assert isinstance(doc, Document) and (doc.lang, doc.source_lang) == ("fr", "it")


def test_file_without_targets_and_without_files(tmp_path: Path) -> None:
    data = '<xliff version="1.2"><file original="o.html"><body><trans-unit id="1"><source>a'
    data += "</source></trans-unit></body></file></xliff>"
    [error] = read(tmp_path, "a.xlf", data)
    assert isinstance(error, InputError)
    assert "<file> o.html has no translated units (1 without <target>)" in error.message
    [error] = read(tmp_path, "b.xlf", '<xliff version="1.2"/>')
    assert isinstance(error, InputError) and "no <file> element" in error.message


def test_truncated_file_then_the_next_one(tmp_path: Path) -> None:
    (tmp_path / "a.xlf").write_text(V12[:400], encoding="utf-8")
    (tmp_path / "b.xliff").write_text(V20, encoding="utf-8")
    error, doc = list(read_inputs([str(tmp_path)], ReadOptions()))
    assert isinstance(error, InputError) and error.path.endswith("a.xlf")
    assert "not well-formed XML" in error.message and error.line is not None
    assert isinstance(doc, Document) and doc.id == "f1"


def test_deeply_nested_inline_markup(tmp_path: Path) -> None:
    target = "<g>" * 3000 + "deep" + "</g>" * 3000
    data = '<xliff version="1.2"><file original="o"><body><trans-unit id="1"><source>x</source>'
    data += f"<target>{target}</target></trans-unit></body></file></xliff>"
    items = read(tmp_path, "a.xlf", data)
    assert len(items) == 1  # a document or an error, never an exception
