"""Lost sentence boundaries before a name: two clauses with nothing between them.

A name is capitalised anyway, so its capital alone says nothing
(``economist Laurent Debrosse said`` is fine). What gives a lost boundary away is the
structure around the name: a complete clause before it (a subject and a finite verb) and
a new clause starting with it (the name, perhaps an apposition, then a finite verb and
what the verb governs)::

    Others were more cautious Laurent Debrosse, chief economist at the bank, said …
    … until the end of March, Mr. van Houten said his group would take part …

Edited English never joins two such clauses without a conjunction, so the evidence is
strong. What must not count:

* an introductory phrase or subordinate clause before a comma (``In March, Smith said``,
  ``After the vote was counted, Smith said``, ``Speaking to reporters, Smith said``): the
  clause before must start with its subject, not a preposition, participle or
  conjunction, and it must have a finite verb after its first word;
* an attribution after a comma (``Rates will rise, Smith said.``, ``…, Smith told
  reporters.``): after a verb of saying, a new clause needs its own complement clause;
* a contact clause (``He praised the deal Smith signed last year``): the verb after the
  name must govern something, not a prepositional or time phrase.

The words come from the language's ``[boundaries]`` data: finite verbs (a word file, plus
a regular past-tense ending), verbs of saying, prepositions, clause markers (conjunctions
and relative words, where a new clause may start legitimately) and name particles.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from tqcheck.languages import Language, language_section, language_words, lowercase_set

_TOKEN = regex.compile(
    r"\p{Lu}\.(?=[^\S\n]*\p{Lu})"  # an initial: "J. Smith"
    r"|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*(?:[.,:]\p{N}+)*"  # "2,500", "2:07:48"
    r"|[,;:—–()\"“”«»]|[.!?]"
    r"|(?<=\s)-(?=\s)"  # a hyphen as a dash: "VILNIUS, May 26 (Reuters) - Former …"
    r"|(?<=\s)/(?=\s)"  # a lyric's or a poem's line break: "a winter or two / then I gave"
)
_APPOSITION_WORDS = 20
_POSSESSIVE_NOUNS = 4
_ADJECTIVE_NOUNS = 2
_MIN_CLAUSE_WORDS = 3
# Words that continue a verb group besides finite forms and participles.
_BE = frozenset({"not", "be", "been", "being"})
# How many tokens before and after a name the clause evidence looks at.
_WINDOW = 60
# How many comma-separated parts back the subject of a clause may stand.
_COMMA_PARTS = 4
# Quotation marks, which may stand inside a clause around a quoted phrase.
_QUOTES = frozenset({"“", "”", '"'})
# How long a prepositional phrase between a verb of saying and "that" may be.
_PHRASE_WORDS = 6


@dataclass(frozen=True)
class NameClauses:
    """A language's words for recognising clauses around a name (``[boundaries]``)."""

    verbs: frozenset[str]
    past_suffixes: tuple[str, ...]
    not_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    object_clause_verbs: frozenset[str]
    prepositions: frozenset[str]
    markers: frozenset[str]
    subordinators: frozenset[str]
    subordinate_phrases: tuple[tuple[str, ...], ...]
    list_conjunctions: frozenset[str]
    predicate_conjunctions: frozenset[str]
    subject_relatives: frozenset[str]
    relatives: frozenset[str]
    contractions: frozenset[str]
    contraction_subjects: frozenset[str]
    ing_words: frozenset[str]
    participles: frozenset[str]
    object_prepositions: frozenset[str]
    base_verbs: frozenset[str]
    plural_pronouns: frozenset[str]
    plural_nouns: frozenset[str]
    abbreviations: frozenset[str]
    particles: frozenset[str]
    linkers: frozenset[str]
    titles: frozenset[str]
    determiners: frozenset[str]
    pronoun_determiners: frozenset[str]
    cardinals: frozenset[str]
    indefinite_articles: frozenset[str]
    ranks: frozenset[str]
    quantifiers: frozenset[str]
    time_adverbs: frozenset[str]
    modals: frozenset[str]
    auxiliaries: frozenset[str]
    attributive_adjectives: frozenset[str]
    place_adjectives: frozenset[str]
    adverbs: frozenset[str]
    time_nouns: frozenset[str]
    time_determiners: frozenset[str]
    i_clause_heads: frozenset[str]
    contact_cues: frozenset[str]
    contact_quantifiers: frozenset[str]
    ly_adjectives: frozenset[str]
    result_degrees: frozenset[str]
    interrogatives: frozenset[str]
    magnitudes: frozenset[str]
    approximators: frozenset[str]
    cleft_openers: frozenset[str]
    asides: frozenset[str]
    aside_adverbs: frozenset[str]
    inner_particles: frozenset[str]
    contact_pronouns: frozenset[str]
    clause_prepositions: frozenset[str]
    object_pronouns: frozenset[str]
    negations: frozenset[str]
    stranded_prepositions: frozenset[str]
    apposition_qualifiers: frozenset[str]
    apposition_nouns: frozenset[str]
    person_titles: frozenset[str]
    verb_prefixes: frozenset[str]
    participle_auxiliaries: frozenset[str]
    common_words: frozenset[str]

    def is_finite(self, low: str) -> bool:
        if low in self.verbs:
            return True
        stem, apostrophe, ending = low.replace("’", "'").rpartition("'")
        if apostrophe:  # "it's", "they've", "doesn't"
            return (ending == "t" and stem.endswith("n")) or (
                ending in self.contractions and stem in self.contraction_subjects
            )
        return len(low) >= 5 and low.endswith(self.past_suffixes) and low not in self.not_verbs


