"""Source-aware rules: true positives and negatives in de→en and fr→en, silence without a
source, the rule pack's own examples, and clean sample pairs that nothing flags."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import regex

import tqcheck
from tqcheck.detectors.bilingual_numbers import extract
from tqcheck.engine import rules_for
from tqcheck.glossary import GlossaryError, load_glossary, parse_glossary
from tqcheck.model import Document, PassageHint
from tqcheck.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "samples" / "pairs"
DATA = ROOT / "tests" / "data" / "bilingual"
GLOSSARY = load_glossary(DATA / "glossary.tsv")
BILINGUAL_RULES = [r for r in rules_for(Settings()) if Path(r.path).name == "bilingual.toml"]
SOURCE_AWARE = [r for r in BILINGUAL_RULES if r.id != "glossary.forbidden"]


def findings(target: str, source: str | None, source_lang: str | None, rule: str, **kw):
    """Findings of ``rule`` (a rule id or prefix) on ``target``; offsets always checked."""
    report = tqcheck.check_text(
        target,
        lang="en",
        source=source,
        source_lang=source_lang,
        settings=Settings(select=(rule,)),
        meta={"glossary": GLOSSARY},
        **kw,
    )
    assert not report.errors
    for f in report.findings:
        assert target[f.start : f.end] == f.text
        assert f.start < f.end
    return [f for f in report.findings if f.rule == rule or f.rule.startswith(rule + ".")]


def split_example(example: str) -> tuple[str | None, str | None, str, str | None]:
    """The pack's example convention: ``"xx: SOURCE ||| TARGET [||| REFERENCE]"``."""
    parts = example.split(" ||| ")
    if len(parts) == 1:
        return None, None, example, None
    source, lang = parts[0], None
    m = regex.match(r"([a-z]{2,3}): ", source)
    if m:
        lang, source = m.group(1), source[m.end() :]
    return source, lang, parts[1], parts[2] if len(parts) > 2 else None


# --- the pack ---------------------------------------------------------------------------


def test_pack_rules_apply_to_every_language_and_have_both_pairs():
    assert len(BILINGUAL_RULES) >= 15
    for rule in BILINGUAL_RULES:
        assert rule.languages == ("*",), rule.id
        assert rule.examples.flag and rule.examples.passes, rule.id
        if rule in SOURCE_AWARE:
            langs = {split_example(e)[1] for e in rule.examples.flag}
            assert {"de", "fr"} <= langs, (rule.id, langs)


def _example_cases(kind: str):
    for rule in BILINGUAL_RULES:
        for i, example in enumerate(getattr(rule.examples, kind)):
            yield pytest.param(rule, example, id=f"{rule.id}-{kind}-{i}")


def _run_example(rule, example: str):
    source, lang, target, reference = split_example(example)
    return findings(target, source, lang, rule.id, reference=reference)


@pytest.mark.parametrize(("rule", "example"), list(_example_cases("flag")))
def test_pack_flag_examples(rule, example):
    assert _run_example(rule, example), f"{rule.id} did not flag {example!r}"


@pytest.mark.parametrize(("rule", "example"), list(_example_cases("passes")))
def test_pack_pass_examples(rule, example):
    found = _run_example(rule, example)
    assert not found, [(f.text, f.message) for f in found]


@pytest.mark.parametrize("rule", SOURCE_AWARE, ids=lambda r: r.id)
def test_source_aware_rules_are_silent_without_a_source(rule):
    for example in rule.examples.flag:
        _, _, target, _ = split_example(example)
        report = tqcheck.check_text(target, lang="en", settings=Settings(select=(rule.id,)))
        assert not report.findings and not report.errors


def test_silent_with_an_empty_source():
    assert not findings("The rally drew 4,526 people.", "   ", "de", "bilingual")


