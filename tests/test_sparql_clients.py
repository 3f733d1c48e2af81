"""Real SPARQL clients against a running server: SPARQLWrapper, rdflib's SPARQLStore, Jena-style
Accept headers, YASGUI's form posts, plain HTTP."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
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


# --- what clients send for each format (bug: SPARQLWrapper's TSV got 406) ------------------

CONSTRUCT = "CONSTRUCT { ?c a <http://schema.org/Claim> } WHERE { ?c a <http://schema.org/Claim> } LIMIT 3"
CLAIM = "http://schema.org/Claim"


def _get(server, params, accept: str | None = None, method: str = "GET"):
    """(status, content type, body) of a raw request; `params` a list of pairs (repeats kept)."""
    data = urllib.parse.urlencode(params).encode()
    if method == "GET":
        req = urllib.request.Request(server.url + "/sparql?" + data.decode())
    else:  # a form POST, as YASGUI and SPARQLWrapper's POST send
        req = urllib.request.Request(server.url + "/sparql", data=data, method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    if accept is not None:
        req.add_header("Accept", accept)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers["Content-Type"], e.read()


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fmt", ["JSON", "XML", "CSV", "TSV"])
def test_sparqlwrapper_select_every_return_format(server, fmt, method):
    SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
    sw = SPARQLWrapper.SPARQLWrapper(server.url + "/sparql")
    sw.setQuery(Q)
    sw.setMethod(getattr(SPARQLWrapper, method))
    sw.setReturnFormat(getattr(SPARQLWrapper, fmt))
    res = sw.query()
    media = {"JSON": "application/sparql-results+json", "XML": "application/sparql-results+xml",
             "CSV": "text/csv", "TSV": "text/tab-separated-values"}[fmt]
    assert res.info()["content-type"].startswith(media)
    out = res.convert()
    if fmt == "JSON":
        quotes = {r["quote"]["value"] for r in out["results"]["bindings"]}
    elif fmt == "XML":
        quotes = {b.firstChild.firstChild.data for b in out.getElementsByTagName("binding")}
    else:
        text = out.decode("utf-8") if isinstance(out, bytes) else out
        rows = list(csv.reader(io.StringIO(text), delimiter="," if fmt == "CSV" else "\t"))
        assert rows[0] == (["quote"] if fmt == "CSV" else ["?quote"])
        quotes = {r[0] if fmt == "CSV" else _tsv_literal(r[0]) for r in rows[1:] if r}
    assert DENIAL in quotes


def _tsv_literal(cell: str) -> str:
    """A TSV cell (a Turtle term) → its lexical form."""
    from rdflib.util import from_n3

    return str(from_n3(cell))


@pytest.mark.parametrize("fmt,media", [
    ("TURTLE", "text/turtle"), ("N3", "text/turtle"), ("XML", "application/rdf+xml"),
    ("RDFXML", "application/rdf+xml"), ("JSONLD", "application/ld+json"), ("JSON", "application/ld+json"),
])
def test_sparqlwrapper_construct_every_return_format(server, fmt, media):
    SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDF

    sw = SPARQLWrapper.SPARQLWrapper(server.url + "/sparql")
    sw.setQuery(CONSTRUCT)
    sw.setReturnFormat(getattr(SPARQLWrapper, fmt))
    res = sw.query()
    assert res.info()["content-type"].startswith(media)
    out = res.convert()
    g = out if isinstance(out, Graph) else Graph().parse(data=out, format="turtle")
    assert len(set(g.subjects(RDF.type, URIRef(CLAIM)))) == 3


def test_sparqlwrapper_tsv_exact_parameters(server):
    """The bug report's request, byte for byte: format and output repeated, a media type as a
    format value, and SPARQLWrapper's results= too."""
    query = urllib.parse.quote_plus(Q, safe="/")
    url = (server.url + "/sparql?query=" + query + "&format=tsv&format=text/tab-separated-values"
           "&output=tsv&output=text/tab-separated-values&results=tsv&results=text/tab-separated-values")
    req = urllib.request.Request(url, headers={"Accept": "text/tab-separated-values"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        assert resp.status == 200
        assert resp.headers["Content-Type"].startswith("text/tab-separated-values")
        body = resp.read().decode("utf-8")
    assert body.splitlines()[0] == "?quote" and any(DENIAL in line for line in body.splitlines()[1:])
    # without the Accept header too: the parameters alone decide
    status, ctype, _ = _get(server, [("query", Q), ("format", "tsv"), ("format", "text/tab-separated-values"),
                                     ("output", "tsv"), ("output", "text/tab-separated-values")])
    assert status == 200 and ctype.startswith("text/tab-separated-values")


@pytest.mark.parametrize("params,media", [
    ([("format", "text/csv")], "text/csv"),  # a media type as the value
    ([("format", "application/sparql-results+xml")], "application/sparql-results+xml"),
    ([("format", "application/sparql-results+json; charset=utf-8")], "application/sparql-results+json"),
    ([("format", "yaml"), ("format", "csv")], "text/csv"),  # an unknown value beside a known one
    ([("format", ""), ("output", "xml")], "application/sparql-results+xml"),
    ([("format", "csv"), ("format", "json")], "text/csv"),  # conflicting: the first wins
    ([("output", "json")], "application/sparql-results+json"),  # YASGUI / sparqler style
    ([("results", "tsv")], "text/tab-separated-values"),
])
def test_format_parameters(server, params, media):
    status, ctype, body = _get(server, [("query", Q), *params], accept="*/*")
    assert status == 200, body
    assert ctype.startswith(media)


def test_unknown_or_unsuitable_formats_still_406(server):
    status, _, body = _get(server, [("query", Q), ("format", "yaml"), ("output", "application/x-yaml")])
    assert status == 406 and b"unknown format" in body
    status, _, body = _get(server, [("query", Q), ("format", "turtle")])  # SELECT as Turtle
    assert status == 406
    status, _, _ = _get(server, [("query", CONSTRUCT), ("format", "tsv"), ("format", "text/tab-separated-values")])
    assert status == 406  # a graph as TSV


JENA_SELECT = ("application/sparql-results+json;q=1.0, application/sparql-results+xml;q=0.9, "
               "text/tab-separated-values;q=0.7, text/csv;q=0.5, application/json;q=0.2, application/xml;q=0.2, "
               "*/*;q=0.1")
JENA_GRAPH = ("text/turtle,application/n-triples;q=0.9,application/rdf+xml;q=0.7,application/trig,"
              "application/n-quads;q=0.9,application/ld+json;q=0.8,*/*;q=0.5")


@pytest.mark.parametrize("accept,query,media", [
    (JENA_SELECT, Q, "application/sparql-results+json"),
    (JENA_SELECT, "ASK { ?s ?p ?o }", "application/sparql-results+json"),
    (JENA_SELECT, CONSTRUCT, "text/turtle"),  # */*: the server's choice
    (JENA_GRAPH, CONSTRUCT, "text/turtle"),
    ("application/sparql-results+xml; q=0.9, application/sparql-results+json; q = 0.3", Q,
     "application/sparql-results+xml"),
    ("text/turtle;q=0.2, application/n-triples;Q=0.8", CONSTRUCT, "application/n-triples"),
    ("application/sparql-results+json;q=0, */*;q=0.5", Q, "application/sparql-results+xml"),  # refused: not the default
])
def test_jena_style_accept_headers(server, accept, query, media):
    status, ctype, body = _get(server, [("query", query)], accept=accept)
    assert status == 200, body
    assert ctype.startswith(media)


def test_jena_accept_through_rdflib_results_parser(server):
    """A Jena-style header's answer parses as what it says it is."""
    from rdflib.query import Result

    status, ctype, body = _get(server, [("query", Q)], accept=JENA_SELECT)
    res = Result.parse(io.BytesIO(body), content_type=ctype.split(";")[0])
    assert DENIAL in {str(r[0]) for r in res}


def test_rdflib_sparqlstore_construct_and_formats(server):
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDF
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    for fmt in ("xml", "json", "csv", "tsv"):
        g = Graph(store=SPARQLStore(server.url + "/sparql", returnFormat=fmt))
        assert DENIAL in {str(r.quote) for r in g.query(Q)}, fmt
    g = Graph(store=SPARQLStore(server.url + "/sparql"))
    result = g.query(CONSTRUCT)
    assert len(set(result.graph.subjects(RDF.type, URIRef(CLAIM)))) == 3


YASGUI_SELECT = "application/sparql-results+json,*/*;q=0.9"
YASGUI_GRAPH = "application/n-triples,*/*;q=0.9"


@pytest.mark.parametrize("query,accept,extra,media", [
    (Q, YASGUI_SELECT, [], "application/sparql-results+json"),
    (CONSTRUCT, YASGUI_GRAPH, [], "application/n-triples"),
    (CONSTRUCT, "text/turtle", [], "text/turtle"),
    (Q, YASGUI_SELECT, [("output", "csv")], "text/csv"),  # args added in YASGUI's request config
    (Q, YASGUI_SELECT, [("format", "tsv")], "text/tab-separated-values"),
    (CONSTRUCT, YASGUI_GRAPH, [("output", "json")], "application/ld+json"),
])
def test_yasgui_form_posts(server, query, accept, extra, media):
    status, ctype, body = _get(server, [("query", query), *extra], accept=accept, method="POST")
    assert status == 200, body
    assert ctype.startswith(media)
    if media == "application/sparql-results+json":
        assert DENIAL in {r["quote"]["value"] for r in json.loads(body)["results"]["bindings"]}


def test_yasgui_get_with_output_parameter(server):
    status, ctype, body = _get(server, [("query", Q), ("output", "json")], accept=YASGUI_SELECT)
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    # a form field and a URL parameter: the form's wins, as before
    req = urllib.request.Request(server.url + "/sparql?format=csv", method="POST",
                                 data=urllib.parse.urlencode({"query": Q, "format": "xml"}).encode(),
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        assert resp.headers["Content-Type"].startswith("application/sparql-results+xml")
