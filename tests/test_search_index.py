"""Search from the full-text index (kg.search_index): the same claims in the same order as the SPARQL
search it replaces, kept in step with ingest, and never trusted once the store changed behind it."""

from __future__ import annotations

import json
import shutil

import pytest

from kg import search_index
from kg.ingest import ingest
from kg.repository import Repository
from kg.store import open_store
from kg.text import normalize

from .conftest import SEEDS, sanad

# spelling variants of the seed, proclitics, pieces of words, short words, several words, nothing
QUERIES = ["اعلن", "أعلن", "اعلنت", "تدمُر", "تدمـــر", "الأميركي", "الاميركى", "مدينه تدمر", "مدينة", "بالمدينه",
           "وقال", "قال", "ان", "لا", "في", "و", "لا صحه", "دمر", "مر", "وزير الخارجيه", "لافروف كيري", "سوري",
           "قوات النظام", "onerror", "<img", "x", "zzzz", "ال ال", "\"", "a\"b", "*", "NEAR(", "تدمر OR حمص"]

# a fixture beside the seed: proclitics (وأعلنت، بالمدينة), diacritics and tatweel in the text itself
ARTICLES = {
    "proclitics": "وأعلنت وزارة الداخلية السورية أن «الهدوء عاد بالمدينة بالكامل». وقال مُحافظ حمص إن "
                  "«الأهالي عادوا إلى بيوتهم في المدينــة القديمة».",
    "denial": "نفى المرصد السوري لحقوق الإنسان أن تكون القوات الحكومية قد دخلت مدينة تدمر، وقال إنه «لا صحة "
              "لهذه الأنباء».",
}


def _sparql_only(monkeypatch):
    monkeypatch.setattr(search_index, "matching_claims", lambda *a, **k: None)