@functools.lru_cache(maxsize=16)
def name_clauses(lang: Language) -> NameClauses | None:
    """The clause data of a language that lists ``reporting_verbs``, else ``None``."""
    data = language_section(lang, "boundaries")
    if not data.get("reporting_verbs") or lang.capitalises_nouns:
        return None

    def words(key: str) -> frozenset[str]:
        return lowercase_set(data, key)

    return NameClauses(
        verbs=language_words(lang, "boundaries", "verbs_file"),
        past_suffixes=tuple(data.get("past_suffixes", [])),
        not_verbs=words("not_verbs"),
        reporting_verbs=words("reporting_verbs"),
        object_clause_verbs=words("object_clause_verbs"),
        prepositions=words("prepositions"),
        markers=words("clause_markers"),
        subordinators=words("subordinators"),
        subordinate_phrases=tuple(
            tuple(p.lower().split()) for p in data.get("subordinate_phrases", [])
        ),
        interrogatives=words("interrogatives"),
        list_conjunctions=words("list_conjunctions"),
        predicate_conjunctions=words("predicate_conjunctions"),
        subject_relatives=words("subject_relatives"),
        relatives=words("relatives"),
        contractions=words("contractions"),
        contraction_subjects=words("contraction_subjects"),
        ing_words=words("ing_words"),
        participles=words("participles"),
        object_prepositions=words("object_prepositions"),
        base_verbs=language_words(lang, "boundaries", "base_verbs_file"),
        plural_pronouns=words("plural_pronouns"),
        plural_nouns=words("plural_nouns"),
        abbreviations=lang.abbreviations,
        particles=words("name_particles"),
        linkers=words("name_linkers"),
        titles=frozenset(data.get("name_titles", [])),
        determiners=words("determiners"),
        pronoun_determiners=words("pronoun_determiners"),
        cardinals=words("cardinals"),
        indefinite_articles=words("indefinite_articles"),
        ranks=words("ranks"),
        quantifiers=words("quantifiers"),
        time_adverbs=words("time_adverbs"),
        modals=words("modals"),
        auxiliaries=words("auxiliaries") | words("modals"),
        attributive_adjectives=words("attributive_adjectives")
        | language_words(lang, "boundaries", "attributive_adjectives_file"),
        place_adjectives=words("place_adjectives"),
        adverbs=words("adverbs"),
        time_nouns=words("time_nouns"),
        time_determiners=words("time_determiners"),
        i_clause_heads=words("i_clause_heads"),
        contact_cues=words("contact_cues"),
        contact_quantifiers=words("contact_quantifiers"),
        ly_adjectives=words("ly_adjectives"),
        result_degrees=words("result_degrees"),
        magnitudes=words("magnitudes"),
        approximators=words("approximators"),
        cleft_openers=words("cleft_openers"),
        asides=words("asides"),
        aside_adverbs=words("aside_adverbs"),
        inner_particles=words("inner_particles"),
        contact_pronouns=words("contact_pronouns"),
        clause_prepositions=words("clause_prepositions"),
        object_pronouns=words("object_pronouns"),
        negations=words("negations"),
        stranded_prepositions=words("stranded_prepositions"),
        apposition_qualifiers=words("apposition_qualifiers"),
        apposition_nouns=words("apposition_nouns"),
        person_titles=words("person_titles"),
        verb_prefixes=words("verb_prefixes"),
        participle_auxiliaries=words("participle_auxiliaries"),
        common_words=lang.common_words,
    )


class SentenceTokens:
    """A sentence's tokens, made once and sliced for each candidate name in it."""

    def __init__(self, text: str, start: int, end: int) -> None:
        found = list(_TOKEN.finditer(text, start, end))
        self.tokens = [m.group() for m in found]
        self.starts = [m.start() for m in found]

    def before(self, offset: int) -> list[str]:
        """The tokens that start before ``offset`` (at most a window of them)."""
        i = bisect.bisect_left(self.starts, offset)
        return self.tokens[max(0, i - _WINDOW) : i]

    def after(self, offset: int) -> list[str]:
        """The tokens from ``offset`` on (at most a window of them)."""
        i = bisect.bisect_left(self.starts, offset)
        return self.tokens[i : i + _WINDOW]


def clause_before(
    tokens: list[str], c: NameClauses, *, object_check: bool, verb_last: bool = False
) -> bool:
    """Do ``tokens`` end with a complete main clause (subject, then a verb)?

    With ``object_check``, a last word after a preposition may introduce the name as the
    object of that preposition (``interviewed by reporter Jane Smith``): no clause ends.
    With ``verb_last`` the last word may be the clause's verb ("Local businesses also
    benefited"): what follows cannot be its object.
    """
    return _main_clause_ends(tokens[-_WINDOW:], c, object_check=object_check, verb_last=verb_last)


