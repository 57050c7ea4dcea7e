"""JSONL: one document per record, one error per bad line, streamed."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from tqcheck.model import Document, InputError
from tqcheck.readers import ReadOptions, read_inputs


def read(path: Path, **options: object) -> list[Document | InputError]:
    return list(read_inputs([str(path)], ReadOptions(**options)))  # type: ignore[arg-type]


def write(tmp_path: Path, lines: list[str], name: str = "feed.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_records_and_fields(tmp_path: Path) -> None:
    full = {
        "id": "r1",
        "text": "The council met.",
        "source": "Der Rat tagte.",
        "source_lang": "de",
        "reference": "The council convened.",
        "lang": "en-GB",
        "url": "https://example.org/1",
        "title": "Council",
        "extra": {"ignored": True},
    }
    path = write(
        tmp_path, [json.dumps(full), "", "   ", json.dumps({"id": 7, "target": "Second."})]
    )
    docs = read(path, lang="en", source_lang="fr")
    assert all(isinstance(d, Document) for d in docs)
    first, second = docs
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.text, first.id, first.line, first.path) == (
        "The council met.",
        "r1",
        1,
        str(path),
    )
    assert (first.source, first.source_lang, first.reference) == (
        "Der Rat tagte.",
        "de",
        "The council convened.",
    )
    assert (first.lang, first.url, first.title) == ("en-GB", "https://example.org/1", "Council")
    assert first.meta["format"] == "jsonl"
    # blank lines are skipped but still counted
    assert (second.text, second.id, second.line, second.lang, second.source_lang) == (
        "Second.",
        "7",
        4,
        "en",
        "fr",
    )


def test_target_wins_over_text_and_field_option(tmp_path: Path) -> None:
    path = write(tmp_path, [json.dumps({"text": "generic", "target": "translation", "mt": "mt"})])
    [doc] = read(path)
    assert isinstance(doc, Document) and doc.text == "translation"
    [doc] = read(path, field="mt")
    assert isinstance(doc, Document) and doc.text == "mt"
    [error] = read(path, field="hyp")
    assert isinstance(error, InputError) and "no 'hyp' field" in error.message


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "unterminated', "not valid JSON (Unterminated string"),
        ("not json at all", "not valid JSON (Expecting value, column 1)"),
        ('["text", "in an array"]', "expected a JSON object, got an array"),
        ('"just a string"', "expected a JSON object, got a string"),
        ('{"id": "x"}', "record has no 'target' or 'text' field"),
        ('{"text": 42}', "field 'text' must be a string, got a number"),
        ('{"text": null}', "field 'text' must be a string, got null"),
        ('{"text": "  "}', "field 'text' is empty"),
        ('{"text": "ok", "source": ["a"]}', "field 'source' must be a string, got an array"),
        ('{"text": "ok", "id": 1.5}', "field 'id' must be a string or integer"),
        ('{"text": "ok", "id": true}', "field 'id' must be a string or integer"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"text": "' + "1" * 10 + '", "n": ' + "9" * 5000 + "}", "not valid JSON"),
    ],
)
def test_bad_line_is_an_error_and_reading_goes_on(tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path, ['{"text": "Before."}', line, '{"text": "After."}'])
    before, error, after = read(path)
    assert isinstance(error, InputError)
    assert error.line == 2 and error.path == str(path)
    assert message in error.message
    assert "\n" not in error.message
    assert isinstance(before, Document) and before.text == "Before."
    assert isinstance(after, Document) and after.text == "After." and after.line == 3


def test_invalid_utf8_costs_one_line(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    path.write_bytes(b'{"text": "One."}\n{"text": "caf\xe9"}\n{"text": "Three."}')
    _, error, three = read(path)
    assert isinstance(error, InputError) and error.line == 2
    assert "not valid UTF-8 (byte 0xe9 at column 14)" in error.message
    assert isinstance(three, Document) and three.text == "Three." and three.line == 3


def test_line_longer_than_limit_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, [json.dumps({"text": "x" * 500}), '{"text": "Short."}'])
    error, doc = read(path, max_bytes=100)
    assert isinstance(error, InputError) and error.line == 1
    assert "longer than the 100 bytes limit" in error.message
    assert isinstance(doc, Document) and doc.line == 2


def test_empty_binary_and_encodings(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"\n\n")
    (tmp_path / "bin.ndjson").write_bytes(b"\x00" * 64 + b"\x01\x02")
    (tmp_path / "bom.jsonl").write_bytes(codecs.BOM_UTF8 + b'{"text": "BOM."}\n')
    (tmp_path / "u16.jsonl").write_bytes(
        codecs.BOM_UTF16_LE + '{"text": "Eins."}\r\n{"text": "Zwei."}\r\n'.encode("utf-16-le")
    )
    items = {Path(i.path).name: i for i in read_inputs([str(tmp_path)], ReadOptions())}
    errors = [i for i in read_inputs([str(tmp_path)], ReadOptions()) if isinstance(i, InputError)]
    assert {Path(e.path).name for e in errors} == {"empty.jsonl", "bin.ndjson"}
    assert any("empty file" in e.message for e in errors)
    assert any("binary file" in e.message for e in errors)
    bom = items["bom.jsonl"]
    assert isinstance(bom, Document) and bom.text == "BOM."
    u16 = [d for d in read(tmp_path / "u16.jsonl") if isinstance(d, Document)]
    assert [(d.text, d.line) for d in u16] == [("Eins.", 1), ("Zwei.", 2)]


def test_reading_is_lazy(tmp_path: Path) -> None:
    path = write(tmp_path, [json.dumps({"text": "Rec."})] * 1000)
    items = read_inputs([str(path)], ReadOptions())
    assert isinstance(next(items), Document)
    path.unlink()  # the open file stays readable; nothing was read ahead into a list
    assert sum(1 for _ in items) == 999