# --- clean pairs ------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "lang"), [("council", "de"), ("tram", "fr")])
def test_clean_pairs_flag_nothing(name, lang):
    source = (PAIRS / f"{name}.{lang}.txt").read_text(encoding="utf-8")
    target = (PAIRS / f"{name}.en.txt").read_text(encoding="utf-8")
    reference = (PAIRS / f"{name}.ref.en.txt").read_text(encoding="utf-8")
    report = tqcheck.check_text(
        target, lang="en", source=source, source_lang=lang, reference=reference
    )
    ours = [
        f for f in report.findings if f.rule.split(".")[0] in ("bilingual", "glossary", "reference")
    ]
    assert not ours, [(f.rule, f.text, f.message) for f in ours]
    assert report.passed
    for f in report.findings:
        assert target[f.start : f.end] == f.text


# --- alignment findings -----------------------------------------------------------------


def _paragraphs(name: str) -> list[str]:
    return (PAIRS / name).read_text(encoding="utf-8").strip().split("\n\n")


@pytest.mark.parametrize(("name", "lang"), [("council", "de"), ("tram", "fr")])
def test_missing_paragraph_is_reported_where_it_belongs(name, lang):
    source = "\n\n".join(_paragraphs(f"{name}.{lang}.txt"))
    target_parts = _paragraphs(f"{name}.en.txt")
    target = "\n\n".join(target_parts[:5] + target_parts[6:])
    found = findings(target, source, lang, "bilingual.passage-missing")
    assert len(found) == 1
    assert found[0].text in target_parts[4]  # the last sentence before the gap
    assert _paragraphs(f"{name}.{lang}.txt")[5][:30] in found[0].message


@pytest.mark.parametrize(("name", "lang"), [("council", "de"), ("tram", "fr")])
def test_extra_paragraph_is_reported(name, lang):
    source = "\n\n".join(_paragraphs(f"{name}.{lang}.txt"))
    parts = _paragraphs(f"{name}.en.txt")
    extra = "Subscribe to our newsletter for the most important local news every morning."
    target = "\n\n".join([*parts[:6], extra, *parts[6:]])
    found = findings(target, source, lang, "bilingual.passage-extra")
    assert [f.text for f in found] == [extra]


# --- numbers, dates, times --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("4.526 Menschen", "de", ["4526"]),
        ("4,526 Menschen", "de", ["4.526"]),
        ("4,526 people", "en", ["4526"]),
        ("4.526 people", "en", ["4.526"]),
        ("2,5 %", "de", ["2.5"]),
        ("2.5%", "en", ["2.5"]),
        ("5 Milliarden Euro", "de", ["5E+9"]),
        ("5 Billionen Euro", "de", ["5E+12"]),
        ("5 billion euros", "en", ["5E+9"]),
        ("3 Mio. Euro", "de", ["3E+6"]),
        ("€3m", "en", ["3E+6"]),
        ("£5million", "en", ["5E+6"]),
        ("1.000 Gäste", "de", ["1E+3"]),
        ("1,000 guests", "en", ["1E+3"]),
        ("12 400 habitants", "fr", ["1.24E+4"]),
        ("12\u202f400 habitants", "fr", ["1.24E+4"]),
        ("3,5 milliards", "fr", ["3.5E+9"]),
        ("COVID-19 und G7", "de", []),
        ("die 1990er", "de", ["1990"]),
        ("the 1990s", "en", ["1990"]),
        ("19th century", "en", ["19"]),
        ("1. Absatz", "de", []),  # a list marker
    ],
)
def test_number_values(text, lang, values):
    found = [q for q in extract(text, lang) if q.kind == "number" and not q.soft]
    assert [str(k[1]) for q in found for k in q.keys] == [
        str(Decimal(v).normalize()) for v in values
    ]


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("am 3. März 2024", "de", ("date", 3, 3)),
        ("le 3 mars 2024", "fr", ("date", 3, 3)),
        ("le 1er mars", "fr", ("date", 1, 3)),
        ("on March 3, 2024", "en", ("date", 3, 3)),
        ("on 3 March 2024", "en", ("date", 3, 3)),
        ("am 03.03.2024", "de", ("date", 3, 3)),
        ("on 2024-03-03", "en", ("date", 3, 3)),
        ("um 22 Uhr", "de", ("time", 22, 0)),
        ("at 10 p.m.", "en", ("time", 22, 0)),
        ("à 10 h 30", "fr", ("time", 10, 30)),
        ("um 10.30 Uhr", "de", ("time", 10, 30)),
        ("at 10:30 a.m.", "en", ("time", 10, 30)),
    ],
)
def test_date_and_time_keys(text, lang, key):
    assert any(key in q.keys for q in extract(text, lang) if q.kind in ("date", "time"))