def _keys(results):
    return [c["key"] for c in results]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seed plus the fixture articles, ingested by `sanad ingest` (which writes the index too)."""
    base = tmp_path_factory.mktemp("search-index")
    articles = base / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / f"{name}.json").write_text(json.dumps(
            {"url": f"https://example.org/{name}", "title": name, "date": "2016-03-27", "text": text},
            ensure_ascii=False), encoding="utf-8")
    store = base / "store"
    sanad("ingest", str(SEEDS), str(articles), "--store", str(store), "--quiet", "--no-parse")
    return store


@pytest.fixture()
def store(corpus, tmp_path):
    """A private copy of the corpus store and its index."""
    d = tmp_path / "store"
    shutil.copytree(corpus, d)
    shutil.copy(search_index.index_path_for(corpus), search_index.index_path_for(d))
    s = open_store(d)
    yield s
    s.close()


def test_ingest_writes_the_index_in_step_with_the_store(store):
    assert search_index.index_path_for(store.path).exists()
    state = search_index._state(store)
    assert state.index.count() == search_index.store_count(store) > 20
    assert search_index.in_step(store, state)
    assert search_index.matching_claims(store, ["تدمر"], 10)  # answered by the index


@pytest.mark.parametrize("q", QUERIES)
def test_index_search_equals_the_sparql_search(store, q, monkeypatch):
    repo = Repository(store)
    pages = [{}, {"limit": 3}, {"limit": 3, "offset": 3}, {"limit": 1000}]
    from_index = [_keys(repo.search(q, **kw)) for kw in pages]
    assert search_index.matching_claims(store, normalize(q).split(), 5) is not None  # the index answered
    _sparql_only(monkeypatch)
    assert from_index == [_keys(repo.search(q, **kw)) for kw in pages]


@pytest.mark.parametrize("by_sparql", [False, True])
def test_pages_are_what_the_page_before_left(store, monkeypatch, by_sparql):
    """Page k is the matches ranked k·limit… by IRI: pages taken one after another hold every match once. (Before,
    the first limit+offset matches were ordered by article before the offset was skipped: pages overlapped.)"""
    if by_sparql:
        _sparql_only(monkeypatch)
    repo = Repository(store)
    q = "ال"
    everything = [c["id"] for c in repo.search(q, limit=None)]
    assert len(everything) > 7
    pages = [[c["id"] for c in repo.search(q, limit=3, offset=k)] for k in range(0, len(everything), 3)]
    assert all(len(p) == 3 for p in pages[:-1]) and 1 <= len(pages[-1]) <= 3
    assert sorted(i for p in pages for i in p) == sorted(everything)
    assert [sorted(p) for p in pages] == [sorted(everything)[k:k + 3] for k in range(0, len(everything), 3)]


def test_normalization_and_substrings_still_match(store):
    repo = Repository(store)
    texts = lambda q: [normalize(c["source"]["label"] + " " + c["quote"]) for c in repo.search(q, limit=1000)]  # noqa: E731
    assert texts("اعلنت") and texts("اعلنت") == texts("أعلنت")  # finds وأعلنت: inside a word, as CONTAINS did
    assert any("بالمدينه" in t for t in texts("مدينه"))  # مدينه finds بالمدينة
    assert texts("المدينة") == texts("المدينــة") == texts("المَدِينة")  # tatweel, diacritics ignored
    assert len(texts("لا صحه")) >= 1 and all("لا" in t and "صحه" in t for t in texts("لا صحه"))


def test_a_replaced_article_leaves_no_rows_behind(store, tmp_path):
    a = tmp_path / "a.json"
    a.write_text(json.dumps({"url": "https://example.org/proclitics", "text":
                             "قال المرصد السوري إن «الاشتباكات مستمرة في ضواحي المدينة»."}, ensure_ascii=False),
                 encoding="utf-8")
    repo = Repository(store)
    assert repo.search("الهدوء عاد")
    ingest([str(a)], store, progress=False, parse=False)
    state = search_index._state(store)
    assert search_index.in_step(store, state) and state.index.count() == search_index.store_count(store)
    assert search_index.matching_claims(store, [normalize("الهدوء")], None) == []
    assert repo.search("الهدوء عاد") == []
    assert repo.search("الاشتباكات مستمره")


def test_a_write_behind_the_index_is_searched_by_sparql_until_rebuilt(store):
    """A claim text added by SPARQL Update (not through ingest): the count differs, so search answers
    from SPARQL (and finds it), and a rebuild starts; afterwards the index answers, with it."""
    repo = Repository(store)
    claim = repo.search("تدمر")[0]["id"]
    store.update(f'INSERT DATA {{ GRAPH <urn:x:extra> {{ <{claim}> <{search_index.NORMALIZED_TEXT}> '
                 f'"نص مضاف بتحديث سباركل" }} }}')
    assert search_index.matching_claims(store, ["سباركل"], 10) is None  # stale: not used
    assert [c["id"] for c in repo.search("سباركل")] == [claim]  # SPARQL found it
    search_index._state(store).rebuilding.join(timeout=60)
    assert search_index.matching_claims(store, ["سباركل"], 10) == [claim]
    assert [c["id"] for c in repo.search("سباركل")] == [claim]
    store.drop_graph("urn:x:extra")
    assert repo.search("سباركل") == []


def test_a_changed_text_with_the_same_count_never_shows_a_wrong_claim(store):
    """The count cannot see a text changed in place; each hit is confirmed in the store, and one that
    is not makes the index stale (rebuilt), so the answer is the store's."""
    repo = Repository(store)
    hit = repo.search("الهدوء عاد")[0]["id"]
    store.update(f"""DELETE {{ GRAPH ?g {{ <{hit}> <{search_index.NORMALIZED_TEXT}> ?t }} }}
INSERT {{ GRAPH ?g {{ <{hit}> <{search_index.NORMALIZED_TEXT}> "نص اخر تماما" }} }}
WHERE {{ GRAPH ?g {{ <{hit}> <{search_index.NORMALIZED_TEXT}> ?t }} }}""")
    assert search_index.in_step(store, search_index._state(store))  # the count alone is fooled
    assert repo.search("الهدوء عاد") == []  # but the store is not
    search_index._state(store).rebuilding.join(timeout=60)
    assert search_index.matching_claims(store, ["الهدوء"], None) == []
    assert [c["id"] for c in repo.search("اخر تماما")] == [hit]


def test_a_missing_index_is_rebuilt_when_the_server_starts(store):
    state = search_index._state(store)
    state.index.rebuild([])  # as if the index were lost
    state.synced = None
    repo = Repository(store)
    expected = _keys(repo.search("تدمر"))  # by SPARQL meanwhile
    assert expected
    repo.warm()  # what `sanad serve` runs at start
    assert state.index.count() == search_index.store_count(store)
    assert search_index.matching_claims(store, ["تدمر"], None) is not None
    assert _keys(repo.search("تدمر")) == expected


