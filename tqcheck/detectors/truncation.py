"""A paragraph cut off mid-sentence (``… officials said that the``).

A running-text paragraph must end with terminal punctuation (or a closing quotation mark
or bracket after it). One that ends on a bare word was cut by the scraper or lost its
last segment in translation. Headlines end without punctuation, so a short passage that
the segmenter took for a headline is flagged only when it cannot be one: it ends on a word
that cannot close a phrase (an article, preposition, conjunction, pronoun or auxiliary;
Title Case headlines such as "Leader Holds On" excepted) or inside a bracket it opened,
or it is the last passage of the document in sentence case after running text (a
headline always has text after it).

Three places hold text that ends without punctuation on purpose, so there too only a
dangling word counts: the head of an article before its first finished paragraph (a
standfirst, a score line: "South Africa need 135 more runs to win"; the headline finishes
no paragraph, nor does a line ending on a symbol such as a review's stars, and below the
passage right under the headline a head passage of several sentences is a cut first
paragraph), a list whose lines all start with a capital or a digit and end without
punctuation (a recipe's ingredients) or two or more numbered or bulleted lines (or lines
led by a team's initials and a dash: a scoring summary's plays), a labelled
list ("Pros: long battery life; fast charging"), a list item that a semicolon and a
conjunction link to the next ("(ii) … timeline; and" before "(iii) …", or before an
unmarked item in lower case), and a heading ending on a verb's particle ("The White House
weighs in").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.detectors.boilerplate import ends_with_credit
from tqcheck.detectors.noun_clauses import ClauseWords, separable_particle
from tqcheck.detectors.verb_forms import verb_clauses
from tqcheck.languages import (
    Language,
    language_section,
    language_words,
    lowercase_set,
    name_titles,
)
from tqcheck.model import Passage, PassageKind
from tqcheck.segment import LABEL

_TAIL = regex.compile(r"(?:\S+\s+){0,3}(?P<last>[\p{L}\p{N}\p{M}'’\-]+),?\s*\Z")
# A match of _TAIL spans at most four runs of non-space characters: it starts in the
# fourth run from the end, or later, so the search need not try earlier positions.
_RUN_BACKWARDS = regex.compile(r"(?r)\S+")
_WORDS = regex.compile(r"[\p{L}\p{N}]+")
_CLOSERS = "”\"’'»«)]›‹“"


# A bracket after a finished sentence closes the passage: "… samedi à Castres. (Photo
# Élodie Carrère)", "… he said. (Additional reporting by …)".
_BRACKET_AFTER_SENTENCE = regex.compile(r"[.!?…][”\"’»]?[^\S\n]*\([^()\n]*\)[^\S\n]*$")


_TAG_END = regex.compile(r"(?<!\S)[#@][\p{L}\p{N}_]+\Z")


def _ends_bare(text: str, passage: Passage) -> int | None:
    """End offset of the passage's text without closing marks, if it ends on a word."""
    if text[passage.end - 1 : passage.end] == ")" and _BRACKET_AFTER_SENTENCE.search(
        text[max(passage.start, passage.end - 300) : passage.end]
    ):
        return None
    body = text[passage.start : passage.end].rstrip(_CLOSERS + " ")
    if _TAG_END.search(body):
        return None  # a social post ends on its hashtag or handle: "… on the 21st. #GrindCity"
    if body and (body[-1].isalnum() or body[-1] == ","):
        return passage.start + len(body)
    return None


def _tail_start(text: str, start: int, end: int) -> int:
    """Where the fourth run of non-space characters before ``end`` starts (or ``start``)."""
    for i, run in enumerate(_RUN_BACKWARDS.finditer(text, start, end)):
        if i == 3:
            return run.start()
    return start


def _closes_phrase(tail: str, last: str, closing_after: Mapping[str, frozenset[str]]) -> bool:
    """Does the word before ``last`` make it close the phrase ("just that", "his will")?"""
    allowed = closing_after.get(last)
    runs = tail.split()
    if not allowed or len(runs) < 2:
        return False
    before = runs[-2].strip(_CLOSERS + ",;:").lower()
    possessive = before.endswith(("’s", "'s", "s’", "s'"))
    return before in allowed or (possessive and "’s" in allowed)


