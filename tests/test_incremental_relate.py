"""Incremental relating (kg.incremental) against the full recompute (kg.ingest.relate_store)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

import kg.ingest
import kg.stats
from kg import relating_index
from kg.encoder import cache_path_for
from kg.incremental import PENDING_GRAPH, pending_articles
from kg.ingest import ingest_items, relate_store
from kg.model import RELATIONS_GRAPH
from kg.neighbours import neighbour_lists, neighbours
from kg.speakers import SPEAKERS_GRAPH
from kg.stats import STATS_GRAPH
from kg.reader import read
from kg.store import open_store

from .conftest import SEED_FILE

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"
WRITTEN_BY_RELATING = (RELATIONS_GRAPH, SPEAKERS_GRAPH, STATS_GRAPH)
FIRST, LATER = 14, 4  # articles: a base, then a batch added to it (small: no per-claim bound is reached)

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason=f"{CORPUS} not present (../shared)")


def _articles(tmp: Path) -> tuple[list, list]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:FIRST + LATER]
    base, later = tmp / "base.jsonl", tmp / "later.jsonl"
    base.write_text("\n".join(lines[:FIRST]) + "\n", encoding="utf-8")
    later.write_text("\n".join(lines[FIRST:]) + "\n", encoding="utf-8")
    return list(read(SEED_FILE)) + list(read(base)), list(read(later))


def _relations(store, graph: str = RELATIONS_GRAPH) -> set[tuple[str, str, str]]:
    return {(str(r["s"]), str(r["p"]), str(r["o"])) for r in store.select(
        f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")}


def _assert_a_full_recompute_changes_nothing(store, monkeypatch) -> None:
    """What the incremental run wrote — relations, speakers, the counts pages read — is what
    relate_store (the spy lifted) writes."""
    incremental = [_relations(store, g) for g in WRITTEN_BY_RELATING]
    monkeypatch.undo()
    relate_store(store)
    assert [_relations(store, g) for g in WRITTEN_BY_RELATING] == incremental


def _copy(src: Path, dst: Path) -> Path:
    """The store with its embedding and relating-index side files."""
    shutil.copytree(src, dst)
    for side in (cache_path_for, relating_index.index_path_for):
        if side(src).exists():
            shutil.copy(side(src), side(dst))
    return dst


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A store of the seed and FIRST corpus articles, related in full; and the LATER articles."""
    tmp = tmp_path_factory.mktemp("incr")
    first, later = _articles(tmp)
    s = open_store(tmp / "base")
    report = ingest_items(first, s, progress=False, parse=False)  # no relations stored yet: a full recompute
    assert report.relations and not pending_articles(s)
    s.close()
    return tmp / "base", later


@pytest.fixture()
def spy(monkeypatch):
    """What relate_claims judged and skipped; relate_store refused, so the incremental path is proved."""
    seen = []
    real = kg.ingest.relate_claims

    def recording(*args, **kwargs):
        found = real(*args, **kwargs)
        seen.append(found)
        return found

    monkeypatch.setattr(kg.ingest, "relate_claims", recording)
    monkeypatch.setattr(kg.ingest, "relate_store", lambda store: pytest.fail("full recompute instead of incremental"))
    return seen


def test_adding_articles_relates_them_as_a_full_recompute_does(base, tmp_path, spy, monkeypatch):
    base_dir, later = base
    inc = open_store(_copy(base_dir, tmp_path / "inc"))
    full = open_store(_copy(base_dir, tmp_path / "full"))
    try:
        before = _relations(inc)
        report = ingest_items(later, inc, progress=False, parse=False)
        assert report.articles == LATER and spy and spy[0].skipped, "old pairs kept, not judged again"
        monkeypatch.undo()
        ingest_items(later, full, progress=False, parse=False, relate=False)
        counts = relate_store(full)
        after = _relations(inc)
        assert [_relations(inc, g) for g in WRITTEN_BY_RELATING] == [_relations(full, g) for g in WRITTEN_BY_RELATING]
        assert after != before and report.relations == counts
        assert PENDING_GRAPH not in inc.graphs()
    finally:
        inc.close()
        full.close()


