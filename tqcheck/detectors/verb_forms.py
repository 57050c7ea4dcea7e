"""German word classes and verb forms, from the language's ``[boundaries]`` data.

The lost-boundary evidence of a language that capitalises every noun (``verb_clauses``,
``noun_clauses``) rests on telling verbs from nouns and adjectives: a finite verb (listed,
perhaps after a verb prefix, or a regular past or present form), a participle or an
infinitive that closes a verb bracket, an inflected adjective before its noun. These are
the word-level tests; the clause-level ones build on them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from tqcheck.languages import (
    Language,
    attribution_pattern,
    language_section,
    language_words,
    lowercase_set,
)

# A word, or a number with separators ("4.300", "2,5"), and a full stop that does not end
# the clause when the word is an abbreviation or the number an ordinal ("Prof.", "61.").
_NEXT_TOKEN = regex.compile(
    r"[^\S\n]+(?:\([^()\n]{1,30}\)[^\S\n]+)?"
    r"(?P<tok>[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}\-]|[.,:](?=\p{N}))*)(?P<dot>\.(?=[^\S\n]))?"
)
# A word or number that may end a sentence ("46-Jährige").
_SENTENCE_END_WORD = regex.compile(r"[\p{L}\p{M}'’\-]+|\p{N}+(?:-[\p{L}\p{M}]+)?")
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# How many words after an opener the clause evidence reads.
CLAUSE_TOKENS = 14
# How many words the prefix test remembers.
_CACHE_WORDS = 50_000


@dataclass(frozen=True)
class VerbClauses:
    """A language's classes of sentence openers and its finite verbs (``[boundaries]``)."""

    openers: frozenset[str]
    grammar_words: frozenset[str]  # articles, pronouns, conjunctions, prepositions
    common_words: frozenset[str]  # words the language writes in lower case
    determiners: frozenset[str]
    phrase_words: frozenset[str]
    prepositions: frozenset[str]
    pronouns: frozenset[str]
    subordinators: frozenset[str]
    subject_first: frozenset[str]
    coordinators: frozenset[str]
    linking_adverbs: frozenset[str]
    adverbial_participles: frozenset[str]
    clause_pronouns: frozenset[str]
    verbs: frozenset[str]
    past_suffixes: tuple[str, ...]
    present_suffixes: tuple[str, ...]
    subjunctive_suffixes: tuple[str, ...]
    not_verbs: frozenset[str]
    participle_prefix: str
    negated_participle_prefixes: tuple[str, ...]
    phrase_inserts: frozenset[str]
    object_pronouns: frozenset[str]
    # Lower-case words a noun phrase may have: articles, prepositions, "und", "rund".
    noun_phrase_words: frozenset[str]
    title_nouns: tuple[str, ...]
    title_noun_exceptions: frozenset[str]
    # Institutions named after a place with a preposition ("das Seniorenzentrum Am
    # Lindenhof"), those prepositions, and words of time that name no place ("Am Montag").
    institution_nouns: tuple[str, ...]
    place_prepositions: frozenset[str]
    time_words: frozenset[str]
    time_word_endings: tuple[str, ...]
    nonfinal: frozenset[str]
    particles: frozenset[str]
    final_particles: frozenset[str]
    # Articles of the genitive: the capitalised word after them (and their adjective) is a
    # noun, even one that opens clauses as an adverb ("des langen Abends").
    genitive_articles: frozenset[str]
    # Conjunctions that are no adverbs: no verb particle follows them.
    pure_coordinators: frozenset[str]
    # Words that end the names of initiatives and groups ("Initiative Steuergerechtigkeit Jetzt").
    name_final_words: frozenset[str]
    abbreviations: frozenset[str]
    # Do the language's lower-case common words open sentences when capitalised in
    # mid-sentence ("…, Mehrmals sei sie aufgestanden")? Endings of those that are nouns too.
    lowercase_openers: bool
    noun_homograph_endings: tuple[str, ...]
    noun_homographs: frozenset[str]
    en_non_nouns: frozenset[str]
    focus_particles: frozenset[str]
    # A form of address opens no sentence ("Frau Sønderby, Ihre Studie …"); the polite
    # pronoun before a plural verb, in a quotation, addresses someone.
    address_words: frozenset[str]
    polite_pronouns: frozenset[str]
    plural_verb_endings: tuple[str, ...]
    plural_verbs: frozenset[str]
    # Letters no strong participle in -en has ("Gesprächen" is a noun).
    umlauts: tuple[str, ...]
    verb_prefixes: tuple[str, ...]
    definite_articles: frozenset[str]
    # A comma, a speaker and a verb of saying that end a sentence (", sagte er.").
    attribution: regex.Pattern[str] | None
    # A sentence that opens with a noun or a name (see ``noun_clause``).
    auxiliaries: frozenset[str]
    auxiliary_participles: frozenset[str]
    relatives: frozenset[str]
    infinitive_markers: frozenset[str]
    infinitive_suffixes: tuple[str, ...]
    participle_suffixes: tuple[str, ...]
    inseparable_prefixes: tuple[str, ...]
    inflected_participle_endings: tuple[str, ...]
    numerals: frozenset[str]
    measure_units: frozenset[str]
    articles: frozenset[str]
    article_names: frozenset[str]
    adjective_suffixes: tuple[str, ...]
    adjective_stem_endings: tuple[str, ...]
    # Words after which a capitalised adjective is a noun ("nichts Romantisches").
    nominalisers: frozenset[str]
    weak_nominalisers: frozenset[str]
    # Words already judged by the prefix test of ``listed_verb`` (a cache, not data).
    prefixed_verbs: dict[str, bool] = field(default_factory=dict, compare=False, hash=False)


