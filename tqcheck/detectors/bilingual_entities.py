"""Things a translation must carry over: links, addresses, hashtags, handles, quoted
speech and names.

URLs, e-mail addresses, hashtags and @handles are not translated: they must appear in
the translation exactly as in the source (a trailing slash and, for addresses, hashtags
and handles, letter case aside). Quoted speech must stay quoted: when the source passage
quotes someone and the translation has no quotation mark at all, readers can no longer
tell the speaker's words from the reporter's. Names of two or more capitalised words must
survive in some recognisable form: inflection (German genitive ``Putins``, English
``Putin's``), diacritics and transliteration (``Selenskyj``/``Zelensky``) are allowed for.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.detectors.bilingual import (
    URL_RE,
    excerpt,
    lexicon,
    neighbour_targets,
    sentence_near,
    source_lang,
    views,
)

_URL_TRAIL = ".,;:!?)]}'’»«”“\""
_EMAIL_RE = regex.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_HASHTAG_RE = regex.compile(r"(?<![\p{L}\p{N}_&#/])#(?=[\p{L}\p{N}_]*\p{L})[\p{L}\p{N}_]+")
_HANDLE_RE = regex.compile(r"(?<![\p{L}\p{N}_.@/])@[A-Za-z0-9_]{1,30}(?![\w@]|\.\w)")
_KINDS = {"url": "link", "email": "e-mail address", "hashtag": "hashtag", "handle": "handle"}


def _entities(text: str) -> list[tuple[str, int, int]]:
    """``(kind, start, end)`` of every URL, e-mail address, hashtag and handle."""
    found: list[tuple[str, int, int]] = []
    for m in URL_RE.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in _URL_TRAIL:
            if text[end - 1] == ")" and "(" in text[m.start() : end - 1]:
                break
            end -= 1
        found.append(("url", m.start(), end))
    taken = [(s, e) for _, s, e in found]

    def inside(s: int) -> bool:
        return any(a <= s < b for a, b in taken)

    for kind, pattern in (("email", _EMAIL_RE), ("hashtag", _HASHTAG_RE), ("handle", _HANDLE_RE)):
        for m in pattern.finditer(text):
            if not inside(m.start()):
                end = m.end()
                while kind == "email" and text[end - 1] == ".":
                    end -= 1
                found.append((kind, m.start(), end))
                taken.append((m.start(), end))
    return sorted(found, key=lambda t: t[1])


def entity_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, addresses, hashtags and handles (other detectors ignore their insides)."""
    return [(s, e) for _, s, e in _entities(text)]


def _norm(kind: str, surface: str) -> str:
    surface = surface.rstrip("/")
    return surface if kind == "url" else surface.casefold()