def _main_clause_ends(
    tokens: list[str],
    c: NameClauses,
    *,
    object_check: bool,
    inner: bool = False,
    verb_last: bool = False,
) -> bool:
    """``inner``: the clause ends before a later clause of the sentence, not right before
    the name, so its last word may be its verb ("The case comes as …") and a bracket may
    close it ("… Slapps (strategic lawsuits …), which are …")."""
    if inner:
        tokens = _without_bracket(tokens)
    clause, index, stop = _clause_over_lists(tokens, len(tokens), c)
    if not inner and _subject_conjunct(tokens, index, clause, stop, c):
        return False
    # (the clause opens the sentence: no word before it, a quotation mark or "So" may be)
    opening = not any(t[:1].isalnum() for t in tokens[:index])
    if (opening or _after_opening_phrase(tokens, index, c)) and _opening_subordinate_phrase(
        clause, c
    ):
        # "Every time her hearing got pushed back, I had to …", "For five years, every time
        # it has rained hard, I have lain awake …"
        return False
    if stop in c.list_conjunctions and not _conjunct_ends(tokens, index, c):
        # "… where the walls sweat and the tables stand …": the clause after "and" is
        # complete only as much as the one before it.
        return False
    if stop in c.list_conjunctions and inner and clause and clause[0].lower() in c.prepositions:
        return True  # "… the ball on the line or against the post before …": one clause
    if _subject_relative(tokens, index, clause, stop, c):
        # "… standards for hospitals that receive federal funding": the relative word is
        # the subject, the verb has its object, and a main clause ends before it (not
        # "As someone who works with patients who have …, Young thanks"): within its
        # stretch of punctuation, the clause before starts with a subject and has a verb.
        before = unpunctuated_end(tokens[max(0, index - _WINDOW) : index])
        opens = index - len(before)  # where that stretch starts
        mark = tokens[opens - 1] if opens else ""
        fronted = not (mark[:1].isalnum() or mark == ",")  # after a colon or a quotation mark
        if before and before[0].lower() in c.subordinators and fronted:
            # "…: when they stop needing a guy who can build a staircase in a weekend, I'll
            # stop": the relative clause is inside a subordinate one that opens the
            # sentence, whose main clause follows (not "…, before Mokoena found the edge and
            # Van der Berg held a catch at second slip Jamil made 88 …")
            return False
        if _subject_first(before, c) and _has_verb(before, c):
            return True
        # The subject may stand before an apposition ("Ava, now 6, was tested … and found
        # to have a disorder that can be managed …").
        return _main_clause_ends(tokens[:index], c, object_check=False, inner=True)
    if _relative_in_subject(tokens, index, clause, stop, c):
        return True
    if stop in c.interrogatives and index and tokens[index - 1].lower() in c.prepositions:
        # "… a scenario given what we're seeing": the question is the preposition's object,
        # complete as the clause it ends ("If …, which is … given what we see, I think";
        # "… of what remains I understand"; not "… of what the historian Tacitus called").
        if not clause or not _has_verb(clause, c, after_subordinator=True):
            return False
        if not (_subject_first(clause, c) or c.is_finite(clause[0].lower())):  # "what remains"
            return False
        return _main_clause_ends(tokens[: index - 1], c, object_check=False, inner=True)
    if stop in c.interrogatives and not _subject_first(unpunctuated_end(tokens[:index]), c):
        return False  # an indirect question in an opening phrase: "Asked how she felt, …"
    if stop in c.subordinators:
        # A subordinate clause ends a sentence only when it is complete and after a main
        # clause ("… closed because demand fell"), not when it opens one ("Unless a buyer
        # is found by June, …") or is cut short ("told me that one day I would win").
        complete = _subject_first(clause, c) and _has_verb(clause, c, after_subordinator=True)
        comma = index > 0 and tokens[index - 1] == ","  # "…, where …", "…, although …"
        before = tokens[: index - 1 if comma else index]
        return complete and _main_clause_ends(before, c, object_check=False, inner=True)
    if stop in c.predicate_conjunctions and len(clause) > 1 and c.is_finite(clause[0].lower()):
        # A second predicate of the same subject ("Groups welcomed the plan but said it
        # should go further"): complete when the clause before the conjunction is.
        return _main_clause_ends(tokens[:index], c, object_check=False, inner=True)
    after_comma = index > 0 and tokens[index - 1] == ","
    if stop in c.relatives and after_comma and c.is_finite(clause[0].lower()):
        # "…, which have complained": a parenthesis, complete after a main clause (not
        # "After the fall of the Wall, which had stood for 28 years, Modrow said").
        complete = _has_verb(["", *clause[:-1]], c)
        return complete and _main_clause_ends(
            tokens[: index - 1], c, object_check=False, inner=True
        )
    if stop in c.relatives and after_comma and _opening_participle_phrase(tokens[: index - 1], c):
        # "Asked about buybacks, which it suspended four years ago, Adeyemi said …": the
        # relative clause belongs to a participle phrase that opens the sentence, whose
        # main clause follows
        return False
    # Before a later clause, a subject and its verb are enough: "Scientists say that …".
    if len(clause) < (2 if inner else _MIN_CLAUSE_WORDS):
        return False
    infinitive = clause[-2].lower() == "to" and (
        clause[-1].lower() in c.base_verbs or (len(clause) > 2 and clause[-3].lower() in c.markers)
    )
    # A title noun before the name is singular: "for years Nordic airlines …" ends a clause,
    # and a pronoun is none: "gave up on it I just kept going".
    last = clause[-1].lower()
    title = not (_plural_subject(last, c) or last in c.time_nouns or last in c.object_pronouns)
    # "as" after a verb or an adverb grades the word after it ("are almost as good").
    degree = len(clause) > 2 and (
        clause[-3].lower() in c.adverbs or c.is_finite(clause[-3].lower())
    )
    object_prep = clause[-2].lower() in c.object_prepositions and not (
        clause[-2].lower() == "as" and degree
    )
    if object_check and object_prep and title and not infinitive:
        return False  # "interviewed by reporter Jane Smith" (but "how to comply Prof. …")
    verb_words = clause if inner or verb_last else clause[:-1]
    if _subject_first(clause, c) and _has_verb(verb_words, c, contracted_first=True):
        return True
    return stop == "," and _subject_before_commas(tokens, index, clause, c)


def _subject_before_commas(
    tokens: list[str], index: int, clause: list[str], c: NameClauses
) -> bool:
    """The subject may stand before an apposition or a list ("Scotland, with three wins
    from four, face Ireland …"; "Brandt was third, 0.55 seconds back, the first podium of
    her career"): join the clause after the comma at ``index`` to an earlier part that
    starts with a subject."""
    predicate = clause if c.is_finite(clause[0].lower()) else []
    for _ in range(_COMMA_PARTS):
        part, index, stop = _clause_over_lists(tokens, index, c)
        if part and part[-1].lower() in c.subordinators:
            # "…set a steady tempo until, with 6km left, his teammate Rui Tavares lifted
            # the pace": the words after the comma belong to the clause "until" opens.
            return False
        if stop in c.relatives and index and tokens[index - 1] == ",":
            index -= 1  # ", which is at a record high,": a parenthesis
            continue
        if not part:
            if stop != ",":
                return False
            continue
        if not _subject_first(part, c):
            if stop != ",":
                return False
            if _parenthesis(part, c) and (predicate or not c.is_finite(part[0].lower())):
                # "The agreement, signed in Nairobi, follows …", "…, at 3-3, lasted", "…
                # more birds, including a related species, the hooded warbler"
                continue
            if predicate or not c.is_finite(part[0].lower()):
                return False
            # "McKinnon, running his first marathon, finished ninth, the fastest debut …"
            predicate = part
            continue
        # The earlier part does not end with the word before the name, so its last word
        # may be its verb ("Prices rose, a record high, Smith has signed …").
        if _has_verb([*part, *predicate], c):
            opening = not any(t[:1].isalnum() for t in tokens[:index])
            subordinate = stop in c.subordinators and stop not in c.determiners
            if opening and (subordinate or _opening_subordinate_phrase(part, c)):
                return False  # the sentence opens with it: "As dawn broke over the
                # Buttercross, the market cross at the heart of the town, Mrs Ashworth-Price
                # posed …", "The first time I took the tiller, in a small dinghy, I did …"
                # have their main clause still to come (not "That wicket, …")
            # not a question a participle opens the sentence with ("Asked whether the
            # bank might cut …, on Jan 15, Park said")
            return not (stop in c.subordinators and _participle_start(tokens[:index], c))
        if stop != ",":
            return False
    return False


