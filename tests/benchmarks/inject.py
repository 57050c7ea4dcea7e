"""Seeded injection of scraping and machine-translation artifacts into clean articles.

Every injector takes a clean article and a ``random.Random`` and proposes one
:class:`Edit`: replace ``text[start:end]`` with ``replacement``, and the span a checker
should flag (or overlap) in the edited text. For insertions the flagged span is the
inserted text; for deletions and substitutions it is the text around the damage that a
reader would point at (``weeks Signs`` for a lost full stop, the quotation for a lost
quotation mark).

Public entry points:

* :func:`inject_one` - one artifact of one family: ``(text, [record])``.
* :func:`inject_many` - several artifacts of different families in one copy.
* :func:`self_check` - every record's span is non-empty and holds the recorded text.

A record is ``{"family", "variant", "start", "end", "text"}`` with ``text ==
corrupted[start:end]``. The article structure (headline, byline, subheadings, paragraphs,
sentences, quotations) is parsed here with rules written for the benchmark corpus, not
with tqcheck's segmenter, so that the injection does not inherit the checker's mistakes.

Run ``python tests/benchmarks/inject.py [--seed N] [--show N]`` to self-check the whole
corpus and print a few corrupted snippets.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

import pools
import regex

CORPUS_DIR = Path(__file__).resolve().parent / "corpus" / "en"

#: Edits closer than this (in characters) to each other are not combined in one copy.
MARGIN = 40


class Record(TypedDict):
    family: str
    variant: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Edit:
    """Replace ``start:end`` by ``replacement``; flag ``flag_start:flag_end`` afterwards."""

    start: int
    end: int
    replacement: str
    flag_start: int
    flag_end: int
    family: str = ""
    variant: str = ""

    @property
    def delta(self) -> int:
        return len(self.replacement) - (self.end - self.start)

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]


# --------------------------------------------------------------------------- parsing

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*")
_ALPHA_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}'’\-])\p{Ll}+(?![\p{L}\p{M}\p{N}'’\-])")
_SENT_END = regex.compile(r"[.!?]+[”\"’']*(?=\s+[“\"‘']?\p{Lu})")
_BLOCK = regex.compile(r"[^\n]+(?:\n[^\n]+)*")
_ABBREVIATIONS = frozenset(
    (
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Sen", "Rep", "Gov", "Jr", "Sr", "Lt", "Col",
        "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "No", "Inc", "Corp", "Co", "Ltd",
        "vs", "Mass", "Wash", "Calif", "Ind", "Ont", "Vt",
        # a case name's "v." and ranks before a name never end a sentence
        "v", "Capt", "Sgt", "Cpl", "Det", "Insp", "Supt", "Rev", "Hon", "Adm", "Cmdr", "Maj",
        "Brig", "Fr", "Msgr", "Del", "Ald", "Sens", "Reps",
    )
)  # fmt: skip
_OPENING_MARKS = "“\"‘'"
_FUNCTION_WORDS = frozenset(
    (
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "from", "by", "and", "or",
        "but", "that", "which", "as", "into", "about", "over",
    )
)  # fmt: skip
_PREPOSITIONS = frozenset(
    ("in", "on", "at", "of", "for", "about", "with", "to", "from", "over", "into", "by", "the", "a")
)


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: str  # headline | byline | subhead | paragraph


@dataclass(frozen=True)
class Quote:
    open: int
    close: int | None  # None: left open at the end of the paragraph (continued quote)


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    blocks: tuple[Block, ...]

    @property
    def paragraphs(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "paragraph"]

    @property
    def curly(self) -> bool:
        return "“" in self.text

    @property
    def open_mark(self) -> str:
        return "“" if self.curly else '"'

    @property
    def close_mark(self) -> str:
        return "”" if self.curly else '"'

    @property
    def section(self) -> str:
        parts = self.name.split("-")
        return parts[1] if len(parts) > 1 else "news"


def _block_kind(index: int, body: str) -> str:
    words = len(_WORD.findall(body))
    if index == 0:
        return "headline"
    if body.startswith("By ") and words <= 8 and not body.endswith("."):
        return "byline"
    last = body.rstrip("”\"’'")[-1:]
    if words <= 12 and last not in ".!?,:;":
        return "subhead"
    if words <= 8 and last == "?" and not any(q in body for q in '“"'):
        return "subhead"
    return "paragraph"


def parse(name: str, text: str) -> Article:
    blocks = [
        Block(m.start(), m.end(), _block_kind(i, m.group()))
        for i, m in enumerate(_BLOCK.finditer(text))
    ]
    return Article(name, text, tuple(blocks))


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``; abbreviations and acronyms never end one."""
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _SENT_END.finditer(text, start, end):
        token_start = text.rfind(" ", start, m.start()) + 1
        core = text[max(token_start, start) : m.start()].lstrip(_OPENING_MARKS + "(")
        if core in _ABBREVIATIONS or "." in core or (len(core) == 1 and core.isupper()):
            continue
        spans.append((begin, m.end()))
        begin = m.end()
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end:
        spans.append((begin, end))
    return spans


