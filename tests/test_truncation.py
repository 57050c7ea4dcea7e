"""Paragraphs and headlines cut off mid-sentence (detectors/truncation.py)."""

from __future__ import annotations

import pytest

from . import conftest

_BODY = "\n\nThe council said on Monday that it would publish the figures next week."


def _cut(text: str) -> list[str]:
    return conftest.flagged(text, "text.truncated", lang="en")


@pytest.mark.parametrize(
    "headline",
    [
        # object pronouns and adverbs close a phrase
        "What the new parking rules mean for you",
        "Why the county cannot afford it",
        "The mayor who promised a park, and the voters who believed her",
        "Fares rise faster than ever before",
        # "that" after a preposition or "just" is a pronoun, "will" after a number a noun
        "Ministers ruled out a tax rise. Now they are planning just that",
        "Heirs fight over a farmer’s two million will",
        "Court upholds the tycoon’s will",
        # the document's first passage is its headline even with a full stop inside
        "A new flu vaccine is being tried in 4,000 pupils. Here’s what to know",
    ],
)
def test_headlines_that_end_a_phrase_pass(headline: str) -> None:
    assert _cut(headline + _BODY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said the bridge would reopen in spring and that" + _BODY,
         "in spring and that"),
        ("Council votes on budget" + _BODY + "\n\nThe mayor told reporters the plan would "
         "cost more than expected because the", "than expected because the"),
        # "that" after a verb may still open a clause that was cut
        ("Roads closed" + _BODY + "\n\nThe police said that", "The police said that"),
        # a name and its apposition between paragraphs: a sentence, not a subheading
        ("Roads closed" + _BODY + "\n\nMarta Olsen-Berg, the transport manager of the County"
         + _BODY, "manager of the County"),
    ],
)  # fmt: skip
def test_cut_text_is_flagged(text: str, expected: str) -> None:
    assert _cut(text) == [expected]


def test_a_later_short_passage_with_a_full_stop_inside_is_still_a_cut_paragraph() -> None:
    text = "Bridge reopens" + _BODY + "\n\nThe work took a year. Engineers replaced the" + _BODY
    assert _cut(text) == ["year. Engineers replaced the"]


def test_a_standfirst_before_the_byline_is_no_cut_paragraph() -> None:
    text = (
        "Cabinet clears drinking water scheme for the city's outer suburbs\n\n"
        "Project to cover 27 municipalities and 186 villages beyond the Outer Ring Road; first "
        "phase of the pipeline network targeted for completion by March 2027\n\n"
        "By Our Special Correspondent" + _BODY
    )
    assert _cut(text) == []


def test_the_head_of_an_article_ends_without_punctuation() -> None:
    """A score line and its summary before the first finished paragraph are head matter;
    a dangling word there is still a cut."""
    head = (
        "England close in on series win\n\nBy Martin Ashcroft\n\n"
        "Second Test, day four: England 264 & 287-6 dec v South Africa 231 & 186-5 "
        "(Coetsee 62, Mokoena 52*; Greaves 3-48)\n\nSouth Africa need 135 more runs to win"
    )
    assert _cut(head + _BODY) == []
    assert _cut(head + " and the" + _BODY) == ["to win and the"]
    # after the first finished paragraph such a line is a cut paragraph
    later = (
        "England close in on series win" + _BODY + "\n\nSouth Africa need 135 more runs on the "
        "last day with five wickets left and the new ball due after eight overs of the morning"
    )
    assert _cut(later + _BODY) == ["overs of the morning"]


