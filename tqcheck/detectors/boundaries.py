"""Lost sentence boundaries: a full stop that vanished between two sentences.

Machine translation of scraped text often loses a boundary (``for a few weeks Signs of
cautious opening.``) or turns it into a comma (``at the moment, Most recently,``). The
evidence is a capital letter where none belongs. Names and titles carry capitals too, so
a capitalised word counts only when all of these hold:

* the word is an ordinary word of the language (its sentence-opener list or its list of
  common words that are never names), or, after a comma or semicolon, a sentence opener;
* the word before it is no determiner, preposition, title or verb of saying
  (``the Senate``, ``President Biden``, ``said Tuesday``);
* the next word is not capitalised too (``the nationalist Global Times``);
* the document itself does not use the word capitalised elsewhere mid-sentence (then it
  is one of its names).

In languages that capitalise nouns (German) only sentence openers count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.model import Edit, Fix, PassageKind

_CANDIDATE = regex.compile(
    r"(?<![\p{L}\p{N}\p{M}'’\-.@/])(?P<prev>[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*)(?P<sep>[,;]?[^\S\n]+)"
    r"(?P<word>\p{Lu}[\p{Ll}\p{M}]+(?:['’\-]\p{L}+)?)(?P<after>[^\S\n]*\S?[\p{L}\p{M}]*)"
)
_CAP_MID = regex.compile(r"(?<=[\p{Ll},;][^\S\n]+)\p{Lu}[\p{Ll}\p{M}]+")


def _mid_sentence_capitals(ctx: CheckContext) -> Counter[str]:
    counts: Counter[str] = Counter()
    for passage in ctx.passages:
        for m in _CAP_MID.finditer(ctx.text, passage.start, passage.end):
            counts[m.group()] += 1
    return counts


@detector("lost-boundary", min_prev_letters=2)
def lost_boundary(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    lang = ctx.language
    text = ctx.text
    capitals = ctx.memo("mid-sentence-capitals", lambda: _mid_sentence_capitals(ctx))
    for passage in ctx.passages_of((PassageKind.PARAGRAPH,)):
        for sentence in passage.sentences:
            pos = sentence.start
            while True:
                m = _CANDIDATE.search(text, pos, sentence.end)
                if not m:
                    break
                pos = m.start("word")
                hit = _judge(m, lang, capitals, options)
                if hit:
                    yield hit


def _judge(
    m: regex.Match[str], lang: Any, capitals: Counter[str], options: Mapping[str, Any]
) -> Hit | None:
    prev, sep, word, after = m.group("prev", "sep", "word", "after")
    lower = word.lower()
    if word in ("I",) or lower.startswith(("i'", "i’")):
        return None
    punctuated = sep.lstrip()[:1] in (",", ";")
    after_word = after.strip()
    if after_word[:1].isupper() and not punctuated:
        return None  # a multi-word name: "Global Times", "State Department"
    if lower in ("the", "a", "an") and after_word[:1].isupper():
        return None  # a title: "The New York Times"
    is_opener = lower in lang.openers
    is_common = lower in lang.common_words and not lang.capitalises_nouns
    if punctuated:
        if not is_opener and not is_common:
            return None
    else:
        if prev in lang.calendar_words:
            pass  # "since September Hopes faded": a date often ends a sentence
        elif not prev[:1].islower() or len(prev) < options["min_prev_letters"]:
            return None
        if not prev.isalpha() and not regex.fullmatch(r"[\p{L}'’\-]+", prev):
            return None
        if prev.lower() in lang.name_contexts:
            return None
        if not (is_opener or is_common):
            return None
    if not is_opener and capitals[word] >= 2:
        return None  # the document uses it as a name elsewhere
    gap_start = m.end("prev")
    gap_end = m.start("word")
    if punctuated:
        mark = "comma" if sep.lstrip()[0] == "," else "semicolon"
        message = f"Sentence boundary lost: “{word}” after a {mark} starts a new sentence."
    else:
        message = (
            f"Sentence boundary lost: capitalised “{word}” follows “{prev}” without a full stop."
        )
    return Hit(
        m.start("prev"),
        m.end("word"),
        message=message,
        suggestion=f"End the sentence after “{prev}”: “{prev}. {word}”.",
        fix=Fix((Edit(gap_start, gap_end, ". "),), safe=False),
    )
