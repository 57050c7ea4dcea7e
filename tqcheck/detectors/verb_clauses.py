"""Lost sentence boundaries in languages that capitalise every noun (German).

A capital is no evidence there, so a boundary shows in the clauses around it. The
language's ``[boundaries]`` data classifies its sentence openers, and a capitalised opener
counts only when a clause starts after it: a determiner followed by a noun phrase and a
finite verb (``gesagt Die Regierung hat``), a pronoun or adverb followed by a finite verb
(``gesagt Danach trat``), a conjunction followed by a subject. The word before must be able
to end a sentence (no article, preposition, conjunction or verb of saying), a noun that
introduces a title (``die Zeitung Die Welt berichtete``) keeps the capital, and a
capitalised opener with the same next word elsewhere in the document is a name.

A sentence that opens with a noun or a name is judged by ``noun_clauses``; the word-level
tests (finite verb, participle, adjective) are in ``verb_forms``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.detectors.noun_clauses import (
    ClauseWords,
    clause_ends,
    noun_clause,
    open_subordinate,
    separable_particle,
    subject_then_comma,
    verb_ends_clause,
    word_before,
    words_before,
)
from tqcheck.detectors.verb_forms import (
    ADJECTIVE_ENDINGS,
    CLAUSE_TOKENS,
    VerbClauses,
    can_end_sentence,
    finite_at,
    following_words,
    following_words_end,
    is_attributive,
    is_finite,
    is_verb_form,
    listed_verb,
    looks_infinitive,
    looks_participle,
    phrase_then_verb,
)
from tqcheck.model import PassageKind, Sentence

_CLAUSE_CANDIDATE = regex.compile(
    r"(?<![\p{L}\p{N}\p{M}'’\-.@/])(?P<prev>[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*)"
    r"(?P<close>[“”\"»«‘’)])?(?P<sep>[,;]?[^\S\n]+)(?P<word>\p{Lu}[\p{Ll}\p{M}]+)"
    r"(?![\p{L}\p{M}\p{N}'’\-])"
)


# What may stand before a sentence's first word: spaces, quotation marks, brackets.
_OPENING_MARKS = ' \t\n„“”"»«‚‘’›‹(['


def opens_sentence(text: str, sentence_start: int, pos: int) -> bool:
    """Is ``pos`` the sentence's first word (only opening marks before it)? Read backwards
    from ``pos``, so a long sentence costs no more than a short one."""
    i = pos - 1
    while i >= sentence_start and text[i] in _OPENING_MARKS:
        i -= 1
    return i < sentence_start


def _polite_address(
    ctx: CheckContext, sentence_start: int, m: regex.Match[str], c: VerbClauses
) -> bool:
    """Is the capitalised pronoun of ``m`` the polite "Sie" of a quotation: a plural verb
    after it, and no lower-case "sie" before it in the sentence?"""
    word, text = m.group("word"), ctx.text
    if word.lower() not in c.polite_pronouns:
        return False
    if not _in_quotation(ctx, sentence_start, m.start("word")):
        return False
    nxt = following_words(text, m.end("word"), len(text), 1, c)
    verb = nxt[0].lower() if nxt else ""
    plural = verb in c.plural_verbs or bool(verb and verb.endswith(c.plural_verb_endings))
    lower = rf"\b{regex.escape(word.lower())}\b"  # case-sensitive: not the capitalised one
    return plural and not regex.search(lower, text[sentence_start : m.start("word")])


def _in_quotation(ctx: CheckContext, sentence_start: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation that opens in its sentence (an odd number of the
    language's double quotation marks before it, whichever way a house pairs them)?"""
    style = ctx.language.quotes
    marks = style.openers | style.closers | frozenset(style.straight)
    return sum(ctx.text.count(q, sentence_start, pos) for q in marks) % 2 == 1


def _opens_quotation(text: str, sentence_start: int, pos: int) -> bool:
    """Is ``pos`` the first word of a quotation that a colon introduces ("hat sie gesagt:
    ›Mirela, Sie sind …")? It starts a sentence of its own."""
    i = pos - 1
    marked = False
    while i >= sentence_start and text[i] in _OPENING_MARKS:
        marked = marked or not text[i].isspace()
        i -= 1
    return marked and i >= sentence_start and text[i] == ":"


