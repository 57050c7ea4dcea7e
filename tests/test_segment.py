from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from tqcheck.languages import get_language
from tqcheck.model import Document, PassageKind
from tqcheck.segment import _PREV_TOKEN_RE, classify, segment, split_sentences

EN = get_language("en")


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, 0, len(text), EN)]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. and the U.N. agreed on Monday.",
        "Mr. Smith met Dr. Jones in Jan. 2023.",
        "George W. Bush spoke at 10 a.m. on Tuesday.",
        "Growth was 2.5 percent in the first quarter.",
        "The meeting starts at 10.30 and ends at noon.",
        "Officially, China behaves in… Ukraine war neutral.",
        "He paused... Then he went on.",
        "Smt. P. Sujatha Reddy, deputy leader of the Opposition, said so.",
        "The team, led by Brig. Gen. Gadi Shamir, met Det. Supt. Ann Cole on Tuesday.",
        "Households will pay Rs. 15 per unit, down from Rs. 18 a year ago.",
        "The bill's sponsor, Del. Rachel Ambrose (D-Fairfax), said it would pass.",
        "The holdouts, Sens. Travis Whitcomb (R-Ga.) and Beverly Tate (R-Ala.), objected.",
        "Voting no were Ald. Brendan Fitzgerald, 19th, and Ald. Marek Zieliński, 41st.",
        "She farms near Dingle in Co. Kerry and sells to Halvern Inc. every autumn.",
    ],
)
def test_no_split(text):
    assert sentences(text) == [text]


def test_a_currency_abbreviation_ends_a_sentence_where_no_number_follows():
    text = "The tariff is quoted in Rs. Tariffs for hotels will fall."
    assert sentences(text) == ["The tariff is quoted in Rs.", "Tariffs for hotels will fall."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fund is run by Tallow Holdings Ltd. Its chief executive said so.",
            ["The fund is run by Tallow Holdings Ltd.", "Its chief executive said so."],
        ),
        (
            "They grow apples, pears, etc. The harvest starts soon.",
            ["They grow apples, pears, etc.", "The harvest starts soon."],
        ),
    ],
)
def test_a_company_abbreviation_ends_a_sentence_before_an_opener(text, expected):
    assert sentences(text) == expected


def test_splits_at_sentence_ends():
    text = "The talks failed. “We will try again,” he said. Why? Nobody knows!"
    assert sentences(text) == [
        "The talks failed.",
        "“We will try again,” he said.",
        "Why?",
        "Nobody knows!",
    ]


def test_splits_after_closing_quote():
    text = "He said it was “over.” Then he left."
    assert sentences(text) == ["He said it was “over.”", "Then he left."]


def test_splits_at_straight_single_quotes():
    text = "She was loyal. 'She would tear your draft,' he said. 'She never apologised.' Then"
    assert sentences(text) == [
        "She was loyal.",
        "'She would tear your draft,' he said.",
        "'She never apologised.'",
        "Then",
    ]
    assert sentences("He likes rock 'n' roll. 'Tis the season.") == [
        "He likes rock 'n' roll.",
        "'Tis the season.",
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("date 2023-09-13 Home page politics", PassageKind.META),
        ("Home » World » Europe", PassageKind.META),
        ("From: Sven Hauberg", PassageKind.BYLINE),
        ("By Jane Doe and John Smith", PassageKind.BYLINE),
        ("From: Sofia Berg in Stockholm", PassageKind.BYLINE),
        # a wire story's bracketed sign-off
        (
            "(Reporting by Ann Lee in London and Kenji Arakawa in Singapore; Additional "
            "reporting by Emeka Obi in Houston; Editing by Simon Hartley)",
            PassageKind.BYLINE,
        ),
        ("(Reporting was hard, he said, because the roads were closed.)", PassageKind.PARAGRAPH),
        ("From Stockholm in winter", PassageKind.HEADING),
        # A clock time opens or ends a metadata line, not a headline with a race time.
        ("Updated 10:45", PassageKind.META),
        ("Posted: Oct 22, 2024 4:15", PassageKind.META),
        # a line of prices between separators is no breadcrumb trail
        ("Price: £229 / $249 / €259", PassageKind.HEADING),
        ("$999 at Norvane | £949 at Norvane UK | €1,099 at Norvane EU", PassageKind.META),
        # a scoring play's game clock follows the play, not a date or a label
        ("SA — Malik Odom 12 run (Connor Reyes kick), 6:14", PassageKind.HEADING),
        ("Kiprotich wins Manchester Marathon in 2:07:48 as Novotná holds on", PassageKind.HEADING),
        ("Two leaders shake hands © Jane Doe / dpa", PassageKind.CAPTION),
        ("Putin wants weapons from North Korea?", PassageKind.HEADING),
        ("China has no interest in a highly armed North Korea", PassageKind.HEADING),
        ("The talks failed on Monday.", PassageKind.PARAGRAPH),
        # a numbered subheading's number ends no sentence
        ("2. Top up your pension", PassageKind.HEADING),
        ("2. Top up your pension. Then wait", PassageKind.PARAGRAPH),
        # a roundup's closing credit
        ("Compiled from agency reports", PassageKind.BYLINE),
        ("Compiled from the minutes of three meetings", PassageKind.HEADING),
    ],
)
def test_classify(text, kind):
    assert classify(text, EN) is kind


