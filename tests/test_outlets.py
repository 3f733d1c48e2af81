"""Outlets named as they write themselves (issue 14, "Display"): a SaudiNewsNet `source` key like
"aawsat" is the article's publisher and its outlet's key, never its name on a page, card, JSON or CSV;
an article with no publisher has an outlet named in Arabic too (kg/outlets.py)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import warnings

import pytest
from rdflib import Graph, Literal, Namespace, URIRef

from kg.attribution import AttributionExtractor
from kg.model import Article
from kg.outlets import OUTLETS, UNKNOWN_OUTLET, outlet_labels, outlet_source_names
from kg.rdf import article_graph
from kg.sources import outlet_ref
from kg.store import open_store

from .conftest import sanad, write_article

SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
SDO = Namespace("http://schema.org/")
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
def stores(tmp_path_factory):
    """The store, and a copy of it labelled as stores built before kg/outlets.py were: each outlet by its
    publisher's key, tagged Arabic (`skos:prefLabel "aawsat"@ar`)."""
    base = tmp_path_factory.mktemp("outlets")
    docs = base / "docs"
    docs.mkdir()
    write_article(docs, "a", TEXT, title="t1", publisher="aawsat", date="2015-07-21", url="https://example.org/a")
    write_article(docs, "b", TEXT.replace("27", "31"), title="t2", date="2015-07-21", url="https://example.org/b")
    sanad("ingest", str(docs), "--store", str(base / "store"), "--no-parse", "--quiet")
    shutil.copytree(base / "store", base / "old")
    old = open_store(str(base / "old"))
    old.update(OLD_LABELS)
    assert {r["l"] for r in old.select(OUTLET_LABELS)} == {"aawsat", *UNKNOWN_OUTLET}
    old.close()
    return base / "store", base / "old"


# an outlet's labels as the store had them before kg/outlets.py (its article's publisher, tagged @ar); the
# outlet of an article with no publisher keeps its labels
OLD_LABELS = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX sanad: <https://w3id.org/sanad/ns#>
PREFIX schema: <http://schema.org/>
DELETE { GRAPH ?g { ?src skos:prefLabel ?l } } INSERT { GRAPH ?g { ?src skos:prefLabel ?old } }
WHERE { GRAPH ?g { ?src sanad:key ?k ; skos:prefLabel ?l . ?a schema:publisher ?pub FILTER(STRSTARTS(?k, "outlet-")) }
        BIND(STRLANG(?pub, "ar") AS ?old) }"""
OUTLET_LABELS = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX sanad: <https://w3id.org/sanad/ns#>
SELECT DISTINCT ?l WHERE { GRAPH ?g { ?src sanad:key ?k ; skos:prefLabel ?l FILTER(STRSTARTS(?k, "outlet-")) } }"""


def _client(store):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from api.app import create_app

    return TestClient(create_app(str(store)))


@pytest.fixture(scope="module")
def client(stores):
    with _client(stores[0]) as c:
        yield c


@pytest.fixture(scope="module")
def old_client(stores):
    with _client(stores[1]) as c:
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


def test_the_json_api_names_the_publisher_beside_its_key(client):
    """`publisher` stays the stored key (public); `publisher_name`/`publisher_name_ar` name it, as a source's
    `name`/`name_ar` do; an outlet's own claim has its key as `source.label` and its names as the source's names."""
    key = outlet_ref("aawsat", "x").key
    claim = client.get(f"/api/sources/{key}").json()["claims"][0]
    assert claim["source"]["label"] == "aawsat"
    assert (claim["source"]["name"], claim["source"]["name_ar"]) == ("Asharq Al-Awsat", "الشرق الأوسط")
    article = client.get(f"/api/articles/{claim['article_key']}").json()
    assert article["publisher"] == "aawsat"
    assert (article["publisher_name"], article["publisher_name_ar"]) == ("Asharq Al-Awsat", "الشرق الأوسط")
    assert list(article).index("publisher_name") == list(article).index("publisher") + 1
    [appearance] = client.get(f"/api/claims/{claim['key']}").json()["appearances"]
    assert appearance["publisher"] == "aawsat"
    assert (appearance["publisher_name"], appearance["publisher_name_ar"]) == ("Asharq Al-Awsat", "الشرق الأوسط")
    # an article with no publisher: none, and no name
    other = next(a for a in client.get("/api/articles").json()["items"] if a["key"] != claim["article_key"])
    unnamed = client.get(f"/api/articles/{other['key']}").json()
    assert unnamed["publisher"] is None and unnamed["publisher_name"] is None and unnamed["publisher_name_ar"] is None


