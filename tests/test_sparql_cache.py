"""SPARQL answers cached per store generation (api.sparql_cache), through the real app on a
real store: a repeated query is not run again, a write gives a fresh answer, formats are never
mixed, a cut result keeps its headers, and the rate limit still answers 429 first."""

from __future__ import annotations

import asyncio
import warnings

import pytest

from api.limits import RateLimiter
from api.sparql_cache import QueryKey, SparqlCache
from kg.store import QueryResult

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "cache-test-token"
GRAPH = "https://example.org/cache-test"
COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"
ROWS = f"SELECT ?s WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }} ORDER BY ?s"
JSON = {"Accept": "application/sparql-results+json"}


class Clock:
    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The app on a store holding three triples, with the store's query runs counted."""
    from api.app import create_app

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SANAD_WRITE_TOKEN", TOKEN)
        mp.delenv("SANAD_SPARQL_CACHE_MB", raising=False)
        app = create_app(str(tmp_path_factory.mktemp("sparql-cache") / "store"))
        with TestClient(app) as client:
            # the start-up warmer recomputes the counts of this new store (a write): let it end first,
            # or its write can land between two requests of a test and turn a hit into a miss
            app.state.warming.join()
            insert(client, 3)
            store = app.state.store
            runs = []
            real_query = store.query

            def counted_query(sparql, *args, **kwargs):
                runs.append(sparql)
                return real_query(sparql, *args, **kwargs)

            store.query = counted_query
            yield app, client, runs


def insert(client: TestClient, n: int, start: int = 0) -> None:
    triples = " ".join(f"<https://example.org/s{i}> <https://example.org/p> {i} ." for i in range(start, start + n))
    r = client.post("/sparql", data={"update": f"INSERT DATA {{ GRAPH <{GRAPH}> {{ {triples} }} }}"},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 204, r.text


def count(response) -> int:
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_the_same_query_twice_is_run_once(site):
    app, client, runs = site
    query = COUNT + " # twice"
    first = client.get("/sparql", params={"query": query}, headers=JSON)
    second = client.get("/sparql", params={"query": query}, headers=JSON)
    assert first.status_code == second.status_code == 200
    assert first.headers["X-Sanad-Cache"] == "miss" and second.headers["X-Sanad-Cache"] == "hit"
    assert runs.count(query) == 1
    assert second.content == first.content and second.headers["content-type"] == first.headers["content-type"]
    assert second.headers["Access-Control-Allow-Origin"] == "*"
    # a page on another origin (an embedding newsroom tool) may read whether it was a hit
    assert "X-Sanad-Cache" in second.headers["Access-Control-Expose-Headers"].split(", ")


def test_equivalent_requests_share_an_entry_but_formats_never_mix(site):
    app, client, runs = site
    query = COUNT + " # formats"
    as_json = client.get("/sparql", params={"query": query, "format": "json"})
    by_accept = client.get("/sparql", params={"query": query}, headers=JSON)
    by_form = client.post("/sparql", data={"query": query}, headers=JSON)
    by_body = client.post("/sparql", content=query.encode(),
                          headers={"Content-Type": "application/sparql-query", **JSON})
    assert [r.headers["X-Sanad-Cache"] for r in (as_json, by_accept, by_form, by_body)] == ["miss", "hit", "hit", "hit"]
    assert as_json.content == by_accept.content == by_form.content == by_body.content
    assert runs.count(query) == 1

    as_csv = client.get("/sparql", params={"query": query}, headers={"Accept": "text/csv"})
    assert as_csv.headers["X-Sanad-Cache"] == "miss" and as_csv.headers["content-type"].startswith("text/csv")
    assert as_csv.text.splitlines() == ["n", "3"]
    as_tsv = client.get("/sparql", params={"query": query, "format": "tsv"})
    assert as_tsv.headers["content-type"].startswith("text/tab-separated-values") and as_tsv.text.startswith("?n")
    again_json = client.get("/sparql", params={"query": query}, headers=JSON)
    assert again_json.headers["X-Sanad-Cache"] == "hit" and again_json.json() == as_json.json()
    assert runs.count(query) == 3  # json, csv, tsv: one run each

    graph = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }} # formats"
    turtle = client.get("/sparql", params={"query": graph}, headers={"Accept": "text/turtle"})
    ntriples = client.get("/sparql", params={"query": graph}, headers={"Accept": "application/n-triples"})
    assert [r.headers["X-Sanad-Cache"] for r in (turtle, ntriples)] == ["miss", "miss"]
    assert turtle.headers["content-type"].startswith("text/turtle") and "@prefix" not in ntriples.text
    assert ntriples.headers["content-type"].startswith("application/n-triples")
    assert ntriples.text.count("<https://example.org/p>") == 3
    # the HTML view is drawn from the JSON result: the same entry
    page = client.get("/sparql", params={"query": query, "format": "html"})
    assert page.headers["X-Sanad-Cache"] == "hit" and page.headers["content-type"].startswith("text/html")