def test_passages_are_spans_of_the_original_text():
    text = "Headline here\n\nFirst line of a paragraph\nwrapped here.\r\n\r\nSecond.  \n"
    passages = segment(Document(text))
    assert [text[p.start : p.end] for p in passages] == [
        "Headline here",
        "First line of a paragraph\nwrapped here.",
        "Second.",
    ]
    assert passages[0].kind is PassageKind.HEADING
    assert passages[1].kind is PassageKind.PARAGRAPH


def test_standalone_lines_inside_a_block_become_passages():
    text = "From: Jane Doe\nThe talks failed on Monday. Both sides blamed each other."
    passages = segment(Document(text))
    assert [p.kind for p in passages] == [PassageKind.BYLINE, PassageKind.PARAGRAPH]


def test_headline_without_blank_line_is_split_off():
    text = "Talks collapse in Geneva\nThe talks failed on Monday. Both sides blamed each other."
    passages = segment(Document(text))
    assert [p.kind for p in passages] == [PassageKind.HEADING, PassageKind.PARAGRAPH]


def test_long_line_ending_on_a_verb_after_a_paragraph_is_a_cut_paragraph():
    text = (
        "Court convicts charity director\n\nThe jury deliberated for two days.\n\n"
        "The former director of the fund, Lionel Arceneaux, 58, showed\n\n"
        "Joy on the pitch, anger in the other camp tonight\n\nThe match ended late."
    )
    kinds = [p.kind for p in segment(Document(text))]
    assert kinds == [
        PassageKind.HEADING,
        PassageKind.PARAGRAPH,
        PassageKind.PARAGRAPH,  # cut off on its verb
        PassageKind.HEADING,  # a long subheading, but a phrase
        PassageKind.PARAGRAPH,
    ]


@given(st.text(alphabet="ab.\u00e9 \n\r\x1c\u00a0\u2028", max_size=16))
def test_the_token_before_a_full_stop_is_found_from_the_end_as_from_the_start(text: str) -> None:
    forward = regex.compile(r"(\S+)$").search(text)
    backward = _PREV_TOKEN_RE.search(text)
    assert (forward and forward.span(1)) == (backward and backward.span(1))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Accueil › Politique › Société", PassageKind.META),
        # A function word after the breadcrumb word: a subheading, not a trail.
        ("Accueil glacial des syndicats", PassageKind.HEADING),
    ],
)
def test_classify_french_breadcrumbs(text, kind):
    assert classify(text, get_language("fr")) is kind


