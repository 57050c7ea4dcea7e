"""Is one capitalised word in mid-sentence the first word of a lost sentence?

The judgment of one candidate of ``boundaries`` (a capitalised word after a word and
perhaps a comma or semicolon) by the word itself, its neighbours and the document's own
capitals. Names and titles carry capitals too, so the word counts only when all of these
hold:

* the word is an ordinary word of the language (its sentence-opener list or its list of
  common words that are never names), or, after a comma or semicolon, a sentence opener;
* the word before it is no determiner, preposition, title or verb of saying
  (``the Senate``, ``President Biden``, ``said Tuesday``);
* the next word is not capitalised too (``the nationalist Global Times``);
* the document itself does not use the word capitalised elsewhere mid-sentence (then it
  is one of its names).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping
from typing import Any

import regex

from tqcheck.detectors import Hit
from tqcheck.detectors.capital_evidence import CapitalEvidence
from tqcheck.detectors.clause_names import name_clauses
from tqcheck.detectors.name_clause_judge import PRONOUN_I
from tqcheck.detectors.name_verbs import name_verbs
from tqcheck.detectors.nearby_words import (
    LATIN_EPITHET,
    ORDINAL,
    after_verb_and_object,
    possessive,
    word_before,
    words_back,
)
from tqcheck.languages import Language
from tqcheck.model import Edit, Fix

# An acronym ("CGT", "SNUipp-FSU"): after a capitalised article it starts no title.
_ACRONYM = regex.compile(r"\p{Lu}{2}")
_NUMBER_AFTER = regex.compile(r"\.?[^\S\n]*\p{N}")
# A capitalised word, or a short lower-case word and a capitalised one ("Court of Session").
_NAME_GOES_ON = regex.compile(r"[^\S\n]+(?:\p{Lu}|\p{Ll}{2,3}[^\S\n]+\p{Lu})")
_AMOUNT = regex.compile(r"\p{Lu}\p{Ll}{0,2}\p{N}[\p{N},.]*")
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{Ll}\p{M}]*(?:-\p{Ll}+)*")
_LOWER_WORD_START = regex.compile(r"(?<![\p{L}\p{M}'’\-])")


class LowerWords:
    """Does the document itself write a word in lower case (so it is no name here)?

    Answered per word and remembered: a document asks about few words, and finding them
    is cheaper than listing all its lower-case words."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._written(word)
        return known

    def _written(self, word: str) -> bool:
        text = self._text
        at = text.find(word)
        while at >= 0:
            m = _LOWER_WORD.match(text, at)
            if m is not None and m.end() - at == len(word) and _LOWER_WORD_START.match(text, at):
                return True
            at = text.find(word, at + 1)
        return False


def _named_plural(word: str, capitals: Counter[str], lower_words: LowerWords) -> bool:
    """Is ``word`` the plural of a word the document capitalises in mid-sentence at least
    twice and never writes in lower case ("a Test series", "a home Test record", "played 34
    Tests": cricket's name for a match, not "… pupils Schools in the poorest areas …")?"""
    singular = word[:-1]
    if not word.endswith("s") or capitals[singular] < 2:
        return False
    return singular.lower() not in lower_words and word.lower() not in lower_words


# How many words a quoted title may have.
TITLE_WORDS = 8


# A single capital before a capitalised word: an initial, if the line has several.
_INITIAL = regex.compile(r"(?<![\p{L}\p{M}.])\p{Lu}[^\S\n]+\p{Lu}\p{Ll}")
_MIN_INITIALS = 3