def _clause_starts(word: str, tokens: list[str], c: VerbClauses) -> bool:
    """Does a clause start at the capitalised opener ``word``, given the words after it?"""
    if not tokens:
        return False
    low = word.lower()
    first = tokens[0].lower()
    lower_first = tokens[0][:1].islower()
    if low in c.determiners and lower_first and is_finite(first, c):
        return True  # a demonstrative: "Das ist …", "Die haben …"
    if low in c.determiners or low in c.prepositions:
        return phrase_then_verb(tokens, c)
    if low in c.subordinators or low in c.relatives:
        # "Weil nicht …", "Wann mit einem …", "Als Gründe nannte …", "Was anfangs reizvoll
        # ist, …": capitalised in mid-sentence, a subordinator or relative word needs only a
        # lower-case word or a phrase and a verb.
        return lower_first or phrase_then_verb(tokens, c)
    if low in c.coordinators:
        # "… gefragt Und im Keller wird …": in mid-sentence only a title opens so
        return lower_first
    if low in c.auxiliaries:
        return first in c.clause_pronouns or first in c.determiners  # "Hätte man …"
    if low in c.pronouns:
        # "Sie arbeite …": after a pronoun an "-e" word is the subjunctive of reported speech.
        subjunctive = first.endswith(c.subjunctive_suffixes) and first not in c.phrase_words
        return lower_first and (is_finite(first, c) or subjunctive)
    if low in c.focus_particles:
        return True  # "… aus London Auch die Bestandsinvestoren …": no name starts so
    # An adverb: the finite verb follows, after at most a noun or prepositional phrase or
    # another adverb ("Danach trat …", "Schon im zweiten Sommer hätten …", "Rund 310
    # Beschäftigte verlieren …", "Entsprechend häufiger kommt es …").
    if tokens[0][:1].isdigit() or first in c.phrase_words:
        return phrase_then_verb(tokens, c)  # "Rund 310 Beschäftigte verlieren …"
    if not lower_first:
        return False
    if is_finite(first, c):
        return True
    if first in c.prepositions:
        return phrase_then_verb(tokens[1:], c)
    # Another adverb or an adjective, then the verb ("Entsprechend häufiger kommt es …").
    return len(tokens) > 1 and not is_finite(first, c) and finite_at(tokens, 1, c)


def clause_start_hits(
    ctx: CheckContext,
    c: VerbClauses,
    options: Mapping[str, Any],
    capitals: Callable[[], Counter[str]],
) -> Iterator[regex.Match[str]]:
    """Candidates (groups ``prev``, ``sep``, ``word``) where a new clause starts.

    ``capitals`` counts the words the document capitalises in mid-sentence (its names)."""
    text = ctx.text
    for passage in ctx.passages_of((PassageKind.PARAGRAPH,)):
        for sentence in passage.sentences:
            pos = sentence.start
            # Where the last boundary found at a function word starts a sentence: a noun
            # after it is judged by the clause from there on, not by the verb before that
            # boundary (which would find two more in "… positiv Der Forscher Prof. Rüdiger
            # Halbach sprach").
            noun_start = sentence.start
            while True:
                m = _CLAUSE_CANDIDATE.search(text, pos, sentence.end)
                if not m:
                    break
                pos = m.start("word")
                first = opens_sentence(text, sentence.start, m.start("prev"))
                first = first or _opens_quotation(text, sentence.start, m.start("prev"))
                if first and not m.group("prev").isupper():
                    continue  # "»Alles Weitere besprechen wir …": no one-word sentence
                    # (but a dateline: "STUTTGART Der Autozulieferer …")
                punctuated = m.group("sep").strip()[-1:] in (",", ";")
                # Articles, pronouns, conjunctions and prepositions have their own grammar;
                # other openers ("Andere", "Viele") may start a noun phrase.
                low = m.group("word").lower()
                function_word = low in c.grammar_words
                if not punctuated and _name_genitive(text, m, c, capitals):
                    continue  # "sowie Wellbrocks Wohnung": a name's genitive before its noun
                if _opener_clause(ctx, m, sentence, c, options, capitals):
                    yield m
                    noun_start = pos
                elif (
                    not (punctuated or function_word)
                    and m.start("prev") > noun_start
                    and noun_clause(text, m, noun_start, sentence.end, c)
                ):
                    yield m