def test_a_write_gives_a_fresh_answer_and_updates_are_never_cached(site):
    app, client, runs = site
    query = COUNT + " # write"
    before = client.get("/sparql", params={"query": query}, headers=JSON)
    assert client.get("/sparql", params={"query": query}, headers=JSON).headers["X-Sanad-Cache"] == "hit"
    generation = app.state.store.generation
    insert(client, 1, start=100)
    assert app.state.store.generation > generation
    after = client.get("/sparql", params={"query": query}, headers=JSON)
    assert after.headers["X-Sanad-Cache"] == "miss" and count(after) == count(before) + 1
    # the same update text twice is run twice (the second DELETE finds nothing left)
    delete = f"DELETE DATA {{ GRAPH <{GRAPH}> {{ <https://example.org/s100> <https://example.org/p> 100 }} }}"
    for _ in range(2):
        r = client.post("/sparql", data={"update": delete}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 204 and "X-Sanad-Cache" not in r.headers
    final = client.get("/sparql", params={"query": query}, headers=JSON)
    assert final.headers["X-Sanad-Cache"] == "miss" and count(final) == count(before)


def test_a_cut_result_keeps_its_headers_from_the_cache(site, monkeypatch):
    app, client, runs = site
    monkeypatch.setenv("SANAD_RESULT_LIMIT", "2")
    answers = [client.get("/sparql", params={"query": ROWS}, headers=JSON) for _ in range(2)]
    assert [r.headers["X-Sanad-Cache"] for r in answers] == ["miss", "hit"]
    for r in answers:
        assert r.headers["X-Sanad-Truncated"] == "true" and r.headers["X-Sanad-Result-Limit"] == "2"
        assert len(r.json()["results"]["bindings"]) == 2
        assert r.json()["head"]["link"][0].endswith("/sparql#result-limit")
    # a higher limit is another answer, not the cut one
    monkeypatch.setenv("SANAD_RESULT_LIMIT", "100")
    whole = client.get("/sparql", params={"query": ROWS}, headers=JSON)
    assert whole.headers["X-Sanad-Cache"] == "miss" and whole.headers["X-Sanad-Truncated"] == "false"
    assert len(whole.json()["results"]["bindings"]) == 3


def test_errors_are_not_cached(site):
    app, client, runs = site
    for _ in range(2):
        r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"}, headers=JSON)
        assert r.status_code == 400 and "X-Sanad-Cache" not in r.headers
    assert runs.count("SELECT * WHERE { ?s ?p }") == 2


def test_the_rate_limit_still_answers_429_for_a_cached_query(site, monkeypatch):
    app, client, runs = site
    monkeypatch.setenv("SANAD_RATE_LIMIT_PER_MINUTE", "6")
    monkeypatch.setenv("SANAD_RATE_LIMIT_BURST", "2")
    app.state.rate_limiter = RateLimiter.from_env(Clock())
    try:
        query = COUNT + " # limited"
        assert client.get("/sparql", params={"query": query}, headers=JSON).status_code == 200  # loopback: cached now
        remote = TestClient(app, client=("198.51.100.9", 40000))
        answers = [remote.get("/sparql", params={"query": query}, headers=JSON) for _ in range(3)]
        assert [r.status_code for r in answers] == [200, 200, 429]
        assert answers[0].headers["X-Sanad-Cache"] == "hit" and answers[2].headers["Retry-After"] == "10"
        assert runs.count(query) == 1
    finally:
        app.state.rate_limiter = RateLimiter.from_env()


# -- the cache itself: remote stores, waiting on a running query, the byte bound, configuration

class RemoteStore:
    """A store other processes may write: no generation bump tells this one."""

    sole_writer = False
    generation = 0


def result(body: bytes = b'{"head":{"vars":[]},"results":{"bindings":[]}}') -> QueryResult:
    return QueryResult("solutions", body, "application/sparql-results+json")


def key(query: str = "SELECT * {}") -> QueryKey:
    return QueryKey.of(query, "json", "turtle", [], [], "http://testserver/sparql", 10_000)


def test_a_remote_store_keeps_an_answer_at_most_30_seconds():
    clock = Clock()
    cache = SparqlCache(1 << 20, clock=clock)
    runs = []

    async def run():
        runs.append(1)
        return result()

    async def ask():
        return (await cache.answer(key(), RemoteStore(), run))[1]

    assert asyncio.run(ask()) is False
    clock.now += 29
    assert asyncio.run(ask()) is True
    clock.now += 2
    assert asyncio.run(ask()) is False and len(runs) == 2


def test_identical_queries_arriving_together_run_once():
    cache = SparqlCache(1 << 20)
    runs = []

    async def main():
        release = asyncio.Event()

        async def run():
            runs.append(1)
            await release.wait()
            return result()

        waiting = [asyncio.ensure_future(cache.answer(key(), RemoteStore(), run)) for _ in range(5)]
        await asyncio.sleep(0)
        release.set()
        return await asyncio.gather(*waiting)

    answers = asyncio.run(main())
    assert len(runs) == 1 and len({id(r) for r, _ in answers}) == 1


def test_the_cache_is_bounded_in_bytes():
    cache = SparqlCache(64 * 1024)

    async def fill():
        for i in range(100):
            async def run(i=i):
                return result(b"x" * 4000 + str(i).encode())
            await cache.answer(key(f"SELECT * {{}} # {i}"), RemoteStore(), run)

    asyncio.run(fill())
    assert cache.entries.size <= 64 * 1024 and 0 < len(cache.entries) < 100 and cache.entries.evictions > 0


def test_configured_from_the_environment(monkeypatch):
    monkeypatch.setenv("SANAD_SPARQL_CACHE_MB", "0")
    assert SparqlCache.from_env() is None
    monkeypatch.setenv("SANAD_SPARQL_CACHE_MB", "2")
    assert SparqlCache.from_env().entries.max_bytes == 2 * 1024 * 1024
    monkeypatch.setenv("SANAD_SPARQL_CACHE_MB", "lots")
    with pytest.raises(ValueError, match="SANAD_SPARQL_CACHE_MB"):
        SparqlCache.from_env()
