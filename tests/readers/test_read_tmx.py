"""TMX: one document per file; each <tu> a passage with its source."""

from __future__ import annotations

from pathlib import Path

from tqcheck.model import Document, InputError
from tqcheck.readers import ReadOptions, read_inputs

B, E = '<bpt i="1">&lt;b&gt;</bpt>', '<ept i="1">&lt;/b&gt;</ept>'

TMX = f"""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="de" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"
          creationtool="t" creationtoolversion="1"/>
  <body>
    <tu tuid="1">
      <tuv xml:lang="de"><seg>Die Feuerwehr kam.</seg></tuv>
      <tuv xml:lang="en-GB"><seg>The fire brigade came.</seg></tuv>
      <tuv xml:lang="fr"><seg>Les pompiers sont venus.</seg></tuv>
    </tu>
    <tu tuid="2">
      <tuv xml:lang="de"><seg>Niemand wurde {B}verletzt{E}.</seg></tuv>
      <tuv xml:lang="en-GB"><seg>Nobody was {B}hurt{E}.</seg></tuv>
      <tuv xml:lang="fr"><seg>Personne n'a été <hi type="b">blessé</hi>.</seg></tuv>
    </tu>
    <tu tuid="3"><tuv xml:lang="de"><seg>Nur eine Sprache.</seg></tuv></tu>
  </body>
</tmx>
"""


def read(tmp_path: Path, data: str, **options: object) -> list[object]:
    (tmp_path / "m.tmx").write_text(data, encoding="utf-8")
    return list(read_inputs([str(tmp_path / "m.tmx")], ReadOptions(**options)))  # type: ignore[arg-type]


def _passages(doc: Document) -> list[tuple[str, str | None, str | None]]:
    assert doc.passages is not None
    return [(doc.text[h.start : h.end], h.source, h.id) for h in doc.passages]


def test_target_language_from_options(tmp_path: Path) -> None:
    [doc] = read(tmp_path, TMX, lang="fr")
    assert isinstance(doc, Document)
    assert _passages(doc) == [
        ("Les pompiers sont venus.", "Die Feuerwehr kam.", "1"),
        ("Personne n'a été blessé.", "Niemand wurde verletzt.", "2"),
    ]
    assert (doc.lang, doc.source_lang, doc.path) == ("fr", "de", str(tmp_path / "m.tmx"))
    assert doc.source == "Die Feuerwehr kam.\n\nNiemand wurde verletzt."
    assert doc.meta == {"format": "tmx", "skipped_units": 1}


def test_primary_subtag_matches(tmp_path: Path) -> None:
    [doc] = read(tmp_path, TMX, lang="en")
    assert isinstance(doc, Document) and doc.lang == "en-GB"
    assert _passages(doc)[1] == ("Nobody was hurt.", "Niemand wurde verletzt.", "2")


def test_second_variant_when_language_absent(tmp_path: Path) -> None:
    [doc] = read(tmp_path, TMX, lang="es")
    assert isinstance(doc, Document) and doc.lang == "en-GB"


def test_option_naming_the_source_language_is_not_the_target(tmp_path: Path) -> None:
    data = TMX.replace('srclang="de"', 'srclang="en-GB"')
    [doc] = read(tmp_path, data, lang="en")
    assert isinstance(doc, Document)
    assert (doc.lang, doc.source_lang) == ("de", "en-GB")
    assert _passages(doc)[0] == ("Die Feuerwehr kam.", "The fire brigade came.", "1")


def test_no_usable_units(tmp_path: Path) -> None:
    data = '<tmx version="1.4"><header srclang="de"/><body><tu><tuv xml:lang="de"><seg>x</seg>'
    data += "</tuv></tu></body></tmx>"
    [error] = read(tmp_path, data)
    assert (
        isinstance(error, InputError) and "no translation unit with two languages" in error.message
    )


def test_truncated(tmp_path: Path) -> None:
    [error] = read(tmp_path, TMX[:500])
    assert isinstance(error, InputError) and "not well-formed XML" in error.message
