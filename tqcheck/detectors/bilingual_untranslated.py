"""Source text left in the translation, found by comparing with the source itself.

Two signals that need no language identification, because the source is at hand:

* a target passage that is (nearly) a copy of its source passage — the MT system or the
  pipeline passed it through;
* a run of words that are common in the source language and not in the target language
  (``und die Regierung hat``): a clause that was not translated.

A source passage that is itself mostly in the target language (a German article quoting
an English statement) may be copied: that is a correct translation.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.detectors.bilingual import lexicon, source_lang, views
from tqcheck.detectors.bilingual_entities import entity_spans

_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?")
_NOT_WORD = regex.compile(r"[^\p{L}\p{M}\p{N}]+")


def normalise(text: str) -> str:
    """Case-folded words with single spaces: what "identical" compares.

    Links, addresses, handles and figures are left out: they are the same in every
    language, so a passage of them is not "untranslated".
    """
    for start, end in reversed(entity_spans(text)):
        text = text[:start] + " " + text[end:]
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NOT_WORD.sub(" ", regex.sub(r"\d", " ", text)).strip()


def _mostly_names(text: str) -> bool:
    """Most words capitalised: a list of names or a title, carried over, not translated."""
    words = _WORD.findall(text)
    return bool(words) and sum(1 for w in words if w[:1].isupper()) > 0.6 * len(words)


def _mostly(words: list[str], mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """More of ``words`` are common in ``mine`` than in ``theirs`` (and at least a third)."""
    ours = sum(1 for w in words if w in mine)
    other = sum(1 for w in words if w in theirs)
    return ours > other and ours >= len(words) / 3


@detector("source-copy", needs_source=True, min_words=4, min_similarity=0.9)
def copied_source(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A target passage identical or nearly identical to its source passage."""
    src_lang = source_lang(ctx)
    if src_lang.code == ctx.language.code:
        return
    target_words, source_words = lexicon(ctx.language), lexicon(src_lang)
    for view in views(ctx):
        if not view.has_both:
            continue
        target = ctx.text[view.start : view.end]
        a, b = normalise(view.source), normalise(target)
        if len(b.split()) < options["min_words"] or _mostly_names(target):
            continue
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        if matcher.real_quick_ratio() < options["min_similarity"]:
            continue
        if matcher.quick_ratio() < options["min_similarity"]:
            continue
        if matcher.ratio() < options["min_similarity"]:
            continue
        words = a.split()
        if target_words and _mostly(words, target_words, source_words):
            continue  # the source passage is itself in the target language
        yield Hit(
            view.start,
            view.end,
            message="The passage is a copy of its source: it was not translated.",
            suggestion="Translate the passage.",
        )


@detector("source-words", needs_source=True, min_run=3)
def source_words(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Runs of source-language words (common there, not in the target language)."""
    src_lang = source_lang(ctx)
    if src_lang.code == ctx.language.code:
        return
    foreign, native = lexicon(src_lang), lexicon(ctx.language)
    if not foreign or not views(ctx):
        return
    text = ctx.text
    for passage in ctx.passages:
        masked = [
            (s + passage.start, e + passage.start)
            for s, e in entity_spans(text[passage.start : passage.end])
        ]
        words = [
            m
            for m in _WORD.finditer(text, passage.start, passage.end)
            if not any(s <= m.start() < e for s, e in masked)
        ]
        yield from _runs(words, foreign, native, options["min_run"], src_lang.code)


def _counts(word: str, foreign: frozenset[str], native: frozenset[str]) -> bool:
    lower = word.lower()
    return lower in foreign and lower not in native and not word[:1].isupper()


def _runs(
    words: list[regex.Match[str]],
    foreign: frozenset[str],
    native: frozenset[str],
    min_run: int,
    code: str,
) -> Iterator[Hit]:
    """Runs that start and end with a source-language word and count ``min_run`` of them.

    Words common in both languages (``die``, ``in``) continue a run without counting; one
    word in neither list (a noun: ``Regierung``, ``gouvernement``) may sit inside a run;
    a word common only in the target language ends it. Capitalised words continue a run
    but never count: a name kept in its own language (``Department of Natural
    Resources``, ``Place de la Concorde``) is not an untranslated clause.
    """
    run: list[regex.Match[str]] = []
    counted = unknown = 0
    for m in [*words, None]:
        word = m.group().lower() if m else ""
        capitalised = m is not None and m.group()[:1].isupper()
        if m is not None and word in foreign and word not in native and not capitalised:
            run.append(m)
            counted += 1
            unknown = 0
            continue
        if m is not None and run and capitalised:
            run.append(m)
            continue
        if m is not None and run and (word in foreign or (word not in native and unknown < 1)):
            unknown += word not in foreign
            run.append(m)
            continue
        while run and not _counts(run[-1].group(), foreign, native):
            run.pop()
        if counted >= min_run and run:
            yield Hit(
                run[0].start(),
                run[-1].end(),
                message=f"Words left in the source language ({code}).",
                suggestion="Translate them.",
            )
        run, counted, unknown = [], 0, 0
