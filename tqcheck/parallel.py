"""Documents checked in worker processes, results in input order, memory bounded.

``multiprocessing.Pool.imap`` would read the whole input ahead of the workers, so a
streamed feed of any size would end up in memory. Instead a bounded window of pending
documents is kept (a few per worker) and results are yielded strictly in input order, so
the output of ``--jobs N`` is byte-identical to ``--jobs 1``.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult

from tqcheck.model import Document, DocumentReport
from tqcheck.pipeline import check_document
from tqcheck.settings import Settings

Item = tuple[Document, Settings]


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _check(batch: list[Item]) -> list[DocumentReport]:
    """Reports without their documents: the parent has them, so they need not travel back."""
    reports = [check_document(d, s) for d, s in batch]
    for report in reports:
        report.document = None  # type: ignore[assignment]
    return reports


def _reattach(
    batch: list[Item], reports: list[DocumentReport]
) -> Iterator[tuple[DocumentReport, Settings]]:
    for (document, settings), report in zip(batch, reports, strict=True):
        report.document = document
        yield report, settings


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def check_all(
    items: Iterable[Item], jobs: int = 1, batch_size: int = 8
) -> Iterator[tuple[DocumentReport, Settings]]:
    """Check (document, settings) pairs with ``jobs`` processes, results in input order."""
    iterator = iter(items)
    # A run of a few documents (an editor checking one article) is checked in this process:
    # starting workers would cost more than it saves. The output is the same either way.
    head = list(itertools.islice(iterator, batch_size * jobs if jobs > 1 else 0))
    if jobs <= 1 or len(head) < batch_size * jobs:
        for document, settings in itertools.chain(head, iterator):
            yield check_document(document, settings), settings
        return
    items = itertools.chain(head, iterator)
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(jobs) as pool:
        pending: deque[tuple[list[Item], AsyncResult[list[DocumentReport]]]] = deque()
        for batch in _batches(items, batch_size):
            pending.append((batch, pool.apply_async(_check, (batch,))))
            if len(pending) >= jobs * 3:
                done, result = pending.popleft()
                yield from _reattach(done, result.get())
        while pending:
            done, result = pending.popleft()
            yield from _reattach(done, result.get())
