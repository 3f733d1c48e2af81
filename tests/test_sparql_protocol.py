"""Writes (SPARQL Update, Graph Store Protocol) behind a bearer token; VoID; CORS."""

from __future__ import annotations

import httpx
import pytest

from .conftest import SEEDS, Server, sanad

TOKEN = "s3cret-token-for-tests"
G = "http://example.org/graph/test"


@pytest.fixture(scope="module")
def writable(tmp_path_factory):
    store = tmp_path_factory.mktemp("writable") / "store"
    sanad("ingest", str(SEEDS), "--store", str(store), "--quiet")
    srv = Server(store, env={"SANAD_WRITE_TOKEN": TOKEN})
    with httpx.Client(base_url=srv.url, timeout=30) as c:
        yield c
    srv.stop()


def _ask(c, q):
    return c.get("/sparql", params={"query": q, "format": "json"}).json()["boolean"]


def test_update_needs_the_token(writable):
    upd = f"INSERT DATA {{ GRAPH <{G}> {{ <http://example.org/a> <http://example.org/p> \"x\" }} }}"
    assert writable.post("/sparql", data={"update": upd}).status_code == 401
    assert writable.post("/sparql", data={"update": upd}, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert not _ask(writable, f"ASK {{ GRAPH <{G}> {{ ?s ?p ?o }} }}")
    r = writable.post("/sparql", content=upd.encode(), headers={"Authorization": f"Bearer {TOKEN}",
                                                               "Content-Type": "application/sparql-update"})
    assert r.status_code == 204
    assert _ask(writable, f"ASK {{ GRAPH <{G}> {{ ?s ?p \"x\" }} }}")


def test_update_refuses_load_and_reports_syntax(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = writable.post("/sparql", data={"update": "LOAD <http://127.0.0.1:1/data.ttl>"}, headers=auth)
    assert r.status_code == 400 and "LOAD" in r.text
    r = writable.post("/sparql", data={"update": "INSERT DATA { oops"}, headers=auth)
    assert r.status_code == 400 and "syntax" in r.text.lower()


def test_graph_store_protocol(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    g = "http://example.org/graph/gsp"
    ttl = '<http://example.org/s> <http://example.org/p> "قال"@ar .'
    assert writable.put("/graph-store", params={"graph": g}, content=ttl,
                        headers={"Content-Type": "text/turtle"}).status_code == 401
    assert writable.put("/graph-store", params={"graph": g}, content=ttl,
                        headers={"Content-Type": "text/turtle", **auth}).status_code == 204
    got = writable.get("/graph-store", params={"graph": g}, headers={"Accept": "application/n-triples"})
    assert got.status_code == 200 and "قال" in got.text
    assert writable.post("/graph-store", params={"graph": g}, content='<http://example.org/s> <http://example.org/q> "2" .',
                         headers={"Content-Type": "application/n-triples", **auth}).status_code == 204
    assert _ask(writable, f'ASK {{ GRAPH <{g}> {{ ?s <http://example.org/q> "2" }} }}')
    bad = writable.put("/graph-store", params={"graph": g}, content="<not turtle",
                       headers={"Content-Type": "text/turtle", **auth})
    assert bad.status_code == 400
    assert _ask(writable, f"ASK {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")  # a bad PUT loses nothing
    assert writable.delete("/graph-store", params={"graph": g}, headers=auth).status_code == 204
    assert writable.get("/graph-store", params={"graph": g}).status_code == 404


def test_writes_disabled_without_a_configured_token(server):
    r = httpx.post(server.url + "/sparql", data={"update": "CLEAR ALL"}, headers={"Authorization": "Bearer x"})
    assert r.status_code == 403 and "disabled" in r.text
    r = httpx.delete(server.url + "/graph-store", params={"graph": G})
    assert r.status_code == 403
    assert httpx.get(server.url + "/api/stats").json()["claims"] > 0


def test_void_and_service_description(writable):
    v = writable.get("/.well-known/void")
    assert v.status_code == 200 and "void:triples" in v.text
    from rdflib import Graph

    g = Graph().parse(data=v.text, format="turtle")
    counts = [int(o) for o in g.objects(None, g.namespace_manager.expand_curie("void:triples"))]
    assert max(counts) > 500 and len(counts) >= 5
    sd = writable.get("/sparql", headers={"Accept": "text/turtle"}).text
    Graph().parse(data=sd, format="turtle")


def test_cors_preflight(writable):
    r = writable.options("/sparql", headers={"Origin": "http://elsewhere.example", "Access-Control-Request-Method": "POST"})
    assert r.status_code == 204 and r.headers["access-control-allow-origin"] == "*"
