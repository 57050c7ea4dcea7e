"""Material that the injector splices into clean articles.

Everything here was written for this benchmark: foreign-language news sentences and
clauses (German, French, Spanish), picture captions, teaser titles, share and newsletter
lines, link texts and fictional names. None of it is copied from a real article.
"""

from __future__ import annotations

FOREIGN_SENTENCES: dict[str, tuple[str, ...]] = {
    "de": (
        "Die Bundesregierung will den Gesetzentwurf noch vor der Sommerpause in den Bundestag "
        "einbringen, wie ein Sprecher am Dienstag mitteilte.",
        "Nach Angaben der Polizei wurde bei dem Einsatz niemand verletzt, die Ermittlungen zur "
        "Ursache dauern jedoch weiter an.",
        "Der Vorschlag stieß bei den Oppositionsparteien auf scharfe Kritik, die der Regierung "
        "mangelnde Transparenz vorwarfen.",
        "Experten rechnen damit, dass die Preise in den kommenden Monaten weiter steigen werden, "
        "vor allem bei Lebensmitteln und Energie.",
        "Die Verhandlungen sollen in der nächsten Woche in Brüssel fortgesetzt werden, ein Termin "
        "steht allerdings noch nicht fest.",
        "Bislang ist unklar, wie viele Menschen von den neuen Regeln tatsächlich betroffen sein "
        "werden.",
        "Das Gericht begründete seine Entscheidung damit, dass die bisherigen Maßnahmen nicht "
        "ausreichend seien.",
        "Viele Anwohner zeigten sich erleichtert, äußerten aber auch Zweifel an den Versprechen "
        "der Behörden.",
        "Die Zahl der Anträge ist im Vergleich zum Vorjahr um fast ein Drittel gestiegen, teilte "
        "das Ministerium mit.",
        "Der Vorstand des Unternehmens wollte sich zu den Vorwürfen am Mittwoch zunächst nicht "
        "äußern.",
        "Kritiker befürchten, dass die Reform vor allem Familien mit geringem Einkommen "
        "zusätzlich belasten könnte.",
        "In einer ersten Reaktion sprach der Verband von einem wichtigen Signal für die gesamte "
        "Branche.",
        "Die Opposition kündigte an, notfalls vor das Verfassungsgericht zu ziehen, um das "
        "Gesetz doch noch zu stoppen.",
        "Wann die Arbeiten abgeschlossen sein werden, konnte die Stadtverwaltung auf Nachfrage "
        "noch nicht sagen.",
        "Die Temperaturen sollen am Wochenende wieder deutlich sinken, teilte der Wetterdienst "
        "am Freitag mit.",
        "Beobachter werten das Treffen als vorsichtiges Zeichen der Annäherung zwischen den "
        "beiden Ländern.",
    ),
    "fr": (
        "Le gouvernement a annoncé mardi qu'il présenterait un nouveau projet de loi avant la "
        "fin de l'année.",
        "Selon les autorités locales, aucune victime n'est à déplorer, mais les dégâts matériels "
        "sont considérables.",
        "Les négociations doivent reprendre la semaine prochaine à Bruxelles, a précisé un "
        "porte-parole de la Commission.",
        "Plusieurs associations ont dénoncé une décision prise sans véritable concertation avec "
        "les habitants concernés.",
        "Les experts s'attendent à une nouvelle hausse des prix au cours des prochains mois, "
        "notamment dans le secteur de l'énergie.",
        "Le ministre a refusé de commenter ces informations lors de sa conférence de presse de "
        "mercredi.",
        "Cette mesure devrait entrer en vigueur dès le premier janvier, sous réserve de l'accord "
        "du Parlement.",
        "De nombreux habitants se disent soulagés, même si beaucoup restent inquiets pour "
        "l'avenir de la région.",
        "L'entreprise n'a pas souhaité réagir, mais un syndicat a appelé à une nouvelle journée "
        "de grève.",
        "Il s'agit de la plus forte baisse enregistrée depuis le début des relevés, selon "
        "l'institut national de statistique.",
        "Le tribunal a estimé que les mesures prises jusqu'ici étaient insuffisantes pour "
        "protéger la population.",
        "Les observateurs y voient un signe prudent de rapprochement entre les deux pays voisins.",
        "Une enquête a été ouverte pour déterminer les causes exactes de l'accident, a indiqué "
        "le parquet.",
    ),
    "es": (
        "El gobierno anunció el martes que presentará un nuevo proyecto de ley antes de que "
        "termine el año.",
        "Según las autoridades locales, no hubo que lamentar víctimas, aunque los daños "
        "materiales son considerables.",
        "Las negociaciones se reanudarán la próxima semana en Bruselas, según confirmó un "
        "portavoz del ministerio.",
        "Varias organizaciones criticaron que la decisión se tomara sin consultar a los vecinos "
        "afectados.",
        "Los expertos prevén que los precios sigan subiendo en los próximos meses, sobre todo "
        "los de la energía.",
        "El ministro se negó a comentar la información durante su rueda de prensa del miércoles.",
        "La medida entrará en vigor el primero de enero, siempre que el Parlamento la apruebe a "
        "tiempo.",
        "Muchos vecinos se mostraron aliviados, pero otros siguen preocupados por el futuro de "
        "la región.",
        "La empresa no quiso hacer declaraciones, mientras que los sindicatos convocaron una "
        "nueva huelga.",
        "Se trata del mayor descenso registrado desde que comenzaron las mediciones, según el "
        "instituto de estadística.",
        "El tribunal consideró que las medidas adoptadas hasta ahora no eran suficientes para "
        "proteger a la población.",
        "Los analistas interpretan la reunión como una señal prudente de acercamiento entre "
        "ambos países.",
        "La fiscalía abrió una investigación para determinar las causas exactas del accidente "
        "ocurrido el domingo.",
    ),
}

