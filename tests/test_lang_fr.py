"""French targets: segmentation, guillemets, spacing, lost boundaries, boilerplate, presets."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

import tqcheck
from tqcheck.settings import Settings

from . import conftest

CORPUS = Path(__file__).resolve().parent / "benchmarks" / "corpus" / "fr"
NNBSP = "\u202f"  # espace fine insécable
NBSP = "\u00a0"  # espace insécable


sentences = functools.partial(conftest.sentences, lang="fr")
flagged = functools.partial(conftest.flagged, lang="fr")


# --- Segmentation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "M. Dupont a rencontré Mme Martin et Mlle Petit à Lyon.",
        "En 52 av. J.-C. César assiégea la ville.",
        "Il y a p. ex. des pommes et des poires.",
        "Le Dr Martin a reçu le Pr Durand au no 12 de la rue.",
    ],
)
def test_no_split(text):
    assert sentences(text) == [text]


def test_splits_after_spaced_guillemets():
    text = (
        f"Il a dit{NBSP}: «{NNBSP}Nous partons.{NNBSP}» Il est parti. Pourquoi{NNBSP}? "
        f"«{NNBSP}Personne ne sait.{NNBSP}»"
    )
    assert sentences(text) == [
        f"Il a dit{NBSP}: «{NNBSP}Nous partons.{NNBSP}»",
        "Il est parti.",
        f"Pourquoi{NNBSP}?",
        f"«{NNBSP}Personne ne sait.{NNBSP}»",
    ]


def test_splits_before_an_opening_guillemet_with_a_space():
    text = "Personne ne sait ! « Où est-il ? » demande-t-elle."
    assert sentences(text) == ["Personne ne sait !", "« Où est-il ? » demande-t-elle."]


# --- Guillemets ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"Il a dit{NBSP}: «{NNBSP}Nous avons appelé cela “la méthode douce”, voilà tout.{NNBSP}»",
        "Le « plan B » a échoué, selon “Le Monde”.",
        "Accueil » Politique » France\n\nLe gouvernement a démissionné.",
        "« Nous continuerons », a-t-elle dit.\n\n« Nous ne céderons pas. »",
        "«Non», a-t-il répondu.",
    ],
)
def test_quotes_pass(text):
    assert flagged(text, "quotes.unbalanced") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Il a dit : « Nous partons. Puis il est parti.", "« Nous partons. Puis il est parti."),
        (
            "Il a dit : « Nous avons appelé cela “la méthode douce, voilà tout. »",
            "“la méthode douce, voilà tout.",
        ),
        ("Il a parlé d’un échec » total.", "échec »"),
    ],
)
def test_quotes_flag(text, span):
    assert flagged(text, "quotes.unbalanced") == [span]


# --- Spacing before ; : ! ? and inside guillemets -------------------------------------------


def test_plain_preset_flags_only_a_missing_space():
    mixed = "Pourquoi ont-elles échoué? Personne ne le sait! Et maintenant ? Rien !"
    breaking = "Pourquoi les négociations ont-elles échoué ? Personne ne le sait !"
    assert flagged(mixed, "punctuation.missing-space.fr") == ["?", "!"]
    assert flagged(breaking, "punctuation") == []
    assert flagged(breaking, "typography") == []
    assert flagged("Il a parlé d’un «échec» total.", "typography") == []


def test_a_mark_glued_on_throughout_is_a_house_convention_in_the_plain_preset():
    """Québec typography puts no space before ``; ! ?`` but one before ``:``."""
    quebec = "Pourquoi ont-elles échoué? Il a dit : « Non! » Elle a répondu : « Si; peut-être. »"
    assert flagged(quebec, "punctuation.missing-space.fr") == []
    assert flagged(quebec, "punctuation.missing-space.fr", "typographic") == ["?", "!", ";"]
    mixed_colon = quebec + " Il a conclu: « Assez. »"
    assert flagged(mixed_colon, "punctuation.missing-space.fr") == [":"]


def test_typographic_preset_wants_no_break_spaces():
    breaking = "Pourquoi les négociations ont-elles échoué ? Il a dit : « Non. »"
    assert flagged(breaking, "typography.space-before.fr", "typographic") == [" ", " "]
    assert flagged(breaking, "typography.guillemets.fr", "typographic") == ["« ", " »"]
    good = (
        f"Pourquoi les négociations ont-elles échoué{NNBSP}? Il a dit{NBSP}: «{NNBSP}Non.{NNBSP}»"
    )
    report = tqcheck.check_text(good, lang="fr", settings=Settings(style="typographic"))
    assert report.findings == []


@pytest.mark.parametrize(
    "text",
    [
        "La réunion commence à 14:30 précises.",
        "Le rapport est en ligne sur https://example.org/rapport?id=3.",
        "Le score final est de 2:1 pour Lyon.",
    ],
)
def test_times_and_addresses_are_not_punctuation(text):
    assert flagged(text, "punctuation", "typographic") == []
    assert flagged(text, "typography", "typographic") == []


def test_space_before_comma_and_full_stop():
    assert flagged("Les négociations ont échoué , a-t-il dit .", "punctuation.space-before.fr") == [
        "échoué ,",
        "dit .",
    ]


# --- Lost sentence boundaries -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Les frontières ne sont ouvertes que depuis quelques semaines Les signes sont apparus.",
            "semaines Les",
        ),
        (
            "Ils se réconcilient en ce moment, Récemment, leurs dirigeants se sont vus.",
            "moment, Récemment",
        ),
        ("Les prix ont doublé depuis 2021 Le gouvernement a promis une aide.", "2021 Le"),
        ("a estimé son directeur, Laurent Kessler Les armateurs pourraient partir.", "Kessler Les"),
        ("Les joueurs ont pressé plus haut À la mi-temps, le score était nul.", "haut À"),
        # A name (or an article and a name) followed by its finite verb, after a clause
        # with a verb of its own (see detectors/name_verbs.py).
        ("Le conflit porte sur les primes de nuit La CGT réclame une hausse.", "nuit La"),
        ("Il était à 5,40 mètres à la mi-journée Météo-France avait placé l’alerte.",
         "mi-journée Météo-France"),
        ("La critique, elle, était déjà conquise Libération avait salué le film.",
         "conquise Libération"),
        # A weekday before a comma: French writes it in lower case.
        ("Les dockers ont cessé le travail Mercredi, douze cargos attendaient.",
         "travail Mercredi"),
        # Before a number a capital is no label in French (labels are lower case there).
        ("Le club a atteint les quarts pour la première fois de son histoire Devant 4 300 "
         "spectateurs, Roncourt a dominé la première période.", "histoire Devant"),
        ("Le jury se réunira pour la soirée de clôture Samedi 14 octobre, à Périgueux, il "
         "remettra son prix.", "clôture Samedi"),
    ],
)  # fmt: skip
def test_lost_boundary_flag(text, span):
    assert flagged(text, "boundary.lost.fr") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Le président Emmanuel Macron a rencontré le chancelier à Berlin, selon Le Monde.",
        "La France insoumise a voté contre, tout comme Les Républicains.",
        "À gauche, La France insoumise et les écologistes ont réclamé un plan.",
        "M. Dupont a rencontré Mme Martin à Lyon en 2021.",
        "Il a revu le film Les Enfants du paradis hier soir.",
        "Le quotidien Le Parisien a publié l’enquête lundi.",
        # The name is the clause's subject, or the subject of a subordinate clause.
        "Le défenseur Thomas Girard a égalisé sur un corner.",
        "Le club a annoncé que le gardien Antoine Meunier a prolongé son contrat.",
        "Les visiteurs misaient sur les contres. Le gardien Antoine Meunier a sauvé.",
        # Two main clauses joined by a comma are correct French.
        "Lyon a gagné, Marseille a perdu.",
        "Le journal « Libération » Lundi matin.",
        # A first name that ends like an adverb ("-ment") before its surname.
        "Il a marqué trois pénalités, tandis que son vis-à-vis, Clément Vergnaud, n’en "
        "réussissait qu’une.",
        # A noun in "-ment" inside a name; an article before a name in a list of names.
        "La BCE dispose d’un instrument, baptisé TPI (Transmission Protection Instrument), "
        "qui lui permet d’acheter des titres.",
        "Si les groupes Ensemble pour la République (EPR), Les Démocrates (MoDem) et Horizons "
        "ont fait bloc, plusieurs élus ont hésité.",
    ],
)
def test_lost_boundary_pass(text):
    assert flagged(text, "boundary") == []


# --- Rules and packs, boilerplate, untranslated text, repeated words ------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Le président à l’Élysée. Crédit photo : Ludovic Marin / AFP", "boilerplate.credit"),
        ("Le président à l’Élysée. © AFP", "boilerplate.credit"),
        ("Le président à l’Élysée. (Photo AFP)", "boilerplate.credit"),
        ("Lire aussi : La réforme des retraites en cinq questions", "boilerplate.teaser"),
        ("LIRE AUSSI | Ce que change la loi", "boilerplate.teaser.fr"),
        ("Accueil > Politique > France\n\nLe gouvernement a démissionné.", "boilerplate.metadata"),
    ],
)
def test_boilerplate(text, rule):
    assert flagged(text, rule)


def test_byline_par_is_correct_french():
    assert flagged("Par Claire Duval\n\nLe gouvernement a démissionné.", "boilerplate") == []


def test_english_sentence_left_untranslated():
    text = (
        "Le conseil municipal a voté jeudi soir. The city council approved the plan on "
        "Thursday evening after a long debate. Les travaux commenceront au printemps."
    )
    assert flagged(text, "untranslated.text") == [
        "The city council approved the plan on Thursday evening after a long debate."
    ]


def test_doubled_words():
    assert flagged("Les Les fédérations ont réagi.", "words.repeated.fr") == ["Les Les"]
    assert flagged("Il faut miser sur la la qualité.", "words.repeated") == ["la la"]


# --- Clean corpus -------------------------------------------------------------------------


_CLEAN = [
    (corpus, style)
    for corpus in (
        "",
        "-blind2",
        "-blind4",
        "-blind11",
        "-blind13",
        "-blind21",
        "-blind22",
        "-blind23",
        "-blind24",
        "-blind27",
        "-blind30",
        "-blind31",
        "-blind32",
        "-blind36",
        "-blind38",
        "-blind39",
        "-blind40",
        "-blind41",
        "-blind42",
        "-blind43",
        "-blind44",
        "-blind45",
        "-blind47",
        "-blind49",
        "-blind50",
        "-blind51",
        "-blind53",
        "-blind54",
        "-blind64",
    )
    for style in ("plain", "typographic")
]


# fr-blind12 and fr-blind15 have a Québec article without spaces before "; ! ?", fr-blind19
# two Swiss ones and fr-blind25 one, fr-blind14 to fr-blind18, fr-blind20, fr-blind26,
# fr-blind29 and fr-blind35 straight apostrophes (fr-blind35 also word spaces inside its
# guillemets, as fr-blind37 has), and fr-blind56, fr-blind59, fr-blind61 to fr-blind63,
# fr-blind65 and fr-blind66 straight apostrophes, which the typographic preset rightly
# reports; their plain-style check is the clean-text one.
_PLAIN_ONLY = (12, 14, 15, 16, 17, 18, 19, 20, 25, 26, 29, 35, 37, 56, 59, 61, 62, 63, 65, 66)


@pytest.mark.parametrize(
    ("corpus", "style"), [*_CLEAN, *((f"-blind{n}", "plain") for n in _PLAIN_ONLY)]
)
def test_clean_corpus_has_no_findings(style, corpus):
    """The dev set and blind sets (strict typography) that have no finding."""
    articles = sorted(CORPUS.with_name(CORPUS.name + corpus).glob("*.txt"))
    assert len(articles) >= 8
    for path in articles:
        text = path.read_text(encoding="utf-8")
        report = tqcheck.check_text(text, lang="fr", settings=Settings(style=style))
        above = [(f.rule, f.text) for f in report.findings if f.severity.value != "info"]
        assert not above, (path.name, above)


def test_a_blind_set_with_printed_credits_has_only_credit_findings():
    """fr-blind3 prints photographers' credits under its captions ("(Photo Élodie
    Carrère)"), which the credit rule is for; nothing else is flagged."""
    articles = sorted(CORPUS.with_name("fr-blind3").glob("*.txt"))
    assert len(articles) >= 8
    for path in articles:
        report = tqcheck.check_text(path.read_text(encoding="utf-8"), lang="fr")
        above = [(f.rule, f.text) for f in report.findings if f.severity.value != "info"]
        assert all(rule == "boilerplate.credit" for rule, _ in above), (path.name, above)


