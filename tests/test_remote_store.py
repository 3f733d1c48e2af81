"""The same app on a remote SPARQL 1.1 server: the Oxigraph server, started here on loopback."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import httpx
import pytest

from kg.relating_index import STAMP_GRAPH

from .conftest import SEEDS, Server, free_port, sanad, write_article

# the test extra installs the server into the running environment, whose bin/ need not be on PATH
# (CI calls .venv/bin/python directly)
OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
pytestmark = pytest.mark.skipif(OXIGRAPH is None, reason="the `oxigraph` server (pip install oxigraph) is not installed")


@pytest.fixture(scope="module")
def remote(tmp_path_factory):
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                             "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("oxigraph server did not start")
    yield url
    proc.terminate()
    proc.wait(10)


def export_quads(data: str) -> set[str]:
    """An N-Quads export as a set of lines, without the relating index's stamp: it names a side file
    beside an embedded store (kg.relating_index), which a SPARQL server has not."""
    return {line for line in data.splitlines() if line.strip() and not line.endswith(f"<{STAMP_GRAPH}> .")}


def test_ingest_into_a_remote_server_gives_the_same_graph_as_embedded(remote, seed_store_dir):
    sanad("ingest", str(SEEDS), "--store", remote, "--quiet")
    first = export_quads(sanad("export", "--store", remote, "--format", "nquads").stdout)
    sanad("ingest", str(SEEDS), "--store", remote, "--quiet")  # idempotent there too
    assert export_quads(sanad("export", "--store", remote, "--format", "nquads").stdout) == first
    embedded = export_quads(sanad("export", "--store", str(seed_store_dir), "--format", "nquads").stdout)
    assert first == embedded


def test_relations_and_query_through_the_remote_server(remote):
    sanad("ingest", str(SEEDS), "--store", remote, "--quiet")
    rels = [json.loads(x) for x in sanad("relations", "--store", remote, "--format", "jsonl").stdout.splitlines()]
    assert any(r["relation"] == "contradicts" and r["b"]["quote"] == "لا صحة لدخول قوات النظام للمدينة" for r in rels)
    out = json.loads(sanad("query", "ASK { ?c a schema:Claim }", "--store", remote, "--format", "json").stdout)
    assert out["boolean"] is True


def test_the_app_serves_from_the_remote_server(remote):
    sanad("ingest", str(SEEDS), "--store", remote, "--quiet")
    srv = Server(remote)
    try:
        home = httpx.get(srv.url + "/", timeout=30)
        assert "لا صحة لدخول قوات النظام للمدينة" in home.text
        r = httpx.get(srv.url + "/sparql", params={"query": "SELECT (COUNT(?c) AS ?n) WHERE { ?c a <http://schema.org/Claim> }"},
                      headers={"Accept": "text/csv"}, timeout=30)
        assert r.status_code == 200 and r.text.splitlines()[0].strip() == "n"
        bad = httpx.get(srv.url + "/sparql", params={"query": "SELECT ?x WHERE { ?x }"}, timeout=30)
        assert bad.status_code == 400
    finally:
        srv.stop()


def test_an_ingest_through_the_server_fills_its_search_index(remote, tmp_path, monkeypatch):
    """`sanad ingest --store URL` writes the server's search index (kg.search_index) as it writes the
    articles: another process (this one) finds it in step and its search answers from it, the same
    claims as the SPARQL search."""
    from kg import search_index
    from kg.repository import Repository
    from kg.store import SparqlStore

    index = tmp_path / "search.sqlite"
    monkeypatch.setenv("SANAD_SEARCH_INDEX", str(index))
    sanad("ingest", str(SEEDS), "--store", remote, "--quiet", "--no-parse")
    sanad("reindex", "--store", remote, "-q")  # the graphs earlier tests wrote here, without an index
    write_article(tmp_path, "talbisa", "قال المرصد السوري إن «الطيران قصف بلدة تلبيسة صباح اليوم».",
                  url="https://example.org/talbisa")
    sanad("ingest", str(tmp_path / "talbisa.json"), "--store", remote, "--quiet", "--no-parse")
    store = SparqlStore(remote)
    state = search_index._state(store)
    assert state.index.path == index and search_index.in_step(store, state)
    assert search_index.matching_claims(store, ["تلبيسه"], None)  # the index answered
    found = [c["key"] for c in Repository(store).search("تلبيسة")]
    monkeypatch.setattr(search_index, "matching_claims", lambda *a, **k: None)
    assert found and [c["key"] for c in Repository(store).search("تلبيسة")] == found
