"""Stream a large JSONL feed through ``read_inputs`` and report peak memory and speed.

The JSONL reader promises constant memory: peak RSS must not grow with the file size.
Run it at two sizes and compare, e.g.::

    .venv/bin/python tests/benchmarks/bench_jsonl_memory.py --size-mb 50
    .venv/bin/python tests/benchmarks/bench_jsonl_memory.py --size-mb 200

The file is written to a temporary directory (removed afterwards) before measuring; peak
RSS is sampled before and after reading, so the figure that matters is the growth.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from tqcheck.model import Document
from tqcheck.readers import ReadOptions, read_inputs

_PARAGRAPH = (
    "The city council of Lindholm decided on Tuesday evening to renovate the harbour "
    "bridge. The works should begin in spring and last around eighteen months, said the "
    "mayor. “We have waited long enough, she added. "
)


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (ru_maxrss is KiB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def write_feed(path: Path, size_mb: float) -> int:
    """A JSONL feed of about ``size_mb`` megabytes; returns the number of records."""
    target = int(size_mb * 1024 * 1024)
    written = records = 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            records += 1
            record = {
                "id": f"rec-{records}",
                "url": f"https://news.example.org/{records}",
                "title": f"Article {records}",
                "source_lang": "de",
                "source": "Der Stadtrat hat am Dienstag beschlossen, die Brücke zu sanieren.",
                "text": _PARAGRAPH * (1 + records % 5),
            }
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=200.0, help="feed size (default 200)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "feed.jsonl"
        started = time.perf_counter()
        expected = write_feed(path, args.size_mb)
        size = path.stat().st_size / (1024 * 1024)
        print(f"wrote {size:.1f} MB, {expected} records in {time.perf_counter() - started:.1f} s")
        before = peak_rss_mb()
        started = time.perf_counter()
        documents = errors = chars = 0
        for item in read_inputs([str(path)], ReadOptions()):
            if isinstance(item, Document):
                documents += 1
                chars += len(item.text)
            else:
                errors += 1
        elapsed = time.perf_counter() - started
        after = peak_rss_mb()
    print(f"documents: {documents} (expected {expected}), input errors: {errors}")
    print(f"read time: {elapsed:.2f} s, throughput: {size / elapsed:.1f} MB/s, "
          f"{documents / elapsed:,.0f} documents/s")  # fmt: skip
    print(f"peak RSS before reading: {before:.1f} MB, after: {after:.1f} MB, "
          f"growth: {after - before:.1f} MB")  # fmt: skip
    return 0 if documents == expected and not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
