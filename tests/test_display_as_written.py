"""Sources the registry does not know are shown as written at their first mention, never in
the normalized form used for matching (issue 14, "Display"); a quoted claim is not quoted
twice in an oEmbed title. Real ingest, real server, real HTTP."""

import csv
import io
import json
import re
import urllib.parse

import pytest

from .conftest import Server, http_get, sanad, sparql_json, write_article

TURKISH = "مصادر تركية رسمية"  # as written
TURKISH_NORM = "مصادر تركيه رسميه"  # kg.text.normalize: for matching only
MINISTRY = "المتحدث باسم وزارة الداخلية"
MINISTRY_NORM = "المتحدث باسم وزاره الداخليه"
OUTLET = "الشرق الأوسط"
OUTLET_NORM = "الشرق الاوسط"

HEADLINE = "الجيش التركي يقصف مواقع قرب الحدود السورية"  # the outlet's own statement
FIRST = (HEADLINE + "\n"
         "قالت مصادر تركية رسمية إن الجيش التركي قصف مواقع قرب الحدود مع سوريا صباح اليوم. "
         "وقال المتحدث باسم وزارة الداخلية: «الأمن مستتب في المدينة» و«الوضع تحت السيطرة». "
         "وأكدت مصادر تركيه رسميه أن القصف استمر ساعتين.")
# a later article spells the same source without hamza and taa marbuta: still one name
SECOND = "قصف تركي جديد قرب الحدود السورية\nوذكرت مصادر تركيه رسميه أن الجيش التركي قصف مواقع قرب الحدود مع سوريا مساء اليوم."


@pytest.fixture(scope="module")
def srv(tmp_path_factory):
    base = tmp_path_factory.mktemp("as-written")
    arts = base / "articles"
    arts.mkdir()
    for name, publisher, date, text in [("a", OUTLET, "2016-03-01", FIRST), ("b", OUTLET_NORM, "2016-03-02", SECOND)]:
        write_article(arts, name, text, title=text.split("\n")[0], publisher=publisher, date=date,
                      url=f"https://example.org/{name}")
    store = base / "store"
    sanad("ingest", str(arts), "--store", str(store), "--quiet")
    s = Server(store)
    yield s
    s.stop()


def _get(srv, path):
    return http_get(srv.url + path)


def _json(srv, path):
    return json.loads(_get(srv, path))


@pytest.fixture(scope="module")
def claims(srv):
    return [c for a in _json(srv, "/api/articles")["items"] for c in _json(srv, f"/api/articles/{a['key']}")["claims"]]


def _by_quote(claims, words):
    found = [c for c in claims if words in c["quote"]]
    assert found, f"no claim quoting {words!r}: {[c['quote'] for c in claims]}"
    return found[0]


def _h1(html):
    return re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)


def test_json_api_names_the_source_as_written(srv, claims):
    turkish = [c for c in claims if c["source"]["key"] == _by_quote(claims, "صباح اليوم")["source"]["key"]]
    assert len(turkish) == 3  # both spellings in the first article, and the second article: one source
    for c in turkish:
        got = _json(srv, f"/api/claims/{c['key']}")["source"]
        assert got["name"] == TURKISH and got["name_ar"] == TURKISH
    # the label stays the spelling at each attribution
    assert {c["source"]["label"] for c in turkish} == {TURKISH, TURKISH_NORM}
    ministry = _json(srv, f"/api/claims/{_by_quote(claims, 'الأمن مستتب')['key']}")["source"]
    assert ministry["name"] == MINISTRY and ministry["name_ar"] == MINISTRY
    src = _json(srv, f"/api/sources/{turkish[0]['source']['key']}")
    assert src["name"] == TURKISH and src["name_ar"] == TURKISH


