"""Hostile and broken XML (feeds, XLIFF, TMX) is refused quickly with a clear message."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tqcheck.model import Document, InputError
from tqcheck.readers import ReadOptions, read_inputs

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<{root}>&lol9;</{root}>
"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE {root} [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<{root}>&x;</{root}>
"""

GOOD_TXT = "A normal article."
SUFFIXES = {".rss": "rss", ".atom": "feed", ".xml": "rss", ".xlf": "xliff", ".xliff": "xliff",
            ".tmx": "tmx"}  # fmt: skip


def _run(tmp_path: Path, name: str, data: str) -> list[Document | InputError]:
    (tmp_path / name).write_text(data, encoding="utf-8")
    (tmp_path / "zz.txt").write_text(GOOD_TXT, encoding="utf-8")
    return list(read_inputs([str(tmp_path / name), str(tmp_path / "zz.txt")], ReadOptions()))


@pytest.mark.parametrize("suffix", sorted(SUFFIXES))
def test_billion_laughs(tmp_path: Path, suffix: str) -> None:
    started = time.perf_counter()
    error, doc = _run(tmp_path, f"bomb{suffix}", LAUGHS.format(root=SUFFIXES[suffix]))
    assert time.perf_counter() - started < 2
    assert isinstance(error, InputError) and error.path.endswith(f"bomb{suffix}")
    assert "declares entities (<!ENTITY lol" in error.message
    assert "billion laughs" in error.message
    assert isinstance(doc, Document) and doc.text == GOOD_TXT


@pytest.mark.parametrize("suffix", sorted(SUFFIXES))
def test_external_entity(tmp_path: Path, suffix: str) -> None:
    error, doc = _run(tmp_path, f"xxe{suffix}", EXTERNAL.format(root=SUFFIXES[suffix]))
    assert isinstance(error, InputError)
    assert "external entity ('x' → file:///etc/passwd)" in error.message
    assert "root:" not in error.message
    assert isinstance(doc, Document)


@pytest.mark.parametrize("suffix", sorted(SUFFIXES))
def test_truncated(tmp_path: Path, suffix: str) -> None:
    root = SUFFIXES[suffix]
    error, doc = _run(tmp_path, f"cut{suffix}", f'<?xml version="1.0"?>\n<{root}>\n  <a>text')
    assert isinstance(error, InputError)
    assert error.message.startswith("not well-formed XML (no element found at column")
    assert error.line == 3
    assert isinstance(doc, Document)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n", "empty file"),
        (b"\x00\x01" * 50, "binary file"),
        (b"<tmx>caf\xe9</tmx>", "not valid UTF-8"),
    ],
)
def test_not_xml_text(tmp_path: Path, data: bytes, message: str) -> None:
    (tmp_path / "f.tmx").write_bytes(data)
    [error] = list(read_inputs([str(tmp_path / "f.tmx")], ReadOptions()))
    assert isinstance(error, InputError) and message in error.message


def test_size_limit(tmp_path: Path) -> None:
    (tmp_path / "f.xlf").write_text("<xliff>" + " " * 2000 + "</xliff>", encoding="utf-8")
    [error] = list(read_inputs([str(tmp_path / "f.xlf")], ReadOptions(max_bytes=1024)))
    assert isinstance(error, InputError) and "larger than the 1024 bytes limit" in error.message


def test_external_dtd_is_not_fetched(tmp_path: Path) -> None:
    data = (
        '<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://192.0.2.1/rss.dtd">'
        '<rss version="0.91"><channel><item><title>Old feed</title></item></channel></rss>'
    )
    started = time.perf_counter()
    [doc] = _run(tmp_path, "old.rss", data)[:1]
    assert time.perf_counter() - started < 2
    assert isinstance(doc, Document) and doc.text == "Old feed"
