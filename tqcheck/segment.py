"""Segmentation: a document's text → passages (with a kind) → sentences, all as spans.

Passages are paragraphs separated by blank lines. Inside a paragraph, single newlines are
soft wraps, except that a line which is plainly not running text (a byline, a date line,
a credit, a headline followed by its paragraph) becomes a passage of its own: scraped
articles often lose the blank line between a headline and its text.

The kind of a passage is decided here, once, so that rules need not guess: a headline
without a full stop is not a broken sentence, and a credit line is boilerplate, not prose.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from itertools import groupby

import regex

from tqcheck.languages import Language, get_language, language_section, language_words
from tqcheck.model import Document, Passage, PassageHint, PassageKind, Sentence

WORD_RE = regex.compile(r"[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*")
_BLOCK_RE = regex.compile(r"(?:[^\S\r\n]*\S[^\r\n]*(?:\r\n|\r|\n)?)+")
_LINE_RE = regex.compile(r"[^\r\n]+")
_TERMINAL = ".!?…:;,"
_CLOSERS = "”\"’'»«)]›‹“"
_DATE_RE = regex.compile(
    r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}/\d{1,2}/\d{2,4})\b"
)
# A clock time marks a metadata line where it opens or ends one ("10:45 | Politik",
# "Updated 10:45"), not inside a headline ("… wins in 2:07:48 as …").
# A signed time is a gap, not a clock: "3. Arnaud Lefèvre (Équipe Horizon) +0:26".
_START_TIME_RE = regex.compile(r"^\W*\d{1,2}:\d{2}(?![:\d])")
# At the end, the word before the time is its date or its label ("Oct 22, 2024 4:15",
# "Updated 10:45"); a scoring line's game clock follows the play ("Reyes kick), 6:14").
_END_TIME_RE = regex.compile(r"(?:^|(?P<before>\S+?))[\s,]*(?<![:\d+\-−–±])\d{1,2}:\d{2}\W*$")
_BREADCRUMB_SEP_RE = regex.compile(r"\s(?:»|›|>|/|\|)\s")
# Straight single quotes open and close quotations in British styles ("… supervisor.
# 'She would tear …,' said …"); after a sentence's end they are no apostrophe.
_END_CLOSE = "”\"’'»«)]"
_NEXT_OPEN = "“\"‘'«»„(["
_SENTENCE_END_RE = regex.compile(
    r"(?P<punct>\.{2,}|…|[.!?]+)(?P<close>[”\"’'»«)\]]*)(?P<space>\s+)"
    r"(?=[“\"‘'«»„(\[]?[\p{Lu}\p{N}])"
)
_NUMBER_RE = regex.compile(r"^\p{N}+$")
_NEXT_WORD_RE = regex.compile(r"\s*[“\"‘«»„‚›(\[]?\s?([\p{L}\p{M}'’]+)")
# Searched from the end (the same match, without trying every start before it).
_PREV_TOKEN_RE = regex.compile(r"(?r)(\S+)$")
_WORD_BEFORE_TOKEN_RE = regex.compile(r"(?r)(\S+)\s+$")
# Enough characters before a full stop to hold any abbreviation or acronym.
_TOKEN_WINDOW = 64
_DOTTED_ACRONYM_RE = regex.compile(r"^(?:\p{L}{1,2}\.)+\p{L}{1,2}$")
_NAME = r"\p{Lu}[\p{L}\p{M}'’.\-]*"
# An author's name and the date in brackets, as Der Standard closes its articles.
_SIGNED_RE = regex.compile(rf"\({_NAME}(?:\s+{_NAME}){{1,3}},\s*[^()\n]*\d{{4}}\)")


def count_words(text: str) -> int:
    return len(WORD_RE.findall(text))


@functools.lru_cache(maxsize=16)
def _cues(lang: Language) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    def alt(words: tuple[str, ...]) -> str:
        return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    byline = regex.compile(
        rf"^(?:{alt(lang.byline_prefixes)})\s*:?\s+{_NAME}(?:\s+{_NAME}){{0,3}}"
        rf"(?:\s*(?:,|&|\band\b|\bund\b|\bet\b)\s*{_NAME}(?:\s+{_NAME}){{0,3}})*"
        rf"(?:\s+(?:{alt(lang.byline_place_words)})\s+{_NAME}(?:\s+{_NAME}){{0,2}})?"
        r"(?:\s*[,|/]\s*[\p{L} ]{2,30})?\s*$"
    )
    caption = regex.compile(
        rf"©|\(c\)\s*\p{{Lu}}|^(?:{alt(lang.caption_labels)})\s*:"
        rf"|(?:^|\s)(?:{alt(lang.caption_labels)})\s*:\s*\p{{Lu}}"
        rf"|/\s*(?:{alt(lang.agencies)})\s*$"
    )
    # A breadcrumb trail without separators is section names only: a function word after
    # "Accueil" makes it a subheading ("Accueil glacial des syndicats").
    function_word = rf"(?i:\b(?:{alt(tuple(lang.openers))})\b)"
    meta = regex.compile(
        rf"^(?:{alt(lang.breadcrumb_words)})\b(?!.*{function_word})"
        rf"|^(?:{alt(lang.meta_words)})\b\s*:?"
        rf"|\b(?:{alt(lang.breadcrumb_words + lang.nav_words)})\b.*{_BREADCRUMB_SEP_RE.pattern}"
    )
    return byline, caption, meta


# Every caption cue has one of these, every breadcrumb separator one of those: text
# without them need not be searched.
_CAPTION_MARKS = ("©", "(c)", ":", "/")
_SEPARATOR_MARKS = ("»", "›", ">", "/", "|")


# Editors' initials that close a wire story ("kob-str/sst/fg", "bur-jm/lth"): its
# sign-off, like Reuters' "(Reporting by …)".
_DESK_SLUG = regex.compile(r"\p{Ll}{2,4}(?:[-/]\p{Ll}{2,4}){2,5}")
_HEADING_NUMBER = regex.compile(r"\d{1,2}[.)][^\S\n]+(?=\p{Lu})")


def classify(text: str, lang: Language, words: int | None = None) -> PassageKind:
    """Decide the kind of one passage from its own text (of ``words`` words, if counted)."""
    stripped = text.strip()
    words = count_words(stripped) if words is None else words
    byline, caption, meta = _cues(lang)
    last = stripped.rstrip(_CLOSERS)[-1:] if stripped else ""
    if words <= 10 and byline.search(stripped):
        return PassageKind.BYLINE
    if words <= 60 and stripped[-1:] == ")" and _sign_off(lang).match(stripped):
        return PassageKind.BYLINE  # "(Reporting by …; Editing by …)" closing a wire story
    if _DESK_SLUG.fullmatch(stripped):
        return PassageKind.BYLINE  # an agency desk's sign-off: "kob-str/sst/fg" (AFP)
    if words <= 10 and _SIGNED_RE.fullmatch(stripped):
        return PassageKind.BYLINE  # "(Christoph Reisinger, 20.11.2025)" closing an article
    if words <= 8 and stripped.rstrip(".").casefold() in _closing_lines(lang):
        return PassageKind.BYLINE  # "Compiled from agency reports" closing a roundup
    if words <= 60 and _has_any(stripped, _CAPTION_MARKS) and caption.search(stripped):
        return PassageKind.CAPTION
    if words <= 20 and last not in ".!?" and _meta_cue(stripped, meta, lang):
        return PassageKind.META
    if 0 < words <= 20 and len(stripped) <= 160 and "\n" not in stripped:
        # A headline is one sentence: text with a sentence end inside it is a
        # paragraph that lost its own end (a cut paragraph), not a headline. A numbered
        # subheading's number is no sentence ("2. Top up your pension").
        number = _HEADING_NUMBER.match(stripped)
        head = stripped[number.end() :] if number else stripped
        if last not in _TERMINAL and len(split_sentences(head, 0, len(head), lang)) == 1:
            return PassageKind.HEADING
        if (
            last in "?!"
            and words <= 15
            and len(split_sentences(stripped, 0, len(stripped), lang)) == 1
        ):
            return PassageKind.HEADING
    return PassageKind.PARAGRAPH


@functools.lru_cache(maxsize=16)
def _closing_lines(lang: Language) -> frozenset[str]:
    """Whole lines that credit a story's sources at its end (``[passages] closing_lines``)."""
    lines = language_section(lang, "passages").get("closing_lines", [])
    return frozenset(line.casefold() for line in lines)


