"""Lost sentence boundaries: a full stop that vanished between two sentences.

Machine translation of scraped text often loses a boundary (``for a few weeks Signs of
cautious opening.``) or turns it into a comma (``at the moment, Most recently,``). The
evidence is a capital letter where none belongs. Names and titles carry capitals too:
each capitalised word in mid-sentence is a candidate, judged by the word and its
neighbours (``capital_judge``), then by the clauses around it (``name_clause_judge``),
and kept unless the document shows it is a name or a title it repeats.

In languages that capitalise nouns (German), a capital is no evidence on its own: there
the clauses around it are (``verb_clauses``).
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from typing import Any, NamedTuple

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.detectors.capital_evidence import CapitalEvidence, candidates, capital_evidence
from tqcheck.detectors.capital_judge import (
    TITLE_WORDS,
    LowerWords,
    boundary_hit,
    is_common_word,
    judge_capital,
    word_at,
)
from tqcheck.detectors.clause_names import (
    NameClauses,
    SentenceTokens,
    clause_after,
    contact_antecedent,
    ing_participle,
    name_clauses,
    opens_complement,
)
from tqcheck.detectors.name_clause_judge import (
    FULL_NAME_WORDS,
    PRONOUN_I,
    clause_series,
    in_opening_subordinate,
    name_opens_clause,
)
from tqcheck.detectors.name_verbs import (
    NameVerbs,
    determiner_surname,
    name_starts_sentence,
    name_verbs,
    verbless_opening,
)
from tqcheck.detectors.nearby_words import word_before
from tqcheck.detectors.verb_clauses import clause_start_hits, opens_sentence
from tqcheck.detectors.verb_forms import verb_clauses
from tqcheck.languages import Language
from tqcheck.model import PassageKind, Sentence

# A capitalised word after a lower-case word (or a small number or an ordinal: "12 Test
# matches", "51st Street"; not a year or a time), a possessive, a comma or a sentence's
# first word: a name where a sentence goes on (after another capitalised word in
# mid-sentence it is part of a longer name, "Hyderabad Metropolitan Water Board").
_CAP_MID = regex.compile(
    r"(?<=(?:(?<![\p{L}\p{M}\p{N}'’\-])(?:[\p{Ll}\p{N}][\p{L}\p{M}\p{N}'’\-]*)?\p{Ll}|['’]s|[,;]"
    r"|(?<![\p{L}\p{M}\p{N}'’\-.,:])\p{N}{1,3}"
    r"|(?:^|[.!?…:\"“”‘(\n][^\S\n]*)\p{Lu}[\p{L}\p{M}'’\-]*)[^\S\n]+)"
    r"\p{Lu}[\p{Ll}\p{M}]+"
)
# A word in lower case with a capital inside: a name ("eThekwini", "iPhone", "eBay").
_INNER_CAPITAL = regex.compile(r"\p{Ll}+\p{Lu}[\p{L}\p{M}]*")


def _mid_sentence_capitals(ctx: CheckContext) -> Counter[str]:
    counts: Counter[str] = Counter()
    for passage in ctx.passages_of((PassageKind.PARAGRAPH,)):  # headlines are title case
        counts.update(_CAP_MID.findall(ctx.text, passage.start, passage.end))
    return counts


@detector("lost-boundary", min_prev_letters=2)
def lost_boundary(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    lang = ctx.language
    text = ctx.text

    def capitals() -> Counter[str]:
        return ctx.memo("mid-sentence-capitals", lambda: _mid_sentence_capitals(ctx))

    clauses = verb_clauses(lang)
    if clauses is not None:
        for m in clause_start_hits(ctx, clauses, options, capitals):
            if not _repeated_name(text, m):
                yield boundary_hit(m, *m.group("prev", "sep", "word"))
        return

    lower_words = LowerWords(text)

    evidence = capital_evidence(lang)

    names = name_clauses(lang)
    verbs = name_verbs(lang)

    def titles() -> _TitleCounts:
        # (asked only where the language lists the prepositions a title follows: English)
        assert names is not None
        return ctx.memo(
            "titles-after-lower", lambda: _titles_after_lower(text, evidence, names.prepositions)
        )

    for passage in ctx.passages_of((PassageKind.PARAGRAPH,)):
        for sentence in passage.sentences:
            tokens = _LazyTokens(text, sentence)
            marks = _StraightMarks(text, sentence)
            for m in candidates(text, sentence.start, sentence.end, evidence.candidate):
                if _name_after_context(m, lang, evidence) or _first_word(
                    text, sentence, m, lang.abbreviations
                ):
                    continue
                if _in_quoted_title(text, sentence, m, marks) or _INNER_CAPITAL.fullmatch(
                    m["prev"]
                ):
                    continue  # (and a name with a capital inside: "eThekwini Municipality")
                if names is not None and _attributive(m, lang, names):
                    continue  # "for the ineffective Danny Mbeki proved decisive"
                hit = judge_capital(m, lang, capitals(), lower_words, options, evidence)
                if hit and names is not None and _title_in_contact_clause(m, tokens, names):
                    hit = None
                if (
                    hit
                    and names is not None
                    and _main_clause_after(m, tokens, lang, names, evidence)
                ):
                    hit = None  # "Where Lamplight Parade relied on …, Salt in the Reservoir is"
                if hit and names is not None and _subject_before_comma(m, tokens, lang, names):
                    hit = None  # "Their group, Save the Corran Meadows, raised £40,000"
                if hit and names is not None and _speaker_after_saying(m, tokens, names):
                    hit = None  # "…," said Opposition finance critic Graham Lindqvist.
                if hit and names is not None and _name_in_clause_series(m, tokens, names):
                    hit = None
                if hit and _numbered_label_start(m, tokens):
                    hit = None
                if hit and verbs is not None and _surname_after_name(m, verbs):
                    hit = None
                if (
                    hit
                    and verbs is not None
                    and m.group("sep").strip() == ","
                    and _name_word(m.group("word"), lang)
                    and verbless_opening(text, sentence.start, m.start("sep"), verbs)
                ):
                    hit = None  # "Comme chaque printemps, Pêches et Océans Canada surveille"
                if hit is None and names is not None:
                    hit = (
                        boundary_hit(m, *m.group("prev", "sep", "word"))
                        if name_opens_clause(m, tokens, lang, names)
                        else None
                    )
                if hit is None and verbs is not None:
                    hit = _name_verb_hit(m, text, sentence, lang, evidence, verbs)
                if hit and names is not None and _recurring_title(m, titles, tokens, names):
                    hit = None
                if hit and not _repeated_name(text, m):
                    yield hit


def _name_word(word: str, lang: Language) -> bool:
    """Can ``word`` only be a name here: no opener, no elided word ("J’ai")?"""
    return word.lower() not in lang.openers and "'" not in word and "’" not in word


def _attributive(m: regex.Match[str], lang: Language, c: NameClauses) -> bool:
    """Is ``prev`` an adjective after a determiner ("crews coached by the late Jack Ormerod",
    "a lifelong Labour party member")? No clause ends on it: its noun is the capital. (Not
    before an opener: "to accept the inevitable Then …" uses the adjective as a noun.)"""
    if m.group("sep").strip() or m.group("prev").lower() not in c.attributive_adjectives:
        return False
    if m.group("word").lower() in lang.openers:
        return False
    # (not after a determiner that stands alone: "the arrest of those responsible State
    # Government Secretary …" lost a full stop)
    before = word_before(m.string, m.start("prev")).lower()
    return before in c.determiners and before not in c.pronoun_determiners


def _surname_after_name(m: regex.Match[str], verbs: NameVerbs) -> bool:
    """Is a determiner after a capitalised word a surname, as the verb after it shows
    ("Hydrogéologue …, Anneke Vos étudie les nappes")?"""
    if m.group("sep").strip() or not m.group("prev")[:1].isupper():
        return False
    return determiner_surname(m.group("word"), word_at(m.string, m.end("word")), verbs)


def _in_quoted_title(
    text: str, sentence: Sentence, m: regex.Match[str], marks: _StraightMarks
) -> bool:
    """Is the candidate inside a short quotation in title case, in curly or straight marks
    ("“Paper Moons for Everyone”, the closest thing here to a single", "Their song,
    "Lanterns for Everyone", is …")? A title, not two sentences."""
    start, end = m.start("prev"), m.end("word")
    # Marks farther away enclose more words than a title has: not looked for, so a line of
    # 50,000 capitalised words is read in linear time.
    low, high = max(sentence.start, start - _TITLE_REACH), min(sentence.end, end + _TITLE_REACH)
    opening = text.rfind("“", low, start)
    closing = text.find("”", end, high)
    if opening < 0 or closing < 0 or text.find("”", opening, start) >= 0:
        # straight marks: an odd number of them before the candidate opens a quotation
        opening = text.rfind('"', low, start)
        if opening < 0 or marks.before(start) % 2 == 0:
            return False
        closing = text.find('"', end, high)
        if closing < 0:
            return False
    words = text[opening + 1 : closing].split()
    return len(words) <= TITLE_WORDS and all(w[:1].isupper() for w in words if len(w) > 3)


# How many characters before a sentence hold the word before it.
_LOOKBACK = 40
# How far from the candidate the marks of such a title may stand (characters).
_TITLE_REACH = 300


def _first_word(
    text: str, sentence: Sentence, m: regex.Match[str], abbreviations: frozenset[str]
) -> bool:
    """Does a name of capitalised words open the sentence ("People Before Profit–Solidarity
    TD Gary Touhey said"), or one that opens with a number ("20 Minutes fait le point")?
    Then the capital is the name's, not a new sentence's after a one-word one ("Yes, Is it
    proof?"), and not after a dateline ("OLYMPIA Wash")."""
    prev, after = m.group("prev"), m.group("after").strip()
    if prev[:1].isdigit() and not m.group("sep").strip():
        # a name that opens with a number ("… candidats. 20 Minutes fait le point"), but not
        # a list item's number at a line's start ("1 Check your rate today")
        before = text[max(0, sentence.start - _LOOKBACK) : sentence.start].rstrip(" \t")
        line_start = not before or before.endswith("\n")
        # (nor a number after an abbreviation the segmenter took for a sentence's end:
        # "down from Rs. 18 Tariffs …")
        tail = before.rsplit(None, 1)[-1] if before.strip() else ""
        abbreviation = tail.endswith(".") and tail[:-1] in abbreviations
        opens = opens_sentence(text, sentence.start, m.start("prev"))
        return opens and not (line_start or abbreviation)
    if not (after[:1].isupper() and opens_sentence(text, sentence.start, m.start("prev"))):
        return False
    return prev[:1].isupper() and not prev.isupper()


def _title_in_contact_clause(
    m: regex.Match[str], tokens: Callable[[], SentenceTokens], c: NameClauses
) -> bool:
    """ "the closest thing The Marram Grass have to a hit": after a superlative or "same"
    (``contact_antecedent``) a title starts a relative clause without "that"."""
    title = m.group("word").lower() == "the" and m.group("after").strip()[:1].isupper()
    if m.group("sep").strip() or not title:
        return False
    return contact_antecedent(tokens().before(m.end("prev")), c)


def _main_clause_after(
    m: regex.Match[str],
    tokens: Callable[[], SentenceTokens],
    lang: Language,
    c: NameClauses,
    evidence: CapitalEvidence,
) -> bool:
    """Does the main clause open after the comma that closes a participle phrase opening the
    sentence ("Speaking to reporters after the walkout, Opposition leader Ahmad Zaki
    said"), or a subordinate clause with a title or name of several words ("Where
    Lamplight Parade relied on vague gestures, Salt in the Reservoir is full of detail")?
    No sentence ended there. Not an opener ("After the vote the minister resigned, Her
    deputy takes over" lost a full stop), nor after a second verb ("When the storm hit the
    town lost power, Most …")."""
    word = m.group("word")
    if m.group("sep").strip() != "," or word.lower() in lang.openers:
        return False
    before = tokens().before(m.end("prev"))
    verbs = sum(1 for t in before if t[:1].isalpha() and c.is_finite(t.lower()))
    if verbs == 0 and _participle_phrase(before, c):
        return True
    if not _title_goes_on(tokens().after(m.end("word")), evidence):
        return False
    return verbs == 1 and in_opening_subordinate(before, c)


def _participle_phrase(before: list[str], c: NameClauses) -> bool:
    """Are ``before`` one phrase without a comma that opens with an "-ing" form and its
    complement ("Speaking to reporters after the walkout")? Not a preposition ("During the
    summer …") nor an adjective before its noun ("Rising energy prices squeeze …")."""
    words = [t.lower() for t in before if t[:1].isalnum()]
    if len(words) < 2 or "," in before or words[0] in c.prepositions:
        return False
    # (a long one: "Bring a blanket; low-back chairs only, Gates open …" lost a full stop)
    long_participle = len(words[0]) > _SHORT_ING and ing_participle(words[0], c)
    return long_participle and opens_complement(words[1], c)


# Verbs of five letters end in "-ing" themselves ("bring", "sting", "swing").
_SHORT_ING = 5


def _title_goes_on(after: list[str], evidence: CapitalEvidence) -> bool:
    """Does another capitalised word follow, perhaps after the short words a title leaves in
    lower case ("Salt in the Reservoir", "Transport for London")?"""
    for word in after[: _TITLE_SMALL_WORDS + 1]:
        if word[:1].isupper():
            return True
        if word not in evidence.title_small_words:
            return False
    return False


# How many short lower-case words a title may have between two capitalised ones.
_TITLE_SMALL_WORDS = 2


def _subject_before_comma(
    m: regex.Match[str], tokens: Callable[[], SentenceTokens], lang: Language, c: NameClauses
) -> bool:
    """Does a name between commas follow a noun phrase of a few words that opens the
    sentence ("Their group, Save the Corran Meadows, raised …")? It is the phrase's
    apposition, however verb-like its first word. A sentence of a noun phrase alone ("A
    bit. Is it affordable?", "A kitchen fire. A tree down across the road, …") is followed
    by an opener, or by no predicate after the next comma ("The fat hisses. Somewhere above
    the stage, a gull laughs")."""
    if m.group("sep").strip() != "," or m.group("word").lower() in lang.openers:
        return False
    words = [w.lower() for w in tokens().before(m.end("prev"))]
    if not 2 <= len(words) <= _SUBJECT_WORDS or words[0] not in c.determiners:
        return False
    if not all(w.isalpha() and not c.is_finite(w) for w in words[1:]):
        return False
    after = tokens().after(m.start("word"))
    close = after.index(",") if "," in after[: _APPOSITION_WORDS + 1] else 0
    if not 0 < close < len(after) - 1:
        return False
    predicate = after[close + 1].lower()  # "…, eventually raised", "…, won"
    return c.is_finite(predicate) or predicate in c.adverbs or predicate.endswith("ly")


# How many words a noun phrase opening a sentence has at most ("Their new group"), and a
# name in apposition to it ("Save the Corran Meadows").
_SUBJECT_WORDS = 3
_APPOSITION_WORDS = 6


def _speaker_after_saying(
    m: regex.Match[str], tokens: Callable[[], SentenceTokens], c: NameClauses
) -> bool:
    """Is the capitalised word after a verb of saying part of the speaker's title, with the
    speaker's name ending the sentence or clause ("…," said Opposition finance critic Graham
    Lindqvist.)? A sentence starting there would need a verb; a title and a name have none.
    """
    if m.group("sep").strip() or m.group("prev").lower() not in c.reporting_verbs:
        return False
    after = tokens().after(m.start("word"))
    title = list(
        itertools.takewhile(lambda t: t[:1].islower(), after[1 : _SPEAKER_TITLE_WORDS + 1])
    )
    if not title or any(_not_title_word(w.lower(), c) for w in title):
        return False  # "said Officers arrested John Smith.", "said Workers outside the U.S."
    rest = after[1 + len(title) :]
    names = len(list(itertools.takewhile(lambda t: t[:1].isupper() and len(t) > 1, rest)))
    end = rest[names : names + 2]
    # (a comma may go on with the speaker, not with a body's relative clause: "agreed Lobby
    # group Palmy Ratepayers United, which …")
    return (
        2 <= names <= FULL_NAME_WORDS
        and (not end or end[0] in _SPEAKER_ENDS)
        and end[1:] not in (["which"], ["that"])
    )


def _not_title_word(low: str, c: NameClauses) -> bool:
    """Can ``low`` not be a word of a speaker's title (a verb or a function word)?"""
    return c.is_finite(low) or low in c.prepositions or low in c.determiners


# How many lower-case words a speaker's title may have after its capitalised one, and the
# marks that may end the speaker's name.
_SPEAKER_TITLE_WORDS = 3
_SPEAKER_ENDS = frozenset({",", ".", "(", "?", "!", ";", "”", '"'})


def _numbered_label_start(m: regex.Match[str], tokens: Callable[[], SentenceTokens]) -> bool:
    """Is everything before the comma a numbered label ("Ward 9, Hillside and the area
    around the clinic: low pressure", "Gate 4, Terminal Two")? A list item's head, not a
    sentence whose full stop became a comma."""
    if m.group("sep").strip() != "," or not m.group("prev")[:1].isdigit():
        return False
    before = tokens().before(m.end("prev"))
    return 1 < len(before) <= _LABEL_WORDS and all(w[:1].isupper() for w in before[:-1])


# How many words a numbered label has at most ("Ward 9", "Platform 9 3/4").
_LABEL_WORDS = 4


def _repeated_name(text: str, m: regex.Match[str]) -> bool:
    """ "the Ikeja Under Bridge", "la liste Saint-Amand Demain" twice in one article: two
    capitalised words that recur with the same space between them are a name (a lost full
    stop does not repeat itself), also after an elided article or preposition ("conseil
    d’Altéa Bâtiment" beside "la société Altéa Bâtiment")."""
    if m.group("sep").strip():
        return False
    start = m.start("prev")
    elided = _ELIDED.match(text, start, m.end("prev"))
    start = elided.end() if elided else start
    if not text[start : start + 1].isupper():
        return False
    return text.count(text[start : m.end("word")]) > 1


class _TitleCounts(NamedTuple):
    """How often each title a capitalised article opens stands after a lower-case word that
    is no preposition (after one a title is expected: "a revival of The Salt House" is no
    second sign of a title where a lost full stop left "… for less The Salt House runs"),
    and how often after any lower-case word."""

    after_other_words: Counter[str]
    after_any_word: Counter[str]


def _titles_after_lower(
    text: str, evidence: CapitalEvidence, prepositions: frozenset[str]
) -> _TitleCounts:
    counts = _TitleCounts(Counter(), Counter())
    for t in _TITLE_AFTER_LOWER.finditer(text):
        title = t.group("title")
        if title.split(None, 1)[0].lower() in evidence.title_articles:
            counts.after_any_word[title] += 1
            if t.group("before").lower() not in prepositions:
                counts.after_other_words[title] += 1
    return counts


def _recurring_title(
    m: regex.Match[str],
    titles: Callable[[], _TitleCounts],
    tokens: Callable[[], SentenceTokens],
    c: NameClauses,
) -> bool:
    """Does the title a capitalised article opens recur after a lower-case word ("for a few
    glorious minutes The Salt Orchard feels", "None of which is to say The Salt Orchard
    is")? A title, named so twice: a lost full stop does not repeat itself. After a
    preposition elsewhere ("in The Hague") it counts only where no clause starts with it
    ("had left The Hague, though …", but "… for less The Salt House runs")."""
    if m.group("sep").strip():
        return False
    title = _TITLE_AFTER_ARTICLE.match(m.string, m.start("word"))
    if title is None:
        return False
    counts = titles()
    if counts.after_other_words[title.group()] > 1:
        return True
    # (read as after a comma, the looser test: "runs for three hours" may go on a clause)
    return counts.after_any_word[title.group()] > 1 and not clause_after(
        tokens().after(m.start("word")), c, after_comma=True, bare=True
    )


# An article and the capitalised words of a title after it ("The Salt Orchard"), and such
# words after a lower-case one.
_TITLE_AFTER_ARTICLE = regex.compile(r"\p{Lu}\p{L}*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’]*){1,4}")
_TITLE_AFTER_LOWER = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<before>\p{{L}}*\p{{Ll}})[^\S\n]+(?P<title>{_TITLE_AFTER_ARTICLE.pattern})"
)