def _name_genitive(
    text: str, m: regex.Match[str], c: VerbClauses, capitals: Callable[[], Counter[str]]
) -> bool:
    """Is ``prev`` the genitive of a name the document writes without "s" elsewhere, with
    no article before it, and the word after it a noun ("in Wellbrocks Macht", "sowie
    Wellbrocks Wohnung" beside "Torsten Wellbrock"; not "des Bundestags", "Wellbrocks Die")?"""
    prev, word = m.group("prev", "word")
    if len(prev) < 4 or not prev.endswith("s") or not prev[:1].isupper():
        return False
    if word.lower() in c.openers or not capitals()[prev[:-1]]:
        return False
    return word_before(text, m.start("prev")).lower() not in c.determiners


def _preposition_object(text: str, m: regex.Match[str], start: int, c: VerbClauses) -> bool:
    """Is ``prev`` a preposition that is not the particle of the clause's verb, and the word
    after it alone before "und" or a comma ("wechselte dann auf Hart und fuhr"; but "stieg
    … auf" is "aufsteigen", and "teilte … mit Betroffen sind …" lost a full stop)? A word
    the language writes in lower case is then the preposition's object, written as a noun."""
    if m.group("sep").strip() or m.group("prev").lower() not in c.prepositions:
        return False
    after = text[m.end("word") : m.end("word") + _LOOK_AFTER].strip()
    if not (after[:1] == ";" or _listed_after(text, m.end("word"))):
        return False
    return not separable_particle(words_before(text, m, start), c)


def _listed_after(text: str, pos: int) -> bool:
    """Do a comma, "und" or "oder" follow ``pos`` right away?"""
    after = text[pos : pos + _LOOK_AFTER].strip()
    return after[:1] == "," or after.split(maxsplit=1)[:1] in (["und"], ["oder"])


def _listed_noun(text: str, pos: int, c: VerbClauses) -> bool:
    """Is the preposition before ``pos`` a noun of a list ("an Räumen, Wegen und
    Personen")? A preposition's object follows it, so no comma, "und" or "oder" does, but
    in a pair of prepositions sharing it ("Nach und nach", "Mit oder ohne Vertrag bleibt
    er")."""
    after = text[pos : pos + _LOOK_AFTER].split(maxsplit=2)
    paired = len(after) > 1 and after[1].strip(",").lower() in c.prepositions
    return _listed_after(text, pos) and not paired


def _place_after_institution(text: str, m: regex.Match[str], c: VerbClauses) -> bool:
    """Is the capitalised preposition a place's, in an institution's name ("das
    Seniorenzentrum Am Lindenhof")? A capitalised word follows it that is no word of time
    ("in der Schule Am Montag kam …" lost a full stop)."""
    prev = m.group("prev")
    if m.group("sep").strip() or m.group("word").lower() not in c.place_prepositions:
        return False
    if not prev[:1].isupper() or not prev.lower().endswith(c.institution_nouns):
        return False
    place = text[m.end("word") : m.end("word") + 2 * _LOOK_AFTER].split(maxsplit=1)
    if not place or not place[0][:1].isupper():
        return False
    low = place[0].lower()
    return low not in c.time_words and not low.endswith(c.time_word_endings or ("\0",))