def _participle_start(tokens: list[str], c: NameClauses) -> bool:
    """Are ``tokens``, a sentence's first words, a participle and its preposition
    ("Asked", "Pressed on", "Speaking about")?"""
    if not 1 <= len(tokens) <= 2:
        return False
    first = tokens[0].lower()
    return ing_participle(first, c) or _participle_form(first, c)


def _clause_over_lists(tokens: list[str], end: int, c: NameClauses) -> tuple[list[str], int, str]:
    """``_last_clause``, going on over "and"/"or" after a part without a verb of its own:
    the last item of a list ("the works of Mozart, Verdi and Puccini") or a second verb
    form of one verb group ("roads have been closed or narrowed")."""
    clause, index, stop = _last_clause(tokens, end, c)
    while stop in c.list_conjunctions and not _has_verb(["", *clause], c):
        time_phrase = len(clause) == 2 and clause[1].lower() in c.time_nouns
        if clause and (clause[0].lower() in c.prepositions or time_phrase):
            # "…, and within an hour I had …", "…, and this time Ferreira made …": a phrase
            # the next clause opens with, not the last item of a list
            break
        conjunction = tokens[index]
        before, index, stop = _last_clause(tokens, index, c)
        clause = [*before, conjunction, *clause]
    return clause, index, stop


def _subject_conjunct(
    tokens: list[str], index: int, clause: list[str], stop: str, c: NameClauses
) -> bool:
    """ "…removed both openers, and the off-spinner Sanne Verhoeven had …": after a clause
    and a comma, "and" with a noun phrase and no verb opens the next clause, whose subject
    goes on into the name. (After a list item without a verb the phrase may end a series:
    "thanked her coach, her parents, and the groundsman.")"""
    if stop != "," or len(clause) < 2 or clause[0].lower() not in c.list_conjunctions:
        return False
    if _has_verb(clause, c):
        return False
    before, _, _ = _last_clause(tokens, index, c)
    # a predicate after an apposition starts with its verb ("…, removed both openers")
    return _has_verb(before, c) or (bool(before) and c.is_finite(before[0].lower()))


def _opening_subordinate_phrase(clause: list[str], c: NameClauses) -> bool:
    """Does the sentence open with a phrase that opens a subordinate clause, as its first
    words or after one ("So every time …")?"""
    return any(
        tuple(w.lower() for w in clause[skip : skip + len(phrase)]) == phrase
        for phrase in c.subordinate_phrases
        for skip in (0, 1)
    )


def _conjunct_ends(tokens: list[str], index: int, c: NameClauses) -> bool:
    """Does a main clause end before the conjunction at ``index`` ("Prices rose and …",
    "Prices rose 5%, and …")?"""
    comma = index > 0 and tokens[index - 1] == ","
    before = tokens[: index - 1 if comma else index]
    return bool(before) and _main_clause_ends(before, c, object_check=False, inner=True)


def _relative_in_subject(
    tokens: list[str], index: int, clause: list[str], stop: str, c: NameClauses
) -> bool:
    """A relative clause inside the subject, then the main verb: "Residents who spoke
    during public comment were divided" (a subject with no verb before the relative word,
    two finite verbs after it, the last one the main clause's)."""
    if stop not in c.subject_relatives or (index and tokens[index - 1] == ","):
        return False
    subject = unpunctuated_end(tokens[max(0, index - _WINDOW) : index])
    if not subject or not _subject_first(subject, c) or _has_verb(subject, c):
        return False
    # Not after a determiner ("a group that included a retired Army officer"); a participle
    # after a finite verb is of its group ("Audiences who have followed Emeka …").
    finite = [
        w
        for i, w in enumerate(clause)
        if c.is_finite(w.lower())
        and not (i and clause[i - 1].lower() in c.determiners)
        and not (i and c.is_finite(clause[i - 1].lower()) and _participle_form(w.lower(), c))
    ]
    return len(finite) >= 2 and c.is_finite(clause[0].lower())


def _participle_form(low: str, c: NameClauses) -> bool:
    return low in c.participles or (low.endswith(c.past_suffixes) and low not in c.not_verbs)


def contact_antecedent(before: Sequence[str], c: NameClauses) -> bool:
    """Does ``before`` end on a noun phrase that a contact relative clause follows?

    "It’s the driest I’ve seen it", "the same kick I’ve practised", "It was the work I
    found …": after a superlative or a word such as "same" or "only", and in a cleft ("it
    was the …"), the clause after the noun is a relative clause without "that", not a new
    sentence.
    """
    words = [w.lower() for w in before[-_CONTACT_WINDOW:]]
    if len(words) > 3 and words[-3] in _PLACE_PREPOSITIONS and words[-2] in c.determiners:
        # "the only time in the week I see anybody", "the first time in my life I can":
        # the noun phrase's own prepositional phrase stands between it and the clause
        words = words[:-3]
    words = words[-5:]
    if _existential(words, c):
        return True  # "There were times I honestly thought …" (not "there is no light I …")
    if words and words[-1] in c.contact_pronouns:
        return True  # "more than anything I could buy", "someone I know"
    if len(words) > 1 and words[-2] in c.contact_quantifiers and words[-1][:1].isalpha():
        return True  # "every draft I gave him", "each time I write"
    if len(words) > 1 and words[-2] in c.result_degrees and words[-1][:1].isalpha():
        return True  # "I was so tired I’m not sure": a result clause without "that"
    if "the" not in words:
        return False
    i = len(words) - 1 - words[::-1].index("the")
    phrase = words[i + 1 :]
    if not 1 <= len(phrase) <= 3 or not all(w[:1].isalpha() for w in phrase):
        return False
    cue = [w in c.contact_cues or _superlative(w, c) for w in phrase]
    # "the only piano player I ever had", "the most generous thing I’ve done": a cue
    # may stand two words before the noun
    if any(cue) if len(phrase) <= 2 else cue[0]:
        return True
    if len(phrase) == 3:
        return False
    return i > 0 and (
        words[i - 1] in c.cleft_openers or " ".join(words[max(0, i - 2) : i]) in c.cleft_openers
    )


