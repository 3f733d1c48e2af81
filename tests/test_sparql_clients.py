"""Real SPARQL clients against a running server: SPARQLWrapper, rdflib's SPARQLStore, plain HTTP."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pytest

DENIAL = "لا صحة لدخول قوات النظام للمدينة"
Q = """PREFIX sanad: <https://w3id.org/sanad/ns#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX schema: <http://schema.org/>
SELECT ?quote WHERE { ?a sanad:contradicts ?b . ?b schema:appearance/oa:hasSelector/oa:exact ?quote }"""


def test_sparqlwrapper(server):
    SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
    for method in (SPARQLWrapper.GET, SPARQLWrapper.POST):
        sw = SPARQLWrapper.SPARQLWrapper(server.url + "/sparql")
        sw.setQuery(Q)
        sw.setMethod(method)
        sw.setReturnFormat(SPARQLWrapper.JSON)
        rows = sw.query().convert()["results"]["bindings"]
        assert DENIAL in {r["quote"]["value"] for r in rows}
    sw = SPARQLWrapper.SPARQLWrapper(server.url + "/sparql")
    sw.setQuery("CONSTRUCT { ?c a <http://schema.org/Claim> } WHERE { ?c a <http://schema.org/Claim> } LIMIT 3")
    sw.setReturnFormat(SPARQLWrapper.TURTLE)
    assert b"schema.org/Claim" in sw.query().convert()


def test_rdflib_sparqlstore(server):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = Graph(store=SPARQLStore(server.url + "/sparql"))
    quotes = {str(r.quote) for r in g.query(Q)}
    assert DENIAL in quotes
    assert g.query("ASK { ?s a <http://schema.org/Claim> }").askAnswer is True


def test_plain_http(server):
    url = server.url + "/sparql?" + urllib.parse.urlencode({"query": Q})
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req) as resp:
        assert resp.headers["Content-Type"].startswith("application/sparql-results+json")
        rows = json.load(resp)["results"]["bindings"]
    assert DENIAL in {r["quote"]["value"] for r in rows}