def test_a_list_of_lines_is_no_cut_paragraph() -> None:
    recipe = (
        "1.5kg pork bones, soaked in cold water for two hours\n500g boneless pork shoulder\n"
        "1 onion, halved\nTo serve: cooked rice, chives and sliced spring onions"
    )
    assert _cut("Pork soup at home" + _BODY + "\n\n" + recipe + _BODY) == []
    # a review's labelled lists
    pros = "Pros: Outstanding battery life; very fast charging; excellent 3x telephoto"
    cons = "Cons: Shorter update promise than rivals; heavy; camera bump wobbles on a table"
    assert _cut("Phone review" + _BODY + "\n\n" + pros + "\n\n" + cons) == []
    # hard-wrapped running text is no list: its lines start in lower case
    wrapped = (
        "The council said on Monday that the works on the\nbridge would take a year and "
        "that the road\nwould stay closed to lorries until the engineers had"
    )
    assert _cut("Bridge works" + _BODY + "\n\n" + wrapped + _BODY) != []


@pytest.mark.parametrize(
    ("heading", "flagged"),
    [("The White House weighs in", False), ("Rivals close in", False),
     ("Officials in the city of", True)],
)  # fmt: skip
def test_a_heading_may_end_on_a_verbs_particle(heading: str, flagged: bool) -> None:
    text = "Budget talks stall" + _BODY + "\n\n" + heading + _BODY
    assert bool(_cut(text)) is flagged


def test_a_line_with_two_commas_after_a_paragraph_is_a_cut_paragraph() -> None:
    """A subheading is a phrase; a line with an apposition between commas is a sentence."""
    line = (
        "Ferreyra, a former World Bank consultant, promised a state of emergency in the "
        "worst-hit districts of Lima and Callao"
    )
    assert _cut("Run-off count begins" + _BODY + "\n\n" + line + _BODY) == ["of Lima and Callao"]
    assert _cut("Run-off count begins" + _BODY + "\n\nBread, butter and the budget" + _BODY) == []


def test_a_line_with_a_relative_clause_after_a_comma_is_a_cut_paragraph() -> None:
    """A subheading may go on after a comma with a phrase, not with a relative clause."""
    line = "Scottish Labour’s Morag Lennox, who sits on the committee"
    assert _cut("Ferry row deepens" + _BODY + "\n\n" + line + _BODY) == ["sits on the committee"]
    phrase = "Fewer buses on the routes, higher fares for all the passengers"
    assert _cut("Ferry row deepens" + _BODY + "\n\n" + phrase + _BODY) == []
    # under the headline, a standfirst may be so
    assert _cut("Ferry row deepens\n\n" + line + _BODY) == []


def test_a_bracket_after_a_finished_sentence_closes_the_paragraph() -> None:
    text = (
        "Bridge reopens" + _BODY + "\n\nThe council said the work had cost far more than the "
        "engineers had planned for. (Additional reporting by Jane Smith)" + _BODY
    )
    assert _cut(text) == []