def test_live_blog_time_stamps_are_entry_headings_and_a_lone_stamp_is_metadata() -> None:
    entry = "\nThe first results came in from the north. Turnout was high.\n\n"
    live = "Election night live\n\n21:00 CET" + entry + "21:12 CET" + entry
    kinds = [p.kind for p in segment(Document(live))]
    assert kinds == [PassageKind.HEADING, *[PassageKind.HEADING, PassageKind.PARAGRAPH] * 2]
    lone = "Election night\n\n21:00 CET" + entry
    assert segment(Document(lone))[1].kind is PassageKind.META
    titled = live.replace("21:00 CET", "21:00 CET – Polls close").replace(
        "21:12 CET", "21:12 CET – First results are in"
    )
    kinds = [p.kind for p in segment(Document(titled))]
    assert kinds == [PassageKind.HEADING, *[PassageKind.HEADING, PassageKind.PARAGRAPH] * 2]


def test_a_table_is_no_breadcrumb_trail() -> None:
    table = (
        "The provisional seats are:\n\nParty | Seats | Change\nCivic Renewal | 36 | +14\n"
        "Freedom Bloc | 8 | -4\n\nTalks start on Monday."
    )
    passages = segment(Document(table))
    rows = [p for p in passages if "|" in table[p.start : p.end]]
    assert sum(table.count("|", p.start, p.end) for p in rows) == 6
    assert all(p.kind is PassageKind.HEADING for p in rows)
    # Lines of words alone with the same separators are still navigation.
    crumbs = "Home | News | Politics\nWorld | Sport | Weather\n\nThe talks failed on Monday."
    assert segment(Document(crumbs))[0].kind is PassageKind.META


def test_a_quoted_heading_and_a_bracketed_list_are_no_cut_paragraphs() -> None:
    text = (
        "Bats avoid lit streets\n\nThe study ran for three years in twelve towns.\n\n"
        "Q&A: ‘Darkness is a resource we can learn to manage’\n\n"
        "Nature spoke to the author.\n\n"
        "Waikato 31 (Tamati Te Huia 2, Manaia Wharepapa, Ihaia Ngātai tries; Paewai 4 con, pen)"
        "\n\nThe match ended late."
    )
    kinds = [p.kind for p in segment(Document(text))]
    assert kinds[2] is PassageKind.HEADING and kinds[4] is PassageKind.HEADING


def test_an_author_and_date_in_brackets_closing_an_article_is_a_byline() -> None:
    text = "Die Gebühren steigen ab Jänner.\n\n(Christoph Reisinger, 20.11.2025)"
    assert [p.kind for p in segment(Document(text, lang="de"))][-1] is PassageKind.BYLINE
    text = "The fees rise in January.\n\n(See page 4, 2025)"
    assert [p.kind for p in segment(Document(text))][-1] is not PassageKind.BYLINE


def test_a_signed_time_is_a_gap_not_a_clock() -> None:
    de = get_language("de")
    assert (
        classify("3. Arnaud Lefèvre (Frankreich/Équipe Horizon) +0:26", de) is not PassageKind.META
    )
    assert classify("Aktualisiert 10:45", de) is PassageKind.META


def test_a_labelled_heading_ending_on_a_verb_is_no_cut_paragraph() -> None:
    text = (
        "Walking the Dolomites\n\nThe route takes a week at a gentle pace.\n\n"
        "Where to stay: five rifugios worth the climb\n\nRifugio Puez sits at 2,475m."
    )
    assert segment(Document(text))[2].kind is PassageKind.HEADING


def test_a_subheading_may_end_on_a_noun_that_is_also_a_verb() -> None:
    """A base form is a verb only after a modal or "to": "the dispute", "over pay"."""
    text = (
        "Coalition in crisis\n\nThe talks failed on Monday.\n\n"
        "Debt brake at the heart of the dispute\n\nThe row goes on.\n\n"
        "Trams halted as drivers strike over pay\n\nThe strike began at dawn.\n\n"
        "MacPherson said on Monday that the Scottish government would release\n\nIt rained."
    )
    kinds = [p.kind for p in segment(Document(text))]
    assert kinds[2] is PassageKind.HEADING
    assert kinds[4] is PassageKind.HEADING
    assert kinds[6] is PassageKind.PARAGRAPH  # cut off on its verb after "would"
