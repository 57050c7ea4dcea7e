"""German targets: segmentation, quotation marks, lost boundaries, boilerplate, presets."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from click.testing import CliRunner

import tqcheck
from tqcheck.cli import main
from tqcheck.settings import Settings

from . import conftest

CORPUS = Path(__file__).resolve().parent / "benchmarks" / "corpus" / "de"


sentences = functools.partial(conftest.sentences, lang="de")
flagged = functools.partial(conftest.flagged, lang="de")


# --- Segmentation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Es gibt z. B. Musik und u. a. Theater am Abend.",
        "Das gilt d. h. für alle Beteiligten im Land.",
        "Die Feier findet am 3. Oktober in der Stadthalle statt.",
        "Die Gräber stammen aus der 18. Dynastie des Neuen Reiches.",
        "Das Spiel des 1. FC Köln endete unentschieden.",
        "In der 87. Minute fiel das Tor.",
        "Er wohnt in der Goethestraße Nr. 5 im zweiten Stock.",
        "Das regelt Art. 5 GG ausdrücklich.",
        "Prof. Dr. Miriam Falk sprach ca. 20 Min. über die Studie.",
        "Das Urteil (Az. 3 L 412/24) ist noch nicht rechtskräftig.",
        "Der Schaden liegt bei 2,5 Mio. Euro.",
    ],
)
def test_no_split(text):
    assert sentences(text) == [text]


def test_splits_after_a_number_when_a_sentence_opener_follows():
    text = "Die Zahl der Toten stieg auf 12. Die Behörden sprachen von einer Katastrophe."
    assert sentences(text) == [
        "Die Zahl der Toten stieg auf 12.",
        "Die Behörden sprachen von einer Katastrophe.",
    ]


def test_splits_after_a_number_that_follows_its_noun():
    # After "Rang", "Gleis" a number is a cardinal: its full stop ends the sentence.
    text = "Er landete auf Rang 17. Lokalmatador Tim Auffenberg wurde Fünfter."
    assert sentences(text) == [
        "Er landete auf Rang 17.",
        "Lokalmatador Tim Auffenberg wurde Fünfter.",
    ]
    assert sentences("Der Zug fährt am 17. Oktober ab.") == ["Der Zug fährt am 17. Oktober ab."]


def test_uhr_and_art_end_sentences():
    text = (
        "Die Sitzung beginnt um 15 Uhr. Danach gibt es Kaffee. Es war ein Projekt dieser Art. "
        "Die Stadt zahlt."
    )
    assert sentences(text) == [
        "Die Sitzung beginnt um 15 Uhr.",
        "Danach gibt es Kaffee.",
        "Es war ein Projekt dieser Art.",
        "Die Stadt zahlt.",
    ]


def test_splits_after_german_closing_quotes():
    text = "Er sagte: „Wir kommen morgen.“ Die Regierung schwieg. »Gut.« Dann ging er."
    assert sentences(text) == [
        "Er sagte: „Wir kommen morgen.“",
        "Die Regierung schwieg.",
        "»Gut.«",
        "Dann ging er.",
    ]


# --- Quotation marks ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Er sagte: „Wir kommen morgen.“ Danach ging er.",
        "„Das nennt man ‚Realpolitik‘“, sagte er.",
        "Er sagte: »Gut.« Dann ging er.",
        "Wie geht‘s? Er sagte: „Gut.“",
        "Der Film ‚Das Boot‘ lief gestern.",
        "Er nannte den Plan “einen Fehler” und ging.",
        'Sie sagte "nein" und ging.',
        "Startseite » Politik » Ausland\n\nDie Gespräche scheiterten.",
        "„Wir kämpfen weiter“, sagte sie.\n\n„Wir geben nicht auf.“",
        "„Wir kämpfen weiter.\n\n„Wir geben nicht auf“, sagte sie.",
    ],
)
def test_quotes_pass(text):
    assert flagged(text, "quotes.unbalanced") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Er sagte: „Wir kommen morgen. Danach ging er.", "„Wir kommen morgen. Danach ging er."),
        ("„Das nennt man ‚Realpolitik“, sagte er.", "‚Realpolitik"),
        ("Der Film ‚Das Boot lief gestern.", "‚Das Boot lief gestern."),
        ("Er hielt „den Plan „für einen Fehler“, sagte er.", "„den Plan"),
        ("Das sei ein Fehler“, sagte er.", "Fehler“"),
        ('Er sagte: „Wir kommen. Dann ging er „heim".', "„Wir kommen. Dann ging er"),
    ],
)
def test_quotes_flag(text, span):
    assert flagged(text, "quotes.unbalanced") == [span]


def test_foreign_quotes_only_in_typographic_preset():
    english = "Er nannte den Plan “einen Fehler” und ging."
    straight = 'Er nannte den Plan "einen Fehler" und ging.'
    single = "Die Serie 'Yellowstone' läuft seit Jahren."
    mixed = "Er nannte den Plan „einen Fehler” und ging."
    typed = 'Er nannte den Plan „einen Fehler" und ging.'  # „ closed by a straight mark
    for text in (english, straight, single, mixed, typed):
        report = tqcheck.check_text(text, lang="de")
        assert not [f for f in report.findings if f.category == "fluency/punctuation"], text
    assert flagged(english, "typography.quotes.de", "typographic") == ["“einen Fehler”"]
    assert flagged(straight, "typography.straight-quotes", "typographic") == ['"', '"']
    assert flagged(single, "typography.single-quotes.de", "typographic") == ["'Yellowstone'"]
    assert flagged(mixed, "typography.closing-quote.de", "typographic") == ["”"]
    assert flagged(typed, "typography.straight-quotes", "typographic") == ['"']
    assert flagged("Er nannte den Plan „einen Fehler“.", "typography", "typographic") == []


def test_hyphen_as_dash_in_typographic_preset():
    text = "Die Gespräche - sie dauerten Stunden - scheiterten."
    assert flagged(text, "typography.hyphen-as-dash") == []
    assert len(flagged(text, "typography.hyphen-as-dash", "typographic")) == 2
    ok = "Die Gespräche – sie dauerten Stunden – scheiterten. Gesundheits- und Sozialpolitik."
    assert flagged(ok, "typography", "typographic") == []


# --- Lost sentence boundaries -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Der Minister hat das so gesagt Die Regierung hat zugestimmt.", "gesagt Die"),
        (
            "Die Gespräche dauerten bis in die Nacht, Danach trat er vor die Presse.",
            "Nacht, Danach",
        ),
        (
            "Die Lage bleibt angespannt Deshalb hat die Stadt den Notstand ausgerufen.",
            "angespannt Deshalb",
        ),
        ("Er war müde Er ging nach Hause.", "müde Er"),
        ("Die Polizei sperrte die Straße, Der Verkehr staute sich bis zum Abend.", "Straße, Der"),
        ("Die Zahlen stiegen im Jahr 2023 Im Sommer gab es dann einen Einbruch.", "2023 Im"),
        ("Das Ergebnis war eindeutig Das ist eine Niederlage für die Regierung.", "eindeutig Das"),
        ("Die Preise steigen weiter, Die Stadt respektiere das, hieß es.", "weiter, Die"),
        ("Sie sprach von einem „großen Tag“, Er habe lange gewartet.", "Tag“, Er"),
        ("Das Finale findet am 1. Mai statt Der Sieger fährt nach Berlin.", "statt Der"),
        ("Die Frist läuft ab Schon im Sommer hatte die Stadt gewarnt.", "ab Schon"),
        # After "sagte er/sie" a participle, an adjective or a w-word opens a sentence.
        (
            "Man wolle mit den Menschen reden, sagte er Geplant seien Führungen im Windpark.",
            "er Geplant",
        ),
        (
            "Sie arbeite an einem Roman, sagte sie Worum es darin gehe, verrate sie nicht.",
            "sie Worum",
        ),
        # "mehr" ends a clause ("nichts mehr"), though it starts noun phrases too.
        (
            "Im Regionalverkehr ging vielerorts nichts mehr Mehrere Bahnbetreiber stellten "
            "den Betrieb ein.",
            "mehr Mehrere",
        ),
        # Sentence adverbs ("Entsprechend", "Insoweit") are openers too.
        (
            "Die meisten Rudel leben im Osten und im Nordwesten Entsprechend häufiger kommt es "
            "dort zu Konflikten.",
            "Nordwesten Entsprechend",
        ),
        (
            "Das Gesetz sieht keine Löschfrist vor Insoweit sei die Regelung unvereinbar.",
            "vor Insoweit",
        ),
        # A verb of saying that closes a bracket ends its clause ("berichtet Die Zeit" is
        # a name after the verb; "hatte … berichtet In" is not).
        (
            "Zuerst hatte die Zeitung darüber berichtet In einer Mitteilung hieß es, man "
            "sehe keinen Weg.",
            "berichtet In",
        ),
        # A capitalised preposition, its noun phrase, then a comma.
        (
            "Die Planer sagen, dass die Systeme zu viel Personal erforderten Bei einem hohen "
            "Pegel, wie er nach Starkregen auftreten könne, bleibe keine Zeit.",
            "erforderten Bei",
        ),
    ],
)
def test_lost_boundary_flag(text, span):
    assert flagged(text, "boundary.lost.de") == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A sentence opening with a noun or a name: a complete clause before it (a
        # participle, a zu-infinitive, a verb-final subordinate clause, a full verb) and a
        # noun phrase with its finite verb after it.
        (
            "Die Zahl ist um ein Drittel gesunken Kleine Betriebe haben keine Nachfolger.",
            "gesunken Kleine",
        ),
        ("Sie kamen, um die Strecke zu prüfen Anwohner hatten sich beschwert.", "prüfen Anwohner"),
        ("Man wisse, dass die Sicherheit nicht leide Wendt hält das für lösbar.", "leide Wendt"),
        (
            "Die Gewerkschaft blieb unnachgiebig Verdi schloss Streiks nicht aus.",
            "unnachgiebig Verdi",
        ),
        ("Der Trainer stellte die Abwehr um Die Gastgeber liefen früher an.", "um Die"),
        # A participle opening the sentence, also after a comma; a zu-infinitive before it.
        ("Die Gemeinde will reden, Geplant seien Führungen durch den Windpark.", "reden, Geplant"),
        (
            "Es sei schwer, Routine zu gewährleisten Risikoschwangere würden verlegt.",
            "gewährleisten Risikoschwangere",
        ),
        # A name with an apposition or a relative clause before its verb.
        (
            "Der Platz war voll Arslan, der als Elektriker arbeitet, sprach von einem Traum.",
            "voll Arslan",
        ),
        # The bracket closed before a comparison moved after it.
        (
            "Die SPD will Lehrer genauso bezahlen wie Lehrer an Gymnasien Andere Länder "
            "hätten das längst getan.",
            "Gymnasien Andere",
        ),
        # A subject with an apposition or relative clause, the verb after the comma.
        (
            "Die Trasse soll 2027 fertig werden Die Hebamme Anna Roth, die dort wohnt, zweifelt.",
            "werden Die",
        ),
        # After a closing quotation mark or a bracket.
        (
            "Er sprach von einem „Teilerfolg“ Immerhin sei einiges klargestellt.",
            "Teilerfolg“ Immerhin",
        ),
        ("Das sagte Martina Vogt (CDU) Wer das ernst meine, handle jetzt.", "CDU) Wer"),
        # An adjective after an article is no verb ("der sogenannten Talbahn").
        (
            "Wer nach Marktheim fahren will, muss sich gedulden Die Reaktivierung der "
            "sogenannten Talbahn, auf der keine Züge fahren, verzögert sich.",
            "gedulden Die",
        ),
        # A phrase without a verb after the complete clause, then the new subject.
        (
            "Die Klinik zählte 900 Geburten, etwa 15 Prozent weniger als zuvor Der ärztliche "
            "Direktor des Hauses, Harald Menke, sprach von einem Trend.",
            "zuvor Der",
        ),
        # A verb of saying at the end of a subordinate clause ends it ("wenn sie … sagt").
        (
            "Eve weiß, was sie riskiert, wenn sie die Wahrheit sagt Frau Marthe, die Mutter, "
            "gibt Ilse Krämer mit grantigem Witz.",
            "sagt Frau",
        ),
        # A score does not count a noun after it, as a number does ("612 Stellen").
        ("Das Spiel endete 2:1 Zuschauer stürmten danach den Platz.", "1 Zuschauer"),
        # The particle of the clause's separable verb ends it ("teilte … mit": "mitteilte").
        ("Das Unternehmen teilte am Montag mit Löhne und Gehälter seien gesichert.", "mit Löhne"),
        # A relative clause after a preposition ends on its verb; an adjective before a
        # noun is no verb.
        (
            "Es gab Applaus für das Ensemble, in den sich vereinzelte Buhrufe für die Regie "
            "mischten Weitere Vorstellungen sind im März geplant.",
            "mischten Weitere",
        ),
        # A pronoun after a preposition heads the phrase; "gut" before a number.
        (
            "Betroffen sind zwei Zulieferer, Viele von ihnen hängen vom Verbrennungsmotor ab.",
            "Zulieferer, Viele",
        ),
        ("Dann fasste sich Schuler ein Herz Aus gut 20 Metern zog er ab.", "Herz Aus"),
    ],
)
def test_lost_boundary_before_a_noun_or_name(text, span):
    assert flagged(text, "boundary.lost.de") == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A phrase with an adjective in "-en" (also a past plural) or "bzw." before the verb.
        (
            "Deutlicher fielen die Effekte bei den Biomarkern aus In Blutproben der "
            "behandelten Patienten sank die Konzentration.",
            "aus In",
        ),
        (
            "Der Konzern will den Anteil auf 50 Prozent steigern Die Investitionen in "
            "Forschung bzw. Fertigungskapazitäten sollen steigen.",
            "steigern Die",
        ),
        # A participle with its auxiliary after a verb's particle opens a sentence.
        (
            "Einige Gemälde wiesen Risse oder abblätternde Farbschichten auf Finanziert "
            "wurden die Arbeiten durch eine Stiftung.",
            "auf Finanziert",
        ),
        # A preposition's phrase after "und"; an adverb before an adjective.
        (
            "Es wird noch einmal heiß Am Oberrhein und im Rhein-Main-Gebiet erwartet der DWD "
            "Höchstwerte um 35 Grad.",
            "heiß Am",
        ),
        (
            "Die Strömung schwächt sich schneller ab als bislang angenommen Ein unmittelbar "
            "bevorstehender Kollaps sei daraus aber nicht abzuleiten.",
            "angenommen Ein",
        ),
        # Verbs of sports and economy news ("hadern", "bündeln").
        ("Wolfsburg gewinnt mit 2:1 Die Gäste hadern mit einer strittigen Szene.", "1 Die"),
        ("Die Preise sind gesunken Viele Anbieter bündeln ihre Tarife neu.", "gesunken Viele"),
        # After a boundary found at a function word, the names of the new sentence are
        # judged in it, not against the verb before the boundary.
        (
            "Fachleute bewerten die Ergebnisse vorsichtig positiv Der Altersforscher Prof. "
            "Dr. Rüdiger Halbach von der Universität Jena sprach von einem Fortschritt.",
            "positiv Der",
        ),
    ],
)
def test_one_lost_boundary_is_one_finding(text, span):
    assert flagged(text, "boundary.lost.de") == [span]


@pytest.mark.parametrize(
    "text",
    [
        # The participle or infinitive closes the clause's own bracket.
        "Die Firma hat im vergangenen Jahr Millionen investiert und Stellen geschaffen.",
        "Man wird mit Anwohnern reden müssen.",
        "Zudem könnten Konkurrenten aus den Angaben Rückschlüsse auf Geschäfte ziehen.",
        # A nominalised participle is a noun; a noun that looks like a participle too.
        "Allen 23 Beschäftigten der Station sei eine Stelle angeboten worden.",
        "Er sagte, Gewalt sei keine Lösung.",
        # A noun that is also a verb form ("Unterlagen", "Beweisen") is no participle.
        "Er versuchte, den Ausschuss daran zu hindern, Unterlagen des Hauses zu erhalten.",
        "Sie kann durch einen konkreten Bedarf an Beweisen überwunden werden.",
        # A comma after a noun that is no subject: "sondern", "wo genau".
        "»Wir haben nicht Fußball gespielt, sondern Fußball verwaltet«, sagte er.",
        "Morgen seien erneut örtlich Unwetter möglich, wo genau, lasse sich nicht sagen.",
        "Die Stadt hat beschlossen Anwohner zu entlasten.",
        # Adjectives, numbers, articles and prepositions before their noun.
        "Damals hatte das Wasser weite Teile der Altstadt überflutet.",
        "Nachts werden Notfälle in das rund 35 Kilometer entfernte Klinikum gebracht.",
        "Als Gründe nannte ein Sprecher am Dienstag unerwartete Schäden an der Brücke.",
        "Um 1880 arbeitete nach Schätzungen der Kuratorinnen jede dritte Frau im Haushalt.",
        # The subject after an inverted verb, and an adverb in -t.
        "Nach einem Eckball köpfte Innenverteidiger Marco Lenz unbedrängt zum 0:1 ein.",
        # Two main clauses joined by a comma are correct German.
        "Die Preise steigen, Kunden bleiben weg.",
        "Die Reederei teilte mit, Reparaturtrupps seien unterwegs.",
        # "zu" before an adverb is no infinitive: the clause goes on to its verb.
        "Sie sagen, dass die Systeme zu viel Personal erforderten.",
        # A title as the object after a phrase set off by commas.
        "Er las jeden Morgen, meist im Zug, Die Zeit, eine Wochenzeitung.",
        # A preposition that is no particle of the verb before it.
        "Dann brachen nach Angaben der Polizei Unbekannte in die Halle ein.",
        # A bare subject and verb take their object; an insertion does not cross a
        # quotation mark; "gab’s" is verb and "es"; "zu" before an inflected adjective.
        "„Kinder brauchen Räume, in denen sie spielen, streiten und sich langweilen können.“",
        "„Am Anfang gab’s Proteste, vor allem von Eltern“, räumt die Rektorin ein.",
        "Das Zinn wird auf einem langen Tisch zu dünnen Platten gegossen.",
        # A subject needs its noun before a verb-last clause ends; "nur" does not end one.
        "Die längste bislang erfasste Hitzewelle erstreckte sich über drei Wochen.",
        "Viele Stationen lieferten bislang nur Daten von der Oberfläche, während andere fehlten.",
        # An adjective after an article and adverbs; a comparative after "zu"; a one-word
        # start; a place name inside a relative clause still waiting for its verb.
        "Auf einer bislang landwirtschaftlich genutzten Fläche von 14 Hektar sollte nach dem "
        "Willen Brandts ein Logistikzentrum entstehen, das 300 Stellen bringt.",
        "Sollte ein Konkurrent, etwa aus Asien, mit einem ähnlichen Mittel zu niedrigeren "
        "Preisen auf den Markt kommen, könne das die Margen drücken.",
        "»Das war gut«, sagte sie. »Alles Weitere klären wir morgen.«",
        "Die Tagung findet im Rathaus statt, das am Alten Markt Am Berge steht.",
        # A preposition after an auxiliary or modal opens no participle: the bracket stays
        # open ("gegen" is no participle); an adjective after an article and a phrase; an
        # adjective in "-es" used as a noun after "nichts", "etwas".
        "Der Verband und der Verein Pro Elbe hatten gegen die ursprünglichen Pläne Einspruch "
        "erhoben, weil die Dämme Brutplätze gefährdet hätten.",
        "Binnen 30 Tagen kann gegen den Entscheid Beschwerde beim Verwaltungsgericht in Chur "
        "erhoben werden.",
        "Nach § 12 kann ein Vermieter einer an sich berechtigten Forderung widersprechen, "
        "wenn sie unbillig ist.",
        "»Wir wollten zeigen«, sagte die Regisseurin, »dass der Alltag, in dem diese Frau "
        "lebt, überhaupt nichts Heldenhaftes hat.«",
        # After a preposition a capitalised adjective or participle is a noun.
        "Beim Boxenstopp, bei dem die Mechaniker die Reifen in 2,3 Sekunden von Medium auf "
        "Hart wechselten, lag er weiter vorn.",
        "„Aber die Nachfrage nach Getrieben für Verbrennungsmotoren ist eingebrochen.“",
        # An acronym after an article begins a name.
        "Mit 21:24 lag die HSG Wesertal in der 45. Minute hinten, der TV Hameln-Pyrmont "
        "hatte das Spiel scheinbar im Griff.",
        # No finite verb right after a preposition; an unlisted "-st-" form before a noun
        # is a superlative; ", und …" is no apposition after a name.
        "Nach solchen Nächten steigen die Einweisungen an. In dicht bebauten Innenstädten "
        "hat die Zahl dieser Nächte zugenommen.",
        "Der Norweger leistete sich einen Fehler, machte diesen aber mit der mit Abstand "
        "schnellsten Laufzeit mehr als wett.",
        "Auf der Bühne steht ein Pavillon, halb Gewächshaus, halb Vitrine. In ihm lebt die "
        "Familie Kabanov, und um ihn herum steht, sitzt und lauert das ganze Städtchen.",
        # After "als" the subject comes first: a verb form there is an adjective.
        "Sandra Weninger gibt die Gärtnerin Flora Baumscheer als resolute Witwe mit einem "
        "Hang zum Drama, Katrin Ruprecht die Kammerfrau Constantia als kokette Zofe.",
        # "zugunsten" is a preposition, no past tense.
        "Wolfsburg nahm 1:43 Minuten vor dem Ende den Torhüter zugunsten eines sechsten "
        "Feldspielers vom Eis.",
        # A main clause between commas is no apposition of the name before it.
        "Gerettet wird der Mittelteil von einem Zwischenfall. Aus der dritten Reihe fliegt "
        "ein Schal des 1. FC Köln auf die Bühne, Reyes hebt ihn auf, legt ihn sich um den "
        "Hals und fragt grinsend, ob er jetzt Kölner sei.",
        # A participle with "ge-" before a noun is an adjective, not a past tense.
        "Die Helvara AG hat das nach der Zinsentscheidung der Europäischen Zentralbank (EZB) "
        "geöffnete Emissionsfenster genutzt und eine Anleihe platziert.",
        # A past form between an article and its noun is an attribute; "pro" a preposition;
        # "Millionen" a numeral; "wurde 26." a place, after which a sentence ends.
        "Die Bewilligung für den 1986 errichteten Doppelsessellift läuft aus.",
        "Das 1972 eröffnete Hallenbad im Gladbecker Süden soll für fast 15 Millionen Euro "
        "saniert werden.",
        "Das in der Studie verwendete Präparat hat ein Unternehmen aus Ulm entwickelt.",
        "Er habe pro Abholung 1500 Euro erhalten sollen, ließ er erklären.",
        "Sophie Kerscher wurde 26. Einzig Carla Weinzierl erwischte einen schwarzen Tag.",
    ],
)
def test_no_lost_boundary_inside_one_clause(text):
    assert flagged(text, "boundary") == []


@pytest.mark.parametrize(
    "text",
    [
        "Im Interview mit Der Spiegel sagte er, die Lage sei ernst.",
        "Er las im Zug Die Zeit und trank Kaffee.",
        "Die Partei Die Linke hat am Montag ihren Vorstand gewählt.",
        "Wie die Wochenzeitung Die Zeit berichtet, soll der Plan scheitern.",
        "Der Film Das Boot lief 1981 in den Kinos an.",
        "Können Sie das bestätigen, Herr Minister? Haben Sie schon gewählt?",
        "Die Kanzlerin sagte: Wir schaffen das.",
        "Das Motto Wir sind das Volk wurde 1989 berühmt.",
        "Laut Die Welt hat der Konzern Stellen gestrichen.",
        "Sein Roman Die Vermessung der Welt wurde ein Bestseller.",
        "Der Satz Es gibt kein richtiges Leben im falschen stammt von Adorno.",
        "Das Projekt Unser Dorf hat Zukunft wird vom Land gefördert.",
        "Es folgte ein Auftritt der Band Die Ärzte vor 20.000 Fans.",
        "Der Landrat sprach mit Vertretern von Die Linke und der FDP.",
        "Das Bündnis 90/Die Grünen will mehr Geld für die Bahn.",
        "Zuerst hatte Die Zeit berichtet. Später bestätigte Die Zeit den Bericht erneut.",
        "Das berichtet Die Zeit in ihrer neuen Ausgabe.",
    ],
)
def test_lost_boundary_pass(text):
    assert flagged(text, "boundary") == []


# --- Rules and packs ----------------------------------------------------------------------


def test_rules_lang_de_lists_the_german_pack():
    result = CliRunner().invoke(main, ["rules", "--lang", "de"], env={"COLUMNS": "250"})
    assert result.exit_code == 0
    assert "boundary.lost.de" in result.output
    assert "typography.quotes.de" in result.output
    assert "boundary.lost " not in result.output


def test_byline_von_is_correct_german():
    assert flagged("Von: Sven Hauberg\n\nDie Gespräche scheiterten.", "boilerplate") == []


# --- Boilerplate, untranslated text, repeated words ----------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Zwei Politiker beim Handschlag. Foto: Max Mustermann/dpa", "boilerplate.credit"),
        ("Zwei Politiker beim Handschlag © picture alliance / dpa", "boilerplate.credit"),
        ("Startseite › Politik › Ausland\n\nDie Gespräche scheiterten.", "boilerplate.metadata"),
        ("Mehr zum Thema: Streit um die Rente", "boilerplate.teaser"),
        ("Die Gespräche scheiterten. Lesen Sie auch: Was nun kommt", "boilerplate.teaser"),
        (
            "Die Gespräche scheiterten.\n\nAnzeige\n\nDie Opposition protestierte.",
            "boilerplate.teaser.de",
        ),
    ],
)
def test_boilerplate(text, rule):
    assert flagged(text, rule)


def test_english_sentence_left_untranslated():
    text = (
        "Die Regierung hat am Montag beschlossen, die Steuern zu senken. The government said "
        "on Monday that taxes would be cut sharply next year. Danach trat der Minister vor die "
        "Presse."
    )
    assert flagged(text, "untranslated.text") == [
        "The government said on Monday that taxes would be cut sharply next year."
    ]


def test_doubled_nouns_are_repeated_words():
    assert flagged("Die Regierung Regierung hat zugestimmt.", "words.repeated") == [
        "Regierung Regierung"
    ]


# --- Clean corpus -------------------------------------------------------------------------


_CLEAN = [("", s) for s in ("plain", "typographic")] + [
    (corpus, style)
    for corpus in (
        "-stress",
        "-blind",
        "-blind2",
        "-blind18",
        "-blind19",
        "-blind20",
        "-blind21",
        "-blind22",
        "-blind23",
        "-blind24",
        "-blind25",
        "-blind26",
        "-blind27",
        "-blind29",
        "-blind30",
        "-blind31",
        "-blind32",
        "-blind33",
        "-blind36",
        "-blind37",
        "-blind38",
        "-blind39",
        "-blind41",
        "-blind42",
        "-blind43",
        "-blind45",
        "-blind47",
        "-blind48",
        "-blind49",
        "-blind50",
        "-blind55",
        "-blind56",
        "-blind57",
        "-blind58",
        "-blind60",
        "-blind61",
        "-blind62",
        "-blind63",
        "-blind64",
        "-blind65",
        "-blind67",
        "-blind69",
        "-blind70",
        "-blind74",
        "-blind75",
        "-blind76",
        "-blind77",
        "-blind79",
    )
    for style in ("plain", "typographic")
]


# de-blind4 writes a French place name with a straight apostrophe ("Val d'Hérens"), de-blind5,
# de-blind7, de-blind28, de-blind46, de-blind51 and de-blind54 articles with straight quotes
# and de-blind52 an Austrian farmer's speech with straight apostrophes ("gibt's"), as
# de-blind78's colloquial quotations have, and de-blind68 closes „ with a straight mark
# throughout („Gold wert"), which the typographic preset rightly reports; their plain-style
# check is the clean-text one.
@pytest.mark.parametrize(
    ("corpus", "style"),
    [*_CLEAN, *((f"-blind{n}", "plain") for n in (4, 5, 7, 28, 46, 51, 52, 54, 68, 78))],
)
def test_clean_corpus_has_no_findings(style, corpus):
    """The dev set, the precision set written with hard syntax (verb brackets, noun and
    participle openers, appositions, titles, main clauses joined by a comma), and blind
    sets from several desks (de-blind4 in Swiss and Austrian styles too)."""
    articles = sorted(CORPUS.with_name(CORPUS.name + corpus).glob("*.txt"))
    assert len(articles) >= 8
    for path in articles:
        text = path.read_text(encoding="utf-8")
        report = tqcheck.check_text(text, lang="de", settings=Settings(style=style))
        above = [(f.rule, f.text) for f in report.findings if f.severity.value != "info"]
        assert not above, (path.name, above)


def test_a_blind_set_with_printed_credits_has_only_credit_findings():
    """de-blind6 prints photographers' credits under its captions ("Foto: Regina
    Obermaier"), which the credit rule is for; nothing else is flagged (plain style)."""
    articles = sorted(CORPUS.with_name(CORPUS.name + "-blind6").glob("*.txt"))
    assert len(articles) >= 8
    for path in articles:
        report = tqcheck.check_text(path.read_text(encoding="utf-8"), lang="de")
        above = [(f.rule, f.text) for f in report.findings if f.severity.value != "info"]
        assert all(rule == "boilerplate.credit" for rule, _ in above), (path.name, above)


