"""CSV/TSV: a header row, then one document per row; bad rows cost only themselves."""

from __future__ import annotations

import codecs
from pathlib import Path

from tqcheck.model import Document, InputError
from tqcheck.readers import ReadOptions, read_inputs


def read(tmp_path: Path, name: str, data: str | bytes, **options: object) -> list[object]:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return list(read_inputs([str(path)], ReadOptions(**options)))  # type: ignore[arg-type]


def test_rows_and_columns(tmp_path: Path) -> None:
    data = (
        "ID,Source,Target,Reference,lang,source_lang,url,title,notes\r\n"
        'a1,Der Rat.,"The council, it met.",The council met.,en-GB,de,https://x/1,Council,n\r\n'
        "\r\n"
        'a2,"Zwei\nZeilen","Two\n""lines""",,,,,,\r\n'
        "a3,Drei,Three,,,,,,\r\n"
    )
    one, two, three = read(tmp_path, "a.csv", data, lang="en", source_lang="fr")
    assert isinstance(one, Document) and isinstance(two, Document) and isinstance(three, Document)
    assert (one.text, one.id, one.line, one.source, one.reference) == (
        "The council, it met.", "a1", 2, "Der Rat.", "The council met."
    )  # fmt: skip
    assert (one.lang, one.source_lang, one.url, one.title) == (
        "en-GB",
        "de",
        "https://x/1",
        "Council",
    )
    assert one.meta["format"] == "csv"
    assert (two.text, two.source, two.line, two.reference, two.lang) == (
        'Two\n"lines"', "Zwei\nZeilen", 4, None, "en"
    )  # fmt: skip
    assert (three.line, three.source_lang) == (7, "fr")  # quoted newlines took two lines


def test_column_options(tmp_path: Path) -> None:
    data = "key,de,en,en_ref\nk1,Hallo,Hello,Hi\n"
    [doc] = read(tmp_path, "a.csv", data, target_column="en", source_column="de",
                 reference_column="en_ref", id_column="key")  # fmt: skip
    assert isinstance(doc, Document)
    assert (doc.text, doc.source, doc.reference, doc.id) == ("Hello", "Hallo", "Hi", "k1")


def test_text_column_when_no_target(tmp_path: Path) -> None:
    [doc] = read(tmp_path, "a.csv", "text\nOnly text.\n")
    assert isinstance(doc, Document) and doc.text == "Only text." and doc.id is None


def test_tsv_keeps_quotes_literally(tmp_path: Path) -> None:
    data = 'id\ttarget\n1\t"Yes," he said.\n2\tA "quote\n'
    one, two = read(tmp_path, "a.tsv", data)
    assert isinstance(one, Document) and one.text == '"Yes," he said.'
    assert isinstance(two, Document) and two.text == 'A "quote' and two.meta["format"] == "tsv"


def test_bad_rows(tmp_path: Path) -> None:
    data = 'id,target\n1,Good one.\n2,Too,many\n3,\n4,"bad "quote" here"\n5,Good again.\n'
    items = read(tmp_path, "a.csv", data)
    assert [(type(i).__name__, getattr(i, "line", None)) for i in items] == [
        ("Document", 2),
        ("InputError", 3),
        ("InputError", 4),
        ("InputError", 5),
        ("Document", 6),
    ]
    assert "row has 3 fields but the header has 2" in items[1].message  # type: ignore[union-attr]
    assert "'target' cell is empty" in items[2].message  # type: ignore[union-attr]
    assert "malformed CSV row" in items[3].message  # type: ignore[union-attr]


def test_missing_target_column(tmp_path: Path) -> None:
    [error] = read(tmp_path, "a.csv", "id,body\n1,x\n")
    assert isinstance(error, InputError) and error.line == 1
    assert "header row has no 'target' or 'text' column (columns: id, body)" in error.message
    [error] = read(tmp_path, "b.csv", "id,target\n1,x\n", target_column="mt")
    assert isinstance(error, InputError) and "no 'mt' column" in error.message


def test_empty_header_only_binary_and_bad_bytes(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes(b"")
    (tmp_path / "b.csv").write_bytes(b"id,target\n")
    (tmp_path / "c.csv").write_bytes(b"\x00\x01\x02\x03" * 40)
    (tmp_path / "d.csv").write_bytes(b"id,target\n1,ok\n2,caf\xe9\n")
    (tmp_path / "e.csv").write_bytes(codecs.BOM_UTF8 + b"id,target\n1,BOM.\n")
    (tmp_path / "f.tsv").write_bytes(
        codecs.BOM_UTF16_LE + "id\ttarget\n1\tUTF-16.\n".encode("utf-16-le")
    )
    items = list(read_inputs([str(tmp_path)], ReadOptions()))
    errors = {(Path(i.path).name, i.line): i.message for i in items if isinstance(i, InputError)}
    assert "empty file; a header row" in errors[("a.csv", None)]
    assert "no rows after the header row" in errors[("b.csv", None)]
    assert "binary file" in errors[("c.csv", None)]
    assert "not valid UTF-8 (byte 0xe9)" in errors[("d.csv", 3)]
    docs = {(Path(d.path or "").name, d.text) for d in items if isinstance(d, Document)}
    assert docs == {("d.csv", "ok"), ("e.csv", "BOM."), ("f.tsv", "UTF-16.")}