_LIST_LINE = regex.compile(r"[^\S\n]*[\p{Lu}\p{N}•\-–*]")
_ITEM_LINE = regex.compile(r"[^\S\n]*(?:\d{1,3}[.)]|[•\-–*]|\p{Lu}{2,4}[^\S\n]+[—–\-])[^\S\n]+\S")


# Numbered or bulleted lines are a list from two on ("- are aged 75 or over\n- are
# pregnant and at least 28 weeks into your pregnancy"), and so are lines led by a team's
# initials and a dash, a scoring summary's plays ("SA — Odom 12 run (Reyes kick), 6:14").
_MIN_ITEMS = 2
# A line that marks items left out of a results list.
_ELISIONS = ("...", "…", "[...]", "[…]")


def _is_list(block: str) -> bool:
    """Three or more lines, each starting with a capital, digit or bullet and none ending
    in terminal punctuation: a list (ingredients, results), not running text. Numbered or
    bulleted lines, perhaps under a heading ("Gesamtwertung:"), are a list however they
    end ("1. Luka Pavlič (Slowenien/Veloria) 58:41:09 Std.", "3. … +1:12"), and so are two
    or more labelled lines ("Pole position: Ferrandi, 1m 16.214s\nRetired: Krüger, lap 51")."""
    lines = block.split("\n")
    if len(lines) >= _MIN_ITEMS and all(_FACT_LABEL.match(line) for line in lines):
        return True  # labelled lines: "Pole position: Ferrandi, 1m 16.214s\nRetired: …"
    items = lines[1:] if lines[0].rstrip().endswith(":") else lines
    items = [line for line in items if line.strip() not in _ELISIONS]  # "10. …\n...\n17. …"
    if len(items) >= _MIN_ITEMS and all(_ITEM_LINE.match(line) for line in items):
        return True
    return len(lines) >= 3 and all(
        _LIST_LINE.match(line) and line.rstrip(_CLOSERS + " ")[-1:] not in ".!?:;" for line in lines
    )


# A figure as a fact box's label: "12.5% - proposed royalty rate", "11,000 tonnes - output".
_FIGURE_LABEL = regex.compile(r"[^\S\n]*[$€£]?\d[\d.,]*(?:%|[^\S\n]?\p{L}+)?[^\S\n]+[-–—:][^\S\n]")
_LABEL = regex.compile(LABEL)
# A fact box's label may take a few more words ("Résultat opérationnel courant : 151 M€",
# a result's "Reform UK, Gemma Lathwell: 10,721 (34.7%)"), a dash or bullet before it
# ("– Fahrkarten: …") and French spacing before its colon.
_FACT_LABEL = regex.compile(r"(?:[•\-–—][^\S\n])?\p{Lu}[\p{L}\p{M}\d&'’ ,\-]{0,40}[^\S\n]?:[^\S\n]")


# A list item's marker: "(iii)", "b)", "2.", "•".
_ITEM_MARK = regex.compile(
    r"[^\S\n]*(?:\((?:[ivxlc]+|[a-z]|\d{1,3})\)|(?:[ivxlc]+|[a-z])\)|\d{1,3}[.)]|[•\-–*])[^\S\n]"
)
# A semicolon and a conjunction end an item that the next one completes: "…; and".
_LINKED_END = regex.compile(r";[^\S\n]+\p{L}+\Z")


def _linked_item(text: str, passages: list[Passage], i: int, end: int) -> bool:
    """Is passage ``i`` a list item ending "…; and" ("(ii) the resettlement plan …; and")
    before another item ("(iii) the legal basis …"), or before a paragraph that opens in
    lower case, an unmarked item ("… in Nasova, Suva; and" / "consult in good faith …")?
    A court's directions, a treaty's terms: the conjunction links the items, nothing was
    cut."""
    passage = passages[i]
    if i + 1 >= len(passages) or not _LINKED_END.search(text, max(passage.start, end - 30), end):
        return False
    after = passages[i + 1]
    if _LOWER_CASE_START.match(text, after.start, after.end):
        return True
    return bool(
        _ITEM_MARK.match(text, passage.start, passage.end)
        and _ITEM_MARK.match(text, after.start, after.end)
    )