def test_small_numbers_as_words_are_soft():
    (three,) = [q for q in extract("drei Minister", "de")]
    assert three.soft and ("num", Decimal(3)) in three.keys
    assert not [q for q in extract("ein Minister", "de")]  # an article, not a number


def test_numbers_in_urls_and_handles_are_ignored():
    assert not extract("https://example.de/artikel/2024/123 und @user42 #wahl2024", "de")


@pytest.mark.parametrize(
    ("src", "lang", "tgt"),
    [
        ("Zur Kundgebung kamen 4.526 Menschen.", "de", "The rally drew 4,526 people."),
        ("Die Preise stiegen um 2,5 %.", "de", "Prices rose by 2.5%."),
        ("Das kostet 5 Milliarden Euro.", "de", "That costs 5 billion euros."),
        ("Das kostet 3 Mio. Euro.", "de", "That costs €3m."),
        ("Drei Minister kamen.", "de", "3 ministers came."),
        ("3 Minister kamen.", "de", "Three ministers came."),
        ("Der 24-Jährige kam am 3. März.", "de", "The 24-year-old came on March 3."),
        ("Es kamen 1.000 Gäste.", "de", "There were 1,000 guests."),
        ("Les prix ont augmenté de 2,5 %.", "fr", "Prices rose by 2.5%."),
        ("Il y a 12 400 habitants.", "fr", "There are 12,400 inhabitants."),
        ("Cela coûte 3,5 milliards d'euros.", "fr", "It costs 3.5 billion euros."),
        ("Trois ministres sont venus.", "fr", "3 ministers came."),
        ("C'est le 3e mandat.", "fr", "It is the third term."),
    ],
)
def test_numbers_that_match(src, lang, tgt):
    assert not findings(tgt, src, lang, "bilingual.number-mismatch")


@pytest.mark.parametrize(
    ("src", "lang", "tgt", "flagged"),
    [
        ("Zur Kundgebung kamen 4.526 Menschen.", "de", "The rally drew 4.526 people.", "4.526"),
        ("Die Quote lag bei 4,526.", "de", "The rate was 4,526.", "4,526"),
        ("Die Preise stiegen um 2,5 %.", "de", "Prices rose by 25%.", "25"),
        ("Der Staat zahlt 5 Billionen Euro.", "de", "The state pays 5 billion euros.", "5 billion"),
        ("Das kostet 3 Mio. Euro.", "de", "That costs 3 billion euros.", "3 billion"),
        ("Il y a 12 400 habitants.", "fr", "There are 1,240 inhabitants.", "1,240"),
        ("Les prix ont augmenté de 2,5 %.", "fr", "Prices rose by 3.5%.", "3.5"),
        ("Il a payé 85 000 euros.", "fr", "He paid 85 euros.", "85"),
    ],
)
def test_numbers_that_changed(src, lang, tgt, flagged):
    found = findings(tgt, src, lang, "bilingual.number-mismatch")
    assert [f.text for f in found] == [flagged]
    assert "does not match" in found[0].message


@pytest.mark.parametrize(
    ("src", "lang", "tgt"),
    [
        ("Es kamen 120 Gäste und 14 Reporter.", "de", "There were 120 guests and reporters."),
        (
            "Il y avait 120 invités et 14 journalistes.",
            "fr",
            "There were 120 guests and reporters.",
        ),
    ],
)
def test_missing_number_points_at_the_sentence(src, lang, tgt):
    (found,) = findings(tgt, src, lang, "bilingual.number-mismatch")
    assert found.text == tgt
    assert "“14”" in found.message and "missing" in found.message


@pytest.mark.parametrize(
    ("src", "lang", "tgt"),
    [
        ("Es kamen 120 Gäste.", "de", "There were 120 guests and 14 reporters."),
        ("Il y avait 120 invités.", "fr", "There were 120 guests and 14 reporters."),
    ],
)
def test_added_number(src, lang, tgt):
    (found,) = findings(tgt, src, lang, "bilingual.number-mismatch")
    assert found.text == "14" and "not in the source" in found.message