# --- Cut-off paragraphs and quotations in other languages ---------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "Was aus dem Standort wird",
        "Naturschützer kündigen Prüfung an",
        "Wer jetzt zahlt",
        # "ein" is an article, but here the particle of "einleiten"
        "Gewerkschaft leitet Urabstimmung über unbefristete Streiks ein",
    ],
)
def test_headings_may_end_on_a_verb_or_particle(heading):
    text = f"Der Kreis will die Klinik umbauen.\n\n{heading}\n\nDie Arbeiten beginnen im Mai."
    assert flagged(text, "text.truncated") == []


def test_a_paragraph_cut_after_an_article_is_flagged():
    text = "Der Kreis will die Klinik umbauen und sucht dafür einen neuen Träger für die\n\nMehr."
    findings = tqcheck.check_text(text, lang="de").findings
    cut = [f for f in findings if f.rule == "text.truncated"]
    assert cut and text[cut[0].start : cut[0].end] == cut[0].text
    assert cut[0].text.endswith("für die")


def test_an_english_quotation_is_not_untranslated_text():
    text = (
        "Ein Reisender aus London nahm die Verspätung gelassen. "
        "„It’s chaos, but everyone has been very kind“, sagte der Mann am Bahnsteig."
    )
    assert flagged(text, "untranslated") == []