# A paragraph that opens in lower case, perhaps inside a quotation: "“consult in good …".
_LOWER_CASE_START = regex.compile(r"[\"“‘'«»„]?\p{Ll}")


def _labelled_list(block: str) -> bool:
    """A label, a colon and items separated by semicolons: a review's "Pros: long battery
    life; fast charging", not running text; or labelled items separated by dashes, a match
    report's data line ("Tore: 0:1 Olsen (12.) – Schiedsrichter: … – Zuschauer: 31.400")."""
    if _LABEL.match(block) is None or ". " in block:
        return False
    return "; " in block or len(_DASHED_LABEL.findall(block)) >= _MIN_DASHED_LABELS


def _data_line(block: str) -> bool:
    """A line of figures: a scorecard's "Sri Lanka 246 (48.2 ov): D Wickramaratne 88 (97b,
    9x4, 2x6), K Pathirage 41; W Tāwhai 4-37, C Whitcombe 2-44, M Kirwan 2-48", whose items,
    between commas and semicolons, nearly all end with a figure."""
    if "\n" in block:
        return False
    items = [item.strip() for item in _ITEM_SEPARATOR.split(block) if item.strip()]
    figures = sum(1 for item in items if _FIGURE_END.search(item))
    return len(items) >= _MIN_DATA_ITEMS and figures >= _DATA_SHARE * len(items)


_ITEM_SEPARATOR = regex.compile(r"[,;]")
# A figure, perhaps with a unit glued to it: "4-37", "27*", "2x6)", "97b", "54hr".
_FIGURE_END = regex.compile(r"\d[\d*%]*\p{L}{0,3}\)?\Z")
_MIN_DATA_ITEMS = 4
_DATA_SHARE = 0.8


_DASHED_LABEL = regex.compile(rf"[^\S\n][–—\-][^\S\n]{LABEL}")
_MIN_DASHED_LABELS = 2


def _unclosed_bracket(text: str, start: int, end: int) -> bool:
    """Does the last line of ``text[start:end]`` open more round brackets than it closes?"""
    line_start = max(start, text.rfind("\n", start, end) + 1)
    return text.count("(", line_start, end) > text.count(")", line_start, end)


def _fact_line(text: str, passages: list[Passage], i: int) -> bool:
    """A labelled line beside another: a fact box ("Location: Serra di Mezzo, Sicily",
    "Key finds: terracotta figurines, a lead curse tablet", "12.5% - proposed royalty rate
    on cobalt"), not running text."""

    def labelled(j: int) -> bool:
        if not 0 <= j < len(passages):
            return False
        p = passages[j]
        label = _FACT_LABEL.match(text, p.start, p.end) or _FIGURE_LABEL.match(text, p.start, p.end)
        return label is not None and "\n" not in text[p.start : p.end]

    return labelled(i) and (labelled(i - 1) or labelled(i + 1))


# A full date closes a line ("born 14 June 1938; died 3 March 2025", "(…, 20.11.2025)").
_DATE_END = regex.compile(
    r"(?:\b\d{1,2}\.?[^\S\n]+\p{L}+\.?|\b\p{L}+\.?[^\S\n]+\d{1,2},?|\b\d{1,2}\.\d{1,2}\.)"
    r"[^\S\n]*\d{4}[)\]]?[^\S\n]*\Z"
)


def _ends_on_date(text: str, start: int, end: int, calendar_words: frozenset[str]) -> bool:
    m = _DATE_END.search(text, max(start, end - 40), end)
    if m is None:
        return False
    words = _WORDS.findall(m.group())
    return any(w in calendar_words for w in words) or "." in m.group()


@functools.lru_cache(maxsize=16)
def dangling_words(lang: Language) -> frozenset[str]:
    """Words that cannot end a phrase in ``lang`` (``[truncation] dangling_words``)."""
    return frozenset(language_section(lang, "truncation").get("dangling_words", []))


