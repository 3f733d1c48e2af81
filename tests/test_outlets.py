"""Outlets named as they write themselves (issue 14, "Display"): a SaudiNewsNet `source` key like
"aawsat" is the article's publisher and its outlet's key, never its name on a page, card, JSON or CSV;
an article with no publisher has an outlet named in Arabic too (kg/outlets.py)."""

from __future__ import annotations

import csv
import io
import json
import warnings

import pytest
from rdflib import Graph, Literal, Namespace, URIRef

from kg.attribution import AttributionExtractor
from kg.model import Article
from kg.outlets import OUTLETS, outlet_labels
from kg.rdf import article_graph
from kg.sources import outlet_ref

from .conftest import sanad, write_article

SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
TEXT = ("قتل 27 شخصا في انفجار سيارة مفخخة في مدينة الحسكة السورية أمس. "
        "وقال المرصد السوري إن العدد سيرتفع.")


def outlet_labels_of(publisher):
    ex = AttributionExtractor()
    ext = ex.extract(Article(text=TEXT, url=f"https://example.org/{publisher}", date="2015-07-21", title="t",
                             publisher=publisher))
    own = [c for c in ext.claims if c.source.type == "outlet-own"]
    assert own
    g = article_graph(ext, ex.method)
    return own[0].source.key, {(str(o), o.language) for o in g.objects(URIRef(own[0].source.iri), SKOS.prefLabel)}


def test_a_known_key_is_labelled_with_the_outlets_names_and_keeps_its_key():
    key, labels = outlet_labels_of("aawsat")
    assert labels == {("الشرق الأوسط", "ar"), ("Asharq Al-Awsat", "en")}
    assert key == "outlet-b99b1cd0195a"  # the IRI is public: made from the key, as before


def test_an_unknown_latin_key_is_not_tagged_arabic_and_the_unknown_outlet_has_an_arabic_name():
    assert outlet_labels_of("alarabiya")[1] == {("alarabiya", "en")}
    assert outlet_labels_of("الحياة")[1] == {("الحياة", "ar")}
    key, labels = outlet_labels_of(None)
    assert labels == {("الوسيلة الناشرة (غير معروفة)", "ar"), ("the publishing outlet (unknown)", "en")}


def test_every_saudinewsnet_key_has_both_names():
    for key in ("aawsat", "alriyadh", "alyaum", "alweeam", "aleqtisadiya", "okaz", "alwatan", "3alyoum",
                "aljazirah", "almadina", "sabq", "was", "arreyadi", "arriyadiyah"):
        ar, en = OUTLETS[key]
        assert ar and en and ar != key and en != key
        assert outlet_labels(key, "ar") == [(ar, "ar"), (en, "en")]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    base = tmp_path_factory.mktemp("outlets")
    docs = base / "docs"
    docs.mkdir()
    write_article(docs, "a", TEXT, title="t1", publisher="aawsat", date="2015-07-21", url="https://example.org/a")
    write_article(docs, "b", TEXT.replace("27", "31"), title="t2", date="2015-07-21", url="https://example.org/b")
    sanad("ingest", str(docs), "--store", str(base / "store"), "--no-parse", "--quiet")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from api.app import create_app

    with TestClient(create_app(str(base / "store"))) as c:
        yield c


def test_pages_json_and_csv_name_the_outlet_not_its_key(client):
    key = outlet_ref("aawsat", "x").key
    ar = client.get(f"/sources/{key}", params={"lang": "ar"}).text
    en = client.get(f"/sources/{key}", params={"lang": "en"}).text
    assert "الشرق الأوسط" in ar and "Asharq Al-Awsat" in en
    listing = client.get("/api/sources").json()
    names = json.dumps(listing, ensure_ascii=False)
    assert "Asharq Al-Awsat" in names and "الشرق الأوسط" in names and '"aawsat"' not in names
    rows = list(csv.DictReader(io.StringIO(client.get("/sources", params={"format": "csv"}).text)))
    assert not any("aawsat" in v for r in rows for v in r.values() if v)
    claims = list(csv.DictReader(io.StringIO(client.get("/search", params={"q": "الحسكة", "format": "csv"}).text)))
    assert "Asharq Al-Awsat" in {r["source"] for r in claims} and not any("aawsat" in v for r in claims
                                                                          for v in r.values() if v)
    # the article with no publisher: its outlet's statements in Arabic on the Arabic page
    unknown = outlet_ref(None, "x").key  # any article's unknown outlet key starts so
    home = client.get("/search", params={"q": "الحسكة", "lang": "ar"}).text
    assert "الوسيلة الناشرة (غير معروفة)" in home and "the publishing outlet (unknown)" not in home
    assert unknown.startswith("outlet-")


def test_article_claim_and_card_name_the_publisher(client):
    key = outlet_ref("aawsat", "x").key
    data = client.get(f"/api/sources/{key}").json()
    claim = data["claims"][0] if "claims" in data else None
    assert claim, data
    assert claim["source"]["name"] == "Asharq Al-Awsat" and claim["source"]["name_ar"] == "الشرق الأوسط"
    article = claim["article_key"]
    assert "الشرق الأوسط" in client.get(f"/articles/{article}", params={"lang": "ar"}).text
    page = client.get(f"/claims/{claim['key']}", params={"lang": "en"}).text
    assert "Asharq Al-Awsat" in page and ">aawsat<" not in page
    card = client.get(f"/cards/{claim['key']}", params={"lang": "ar"}).text
    assert "الشرق الأوسط" in card and "aawsat" not in card
