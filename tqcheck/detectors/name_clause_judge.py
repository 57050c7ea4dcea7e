"""Does a capitalised word open a new clause right after a complete one (English)?

The clause grammar in ``clause_names`` says whether words before a candidate make a
complete clause and words after it start one; this module holds the exceptions news prose
needs around that test: appositions, asides, contact clauses, series of clauses, numbers
and times that look like subjects (``support from top consumer China bolstered …``,
``It was tense, I won't lie, but …``, ``the deal Smith signed in May``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import regex

from tqcheck.detectors.capital_evidence import capital_evidence
from tqcheck.detectors.clause_names import (
    NameClauses,
    SentenceTokens,
    clause_after,
    clause_before,
    contact_antecedent,
    ing_participle,
    ranked_modifier,
    unpunctuated_end,
)
from tqcheck.detectors.nearby_words import (
    LATIN_EPITHET,
    ORDINAL,
    after_verb_and_object,
    possessive,
    word_before,
    words_back,
)
from tqcheck.languages import Language

PRONOUN_I = regex.compile(r"I(?![\p{L}])")
# A compound adjective ("130-seat", "five-member", "well-known").
_COMPOUND = regex.compile(r"[\p{L}\p{N}]+(?:-\p{L}+)+\Z")


def _qualified_apposition(m: regex.Match[str], c: NameClauses) -> bool:
    """Is ``prev`` a noun of an agent or member after a qualifier without an article, as wire
    copy names a country or firm ("support from top consumer China", "talks with fellow
    member Austria")? Not an ordinary noun phrase: "into the top corner", "the Parliament's
    largest group" end sentences."""
    if not m.group("prev").lower().endswith(_PERSON_ENDINGS):
        return False
    words = list(itertools.islice(words_back(m.string, m.start("prev")), 2))
    if not words or words[0].lower() not in c.apposition_qualifiers:
        return False
    before = words[1].lower() if len(words) > 1 else ""
    return before not in c.determiners and not possessive(before)


# Endings of nouns for people, agents and members ("owner", "investor", "economist",
# "historian", "members").
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ers", "ors", "ists", "ians")


def name_opens_clause(
    m: regex.Match[str], tokens: Callable[[], SentenceTokens], lang: Language, c: NameClauses
) -> bool:
    """Does the candidate's name open a new clause right after a complete one (see
    ``clause_names``)?

    ``tokens`` gives the sentence's tokens.
    """
    prev, sep, word = m.group("prev", "sep", "word")
    punct = sep.strip()
    if punct not in ("", ","):
        return False  # a semicolon may join two clauses
    low = prev.lower()
    # "The White House" after a name still starts a sentence ("pressure on the Fed The
    # White House has urged …"): no name begins with the article.
    article = word.lower() in c.determiners and prev[:1].isupper()
    number = prev[:1].isdigit()  # "5-4", "2,500"
    if not (prev[:1].islower() or number or prev in lang.calendar_words or article):
        return False
    if ORDINAL.fullmatch(prev):
        return False  # "the club on West 52nd Street, beginning …": an ordinal names a street
    if low in c.markers:
        return False  # "I’ll believe it when I see it": the clause goes on
    if not punct and low in c.apposition_nouns and _determined(m, c):
        return False  # "Data compiled by the consultancy TransitVolt Analytics suggests …"
    if not punct and low in c.person_titles and _titled_full_name(tokens(), m):
        return False  # "Bracken School District superintendent Michael Harwood said"
    if not punct and _qualified_apposition(m, c):
        return False  # "support from top consumer China bolstered …": an apposition
    if low in c.place_adjectives and (
        word_before(m.string, m.start("prev")).lower() in c.prepositions | c.determiners
    ):
        return False  # "communities in rural Tamsin County were ordered to leave"
    if low in c.i_clause_heads and PRONOUN_I.match(word):
        return False  # "not sure I can", "pretend I didn't" (not "is convinced Dr Finlay said")
    if low in c.time_nouns and PRONOUN_I.match(word) and not punct and _time_relative(m, c):
        return False  # "an hour I’m not seeing a patient", "the day I will run out"
    if word in lang.calendar_words and low in c.time_determiners:
        return False  # "figures due next Tuesday, which …": a time, not a subject
    if possessive(low) and not punct:
        return False  # "next summer’s European Championships"
    if low in c.particles:
        return False  # "Greta van Houten": a name particle belongs to the name after it
    if (
        ((low in lang.name_contexts or low in c.prepositions) and not _i_after_particle(m, c))
        or low in c.reporting_verbs
        or _title_compound(low, lang, c)
    ):
        # "with Smith"; "reported Japan had pledged", "I thought I had": the name may
        # start the verb's complement clause ("congratulated Smith": no clause before).
        return False
    # A pronoun before the name is a verb's object, and only some verbs take an object and
    # then a clause ("told him Smith had …", but "find it I just wish …" lost a full stop);
    # another word may start the clause a verb of saying takes ("say ordinary Nigerians
    # have …", "told reporters Smith had …").
    verbs = c.object_clause_verbs if low in c.object_pronouns else c.reporting_verbs
    if not punct and after_verb_and_object(m, verbs, c.determiners):
        return False
    if not punct and (number or low in c.magnitudes) and _said_number(tokens(), m, c):
        return False  # "said 1.1 million Queenslanders had voted"
    after = tokens().after(m.start("word"))
    if word in lang.calendar_words and len(after) > 1 and after[1].lower() in c.time_nouns:
        return False  # "interviewed downtown Tuesday afternoon": a time, not a subject
    if (
        word in lang.calendar_words
        and low not in c.prepositions
        and len(after) > 1
        and (after[1].lower() in c.prepositions or _long_ing_participle(after[1].lower(), c))
    ):
        return False  # "on the witness stand Tuesday defending …": a time, not a subject
    if (
        word in lang.calendar_words
        and not punct
        and word_before(m.string, m.start("prev")).lower() in c.indefinite_articles
    ):
        return False  # "and a free Monday could reduce absences": a day after its adjective
    if low in c.inner_particles and word_before(m.string, m.start("prev"))[:1].isupper():
        return False  # "Lagoa do Fogo": a particle between two capitalised words
    before = tokens().before(m.end("prev"))
    if number and len(before) > 1 and possessive(before[-2].lower()):
        return False  # "the high court’s 1992 Mabo decision": the possessive's noun follows
    if punct and word.lower() in c.plural_pronouns and _spoken_splice(before, after, c):
        return False
    if punct and PRONOUN_I.match(word) and _comment_clause(after, c):
        return False  # "It was tense, I won't lie, but …": an aside between commas
    if punct == "," and _person_apposition(low, after, c) and _determined(m, c, reach=3):
        return False  # "from a small-business owner, Declan Fitzmaurice, who discovered …"
    if punct and _opening_aside(before, c):
        return False  # "I'll be honest, I wasn't sure": an aside, then the sentence
    if punct and in_opening_subordinate(before, c):
        return False  # "If …, and Mr Adeyemi's name is on every lip, Downing Street will …"
    if punct and _time_phrase(unpunctuated_end(before), c):
        return False  # "Three passes later, Gallagher-Byrne had the ball": no clause before
    if punct and clause_series(before, after, c):
        return False  # "… added two more frees, Cunnane landed his third point and …"
    if not punct and _gapped_report(after, c):
        return False  # "a part of the business Grant-Maclennan said would grow": no subject
    if _binomial(after, c):
        return False  # a species' Latin name: "the cold-water species Calanus finmarchicus"
    # A relative clause without "that" needs a noun before it: a pronoun or adverb is none.
    pronoun = low in c.object_pronouns
    noun_before = not (pronoun or low in c.adverbs)
    if not punct and noun_before and PRONOUN_I.match(word) and _gapped_clause(after, c):
        return False  # "taught me words I will not repeat.": the verb's object is the noun
    if not punct and PRONOUN_I.match(word) and contact_antecedent(before, c):
        # "It’s the driest I’ve seen it", "It was the work I found …" (a name there is
        # judged by its clause: "during the hottest hours Ana Sáenz, a spokesperson, said")
        return False
    # After an adverb, an adjective it grades ("more likely") or an infinitive ("hard to
    # take"), the name cannot start a contact clause, which needs a noun before it ("the
    # deal Smith signed in May", "a sentence I wanted to keep"): it is read as after a comma.
    graded = len(before) > 1 and before[-2].lower() in c.adverbs
    if not punct and _graded_modifier(before, c):
        return False  # "an unusually powerful Leeuwin Current": the article's noun is the name
    infinitive = len(before) > 1 and before[-2].lower() == "to" and low in c.base_verbs
    if low in c.cardinals or low in c.quantifiers:
        return False  # a number or quantifier before a proper adjective: "nine Republican senators"
    if not punct and ranked_modifier(before, after, c):
        return False  # "among the first Black teachers assigned to …"
    if (
        not punct
        and len(before) > 1
        and before[-2].lower() in c.determiners
        and _COMPOUND.match(prev)
    ):
        return False  # a compound adjective: "a majority in the 130-seat Asamblea Nacional"
    if infinitive and not punct and _object_phrase(after, c):
        return False  # "unlikely to draw Japanese investors back": the verb's object
    cardinal = word.lower() in c.cardinals  # "the legislation Twelve Republicans voted …"
    no_antecedent = low in c.adverbs or pronoun or graded or infinitive or cardinal
    title_opens = _title_article_opens(m, after, lang)
    after_comma = bool(punct) or no_antecedent
    if not (title_opens or clause_after(after, c, after_comma=after_comma, bare=not punct)):
        return False
    return clause_before(before, c, object_check=not punct, verb_last=title_opens)


def _titled_full_name(tokens: SentenceTokens, m: regex.Match[str]) -> bool:
    """Does the title ``prev`` stand between a capitalised word (its body's name) and a full
    name with a lower-case word after it ("School District superintendent Michael Harwood
    said")? After an article or another word it may end a clause: "She hired a lawyer
    Prosecutors have …" lost a full stop."""
    before = tokens.before(m.end("prev"))
    after = tokens.after(m.start("word"))
    if len(before) < 2 or not before[-2][:1].isupper() or not before[-2].isalpha():
        return False
    names = _full_name(after)
    return names > 0 and names < len(after) and after[names][:1].islower()


def _determined(m: regex.Match[str], c: NameClauses, reach: int = 2) -> bool:
    """Does a determiner stand among the ``reach`` words before ``prev``, in the same phrase
    ("the consultancy", "the digital outlet", "a Cork-based small-business owner")?"""
    before = m.string[max(0, m.start("prev") - _PHRASE_CHARS) : m.start("prev")]
    for word in reversed(before.split()[-reach:]):
        if not word[-1:].isalnum():
            return False  # a comma or a full stop ends the phrase
        if word.lower() in c.determiners:
            return True
    return False


# How many characters before a noun hold the words of its phrase.
_PHRASE_CHARS = 80


def _person_apposition(low: str, after: list[str], c: NameClauses) -> bool:
    """Does a person's full name stand between commas after a noun for a person, with "who"
    after it ("a small-business owner, Declan Fitzmaurice, who discovered …")? That is the
    noun's apposition; a full stop lost there would leave the same words, which every
    reader takes for one."""
    if not low.endswith(_PERSON_ENDINGS) or low in c.adverbs or low in c.prepositions:
        return False  # (not "Months later, Mary Jones, who …")
    names = _full_name(after)
    return names > 0 and after[names : names + 2] in (
        [",", "who"],
        [",", "whose"],
    )


def _full_name(tokens: list[str]) -> int:
    """How many capitalised words open ``tokens``, if they make a person's full name (two
    to ``FULL_NAME_WORDS``), else 0."""
    names = len(list(itertools.takewhile(lambda t: t[:1].isupper(), tokens)))
    return names if 2 <= names <= FULL_NAME_WORDS else 0


# How many words a person's full name has at most ("Mary Anne Fitzmaurice").
FULL_NAME_WORDS = 3


def _graded_modifier(before: list[str], c: NameClauses) -> bool:
    """Do an article, an adverb in "-ly" and an adjective stand right before the name ("an
    unusually powerful Leeuwin Current")? Then the name heads the article's phrase (but not
    after an adjective in "-ly": "a daily supplement Kowalski said …", nor after "most":
    "is the most exciting Aasland, just 19, is …" lost a full stop)."""
    if len(before) < 3 or before[-3].lower() not in c.determiners:
        return False
    adverb = before[-2].lower()
    if not adverb.endswith("ly") or adverb in c.ly_adjectives:
        return False
    return before[-1][:1].islower()


def _object_phrase(after: list[str], c: NameClauses) -> bool:
    """A people's adjective and a plural noun ("Japanese investors", "Kenyan farmers"):
    after an infinitive, the verb's object."""
    if len(after) < 2 or not _DEMONYM.fullmatch(after[0]):
        return False
    noun = after[1]
    # a plural noun, even one that is a verb's form too ("to align Dutch rules more closely")
    return noun[:1].islower() and noun.endswith("s") and not noun.endswith(("'s", "’s", "ss"))


_DEMONYM = regex.compile(r"\p{Lu}\p{Ll}+(?:ese|ian|ish|ean|ic|ch|sh)")  # "Dutch", "Welsh"


def _long_ing_participle(low: str, c: NameClauses) -> bool:
    """A present participle of six letters or more ("defending"; not "going")."""
    return len(low) > 5 and ing_participle(low, c)


def _opening_aside(before: list[str], c: NameClauses) -> bool:
    """Is the clause before the comma a short aside, opening the sentence or after an
    opening phrase ("I'll be honest", "To be fair", "At that stage, I'll be honest"; not
    "Her assessment was fair")?"""
    words = unpunctuated_end(before)
    # After an opening phrase only an aside of "I" ("At that stage, I'll be honest, I …"):
    # "… by then, to be honest, I've dreamt …" may have lost its full stop before "I".
    opening = len(words) == sum(1 for t in before if t[:1].isalnum())
    return (
        0 < len(words) <= _ASIDE_WORDS
        and (opening or PRONOUN_I.match(words[0]) is not None)
        and words[-2:-1] == ["be"]
        and words[-1].lower() in c.asides
    )


# Words such an aside may have.
_ASIDE_WORDS = 4


def _binomial(after: list[str], c: NameClauses) -> bool:
    """A genus and a lower-case Latin epithet the word lists do not know ("Calanus
    finmarchicus"): one name, not a subject and its verb."""
    if len(after) < 2 or not LATIN_EPITHET.fullmatch(after[1]):
        return False
    return after[1] not in c.common_words and not c.is_finite(after[1])


def _gapped_clause(after: list[str], c: NameClauses) -> bool:
    """Does the sentence end a few words after "I", on a verb without its object and maybe
    an adverb ("words I will not repeat.", "advice I will not reproduce here.")? A relative
    clause without "that": its object is the noun before."""
    words = list(itertools.takewhile(lambda t: t[:1].isalpha(), after))
    if len(words) == len(after):
        return False  # the sentence goes on
    if _stranded_preposition(words, after[len(words) : len(words) + 2], c):
        return True  # "the standard I hold myself to.": the preposition's object is the noun
    if len(words) > 3 and words[-1].lower() in c.adverbs:
        words.pop()  # "advice I will not reproduce here."
    elif _negated_phrase_end(words, c):
        del words[-2:]  # "messages I would not repeat in public."
    if not 2 <= len(words) <= _GAPPED_WORDS:
        return False  # no verb, or a clause of its own
    last = words[-1].lower()
    modal = words[-2].lower().replace("’", "'")
    negated = modal.endswith("n't") and modal[:-3] in c.modals  # "couldn't", "mustn't"
    contracted = modal in _CONTRACTED_MODALS  # "frees I’d question": "I would"
    # "subscriptions I didn't want.": an auxiliary's negation before a base form ("the
    # contract I wasn't sure of" has none; "I wasn't sure." may be a sentence)
    if modal.endswith("n't") and modal[:-3] in c.auxiliaries and last in c.base_verbs:
        return True
    if not (modal in c.modals or modal in c.negations or negated or contracted):
        return False
    # after a negation only a verb stands there, listed or not ("I will not reproduce")
    return last in c.base_verbs or ((modal in c.negations or negated) and last.isalpha())


def _negated_phrase_end(words: list[str], c: NameClauses) -> bool:
    """Does a negated clause of "I" end on a preposition and a noun ("I would not repeat
    in public")? Not on an infinitive ("I would like to help") or a verb's object ("I will
    not talk to managers" has its own)."""
    if len(words) <= 4 or words[-2].lower() == "to" or words[-2].lower() not in c.prepositions:
        return False
    # a verb after a modal and its negation ("would not repeat", "won't repeat"; not "I’m
    # not naïve about it.")
    negation = words[-4].lower().replace("’", "'")
    if negation.endswith("n't"):
        head = negation[:-3]  # "won't", "couldn't"
    elif negation in c.negations:
        head = words[-5].lower()  # "would not"
    else:
        return False
    if head not in c.modals and head not in _BASE_FORM_HEADS:
        return False
    last = words[-1]
    return last.islower() and last not in c.base_verbs and last not in c.object_pronouns


# Auxiliaries other than the modals that take a verb's base form ("will not repeat", "won't",
# "can't", "did not").
_BASE_FORM_HEADS = frozenset({"will", "wo", "can", "ca", "do", "does", "did"})


def in_opening_subordinate(before: list[str], c: NameClauses) -> bool:
    """Does the sentence open with a subordinate clause that every part after a comma goes
    on, with "and" or "or" or as an aside without a verb ("If, on the other hand, the
    meetings are fuller, and Mr Adeyemi's name is on every lip, Downing Street will …")?
    Its main clause, the name's, is still to come (but "If the meetings are full, the hall
    is empty, Downing Street …" lost a full stop)."""
    words = [t for t in before if t[:1].isalnum()]
    # ("That" opens sentences as a pronoun: "That triggered a collapse in which …")
    if not words or words[0].lower() not in c.subordinators or words[0].lower() == "that":
        return False
    parts: list[list[str]] = [[]]
    for token in before:
        if token == ",":
            parts.append([])
        elif token[:1].isalnum():
            parts[-1].append(token.lower())
    # The subordinate clause's verb in its first part, or the conjunction alone before an
    # aside ("If, on the other hand, …"; not "After ordering parts of the sentences to run
    # consecutively, she arrived at …", a phrase and then the main clause).
    if len(parts[0]) > 1 and not any(c.is_finite(w) for w in parts[0]):
        return False
    clause = False  # the subordinate clause's first verb seen
    for part in parts:
        finite = any(c.is_finite(w) for w in part)
        if clause and finite and not (part and part[0] in c.list_conjunctions):
            return False
        clause = clause or finite
    return clause


def _gapped_report(after: list[str], c: NameClauses) -> bool:
    """Does a verb of saying follow the name, and right after it an auxiliary or modal
    without a subject ("the business Grant-Maclennan said would grow", "the plan Ortiz
    said was flawed")? A relative clause without "that": its subject is the noun before."""
    i = next((k for k, t in enumerate(after) if not t[:1].isupper()), len(after))
    if i == 0 or i + 1 >= len(after) or after[i].lower() not in c.reporting_verbs:
        return False
    return after[i + 1].lower() in c.auxiliaries


def _stranded_preposition(words: list[str], stop: list[str], c: NameClauses) -> bool:
    """Does the clause of "I" ``words`` end its sentence (at the tokens ``stop``: a full
    stop, or a quotation's comma and closing mark) on a preposition without its object
    ("the standard I hold myself to.")? Not on an infinitive's "to" after its verb ("I
    didn't want to.", "I'm not going to.")."""
    ends = (bool(stop) and stop[0] in _SENTENCE_ENDS) or stop[:2] in ([",", "”"], [",", '"'])
    if not 2 < len(words) <= _GAPPED_WORDS + 1 or not ends:
        return False
    last, before = words[-1].lower(), words[-2].lower()
    if last == "to" and (before in c.base_verbs or c.is_finite(before) or before.endswith("ing")):
        return False
    return last in c.stranded_prepositions


_SENTENCE_ENDS = frozenset({".", "!", "?", "”", '"', "’"})


# Words in such a clause, "I" included.
_GAPPED_WORDS = 5


# "I" with "would" or "will" contracted.
_CONTRACTED_MODALS = frozenset({"i'd", "i'll"})


def _title_article_opens(m: regex.Match[str], after: list[str], lang: Language) -> bool:
    """ "…in normal years, The Social Democrats and the Greens had pushed": after a comma and
    a lower-case word, a capitalised definite article before a capitalised word opens a
    sentence; in mid-sentence it belongs only to a title, which a noun introduces ("a
    memoir, The Memory of Ice"). The clause before must still be complete."""
    prev, sep, word = m.group("prev", "sep", "word")
    evidence = capital_evidence(lang)
    low = word.lower()
    return (
        sep.strip() == ","
        and low in evidence.title_articles
        and low not in evidence.indefinite_articles
        and (prev[:1].islower() or prev[:1].isdigit())
        and prev.lower() not in evidence.work_nouns
        and prev.lower() not in evidence.title_nouns
        and len(after) > 1
        and after[1][:1].isupper()
    )


def _said_number(sentence: SentenceTokens, m: regex.Match[str], c: NameClauses) -> bool:
    """Does a verb of saying stand before the number that ends at ``prev``?"""
    before = sentence.before(m.end("prev"))
    i = len(before) - 1
    while i >= 0 and (before[i][:1].isdigit() or before[i].lower() in c.magnitudes):
        i -= 1
    return i >= 0 and before[i].lower() in c.reporting_verbs


def _time_relative(m: regex.Match[str], c: NameClauses) -> bool:
    """Does a relative clause of "I" without "that" follow the noun of time ``prev`` ("a day
    I will never forget", "This is the day I will run out of ideas")? After "the" not in
    a prepositional phrase, which often ends a sentence ("I keep my thermostat at 62 in the
    winter I wear a coat …" lost a full stop), nor after "this" ("… this year I want …")."""
    article, before = [*itertools.islice(words_back(m.string, m.start("prev")), 2), "", ""][:2]
    if article.lower() in c.indefinite_articles:
        return True
    return article.lower() == "the" and before.lower() not in c.prepositions


def _i_after_particle(m: regex.Match[str], c: NameClauses) -> bool:
    """Is the candidate "I" after a verb's particle ("giving up I just need …", "passed on I
    remember …")? "I" is nobody's object ("with me"), so it opens a clause there; not after
    a preposition that also joins clauses ("felt like I was"), one a relative clause leaves
    at its end ("The place I come from I love") or an adverb's ("later on I understood")."""
    low = m.group("prev").lower()
    if PRONOUN_I.match(m.group("word")) is None or low not in c.prepositions:
        return False
    if low in c.clause_prepositions or low in c.stranded_prepositions:
        return False
    verb = word_before(m.string, m.start("prev")).lower()
    return c.is_finite(verb) or verb in c.base_verbs or ing_participle(verb, c)


def _title_compound(low: str, lang: Language, c: NameClauses) -> bool:
    """A hyphenated title whose first or last part introduces names ("deputy
    director-general Mohammed Essop", "editor-in-chief", "co-founder"), unlike "run-up"."""
    parts = low.split("-")
    return len(parts) > 1 and any(
        len(p) > 3 and p in lang.name_contexts and p not in c.prepositions
        for p in (parts[0], parts[-1])
    )


def _time_phrase(clause: list[str], c: NameClauses) -> bool:
    """A number, a noun and a time adverb ("Three passes later", "two days earlier", "20
    minutes on"): an introductory phrase, however verb-like its noun."""
    return (
        2 < len(clause) <= 4
        and (
            clause[0].lower() in c.cardinals
            or clause[0][:1].isdigit()
            or clause[0].lower() in c.quantifiers
        )
        and clause[-1].lower() in c.time_adverbs
    )


def clause_series(before: list[str], after: list[str], c: NameClauses) -> bool:
    """Three clauses with names for subjects, the last after "and", as a match or market
    report lists them ("Mac Giolla Phádraig added two more frees, Cunnane landed his third
    point and substitute Alan Mulvihill curled over a beauty"; "The Stoxx Europe 600 fell
    0.4 per cent, Germany's Dax lost 0.3 per cent and …"). Not when the middle clause
    reports: "…, Smith said X and Y agreed" is a lost full stop."""
    clause = unpunctuated_end(before)
    # a name for a subject, or one after an article ("the Greens retained Maiwar")
    article = len(clause) > 1 and clause[0].lower() in c.determiners
    if len(clause) < 3 or not clause[article][:1].isupper():
        return False
    verb = _series_verb(after, 0, c)  # the middle clause's verb, after its subject's name
    if verb is None:
        return False
    # A comma before "and" only in a longer list, where a comma came before this clause too
    # ("…, the Greens retained Maiwar, One Nation won Mirani, and …"): after a sentence's
    # first clause, "…, Smith kicked a penalty, and Scotland went …" is a lost full stop.
    # Not after an opening phrase: "With the extra man, Kingsmere laid siege …, Sorensen …"
    earlier = before[: -len(clause) - 1] if len(before) > len(clause) else []
    comma = before[-len(clause) - 1 :][:1] == [","]
    listed = comma and any(c.is_finite(w.lower()) for w in unpunctuated_end(earlier))
    for i in range(1, len(after) - 2):
        oxford = listed and after[i] == "," and after[i + 1].lower() == "and"
        has_verb = any(c.is_finite(w.lower()) for w in after[verb:i])
        if after[i] == "," and not oxford and has_verb and after[i + 1][:1].isupper():
            # another middle clause ("…, Whitfield added six for 72, Pruitt finished with
            # four for 51 and Little ran for 97 yards")
            following = _series_verb(after, i + 1, c)
            if following is not None and c.is_finite(after[following].lower()):
                verb = following
                continue
        if after[i] in (".", "!", "?", ",", ";") and not oxford:
            return False
        if after[i].lower() != "and":
            continue
        if not has_verb:
            return False  # the middle clause has its verb: "One Nation won Mirani, and …"
        # a subject after "and" (a name, or a noun phrase that holds one), then its verb
        rest = after[i + 1 : i + 6]
        subject = rest[0][:1].isupper() or any(w[:1].isupper() for w in rest[:3])
        if any(c.is_finite(w.lower()) for w in rest[1:]):
            return subject
        # or a figure right after the subject, its verb left out as the middle clause has
        # it, in a series of figures ("Dunmore finished with four for 41 from 16 overs,
        # Luke Farrant took three for 37 and the off-spinner Aziz Qureshi two for 52"; not
        # "… lending margins, NatWest rose 1.1 per cent and Lloyds 0.8 per cent")
        figures = _counted_object(after[verb + 1 : verb + 2], c) and any(
            _figure(w, c) for w in clause
        )
        return figures and _gapped_figure(rest, c)
    return False


def _figure(word: str, c: NameClauses) -> bool:
    return word[:1].isdigit() or word.lower() in c.cardinals


def _gapped_figure(words: list[str], c: NameClauses) -> bool:
    """Do ``words`` open with a name, or an article and a noun phrase ending in one, right
    before a figure ("Aziz Qureshi two for 52", "the off-spinner Aziz Qureshi two for 52";
    not "outhit the Stars 61-51")?"""
    if not words or not (words[0][:1].isupper() or words[0].lower() in c.determiners):
        return False
    return any(words[j - 1][:1].isupper() and _figure(words[j], c) for j in range(1, len(words)))


def _series_verb(after: list[str], start: int, c: NameClauses) -> int | None:
    """Where the verb of a middle clause of a series starts, after its subject's name at
    ``after[start]``; None when the clause reports ("…, Smith said X and Y agreed" is a
    lost full stop), unless its verb has a counted object ("…, Kyle Ferraro added an
    empty-netter and Tyler Brandt made …")."""
    verb = start
    while verb < len(after) and (after[verb][:1].isupper() or after[verb].lower() in c.linkers):
        verb += 1
    if verb >= len(after):
        return None
    if after[verb].lower() in c.reporting_verbs and not _counted_object(
        after[verb + 1 : verb + 2], c
    ):
        return None
    return verb


def _counted_object(words: list[str], c: NameClauses) -> bool:
    """Does ``words`` start with "a", "an" or a number ("an empty-netter", "14 points")?"""
    first = words[0].lower() if words else ""
    return first in c.indefinite_articles or _figure(first, c)


def _spoken_splice(before: list[str], after: list[str], c: NameClauses) -> bool:
    """Clauses joined by a comma as speech joins them: in a series ("She lost a day’s pay,
    I lost a day, and …", "… a cupcake, I get a coffee, we get …") or with the same kind
    of subject ("I was careful, I would …"). (Not when a pronoun carries a contracted verb:
    "I'm not daft, I know the numbers" reads as a full stop lost before "I" as often.)"""
    clause = unpunctuated_end(before)
    if clause and clause[0].lower() in c.plural_pronouns:
        return True
    for i in range(1, len(after)):
        if after[i] in (".", "!", "?"):
            return False
        # another predicate or subject after a comma: "…, I get a coffee, we get our veg"
        nxt = after[i].lower()
        if after[i - 1] == "," and (nxt in c.predicate_conjunctions or nxt in c.plural_pronouns):
            return True
    return False


def _comment_clause(after: list[str], c: NameClauses) -> bool:
    """Is the clause of "I" a short aside that a comma closes ("It was tense, I won't lie,
    …", "She was right, I admit, and …")? Its last word is one of an aside ("lie",
    "honest") or takes a clause ("think", "say"); a lost full stop leaves a whole sentence
    there ("I call it surrender," said …)."""
    for i, token in enumerate(after[: _COMMENT_WORDS + 3]):
        if token in _ASIDE_ENDS:
            words = [w.lower() for w in after[:i]]
            if words[-2:] in (["of", "it"], ["of", "that"]):
                words = words[:-2]  # "I'm sure of it."
            elif token != "," or i > _COMMENT_WORDS:
                return False  # a sentence ends only on an aside of a few words
            if len(words) > 2 and words[-1] in c.aside_adverbs:
                words.pop()  # "…, I won't pretend otherwise, …"
            last = words[-1] if words else ""
            heads = last in c.asides or last in c.i_clause_heads or last in c.reporting_verbs
            return len(words) > 1 and heads
        if not token[:1].isalnum():
            return False
    return False


# Where an aside of "I" ends: a comma goes on with the sentence, a full stop ends it after
# the aside ("My father is in that stand crying, I'm sure of it.").
_ASIDE_ENDS = frozenset({",", ".", "!"})


# How many words an aside of "I" may have ("I won't lie", "I have to say").
_COMMENT_WORDS = 4