# An elided word before a capitalised one: "d’", "l’", "qu’".
_ELIDED = regex.compile(r"\p{Ll}{1,3}['’](?=\p{Lu})")


def _name_in_clause_series(
    m: regex.Match[str], tokens: Callable[[], SentenceTokens], c: NameClauses
) -> bool:
    """ "the Greens retained Maiwar, One Nation won Mirani, and …": a name that opens with
    an opener's word is the subject of the middle clause of a series (``clause_series``)."""
    after = m.group("after").strip()
    if m.group("sep").strip() != "," or not after[:1].isupper() or PRONOUN_I.match(after):
        return False
    sentence = tokens()
    return clause_series(sentence.before(m.end("prev")), sentence.after(m.start("word")), c)


def _name_after_context(m: regex.Match[str], lang: Language, evidence: CapitalEvidence) -> bool:
    """A shortcut for half the candidates: a capitalised word that cannot be an opener right
    after a word that introduces names ("the Senate", "said Smith"), with nothing between.
    ``judge_capital``, ``name_opens_clause`` and ``_name_verb_hit`` all reject it; this says so
    without their work."""
    prev, sep, word = m.group("prev", "sep", "word")
    if sep.strip() or m.group("close") or prev.lower() not in lang.name_contexts:
        return False
    lower = word.lower()
    maybe_opener = (
        lower in lang.openers
        or lower in evidence.comma_openers
        or "'" in lower
        or "’" in lower
        or lower.endswith(evidence.adverb_endings or ("\0",))
        or lower.endswith(evidence.participle_endings or ("\0",))
        # an ordinary word after a verb of saying ("said Controllers in …", see judge_capital)
        or (prev in evidence.reporting_verbs and is_common_word(word, lang, evidence.inflections))
    )
    return not maybe_opener