def _noun_between_nouns(text: str, m: regex.Match[str]) -> bool:
    """Does the word stand in a list of nouns, after a capitalised word and a comma and
    before a comma, "und" or "oder" and another capitalised word ("über Wärme, Klang und
    Tastmodelle")? A clause opening after that comma would have its verb there."""
    if m.group("sep").strip() != "," or not m.group("prev")[:1].isupper():
        return False
    if not _listed_after(text, m.end("word")):
        return False
    after = text[m.end("word") : m.end("word") + 2 * _LOOK_AFTER].replace(",", " ").split()
    if after[:1] in (["und"], ["oder"]):
        after = after[1:]
    return bool(after) and after[0].lstrip("„“»«‚‘\"'")[:1].isupper()


# How many characters after a word are read for the word after it.
_LOOK_AFTER = 12


def _opener_clause(
    ctx: CheckContext,
    m: regex.Match[str],
    sentence: Sentence,
    c: VerbClauses,
    options: Mapping[str, Any],
    capitals: Callable[[], Counter[str]],
) -> bool:
    """Does a clause start at a capitalised function word or a word the language writes in
    lower case ("…, Danach trat", "gesagt Die Regierung hat", "erhalten Geplant ist")?"""
    text = ctx.text
    prev, sep, word = m.group("prev", "sep", "word")
    punctuated = sep.strip()[-1:] in (",", ";")
    lowercase = _lowercase_word(ctx, word, c, capitals)
    # ("mehr" also ends clauses); a number word counts the noun after it ("mehr als hundert
    # Interessierte", "zwei Verletzte"), not a function word ("…, manchmal sechs, Sie kennt")
    numeral = prev.lower() in c.numerals and word.lower() not in c.clause_pronouns
    nominaliser = prev.lower() in c.weak_nominalisers or numeral
    # A preposition before an adjective in -es or -em: a set phrase that writes it as a
    # noun ("bis auf Weiteres", "ohne Weiteres", "seit Langem", "vor Kurzem").
    nominaliser = nominaliser or (
        not sep.strip() and prev.lower() in c.prepositions and word.endswith(("es", "em"))
    )
    if (
        lowercase
        and prev[:1].islower()
        and (
            is_attributive(prev.lower(), c)
            or _article_of(text, m, sentence.start, c)
            or nominaliser
        )
    ):
        lowercase = False  # a noun after its adjective or article: "nach bisherigem Stand",
        # "…, ein Angebot" ("angebot" looks like the participle of a listed "an|gebot"),
        # "um alles Mögliche"
    if word.lower() not in c.openers and not lowercase:
        return False
    if _place_after_institution(text, m, c):
        return False  # "Im Seniorenzentrum Am Lindenhof hängt …": the institution's name
    if word.lower() in c.prepositions and _listed_noun(text, m.end("word"), c):
        return False  # "an vertrauten Räumen, Wegen und Personen": a noun of a list
    if word.lower() not in c.openers and _noun_between_nouns(text, m):
        return False  # "über Wärme, Klang und Tastmodelle", though "klang" is a verb too
    if word.lower() not in c.openers and _preposition_object(text, m, sentence.start, c):
        return False  # "wechselte dann auf Hart und fuhr": an adjective as the object
    if word.lower() in c.name_final_words and _named_after_title_noun(text, m, c):
        return False  # "ein Sprecher der Initiative Steuergerechtigkeit Jetzt sagte"
    if prev[:1].islower() and _genitive_adjective(text, m, c):
        return False  # "am Ende des langen Abends": a noun, though "abends" opens clauses
    if punctuated and _form_of_address(words_before(text, m, sentence.start), c):
        return False  # "Frau Sønderby, Ihre Studie kommt …"
    if sep.strip() == "," and _polite_address(ctx, sentence.start, m, c):
        return False  # "„Sie haben nicht nur Geld genommen, Sie haben Vertrauen missbraucht“"
    ends = (
        punctuated
        or can_end_sentence(prev, c)
        or _phrase_word_before_opener(prev, word, c)
        or _untitled_noun(text, m, c)
    )
    if not ends and not verb_ends_clause(text, m, sentence.start, c):
        return False  # "berichtet Die Zeit", but "hatte … berichtet In …"
    if not punctuated and open_subordinate(words_before(text, m, sentence.start), c):
        return False  # "…, das am Lüneburger Platz Am Sande liegt": a place name
    # "mit Der Spiegel": a verb particle is also a preposition; it ends a clause only
    # after that clause's finite verb ("fällt deutlich aus Die …").
    particle = not punctuated and prev.lower() in c.particles
    if particle and word.lower() in c.determiners and not clause_ends(text, m, sentence.start, c):
        return False
    # After a preposition, a capitalised adjective or participle is a noun ("von Medium
    # auf Hart wechselten", "die Nachfrage nach Getrieben"), unless it is the particle of
    # the clause's verb or a participle with its auxiliary opens a sentence ("wiesen … auf
    # Finanziert wurden die Arbeiten").
    if particle and lowercase and word.lower() not in c.openers:
        nxt = following_words(text, m.end("word"), sentence.end, 1, c)
        fronted = bool(nxt) and nxt[0].lower() in c.auxiliaries
        closing = fronted or separable_particle(words_before(text, m, sentence.start), c)
        if not (closing or clause_ends(text, m, sentence.start, c)):
            return False
    if not punctuated and prev.isalpha() and len(prev) < options["min_prev_letters"]:
        return False
    tokens, end = following_words_end(text, m.end("word"), sentence.end, CLAUSE_TOKENS, c)
    if tokens and f"{word} {tokens[0]}".lower() in c.article_names:
        return False  # "wie zuerst Der Spiegel berichtete", "Antwerpen, Den Haag ist …"
    # After a comma a capitalised function word or adverb followed by a lower-case word
    # needs no more evidence: only nouns, names and titles are capitalised there ("…, Bis
    # dahin gelten …", "…, Damit läge sie …").
    plain = punctuated and word.lower() not in c.determiners
    plain = plain and bool(tokens) and tokens[0][:1].islower()
    if not (
        plain
        or _article_before_noun(word, tokens, c)
        or _preposition_before_phrase(prev, word, tokens, c)
        or _clause_starts(word, tokens, c)
        or subject_then_comma(text, m, sentence.start, tokens, end, c)
    ):
        return False
    return not _used_as_name(ctx, word, tokens[0])