def quotes(article: Article, block: Block) -> list[Quote]:
    """Double quotations of a paragraph, in order."""
    text = article.text
    found: list[Quote] = []
    opened: int | None = None
    for i in range(block.start, block.end):
        c = text[i]
        opens = c == "“" if article.curly else c == '"' and opened is None
        if opens:
            opened = i
        elif (c == "”" or c == '"') and opened is not None:
            found.append(Quote(opened, i))
            opened = None
    if opened is not None:
        found.append(Quote(opened, None))
    return found


def _quoted(article: Article, block: Block, pos: int) -> bool:
    for q in quotes(article, block):
        end = q.close if q.close is not None else block.end
        if q.open <= pos <= end:
            return True
    return False


def _balanced(article: Article, chunk: str) -> bool:
    if article.curly:
        return chunk.count("“") == chunk.count("”")
    return chunk.count('"') % 2 == 0


def _candidate_sentences(article: Article, min_words: int = 6) -> list[tuple[int, int]]:
    found = []
    for block in article.paragraphs:
        for s, e in sentences(article.text, block.start, block.end):
            chunk = article.text[s:e]
            if len(_WORD.findall(chunk)) >= min_words and _balanced(article, chunk):
                found.append((s, e))
    return found


def _next_block(article: Article, block: Block) -> Block | None:
    index = article.blocks.index(block)
    return article.blocks[index + 1] if index + 1 < len(article.blocks) else None


def _insert(pos: int, inserted: str, lead: str = "", trail: str = "") -> Edit:
    """Insert ``lead + inserted + trail`` at ``pos`` and flag ``inserted``."""
    start = pos + len(lead)
    return Edit(pos, pos, lead + inserted + trail, start, start + len(inserted))


def _new_block_after(article: Article, block: Block, body: str) -> Edit:
    return _insert(block.end, body, lead="\n\n")


def _name(rng: random.Random) -> str:
    return f"{rng.choice(pools.FIRST_NAMES)} {rng.choice(pools.LAST_NAMES)}"


Injector = Callable[[Article, random.Random], Edit | None]


# --------------------------------------------------------------------------- quotes


def _quotes_double_open(article: Article, rng: random.Random) -> Edit | None:
    """A copy of the opening mark lands earlier in the clause: ``“China and … “We are``."""
    options = []
    for block in article.paragraphs:
        previous_close = block.start - 1
        starts_ = [s for s, _ in sentences(article.text, block.start, block.end)]
        for q in quotes(article, block):
            own = max(s for s in starts_ if s <= q.open)
            earlier = [s for s in starts_ if s < own]
            clause = own if own < q.open else (earlier[-1] if earlier else own)
            lo = max(previous_close + 1, clause)
            starts = [
                m.start()
                for m in _WORD.finditer(article.text, lo, q.open)
                if article.text[m.start() - 1 : m.start()] in ("", " ", "\n")
                and len(_WORD.findall(article.text, m.start(), q.open)) >= 2
            ]
            options.extend((pos, q.open) for pos in starts)
            previous_close = q.close if q.close is not None else block.end
    if not options:
        return None
    pos, mark = rng.choice(options)
    return Edit(pos, pos, article.open_mark, pos, mark + 2)


def _quotes_drop_open(article: Article, rng: random.Random) -> Edit | None:
    closed = [q for b in article.paragraphs for q in quotes(article, b) if q.close is not None]
    if not closed:
        return None
    q = rng.choice(closed)
    assert q.close is not None
    return Edit(q.open, q.open + 1, "", q.open, q.close)


