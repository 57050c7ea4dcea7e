"""Scraped page furniture: picture credits and teaser, navigation and advertising lines.

Credits (``© Name / dpa``, ``Photo: AFP``, ``Name/Getty Images``, ``(Photo Name)``) are
found with the language's caption labels and the shared list of agencies and picture
services (``rules/languages/common.toml``), so one detector serves every language. A language may
also list, in its ``[boilerplate]`` data, caption labels that precede an agency without a
colon (French ``Photo AFP``), and the teaser and navigation lines of its news sites
(``lines``, ``teasers``) for the ``teaser`` detector.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.languages import Language, language_section, name_particles
from tqcheck.model import Edit, Fix, PassageKind


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _credit_labels(lang: Language) -> str:
    """The caption labels of picture credits: not those of data sources ("Source:")."""
    sources = set(language_section(lang, "boilerplate").get("source_labels", []))
    return _alternation(tuple(label for label in lang.caption_labels if label not in sources))


@functools.lru_cache(maxsize=16)
def _credit_pattern(lang: Language) -> regex.Pattern[str]:
    agencies = _alternation(lang.agencies)
    labels = _credit_labels(lang)
    name = r"[\p{L}\p{M}.'’\-]+(?:[^\S\n]+[\p{L}\p{M}.'’\-]+){0,4}"
    bare = _alternation(tuple(language_section(lang, "boilerplate").get("bare_credit_labels", [])))
    # a name's particles may stand between its capitalised words ("Les Films du Large")
    particles = _alternation(tuple(name_particles(lang)))
    gap = rf"(?:[^\S\n]+(?:{particles}))*(?:[^\S\n]+|(?<=['’]))" if particles else r"[^\S\n]+"
    person = rf"\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*(?:{gap}\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*){{0,3}}"
    # Photo AFP, (Photo Reuters): a label and an agency, without a colon; after a finished
    # sentence, at the end of a caption, a label and a name ("… (Creuse). Photo Élodie
    # Granger", "Croquis d’audience Benoît Lhermitte", "Photo DDM, Sébastien Vidal",
    # "… de Clémence Varenne. Photo Les Films du Large")
    bare_credit = (
        rf"|(?<![\p{{L}}\p{{M}}])(?:{bare})[^\S\n]+(?:{agencies})(?![\p{{L}}\p{{M}}])"
        rf"(?:[^\S\n]*/[^\S\n]*(?:{agencies}|{name}))*(?=\)?[^\S\n]*$)"
        rf"|(?<=[.!?»”)][^\S\n]+)(?:{bare})[^\S\n]+{person}"
        rf"(?:[^\S\n]*[/,][^\S\n]*{name})*"
        # "… Photo by Lena Marsh for the Courier]": the publication it was taken for
        rf"(?:[^\S\n]+\p{{Ll}}+(?:[^\S\n]+\p{{Ll}}+)?[^\S\n]+{person})?(?=[)\]]?[^\S\n]*$)"
        if bare
        else ""
    )
    return regex.compile(
        # © Name / agency, © agency, (c) Name (not the item "(c)" of "Article 5(1)(c).")
        rf"(?<![\p{{L}}\p{{M}}\p{{N}})])(?:©|\(c\)|\(C\))[^\S\n]*(?=\p{{L}}){name}(?:[^\S\n]*/[^\S\n]*(?:{agencies}|{name}))*"
        # Photo: Name / agency ; Image credit: agency
        rf"|\b(?:{labels})[^\S\n]*:[^\S\n]*{name}(?:[^\S\n]*/[^\S\n]*(?:{agencies}|{name}))*(?=[^\S\n]*$)"
        # Name / agency at the end of a caption
        rf"|(?<![\p{{L}}\p{{M}}])(?:\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]*[^\S\n]+){{0,3}}\p{{Lu}}?[\p{{L}}\p{{M}}.'’\-]*"
        rf"[^\S\n]*/[^\S\n]*(?:{agencies})(?![\p{{L}}\p{{M}}])(?=[^\S\n]*$)"
        # (Photo Élodie Carrère), (Photo: Name / agency): a label and a name in brackets
        # closing a caption
        rf"|\((?:{labels}{'|' + bare if bare else ''})[^\S\n]*:?[^\S\n]*{name}"
        rf"(?:[^\S\n]*/[^\S\n]*(?:{agencies}|{name}))*\)(?=[^\S\n]*$)"
        # "… in Tokyo on Monday. | KYODO": a bar and the agency or photographer
        rf"|(?<=[.!?][^\S\n]*)\|[^\S\n]*{person}(?:[^\S\n]*/[^\S\n]*{name})*(?=[^\S\n]*$)"
        + bare_credit,
        regex.MULTILINE,
    )


def ends_with_credit(text: str, start: int, end: int, lang: Language) -> bool:
    """Does ``text[start:end]`` end with a picture credit (a caption's last words)?"""
    last = text.rfind("\n", start, end) + 1 or start
    stop = end  # a bracket around the caption may close after it: "[Photo caption: … ]"
    while stop > last and text[stop - 1] in ")] \t":
        stop -= 1
    return any(m.end() >= stop for m in _credit_pattern(lang).finditer(text, last, end))


@functools.lru_cache(maxsize=16)
def _credit_cue(lang: Language) -> regex.Pattern[str]:
    """A cheap test for the literal cues every credit has (©, a label, "/ agency")."""
    labels = _credit_labels(lang)
    bare = _alternation(tuple(language_section(lang, "boilerplate").get("bare_credit_labels", [])))
    agencies = _alternation(lang.agencies)
    cues = [r"©|\([cC]\)|[.!?][^\S\n]*\|", rf"\b(?:{labels})\b", rf"/[^\S\n]*(?:{agencies})"]
    if bare:
        cues.append(rf"\b(?:{bare})\b")
    return regex.compile("|".join(cues))


@detector("credit")
def credits(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    pattern = _credit_pattern(ctx.language)
    cue = _credit_cue(ctx.language)
    for passage in ctx.passages:
        chunk = ctx.text[passage.start : passage.end]
        if not cue.search(chunk):
            continue
        for m in pattern.finditer(chunk):
            start, end = m.span()
            while end > start and chunk[end - 1].isspace():
                end -= 1
            if end <= start:
                continue
            # The fix deletes the credit and the space before it; a caption keeps its text.
            cut = start
            while cut > 0 and chunk[cut - 1] in " \t":
                cut -= 1
            safe = passage.kind in (PassageKind.CAPTION, PassageKind.META)
            edit = Edit(passage.start + cut, passage.start + end, "")
            yield Hit(passage.start + start, passage.start + end, fix=Fix((edit,), safe=safe))


@functools.lru_cache(maxsize=16)
def _teaser_pattern(lang: Language) -> regex.Pattern[str] | None:
    data = language_section(lang, "boilerplate")
    lines = _alternation(tuple(data.get("lines", [])))
    teasers = _alternation(tuple(data.get("teasers", [])))
    parts = []
    if lines:
        # the whole line: "Anzeige", "Weiterlesen »"
        parts.append(rf"^(?:{lines})[^\S\n]*[:»›>…]?[^\S\n]*$")
    if teasers:
        # a label at the start of a line or after a sentence, then a colon, », ›, > or |
        parts.append(rf"(?:^|(?<=[.!?][^\S\n]))(?:{teasers})(?:[^\S\n]*[:»›>|][^\n]*|[^\S\n]*$)")
    return regex.compile("|".join(parts), regex.MULTILINE) if parts else None


@detector("teaser")
def teasers(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Teaser, navigation and advertising lines from the language's boilerplate vocabulary."""
    pattern = _teaser_pattern(ctx.language)
    if pattern is None:
        return
    for passage in ctx.passages:
        for m in pattern.finditer(ctx.text, passage.start, passage.end):
            start, end = m.span()
            while end > start and ctx.text[end - 1].isspace():
                end -= 1
            if end > start:
                yield Hit(start, end)
