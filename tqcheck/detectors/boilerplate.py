"""Scraped picture credits: ``© Name / dpa``, ``Photo: AFP``, ``Name/Getty Images``.

Credits are found with the language's caption labels and the shared list of agencies and
picture services (``rules/languages/common.toml``), so one detector serves every language.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.languages import Language


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.lru_cache(maxsize=16)
def _credit_pattern(lang: Language) -> regex.Pattern[str]:
    agencies = _alternation(lang.agencies)
    labels = _alternation(lang.caption_labels)
    name = r"[\p{L}\p{M}.'’\-]+(?:[^\S\n]+[\p{L}\p{M}.'’\-]+){0,4}"
    return regex.compile(
        # © Name / agency, © agency, (c) Name
        rf"(?:©|\(c\)|\(C\))[^\S\n]*{name}(?:[^\S\n]*/[^\S\n]*(?:{agencies}|{name}))*"
        # Photo: Name / agency ; Image credit: agency
        rf"|\b(?:{labels})[^\S\n]*:[^\S\n]*{name}(?:[^\S\n]*/[^\S\n]*(?:{agencies}|{name}))*(?=[^\S\n]*$)"
        # Name / agency at the end of a caption
        rf"|(?<![\p{{L}}\p{{M}}])(?:\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]*[^\S\n]+){{0,3}}\p{{Lu}}?[\p{{L}}\p{{M}}.'’\-]*"
        rf"[^\S\n]*/[^\S\n]*(?:{agencies})(?![\p{{L}}\p{{M}}])(?=[^\S\n]*$)",
        regex.MULTILINE,
    )


@detector("credit")
def credits(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    pattern = _credit_pattern(ctx.language)
    for passage in ctx.passages:
        chunk = ctx.text[passage.start : passage.end]
        for m in pattern.finditer(chunk):
            start, end = m.span()
            while end > start and chunk[end - 1].isspace():
                end -= 1
            if end > start:
                yield Hit(passage.start + start, passage.start + end)