def test_a_french_clause_with_unlisted_nouns_is_not_untranslated():
    text = (
        "La fréquentation a progressé. Avec près de 38 000 entrées sur dix jours, en hausse "
        "de 12 % par rapport à l’an dernier, le festival affiche un bilan record."
    )
    assert flagged(text, "untranslated") == []


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("La manufacture à Aubusson (Creuse). Photo Élodie Granger", "Photo Élodie Granger"),
        ("L’accusé, mardi, à Bordeaux. Croquis d’audience Benoît Lhermitte",
         "Croquis d’audience Benoît Lhermitte"),
        ("Ahmed Haddou dans Les Heures creuses. Photo Mathieu Cordier / Les Films du Préau",
         "Photo Mathieu Cordier / Les Films du Préau"),
        ("Lou Garnier dans « Les Marées », de Léa Morin. Photo Les Films du Héron",
         "Photo Les Films du Héron"),
    ],
)  # fmt: skip
def test_a_caption_ending_on_a_label_and_a_name_is_a_credit(caption, credit):
    text = f"Titre\n\nLe texte commence ici.\n\n{caption}\n\nLe texte continue."
    assert flagged(text, "boilerplate.credit") == [credit]
    assert flagged(text, "text.truncated") == []


def test_a_name_that_recurs_is_no_lost_boundary():
    text = (
        "Thomas Berthier, chef de file du groupe Saint-Amand Demain, a voté contre. "
        "Les sièges : 29 pour la majorité, 10 pour Saint-Amand Demain, 2 pour le RN."
    )
    assert flagged(text, "boundary") == []


def test_a_classification_with_units_is_no_untranslated_text():
    """Riders, teams and time gaps: the unit letters ("s") are no words of any language."""
    text = (
        "Classement de l’étape\u202f: 1. Jonas Lindqvist (SUE, Nordkap Pro) en 4\u00a0h\u00a012"
        "\u00a0min\u00a08\u00a0s\u202f; 2. Pablo Urquiza Mendieta (ESP, Rioja Team) à 1\u00a0min"
        "\u00a04\u00a0s\u202f; 3. Marek Dąbrowski (POL, Baltic Cycling) à 1\u00a0min\u00a019"
        "\u00a0s\u202f; 4. Giulio Ferraresi (ITA, Ligure Sport) à 2\u00a0min\u00a033\u00a0s."
    )
    assert flagged(text, "untranslated") == []
