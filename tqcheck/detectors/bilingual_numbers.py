"""Numbers, amounts, percentages, dates and times that did not survive translation.

Each side's figures are read in its own locale, so what is compared is the value, not the
spelling: German ``4.526`` and English ``4,526`` are both 4526, German ``2,5 %`` and
English ``2.5%`` both 2.5, ``5 Milliarden`` and ``5 billion`` both 5·10⁹ (but German
``Billion`` is 10¹²), ``3. März 2024`` and ``March 3, 2024`` both the 3rd of month 3 with
the year 2024, ``22 Uhr`` and ``10 p.m.`` both 22:00.

A figure is a :class:`Quantity` with the *keys* that describe it and the keys it
*accepts* as a counterpart. A source figure is missing when no figure of the aligned
target passage (or of the passages either side, since a sentence can move) has a key it
accepts, and the other way round for an added figure. A missing and an added figure in
the same bead are reported once, as one changed figure.

Conservative on purpose: numbers up to twelve written as words (``drei``, ``three``,
``trois``, ``first``) may stand for digits on the other side but are never required
themselves; numbers glued to letters on their left (``G7``, ``COVID-19``) are names,
not figures; numbers inside URLs and handles are ignored.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.detectors.bilingual import (
    neighbour_sources,
    neighbour_targets,
    sentence_near,
    source_lang,
    views,
)
from tqcheck.detectors.bilingual_entities import entity_spans

Key = tuple[Any, ...]

MONTHS: dict[str, int] = {}
_MONTH_LINES = [
    "january jan januar jänner janv janvier enero gennaio",
    "february feb febr februar feber février fevrier févr fevr fév febrero febbraio",
    "march mar märz maerz mars marzo",
    "april apr avril avr abril aprile",
    "may mai mayo maggio",
    "june jun juni juin junio giugno",
    "july jul juli juillet juil julio luglio",
    "august aug août aout agosto",
    "september sep sept septembre septiembre setiembre settembre",
    "october oct okt oktober octobre octubre ottobre",
    "november nov novembre noviembre",
    "december dec dez dezember décembre decembre déc diciembre dicembre",
]
for _month, _names in enumerate(_MONTH_LINES, start=1):
    for _name in _names.split():
        MONTHS[_name] = _month
MONTH_NAMES = ["", *(n.split()[0].capitalize() for n in _MONTH_LINES)]
# English words that are months only when capitalised ("we may", "to march").
_LOWER_NOT_MONTH = {"may", "march", "august", "mar", "jun", "dec", "oct", "sep"}


def _table(spec: str) -> dict[str, int]:
    """``"million:6 bn:9"`` → ``{"million": 6, "bn": 9}`` (word → power of ten)."""
    return {word: int(power) for word, power in (item.split(":") for item in spec.split())}


_SCALES: dict[str, dict[str, int]] = {
    "en": _table(
        "thousand:3 million:6 millions:6 mn:6 billion:9 billions:9 bn:9 trillion:12 "
        "trillions:12 tn:12"
    ),
    "de": _table(
        "tausend:3 tsd:3 million:6 millionen:6 mio:6 milliarde:9 milliarden:9 mrd:9 mia:9 "
        "billion:12 billionen:12 bio:12"
    ),
    "fr": _table(
        "mille:3 million:6 millions:6 milliard:9 milliards:9 md:9 mds:9 mrd:9 billion:12 "
        "billions:12"
    ),
}
# Other languages: every scale word except billion and trillion, whose value depends on
# the language (10⁹ on the short scale of English, 10¹² on the long scale of German).
_SCALES["*"] = {
    k: v
    for table in _SCALES.values()
    for k, v in table.items()
    if k not in {"billion", "billions", "billionen", "trillion", "trillions"}
}

_WORD_NUMBERS: dict[str, int] = {}
for _value, _words in enumerate(
    [
        "zero null zéro",
        "one eins un une first erst premier première 1er 1re",
        "two zwei zwo deux second zweit deuxième seconde",
        "three drei trois third dritt troisième",
        "four vier quatre fourth viert quatrième",
        "five fünf cinq fifth fünft cinquième",
        "six sechs sixth sechst sixième",
        "seven sieben sept seventh siebt siebent septième",
        "eight acht huit eighth acht huitième",
        "nine neun neuf ninth neunt neuvième",
        "ten zehn dix tenth zehnt dixième",
        "eleven elf onze eleventh elft onzième",
        "twelve zwölf douze twelfth zwölft douzième dozen dutzend douzaine",
    ]
):
    for _word in _words.split():
        _WORD_NUMBERS[_word] = _value
# Tens, hundreds and decades written as words: they may stand for digits on the other side
# ("the nineties" / "den 90ern"); like the small numbers, they are never required.
for _value, _words in (
    (20, "twenty zwanzig vingt twenties zwanziger"),
    (30, "thirty dreißig dreissig trente thirties dreißiger dreissiger"),
    (40, "forty vierzig quarante forties vierziger"),
    (50, "fifty fünfzig cinquante fifties fünfziger"),
    (60, "sixty sechzig soixante sixties sechziger"),
    (70, "seventy siebzig seventies siebziger"),
    (80, "eighty achtzig eighties achtziger"),
    (90, "ninety neunzig nineties neunziger"),
    (100, "hundred hundert cent"),
):
    for _word in _words.split():
        _WORD_NUMBERS[_word] = _value
# German ordinal stems take an inflection (erste, dritten, zwölftes); "ein" inflects too.
_ORDINAL_STEMS = {
    "erst",
    "zweit",
    "dritt",
    "viert",
    "fünft",
    "sechst",
    "siebt",
    "siebent",
    "acht",
    "neunt",
    "zehnt",
    "elft",
    "zwölft",
}
_ARTICLES_ONE = {"a", "an", "ein", "eine", "einer", "einen", "einem", "eines", "un", "une"}

_DOT_DECIMAL = {"en", "zh", "ja", "ko", "he", "th", "hi", "ms", "ga"}
_SPACE_GROUPING = {"fr", "ru", "pl", "cs", "sk", "sv", "nb", "no", "fi", "uk", "pt"}
_THIN = "\u00a0\u202f\u2009"
_TIME_PREPOSITIONS = {"at", "from", "until", "till", "to", "by", "before", "after", "around"}


@dataclass(frozen=True)
class Quantity:
    """A figure found in a text: where, what it is, and what it accepts as counterpart."""

    start: int
    end: int
    surface: str
    kind: str  # "number" | "date" | "time"
    keys: frozenset[Key]
    accepts: frozenset[Key]
    soft: bool = False
    label: str = ""


def _alt(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# Abbreviated month names take a full stop ("3 Jan. 2024"); a full name's is the sentence's.
_MONTH_ABBREVIATIONS = [
    *("jan", "feb", "febr", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt"),
    *("nov", "dec", "dez", "janv", "févr", "fevr", "fév", "avr", "juil", "déc"),
]
_MONTH = (
    rf"(?P<month>{_alt(list(MONTHS))})(?:(?<=(?:{_alt(_MONTH_ABBREVIATIONS)}))\.)?(?![\p{{L}}])"
)
_DAY_SUFFIX = r"(?:\.|er|re|ᵉʳ|e|st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[0-9]|20|21)\d\d)(?!\d)"
_DATE_PATTERNS = [
    regex.compile(
        rf"(?<![\p{{L}}\p{{N}}.,])(?P<day>\d{{1,2}}){_DAY_SUFFIX}\s*(?:of\s+|de\s+)?{_MONTH}"
        rf"(?:,?\s*(?:de\s+)?{_YEAR})?",
        regex.IGNORECASE,
    ),
    regex.compile(
        rf"(?<![\p{{L}}]){_MONTH}\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\p{{N}}\p{{L}}])"
        rf"(?!\s*[.,]\d)(?:,?\s+{_YEAR})?",
        regex.IGNORECASE,
    ),
    regex.compile(rf"(?<![\p{{L}}]){_MONTH}\s+{_YEAR}", regex.IGNORECASE),
    regex.compile(r"(?<![\p{N}.])(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?![\p{N}])"),
    regex.compile(
        r"(?<![\p{N}.,])(?P<day>\d{1,2})\.\s?(?P<mon>\d{1,2})\."
        r"(?P<year>(?<=\.)\d{2}(?!\d)|(?<=\.\s?)\d{4}(?!\d))?(?![\p{N}])"
    ),
    regex.compile(
        r"(?<![\p{N}/.])(?P<day>\d{1,2})/(?P<mon>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\p{N}/])"
    ),
]
_TIME_SUFFIX = {
    "en": r"a\.?\s?m\.?|p\.?\s?m\.?|o['’]clock",
    "de": r"Uhr|h(?![\p{L}])",
    "fr": r"heures?|h(?![\p{L}])",
    "*": r"Uhr|heures?|h(?![\p{L}])",
}


def _time_patterns(code: str) -> list[regex.Pattern[str]]:
    suffix = _TIME_SUFFIX.get(code, _TIME_SUFFIX["*"])
    return [
        regex.compile(
            rf"(?<![\p{{N}}.,:])(?P<h>\d{{1,2}})(?P<sep>[:.])(?P<m>\d{{2}})(?![\p{{N}}])"
            rf"(?:\s?(?P<suffix>{suffix}))?(?![\p{{L}}])"
        ),
        regex.compile(
            r"(?<![\p{N}.,])(?P<h>\d{1,2})\s?h\s?(?P<m>\d{2})(?![\p{N}])", regex.IGNORECASE
        ),
        regex.compile(
            rf"(?<![\p{{N}}.,])(?P<h>\d{{1,2}})\s?(?P<suffix>{suffix})(?![\p{{L}}])",
            regex.IGNORECASE,
        ),
    ]


def _number_pattern(code: str) -> regex.Pattern[str]:
    groups = (
        ("," if code in _DOT_DECIMAL else ".'’") + _THIN + (" " if code in _SPACE_GROUPING else "")
    )
    sep = regex.escape(groups)
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}_.,])(?<!\p{{L}}[\-‐])"
        rf"(?P<num>\d{{1,3}}(?:[{sep}]\d{{3}})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![.,]?\d)"
    )


def _word_pattern() -> regex.Pattern[str]:
    stems = _alt(sorted(_ORDINAL_STEMS))
    words = _alt([w for w in _WORD_NUMBERS if w[0].isalpha()])
    scales = _alt(sorted({k for t in _SCALES.values() for k in t}))
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:(?P<stem>{stems})(?:e|er|en|em|es)?|(?P<word>{words})(?:n|ern)?"
        rf"|(?P<article>{_alt(sorted(_ARTICLES_ONE))}))(?![\p{{L}}])"
        rf"(?:\s+(?P<scale>{scales})\.?(?![\p{{L}}]))?",
        regex.IGNORECASE,
    )


_WORDS = _word_pattern()


def _parse(raw: str, code: str) -> Decimal | None:
    """The value of a digit string written in language ``code``'s conventions.

    Groups of three digits after the language's thousands separator are thousands
    (German ``4.526``, English ``4,526``); any other ``.`` or ``,`` is a decimal mark,
    whichever the language prefers (German text with an English ``2.5`` still reads 2.5).
    """
    groups = "," if code in _DOT_DECIMAL else ".'’" + (" " if code in _SPACE_GROUPING else "")
    text = raw
    for c in _THIN:
        text = text.replace(c, " ")
    grouped = regex.fullmatch(rf"\d{{1,3}}(?:[{regex.escape(groups + ' ')}]\d{{3}})+", text)
    if grouped:
        return Decimal(regex.sub(r"\D", "", text))
    head = regex.fullmatch(
        rf"(?P<int>\d{{1,3}}(?:[{regex.escape(groups + ' ')}]\d{{3}})+|\d+)(?:[.,](?P<frac>\d+))?",
        text,
    )
    if not head:
        return None
    integer = regex.sub(r"\D", "", head.group("int"))
    try:
        return Decimal(f"{integer}.{head.group('frac')}" if head.group("frac") else integer)
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        return None


def _scale_of(word: str | None, code: str) -> int:
    if not word:
        return 0
    table = _SCALES.get(code, _SCALES["*"])
    return table.get(word.lower().rstrip("."), 0)


def _fmt(value: Decimal) -> str:
    value = value.normalize()
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return format(value, "f")


def _number(start: int, end: int, surface: str, value: Decimal, soft: bool = False) -> Quantity:
    key = ("num", value.normalize())
    return Quantity(
        start, end, surface, "number", frozenset({key}), frozenset({key}), soft, _fmt(value)
    )


def _year(value: str) -> Decimal:
    year = int(value)
    if len(value) == 2:
        year += 2000 if year < 50 else 1900
    return Decimal(year)


_LIST_MARKER = regex.compile(r"\d{1,2}[.)](?!\d)")


def _line_start(text: str, m: regex.Match[str]) -> bool:
    """The number opens its line: ``1.`` or ``2)`` there enumerates, it is no figure."""
    return not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()


@functools.lru_cache(maxsize=4096)
def extract(text: str, code: str) -> tuple[Quantity, ...]:
    """Every figure in ``text`` (in language ``code``), in order of position.

    Cached: each passage is read again as a neighbour of the passages either side.
    """
    taken = [False] * len(text)
    found: list[Quantity] = []

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def take(s: int, e: int) -> None:
        for i in range(s, e):
            taken[i] = True

    for s, e in entity_spans(text):
        take(s, e)
    for index, pattern in enumerate(_DATE_PATTERNS):
        for m in pattern.finditer(text):
            if not free(*m.span()):
                continue
            month_word = m.groupdict().get("month")
            if month_word:
                if month_word.lower() in _LOWER_NOT_MONTH and month_word.islower():
                    continue
                month = MONTHS[month_word.lower()]
            else:
                month = int(m.group("mon"))
            day = int(m.group("day")) if m.groupdict().get("day") else None
            year = m.groupdict().get("year")
            if index == 4 and not year and code in _DOT_DECIMAL:
                continue  # "3.3." is a date only where the decimal mark is a comma
            if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
                continue
            orders = [(day, month)]
            if index == 5 and code in _DOT_DECIMAL and day is not None and day <= 12:
                orders.append((month, day))  # US month/day/year
            take(*m.span())
            date_end = m.start("year") if year and m.start("year") > m.start() else m.end()
            while date_end > m.start() and text[date_end - 1] in " ,":
                date_end -= 1
            if day is None:
                keys = frozenset({("month", month)})
                accepts = keys
                label = MONTH_NAMES[month]
            else:
                keys = frozenset({("date", d, mo) for d, mo in orders} | {("month", month)})
                accepts = frozenset({("date", d, mo) for d, mo in orders})
                label = f"{day} {MONTH_NAMES[month]}"
            found.append(
                Quantity(
                    m.start(),
                    date_end,
                    text[m.start() : date_end],
                    "date",
                    keys,
                    accepts,
                    label=label,
                )
            )
            if year:
                ys, ye = m.span("year")
                found.append(_number(ys, ye, year, _year(year)))
    for index, pattern in enumerate(_time_patterns(code)):
        for m in pattern.finditer(text):
            if not free(*m.span()):
                continue
            hour = int(m.group("h"))
            minute = int(m.groupdict().get("m") or 0)
            suffix = (m.groupdict().get("suffix") or "").lower().replace(" ", "")
            if index == 0 and m.group("sep") == "." and not suffix and code in _DOT_DECIMAL:
                before = regex.search(r"(\p{L}+)\s*$", text[max(0, m.start() - 12) : m.start()])
                if not before or before.group(1).lower() not in _TIME_PREPOSITIONS:
                    continue  # "10.30" in English is a decimal unless "at 10.30"
            if hour > 24 or minute > 59:
                continue
            if suffix.startswith("p") and hour < 12:
                hours = {hour + 12}
            elif suffix.startswith("a") and hour == 12:
                hours = {0}
            elif suffix.startswith(("a", "p")) or code not in _DOT_DECIMAL or hour > 12:
                hours = {hour % 24}
            else:
                hours = {hour % 24, (hour + 12) % 24}
            keys: set[Key] = {("time", h, minute) for h in hours}
            accepts = set(keys)
            if minute == 0:
                # "at 10" on the other side: a plain number may stand for a full hour.
                plain = {("num", Decimal(h)) for h in hours} | {
                    ("num", Decimal(h % 12 or 12)) for h in hours
                }
                keys |= plain | {("num", Decimal(hour))}
                accepts |= plain
            take(*m.span())
            found.append(
                Quantity(
                    m.start(),
                    m.end(),
                    m.group(),
                    "time",
                    frozenset(keys),
                    frozenset(accepts),
                    label=f"{min(hours):02d}:{minute:02d}",
                )
            )
    scale_words = _alt(sorted(_SCALES.get(code, _SCALES["*"])))
    scale_re = regex.compile(
        rf"(?:\s*|[\-‐])(?P<scale>{scale_words})(?:\.|(?![\p{{L}}]))", regex.IGNORECASE
    )
    scales = _SCALES.get(code, _SCALES["*"])
    glued_re = regex.compile(r"(?P<glued>\p{L}+)")
    for m in _number_pattern(code).finditer(text):
        if not free(*m.span()) or (_LIST_MARKER.match(text, m.start()) and _line_start(text, m)):
            continue
        value = _parse(m.group("num"), code)
        if value is None:
            continue
        end = m.end()
        glued = glued_re.match(text, end)
        exponent = 0
        if glued:
            word = glued.group("glued")
            before = text[max(0, m.start() - 2) : m.start()].strip()
            currency = bool(before) and before[-1] in "€$£¥"
            if word.isupper() and len(word) <= 3 and word.lower() not in ("bn", "mn", "m"):
                continue  # 5G, 3D, 4K: names
            if word.lower() in scales or (word.lower() == "m" and currency):
                exponent = scales.get(word.lower(), 6)  # £5million, €3m, 5bn
                end = glued.end()
        else:
            scale = scale_re.match(text, end)
            if scale:
                exponent = _scale_of(scale.group("scale"), code)
                end = scale.end()
        take(m.start(), end)
        found.append(_number(m.start(), end, text[m.start() : end], value.scaleb(exponent)))
    for m in _WORDS.finditer(text):
        if not free(*m.span()):
            continue
        if m.group("article") and not m.group("scale"):
            continue
        word = (m.group("stem") or m.group("word") or "").lower()
        base = 1 if m.group("article") else _WORD_NUMBERS.get(word, 0)
        exponent = _scale_of(m.group("scale"), code)
        found.append(_number(m.start(), m.end(), m.group(), Decimal(base).scaleb(exponent), True))
    found.sort(key=lambda q: q.start)
    return tuple(found)


def _satisfied(q: Quantity, theirs: list[Quantity]) -> bool:
    for other in theirs:
        keys = other.keys
        if q.kind == "time" and other.kind == "time":
            keys = frozenset(k for k in keys if k[0] == "time")  # 10 a.m. is not 22 Uhr
        if q.accepts & keys:
            return True
    return False


def _unmatched(mine: list[Quantity], theirs: list[Quantity]) -> list[Quantity]:
    return [q for q in mine if not q.soft and not _satisfied(q, theirs)]


def compare(
    source: list[Quantity],
    target: list[Quantity],
    source_near: list[Quantity],
    target_near: list[Quantity],
) -> tuple[list[tuple[Quantity, Quantity]], list[Quantity], list[Quantity]]:
    """(changed pairs, missing source figures, added target figures) of one bead."""
    missing = [q for q in _unmatched(source, target) if q in _unmatched(source, target_near)]
    added = [q for q in _unmatched(target, source) if q in _unmatched(target, source_near)]
    changed = list(zip(missing, added, strict=False))
    return changed, missing[len(changed) :], added[len(changed) :]


@detector(
    "source-numbers",
    needs_source=True,
    what="numbers",
    skip_languages=["zh", "ja", "ko", "th", "ar", "fa", "hi", "bn", "my", "km"],
)
def source_numbers(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Figures of the source passage missing from, changed in or added to its translation.

    ``what = "numbers"`` checks numbers, amounts and percentages; ``what = "dates"``
    checks dates and times. Pairs with a language in ``skip_languages`` are not checked:
    those write figures with numerals and units this parser does not read (``三月``,
    ``1万``, Arabic-Indic digits).
    """
    kinds = ("date", "time") if options["what"] == "dates" else ("number",)
    src_code, tgt_code = source_lang(ctx).code, ctx.language.code
    if {src_code, tgt_code} & set(options["skip_languages"]):
        return
    all_views = views(ctx)
    for view in all_views:
        if not view.has_both:
            continue
        target_text = ctx.text[view.start : view.end]
        source = [q for q in extract(view.source, src_code) if q.kind in kinds]
        target = [q for q in extract(target_text, tgt_code) if q.kind in kinds]
        if not source and not target:
            continue
        source_near = list(extract(neighbour_sources(all_views, view), src_code))
        target_near = list(extract(neighbour_targets(ctx, all_views, view), tgt_code))
        changed, missing, added = compare(source, target, source_near, target_near)
        for src, tgt in changed:
            yield Hit(
                view.start + tgt.start,
                view.start + tgt.end,
                message=f"“{tgt.surface}” ({tgt.label}) does not match “{src.surface}` "
                f"({src.label}) in the source.".replace("`", "”"),
                suggestion=f"Check the figure against the source: “{src.surface}”.",
            )
        for src in missing:
            start, end = sentence_near(ctx, view, src.start / max(len(view.source), 1))
            yield Hit(
                start,
                end,
                message=f"“{src.surface}” ({src.label}) in the source is missing from the "
                "translation.",
                suggestion="Add the missing figure.",
            )
        for tgt in added:
            yield Hit(
                view.start + tgt.start,
                view.start + tgt.end,
                message=f"“{tgt.surface}” ({tgt.label}) is not in the source.",
                suggestion="Check the figure against the source.",
            )
