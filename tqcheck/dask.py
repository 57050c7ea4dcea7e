"""Running tqcheck on a Dask cluster when one machine is not enough (``pip install tqcheck[dask]``).

The unit of work is the same picklable function the local run uses,
:func:`tqcheck.pipeline.check_document`, so a cluster produces exactly the reports a
single process would. Results are merged in input order (a bag keeps its partitions'
order), and the reporters render them as usual.

>>> import dask.bag as db                                   # doctest: +SKIP
>>> from tqcheck.dask import check_bag, check_shards         # doctest: +SKIP
>>> bag = check_shards(["feed-000.jsonl", "feed-001.jsonl"], Settings())  # doctest: +SKIP
>>> reports = bag.compute()                                 # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tqcheck.model import Document, DocumentReport, InputError
from tqcheck.pipeline import check_document
from tqcheck.readers import ReadOptions, read_inputs
from tqcheck.settings import Settings

try:
    import dask.bag as db
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("tqcheck.dask needs Dask: pip install 'tqcheck[dask]'") from exc


def check_bag(bag: db.Bag, settings: Settings | None = None) -> db.Bag:
    """A bag of :class:`Document` → a bag of :class:`DocumentReport`, in the same order."""
    settings = settings or Settings()
    return bag.map(check_document, settings)


def _read_shard(path: str, read_options: ReadOptions) -> list[Document | InputError]:
    return list(read_inputs([path], read_options))


def read_shards(paths: Sequence[str], read_options: ReadOptions | None = None) -> db.Bag:
    """One partition per shard, read on the workers (a shard is any input tqcheck reads)."""
    options = read_options or ReadOptions()
    return (
        db.from_sequence(list(paths), npartitions=max(1, len(paths)))
        .map(_read_shard, options)
        .flatten()
    )


def _check_item(item: Document | InputError, settings: Settings) -> DocumentReport | InputError:
    return item if isinstance(item, InputError) else check_document(item, settings)


def check_shards(
    paths: Sequence[str], settings: Settings | None = None, read_options: ReadOptions | None = None
) -> db.Bag:
    """Read and check many shards on the cluster; input errors travel with the results."""
    settings = settings or Settings()
    return read_shards(paths, read_options).map(_check_item, settings)


def compute(bag: db.Bag, scheduler: Any = None) -> list[Any]:
    """Compute on ``scheduler`` (an address, a Client, or None for the default)."""
    if isinstance(scheduler, str):
        from distributed import Client

        with Client(scheduler) as client:
            return list(client.compute(bag).result())
    return list(bag.compute())
