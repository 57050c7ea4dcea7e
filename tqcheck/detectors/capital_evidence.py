"""Language data for the capital-letter evidence of lost boundaries (``[boundaries]``).

A capitalised word after a lower-case one is the candidate of a lost sentence boundary;
which candidates are names or titles instead depends on each language's word lists and
patterns, read here once per language into a :class:`CapitalEvidence`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from tqcheck.languages import Language, language_section, lowercase_set

# A word, perhaps a closing bracket or guillemet after it ("(Jura) À l’intérieur", "« … »
# Elle met"), the separator, and a capitalised word (or an elided one: "L’entreprise").
# A whole word, or a percent sign after its number ("a reculé de 4,2 %, Les assureurs …").
_PREV = (
    r"(?:(?<![\p{L}\p{N}\p{M}'’\-.@/%])[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*"
    r"|(?<=\p{N}[^\S\n]?)%)"
)
_CLOSE = r"[^\S\n]?[)»]"
_SEP = r"[,;]?[^\S\n]+"
_CANDIDATE = regex.compile(
    rf"(?P<prev>{_PREV})(?P<close>{_CLOSE})?(?P<sep>{_SEP})"
    r"(?P<word>\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:['’\-]\p{L}+)?"  # "McKinnon"
    r"|\p{Lu}['’]\p{Ll}[\p{L}\p{M}]*)"
    r"(?P<after>[^\S\n]*\S?[\p{L}\p{M}]*)"
)


@dataclass(frozen=True)
class CapitalEvidence:
    """Language data for the capital-letter evidence (``[boundaries]``); English defaults."""

    candidate: regex.Pattern[str] = _CANDIDATE
    # Articles that start titles and names ("The New York Times", "La France insoumise").
    title_articles: frozenset[str] = frozenset({"the", "a", "an"})
    # May a number or a capitalised word (a name) end the sentence before an opener?
    after_numbers: bool = False
    after_names: bool = False
    # Does the language capitalise labels before numbers ("Title 42", "Section 230")?
    number_labels: bool = False
    # Abbreviations of "number" written without a full stop ("world No 41").
    number_abbreviations: frozenset[str] = frozenset()
    # Particles inside names ("Frans de Beer"): no sentence starts after one.
    name_particles: frozenset[str] = frozenset()
    # A preposition and an article in one word ("du", "au"): an ordinal after it starts a name.
    contracted_articles: frozenset[str] = frozenset()
    # "Fisheries and Oceans Canada": after a capitalised word, a conjunction and two more
    # capitalised words go on a name (the pattern None: the language lists no such
    # conjunctions).
    name_conjunctions: frozenset[str] = frozenset()
    connected_name: regex.Pattern[str] | None = None
    # A conjunction and one capitalised word: a list's last name ("Antrim, Down and Derry").
    last_listed_name: regex.Pattern[str] | None = None
    # "of"/"for", "the" and a capital: an office or body ("Member of the Senedd"; not
    # "… was bleaker Activity of Myotis species fell …").
    linked_name: regex.Pattern[str] | None = None
    # "of"/"for" and two capitalised words joined by "and": a singular word's body
    # ("Department of Water and Sanitation").
    linked_pair: regex.Pattern[str] | None = None
    # The same without "the": a body after a verb of saying ("said Department of …").
    linked_body: regex.Pattern[str] | None = None
    # A linker, a name and "to" with a verb: the name is a verb's object.
    linked_object: regex.Pattern[str] | None = None
    # Nouns that take a one-letter label ("vitamin A"): no opener after them.
    letter_label_words: frozenset[str] = frozenset()
    # Titles before names ("Dr.") and words that introduce titles of works ("newspaper").
    name_titles: frozenset[str] = frozenset()
    title_nouns: frozenset[str] = frozenset()
    possessive_adjectives: frozenset[str] = frozenset()
    work_nouns: frozenset[str] = frozenset()
    # Nouns that name a work only after a word that makes it a particular one ("her earlier
    # work The Long Paddock", but "back at work The council …").
    qualified_title_nouns: frozenset[str] = frozenset()
    # Words that end the names of lists and groups ("Saint-Nivel Demain").
    name_final_words: frozenset[str] = frozenset()
    # Forms of "be" that end a clause whose question word is their complement ("where they
    # were"), and those question words.
    copulas: frozenset[str] = frozenset()
    complement_questions: frozenset[str] = frozenset()
    # Forms of "be" (and "not") before a participle: "were not included" ends a clause.
    passive_markers: frozenset[str] = frozenset()
    title_qualifiers: frozenset[str] = frozenset()
    # Verbs that give a name after their object ("calls those gateways Harbor stations").
    naming_verbs: frozenset[str] = frozenset()
    # Indefinite articles: after a comma they start a sentence, not an apposition.
    indefinite_articles: frozenset[str] = frozenset()
    # Articles only before a vowel sound ("an"): before "Bord" a name's word.
    vowel_articles: frozenset[str] = frozenset()
    # Endings of the capitalised nouns of peoples ("les Bretons", "le Suédois"), which a
    # capitalised article before them does not make a title; names that are so written.
    demonym_endings: tuple[str, ...] = ()
    article_names: frozenset[str] = frozenset()
    # Spelled numbers after a label's capitalised noun ("Form Four", "Year Nine").
    label_numbers: frozenset[str] = frozenset()
    # Openers that start a sentence even after a name ("of Courchevel The race …").
    openers_after_names: frozenset[str] = frozenset()
    # Nouns that introduce a name ("le festival Regards", "l’association Toit") and words
    # that are names after a number ("le 14 Juillet"): no sentence starts after them.
    name_nouns: frozenset[str] = frozenset()
    names_after_numbers: frozenset[str] = frozenset()
    # Points of the compass: before a name and its verb, a part of the place ("sud Finistère").
    compass_words: frozenset[str] = frozenset()
    # Adjectives that after an article stand before their noun ("le futur Fonds européen").
    attributive_adjectives: frozenset[str] = frozenset()
    # Verbs of saying: a function word after them opens a sentence ("officials said No
    # deaths …"), though a name may follow them ("said Smith").
    reporting_verbs: frozenset[str] = frozenset()
    # Openers that no name starts with (pronouns): they open a sentence even after a word
    # that introduces names ("after that Somebody landed on my head").
    openers_after_contexts: frozenset[str] = frozenset()
    # Openers that are never part of a name, so a capital after them is no evidence of one
    # ("new dangers In May, a hamlet …", "Wales believed Then Callum Ferguson …").
    openers_before_names: frozenset[str] = frozenset()
    # Words only a title capitalises ("Its", "You"): capitalised words around them are one.
    title_case_words: frozenset[str] = frozenset()
    # Short words a title in title case leaves in lower case ("Every Child Deserves a
    # Sunrise"): between capitalised words they keep the title going.
    title_small_words: frozenset[str] = frozenset()
    # Endings of adverbs ("-ment") and participles ("-é", "-ée"), and the prepositions
    # after which a capitalised participle opens a sentence ("Interrogée sur …").
    adverb_endings: tuple[str, ...] = ()
    # A particle found only inside names and a capitalised word after a word: a name goes
    # on ("Bealach na Gaoithe", "Lagoa do Fogo"), no clause.
    particle_name: regex.Pattern[str] | None = None
    # Lower-case words that open a sentence before a comma ("Mercredi, douze cargos …").
    comma_openers: frozenset[str] = frozenset()
    # Endings of ordinary words that open a sentence before a comma: English sentence
    # adverbs ("… went wrong Obviously, something …"); names rarely are ordinary words.
    comma_adverb_endings: tuple[str, ...] = ()
    participle_endings: tuple[str, ...] = ()
    participle_prepositions: frozenset[str] = frozenset()
    # Elided openers ("L’entreprise", "C’est"): the letters before the apostrophe.
    elided_openers: frozenset[str] = frozenset()
    # Inflections of a listed word: (ending, what the stem ends with instead, what the
    # stem must end with, what it must not end with).
    inflections: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = ()


def _connected_name_pattern(conjunctions: list[str], words: int = 2) -> regex.Pattern[str] | None:
    """A conjunction and ``words`` capitalised words; one word may take "the" ("Department
    of Climate, Energy and the Environment")."""
    if not conjunctions:
        return None
    alternatives = "|".join(regex.escape(w) for w in conjunctions)
    capitals = r"[^\S\n]+".join([r"\p{Lu}[\p{L}\p{M}]*"] * words)
    the = r"(?:the[^\S\n]+)?" if words == 1 else ""
    return regex.compile(rf"[^\S\n]+(?:{alternatives})[^\S\n]+{the}{capitals}")


def _linked_name_pattern(linkers: list[str], *, article: bool) -> regex.Pattern[str] | None:
    """A linker ("of", "for"), "the" (optional unless ``article``) and a capital; with
    ``article``, two capitalised words without "the" too ("Member of County Assembly")."""
    if not linkers:
        return None
    alternatives = "|".join(regex.escape(w) for w in linkers)
    the = (
        r"(?:the[^\S\n]+|\p{Lu}[\p{L}\p{M}]*[^\S\n]+(?=\p{Lu}))" if article else r"(?:the[^\S\n]+)?"
    )
    return regex.compile(rf"[^\S\n]+(?:{alternatives})[^\S\n]+{the}\p{{Lu}}")


def _linked_pair_pattern(linkers: list[str], conjunctions: list[str]) -> regex.Pattern[str] | None:
    """A linker and two capitalised words joined by a conjunction: "Department of Water and
    Sanitation" (the body of a singular word: "Residents of Woodbrook and St James" may
    open a sentence)."""
    if not linkers or not conjunctions:
        return None
    linker = "|".join(regex.escape(w) for w in linkers)
    conjunction = "|".join(regex.escape(w) for w in conjunctions)
    word = r"\p{Lu}[\p{L}\p{M}]*"
    return regex.compile(
        rf"[^\S\n]+(?:{linker})[^\S\n]+{word}[^\S\n]+(?:{conjunction})[^\S\n]+\p{{Lu}}"
    )


def _linked_object_pattern(linkers: list[str]) -> regex.Pattern[str] | None:
    """A linker, a name and "to" with a verb: "ask Transport for NSW to install …" names
    the verb's object, as no sentence goes on without a finite verb ("… to ask. Transport
    for NSW to install" is none)."""
    if not linkers:
        return None
    alternatives = "|".join(regex.escape(w) for w in linkers)
    name = r"\p{Lu}[\p{L}\p{M}]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}]*)*"
    return regex.compile(
        rf"[^\S\n]+(?:{alternatives})[^\S\n]+(?:the[^\S\n]+)?{name}[^\S\n]+to[^\S\n]+\p{{Ll}}"
    )


def _particle_name_pattern(particles: list[str]) -> regex.Pattern[str] | None:
    if not particles:
        return None
    alternatives = "|".join(regex.escape(p) for p in sorted(particles, key=len, reverse=True))
    return regex.compile(rf"[^\S\n]+(?:{alternatives})[^\S\n]+\p{{Lu}}")


# Fields of ``CapitalEvidence`` read as lower-cased word sets from the data key of the same
# name.
_WORD_SETS = (
    "contracted_articles",
    "qualified_title_nouns",
    "name_final_words",
    "passive_markers",
    "copulas",
    "complement_questions",
    "title_qualifiers",
    "indefinite_articles",
    "vowel_articles",
    "label_numbers",
    "article_names",
    "openers_after_names",
    "name_nouns",
    "compass_words",
    "attributive_adjectives",
    "names_after_numbers",
    "elided_openers",
    "comma_openers",
    "reporting_verbs",
    "openers_after_contexts",
    "openers_before_names",
    "title_case_words",
    "title_small_words",
)


@functools.lru_cache(maxsize=16)
def capital_evidence(lang: Language) -> CapitalEvidence:
    data = language_section(lang, "boundaries")
    single = "|".join(regex.escape(w) for w in data.get("single_letter_openers", []))
    candidate = _CANDIDATE
    if single:  # French "À la 61e minute": a one-letter opener
        word = r"(?P<word>\p{Lu}[\p{Ll}\p{M}]+"
        assert word in _CANDIDATE.pattern, "the candidate pattern changed"
        candidate = regex.compile(
            _CANDIDATE.pattern.replace(
                word,
                rf"(?P<word>(?:\p{{Lu}}[\p{{Ll}}\p{{M}}]+|(?:{single})(?![\p{{L}}\p{{M}}]))",
            )
        )
    return CapitalEvidence(
        **{name: lowercase_set(data, name) for name in _WORD_SETS},
        candidate=candidate,
        title_articles=frozenset(w.lower() for w in data.get("title_articles", ["the", "a", "an"])),
        after_numbers=bool(data.get("after_numbers", False)),
        after_names=bool(data.get("after_names", False)),
        number_labels=bool(data.get("number_labels", False)),
        number_abbreviations=frozenset(data.get("number_abbreviations", [])),
        letter_label_words=frozenset(data.get("letter_label_words", [])),
        name_particles=frozenset(data.get("name_particles", [])),
        name_conjunctions=frozenset(data.get("name_conjunctions", [])),
        connected_name=_connected_name_pattern(data.get("name_conjunctions", [])),
        last_listed_name=_connected_name_pattern(data.get("name_conjunctions", []), words=1),
        linked_name=_linked_name_pattern(data.get("name_linkers", []), article=True),
        linked_pair=_linked_pair_pattern(
            data.get("name_linkers", []), data.get("name_conjunctions", [])
        ),
        linked_body=_linked_name_pattern(data.get("name_linkers", []), article=False),
        linked_object=_linked_object_pattern(data.get("name_linkers", [])),
        name_titles=frozenset(data.get("name_titles", [])),
        title_nouns=frozenset(data.get("title_nouns", [])),
        possessive_adjectives=frozenset(data.get("possessive_adjectives", [])),
        work_nouns=frozenset(data.get("work_nouns", [])),
        naming_verbs=frozenset(data.get("naming_verbs", [])),
        demonym_endings=tuple(data.get("demonym_endings", [])),
        adverb_endings=tuple(data.get("adverb_endings", [])),
        particle_name=_particle_name_pattern(data.get("inner_particles", [])),
        comma_adverb_endings=tuple(data.get("comma_adverb_endings", [])),
        participle_endings=tuple(data.get("participle_endings", [])),
        participle_prepositions=frozenset(data.get("participle_prepositions", [])),
        inflections=tuple(
            (
                i["ending"],
                i.get("stem", ""),
                tuple(i.get("after", [""])),
                tuple(i.get("not_after", [])),
            )
            for i in data.get("inflections", [])
        ),
    )


# Finding candidates: a capital after a word and a space is rare, so look for it first and
# match the candidate pattern only there (several times faster than searching with it).
_CAPITAL_AFTER_WORD = regex.compile(rf"(?<=[\p{{L}}\p{{N}}%](?:{_CLOSE})?{_SEP})\p{{Lu}}")
_PREV_WORD = regex.compile(rf"(?r){_PREV}(?:{_CLOSE})?{_SEP}")


def candidates(
    text: str, start: int, end: int, candidate: regex.Pattern[str]
) -> Iterator[regex.Match[str]]:
    """Matches of ``candidate`` in ``text[start:end]`` (the word before, a capitalised word)."""
    for capital in _CAPITAL_AFTER_WORD.finditer(text, start, end):
        prev = _PREV_WORD.match(text, start, capital.start())
        if prev is None:
            continue
        m = candidate.match(text, prev.start(), end)
        if m is not None and m.start("word") == capital.start():
            yield m