@functools.lru_cache(maxsize=16)
def _sign_off(lang: Language) -> regex.Pattern[str]:
    """A wire story's bracketed sign-off: "(Reporting by …; Editing by …)"."""
    prefixes = language_section(lang, "passages").get("sign_off_prefixes", [])
    alternation = "|".join(regex.escape(p) for p in prefixes) or "(?!)"
    return regex.compile(rf"\((?:{alternation})\b[^()\n]*\)\Z")


def _has_any(text: str, marks: tuple[str, ...]) -> bool:
    return any(mark in text for mark in marks)


def _meta_cue(text: str, meta: regex.Pattern[str], lang: Language) -> bool:
    """Does ``text`` look like a date line, a breadcrumb or a metadata line?

    Without a separator only the cues anchored at the start of ``text`` can match.
    """
    separated = _has_any(text, _SEPARATOR_MARKS)
    return bool(
        (meta.search(text) if separated else meta.match(text))
        or _DATE_RE.search(text)
        or _START_TIME_RE.search(text)
        or _stamped_end(text, lang)
        or (separated and _trail(text))
    )


def _trail(text: str) -> bool:
    """Three or more items between separators, none after the first a bare figure: a
    breadcrumb trail ("Home / World / Europe", "$999 at Norvane | £949 at Norvane UK | …"),
    not a line of prices ("Price: £229 / $249 / €259")."""
    items = _BREADCRUMB_SEP_RE.split(text)
    return len(items) >= 3 and not any(_FIGURE_ITEM_RE.fullmatch(i.strip()) for i in items[1:])


