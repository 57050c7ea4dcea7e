"""Documents checked in worker processes, results in input order, memory bounded.

``multiprocessing.Pool.imap`` would read the whole input ahead of the workers, so a
streamed feed of any size would end up in memory. Instead a bounded window of pending
documents is kept (a few per worker) and results are yielded strictly in input order, so
the output of ``--jobs N`` is byte-identical to ``--jobs 1``.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult

from tqcheck.model import Document, DocumentReport
from tqcheck.pipeline import check_document
from tqcheck.settings import Settings

_settings: Settings | None = None


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _init(settings: Settings) -> None:
    global _settings
    _settings = settings


def _check(batch: list[Document]) -> list[DocumentReport]:
    assert _settings is not None
    return [check_document(d, _settings) for d in batch]


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def check_all(
    documents: Iterable[Document], settings: Settings, jobs: int = 1, batch_size: int = 8
) -> Iterator[DocumentReport]:
    """Check ``documents`` with ``jobs`` processes, yielding reports in input order."""
    if jobs <= 1:
        for document in documents:
            yield check_document(document, settings)
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with context.Pool(jobs, initializer=_init, initargs=(settings,)) as pool:
        pending: deque[AsyncResult[list[DocumentReport]]] = deque()
        for batch in _batches(documents, batch_size):
            pending.append(pool.apply_async(_check, (batch,)))
            if len(pending) >= jobs * 3:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