@pytest.mark.parametrize("quote, name", [("صباح اليوم", TURKISH), ("الحدود السورية", OUTLET)], ids=["source", "outlet"])
def test_one_label_per_source_in_the_store(srv, claims, quote, name):
    """The second article spells the source and its outlet otherwise; the store keeps the first
    article's spelling, so the sources stay one label per language (ontology/shapes.ttl)."""
    key = _by_quote(claims, quote)["source"]["key"]
    q = f"""PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX sanad: <https://w3id.org/sanad/ns#>
SELECT ?g ?name WHERE {{ GRAPH ?g {{ ?s sanad:key "{key}" ; skos:prefLabel ?name }} }}"""
    rows = sparql_json(srv.url, q)["results"]["bindings"]
    assert len({b["g"]["value"] for b in rows}) == 2  # described in both article graphs
    assert {(b["name"]["value"], b["name"].get("xml:lang")) for b in rows} == {(name, "ar")}


def test_claim_page_and_source_page(srv, claims):
    turkish = _by_quote(claims, "صباح اليوم")
    page = _get(srv, f"/claims/{turkish['key']}")
    assert TURKISH in _h1(page) and TURKISH_NORM not in _h1(page)
    assert f"<title>{TURKISH}" in page or TURKISH in re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    later = _by_quote(claims, "ساعتين")
    page = _get(srv, f"/claims/{later['key']}?lang=en")
    assert TURKISH in _h1(page) and TURKISH_NORM not in _h1(page)
    assert TURKISH_NORM in page  # its own spelling, shown as "written"
    ministry = _by_quote(claims, "الأمن مستتب")
    page = _get(srv, f"/claims/{ministry['key']}")
    assert MINISTRY in _h1(page) and "وزاره الداخليه" not in page
    source = _get(srv, f"/sources/{turkish['source']['key']}")
    assert TURKISH in _h1(source) and TURKISH_NORM not in _h1(source)


def test_home_and_sources_pages(srv):
    home = _get(srv, "/")
    options = re.search(r'<select name="source">(.*?)</select>', home, re.S).group(1)
    for written, norm in ((TURKISH, TURKISH_NORM), (MINISTRY, MINISTRY_NORM), (OUTLET, OUTLET_NORM)):
        assert written in options and norm not in options
    listing = _get(srv, "/sources")
    for written, norm in ((TURKISH, TURKISH_NORM), (MINISTRY, MINISTRY_NORM)):
        assert written in listing and norm not in listing


def test_csv_twins(srv, claims):
    rows = list(csv.DictReader(io.StringIO(_get(srv, "/sources?format=csv"))))
    names = {r["nameAr"] for r in rows}
    assert {TURKISH, MINISTRY} <= names and not {TURKISH_NORM, MINISTRY_NORM} & names
    article = _by_quote(claims, "صباح اليوم")["article_key"]
    rows = list(csv.DictReader(io.StringIO(_get(srv, f"/articles/{article}?format=csv"))))
    by_quote = {r["quote"]: r for r in rows}
    assert by_quote[_by_quote(claims, "صباح اليوم")["quote"]]["source"] == TURKISH
    later = by_quote[_by_quote(claims, "ساعتين")["quote"]]
    assert later["source"] == TURKISH and later["source_as_written"] == TURKISH_NORM
    assert by_quote[_by_quote(claims, "الأمن مستتب")["quote"]]["source"] == MINISTRY


def test_card_and_oembed(srv, claims):
    ministry = _by_quote(claims, "الأمن مستتب")
    assert ministry["quote"].startswith("«") and ministry["quote"].endswith("»")  # the text brings its own quotes
    card = _get(srv, f"/cards/{ministry['key']}")
    assert MINISTRY in card and "وزاره الداخليه" not in card
    page = f"{srv.url}/claims/{ministry['key']}"
    o = _json(srv, "/oembed?" + urllib.parse.urlencode({"url": page, "format": "json"}))
    assert o["title"] == f"{MINISTRY}: {ministry['quote']}"
    assert "««" not in o["title"] and "»»" not in o["title"]
    assert o["author_name"] == MINISTRY
    xml = _get(srv, "/oembed?" + urllib.parse.urlencode({"url": page, "format": "xml"}))
    assert MINISTRY in xml and "««" not in xml and "»»" not in xml
    turkish = _by_quote(claims, "صباح اليوم")
    o = _json(srv, "/oembed?" + urllib.parse.urlencode({"url": f"{srv.url}/claims/{turkish['key']}"}))
    assert o["title"] == f"{TURKISH}: «{turkish['quote']}»"
    assert TURKISH in _get(srv, f"/cards/{turkish['key']}")
