"""German and French targets: how well do the rules work? Prints a deterministic report.

Four measurements:

1. **MQM en→de** (``../shared/data/mqm-ende-dev.jsonl``): segment-level precision, recall
   and F1 of findings in category ``fluency/punctuation`` against segments where any rater
   marked ``Fluency/Punctuation``, checking each MT output as German, in the ``typographic``
   and the ``plain`` style. Development data: nothing here is tuned to its items.
2. **Clean corpora** (``corpus/de``, ``corpus/fr``: edited news articles written for
   tqcheck): findings per 1,000 words, all and minor-or-above, in both styles.
3. **Injected artifacts**: a seeded injector puts one artifact at a time into a clean
   article (a lost or stray quotation mark, a lost sentence boundary, a scraped credit or
   teaser line, an English sentence or paragraph, a doubled word) and counts how often a
   rule of that family flags it. A lost boundary is counted over all sentence boundaries
   and over those where the next sentence opens with a function word (an article,
   pronoun, conjunction or adverb of the language's opener list), the only ones German
   orthography leaves evidence for.
4. **Every boundary lost**: each sentence boundary of the corpus lost in turn (full stop
   dropped, or turned into a comma), split by whether the next sentence opens with a
   function word.

Run: ``.venv/bin/python tests/benchmarks/eval_languages.py [--data PATH] [--trials N] [--set S]``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import tqcheck  # noqa: E402
from tqcheck.languages import get_language  # noqa: E402
from tqcheck.model import Document, PassageKind  # noqa: E402
from tqcheck.segment import count_words, segment  # noqa: E402
from tqcheck.settings import Settings  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "corpus"
DATA = ROOT.parent / "shared" / "data" / "mqm-ende-dev.jsonl"
SEED = 20240611
STYLES = ("typographic", "plain")
PUNCTUATION = "fluency/punctuation"
FAMILIES = {
    "quotes": ("quotes.",),
    "boundaries": ("boundary.",),
    "boilerplate": ("boilerplate.",),
    "untranslated": ("untranslated.",),
    "repeated words": ("words.repeated",),
}


# --- 1. MQM en→de -----------------------------------------------------------------------


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def mqm(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    gold = [any(e["category"] == "Fluency/Punctuation" for e in r["errors"]) for r in rows]
    print(f"MQM en-de ({path.name}): {len(rows)} segments, {sum(gold)} with Fluency/Punctuation")
    for style in STYLES:
        settings = Settings(style=style)
        tp = fp = fn = 0
        by_rule: dict[str, list[int]] = {}
        for row, positive in zip(rows, gold, strict=True):
            report = tqcheck.check_text(row["target"], lang="de", settings=settings)
            rules = {f.rule for f in report.findings if f.category == PUNCTUATION}
            predicted = bool(rules)
            tp += predicted and positive
            fp += predicted and not positive
            fn += positive and not predicted
            for rule in rules:
                by_rule.setdefault(rule, [0, 0])[0 if positive else 1] += 1
        p, r, f = _prf(tp, fp, fn)
        print(f"  {style:<12} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} fp={fp} fn={fn})")
        for rule in sorted(by_rule):
            hit, miss = by_rule[rule]
            print(f"    {rule:<34} segments flagged: {hit} with gold, {miss} without")


# --- 2. Clean corpora --------------------------------------------------------------------


#: ``""`` for the corpora the rules were developed on, ``"-heldout"`` and ``"-final"`` for
#: the validation corpora (``corpus/de-heldout``, ``corpus/fr-final``, …), written without
#: sight of the rules.
CORPUS_SUFFIX = {"value": ""}


def _articles(lang: str) -> list[tuple[str, str]]:
    directory = CORPUS / f"{lang}{CORPUS_SUFFIX['value']}"
    if not directory.is_dir():
        return []
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.txt"))]


def clean(lang: str) -> None:
    articles = _articles(lang)
    words = sum(count_words(text) for _, text in articles)
    print(f"Clean corpus {lang}: {len(articles)} articles, {words} words")
    for style in STYLES:
        settings = Settings(style=style)
        found = []
        for name, text in articles:
            report = tqcheck.check_text(text, lang=lang, settings=settings)
            found += [(name, f) for f in report.findings]
        above = [(n, f) for n, f in found if f.severity.value != "info"]
        print(
            f"  {style:<12} findings per 1,000 words: {1000 * len(found) / words:.2f} all, "
            f"{1000 * len(above) / words:.2f} minor-or-above"
        )
        for name, f in above:
            print(f"    {name}: {f.rule} {f.severity.value} {f.text!r}")


# --- 3. Injected artifacts ---------------------------------------------------------------

BOILERPLATE = {
    "de": [
        "Foto: Max Mustermann/dpa",
        "© picture alliance / dpa | Kay Nietfeld",
        "Bild: IMAGO / Sven Simon",
        "Startseite › Politik › Deutschland",
        "Mehr zum Thema: Streit um die Rente",
        "Lesen Sie auch: Was die Reform für Mieter bedeutet",
        "Anzeige",
        "Stand: 14.03.2024, 17:45 Uhr",
        "Artikel teilen",
        "Zur Startseite",
        "Das könnte Sie auch interessieren:",
        "Symbolbild: Jens Büttner/dpa",
    ],
    "fr": [
        "Crédit photo : Ludovic Marin / AFP",
        "© AFP",
        "Photo AFP",
        "Lire aussi : La réforme des retraites en cinq questions",
        "LIRE AUSSI | Ce que change la loi pour les locataires",
        "Accueil > Politique > France",
        "Publié le 14/03/2024 à 17h45",
        "Publicité",
        "Partager cet article",
        "Sur le même sujet : la grève des contrôleurs",
        "Photo d’illustration © Jean Dupont / Reuters",
        "Suivez-nous sur Facebook",
    ],
}
# Appended to a paragraph, as a scraped caption's credit would be.
CREDIT_TAILS = {
    "de": [" Foto: Christoph Soeder/dpa", " © Michael Kappeler / dpa"],
    "fr": [" Photo : Thomas Samson / AFP", " © Stéphane de Sakutin / AFP"],
}
ENGLISH = [
    "The city council approved the plan on Thursday evening after a long debate.",
    "Officials said the costs could rise further if the work is delayed again.",
    "The union has called on its members to stop work for two days next week.",
    "Researchers counted almost three times as many birds on the restored plots.",
    "The museum will show more than two hundred objects from private collections.",
    "The court ruled that the ban violated the right to freedom of assembly.",
    "Both sides said they were ready to talk but refused to change their positions.",
    "Many schools in rural areas still have no teacher for one class in four.",
    "The company said it would offer about half of the staff jobs at other sites.",
    "Police expect up to three thousand people to join the protest on Saturday.",
]


@dataclass
class Trial:
    family: str
    variant: str
    text: str
    evidence: bool = True  # for boundaries: does the next sentence open with a function word?
    at: int | None = None  # for boundaries: where the full stop was; a finding must cover it


def _paragraphs(lang: str, text: str) -> list:
    doc = Document(text=text, lang=lang)
    return [p for p in segment(doc) if p.kind is PassageKind.PARAGRAPH]


# Each language's pairs of quotation marks (German news uses „…“ or »…«).
_QUOTE_PAIRS = {"de": (("„", "“"), ("»", "«")), "fr": (("«", "»"),)}


def _quotes(rng: random.Random, lang: str, text: str) -> Trial | None:
    spans = [
        (m, (opener, closer))
        for opener, closer in _QUOTE_PAIRS[lang]
        for m in regex.finditer(rf"{opener}[^{opener}{closer}\n]+{closer}", text)
        if count_words(m.group()) >= 3
    ]
    if not spans:
        return None
    m, pairs = rng.choice(sorted(spans, key=lambda span: span[0].start()))
    variant = rng.choice(["closing lost", "opening lost", "stray opening mark"])
    pad = "\u202f" if lang == "fr" else ""
    if variant == "closing lost":
        start = m.end() - 1 - len(pad)
        return Trial("quotes", variant, text[:start] + text[m.end() :])
    if variant == "opening lost":
        return Trial("quotes", variant, text[: m.start()] + text[m.start() + 1 + len(pad) :])
    # A second opening mark a few words before the quote, as when MT copies the mark to
    # the start of the sentence ("“China and North Korea “We are friendly neighbors,”").
    # Only words of the quote's own paragraph: a mark at the end of the paragraph before
    # reads as a quotation continued over paragraphs, which news does.
    para_start = text.rfind("\n", 0, m.start()) + 1
    before = list(regex.finditer(r"(?<=\s)\p{L}+", text[para_start : m.start()]))[-4:-1]
    before = [regex.match(r"\p{L}+", text, pos=para_start + w.start()) for w in before]
    if not before:
        return None
    at = rng.choice(before).start()  # type: ignore[union-attr]
    return Trial("quotes", variant, text[:at] + pairs[0] + pad + text[at:])


def _boundaries(rng: random.Random, lang: str, text: str) -> Trial | None:
    language = get_language(lang)
    gaps = []
    for p in _paragraphs(lang, text):
        for a, b in zip(p.sentences, p.sentences[1:], strict=False):
            if text[a.end - 1] != "." or not text[b.start].isupper():
                continue
            first = regex.match(r"\p{L}+", text, pos=b.start)
            gaps.append((a.end, b.start, bool(first and first.group().lower() in language.openers)))
    if not gaps:
        return None
    end, start, evidence = rng.choice(gaps)
    variant = rng.choice(["full stop dropped", "full stop became comma"])
    glue = " " if variant == "full stop dropped" else ", "
    lost = text[: end - 1] + glue + text[start:]
    return Trial("boundaries", variant, lost, evidence, at=end - 1)


def _boilerplate(rng: random.Random, lang: str, text: str) -> Trial | None:
    paras = _paragraphs(lang, text)
    if rng.random() < 0.25:
        p = rng.choice(paras)
        tail = rng.choice(CREDIT_TAILS[lang])
        return Trial("boilerplate", "credit after paragraph", text[: p.end] + tail + text[p.end :])
    p = rng.choice(paras)
    line = rng.choice(BOILERPLATE[lang])
    return Trial(
        "boilerplate", "line between paragraphs", text[: p.end] + "\n\n" + line + text[p.end :]
    )


def _untranslated(rng: random.Random, lang: str, text: str) -> Trial | None:
    paras = _paragraphs(lang, text)
    p = rng.choice(paras)
    if rng.random() < 0.3:
        english = " ".join(rng.sample(ENGLISH, 3))
        return Trial("untranslated", "paragraph", text[: p.start] + english + text[p.end :])
    s = rng.choice(p.sentences)
    sentence = rng.choice(ENGLISH)
    return Trial("untranslated", "sentence", text[: s.end] + " " + sentence + text[s.end :])


def _repeated(rng: random.Random, lang: str, text: str) -> Trial | None:
    p = rng.choice(_paragraphs(lang, text))
    words = list(
        regex.finditer(
            r"(?<![\p{L}\p{M}'’\-])\p{L}+(?![\p{L}\p{M}'’\-])", text, pos=p.start, endpos=p.end
        )
    )
    w = rng.choice(words)
    return Trial(
        "repeated words", "word doubled", text[: w.end()] + " " + w.group() + text[w.end() :]
    )


INJECTORS: dict[str, Callable[[random.Random, str, str], Trial | None]] = {
    "quotes": _quotes,
    "boundaries": _boundaries,
    "boilerplate": _boilerplate,
    "untranslated": _untranslated,
    "repeated words": _repeated,
}


def every_boundary(lang: str) -> None:
    """Recall over every sentence boundary of the corpus, lost one at a time (the full stop
    dropped, or turned into a comma), not a sample. A comma between two main clauses is
    correct German and French, so that variant is printed apart."""
    language = get_language(lang)
    counts: Counter[tuple[str, str]] = Counter()
    hits: Counter[tuple[str, str]] = Counter()
    for _, text in _articles(lang):
        before = _family_findings(text, lang, "boundaries")
        for p in _paragraphs(lang, text):
            for a, b in zip(p.sentences, p.sentences[1:], strict=False):
                if text[a.end - 1] != "." or not text[b.start].isupper():
                    continue
                first = regex.match(r"\p{L}+", text, pos=b.start)
                opener = bool(first and first.group().lower() in language.openers)
                kind = "function word" if opener else "other word"
                for variant, glue in (("full stop dropped", " "), ("became comma", ", ")):
                    lost = text[: a.end - 1] + glue + text[b.start :]
                    at = a.end - 1
                    found = bool(_family_findings(lost, lang, "boundaries", at) - before)
                    counts[variant, kind] += 1
                    hits[variant, kind] += found
    total, found = sum(counts.values()), sum(hits.values())
    print(f"Every boundary lost {lang}: recall {found / max(1, total):.3f} ({found}/{total})")
    for key in sorted(counts):
        print(f"    {key[0]:<18} next: {key[1]:<14} {hits[key]}/{counts[key]}")


def _family_findings(
    text: str, lang: str, family: str, at: int | None = None
) -> Counter[tuple[str, str]]:
    """Findings of the family (those covering ``at``, when given)."""
    report = tqcheck.check_text(text, lang=lang)
    prefixes = FAMILIES[family]
    return Counter(
        (f.rule, f.text)
        for f in report.findings
        if f.rule.startswith(prefixes) and (at is None or f.start <= at < f.end)
    )


def _flagged(trial: Trial, lang: str, original: str) -> bool:
    """Did the injection bring a new finding of its family (not one the clean text has)?"""
    before = _family_findings(original, lang, trial.family)
    return bool(_family_findings(trial.text, lang, trial.family, trial.at) - before)


# How many tries an injector gets per trial before the family is reported as it stands.
_TRIES_PER_TRIAL = 50


def injected(lang: str, trials: int) -> None:
    articles = _articles(lang)
    print(f"Injected artifacts {lang}: {trials} trials per family, seed {SEED}")
    for family, inject in INJECTORS.items():
        rng = random.Random(f"{SEED}-{lang}-{family}")
        done: list[tuple[Trial, bool]] = []
        # (a bounded number of tries: an injector may find nothing to change in a corpus,
        # such as closing „ marks in one that closes „ with a straight mark)
        for _ in range(trials * _TRIES_PER_TRIAL):
            if len(done) == trials:
                break
            _, text = rng.choice(articles)
            trial = inject(rng, lang, text)
            if trial is not None:
                done.append((trial, _flagged(trial, lang, text)))
        if not done:
            print(f"  {family:<15} nothing to inject in this corpus")
            continue
        recall = sum(ok for _, ok in done) / len(done)
        line = f"  {family:<15} recall {recall:.3f} ({sum(ok for _, ok in done)}/{len(done)})"
        if family == "boundaries":
            with_evidence = [ok for t, ok in done if t.evidence]
            line += (
                f"; next sentence opens with a function word: "
                f"{sum(with_evidence) / max(1, len(with_evidence)):.3f} "
                f"({sum(with_evidence)}/{len(with_evidence)})"
            )
        print(line)
        variants = sorted({t.variant for t, _ in done})
        for v in variants:
            oks = [ok for t, ok in done if t.variant == v]
            print(f"    {v:<28} {sum(oks)}/{len(oks)}")


def _corpus_set(name: str) -> str:
    """A set name whose German or French corpus exists ("dev", "stress", "blind12")."""
    suffix = "" if name == "dev" else f"-{name}"
    if any((CORPUS / f"{lang}{suffix}").is_dir() for lang in ("de", "fr")):
        return name
    raise argparse.ArgumentTypeError(
        f"no corpus/de{suffix} or corpus/fr{suffix} (sets: dev, heldout, final, stress, blind, "
        "blind2, blind3 …)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=DATA, help="MQM en-de file (skipped when missing)"
    )
    parser.add_argument(
        "--trials", type=int, default=100, help="injected artifacts per family and language"
    )
    parser.add_argument(
        "--set",
        type=_corpus_set,
        default="dev",
        help="which clean corpora: dev (corpus/LANG, the rules were tuned on it), heldout "
        "(corpus/LANG-heldout, used for error analysis), final (corpus/LANG-final, only "
        "measured), stress (corpus/de-stress: German with hard syntax, written for "
        "precision) or blind, blind2, blind3 … (corpus/de-blindN, corpus/fr-blindN: written "
        "blind); these were measured first, then used for error analysis",
    )
    args = parser.parse_args(argv)
    CORPUS_SUFFIX["value"] = "" if args.set == "dev" else f"-{args.set}"
    if args.data.exists():
        mqm(args.data)
    else:
        print(f"MQM en-de: {args.data} not found, skipped")
    langs = [lang for lang in ("de", "fr") if _articles(lang)]
    for lang in langs:
        clean(lang)
    for lang in langs:
        every_boundary(lang)
    for lang in langs:
        injected(lang, args.trials)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