def _list_of_initials(text: str, at: int) -> bool:
    """Does the line around ``at`` hold a list of names with initials ("E Mac Giolla
    Phádraig 0-7 (5f); T Ó Dálaigh 1-1; …")? Then "A" there is an initial too."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return len(_INITIAL.findall(text, start, end)) >= _MIN_INITIALS


def _connected_name(m: regex.Match[str], evidence: CapitalEvidence) -> bool:
    """Does a conjunction and two capitalised words go on the name that starts with the
    candidate's word ("Fisheries and Oceans Canada", "Food and Drug Administration")? One
    capitalised word is not enough: "Police and Ukrainian officials said …"."""
    pattern = evidence.connected_name
    return pattern is not None and pattern.match(m.string, m.end("word")) is not None


def judge_capital(
    m: regex.Match[str],
    lang: Language,
    capitals: Counter[str],
    lower_words: LowerWords,
    options: Mapping[str, Any],
    evidence: CapitalEvidence,
) -> Hit | None:
    """Is the capitalised word of candidate ``m`` a sentence start (see the module doc)?"""
    prev, close, sep, word, after = m.group("prev", "close", "sep", "word", "after")
    lower = word.lower()
    if word in ("I",) or lower.startswith(("i'", "i’")):
        return None
    head, apostrophe, _ = lower.replace("’", "'").partition("'")
    if _title_case_before(m, evidence.title_case_words):
        return None  # "as Rosalind in As You Like It": a title's words, all capitalised
    quoted_verb = prev[:1].islower() and lower not in lang.openers
    if quoted_verb and _after_quote(m.string, m.start("prev"), lang):
        return None  # "« Vous montez jusqu’où ? » demande Maïté à …": the verb after a
        # quotation and its speaker (an inverted attribution)
    if lower in evidence.vowel_articles and _before_consonant(word_at(m.string, m.end("word"))):
        return None  # "what was then An Bord Pleanála": no English article
    if apostrophe and head in evidence.elided_openers:  # "L’entreprise", "C’est"
        return boundary_hit(m, prev, sep, word)
    if close and _ITEM_NUMBER.search(m.string, max(0, m.start("prev") - 4), m.end("close")):
        return None  # a list item's number: "(ii) Every State shall …"
    if close:
        # After a closing bracket or guillemet only a function word is evidence:
        # "(Jura) À l’intérieur", "« … » Elle met" (but "« Libération » Lundi"), and not
        # before a name in a list: "(EPR), Les Démocrates (MoDem) et Horizons".
        listed_name = sep.strip() == "," and after.strip()[:1].isupper()
        opens = lower in lang.openers and not listed_name
        return boundary_hit(m, prev, sep, word) if opens else None
    punctuated = sep.lstrip()[:1] in (",", ";")
    if (
        sep.strip() == ","
        and _work_noun(m, evidence)
        and (
            lower not in lang.openers
            or (lower in evidence.title_articles and after.strip()[:1].isupper())
            or _title_cased(m.string, m.end("word"), evidence)
        )
        and not _opener_by_form(lower, after.strip(), evidence, None)
    ):
        # a title in apposition: "wrote a memoir, Ask the Tenants (2014),", "her first
        # novel, A Ledger for the Drowned, in 2008" (a participle or adverb opens a sentence
        # there: "… l’atmosphère de la série. Tournée en plein hiver …")
        return None
    dated = _match_near(_DATED_TITLE, m.string, m.start("word"))
    # (between commas: an apposition; after a semicolon a sentence may open so: "…; The
    # Drowned Field (1979), nearly two metres wide, …" lost a full stop)
    apposition = dated and sep.strip() == "," and m.string.startswith(",", dated.end())
    if dated and (lower not in lang.openers or apposition):
        # a work and its year: "…; Memory of Snow (2008), part memoir …", "and her third,
        # A Winter Census (2020), was …" (but "… general readers The Patient Ice (1984)
        # explained …" lost a full stop before "The")
        return None
    # After a semicolon only names and "I" are capitalised: the word needs no more context.
    semicolon = sep.lstrip()[:1] == ";"
    after_word = after.strip()
    if len(prev) > 1 and prev.isupper() and not semicolon:
        return None  # after an acronym or a dateline ("OLYMPIA, Wash")
    if len(word) == 1 and (
        prev.lower() in evidence.letter_label_words or not after_word[:1].isalnum()
    ):
        return None  # "vitamin A", "Plan A": a label, not the article
    if m.string[m.end("word") : m.end("word") + 1].isdigit():
        return None  # a model, code or format: "The first A350-1000 is due …", "Twenty20"
    if len(word) == 1 and _list_of_initials(m.string, m.start("word")):
        return None  # "T Ó Dálaigh 1-1; N Cunnane 0-3; A Mulvihill 0-1": an initial
    if (
        lower in evidence.label_numbers
        and prev[:1].isupper()
        and is_common_word(prev, lang, evidence.inflections)
        and (_after_preposition(m, lang) or prev.lower() in evidence.letter_label_words)
    ):
        # "in Form Four", "to Year Nine", "the Division Two table": a spelled number as a
        # label
        return None
    if lower in evidence.label_numbers and _group_name(m, lang, evidence.name_conjunctions):
        return None  # "the Whitaker Five, a quintet": a group named by its number
    if lower in evidence.label_numbers and _linked_number(m, lang):
        return None  # "its Group of Seven counterparts", "the Gang of Four"
    if prev[:1].isdigit() and lower not in lang.openers and _numbered_name(m):
        return None  # "KVTX 9 News": a station's name with a number inside
    if not sep.strip() and lower not in lang.openers and _named_after(m, evidence):
        return None  # "the 9th Circuit", "non-Transit Core flats": the name goes on
    if word in evidence.number_abbreviations and _NUMBER_AFTER.match(m.string, m.end("word")):
        return None  # "the world No 41", "program No. 4471": the abbreviation of "number"
    if prev in evidence.name_particles:
        return None  # "Frans de Beer": a name particle belongs to the name after it
    name_title = word in evidence.name_titles and after.startswith(".")
    # Only languages that list the words introducing titles take "The X" as a sentence start.
    titled = bool(evidence.title_nouns) and lower in evidence.title_articles
    if name_title or (titled and after_word[:1].isupper()):
        return _judge_title(m, lang, evidence, name_title=name_title)
    # A contracted opener counts as the opener: "It’s", "That's"; so do an adverb by its
    # ending ("Honnêtement, …") and a participle before a preposition ("Interrogée sur").
    listed_opener = (
        lower in lang.openers
        or (lower in evidence.comma_openers and after.startswith(","))
        or _comma_adverb(word, after, lang, evidence)
        or bool(apostrophe and head in lang.openers)
    )
    # an adverb by its ending, unless a capital follows: a first name ("Clément Vergnaud")
    # (after a capitalised word, perhaps a first name, its verb must be known: "l’arrière
    # Lucas Escudé dans …" is a name, "à Göteborg Interrogée sur …" a participle; after a
    # lower-case word many participles' verbs are not listed: "Plongée dans …")
    by_form = _opener_by_form(lower, after_word, evidence, lang if prev[:1].isupper() else None)
    # (nor a name the document capitalises in mid-sentence elsewhere: "Chloé Marrec, seize
    # ans", then "qui incarne Chloé dans …")
    by_form = by_form and not after_word[:1].isupper() and capitals[word] < 2
    is_opener = listed_opener or by_form
    # "I" is capitalised anywhere ("So I just went"); a function word that never starts a
    # name may stand before one ("new dangers In May, …", "Wales believed Then Callum …").
    capital_after = after_word[:1].isupper() and not PRONOUN_I.match(after_word)
    if (
        lower in evidence.title_articles
        and _no_title(lower, after_word, evidence)
        and not _name_after(prev, lower, evidence)  # "le café Le Relais": a name
    ):
        capital_after = False  # "… à Saint-Brévin La CGT avait appelé", "… Les Bretons ont"
    if _ACRONYM.match(after_word) and _quantifier(lower, lang):
        capital_after = False  # "… across the industry Several AI developers have …"
    # An office or body goes on after "of" ("a regional Member of the Senedd"), unless the
    # word opens sentences ("… Most of the Senate voted …").
    linked = evidence.linked_name
    name_after = (
        capital_after
        or (after_word in evidence.name_conjunctions and _connected_name(m, evidence))
        or (linked is not None and not is_opener and linked.match(m.string, m.end("word")))
        or (
            evidence.linked_pair is not None
            and not (is_opener or lower.endswith("s"))
            and evidence.linked_pair.match(m.string, m.end("word")) is not None
        )
        or (
            evidence.linked_object is not None
            and not is_opener
            and _match_near(evidence.linked_object, m.string, m.end("word")) is not None
        )
    )
    before_name = punctuated or lower in evidence.openers_before_names
    if name_after and not (is_opener and before_name):
        return None  # a multi-word name: "Global Times", "State Department"
    # Title case on both sides of a comma: a slogan or title ("Our School, Our Home").
    title_case = name_after and punctuated and prev[:1].isupper()
    if title_case and word_before(m.string, m.start("prev"))[:1].isupper():
        return None
    if sep.strip() == "," and prev[:1].isupper() and _listed_name(m, is_opener, evidence):
        return None  # a list of names: "counties Antrim, Down and Londonderry"
    if not (punctuated or listed_opener) and _modifier_after_article(m, lang, evidence):
        # "the five-member Board", "a retired Army officer", "the journal Nature", "la Haute
        # Autorité" (whose "-é" is no participle's)
        return None
    if not (is_opener or semicolon) and not after_word[:1].isalnum():
        return None  # a sentence goes on after its first word: "the federal Constitution,"
    if prev[:1].isupper() and not sep.strip() and after_word[:1] in _SENTENCE_ENDS:
        return None  # a name's last word ends the sentence: "the Hotel Karlův Most."
    date = word in lang.calendar_words or lower in evidence.comma_openers  # "Samedi 14 octobre"
    label = evidence.number_labels and after_word[:1].isdigit()
    if label and not (is_opener or lower.endswith("ly") or date):
        return None  # a noun before a number is a label: "when Title 42 ends", "Article 5"
    if lower in evidence.title_articles and name_after:
        return None  # a title: "The New York Times", "La France insoumise"
    is_common = (
        is_common_word(word, lang, evidence.inflections)
        # Weaker evidence: the document writes the word in lower case elsewhere and
        # capitalises it only here, and a clause goes on after it ("Crews would be …",
        # not "under the federal Constitution, the court …"; nor a month whose name is also
        # a word: "ran dry on 3 March after" beside "a march on the offices").
        or (
            capitals[word] <= 1
            and after_word[:1].islower()
            and word not in lang.calendar_words
            and lower in lower_words
            and not _particle_name(m, evidence)
            and not _latin_epithet(after_word, lang)
        )
    )
    if not (is_opener or is_common):
        return None
    if not is_opener and _second_predicate(m.string, m.end("word"), lang):
        return None  # "… in six Tests and was part of the side": no sentence starts so
    if not punctuated:
        if not is_opener and _after_opening_article(m, lang, evidence):
            return None  # "An extraordinary Diet session": an article and one word
        if not is_opener and _after_naming_verb(m, lang, evidence.naming_verbs):
            return None  # "Halyard calls those gateways Harbor stations"
        if prev.lower() in evidence.attributive_adjectives and (
            word_before(m.string, m.start("prev")).lower() in evidence.title_articles
        ):
            return None  # "un compromis sur le futur Fonds européen": before its noun
        if _title_of_work(m, lang, evidence):
            return None  # "for his memoir In the Country of Typhoons, and …"
        if lower in evidence.name_final_words and _after_named_noun(m, evidence):
            return None  # "président du groupe Saint-Nivel Demain, juge …": a list's name
        if not is_opener and _name_after_adjective(m, lang, evidence):
            return None  # "la section parallèle Regards neufs, consacrée aux courts métrages"
        opener = head if apostrophe else lower
        # After a verb of saying an ordinary word takes no name's place: "the agency said
        # Controllers in Darmstadt confirmed …" (but "said Smith", "said Apple").
        said = (
            prev in evidence.reporting_verbs
            and is_common
            and not name_after
            and not (evidence.linked_body and evidence.linked_body.match(m.string, m.end("word")))
        )
        ends = _ends_sentence(prev, lower, opener, is_opener, name_after, lang, options, evidence)
        if not ends and is_opener and not name_after:
            # "knew exactly where they were Sometimes you just slip": the question word is
            # the copula's complement, so the clause is complete
            ends = _copula_after_question(m, evidence)
        if not (said or ends):
            return None
        if prev[:1].isupper() and _inside_title(m.string, m.start("prev"), evidence):
            return None  # "first with The Riverside Seven, a septet"
    if not is_opener and (capitals[word] >= 2 or _named_plural(word, capitals, lower_words)):
        return None  # the document uses it as a name elsewhere
    return boundary_hit(m, prev, sep, word)


def _listed_name(m: regex.Match[str], is_opener: bool, evidence: CapitalEvidence) -> bool:
    """Does a list of names go on after the candidate's word and a conjunction ("Antrim,
    Down and Londonderry")? An article opens a listed name too if a capitalised word
    follows it ("à Aubusson, Bourganeuf, La Souterraine et Boussac")."""
    listed = evidence.last_listed_name
    if listed is None:
        return False
    pos = m.end("word")
    if is_opener:
        name = _ARTICLE_NAME.match(m.string, pos)
        if m.group("word").lower() not in evidence.title_articles or name is None:
            return False
        pos = name.end()
    return listed.match(m.string, pos) is not None


# The capitalised word after an article that opens a name ("La Souterraine").
_ARTICLE_NAME = regex.compile(r"[^\S\n]+\p{Lu}[\p{L}\p{M}\-]*")


def _match_near(pattern: regex.Pattern[str], text: str, pos: int) -> regex.Match[str] | None:
    """``pattern.match`` at ``pos`` within a name's reach. Unbounded, the regex module first
    looks for the pattern's required text ("(" of a year, " to ") to the end of the string,
    for every candidate: a long line without it was read in quadratic time."""
    return pattern.match(text, pos, min(len(text), pos + _NAME_REACH))


# How many characters a name or title with its year may take.
_NAME_REACH = 200


# A conjunction and the word after it.
_CONJUNCT = regex.compile(r"[^\S\n]+(\p{Ll}+)[^\S\n]+(\p{Ll}+)\b")


def _second_predicate(text: str, pos: int, lang: Language) -> bool:
    """Do "and" (or "but", "or") and an auxiliary follow the word at ``pos``? The verb is a
    second one of the subject before the word: "in six Tests and was", "the Grammys and
    will" (a sentence may start "Tests and exams were", never "Tests and was")."""
    c = name_clauses(lang)
    m = _CONJUNCT.match(text, pos)
    return (
        c is not None
        and m is not None
        and m.group(1) in c.predicate_conjunctions
        and m.group(2) in c.auxiliaries
    )