def test_a_number_moved_to_the_next_passage_is_not_missing():
    src = "Der Rat tagte lange und stimmte ab.\n\nEs gab 23 Stimmen dafür und 14 dagegen."
    tgt = "The council met for a long time and voted, 23 in favour.\n\nThere were 14 against."
    assert not findings(tgt, src, "de", "bilingual.number-mismatch")


@pytest.mark.parametrize(
    ("src", "lang", "tgt"),
    [
        ("Der Rat tagte am 3. März 2024.", "de", "The council met on March 3, 2024."),
        ("Der Rat tagte am 3. März.", "de", "The council met on 3 March."),
        ("Die Frist endet am 03.03.2024.", "de", "The deadline is 3 March 2024."),
        ("Die Sitzung beginnt um 22 Uhr.", "de", "The meeting starts at 10 p.m."),
        ("Die Sitzung beginnt um 10.30 Uhr.", "de", "The meeting starts at 10:30 a.m."),
        ("Die Sitzung beginnt um 9 Uhr.", "de", "The meeting starts at 9."),
        ("Le conseil s'est réuni le 1er mars 2024.", "fr", "The council met on 1 March 2024."),
        ("La séance commence à 10 h 30.", "fr", "The session starts at 10.30am."),
        ("Les essais ont lieu entre 23 h et 5 h.", "fr", "Trials run between 11 p.m. and 5 a.m."),
    ],
)
def test_dates_and_times_that_match(src, lang, tgt):
    assert not findings(tgt, src, lang, "bilingual.date-mismatch")
    assert not findings(tgt, src, lang, "bilingual.number-mismatch")


@pytest.mark.parametrize(
    ("src", "lang", "tgt", "flagged"),
    [
        ("Der Rat tagte am 3. März.", "de", "The council met on March 4.", "March 4"),
        ("Der Rat tagte am 3. März.", "de", "The council met on 3 May.", "3 May"),
        ("Die Sitzung beginnt um 22 Uhr.", "de", "The meeting starts at 10 a.m.", "10 a.m."),
        (
            "Le conseil s'est réuni le 12 février.",
            "fr",
            "The council met on 12 December.",
            "12 December",
        ),
        ("La séance commence à 10 h 30.", "fr", "The session starts at 10:45.", "10:45"),
    ],
)
def test_dates_and_times_that_changed(src, lang, tgt, flagged):
    assert [f.text for f in findings(tgt, src, lang, "bilingual.date-mismatch")] == [flagged]


def test_date_dropped_from_translation():
    (found,) = findings(
        "The council met.", "Der Rat tagte am 3. März.", "de", "bilingual.date-mismatch"
    )
    assert "missing" in found.message


def test_cjk_sources_are_not_number_checked():
    assert not findings(
        "Sales rose 3 percent in March.", "三月份销售额增长了百分之三。", "zh", "bilingual"
    )


# --- entities, quotes, names --------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "lang", "tgt", "flagged"),
    [
        (
            "Mehr unter https://stadt.example.de/bericht.",
            "de",
            "More at https://stadt.example.de/report.",
            "https://stadt.example.de/report",
        ),
        (
            "Schreiben Sie an presse@stadt.example.de.",
            "de",
            "Write to the press office.",
            "Write to the press office.",
        ),
        ("Folgen Sie @StadtLindau.", "de", "Follow @LindauCity.", "@LindauCity"),
        ("Plus d'infos sur #BudgetLyon.", "fr", "More on #LyonBudget.", "#LyonBudget"),
        (
            "Écrivez à presse@lyon.example.fr.",
            "fr",
            "Write to press@lyon.example.fr.",
            "press@lyon.example.fr",
        ),
    ],
)
def test_entities_that_changed(src, lang, tgt, flagged):
    assert [f.text for f in findings(tgt, src, lang, "bilingual.entity-mismatch")] == [flagged]