def test_reingesting_a_changed_article_leaves_no_stale_relation(base, tmp_path, spy, monkeypatch):
    base_dir, _ = base
    s = open_store(_copy(base_dir, tmp_path / "s"))
    try:
        rel = [r for r in s.select(f"""PREFIX sanad: <https://w3id.org/sanad/ns#> SELECT ?c ?key WHERE {{
            GRAPH <{RELATIONS_GRAPH}> {{ ?n sanad:claim ?c }} ?c sanad:key ?key }}""")]
        assert rel, "the base has relations"
        # the article (one with a URL, so rewriting it replaces it) of a related claim, cut to its first half
        by_key = {i.article.key: i for i in _articles(tmp_path)[0] if i.article.url}
        repo = kg.ingest.Repository(s)
        original = next(by_key[a] for a in (repo.claim(r["key"])["article_key"] for r in rel) if a in by_key)
        text = original.article.text
        changed = tmp_path / "changed.json"
        changed.write_text(json.dumps({"url": original.article.url, "title": original.article.title,
                                       "date": original.article.date, "publisher": original.article.publisher,
                                       "text": text[:len(text) // 2]}, ensure_ascii=False), encoding="utf-8")
        report = ingest_items(list(read(changed)), s, progress=False, parse=False)
        assert report.replaced == 1 and spy
        claims = {c["id"] for c in kg.ingest.Repository(s).all_claims()}
        related = {o for _, p, o in _relations(s) if p.endswith("#claim")}
        assert related <= claims, "no relation names a claim that is gone"
        _assert_a_full_recompute_changes_nothing(s, monkeypatch)
    finally:
        s.close()


def test_articles_written_without_relating_are_related_by_the_next_run(base, tmp_path, spy, monkeypatch):
    base_dir, later = base
    s = open_store(_copy(base_dir, tmp_path / "s"))
    try:
        ingest_items(later[:2], s, progress=False, parse=False, relate=False)  # e.g. a job stopped before relating
        assert len(pending_articles(s)) == 2
        ingest_items(later[2:], s, progress=False, parse=False)
        assert not pending_articles(s)
        _assert_a_full_recompute_changes_nothing(s, monkeypatch)
    finally:
        s.close()


def test_relate_store_command_recomputes_in_full(base, tmp_path):
    from .conftest import sanad

    d = _copy(base[0], tmp_path / "s")
    s = open_store(d)
    stored = _relations(s)
    s.close()
    out = json.loads(sanad("relate-store", "--store", str(d), "--format", "json").stdout)
    s = open_store(d)
    try:
        assert _relations(s) == stored  # nothing changed since the last relating: the same graph
        kinds = {str(r["k"]) for r in s.select(f"""PREFIX sanad: <https://w3id.org/sanad/ns#> SELECT ?n ?k WHERE {{
            GRAPH <{RELATIONS_GRAPH}> {{ ?n sanad:relationKind ?k }} }}""")}
        assert sum(out["relations"].values()) > 0 and len(out["relations"]) == len(kinds)
    finally:
        s.close()


def test_the_relating_index_gives_what_the_store_gives(base, tmp_path):
    """Claims, vectors and what is derived from each claim's text: read from the index, the same as
    read from the store and derived again."""
    s = open_store(_copy(base[0], tmp_path / "s"))
    cache = kg.ingest.vector_cache(s)
    try:
        prepared = relating_index.prepare(s, set(), cache)
        assert not prepared.rebuilt, "the base's relating left the index in step with the store"
        claims = kg.ingest.Repository(s).all_claims()
        assert prepared.claims == claims
        assert np.array_equal(prepared.vecs, cache.embed([c["text"] for c in claims]))
        fresh = kg.ingest.ClaimDerivations(claims)
        assert prepared.derived.text_keys == fresh.text_keys
        kept = [i for i, v in enumerate(prepared.derived.values) if "facts" in v]
        assert kept, "the base's relating kept facts"
        assert all(prepared.derived.facts(i) == fresh.facts(i) for i in kept)
        assert all(prepared.derived.pairing_keys(i) == fresh.pairing_keys(i)
                   and prepared.derived.conflict_prone(i) == fresh.conflict_prone(i) for i in kept)
        assert all(prepared.derived.signature(i) == fresh.signature(i) for i in range(len(claims)))
        prepared.close()
    finally:
        cache.close()
        s.close()


def test_a_job_reads_only_its_articles_from_the_store(base, tmp_path, spy, monkeypatch):
    base_dir, later = base
    s = open_store(_copy(base_dir, tmp_path / "s"))
    read_for = []
    real = kg.ingest.Repository.claim_rows

    def recording(self, article_keys=None):
        read_for.append(None if article_keys is None else sorted(article_keys))
        return real(self, article_keys)

    monkeypatch.setattr(kg.ingest.Repository, "claim_rows", recording)
    monkeypatch.setattr(kg.ingest.Repository, "all_claims", lambda self: pytest.fail("every claim read"))
    try:
        report = ingest_items(later, s, progress=False, parse=False)
        assert read_for == [sorted(report.changed)]
        # the kept neighbour lists, updated for the new claims alone, are what a fresh search finds
        cache = kg.ingest.vector_cache(s)
        prepared = relating_index.prepare(s, set(), cache)
        cache.close()
        kept = prepared.derived.neighbour_lists(prepared.vecs)
        assert not prepared.derived.near_changed, "the last job left every list up to date"
        fresh = neighbour_lists(prepared.vecs, kg.ingest.NEIGHBOURS)
        assert np.array_equal(kept[0], fresh[0]) and np.allclose(kept[1], fresh[1], atol=1e-6)
        # and so are the denial channel's lists (each denied statement's nearest statements)
        from kg.relate.conflicts import denied
        from kg.reprints import group

        d = prepared.derived
        near = list(neighbours(prepared.vecs, k=kg.ingest.NEIGHBOURS, min_cos=kg.ingest.NEIGHBOUR_COS, lists=kept))
        canon = [st.canonical for st in group(prepared.claims, near, d.text_keys, d.signature)]
        rows = [p for p, c in enumerate(canon) if denied(d.facts(c))]
        assert rows, "the corpus has denials"
        canon_vecs = prepared.vecs[canon]
        assert (d.denial_nearest(canon, canon_vecs, rows)
                == list(kg.ingest.ClaimDerivations.denial_nearest(canon, canon_vecs, rows)))
        assert not d.denial_changed, "the last job left every denial list up to date"
        prepared.close()
        _assert_a_full_recompute_changes_nothing(s, monkeypatch)
    finally:
        s.close()


def test_a_raw_write_makes_the_relating_index_read_every_claim_again(base, tmp_path, spy, monkeypatch):
    base_dir, later = base
    s = open_store(_copy(base_dir, tmp_path / "s"))
    try:
        kg.stats.mark_stale(s)  # what a SPARQL Update or Graph Store request does before writing
        s.write_update("""PREFIX schema: <http://schema.org/> DELETE { GRAPH ?g { ?c schema:text ?t } }
            INSERT { GRAPH ?g { ?c schema:text "نص غيره مستخدم بطلب SPARQL" } }
            WHERE { { SELECT ?g ?c ?t WHERE { GRAPH ?g { ?c a schema:Claim ; schema:text ?t } }
                     ORDER BY ?c LIMIT 1 } }""")
        cache = kg.ingest.vector_cache(s)
        prepared = relating_index.prepare(s, set(), cache)
        cache.close()
        assert prepared.rebuilt
        assert prepared.claims == kg.ingest.Repository(s).all_claims()
        assert any(c["text"] == "نص غيره مستخدم بطلب SPARQL" for c in prepared.claims)
        prepared.close()
        ingest_items(later[:1], s, progress=False, parse=False)
        _assert_a_full_recompute_changes_nothing(s, monkeypatch)
    finally:
        s.close()