def _latin_epithet(word: str, lang: Language) -> bool:
    """Is ``word`` a species' Latin epithet, so the capitalised word before it is a genus
    ("Les colletes, dont Colletes hederae, sécrètent …")?"""
    return bool(LATIN_EPITHET.fullmatch(word)) and word not in lang.common_words


def _particle_name(m: regex.Match[str], evidence: CapitalEvidence) -> bool:
    """Does a name go on after the word with a particle ("see there, Bealach na Gaoithe –"
    in a text that also writes "the bealach")?"""
    pattern = evidence.particle_name
    return pattern is not None and pattern.match(m.string, m.end("word")) is not None


# A list item's number in brackets at the start of a line: "(ii)", "(b)", "(3)".
_ITEM_NUMBER = regex.compile(r"(?:\A|\n)[^\S\n]*\((?:[ivxlc]{1,5}|[a-z]|\d{1,3})\)\Z")


def _after_opening_article(m: regex.Match[str], lang: Language, evidence: CapitalEvidence) -> bool:
    """Is ``prev`` the sentence's second word, after an article ("An extraordinary Diet
    session")? An article and one word make no sentence of their own; a verb after them
    still starts one ("A bit Is it affordable?": a spoken answer, then a question)."""
    c = name_clauses(lang)
    if c is None or c.is_finite(m.group("word").lower()):
        return False
    start = m.start("prev")
    found = _OPENING_WORD.search(m.string, max(0, start - 12), start)
    return found is not None and found.group(1).lower() in evidence.title_articles


