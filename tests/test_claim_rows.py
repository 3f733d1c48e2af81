"""Claims read by IRI as star lookups (kg.claim_rows) equal the claim pattern's rows, so a claim
page or card shows the same claim on every store, however its engine plans OPTIONALs."""

from __future__ import annotations

import shutil

import pytest

from kg import repository
from kg.claim_rows import claim_rows
from kg.repository import _CLAIM_PATTERN, _CLAIM_VARS, PREFIX, Repository
from kg.store import open_store


@pytest.fixture(scope="module")
def store(seed_store_dir, tmp_path_factory):
    copy = tmp_path_factory.mktemp("claim-rows") / "store"
    shutil.copytree(seed_store_dir, copy)
    s = open_store(copy)
    yield s
    s.close()


def _pattern_row(store, iri):
    rows = store.select(f"{PREFIX} SELECT DISTINCT {_CLAIM_VARS} WHERE {{ VALUES ?claim {{ <{iri}> }} "
                        f"{_CLAIM_PATTERN.replace('?claim ', f'<{iri}> ')} }} LIMIT 1")
    return {**rows[0], "claim": iri} if rows else None


def test_star_rows_equal_the_claim_pattern_for_every_seed_claim(store):
    iris = [r["c"] for r in store.select(f"{PREFIX} SELECT ?c WHERE {{ ?c a schema:Claim }}")]
    assert len(iris) >= 16
    rows = claim_rows(store, iris)
    places = Repository(store)._places([r["key"] for r in rows.values()])
    assert {iri: r.pop("places") for iri, r in rows.items()} == {
        iri: places.get(r["key"], []) for iri, r in rows.items()}
    assert any(places.values())
    assert rows == {iri: _pattern_row(store, iri) for iri in iris}
    assert all(isinstance(r["start"], int) and isinstance(r["own"], bool) for r in rows.values())


def test_with_sources_each_claim_has_its_source_as_the_source_table_has_it(store):
    iris = [r["c"] for r in store.select(f"{PREFIX} SELECT ?c WHERE {{ ?c a schema:Claim }}")]
    table = Repository(store)._sources()
    rows = claim_rows(store, iris, sources=True)
    assert rows and all(r["source"] == {k: table[r["src"]][k] for k in ("srcKey", "srcType", "srcName", "srcNameAr")}
                        for r in rows.values())
    assert any(r["source"]["srcName"] for r in rows.values()) and any(r["source"]["srcNameAr"] for r in rows.values())


def test_unknown_or_partial_claims_are_left_out(store):
    assert claim_rows(store, ["https://w3id.org/sanad/id/claim/nosuchclaim"]) == {}
    # an article node is not a claim, though it has some of the same properties
    article = store.select(f"{PREFIX} SELECT ?a WHERE {{ ?a a schema:NewsArticle }} LIMIT 1")[0]["a"]
    assert claim_rows(store, [article]) == {}


def test_claims_by_keys_read_one_by_one_equal_the_list_read(store, monkeypatch):
    repo = Repository(store)
    keys = [r["k"] for r in store.select(f"{PREFIX} SELECT ?k WHERE {{ ?c a schema:Claim ; sanad:key ?k }} ORDER BY ?k")]
    few = repo.claims_by_keys(keys + ["missing0000"])
    monkeypatch.setattr(repository, "FEW_CLAIMS", 0)  # force the claim-pattern list read
    assert few == repo.claims_by_keys(keys)
    assert set(few) == set(keys)
    assert all(repo.claim(k) == few[k] for k in keys)


def test_claims_read_in_batches_equal_claims_read_one_by_one(store, monkeypatch):
    # a SPARQL server reads a page's claims in one query (kg.claim_rows.BATCH); the embedded store one by one
    from kg import claim_rows as module

    iris = sorted(r["c"] for r in store.select(f"{PREFIX} SELECT ?c WHERE {{ ?c a schema:Claim }}"))
    one_by_one = claim_rows(store, iris + ["https://w3id.org/sanad/id/claim/nosuchclaim"], sources=True)
    monkeypatch.setattr(module, "_batch", lambda _store: 7)
    assert claim_rows(store, iris + ["https://w3id.org/sanad/id/claim/nosuchclaim"], sources=True) == one_by_one
    assert len(one_by_one) == len(iris) > 7


def test_lists_read_as_stars_equal_lists_read_by_the_claim_pattern(store, monkeypatch):
    # on a SPARQL server a list of known claims (article, source page, search) is read as star
    # lookups and ordered in Python (Repository._lists_by_star); the same claims in the same order
    repo = Repository(store)
    article = store.select(f"{PREFIX} SELECT ?k WHERE {{ ?a a schema:NewsArticle ; sanad:key ?k }} LIMIT 1")[0]["k"]
    sources = [s["key"] for s in repo.sources()]
    def lists():
        return ([repo.article_claims(article)] + [repo.source_claims(k) for k in sources]
                + [repo.source_claims(k, limit=2, offset=1) for k in sources]
                + [repo.search(w) for w in ("قوات", "لافروف", "تدمر")] + [repo.search("قوات", limit=3, offset=2)])
    by_pattern = lists()
    monkeypatch.setattr(Repository, "_lists_by_star", lambda self: True)
    assert lists() == by_pattern
    assert len(by_pattern[0]) >= 10 and any(len(x) >= 3 for x in by_pattern[1:])
