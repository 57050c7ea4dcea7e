"""Detection-quality benchmark for tqcheck (issue 3).

Run from the repository root::

    .venv/bin/python tests/benchmarks/eval_detection.py [--seed N] [--variants K] [--json OUT]

Prints, deterministically for a given seed:

1. false flags per 1,000 words on the clean corpus (``corpus/en``), with every finding;
2. recall per artifact family and variant on injected copies of the corpus (one artifact
   per copy, K copies per family per article), with "any rule" and "own rule" recall;
3. recall on mixed copies (several artifacts of different families per article);
4. per-rule findings, true positives and precision on the injected copies;
5. examples of missed artifacts;
6. the same kind of figures against expert MQM annotations (zh-en and en-de dev sets).

A finding counts when its severity is at least ``minor``. A finding "hits" an artifact
when their character spans overlap by at least one character. See README.md.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import inject

import tqcheck
from tqcheck.model import DocumentReport, Finding

REPO = Path(__file__).resolve().parents[2]
DATA_DIR = Path("/work/shared/data")
MIN_RANK = 1  # minor
MIXED_PER_ARTICLE = 5
MISSED_EXAMPLES = 4

#: The rules that are meant to catch each family ("own rule" recall).
FAMILY_RULES: dict[str, tuple[str, ...]] = {
    "quotes": ("quotes.",),
    "boundary": ("boundary.", "punctuation."),
    "link": ("links.",),
    "boilerplate": ("boilerplate.",),
    "untranslated": ("untranslated.",),
    "names": ("names.",),
    "repeated": ("words.repeated", "words.stutter", "text.repeated"),
    "mojibake": ("text.mojibake",),
    "entity": ("markup.entity",),
    "truncated": ("text.truncated",),
}

MQM_CATEGORIES = (
    "Fluency/Punctuation",
    "Non-translation!",
    "Accuracy/Source language fragment",
    "Fluency/Spelling",
    "Fluency/Text-Breaking",
)


# --------------------------------------------------------------------------- helpers


def flagged(report: DocumentReport) -> list[Finding]:
    return [f for f in report.findings if f.severity.rank >= MIN_RANK]


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def pct(part: int, whole: int) -> str:
    return f"{100 * ratio(part, whole):5.1f}%" if whole else "    -"


def one_line(text: str, limit: int = 90) -> str:
    text = text.replace("\n", "⏎")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def table(header: Sequence[str], rows: Iterable[Sequence[Any]], indent: str = "  ") -> str:
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = []
    for n, row in enumerate(cells):
        parts = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append(indent + "  ".join(parts).rstrip())
        if n == 0:
            lines.append(indent + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


@dataclass
class Tally:
    n: int = 0
    hit: int = 0
    own: int = 0

    def add(self, hit: bool, own: bool) -> None:
        self.n += 1
        self.hit += hit
        self.own += own

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "hit": self.hit,
            "recall": round(ratio(self.hit, self.n), 4),
            "own_rule_hit": self.own,
            "own_rule_recall": round(ratio(self.own, self.n), 4),
        }


@dataclass
class RuleTally:
    findings: int = 0
    tp: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "findings": self.findings,
            "tp": self.tp,
            "precision": round(ratio(self.tp, self.findings), 4),
        }


# --------------------------------------------------------------------------- clean corpus


@dataclass
class CleanResult:
    words: int = 0
    findings: list[dict[str, Any]] = field(default_factory=list)
    baseline: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": len(self.baseline),
            "words": self.words,
            "false_flags": len(self.findings),
            "false_flags_per_1000_words": round(1000 * ratio(len(self.findings), self.words), 3),
            "by_rule": dict(sorted(Counter(f["rule"] for f in self.findings).items())),
            "findings": self.findings,
        }


def evaluate_clean(corpus: Sequence[tuple[str, str]]) -> CleanResult:
    result = CleanResult()
    for name, text in corpus:
        report = tqcheck.check_text(text, lang="en")
        result.words += report.words
        found = flagged(report)
        result.baseline[name] = Counter((f.rule, f.text) for f in found)
        result.findings.extend(
            {
                "article": name,
                "rule": f.rule,
                "severity": f.severity.value,
                "start": f.start,
                "text": f.text,
            }
            for f in found
        )
    return result


# --------------------------------------------------------------------------- injected corpus


@dataclass
class InjectedResult:
    by_family: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_variant: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_rule: dict[str, RuleTally] = field(default_factory=lambda: defaultdict(RuleTally))
    caught_by: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    off_span: Counter[str] = field(default_factory=Counter)
    missed: list[dict[str, Any]] = field(default_factory=list)
    copies: int = 0
    skipped: int = 0

    @property
    def overall(self) -> Tally:
        total = Tally()
        for t in self.by_family.values():
            total.n += t.n
            total.hit += t.hit
            total.own += t.own
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "copies": self.copies,
            "not_applicable": self.skipped,
            "overall": self.overall.to_dict(),
            "by_family": {k: v.to_dict() for k, v in sorted(self.by_family.items())},
            "by_variant": {k: v.to_dict() for k, v in sorted(self.by_variant.items())},
            "by_rule": {k: v.to_dict() for k, v in sorted(self.by_rule.items())},
            "caught_by": {k: dict(sorted(v.items())) for k, v in sorted(self.caught_by.items())},
            "off_span_findings": dict(sorted(self.off_span.items())),
            "missed": self.missed,
        }


def _new_findings(
    found: list[Finding], records: Sequence[inject.Record], baseline: Counter[tuple[str, str]]
) -> list[Finding]:
    """Findings not inherited from the clean article (matched by rule and text).

    Findings away from every injected span are matched against the clean article first,
    so that an artifact which copies flagged text (a repeated headline) is still new.
    """
    remaining = Counter(baseline)
    near = [
        f for f in found if any(overlaps(f.start, f.end, r["start"], r["end"]) for r in records)
    ]
    far = [f for f in found if f not in near]
    new = []
    for f in far + near:
        key = (f.rule, f.text)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            new.append(f)
    return new


def _context(text: str, record: inject.Record, width: int = 45) -> str:
    before = text[max(0, record["start"] - width) : record["start"]]
    after = text[record["end"] : record["end"] + width]
    return one_line(f"…{before}⟦{record['text']}⟧{after}…", 400)


def score_copy(
    result: InjectedResult,
    article: str,
    text: str,
    records: Sequence[inject.Record],
    baseline: Counter[tuple[str, str]],
    count_rules: bool = True,
) -> None:
    found = flagged(tqcheck.check_text(text, lang="en"))
    result.copies += 1
    for r in records:
        hits = [f for f in found if overlaps(f.start, f.end, r["start"], r["end"])]
        own = [f for f in hits if f.rule.startswith(FAMILY_RULES[r["family"]])]
        result.by_family[r["family"]].add(bool(hits), bool(own))
        result.by_variant[f"{r['family']}/{r['variant']}"].add(bool(hits), bool(own))
        for rule in sorted({f.rule for f in hits}):
            result.caught_by[r["family"]][rule] += 1
        if not hits:
            result.missed.append(
                {
                    "family": r["family"],
                    "variant": r["variant"],
                    "article": article,
                    "text": r["text"],
                    "context": _context(text, r),
                }
            )
    if not count_rules:
        return
    cause = f"{records[0]['family']}/{records[0]['variant']}" if len(records) == 1 else "mixed"
    for f in _new_findings(found, records, baseline):
        tally = result.by_rule[f.rule]
        tally.findings += 1
        on_span = any(overlaps(f.start, f.end, r["start"], r["end"]) for r in records)
        tally.tp += on_span
        if not on_span:
            result.off_span[f"{f.rule} <- {cause}"] += 1


def evaluate_injected(
    corpus: Sequence[tuple[str, str]], seed: int, variants: int, clean: CleanResult
) -> InjectedResult:
    result = InjectedResult()
    for index, (name, text) in enumerate(corpus):
        for family, injectors in inject.FAMILIES.items():
            names = list(injectors)
            for v in range(variants):
                variant = names[(index + v) % len(names)]
                rng = random.Random(f"{seed}/{name}/{family}/{v}")
                injected = inject.inject_one(text, family, rng, variant, name)
                if injected is None:
                    result.skipped += 1
                    continue
                corrupted, records = injected
                inject.self_check(corrupted, records)
                score_copy(result, name, corrupted, records, clean.baseline[name])
    return result


def evaluate_mixed(
    corpus: Sequence[tuple[str, str]], seed: int, clean: CleanResult
) -> InjectedResult:
    result = InjectedResult()
    for name, text in corpus:
        rng = random.Random(f"{seed}/{name}/mixed")
        families = rng.sample(list(inject.FAMILIES), MIXED_PER_ARTICLE)
        corrupted, records = inject.inject_many(text, families, rng, name)
        inject.self_check(corrupted, records)
        score_copy(result, name, corrupted, records, clean.baseline[name], count_rules=True)
    return result


# --------------------------------------------------------------------------- every boundary

BOUNDARY_WAYS = (("dropped", " "), ("comma", ", "), ("semicolon", "; "))


def evaluate_every_boundary(corpus: Sequence[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """Lose every full stop between two sentences of the corpus, one at a time, three ways.

    Sampling a few boundaries per article (section 2) is noisy for the family that needs
    the most evidence; this counts all of them: {way: (hits, total)}.
    """
    tallies = {way: [0, 0] for way, _ in BOUNDARY_WAYS}
    for name, text in corpus:
        article = inject.parse(name, text)
        for prev_start, dot, next_end in inject._boundaries(article):
            for way, separator in BOUNDARY_WAYS:
                edit = inject.Edit(
                    dot, dot + 2, separator, prev_start, next_end + len(separator) - 2
                )
                report = tqcheck.check_text(edit.apply(text), lang="en")
                hit = any(
                    f.rule.startswith(FAMILY_RULES["boundary"])
                    and overlaps(f.start, f.end, edit.flag_start, edit.flag_end)
                    for f in flagged(report)
                )
                tallies[way][0] += hit
                tallies[way][1] += 1
    return {way: (hits, total) for way, (hits, total) in tallies.items()}


def print_every_boundary(result: dict[str, tuple[int, int]]) -> None:
    print("== 2b. Every sentence boundary of the corpus lost, one at a time: recall ==")
    rows = [(way, total, hits, pct(hits, total)) for way, (hits, total) in result.items()]
    hits = sum(h for h, _ in result.values())
    total = sum(t for _, t in result.values())
    rows.append(("ALL", total, hits, pct(hits, total)))
    print(table(("full stop", "n", "hit", "recall"), rows))
    print()


def pick_missed(missed: Sequence[dict[str, Any]], limit: int) -> dict[str, list[dict[str, Any]]]:
    """Up to ``limit`` misses per family, one variant after another (round robin)."""
    by_family: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for m in missed:
        by_family[m["family"]][m["variant"]].append(m)
    picked: dict[str, list[dict[str, Any]]] = {}
    for family in sorted(by_family):
        queues = [list(q) for _, q in sorted(by_family[family].items())]
        chosen: list[dict[str, Any]] = []
        while len(chosen) < limit and any(queues):
            for q in queues:
                if q and len(chosen) < limit:
                    chosen.append(q.pop(0))
        picked[family] = chosen
    return picked


# --------------------------------------------------------------------------- MQM data


@dataclass
class MqmResult:
    name: str
    segments: int = 0
    clean_segments: int = 0
    clean_flagged: int = 0
    by_rule: dict[str, RuleTally] = field(default_factory=lambda: defaultdict(RuleTally))
    by_category: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    punct: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        tp, fp, fn = self.punct["tp"], self.punct["fp"], self.punct["fn"]
        precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
        f1 = ratio(2 * tp, 2 * tp + fp + fn)
        return {
            "segments": self.segments,
            "segments_without_errors": self.clean_segments,
            "segments_without_errors_flagged": self.clean_flagged,
            "segments_without_errors_flagged_rate": round(
                ratio(self.clean_flagged, self.clean_segments), 4
            ),
            "by_rule": {k: v.to_dict() for k, v in sorted(self.by_rule.items())},
            "category_recall": {
                k: {"spans": v.n, "recalled": v.hit, "recall": round(ratio(v.hit, v.n), 4)}
                for k, v in sorted(self.by_category.items())
            },
            "punctuation_segment_level": {
                "tp": tp,
                "fp": fp,
                "fn": fn,
                "precision": round(precision, 4),
                "recall": round(recall, 4),
                "f1": round(f1, 4),
            },
        }


def _error_spans(row: dict[str, Any]) -> list[tuple[str, int, int]]:
    """Expert error spans (deduplicated across raters); omissions have no span."""
    spans = {
        (e["category"], e["start"], e["end"])
        for e in row["errors"]
        if e.get("start") is not None and e.get("end") is not None and e["end"] > e["start"]
    }
    return sorted(spans)


def evaluate_mqm(path: Path, lang: str, source_lang: str, style: str | None) -> MqmResult:
    result = MqmResult(path.name)
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    for row in rows:
        target = row["target"]
        report = tqcheck.check_text(
            target, lang=lang, source=row.get("source"), source_lang=source_lang, style=style
        )
        found = flagged(report)
        spans = _error_spans(row)
        result.segments += 1
        if not row["errors"]:
            result.clean_segments += 1
            result.clean_flagged += bool(found)
        for f in found:
            tally = result.by_rule[f.rule]
            tally.findings += 1
            tally.tp += any(overlaps(f.start, f.end, s, e) for _, s, e in spans)
        for category, s, e in spans:
            if category in MQM_CATEGORIES:
                hit = any(overlaps(f.start, f.end, s, e) for f in found)
                result.by_category[category].add(hit, hit)
        gold = any(e["category"] == "Fluency/Punctuation" for e in row["errors"])
        predicted = any(f.category.lower().startswith("fluency/punctuation") for f in found)
        result.punct[
            "tp" if gold and predicted else "fp" if predicted else "fn" if gold else "tn"
        ] += 1
    return result


# --------------------------------------------------------------------------- printing


def print_clean(clean: CleanResult) -> None:
    n = len(clean.findings)
    print("== 1. Clean corpus: false flags (findings >= minor) ==")
    print(
        f"  {n} findings in {clean.words:,} words = "
        f"{1000 * ratio(n, clean.words):.2f} per 1,000 words "
        f"({sum(1 for c in clean.baseline.values() if c)} of {len(clean.baseline)} "
        "articles flagged)"
    )
    by_rule = Counter(f["rule"] for f in clean.findings)
    if by_rule:
        print(table(("rule", "false flags"), sorted(by_rule.items())))
        print()
        rows = [
            (f["rule"], f["severity"], f["article"], repr(one_line(f["text"], 60)))
            for f in clean.findings
        ]
        print(table(("rule", "severity", "article", "text"), rows))
    print()


def _recall_rows(tallies: dict[str, Tally]) -> list[tuple[Any, ...]]:
    return [
        (key, t.n, t.hit, pct(t.hit, t.n), t.own, pct(t.own, t.n))
        for key, t in sorted(tallies.items())
    ]


def print_injected(result: InjectedResult, title: str, per_variant: bool) -> None:
    print(title)
    header = ("family", "n", "hit", "recall", "own", "own recall")
    overall = result.overall
    rows = [
        *_recall_rows(result.by_family),
        (
            "OVERALL",
            overall.n,
            overall.hit,
            pct(overall.hit, overall.n),
            overall.own,
            pct(overall.own, overall.n),
        ),
    ]
    print(f"  {result.copies} corrupted copies; {result.skipped} injections not applicable")
    print(table(header, rows))
    if per_variant:
        print()
        print(
            table(
                ("family/variant", "n", "hit", "recall", "own", "own recall"),
                _recall_rows(result.by_variant),
            )
        )
    print()
    print("  rules that overlapped the injected artifacts, by family:")
    for family, rules in sorted(result.caught_by.items()):
        listed = ", ".join(f"{rule} {count}" for rule, count in rules.most_common())
        print(f"    {family}: {listed}")
    print()


def print_rules(result: InjectedResult) -> None:
    print("== 4. Rules on the injected copies (new findings only; clean-text flags are in 1.) ==")
    rows = [
        (rule, t.findings, t.tp, pct(t.tp, t.findings))
        for rule, t in sorted(result.by_rule.items())
    ]
    print(table(("rule", "findings", "TP", "precision"), rows))
    if result.off_span:
        print()
        print("  new findings outside every injected span, by rule <- injected family/variant:")
        for key, count in sorted(result.off_span.items()):
            print(f"    {key}: {count}")
    print()


def print_missed(result: InjectedResult) -> None:
    print(f"== 5. Missed injected artifacts (up to {MISSED_EXAMPLES} per family, ⟦span⟧) ==")
    for family, misses in pick_missed(result.missed, MISSED_EXAMPLES).items():
        total = sum(1 for m in result.missed if m["family"] == family)
        print(f"  {family} ({total} missed):")
        for m in misses:
            print(f"    [{m['variant']}] {m['article']}: {m['context']}")
    print()


def print_mqm(result: MqmResult | None, title: str, path: Path) -> None:
    print(title)
    if result is None:
        print(f"  skipped: {path} not found")
        print()
        return
    data = result.to_dict()
    print(
        f"  {result.segments} segments; {result.clean_segments} with no expert error, of which "
        f"{result.clean_flagged} get a finding >= minor "
        f"({pct(result.clean_flagged, result.clean_segments).strip()})"
    )
    rows = [
        (rule, t.findings, t.tp, pct(t.tp, t.findings))
        for rule, t in sorted(result.by_rule.items())
    ]
    print(table(("rule", "findings", "overlap expert span", "precision"), rows))
    print()
    rows = [
        (
            c,
            result.by_category[c].n,
            result.by_category[c].hit,
            pct(result.by_category[c].hit, result.by_category[c].n),
        )
        for c in MQM_CATEGORIES
    ]
    print(table(("expert category", "spans", "recalled", "recall"), rows))
    p = data["punctuation_segment_level"]
    print(
        f"  segment-level Fluency/Punctuation: TP {p['tp']}  FP {p['fp']}  FN {p['fn']}  "
        f"precision {p['precision']:.3f}  recall {p['recall']:.3f}  F1 {p['f1']:.3f}"
    )
    print()


# --------------------------------------------------------------------------- main


def run_mqm(path: Path, lang: str, source_lang: str, style: str | None) -> MqmResult | None:
    return evaluate_mqm(path, lang, source_lang, style) if path.exists() else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="tqcheck detection-quality benchmark")
    parser.add_argument("--seed", type=int, default=1, help="injection seed (default 1)")
    parser.add_argument(
        "--variants", type=int, default=3, help="copies per family per article (default 3)"
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write all figures here")
    parser.add_argument(
        "--data", type=Path, default=DATA_DIR, help=f"MQM data directory (default {DATA_DIR})"
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=inject.CORPUS_DIR,
        help="clean English articles (default corpus/en; corpus/en-heldout was written "
        "without sight of the rules)",
    )
    parser.add_argument("--skip-mqm", action="store_true", help="skip the MQM sections (6 and 7)")
    args = parser.parse_args(argv)

    inject.check_pools()
    corpus = inject.load_corpus(args.corpus)
    print(
        f"tqcheck detection benchmark: seed {args.seed}, {args.variants} copies per family "
        f"per article, findings of severity >= minor"
    )
    print(f"corpus: {len(corpus)} clean articles in {args.corpus.resolve().relative_to(REPO)}")
    print()

    clean = evaluate_clean(corpus)
    print_clean(clean)
    isolated = evaluate_injected(corpus, args.seed, args.variants, clean)
    print_injected(isolated, "== 2. Injected artifacts, one per copy: recall ==", per_variant=True)
    every_boundary = evaluate_every_boundary(corpus)
    print_every_boundary(every_boundary)
    mixed = evaluate_mixed(corpus, args.seed, clean)
    print_injected(
        mixed,
        f"== 3. Mixed copies ({MIXED_PER_ARTICLE} families per article): recall ==",
        per_variant=False,
    )
    print_rules(isolated)
    print_missed(isolated)

    zhen = ende = None
    if not args.skip_mqm:
        zhen_path, ende_path = args.data / "mqm-zhen-dev.jsonl", args.data / "mqm-ende-dev.jsonl"
        zhen = run_mqm(zhen_path, "en", "zh", None)
        print_mqm(zhen, "== 6. MQM zh-en dev (lang=en, style=plain) ==", zhen_path)
        ende = run_mqm(ende_path, "de", "en", "typographic")
        print_mqm(ende, "== 7. MQM en-de dev (lang=de, style=typographic) ==", ende_path)

    if args.json:
        figures = {
            "seed": args.seed,
            "variants": args.variants,
            "min_severity": "minor",
            "clean": clean.to_dict(),
            "injected": isolated.to_dict(),
            "mixed": mixed.to_dict(),
            "every_boundary": {w: {"hit": h, "n": n} for w, (h, n) in every_boundary.items()},
            "mqm_zhen": zhen.to_dict() if zhen else None,
            "mqm_ende": ende.to_dict() if ende else None,
        }
        args.json.write_text(
            json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