@pytest.mark.parametrize(
    ("src", "lang", "tgt"),
    [
        (
            "Mehr unter https://stadt.example.de/bericht.",
            "de",
            "More at https://stadt.example.de/bericht/.",
        ),
        ("Schreiben Sie an Presse@Stadt.example.de.", "de", "Write to presse@stadt.example.de."),
        (
            "Plus d'infos sur #BudgetLyon et @VilleDeLyon.",
            "fr",
            "More on #budgetlyon and @VilleDeLyon.",
        ),
    ],
)
def test_entities_that_survived(src, lang, tgt):
    assert not findings(tgt, src, lang, "bilingual.entity-mismatch")


@pytest.mark.parametrize(
    ("src", "lang", "tgt", "flag"),
    [
        ("„Wir geben nicht nach“, sagte sie.", "de", "We will not give in, she said.", True),
        ("»Wir geben nicht nach«, sagte sie.", "de", "“We will not give in,” she said.", False),
        ("« Nous ne céderons pas », dit-elle.", "fr", "We will not give in, she said.", True),
        ("« Nous ne céderons pas », dit-elle.", "fr", "‘We will not give in,’ she said.", False),
        ("Sie nannte es „Unsinn“.", "de", "She called it nonsense.", False),  # one word
    ],
)
def test_quotes(src, lang, tgt, flag):
    assert bool(findings(tgt, src, lang, "bilingual.quotes-lost")) == flag


@pytest.mark.parametrize(
    ("src", "lang", "tgt", "flag"),
    [
        (
            "Olaf Scholz reiste nach Kiew.\n\nDort traf Olaf Scholz den Präsidenten.",
            "de",
            "Olaf Scholz travelled to Kyiv.\n\nThere the chancellor met the president.",
            True,
        ),
        (
            "Wladimir Putin schwieg.\n\nWladimir Putins Sprecher widersprach.",
            "de",
            "Vladimir Putin was silent.\n\nVladimir Putin's spokesman disagreed.",
            False,
        ),
        (
            "Wolodymyr Selenskyj kam.\n\nWolodymyr Selenskyj sprach lange.",
            "de",
            "Volodymyr Zelensky came.\n\nVolodymyr Zelensky spoke at length.",
            False,
        ),
        (
            "Der Bund der Steuerzahler protestierte.",
            "de",
            "The Taxpayers' Association protested.",
            False,
        ),
        (
            "Sophie Lacombe est arrivée.\n\nSophie Lacombe a parlé.",
            "fr",
            "Sophie Lacombe arrived.\n\nThe president spoke.",
            True,
        ),
        (
            "Le Conseil constitutionnel a tranché.",
            "fr",
            "The Constitutional Council has ruled.",
            False,
        ),
    ],
)
def test_names(src, lang, tgt, flag):
    assert bool(findings(tgt, src, lang, "bilingual.name-missing")) == flag


# --- untranslated text --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "lang", "tgt", "rule"),
    [
        (
            "Die Fahrgäste warteten zwei Stunden.",
            "de",
            "Die Fahrgäste warteten zwei Stunden.",
            "bilingual.copied-source",
        ),
        (
            "Les voyageurs ont attendu deux heures.",
            "fr",
            "Les voyageurs ont attendu deux heures !",
            "bilingual.copied-source",
        ),
        (
            "Der Rat tagte, aber die Regierung hat sich nicht geäußert.",
            "de",
            "The council met, aber die Regierung hat sich nicht geäußert.",
            "bilingual.source-words",
        ),
        (
            "Le conseil et le gouvernement ont décidé.",
            "fr",
            "The council et le gouvernement ont decided.",
            "bilingual.source-words",
        ),
    ],
)
def test_untranslated(src, lang, tgt, rule):
    assert findings(tgt, src, lang, rule)


@pytest.mark.parametrize(
    ("src", "lang", "tgt"),
    [
        ("Die Fahrgäste warteten zwei Stunden.", "de", "Passengers waited two hours."),
        (
            "„We shall overcome, we shall overcome some day.“",
            "de",
            "“We shall overcome, we shall overcome some day.”",
        ),
        (
            "Sie besuchten das Minnesota Department of Natural Resources.",
            "de",
            "They visited the Minnesota Department of Natural Resources.",
        ),
        ("Ils ont visité la place de la Concorde.", "fr", "They visited the Place de la Concorde."),
        ("Les voyageurs ont attendu deux heures.", "fr", "Passengers waited two hours."),
    ],
)
def test_translated(src, lang, tgt):
    assert not findings(tgt, src, lang, "bilingual.copied-source")
    if "Natural" not in tgt:
        assert not findings(tgt, src, lang, "bilingual.source-words")


