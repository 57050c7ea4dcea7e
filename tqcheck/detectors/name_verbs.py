"""A lost sentence boundary before a name, told by the finite verb after it (French).

French writes its nouns in lower case, so a capital mid-sentence is a name or a sentence
start. A name after a complete clause and followed by its finite verb starts a sentence
(``… les primes de nuit La CGT réclame une hausse``, ``… sur un corner Bréville a ensuite
poussé``). French has no relative clause without ``que``/``qui``, so unlike English (see
``clause_names``) the verb after the name needs no object to tell it from a contact
clause; what must be checked is the clause before: it has its own finite verb, and the
name is not its subject (``Le défenseur Thomas Girard a égalisé``) or a preposition's
object (``selon Le Monde``).

The language's ``[boundaries]`` data lists the finite verb forms news uses most (avoir and
être, modal and reporting verbs), the endings of regular finite forms (``-ait``), the
clitics that may stand between subject and verb (``nous``, ``n’``) and the words that open
a subordinate clause.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from tqcheck.languages import Language, language_section, language_words, lowercase_set

# A token: a word (with an elided article or pronoun split off: "l’", "n’"), a number
# ("5,40"), or a punctuation mark that separates clauses.
_TOKEN = regex.compile(
    r"\p{L}+['’]|[\p{L}\p{N}][\p{L}\p{N}\p{M}\-]*(?:[.,]\p{N}+)*|[,;:«»()\"“”–—]"
)
# How far back the clause before a name is read, how many words a name may have, and how
# many an apposition after it (", 29 ans,").
_WINDOW = 300
_NAME_WORDS = 5
_APPOSITION_WORDS = 10


@dataclass(frozen=True)
class NameVerbs:
    """The language data (``[boundaries]``) the judgement needs."""

    finite_verbs: frozenset[str]
    finite_endings: tuple[str, ...]
    not_finite: frozenset[str]
    clitics: frozenset[str]
    subordinators: frozenset[str]
    name_particles: frozenset[str]
    noun_markers: frozenset[str]  # articles and possessives: a noun follows them
    # The listed forms that are no noun too ("étudie", not "demande": "Sa demande").
    verbs_only: frozenset[str] = frozenset()
    # Words that open a phrase without a verb ("Comme chaque printemps, …").
    phrase_openers: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=16)
def name_verbs(lang: Language) -> NameVerbs | None:
    """The data for names followed by their verb, or ``None`` if the language has none."""
    data = language_section(lang, "boundaries")
    verbs_only = language_words(lang, "boundaries", "finite_verbs_file")
    finite = lowercase_set(data, "finite_verbs") | verbs_only
    if not finite:
        return None
    return NameVerbs(
        finite_verbs=finite,
        finite_endings=tuple(data.get("finite_endings", [])),
        not_finite=lowercase_set(data, "not_finite"),
        clitics=lowercase_set(data, "verb_clitics"),
        subordinators=lowercase_set(data, "clause_subordinators"),
        name_particles=lowercase_set(data, "name_particles"),
        noun_markers=lowercase_set(data, "noun_markers"),
        verbs_only=verbs_only,
        phrase_openers=lowercase_set(data, "phrase_openers"),
    )


def name_starts_sentence(text: str, start: int, word_start: int, end: int, v: NameVerbs) -> bool:
    """Is the capitalised word at ``word_start`` a name (perhaps after an article) whose
    finite verb follows, right after a complete clause of the sentence ``text[start:end]``?"""
    after = _TOKEN.findall(text, word_start, min(end, word_start + _WINDOW))
    if not _verb_after_name(after, v):
        return False
    before = _TOKEN.findall(text, max(start, word_start - _WINDOW), word_start)
    return _clause_complete(before, v)


def verbless_opening(text: str, start: int, comma: int, v: NameVerbs) -> bool:
    """Does the sentence ``text[start:]`` open with a short prepositional phrase without a
    verb before its comma at ``comma`` ("Comme chaque printemps, Pêches et Océans Canada
    surveille …")? Then the name after the comma is the sentence's subject, not one whose
    full stop became a comma. (The verb lists are not complete, so only a preposition and a
    few words are read so: "Je ne pensais pas au chrono, C’est venu …" lost a full stop;
    and answers in interviews are often phrases: "En partie seulement. Ils ont …", "Les
    abréviations, sans hésiter. On voit …".)"""
    tokens = _TOKEN.findall(text, start, min(comma, start + _WINDOW))
    if not 1 < len(tokens) <= _PHRASE_WORDS or tokens[0].lower() not in v.phrase_openers:
        return False
    return not any(
        t[:1].islower()
        and _finite(t, v)
        and (i == 0 or tokens[i - 1].lower() not in v.noun_markers)
        for i, t in enumerate(tokens)
    )


# How many words such a phrase has at most, its preposition included.
_PHRASE_WORDS = 5


def determiner_surname(word: str, next_word: str, v: NameVerbs) -> bool:
    """Is ``word`` a determiner's homograph that names someone, as the finite verb right
    after it shows ("Anneke Vos étudie")? A determiner takes a noun; a verb that is a noun
    too is no evidence ("… Kouadio Martial Une menace prise au sérieux …")."""
    return word.lower() in v.noun_markers and _finite(next_word, v, v.verbs_only)


def _finite(word: str, v: NameVerbs, listed: frozenset[str] | None = None) -> bool:
    """A finite form: ``listed`` (all the language's by default) or by its ending."""
    low = word.lower()
    if low in (v.finite_verbs if listed is None else listed):
        return True
    return len(low) > 4 and low.endswith(v.finite_endings) and low not in v.not_finite


def _verb_after_name(tokens: list[str], v: NameVerbs) -> bool:
    """The name (capitalised words, particles, an article first), perhaps an apposition
    between commas, clitics, then a finite verb and more of its clause."""
    i = 1  # the capitalised word itself (or its article)
    while (
        i < len(tokens)
        and i <= _NAME_WORDS
        and (
            tokens[i][:1].isupper()
            or (tokens[i].lower() in v.name_particles and i + 1 < len(tokens))
        )
    ):
        i += 1
    if i < len(tokens) and tokens[i] == ",":  # ", 29 ans,", ", électricien de profession,"
        limit = min(len(tokens), i + 2 + _APPOSITION_WORDS)
        close = next((j for j in range(i + 1, limit) if tokens[j] == ","), -1)
        if close < 0:
            return False
        i = close + 1
    while i < len(tokens) and tokens[i].lower() in v.clitics:
        i += 1
    return i + 1 < len(tokens) and tokens[i][:1].islower() and _finite(tokens[i], v)


def _clause_complete(tokens: list[str], v: NameVerbs) -> bool:
    """Does the clause ``tokens`` end with (from the last punctuation mark or subordinator:
    the name may be the subject of a subordinate clause) have its own finite verb before
    its last word?"""
    start = max(
        (
            i + 1
            for i, t in enumerate(tokens)
            if not t[:1].isalnum() or t.lower() in v.subordinators
        ),
        default=0,
    )
    clause = tokens[start:]
    if len(clause) < 3:
        return False
    # The verb may open the part after a comma: "La critique, elle, était déjà conquise";
    # after an article it is a noun ("la demande").
    return any(
        _finite(t, v)
        and t[:1].islower()
        and (i == 0 or clause[i - 1].lower() not in v.noun_markers)
        for i, t in enumerate(clause[:-1])
    )
