"""A query's own dataset clause (FROM / FROM NAMED) on the embedded store: pyoxigraph's union default graph, which
the endpoint uses when no dataset is named, must not override it (a user's `FROM <g>` counted every graph's
triples)."""

from __future__ import annotations

import pyoxigraph as ox

from kg.store import declares_dataset, run_query

G1, G2 = "http://example.org/g1", "http://example.org/g2"


def _store() -> ox.Store:
    store = ox.Store()
    for g, o in ((G1, "one"), (G2, "two")):
        store.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                          ox.Literal(o), ox.NamedNode(g)))
    return store


def _count(store: ox.Store, sparql: str) -> int:
    return int(next(iter(run_query(store, sparql)))["n"].value)


def test_from_names_the_default_graph():
    store = _store()
    assert _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 2  # no dataset: all graphs
    assert _count(store, f"SELECT (COUNT(*) AS ?n) FROM <{G1}> WHERE {{ ?s ?p ?o }}") == 1
    assert _count(store, "SELECT (COUNT(*) AS ?n) FROM <http://nope/> WHERE { ?s ?p ?o }") == 0
    assert _count(store, f"PREFIX ex: <http://example.org/> SELECT (COUNT(*) AS ?n) FROM ex:g2 WHERE {{ ?s ?p ?o }}") == 1


def test_from_named_limits_the_named_graphs():
    store = _store()
    rows = list(run_query(store, f"SELECT ?g FROM NAMED <{G2}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"))
    assert [r["g"].value for r in rows] == [G2]
    # FROM NAMED alone leaves the default graph empty, as SPARQL 1.1 says
    assert _count(store, f"SELECT (COUNT(*) AS ?n) FROM NAMED <{G2}> WHERE {{ ?s ?p ?o }}") == 0


def test_the_word_from_elsewhere_is_no_dataset_clause():
    for q in ('SELECT ?from WHERE { ?from ?p ?o }', 'SELECT * WHERE { ?s ?p "FROM <x>" }',
              'PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:from ?o } # FROM <x>',
              'SELECT * WHERE { <http://example.org/FROM> ?p ?o }'):
        assert not declares_dataset(q), q
    assert len(list(run_query(_store(), "SELECT ?from WHERE { ?from ?p ?o }"))) == 2
    assert declares_dataset("select * from <http://example.org/g1> where { ?s ?p ?o }")