@functools.lru_cache(maxsize=16)
def verb_clauses(lang: Language) -> VerbClauses | None:
    """The clause-start evidence of a language that capitalises nouns, else ``None``."""
    if not lang.capitalises_nouns:
        return None
    data = language_section(lang, "boundaries")

    def words(key: str) -> frozenset[str]:
        return lowercase_set(data, key)

    determiners, prepositions = words("determiners"), words("prepositions")
    subordinators, coordinators = words("subordinators"), words("coordinators")
    pronouns = words("pronouns")
    inserts, object_pronouns = words("phrase_inserts"), words("object_pronouns")
    phrase_words = words("phrase_words") | determiners  # articles in any case, "rund", "als"
    openers = lang.openers | determiners | prepositions | pronouns | subordinators | coordinators
    contexts = frozenset(w.lower() for w in lang.name_contexts)
    nonfinal = contexts | phrase_words | prepositions | subordinators | coordinators
    nonfinal |= words("nonfinal_words")
    return VerbClauses(
        openers=openers,
        grammar_words=openers - lang.openers | determiners | prepositions | pronouns,
        common_words=lang.common_words,
        determiners=determiners,
        phrase_words=phrase_words,
        prepositions=prepositions,
        pronouns=pronouns,
        subordinators=subordinators,
        subject_first=words("subject_first"),
        coordinators=coordinators,
        linking_adverbs=words("linking_adverbs"),
        adverbial_participles=words("adverbial_participles"),
        clause_pronouns=words("clause_pronouns") | pronouns,
        verbs=language_words(lang, "boundaries", "verbs_file"),
        past_suffixes=tuple(data.get("past_suffixes", [])),
        present_suffixes=tuple(data.get("present_suffixes", [])),
        subjunctive_suffixes=tuple(data.get("subjunctive_suffixes", [])),
        not_verbs=words("not_verbs"),
        negated_participle_prefixes=tuple(data.get("negated_participle_prefixes", [])) or ("\0",),
        participle_prefix=data.get("participle_prefix", ""),
        phrase_inserts=inserts,
        object_pronouns=object_pronouns,
        noun_phrase_words=phrase_words | prepositions | coordinators | inserts | object_pronouns,
        title_nouns=tuple(sorted(words("title_nouns"))),
        title_noun_exceptions=words("title_noun_exceptions"),
        institution_nouns=tuple(sorted(words("institution_nouns"))),
        place_prepositions=words("place_prepositions"),
        time_words=words("time_words"),
        time_word_endings=tuple(data.get("time_word_endings", [])),
        # Words after which no sentence ends, except verb particles ("stellte … um").
        nonfinal=nonfinal - words("final_particles"),
        particles=words("final_particles") & prepositions,
        final_particles=words("final_particles"),
        genitive_articles=words("genitive_articles"),
        pure_coordinators=words("pure_coordinators"),
        name_final_words=words("name_final_words"),
        abbreviations=lang.abbreviations,
        lowercase_openers=bool(data.get("lowercase_openers", False)),
        noun_homograph_endings=tuple(data.get("noun_homograph_endings", [])),
        noun_homographs=words("noun_homographs"),
        en_non_nouns=words("en_non_nouns"),
        focus_particles=words("focus_particles"),
        address_words=words("address_words"),
        polite_pronouns=words("polite_pronouns"),
        plural_verb_endings=tuple(data.get("plural_verb_endings", [])),
        plural_verbs=words("plural_verbs"),
        umlauts=tuple(data.get("umlauts", [])),
        verb_prefixes=tuple(data.get("verb_prefixes", [])),
        attribution=attribution_pattern(lang),
        auxiliaries=words("auxiliaries"),
        auxiliary_participles=words("auxiliary_participles"),
        relatives=words("relatives"),
        infinitive_markers=words("infinitive_markers"),
        nominalisers=words("nominalisers"),
        weak_nominalisers=words("weak_nominalisers"),
        infinitive_suffixes=tuple(data.get("infinitive_suffixes", [])),
        participle_suffixes=tuple(data.get("participle_suffixes", [])),
        inseparable_prefixes=tuple(data.get("inseparable_prefixes", [])),
        inflected_participle_endings=tuple(data.get("inflected_participle_endings", [])),
        numerals=words("numerals"),
        measure_units=words("measure_units"),
        articles=words("articles"),
        definite_articles=words("definite_articles"),
        article_names=words("article_names"),
        adjective_suffixes=tuple(data.get("adjective_suffixes", [])),
        adjective_stem_endings=tuple(data.get("adjective_stem_endings", [])),
    )