# The first word of a sentence (after a full stop, a line break or the text's start) when
# it ends where the search ends.
_OPENING_WORD = regex.compile(r"(?:\A|[.!?][\"”’)\]]*[^\S\n]+|\n)[\"“‘(]?(\p{L}+)[^\S\n]+\Z")


def _inside_title(text: str, start: int, evidence: CapitalEvidence) -> bool:
    """Does the run of capitalised words ending at ``start`` open with a title article in
    mid-sentence ("with The Riverside Seven")? Then the next capitalised word is the
    title's too."""
    words = text[max(0, start - _TITLE_WINDOW) : start].split()
    run = 0
    while run < len(words) and words[-1 - run][:1].isupper():
        run += 1
    if not run or run == len(words):
        return False
    first, before = words[-run], words[-run - 1]
    return first.lower() in evidence.title_articles and before[:1].islower()


# How far back the start of a title is looked for.
_TITLE_WINDOW = 80


def _after_naming_verb(m: regex.Match[str], lang: Language, naming_verbs: frozenset[str]) -> bool:
    """Is a verb that gives a name among the few words before the candidate, with no
    punctuation between ("calls those gateways Harbor stations")? Not where a clause starts
    at the capital ("the power to call a walkout Turnout was 88%")."""
    c = name_clauses(lang)
    if not naming_verbs or c is None:
        return False
    after = m.group("after").split()
    if c.is_finite(m.group("word").lower()) or (after and c.is_finite(after[0].lower())):
        return False
    start = m.start("prev")
    words = m.string[max(0, start - _NAMING_WINDOW) : start].split()[-_NAMING_WORDS:]
    for word in reversed(words):
        if not word.isalpha():
            return False
        if word.lower() in naming_verbs:
            return True
    return False


# How many words before the candidate's word a naming verb may stand (and how many
# characters hold them).
_NAMING_WORDS = 3
_NAMING_WINDOW = 60


def _quantifier(low: str, lang: Language) -> bool:
    """A quantifier ("several", "many"): before an acronym it counts, it names nothing."""
    c = name_clauses(lang)
    return c is not None and low in c.quantifiers


def _no_title(article: str, word: str, evidence: CapitalEvidence) -> bool:
    """Does the capitalised word after a capitalised article start no title or name? An
    acronym ("La CGT") or a people's noun ("Les Bretons", "Le Suédois") does, unless
    listed ("Le Parisien", a newspaper)."""
    if _ACRONYM.match(word):
        return True
    low = word.lower()
    demonym = bool(evidence.demonym_endings) and low.endswith(evidence.demonym_endings)
    return demonym and f"{article} {low}" not in evidence.article_names


def _group_name(m: regex.Match[str], lang: Language, conjunctions: frozenset[str]) -> bool:
    """Is the spelled number a group's name with the capitalised word before it, after "the"
    ("the Whitaker Five, a quintet", "the Guildford Four were freed")? Not when a noun it
    counts follows: "met the President Two days later" lost a full stop."""
    prev, sep, after = m.group("prev", "sep", "after")
    if sep.strip() or not prev[:1].isupper():
        return False
    # "the Back Porch Seven and …": the group's name may have a few words, and a noun may
    # stand before it ("the collective Fieldwork Nine, for …")
    back = words_back(m.string, m.start("prev"))
    before, words = next(back, ""), 0
    while words < _GROUP_NAME_WORDS and before[:1].isupper():
        before, words = next(back, ""), words + 1
    if before.islower() and before.lower() != "the":
        before, words = next(back, ""), words + 1
    if before.lower() != "the":
        return False
    nxt = after.split(maxsplit=1)[0].lower() if after.strip() else ""
    if words:
        # then only a list goes on ("the Muskingum River Five of the cars" lost a stop)
        return not nxt[:1].isalnum() or nxt in conjunctions
    c = name_clauses(lang)
    function_word = nxt in lang.openers or (c is not None and nxt in c.prepositions)
    return not nxt[:1].isalnum() or function_word


