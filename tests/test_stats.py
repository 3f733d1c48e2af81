"""The counts kept at each write (kg.stats) equal a fresh aggregate of the graph: after an ingest,
after a changed article is ingested again (before and after relating), after relations change,
and after a raw write marks them stale; and pages read them instead of aggregating."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg import stats as kg_stats
from kg.ingest import ingest_items, relate_store
from kg.reader import read
from kg.repository import Repository
from kg.store import open_store

from .conftest import SEEDS

SYRIA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"
ARTICLES = 40
MARKER = f"ASK {{ GRAPH <{kg_stats.STATS_GRAPH}> {{ <{kg_stats.COUNTS}> a <https://w3id.org/sanad/ns#Counts> }} }}"


def _aggregates(store) -> dict:
    """Every kept count, counted afresh over the graph the way pages counted before."""
    repo = Repository(store)
    out = {"totals": repo._stats(), "claims per source": repo.source_claim_counts_aggregate(), "sources": {}}
    for src, row in repo._sources().items():
        out["sources"][src] = (repo.source_timeline_aggregate(row["srcKey"], src), repo.source_record_aggregate(row["srcKey"]))
    return out


def _kept(store) -> dict:
    repo = Repository(store)
    return {"totals": kg_stats.totals(store), "claims per source": kg_stats.source_claim_counts(store),
            "sources": {src: (kg_stats.source_months(store, src), kg_stats.source_record(store, src))
                        for src in repo._sources()}}


def _assert_exact(store) -> dict:
    assert store.ask(MARKER), "the counts are not marked complete"
    kept, fresh = _kept(store), _aggregate_checked(store)
    assert kept == fresh
    return kept


def _aggregate_checked(store) -> dict:
    fresh = _aggregates(store)
    assert fresh["totals"]["claims"] > 0
    return fresh


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    if not SYRIA.exists():
        pytest.skip(f"{SYRIA} not found")
    d = tmp_path_factory.mktemp("counts-corpus")
    lines = SYRIA.read_text(encoding="utf-8").splitlines()[:ARTICLES]
    (d / "syria.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d / "syria.jsonl"


def _ingest(store, *paths, relate=True):
    items = [item for p in paths for item in read(Path(p))]
    return ingest_items(items, store, progress=False, parse=False, relate=relate)


def test_counts_stay_exact_through_ingest_reingest_relations_and_raw_writes(tmp_path, corpus):
    store = open_store(tmp_path / "store")
    try:
        seed = next(SEEDS.glob("*.txt"))
        report = _ingest(store, seed, corpus)
        assert report.errors == [] and report.relations.get("supports", 0) > 0
        kept = _assert_exact(store)
        assert kept["totals"]["articles"] == ARTICLES + 1
        assert any(record for _, record in kept["sources"].values()), "no source has a record to check"

        # one article with relations, changed: other date, half its text gone (its claims change,
        # relations to the removed claims dangle until the graph is related again)
        rows = store.select(f"""PREFIX sanad: <https://w3id.org/sanad/ns#> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <http://schema.org/>
SELECT ?ak (COUNT(DISTINCT ?r) AS ?n) WHERE {{ GRAPH <{kg_stats.RELATIONS_GRAPH}> {{ ?r sanad:claim ?c }}
  ?c prov:wasDerivedFrom ?a . ?a sanad:key ?ak ; schema:url ?url }} GROUP BY ?ak ORDER BY DESC(?n) ?ak LIMIT 1""")
        key = rows[0]["ak"]
        index = next(i for i, item in enumerate(read(corpus)) if item.article and item.article.key == key)
        article = json.loads(corpus.read_text(encoding="utf-8").splitlines()[index])
        text = article["content"]
        path = tmp_path / "changed.json"  # same URL, so the same article
        path.write_text(json.dumps({**article, "date": "2014-01-15", "content": text[:len(text) // 2]},
                                   ensure_ascii=False), encoding="utf-8")
        before = _kept(store)
        report = _ingest(store, path, relate=False)
        assert report.replaced == 1
        after = _assert_exact(store)
        assert after != before

        # relations recomputed (the dangling ones go, new ones may come)
        relate_store(store)
        _assert_exact(store)

        # a relations writer other than relate_store: a relation removed by hand, then recounted
        store.write_update(f"""PREFIX sanad: <https://w3id.org/sanad/ns#>
DELETE {{ GRAPH <{kg_stats.RELATIONS_GRAPH}> {{ ?r ?p ?o }} }} WHERE {{
  {{ SELECT ?r WHERE {{ GRAPH <{kg_stats.RELATIONS_GRAPH}> {{ ?r a sanad:ClaimRelation ; sanad:independent true }} }}
     ORDER BY ?r LIMIT 1 }} GRAPH <{kg_stats.RELATIONS_GRAPH}> {{ ?r ?p ?o }} }}""")
        kg_stats.refresh_relation_counts(store)
        _assert_exact(store)

        # a raw write (what /sparql and /graph-store do): marked stale, recomputed at the next read
        kg_stats.mark_stale(store)
        store.update(f"DROP GRAPH <{next(g for g in store.graphs() if '/graph/article/' in g)}>")
        assert not store.ask(MARKER)
        assert Repository(store).stats() == Repository(store)._stats()  # the read recomputed them
        _assert_exact(store)
    finally:
        store.close()


def test_pages_read_the_kept_counts(tmp_path):
    """A kept count changed by hand shows on the source page, /api/stats and the sources list: they
    read the stats graph, not the claims."""
    from fastapi.testclient import TestClient

    from api.app import create_app

    store_dir = tmp_path / "store"
    store = open_store(store_dir)
    _ingest(store, next(SEEDS.glob("*.txt")))
    src = max(kg_stats.source_claim_counts(store).items(), key=lambda kv: kv[1])[0]
    key = src.rsplit("/", 1)[-1]
    store.write_update(f"""PREFIX sanad: <https://w3id.org/sanad/ns#>
DELETE {{ GRAPH <{kg_stats.STATS_GRAPH}> {{ ?cell sanad:claimCount ?n }} }}
INSERT {{ GRAPH <{kg_stats.STATS_GRAPH}> {{ ?cell sanad:claimCount 4321 }} }}
WHERE {{ GRAPH <{kg_stats.STATS_GRAPH}> {{ ?cell sanad:countsFor <{src}> ; sanad:claimCount ?n }} }} ;
DELETE {{ GRAPH <{kg_stats.STATS_GRAPH}> {{ <{kg_stats.COUNTS}> sanad:claimCount ?n }} }}
INSERT {{ GRAPH <{kg_stats.STATS_GRAPH}> {{ <{kg_stats.COUNTS}> sanad:claimCount 98765 }} }}
WHERE {{ GRAPH <{kg_stats.STATS_GRAPH}> {{ <{kg_stats.COUNTS}> sanad:claimCount ?n }} }}""")
    store.close()
    with TestClient(create_app(str(store_dir), users=str(tmp_path / "users.json"))) as client:
        assert client.get("/api/stats").json()["claims"] == 98765
        assert "4,321" in client.get(f"/sources/{key}", headers={"Accept-Language": "en"}).text
        assert next(s for s in client.get("/api/sources").json()["items"] if s["key"] == key)["claims"] == 4321