def following_words(text: str, pos: int, end: int, limit: int, c: VerbClauses) -> list[str]:
    """Up to ``limit`` words following ``pos`` in the same clause (stops at punctuation)."""
    return following_words_end(text, pos, end, limit, c)[0]


def following_words_end(
    text: str, pos: int, end: int, limit: int, c: VerbClauses
) -> tuple[list[str], int]:
    """``following_words`` and where the last of them ends."""
    found = []
    while len(found) < limit:
        m = _NEXT_TOKEN.match(text, pos, end)
        if not m:
            break
        tok = m.group("tok")
        found.append(tok)
        pos = m.end()
        if m.group("dot") and not (tok.isdigit() or tok in c.abbreviations):
            break  # the sentence ends here
    return found, pos


def _zu_infinitive(low: str, c: VerbClauses) -> bool:
    """An infinitive with "zu" after its particle ("zurückzugeben", "abzuschließen")."""
    if not low.endswith(c.infinitive_suffixes):
        return False
    return any(
        low.startswith(prefix + "zu") and listed_verb(prefix + low[len(prefix) + 2 :], c)
        for prefix in c.verb_prefixes
        if len(low) - len(prefix) > 6
    )


def is_finite(low: str, c: VerbClauses) -> bool:
    """A finite verb form: listed (perhaps after a verb prefix: ``unterbrachen``), or a
    regular past (``staute``) or present (``schadet``)."""
    if "zu" in low and _zu_infinitive(low, c):
        return False  # "zurückzugeben" is no form of "zugeben"
    if low in c.prepositions:
        return False  # "anstelle von", "zulasten der Kunden": no "stellt an", "lastet zu"
    if listed_verb(low, c):
        return True
    if len(low) < 5 or low in c.openers or low in c.not_verbs:
        return False
    if low.startswith(c.negated_participle_prefixes):
        return False
    if low.endswith(c.past_suffixes):
        return not _particle_participle(low, c)
    prefix = c.participle_prefix
    return (
        bool(c.present_suffixes)
        and low.endswith(c.present_suffixes)
        and not (prefix and low.startswith(prefix))
        and not low.endswith(c.adjective_suffixes)  # "ernsthaft", "dauerhaft"
    )


def _particle_participle(low: str, c: VerbClauses) -> bool:
    """A separable verb's participle as an adjective ("angekündigte", "ausgewählten"): the
    past tense puts the particle after the verb ("kündigte … an"), so with "ge-" after the
    particle the word is none, unless what follows the particle is ("angehörte")."""
    ge = c.participle_prefix
    return bool(ge) and any(
        low.startswith(particle + ge) and not listed_verb(low[len(particle) :], c)
        for particle in c.final_particles
    )


