"""Search on a SPARQL server from the side full-text index (kg.search_index): the same claims as the
CONTAINS search it replaces and as the embedded store, and never trusted once someone else wrote to
the server (`sanad ingest` through a server keeps it in step: tests/test_remote_store.py). A Virtuoso 7 of its own holds the
seed and the search fixture (tests/virtuoso.py)."""

from __future__ import annotations

import pytest

from kg import search_index
from kg.repository import Repository
from kg.store import OxigraphStore, SparqlStore
from kg.text import normalize

from .conftest import sanad
from .test_search_index import QUERIES, corpus  # noqa: F401 - the fixture: seed + proclitic articles
from .virtuoso import ISQL, VIRTUOSO, serving

pytestmark = pytest.mark.skipif(VIRTUOSO is None or ISQL is None,
                                reason="Virtuoso 7 (Debian virtuoso-opensource-7-bin) is not installed")


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory, corpus):  # noqa: F811
    yield from serving(tmp_path_factory.mktemp("virtuoso"), corpus)


@pytest.fixture(scope="module")
def embedded(corpus):  # noqa: F811
    s = OxigraphStore(corpus, read_only=True)
    yield Repository(s)
    s.close()


@pytest.fixture()
def remote(virtuoso, tmp_path, monkeypatch):
    """A client of the server with an index file of its own, rebuilt from the server."""
    monkeypatch.setenv("SANAD_SEARCH_INDEX", str(tmp_path / "search.sqlite"))
    store = SparqlStore(virtuoso.url)
    search_index.rebuild(store)
    return store


def _keys(results):
    return [c["key"] for c in results]


def test_rebuild_reads_every_claim_text_page_by_page(remote, monkeypatch):
    """Read in pages of 7 (a server caps rows and deep OFFSETs): every (graph, claim, text) once."""
    monkeypatch.setattr(search_index, "PAGE", 7)
    state = search_index._state(remote)
    assert search_index.rebuild(remote)["claims"] == search_index.store_count(remote) > 20
    rows = set(state.index._db.execute("SELECT graph, claim, norm FROM claims"))
    stored = {(r["g"], r["claim"], r["text"]) for r in remote.select(search_index._ALL)}
    assert rows == stored and len(rows) == state.index.count()


@pytest.mark.parametrize("q", QUERIES)
def test_index_search_equals_the_contains_search_and_the_embedded_store(remote, embedded, q, monkeypatch):
    repo = Repository(remote)
    pages = [{}, {"limit": 3}, {"limit": 3, "offset": 3}, {"limit": 1000}]
    assert search_index.matching_claims(remote, normalize(q).split() or ["x"], 5) is not None  # the index answers
    from_index = [_keys(repo.search(q, **kw)) for kw in pages]
    monkeypatch.setattr(search_index, "matching_claims", lambda *a, **k: None)
    assert [_keys(repo.search(q, **kw)) for kw in pages] == from_index
    assert [_keys(embedded.search(q, **kw)) for kw in pages] == from_index


def test_a_write_by_another_client_is_searched_by_sparql_then_rebuilt(remote, virtuoso, monkeypatch):
    """A claim text written through the server's own endpoint, not through this client: once the
    count is asked again (RECOUNT_SECONDS, 0 here) search answers by SPARQL and finds it; the same
    difference seen again starts a rebuild, after which the index answers with it."""
    monkeypatch.setattr(search_index, "RECOUNT_SECONDS", 0.0)
    repo = Repository(remote)
    claim = repo.search("تدمر")[0]["id"]
    assert search_index.matching_claims(remote, ["سباركل"], 10) == []  # in step, nothing yet
    SparqlStore(virtuoso.url).update(f'INSERT DATA {{ GRAPH <urn:x:extra> {{ <{claim}> '
                                     f'<{search_index.NORMALIZED_TEXT}> "نص مضاف بتحديث سباركل" }} }}')
    try:
        assert search_index.matching_claims(remote, ["سباركل"], 10) is None  # counted again: stale
        assert [c["id"] for c in repo.search("سباركل")] == [claim]  # SPARQL found it
        state = search_index._state(remote)
        assert state.rebuilding is not None  # the same difference twice: rebuilt
        state.rebuilding.join(timeout=60)
        assert search_index.matching_claims(remote, ["سباركل"], 10) == [claim]
    finally:
        SparqlStore(virtuoso.url).drop_graph("urn:x:extra")
    assert repo.search("سباركل") == []  # each hit is re-checked in the store


def test_an_index_being_filled_by_another_writer_is_not_rebuilt(remote, virtuoso, monkeypatch):
    """While another `sanad` writes articles, the server and the index differ for a moment and both
    counts move: search answers by SPARQL, and no rebuild starts (the writer catches the index up)."""
    monkeypatch.setattr(search_index, "RECOUNT_SECONDS", 0.0)
    state = search_index._state(remote)
    other = SparqlStore(virtuoso.url)
    try:
        for n in range(3):  # an article reaches the server, its rows not yet the index
            other.update(f'INSERT DATA {{ GRAPH <urn:x:w{n}> {{ <urn:x:c{n}> <{search_index.NORMALIZED_TEXT}> "نص {n}" }} }}')
            assert search_index.matching_claims(remote, ["نص"], 10) is None
            state.index.replace_graph(f"urn:x:w{n}", [(f"urn:x:c{n}", f"نص {n}")])
        assert state.rebuilding is None
        assert search_index.matching_claims(remote, ["نص"], 10) is not None  # caught up
    finally:
        for n in range(3):
            other.drop_graph(f"urn:x:w{n}")


def test_off_searches_by_sparql(virtuoso, monkeypatch):
    monkeypatch.setenv("SANAD_SEARCH_INDEX", "off")
    store = SparqlStore(virtuoso.url)
    assert search_index.matching_claims(store, ["تدمر"], 10) is None and Repository(store).search("تدمر")
    assert sanad("reindex", "--store", virtuoso.url, check=False, env={"SANAD_SEARCH_INDEX": "off"}).returncode == 2
