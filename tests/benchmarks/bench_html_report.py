"""Benchmark: the HTML report of a 1,000-document feed, its size and Chromium load time.

Targets: under 10 MB and under 3 s for Chromium to load it (``page.goto`` until the
``load`` event, the report's script included). Documents are made by checking the
bundled samples' texts (every ``samples/*.txt`` plus the hostile sample) under varied
record ids, so the report has the variety of findings, overlaps and scores of real ones.

Run: ``.venv/bin/python tests/benchmarks/bench_html_report.py [--documents N]``.
Exits 1 when a target is missed. Uses Debian's /usr/bin/chromium; never downloads one.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import tqcheck
from tqcheck.pipeline import RunSummary
from tqcheck.reporters.html import HtmlReporter
from tqcheck.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.chromium import ARGS, CHROMIUM  # noqa: E402

SAMPLES = ROOT / "samples"
MAX_MB, MAX_LOAD_S = 10.0, 3.0


def build(path: Path, documents: int) -> tuple[int, float, float]:
    """Check ``documents`` documents and write their report; (findings, check s, render s)."""
    sources = [*sorted(SAMPLES.glob("*.txt")), SAMPLES / "hostile" / "injection.txt"]
    texts = [(p.relative_to(ROOT).as_posix(), p.read_text(encoding="utf-8")) for p in sources]
    summary = RunSummary(Settings())
    reports = []
    started = time.perf_counter()
    for n in range(documents):
        name, text = texts[n % len(texts)]
        report = tqcheck.check_text(text, path=name, id=f"item-{n:04d}")
        summary.add(report)
        reports.append(report)
    checked = time.perf_counter()
    with path.open("w", encoding="utf-8", newline="\n") as stream:
        reporter = HtmlReporter(stream, title=f"tqcheck benchmark: {documents} documents")
        for report in reports:
            reporter.document(report)
        reporter.finish(summary)
    rendered = time.perf_counter()
    return summary.findings, checked - started, rendered - checked


def load_time(path: Path, runs: int) -> tuple[float, int]:
    """Best of ``runs`` Chromium loads (seconds) and the ``.finding`` count it saw."""
    from playwright.sync_api import sync_playwright

    best, count = float("inf"), -1
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        for _ in range(runs):
            page = browser.new_page()
            started = time.perf_counter()
            page.goto(path.as_uri(), wait_until="load")
            best = min(best, time.perf_counter() - started)
            count = page.evaluate("document.querySelectorAll('.finding').length")
            page.close()
        browser.close()
    return best, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3, help="Chromium loads; the best counts")
    parser.add_argument("--output", type=Path, default=ROOT / "tests" / "output" / "bench.html")
    args = parser.parse_args()
    args.output.parent.mkdir(parents=True, exist_ok=True)

    findings, check_s, render_s = build(args.output, args.documents)
    size_mb = args.output.stat().st_size / 1_000_000
    print(f"documents: {args.documents}, findings: {findings}")
    print(f"check: {check_s:.2f} s, render: {render_s:.2f} s")
    print(f"size: {size_mb:.2f} MB (target < {MAX_MB:g} MB)")
    ok = size_mb < MAX_MB
    if CHROMIUM.exists():
        seconds, count = load_time(args.output, args.runs)
        print(f"chromium load: {seconds:.2f} s (best of {args.runs}; target < {MAX_LOAD_S:g} s)")
        print(f".finding elements: {count} (findings: {findings})")
        ok = ok and seconds < MAX_LOAD_S and count == findings
    else:
        print("chromium load: skipped (/usr/bin/chromium not installed)")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
