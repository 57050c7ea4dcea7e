"""Speed and memory of the default English rule set (issue 9).

Run:  .venv/bin/python tests/benchmarks/bench_speed.py [--sizes 1 10 100] [--jobs 2]

Builds a reproducible corpus of news-like text with artifacts from the samples (mixed
and varied with a fixed seed) as a JSONL feed of each size in MB, and prints for each:
MB/s and words/s per core, documents/s, peak RSS, the same corpus through a single-pass
floor (read + split paragraphs + one compiled regex) and the ratio to it, the time share
of each rule (slowest first), and the --jobs speed-up (CLI wall time including start-up,
best of --repeat runs).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tqcheck.engine import check, rules_for, select_rules  # noqa: E402
from tqcheck.languages import get_language  # noqa: E402
from tqcheck.model import Document  # noqa: E402
from tqcheck.readers import ReadOptions, read_inputs  # noqa: E402
from tqcheck.scoring import score_document  # noqa: E402
from tqcheck.segment import segment  # noqa: E402
from tqcheck.settings import Settings  # noqa: E402


def build_corpus(path: Path, size_mb: float, seed: int = 7) -> int:
    """A JSONL feed of ``size_mb`` MB: sample paragraphs shuffled into new articles."""
    rng = random.Random(seed)
    paragraphs = []
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        paragraphs += [p for p in sample.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    target = int(size_mb * 1_000_000)
    written = count = 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            body = "\n\n".join(rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(8, 16))))
            line = json.dumps({"id": f"doc-{count}", "text": body}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            count += 1
    return count


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_tqcheck(path: Path, timings: dict[str, float]) -> tuple[float, int, int, int]:
    settings = Settings()
    rules = select_rules(rules_for(settings), settings, "en")
    get_language("en")
    started = time.perf_counter()
    docs = words = chars = 0
    for item in read_inputs([str(path)], ReadOptions()):
        if not isinstance(item, Document):
            continue
        passages = segment(item)
        result = check(item, passages, rules, settings, timings)
        report = score_document(item, passages, result.findings, settings.scoring, settings.gate)
        docs += 1
        words += report.words
        chars += len(item.text.encode("utf-8"))
    return time.perf_counter() - started, docs, words, chars


def run_floor(path: Path) -> float:
    """The single-pass floor: read, split paragraphs, one compiled regex."""
    pattern = regex.compile(r"\b(\p{L}+)\s+\1\b")
    started = time.perf_counter()
    for line in path.open(encoding="utf-8"):
        text = json.loads(line)["text"]
        for paragraph in text.split("\n\n"):
            pattern.findall(paragraph)
    return time.perf_counter() - started


def run_cli(path: Path, jobs: int) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "tqcheck", "check", str(path), "--format", "jsonl",
         "--exit-zero", "--jobs", str(jobs), "--quiet"],
        check=True, stdout=subprocess.DEVNULL, cwd=ROOT,
    )  # fmt: skip
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="CLI runs per --jobs value")
    parser.add_argument("--no-cli", action="store_true", help="skip the --jobs comparison")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"corpus-{size:g}mb.jsonl"
            build_corpus(path, size)
            timings: dict[str, float] = {}
            seconds, docs, words, chars = run_tqcheck(path, timings)
            floor = run_floor(path)
            mb = chars / 1e6
            print(f"== {size:g} MB corpus: {docs} documents, {words} words")
            rate = f"{mb / seconds:.2f} MB/s, {words / seconds:,.0f} words/s"
            print(f"tqcheck (1 core): {rate}, {docs / seconds:,.1f} documents/s")
            print(f"peak RSS {peak_rss_mb():.0f} MB")
            print(f"single-pass floor: {mb / floor:.2f} MB/s")
            print(f"tqcheck takes {seconds / floor:.1f}x the floor's time")
            total = sum(timings.values()) or 1.0
            print("time per rule (share of rule time):")
            for rule, spent in sorted(timings.items(), key=lambda kv: -kv[1]):
                print(f"  {rule:32s} {spent:7.2f}s  {100 * spent / total:5.1f}%")
            print(f"  (segmentation, scoring and reading: {seconds - total:.2f}s)")
            if not args.no_cli:
                # Best of --repeat runs each, alternating, so one noisy run on a shared
                # machine does not decide the speed-up.
                runs = [(run_cli(path, 1), run_cli(path, args.jobs)) for _ in range(args.repeat)]
                one = min(a for a, _ in runs)
                many = min(b for _, b in runs)
                print(f"CLI --jobs 1: {one:.1f}s, --jobs {args.jobs}: {many:.1f}s, "
                      f"speed-up {one / many:.2f}x")  # fmt: skip
            print()


if __name__ == "__main__":
    main()