def _phrase_word_before_opener(prev: str, word: str, c: VerbClauses) -> bool:
    """A word that may stand inside a noun phrase ("sein", "knapp") cannot go on into an
    article or pronoun ("… tabu sein Das sieht ein Gesetzentwurf vor"): the phrase ends
    there, unless the word is a preposition, "als" or an article ("von Der Spiegel", "als
    Die Ärzte")."""
    low = prev.lower()
    if low not in c.phrase_words or low in c.prepositions or low in c.subject_first:
        return False
    if low in c.articles:
        return False  # "Ganz anders sieht das Die Linke": "das" is an object there
    return word.lower() in c.articles or word.lower() in c.pronouns


def _untitled_noun(text: str, m: regex.Match[str], c: VerbClauses) -> bool:
    """A noun that introduces titles ("Zeitung", "Band") names none after an indefinite
    article or a demonstrative ("typisch für diese Band Die …"), nor a pronoun after a
    possessive ("mit unserer Zeitung Es sieht vor"; but "mit ihrem Debüt Die Hymnen der
    Stadt", "die Zeitung Die Welt")."""
    prev = m.group("prev")
    low = prev.lower()
    if not prev[:1].isupper() or not low.endswith(c.title_nouns):
        return False
    before = word_before(text, m.start("prev")).lower()
    if before in c.articles - c.definite_articles or before.startswith(_DEMONSTRATIVE):
        return True
    possessive = before in c.determiners and before not in c.articles
    return possessive and m.group("word").lower() in c.pronouns


_DEMONSTRATIVE = "dies"


def _form_of_address(clause: ClauseWords, c: VerbClauses) -> bool:
    """Does the sentence open with a form of address ("Frau Sønderby", "Herr Minister")?"""
    words = clause.words
    if clause.after_separator or not words or len(words) > _ADDRESS_WORDS:
        return False
    return words[0].lower() in c.address_words and all(w[:1].isupper() for w in words)


# How many words a form of address has at most ("Frau Professorin Ilka Sønderby").
_ADDRESS_WORDS = 4


