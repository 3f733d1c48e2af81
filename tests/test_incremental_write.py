"""kg.incremental._write: the relations graph's difference in one update, with one DELETE DATA
and one INSERT DATA however many relations changed."""

from __future__ import annotations

from rdflib import Graph

from kg import incremental
from kg.model import BASE, RELATIONS_GRAPH
from kg.rdf import SANAD
from kg.store import open_store


class _NoneStored:
    """What _write reads of the stored graph when nothing is dropped."""

    kind: dict = {}
    claims: dict = {}


def _independence(store) -> dict[str, bool]:
    return {r["n"]: r["v"] for r in store.select(  # booleans, as kg.store reads them
        f"SELECT ?n ?v WHERE {{ GRAPH <{RELATIONS_GRAPH}> {{ ?n <{SANAD.independent}> ?v }} }}")}


def test_flipped_independence_is_one_delete_and_one_insert_whatever_the_count(tmp_path):
    store = open_store(tmp_path / "s")
    nodes = [f"{BASE}relation/r{i}" for i in range(6)]
    before = {n: i % 2 == 0 for i, n in enumerate(nodes)}
    triples = "\n".join(f"<{n}> <{SANAD.independent}> {str(v).lower()} ." for n, v in before.items())
    store.write_update(f"INSERT DATA {{ GRAPH <{RELATIONS_GRAPH}> {{ {triples} }} }}")
    assert _independence(store) == before
    updates = []
    real = store.write_update
    store.write_update = lambda sparql: (updates.append(sparql), real(sparql))[1]
    flipped = {n: not before[n] for n in nodes[:5]}  # five of the six change, the last one stays
    incremental._write(store, set(), _NoneStored(), Graph(), set(), set(), set(), set(), set(), flipped, Graph())
    assert len(updates) == 1
    assert updates[0].count("DELETE DATA") == 1 and updates[0].count("INSERT DATA") == 2  # the relations, the speakers
    assert _independence(store) == {**before, **flipped}
    store.close()


def test_stored_independence_is_read_as_stored(tmp_path):
    """kg.store gives xsd:boolean literals as Python booleans: an independent relation read back
    must be independent, or every run would 'flip' (and rewrite) every independent relation."""
    store = open_store(tmp_path / "s")
    a, b = f"{BASE}relation/a", f"{BASE}relation/b"
    store.write_update(f"""INSERT DATA {{ GRAPH <{RELATIONS_GRAPH}> {{
        <{a}> a <{SANAD.ClaimRelation}> ; <{SANAD.independent}> true .
        <{b}> a <{SANAD.ClaimRelation}> ; <{SANAD.independent}> false . }} }}""")
    assert incremental._Stored(store).independent == {a: True, b: False}
    store.close()