def _quotes_drop_close(article: Article, rng: random.Random, at_end: bool) -> Edit | None:
    options = []
    for block in article.paragraphs:
        nxt = _next_block(article, block)
        continued = nxt is not None and article.text[nxt.start] in _OPENING_MARKS
        for q in quotes(article, block):
            if q.close is None:
                continue
            last = q.close == block.end - 1
            if (at_end and last and not continued) or (not at_end and not last):
                options.append(q)
    if not options:
        return None
    q = rng.choice(options)
    assert q.close is not None
    return Edit(q.close, q.close + 1, "", q.open, q.close)


def _quotes_stray_close(article: Article, rng: random.Random) -> Edit | None:
    """A closing mark where no quotation is open, after a sentence or before a comma."""
    options = []
    for block in article.paragraphs:
        for m in regex.finditer(
            r"(?<=\p{Ll}{2}),(?= )", article.text, pos=block.start, endpos=block.end
        ):
            if not _quoted(article, block, m.start()):
                options.append(m.start())
        for _, dot, _ in _boundaries(article, (block,)):
            if not _quoted(article, block, dot):
                options.append(dot + 1)
    if not options:
        return None
    pos = rng.choice(options)
    return _insert(pos, article.close_mark)


# --------------------------------------------------------------------------- boundary


def _boundaries(
    article: Article, blocks: Sequence[Block] | None = None
) -> list[tuple[int, int, int]]:
    """Full stops between two sentences: (prev word start, dot, next word end)."""
    found = []
    for block in article.paragraphs if blocks is None else blocks:
        for s, e in sentences(article.text, block.start, block.end)[:-1]:
            chunk = article.text[s:e]
            if not regex.search(r"[\p{Ll}\p{N}]\.$", chunk):
                continue
            nxt = regex.match(r"\s+(\p{Lu}[\p{L}\p{M}’'\-]*)", article.text, pos=e)
            if not nxt:
                continue
            prev = regex.search(r"\S+$", chunk)
            assert prev is not None
            found.append((s + prev.start(), e - 1, nxt.end(1)))
    return found


def _boundary(article: Article, rng: random.Random, separator: str) -> Edit | None:
    options = _boundaries(article)
    if not options:
        return None
    prev_start, dot, next_end = rng.choice(options)
    # Replace ". " (dot and the following space) with the separator.
    replacement = separator
    delta = len(replacement) - 2
    return Edit(dot, dot + 2, replacement, prev_start, next_end + delta)


# --------------------------------------------------------------------------- link


_ELLIPSES = ("…", "...", " […]", "[…]")


def _link_positions(
    article: Article, needed_after: int
) -> list[tuple[int, list[regex.Match[str]]]]:
    """(end of a preposition/article, the plain lower-case words that follow it)."""
    options = []
    for s, e in _candidate_sentences(article, min_words=8):
        words = list(_WORD.finditer(article.text, s, e))
        for i in range(2, len(words) - needed_after - 1):
            w = words[i]
            if w.group() not in _PREPOSITIONS:
                continue
            following = words[i + 1 : i + 1 + needed_after + 1]
            gaps = [
                article.text[a.end() : b.start()]
                for a, b in itertools.pairwise(words[i : i + len(following) + 1])
            ]
            plain = all(g == " " for g in gaps) and all(
                f.group().isalpha() and f.group().islower() for f in following
            )
            if plain:
                options.append((w.end(), following))
    return options


def _link_insert(article: Article, rng: random.Random) -> Edit | None:
    """``rose in… Interest rates the first quarter``: a link's text inserted."""
    options = _link_positions(article, needed_after=1)
    if not options:
        return None
    pos, _ = rng.choice(options)
    ellipsis = rng.choice(_ELLIPSES)
    inserted = f"{ellipsis} {rng.choice(pools.LINK_TEXTS)}"
    flag_start = pos + (1 if ellipsis.startswith(" ") else 0)
    return Edit(pos, pos, inserted, flag_start, pos + len(inserted))