@detector("source-entities", needs_source=True)
def source_entities(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """URLs, e-mail addresses, hashtags and handles changed, dropped or added."""
    all_views = views(ctx)
    if not all_views:
        return
    whole_source = {_norm(k, v.source[s:e]) for v in all_views for k, s, e in _entities(v.source)}
    for view in all_views:
        if not view.has_both:
            continue
        target = ctx.text[view.start : view.end]
        near = {
            _norm(k, t[s:e])
            for t in [neighbour_targets(ctx, all_views, view)]
            for k, s, e in _entities(t)
        }
        missing = [
            (k, s, e)
            for k, s, e in _entities(view.source)
            if _norm(k, view.source[s:e]) not in near
        ]
        added = [
            (k, s, e) for k, s, e in _entities(target) if _norm(k, target[s:e]) not in whole_source
        ]
        for src in missing:
            kind, s, e = src
            surface = view.source[s:e]
            partner = next((a for a in added if a[0] == kind), None)
            if partner:
                added.remove(partner)
                _, ts, te = partner
                yield Hit(
                    view.start + ts,
                    view.start + te,
                    message=f"The {_KINDS[kind]} “{target[ts:te]}” differs from the source’s "
                    f"“{surface}”.",
                    suggestion=f"Copy it unchanged: “{surface}”.",
                )
                continue
            start, end = sentence_near(ctx, view, s / max(len(view.source), 1))
            yield Hit(
                start,
                end,
                message=f"The {_KINDS[kind]} “{surface}” of the source is missing.",
                suggestion=f"Keep “{surface}” unchanged.",
            )
        for kind, ts, te in added:
            yield Hit(
                view.start + ts,
                view.start + te,
                message=f"The {_KINDS[kind]} “{target[ts:te]}” is not in the source.",
            )


# --- quoted speech ------------------------------------------------------------------------

_DOUBLE_MARKS = '„“”«»"‹›'
_TARGET_MARKS = _DOUBLE_MARKS + "‘‚"
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def quoted_words(text: str) -> int:
    """Most words inside one pair of double quotation marks (an unclosed quote runs on)."""
    masked = URL_RE.sub(lambda m: " " * len(m.group()), text)
    marks = [i for i, c in enumerate(masked) if c in _DOUBLE_MARKS]
    best = 0
    for k in range(0, len(marks), 2):
        end = marks[k + 1] if k + 1 < len(marks) else len(masked)
        best = max(best, len(_WORD.findall(masked, marks[k] + 1, end)))
    return best


@detector("source-quotes", needs_source=True, min_words=3)
def source_quotes(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The source passage quotes someone; the translation has no quotation mark at all."""
    marks = set(_TARGET_MARKS) | set(ctx.language.quotes.openers) | set(ctx.language.quotes.closers)
    for view in views(ctx):
        if not view.has_both or quoted_words(view.source) < options["min_words"]:
            continue
        target = ctx.text[view.start : view.end]
        if any(c in marks for c in target):
            continue
        first = next(i for i, c in enumerate(view.source) if c in _DOUBLE_MARKS)
        start, end = sentence_near(ctx, view, first / max(len(view.source), 1))
        yield Hit(
            start,
            end,
            message="The source passage has quoted speech; the translation has no quotation "
            f"marks: “{excerpt(view.source[first:], 50)}”",
            suggestion="Put the speaker's words in quotation marks as the source does.",
        )


# --- names --------------------------------------------------------------------------------

_CAP = r"\p{Lu}[\p{L}\p{M}'’\-]*[\p{L}\p{M}]"
# Lower-case name particles; "der"/"den" only after "von"/"van" (von der Leyen): on
# their own they join German noun phrases ("Bund der Steuerzahler"), not names.
_PARTICLE = (
    r"(?:(?:von|van)(?:[^\S\n]+(?:der|den|dem|und[^\S\n]+zu))?|de(?:[^\S\n]+la)?|del|della"
    r"|di|da|du|la|le|bin|al|ibn|ter|zu|y)"
)
_NAME_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?:{_CAP})(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+)?(?:{_CAP}))+"
    rf"(?![\p{{L}}\p{{M}}])"
)
_TOKEN = regex.compile(r"[\p{L}\p{M}'’\-]+")


def fold(token: str) -> str:
    """Case, diacritics and possessive/genitive endings removed: ``Putin’s`` → ``putin``."""
    token = regex.sub(r"['’]s?$", "", token)
    decomposed = unicodedata.normalize("NFKD", token.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def _inflected(a: str, b: str) -> bool:
    """One is the other plus up to two letters: putins/putin, euros/euro."""
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter) and len(longer) - len(shorter) <= 2


def _transliterated(a: str, b: str) -> bool:
    """Spelled differently but recognisably: selenskyj/zelensky."""
    return min(len(a), len(b)) >= 5 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


def source_names(
    text: str, source_words: frozenset[str], target_words: frozenset[str]
) -> list[tuple[int, int, list[str]]]:
    """``(start, end, folded name tokens)`` of multi-word names in ``text``.

    Words that are common in either language are not name tokens (``Die``, ``Union``,
    ``Montag``): they are translated, not carried over. A name needs two name tokens.
    """
    names = []
    for m in _NAME_RE.finditer(text):
        tokens = [t for t in _TOKEN.findall(m.group()) if t[:1].isupper()]
        kept = [
            fold(t)
            for t in tokens
            if len(fold(t)) >= 3
            and t.lower() not in source_words
            and fold(t) not in source_words
            and t.lower() not in target_words
        ]
        if len(kept) >= 2:
            names.append((m.start(), m.end(), kept))
    return names


def _target_tokens(text: str) -> tuple[set[str], set[str]]:
    """Folded tokens of a text (compounds also split at hyphens), and the capitalised ones."""
    exact: set[str] = set()
    capitalised: set[str] = set()
    for token in _TOKEN.findall(text):
        for part in {token, *regex.split(r"[\-‐]", token)}:
            folded = fold(part)
            exact.add(folded)
            if part[:1].isupper():
                capitalised.add(folded)
    return exact, capitalised


def _present(token: str, exact: set[str], capitalised: set[str]) -> bool:
    """``token`` or an inflected or transliterated form of it is among the target tokens."""
    if token in exact:
        return True
    return any(_inflected(token, other) for other in exact) or any(
        _transliterated(token, other) for other in capitalised
    )


@detector("source-names", needs_source=True)
def missing_names(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A name of the source passage that the translation renders elsewhere but not here.

    A capitalised sequence is taken for a name only if the translation carries one of its
    words over somewhere in the document: institutions are translated (``Supreme Court``
    → ``Oberster Gerichtshof``), and in German every noun is capitalised (``Bund der
    Steuerzahler``). Names are looked for in the aligned passage itself, not its
    neighbours, so a name dropped from one of several passages is found.
    """
    src_lang = source_lang(ctx)
    source_words = lexicon(src_lang)
    target_words = lexicon(ctx.language)
    if not source_words:
        return  # without a word list every capitalised noun would look like a name
    doc_exact, doc_caps = _target_tokens(ctx.text)
    for view in views(ctx):
        if not view.has_both:
            continue
        exact, caps = _target_tokens(ctx.text[view.start : view.end])
        for start, end, name_tokens in source_names(view.source, source_words, target_words):
            if any(_present(t, exact, caps) for t in name_tokens):
                continue
            if not any(_present(t, doc_exact, doc_caps) for t in name_tokens):
                continue  # translated everywhere: an institution, not a name
            name = view.source[start:end]
            s_, e_ = sentence_near(ctx, view, start / max(len(view.source), 1))
            yield Hit(
                s_,
                e_,
                message=f"The name “{name}” of the source does not appear in this passage of the "
                "translation.",
                suggestion=f"Check that “{name}” is rendered (transliterated if need be).",
            )
