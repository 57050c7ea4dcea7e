"""Lost sentence boundaries in languages that capitalise every noun (German).

A capital is no evidence there, so a boundary shows in the clauses around it. The
language's ``[boundaries]`` data classifies its sentence openers, and a capitalised opener
counts only when a clause starts after it: a determiner followed by a noun phrase and a
finite verb (``gesagt Die Regierung hat``), a pronoun or adverb followed by a finite verb
(``gesagt Danach trat``), a conjunction followed by a subject. The word before must be able
to end a sentence (no article, preposition, conjunction or verb of saying), a noun that
introduces a title (``die Zeitung Die Welt berichtete``) keeps the capital, and a
capitalised opener with the same next word elsewhere in the document is a name.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.languages import Language, language_section, language_words, lowercase_set
from tqcheck.model import PassageKind, Sentence

_CLAUSE_CANDIDATE = regex.compile(
    r"(?<![\p{L}\p{N}\p{M}'’\-.@/])(?P<prev>[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*)"
    r"(?P<close>[“”\"»«‘’)])?(?P<sep>[,;]?[^\S\n]+)(?P<word>\p{Lu}[\p{Ll}\p{M}]+)"
    r"(?![\p{L}\p{M}\p{N}'’\-])"
)
# A word, or a number with separators ("4.300", "2,5"), and a full stop that does not end
# the clause when the word is an abbreviation or the number an ordinal ("Prof.", "61.").
_NEXT_TOKEN = regex.compile(
    r"[^\S\n]+(?:\([^()\n]{1,30}\)[^\S\n]+)?"
    r"(?P<tok>[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}\-]|[.,:](?=\p{N}))*)(?P<dot>\.(?=[^\S\n]))?"
)
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# How many words after an opener the clause evidence reads.
_CLAUSE_TOKENS = 14


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
    coordinators: frozenset[str]
    clause_pronouns: frozenset[str]
    verbs: frozenset[str]
    past_suffixes: tuple[str, ...]
    present_suffixes: tuple[str, ...]
    subjunctive_suffixes: tuple[str, ...]
    not_verbs: frozenset[str]
    participle_prefix: str
    phrase_inserts: frozenset[str]
    title_nouns: tuple[str, ...]
    title_noun_exceptions: frozenset[str]
    nonfinal: frozenset[str]
    particles: frozenset[str]
    final_particles: frozenset[str]
    abbreviations: frozenset[str]
    # Do the language's lower-case common words open sentences when capitalised in
    # mid-sentence ("…, Mehrmals sei sie aufgestanden")? Endings of those that are nouns too.
    lowercase_openers: bool
    noun_homograph_endings: tuple[str, ...]
    noun_homographs: frozenset[str]
    verb_prefixes: tuple[str, ...]
    # A sentence that opens with a noun or a name (see ``_noun_clause``).
    auxiliaries: frozenset[str]
    relatives: frozenset[str]
    infinitive_markers: frozenset[str]
    infinitive_suffixes: tuple[str, ...]
    participle_suffixes: tuple[str, ...]
    inseparable_prefixes: tuple[str, ...]
    inflected_participle_endings: tuple[str, ...]
    numerals: frozenset[str]
    adjective_suffixes: tuple[str, ...]

    # Words already judged by the prefix test of ``_listed`` (a cache, not data).
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
    openers = lang.openers | determiners | prepositions | pronouns | subordinators | coordinators
    contexts = frozenset(w.lower() for w in lang.name_contexts)
    nonfinal = (
        contexts | determiners | words("phrase_words") | prepositions | subordinators
    ) | coordinators
    return VerbClauses(
        openers=openers,
        grammar_words=openers - lang.openers | determiners | prepositions | pronouns,
        common_words=lang.common_words,
        determiners=determiners,
        phrase_words=words("phrase_words") | determiners,
        prepositions=prepositions,
        pronouns=pronouns,
        subordinators=subordinators,
        coordinators=coordinators,
        clause_pronouns=words("clause_pronouns") | pronouns,
        verbs=language_words(lang, "boundaries", "verbs_file"),
        past_suffixes=tuple(data.get("past_suffixes", [])),
        present_suffixes=tuple(data.get("present_suffixes", [])),
        subjunctive_suffixes=tuple(data.get("subjunctive_suffixes", [])),
        not_verbs=words("not_verbs"),
        participle_prefix=data.get("participle_prefix", ""),
        phrase_inserts=words("phrase_inserts"),
        title_nouns=tuple(sorted(words("title_nouns"))),
        title_noun_exceptions=words("title_noun_exceptions"),
        # Words after which no sentence ends, except verb particles ("stellte … um").
        nonfinal=nonfinal - words("final_particles"),
        particles=words("final_particles") & prepositions,
        final_particles=words("final_particles"),
        abbreviations=lang.abbreviations,
        lowercase_openers=bool(data.get("lowercase_openers", False)),
        noun_homograph_endings=tuple(data.get("noun_homograph_endings", [])),
        noun_homographs=words("noun_homographs"),
        verb_prefixes=tuple(data.get("verb_prefixes", [])),
        auxiliaries=words("auxiliaries"),
        relatives=words("relatives"),
        infinitive_markers=words("infinitive_markers"),
        infinitive_suffixes=tuple(data.get("infinitive_suffixes", [])),
        participle_suffixes=tuple(data.get("participle_suffixes", [])),
        inseparable_prefixes=tuple(data.get("inseparable_prefixes", [])),
        inflected_participle_endings=tuple(data.get("inflected_participle_endings", [])),
        numerals=words("numerals"),
        adjective_suffixes=tuple(data.get("adjective_suffixes", [])),
    )


def _tokens(text: str, pos: int, end: int, limit: int, c: VerbClauses) -> list[str]:
    """Up to ``limit`` words following ``pos`` in the same clause (stops at punctuation)."""
    return _tokens_to(text, pos, end, limit, c)[0]


def _tokens_to(text: str, pos: int, end: int, limit: int, c: VerbClauses) -> tuple[list[str], int]:
    """``_tokens`` and where the last of them ends."""
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


def _is_finite(low: str, c: VerbClauses) -> bool:
    """A finite verb form: listed (perhaps after a verb prefix: ``unterbrachen``), or a
    regular past (``staute``) or present (``schadet``)."""
    if _listed(low, c):
        return True
    if len(low) < 5 or low in c.openers or low in c.not_verbs:
        return False
    if low.endswith(c.past_suffixes):
        return True
    prefix = c.participle_prefix
    return (
        bool(c.present_suffixes)
        and low.endswith(c.present_suffixes)
        and not (prefix and low.startswith(prefix))
    )


def _listed(low: str, c: VerbClauses) -> bool:
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


def _phrase_then_verb(tokens: list[str], c: VerbClauses) -> bool:
    """A noun phrase (articles, prepositions, adjectives, nouns, numbers), then a finite verb.

    The phrase may be adjectives alone ("Die beiden anderen wollen …")."""
    return _phrase_verb(tokens, c) >= 0


def _phrase_verb(tokens: list[str], c: VerbClauses, nouns: int = 0) -> int:
    """The index of the finite verb after a noun phrase opening ``tokens``, else -1."""
    adjectives = 0
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if tok[:1].isupper() or tok[:1].isdigit():
            nouns += 1
        elif (nouns or adjectives) and _finite_at(tokens, i, c):
            return i
        elif low in c.phrase_words or low in c.prepositions or low in c.phrase_inserts:
            continue
        elif low in c.numerals:
            continue  # "Mit elf zu sieben Stimmen"
        elif nouns and low in c.coordinators:
            # "Die Löhne und Gehälter sind …": the phrase goes on only with another noun
            # ("Die Zeit und trank Kaffee" is a title and a new verb).
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if not (nxt[:1].isupper() or nxt[:1].isdigit() or nxt.lower() in c.phrase_words):
                return -1
        elif nouns and low.endswith(c.subjunctive_suffixes) and len(low) >= 4:
            # After a noun, an "-e" word not followed by a noun is a subjunctive, not an
            # adjective ("Die Stadt respektiere …" but "der Stadt alte Mauern").
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if low not in c.openers and not nxt[:1].isupper():
                return i
        elif not (low.endswith(_ADJECTIVE_ENDINGS) and low not in c.verbs):
            return -1  # anything but an inflected adjective ends the phrase
        else:
            adjectives += 1
    return -1


def _clause_starts(word: str, tokens: list[str], c: VerbClauses) -> bool:
    """Does a clause start at the capitalised opener ``word``, given the words after it?"""
    if not tokens:
        return False
    low = word.lower()
    first = tokens[0].lower()
    lower_first = tokens[0][:1].islower()
    if low in c.determiners and lower_first and _is_finite(first, c):
        return True  # a demonstrative: "Das ist …", "Die haben …"
    if low in c.determiners or low in c.prepositions:
        return _phrase_then_verb(tokens, c)
    if low in c.subordinators:
        # "Weil nicht …", "Wann mit einem …", "Als Gründe nannte …": capitalised in
        # mid-sentence, a subordinator needs only a lower-case word or a phrase and a verb.
        return lower_first or _phrase_then_verb(tokens, c)
    if low in c.coordinators:
        return lower_first and (
            first in c.determiners or first in c.clause_pronouns or _is_finite(first, c)
        )
    if low in c.auxiliaries:
        return first in c.clause_pronouns or first in c.determiners  # "Hätte man …"
    if low in c.pronouns:
        # "Sie arbeite …": after a pronoun an "-e" word is the subjunctive of reported speech.
        subjunctive = first.endswith(c.subjunctive_suffixes) and first not in c.phrase_words
        return lower_first and (_is_finite(first, c) or subjunctive)
    # An adverb: the finite verb follows, after at most a noun or prepositional phrase or
    # another adverb ("Danach trat …", "Schon im zweiten Sommer hätten …", "Auch die Zahl
    # der Arten lag …", "Auch heute arbeiteten …").
    if tokens[0][:1].isdigit() or first in c.phrase_words:
        return _phrase_then_verb(tokens, c)  # "Rund 310 Beschäftigte verlieren …"
    if not lower_first:
        return False
    if _is_finite(first, c):
        return True
    if first in c.prepositions:
        return _phrase_then_verb(tokens[1:], c)
    # Another adverb or an adjective, then the verb ("Entsprechend häufiger kommt es …").
    return len(tokens) > 1 and not _is_finite(first, c) and _finite_at(tokens, 1, c)


def _can_end_sentence(prev: str, c: VerbClauses) -> bool:
    low = prev.lower()
    if low in c.nonfinal:
        return False
    titled = low not in c.title_noun_exceptions and low.endswith(c.title_nouns)
    if prev[:1].isupper() and titled:
        return False  # "die Zeitung Die Welt", "der Film Das Boot"
    return bool(regex.fullmatch(r"[\p{L}\p{M}'’\-]+|\p{N}+(?:-[\p{L}\p{M}]+)?", prev))


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
            while True:
                m = _CLAUSE_CANDIDATE.search(text, pos, sentence.end)
                if not m:
                    break
                pos = m.start("word")
                punctuated = m.group("sep").strip()[-1:] in (",", ";")
                # Articles, pronouns, conjunctions and prepositions have their own grammar;
                # other openers ("Andere", "Viele") may start a noun phrase.
                low = m.group("word").lower()
                function_word = low in c.grammar_words
                if _opener_clause(ctx, m, sentence, c, options, capitals) or (
                    not (punctuated or function_word)
                    and _noun_clause(text, m, sentence.start, sentence.end, c)
                ):
                    yield m


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
    if lowercase and prev[:1].islower() and _attributive(prev.lower(), c):
        lowercase = False  # a noun after its adjective: "nach bisherigem Stand"
    if word.lower() not in c.openers and not lowercase:
        return False
    if not punctuated and not _can_end_sentence(prev, c):
        return False
    # "mit Der Spiegel": a verb particle is also a preposition; it ends a clause only
    # after that clause's finite verb ("fällt deutlich aus Die …").
    particle = not punctuated and prev.lower() in c.particles
    if (
        particle
        and word.lower() in c.determiners
        and not _clause_before(_words_before(text, m, sentence.start), c)[0]
    ):
        return False
    if not punctuated and prev.isalpha() and len(prev) < options["min_prev_letters"]:
        return False
    tokens, end = _tokens_to(text, m.end("word"), sentence.end, _CLAUSE_TOKENS, c)
    # After a comma a capitalised function word or adverb followed by a lower-case word
    # needs no more evidence: only nouns, names and titles are capitalised there ("…, Bis
    # dahin gelten …", "…, Damit läge sie …").
    plain = punctuated and word.lower() not in c.determiners
    plain = plain and bool(tokens) and tokens[0][:1].islower()
    if not (
        plain
        or _clause_starts(word, tokens, c)
        or _subject_then_comma(text, m, sentence.start, tokens, end, c)
    ):
        return False
    return not _used_as_name(ctx, word, tokens[0])


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
    if low in ctx.language.common_words:
        if low.endswith(c.noun_homograph_endings) or low in c.noun_homographs:
            return False
    elif not _verb_participle(low, c):
        return False
    return capitals()[word] < 2


def _verb_participle(low: str, c: VerbClauses) -> bool:
    """A past participle of a listed verb ("geplant": "plant", "geschrieben": "schrieben",
    "kombiniert"), not a noun that looks like one ("Gericht", "Gewalt")."""
    if not _participle_like(low, c) or low.endswith(c.inflected_participle_endings):
        return False  # inflected, it is a noun: "die Beschäftigten", "Betroffene"
    ge = c.participle_prefix
    stem = low[len(ge) :] if ge and low.startswith(ge) else low
    return len(stem) >= 4 and _listed(stem, c)


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


# --- A sentence that opens with a noun or a name --------------------------------------
#
# German capitalises every noun, so "… gesunken Kleine Betriebe finden …" shows its lost
# full stop only in the verbs: a complete clause ends ("gesunken" closes the bracket that
# "ist" opened), and a new one starts with a noun phrase and its finite verb in second
# place. German sets every subordinate clause off with a comma, so two clauses with
# finite verbs and nothing between them are two sentences. After a comma two main clauses
# are correct German ("Die Preise steigen, Kunden bleiben weg"): only a lost full stop
# is flagged.

# Where a clause starts inside a sentence: a comma (not a decimal one), semicolon, colon,
# bracket or dash.
_CLAUSE_SEPARATOR = regex.compile(r"(?r)[,;:](?!\p{N})|[()\[\]–—]|[^\S\n]-[^\S\n]")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}\-]*(?:[.,]\p{N}+)*")
# How many words the prefix test remembers.
_CACHE_WORDS = 50_000
# How far back the clause before a candidate is read.
_CLAUSE_WINDOW = 300


def _noun_clause(
    text: str, m: regex.Match[str], sentence_start: int, sentence_end: int, c: VerbClauses
) -> bool:
    """Does a sentence opening with the capitalised noun or name ``m["word"]`` start here,
    right after a complete clause and without a full stop?"""
    prev = m.group("prev")
    low = prev.lower()
    if not _can_end_sentence(prev, c) or low in c.determiners | c.numerals:
        return False  # "nannte ein Sprecher", "in hundert Jahren"
    infinitive = _word_before(text, m.start("prev")).lower() in c.infinitive_markers
    if prev[:1].isdigit() or (prev[:1].islower() and not infinitive and _attributive(low, c)):
        return False  # "612 Stellen", "weite Teile", "die gewählte Lösung" ("zu prüfen")
    if prev[:1].isupper() and low in c.common_words and low.endswith(_ADJECTIVE_ENDINGS):
        return False  # a capitalised adjective opens the phrase: "Andere Länder hätten"
    if low in c.prepositions:
        # "arbeitete nach Schätzungen der …": a verb particle ("teilte … mit") is a
        # preposition too, and which verbs take which particle is not known here.
        return False
    # After it first (cheaper, and most nouns fail it): a noun phrase and its finite verb.
    tokens, end = _tokens_to(text, m.end("word"), sentence_end, _CLAUSE_TOKENS, c)
    after = [m.group("word"), *tokens]
    verb = _phrase_verb(after[1:], c, nouns=1) + 1
    if verb <= 0 or verb > _MAX_PHRASE:
        return False
    if after[verb - 1].lower() in c.infinitive_markers:
        return False  # "beschlossen Anwohner zu entlasten": an infinitive group
    finite = after[verb].lower()
    if not (_listed(finite, c) or finite.endswith(c.past_suffixes)):
        return False  # "-t" words are adverbs too: "Marco Lenz unbedrängt zum 0:1"
    closed, bracket_open = _clause_before(_words_before(text, m, sentence_start), c)
    if not closed:
        return False
    ambiguous = _participle_like(finite, c) or _infinitive_like(after[verb], c)
    # A participle or infinitive may close the bracket the clause before opened ("hat die
    # Firma Millionen investiert"), or end a clause ("Die Polizei ermittelt."); a finite
    # verb is followed by its clause, or by a comma ("Beobachter erwarten, dass …").
    last = verb == len(after) - 1 and not text.startswith(",", end)
    return not (ambiguous and (bracket_open or last))


_WORD_BEFORE = regex.compile(r"(?r)(\p{L}+)[^\S\n]+")


def _word_before(text: str, pos: int) -> str:
    """The word right before ``pos`` (separated by spaces only), or ""."""
    m = _WORD_BEFORE.match(text, max(0, pos - 40), pos)
    return m.group(1) if m else ""


def _words_before(text: str, m: regex.Match[str], sentence_start: int) -> _ClauseWords:
    """The words of the clause that ends with ``m["prev"]``."""
    window = max(sentence_start, m.start("prev") - _CLAUSE_WINDOW)
    sep = _CLAUSE_SEPARATOR.search(text, window, m.start("prev"))
    start = sep.end() if sep else window
    return _ClauseWords(_WORD.findall(text, start, m.end("prev")), sep is not None)


@dataclass(frozen=True)
class _ClauseWords:
    words: list[str]
    after_separator: bool  # a comma, colon or bracket before it, not the sentence start


# Words a noun phrase before the new clause's verb may have.
_MAX_PHRASE = 6


def _clause_before(clause: _ClauseWords, c: VerbClauses) -> tuple[bool, bool]:
    """Is the clause ending in ``clause`` complete, and is a verb bracket it opened still
    open (an auxiliary or modal with no participle or infinitive after it yet)?"""
    words, after_separator = clause.words, clause.after_separator
    if not words:
        return False, False
    last, first = words[-1], words[0].lower()
    if len(words) >= 2 and words[-2].lower() in c.infinitive_markers and last[:1].islower():
        return True, False  # "…, um die Strecke zu verlängern"
    verbs = [i for i in range(len(words)) if _finite_at(words, i, c)]
    # After a comma a subordinator or relative opens a verb-final clause; "die" before a
    # noun is an article ("…, die Zugbindung ist aufgehoben").
    article = first in c.determiners and len(words) > 1 and words[1][:1].isupper()
    opener = first in c.subordinators or first in c.relatives
    if after_separator and words[0][:1].islower() and opener and not article:
        # A subordinate clause ends on its finite verb ("…, die übernommen werden").
        return bool(verbs) and verbs[-1] == len(words) - 1, False
    if not verbs:
        return False, False
    f = verbs[0]
    finite = words[f].lower()
    if f == len(words) - 1:
        # The finite verb is the last word: a clause when its subject came first ("Die
        # Preise steigen"), not when the subject follows ("Gestern kam …").
        subject_first = first in c.determiners or first not in c.openers
        return subject_first and words[0][:1].isupper() and finite not in c.auxiliaries, False
    if finite not in c.auxiliaries:
        return True, False
    return True, not _bracket_closed(words, f, c)


def _bracket_closed(words: list[str], f: int, c: VerbClauses) -> bool:
    """Is there a participle or infinitive after the auxiliary ``words[f]``? It may stand
    before a comparison or a phrase moved after it ("… genauso bezahlen wie Lehrkräfte an
    Gymnasien"), but not before a noun (an adjective: "hat die geplante Strecke")."""
    for i in range(f + 1, len(words)):
        low = words[i].lower()
        if not words[i][:1].islower() or not _verb_form(low, c):
            continue
        before_noun = i + 1 < len(words) and words[i + 1][:1].isupper()
        if not (before_noun and low.endswith(_ADJECTIVE_ENDINGS)):
            return True
    return False


def _finite_at(words: list[str], i: int, c: VerbClauses) -> bool:
    """Is ``words[i]`` a finite verb here (not an adjective after an article or preposition:
    "die letzten", "am geplanten")?"""
    word = words[i]
    low = word.lower()
    if not word[:1].islower() or not _is_finite(low, c):
        return False
    before = words[i - 1].lower() if i else ""
    attributive = before in c.determiners or before in c.prepositions
    return not (attributive and low.endswith(_ADJECTIVE_ENDINGS))


def _attributive(low: str, c: VerbClauses) -> bool:
    """Is the lower-case ``low`` before a noun an adjective ("weite Teile", "die gewählte
    Lösung") rather than a verb ending a clause ("gesunken", "leide", "können")? An
    inflected participle ("gewählten", "gebrochenen") counts as an adjective."""
    if not low.endswith(_ADJECTIVE_ENDINGS) or low in c.final_particles:
        return False  # "ging es hin und her"
    if _listed(low, c):
        return False
    stem = low[: -2 if low.endswith(("en", "er", "es", "em")) else -1]
    if stem.endswith(c.adjective_suffixes):
        return True  # "vergleichbaren", "möglichen"
    strong_participle = _participle_like(low, c) and low.endswith("en")
    return not (strong_participle and not low.endswith(c.inflected_participle_endings))


def _verb_form(low: str, c: VerbClauses) -> bool:
    """A verb form that can end a clause: finite, participle or infinitive."""
    return _is_finite(low, c) or _participle_like(low, c)


def _participle_like(low: str, c: VerbClauses) -> bool:
    """May ``low`` be a past participle ("gesagt", "abgestellt", "investiert", "verlängert")?"""
    if len(low) < 5 or not low.endswith(("t", "en")):
        return False
    if low.endswith(c.participle_suffixes) or low.startswith(c.inseparable_prefixes):
        return True
    ge = c.participle_prefix
    return bool(ge) and any(
        low.startswith(p) and low[len(p) :].startswith(ge) for p in ("", *c.verb_prefixes)
    )


def _infinitive_like(word: str, c: VerbClauses) -> bool:
    """A lower-case word with an infinitive's ending ("fahren", "verlängern")."""
    return word[:1].islower() and word.endswith(c.infinitive_suffixes)


def _subject_then_comma(
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
    if opener not in c.determiners | c.phrase_words or not text.startswith(",", end):
        return False
    if not any(t[:1].isupper() for t in tokens) or len(tokens) > _MAX_PHRASE:
        return False
    function_words = c.phrase_words | c.prepositions | c.coordinators | c.phrase_inserts
    for tok in tokens:
        low = tok.lower()
        adjective = low.endswith(_ADJECTIVE_ENDINGS) and not _is_finite(low, c)
        if tok[:1].islower() and not (low in function_words or adjective):
            return False
    return _clause_before(_words_before(text, m, sentence_start), c)[0]
