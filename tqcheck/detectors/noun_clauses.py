"""A lost sentence boundary before a German noun or name.

German capitalises every noun, so "… gesunken Kleine Betriebe finden …" shows its lost
full stop only in the verbs: a complete clause ends ("gesunken" closes the bracket that
"ist" opened), and a new one starts with a noun phrase and its finite verb in second
place. German sets every subordinate clause off with a comma, so two clauses with finite
verbs and nothing between them are two sentences. After a comma two main clauses are
correct German ("Die Preise steigen, Kunden bleiben weg"): only a lost full stop is
flagged.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from tqcheck.detectors.nearby_words import word_before
from tqcheck.detectors.verb_forms import (
    ADJECTIVE_ENDINGS,
    CLAUSE_TOKENS,
    VerbClauses,
    can_end_sentence,
    finite_at,
    following_words_end,
    is_attributive,
    is_finite,
    is_verb_form,
    listed_verb,
    looks_infinitive,
    looks_participle,
    phrase_verb,
)

# Where a clause starts inside a sentence: a comma (not a decimal one), semicolon, colon,
# bracket or dash.
_CLAUSE_SEPARATOR = regex.compile(r"(?r)[,;:](?!\p{N})|[()\[\]–—]|[^\S\n]-[^\S\n]")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}\-]*(?:[.,]\p{N}+)*")
_LAST_WORD = regex.compile(r"(?r)([\p{L}\p{N}][\p{L}\p{N}\p{M}\-]*)[^\S\n]*\Z")
# How far back the clause before a candidate is read.
_CLAUSE_WINDOW = 300
# Words a noun phrase before the new clause's verb may have.
_MAX_PHRASE = 6
# How long an apposition or relative clause after a subject may be, in characters.
_INSERTION = 160
_COMMA_WORD = regex.compile(r",[^\S\n]+\p{Ll}")
_QUOTE_MARK = regex.compile(r"[„“”\"»«‚‘›‹]")


def noun_clause(
    text: str, m: regex.Match[str], sentence_start: int, sentence_end: int, c: VerbClauses
) -> bool:
    """Does a sentence opening with the capitalised noun or name ``m["word"]`` start here,
    right after a complete clause and without a full stop?"""
    prev = m.group("prev")
    low = prev.lower()
    ends = can_end_sentence(prev, c) or verb_ends_clause(text, m, sentence_start, c)
    if not ends or low in c.determiners or low in c.numerals:
        return False  # "nannte ein Sprecher", "in hundert Jahren"
    # After "zu" an infinitive ends a clause ("zu prüfen Anwohner"), an inflected adjective
    # of a listed stem does not ("zu dünnen Platten gegossen").
    infinitive = word_before(text, m.start("prev")).lower() in c.infinitive_markers
    infinitive = infinitive and not _inflected_adjective(low, c)
    # A number counts its noun ("612 Stellen"), a score does not ("zum 23:22 Torhüterin").
    start = m.start("prev")
    score = start >= 2 and text[start - 1] == ":" and text[start - 2].isdigit()
    number = prev[:1].isdigit() and not score
    if number or (prev[:1].islower() and not infinitive and is_attributive(low, c)):
        return False  # "612 Stellen", "weite Teile", "die gewählte Lösung" ("zu prüfen")
    before = word_before(text, start).lower()
    if low in c.measure_units and _measure(text, m, before, c):
        return False  # "120 Zentimeter Neuschnee gefallen": the unit and what it measures
    phrase = prev[:1].islower() and not m.group("close")
    if phrase and before in c.prepositions and before not in c.particles:
        return False  # "innert weniger Minuten": the preposition's phrase goes on
    if phrase and before in c.coordinators and low in c.linking_adverbs:
        return False  # "übernehmen und damit Freiräume schaffen": the conjunct goes on
    if phrase and before in c.focus_particles and low in c.adverbial_participles:
        return False  # "bisher nur vereinzelt Risse": an adverb before the noun
    if low.endswith(("’s", "'s")):
        return False  # "gab’s Proteste": the verb and its "es", then its object
    if len(prev) > 1 and prev.isupper() and word_before(text, start).lower() in c.determiners:
        return False  # "lag die HSG Wesertal": an acronym after an article begins a name
    word = m.group("word")
    if low in c.nominalisers and _adjective_in_es(word.lower(), c):
        return False  # "nichts Romantisches", "etwas Neues": an adjective used as a noun
    if low in c.weak_nominalisers and word.endswith("e") and _inflected_adjective(word.lower(), c):
        return False  # "alles Mögliche", "alles Weitere"
    if _adjective_after_article(text, m, sentence_start, c) and not infinitive:
        return False  # "einer an sich berechtigten Kündigung"
    if prev[:1].isupper() and low in c.common_words and low.endswith(ADJECTIVE_ENDINGS):
        return False  # a capitalised adjective opens the phrase: "Andere Länder hätten"
    if low in c.prepositions and not separable_particle(words_before(text, m, sentence_start), c):
        # "arbeitete nach Schätzungen der …": a preposition, unless the clause's verb
        # takes it as its particle ("teilte … mit", "arbeite … ab": "mitteilte" is listed).
        return False
    # After it first (cheaper, and most nouns fail it): a noun phrase and its finite verb.
    tokens, end = following_words_end(text, m.end("word"), sentence_end, CLAUSE_TOKENS, c)
    after = [m.group("word"), *tokens]
    verb = phrase_verb(after[1:], c, nouns=1) + 1
    subject = len(after) <= _MAX_PHRASE and _noun_phrase(tokens, c)
    if verb <= 0 and subject and text.startswith(",", end):
        # The subject has an apposition or relative clause: "… ausgesehen Rotweiler,
        # derzeit Tabellendritter, kontrollierte …", "… Arslan, der …, sprach …".
        after, verb, end = _verb_after_insertion(text, end, sentence_end, c)
    if verb <= 0 or verb > _MAX_PHRASE:
        return False
    if _final_verb_cluster(after, verb, c):
        return False  # "…, wie sich bestimmte Quellen abbilden ließen": no sentence opens
    if after[verb - 1].lower() in c.infinitive_markers:
        return False  # "beschlossen Anwohner zu entlasten": an infinitive group
    conditional = listed_verb(word.lower(), c)  # "… Einigung Sollten die Verhandlungen …"
    if verb == len(after) - 1 and not conditional and _auxiliary_after_comma(text, end, c):
        # "…, als der Klub den Dänen Mikkel Sørlund entließ, war Ruckdeschel …": the verb
        # ends a subordinate clause, the main clause's verb follows
        return False
    finite = after[verb].lower()
    if not (listed_verb(finite, c) or finite.endswith(c.past_suffixes)):
        return False  # "-t" words are adverbs too: "Marco Lenz unbedrängt zum 0:1"
    clause = words_before(text, m, sentence_start)
    if _participle_attribute(clause.words, c):
        return False  # "für den 1986 errichteten Doppelsessellift"
    if _particle_ahead(clause.words, tokens, c):
        return False  # "Diesen Vorwurf weist Vahlbruch entschieden zurück": "weist … zurück"
    closed, bracket_open = clause_before(clause, c, noun_after=True)
    if not closed:
        return False
    ambiguous = looks_participle(finite, c) or looks_infinitive(after[verb], c)
    if verb == 1 and low in c.prepositions and _adverbial_participle(after, c):
        # A particle that is a preposition too, before a bare noun and a participle's form
        # that grades the adjective after it: the preposition's set phrase and an adverb
        # ("gab sich zu Beginn betont verbindlich"), not "… zu. Beginn betont …" (but
        # "… tritt beim FC an Bielefeld empfängt am Sonntag …" lost a full stop).
        return False
    # A participle or infinitive may close the bracket the clause before opened ("hat die
    # Firma Millionen investiert"), or end a clause ("Die Polizei ermittelt."); a finite
    # verb is followed by its clause, or by a comma ("Beobachter erwarten, dass …").
    last = verb == len(after) - 1 and not text.startswith(",", end)
    return not (ambiguous and (bracket_open or last))


def _measure(text: str, m: regex.Match[str], before: str, c: VerbClauses) -> bool:
    """Does a number stand before the unit ``m["prev"]``, and a noun after it that is no word
    the language writes in lower case ("120 Zentimeter Neuschnee"; not "… 20 Kilo Gesprochen
    wird")?"""
    start = m.start("prev")
    counted = text[max(0, start - 2) : start].rstrip()[-1:].isdigit() or before in c.numerals
    return counted and m.group("word").lower() not in c.common_words


def _auxiliary_after_comma(text: str, pos: int, c: VerbClauses) -> bool:
    """Does a comma and a finite auxiliary or modal follow at ``pos`` (", war …")?"""
    m = _COMMA_WORD.match(text, pos)
    return m is not None and m.group(1) in c.auxiliaries


_COMMA_WORD = regex.compile(r",[^\S\n]*(\p{Ll}+)\b")


def _particle_ahead(words: list[str], tokens: list[str], c: VerbClauses) -> bool:
    """Is the clause's first verb its last word, and does that verb's particle come after
    the noun, with no finite verb of the noun's own before it ("Diesen Vorwurf weist
    Vahlbruch entschieden zurück": "zurückweist" is listed)? Then the clause goes on over
    the noun, its subject or object (but "… treten die Koblenzer beim TSV an Ostholstein
    empfängt am Sonntag …" starts a sentence)."""
    verbs = [i for i, w in enumerate(words) if w[:1].islower() and is_verb_form(w.lower(), c)]
    if len(verbs) != 1 or verbs[0] != len(words) - 1 or verbs[0] == 0:
        return False
    verb = words[-1].lower()
    for token in tokens:
        low = token.lower()
        if low in c.final_particles and low not in c.determiners and low + verb in c.verbs:
            return True
        if _plainly_finite(token, c):
            return False
    return False


def _adverbial_participle(after: list[str], c: VerbClauses) -> bool:
    """Is ``after[1]`` a participle's form before a lower-case word that is no article,
    preposition or pronoun ("Beginn betont verbindlich"): an adverb, not a finite verb?"""
    if len(after) < 3 or not looks_participle(after[1].lower(), c):
        return False
    return after[2][:1].islower() and after[2].lower() not in c.grammar_words


def _adjective_after_article(
    text: str, m: regex.Match[str], sentence_start: int, c: VerbClauses
) -> bool:
    """Is the finite-looking ``m["prev"]`` an adjective of the noun after it, with an
    article or preposition before it and only words that are no verb forms between
    ("einer an sich berechtigten Kündigung"; not "die nicht übernommen werden Kornmeister")?
    """
    prev = m.group("prev")
    low = prev.lower()
    if not (prev[:1].islower() and low.endswith(ADJECTIVE_ENDINGS) and is_finite(low, c)):
        return False
    words = words_before(text, m, sentence_start).words
    if not words or finite_at([*words, m.group("word")], len(words) - 1, c):
        return False
    between = words[max(0, len(words) - 4) : -1]
    return not any(is_verb_form(w.lower(), c) for w in between if w[:1].islower())


def _participle_attribute(words: list[str], c: VerbClauses) -> bool:
    """Is the verb form that ends ``words`` an attribute inside a noun phrase an article
    opened: only figures, adverbs and prepositional phrases between them ("für den 1986
    errichteten Doppelsessellift", "Das in der Studie verwendete Präparat")? A noun of its
    own closes the phrase ("Die Stadt verwendete Mittel")."""
    if len(words) < 2 or not words[-1][:1].islower() or not words[-1].endswith(_INFLECTED):
        return False
    if words[-2].lower() in c.infinitive_markers:
        return False  # "zu schaffen"
    i = len(words) - 2
    for _ in range(_ATTRIBUTE_WORDS):
        if i < 0:
            return False
        word = words[i]
        low = word.lower()
        if low in c.determiners:
            return True
        if low in c.clause_pronouns:
            return False  # "der sie … entwickelte": a relative clause's subject
        figure = _FIGURE.fullmatch(word) is not None
        if figure or (word[:1].islower() and not is_verb_form(low, c)):
            i -= 1  # "1986", "bereits", "in"
            continue
        if word[:1].islower():
            return False  # another verb form
        # a noun inside a prepositional phrase: "in der Studie", "in den 1930er-Jahren",
        # or a name of several words: "der von Bloomfield Data befragten Analysten"
        while i > 1 and words[i - 1][:1].isupper() and words[i - 1].lower() not in c.determiners:
            i -= 1
        # or an amount: "Die zuletzt auf rund 17 Milliarden Euro bezifferte Lücke"
        while i > 1 and (
            _FIGURE.fullmatch(words[i - 1]) or words[i - 1].lower() in _amount_words(c)
        ):
            i -= 1
        article = i > 1 and words[i - 1].lower() in c.determiners
        at = i - 2 if article else i - 1
        if at < 0 or words[at].lower() not in c.prepositions:
            return False
        i = at - 1
    return False


@functools.lru_cache(maxsize=16)
def _amount_words(c: VerbClauses) -> frozenset[str]:
    """Words of an amount before its figure ("rund", "knapp", "gut"): those a noun phrase
    may have that are no listed determiner or preposition."""
    return (c.phrase_words | c.phrase_inserts) - c.determiners - c.prepositions


# How many words may stand between an article and its participle.
_ATTRIBUTE_WORDS = 6
# Endings of a past form inflected as an adjective ("errichteten", "verwendete").
_INFLECTED = ("te", "ten", "tem", "ter", "tes", "ene", "enen", "enem", "ener", "enes")
_FIGURE = regex.compile(r"\p{N}+(?:[.,]\p{N}+)*")


def _adjective_in_es(low: str, c: VerbClauses) -> bool:
    """A strong neuter adjective ("neues", "romantisches", "gutes")."""
    return low.endswith("es") and (
        low[:-2].endswith(c.adjective_suffixes) or _inflected_adjective(low, c)
    )


def _inflected_adjective(low: str, c: VerbClauses) -> bool:
    """An adjective with an inflection ending whose stem the word list knows ("dünnen"),
    perhaps a comparative ("niedrigeren": "niedrig"), or an inflected present participle
    ("zu abweichenden Ergebnissen": "abweichend", of a listed verb)."""
    for ending in ("en", "em", "er", "es", "e"):
        if not low.endswith(ending):
            continue
        stem = low[: -len(ending)]
        known = stem in c.common_words or (stem.endswith("er") and stem[:-2] in c.common_words)
        known = known or (stem.endswith("end") and listed_verb(stem[:-1], c))
        # "zu organischen Böden", "nicht zu trockenen Sommer"
        if known or stem.endswith(c.adjective_suffixes + c.adjective_stem_endings):
            return not listed_verb(low, c)
    return False


def _noun_phrase(tokens: list[str], c: VerbClauses) -> bool:
    """Are ``tokens`` (after a noun) the rest of a noun phrase: nouns, numbers, articles,
    prepositions and inflected adjectives, no verb?"""
    if len(tokens) > _MAX_PHRASE:
        return False
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if not tok[:1].islower() or low in c.noun_phrase_words:
            continue
        # After an article an adjective may look finite: "der sogenannten Talbahn".
        if not low.endswith(ADJECTIVE_ENDINGS) or finite_at(tokens, i, c):
            return False
    return True


def _verb_after_insertion(
    text: str, comma: int, sentence_end: int, c: VerbClauses
) -> tuple[list[str], int, int]:
    """After ``, … ,`` (up to ``_INSERTION`` characters): the comma and the words after it,
    the index of the finite verb opening them (1, else -1), and where they end."""
    close = text.find(",", comma + 1, min(sentence_end, comma + _INSERTION))
    if close < 0 or not _COMMA_WORD.match(text, close):
        return [], -1, comma
    if _QUOTE_MARK.search(text, comma, close):
        return [], -1, comma  # "„Am Anfang gab’s Proteste, vor allem von Eltern“, räumt …"
    if c.attribution is not None and c.attribution.match(text, close, sentence_end):
        return [], -1, comma  # "Geld, das …, sagte er.": reported speech and its speaker
    inserted = text[comma + 1 : close].split()
    first = inserted[0].lower() if inserted else ""
    if first in c.coordinators:
        return [], -1, comma  # a coordinated clause: "…, und um ihn herum steht, sitzt …"
    if (
        first not in c.relatives
        and first not in c.subordinators
        and any(_plainly_finite(w, c) for w in inserted[1:])
    ):
        return [], -1, comma  # a main clause of its own: "…, Reyes hebt ihn auf, legt …"
    tokens, end = following_words_end(text, close + 1, sentence_end, CLAUSE_TOKENS, c)
    finite = len(tokens) > 1 and is_finite(tokens[0].lower(), c)
    return [",", *tokens], 1 if finite else -1, end


def _plainly_finite(word: str, c: VerbClauses) -> bool:
    """A finite verb that is no participle or infinitive as well ("hebt", not "organisiert"
    or "entwickeln"): an apposition or participle phrase between commas holds none."""
    low = word.lower()
    return (
        word[:1].islower()
        and is_finite(low, c)
        and not looks_participle(low, c)
        and not looks_infinitive(low, c)
    )


def _final_verb_cluster(after: list[str], verb: int, c: VerbClauses) -> bool:
    """Do the words after the noun end the clause with a verb and a finite auxiliary
    ("bestimmte Quellen abbilden ließen."), an auxiliary's participle or both
    ("Angriffsversuche registriert worden (seien).")? A main clause puts its finite verb
    second ("Anwohner müssen warten"), so this is a subordinate clause's or a verb
    bracket's end, not a new sentence."""
    first = after[verb]
    if not (first.isalpha() and first.islower() and first not in c.auxiliaries):
        return False  # no content verb
    rest = [w.lower() for w in after[verb + 1 :]]
    if rest[:1] and rest[0] in c.auxiliary_participles:
        rest = rest[1:]  # "registriert worden", "registriert worden seien"
        if not rest:
            return True
    return len(rest) == 1 and rest[0] in c.auxiliaries


def clause_ends(text: str, m: regex.Match[str], sentence_start: int, c: VerbClauses) -> bool:
    """Does a complete clause end with ``m["prev"]``?"""
    return clause_before(words_before(text, m, sentence_start), c)[0]


def verb_ends_clause(text: str, m: regex.Match[str], sentence_start: int, c: VerbClauses) -> bool:
    """Does the verb ``m["prev"]`` end its clause? A verb of saying introduces a name
    elsewhere ("berichtet Die Zeit"), but not where it closes the verb bracket an
    auxiliary opened ("Zuerst hatte die Zeitung darüber berichtet In …") or ends a
    subordinate clause ("…, wenn sie die Wahrheit sagt Frau Marthe …")."""
    low = m.group("prev").lower()
    clause = words_before(text, m, sentence_start)
    words = clause.words
    first = words[0].lower() if words else ""
    subordinate = clause.after_separator and (first in c.subordinators or first in c.relatives)
    if subordinate and is_finite(low, c):
        return clause_before(clause, c)[0]
    if not (looks_participle(low, c) or looks_infinitive(low, c)):
        return False
    return any(w in c.auxiliaries for w in words[:-1]) and clause_before(clause, c)[0]


def separable_particle(clause: ClauseWords, c: VerbClauses) -> bool:
    """Is the clause's last word the particle of its finite verb ("arbeite … ab")?"""
    words = clause.words
    particle = words[-1].lower() if words else ""
    if particle not in c.final_particles:
        return False
    return any(
        finite_at(words, i, c) and particle + words[i].lower() in c.verbs
        for i in range(len(words) - 1)
    )


def words_before(text: str, m: regex.Match[str], sentence_start: int) -> ClauseWords:
    """The words of the clause that ends with ``m["prev"]``."""
    return _clause_words(text, m.start("prev"), m.end("prev"), sentence_start)


def _clause_words(text: str, last: int, end: int, sentence_start: int) -> ClauseWords:
    """The words of the clause that ends at ``end``, its last word starting at ``last``."""
    window = max(sentence_start, last - _CLAUSE_WINDOW)
    # One character further, so "(?!\p{N})" sees the digit after "23:" ("23:22").
    sep = _CLAUSE_SEPARATOR.search(text, window, last + 1)
    start = sep.end() if sep else window
    separator = sep.start() if sep else -1
    return ClauseWords(_WORD.findall(text, start, end), sep is not None, separator)


@dataclass(frozen=True)
class ClauseWords:
    """The words of a clause, from its start (a separator or the sentence start) on."""

    words: list[str]
    after_separator: bool  # a comma, colon or bracket before it, not the sentence start
    separator: int = -1  # where that separator is


def clause_before(
    clause: ClauseWords, c: VerbClauses, *, noun_after: bool = False
) -> tuple[bool, bool]:
    """Is the clause ending in ``clause`` complete, and is a verb bracket it opened still
    open (an auxiliary or modal with no participle or infinitive after it yet)?

    ``noun_after``: a noun follows the clause, so an adjective-like last word may be its
    attribute ("solle niemand überflutete Straßen betreten")."""
    words, after_separator = clause.words, clause.after_separator
    if not words:
        return False, False
    last, first = words[-1], words[0].lower()
    infinitive = looks_infinitive(last, c) or listed_verb(last.lower(), c)
    if len(words) >= 2 and words[-2].lower() in c.infinitive_markers and infinitive:
        return True, False  # "…, um die Strecke zu verlängern" (not "zu viel Personal")
    # A verb form between an article and its noun is an attribute: "Das 1972 eröffnete
    # Hallenbad im Gladbecker …" has no finite verb yet.
    verbs = [
        i
        for i in range(len(words))
        if finite_at(words, i, c)
        and not (
            i + 1 < len(words)
            and words[i + 1][:1].isupper()
            and _participle_attribute(words[: i + 1], c)
        )
    ]
    # After a comma a subordinator or relative opens a verb-final clause; "die" before a
    # noun is an article ("…, die Zugbindung ist aufgehoben").
    article = first in c.determiners and len(words) > 1 and words[1][:1].isupper()
    opener = first in c.subordinators or first in c.relatives
    # A preposition and a relative pronoun before no noun: "…, in den sich Buhrufe mischten".
    relative = len(words) > 2 and words[1].lower() in c.relatives and words[2][:1].islower()
    opener = opener or (first in c.prepositions and relative)
    if after_separator and words[0][:1].islower() and opener and not article:
        # A subordinate clause ends on its finite verb ("…, die übernommen werden").
        return bool(verbs) and verbs[-1] == len(words) - 1, False
    if not verbs:
        return False, False
    f = verbs[0]
    finite = words[f].lower()
    if f == len(words) - 1:
        # The finite verb is the last word: a clause when its subject came first ("Die
        # Preise steigen"), not when the subject follows ("Gestern kam …"), and not when
        # a bare subject and verb may still take their object ("Kinder brauchen Räume, …").
        subject_first = first in c.determiners or first not in c.openers
        complete = subject_first and words[0][:1].isupper() and finite not in c.auxiliaries
        # The subject needs its noun: "Die längste bislang erfasste Hitzewelle" has none
        # before "erfasste", an adjective there.
        noun = any(w[:1].isupper() for w in words[1:f])
        return complete and len(words) > 2 and noun, False
    # The bracket of a later conjunct's auxiliary: "gewann viele Bälle und hätte durch
    # Jonas Pfeiffer erhöhen können".
    conjunct = (
        i
        for i in reversed(verbs[1:])
        if words[i - 1].lower() in c.coordinators and words[i].lower() in c.auxiliaries
    )
    f = next(conjunct, f)
    if words[f].lower() not in c.auxiliaries:
        return True, False
    return True, not _bracket_closed(words, f, c, noun_after)


def open_subordinate(clause: ClauseWords, c: VerbClauses) -> bool:
    """Is the clause a subordinate or relative one still waiting for its verb ("…, das am
    Lüneburger Platz")? No sentence ends inside it."""
    words = clause.words
    if not (clause.after_separator and len(words) > 1 and words[0][:1].islower()):
        return False
    first, second = words[0].lower(), words[1].lower()
    if first in c.prepositions or not (first in c.subordinators or first in c.relatives):
        return False  # "um durchschnittlich 0,2 Notenstufen": a preposition too
    if first in c.determiners and not (second in c.prepositions or second in c.determiners):
        return False  # an article: "…, die Zugbindung", "…, die meisten davon"
    if len(words) > 2 and words[-2].lower() in c.infinitive_markers:
        return False  # "…, um den Tourismus nicht zu beeinträchtigen": complete
    return not any(finite_at(words, i, c) for i in range(1, len(words)))


def _bracket_closed(words: list[str], f: int, c: VerbClauses, noun_after: bool = False) -> bool:
    """Is there a participle or infinitive after the auxiliary ``words[f]``? It may stand
    before a comparison or a phrase moved after it ("… genauso bezahlen wie Lehrkräfte an
    Gymnasien"), but not before a noun (an adjective: "hat die geplante Strecke")."""
    for i in range(f + 1, len(words)):
        low = words[i].lower()
        if not words[i][:1].islower() or low in c.prepositions or low in c.determiners:
            continue  # "kann gegen den Entscheid …": "gegen" looks like a participle
        if not is_verb_form(low, c):
            continue
        # Last, before the noun that follows: inflected like an adjective ("überflutete
        # Straßen"), but not in "-en", the ending of participles and infinitives that close
        # the bracket ("… antreten Germania empfängt").
        last = noun_after and not low.endswith("en")
        before_noun = words[i + 1][:1].isupper() if i + 1 < len(words) else last
        if not (before_noun and low.endswith(ADJECTIVE_ENDINGS)):
            return True
    return False


def subject_then_comma(
    text: str,
    m: regex.Match[str],
    sentence_start: int,
    tokens: list[str],
    end: int,
    c: VerbClauses,
) -> bool:
    """A capitalised article and its noun phrase up to a comma, after a complete clause:
    the subject of a new sentence with an apposition or relative clause ("… gewartet werden
    Die Hebamme Svenja Roth, die seit 22 Jahren …")."""
    opener = m.group("word").lower()
    if not text.startswith(",", end):
        return False
    # Articles ("Die Hebamme …, die …") and prepositions ("Bei einem steigenden Pegel, wie
    # er …, bleibe"): a capitalised preposition in mid-sentence starts a sentence or a title.
    if opener not in c.phrase_words and opener not in c.prepositions:
        return False
    if not any(t[:1].isupper() for t in tokens) or not _noun_phrase(tokens, c):
        return False
    if clause_ends(text, m, sentence_start, c):
        return True
    # Not after a comma: "Er las, meist im Zug, Die Zeit, eine Wochenzeitung".
    return not m.group("sep").strip() and _after_verbless_addition(text, m, sentence_start, c)


def _after_verbless_addition(
    text: str, m: regex.Match[str], sentence_start: int, c: VerbClauses
) -> bool:
    """A complete clause, then a phrase without a verb after a comma or colon ("…, ca.
    15 Prozent weniger als zuvor", "…: Verzögerung"): the sentence may end after it. Not
    after a relative or subordinate clause ("…, in dem Bürger Einwände erheben")."""
    addition = words_before(text, m, sentence_start)
    words = addition.words
    if not addition.after_separator or not words or text[addition.separator] not in ",:":
        return False
    first = words[0].lower()
    if first in c.relatives or first in c.subordinators or first in c.prepositions:
        return False
    if any(is_verb_form(w.lower(), c) and w[:1].islower() for w in words):
        return False
    last = _LAST_WORD.search(text, sentence_start, addition.separator)
    if last is None:
        return False
    clause = _clause_words(text, last.start(1), last.end(1), sentence_start)
    return clause_before(clause, c)[0]
