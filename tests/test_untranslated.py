"""The untranslated-text detector's character classes."""

from __future__ import annotations

import pytest
import regex

from tqcheck import langid
from tqcheck.detectors import untranslated

from . import conftest

# Every code point except the surrogates, which a str from decoded text cannot hold.
_ALL = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def _matched(pattern: regex.Pattern[str]) -> list[str]:
    return pattern.findall(_ALL)


@pytest.mark.parametrize("code", sorted(untranslated._FOREIGN_LETTER_SETS))
def test_ascii_first_classes_match_what_the_plain_classes_match(code: str) -> None:
    letters = f"[{untranslated._FOREIGN_LETTER_SETS[code]}]"
    script = untranslated._OTHER_SCRIPT_SET
    assert _matched(untranslated._FOREIGN_LETTERS[code]) == _matched(regex.compile(letters))
    assert _matched(untranslated._SUSPICIOUS[code]) == _matched(
        regex.compile(f"{letters}|{script}")
    )
    assert _matched(untranslated._OTHER_SCRIPT) == _matched(regex.compile(script))


def _untranslated(text: str) -> list[str]:
    return conftest.flagged(text, "untranslated.text", lang="en")


_CONTEXT = "Vendors at the market said prices had risen again this week. "


@pytest.mark.parametrize(
    "quote",
    [
        # a quotation over two sentences, and one with a comma inside
        '"Dati, isang kaban ang binibili nila. Ngayon, tatlong kilo na lang," she said. '
        '("Before, they would buy a whole sack. Now, just three kilos.")',
        '"Le français ne se protégera pas tout seul," Duchesneau told reporters after '
        'tabling the bill, before adding in English: "French will not protect itself. Every '
        'generation has to make that choice again."',
    ],
)
def test_a_quotation_in_another_language_is_no_untranslated_text(quote: str) -> None:
    assert _untranslated(_CONTEXT + quote) == []


def test_a_clause_left_in_a_translated_quotation_is_flagged() -> None:
    text = (
        _CONTEXT + '"We will not accept this plan, selon un porte-parole du ministère lundi '
        'soir, and we will fight it in every court," the union leader said.'
    )
    assert _untranslated(text) == ["selon un porte-parole du ministère lundi soir"]


def test_names_do_not_make_a_clause_foreign() -> None:
    """Names are in no word list: three French words among six that are no names keep a
    clause French, though language identification reads it as Italian."""
    text = (
        "La soirée avait bien mal commencé pour les hommes de Patrick Olivaud. Dès la 12e "
        "minute, Dario Vuković a puni une relance approximative de Yanis Belkacem : lancé "
        "dans l’axe, l’attaquant croate a ajusté le gardien."
    )
    assert conftest.flagged(text, "untranslated.text", lang="fr") == []
    # Two known words are not enough: "so die Einschätzung mehrerer Experten aus Berlin".
    assert _untranslated(
        "The club survived two spells in administration, so die Einschätzung mehrerer "
        "Experten aus Berlin."
    ) == ["so die Einschätzung mehrerer Experten aus Berlin"]


def test_a_name_with_foreign_letters_leaves_an_english_sentence_english() -> None:
    quote = (
        "She elaborated: “Some new instruments are very loud and very flattering. Clémence’s "
        "violins don’t flatter you. If you play badly, they tell you.”"
    )
    assert _untranslated(_CONTEXT + quote) == []
    german = "Die Bürger haben große Angst vor der Zukunft."
    assert _untranslated(_CONTEXT + german) == [german]


def test_a_foreign_name_of_capitalised_words_is_no_foreign_clause() -> None:
    text = (
        "Société Minière du Haut-Katanga (SMHK), a mid-sized producer with output of about "
        "11,000 tonnes of cobalt last year, said it would review its plans."
    )
    assert _untranslated(_CONTEXT + text) == []


def test_units_glued_to_figures_are_no_words() -> None:
    """A results list of names and times ("54hr 12min 37sec") has no words to translate."""
    results = (
        "General classification\n1. Søren Kjærgaard (Den) Norvik–Fjell 54hr 12min 37sec\n"
        "2. Tomáš Dvořák (Cze) Meridian Racing +0:34"
    )
    assert _untranslated(_CONTEXT + "\n\n" + results) == []


