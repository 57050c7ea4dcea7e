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
from dataclasses import dataclass
from typing import Any

import regex

from tqcheck.context import CheckContext
from tqcheck.languages import Language, language_section, language_words, lowercase_set
from tqcheck.model import PassageKind

_CLAUSE_CANDIDATE = regex.compile(
    r"(?<![\p{L}\p{N}\p{M}'’\-.@/])(?P<prev>[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*)"
    r"(?P<sep>(?:[“”\"»«‘’]?[,;])?[^\S\n]+)(?P<word>\p{Lu}[\p{Ll}\p{M}]+)"
    r"(?![\p{L}\p{M}\p{N}'’\-])"
)
# A word, or a number with separators ("4.300", "2,5"), and a full stop that does not end
# the clause when the word is an abbreviation or the number an ordinal ("Prof.", "61.").
_NEXT_TOKEN = regex.compile(
    r"[^\S\n]+(?P<tok>[\p{L}\p{N}][\p{L}\p{N}\p{M}\-]*(?:[.,]\p{N}+)*)(?P<dot>\.(?=[^\S\n]))?"
)
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# How many words after an opener the clause evidence reads.
_CLAUSE_TOKENS = 14


@dataclass(frozen=True)
class VerbClauses:
    """A language's classes of sentence openers and its finite verbs (``[boundaries]``)."""

    openers: frozenset[str]
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
    title_nouns: tuple[str, ...]
    nonfinal: frozenset[str]
    particles: frozenset[str]
    abbreviations: frozenset[str]
    # Do the language's lower-case common words open sentences when capitalised in
    # mid-sentence ("…, Mehrmals sei sie aufgestanden")? Endings of those that are nouns too.
    lowercase_openers: bool
    noun_homograph_endings: tuple[str, ...]
    noun_homographs: frozenset[str]
    verb_prefixes: tuple[str, ...]


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
        title_nouns=tuple(sorted(words("title_nouns"))),
        # Words after which no sentence ends, except verb particles ("stellte … um").
        nonfinal=nonfinal - words("final_particles"),
        particles=words("final_particles") & prepositions,
        abbreviations=lang.abbreviations,
        lowercase_openers=bool(data.get("lowercase_openers", False)),
        noun_homograph_endings=tuple(data.get("noun_homograph_endings", [])),
        noun_homographs=words("noun_homographs"),
        verb_prefixes=tuple(data.get("verb_prefixes", [])),
    )


def _tokens(text: str, pos: int, end: int, limit: int, c: VerbClauses) -> list[str]:
    """Up to ``limit`` words following ``pos`` in the same clause (stops at punctuation)."""
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
    return found


def _is_finite(low: str, c: VerbClauses) -> bool:
    """A finite verb form: listed (perhaps after a verb prefix: ``unterbrachen``), or a
    regular past (``staute``) or present (``schadet``)."""
    if low in c.verbs:
        return True
    for prefix in c.verb_prefixes:
        if low.startswith(prefix) and len(low) - len(prefix) >= 4 and low[len(prefix) :] in c.verbs:
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


def _phrase_then_verb(tokens: list[str], c: VerbClauses) -> bool:
    """A noun phrase (articles, prepositions, adjectives, nouns, numbers), then a finite verb.

    The phrase may be adjectives alone ("Die beiden anderen wollen …")."""
    nouns = adjectives = 0
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if tok[:1].isupper() or tok[:1].isdigit():
            nouns += 1
        elif (nouns or adjectives) and _is_finite(low, c):
            return True
        elif low in c.phrase_words or low in c.prepositions:
            continue
        elif nouns and low in c.coordinators:
            # "Die Löhne und Gehälter sind …": the phrase goes on only with another noun
            # ("Die Zeit und trank Kaffee" is a title and a new verb).
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if not (nxt[:1].isupper() or nxt.lower() in c.phrase_words):
                return False
        elif nouns and low.endswith(c.subjunctive_suffixes) and len(low) >= 4:
            # After a noun, an "-e" word not followed by a noun is a subjunctive, not an
            # adjective ("Die Stadt respektiere …" but "der Stadt alte Mauern").
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if low not in c.openers and not nxt[:1].isupper():
                return True
        elif not (low.endswith(_ADJECTIVE_ENDINGS) and low not in c.verbs):
            return False  # anything but an inflected adjective ends the phrase
        else:
            adjectives += 1
    return False


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
        return lower_first and (first in c.determiners or first in c.clause_pronouns)
    if low in c.coordinators:
        return lower_first and (
            first in c.determiners or first in c.clause_pronouns or _is_finite(first, c)
        )
    if low in c.pronouns:
        return lower_first and _is_finite(first, c)
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
    return first in c.openers and len(tokens) > 1 and _is_finite(tokens[1].lower(), c)


def _can_end_sentence(prev: str, c: VerbClauses) -> bool:
    low = prev.lower()
    if low in c.nonfinal:
        return False
    if prev[:1].isupper() and any(low.endswith(n) for n in c.title_nouns):
        return False  # "die Zeitung Die Welt", "der Film Das Boot"
    return bool(regex.fullmatch(r"[\p{L}\p{M}'’\-]+|\p{N}+", prev))


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
                prev, sep, word = m.group("prev", "sep", "word")
                punctuated = sep.strip()[-1:] in (",", ";")
                if word.lower() not in c.openers and not _lowercase_word(ctx, word, c, capitals):
                    continue
                if not punctuated and not _can_end_sentence(prev, c):
                    continue
                particle = not punctuated and prev.lower() in c.particles
                if particle and word.lower() in c.determiners:
                    continue  # "mit Der Spiegel": a verb particle is also a preposition
                if not punctuated and prev.isalpha() and len(prev) < options["min_prev_letters"]:
                    continue
                tokens = _tokens(text, m.end("word"), sentence.end, _CLAUSE_TOKENS, c)
                # After a comma a capitalised function word or adverb followed by a
                # lower-case word needs no more evidence: only nouns, names and titles are
                # capitalised there ("…, Bis dahin gelten …", "…, Damit läge sie …").
                plain = punctuated and word.lower() not in c.determiners
                plain = plain and bool(tokens) and tokens[0][:1].islower()
                if not plain and not _clause_starts(word, tokens, c):
                    continue
                if _used_as_name(ctx, word, tokens[0]):
                    continue
                yield m


def _lowercase_word(
    ctx: CheckContext, word: str, c: VerbClauses, capitals: Callable[[], Counter[str]]
) -> bool:
    """A word the language writes in lower case (an adverb, adjective or participle:
    "Mehrmals", "Geplant"), so its capital is no noun's; not one that is also a noun when
    capitalised ("kosten"/"Kosten": the data names those endings), and not one the document
    capitalises in mid-sentence elsewhere (a name: "Freie Wähler")."""
    low = word.lower()
    if not c.lowercase_openers or low not in ctx.language.common_words:
        return False
    if low.endswith(c.noun_homograph_endings) or low in c.noun_homographs:
        return False
    return capitals()[word] < 2


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