def _article_before_noun(word: str, tokens: list[str], c: VerbClauses) -> bool:
    """A capitalised article, then a noun (perhaps after adjectives): "Die Folge",
    "Der 54-Jährige", "Die durchschnittliche Nutzungsgebühr". Only a sentence or a name
    starts so: names and titles are ruled out before (``article_names``, a title noun, a
    pair used twice), and a noun followed by "und" may be one of a series ("Paris, Die Welt
    und Le Monde")."""
    if word.lower() not in c.articles:
        return False
    for i, tok in enumerate(tokens[: _ARTICLE_ADJECTIVES + 1]):
        if tok[:1].isupper() or tok[:1].isdigit():
            nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            return nxt not in c.coordinators
        if not tok.lower().endswith(ADJECTIVE_ENDINGS):
            return False
    return False


def _preposition_before_phrase(prev: str, word: str, tokens: list[str], c: VerbClauses) -> bool:
    """A capitalised preposition, then a noun phrase that goes on ("… aufgerufen Vom
    Betriebsbeginn um 4 Uhr an …"): a fronted adverbial starts the sentence even when its
    verb is further on than the next words show. Not after an article ("wäre ein Aus von
    Brenner"), and not a short name ("des Fahrgastverbandes Pro Bahn, …", "Am Markt")."""
    if word.lower() not in c.prepositions or prev.lower() in c.determiners:
        return False
    if len(tokens) < _PHRASE_WORDS:
        return False
    first = tokens[0]
    return first[:1].isupper() or first[:1].isdigit() or first.lower() in c.phrase_words


# How many words of its clause a capitalised preposition needs after it.
_PHRASE_WORDS = 3
# How many adjectives may stand between an article and its noun.
_ARTICLE_ADJECTIVES = 2


def _article_of(text: str, m: regex.Match[str], sentence_start: int, c: VerbClauses) -> bool:
    """Is ``m["prev"]`` an article of the word after it? Not when a comma follows it, and
    not when it may be a verb ("eingegangen sein, Kommt …") or, unless a comma stands
    before it, a verb's particle ("stellt … in Niedersachsens ein Gesperrt sind …")."""
    low = m.group("prev").lower()
    if m.group("sep").strip() or low not in c.determiners or is_verb_form(low, c):
        return False
    if low not in c.final_particles:
        return True
    before = word_before(text, m.start("prev")).lower()
    if before in c.auxiliaries or before in c.pure_coordinators:
        return True  # "… – sollen ein Angebot erhalten", "…, sondern ein Angebot schaffen":
        # no particle right after a modal or a conjunction
    first = text[sentence_start : m.start("prev")].split()
    if len(first) == 1 and not is_verb_form(first[0].lower(), c):
        return True  # "Auch ein Verbot wird diskutiert": no verb before it to own a particle
        # (but "Lenkt ein Verhandelt wird …" lost a full stop)
    i = m.start("prev") - 1
    while i > 0 and text[i].isspace():
        i -= 1
    return text[i] == "," or _bracket_closes_after(text, m, c)


def _bracket_closes_after(text: str, m: regex.Match[str], c: VerbClauses) -> bool:
    """Does the clause go on after the word to a participle or infinitive that ends it,
    with no finite verb on the way ("hatten … Ende Februar ein Angebot von 3,5 Prozent
    vorgelegt.")? Then the verb's bracket closes there and "ein" is an article; after a
    particle that ends a clause a sentence would need its finite verb ("stellte die
    Produktion ein Angebot gab es nicht")."""
    tokens, _ = following_words_end(text, m.end("word"), len(text), CLAUSE_TOKENS, c)
    if not tokens or len(tokens) == CLAUSE_TOKENS:
        return False
    last = tokens[-1].lower()
    if not (looks_participle(last, c) or looks_infinitive(last, c)):
        return False
    return not any(t[:1].islower() and is_finite(t.lower(), c) for t in tokens[:-1])


