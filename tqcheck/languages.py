"""Language data: what segmentation and the shared detectors know about a language.

Each language brings a TOML file in ``rules/languages/`` (abbreviations, quotation marks,
sentence openers, boilerplate vocabulary) so detectors stay language-neutral code and a new
language is data. A language without a file gets neutral defaults.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from tqcheck._toml import load_toml
from tqcheck.resources import rules_dir


@dataclass(frozen=True)
class QuoteStyle:
    pairs: tuple[tuple[str, str], ...] = (("“", "”"),)
    straight: tuple[str, ...] = ('"',)
    continued_paragraph_quotes: bool = True
    # A quote goes on into the next paragraph without its opening mark there (German).
    unmarked_continuation: bool = False
    # Marks that open a paragraph continuing the quote before it without opening or closing
    # one (French "»" at the start of each further paragraph of a quotation).
    continuation_marks: tuple[str, ...] = ()

    @property
    def openers(self) -> frozenset[str]:
        return frozenset(o for o, _ in self.pairs)

    @property
    def closers(self) -> frozenset[str]:
        return frozenset(c for _, c in self.pairs)


@dataclass(frozen=True, eq=False)
class Language:
    code: str
    name: str = ""
    abbreviations: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()
    common_words: frozenset[str] = frozenset()
    name_contexts: frozenset[str] = frozenset()
    calendar_words: frozenset[str] = frozenset()
    quotes: QuoteStyle = field(default_factory=QuoteStyle)
    no_space_before: tuple[str, ...] = (",", ".", ";", ":", "!", "?")
    capitalises_nouns: bool = False
    byline_prefixes: tuple[str, ...] = ()
    # Prepositions before a byline's place ("From: Sofia Berg in Stockholm").
    byline_place_words: tuple[str, ...] = ()
    breadcrumb_words: tuple[str, ...] = ()
    nav_words: tuple[str, ...] = ()
    meta_words: tuple[str, ...] = ()
    caption_labels: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()

    @functools.cached_property
    def lexicon(self) -> frozenset[str]:
        """Every word this language's data knows as an ordinary (non-name) word."""
        return self.common_words | self.openers


def _word_file(directory: Path, name: str | None) -> frozenset[str]:
    if not name:
        return frozenset()
    lines = (directory / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def available_languages() -> list[str]:
    directory = rules_dir() / "languages"
    return sorted(p.stem for p in directory.glob("*.toml") if p.stem != "common")


@functools.lru_cache(maxsize=32)
def get_language(code: str) -> Language:
    """Return the language data for ``code`` (``en``, ``de-DE`` → ``de``), cached per process."""
    directory = rules_dir() / "languages"
    base = code.split("-")[0].split("_")[0].lower() or "en"
    common = load_toml(directory / "common.toml")
    path = directory / f"{base}.toml"
    data = load_toml(path) if path.exists() else {"code": base}
    quotes = data.get("quotes", {})
    passages = data.get("passages", {})
    spacing = data.get("spacing", {})
    return Language(
        code=base,
        name=data.get("name", base),
        abbreviations=frozenset(data.get("abbreviations", [])),
        openers=_word_file(directory, data.get("openers_file")),
        common_words=_word_file(directory, data.get("common_words_file")),
        name_contexts=frozenset(data.get("name_contexts", [])),
        calendar_words=frozenset(data.get("calendar_words", [])),
        quotes=QuoteStyle(
            pairs=tuple(tuple(p) for p in quotes.get("pairs", [["“", "”"]])),  # type: ignore[misc]
            straight=tuple(quotes.get("straight", ['"'])),
            continued_paragraph_quotes=quotes.get("continued_paragraph_quotes", True),
            unmarked_continuation=quotes.get("unmarked_continuation", False),
            continuation_marks=tuple(quotes.get("continuation_marks", [])),
        ),
        no_space_before=tuple(spacing.get("no_space_before", [",", ".", ";", ":", "!", "?"])),
        capitalises_nouns=data.get("capitalises_nouns", False),
        byline_prefixes=tuple(passages.get("byline_prefixes", [])),
        byline_place_words=tuple(passages.get("byline_place_words", [])),
        breadcrumb_words=tuple(passages.get("breadcrumb_words", [])),
        nav_words=tuple(passages.get("nav_words", [])),
        meta_words=tuple(passages.get("meta_words", [])),
        caption_labels=tuple(passages.get("caption_labels", [])),
        agencies=tuple(common.get("agencies", [])),
    )


@functools.lru_cache(maxsize=32)
def _language_file(code: str) -> dict[str, Any]:
    path = rules_dir() / "languages" / f"{code}.toml"
    return load_toml(path) if path.exists() else {}


def language_section(lang: Language, section: str) -> dict[str, Any]:
    """A table of the language's data file beyond what :class:`Language` models.

    Segmentation and the shared detectors read their own tables from
    ``rules/languages/<code>.toml`` (``[segmentation]``, ``[boundaries]``,
    ``[boilerplate]``, extra ``[quotes]`` keys), so a language brings these facts as data.
    A language without the table gets ``{}`` and the language-neutral behaviour.
    """
    value = _language_file(lang.code).get(section, {})
    return value if isinstance(value, dict) else {}


def lowercase_set(data: dict[str, Any], key: str) -> frozenset[str]:
    """The list ``data[key]`` of a language table as a set of lower-case words."""
    return frozenset(w.lower() for w in data.get(key, []))


@functools.lru_cache(maxsize=16)
def name_titles(lang: Language) -> frozenset[str]:
    """Titles before names ("Mr", "Dr"), from ``[boundaries] name_titles``."""
    return frozenset(language_section(lang, "boundaries").get("name_titles", []))


@functools.lru_cache(maxsize=16)
def name_particles(lang: Language) -> frozenset[str]:
    """Particles of names ("van", "de", "del", "y"), from ``[boundaries] name_particles``."""
    return frozenset(language_section(lang, "boundaries").get("name_particles", []))


_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’.\-]*"


@functools.lru_cache(maxsize=16)
def attribution_pattern(lang: Language) -> regex.Pattern[str] | None:
    """A comma, a speaker and a verb of saying that end a text (", Nesbitt said.", ", said
    Dr Ridge.", ", sagte er."), from ``[quotes] attribution_verbs`` and ``_pronouns``; None
    for a language without them."""
    data = language_section(lang, "quotes")
    verbs = "|".join(regex.escape(v) for v in data.get("attribution_verbs", []))
    if not verbs:
        return None
    pronouns = "|".join(regex.escape(p) for p in data.get("attribution_pronouns", []))
    who = rf"(?:{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{0,3}}" + (
        f"|{pronouns})" if pronouns else ")"
    )
    return regex.compile(
        rf",[^\S\n]+(?:{who}[^\S\n]+(?:{verbs})|(?:{verbs})[^\S\n]+{who})[.!]?[^\S\n]*\Z"
    )


@functools.lru_cache(maxsize=32)
def language_words(lang: Language, section: str, key: str) -> frozenset[str]:
    """The words of a word file named by ``[section] key`` of the language's data file."""
    name = language_section(lang, section).get(key)
    if not name:
        return frozenset()
    lines = (rules_dir() / "languages" / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))
