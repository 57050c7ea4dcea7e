"""The same checks on a Dask LocalCluster with two workers give the single-process report."""

from __future__ import annotations

import json

import pytest

from tqcheck.model import DocumentReport
from tqcheck.pipeline import check_document
from tqcheck.readers import ReadOptions, read_inputs
from tqcheck.settings import Settings

from .conftest import SAMPLES

distributed = pytest.importorskip("distributed")
tqdask = pytest.importorskip("tqcheck.dask")


def _shards(tmp_path):
    paths = []
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for shard in range(3):
        path = tmp_path / f"feed-{shard:03d}.jsonl"
        lines = [json.dumps({"id": f"{shard}-{i}", "text": t}) for i, t in enumerate(texts)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_local_cluster_equals_single_process(tmp_path):
    paths = _shards(tmp_path)
    settings = Settings()
    local = [
        check_document(d, settings).to_dict()
        for d in read_inputs(paths, ReadOptions())
        if not hasattr(d, "message")
    ]
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        bag = tqdask.check_shards(paths, settings)
        remote = client.compute(bag).result()
    assert all(isinstance(r, DocumentReport) for r in remote)
    assert [r.to_dict() for r in remote] == local
    assert len(local) == 12


def test_cli_scheduler_gives_the_same_json(tmp_path):
    from click.testing import CliRunner

    from tqcheck.cli import main

    paths = _shards(tmp_path)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        remote = CliRunner().invoke(
            main, ["check", *paths, "--format", "json", "--scheduler", cluster.scheduler_address]
        )
    local = CliRunner().invoke(main, ["check", *paths, "--format", "json", "--jobs", "1"])
    assert remote.exit_code == local.exit_code == 1
    assert remote.stdout == local.stdout