# A price or number standing alone between separators: "$249", "€1,099", "+14".
_FIGURE_ITEM_RE = regex.compile(r"\p{Sc}?[+\-−–]?\d[\d.,]*%?")


def _stamped_end(text: str, lang: Language) -> bool:
    """Does ``text`` end with a clock time after a date or a label?"""
    m = _END_TIME_RE.search(text)
    if m is None:
        return False
    before = (m.group("before") or "").strip(".,:;|")
    return (
        not before
        or before[-1:].isdigit()
        or before in lang.calendar_words
        or before.lower() in {w.lower() for w in lang.meta_words}
    )


def _is_standalone_line(line: str, prev: str | None, nxt: str | None, lang: Language) -> bool:
    """Inside a multi-line block, is this line a passage of its own rather than a soft wrap?"""
    words = count_words(line)
    kind = classify(line, lang, words)
    if kind in (PassageKind.BYLINE, PassageKind.CAPTION, PassageKind.META):
        return True
    if kind is PassageKind.HEADING and words <= 12:
        prev_ends = prev is None or prev.rstrip(_CLOSERS)[-1:] in ".!?:"
        next_starts = nxt is None or nxt.lstrip('“"‘«»„([')[:1].isupper()
        return prev_ends and next_starts
    return False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_blocks(text: str, lang: Language) -> list[tuple[int, int]]:
    """Passage spans: blank-line separated blocks, with standalone lines split off."""
    spans: list[tuple[int, int]] = []
    for block in _BLOCK_RE.finditer(text):
        lines = [_trim(text, m.start(), m.end()) for m in _LINE_RE.finditer(text, *block.span())]
        lines = [(s, e) for s, e in lines if e > s]
        if len(lines) == 1:
            spans.append(lines[0])
            continue
        current: tuple[int, int] | None = None
        for i, (s, e) in enumerate(lines):
            prev = text[lines[i - 1][0] : lines[i - 1][1]] if i else None
            nxt = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else None
            if _is_standalone_line(text[s:e], prev, nxt, lang):
                if current:
                    spans.append(current)
                    current = None
                spans.append((s, e))
            else:
                current = (current[0], e) if current else (s, e)
        if current:
            spans.append(current)
    return spans


@dataclass(frozen=True)
class _Segmentation:
    """What sentence splitting needs from a language beyond its abbreviations."""

    end_re: regex.Pattern[str]
    ordinal_digits: int = 0
    numbered_nouns: frozenset[str] = frozenset()
    numeric_abbreviations: frozenset[str] = frozenset()
    final_abbreviations: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=16)