def test_names_joined_by_english_words_are_no_untranslated_line() -> None:
    byline = "Lucía Ferreyra in Santiago and Rodrigo Assunção in São Paulo"
    assert _untranslated(_CONTEXT + "\n\n" + byline + "\n\n" + _CONTEXT) == []
    # a German sentence whose lower-case words are partly English words too is still German
    german = "Die Regierung will in der Krise schnell handeln."
    assert _untranslated(_CONTEXT + " " + german) == [german]


def test_letters_of_an_abbreviation_are_no_words() -> None:
    """ "e.g." is no two unknown words beside two drug names."""
    drugs = (
        "Many took an SGLT2 inhibitor, the class of drugs (e.g. empagliflozin and "
        "dapagliflozin) that were among the first shown to improve outcomes."
    )
    assert _untranslated(_CONTEXT + " " + drugs) == []


def test_a_foreign_title_the_article_repeats_is_no_untranslated_text() -> None:
    """A review names its film in the source language in the headline and again below."""
    title = "La noche de los relojes perdidos"
    text = (
        f"{title} review – a family, a clockmaker and a very long night\n\n"
        f"{title} (The Night of the Lost Clocks) opens in a workshop in Seville. "
        + _CONTEXT
        + f"\n\n{title} is released on Friday."
    )
    assert _untranslated(text) == []
    # the same words once, spliced into a sentence, are still flagged
    once = _CONTEXT + "Dijo que la noche de los relojes perdidos no termina nunca para ellos."
    assert _untranslated(once) != []


def test_a_foreign_name_glossed_in_english_is_no_untranslated_clause() -> None:
    """A prize, museum or office named in its language after a capitalised word."""
    text = (
        _CONTEXT + "Still, the pattern was clear. The Prix de la mise en lumière, for best "
        "lighting, went to the Danish director Ulla Friis."
    )
    assert _untranslated(text) == []


def test_a_title_the_article_repeats_is_no_untranslated_clause_after_in() -> None:
    title = "La veu que resta"
    text = (
        f"{title} review – a painter comes home\n\n{title} (The Voice), the first full "
        "survey, opens in Girona. " + _CONTEXT + "\n\nIt is hard to disagree. Serra spent "
        f"most of her life painting a home she could not reach. In {title}, she has finally "
        f"been brought back to it.\n\n{title} is at the Fundació Serra until May."
    )
    assert _untranslated(text) == []


def test_two_untranslated_paragraphs_that_share_a_phrase_are_both_flagged() -> None:
    """A phrase repeated across two German paragraphs makes them no title."""
    first = (
        "Die Bundesregierung hat am Montag beschlossen, die Steuern zu senken, und die "
        "Opposition kritisiert das scharf."
    )
    second = (
        "Die Bundesregierung hat am Dienstag erklärt, dass sie weitere Schritte plant und "
        "die Länder beteiligen will."
    )
    text = f"{_CONTEXT}\n\n{first}\n\n{_CONTEXT.replace('Vendors', 'Traders')}\n\n{second}"
    flagged = " ".join(_untranslated(text))
    assert "Steuern" in flagged, flagged
    assert "Schritte" in flagged, flagged


def test_a_clause_in_a_language_no_candidate_writes_is_not_named_after_one() -> None:
    """langdetect takes this Māori proverb for Polish; Polish has no "ā"."""
    text = (
        _CONTEXT + "She took the tribal proverb – Ko Hikurangi te maunga, ko Waiapu te awa, "
        "ko Ngāti Porou te iwi – and made a whole body of work out of it."
    )
    assert _untranslated(text) == []


def test_letters_the_candidates_write_leave_the_identification_alone() -> None:
    languages = langid.candidates("en")
    assert langid.written_in("Erdoğan sagte am Montag, dass Łódź", languages)
    assert not langid.written_in("ko Ngāti Porou te iwi", languages)


def test_a_name_does_not_vote_on_its_clause_language() -> None:
    """langdetect takes this French clause for Italian because of the Portuguese name."""
    text = (
        "Le scrutin était suivi par la CEDEAO, qui avait déployé 120 observateurs. Dans sa "
        "déclaration, la cheffe de la mission, l’ancienne ministre cap-verdienne Maria da Luz "
        "Tavares, a salué un scrutin apaisé."
    )
    assert conftest.flagged(text, "untranslated.text", lang="fr") == []