def _particle_of_verb(tail: str, verbs: frozenset[str]) -> bool:
    """Is the word before the last one a finite verb ("weighs in", "moves on")?"""
    runs = tail.split()
    return len(runs) >= 2 and runs[-2].strip(_CLOSERS + ",;:").lower() in verbs


def _verb_particle(sentence: str, lang: Language) -> bool:
    """Is the sentence's last word the separable particle of its verb (German "ein" in
    "leitet … ein")? Such a word is also an article, but here it closes the clause."""
    clauses = verb_clauses(lang)
    if clauses is None:
        return False
    return separable_particle(ClauseWords(_WORDS.findall(sentence), False), clauses)


def _clause_line(block: str, min_words: int, openers: frozenset[str]) -> bool:
    """Is a line of the body without a full stop the start of a sentence, not a subheading?
    A long line in sentence case with a relative or subordinate clause after a comma
    ("Scottish Labour’s Morag Lennox, who sits on the committee"): subheadings go on after
    a comma with a phrase ("Des dotations en recul, des charges en hausse"), not a clause."""
    words = _WORDS.findall(block)
    if len(words) < min_words:
        return False
    if not any(m.group(1).lower() in openers for m in _COMMA_WORD.finditer(block)):
        return False
    lower = sum(1 for w in words[1:] if w[:1].islower())
    return lower >= _SENTENCE_CASE_SHARE * (len(words) - 1)


def _clause_openers(ctx: CheckContext) -> frozenset[str]:
    """Relative pronouns and subordinators of the language (``[boundaries]``)."""

    def words() -> frozenset[str]:
        data = language_section(ctx.language, "boundaries")
        return lowercase_set(data, "relatives") | lowercase_set(data, "subordinators")

    return ctx.memo("truncation-clause-openers", words)


# A comma and the word after it; the share of lower-case words in sentence case.
_COMMA_WORD = regex.compile(r",[^\S\n]+(\p{Ll}+)")
_SENTENCE_CASE_SHARE = 0.6


def _sentence_case(block: str, last: str) -> bool:
    """Is the line written in sentence case: a lower-case last word, or (a name last) most
    words after the first in lower case ("The IFA is to hold a public meeting in
    Ennistymon"), not title case ("What the Minister Said")?"""
    words = _WORDS.findall(block)
    if len(words) < _SENTENCE_CASE_WORDS:
        return False
    if last[:1].islower():
        return True
    lower = sum(1 for w in words[1:] if w[:1].islower())
    return len(words) >= _CLAUSE_CASE_WORDS and lower >= _LOWER_SHARE * (len(words) - 1)


# A line in sentence case has this many words at least; with a name last, this many more
# and this share of them in lower case.
_SENTENCE_CASE_WORDS = 4
_CLAUSE_CASE_WORDS = 8
_LOWER_SHARE = 0.6


