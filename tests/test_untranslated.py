"""The untranslated-text detector's character classes."""

from __future__ import annotations

import pytest
import regex

from tqcheck.detectors import untranslated

# Every code point except the surrogates, which a str from decoded text cannot hold.
_ALL = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def _matched(pattern: regex.Pattern[str]) -> list[str]:
    return pattern.findall(_ALL)


@pytest.mark.parametrize("code", sorted(untranslated._FOREIGN_LETTER_SETS))
def test_ascii_first_classes_match_what_the_plain_classes_match(code: str) -> None:
    letters = f"[{untranslated._FOREIGN_LETTER_SETS[code]}]"
    script = untranslated._OTHER_SCRIPT_SET
    assert _matched(untranslated._FOREIGN_LETTERS[code]) == _matched(regex.compile(letters))
    assert _matched(untranslated._SUSPICIOUS[code]) == _matched(
        regex.compile(f"{letters}|{script}")
    )
    assert _matched(untranslated._OTHER_SCRIPT) == _matched(regex.compile(script))