def listed_verb(low: str, c: VerbClauses) -> bool:
    """A finite verb form of the language's list, perhaps after a verb prefix."""
    if low in c.verbs:
        return True
    known = c.prefixed_verbs.get(low)  # the prefix test is slow and words recur
    if known is None:
        if len(c.prefixed_verbs) > _CACHE_WORDS:
            c.prefixed_verbs.clear()  # memory stays flat on an endless stream
        known = c.prefixed_verbs[low] = any(
            low.startswith(prefix) and len(low) - len(prefix) >= 4 and low[len(prefix) :] in c.verbs
            for prefix in c.verb_prefixes
        )
    return known


def phrase_then_verb(tokens: list[str], c: VerbClauses) -> bool:
    """A noun phrase (articles, prepositions, adjectives, nouns, numbers), then a finite verb.

    The phrase may be adjectives alone ("Die beiden anderen wollen …")."""
    return phrase_verb(tokens, c) >= 0


def phrase_verb(tokens: list[str], c: VerbClauses, nouns: int = 0) -> int:
    """The index of the finite verb after a noun phrase opening ``tokens``, else -1."""
    adjectives = 0
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if tok[:1].isupper() or tok[:1].isdigit() or low in c.object_pronouns:
            nouns += 1
        elif (nouns or adjectives) and finite_at(tokens, i, c):
            return i
        elif low in c.phrase_words or low in c.prepositions or low in c.phrase_inserts:
            continue
        elif low in c.numerals:
            continue  # "Mit elf zu sieben Stimmen"
        elif nouns and low in c.coordinators:
            # "Die Löhne und Gehälter sind …": the phrase goes on only with another noun
            # ("Die Zeit und trank Kaffee" is a title and a new verb).
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            phrase = nxt.lower() in c.phrase_words or nxt.lower() in c.prepositions
            if not (nxt[:1].isupper() or nxt[:1].isdigit() or phrase):
                return -1  # (but "Am Oberrhein und im Rhein-Main-Gebiet erwartet …")
        elif (
            nouns
            and low.endswith(c.subjunctive_suffixes)
            and len(low) >= 4
            and not (i and tokens[i - 1].lower() in c.determiners)
        ):
            # After a noun, an "-e" word not followed by a noun is a subjunctive, not an
            # adjective ("Die Stadt respektiere …" but "der Stadt alte Mauern"; after an
            # article it is one: "Osterkamp die erste große Chance").
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if low not in c.openers and not nxt[:1].isupper():
                return i
        elif low.endswith(ADJECTIVE_ENDINGS) and (
            low not in c.verbs or _after_article(tokens, i, c)
        ):
            adjectives += 1
        elif not _adverb_of_adjective(tokens, i, c):
            return -1  # anything but an inflected adjective ends the phrase
    return -1


def _adverb_of_adjective(tokens: list[str], i: int, c: VerbClauses) -> bool:
    """A word grading the inflected adjective after it: "ein unmittelbar bevorstehender
    Kollaps", "eine deutlich höhere Zahl"."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    after = tokens[i + 2] if i + 2 < len(tokens) else ""
    low = tokens[i].lower()
    return (
        nxt[:1].islower()
        and nxt.lower().endswith(ADJECTIVE_ENDINGS)
        and after[:1].isupper()
        and not is_finite(low, c)
        and low not in c.coordinators
    )


def _after_article(tokens: list[str], i: int, c: VerbClauses) -> bool:
    """Right after an article or preposition a verb form in "-en" is an adjective: "der
    behandelten Patienten"."""
    before = tokens[i - 1].lower() if i else ""
    return before in c.determiners or before in c.prepositions


def can_end_sentence(prev: str, c: VerbClauses) -> bool:
    low = prev.lower()
    if low in c.nonfinal:
        return False
    titled = low not in c.title_noun_exceptions and low.endswith(c.title_nouns)
    if prev[:1].isupper() and titled:
        return False  # "die Zeitung Die Welt", "der Film Das Boot"
    return _SENTENCE_END_WORD.fullmatch(prev) is not None