FOREIGN_CLAUSES: dict[str, tuple[str, ...]] = {
    "de": (
        "wie ein Sprecher des Ministeriums am Montag mitteilte",
        "so die Einschätzung mehrerer Experten aus Berlin",
        "was von der Opposition scharf kritisiert wurde",
        "obwohl die Finanzierung noch nicht gesichert ist",
        "teilte die Behörde am Mittwochabend auf Anfrage mit",
        "wie aus einem internen Papier hervorgeht",
        "die seit Wochen für heftige Diskussionen sorgt",
    ),
    "fr": (
        "selon un porte-parole du ministère lundi soir",
        "ce qui a suscité de vives critiques",
        "comme l'a confirmé la préfecture dans un communiqué",
        "bien que le financement ne soit pas encore assuré",
        "d'après les premières estimations des autorités",
        "a précisé le ministère dans la soirée",
    ),
    "es": (
        "según informó el ministerio este lunes",
        "lo que provocó duras críticas de la oposición",
        "como confirmó la policía en un comunicado",
        "aunque la financiación aún no está garantizada",
        "según las primeras estimaciones de las autoridades",
        "informó la agencia en su página web",
    ),
}

CAPTIONS: tuple[str, ...] = (
    "Officials arrive for the meeting in the capital on Monday morning",
    "A view of the city center from the river",
    "Demonstrators gather outside the parliament building",
    "The minister speaks to reporters after the vote",
    "Rescue workers at the scene on Tuesday",
    "Supporters wave flags during a rally",
    "Workers at the site in the early morning",
    "The committee chairman during a break in the hearing",
    "Visitors walk past the entrance of the building",
    "Residents inspect the damage on Wednesday",
)

FIRST_NAMES: tuple[str, ...] = (
    "Jana", "Markus", "Sophie", "Tomasz", "Elena", "Pierre", "Lukas", "Anna", "David", "Mira",
)  # fmt: skip
LAST_NAMES: tuple[str, ...] = (
    "Keller", "Novak", "Brandt", "Dubois", "Schmitt", "Lindahl", "Marin", "Holm", "Weber",
    "Ricci",
)  # fmt: skip

TEASER_TITLES_EN: tuple[str, ...] = (
    "Why the talks collapsed",
    "What the new rules mean for you",
    "Five questions about the budget",
    "The winners and losers of the deal",
    "How the storm unfolded hour by hour",
    "Analysis: A turning point for Europe?",
)
TEASER_TITLES_DE: tuple[str, ...] = (
    "Warum die Gespräche gescheitert sind",
    "Was die neuen Regeln für Verbraucher bedeuten",
    "Die wichtigsten Fragen und Antworten",
)

SHARE_LINES: tuple[str, ...] = (
    "Share this article on Facebook",
    "Follow us on Twitter for the latest news",
    "Subscribe to our newsletter and get the day's top stories every morning",
    "Sign up for our newsletter",
    "Share via WhatsApp",
    "Click here to subscribe to our free newsletter",
    "Jetzt teilen",
)

LINK_TEXTS: tuple[str, ...] = (
    "Ukraine war",
    "Energy crisis",
    "Interest rates",
    "Climate summit",
    "Election results",
    "Housing market",
    "Trade dispute",
    "Budget talks",
    "Heat wave in Europe",
    "Live ticker",
    "Migration policy",
    "Inflation latest",
    "Court ruling explained",
    "Transfer news",
)

# Section names for breadcrumbs, by the section word in the corpus file name.
SECTIONS: dict[str, tuple[str, str]] = {
    "politics": ("Politics", "Politik"),
    "economy": ("Economy", "Wirtschaft"),
    "courts": ("Justice", "Justiz"),
    "sport": ("Sport", "Sport"),
    "science": ("Science", "Wissen"),
    "culture": ("Culture", "Kultur"),
    "weather": ("Weather", "Wetter"),
    "tech": ("Technology", "Digital"),
    "foreign": ("World", "Ausland"),
}