def _linked_number(m: regex.Match[str], lang: Language) -> bool:
    """Is the spelled number joined to a capitalised word by a linker ("Group of Seven")?"""
    c = name_clauses(lang)
    if c is None or m.group("sep").strip() or m.group("prev").lower() not in c.linkers:
        return False
    return word_before(m.string, m.start("prev"))[:1].isupper()


# How many capitalised words before the number a group's name may have.
_GROUP_NAME_WORDS = 3


def _after_preposition(m: regex.Match[str], lang: Language) -> bool:
    """Does a preposition or an indefinite article stand before ``prev`` ("in Form Four",
    "a Form Five student"; not "the Prosecutor's Office Eleven other counts …"), or an
    indefinite article and an adjective ("a fictional Category Four system")?"""
    c = name_clauses(lang)
    if c is None:
        return False
    word = word_before(m.string, m.start("prev"))
    before = word.lower()
    if before in c.prepositions or before in c.indefinite_articles:
        return True
    if not word.isalpha() or not word.islower() or c.is_finite(before):
        return False
    start = m.string.rfind(word, 0, m.start("prev"))
    return word_before(m.string, start).lower() in c.indefinite_articles


def _named_after(m: regex.Match[str], evidence: CapitalEvidence) -> bool:
    """Is ``prev`` an ordinal after an article ("the 9th Circuit upheld", "a 3rd Battalion
    officer"; not "finished 9th"), or after a preposition and article in one word with the
    name going on ("le jury du 27e Festival du premier film"; not "l'immeuble du 19e
    Pompiers et policiers …"), or a prefix before a name ("non-Transit Core flats", "the
    pro-Kremlin Rossiya channel")? The capital is the name's that goes on."""
    prev = m.group("prev")
    if _PREFIXED_NAME.fullmatch(prev):
        return True
    if not ORDINAL.fullmatch(prev):
        return False
    before = word_before(m.string, m.start("prev")).lower()
    if before in evidence.title_articles:
        return True
    if before not in evidence.contracted_articles:
        return False
    following = word_at(m.string, m.end("word"))
    return following[:1].isupper() or following.lower() in evidence.name_particles


# A lower-case prefix, a hyphen and a name: "non-Transit", "pro-Kremlin", "anti-Brexit".
_PREFIXED_NAME = regex.compile(r"\p{Ll}+[\-‐]\p{Lu}[\p{L}\p{M}]*")


def _numbered_name(m: regex.Match[str]) -> bool:
    """Is the number ``prev`` preceded by an acronym ("KVTX 9"; not "Sept 15", "Phase 3")?"""
    before = word_before(m.string, m.start("prev"))
    return len(before) > 1 and before.isupper()


def _before_consonant(word: str) -> bool:
    """Does a capitalised ``word`` open with a consonant letter ("Bord", not "Hour",
    "Uber" or an acronym such as "MP", which may be spoken with a vowel), or with the
    consonant Gaelic puts before a vowel after its article ("An t-Òban", "An tAire")?"""
    if _GAELIC_MUTATION.match(word):
        return True
    return word[:1] in _CONSONANT_CAPITALS and not word.isupper()


def _after_quote(text: str, pos: int, lang: Language) -> bool:
    """Does a closing quotation mark (and spaces) stand right before ``pos``?"""
    before = text[max(0, pos - _QUOTE_GAP) : pos].rstrip(" \u00a0\u202f")
    return bool(before) and before[-1] in lang.quotes.closers


# How many spaces may stand between a closing quotation mark and the word after it.
_QUOTE_GAP = 3


def _title_case_before(m: regex.Match[str], title_words: frozenset[str]) -> bool:
    """Is ``m["prev"]`` the last of a few capitalised words, one of which only a title
    capitalises ("As You Like It", "The Way We Were")? Then the word after it is the
    title's too (but "… told John Smith It was over" lost a full stop)."""
    if not m.group("prev")[:1].isupper() or m.group("sep").strip():
        return False
    run = _TITLE_RUN.search(m.string, max(0, m.start("prev") - _TITLE_SPAN), m.end("prev"))
    words = run.group().split() if run else []
    return any(w.lower() in title_words for w in words)


# Up to four capitalised words before a position, separated by spaces only.
_TITLE_RUN = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'’]*[^\S\n]+){0,3}\p{Lu}[\p{L}\p{M}'’]*\Z")


def _work_noun(m: regex.Match[str], evidence: CapitalEvidence) -> bool:
    """Is ``prev`` a noun for a work, which a title may follow ("a memoir", "her
    breakthrough work"; not "back at work")?"""
    low = m.group("prev").lower()
    if low in evidence.work_nouns:
        return True
    qualifier = word_before(m.string, m.start("prev")).lower()
    return low in evidence.qualified_title_nouns and qualifier in evidence.title_qualifiers


def _title_cased(text: str, pos: int, evidence: CapitalEvidence) -> bool:
    """Are the words after ``pos``, up to a comma or bracket, a title's in title case ("his
    memoir, Every Child Deserves a Sunrise, which …")? A sentence writes them in lower
    case: at least two of them capitalised, the last one too, and the others short words
    a title leaves in lower case. Not an opening phrase whose clause's subject follows the
    comma ("his first film, At the Venice Film Festival, it won a prize": a lost stop)."""
    found = _UP_TO_COMMA.match(text, pos)
    if found is None or found.group(2).lower() in evidence.openers_after_contexts:
        return False
    words = found.group(1).split()
    capitalised = [w[:1].isupper() for w in words]
    small = evidence.title_small_words
    return (
        sum(capitalised) >= 2
        and capitalised[-1]
        and all(cap or w in small for w, cap in zip(words, capitalised, strict=True))
    )