def _link_replace(article: Article, rng: random.Random) -> Edit | None:
    """``behaves in… Ukraine war neutral``: the linked words, capitalised, after a cut."""
    options = _link_positions(article, needed_after=2)
    if not options:
        return None
    pos, following = rng.choice(options)
    chosen = following[: rng.randint(1, 2)]
    if chosen[0].group() in ("the", "a", "an"):
        chosen = following[:2]
    words = [w.group() for w in chosen if w.group() not in ("the", "a", "an")]
    end = chosen[-1].end()
    ellipsis = rng.choice(_ELLIPSES)
    phrase = " ".join(words)
    replacement = f"{ellipsis} {phrase[0].upper()}{phrase[1:]}"
    flag_start = pos + (1 if ellipsis.startswith(" ") else 0)
    return Edit(pos, end, replacement, flag_start, pos + len(replacement))


# --------------------------------------------------------------------------- boilerplate


def _random_date(rng: random.Random) -> tuple[int, int, int, int, int]:
    return 2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 22), rng.randint(0, 59)


def _top_line(line: str) -> Edit:
    return _insert(0, line, trail="\n\n")


def _breadcrumb_date(article: Article, rng: random.Random) -> Edit:
    y, m, d, _, _ = _random_date(rng)
    section = pools.SECTIONS.get(article.section, ("News", "Nachrichten"))[0].lower()
    return _top_line(f"date {y}-{m:02}-{d:02} Home page {section}")


def _breadcrumb_path(article: Article, rng: random.Random) -> Edit:
    section = pools.SECTIONS.get(article.section, ("News", "Nachrichten"))[0]
    sep = rng.choice((" » ", " > ", " / "))
    return _top_line(sep.join(("Home", rng.choice(("News", "World")), section)))


def _breadcrumb_status(article: Article, rng: random.Random) -> Edit:
    y, m, d, hh, mm = _random_date(rng)
    return _top_line(f"Status: {d:02}.{m:02}.{y} {hh:02}:{mm:02}")


def _byline_from(article: Article, rng: random.Random) -> Edit:
    label = rng.choice(("From: ", "From "))
    for block in article.blocks:
        if block.kind == "byline":
            body = label + article.text[block.start + 3 : block.end]
            return Edit(block.start, block.end, body, block.start, block.start + len(body))
    return _new_block_after(article, article.blocks[0], label + _name(rng))


def _caption(article: Article, rng: random.Random, credit: str) -> Edit:
    block = rng.choice(article.paragraphs[:-1] or article.paragraphs)
    caption = f"{rng.choice(pools.CAPTIONS)} {credit.format(name=_name(rng))}"
    return _new_block_after(article, block, caption)


def _teaser(article: Article, rng: random.Random, label: str, titles: Sequence[str]) -> Edit:
    block = rng.choice(article.paragraphs[:-1] or article.paragraphs)
    return _new_block_after(article, block, f"{label}: {rng.choice(titles)}")


def _share_line(article: Article, rng: random.Random) -> Edit:
    block = rng.choice(article.paragraphs)
    return _new_block_after(article, block, rng.choice(pools.SHARE_LINES))


# --------------------------------------------------------------------------- untranslated


def _foreign_sentence(article: Article, rng: random.Random, lang: str) -> Edit | None:
    options = [
        (s, e)
        for s, e in _candidate_sentences(article)
        if not any(q in article.text[s:e] for q in '“”"')
    ]
    if not options:
        return None
    s, e = rng.choice(options)
    foreign = rng.choice(pools.FOREIGN_SENTENCES[lang])
    return Edit(s, e, foreign, s, s + len(foreign))


def _foreign_clause(article: Article, rng: random.Random, lang: str) -> Edit | None:
    """``… in February, wie ein Sprecher des Ministeriums am Montag mitteilte.``"""
    options = [
        e - 1
        for s, e in _candidate_sentences(article)
        if regex.search(r"\p{Ll}\.$", article.text[s:e])
    ]
    if not options:
        return None
    pos = rng.choice(options)
    return _insert(pos, rng.choice(pools.FOREIGN_CLAUSES[lang]), lead=", ")


def _foreign_paragraph(article: Article, rng: random.Random) -> Edit | None:
    options = [
        b
        for b in article.paragraphs
        if len(sentences(article.text, b.start, b.end)) <= 3
        and not any(q in article.text[b.start : b.end] for q in '“”"')
    ]
    if not options:
        return None
    block = rng.choice(options)
    body = " ".join(rng.sample(pools.FOREIGN_SENTENCES["de"], 2))
    return Edit(block.start, block.end, body, block.start, block.start + len(body))


# --------------------------------------------------------------------------- names