def _existential(words: list[str], c: NameClauses) -> bool:
    """Do ``words`` end on "there", a form of "be" and a time in one or two words ("there
    were times", "there are some days")? A clause after it says when, without "that"."""
    for i in range(len(words) - 2, -1, -1):
        if words[i] in _THERE_BE:
            phrase = words[i + 1 :]
        elif words[i] == "there" and i + 1 < len(words) and words[i + 1] in _EXISTENTIAL_BE:
            phrase = words[i + 2 :]
        else:
            continue
        if not 1 <= len(phrase) <= 2 or not all(w.isalpha() for w in phrase):
            return False
        noun = phrase[-1]
        return noun in c.time_nouns or (noun.endswith("s") and noun[:-1] in c.time_nouns)
    return False


_EXISTENTIAL_BE = frozenset({"is", "are", "was", "were"})
_THERE_BE = frozenset({"there's", "there’s"})


# How many words before a clause are read for its antecedent, and the prepositions of a
# phrase that may follow the antecedent ("the first time in my life").
_CONTACT_WINDOW = 8
_PLACE_PREPOSITIONS = frozenset({"in", "of"})


def ranked_modifier(before: Sequence[str], after: Sequence[str], c: NameClauses) -> bool:
    """Does a capitalised adjective stand between "the first" (or a superlative) and its
    noun ("among the first Black teachers assigned", "the oldest Māori settlement")?"""
    if len(before) < 2 or len(after) < 2 or before[-2].lower() not in c.determiners:
        return False
    rank = before[-1].lower()
    if rank not in c.ranks and not _superlative(rank, c):
        return False
    noun = after[1]
    return (
        noun[:1].islower()
        and noun.isalpha()
        and not c.is_finite(noun)
        and noun not in c.prepositions
        and noun not in c.linkers
        and noun not in c.markers
    )


def _superlative(low: str, c: NameClauses) -> bool:
    """ "driest", "biggest", "largest", "greatest" (not "forest", "interest", "protest")."""
    if low.endswith("iest"):
        return len(low) > 5
    if not low.endswith("est") or len(low) < 6:
        return False
    stem = low[:-3]
    bases = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "")
    return any(
        len(b) >= 3 and b in c.common_words and b not in c.prepositions and b not in c.markers
        for b in bases
    )


def _without_bracket(tokens: list[str]) -> list[str]:
    """``tokens`` without a bracketed aside at their end."""
    if tokens[-1:] != [")"] or "(" not in tokens:
        return tokens
    return tokens[: len(tokens) - 1 - tokens[::-1].index("(")]


def _after_opening_phrase(tokens: list[str], index: int, c: NameClauses) -> bool:
    """Is ``tokens[index]`` the comma after a prepositional phrase that opens the sentence
    ("For five years, …"; a quotation mark may open it)?"""
    if index < 2 or tokens[index] != ",":
        return False
    phrase = unpunctuated_end(tokens[:index])
    lead = tokens[: index - len(phrase)]
    return (
        bool(phrase)
        and phrase[0].lower() in c.prepositions
        and not any(t[:1].isalnum() for t in lead)
        and not _has_verb(phrase, c)
    )


def unpunctuated_end(tokens: list[str]) -> list[str]:
    """The tokens after the last punctuation mark."""
    for i in range(len(tokens) - 1, -1, -1):
        if not tokens[i][:1].isalnum():
            return tokens[i + 1 :]
    return tokens


def _subject_relative(
    tokens: list[str], index: int, clause: list[str], stop: str, c: NameClauses
) -> bool:
    """A relative clause whose relative word is its subject, after a noun and without a
    comma ("hospitals that receive federal funding"), its verb followed by an object."""
    if stop not in c.subject_relatives or len(clause) < 2 or index == 0:
        return False
    antecedent = tokens[index - 1]
    if not antecedent[:1].isalnum() or c.is_finite(antecedent.lower()):
        return False  # "said that …": a complement clause, not a relative one
    verb = clause[0].lower()
    if "'" in verb or "’" in verb:
        return False  # "the week that I’d be in the final": a subject of its own
    return (c.is_finite(verb) or verb in c.base_verbs) and not c.is_finite(clause[-1].lower())


def _last_clause(tokens: list[str], end: int, c: NameClauses) -> tuple[list[str], int, str]:
    """The words of the clause ending at ``tokens[end]``, where it starts, and what stops it.

    A clause stops at punctuation (returned as the stop) or at a clause marker (a
    conjunction or relative word, returned in lower case).
    """
    clause: list[str] = []
    index = end
    while index > 0:
        index -= 1
        tok = tokens[index]
        low = tok.lower()
        if tok == "." and index and tokens[index - 1] in c.abbreviations:
            continue  # "sworn in on Jan. 8"
        if tok in _QUOTES and clause:
            continue  # a quoted phrase inside the clause: "showed that “eine kleine Firma” …"
        if tok == ")" and clause and "(" in tokens[:index]:
            # An aside in brackets inside the clause: "… (a small company) could defend …".
            index = len(tokens) - 1 - tokens[::-1].index("(", len(tokens) - index)
            continue
        if not tok[:1].isalnum():
            clause.reverse()
            return clause, index, tok
        stem, apostrophe, ending = low.replace("’", "'").partition("'")
        relative = stem in c.subject_relatives and stem not in c.determiners  # not "that’s"
        if apostrophe and relative and ending in c.contractions:
            # "People who’ve voted Conservative all their lives are …": the relative word
            # and its verb in one token
            clause.append(tok)
            clause.reverse()
            return clause, index, stem
        # "until", "after", "as" are prepositions too, and "so" an adverb: a clause starts
        # after them only when one follows ("after the vote was counted", not "until the
        # end of March" or "so far this year").
        ambiguous = low in c.prepositions or low in c.adverbs
        # After a preposition "that" points, it links no clause: "on that last black".
        pointing = (
            low in c.determiners and index > 0 and tokens[index - 1].lower() in c.prepositions
        )
        if low in c.markers and not pointing and (not ambiguous or _has_verb(clause[::-1], c)):
            clause.reverse()
            if clause[:1] == ["to"] and low not in c.subordinators:
                # "decide how to comply": an infinitive, part of the clause before it.
                before, start, stop = _last_clause(tokens, index, c)
                return [*before, tok, *clause], start, stop
            return clause, index, low
        clause.append(tok)
    clause.reverse()
    return clause, 0, ""