def _segmentation(lang: Language) -> _Segmentation:
    data = language_section(lang, "segmentation")
    quotes = language_section(lang, "quotes")
    inner = [tuple(p) for p in quotes.get("inner_pairs", [])]
    closers = set(_END_CLOSE) | set(lang.quotes.closers) | {c for _, c in inner}
    openers = set(_NEXT_OPEN) | set(lang.quotes.openers) | {o for o, _ in inner}
    spaced = bool(quotes.get("spaced", False))
    if closers == set(_END_CLOSE) and openers == set(_NEXT_OPEN) and not spaced:
        end_re = _SENTENCE_END_RE  # the language's marks are the defaults
    else:
        close = "".join(regex.escape(c) for c in sorted(closers))
        open_ = "".join(regex.escape(c) for c in sorted(openers))
        if spaced:  # « Non. » : the language's own closing marks may follow a space
            own = "".join(regex.escape(c) for c in sorted(lang.quotes.closers))
            close_group, gap = rf"(?:[{close}]|[^\S\n][{own}])*", r"[^\S\n]?"
        else:
            close_group, gap = rf"[{close}]*", ""
        end_re = regex.compile(
            rf"(?P<punct>\.{{2,}}|…|[.!?]+)(?P<close>{close_group})(?P<space>\s+)"
            rf"(?=(?:[{open_}]{gap})?[\p{{Lu}}\p{{N}}])"
        )
    return _Segmentation(
        end_re=end_re,
        ordinal_digits=int(data.get("ordinal_digits", 0)),
        numbered_nouns=frozenset(data.get("numbered_nouns", [])),
        numeric_abbreviations=frozenset(data.get("numeric_abbreviations", [])),
        final_abbreviations=frozenset(data.get("final_abbreviations", [])),
    )


def _is_abbreviation(before: str, lang: Language, after: str = "") -> bool:
    """Does the full stop after ``before`` belong to an abbreviation (or ordinal)?

    ``after`` is the text that follows the full stop: the language's numeric
    abbreviations (``Art. 5``) and ordinals (``3. Oktober``) depend on it.
    """
    match = _PREV_TOKEN_RE.search(before)
    if not match:
        return False
    token = match.group(1).lstrip('“"‘«»„([')
    seg = _segmentation(lang)
    if token in seg.final_abbreviations:
        nxt = _NEXT_WORD_RE.match(after)  # "Holdings Ltd. Its chief executive …"
        return not (nxt and nxt.group(1).lower() in lang.openers)
    if token in lang.abbreviations:
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial: "George W. Bush"
    if _DOTTED_ACRONYM_RE.match(token):
        return True  # "U.S", "a.m"
    if token in seg.numeric_abbreviations:
        return after.lstrip()[:1].isdigit()  # "Art. 5", but "auf diese Art. Die …"
    if seg.ordinal_digits and _NUMBER_RE.match(token) and len(token) <= seg.ordinal_digits:
        # "am 3. Oktober", "im 18. Jahrhundert": an ordinal, unless a sentence opener
        # follows ("stieg auf 12. Die Polizei …") or a finite verb stands before it ("Sophie
        # Kerscher wurde 26. Einzig Carla Weinzierl …": a place, not "the 26th"), nor after
        # a noun a cardinal follows ("auf Rang 17. Lokalmatador …").
        nxt = _NEXT_WORD_RE.match(after)
        if nxt and nxt.group(1).lower() in lang.openers:
            return False
        word = _WORD_BEFORE_TOKEN_RE.search(before, 0, match.start(1))
        if word and word.group(1) in seg.numbered_nouns:
            return False
        return not (word and word.group(1) in _verb_forms(lang)[0])
    return False


def split_sentences(text: str, start: int, end: int, lang: Language) -> tuple[Sentence, ...]:
    """Sentence spans inside ``text[start:end]``.

    Never splits at abbreviations, initials, dotted acronyms, decimals, times or ellipses
    (an ellipsis in news is usually an omission or a cut link, not a sentence end).
    """
    sentences: list[Sentence] = []
    cursor = start
    for m in _segmentation(lang).end_re.finditer(text, start, end):
        punct = m.group("punct")
        if punct.startswith("..") or punct == "…":
            continue
        # Only the last few characters matter (the token before the full stop): slicing
        # from the sentence start would make a long run of abbreviations quadratic.
        before = text[max(cursor, m.start() - _TOKEN_WINDOW) : m.start()]
        if punct == "." and _is_abbreviation(
            before, lang, text[m.end("close") : m.end("close") + 80]
        ):
            continue
        s, e = _trim(text, cursor, m.end("close"))
        if e > s:
            sentences.append(Sentence(s, e))
        cursor = m.end()
    s, e = _trim(text, cursor, end)
    if e > s:
        sentences.append(Sentence(s, e))
    return tuple(sentences)