_DE_BODY = "\n\nDie Etappe war lang, und am Ende jubelte der Favorit."


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Waikato edge Tasman" + _BODY
                     + "\n\nWaikato 31 (Te Huia 2, Wharepapa tries; Paewai 4 con, pen)"
                     + "\n\nTasman 24 (Whitcombe, Rangi, Aldridge tries; Pendergast 3 con, pen)"
                     + "\n\nHalftime: Tasman 17-10", id="closing-scorer-lines"),
        pytest.param("en", "Waikato edge Tasman" + _BODY
                     + "\n\nTasman 24 (Whitcombe, Rangi tries)" + _BODY, id="closed-bracket"),
        pytest.param("en", "Sanctuary found" + _BODY + "\n\nFact box"
                     + "\n\nLocation: Serra di Mezzo, province of Agrigento, Sicily"
                     + "\n\nPeriod of use: c. 550 BC to shortly after 210 BC"
                     + "\n\nKey finds: terracotta figurines, a lead curse tablet, 14 offering pits",
                     id="fact-box"),
        pytest.param("en", "Congo raises cobalt royalty" + _BODY + "\n\nBY THE NUMBERS"
                     + "\n\n12.5% - proposed royalty rate on cobalt under the draft decree"
                     + "\n\n11,000 tonnes - the company's cobalt output last year"
                     + "\n\n25% - share of mining royalties allocated to provinces",
                     id="figures-fact-box"),
        pytest.param("en", "Architect dies at 86" + _BODY + "\n\nIsobel Margaret Drummond, "
                     "architect, born 14 June 1938; died 3 March 2025", id="closing-date-line"),
        pytest.param("en", "Reform wins Harford" + _BODY + "\n\nThe full result was:"
                     + "\n\nReform UK, Gemma Lathwell: 10,721 (34.7%, up 18.3 points)"
                     + "\n\nConservative, Henry Ashcombe: 8,373 (27.1%, down 11.1 points)"
                     + _BODY, id="result-lines-with-commas"),
        pytest.param("en", "Kings beat Grizzlies" + _BODY + '\n\n"Tip your cap when a man gets '
                     'hot like that. See you in Sac. #GrindCity"' + _BODY, id="hashtag"),
        pytest.param("de", "Pavlič gewinnt" + _DE_BODY + "\n\nGesamtwertung:\n"
                     "1. Luka Pavlič (Slowenien/Veloria) 58:41:09 Std.\n"
                     "2. Mikkel Sørvig (Dänemark/Kestrel Racing) +0:29 Min.\n"
                     "3. Julián Cárdenas (Kolumbien/Andean Pro Cycling) +1:12",
                     id="numbered-results"),
        pytest.param("de", "Mainz dreht das Spiel" + _DE_BODY + "\n\nTore: 0:1 Olsen (12.), "
                     "1:1 Brämer (38.), 2:1 Tetteh (84.) – Gelb-Rote Karte: Riedmann (61./Mainz) "
                     "– Schiedsrichter: Christian Aumüller – Zuschauer: 31.400", id="data-line"),
        pytest.param("fr", "Les ventes progressent\n\nLe groupe a publié ses comptes jeudi."
                     "\n\nREPÈRES\n\nMarge brute d’exploitation\u00a0: 88\u00a0M€ (9,2\u00a0%)"
                     "\n\nTrésorerie\u00a0: 410\u00a0M€ au 30 juin", id="french-fact-box"),
        pytest.param("de", "Streik im Nahverkehr" + _DE_BODY
                     + "\n\n– Linie 7: fährt im Halbstundentakt"
                     + "\n\n– Auskunft: an der Hotline der Stadtwerke (Mo.–Sa. 6 bis 20 Uhr)",
                     id="dashed-fact-lines"),
    ],
)  # fmt: skip
def test_closing_matter_is_no_cut_paragraph(lang: str, text: str) -> None:
    """Scorers, fact boxes, date lines, posts and results end without a full stop on
    purpose."""
    assert conftest.flagged(text, "text.truncated", lang=lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a last line alone in sentence case
        ("Budget talks stall" + _BODY + "\n\nThe council said it would publish the figures "
         "in the coming", "figures in the coming"),
        # (its last word a name: most of its words in lower case)
        ("Budget talks stall" + _BODY + "\n\nThe farmers' group is to hold a public meeting "
         "in Ennistymon", "public meeting in Ennistymon"),
        # a bracket opened and never closed
        ("Waikato edge Tasman" + _BODY + "\n\nTasman 24 (Kauri Whitcombe, Hohepa\n\n"
         "Halftime: Tasman 17-10", "24 (Kauri Whitcombe, Hohepa"),
        # one labelled line alone is running text
        ("Budget talks stall" + _BODY + "\n\nThe reason: the council had never published the "
         "figures it promised in", "figures it promised in"),
    ],
)  # fmt: skip
def test_cut_text_beside_closing_matter_is_still_cut(text: str, expected: str) -> None:
    assert _cut(text) == [expected]


def test_a_last_line_in_title_case_ending_on_a_name_is_no_cut_paragraph() -> None:
    """A closing heading or label in title case is no sentence cut short."""
    text = "Budget talks stall" + _BODY + "\n\nWhat Happens Next for the Council of Ennistymon"
    assert _cut(text) == []