def _subject_first(clause: Sequence[str], c: NameClauses) -> bool:
    """Does the clause start like a subject (not "In March", "Speaking to", "Asked")?"""
    first = clause[0].lower() if clause else ""
    contracted = "'" in first or "’" in first  # "It's", "They've": subject and verb
    if ing_participle(first, c):
        return _participle_subject(clause, c)
    return bool(first) and not (first in c.prepositions or (c.is_finite(first) and not contracted))


def _participle_subject(clause: Sequence[str], c: NameClauses) -> bool:
    """ "Rising temperatures are …": an "-ing" adjective, a plural noun, its verb (not
    "Citing sources familiar with …", "Speaking to reporters")."""
    if len(clause) < 3:
        return False
    noun, verb = clause[1].lower(), clause[2].lower()
    plural = _plural_subject(noun, c) and not c.is_finite(noun) and noun not in c.prepositions
    return plural and c.is_finite(verb) and not verb.endswith(c.past_suffixes)


def _parenthesis(part: Sequence[str], c: NameClauses) -> bool:
    """A phrase set off by commas inside a clause: a prepositional or participle phrase."""
    first = part[0].lower()
    past = first in c.participles or first.endswith(c.past_suffixes)
    return first in c.prepositions or ing_participle(first, c) or past


def ing_participle(low: str, c: NameClauses) -> bool:
    """An "-ing" form ("Speaking", "adding"), not a noun or name ("nothing", "Beijing")."""
    return low.endswith("ing") and low not in c.ing_words and not low.endswith("thing")


def _in_verb_group(low: str, c: NameClauses) -> bool:
    """A word that goes on a verb group: "has made", "is expected", "have seen", "’m going"."""
    return c.is_finite(low) or low in _BE or low in c.participles or ing_participle(low, c)


def _has_verb(
    words: Sequence[str],
    c: NameClauses,
    *,
    contracted_first: bool = False,
    after_subordinator: bool = False,
) -> bool:
    """A finite verb after the first word, and not after a determiner ("its talks").

    A regular past form before a preposition may be a participle ("a survey published
    by research firm GfK"), so it counts only before anything else, or right after a
    one-word subject ("Fishermen reacted with relief", "Others worried about it") or an
    adjective or noun and a plural one ("Trade unions called for …"), or in a clause a
    subordinator opens (it needs a finite verb: "when the pacemakers stepped off"). A base
    form counts after a plural subject ("Economists expect …"), as nouns rarely follow one.
    """
    if contracted_first and words and c.is_finite(words[0].lower()):
        return "'" in words[0] or "’" in words[0]  # "That's their right"
    for i in range(1, len(words)):
        low, before = words[i].lower(), words[i - 1].lower()
        if before in c.determiners and not (before in c.pronoun_determiners and low in c.modals):
            continue  # "its talks" (but "Some may be doing it")
        if words[i][:1].isupper() and words[i - 1][:1].isupper() and before != "i":
            continue  # a name's word: "the Economic Community of West African States"
        if before in c.prepositions and low.endswith(c.past_suffixes):
            continue  # a participle as an adjective: "the five minutes of added time"
        if (
            i > 1
            and before.endswith("ly")
            and words[i - 2].lower() in c.determiners
            and low.endswith(c.past_suffixes)
        ):
            continue  # and after an adverb: "to the publicly owned procurement body"
        if c.is_finite(low):
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            bare_subject = (i == 1 and before != "") or (
                i == 2 and words[0].lower() not in c.determiners and _plural_subject(before, c)
            )
            past = low.endswith(c.past_suffixes)
            if nxt not in c.prepositions or not past or bare_subject or after_subordinator:
                return True
        elif low in c.base_verbs and _plural_subject(_subject_word(words, i, c), c):
            return True
    return False


def _opening_participle_phrase(tokens: Sequence[str], c: NameClauses) -> bool:
    """Do ``tokens`` open the sentence with a participle and its preposition or question
    ("Asked about buybacks", "Asked by one analyst whether …", "Speaking at the launch"),
    with no clause of their own?"""
    if len(tokens) < 2 or not tokens[0][:1].isupper():
        return False
    first, second = tokens[0].lower(), tokens[1].lower()
    if not (first.endswith(c.past_suffixes) or ing_participle(first, c)):
        return False
    return second in c.prepositions or second in c.interrogatives or second in c.subordinators


def _subject_word(words: Sequence[str], i: int, c: NameClauses) -> str:
    """The word before ``words[i]``, over one adverb ("the police generally need")."""
    before = words[i - 1].lower()
    if i > 1 and (before in c.adverbs or before.endswith("ly")):
        return words[i - 2].lower()
    return before


def _plural_subject(word: str, c: NameClauses) -> bool:
    if word in c.plural_pronouns or word in c.plural_nouns:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("'s", "’s", "ss"))


def clause_after(
    tokens: list[str], c: NameClauses, *, after_comma: bool, bare: bool = False
) -> bool:
    """Does a new clause start with the name ``tokens`` start with (name, apposition, verb,
    object)?

    ``bare``: no comma before the name, so a name with an apposition is no attribution's
    subject ("… far more purposeful Grant Lennox, the captain, claimed the credit")."""
    # A contraction is a subject and its verb ("I’m proud", "It’s a bit like …"), and a
    # verb form before a preposition opens a participle phrase ("Stripped of grievance,
    # Marsh writes …"); a verb form alone is more often a title's or a name's ("will find
    # Borrowed Weather too patient", "track Fed rates").
    contracted = bool(tokens) and ("'" in tokens[0] or "’" in tokens[0])
    phrase = len(tokens) > 1 and tokens[1].lower() in c.prepositions
    if tokens and (contracted or phrase) and c.is_finite(tokens[0].lower()):
        return _verb_group_governs(tokens, 0, c, after_comma=after_comma)
    if _participle_opening(tokens, c):
        return True
    i = _skip_name(tokens, c)
    if i == 0:
        return False
    # A bracket belongs to the name; unlike an apposition it may stand in a contact clause
    # ("on the morning Eusebio (José Luis Arriaga) collapsed at his bench").
    name_end = i = _skip_bracket(tokens, i)
    i = _skip_apposition(tokens, i, c)
    apposition = i > name_end
    # After a comma or an apposition the name cannot be the subject of a contact clause
    # ("the deal Smith signed in May"), so the verb may go on with a preposition.
    after_comma = after_comma or apposition
    i = _skip_adverbs(tokens, i, c)  # "Smith also said", "I mostly just unlocked"
    if i >= len(tokens) or not tokens[i][:1].islower():
        return False
    # A pronoun or plural subject takes the base form too: "I hope", "Kenyan officials say".
    last = tokens[name_end - 1].lower()
    plural = (name_end == 1 and last in c.plural_pronouns) or (
        tokens[name_end - 1][:1].islower() and _plural_subject(last, c)
    )
    verb = tokens[i].lower()
    if not (c.is_finite(verb) or (plural and verb in c.base_verbs)):
        return False
    if apposition and tokens[i - 1] == "," and _compound_adjective(tokens, i, c):
        return False  # "Gorman's Hardware, the narrow, wood-floored store on Front Street"
    if _verb_group_governs(tokens, i, c, after_comma=after_comma):
        return True
    # Without a comma before it, a name with an apposition is no attribution's subject:
    # its verb of saying may take an object like any verb.
    bare_saying = apposition and bare and tokens[i].lower() in c.reporting_verbs
    return bare_saying and _verb_group_governs(tokens, i, c, after_comma=True, attribution=False)


