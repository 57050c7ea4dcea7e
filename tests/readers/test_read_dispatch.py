"""Directories, globs, stdin and format selection."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from tqcheck.model import Document, InputError
from tqcheck.readers import SUFFIXES, ReadOptions, read_inputs, walk

RSS = b'<rss version="2.0"><channel><title>C</title><item><title>T</title></item></channel></rss>'
XLIFF = (
    b'<xliff version="1.2"><file original="o" source-language="de" target-language="en">'
    b'<body><trans-unit id="1"><source>Hallo.</source><target>Hello.</target></trans-unit>'
    b"</body></file></xliff>"
)
TMX = (
    b'<tmx version="1.4"><header srclang="de"/><body><tu tuid="1">'
    b'<tuv xml:lang="de"><seg>Ja.</seg></tuv><tuv xml:lang="en"><seg>Yes.</seg></tuv>'
    b"</tu></body></tmx>"
)


def read(*args: str, **options: object) -> list[Document | InputError]:
    return list(read_inputs(list(args), ReadOptions(**options)))  # type: ignore[arg-type]


def _tree(root: Path) -> None:
    (root / "b").mkdir()
    (root / "b" / "z.md").write_text("# Z\n\nZed.\n", encoding="utf-8")
    (root / "a.txt").write_text("Alpha.", encoding="utf-8")
    (root / "c.jsonl").write_text('{"text": "One."}\n{"text": "Two."}\n', encoding="utf-8")
    (root / "photo.png").write_bytes(b"\x89PNG\x00\x00")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "h.txt").write_text("Hidden.", encoding="utf-8")


def test_directory_walk_is_sorted_and_recursive(tmp_path: Path) -> None:
    _tree(tmp_path)
    names = [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path, ReadOptions())]
    assert names == ["a.txt", "c.jsonl", "b/z.md"]  # files of a directory, then its subdirectories
    docs = read(str(tmp_path))
    assert [d.text for d in docs if isinstance(d, Document)][:3] == ["Alpha.", "One.", "Two."]


def test_every_documented_suffix_is_walked(tmp_path: Path) -> None:
    for suffix in SUFFIXES:
        (tmp_path / f"f{suffix}").write_text("x", encoding="utf-8")
    found = {p.suffix for p in walk(tmp_path, ReadOptions())}
    assert found == set(SUFFIXES)


def test_include_and_exclude_globs(tmp_path: Path) -> None:
    _tree(tmp_path)
    only_md = [p.name for p in walk(tmp_path, ReadOptions(include=("*.md",)))]
    assert only_md == ["z.md"]
    no_b = [p.name for p in walk(tmp_path, ReadOptions(exclude=("b/*",)))]
    assert no_b == ["a.txt", "c.jsonl"]


def test_empty_directory_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    items = read(str(tmp_path / "empty"), str(tmp_path / "missing.txt"))
    assert all(isinstance(i, InputError) for i in items)
    assert "no file that tqcheck can read" in items[0].message
    assert "no such file" in items[1].message


class _Stdin:
    def __init__(self, data: bytes | io.RawIOBase) -> None:
        self.buffer = (
            io.BufferedReader(data) if isinstance(data, io.RawIOBase) else io.BytesIO(data)
        )


def test_stdin_defaults_to_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b"Some text.\r\n"))
    [doc] = read("-")
    assert isinstance(doc, Document) and doc.text == "Some text.\r\n" and doc.path == "-"


@pytest.mark.parametrize(
    ("fmt", "data", "expected"),
    [
        ("md", b"# Head\n\nBody.\n", "# Head\n\nBody.\n"),
        ("html", b"<p>Para &amp; more</p>", "Para & more"),
        ("rss", RSS, "T"),
        ("xliff", XLIFF, "Hello."),
        ("tmx", TMX, "Yes."),
        ("csv", b"id,target\n1,Row.\n", "Row."),
        ("tsv", b"id\ttext\n1\tRow.\n", "Row."),
        ("jsonl", b'{"target": "Rec."}\n', "Rec."),
        ("ndjson", b'{"target": "Rec."}\n', "Rec."),
    ],
)
def test_stdin_formats(
    monkeypatch: pytest.MonkeyPatch, fmt: str, data: bytes, expected: str
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    [doc] = read("-", input_format=fmt)
    assert isinstance(doc, Document), doc
    assert doc.text == expected


def test_unknown_format(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b"x"))
    [error] = read("-", input_format="docx")
    assert isinstance(error, InputError) and "unknown input format 'docx'" in error.message


class _CountingRaw(io.RawIOBase):
    """A stream that records how much has been read from it."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        chunk = self.data[self.pos : self.pos + len(buffer)]
        buffer[: len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


def test_stdin_jsonl_is_streamed(monkeypatch: pytest.MonkeyPatch) -> None:
    line = json.dumps({"text": "A sentence of a record. " * 10}) + "\n"
    raw = _CountingRaw((line * 20_000).encode())  # about 5 MB
    monkeypatch.setattr(sys, "stdin", _Stdin(raw))
    items = read_inputs(["-"], ReadOptions(input_format="jsonl"))
    first = next(items)
    assert isinstance(first, Document)
    assert raw.pos < 64 * 1024  # only a buffer's worth was read for the first record
    assert sum(1 for _ in items) == 19_999


def test_input_format_overrides_suffix_of_named_files(tmp_path: Path) -> None:
    path = tmp_path / "records.txt"
    path.write_text('{"text": "One."}\n{"text": "Two."}\n', encoding="utf-8")
    docs = read(str(path), input_format="jsonl")
    assert [d.text for d in docs if isinstance(d, Document)] == ["One.", "Two."]


def test_xml_is_recognised_by_its_root(tmp_path: Path) -> None:
    for name, data in (("a.xml", RSS), ("b.xml", XLIFF), ("c.xml", TMX)):
        (tmp_path / name).write_bytes(data)
    (tmp_path / "d.xml").write_bytes(b"<urlset><url>x</url></urlset>")
    items = read(str(tmp_path))
    assert [i.text for i in items if isinstance(i, Document)] == ["T", "Hello.", "Yes."]
    [error] = [i for i in items if isinstance(i, InputError)]
    assert error.path.endswith("d.xml") and "<urlset>" in error.message


def test_wrong_root_for_suffix(tmp_path: Path) -> None:
    (tmp_path / "a.xlf").write_bytes(TMX)
    (tmp_path / "b.tmx").write_bytes(XLIFF)
    (tmp_path / "c.rss").write_bytes(TMX)
    items = read(str(tmp_path))
    assert [type(i) for i in items] == [InputError] * 3
    assert "not an XLIFF file (root element <tmx>)" in items[0].message
    assert "not a TMX file (root element <xliff>)" in items[1].message
    assert "not an RSS or Atom feed" in items[2].message
