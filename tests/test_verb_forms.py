"""German word classes and verb forms (detectors/verb_forms.py) and the clause tests built
on them (detectors/noun_clauses.py)."""

from __future__ import annotations

import pytest

from tqcheck.detectors import verb_forms
from tqcheck.detectors.noun_clauses import ClauseWords, clause_before
from tqcheck.detectors.verb_forms import (
    following_words_end,
    is_attributive,
    is_finite,
    listed_verb,
    looks_infinitive,
    looks_participle,
    phrase_verb,
    verb_clauses,
)
from tqcheck.languages import get_language


@pytest.fixture(scope="module")
def de():
    data = verb_clauses(get_language("de"))
    assert data is not None
    return data


def test_only_languages_that_capitalise_nouns_have_verb_clauses() -> None:
    assert verb_clauses(get_language("en")) is None
    assert verb_clauses(get_language("fr")) is None


@pytest.mark.parametrize("word", ["hält", "schliefen", "läge", "unterbrachen", "zurückgibt"])
def test_finite_verbs_are_listed_or_prefixed(de, word: str) -> None:
    assert is_finite(word, de)
    assert listed_verb(word, de)


@pytest.mark.parametrize("word", ["nicht", "bereits", "direkt", "einigen", "achte", "weise"])
def test_adverbs_numerals_and_determiners_are_no_verbs(de, word: str) -> None:
    assert not listed_verb(word, de)


@pytest.mark.parametrize("word", ["zurückzugeben", "abzuschließen", "zuzugeben", "einzuführen"])
def test_an_infinitive_with_zu_inside_is_no_finite_verb(de, word: str) -> None:
    """ "zurück|zu|geben" is no prefixed form of "zugeben"."""
    assert not is_finite(word, de)


@pytest.mark.parametrize("word", ["angekündigte", "ausgewählten", "vorgestellte", "sogenannte"])
def test_a_participle_after_a_particle_is_no_past_tense(de, word: str) -> None:
    """The past tense of "ankündigen" is "kündigte … an": "angekündigte" is an adjective."""
    assert not is_finite(word, de)


@pytest.mark.parametrize("word", ["anstelle", "zulasten"])
def test_a_preposition_is_no_verb(de, word: str) -> None:
    """ "anstelle von" looks like "stelle an", "zulasten" like "lasten zu"."""
    assert not is_finite(word, de)


def test_a_listed_verb_after_a_particle_stays_finite(de) -> None:
    assert is_finite("angehörte", de)  # "…, die der Partei angehörte"


@pytest.mark.parametrize("word", ["bewusst", "bekannt"])
def test_adjectives_listed_as_no_verbs_are_no_participles(de, word: str) -> None:
    assert not looks_participle(word, de)


def test_the_prefix_cache_stays_bounded(de) -> None:
    de.prefixed_verbs.clear()
    for i in range(verb_forms._CACHE_WORDS + 10):
        listed_verb(f"unterxyz{i}", de)
    assert len(de.prefixed_verbs) <= verb_forms._CACHE_WORDS + 1
    assert listed_verb("unterbrachen", de)


@pytest.mark.parametrize(
    ("word", "participle"),
    [("gesagt", True), ("abgestellt", True), ("investiert", True), ("verlängert", True),
     ("gesunken", True), ("Haus", False), ("nicht", False)],
)  # fmt: skip
def test_participles_by_shape(de, word: str, participle: bool) -> None:
    assert looks_participle(word.lower(), de) is participle


@pytest.mark.parametrize(
    ("word", "attributive"),
    [("weite", True), ("gewählten", True), ("vergleichbaren", True), ("bisherigem", True),
     ("gesunken", False), ("können", False), ("unnachgiebig", False), ("her", False)],
)  # fmt: skip
def test_adjectives_before_a_noun(de, word: str, attributive: bool) -> None:
    assert is_attributive(word, de) is attributive


def test_infinitives_are_lower_case_en_words(de) -> None:
    assert looks_infinitive("verlängern", de)
    assert not looks_infinitive("Kosten", de)


def test_phrase_then_verb_finds_the_finite_verb(de) -> None:
    assert phrase_verb(["Betriebe", "finden", "oft"], de, nouns=1) == 1
    assert phrase_verb(["der", "Stadt", "hat"], de) == 2
    # An adjective after an article is no verb: "die letzten Jahre".
    assert phrase_verb(["die", "letzten", "Jahre", "waren"], de) == 3
    assert phrase_verb(["nach", "Hause"], de) == -1
    # A verb form in "-en" after an article is an adjective: "der behandelten Patienten".
    assert phrase_verb(["Blutproben", "der", "behandelten", "Patienten", "sank"], de) == 4
    # A preposition's phrase after "und"; an adverb grading the adjective after it.
    tokens = ["Oberrhein", "und", "im", "Rhein-Main-Gebiet", "erwartet"]
    assert phrase_verb(tokens, de) == 4
    assert phrase_verb(["unmittelbar", "bevorstehender", "Kollaps", "sei"], de) == 3
    # "bzw." and "sowie" join nouns of one phrase.
    tokens = ["Investitionen", "in", "Forschung", "bzw", "Fertigungskapazitäten", "sollen"]
    assert phrase_verb(tokens, de) == 5


def test_following_words_stop_at_punctuation_but_read_brackets_and_numbers(de) -> None:
    text = " Bürgermeister Frank Odenwald (CDU) sprach von 5:1-Siegen, sagte er."
    words, end = following_words_end(text, 0, len(text), 14, de)
    assert words == ["Bürgermeister", "Frank", "Odenwald", "sprach", "von", "5:1-Siegen"]
    assert text[end] == ","


@pytest.mark.parametrize(
    ("words", "after_separator", "closed", "bracket_open"),
    [
        # A participle closes the bracket the auxiliary opened.
        ("Die Zahl ist um ein Drittel gesunken", False, True, False),
        # A full verb needs no bracket.
        ("Die Gewerkschaft zeigte sich unnachgiebig", False, True, False),
        # An auxiliary without its participle yet: the bracket is open.
        ("Die Firma hat im vergangenen Jahr Millionen", False, True, True),
        # A comparison after the infinitive: the bracket closed before it.
        ("Die SPD will Lehrer genauso bezahlen wie Lehrer an Gymnasien", False, True, False),
        # A subordinate clause ends on its finite verb.
        ("die nicht übernommen werden", True, True, False),
        ("dass die Sicherheit nicht leide", True, True, False),
        # A zu-infinitive ends a clause.
        ("um die Strecke zu verlängern", True, True, False),
        # No verb, or the subject still to come after an inverted verb.
        ("zuletzt in Teilzeit", True, False, False),
        ("Nach einem Eckball köpfte", False, False, False),
        # The bracket of the last conjunct's auxiliary is still open.
        ("Die Gäste gewannen viele Zweikämpfe und hätten durch Lena", False, True, True),
    ],
)
def test_clause_before(de, words: str, after_separator: bool, closed: bool, bracket_open: bool):
    clause = ClauseWords(words.split(), after_separator)
    assert clause_before(clause, de) == (closed, bracket_open)
