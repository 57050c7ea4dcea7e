"""One name spelled two ways in the same document.

MT systems and agencies romanise and hyphenate names inconsistently
(``Kim Jong-un`` / ``Kim Jong Un``, ``Zelenskiy`` / ``Zelenskyy`` aside). Capitalised
word sequences are normalised (case, diacritics, hyphens, spaces and apostrophes removed);
when one normalised name appears under two or more spellings, the rarer spellings are
flagged and the document's most frequent one is suggested.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.languages import Language, language_section

_TOKEN = r"\p{Lu}[\p{L}\p{M}]*(?:[\-‐][\p{L}\p{M}]+)*"
_NAME = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}\-‐.])(?:{_TOKEN})(?:[^\S\n]+(?:{_TOKEN}))*(?![\p{{L}}\p{{M}}\-‐])"
)


_WORD = regex.compile(r"[^\s]+")
_LEADING_WORD = regex.compile(r"(\p{L}+)[^\S\n]+")


# Letters that do not decompose into a base letter and a diacritic, as they are written
# without it ("Kjærholm" / "Kjaerholm", "Søren" / "Soren", "Łódź" / "Lodz").
_TRANSLITERATION = str.maketrans(
    {"æ": "ae", "ø": "o", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th"}
)


@functools.lru_cache(maxsize=65536)
def _key(surface: str) -> str:
    """The normalised form of a name (names recur across a feed's documents)."""
    decomposed = unicodedata.normalize("NFKD", surface.casefold().translate(_TRANSLITERATION))
    return "".join(filter(str.isalnum, decomposed))


def _strip_leading_openers(ctx: CheckContext, start: int, end: int) -> int:
    """Drop sentence-initial function words and titles: "The Kim regime" names "Kim",
    "Mr Ellery Pryce" (British style, no full stop) names "Ellery Pryce"."""
    text = ctx.text
    titles = _titles(ctx.language)
    while True:
        m = _LEADING_WORD.match(text, start, end)
        if not m or not (m.group(1) in titles or m.group(1).lower() in ctx.language.openers):
            return start
        start = m.end()


@functools.lru_cache(maxsize=16)
def _joined_to_name(lang: Language) -> regex.Pattern[str]:
    """A name particle between this name and another capitalised word ("del Perú")."""
    particles = "|".join(
        regex.escape(p) for p in language_section(lang, "boundaries").get("name_particles", [])
    )
    if not particles:
        return regex.compile(r"(?!)")
    return regex.compile(
        rf"(?:\p{{Lu}}\p{{L}}*\.?[^\S\n]+(?:{particles})[^\S\n]+\Z)"  # "Geofísico del ", "Ms. de "
        rf"|(?:[^\S\n]+(?:{particles})[^\S\n]+\p{{Lu}})"  # after: " de Productores"
    )


@functools.lru_cache(maxsize=16)
def _titles(lang: Language) -> frozenset[str]:
    """Titles before names ("Mr", "Dr"), from the language's ``[boundaries]`` data."""
    return frozenset(language_section(lang, "boundaries").get("name_titles", []))


@detector("name-variants", min_length=4)
def name_variants(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    spans_by_key: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    text = ctx.text
    joined = _joined_to_name(ctx.language)
    free: set[str] = set()  # spellings used at least once outside a particle-joined name
    for passage in ctx.passages:
        for m in _NAME.finditer(text, passage.start, passage.end):
            is_joined = bool(
                joined.search(text, max(0, m.start() - 40), m.start())
                or joined.match(text, m.end())
            )
            parts = [m.span()]
            # A name of one word (most are) has no opener to drop and no words to add.
            if len(m.group().split()) > 1:
                start = _strip_leading_openers(ctx, m.start(), m.end())
                # The whole name, and each of its words: "Erdoğan" alone matches the
                # surname of "Recep Tayyip Erdoğan".
                parts = [(start, m.end())]
                words = list(_WORD.finditer(text, start, m.end()))
                if len(words) > 1:
                    parts.extend(w.span() for w in words)
            for s, e in parts:
                surface = text[s:e]
                key = _key(surface)
                if len(key) < options["min_length"] or surface.isupper():
                    continue
                if not _syllables(surface):
                    spans_by_key[key][surface].append((s, e))
                    if not is_joined:
                        free.add(surface)
    # Vowels the language changes to inflect a word (German "Schaden", plural "Schäden"):
    # such a pair is one word, not a name spelled two ways.
    inflection = {
        changed: plain
        for plain, changed in language_section(ctx.language, "names").get("inflection_vowels", [])
    }
    for surfaces in spans_by_key.values():
        # A word of another language's name joined by its particles keeps that language's
        # spelling beside the English one ("Instituto Geofísico del Perú" / "Peru",
        # "Secretaría de Industria y Comercio" / "Indústria"): only free spellings compete.
        if any(s in free for s in surfaces):
            surfaces = {s: spans for s, spans in surfaces.items() if s in free}
        if len(surfaces) < 2:
            continue
        preferred = max(surfaces, key=lambda s: (len(surfaces[s]), -surfaces[s][0][0]))
        for surface, spans in surfaces.items():
            if surface == preferred or _same_word(surface, preferred, inflection):
                continue
            for start, end in spans:
                yield Hit(
                    start,
                    end,
                    message=f"“{surface}” is spelled “{preferred}” elsewhere in this document.",
                    suggestion=f"Use one spelling: “{preferred}”.",
                )


_HYPHEN = regex.compile(r"[\-‐]")


def _syllables(surface: str) -> bool:
    """A name spelled out in syllables ("chanting “Ma-ri-a-na!”"), not another spelling."""
    parts = _HYPHEN.split(surface)
    return len(parts) >= 3 and all(len(part) <= 3 for part in parts)


def _same_word(a: str, b: str, inflection: Mapping[str, str]) -> bool:
    """Do ``a`` and ``b`` differ only in vowels the language changes to inflect a word?"""
    if not inflection or len(a) != len(b):
        return False
    plain_a = "".join(inflection.get(ch, ch) for ch in a)
    return plain_a == "".join(inflection.get(ch, ch) for ch in b)
