"""The query page's default query and the gallery's example queries (ontology/queries/*.rq) as a fact-checker
runs them: through the real app, on the seed store and on stores that are not the seed."""

from __future__ import annotations

import html
import re
import shutil
import warnings

import pytest

from kg.outlets import OUTLETS

from .conftest import ROOT, sanad, write_article
from .test_reprints import WIRE

QUERIES = ROOT / "ontology" / "queries"


def _client(store):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from api.app import create_app

    return TestClient(create_app(str(store)))


def _rows(client, query: str) -> list[dict[str, str]]:
    r = client.post("/sparql", data={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    return [{k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]]


def _default_query(client, lang: str) -> str:
    page = client.get("/query", params={"lang": lang}).text
    return html.unescape(re.search(r'<textarea id="query" name="query"[^>]*>(.*?)</textarea>', page, re.S).group(1))


@pytest.fixture(scope="module")
def arabic_store(seed_store_dir, tmp_path_factory):
    """The seed with no English label on any source: a store whose sources the registry does not know
    (every source of a SaudiNewsNet corpus but a few) has Arabic labels only."""
    store = tmp_path_factory.mktemp("arabic-labels") / "store"
    shutil.copytree(seed_store_dir, store)
    from kg.store import open_store

    s = open_store(str(store))
    try:
        s.update("""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
DELETE { GRAPH ?g { ?s skos:prefLabel ?l } } WHERE { GRAPH ?g { ?s skos:prefLabel ?l FILTER(lang(?l) = "en") } }""")
    finally:
        s.close()
    return store


def test_the_default_query_finds_the_contradictions_on_any_store(seed_store_dir, arabic_store):
    """/query opened with a query that kept English source labels only: on a store of Arabic-labelled
    sources it found nothing (a corpus-sized SaudiNewsNet store: 0 rows, beside 4 contradictions). It is the
    gallery's contradictions query now, sources named in Arabic where there is an Arabic name."""
    contradictions = (QUERIES / "contradictions.rq").read_text(encoding="utf-8")
    with _client(seed_store_dir) as seed:
        for lang in ("ar", "en"):
            assert _default_query(seed, lang) == contradictions
        rows = _rows(seed, _default_query(seed, "ar"))
        pairs = _rows(seed, "PREFIX sanad: <https://w3id.org/sanad/ns#> SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE "
                            "{ ?r a sanad:ClaimRelation ; sanad:relationKind sanad:Contradiction }")
    assert len(rows) == int(pairs[0]["n"]) >= 3  # every contradiction, once
    assert all(r.get("sourceA") and r.get("sourceB") and r.get("quoteA") and r.get("quoteB") for r in rows)
    names = {r["sourceA"] for r in rows} | {r["sourceB"] for r in rows}
    assert "تنسيقية تدمر" in names and "Palmyra Coordination (local activists)" not in names
    with _client(arabic_store) as arabic:
        english = "SELECT ?s WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?l FILTER(lang(?l) = 'en') } LIMIT 1"
        assert _rows(arabic, english) == []
        assert _rows(arabic, _default_query(arabic, "en")) == rows


@pytest.mark.parametrize("name, column", [("claims-by-date", "source"), ("contradictions-of-source", "otherSource")])
def test_the_examples_keep_the_claims_whose_source_has_no_english_name(seed_store_dir, arabic_store, name, column):
    """Two examples kept a source's English label only: a claim whose source the registry does not know
    dropped out of the answer (on the seed: «قوات النظام السوري تدخل تدمر», by its unnamed outlet)."""
    query = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    with _client(seed_store_dir) as seed:
        rows = _rows(seed, query)
    with _client(arabic_store) as arabic:
        assert _rows(arabic, query) == rows
    assert rows and all(r.get(column) for r in rows)
    assert "الوسيلة الناشرة (غير معروفة)" in {r[column] for r in rows}


def _reprints_values() -> dict[str, tuple[str, str]]:
    text = (QUERIES / "reprints.rq").read_text(encoding="utf-8")
    block = text[text.index("# outlets: begin"):text.index("# outlets: end")]
    return {k: (ar, en) for k, ar, en in re.findall(r'\("([^"]+)" "([^"]+)"@ar "([^"]+)"@en\)', block)}


def test_the_reprints_example_names_outlets_as_kg_outlets_does():
    assert _reprints_values() == OUTLETS


def test_the_reprints_example_names_the_outlets_not_their_keys(tmp_path):
    """SaudiNewsNet articles give their publisher as a key: «aawsat | okaz» was the answer's `printedBy`."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, publisher, date in [("a", "aawsat", "2015-07-21"), ("b", "OKAZ", "2015-07-22"), ("c", "Reuters", "2015-07-22")]:
        write_article(articles, name, WIRE, title=f"عنوان {name}", publisher=publisher, date=date,
                      url=f"https://example.org/{name}")
    sanad("ingest", str(articles), "--store", str(tmp_path / "store"), "--quiet", "--no-parse")
    with _client(tmp_path / "store") as client:
        rows = _rows(client, (QUERIES / "reprints.rq").read_text(encoding="utf-8"))
    assert len(rows) == 1 and rows[0]["prints"] == "3" and rows[0]["outlets"] == "3"
    assert set(rows[0]["printedBy"].split(" | ")) == {"الشرق الأوسط", "عكاظ", "Reuters"}
