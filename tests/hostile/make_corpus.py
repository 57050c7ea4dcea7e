"""The hostile-input corpus of tqcheck: inputs written to break readers and the engine.

Every input here was written for this project (nothing is copied from elsewhere). Small
ones (at most a few kilobytes) are committed next to this script; large ones (deep
nesting, megabyte lines and fields) are never committed, they are generated at test time
by :func:`write` (the repository takes no file over 200 KB).

    python tests/hostile/make_corpus.py            # rewrite the small files here
    python tests/hostile/make_corpus.py DIR        # write every input (small and large) to DIR
    python tests/hostile/make_corpus.py --check    # exit 1 if a committed file is stale

``tests/test_hostile.py`` checks that the committed files are exactly what this script
writes, so the script stays the one source of the corpus.
"""

from __future__ import annotations

import codecs
import json
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMIT_LIMIT = 200 * 1024

ARTICLE = (
    "The city council met on Tuesday. The the budget was adopted after a long debate.\n\n"
    "The mayor said the decision was necessary.\n"
)
"""Ordinary prose with one sure finding (``words.repeated``) to show checks still run."""


# -- XML ----------------------------------------------------------------------------------

_LAUGHS_DTD = "\n".join(
    [' <!ENTITY lol "lol">']
    + [
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    ]
)


def _bomb(root: str, body: str) -> bytes:
    return f'<?xml version="1.0"?>\n<!DOCTYPE {root} [\n{_LAUGHS_DTD}\n]>\n{body}\n'.encode()


def _xxe(root: str, body: str) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE {root} [\n'
        f' <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n{body}\n'
    ).encode()


def _rss(title: str, description: str) -> str:
    return (
        '<rss version="2.0"><channel><title>Hostile feed</title>'
        f"<item><title>{title}</title><description>{description}</description></item>"
        "</channel></rss>"
    )


def _xliff(target: str) -> str:
    return (
        '<xliff version="1.2"><file original="a.html" source-language="de" '
        'target-language="en"><body><trans-unit id="1"><source>Der Rat tagte.</source>'
        f"<target>{target}</target></trans-unit></body></file></xliff>"
    )


def _tmx(target: str) -> str:
    return (
        '<tmx version="1.4"><header srclang="de" segtype="sentence" o-tmf="x" '
        'adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/>'
        '<body><tu tuid="1"><tuv xml:lang="de"><seg>Der Rat tagte.</seg></tuv>'
        f'<tuv xml:lang="en"><seg>{target}</seg></tuv></tu></body></tmx>'
    )


XML_BODIES: dict[str, Callable[[str], str]] = {
    "rss": lambda text: _rss("Council", text),
    "xlf": _xliff,
    "tmx": _tmx,
}
XML_ROOTS = {"rss": "rss", "xlf": "xliff", "tmx": "tmx"}


