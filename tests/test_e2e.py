"""The real app over real HTTP (uvicorn started by `sanad serve`)."""

from __future__ import annotations

import csv
import io
import json
import re

import httpx
import pytest

DENIAL = "لا صحة لدخول قوات النظام للمدينة"
ENTERED = "دخول قوات النظام إلى مدينة تدمر"


@pytest.fixture(scope="module")
def http(server):
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def _contradiction(http):
    rels = http.get("/api/relations", params={"kind": "contradicts"}).json()["items"]
    return next(r for r in rels if r["a"]["source"]["key"] == "syrian-state-media"
                and r["b"]["source"]["key"] == "palmyra-coordination")


def test_home_shows_the_contradiction_side_by_side(http):
    r = http.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert DENIAL in html and ENTERED in html
    assert "Syrian official media" in html and "Palmyra Coordination" in html
    assert 'lang="ar" dir="rtl"' in html
    assert re.search(r"contradicts", html)


def test_claim_source_article_pages(http):
    rel = _contradiction(http)
    a, b = rel["a"], rel["b"]
    page = http.get(f"/claims/{b['key']}")
    assert page.status_code == 200
    assert f"<mark>{DENIAL}</mark>" in page.text  # the quote highlighted in its context
    assert a["quote"] in page.text  # the contradicting claim is shown
    assert 'type="application/ld+json"' in page.text
    src = http.get("/sources/palmyra-coordination")
    assert src.status_code == 200 and "تنسيقية تدمر" in src.text and "local activist network" in src.text
    art = http.get(f"/articles/{a['article_key']}")
    assert art.status_code == 200 and f'id="claim-{a["key"]}"' in art.text
    assert http.get("/claims/000000000000").status_code == 404
    assert http.get("/claims/bad key!").status_code == 404


def test_search_matches_unnormalized_spelling(http):
    # "اعلنت" without hamza finds "أعلنت"
    r = http.get("/search", params={"q": "اعلنت"})
    assert r.status_code == 200 and ENTERED in r.text
    api = http.get("/api/search", params={"q": "لا صحه"}).json()
    assert any(c["quote"] == DENIAL for c in api["items"])


def test_json_api_claim_contract(http):
    rel = _contradiction(http)
    c = http.get(f"/api/claims/{rel['b']['key']}").json()
    for field in ("id", "text", "quote", "start", "end", "sentence", "source", "cue", "polarity", "article", "key"):
        assert field in c
    assert c["id"].endswith(c["key"]) and c["polarity"] == "denied" and c["cue"] == "لا صحة"
    assert any(x["relation"] == "contradicts" for x in c["related"])
    assert http.get("/api/claims/nope").status_code == 404


SELECT = "SELECT ?q WHERE { ?c <http://schema.org/appearance>/<http://www.w3.org/ns/oa#hasSelector>/<http://www.w3.org/ns/oa#exact> ?q }"


def test_sparql_get_json(http):
    r = http.get("/sparql", params={"query": SELECT}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/sparql-results+json")
    quotes = {b["q"]["value"] for b in r.json()["results"]["bindings"]}
    assert DENIAL in quotes
    assert r.headers["access-control-allow-origin"] == "*"


def test_sparql_post_form_csv_and_direct_body(http):
    r = http.post("/sparql", data={"query": SELECT}, headers={"Accept": "text/csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["q"] and [DENIAL] in rows
    r = http.post("/sparql", content=SELECT.encode(), headers={"Content-Type": "application/sparql-query",
                                                                "Accept": "application/sparql-results+xml"})
    assert r.status_code == 200 and "<sparql" in r.text
    r = http.get("/sparql", params={"query": "ASK { ?s a <http://schema.org/Claim> }", "format": "json"})
    assert r.json()["boolean"] is True


def test_sparql_construct_and_conneg(http):
    q = "CONSTRUCT { ?c a <http://schema.org/Claim> } WHERE { ?c a <http://schema.org/Claim> }"
    r = http.get("/sparql", params={"query": q}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    r = http.get("/sparql", params={"query": q}, headers={"Accept": "application/ld+json"})
    assert r.status_code == 200 and json.loads(r.text)
    # a SELECT cannot be served as Turtle
    assert http.get("/sparql", params={"query": SELECT}, headers={"Accept": "text/turtle"}).status_code == 406
    assert http.get("/sparql", params={"query": SELECT, "format": "yaml"}).status_code == 406


def test_sparql_errors_and_refusals(http):
    r = http.get("/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert r.status_code == 400 and "syntax error" in r.text.lower()
    r = http.get("/sparql", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"})
    assert r.status_code == 400 and "SERVICE" in r.text
    r = http.post("/sparql", data={"query": "INSERT DATA { <a:b> <a:c> <a:d> }"})
    assert r.status_code == 400  # updates are not queries; nothing is written
    assert http.get("/sparql", params={"query": "ASK { <a:b> <a:c> <a:d> }", "format": "json"}).json()["boolean"] is False


def test_sparql_without_query(http):
    sd = http.get("/sparql", headers={"Accept": "text/turtle"})
    assert sd.status_code == 200 and "sd:Service" in sd.text
    page = http.get("/sparql", headers={"Accept": "text/html"}, follow_redirects=True)
    assert page.status_code == 200 and "<textarea" in page.text and str(page.url).endswith("/query")
    ex = http.get("/query", params={"example": "contradictions"})
    assert ex.status_code == 200 and "sanad:contradicts" in ex.text and 'data-autorun="true"' in ex.text
    assert "/static/vendor/yasgui/yasgui.min.js" in ex.text
    assert http.get("/static/vendor/yasgui/yasgui.min.js").status_code == 200
    res = http.post("/sparql", data={"query": SELECT, "format": "html"})
    assert res.status_code == 200 and DENIAL in res.text


def test_openapi_docs_served_without_cdn(http):
    assert "/api/claims/{key}" in http.get("/openapi.json").json()["paths"]
    docs = http.get("/docs")
    assert docs.status_code == 200
    assert "cdn" not in docs.text.lower() and "unpkg" not in docs.text.lower()
    for src in re.findall(r'(?:src|href)="([^"]+)"', docs.text):
        assert src.startswith("/"), src
        assert http.get(src).status_code == 200


def test_no_page_loads_anything_from_elsewhere(http):
    for path in ["/", "/sources", "/articles", "/search?q=x", "/query"]:
        html = http.get(path, headers={"Accept": "text/html"}).text
        for ref in re.findall(r'(?:src|href)="([^"]+)"', html):
            assert ref.startswith(("/", "?", "#", "data:")), (path, ref)


def test_hostile_text_is_escaped_everywhere(http):
    hits = http.get("/api/search", params={"q": "onerror"}).json()["items"]
    assert hits, "the hostile claim was ingested"
    c = hits[0]
    for path in (f"/claims/{c['key']}", f"/articles/{c['article_key']}", "/search?q=onerror", "/"):
        html = http.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html, path
        assert "&lt;script&gt;" in html or "\\u003cscript" in html or path == "/"
    page = http.get(f"/claims/{c['key']}").text
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert "</script" not in ld.lower() and json.loads(ld)["@type"] == "Claim"


def test_security_headers(http):
    r = http.get("/")
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"
