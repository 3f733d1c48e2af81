"""Claim pages and cards served from Virtuoso 7 read what the embedded store reads, with few round
trips, and its pre-1.1 JSON results (`typed-literal`) reach clients as SPARQL 1.1. The seed's graphs
are copied from an embedded store into a Virtuoso started here (tests/virtuoso.py)."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.cards import card_inputs
from kg.repository import Repository
from kg.store import OxigraphStore, SparqlStore

from .virtuoso import ISQL, VIRTUOSO, serving

pytestmark = pytest.mark.skipif(VIRTUOSO is None or ISQL is None,
                                reason="Virtuoso 7 (Debian virtuoso-opensource-7-bin) is not installed")


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory, seed_store_dir):
    yield from serving(tmp_path_factory.mktemp("virtuoso"), seed_store_dir)


@pytest.fixture(scope="module")
def both(virtuoso, seed_store_dir):
    embedded = OxigraphStore(seed_store_dir, read_only=True)
    yield Repository(embedded), Repository(SparqlStore(virtuoso.url))
    embedded.close()


def _claim_keys(repo: Repository) -> list[str]:
    return sorted(c["key"] for c in repo.all_claims())


def test_virtuoso_holds_the_seed(both):
    embedded, remote = both
    keys = _claim_keys(embedded)
    assert len(keys) >= 5 and _claim_keys(remote) == keys


def test_every_claim_and_card_reads_the_same_on_virtuoso(both):
    embedded, remote = both
    for key in _claim_keys(embedded):
        assert remote.claim(key) == embedded.claim(key)
        assert remote.related(key) == embedded.related(key)
        assert remote.appearances(key) == embedded.appearances(key)
        assert remote.latest_review(key) == embedded.latest_review(key)
        assert card_inputs(remote, key) == card_inputs(embedded, key)
    assert any(card_inputs(embedded, k)["n_contra"] for k in _claim_keys(embedded))  # relations were compared
    assert remote.claim("no-such-claim") is None and card_inputs(remote, "no-such-claim") is None


def test_typed_literals_are_normalized(virtuoso):
    store = SparqlStore(virtuoso.url)
    n = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?c a <http://schema.org/Claim> }")[0]["n"]
    assert isinstance(n, int) and n >= 5  # Virtuoso wrote it as a "typed-literal"
    out = json.loads(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?c a <http://schema.org/Claim> }", "json").body)
    assert out["results"]["bindings"][0]["n"] == {
        "type": "literal", "value": str(n), "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    assert json.loads(store.query("ASK { ?c a <http://schema.org/Claim> }", "json").body) == {
        "head": {}, "boolean": True}


def test_claim_page_and_card_on_virtuoso(virtuoso, both, tmp_path):
    embedded, _ = both
    key = next(k for k in _claim_keys(embedded) if card_inputs(embedded, k)["n_contra"])
    with TestClient(create_app(virtuoso.url, users=str(tmp_path / "users.json"))) as client:
        page = client.get(f"/claims/{key}")
        assert page.status_code == 200 and embedded.claim(key)["quote"] in page.text
        card = client.get(f"/cards/{key}")
        assert card.status_code == 200 and embedded.claim(key)["quote"] in card.text
        assert client.get("/claims/no-such-claim").status_code == 404


def test_limited_reads_through_sparql_keep_iris_and_types(virtuoso):
    # /sparql reads a SPARQL server's results up to the result limit; Virtuoso's TSV writes IRIs as
    # quoted strings and drops datatypes, so those reads are XML, cut after the limit
    from kg.store import QueryLimits

    store = SparqlStore(virtuoso.url)
    q = "SELECT ?c ?s WHERE { ?c a <http://schema.org/Claim> ; <https://w3id.org/sanad/ns#sentenceIndex> ?s }"
    cut = store.query(q, "json", limits=QueryLimits(timeout=30, max_results=3))
    rows = json.loads(cut.body)["results"]["bindings"]
    assert cut.truncated and len(rows) == 3
    assert all(r["c"]["type"] == "uri" and r["s"]["datatype"].endswith("#integer") for r in rows)
    whole = store.query(q, "tsv", limits=QueryLimits(timeout=30, max_results=1000))
    lines = whole.body.decode().splitlines()
    assert not whole.truncated and len(lines) == 1 + len(store.select(q)) and lines[1].startswith("<https://")