# The words after a position up to a comma or an opening bracket, a few at most, and the
# word after that.
_UP_TO_COMMA = regex.compile(
    r"((?:[^\S\n]+[\p{L}\p{M}'’\-]+){2,8})[^\S\n]*[,(][^\S\n]*([\p{L}\p{M}'’]*)"
)


def word_at(text: str, pos: int) -> str:
    """The word after ``pos``, hyphens and all ("t-Òban", where ``after`` stops at "t")."""
    found = _HYPHENATED_WORD.match(text, pos)
    return found.group(1) if found else ""


_HYPHENATED_WORD = regex.compile(r"[^\S\n]*([\p{L}\p{M}\-]*)")
_CONSONANT_CAPITALS = frozenset("BCDFGJKLMNPQRSTVWXZ")
_GAELIC_MUTATION = regex.compile(r"[tnh]-?\p{Lu}\p{Ll}")


def _judge_title(
    m: regex.Match[str], lang: Language, evidence: CapitalEvidence, *, name_title: bool
) -> Hit | None:
    """ "Mr." + a name, or an article + a capitalised word ("The Social Democrats").

    "The …" starts a sentence after a semicolon; after a comma "The …" and "Mr. Smith" are
    usually an apposition or a list ("the chairman, Mr. Smith, said"), but an indefinite
    article starts none ("…, A State Department spokesman"). Without punctuation only
    "The …" does, after a word that cannot introduce a title. A name with its title is
    judged by its clauses (``name_opens_clause``); after a semicolon it is correct English.
    """
    prev, sep, word = m.group("prev", "sep", "word")
    if sep.lstrip()[:1] in (",", ";"):
        indefinite = word.lower() in evidence.indefinite_articles
        semicolon = sep.strip()[:1] == ";" and not name_title
        return boundary_hit(m, prev, sep, word) if semicolon or indefinite else None
    number = evidence.after_numbers and prev[:1].isdigit()  # "the top 15 The …"
    # "… in Hollis Crossing The Rev. Ruth Anders said": no title goes on with a name's title
    titled_name = m.group("after").strip() in evidence.name_titles
    if name_title or not (
        prev[:1].islower() or prev in lang.calendar_words or number or titled_name
    ):
        return None
    low = prev.lower()
    if low in lang.name_contexts:
        return None
    if possessive(low) and not sep.strip():
        return None  # "last year’s The Glass Orchard": a possessive has its noun after it
    if low in evidence.title_nouns and not _passive(m, lang, evidence.passive_markers):
        return None  # "It included The Monsoon Accountant" (not "were not included The …")
    if low in evidence.qualified_title_nouns and _work_noun(m, evidence):
        return None  # "whose earlier work The Long Paddock picked up awards"
    if after_verb_and_object(m, evidence.reporting_verbs, evidence.title_articles):
        return None
    if _after_question_subject(m, lang):
        return None  # "What sets The Drowned Parish apart is …": the verb's object
    if _title_case(m.string, m.end("word"), evidence.title_case_words):
        return None  # "has installed The River Remembers Its Source": a work's title
    if _stranded_relative(m, lang):
        return None  # "Many residents The Straits Herald spoke to welcomed the package"
    return boundary_hit(m, prev, sep, word)


def _title_of_work(m: regex.Match[str], lang: Language, evidence: CapitalEvidence) -> bool:
    """Does a title in title case follow a noun or verb that introduces one, up to a
    punctuation mark ("his memoir In the Country of Typhoons, and …": its small words in
    lower case, the others capitalised)? After a lost full stop the sentence goes on with
    lower-case words ("his memoir In the end it was …"), a date ("In May") or a place ("In
    Hartford, …")."""
    low = m.group("prev").lower()
    c = name_clauses(lang)
    if c is None or not (low in evidence.work_nouns or low in evidence.title_nouns):
        return False
    run = _TITLE_TO_PUNCTUATION.match(m.string, m.end("word"), m.end("word") + _TITLE_SPAN)
    if run is None:
        return False
    small = c.prepositions | c.determiners | c.list_conjunctions
    words = run.group(1).split()
    if m.string.startswith(".", run.end()) and (len(words[-1]) < 3 or words[-1] in c.abbreviations):
        return False  # an initial's or abbreviation's dot: "website People in L.B. Nagar"
    capitals = [w for w in words if w[:1].isupper() and w not in lang.calendar_words]
    # a small word among capitalised ones, as only titles have them: "In Hartford, …" and
    # "In New York, …" start sentences
    inner = any(w in small for w in words)
    return inner and words[-1] in capitals and all(w in capitals or w in small for w in words)


# The words after a title's first, up to the punctuation mark that ends the title.
_TITLE_TO_PUNCTUATION = regex.compile(r"((?:[^\S\n]+[\p{L}\p{M}'’\-]+)+)(?=[,.;:!?)])")


def _copula_after_question(m: regex.Match[str], evidence: CapitalEvidence) -> bool:
    """Is ``prev`` a copula whose complement is a question word a few words before it, with
    its subject between ("where they were", "how old the house was")? Not after "there":
    "where there were" needs what there was."""
    if m.group("prev").lower() not in evidence.copulas:
        return False
    words = itertools.islice(words_back(m.string, m.start("prev")), _QUESTION_WORDS)
    for i, before in enumerate(words):
        low = before.lower()
        if i == 0 and low == "there":
            return False
        if low in evidence.complement_questions:
            return i > 0
    return False


# How many words before the copula its question word may stand ("how old the house was").
_QUESTION_WORDS = 4


