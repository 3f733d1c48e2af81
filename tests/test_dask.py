"""Extraction on Dask (`sanad ingest --dask local|tcp://…`), writes from the client in article order:
into an Oxigraph SPARQL server started here, and into an embedded store through a scheduler's address."""

from __future__ import annotations

import json

import pytest

from kg.reader import read

from .conftest import free_port, sanad
from .test_ingest_workers import seed_articles
from .test_remote_store import OXIGRAPH, export_quads, remote  # noqa: F401 - the Oxigraph server fixture


def _embedded(tmp_path, batch) -> set[str]:
    sanad("ingest", str(batch), "--store", str(tmp_path / "embedded"), "--workers", "1", "--no-parse", "--quiet",
          check=False)
    return export_quads(sanad("export", "--store", str(tmp_path / "embedded"), "--format", "nquads").stdout)


@pytest.mark.skipif(OXIGRAPH is None, reason="the `oxigraph` server (pip install oxigraph) is not installed")
def test_a_local_dask_cluster_writes_to_a_sparql_server_the_graph_of_an_in_process_ingest(remote, tmp_path):
    batch = seed_articles(tmp_path)
    out = sanad("ingest", str(batch), "--store", remote, "--dask", "local", "--workers", "2", "--no-parse",
                "--quiet", "--format", "json", check=False)
    assert out.returncode == 1, out.stderr  # the batch's malformed line, reported like offline
    report = json.loads(out.stdout)
    assert report["articles"] == sum(1 for i in read(batch) if i.article) and len(report["errors"]) == 1
    on_server = export_quads(sanad("export", "--store", remote, "--format", "nquads").stdout)
    assert on_server and on_server == _embedded(tmp_path, batch)


def test_a_scheduler_address_runs_the_extraction_on_its_workers(tmp_path):
    from distributed import LocalCluster

    batch = seed_articles(tmp_path)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://")
        out = sanad("ingest", str(batch), "--store", str(tmp_path / "via-scheduler"), "--dask",
                    cluster.scheduler_address, "--no-parse", "--quiet", check=False)
    assert out.returncode == 1 and "0 error(s)" not in out.stdout
    via = export_quads(sanad("export", "--store", str(tmp_path / "via-scheduler"), "--format", "nquads").stdout)
    assert via == _embedded(tmp_path, batch)


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path):
    batch = seed_articles(tmp_path)
    address = f"tcp://127.0.0.1:{free_port()}"
    out = sanad("ingest", str(batch), "--store", str(tmp_path / "s"), "--dask", address, "--no-parse", check=False)
    assert out.returncode == 2
    assert out.stderr.strip().startswith(f"sanad: error: cannot reach the Dask scheduler {address}")
    assert "Traceback" not in out.stderr


def test_a_scheduler_without_workers_is_one_clear_error(monkeypatch):
    from distributed import LocalCluster

    import kg.workers
    from kg.workers import DaskWorkers, WorkersError

    monkeypatch.setattr(kg.workers, "WAIT_FOR_DASK_WORKERS_S", 2)
    with LocalCluster(n_workers=0, dashboard_address=None) as cluster:
        with pytest.raises(WorkersError, match=r"has had no worker for 2 s"):
            DaskWorkers(cluster.scheduler_address, parse=False)