def _truncated(suffix: str) -> bytes:
    whole = '<?xml version="1.0"?>\n' + XML_BODIES[suffix]("The council met on Tuesday.")
    return whole[: len(whole) * 2 // 3].encode()


def _declared_encoding(encoding: str) -> bytes:
    return (f'<?xml version="1.0" encoding="{encoding}"?>\n' + _rss("Hello", "World")).encode()


# -- records ------------------------------------------------------------------------------


def _jsonl(*records: object) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


def _nul_bytes_jsonl() -> bytes:
    # Line 2 holds a raw NUL inside a JSON string (invalid JSON); the file is long enough
    # that NUL bytes stay under the 1 % that marks a file as binary.
    good = json.dumps({"id": "a", "text": ARTICLE}).encode()
    bad = b'{"id": "b", "text": "The council\x00 met."}'
    late = json.dumps({"id": "c", "text": "A second record. " * 12}).encode()
    return good + b"\n" + bad + b"\n" + late + b"\n"


def _png() -> bytes:
    """A valid 1×1 PNG image (header, IHDR, IDAT, IEND)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


ANSI_TEXT = (
    "The council \x1b[31mmet\x1b[0m on Tuesday.\x1b]0;pwned title\x07 The the vote was close."
    "\x07\x08\x7f\n\n"
    "Clear the screen\x1b[2J and move\x1b[10;10H the cursor: the the end.\x9b31m\n"
)
"""Colours, a window-title OSC sequence ended by BEL, clear-screen, cursor moves, a C1 CSI."""

BIDI_TEXT = (
    "The pre\u200bsident said the the gov\u200dernment\ufeff would act.\n\n"
    "Her name is \u202eharpyL\u202c and the \u2066file\u2069 is txt.exe\u061c here.\n\n"
    "Zero\u200cwidth non\u2060joiners and an RLO \u202e at the end.\n"
)
"""Bidi overrides and isolates, zero-width space, joiners and no-break inside words."""

MIXED_NEWLINES = (
    "First line ends CRLF. The the council met.\r\n"
    "Second line ends CR.\r"
    "Third line ends LF.\n"
    "Fourth line has a line separator\u2028inside and a paragraph separator\u2029too.\n"
    "\r\n\r\n"
    "A new paragraph after a blank CRLF line. The the mayor spoke.\r"
    "\r"
    "Last paragraph after a blank CR line, no final newline."
)

SCRIPT_HTML = """<!DOCTYPE html>
<html lang="en"><head><title>Council</title>
<script>document.write("The the script text must not be checked.")</script>
<style>p::after { content: "the the style text"; }</style>
</head><body>
<!-- The the comment must not be checked. -->
<nav><p>The the navigation.</p></nav>
<article>
<h1>Council adopts budget</h1>
<p>The city council met on Tuesday. <script>var x = "the the";</script>The the budget
passed.<!-- a comment <p>inside</p> --></p>
<p onclick="alert('the the')">The mayor <a href="javascript:alert(1)">said</a> so.</p>
<noscript><p>The the noscript text.</p></noscript>
<template><p>The the template.</p></template>
</article>
</body></html>
"""


def _csv_escape_header() -> bytes:
    # The header (printed in the error about a missing 'target' column) holds escapes.
    return b"id,\x1b]0;pwned\x07\x1b[31mbody\n1,The council met.\n"


SMALL: dict[str, Callable[[], bytes]] = {
    **{
        f"billion-laughs.{s}": (lambda s=s: _bomb(XML_ROOTS[s], XML_BODIES[s]("&lol9;")))
        for s in XML_BODIES
    },
    "billion-laughs.xml": lambda: _bomb("rss", _rss("&lol9;", "x")),
    **{f"xxe.{s}": (lambda s=s: _xxe(XML_ROOTS[s], XML_BODIES[s]("&xxe;"))) for s in XML_BODIES},
    "xxe-parameter.xlf": lambda: (
        '<?xml version="1.0"?>\n<!DOCTYPE xliff [\n'
        ' <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">\n %remote;\n]>\n'
        + _xliff("The council met.")
        + "\n"
    ).encode(),
    "external-dtd.rss": lambda: (
        '<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "file:///etc/passwd">\n'
        + _rss("Leak &secret; here", "The council met.")
        + "\n"
    ).encode(),
    **{f"truncated.{s}": (lambda s=s: _truncated(s)) for s in XML_BODIES},
    "encoding-utf32.rss": lambda: _declared_encoding("UTF-32"),
    "encoding-utf7.xlf": lambda: (
        '<?xml version="1.0" encoding="UTF-7"?>\n' + _xliff("The council met.")
    ).encode(),
    "encoding-unknown.tmx": lambda: (
        '<?xml version="1.0" encoding="x-no-such-charset"?>\n' + _tmx("The council met.")
    ).encode(),
    "nul-bytes.jsonl": _nul_bytes_jsonl,
    "nul-escaped.jsonl": lambda: _jsonl({"id": 1, "text": "The council\u0000 met. " + ARTICLE}),
    "lone-surrogate.jsonl": lambda: (
        b'{"id": "hi", "text": "The the council met. \\u201cThe vote \\ud800 was close."}\n'
        b'{"id": "lo", "text": "A lone low \\udfff surrogate."}\n'
        b'{"id": "pair", "text": "A real pair \\ud83d\\ude00 is fine."}\n'
    ),
    "ansi-control.jsonl": lambda: _jsonl({"id": "ansi", "text": ANSI_TEXT}),
    "mixed-newlines.txt": lambda: MIXED_NEWLINES.encode(),
    "bidi-zero-width.txt": lambda: BIDI_TEXT.encode(),
    "invalid-utf8.txt": lambda: b"The council met \xff\xfe on Tuesday.\n",
    "invalid-utf8.jsonl": lambda: (
        _jsonl({"id": 1, "text": "Fine."}) + b'{"id": 2, "text": "bad \xc3\x28 byte"}\n'
    ),
    "overlong-utf8.txt": lambda: b"The council \xc0\xaf met.\n",  # an overlong '/'
    "png-header.png": _png,
    "empty.txt": lambda: b"",
    "whitespace.txt": lambda: b" \t\r\n\n  \x0c\r\n\t ",
    "utf16.txt": lambda: codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
    "utf16.jsonl": lambda: (
        codecs.BOM_UTF16_BE
        + json.dumps({"text": ARTICLE}).encode("utf-16-be")
        + "\n".encode("utf-16-be")
    ),
    "utf16-odd-length.txt": lambda: codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")[:-1],
    "script-comments.html": lambda: SCRIPT_HTML.encode(),
    "ansi-control.txt": lambda: ANSI_TEXT.encode(),
    "ansi-header.csv": _csv_escape_header,
    "cp-surrogate.xlf": lambda: (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="de" '
        'trgLang="en"><file id="f1"><unit id="u1"><segment><source>Der Rat tagte.</source>'
        '<target>The the council met. \u201cThe vote <cp hex="D800"/> was close.'
        '<cp hex="1B"/>]0;pwned<cp hex="7"/></target></segment></unit></file></xliff>\n'
    ).encode(),
    # found by fuzzing (tests/fuzz): the minimised input, then the same shape in real files
    "fuzz-pi-minimal.html": lambda: b"><?t>",
    "php-tag.html": lambda: (
        b"<!DOCTYPE html><html><body><article><p>The council met on Tuesday."
        b"<?php echo $ad; ?></p><p>The the vote was close.</p></article></body></html>\n"
    ),
    "php-tag.rss": lambda: (
        '<?xml version="1.0"?>\n'
        + _rss(
            "Council",
            "<![CDATA[<p>The council met on Tuesday.<?php echo $ad; ?></p>"
            "<p>The the vote was close.</p>]]>",
        )
        + "\n"
    ).encode(),
}
"""Committed inputs: name → bytes."""


def _deep_json() -> bytes:
    return b"[" * 100_000 + b"]" * 100_000 + b"\n"


def _deep_json_text() -> bytes:
    return b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"


def _one_mb_line() -> bytes:
    sentence = b"The council met on Tuesday and the budget was adopted after a long debate. "
    line = (sentence * (1024 * 1024 // len(sentence) + 1))[: 1024 * 1024]
    return line + b"\n"


def _capitals_line() -> bytes:
    """50,000 capitalised words in one sentence: one 'name' to the name rules."""
    letters = "abcdefghij"
    words = (
        "".join(letters[(i * 7 + k * 3) % 10] for k in range(5)).capitalize() for i in range(50_000)
    )
    return (" ".join(words) + ".\n").encode()


def _quoted_capitals_line() -> bytes:
    """40,000 short quotations of a capitalised word among capitalised words, one sentence
    (760,000 characters): the quoted-title test must not count the marks from the start
    for every candidate, nor may a name pattern look for its year to the line's end."""
    letters = "abcdefghij"
    words = [
        "".join(letters[(i * 7 + k * 3) % 10] for k in range(5)).capitalize() for i in range(3)
    ]
    return (" ".join(f'"{words[0]}" {words[1]} {words[2]}' for _ in range(40_000)) + ".\n").encode()


def _csv_big_field() -> bytes:
    field = b"The council met. " * (10 * 1024 * 1024 // 17 + 1)
    return b'id,target\n1,"' + field[: 10 * 1024 * 1024] + b'"\n2,A short row.\n'


def _deep_html(tag: str, depth: int) -> bytes:
    return (
        b"<!DOCTYPE html><html><body><article>"
        + f"<{tag}>".encode() * depth
        + b"<p>The the council met.</p>"
        + f"</{tag}>".encode() * depth
        + b"</article></body></html>\n"
    )


def _deep_feed() -> bytes:
    html = "<div>" * 100_000 + "<p>The the council met.</p>" + "</div>" * 100_000
    return ('<?xml version="1.0"?>\n' + _rss("Deep", f"<![CDATA[{html}]]>") + "\n").encode()


def _deep_xliff() -> bytes:
    target = '<g id="1">' * 100_000 + "The council met." + "</g>" * 100_000
    return ('<?xml version="1.0"?>\n' + _xliff(target) + "\n").encode()


LARGE: dict[str, Callable[[], bytes]] = {
    "deep-array.jsonl": _deep_json,
    "deep-text.jsonl": _deep_json_text,
    "one-mb-line.txt": _one_mb_line,
    "capitals-line.txt": _capitals_line,
    "quoted-capitals-line.txt": _quoted_capitals_line,
    "big-field.csv": _csv_big_field,
    "deep-div.html": lambda: _deep_html("div", 100_000),
    "deep-span.html": lambda: _deep_html("span", 100_000),
    "deep-html.rss": _deep_feed,
    "deep-inline.xlf": _deep_xliff,
}
"""Generated inputs (too large to commit): name → bytes."""


def data(name: str) -> bytes:
    """The bytes of corpus input ``name`` (committed or generated)."""
    if name in SMALL:
        return SMALL[name]()
    return LARGE[name]()


def write(name: str, directory: Path) -> Path:
    """Write corpus input ``name`` into ``directory`` and return its path."""
    path = directory / name
    path.write_bytes(data(name))
    return path


def stale() -> list[str]:
    """Committed small files that differ from (or are missing next to) this script."""
    return [
        n
        for n, make in SMALL.items()
        if not (HERE / n).is_file() or (HERE / n).read_bytes() != make()
    ]


def main(argv: list[str]) -> int:
    if argv[:1] == ["--check"]:
        names = stale()
        for name in names:
            print(f"stale: {name}", file=sys.stderr)
        return 1 if names else 0
    if argv:
        target = Path(argv[0])
        target.mkdir(parents=True, exist_ok=True)
        for name in [*SMALL, *LARGE]:
            write(name, target)
        print(f"wrote {len(SMALL) + len(LARGE)} inputs to {target}")
        return 0
    for name, make in SMALL.items():
        content = make()
        assert len(content) <= COMMIT_LIMIT, f"{name} is too large to commit"
        (HERE / name).write_bytes(content)
    print(f"wrote {len(SMALL)} inputs to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