# Subheadings between paragraphs are short ("A fight over the debt brake"); a longer line
# there without a full stop is a paragraph that was cut off.
_MAX_SUBHEADING_WORDS = 7


# A short label and a colon opening a line ("Where to stay: …", "Key finds: …", "Q&A: …").
LABEL = r"\p{Lu}[\p{L}\p{M}&'’ \-]{0,24}:[^\S\n]"
_LABEL_RE = regex.compile(LABEL)
_BRACKETED_RE = regex.compile(r"\([^()\n]*\)")
_CLOSING_QUOTES = '”’»"'


def _cut_paragraph(line: str, before: list[Passage], lang: Language, words: int) -> bool:
    """Is this heading-like line after a paragraph a cut paragraph, not a subheading?

    Long, and ending on a verb ("The former director, Lionel Arceneaux, 58, showed"),
    opening with a name and its apposition ("Kemi Adeyemi, the policy director of the
    North") or holding two commas ("Ferreyra, a former World Bank consultant, promised a state of
    emergency in Lima and Callao"): a subheading is a phrase ("Joie sur la pelouse, colère
    dans le camp adverse").
    """
    after_paragraph = bool(before) and before[-1].kind is PassageKind.PARAGRAPH
    if not after_paragraph or words <= _MAX_SUBHEADING_WORDS:
        return False
    if _apposition(lang).match(line):
        return True  # a name and its apposition: "Kemi Adeyemi, the policy director of the"
    # Commas inside brackets list an aside's items, not the clauses of a sentence: a
    # match report's scorers "Waikato 31 (Te Huia 2, Wharepapa tries; Paewai 4 con, pen)".
    if _BRACKETED_RE.sub("", line).count(",") >= 2:
        return True
    if line.rstrip()[-1:] in _CLOSING_QUOTES:
        return False  # a quoted heading: "Q&A: ‘Darkness is a resource we can manage’"
    if _LABEL_RE.match(line):
        return False  # a labelled heading: "Where to stay: five rifugios worth the climb"
    found = WORD_RE.findall(line)
    last = found[-1] if found else ""
    verbs, bases, modals, past_suffixes = _verb_forms(lang)
    past = len(last) >= 5 and last.endswith(past_suffixes or ("\0",))
    # A base form is a verb only after a modal or "to" ("the government would release"):
    # most are nouns too, and subheadings end on them ("Debt brake at the heart of the
    # dispute", "Trams halted as drivers strike over pay").
    infinitive = last in bases and len(found) > 1 and found[-2].lower() in modals
    return last[:1].islower() and (last in verbs or past or infinitive)


@functools.lru_cache(maxsize=16)
def _apposition(lang: Language) -> regex.Pattern[str]:
    """One to four capitalised words, a comma and an article (``[passages]
    apposition_articles``): "Kemi Adeyemi-Walsh, the policy director of …"."""
    articles = language_section(lang, "passages").get("apposition_articles", [])
    if not articles:
        return regex.compile("(?!)")
    alternation = "|".join(regex.escape(a) for a in articles)
    name = r"\p{Lu}[\p{L}\p{M}'’.\-]*"
    return regex.compile(rf"{name}(?:[^\S\n]+{name}){{0,3}},[^\S\n]+(?:{alternation})[^\S\n]")