@pytest.mark.parametrize(
    "text",
    [
        "Mehr: https://www.example.de/foo/bar-baz/2024/03",
        "Anna Berger, Karl Huber, Maria Schmidt, Peter Wolf",
        "@StadtLindau #Haushalt2025 presse@lindau.example.de 2024",
    ],
)
def test_links_names_and_figures_are_not_copies(text):
    assert not findings(text, text, "de", "bilingual.copied-source")


def test_untranslated_english_name_in_german_target_is_not_source_words():
    src = "The Minnesota Department of Natural Resources came to the rescue."
    tgt = "Das Minnesota Department of Natural Resources kam zu Hilfe."
    report = tqcheck.check_text(
        tgt,
        lang="de",
        source=src,
        source_lang="en",
        settings=Settings(select=("bilingual.source-words",)),
    )
    assert not report.findings


# --- length and punctuation ------------------------------------------------------------------


LONG_DE = (
    "Der Stadtrat hat am Dienstag nach einer langen und hitzigen Debatte den Haushalt beschlossen."
)
LONG_FR = "Le conseil municipal a adopté mardi le budget après un long et vif débat."


@pytest.mark.parametrize(
    ("src", "lang", "tgt", "rule"),
    [
        (LONG_DE, "de", "The city council approved the budget.", "bilingual.too-short"),
        (LONG_FR, "fr", "The council adopted the budget.", "bilingual.too-short"),
        (
            LONG_DE,
            "de",
            "The city council approved the budget on Tuesday after a long and heated debate, "
            "and then the members went home and the mayor gave a long speech.",
            "bilingual.too-long",
        ),
        (
            LONG_FR,
            "fr",
            "The city council adopted the budget on Tuesday after a long and lively debate, "
            "and then the members went home and the mayor gave a speech.",
            "bilingual.too-long",
        ),
    ],
)
def test_length_out_of_band(src, lang, tgt, rule):
    assert findings(tgt, src, lang, rule)


@pytest.mark.parametrize(
    ("src", "lang", "tgt"),
    [
        (
            LONG_DE,
            "de",
            "The city council approved the budget on Tuesday after a long and heated debate.",
        ),
        (
            LONG_FR,
            "fr",
            "The city council adopted the budget on Tuesday after a long and lively debate.",
        ),
        (
            "Rat tagt",
            "de",
            "Council meets after a long and heated debate about the budget",
        ),  # short source
    ],
)
def test_length_in_band(src, lang, tgt):
    assert not findings(tgt, src, lang, "bilingual.too-short")
    assert not findings(tgt, src, lang, "bilingual.too-long")


@pytest.mark.parametrize(
    ("src", "lang", "tgt", "rule", "flag"),
    [
        (
            LONG_DE,
            "de",
            "The city council approved the budget on Tuesday after a long and heated",
            "bilingual.terminal-punctuation",
            True,
        ),
        (
            LONG_FR,
            "fr",
            "The city council adopted the budget on Tuesday after a long and lively",
            "bilingual.terminal-punctuation",
            True,
        ),
        ("„Wir bleiben.“", "de", "“We are staying.”", "bilingual.terminal-punctuation", False),
        (
            "Rat beschließt Haushalt",
            "de",
            "Council approves budget",
            "bilingual.terminal-punctuation",
            False,
        ),
        (
            "Wer zahlt? Niemand weiß es.",
            "de",
            "Who pays. Nobody knows.",
            "bilingual.question-exclamation",
            True,
        ),
        (
            "Qui paie ? Personne ne sait.",
            "fr",
            "Who pays? Nobody knows.",
            "bilingual.question-exclamation",
            False,
        ),
        ("Wir bleiben hier.", "de", "We are staying here!", "bilingual.question-exclamation", True),
        (
            "Nous restons ici !",
            "fr",
            "We are staying here!",
            "bilingual.question-exclamation",
            False,
        ),
        (
            "Mehr unter https://x.example.de/?id=4.",
            "de",
            "More at https://x.example.de/?id=4.",
            "bilingual.question-exclamation",
            False,
        ),
    ],
)
def test_punctuation(src, lang, tgt, rule, flag):
    assert bool(findings(tgt, src, lang, rule)) == flag