def _compound_adjective(tokens: Sequence[str], i: int, c: NameClauses) -> bool:
    """Is the word at ``tokens[i]``, a verb only by its ending ("-ed"), a hyphenated
    adjective before a bare noun ("wood-floored store", "tree-lined streets")? Not with the
    first part of a hyphenated verb ("co-authored amendments"); and a verb's object would
    rather open with a function word ("wood-floored the hall" is no English)."""
    low = tokens[i].lower()
    first, hyphen, _ = low.partition("-")
    if not hyphen or first in c.verb_prefixes or low in c.verbs or i + 1 >= len(tokens):
        return False
    noun = tokens[i + 1]
    function_word = opens_complement(noun.lower(), c) or noun.lower() in c.markers
    return noun[:1].islower() and noun.isalpha() and not function_word


def opens_complement(low: str, c: NameClauses) -> bool:
    """Does a verb's complement open with ``low``: a preposition, determiner, object
    pronoun or adverb ("Speaking to …", "co-authored the bill")?"""
    return (
        low in c.prepositions
        or low in c.determiners
        or low in c.object_pronouns
        or low in c.adverbs
    )


def _skip_adverbs(tokens: Sequence[str], i: int, c: NameClauses) -> int:
    """The index after up to two adverbs at ``tokens[i]``: listed ones, and words in "-ly"
    that are no verbs ("mostly", "simply"; not "reply", "supply")."""
    for _ in range(_ADVERBS_BEFORE_VERB):
        low = tokens[i].lower() if i < len(tokens) else ""
        verb = c.is_finite(low) or low in c.base_verbs
        by_form = len(low) > 4 and low.endswith("ly") and not verb
        if not (low in c.adverbs or by_form):
            break
        i += 1
    return i


# How many adverbs may stand between a subject and its verb ("I mostly just unlocked").
_ADVERBS_BEFORE_VERB = 2


def _participle_opening(tokens: list[str], c: NameClauses) -> bool:
    """ "Excluding fuel, they fell 1.2%": a capitalised "-ing" phrase, a comma, then a
    subject and its verb (a name in "-ing" has no such phrase: "Reading, the town …")."""
    if not tokens or not ing_participle(tokens[0].lower(), c):
        return False
    for i in range(1, min(len(tokens), _PHRASE_WORDS + 2)):
        if tokens[i] == ",":
            break
        if not tokens[i][:1].isalnum() or c.is_finite(tokens[i].lower()):
            return False
    else:
        return False
    rest = tokens[i + 1 : i + 1 + _PHRASE_WORDS]
    first = rest[0].lower() if rest else ""
    subject = first in c.contraction_subjects or first in c.determiners or rest[0][:1].isupper()
    return i > 1 and subject and _has_verb(rest, c, contracted_first=True)


def _verb_group_governs(
    tokens: list[str], i: int, c: NameClauses, *, after_comma: bool, attribution: bool = True
) -> bool:
    """Skip the verb group at ``tokens[i]`` ("has made", "is expected", "’m standing") and
    judge what follows it (a verb of saying as any verb where no ``attribution`` can be)."""
    reporting = attribution and tokens[i].lower() in c.reporting_verbs
    i += 1
    while i < len(tokens):
        low = tokens[i].lower()
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if low in c.adverbs and _in_verb_group(nxt, c):
            i += 1  # "have ever seen", "will also be"
            continue
        if not _in_verb_group(low, c):
            break
        subject = low not in _BE and low not in c.participles and _in_verb_group(nxt, c)
        if reporting and c.is_finite(low) and subject:
            break  # "said catches had fallen": the clause it takes, not more of its group
        reporting = reporting or low in c.reporting_verbs
        i += 1
    infinitive = tokens[i + 1].lower() if i + 1 < len(tokens) and tokens[i] == "to" else ""
    if infinitive in c.base_verbs and not (reporting or after_comma):
        # "Takeda is expected to make a return visit": the infinitive takes the object (in
        # "the visit Takeda is expected to make", "the deal Smith tried to sign but …" none).
        nxt = tokens[i + 2].lower() if i + 2 < len(tokens) else ""
        if nxt in c.markers:
            return False
        i += 2
    return _governs(tokens[i:], c, reporting=reporting, after_comma=after_comma)


def _capital_next(tokens: Sequence[str], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1][:1].isupper()