def test_sanad_reindex(corpus, tmp_path):
    d = tmp_path / "store"
    shutil.copytree(corpus, d)  # without its index
    proc = sanad("reindex", "--store", str(d), "-q")
    assert "indexed" in proc.stderr and "claim" in proc.stderr
    s = open_store(d)
    try:
        state = search_index._state(s)
        assert state.index.count() == search_index.store_count(s) > 20
        assert search_index.matching_claims(s, ["تدمر"], None)
    finally:
        s.close()
    assert sanad("reindex", "--store", "http://127.0.0.1:9/sparql", check=False).returncode == 2


def _no_count(monkeypatch):
    """Fail on any count of the store's claim texts: the index must know it is in step."""
    def counted(store):
        raise AssertionError("the store's claim texts were counted")

    monkeypatch.setattr(search_index, "store_count", counted)


def test_an_ingest_run_keeps_the_index_in_step_without_a_count(store, tmp_path, monkeypatch):
    """Every write of a run (reference graphs, articles, relations, speakers, counts) is one the
    index follows, so after the run the index is known in step: no count of the store."""
    state = search_index._state(store)
    assert search_index.in_step(store, state)  # a newly opened store: counted once
    before = store.generation
    a = tmp_path / "new.json"
    a.write_text(json.dumps({"url": "https://example.org/new", "text": "قال المرصد السوري إن «الطيران قصف بلدة "
                             "تلبيسة صباح اليوم»."}, ensure_ascii=False), encoding="utf-8")
    _no_count(monkeypatch)
    ingest([str(a)], store, progress=False, parse=False)
    assert store.generation > before + 2  # the run wrote reference graphs, the article, its relations
    assert state.synced == store.generation and search_index.in_step(store, state)
    assert search_index.matching_claims(store, [normalize("تلبيسه")], None)
    # a write the index did not follow (a user's update) still makes it count
    monkeypatch.undo()
    store.update("INSERT DATA { GRAPH <urn:x:other> { <urn:x:a> <urn:x:b> <urn:x:c> } }")
    assert state.synced != store.generation
    assert search_index.in_step(store, state) and state.synced == store.generation  # counted, equal


def test_a_search_while_an_article_is_written_answers_by_sparql_without_a_rebuild(store, tmp_path, monkeypatch):
    """Between the article's write to the store and to the index the store is one article ahead:
    a search then answers from SPARQL, neither counting nor rebuilding the index."""
    state = search_index._state(store)
    assert search_index.in_step(store, state)
    seen = []
    real = state.index.replace_graph

    def search_first(graph, rows):  # a reader's search, landing in between
        seen.append(search_index.matching_claims(store, [normalize("تلبيسه")], None))
        return real(graph, rows)

    monkeypatch.setattr(state.index, "replace_graph", search_first)
    _no_count(monkeypatch)
    a = tmp_path / "new.json"
    a.write_text(json.dumps({"url": "https://example.org/new", "text": "قال المرصد السوري إن «الطيران قصف بلدة "
                             "تلبيسة صباح اليوم»."}, ensure_ascii=False), encoding="utf-8")
    ingest([str(a)], store, progress=False, parse=False)
    assert seen == [None] and state.rebuilding is None
    assert search_index.matching_claims(store, [normalize("تلبيسه")], None)  # the index, in step, answers


class _CappedServer:
    """A SPARQL server that answers at most `cap` rows (Virtuoso's ResultSetMaxRows set low), claim texts in claim
    IRI order after the query's bound."""

    def __init__(self, rows, cap):
        self.rows, self.cap = sorted(rows, key=lambda r: r["claim"]), cap

    def select(self, query):
        import re
        m = re.search(r'STR\(\?claim\) > "([^"]*)"', query)
        after = m.group(1) if m else ""
        return [r for r in self.rows if r["claim"] > after][:self.cap]


def test_a_server_capping_rows_below_a_page_is_read_to_the_end(monkeypatch):
    """A capped page is shorter than PAGE without being the last: reading goes on to an empty page (else the index
    held the first page only and was rebuilt again and again)."""
    rows = [{"g": f"g{n % 2}", "claim": f"c{n:02d}", "text": f"t{n}"} for n in range(11)]
    rows.append({"g": "g9", "claim": "c05", "text": "t5"})  # one claim in two graphs
    monkeypatch.setattr(search_index, "PAGE", 5000)
    got = list(search_index._server_rows(_CappedServer(rows, cap=3)))
    assert sorted(map(str, got)) == sorted(map(str, rows))
