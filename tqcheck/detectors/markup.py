"""Web residue in the text: mojibake and HTML entities.

Mojibake (``Ã©`` for ``é``, ``â€™`` for ``’``) is text decoded with the wrong encoding
somewhere in the scrape → translate → publish chain. ftfy knows those mistakes exactly, so
it both finds them and proposes the repair. HTML entities (``&amp;``, ``&#8217;``) are
unescaped with the standard library for the same reason.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from typing import Any

import ftfy
import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.model import Edit, Fix

# Characters that start or make up most UTF-8-read-as-Latin-1/Windows-1252 sequences.
# None is ASCII: the class rejects ASCII first (set intersection, regex version 1), which
# makes it several times faster to search.
_SUSPECT_SET = r"[ÃÂâÅÄÐÑØÙ€™œžŸ¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿\x80-\x9f]"
_SUSPECT = regex.compile(rf"(?V1)[[^\x00-\x7f]&&{_SUSPECT_SET}]")
_TOKEN = regex.compile(r"\S+")
_TOKEN_AT = regex.compile(r"(?r)\S+")  # searched backwards: the token ending at a point
# A Latin-1 symbol (U+00A0-U+00BF) is two bytes in UTF-8, the first read as "Â": "Â¥4,215"
# is "¥4,215"; so are letters such as "å" (C3 A5, read "Ã¥": "MÃ¥rtensson") and "ı" (C4 B1,
# "Ä±"). ftfy leaves a few such pairs alone, but no lead letter of these stands before a
# Latin-1 symbol in text.
_LATIN1_PAIR = regex.compile(r"[ÂÃÄÅ][\u00a0-\u00bf]")
# "Å" is C3 85 in UTF-8, and Windows-1252 reads 85 as "…": "Ã…lesund" is "Ålesund"; "Ō"
# (C5 8C) and "ć" (C4 87) come out as "ÅŒ" and "Ä‡". ftfy leaves such a lead letter and
# the punctuation Windows-1252 gives bytes 80-9F alone, but no word goes on right after
# such a pair.
_CP1252_PAIR = regex.compile(r"[ÃÄÅ][€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ](?=\p{L})")
_ENTITY = regex.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});")


@detector("mojibake")
def mojibake(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    text = ctx.text
    if not _SUSPECT.search(text):
        return
    for passage in ctx.passages:
        pos = passage.start
        # From one suspect character to the next, each time the token around it.
        while (suspect := _SUSPECT.search(text, pos, passage.end)) is not None:
            pos = suspect.end()
            if text[suspect.start()].isspace():
                continue  # U+0085 is a line break
            before = _TOKEN_AT.search(text, passage.start, suspect.end())
            after = _TOKEN.match(text, suspect.start(), passage.end)
            assert before is not None and after is not None  # the character is no space
            start, end = before.start(), after.end()
            if text[end - 1] in "ÃÂ" and text.startswith("\xa0", end) and end < passage.end:
                # "à" and the no-break space are C3 A0 and C2 A0 in UTF-8, and A0 read as
                # Windows-1252 is a no-break space, which ends a token: "Coire BÃ\xa0n".
                rest = _TOKEN.match(text, end + 1, passage.end)
                end = rest.end() if rest else end + 1
            pos = end
            token = text[start:end]
            fixed = _fix_encoding(token)
            if fixed == token:
                fixed = _LATIN1_PAIR.sub(_read_as_utf8, token)
                fixed = _CP1252_PAIR.sub(_read_as_utf8, fixed)
            if fixed != token:
                yield Hit(
                    start,
                    end,
                    message=f"Garbled characters (mojibake): “{token}” should read “{fixed}”.",
                    fix=Fix((Edit(start, end, fixed),), safe=False),
                )


def _read_as_utf8(m: regex.Match[str]) -> str:
    """The two characters' Windows-1252 bytes read as the UTF-8 they were (the Latin-1
    symbols, U+00A0-U+00BF, are the same bytes in both)."""
    return m.group().encode("cp1252").decode("utf-8")


# Mac OS Roman, the encoding of the classic Mac, has all but left the web; its reading of
# a guillemet and an umlaut is a German quotation ("»über" would be "ȟber").
_EXTINCT_ENCODINGS = frozenset({"macroman"})


def _fix_encoding(token: str) -> str:
    """ftfy's repair of ``token``, unless it undoes an encoding no longer in use."""
    fixed, steps = ftfy.fix_encoding_and_explain(token)
    if any(action == "encode" and name in _EXTINCT_ENCODINGS for action, name in steps):
        return token
    return fixed


@detector("html-entity")
def html_entity(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    for m in _ENTITY.finditer(ctx.text):
        plain = html.unescape(m.group())
        if plain == m.group():
            continue  # not an entity HTML knows
        yield Hit(
            m.start(),
            m.end(),
            message=f"HTML entity left in the text: “{m.group()}” should read “{plain}”.",
            fix=Fix((Edit(m.start(), m.end(), plain),), safe=True),
        )