def _after_question_subject(m: regex.Match[str], lang: Language) -> bool:
    """Is ``prev`` a verb whose subject is a question word that opens the sentence right
    before it ("What sets")? Its object follows, so no sentence starts there (but "… to
    know what happened The council …" lost a full stop)."""
    c = name_clauses(lang)
    if c is None or not c.is_finite(m.group("prev").lower()):
        return False
    before = word_before(m.string, m.start("prev"))
    return before[:1].isupper() and before.lower() in c.interrogatives


def _passive(m: regex.Match[str], lang: Language, markers: frozenset[str]) -> bool:
    """Is ``prev`` a participle after a form of "be" ("the costs were not included"), which
    ends its clause, rather than a verb whose object may be a title?"""
    c = name_clauses(lang)
    if c is None or not m.group("prev").lower().endswith(c.past_suffixes):
        return False
    return word_before(m.string, m.start("prev")).lower() in markers


def _stranded_relative(m: regex.Match[str], lang: Language) -> bool:
    """Does the title's name go on with a verb, its preposition left at the end and then
    the main clause's verb ("residents The Straits Herald spoke to welcomed …")? A relative
    clause without "that", whose subject is the title."""
    c = name_clauses(lang)
    found = _STRANDED.match(m.string, m.end("word"))
    if c is None or found is None:
        return False
    verb, preposition, main = (g.lower() for g in found.groups())
    return c.is_finite(verb) and preposition in c.prepositions and c.is_finite(main)


# The rest of a title's name, then three lower-case words.
_STRANDED = regex.compile(
    r"(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’\-]*)*[^\S\n]+(\p{Ll}+)[^\S\n]+(\p{Ll}+)[^\S\n]+(\p{Ll}+)"
)


def _title_case(text: str, pos: int, title_words: frozenset[str]) -> bool:
    """Do the capitalised words after ``pos`` hold one that only a title capitalises
    (``title_case_words``: "Its", "Our" in "The River Remembers Its Source")?"""
    for word in text[pos : pos + _TITLE_SPAN].split()[:TITLE_WORDS]:
        if not word[:1].isupper():
            return False
        if word.strip(",.;:!?)’'”").lower() in title_words:
            return True
    return False


# How far after "The" a title's words are read.
_TITLE_SPAN = 80


def _modifier_after_article(m: regex.Match[str], lang: Language, evidence: CapitalEvidence) -> bool:
    """Does ``prev`` modify the capitalised word after it, so no sentence ends on it?

    After an article: a compound adjective ("the five-member Board of Education"), a word
    that introduces a title ("the journal Nutrition and Population Health") or a name's
    first word ("la Haute Autorité"); after
    "a"/"an": a past participle ("a retired Army officer"), which is never a noun. After
    "the" a participle may be one ("help for the injured Officials said …"), so there it
    modifies only a name that goes on ("the retired Court of Session judge").
    """
    prev = m.group("prev")
    low = prev.lower()
    article = word_before(m.string, m.start("prev")).lower()
    if ("-" in low or low in evidence.title_nouns) and article in evidence.title_articles:
        return True
    modifier = "-" in low or low in evidence.possessive_adjectives
    if modifier and possessive(m.string[max(0, m.start("prev") - 4) : m.start("prev")].rstrip()):
        # "the ministry's five-step Check and Clear routine", "the bank's weekly Focus survey"
        return True
    if article in evidence.title_articles and prev[:1].isupper():
        # A capitalised word after an article and before another is a name's first ("la
        # Haute Autorité de santé", "the High Court"); after a name that ends a sentence
        # ("… a battu le Brésil") the next one opens with an opener, judged without this.
        return True
    c = name_clauses(lang)
    if c is None:
        return False
    # "to the federal Bureau of Prisons", "the national Department of Health": an adjective
    # and the body it names (not a participle: "help for the injured Officials of …")
    definite = article in evidence.title_articles and article not in evidence.indefinite_articles
    adjective = prev.isalpha() and prev.islower() and not low.endswith(c.past_suffixes)
    body = evidence.linked_body
    if definite and adjective and body is not None and body.match(m.string, m.end("word")):
        return True
    if article not in evidence.indefinite_articles and not (
        article in evidence.title_articles and _NAME_GOES_ON.match(m.string, m.end("word"))
    ):
        return False
    return low.endswith(c.past_suffixes) and low not in c.base_verbs and c.is_finite(low)


def _ends_sentence(
    prev: str,
    lower: str,
    opener: str,
    is_opener: bool,
    name_after: bool,
    lang: Language,
    options: Mapping[str, Any],
    evidence: CapitalEvidence,
) -> bool:
    """Can a sentence end with ``prev``, right before the capitalised word (no punctuation)?

    ``lower`` is the word in lower case, ``opener`` the same for a contraction's first part
    ("it" for "It’s").
    """
    low = prev.lower()
    by_adverb_ending = opener not in lang.openers and lower.endswith(
        evidence.adverb_endings or ("\0",)
    )
    if possessive(low):
        return False  # "the company’s No. 3 executive"
    if not is_opener and _name_after(prev, lower, evidence):
        return False  # "le festival Regards" (but "le projet Les travaux …" lost a stop)
    # "2030", "3pm", and an amount after its currency's letters ("Sh150", "Rs500")
    number = evidence.after_numbers and (
        prev[:1].isdigit() or prev == "%" or _AMOUNT.fullmatch(prev) is not None
    )
    if prev in lang.calendar_words:
        pass  # "since September Hopes faded": a date often ends a sentence
    elif number:
        pass  # "depuis 2021 Le prix …"
    elif evidence.after_names and prev[:1].isupper() and is_opener and not by_adverb_ending:
        pass  # "a estimé Laurent Kessler Les armateurs …", "à Göteborg Interrogée sur …"
        # (but not an "adverb" by its ending: "(Transmission Protection Instrument)")
    elif prev[:1].isupper() and lower in evidence.openers_after_names:
        pass  # "the resort of Courchevel The race ends …" (see _inside_title)
    elif not prev[:1].islower() or len(prev) < options["min_prev_letters"]:
        return False
    if not number and not regex.fullmatch(r"[\p{L}'’\-]+", prev):
        return False
    if name_after and (low in lang.name_contexts or low in evidence.title_nouns):
        return False  # "the film Before Sunrise", "in In Bruges"
    # "said Smith", "like Smith"; but "the ministry said In a statement, …", "a moment
    # like that He deserved it" (no name starts with a pronoun).
    strong = is_opener and (
        low in evidence.reporting_verbs or opener in evidence.openers_after_contexts
    )
    return low not in lang.name_contexts or strong