def finite_at(words: list[str], i: int, c: VerbClauses) -> bool:
    """Is ``words[i]`` a finite verb here (not an adjective after an article or preposition:
    "die letzten", "am geplanten")?"""
    word = words[i]
    low = word.lower()
    if not word[:1].islower() or not is_finite(low, c):
        return False
    before = words[i - 1].lower() if i else ""
    if before in c.prepositions and before not in c.particles:
        # A preposition takes a phrase ("In dicht bebauten Innenstädten"); one that is
        # also a particle may close one ("von der ersten Szene an ansieht").
        return False
    if before in c.subject_first:
        return False  # the subject comes first: "als resolute Witwe", "…, dass die …"
    if not low.endswith(ADJECTIVE_ENDINGS):
        return True
    if before in c.determiners:
        return False
    if i + 1 < len(words) and words[i + 1][:1].isupper():
        # Before a noun, the participle prefix on a past form makes an adjective: "das
        # nach der Zinsentscheidung (EZB) geöffnete Emissionsfenster" ("öffnete" with "ge-").
        ge = c.participle_prefix
        if ge and low.startswith(ge) and is_finite(low[len(ge) :], c):
            return False
        # An unlisted "-st-" form is a superlative: "mit der mit Abstand schnellsten Laufzeit".
        if low.rstrip("emnrs").endswith("st") and not listed_verb(low, c):
            return False
        # Adverbs between the article and the adjective, a noun after it: "auf einer
        # bislang landwirtschaftlich genutzten Fläche"; or another adjective and a
        # conjunction: "am dritten und letzten Verhandlungstag".
        for j in range(i - 1, max(-1, i - 4), -1):
            low_j = words[j].lower()
            if low_j in c.determiners or low_j in c.prepositions:
                return False
            if j + 1 < i and words[j + 1].lower() in c.coordinators and _same_ending(words[j], low):
                continue
            if not words[j][:1].islower() or is_finite(low_j, c):
                break
    return True


def _same_ending(a: str, b: str) -> bool:
    """Do two words, ``a`` in lower case, end in the same two-letter adjective ending ("dritten",
    "letzten")? Coordinated adjectives agree."""
    return a[:1].islower() and len(a) > 3 and a[-2:] == b[-2:] and a[-2:] in ADJECTIVE_ENDINGS


def is_attributive(low: str, c: VerbClauses) -> bool:
    """Is the lower-case ``low`` before a noun an adjective ("weite Teile", "die gewählte
    Lösung") rather than a verb ending a clause ("gesunken", "leide", "können")? An
    inflected participle ("gewählten", "gebrochenen") counts as an adjective."""
    if not low.endswith(ADJECTIVE_ENDINGS) or low in c.final_particles:
        return False  # "ging es hin und her"
    if low in c.clause_pronouns:
        return False  # "sagte er", "sagte sie"
    if listed_verb(low, c):
        return False
    present = _PRESENT_PARTICIPLE.fullmatch(low)
    if present and listed_verb(present.group(1), c):
        return True  # "einer bestehenden Kreditlinie": an infinitive, "d" and an ending
    stem = low[: -2 if low.endswith(("en", "er", "es", "em")) else -1]
    if stem.endswith(c.adjective_suffixes):
        return True  # "vergleichbaren", "möglichen"
    strong_participle = looks_participle(low, c) and low.endswith("en")
    return not (strong_participle and not low.endswith(c.inflected_participle_endings))


# A present participle inflected as an adjective: the infinitive, "d" and an ending.
_PRESENT_PARTICIPLE = regex.compile(r"(\w+en)d(?:e|en|er|es|em)")


def is_verb_form(low: str, c: VerbClauses) -> bool:
    """A verb form that can end a clause: finite, participle or infinitive."""
    return is_finite(low, c) or looks_participle(low, c)


def looks_participle(low: str, c: VerbClauses) -> bool:
    """May ``low`` be a past participle ("gesagt", "abgestellt", "investiert", "verlängert")?"""
    if len(low) < 5 or not low.endswith(("t", "en")) or low in c.not_verbs:
        return False  # "bewusst", "bekannt": adjectives
    if low.endswith(c.participle_suffixes) or low.startswith(c.inseparable_prefixes):
        return True
    if low.startswith(c.negated_participle_prefixes):
        return True
    ge = c.participle_prefix
    return bool(ge) and any(
        low.startswith(p) and low[len(p) :].startswith(ge) for p in ("", *c.verb_prefixes)
    )


def looks_infinitive(word: str, c: VerbClauses) -> bool:
    """A lower-case word with an infinitive's ending ("fahren", "verlängern")."""
    return word[:1].islower() and word.endswith(c.infinitive_suffixes)
