"""Plain text: exact text, encodings, refused inputs, and source/reference pairing."""

from __future__ import annotations

import codecs
from pathlib import Path

from tqcheck.model import Document, InputError
from tqcheck.readers import ReadOptions, read_inputs


def read(*paths: Path, **options: object) -> list[Document | InputError]:
    return list(read_inputs([str(p) for p in paths], ReadOptions(**options)))  # type: ignore[arg-type]


def test_text_is_the_file_exactly(tmp_path: Path) -> None:
    raw = "Title\r\n\r\nFirst paragraph.  \nSecond\tline.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    [doc] = read(path, lang="de", source_lang="fr")
    assert isinstance(doc, Document)
    assert doc.text == raw
    assert (doc.path, doc.lang, doc.source_lang, doc.passages) == (str(path), "de", "fr", None)


def test_bom_removed_and_utf16_decoded(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8 + "Grüße.".encode())
    (tmp_path / "u16.txt").write_bytes(codecs.BOM_UTF16_LE + "Zürich „Zitat“.".encode("utf-16-le"))
    docs = read(tmp_path / "bom.txt", tmp_path / "u16.txt")
    assert [d.text for d in docs if isinstance(d, Document)] == ["Grüße.", "Zürich „Zitat“."]


def test_bad_files_are_errors_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 au lait")
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "good.txt").write_text("Fine.", encoding="utf-8")
    items = read(*(tmp_path / n for n in ("bad.txt", "img.txt", "empty.txt", "blank.txt")),
                 tmp_path / "good.txt")  # fmt: skip
    errors = [i for i in items if isinstance(i, InputError)]
    assert [Path(e.path).name for e in errors] == ["bad.txt", "img.txt", "empty.txt", "blank.txt"]
    assert "not valid UTF-8 (byte 0xe9 at offset 3)" in errors[0].message
    assert "binary file" in errors[1].message
    assert "empty file" in errors[2].message and "empty file" in errors[3].message
    assert isinstance(items[-1], Document) and items[-1].text == "Fine."


def test_size_limit(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("x" * 100, encoding="utf-8")
    [error] = read(tmp_path / "big.txt", max_bytes=64)
    assert isinstance(error, InputError)
    assert "larger than the 64 bytes limit" in error.message


def test_unknown_suffix_named_explicitly_is_text(tmp_path: Path) -> None:
    (tmp_path / "README").write_text("Plain words.", encoding="utf-8")
    [doc] = read(tmp_path / "README")
    assert isinstance(doc, Document) and doc.text == "Plain words."


def test_source_and_reference_files(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("The council met on Monday.", encoding="utf-8")
    (tmp_path / "s.txt").write_bytes(codecs.BOM_UTF8 + b"Der Rat tagte am Montag.")
    (tmp_path / "r.txt").write_text("The council met on Monday.\n", encoding="utf-8")
    [doc] = read(
        tmp_path / "t.txt",
        source_path=str(tmp_path / "s.txt"),
        reference_path=str(tmp_path / "r.txt"),
        source_lang="de",
    )
    assert isinstance(doc, Document)
    assert doc.source == "Der Rat tagte am Montag."
    assert doc.reference == "The council met on Monday.\n"
    assert doc.source_lang == "de"


def test_pairing_with_markdown_target(tmp_path: Path) -> None:
    (tmp_path / "t.md").write_text("# Title\n\nText.\n", encoding="utf-8")
    (tmp_path / "s.txt").write_text("Titel\n\nText.\n", encoding="utf-8")
    [doc] = read(tmp_path / "t.md", source_path=str(tmp_path / "s.txt"))
    assert isinstance(doc, Document) and doc.source == "Titel\n\nText.\n"
    assert doc.passages is not None and len(doc.passages) == 2


def test_unreadable_source_is_reported_and_target_still_read(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "s.txt").write_bytes(b"\xff\xfe\x00")  # a UTF-16 BOM, then an odd byte
    missing = tmp_path / "nope.txt"
    items = read(
        tmp_path / "t.txt", source_path=str(missing), reference_path=str(tmp_path / "s.txt")
    )
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.path for e in errors] == [str(missing), str(tmp_path / "s.txt")]
    assert "cannot read" in errors[0].message
    [doc] = [i for i in items if isinstance(i, Document)]
    assert doc.source is None and doc.reference is None


def test_pairing_needs_a_single_plain_target(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B.", encoding="utf-8")
    (tmp_path / "s.txt").write_text("Q.", encoding="utf-8")
    items = read(tmp_path / "a.txt", tmp_path / "b.txt", source_path=str(tmp_path / "s.txt"))
    assert isinstance(items[0], InputError) and "exactly one" in items[0].message
    assert [d.text for d in items[1:] if isinstance(d, Document)] == ["A.", "B."]
    assert all(d.source is None for d in items[1:] if isinstance(d, Document))

    (tmp_path / "f.jsonl").write_text('{"text": "T."}\n', encoding="utf-8")
    items = read(tmp_path / "f.jsonl", source_path=str(tmp_path / "s.txt"))
    assert isinstance(items[0], InputError) and "format jsonl" in items[0].message
    assert isinstance(items[1], Document) and items[1].source is None