def _skip_name(tokens: Sequence[str], c: NameClauses) -> int:
    """The index after the name at the start of ``tokens`` ("Italy’s economy minister")."""
    i, possessive, owned = 0, False, -1
    while i < len(tokens):
        tok = tokens[i]
        if tok in c.titles and i + 1 < len(tokens) and tokens[i + 1] == ".":
            i += 2
        elif tok[:1].isupper() and tok[:1].isalpha():
            if tok.endswith(("’s", "'s")):
                possessive, owned = True, i + 1  # the word after it is its noun
            i += 1
        elif i and tok.lower() in c.particles:
            i += 1
        elif i and (tok in c.linkers or tok in c.inner_particles) and _capital_next(tokens, i):
            i += 1  # "The Confederation of British Manufacturers", "Grêmio Vale do Paraíba"
        else:
            break
    # "Italy’s economy minister", "The Washington court's decision": a noun phrase after
    # a possessive or an article; "Kenyan officials": nouns after a proper adjective.
    article = i > 1 and tokens[0].lower() in c.determiners
    limit = _POSSESSIVE_NOUNS if possessive or article else (_ADJECTIVE_NOUNS if i == 1 else 0)
    if tokens[:1] == ["I"]:
        limit = 0  # a pronoun, not a proper adjective: "I just think …"
    nouns = 0
    while (
        i < len(tokens)
        and nouns < limit
        and tokens[i][:1].islower()
        # Right after a possessive a word is its noun, even one that is also a verb form:
        # "Vančura’s plans to cut …" (but "Kenya’s Evans Kiprotich finished …").
        and (not c.is_finite(tokens[i].lower()) or i == owned)
        and tokens[i].lower() not in c.prepositions
        and tokens[i].lower() not in c.markers
        and tokens[i].lower() not in c.base_verbs  # "Nordic airlines face …", "I hope"
        and tokens[i].lower() not in c.participle_auxiliaries  # "Donnelly having been …"
    ):
        i, nouns = i + 1, nouns + 1
    return i


def _skip_bracket(tokens: Sequence[str], i: int) -> int:
    """Skip a short bracket after a name: a party, a constituency, a side ("Lars Wendt
    (CDU)", "Elena Castañeda (D-San Antonio)")."""
    if i >= len(tokens) or tokens[i] != "(":
        return i
    for j in range(i + 1, min(len(tokens), i + 2 + _BRACKET_WORDS)):
        if tokens[j] == ")":
            return j + 1 if j > i + 1 else i
        if tokens[j] == "(":
            break
    return i


# How many tokens a bracket after a name may hold ("(D-San Antonio)").
_BRACKET_WORDS = 6


def _skip_apposition(tokens: Sequence[str], i: int, c: NameClauses) -> int:
    """Skip ``, chief economist at the bank,`` or ``, 68,`` after a name, or several
    such parts up to a verb (``, 34, a nurse who lives on the Eastside, said``)."""
    if i >= len(tokens) or tokens[i] != ",":
        return i
    end = i
    for j in range(i + 1, min(len(tokens), i + 2 + _APPOSITION_WORDS)):
        if tokens[j - 1] == "," and tokens[j].lower() in c.predicate_conjunctions:
            return i  # ", and Dr Grant said": a coordinated clause, no apposition
        if tokens[j] == ",":
            if j == end + 1:
                return i  # ", ," is no apposition
            end = j
            nxt = tokens[j + 1].lower() if j + 1 < len(tokens) else ""
            if c.is_finite(nxt) or nxt in c.adverbs or end == i + 2 + _APPOSITION_WORDS:
                return j + 1
            continue
        if tokens[j] == "." and tokens[j - 1][:1].isupper():
            continue  # "Eugene, Ore., said"
        if not tokens[j][:1].isalnum() and tokens[j] not in ("(", ")"):
            break
    return end + 1 if end > i else i


def _approximate(rest: Sequence[str], c: NameClauses) -> bool:
    """Does ``rest`` start with an approximate figure ("about 58,000"), not a preposition's
    phrase? A year is a time: "the house Smith bought around 2010"."""
    if len(rest) < 2 or rest[0].lower() not in c.approximators:
        return False
    return rest[1][:1].isdigit() and not _YEAR.fullmatch(rest[1])


# A year in figures.
_YEAR = regex.compile(r"1[89]\d\d|20\d\d")


def _governs(rest: Sequence[str], c: NameClauses, *, reporting: bool, after_comma: bool) -> bool:
    """Does the verb go on as a new sentence's verb does?

    Without a comma before the name, the verb must take an object ("Novotná took the
    set"), not a prepositional or time phrase ("the deal Smith signed in May"). After a
    comma, a verb of saying must take a clause of its own ("…, Mr. van Houten said his
    group would take part"), or it is an attribution ("…, Smith said on Tuesday").
    """
    if not rest or not rest[0][:1].isalnum():
        return False
    first = rest[0].lower()
    if reporting and (after_comma or first in c.adverbs):
        # "…, Smith said his group would …"; "Kenyan officials say more than 400 were …";
        # "…, the federation said in a statement that relations were …".
        if first in c.prepositions and not _approximate(rest, c):
            head = [w.lower() for w in rest[:_PHRASE_WORDS]]
            if "that" not in head:
                return False
            rest = rest[head.index("that") + 1 :]
        return _has_verb(_complement(rest, c), c)
    if after_comma:
        return True
    if first in c.determiners and len(rest) > 1 and rest[1].lower() in c.time_nouns:
        return False  # a time phrase: "the deal Smith signed last year", "… this week"
    if first in c.adverbs:
        # "… signed again", "the person I trust most"; but "… say more boats were seized".
        rest = rest[1:]
        nxt = rest[0].lower() if rest else ""
        if not nxt[:1].isalnum() or nxt in c.adverbs:
            return False
        if nxt in c.prepositions and not _approximate(rest, c):
            return False
        first = nxt
    if _approximate(rest, c):
        return True  # the verb's object: "Whitfield said about 58,000 customers had …"
    # "the deal Smith signed in May", "the chips Verant sells to makers", "a sentence I
    # wanted to keep": a contact clause, whose verb lacks its object.
    return first not in c.prepositions


def _complement(rest: Sequence[str], c: NameClauses) -> list[str]:
    """The words of the clause a verb of saying takes, up to the end of the sentence: over
    lists and parentheses ("said that lawmakers in Brazil, Australia and several U.S. states
    have …"), not past a comma before a participle or relative ("…, adding that …")."""
    words: list[str] = []
    for i, tok in enumerate(rest):
        if tok[:1].isalnum():
            words.append(tok)
            continue
        if tok == "." and i and len(rest[i - 1]) == 1:
            continue  # "U.S."
        if tok in "()":
            continue  # "said lawmakers (in Brazil) have agreed"
        nxt = rest[i + 1].lower() if i + 1 < len(rest) else ""
        if tok != "," or ing_participle(nxt, c) or nxt in c.markers:
            break
    return words