class _StraightMarks:
    """Where a sentence's straight quotation marks stand, found when first needed: counting
    them from the sentence's start for every candidate made a long line quadratic."""

    __slots__ = ("_offsets", "_sentence", "_text")

    def __init__(self, text: str, sentence: Sentence) -> None:
        self._text, self._sentence = text, sentence
        self._offsets: list[int] | None = None

    def before(self, offset: int) -> int:
        """How many straight marks of the sentence stand before ``offset``."""
        if self._offsets is None:
            text, end = self._text, self._sentence.end
            self._offsets = []
            found = text.find('"', self._sentence.start, end)
            while found >= 0:
                self._offsets.append(found)
                found = text.find('"', found + 1, end)
        return bisect.bisect_left(self._offsets, offset)


class _LazyTokens:
    """A sentence's tokens, made when a candidate first needs them (most never do)."""

    __slots__ = ("_sentence", "_text", "_tokens")

    def __init__(self, text: str, sentence: Sentence) -> None:
        self._text, self._sentence = text, sentence
        self._tokens: SentenceTokens | None = None

    def __call__(self) -> SentenceTokens:
        if self._tokens is None:
            self._tokens = SentenceTokens(self._text, self._sentence.start, self._sentence.end)
        return self._tokens


def _name_verb_hit(
    m: regex.Match[str],
    text: str,
    sentence: Sentence,
    lang: Language,
    evidence: CapitalEvidence,
    v: NameVerbs,
) -> Hit | None:
    """A name followed by its finite verb right after a complete clause (``name_verbs``)."""
    prev, sep, word = m.group("prev", "sep", "word")
    low = prev.lower()
    if sep.strip() or m.group("close") or not prev[:1].islower():
        return None  # after a comma two main clauses are correct French
    if low in lang.openers or low in lang.name_contexts or low in evidence.name_nouns:
        return None  # "selon Le Monde", "le festival Regards", "et Lyon a perdu"
    if low in evidence.compass_words:
        return None  # "les ports du sud Finistère ont été …": a part of the place
    if not name_starts_sentence(text, sentence.start, m.start("word"), sentence.end, v):
        return None
    return boundary_hit(m, prev, sep, word)