@detector("truncated", min_words=8, min_words_after_sentence=3)
def truncated(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    text = ctx.text
    passages = ctx.passages
    # Words that cannot end a phrase in this language ([truncation] of its data file):
    # articles, prepositions, conjunctions. German ends clauses on verbs and separable
    # particles ("Was aus dem Standort wird", "Naturschützer kündigen Prüfung an").
    cannot_end = dangling_words(ctx.language)
    titles = name_titles(ctx.language)
    closing_after: Mapping[str, frozenset[str]] = ctx.memo(
        "truncation-closing-after",
        lambda: {
            word: frozenset(before)
            for word, before in language_section(ctx.language, "truncation")
            .get("closing_after", {})
            .items()
        },
    )
    particles: frozenset[str] = ctx.memo(
        "truncation-particles",
        lambda: frozenset(language_section(ctx.language, "truncation").get("particles", [])),
    )
    # A paragraph after the headline has ended with a full stop, question or exclamation
    # mark: the head (headline, standfirst, a review's venue and stars) is over.
    body_started = False
    seen = 0  # passages of text so far: the first is the headline
    paragraphs = 0  # of which paragraphs
    for i, passage in enumerate(passages):
        if passage.kind not in (PassageKind.PARAGRAPH, PassageKind.HEADING):
            continue
        seen += 1
        # The first paragraph right under the headline, or under a rubric and the headline
        # ("International | The peace business", "Blessed are the middlemen").
        standfirst = seen == 2 or (seen == 3 and paragraphs == 0)
        paragraphs += passage.kind is PassageKind.PARAGRAPH
        end = _ends_bare(text, passage)
        if end is None:
            finished = text[passage.start : passage.end].rstrip(_CLOSERS + " ")[-1:] in ".!?…"
            body_started = body_started or (
                passage.kind is PassageKind.PARAGRAPH and finished and seen > 1
            )
            continue
        m = _TAIL.search(text, _tail_start(text, passage.start, end), end)
        if not m:
            continue
        last = m.group("last")
        # (a title written without its full stop stands before a name: "…, said Dr")
        dangling = (last.lower() in cannot_end and not last[:1].isupper()) or last in titles
        if dangling and _closes_phrase(m.group(), last.lower(), closing_after):
            dangling = False  # "doing just that", "the tycoon’s will"
        if dangling:
            start = passage.sentences[-1].start if passage.sentences else passage.start
            # "Verdi leitet Urabstimmung über Streiks ein": the particle of "einleitet"
            dangling = not _verb_particle(text[start:end], ctx.language)
        # A bracket opened and never closed was cut off inside: "Tasman 24 (Kauri
        # Whitcombe, Hohepa", "(Reporting by Tomasz Ellery in London".
        dangling = dangling or _unclosed_bracket(text, passage.start, passage.end)
        if dangling and passage.kind is PassageKind.HEADING and last.lower() in particles:
            verbs = ctx.memo(
                "truncation-verbs",
                lambda: (
                    language_words(ctx.language, "boundaries", "verbs_file")
                    | language_words(ctx.language, "boundaries", "base_verbs_file")
                ),
            )
            dangling = not _particle_of_verb(m.group(), verbs)
        block = text[passage.start : end]
        if _linked_item(text, passages, i, end):
            continue  # "(ii) … and timeline; and" before "(iii) …": a list's items
        if not dangling and (
            _is_list(block)
            or _labelled_list(block)
            or _data_line(block)
            or _fact_line(text, passages, i)
        ):
            continue
        if not dangling and _ends_on_date(text, passage.start, end, ctx.language.calendar_words):
            continue  # a closing date line: "…, architect, born 14 June 1938; died 3 March 2025"
        if not dangling and ends_with_credit(text, passage.start, passage.end, ctx.language):
            continue  # a caption's credit (boilerplate.credit): "… Photo Élodie Granger"
        if passage.kind is PassageKind.HEADING:
            # The last line of text (a byline or credit may follow), not one of several
            # closing lines: a match report's scorers "Tasman 24 (… 3 con, pen)".
            is_last = any(p.kind is PassageKind.PARAGRAPH for p in passages[:i]) and all(
                p.kind not in (PassageKind.PARAGRAPH, PassageKind.HEADING)
                for p in passages[i + 1 :]
            )
            sentence_case = _sentence_case(block, last)
            clause = body_started and _clause_line(
                block, options["min_words"], _clause_openers(ctx)
            )
            if not (dangling or clause or (is_last and sentence_case)):
                continue
        elif not (dangling or body_started or (len(passage.sentences) > 1 and not standfirst)):
            # In the head, right after the headline, a standfirst may hold two sentences
            # ("Tourist levies are spreading fast. They are a sensible idea, which is why
            # …"); later, a passage of several sentences is a cut first paragraph.
            continue
        else:
            sentences = passage.sentences
            last_sentence = text[sentences[-1].start : sentences[-1].end] if sentences else ""
            needed = (
                options["min_words_after_sentence"] if len(sentences) > 1 else options["min_words"]
            )
            if len(_WORDS.findall(last_sentence)) < needed and not dangling:
                continue
        yield Hit(
            m.start(),
            end,
            message="Paragraph cut off mid-sentence.",
            suggestion="Restore the end of the sentence from the source.",
        )