def test_the_head_ends_at_a_finished_paragraph_below_the_headline() -> None:
    """A headline of two sentences and a review's stars finish no paragraph: the standfirst
    after them is head matter. Below the passage under the headline, a head passage of
    several sentences is a cut first paragraph; right under it, a standfirst."""
    standfirst = (
        "Our columnist weighs up the options for a reader who hopes to retire early and help "
        "her daughter on to the property ladder"
    )
    qa = "I've inherited £140,000. Should I clear my mortgage?\n\n" + standfirst
    assert _cut(qa + "\n\nAsk Helen" + _BODY) == []
    review = "An exhibition review\n\nOrmond Gallery, London\n★★★★☆\n\n" + standfirst
    assert _cut(review + "\n\nCelia Marchbanks" + _BODY) == []
    two = "Tourist levies are spreading fast. They are a sensible idea, which is why it hurts"
    assert _cut("Taxing the visitors\n\n" + two + "\n\nby Miriam Hale" + _BODY) == []
    cut = "The artist was born in 1944. You turn a corner out of a low"
    text = "An exhibition review\n\nOrmond Gallery, London\n★★★★☆\n\nCelia Marchbanks\n\n" + cut
    assert _cut(text + _BODY) == ["out of a low"]


def test_two_bulleted_lines_are_a_list() -> None:
    items = "- are aged 75 or over\n- are pregnant and at least 28 weeks into your pregnancy"
    text = "Who can get the vaccine" + _BODY + "\n\nYou can get it if you:\n\n" + items + _BODY
    assert _cut(text) == []


def test_a_list_item_ending_on_a_linking_conjunction_is_no_cut_paragraph() -> None:
    items = (
        "(i) a survey of the households, including their sources of livelihood;\n\n"
        "(ii) the resettlement plan, with its proposed location and timeline; and\n\n"
        "(iii) the legal basis on which the amount was fixed."
    )
    text = "Court orders survey" + _BODY + "\n\nThe court directed the authority to file:\n\n"
    assert _cut(text + items + _BODY) == []
    # without a next item the conjunction still dangles
    assert _cut(text + items.rpartition("\n\n")[0] + _BODY) == ["location and timeline; and"]


def test_a_scoring_summary_is_a_list() -> None:
    plays = (
        "First quarter\n\nSA — Malik Odom 12 run (Connor Reyes kick), 6:14\n"
        "HC — Sam Kowalski 38 field goal, 1:02"
    )
    assert _cut("Harlan Creek wins the regional final" + _BODY + "\n\n" + plays + _BODY) == []


def test_a_numbered_subheading_is_no_cut_paragraph() -> None:
    text = "What to do with an inheritance" + _BODY + "\n\n1. Pay off the mortgage" + _BODY
    assert _cut(text) == []


def test_a_line_of_figures_is_no_cut_paragraph() -> None:
    scores = (
        "Sri Lanka 246 (48.2 ov): D Wickramaratne 88 (97b, 9x4, 2x6), K Pathirage 41, "
        "P Jayasekara 27*; W Tawhai 4-37, C Whitcombe 2-44, M Kirwan 2-48"
    )
    assert _cut("Ellison century wins it" + _BODY + "\n\n" + scores + _BODY) == []
    # running text that ends on a figure is still cut
    text = (
        "Turnout rose" + _BODY + "\n\nTurnout rose sharply this year in the north of the "
        "county, in the east of the county and in the west, officials said on Monday, by 4"
    )
    assert _cut(text + _BODY) != []


def test_labelled_result_lines_are_a_list() -> None:
    text = (
        "Ferrandi wins in Budapest" + _BODY + "\n\nFastest lap: Lindahl, 1m 19.842s (lap 64)"
        "\nPole position: Ferrandi, 1m 16.214s\nRetired: Krüger, lap 51, accident"
    )
    assert _cut(text) == []


def test_a_standfirst_under_a_rubric_and_the_headline_may_end_without_a_full_stop() -> None:
    text = (
        "Europe | Ferry politics\n\nWaiting for the ferry\n\nIsland councils want more "
        "sailings. Whether the ministry will pay for them is another matter\n\nTHE FIRST "
        "boat of the day leaves at six, and it is usually full." + _BODY
    )
    assert _cut(text) == []