def test_the_article_twins_name_its_publisher(client):
    key = outlet_ref("aawsat", "x").key
    article = client.get(f"/api/sources/{key}").json()["claims"][0]["article_key"]
    doc = client.get(f"/articles/{article}", params={"format": "jsonld"}).json()
    assert doc["publisher"] == {"@type": "Organization", "name": "Asharq Al-Awsat", "alternateName": "الشرق الأوسط"}
    g = Graph().parse(data=client.get(f"/articles/{article}", params={"format": "ttl"}).text, format="turtle")
    names = {(str(o), o.language) for p in g.objects(URIRef(doc["@id"]), SDO.publisher)
             for o in g.objects(p, SDO.name)}
    assert names == {("Asharq Al-Awsat", None)}


def test_old_key_labels_are_named_without_rewriting_the_store():
    assert outlet_source_names(None, "aawsat") == ("Asharq Al-Awsat", "الشرق الأوسط")
    assert outlet_source_names("aawsat", "aawsat") == ("Asharq Al-Awsat", "الشرق الأوسط")
    assert outlet_source_names(" Okaz ", None) == ("Okaz", "عكاظ")
    # a real name stays; names that are not keys stay
    assert outlet_source_names("Asharq Al-Awsat", "aawsat") == ("Asharq Al-Awsat", "الشرق الأوسط")
    assert outlet_source_names("alarabiya", None) == ("alarabiya", None)
    assert outlet_source_names(None, "الحياة") == (None, "الحياة")


def test_a_store_with_the_old_key_labels_shows_the_outlets_names(old_client):
    """A store built before kg/outlets.py (the label «aawsat»@ar) names the outlet on every page, card, oEmbed
    and list, read as it is (no rewrite); the key stays where it is public (`source.label`, `publisher`)."""
    c = old_client
    key = outlet_ref("aawsat", "x").key
    profile = c.get(f"/api/sources/{key}").json()
    assert (profile["name"], profile["name_ar"]) == ("Asharq Al-Awsat", "الشرق الأوسط")
    claim = profile["claims"][0]
    assert (claim["source"]["name"], claim["source"]["name_ar"]) == ("Asharq Al-Awsat", "الشرق الأوسط")
    assert claim["source"]["label"] == "aawsat"
    listed = [s for s in c.get("/api/sources").json()["items"] if s["key"] == key]
    assert [(s["name"], s["nameAr"]) for s in listed] == [("Asharq Al-Awsat", "الشرق الأوسط")]
    assert "الشرق الأوسط" in c.get(f"/sources/{key}", params={"lang": "ar"}).text
    for path, lang, name in ((f"/claims/{claim['key']}", "en", "Asharq Al-Awsat"),
                             (f"/claims/{claim['key']}", "ar", "الشرق الأوسط"),
                             (f"/cards/{claim['key']}", "ar", "الشرق الأوسط"),
                             (f"/cards/{claim['key']}", "en", "Asharq Al-Awsat"),
                             (f"/cards/{claim['key']}.svg", "ar", "الشرق الأوسط"),
                             (f"/articles/{claim['article_key']}", "en", "Asharq Al-Awsat"),
                             ("/sources", "en", "Asharq Al-Awsat"),
                             ("/search", "en", "Asharq Al-Awsat")):
        body = c.get(path, params={"lang": lang, **({"q": "الحسكة"} if path == "/search" else {})}).text
        assert name in body and ">aawsat<" not in body and "aawsat<" not in body, path
    url = f"http://testserver/claims/{claim['key']}"
    for lang, name in (("ar", "الشرق الأوسط"), ("en", "Asharq Al-Awsat")):
        o = c.get("/oembed", params={"url": url, "lang": lang}).json()
        assert o["author_name"] == name and o["title"].startswith(name + ":")
        assert "aawsat" not in o["html"]
    # the names are searched as names: the Arabic and the English name find the outlet
    for q in ("الشرق", "Awsat"):
        assert key in {s["key"] for s in c.get("/sources", params={"q": q, "format": "jsonld"}).json()
                       ["itemListElement"] for s in [{"key": s["item"]["@id"].rsplit("/", 1)[-1]}]}
    rows = list(csv.DictReader(io.StringIO(c.get("/search", params={"q": "الحسكة", "format": "csv"}).text)))
    assert "Asharq Al-Awsat" in {r["source"] for r in rows} and not any("aawsat" in v for r in rows for v in r.values() if v)