def _comma_adverb(word: str, after: str, lang: Language, evidence: CapitalEvidence) -> bool:
    """An ordinary word with an adverb's ending before a comma: "Obviously, …" (not a
    month: "last July, the …")."""
    lower = word.lower()
    return (
        after.startswith(",")
        and lower.endswith(evidence.comma_adverb_endings or ("\0",))
        and lower in lang.common_words
        and word not in lang.calendar_words
    )


# Marks that end a sentence.
_SENTENCE_ENDS = frozenset(".!?")


def _opener_by_form(
    lower: str, after_word: str, evidence: CapitalEvidence, verb_language: Language | None
) -> bool:
    """An adverb or participle recognised by its ending (``[boundaries]`` data): names
    rarely end so, and a participle is told from a name ("René") by the preposition after
    it ("Interrogée sur ses projets", "Remarqué dès la rentrée") and, with
    ``verb_language``, by its verb, whose present or simple past that language lists
    ("interroge", "remarquent"; not "Lucas Escudé dans ses 22 mètres")."""
    if len(lower) >= 7 and lower.endswith(evidence.adverb_endings or ("\0",)):
        return True
    ending = next((e for e in evidence.participle_endings if lower.endswith(e)), "")
    if len(lower) < 5 or not ending or after_word.lower() not in evidence.participle_prepositions:
        return False
    verbs = name_verbs(verb_language) if verb_language is not None else None
    stem = lower[: -len(ending)]
    return verbs is None or any(stem + e in verbs.finite_verbs for e in ("e", "ent", "a"))


def _name_after(prev: str, lower: str, evidence: CapitalEvidence) -> bool:
    """Is the capitalised word a name because of the word before it?"""
    noun = prev
    for mark in ("’", "'"):  # "l’association Toit"
        noun = noun.rpartition(mark)[2]
    if prev.isdigit():
        return lower in evidence.names_after_numbers
    # (in lower case: "sur Hugo Rivière Les Montbracois …" lost a full stop after a name)
    return noun.islower() and noun in evidence.name_nouns


def _after_named_noun(m: regex.Match[str], evidence: CapitalEvidence) -> bool:
    """Is ``prev`` a capitalised name after a noun that introduces names, perhaps with its
    adjective between ("du groupe Saint-Nivel", "la liste citoyenne Vallières")?"""
    if not m.group("prev")[:1].isupper() or m.group("sep").strip():
        return False
    for before in itertools.islice(words_back(m.string, m.start("prev")), 2):
        if _name_after(before, "", evidence):
            return True
        if not before.islower():
            return False
    return False


def _name_after_adjective(m: regex.Match[str], lang: Language, evidence: CapitalEvidence) -> bool:
    """Is the capitalised word a name because a noun that introduces names stands before
    ``prev``, an adjective of that noun ("la section parallèle Regards neufs")? Not when
    ``prev`` may be a verb: "le festival commence Demain, …" lost a full stop."""
    prev = m.group("prev")
    if not (prev.isalpha() and prev.islower()) or prev in lang.openers:
        return False
    if prev in evidence.compass_words:
        return False  # "son terminus nord Côté bus, …": a point of the compass ends clauses
    if not _name_after(word_before(m.string, m.start("prev")), "", evidence):
        return False
    verbs = name_verbs(lang)
    return verbs is not None and prev not in verbs.finite_verbs


def is_common_word(
    word: str,
    lang: Language,
    inflections: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...],
) -> bool:
    """An ordinary word of the language: listed, or an inflection of a listed word."""
    lower = word.lower()
    common = lang.common_words
    if lower in common:
        return True
    for suffix, stem_end, stem_endings, not_after in inflections:
        stem = lower[: -len(suffix)]
        if not lower.endswith(suffix) or not stem.endswith(stem_endings):
            continue
        if not (not_after and stem.endswith(not_after)) and stem + stem_end in common:
            return True
    head, dash, tail = word.partition("-")
    if not (dash and tail[:1].islower()):
        return False  # "Pourquoi-Demain", "Notre-Dame": a name's capitalised parts
    return head.lower() in common or head.lower() in lang.openers  # "Five-year", "Long-term"


# Capitalised words (with short lower-case ones between: "of", "the") and a year in
# brackets: the title of a book, film or album and the year it came out.
_DATED_TITLE = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’\-]*(?:(?:[^\S\n]+\p{Ll}{1,3}){0,2}[^\S\n]+\p{Lu}[\p{L}\p{M}'’\-]*){0,6}"
    r"[^\S\n]+\((?:1[5-9]|20)\d\d\)"
)


def boundary_hit(m: regex.Match[str], prev: str, sep: str, word: str) -> Hit:
    closed = "close" in m.re.groupindex and m.group("close")
    gap_start, gap_end = m.end("close" if closed else "prev"), m.start("word")
    punct = sep.strip()[-1:]
    if punct in (",", ";"):
        gap_start += sep.index(punct)  # keep a closing quotation mark before the comma
        mark = "comma" if punct == "," else "semicolon"
        message = f"Sentence boundary lost: “{word}” after a {mark} starts a new sentence."
    else:
        message = (
            f"Sentence boundary lost: “{word}” starts a new sentence after “{prev}” "
            "without a full stop."
        )
    return Hit(
        m.start("prev"),
        m.end("word"),
        message=message,
        suggestion=f"End the sentence after “{prev}”: “{prev}. {word}”.",
        fix=Fix((Edit(gap_start, gap_end, ". "),), safe=False),
    )
