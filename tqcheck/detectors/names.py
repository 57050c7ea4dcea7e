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
from collections.abc import Iterator, Mapping
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.detectors.nearby_words import word_before
from tqcheck.languages import language_section, name_particles, name_titles
from tqcheck.model import PassageKind

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
def _key(surface: str, distinct: str = "") -> str:
    """The normalised form of a name (names recur across a feed's documents); letters in
    ``distinct`` keep their own spelling (German "Maße" and "Masse" are two words)."""
    for letter in distinct:  # before case folding, which turns "ß" into "ss"
        surface = surface.replace(letter, f"\0{ord(letter)}\0")
    decomposed = unicodedata.normalize("NFKD", surface.casefold().translate(_TRANSLITERATION))
    return "".join(c for c in decomposed if c.isalnum() or c == "\0")


def _strip_leading_openers(ctx: CheckContext, start: int, end: int) -> int:
    """Drop sentence-initial function words and titles: "The Kim regime" names "Kim",
    "Mr Ellery Pryce" (British style, no full stop) names "Ellery Pryce"."""
    text = ctx.text
    titles = name_titles(ctx.language)
    while True:
        m = _LEADING_WORD.match(text, start, end)
        if not m or not (m.group(1) in titles or m.group(1).lower() in ctx.language.openers):
            return start
        start = m.end()


def _joined(text: str, start: int, end: int, particles: frozenset[str]) -> bool:
    """Is the name at ``text[start:end]`` joined to another capitalised word by a particle
    ("Geofísico del Perú", "Ms. de Groot", "Unión de Productores")? Plain string work: this
    runs for every name of every document."""
    before = text[max(0, start - _JOIN_WINDOW) : start].split()
    if len(before) >= 2 and before[-1] in particles and before[-2][:1].isupper():
        return True
    after = text[end : end + _JOIN_WINDOW].split(maxsplit=2)
    return len(after) >= 2 and after[0] in particles and after[1][:1].isupper()


# How many words a name that ends a longer one may have ("Tan Kian-heng" in "National
# Development Minister Tan Kian-heng"); a bound, so a line of capitals stays linear.
_SUFFIX_WORDS = 5
# How far around a name the particle and the other capitalised word are looked for.
_JOIN_WINDOW = 40