def test_sentence_count():
    src = "Der Zug fiel aus. Die Fahrgäste warteten zwei Stunden. Ein Bus kam nicht. Niemand half."
    assert findings(
        "The train was cancelled and nobody helped.", src, "de", "bilingual.sentence-count"
    )
    three = "The train was cancelled. Passengers waited two hours, and no bus came. Nobody helped."
    assert not findings(three, src, "de", "bilingual.sentence-count")
    # German ordinals ("3.") are no sentence ends.
    src = "Am 3. März tagte der Rat. Er beschloss nichts."
    assert not findings(
        "The council met on 3 March. It decided nothing.", src, "de", "bilingual.sentence-count"
    )


# --- structured readers -----------------------------------------------------------------------


def test_per_passage_sources_are_compared_pairwise():
    text = "The rally drew 4.526 people.\n\nPrices rose by 2.5%."
    hints = (
        PassageHint(0, 28, source="Zur Kundgebung kamen 4.526 Menschen."),
        PassageHint(30, 50, source="Die Preise stiegen um 2,5 %."),
    )
    document = Document(text, "en", source="unused", source_lang="de", passages=hints)
    report = tqcheck.check_document(document, Settings(select=("bilingual",)))
    assert [(f.rule, f.text) for f in report.findings] == [("bilingual.number-mismatch", "4.526")]


# --- glossary -----------------------------------------------------------------------------


def test_glossary_parsing():
    glossary = parse_glossary(
        "# comment\n\nBundeskanzler\tchancellor\nBundeskanzler\thead of government\n"
        "!Federal Chancellor\nRat\tCouncil\tforbidden\nStadt\ttown\trequired\n"
    )
    assert glossary.required == {
        "Bundeskanzler": ["chancellor", "head of government"],
        "Stadt": ["town"],
    }
    assert [(f.term, f.source) for f in glossary.forbidden] == [
        ("Federal Chancellor", None),
        ("Council", "Rat"),
    ]


@pytest.mark.parametrize("bad", ["only-one-column\n", "a\tb\tmaybe\n", "!\n", "\tb\n"])
def test_glossary_errors_name_the_line(bad):
    with pytest.raises(GlossaryError, match=r":2:"):
        parse_glossary("ok\tfine\n" + bad, "g.tsv")


def test_glossary_missing_file(tmp_path):
    with pytest.raises(GlossaryError, match="cannot read"):
        load_glossary(tmp_path / "nope.tsv")


def test_forbidden_terms_need_no_source():
    found = findings("The Federal Chancellor met the mayoress.", None, None, "glossary.forbidden")
    assert [f.text for f in found] == ["Federal Chancellor", "mayoress"]
    assert "Use “chancellor”" in (found[0].suggestion or "")


def test_required_terms_with_inflection():
    rule = "glossary.required"
    assert findings("The head of state spoke.", "Die Rede des Bundeskanzlers war lang.", "de", rule)
    assert not findings("The chancellors met.", "Die Bundeskanzler trafen sich.", "de", rule)
    assert not findings("The municipal council voted.", "Le conseil municipal a voté.", "fr", rule)
    assert not findings("The head of state spoke.", None, None, rule)


def test_glossary_path_in_meta(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text("!mayoress\n", encoding="utf-8")
    report = tqcheck.check_text(
        "The mayoress spoke.", settings=Settings(select=("glossary",)), meta={"glossary": str(path)}
    )
    assert [f.text for f in report.findings] == ["mayoress"]


def test_no_glossary_no_findings():
    report = tqcheck.check_text(
        "The Federal Chancellor spoke.", settings=Settings(select=("glossary",))
    )
    assert not report.findings