def _named_after_title_noun(text: str, m: regex.Match[str], c: VerbClauses) -> bool:
    """Is ``m["prev"]`` a name right after a noun that introduces names, perhaps in the
    genitive ("der Initiative Steuergerechtigkeit", "des Bündnisses Klimaschutz")?"""
    if m.group("sep").strip() or not m.group("prev")[:1].isupper():
        return False
    noun = word_before(text, m.start("prev")).lower()
    return any(form.endswith(c.title_nouns) for form in (noun, *_genitive_stems(noun)))


def _genitive_stems(noun: str) -> tuple[str, ...]:
    """The noun without a genitive ending: "Bündnisses", "Vereins", "Projektes"."""
    return tuple(noun[: -len(ending)] for ending in ("ses", "es", "s") if noun.endswith(ending))


def _genitive_adjective(text: str, m: regex.Match[str], c: VerbClauses) -> bool:
    """Is ``m["prev"]`` an inflected adjective between a genitive article and its noun ("am
    Ende des langen Abends", though "langen" is a verb and "abends" an adverb too)? Other
    articles are pronouns too and end clauses ("mit den anderen. Danach …")."""
    prev = m.group("prev")
    if m.group("sep").strip() or not prev.lower().endswith(ADJECTIVE_ENDINGS):
        return False
    return word_before(text, m.start("prev")).lower() in c.genitive_articles


def _lowercase_word(
    ctx: CheckContext, word: str, c: VerbClauses, capitals: Callable[[], Counter[str]]
) -> bool:
    """A word the language writes in lower case (an adverb, adjective or participle:
    "Mehrmals", "Geplant"), so its capital is no noun's; not one that is also a noun when
    capitalised ("kosten"/"Kosten": the data names those endings), and not one the document
    capitalises in mid-sentence elsewhere (a name: "Freie Wähler")."""
    low = word.lower()
    if not c.lowercase_openers:
        return False
    # A participle ("Geplant", "Geschrieben") counts even with a noun's "-en" ending.
    participle = _verb_participle(low, c)
    homograph = low.endswith(c.noun_homograph_endings) and low not in c.en_non_nouns
    common = low in ctx.language.common_words and not (homograph or low in c.noun_homographs)
    return (participle or common) and capitals()[word] < 2


def _verb_participle(low: str, c: VerbClauses) -> bool:
    """A past participle of a listed verb ("geplant": "plant", "geschrieben": "schrieben",
    "kombiniert"), not a noun that looks like one ("Gericht", "Gewalt")."""
    if not looks_participle(low, c) or low.endswith(c.inflected_participle_endings):
        return False  # inflected, it is a noun: "die Beschäftigten", "Betroffene"
    ge = c.participle_prefix
    stem = low[len(ge) :] if ge and low.startswith(ge) else low
    if stem is low and low.endswith(c.infinitive_suffixes):
        return False  # without "ge-", an "-en" word is an infinitive or plural: "Beweisen"
    if low.endswith(c.infinitive_suffixes) and any(u in stem for u in c.umlauts):
        return False  # "Gesprächen": a noun, whatever "sprächen" is
    return len(stem) >= 4 and listed_verb(stem, c)


def _used_as_name(ctx: CheckContext, word: str, nxt: str) -> bool:
    """``Die Zeit``, ``Der Spiegel``: the pair occurs mid-sentence elsewhere in the document."""
    pairs: Counter[str] = ctx.memo("mid-sentence-opener-pairs", lambda: _opener_pairs(ctx))
    return pairs[f"{word} {nxt}"] >= 2


_OPENER_PAIR = regex.compile(
    r"(?<=[\p{L}\p{N},;][^\S\n]+)(\p{Lu}[\p{Ll}\p{M}]+)[^\S\n]+([\p{L}\p{N}][\p{L}\p{N}\p{M}\-]*)"
)


def _opener_pairs(ctx: CheckContext) -> Counter[str]:
    counts: Counter[str] = Counter()
    for passage in ctx.passages:
        for m in _OPENER_PAIR.finditer(ctx.text, passage.start, passage.end, overlapped=True):
            counts[f"{m.group(1)} {m.group(2)}"] += 1
    return counts