_NAME_TOKEN = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}'’\-])\p{Lu}\p{Ll}*[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*"
    r"(?![\p{L}\p{M}\p{N}\-])"
)
_KOREAN_NAME = regex.compile(r"\b(\p{Lu}\p{Ll}{1,3}) (\p{Lu}\p{Ll}{1,3}) (\p{Lu}\p{Ll}{1,3})\b")
_TITLE_BEFORE = regex.compile(r"(?:Mr|Ms|Mrs|Dr|Prof)\. $|(?:Judge|Justice|Senator) $")
_STRIP = str.maketrans({"ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "ł": "l", "đ": "d"})


def _strip_diacritics(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.translate(_STRIP))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _add_diacritic(word: str) -> str:
    accents = {"e": "é", "a": "á", "o": "ó", "u": "ü"}
    for i, c in enumerate(word[1:], start=1):
        if c in accents:
            return word[:i] + accents[c] + word[i + 1 :]
    return word


def _name_occurrences(article: Article) -> dict[str, list[tuple[int, int]]]:
    """Capitalised tokens in running text (not headlines or datelines), by spelling."""
    found: dict[str, list[tuple[int, int]]] = {}
    for block in article.blocks:
        if block.kind != "paragraph":
            continue
        for m in _NAME_TOKEN.finditer(article.text, block.start, block.end):
            found.setdefault(m.group(), []).append(m.span())
    return found


def _names_variant(
    article: Article, rng: random.Random, transform: Callable[[str], str | None]
) -> Edit | None:
    options = []
    for token, spans in sorted(_name_occurrences(article).items()):
        new = transform(token)
        if new and new != token and len(spans) >= 2:
            options.extend((span, new) for span in spans[1:])
    if not options:
        return None
    (s, e), new = rng.choice(options)
    return Edit(s, e, new, s, s + len(new))


def _hyphen_to_space(token: str) -> str | None:
    if "-" not in token:
        return None
    head, tail = token.split("-", 1)
    return f"{head} {tail[:1].upper()}{tail[1:]}"


def _drop_diacritic(token: str) -> str | None:
    return _strip_diacritics(token) if not token.isascii() else None


def _mc_case(token: str) -> str | None:
    m = regex.fullmatch(r"(Mc|Mac|Di|De|O’|O')(\p{Lu})(\p{Ll}+)", token)
    return f"{m.group(1)}{m.group(2).lower()}{m.group(3)}" if m else None


def _names_add_diacritic(article: Article, rng: random.Random) -> Edit | None:
    titled = {
        m.group()
        for m in _NAME_TOKEN.finditer(article.text)
        if _TITLE_BEFORE.search(article.text[max(0, m.start() - 9) : m.start()])
    }
    return _names_variant(
        article,
        rng,
        lambda t: _add_diacritic(t) if t in titled and t.isascii() and len(t) >= 4 else None,
    )


def _names_space_to_hyphen(article: Article, rng: random.Random) -> Edit | None:
    """``Park Soo Jin`` → ``Park Soo-jin`` at a later mention."""
    found: dict[str, list[regex.Match[str]]] = {}
    for m in _KOREAN_NAME.finditer(article.text):
        found.setdefault(m.group(), []).append(m)
    options = [ms[i] for ms in found.values() if len(ms) >= 2 for i in range(1, len(ms))]
    if not options:
        return None
    m = rng.choice(options)
    new = f"{m.group(1)} {m.group(2)}-{m.group(3).lower()}"
    return Edit(m.start(), m.end(), new, m.start(), m.start() + len(new))


# --------------------------------------------------------------------------- repeated


def _repeat_word(article: Article, rng: random.Random) -> Edit | None:
    options = [
        m
        for block in article.paragraphs
        for m in _ALPHA_WORD.finditer(article.text, block.start, block.end)
        if len(m.group()) >= 2 and m.group() not in ("had", "that", "is")
    ]
    if not options:
        return None
    m = rng.choice(options)
    return _insert(m.end(), m.group(), lead=" ")


def _repeat_phrase(article: Article, rng: random.Random) -> Edit | None:
    options = []
    for s, e in _candidate_sentences(article):
        words = list(_WORD.finditer(article.text, s, e))
        for i in range(len(words)):
            for n in (2, 3, 4):
                run = words[i : i + n]
                if len(run) < n:
                    break
                gaps = [article.text[a.end() : b.start()] for a, b in itertools.pairwise(run)]
                if all(g == " " for g in gaps):
                    options.append((run[0].start(), run[-1].end()))
    if not options:
        return None
    s, e = rng.choice(options)
    return _insert(e, article.text[s:e], lead=" ")


def _repeat_sentence(article: Article, rng: random.Random) -> Edit | None:
    options = _candidate_sentences(article)
    if not options:
        return None
    s, e = rng.choice(options)
    return _insert(e, article.text[s:e], lead=" ")


def _repeat_headline(article: Article, rng: random.Random) -> Edit:
    head = article.blocks[0]
    after = next((b for b in article.blocks[1:3] if b.kind == "byline"), head)
    return _new_block_after(article, after, article.text[head.start : head.end])


def _repeat_paragraph(article: Article, rng: random.Random) -> Edit | None:
    block = rng.choice(article.paragraphs)
    return _new_block_after(article, block, article.text[block.start : block.end])


# --------------------------------------------------------------------------- encoding


def mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (undefined bytes as Latin-1), as scrapers do."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(bytes([byte]).decode("latin-1"))
    return "".join(out)


def _mojibake_token(article: Article, rng: random.Random) -> Edit | None:
    spans = [
        (block.start + m.start(), block.start + m.end())
        for block in article.blocks
        for m in regex.finditer(r"\S+", article.text[block.start : block.end])
        if not m.group().isascii()
    ]
    if not spans:
        return None
    s, e = rng.choice(spans)
    new = mojibake(article.text[s:e])
    return Edit(s, e, new, s, s + len(new))


def _mojibake_paragraph(article: Article, rng: random.Random) -> Edit | None:
    options = [
        b
        for b in article.paragraphs
        if sum(not c.isascii() for c in article.text[b.start : b.end]) >= 2
    ]
    if not options:
        return None
    block = rng.choice(options)
    body = article.text[block.start : block.end]
    new = mojibake(body)
    first = next(i for i, c in enumerate(body) if not c.isascii())
    tail = next(i for i, c in enumerate(reversed(body)) if not c.isascii())
    return Edit(block.start, block.end, new, block.start + first, block.start + len(new) - tail)


_ENTITIES = {
    "’": ("&#8217;", "&rsquo;"),
    "'": ("&#39;", "&#039;"),
    "“": ("&ldquo;", "&#8220;"),
    "”": ("&rdquo;", "&#8221;"),
    '"': ("&quot;", "&#34;"),
    "—": ("&mdash;", "&#8212;"),
    "–": ("&ndash;",),
    "&": ("&amp;",),
}


def _entity(article: Article, rng: random.Random, chars: str) -> Edit | None:
    positions = [
        i
        for block in article.blocks
        for i in range(block.start, block.end)
        if article.text[i] in chars
    ]
    if not positions:
        return None
    pos = rng.choice(positions)
    entity = rng.choice(_ENTITIES[article.text[pos]])
    return Edit(pos, pos + 1, entity, pos, pos + len(entity))


def _entity_ampersand(article: Article, rng: random.Random) -> Edit | None:
    """``Harwell &amp; Stroud``; without an ``&`` in the article, ``Kenya &amp; Somalia``."""
    found = _entity(article, rng, "&")
    if found:
        return found
    options = [
        m.start() for m in regex.finditer(r"(?<=\p{Lu}\p{Ll}+) and (?=\p{Lu})", article.text)
    ]
    if not options:
        return None
    pos = rng.choice(options)
    return Edit(pos, pos + 5, " &amp; ", pos + 1, pos + 6)


def _entity_nbsp(article: Article, rng: random.Random) -> Edit | None:
    options = [
        m.start()
        for b in article.paragraphs
        for m in regex.finditer(r"(?<=\d) (?=\p{Ll})", article.text, pos=b.start, endpos=b.end)
    ]
    if not options:
        return None
    pos = rng.choice(options)
    return Edit(pos, pos + 1, "&nbsp;", pos, pos + 6)


# --------------------------------------------------------------------------- truncated


def _truncate(article: Article, rng: random.Random, dangling: bool, last: bool) -> Edit | None:
    blocks = article.paragraphs[-1:] if last else article.paragraphs[1:-1]
    options = []
    for block in blocks:
        s, e = sentences(article.text, block.start, block.end)[-1]
        words = list(_WORD.finditer(article.text, s, e))
        for w in words[3:-2]:
            if (w.group().lower() in _FUNCTION_WORDS) == dangling and w.group().isalpha():
                options.append((w, block))
    if not options:
        return None
    w, block = rng.choice(options)
    return Edit(w.end(), block.end, "", w.start(), w.end())


# --------------------------------------------------------------------------- registry


def _credit(credit: str) -> Injector:
    return lambda a, r: _caption(a, r, credit)


FAMILIES: dict[str, dict[str, Injector]] = {
    "quotes": {
        "double-open": _quotes_double_open,
        "drop-open": _quotes_drop_open,
        "drop-close-end": lambda a, r: _quotes_drop_close(a, r, at_end=True),
        "drop-close-mid": lambda a, r: _quotes_drop_close(a, r, at_end=False),
        "stray-close": _quotes_stray_close,
    },
    "boundary": {
        "deleted": lambda a, r: _boundary(a, r, " "),
        "comma": lambda a, r: _boundary(a, r, ", "),
        "semicolon": lambda a, r: _boundary(a, r, "; "),
    },
    "link": {
        "splice-replace": _link_replace,
        "splice-insert": _link_insert,
    },
    "boilerplate": {
        "credit-copyright": _credit("© {name} / dpa"),
        "credit-photo": _credit("Photo: {name} / AFP"),
        "credit-slash": _credit("{name}/Getty Images"),
        "credit-foto": _credit("Foto: {name} / Reuters"),
        "breadcrumb-date": _breadcrumb_date,
        "breadcrumb-path": _breadcrumb_path,
        "breadcrumb-status": _breadcrumb_status,
        "byline-from": _byline_from,
        "teaser-read-more": lambda a, r: _teaser(a, r, "Read more", pools.TEASER_TITLES_EN),
        "teaser-also-read": lambda a, r: _teaser(a, r, "Also read", pools.TEASER_TITLES_EN),
        "teaser-lesen": lambda a, r: _teaser(a, r, "Lesen Sie auch", pools.TEASER_TITLES_DE),
        "share-newsletter": _share_line,
    },
    "untranslated": {
        "sentence-de": lambda a, r: _foreign_sentence(a, r, "de"),
        "sentence-fr": lambda a, r: _foreign_sentence(a, r, "fr"),
        "sentence-es": lambda a, r: _foreign_sentence(a, r, "es"),
        "clause-de": lambda a, r: _foreign_clause(a, r, "de"),
        "clause-fr": lambda a, r: _foreign_clause(a, r, "fr"),
        "clause-es": lambda a, r: _foreign_clause(a, r, "es"),
        "paragraph-de": _foreign_paragraph,
    },
    "names": {
        "hyphen-to-space": lambda a, r: _names_variant(a, r, _hyphen_to_space),
        "space-to-hyphen": _names_space_to_hyphen,
        "drop-diacritic": lambda a, r: _names_variant(a, r, _drop_diacritic),
        "add-diacritic": _names_add_diacritic,
        "mc-case": lambda a, r: _names_variant(a, r, _mc_case),
    },
    "repeated": {
        "word": _repeat_word,
        "phrase": _repeat_phrase,
        "sentence": _repeat_sentence,
        "headline": _repeat_headline,
        "paragraph": _repeat_paragraph,
    },
    "mojibake": {
        "token": _mojibake_token,
        "paragraph": _mojibake_paragraph,
    },
    "entity": {
        "apostrophe": lambda a, r: _entity(a, r, "’'"),
        "quote": lambda a, r: _entity(a, r, '“”"'),
        "dash": lambda a, r: _entity(a, r, "—–"),
        "ampersand": _entity_ampersand,
        "nbsp": _entity_nbsp,
    },
    "truncated": {
        "last-after-function-word": lambda a, r: _truncate(a, r, dangling=True, last=True),
        "last-after-content-word": lambda a, r: _truncate(a, r, dangling=False, last=True),
        "inner-paragraph": lambda a, r: _truncate(a, r, dangling=False, last=False),
    },
}


# --------------------------------------------------------------------------- applying


def _propose(article: Article, family: str, variant: str, rng: random.Random) -> Edit | None:
    """The variant's edit, or the next applicable variant of the family (in order)."""
    variants = list(FAMILIES[family])
    start = variants.index(variant)
    for name in variants[start:] + variants[:start]:
        edit = FAMILIES[family][name](article, rng)
        if edit is not None and edit.flag_end > edit.flag_start:
            return Edit(
                edit.start,
                edit.end,
                edit.replacement,
                edit.flag_start,
                edit.flag_end,
                family,
                name,
            )
    return None


def _record(edit: Edit, text: str, shift: int = 0) -> Record:
    start, end = edit.flag_start + shift, edit.flag_end + shift
    return Record(
        family=edit.family, variant=edit.variant, start=start, end=end, text=text[start:end]
    )


def inject_one(
    text: str,
    family: str,
    rng: random.Random,
    variant: str | None = None,
    name: str = "article",
) -> tuple[str, list[Record]] | None:
    """One artifact of ``family`` (``variant`` or a random one); None if none applies."""
    article = parse(name, text)
    chosen = variant or rng.choice(list(FAMILIES[family]))
    edit = _propose(article, family, chosen, rng)
    if edit is None:
        return None
    corrupted = edit.apply(text)
    return corrupted, [_record(edit, corrupted)]


def _conflicts(edit: Edit, others: Iterable[Edit]) -> bool:
    lo = min(edit.start, edit.flag_start) - MARGIN
    hi = max(edit.end, edit.flag_end - edit.delta) + MARGIN
    for other in others:
        o_lo = min(other.start, other.flag_start) - MARGIN
        o_hi = max(other.end, other.flag_end - other.delta) + MARGIN
        if lo < o_hi and o_lo < hi:
            return True
    return False


def inject_many(
    text: str, families: Sequence[str], rng: random.Random, name: str = "article"
) -> tuple[str, list[Record]]:
    """One artifact of each family in ``families`` where it fits without touching another."""
    article = parse(name, text)
    edits: list[Edit] = []
    for family in families:
        for _ in range(5):
            edit = _propose(article, family, rng.choice(list(FAMILIES[family])), rng)
            if edit is not None and not _conflicts(edit, edits):
                edits.append(edit)
                break
    corrupted = text
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        corrupted = edit.apply(corrupted)
    records = []
    for edit in sorted(edits, key=lambda e: e.start):
        shift = sum(o.delta for o in edits if o.end <= edit.start and o is not edit)
        records.append(_record(edit, corrupted, shift))
        single = edit.apply(text)[edit.flag_start : edit.flag_end]
        assert records[-1]["text"] == single, (name, edit, records[-1], single)
    return corrupted, records


# --------------------------------------------------------------------------- checks


def self_check(text: str, records: Sequence[Record]) -> None:
    """Every recorded span is inside the text, non-empty, and holds the recorded text."""
    for r in records:
        assert 0 <= r["start"] < r["end"] <= len(text), r
        assert text[r["start"] : r["end"]] == r["text"], r
        assert r["text"].strip(), r


def check_pools() -> None:
    """The foreign pools hold what the brief asks for: 40+ sentences of 10-25 words."""
    sentences_ = [s for pool in pools.FOREIGN_SENTENCES.values() for s in pool]
    assert len(sentences_) >= 40, len(sentences_)
    for s in sentences_:
        assert 10 <= len(_WORD.findall(s)) <= 25, s
    for clause in (c for pool in pools.FOREIGN_CLAUSES.values() for c in pool):
        assert 5 <= len(_WORD.findall(clause)) <= 10, clause


def load_corpus(directory: Path = CORPUS_DIR) -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.txt"))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=0, help="print N corrupted snippets")
    args = parser.parse_args(argv)
    check_pools()
    corpus = load_corpus()
    shown = 0
    total = 0
    for name, text in corpus:
        for family, variants in FAMILIES.items():
            for variant in variants:
                rng = random.Random(f"{args.seed}/{name}/{family}/{variant}")
                result = inject_one(text, family, rng, variant, name)
                if result is None:
                    continue
                corrupted, records = result
                self_check(corrupted, records)
                total += 1
                if shown < args.show and records[0]["variant"] == variant:
                    r = records[0]
                    context = corrupted[max(0, r["start"] - 30) : r["end"] + 30]
                    print(f"{family}/{variant} {name}: …{context!r}…")
                    shown += 1
        corrupted, records = inject_many(text, list(FAMILIES), random.Random(args.seed), name)
        self_check(corrupted, records)
        total += len(records)
    print(f"self-check passed: {total} injected artifacts in {len(corpus)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
