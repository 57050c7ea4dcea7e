"""Passages, sentences and runs of words left in another language.

Language identification costs about a millisecond a sentence, so a cheap test runs first:
a sentence whose words are mostly the target language's common words, and which has no
letters the target language does not use, is taken as translated without asking
langdetect. Otherwise langdetect (seeded, restricted to likely languages) decides.

Short strings are never flagged on their own: a French film title, a German court's name
or a one-line quotation inside an English sentence is normal news. Words inside quotation
marks do not count toward the minimum length.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from itertools import compress
from operator import not_
from typing import Any

import regex

from tqcheck import langid
from tqcheck.context import CheckContext
from tqcheck.detectors import Hit, detector
from tqcheck.languages import Language, get_language, language_section, name_particles
from tqcheck.model import Passage, PassageKind, Sentence, Severity

# A word starts after no letter or digit: "54hr 12min" holds units, not the words "hr", "min".
_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}])[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?")
# A quotation in double marks, or in single marks whose closing mark is no apostrophe
# ("„It’s chaos“" is one quotation, not "„It’" and the rest).
_QUOTED = regex.compile(
    r"[“„«»\"][^“”„«»\"]{0,400}?[”“»«\"]|[‚‘‹›][^‚‘‹›]{0,400}?[’‘‹›](?![\p{L}\p{M}])"
    # straight single marks (British style): opening before a letter, closing after one
    # and before none (an apostrophe inside, "l'amore", closes nothing)
    r"|(?<![\p{L}\p{M}\p{N}])'(?=\p{L})[^'\n]{0,400}?(?<=[\p{L}\p{M}.,!?])'(?![\p{L}\p{M}])"
)
# Letters that English text (and these rules' target languages) rarely use.
_FOREIGN_LETTER_SETS = {
    "en": "äöüßÄÖÜàâçèéêëîïôûùœÀÂÇÈÉÊËÎÏÔÛÙŒñÑ¿¡ąćęłńóśźżĄĆĘŁŃÓŚŹŻ",
    "de": "àâçèéêëîïôûùœñ¿¡ąćęłńśźż",
    "fr": "äöüßñ¿¡ąćęłńśźż",
}
# Letters of another script (ASCII is Latin or Common).
_OTHER_SCRIPT_SET = r"[^\p{Latin}\p{Common}\p{Inherited}]"


def _non_ascii(members: str) -> regex.Pattern[str]:
    """A character class of non-ASCII ``members``: rejecting ASCII first makes it several
    times faster to search (set intersection needs the regex module's version 1)."""
    return regex.compile(rf"(?V1)[[^\x00-\x7f]&&[{members}]]")


_FOREIGN_LETTERS = {code: _non_ascii(s) for code, s in _FOREIGN_LETTER_SETS.items()}
_OTHER_SCRIPT = _non_ascii(_OTHER_SCRIPT_SET)
# Either of the two, in one search.
_SUSPICIOUS = {code: _non_ascii(s + _OTHER_SCRIPT_SET) for code, s in _FOREIGN_LETTER_SETS.items()}


def _plainly_target(
    in_target: list[bool], sentence: str, target: Language, others: list[Language], suspect: bool
) -> bool:
    """The cheap test: is this sentence obviously in the target language?

    ``in_target`` tells for each word whether the target's word list has it; ``suspect`` is
    False when the sentence's passage has no foreign letter or script (no need to look).
    A foreign letter in a name ("Clémence’s violins don’t flatter you") says nothing.
    """
    if suspect and _foreign_letters_outside_names(sentence, target, others):
        return False
    if not target.lexicon:
        return False
    return sum(in_target) >= 0.4 * len(in_target)


def _names_joined_in_target(words: list[str], in_target: list[bool]) -> bool:
    """Names and places joined only by the target's own words: "Lucía Ferreyra in Santiago
    and Rodrigo Assunção in São Paulo" (names are never translated)."""
    lower = [known for w, known in zip(words, in_target, strict=True) if w[:1].islower()]
    return len(lower) >= _MIN_JOINING_WORDS and all(lower)


# A line of names needs this many lower-case words, all the target's, to count as one.
_MIN_JOINING_WORDS = 3


def _foreign_letters_outside_names(sentence: str, target: Language, others: list[Language]) -> bool:
    """Another script anywhere, or a letter the target does not use in a word that is no
    name: in lower case, or capitalised and known to another language ("Bürger")."""
    if _OTHER_SCRIPT.search(sentence):
        return True
    letters = _FOREIGN_LETTERS.get(target.code)
    if letters is None:
        return False
    return any(
        letters.search(word) and (not word[:1].isupper() or _foreign_capital(word, target, others))
        for word in _WORD.findall(sentence)
    )


def _foreign_run(
    words: list[regex.Match[str]], target: Language, others: list[Language], min_words: int
) -> tuple[int, int] | None:
    """The longest run of words that are common in another language and not the target's."""
    target_lex = target.lexicon
    particles = name_particles(target)
    best: tuple[int, int] | None = None
    for other in others:
        other_lex = other.lexicon
        run_start = None
        for i, m in enumerate([*words, None]):
            word = m.group().lower() if m else ""
            foreign = m is not None and word in other_lex and word not in target_lex
            capitalised_name = m is not None and m.group()[:1].isupper() and word not in other_lex
            if foreign or (run_start is not None and capitalised_name):
                run_start = i if run_start is None else run_start
                continue
            length = i - run_start if run_start is not None else 0
            longer = length >= min_words and (best is None or length > best[1] - best[0])
            run = (m.group() for m in words[run_start:i])
            if longer and _content_words(run, particles) >= _MIN_CONTENT_WORDS:
                best = (run_start, i)  # type: ignore[assignment]
            run_start = None
    return best


# A run needs this many lower-case words that are no name particles: "the Col de la Croix
# de Fer" is a French place name, not French text.
_MIN_CONTENT_WORDS = 2


def _content_words(words: Iterable[str], particles: frozenset[str]) -> int:
    """Words that are no name and no name particle: not capitalised (caseless scripts
    count), not "van" or "de"."""
    return sum(1 for w in words if not w[:1].isupper() and w not in particles)


def _words(text: str, target: Language, start: int = 0, end: int | None = None) -> list[str]:
    """The words of ``text[start:end]``; a letter of its own is an abbreviation's or a
    unit's ("e.g. empagliflozin", "à 1 min 12 s"), no word, unless the target has it."""
    return _word_pattern(target).findall(text, start, len(text) if end is None else end)


@functools.lru_cache(maxsize=16)
def _word_pattern(target: Language) -> regex.Pattern[str]:
    """``_WORD`` without the lone letters the target's word list lacks (one pattern, no
    filtering word by word: this runs on every sentence)."""
    singles = "".join(sorted({w for w in target.lexicon if len(w) == 1 and w.isalpha()}))
    lone = rf"|(?i:[{regex.escape(singles)}])" if singles else ""
    return regex.compile(
        r"(?<![\p{L}\p{M}\p{N}])(?:[\p{L}\p{M}]{2,}(?:['’][\p{L}\p{M}]+)?"
        rf"|[\p{{L}}\p{{M}}]['’][\p{{L}}\p{{M}}]+{lone})"
    )


def _name_complement(words: list[str], particles: frozenset[str]) -> bool:
    """Do the clause's lower-case words start with a name particle after a capitalised
    word and end it in a few words ("The Valois de la mise en scène", "the Musée de la
    Vie romantique")? A foreign name, glossed in English around it."""
    first = next((i for i, w in enumerate(words) if not w[:1].isupper()), None)
    if first is None or first == 0 or words[first] not in particles:
        return False
    return len(words) - first <= _NAME_COMPLEMENT_WORDS


_NAME_COMPLEMENT_WORDS = 5


_CLAUSE = regex.compile(r"[^,;:()\[\]—–]+")


@functools.lru_cache(maxsize=16)
def _name_suffixes(lang: Language) -> tuple[str, ...]:
    """Endings that make a word one of the language's own names (``[untranslated]``)."""
    return tuple(language_section(lang, "untranslated").get("name_suffixes", [])) or ("\0",)


def _foreign_capital(word: str, target: Language, others: list[Language]) -> bool:
    """A capitalised word the target's list does not know that is foreign rather than a
    name: another language's list knows it, or it has letters the target does not use (the
    German nouns of "so die Einschätzung mehrerer Experten")."""
    low = word.lower()
    if any(low in other.lexicon for other in others):
        return True
    if low.endswith(_name_suffixes(target)):
        return False  # a name in the target's possessive: "Clémence’s"
    letters = _FOREIGN_LETTERS.get(target.code)
    return bool(letters and letters.search(word))


def _unknown_capitalised(missing: list[str], target: Language, others: list[Language]) -> int:
    """Of words the target's word list does not know, the capitalised foreign ones."""
    return sum(
        1 for word in missing if not word[:1].islower() and _foreign_capital(word, target, others)
    )


def _unknown_words(words: list[str], target: Language, others: list[Language]) -> tuple[int, int]:
    """How many words the target's word list does not know (lower-case ones, and foreign
    capitalised ones), and how many words are no names."""
    unknown = names = 0
    for word in words:
        if word.lower() in target.lexicon:
            continue
        if word[:1].islower() or _foreign_capital(word, target, others):
            unknown += 1
        else:
            names += 1
    return unknown, len(words) - names


def _masked_quotes(text: str, passages: Iterable[Passage], target: Language, unknown: int) -> str:
    """``text`` with quotations blanked out (same length and offsets), but for those in the
    target language with at least ``unknown`` lower-case words its list does not know.

    A quotation is found in its passage, not its sentence: one that runs over two sentences
    ("\"Dati, isang kaban … nila. Ngayon, … lang,\" she said.") or holds a comma is still
    one. A quotation in another language is normal news; a clause left untranslated in a
    translated quotation is an artifact like any other, so such quotations stay.
    """

    def blank(m: regex.Match[str]) -> str:
        quote = m.group()
        return quote if _may_hold_foreign_clause(quote, target, unknown) else " " * len(quote)

    pieces, pos = [], 0
    for passage in passages:
        pieces.append(text[pos : passage.start])
        pieces.append(_QUOTED.sub(blank, text[passage.start : passage.end]))
        pos = passage.end
    pieces.append(text[pos:])
    return "".join(pieces)


def _may_hold_foreign_clause(quote: str, target: Language, unknown: int) -> bool:
    """``unknown`` lower-case words the target's list does not know, and mostly
    target-language words (the cheap test's 40%) or a sentence of them: a translated
    quotation may keep a source-language sentence between two translated ones ("“I don’t
    expect miracles. Die Verhandlungen sollen … fest. That is all.”")."""
    words = _WORD.findall(quote)
    lowered = [w.lower() for w in words]
    in_target = list(map(target.lexicon.__contains__, lowered))
    missing = sum(
        1 for w, known in zip(words, in_target, strict=True) if not known and w[:1].islower()
    )
    if not words or missing < unknown:
        return False
    return sum(in_target) >= 0.4 * len(words) or any(
        _mostly_target(piece, target, _TARGET_SENTENCE_SHARE)
        for piece in _QUOTED_SENTENCE_END.split(quote)
    )


def _mostly_target(text: str, target: Language, share: float) -> bool:
    """At least ``_MIN_TARGET_WORDS`` words, ``share`` of them in the target's list (which
    lacks some inflected forms: "miracles")."""
    words = _WORD.findall(text)
    known = sum(1 for w in words if w.lower() in target.lexicon)
    return len(words) >= _MIN_TARGET_WORDS and known >= share * len(words)


# Words a stretch needs to be judged in the target language at all.
_MIN_TARGET_WORDS = 4
# A sentence's end inside a quotation, and the share of target words that makes a sentence
# beside a foreign one translated ("I don’t expect miracles").
_QUOTED_SENTENCE_END = regex.compile(r"[.!?]+[^\S\n]+")
_TARGET_SENTENCE_SHARE = 0.75


def _foreign_clause(
    text: str,
    sentence: Sentence,
    target: Language,
    others: list[Language],
    languages: tuple[str, ...],
    options: Mapping[str, Any],
) -> Hit | None:
    """A clause (between commas, semicolons, dashes, brackets) in another language.

    ``text`` has its quotations in other languages blanked out. Only clauses with several
    lower-case words the target language's word list does not know are identified (names
    are capitalised, so a clause of names is never a candidate).
    """
    particles = name_particles(target)
    for m in _CLAUSE.finditer(text, sentence.start, sentence.end):
        clause = m.group()
        words = _words(clause, target)
        unknown, not_names = _unknown_words(words, target, others)
        # Language identification of four words is a guess: clauses need five, and words
        # that are no names ("Société Minière du Haut-Katanga" is a company's name).
        if len(words) < options["min_clause_words"] or unknown < options["min_run_words"] - 1:
            continue
        if _content_words(words, particles) < options["min_run_words"] - 1:
            continue
        if _name_complement(words, particles):
            continue
        if unknown < 0.5 * not_names:
            continue
        # Language identification of a short clause is a guess; a clause where a third of
        # the words are the target's own ("le festival affiche un bilan record") is kept,
        # and one where three words make a third of those that are no names ("Dario
        # Vuković a puni une relance approximative de Yanis Belkacem").
        known = sum(1 for w in words if w.lower() in target.lexicon)
        if known >= 2 and 3 * known >= (len(words) if known == 2 else not_names):
            continue
        # Names are never translated: they do not vote ("l’ancienne ministre cap-verdienne
        # Maria da Luz Tavares" is French, though langdetect takes the name for Italian),
        # but their letters still tell a language no candidate writes ("Ngāti Porou").
        words_only = _name_runs(target).sub(" ", clause).strip()
        found = _foreign_inside(words_only, target, languages, options, letters=clause)
        if found:
            start = m.start() + (len(clause) - len(clause.lstrip()))
            end = m.end() - (len(clause) - len(clause.rstrip(" .!?")))
            return Hit(
                start,
                end,
                message=f"Clause left in the source language ({found}) inside a translated "
                "sentence.",
                suggestion="Translate the clause.",
            )
    return None


@functools.lru_cache(maxsize=16)
def _name_runs(lang: Language) -> regex.Pattern[str]:
    """Two or more capitalised words, perhaps joined by name particles: a name."""
    particles = "|".join(
        regex.escape(p) for p in sorted(name_particles(lang), key=len, reverse=True)
    )
    joint = rf"[^\S\n]+(?:(?:{particles})[^\S\n]+)*" if particles else r"[^\S\n]+"
    word = r"\p{Lu}[\p{L}\p{M}'’\-]*"
    return regex.compile(rf"{word}(?:{joint}{word})+")


def _foreign_inside(
    stretch: str,
    target: Language,
    languages: tuple[str, ...],
    options: Mapping[str, Any],
    *,
    letters: str | None = None,
) -> str | None:
    """The language of a clause or run of words inside a sentence, if langdetect is sure it
    is another than the target's and one of the candidates writes all the letters of
    ``letters`` (the stretch itself by default; a quoted Māori proverb is in none of them)."""
    if not langid.written_in(stretch if letters is None else letters, languages):
        return None
    found = langid.identify(stretch, languages)
    if not found or found[0] == target.code or found[1] < options["min_probability"]:
        return None
    return found[0]


@detector("untranslated", min_words=5, min_run_words=4, min_clause_words=5, min_probability=0.9)
def untranslated(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Foreign stretches, less those that are a title or name the document repeats and
    the target's words: four words in a row recur outside the stretch's passage, and
    without them the stretch has fewer unknown lower-case words than a foreign run needs
    ("La casa de las horas quietas review – …" above a review naming the film twice more,
    "La llum que queda is at the Fundació …"). Two paragraphs left in German may share a
    phrase; the rest of each is still German."""
    text = ctx.text
    target = ctx.language
    for hit in _untranslated(ctx, options):
        own = ctx.passages[ctx.passage_at(hit.start)]
        runs = _FOUR_WORDS.finditer(text, hit.start, hit.end, overlapped=True)
        recurring = [r.span() for r in runs if _elsewhere(text, r.group(), own)]
        rest = _unknown_outside(text, hit, recurring, target) if recurring else 0
        if recurring and rest < options["min_run_words"] - 1:
            continue
        if _translation_follows(text, hit.end, ctx.language):
            continue  # a quotation in the original, its translation in brackets after it
        if _named_by_article(text, hit, target):
            continue  # "The tarte aux pralines roses (£9), Lyon’s … tart, is …": a dish
        yield hit


def _named_by_article(text: str, hit: Hit, target: Language) -> bool:
    """Is the stretch a few foreign words after the target's article, within a sentence
    that goes on after it? The article makes them a name the target's syntax uses (a
    dish, a work, an institution), not a clause left untranslated."""
    articles = frozenset(language_section(target, "untranslated").get("name_articles", []))
    words = _WORD.findall(text, hit.start, hit.end)
    if not articles or not 2 < len(words) <= _NAMED_WORDS or words[0].lower() not in articles:
        return False
    return _SENTENCE_GOES_ON.match(text, hit.end) is not None


# How many words such a name may have, its article included.
_NAMED_WORDS = 6
# After the stretch: a bracket or a comma, and the sentence goes on.
_SENTENCE_GOES_ON = regex.compile(r"[^\S\n]*[(,][^\n]*?\p{L}")


def _unknown_outside(text: str, hit: Hit, spans: list[tuple[int, int]], target: Language) -> int:
    """Lower-case words of the hit outside ``spans`` that the target's word list lacks."""
    return sum(
        1
        for w in _WORD.finditer(text, hit.start, hit.end)
        if w.group()[:1].islower()
        and w.group().lower() not in target.lexicon
        and not any(a <= w.start() < b for a, b in spans)
    )


def _elsewhere(text: str, words: str, own: Passage) -> bool:
    """Do ``words`` occur outside the passage ``own``?"""
    return text.count(words) > text.count(words, own.start, own.end)


# Four words in a row of a stretch, compared with the rest of the document.
_FOUR_WORDS = regex.compile(r"(?<!\S)\S+(?:[^\S\n]+\S+){3}")
# A bracket right after a stretch (past its closing marks): "…," she said. (It is …)"
_BRACKET_AFTER = regex.compile(r"[\"”’»«.,!?]*[^\S\n]*\(([^()\n]{10,600})\)")
# A dash and a quotation a few words after it: "… Ala ka kisi an ma" — "May God save us,"
# in Bambara; "…'sok beszédnek sok az alja'" — a saying that translates as "much talk …".
_GLOSS_AFTER = regex.compile(
    r"[\"”’»«'.,!?]*[^\S\n]*[—–][^\S\n]*[^\n\"“]{0,60}?[\"“]([^\"”\n]{10,300})[\"”]"
)


def _translation_follows(text: str, end: int, target: Language) -> bool:
    """Does a bracket in the target language, or a dash and a quotation in it, follow the
    stretch: its translation?"""
    if (m := _BRACKET_AFTER.match(text, end)) is not None:
        return _mostly_target(m.group(1), target, _TRANSLATION_SHARE)
    # (a quotation set off by a dash is a gloss by its form: half its words are enough,
    # as the word list lacks some short ones: "May God save us")
    m = _GLOSS_AFTER.match(text, end)
    return m is not None and _mostly_target(m.group(1), target, _GLOSS_SHARE)


_TRANSLATION_SHARE = 0.6
_GLOSS_SHARE = 0.5


def _untranslated(ctx: CheckContext, options: Mapping[str, Any]) -> Iterator[Hit]:
    target = ctx.language
    source_code = ctx.document.source_lang
    languages = langid.candidates(target.code, source_code)
    others = [get_language(c) for c in ("de", "fr", source_code or "") if c and c != target.code]
    others = [o for o in others if o.lexicon]
    particles = name_particles(target)
    text = ctx.text
    kinds = (PassageKind.PARAGRAPH, PassageKind.HEADING, PassageKind.CAPTION)
    suspicious = _SUSPICIOUS.get(target.code, _OTHER_SCRIPT)
    passages = ctx.passages_of(kinds)
    masked = _masked_quotes(text, passages, target, options["min_run_words"] - 1)
    for passage in passages:
        flagged: list[Sentence] = []
        suspect = suspicious.search(text, passage.start, passage.end) is not None
        for sentence in passage.sentences:
            chunk = text[sentence.start : sentence.end]
            words = _words(masked, target, sentence.start, sentence.end)
            lowered = list(map(str.lower, words))
            in_target = list(map(target.lexicon.__contains__, lowered))  # C loops: a hot spot
            # A line of names and figures ("Netherlands 237-8 (50 overs; Van den Broek 84,
            # De Jong 46)") is no text left untranslated: names are never translated. A
            # sentence needs as many words that are no names as a clause does (below).
            if (
                len(words) >= options["min_words"]
                and not _plainly_target(in_target, chunk, target, others, suspect)
                and not _names_joined_in_target(words, in_target)
                and _content_words(words, particles) >= options["min_run_words"] - 1
            ):
                result = langid.identify(chunk, languages)
                if result and result[0] != target.code and result[1] >= options["min_probability"]:
                    # A sentence that is only partly foreign: flag the clause, not all of it.
                    clause = _foreign_clause(masked, sentence, target, others, languages, options)
                    length = sentence.end - sentence.start
                    if clause and clause.end - clause.start < 0.7 * length:
                        yield clause
                    else:
                        flagged.append(sentence)
                    continue
            # The clause and run tests below need several lower-case words the target's
            # word list does not know: most translated sentences stop here.
            missing = list(compress(words, map(not_, in_target)))
            unknown = sum(1 for w in missing if w[:1].islower())
            if unknown < options["min_run_words"] - 1 and (
                unknown == 0
                or unknown + _unknown_capitalised(missing, target, others)
                < options["min_run_words"] - 1
            ):
                continue
            clause = _foreign_clause(masked, sentence, target, others, languages, options)
            if clause:
                yield clause
                continue
            # A run of source-language words spliced into a translated sentence without
            # punctuation around it; cheap word-list test first.
            if not any(
                sum(1 for w in lowered if w in o.lexicon and w not in target.lexicon)
                >= options["min_run_words"]
                for o in others
            ):
                continue
            matches = list(_WORD.finditer(masked, sentence.start, sentence.end))
            run = _foreign_run(matches, target, others, options["min_run_words"])
            if run:
                start, end = matches[run[0]].start(), matches[run[1] - 1].end()
                found = _foreign_inside(text[start:end], target, languages, options)
                if found:
                    yield Hit(
                        start,
                        end,
                        message=f"Words left in the source language ({found}) inside a "
                        "translated sentence.",
                        suggestion="Translate the clause.",
                    )
        whole = len(flagged) == len(passage.sentences) and len(flagged) > 1
        if whole:
            yield Hit(
                passage.start,
                passage.end,
                message="Passage left untranslated.",
                severity=Severity.CRITICAL,
                suggestion="Translate the passage.",
            )
            continue
        for sentence in flagged:
            found = langid.identify(text[sentence.start : sentence.end], languages)
            yield Hit(
                sentence.start,
                sentence.end,
                message=f"Sentence left untranslated ({found[0] if found else 'unknown'}).",
                suggestion="Translate the sentence.",
            )
