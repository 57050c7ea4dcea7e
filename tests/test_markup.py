"""The mojibake detector's character class."""

from __future__ import annotations

import regex

from tqcheck.detectors import markup

# Every code point except the surrogates, which a str from decoded text cannot hold.
_ALL = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_the_ascii_first_class_matches_what_the_plain_class_matches() -> None:
    plain = regex.compile(markup._SUSPECT_SET)
    assert markup._SUSPECT.findall(_ALL) == plain.findall(_ALL)