@functools.lru_cache(maxsize=16)
def _verb_forms(
    lang: Language,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    """The language's listed finite verb forms, base forms, modals (with "to") and regular
    past endings (``[boundaries]``)."""
    data = language_section(lang, "boundaries")
    verbs = language_words(lang, "boundaries", "verbs_file")
    bases = language_words(lang, "boundaries", "base_verbs_file")
    modals = frozenset([*data.get("modals", []), *data.get("infinitive_markers", [])])
    return verbs, bases, modals, tuple(data.get("past_suffixes", []))


def _headline_kind(
    text: str, kind: PassageKind, words: int, max_words: int = 20, max_chars: int = 160
) -> PassageKind:
    """A passage in the headline's place (the document's first, with text after it) or a
    standfirst's (``_standfirst_place``): one line without a sentence end there is a
    heading even with a sentence end inside ("New vaccine tested in 5,000 children. Here’s
    what to know"; "Project to cover 27 municipalities …; first phase due by March 2027"),
    not a cut paragraph. A standfirst may be longer than a headline."""
    last = text.rstrip(_CLOSERS)[-1:]
    one_line = 0 < words <= max_words and len(text) <= max_chars and "\n" not in text
    if kind is PassageKind.PARAGRAPH and one_line and last not in _TERMINAL:
        return PassageKind.HEADING
    return kind


def _standfirst_place(
    passages: list[Passage], hints: tuple[PassageHint, ...], number: int, text: str, lang: Language
) -> bool:
    """Between the headline and a byline: the standfirst's place."""
    if len(passages) != 1 or passages[0].kind is not PassageKind.HEADING:
        return False
    if number + 1 >= len(hints) or hints[number + 1].kind:
        return False
    s, e = _trim(text, hints[number + 1].start, hints[number + 1].end)
    return e > s and classify(text[s:e], lang, count_words(text[s:e])) is PassageKind.BYLINE


# A live blog stamps each entry with a clock time, bare or before the entry's title after
# a dash ("14:05 BST", "9.30am", "19:40 GMT – That’s it from us"): one such line is a
# scraped timestamp, several are the entries' headings.
_STAMP_RE = regex.compile(
    r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s\p{Lu}{2,5})?(?:[^\S\n]+[–—\-][^\S\n]+\S[^\n]*)?"
)
# A table cell holding a number ("36", "+14", "-6", "49.2%").
_NUMBER_CELL_RE = regex.compile(r"[+\-−–]?\d[\d.,]*%?")


def _pipes_per_line(block: str) -> int:
    """The number of ``|`` on each line of ``block`` when every line has as many (a table's
    rows, alone or run together in one passage), else 0."""
    counts = {line.count("|") for line in block.split("\n")}
    return counts.pop() if len(counts) == 1 else 0


def _structure_lines(text: str, passages: list[Passage], guessed: list[bool]) -> None:
    """Metadata-like lines that structure the article become headings, in place.

    Two or more time stamps, bare or before a title, are a live blog's entry headings, and
    a run of lines with the same number of ``|`` separators, one cell a number, is a table
    ("Party | Seats | Change", "Civic Renewal (BV) | 36 | +14"), not a breadcrumb trail:
    all its passages become headings.
    """
    meta = {i for i, p in enumerate(passages) if guessed[i] and p.kind is PassageKind.META}
    stamps = {i for i in meta if _STAMP_RE.fullmatch(text, passages[i].start, passages[i].end)}
    structural = stamps if len(stamps) > 1 else set()
    pipes = [_pipes_per_line(text[p.start : p.end]) for p in passages]
    for count, group in groupby(range(len(passages)), key=pipes.__getitem__):
        run = list(group)
        if count == 0 or len(run) < 2 or not meta.intersection(run):
            continue
        cells = (
            c.strip() for i in run for c in text[passages[i].start : passages[i].end].split("|")
        )
        if any(_NUMBER_CELL_RE.fullmatch(c) for c in cells):
            structural.update(run)  # rows run together in one passage, too
    for i in structural:
        passages[i] = replace(passages[i], kind=PassageKind.HEADING)


def segment(document: Document) -> list[Passage]:
    """Passages of ``document`` with their kinds and sentences."""
    lang = get_language(document.lang)
    text = document.text
    hints: tuple[PassageHint, ...]
    if document.passages is not None:
        hints = document.passages
    else:
        hints = tuple(PassageHint(s, e) for s, e in split_blocks(text, lang))
    passages: list[Passage] = []
    guessed: list[bool] = []
    for number, hint in enumerate(hints):
        s, e = _trim(text, hint.start, hint.end)
        if e <= s:
            continue
        words = count_words(text[s:e])
        kind = hint.kind or classify(text[s:e], lang, words)
        if not hint.kind and not passages and number + 1 < len(hints):
            kind = _headline_kind(text[s:e], kind, words)
        elif not hint.kind and _standfirst_place(passages, hints, number, text, lang):
            kind = _headline_kind(text[s:e], kind, words, max_words=45, max_chars=320)
        guessed_heading = kind is PassageKind.HEADING and not hint.kind
        if guessed_heading and _cut_paragraph(text[s:e], passages, lang, words):
            kind = PassageKind.PARAGRAPH
        passages.append(
            Passage(
                index=len(passages),
                start=s,
                end=e,
                kind=kind,
                sentences=split_sentences(text, s, e, lang),
                words=words,
                source=hint.source,
                reference=hint.reference,
            )
        )
        guessed.append(not hint.kind)
    _structure_lines(text, passages, guessed)
    return passages