@pytest.mark.parametrize(
    "text",
    [
        # an umlaut plural is the same word
        "Der Sturm richtete großen Schaden an. Die Schäden an den Häusern sind hoch, "
        "sagte der Bürgermeister. Der Schaden werde nun geprüft.",
        # "ß" makes another word, not another spelling
        "Die Masse der Insekten ist gesunken. Weil Aufbau und Maße der Fallen standardisiert "
        "sind, lassen sich die Fänge vergleichen.",
    ],
)
def test_inflected_or_other_words_are_no_name_variants(text):
    assert flagged(text, "names.variant") == []


def test_a_results_list_may_leave_out_places():
    lines = [
        f"{n}. Läuferin {name} (Deutschland) +{n},4 ({n % 3})"
        for n, name in ((3, "Marchand"), (4, "Pedranzini"), (5, "Moosbrugger"), (9, "Leitner"))
    ]
    lines += [
        "...",
        "17. Johanna Brückl (Deutschland) +58,3 (2)",
        "67. Carla Weinzierl +2:09,5 (4)",
    ]
    text = "Hartwig gewinnt\n\nDer Sprint war eng.\n\n" + "\n".join(lines) + "\n\nEs geht weiter."
    assert flagged(text, "text.truncated") == []


def test_a_score_has_spaces_around_its_colon():
    assert flagged("Siebenmeter: 5/4 : 3/2\nDas Spiel endete 2 : 1.", "punctuation") == []