@detector("name-variants", min_length=4)
def name_variants(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    found: dict[str, list[tuple[int, int]]] = {}  # spans of each normalised name
    text = ctx.text
    distinct = "".join(language_section(ctx.language, "names").get("distinct_letters", []))
    owner: dict[tuple[int, int], tuple[int, int]] = {}  # a spelling's span -> its name's
    prefixes: set[tuple[int, int]] = set()  # spans that only start a longer name
    wholes: set[tuple[int, int]] = set()  # spans of whole names (after their titles)
    for passage in ctx.passages:
        for m in _NAME.finditer(text, passage.start, passage.end):
            parts = [m.span()]
            # A name of one word (most are) has no opener to drop and no words to add.
            if len(m.group().split()) > 1:
                start = _strip_leading_openers(ctx, m.start(), m.end())
                # The whole name, each of its words ("Erdoğan" alone matches the surname of
                # "Recep Tayyip Erdoğan") and the names it ends with, after a title:
                # "National Development Minister Tan Kian-heng" holds "Tan Kian-heng".
                parts = [(start, m.end())]
                words = list(_WORD.finditer(text, start, m.end()))
                # Without the letters of an office after it: "Pádraig Ó Conaill TD" holds
                # "Ó Conaill" ("Mr O Conaill" elsewhere).
                while len(words) > 2 and _is_acronym(words[-1].group()):
                    words.pop()
                    parts.append((start, words[-1].end()))
                if len(words) > 1:
                    parts.extend(w.span() for w in words)
                    # (names are short: only the last few words start one)
                    # Not after an acronym, though: "HSE Mid West" is an agency's name,
                    # and "the Mid-West" the region's spelling, not another of the agency's.
                    tail = range(max(1, len(words) - _SUFFIX_WORDS), len(words) - 1)
                    parts.extend(
                        (words[i].start(), words[-1].end())
                        for i in tail
                        if not _is_acronym(words[i - 1].group())
                    )
                    # and the names it starts with: "Rietvlei Oos Ratepayers' Association"
                    # holds "Rietvlei Oos" (elsewhere "Rietvlei-Oos").
                    head = [(start, w.end()) for w in words[1 : min(len(words) - 1, _SUFFIX_WORDS)]]
                    parts.extend(head)
                    prefixes.update(head)
            wholes.add(parts[0])
            for s, e in parts:
                found.setdefault(_key(text[s:e], distinct), []).append((s, e))
                owner[(s, e)] = m.span()
    # Most names have one spelling: only keys with more are filtered spelling by spelling.
    spans_by_key: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for key, spans in found.items():
        if len(key) < options["min_length"] or len({text[s:e] for s, e in spans}) < 2:
            continue
        for s, e in spans:
            surface = text[s:e]
            if _single_acronym(surface) or _common_compound(surface, ctx.language.common_words):
                continue  # "Small-scale miners …" and "the Small-Scale Miners' Federation"
            if not (_syllables(surface) or _chanted(text, e, surface)):
                spans_by_key.setdefault(key, {}).setdefault(surface, []).append((s, e))
    # Vowels the language changes to inflect a word (German "Schaden", plural "Schäden"):
    # such a pair is one word, not a name spelled two ways.
    inflection = {
        changed: plain
        for plain, changed in language_section(ctx.language, "names").get("inflection_vowels", [])
    }
    particles = name_particles(ctx.language)
    dedicated = frozenset(language_section(ctx.language, "names").get("dedication_nouns", []))
    hits: list[Hit] = []
    for surfaces in spans_by_key.values():
        if len(surfaces) < 2:
            continue  # most names: one spelling
        # A word of another language's name joined by its particles keeps that language's
        # spelling beside the English one ("Instituto Geofísico del Perú" / "Peru",
        # "Secretaría de Industria y Comercio" / "Indústria"): only spellings used at least
        # once outside such a name compete.
        free = {
            surface: spans
            for surface, spans in surfaces.items()
            if any(not _joined(text, *owner[span], particles) for span in spans)
        }
        if free:
            surfaces = free
            if len(surfaces) < 2:
                continue
        if _inner_words(surfaces, wholes, owner):
            continue  # "die Crédit Maritime" and "Continental Credit Ratings": two names
        # The most frequent spelling is the document's own; on a tie, the first one used.
        preferred = max(surfaces, key=lambda s: (len(surfaces[s]), -surfaces[s][0][0]))
        for surface, spans in surfaces.items():
            if surface == preferred or _same_word(surface, preferred, inflection):
                continue
            if ctx.language.capitalises_nouns and _compound_hyphen(surface, preferred):
                continue  # "Leichtathletik-Verband" (DLV) and "Leichtathletikverband"
            if _headline_case(ctx, surface, preferred, spans, surfaces[preferred]):
                continue  # "Long-Dated Treasuries Slump …" above "Long-dated Treasuries fell"
            if surface.isupper() != preferred.isupper():
                continue  # a name in capitals beside its own spelling: "NEW YORK", "New York"
            if _dedication(text, (surface, spans), (preferred, surfaces[preferred]), dedicated):
                continue  # "le musée Émile-Delorme", named after "Émile Delorme"
            head = prefixes.issuperset(spans) or prefixes.issuperset(surfaces[preferred])
            if head and _compound_and_title(surface, preferred):
                continue  # "French Language Minister X" and "a French-language exam"
            for start, end in spans:
                hits.append(
                    Hit(
                        start,
                        end,
                        message=f"“{surface}” is spelled “{preferred}” elsewhere in this document.",
                        suggestion=f"Use one spelling: “{preferred}”.",
                    )
                )
    # A name and the shorter name it ends with ("Tan Kian Heng", "Kian Heng") are one
    # finding: the longest.
    hits.sort(key=lambda h: (h.start, -h.end))
    last_end = -1
    for hit in hits:
        if hit.end > last_end:
            yield hit
            last_end = hit.end


_HYPHEN = regex.compile(r"[\-‐]")


def _compound_hyphen(a: str, b: str) -> bool:
    """Is one word the other with a hyphen between its parts ("Leichtathletik-Verband",
    "Leichtathletikverband")? Where every noun is capitalised, a compound may be written
    either way."""
    if any(ch.isspace() for ch in a + b) or ("-" in a) == ("-" in b):
        return False
    return a.replace("-", "").lower() == b.replace("-", "").lower()


def _common_compound(surface: str, common: frozenset[str]) -> bool:
    """Is ``surface`` one word of ordinary words joined by hyphens ("Small-scale" opening a
    sentence, "Small-Scale" in a title-case name)? Its capitals are the position's, not a
    name's spelling."""
    parts = _HYPHEN.split(surface)
    return len(parts) > 1 and " " not in surface and all(p.lower() in common for p in parts)


def _single_acronym(surface: str) -> bool:
    """Is ``surface`` one word in capitals ("NATO", "US")? Its spellings are case styles;
    a name of several words in capitals may be spelled two ways ("CLARION-AD" and "CLARION
    AD", a trial's name)."""
    return surface.isupper() and not any(ch in surface for ch in " -‐")


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _chanted(text: str, end: int, surface: str) -> bool:
    """A name split into syllables and shouted ("chants of “Ken-ji! Ken-ji!”"): a chant,
    not another spelling, however few its syllables."""
    return text.startswith("!", end) and ("-" in surface or "‐" in surface)


def _syllables(surface: str) -> bool:
    """A name spelled out in syllables ("chanting “Ma-ri-a-na!”"), not another spelling."""
    if "-" not in surface and "‐" not in surface:
        return False
    parts = _HYPHEN.split(surface)
    return len(parts) >= 3 and all(len(part) <= 3 for part in parts)


def _inner_words(
    surfaces: Mapping[str, list[tuple[int, int]]],
    wholes: set[tuple[int, int]],
    owner: Mapping[tuple[int, int], tuple[int, int]],
) -> bool:
    """Are the spellings only ever words inside longer names, one of them never a name's
    last word ("Crédit" of "Crédit Maritime", "Credit" of "Continental Credit Ratings")?
    Then they are words of two names. (A surname ends its names: "Justice Elena
    Vásquez-Moreno" and "Justice Vasquez-Moreno" are one person spelled two ways.)"""
    if not wholes.isdisjoint(span for spans in surfaces.values() for span in spans):
        return False
    return any(all(end != owner[(s, end)][1] for s, end in spans) for spans in surfaces.values())


def _headline_case(
    ctx: CheckContext,
    a: str,
    b: str,
    spans_a: list[tuple[int, int]],
    spans_b: list[tuple[int, int]],
) -> bool:
    """Do ``a`` and ``b`` differ only in capitals, one of them only ever in headings? A
    headline's title case is its style, not a second spelling."""
    if a.lower() != b.lower():
        return False

    def in_headings(spans: list[tuple[int, int]]) -> bool:
        kinds = (ctx.passages[ctx.passage_at(start)].kind for start, _ in spans)
        return all(kind is PassageKind.HEADING for kind in kinds)

    return in_headings(spans_a) or in_headings(spans_b)


def _dedication(
    text: str,
    a: tuple[str, list[tuple[int, int]]],
    b: tuple[str, list[tuple[int, int]]],
    nouns: frozenset[str],
) -> bool:
    """Is one spelling the other's names joined by hyphens, always after a noun that French
    names a place after a person with ("le musée Émile-Delorme", "rue Victor-Hugo")?"""
    if not nouns:
        return False
    for (hyphenated, spans), (spaced, _) in ((a, b), (b, a)):
        # (every part hyphenated, "Charles-de-Gaulle"; "Jean-Pierre Martin" is a first name)
        if "-" in hyphenated and " " not in hyphenated and hyphenated.replace("-", " ") == spaced:
            return all(word_before(text, start).lower() in nouns for start, _ in spans)
    return False


def _compound_and_title(a: str, b: str) -> bool:
    """Is one a hyphenated compound and the other the same words in title case ("a
    French-language exam", "French Language Minister")? At the start of a longer name two
    uses, not two spellings: such a name keeps its capitals ("Rietvlei Oos Ratepayers'
    Association", "Rietvlei-Oos")."""
    words_a, words_b = _HYPHEN_OR_SPACE.split(a), _HYPHEN_OR_SPACE.split(b)
    if len(words_a) != len(words_b) or len(words_a) < 2:
        return False
    return any(x[:1].isupper() != y[:1].isupper() for x, y in zip(words_a, words_b, strict=True))


_HYPHEN_OR_SPACE = regex.compile(r"[\-‐\s]+")


def _same_word(a: str, b: str, inflection: Mapping[str, str]) -> bool:
    """Do ``a`` and ``b`` differ only in vowels the language changes to inflect a word?"""
    if not inflection or len(a) != len(b):
        return False
    plain_a = "".join(inflection.get(ch, ch) for ch in a)
    return plain_a == "".join(inflection.get(ch, ch) for ch in b)
