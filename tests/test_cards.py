"""Embeddable claim cards (issue 6): /cards/{key}, /cards/{key}.svg, /oembed, JSON-LD,
framing rules, caching, and hostile text — over real HTTP (uvicorn) and in-process."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import warnings
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef

from tests.conftest import SEEDS, Server, sanad

SDO = Namespace("http://schema.org/")
DENIAL = "لا صحة لدخول قوات النظام للمدينة"
ENTERED = "دخول قوات النظام إلى مدينة تدمر"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
LONG = (("قوات النظام " + "<script>alert(4)</script> ") * 400)[:10000]
REVIEWS_GRAPH = "https://w3id.org/sanad/id/graph/reviews"


# -- helpers

class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside each element kind."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: dict[str, list[str]] = {}
        self._stack: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta", "link", "br", "img", "input"):
            self._stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass

    def handle_data(self, data):
        if self._stack:
            self.text.setdefault(self._stack[-1], []).append(data)

    def all(self, tag: str) -> list[dict]:
        return [a for t, a in self.tags if t == tag]


def jsonld_blocks(html: str) -> list[str]:
    return re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)


def csp_hash(s: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"


def assert_no_bidi(s: str, where: str):
    bad = [f"U+{ord(ch):04X}" for ch in s if ch in BIDI]
    assert not bad, f"bidi controls in {where}: {bad}"


# -- the JSON-LD rules: exactly the fields the issue names

def validate_claim(c: dict) -> None:
    assert c["@type"] == "Claim"
    assert isinstance(c.get("text"), str) and c["text"]
    assert c["author"]["@type"] in ("Person", "Organization") and c["author"]["name"]
    assert re.match(r"^\d{4}-\d{2}-\d{2}", c["datePublished"])
    for k in ("appearance", "firstAppearance"):
        app = c[k]
        assert app["@type"] in ("NewsArticle", "CreativeWork") and app["url"].startswith(("http://", "https://"))


def validate_claim_review(r: dict) -> None:
    assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
    # required
    assert isinstance(r["claimReviewed"], str) and r["claimReviewed"]
    rating = r["reviewRating"]
    assert rating["@type"] == "Rating" and isinstance(rating["alternateName"], str) and rating["alternateName"]
    numeric = [k for k in ("ratingValue", "bestRating", "worstRating") if k in rating]
    assert numeric in ([], ["ratingValue", "bestRating", "worstRating"]), numeric
    if numeric:
        assert all(isinstance(rating[k], (int, float)) for k in numeric)
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert r["url"].startswith(("http://", "https://"))
    assert r["author"]["@type"] in ("Person", "Organization") and r["author"]["name"]
    # recommended
    validate_claim(r["itemReviewed"])
    assert re.match(r"^\d{4}-\d{2}-\d{2}", r["datePublished"])


# The schema.org context, offline: rdflib must not fetch anything while parsing.
SCHEMA_CONTEXT = {"@context": {"@vocab": "http://schema.org/", "schema": "http://schema.org/",
                               "url": {"@id": "schema:url", "@type": "@id"}}}


@pytest.fixture
def offline_jsonld(monkeypatch):
    import rdflib.plugins.shared.jsonld.context as ctx

    def fake(source, *a, **kw):
        if str(source).rstrip("/") in ("https://schema.org", "http://schema.org"):
            return SCHEMA_CONTEXT, None
        raise AssertionError(f"rdflib tried to fetch {source}")

    monkeypatch.setattr(ctx, "source_to_json", fake)


def parse_jsonld(doc: dict) -> Graph:
    g = Graph()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's own ConjunctiveGraph use
        g.parse(data=json.dumps(doc, ensure_ascii=False), format="json-ld")
    assert len(g) > 0
    return g


def check_claim_graph(g: Graph, claim_iri: str) -> None:
    c = URIRef(claim_iri)
    assert (c, RDF.type, SDO.Claim) in g
    author = g.value(c, SDO.author)
    assert author is not None and g.value(author, SDO.name) is not None
    assert g.value(c, SDO.datePublished) is not None
    app = g.value(c, SDO.appearance)
    assert app is not None and (app, RDF.type, SDO.NewsArticle) in g and g.value(app, SDO.url) is not None
    assert g.value(c, SDO.firstAppearance) == app


def check_review_graph(g: Graph, claim_iri: str) -> URIRef:
    reviews = list(g.subjects(RDF.type, SDO.ClaimReview))
    assert len(reviews) == 1
    r = reviews[0]
    assert isinstance(g.value(r, SDO.claimReviewed), Literal)
    rating = g.value(r, SDO.reviewRating)
    assert (rating, RDF.type, SDO.Rating) in g and g.value(rating, SDO.alternateName) is not None
    assert isinstance(g.value(r, SDO.url), URIRef)
    assert g.value(g.value(r, SDO.author), SDO.name) is not None
    assert g.value(r, SDO.itemReviewed) == URIRef(claim_iri)
    assert g.value(r, SDO.datePublished) is not None
    check_claim_graph(g, claim_iri)
    return r


# -- unit: the JSON-LD builder, with a synthetic review (reviews are issue 5's to write)

CLAIM = {
    "id": "https://w3id.org/sanad/id/claim/abc123abc123", "key": "abc123abc123",
    "text": "لا صحة لدخول قوات النظام للمدينة", "quote": "لا صحة لدخول قوات النظام للمدينة",
    "source": {"name": "Palmyra Coordination", "name_ar": "تنسيقية تدمر", "type": "local-activist-network",
               "iri": "https://w3id.org/sanad/id/source/palmyra-coordination", "key": "palmyra-coordination",
               "label": ""},
    "article": "https://w3id.org/sanad/id/article/def456def456", "article_key": "def456def456",
    "article_title": "تدمر", "date": "2016-03-25", "polarity": "denied", "own": False,
}
ARTICLE = {"title": "قوات النظام السوري تدخل تدمر", "url": "https://example.org/palmyra", "publisher": "Zaman al-Wasl",
           "date": "2016-03-25"}


def synthetic_review(**rating) -> dict:
    return {"id": "https://w3id.org/sanad/id/review/r1", "url": "https://factcheck.example.org/r/1",
            "date": "2016-04-01", "modified": None, "body": "Satellite images show …",
            "rating": {"id": "https://w3id.org/sanad/id/rating/false", "label": "False", "label_ar": "زائف",
                       "value": None, "best": None, "worst": None, **rating},
            "author": {"id": "https://w3id.org/sanad/id/user/reem", "name": "Reem", "url": None, "type": "Person"}}


def test_jsonld_builder_claim(offline_jsonld):
    from api.rendering import claim_jsonld

    doc = claim_jsonld("https://sanad.example", CLAIM, ARTICLE)
    assert doc["@context"] == "https://schema.org"
    validate_claim(doc)
    assert doc["appearance"]["url"] == "https://example.org/palmyra"
    assert doc["author"]["url"] == "https://sanad.example/sources/palmyra-coordination"
    check_claim_graph(parse_jsonld(doc), CLAIM["id"])


@pytest.mark.parametrize("rating", [{}, {"value": 1, "best": 5, "worst": 1}, {"value": "2", "best": "5", "worst": "1"}])
def test_jsonld_builder_claim_review(offline_jsonld, rating):
    from api.rendering import claim_jsonld

    doc = claim_jsonld("https://sanad.example", CLAIM, ARTICLE, synthetic_review(**rating))
    validate_claim_review(doc)
    assert doc["reviewRating"]["alternateName"] == "False"
    assert ("ratingValue" in doc["reviewRating"]) == bool(rating)
    if rating:
        assert isinstance(doc["reviewRating"]["ratingValue"], int) and doc["reviewRating"]["bestRating"] == 5
    assert doc["url"] == "https://factcheck.example.org/r/1" and doc["author"] == {"@type": "Person", "name": "Reem"}
    assert doc["itemReviewed"]["@id"] == CLAIM["id"] and doc["claimReviewed"] == CLAIM["text"]
    g = parse_jsonld(doc)
    r = check_review_graph(g, CLAIM["id"])
    assert str(g.value(g.value(r, SDO.reviewRating), SDO.alternateName)) == "False"


def test_jsonld_builder_hostile_text_and_script_breakout():
    from api.rendering import claim_jsonld, json_script

    hostile = {**CLAIM, "text": "</script><script>alert(1)</script>\u202e" + LONG,
               "source": {**CLAIM["source"], "name": "</SCRIPT>\u202ex"}}
    review = synthetic_review()
    review["rating"]["label"] = "</script><img src=x onerror=alert(1)>"
    review["url"] = "javascript:alert(1)"
    doc = claim_jsonld("https://sanad.example", hostile, {**ARTICLE, "url": "javascript:alert(2)"}, review)
    validate_claim_review(doc)
    block = str(json_script(doc))
    assert "</script" not in block.lower() and "<" not in block and ">" not in block
    assert_no_bidi(block, "JSON-LD")
    back = json.loads(block)
    assert len(back["claimReviewed"]) <= 1000 and back["claimReviewed"].endswith("…")
    assert back["url"].startswith("https://sanad.example/claims/")  # javascript: URLs are never emitted
    assert back["itemReviewed"]["appearance"]["url"].startswith("https://sanad.example/articles/")


def test_clip_and_safe_text():
    from api.rendering import clip, safe_text

    assert safe_text("a\u202eb\u2066c\x00d\x1be\n\tf") == "abcde f"
    c = clip(LONG, 420)
    assert len(c) <= 420 and c.endswith("…")
    assert clip("short", 10) == "short"
    assert clip("x" * 50, 10) == "x" * 9 + "…"


def test_frame_ancestors_setting(monkeypatch):
    from api.cards import frame_ancestors

    monkeypatch.delenv("SANAD_CARD_FRAME_ANCESTORS", raising=False)
    assert frame_ancestors() == "* file:"  # `*` alone leaves out a page opened from a file (browser test)
    monkeypatch.setenv("SANAD_CARD_FRAME_ANCESTORS", "https://cms.example.org  'self' https://*.example.net")
    assert frame_ancestors() == "https://cms.example.org 'self' https://*.example.net"
    for bad in ("* ; script-src *", "https://a.example,https://b.example", "'unsafe-inline'", "'none' https://a.example"):
        monkeypatch.setenv("SANAD_CARD_FRAME_ANCESTORS", bad)
        with pytest.raises(ValueError):
            frame_ancestors()


# -- over real HTTP, on the session server (seed + conftest's hostile article)

@pytest.fixture(scope="module")
def http(server):
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


@pytest.fixture(scope="module")
def denial(http):
    """The coordination group's denial, contradicted by state media."""
    rels = http.get("/api/relations", params={"kind": "contradicts"}).json()["items"]
    rel = next(r for r in rels if r["a"]["source"]["key"] == "syrian-state-media"
               and r["b"]["source"]["key"] == "palmyra-coordination" and r["b"]["quote"] == DENIAL)
    return rel["b"]


def test_card_shows_claim_source_relations_and_link(http, server, denial):
    r = http.get(f"/cards/{denial['key']}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert '<html lang="ar" dir="rtl"' in html
    assert f'<blockquote lang="ar" dir="rtl" cite="{server.url}/claims/{denial["key"]}">{DENIAL}</blockquote>' in html
    assert "تنسيقية تدمر" in html and "شبكة ناشطين محلية" in html  # source and type, in Arabic
    assert '<time dir="ltr" datetime="2016-03-25">' in html
    assert "قوات النظام السوري تدخل تدمر" in html  # the article
    related = http.get(f"/api/claims/{denial['key']}").json()["related"]
    strongest = max((r for r in related if r["relation"] == "contradicts"),
                    key=lambda r: (not r["same_source"], r["confidence"]))["claim"]
    section = html[html.index('<section class="contradicts">'):]
    assert "يناقضه" in section and strongest["quote"][:60] in section  # strongest contradiction, with its source
    assert (strongest["source"]["name_ar"] or strongest["source"]["name"]) in section
    assert f'href="{server.url}/claims/{denial["key"]}"' in html
    assert "الحكم" not in html  # no review stored: no verdict section
    en = http.get(f"/cards/{denial['key']}", params={"lang": "en", "theme": "dark"}).text
    assert '<html lang="en" dir="ltr" class="dark"' in en and "Contradicted by" in en
    assert "Palmyra Coordination" in en and "local activist network" in en
    assert f'<blockquote lang="ar" dir="rtl" cite="{server.url}/claims/{denial["key"]}">{DENIAL}</blockquote>' in en


def test_card_options(http, denial):
    full = http.get(f"/cards/{denial['key']}").text
    compact = http.get(f"/cards/{denial['key']}", params={"view": "compact"}).text
    assert 'class="card compact' in compact and len(compact) < len(full)
    assert 'class="supports"' not in compact
    wide = http.get(f"/cards/{denial['key']}", params={"maxwidth": 420}).text
    assert "max-width:420px" in wide
    for bad in ({"lang": "fr"}, {"theme": "pink"}, {"view": "huge"}, {"maxwidth": 50}, {"maxwidth": "x"}):
        assert http.get(f"/cards/{denial['key']}", params=bad).status_code == 422, bad
    assert http.get("/cards/000000000000").status_code == 404
    assert http.get("/cards/bad key!").status_code == 404


def test_card_is_self_contained_and_framable(http, denial):
    r = http.get(f"/cards/{denial['key']}")
    csp = r.headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'" and directives["frame-ancestors"] == "* file:"
    assert directives["img-src"] == "'none'" and directives["base-uri"] == "'none'"
    assert "x-frame-options" not in r.headers
    assert "etag" in r.headers and "max-age" in r.headers["cache-control"]
    tags = Tags(r.text)
    # inline CSS and script only, each allowed by its hash; nothing with src, no stylesheet link
    styles = re.findall(r"<style>(.*?)</style>", r.text, re.S)
    scripts = re.findall(r"<script>(.*?)</script>", r.text, re.S)
    assert len(styles) == 1 and directives["style-src"] == csp_hash(styles[0])
    assert len(scripts) == 1 and directives["script-src"] == csp_hash(scripts[0])
    assert not [a for _, a in tags.tags if "src" in a]
    assert not tags.all("img") and not tags.all("iframe")
    # <link>s that load nothing: the claim page (canonical) and its oEmbed answers, on this server
    assert sorted(a["rel"] for a in tags.all("link")) == ["alternate", "alternate", "canonical"]
    assert all(a["href"].startswith(str(http.base_url).rstrip("/") + "/") for a in tags.all("link"))
    assert all(a.get("target") == "_blank" and a.get("rel") == "noopener" for a in tags.all("a"))
    # every other page still refuses framing, and so do errors outside /cards/
    for path in ("/", f"/claims/{denial['key']}", "/sources", "/static/embed.js", "/oembed?url=x", "/cards"):
        h = http.get(path).headers
        assert "frame-ancestors 'none'" in h["content-security-policy"] and h["x-frame-options"] == "DENY", path


def test_card_etag_and_304(http, denial):
    r = http.get(f"/cards/{denial['key']}")
    etag = r.headers["etag"]
    again = http.get(f"/cards/{denial['key']}", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.headers["etag"] == etag and not again.content
    assert http.get(f"/cards/{denial['key']}", headers={"If-None-Match": f'"x", W/{etag}'}).status_code == 304
    others = {http.get(f"/cards/{denial['key']}", params=p).headers["etag"]
              for p in ({"lang": "en"}, {"theme": "dark"}, {"view": "compact"}, {"maxwidth": 400})}
    assert etag not in others and len(others) == 4
    svg = http.get(f"/cards/{denial['key']}.svg")
    assert svg.headers["etag"] != etag and "max-age" in svg.headers["cache-control"]
    assert http.get(f"/cards/{denial['key']}.svg", headers={"If-None-Match": svg.headers["etag"]}).status_code == 304


def test_svg_image(http, denial):
    r = http.get(f"/cards/{denial['key']}.svg")
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    root = ET.fromstring(r.text)
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("width") == "1200"
    texts = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert DENIAL in texts and "تنسيقية تدمر" in texts and "يناقضه" in texts
    assert not [e for e in root.iter() if e.tag.endswith(("script", "image", "foreignObject"))]
    en = ET.fromstring(http.get(f"/cards/{denial['key']}.svg", params={"lang": "en", "theme": "dark"}).text)
    assert "Palmyra Coordination" in " ".join("".join(t.itertext()) for t in en.iter("{http://www.w3.org/2000/svg}text"))
    assert http.get("/cards/000000000000.svg").status_code == 404


def test_oembed_json(http, server, denial):
    page = f"{server.url}/claims/{denial['key']}"
    r = http.get("/oembed", params={"url": page, "format": "json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    d = r.json()
    assert d["version"] == "1.0" and d["type"] == "rich"
    assert d["provider_name"] == "Sanad" and d["provider_url"] == server.url + "/"
    assert d["author_name"] == "تنسيقية تدمر" and d["author_url"] == f"{server.url}/sources/palmyra-coordination"
    assert isinstance(d["width"], int) and isinstance(d["height"], int) and d["width"] == 560 and 150 < d["height"] < 900
    assert d["title"].startswith("تنسيقية تدمر (ينفي): «") and DENIAL in d["title"]  # the denier, said to deny
    assert http.get("/oembed", params={"url": page, "lang": "en"}).json()["title"].startswith("Palmyra Coordination")
    assert "(denies): «" in http.get("/oembed", params={"url": page, "lang": "en"}).json()["title"]
    tags = Tags(d["html"])
    assert [t for t, _ in tags.tags] == ["iframe", "script"]
    iframe, script = tags.all("iframe")[0], tags.all("script")[0]
    assert iframe["src"] == f"{server.url}/cards/{denial['key']}"
    assert iframe["width"] == str(d["width"]) and iframe["height"] == str(d["height"])
    assert script["src"] == f"{server.url}/static/embed.js"
    assert http.get(iframe["src"]).status_code == 200 and http.get(script["src"]).status_code == 200
    assert d["thumbnail_url"] == f"{server.url}/cards/{denial['key']}.svg"
    # the card's own URL works too, and so does the default format
    assert http.get("/oembed", params={"url": f"{server.url}/cards/{denial['key']}"}).json()["type"] == "rich"


def test_oembed_maxwidth_maxheight(http, server, denial):
    page = f"{server.url}/claims/{denial['key']}"
    d = http.get("/oembed", params={"url": page, "maxwidth": 300}).json()
    assert d["width"] == 300 and "view=compact" in Tags(d["html"]).all("iframe")[0]["src"]
    assert "thumbnail_url" not in d  # a 1200 px thumbnail would not fit
    d = http.get("/oembed", params={"url": page, "maxwidth": 900, "maxheight": 150}).json()
    assert d["width"] == 560 and d["height"] == 150
    d = http.get("/oembed", params={"url": page, "maxheight": 5000}).json()
    assert d["height"] <= 5000 and "view=" not in d["html"]


def test_oembed_xml_errors_and_foreign_hosts(http, server, denial):
    page = f"{server.url}/claims/{denial['key']}"
    x = http.get("/oembed", params={"url": page, "format": "xml"})
    assert x.status_code == 200 and x.headers["content-type"].startswith("text/xml")
    root = ET.fromstring(x.content)
    j = http.get("/oembed", params={"url": page}).json()
    assert root.tag == "oembed" and root.findtext("type") == "rich" and root.findtext("html") == j["html"]
    assert int(root.findtext("width")) == j["width"]
    assert http.get("/oembed", params={"url": page, "format": "yaml"}).status_code == 501
    port = urlsplit(server.url).port
    for url in (f"{server.url}/claims/000000000000", f"{server.url}/sources/palmyra-coordination",
                f"http://evil.example/claims/{denial['key']}", f"http://127.0.0.1.evil.example:{port}/claims/{denial['key']}",
                f"http://user@127.0.0.1:{port}/claims/{denial['key']}", f"javascript:alert(1)//{server.url}/claims/x",
                f"ftp://127.0.0.1:{port}/claims/{denial['key']}", "not a url"):
        r = http.get("/oembed", params={"url": url})
        assert r.status_code == 404, url
        assert r.headers["content-type"].startswith("application/json")
    assert http.get("/oembed").status_code == 422


def test_claim_page_discovery_og_image_snippet_jsonld(http, server, denial, offline_jsonld):
    html = http.get(f"/claims/{denial['key']}").text
    tags = Tags(html)
    alt = [a for a in tags.all("link") if a.get("type") == "application/json+oembed"]
    assert len(alt) == 1
    found = http.get(alt[0]["href"])
    assert found.status_code == 200 and found.json()["type"] == "rich"
    q = parse_qs(urlsplit(alt[0]["href"]).query)
    assert q["url"] == [f"{server.url}/claims/{denial['key']}"] and q["format"] == ["json"]
    xml_alt = [a for a in tags.all("link") if a.get("type") == "text/xml+oembed"]
    assert ET.fromstring(http.get(xml_alt[0]["href"]).content).findtext("type") == "rich"
    og = [a for a in tags.all("meta") if a.get("property") == "og:image"]
    assert og[0]["content"] == f"{server.url}/cards/{denial['key']}.svg"
    assert http.get(og[0]["content"]).headers["content-type"].startswith("image/svg+xml")
    snippet = "".join(tags.text["textarea"])
    st = Tags(snippet)
    assert [t for t, _ in st.tags] == ["iframe", "script"]
    assert st.all("iframe")[0]["src"] == f"{server.url}/cards/{denial['key']}"
    assert st.all("script")[0]["src"] == f"{server.url}/static/embed.js"
    oembed = http.get("/oembed", params={"url": f"{server.url}/claims/{denial['key']}"}).json()
    assert st.all("iframe")[0]["height"] == str(oembed["height"])  # the same estimate, before any script runs
    assert "<iframe" not in re.sub(r"<textarea.*?</textarea>", "", html, flags=re.S)  # shown as text only
    (block,) = jsonld_blocks(html)
    doc = json.loads(block)
    validate_claim(doc)
    assert doc["appearance"]["headline"].startswith("قوات النظام السوري تدخل تدمر")
    check_claim_graph(parse_jsonld(doc), denial["id"])
    card = http.get(f"/cards/{denial['key']}").text
    (card_block,) = jsonld_blocks(card)
    assert json.loads(card_block) == doc


def test_embed_script_checks_origin_and_frame(http):
    js = http.get("/static/embed.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    body = js.text
    assert "e.origin !== origin" in body and "contentWindow !== source" in body and '"/cards/"' in body


def test_conftest_hostile_article_is_escaped_in_card_oembed_and_jsonld(http, server):
    c = http.get("/api/search", params={"q": "onerror"}).json()["items"][0]
    card = http.get(f"/cards/{c['key']}").text
    assert "<script>alert" not in card and "<img src=x" not in card and "&lt;script&gt;" in card
    d = http.get("/oembed", params={"url": f"{server.url}/claims/{c['key']}"}).json()
    assert [t for t, _ in Tags(d["html"]).tags] == ["iframe", "script"]  # the quote never enters the markup
    assert "<script>alert(1)</script>" in d["title"]  # plain text in a JSON string, for the consumer to escape


# -- a second, harsher hostile article, in its own store and server

@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("cards-hostile")
    articles = base / "articles"
    articles.mkdir()
    text = ("قال المرصد السوري لحقوق الإنسان إن «<script>alert(1)</script> و\"><img src=x onerror=alert(2)> "
            "\u202eقوات النظام لم تدخل مدينة تدمر</script><script>alert(3)</script>». "
            "وأعلنت وكالة الأنباء السورية الرسمية سانا أن «" + LONG + "».")
    (articles / "hostile2.json").write_text(json.dumps({
        "title": "</script><script>alert('title')</script>\u202e\u2066عنوان",
        "url": "https://example.org/hostile-2", "publisher": "<b onmouseover=alert(5)>Bad</b>\u202eOutlet",
        "date": "2016-03-27", "text": text}, ensure_ascii=False), encoding="utf-8")
    store = base / "store"
    sanad("ingest", str(SEEDS), str(articles), "--store", str(store), "--quiet")
    srv = Server(store)
    try:
        with httpx.Client(base_url=srv.url, timeout=30) as client:
            yield srv, client
    finally:
        srv.stop()


def _hostile_claims(client) -> dict[str, dict]:
    items = client.get("/api/search", params={"q": "alert"}).json()["items"]
    out = {}
    for c in items:
        if c["quote"].startswith("«<script>alert(1)"):
            out["bidi"] = c
        elif len(c["quote"]) >= 10000:
            out["long"] = c
    assert set(out) == {"bidi", "long"}, [len(c["quote"]) for c in items]
    assert "\u202e" in out["bidi"]["quote"]
    return out


def _check_html_safe(html: str, where: str):
    assert_no_bidi(html, where)
    low = html.lower()
    assert "<script>alert" not in low and "<img" not in low and "<b " not in low, where
    tags = Tags(html)
    for t, attrs in tags.tags:
        assert not [a for a in attrs if a.startswith("on")], (where, t, attrs)
        assert t in {"html", "head", "meta", "title", "style", "script", "body", "article", "p", "span", "bdi",
                     "blockquote", "a", "time", "section", "h2", "strong", "footer", "iframe", "link"}, (where, t)
        assert t != "link" or attrs.get("rel") in ("canonical", "alternate"), (where, attrs)


def test_hostile_quotes_in_card(hostile):
    srv, client = hostile
    claims = _hostile_claims(client)
    for name, c in claims.items():
        for params in ({}, {"lang": "en", "theme": "dark"}, {"view": "compact"}):
            r = client.get(f"/cards/{c['key']}", params=params)
            assert r.status_code == 200
            _check_html_safe(r.text, f"card {name} {params}")
            tags = Tags(r.text)
            # two scripts only: the JSON-LD data block and the inline resize script (hash in the CSP)
            assert [a.get("type") for a in tags.all("script")] == ["application/ld+json", None]
            quotes = [q for q in tags.text.get("blockquote", [])]
            main = quotes[0]
            assert len(main) <= 420
            if name == "long":
                assert main.endswith("…") and "<script>alert(4)</script>" in main  # as text
            else:
                assert "<script>alert(1)</script>" in main and '"><img src=x onerror=alert(2)>' in main
            (block,) = jsonld_blocks(r.text)
            assert "</script" not in block.lower()
            doc = json.loads(block)
            validate_claim(doc)
            assert len(doc["text"]) <= 1000
            assert_no_bidi(block, "card JSON-LD")
            assert doc["appearance"]["headline"].startswith("</script><script>alert('title')")


def test_hostile_quotes_in_oembed_svg_and_claim_page(hostile):
    srv, client = hostile
    for name, c in _hostile_claims(client).items():
        page = f"{srv.url}/claims/{c['key']}"
        d = client.get("/oembed", params={"url": page}).json()
        assert_no_bidi(json.dumps(d, ensure_ascii=False), "oEmbed")
        assert len(d["title"]) < 200 and len(d["author_name"]) <= 80
        tags = Tags(d["html"])
        assert [t for t, _ in tags.tags] == ["iframe", "script"], d["html"]
        assert set(tags.all("iframe")[0]) == {"src", "width", "height", "title", "style", "loading", "sandbox",
                                              "referrerpolicy"}
        root = ET.fromstring(client.get("/oembed", params={"url": page, "format": "xml"}).content)
        assert root.findtext("html") == d["html"] and root.findtext("title") == d["title"]
        svg = client.get(f"/cards/{c['key']}.svg").text
        assert_no_bidi(svg, "SVG")
        root = ET.fromstring(svg)  # well-formed: every quote character escaped
        assert not [e for e in root.iter() if e.tag.endswith(("script", "image", "foreignObject"))]
        assert "<script>alert" not in svg
        html = client.get(f"/claims/{c['key']}").text
        (block,) = jsonld_blocks(html)
        assert "</script" not in block.lower() and json.loads(block)["@type"] == "Claim"
        assert_no_bidi(block, "claim page JSON-LD")
        snippet = "".join(Tags(html).text["textarea"])
        assert [t for t, _ in Tags(snippet).tags] == ["iframe", "script"]


# -- in-process, on a writable store: reviews and relations change the card and its ETag

@pytest.fixture(scope="module")
def app_client(tmp_path_factory):
    store = tmp_path_factory.mktemp("cards-writable") / "store"
    sanad("ingest", str(SEEDS), "--store", str(store), "--quiet")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from api.app import create_app

    app = create_app(str(store))
    with TestClient(app, base_url="https://sanad.example") as client:
        yield app, client


def _review_ntriples(claim_iri: str, n: int, label: str, label_ar: str, revises: int | None = None) -> str:
    r = f"<https://w3id.org/sanad/id/review/t{n}>"
    s = "http://schema.org/"
    lines = [
        f"{r} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{s}ClaimReview> .",
        f"{r} <{s}itemReviewed> <{claim_iri}> .",
        f'{r} <{s}datePublished> "2016-04-0{n}"^^<http://www.w3.org/2001/XMLSchema#date> .',
        f"{r} <{s}url> <https://factcheck.example.org/r/{n}> .",
        f"{r} <{s}author> <https://w3id.org/sanad/id/user/reem> .",
        f"<https://w3id.org/sanad/id/user/reem> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{s}Person> .",
        f'<https://w3id.org/sanad/id/user/reem> <{s}name> "Reem" .',
        f"{r} <{s}reviewRating> <https://w3id.org/sanad/id/rating/t{n}> .",
        f'<https://w3id.org/sanad/id/rating/t{n}> <{s}alternateName> {json.dumps(label)}@en .',
        f'<https://w3id.org/sanad/id/rating/t{n}> <{s}alternateName> {json.dumps(label_ar, ensure_ascii=False)}@ar .',
        f'<https://w3id.org/sanad/id/rating/t{n}> <{s}ratingValue> "{n}"^^<http://www.w3.org/2001/XMLSchema#integer> .',
        f'<https://w3id.org/sanad/id/rating/t{n}> <{s}bestRating> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .',
        f'<https://w3id.org/sanad/id/rating/t{n}> <{s}worstRating> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .',
    ]
    if revises:
        lines.append(f"{r} <http://www.w3.org/ns/prov#wasRevisionOf> <https://w3id.org/sanad/id/review/t{revises}> .")
    return "\n".join(lines)


def test_repository_fast_reads_match(app_client):
    app, _ = app_client
    repo = app.state.repo
    claims = repo.all_claims()
    assert claims
    for c in claims:
        assert repo.claim(c["key"]) == c  # the single-claim read equals the list read
        mine = {(r["relation"], r["confidence"], r["other"]) for r in repo.claim_relations(c["key"])}
        theirs = {(r["relation"], r["confidence"], r["other"]["id"]) for r in repo.related(c["key"])}
        assert mine == theirs
        assert repo.latest_review(c["key"]) is None
    assert repo.claim("nope!") is None and repo.claim_relations("000000000000") == []
    # the scoped reads (claims first, then the pattern scoped to them) equal the whole-graph read
    by_key = {c["key"]: c for c in claims}
    assert repo.claims_by_keys(list(by_key)) == by_key
    for article in {c["article_key"] for c in claims}:
        assert repo.article_claims(article) == [c for c in claims if c["article_key"] == article]
    source = claims[0]["source"]["key"]
    mine = repo.source_claims(source)
    assert mine and {c["key"] for c in mine} == {c["key"] for c in claims if c["source"]["key"] == source}
    assert all(c in claims for c in repo.search("تدمر"))


def test_verdict_and_relations_change_the_card(app_client, offline_jsonld):
    app, client = app_client
    repo, store = app.state.repo, app.state.store
    denial = next(c for c in repo.all_claims() if c["quote"] == DENIAL)
    url = f"/cards/{denial['key']}"
    before = client.get(url)
    assert before.status_code == 200 and "الحكم" not in before.text
    try:
        store.replace_graph(REVIEWS_GRAPH, _review_ntriples(denial["id"], 1, "False", "زائف"))
        first = client.get(url, headers={"If-None-Match": before.headers["etag"]})
        assert first.status_code == 200 and first.headers["etag"] != before.headers["etag"]
        assert "الحكم" in first.text and "زائف" in first.text and "Reem" in first.text
        assert "False" in client.get(url, params={"lang": "en"}).text
        # an edit: the revision is the latest, the first is history
        store.replace_graph(REVIEWS_GRAPH, _review_ntriples(denial["id"], 1, "False", "زائف") + "\n"
                            + _review_ntriples(denial["id"], 2, "Misleading", "مضلل", revises=1))
        second = client.get(url)
        assert second.headers["etag"] not in (first.headers["etag"], before.headers["etag"])
        assert "مضلل" in second.text and "زائف" not in second.text
        review = repo.latest_review(denial["key"])
        assert review["rating"]["label"] == "Misleading" and review["rating"]["value"] == 2
        # the JSON-LD is now a ClaimReview, on the card and on the claim page
        for html in (second.text, client.get(f"/claims/{denial['key']}").text):
            (block,) = jsonld_blocks(html)
            doc = json.loads(block)
            validate_claim_review(doc)
            assert doc["reviewRating"]["alternateName"] == "Misleading" and doc["reviewRating"]["ratingValue"] == 2
            assert doc["url"] == "https://factcheck.example.org/r/2"
            check_review_graph(parse_jsonld(doc), denial["id"])
        d = client.get("/oembed", params={"url": f"https://sanad.example/claims/{denial['key']}"}).json()
        assert d["height"] > 0
        assert "مضلل" in client.get(f"{url}.svg").text
    finally:
        store.drop_graph(REVIEWS_GRAPH)
    assert client.get(url).headers["etag"] == before.headers["etag"]
    # a relation goes away: the card and its ETag change
    from kg.model import RELATIONS_GRAPH

    rel = repo.claim_relations(denial["key"])[0]
    nt = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{RELATIONS_GRAPH}> {{ ?s ?p ?o }} }}",
                     graph_format="ntriples").body
    nt = nt.decode() if isinstance(nt, bytes) else nt
    kept = "\n".join(line for line in nt.splitlines() if not line.startswith(f"<{rel['id']}>"))
    try:
        store.replace_graph(RELATIONS_GRAPH, kept)
        after = client.get(url)
        assert after.headers["etag"] != before.headers["etag"]
    finally:
        store.replace_graph(RELATIONS_GRAPH, nt)
    assert client.get(url).headers["etag"] == before.headers["etag"]


def test_frame_ancestors_env_in_app(tmp_path, monkeypatch):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from api.app import create_app

    store = tmp_path / "store"
    sanad("ingest", str(SEEDS / "palmyra-kerry-lavrov.ar.txt"), "--store", str(store), "--quiet")
    monkeypatch.setenv("SANAD_CARD_FRAME_ANCESTORS", "https://cms.example.org 'self'")
    with TestClient(create_app(str(store))) as client:
        key = client.get("/api/relations").json()["items"][0]["a"]["key"]
        csp = client.get(f"/cards/{key}").headers["content-security-policy"]
        assert csp.endswith("frame-ancestors https://cms.example.org 'self'") and csp.count("frame-ancestors") == 1
        assert client.get(f"/cards/{key}.svg").headers["content-security-policy"].endswith(
            "frame-ancestors https://cms.example.org 'self'")
        assert "frame-ancestors 'none'" in client.get("/").headers["content-security-policy"]
    monkeypatch.setenv("SANAD_CARD_FRAME_ANCESTORS", "*; script-src *")
    with pytest.raises(ValueError):
        create_app(str(store))


def test_pages_show_no_reordering_characters(hostile):
    """Claim, article, search and source pages drop bidi overrides/isolates from article text."""
    srv, client = hostile
    c = _hostile_claims(client)["bidi"]
    for path in (f"/claims/{c['key']}", f"/articles/{c['article_key']}", "/search?q=alert", "/articles",
                 f"/sources/{c['source']['key']}"):
        html = client.get(path).text
        for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
            assert ch not in html, (path, hex(ord(ch)))


def test_a_claim_pages_card_from_what_the_page_read_equals_the_card_read_alone(seed_store_dir):
    # the claim page passes its claim, article, appearances, review and related claims to the card
    # (api.pages.claim_page) instead of reading them twice
    from api.cards import as_claim_relations, card_inputs
    from kg.repository import Repository
    from kg.store import OxigraphStore

    store = OxigraphStore(seed_store_dir, read_only=True)
    try:
        repo = Repository(store)
        keys = sorted(c["key"] for c in repo.all_claims())
        compared = 0
        for key in keys:
            claim = repo.claim(key)
            related = repo.related(key, claim=claim)
            assert related == repo.related(key)
            passed = card_inputs(repo, key, claim=claim, article=repo.article(claim["article_key"]),
                                 appearances=repo.appearances(key), review=repo.latest_review(key),
                                 known={r["other"]["id"]: r["other"] for r in related},
                                 relations=as_claim_relations(related))
            assert passed == card_inputs(repo, key)
            assert as_claim_relations(related) == repo.claim_relations(repo.statement_key(key))
            compared += bool(passed["contra"] or passed["support"])
        assert compared >= 2
    finally:
        store.close()


# -- errors as their consumers meet them (ux20)

def test_oembed_errors_carry_the_cors_header_of_its_answers(http, server, denial):
    key = denial["key"]
    ok = http.get("/oembed", params={"url": f"{server.url}/claims/{key}"})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == "*"
    for params, status in (({"url": f"{server.url}/claims/000000000000"}, 404),
                           ({"url": f"{server.url}/claims/{key}", "format": "yaml"}, 501),
                           ({"url": f"{server.url}/claims/{key}", "maxwidth": "0"}, 422)):
        r = http.get("/oembed", params=params)
        assert r.status_code == status and r.headers.get("access-control-allow-origin") == "*", params


def test_oembed_discovery_title_follows_the_page_language(http, server, denial):
    key = denial["key"]
    ar = http.get(f"/claims/{key}", params={"lang": "ar"}).text
    en = http.get(f"/claims/{key}", params={"lang": "en"}).text
    titles_ar = re.findall(r'<link rel="alternate" type="[a-z/]+\+oembed" href="[^"]+" title="([^"]+)">', ar)
    titles_en = re.findall(r'<link rel="alternate" type="[a-z/]+\+oembed" href="[^"]+" title="([^"]+)">', en)
    assert len(titles_ar) == 2 and all(t.startswith("ادعاء من ") for t in titles_ar)
    assert len(titles_en) == 2 and all(t.startswith("Claim by ") for t in titles_en)


@pytest.mark.parametrize("path, status", [("/cards/{key}?lang=fr", 422), ("/cards/000000000000", 404),
                                          ("/cards/{key}?view=huge&lang=en", 422)])
def test_an_error_inside_a_card_iframe_is_card_sized(http, denial, path, status):
    key = denial["key"]
    r = http.get(path.format(key=key), headers={"Accept": "text/html"})
    assert r.status_code == status
    html = r.text
    # no site chrome (header, menu, search form), the card's framing rules, and a CSP allowing one script by its
    # hash: the card's, which reports the box's height to embed.js (api/cards.py _SCRIPT)
    assert "<nav" not in html and 'role="search"' not in html and "<form" not in html
    assert 'class="card" role="alert"' in html
    csp = r.headers["content-security-policy"]
    assert "frame-ancestors" in csp and "x-frame-options" not in r.headers
    [script] = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert "sanad:card-size" in script and "<script" not in html.replace("<script>" + script, "", 1)
    assert re.search(r"script-src ([^;]+)", csp).group(1) == csp_hash(script)
    assert ("This claim card cannot be shown." in html) == ("lang=en" in path)


@pytest.mark.parametrize("path, detail", [
    ("/cards/000000000000", "404: لا يوجد ادعاء بالمفتاح &#39;000000000000&#39;"),
    ("/cards/{key}?lang=fr", "422: lang=fr: يجب أن تكون القيمة &#39;ar&#39; أو &#39;en&#39;"),
    ("/cards/{key}?view=huge", "422: view=huge: يجب أن تكون القيمة &#39;full&#39; أو &#39;compact&#39;"),
    ("/cards/{key}?maxwidth=50&lang=ar", "422: maxwidth=50: يجب ألا تقل القيمة عن 200"),
    ("/cards/{key}/more", "404: الصفحة غير موجودة"),
    ("/cards/000000000000?lang=en", "404: no claim with key &#39;000000000000&#39;"),
    ("/cards/{key}?lang=en&theme=pink", "422: theme=pink: Input should be &#39;light&#39; or &#39;dark&#39;"),
])
def test_a_card_error_speaks_the_cards_language(http, denial, path, detail):
    """An Arabic card's error box said «تعذّر عرض بطاقة الادعاء هذه.» over English details («no claim with key …»,
    pydantic's «Input should be 'ar' or 'en'»), in a paragraph that dir=auto turned left to right when it began
    with the parameter's Latin name: the details come from the catalog in the card's language, in its direction."""
    r = http.get(path.format(key=denial["key"]), headers={"Accept": "text/html"})
    assert r.status_code == int(detail[:3])
    lang = "en" if "lang=en" in path else "ar"
    assert f'<html lang="{lang}" dir="{"ltr" if lang == "en" else "rtl"}"' in r.text
    assert f"<p>{detail}</p>" in r.text
    if lang == "ar":
        assert not re.search(r"no claim|Input should|Not Found", r.text)


@pytest.mark.parametrize("path", ["/cards/{key}", "/cards/{key}?lang=en&view=compact", "/cards/{key}.svg",
                                  "/oembed?url={base}/claims/{key}", "/claims/{key}", "/api/claims/{key}", "/",
                                  "/sparql", "/.well-known/void", "/static/embed.js"])
def test_head_is_answered_as_get_without_a_body(http, server, denial, path):
    """A link checker or a CMS testing an embed URL asks HEAD first: every route but static files was a 405.
    HEAD now answers the GET's status and headers (ETag, type, length, cache, CSP), and no body; over uvicorn."""
    url = path.format(key=denial["key"], base=server.url)
    get, head = http.get(url), http.head(url)
    assert get.status_code == 200 and head.status_code == 200 and head.content == b""
    for h in ("content-type", "etag", "cache-control", "content-security-policy", "link",
              "access-control-allow-origin"):
        assert head.headers.get(h) == get.headers.get(h), h
    assert int(head.headers["content-length"]) == len(get.content)
    if "etag" in get.headers:
        again = http.head(url, headers={"If-None-Match": get.headers["etag"]})
        assert again.status_code == 304 and again.content == b""


def test_head_keeps_errors_and_refusals(http):
    assert http.head("/cards/000000000000").status_code == 404
    assert http.head("/claims/000000000000").status_code == 404
    assert http.head("/logout").status_code == http.get("/logout").status_code  # POST only: 405 both


def _links(header: str) -> list[tuple[str, dict]]:
    out = []
    for part in re.findall(r'<[^>]*>(?:\s*;\s*[a-z]+="[^"]*")*', header):
        target = part[1:part.index(">")]
        out.append((target, dict(re.findall(r'([a-z]+)="([^"]*)"', part))))
    return out


def test_claim_pages_and_cards_name_their_oembed_in_link_headers(http, server, denial):
    """oEmbed discovery without parsing HTML: the claim page's `Link` header names its JSON and XML oEmbed
    answers (as its <link> elements do); a card's names them too, and its claim page as canonical (in the header
    and its <head>), so a card URL pasted into a CMS finds its embed and search engines the page it belongs to."""
    key = denial["key"]
    page, card = http.get(f"/claims/{key}"), http.get(f"/cards/{key}")
    for r in (page, card):
        links = _links(r.headers["link"])
        by_type = {attrs.get("type"): target for target, attrs in links if attrs.get("rel") == "alternate"}
        assert set(by_type) == {"application/json+oembed", "text/xml+oembed"}
        o = http.get(by_type["application/json+oembed"])
        assert o.status_code == 200 and o.json()["type"] == "rich" and f"/cards/{key}" in o.json()["html"]
        x = http.get(by_type["text/xml+oembed"])
        assert x.status_code == 200 and ET.fromstring(x.content).findtext("type") == "rich"
        # the same URLs as the claim page's <link> elements
        for t, target in by_type.items():
            assert f'<link rel="alternate" type="{t}" href="{escape_attr(target)}"' in r.text
    canonical = [t for t, a in _links(card.headers["link"]) if a.get("rel") == "canonical"]
    assert canonical == [f"{server.url}/claims/{key}"]
    assert f'<link rel="canonical" href="{server.url}/claims/{key}">' in card.text
    assert not [t for t, a in _links(page.headers["link"]) if a.get("rel") == "canonical"]


def escape_attr(s: str) -> str:
    return s.replace("&", "&amp;")


def test_oembed_maxheight_caps_what_embed_js_may_resize_to(http, server, denial):
    """An oEmbed answer for a maxheight promises a height within it, and embed.js then resized the iframe to the
    whole card: its iframe now carries the cap (data-sanad-max-height), which embed.js obeys (see the browser
    test); without maxheight there is no cap."""
    url = f"{server.url}/claims/{denial['key']}"
    capped = http.get("/oembed", params={"url": url, "maxheight": 150}).json()
    assert capped["height"] <= 150 and 'data-sanad-max-height="150"' in capped["html"]
    assert "data-sanad-max-height" not in http.get("/oembed", params={"url": url}).json()["html"]
    xml = ET.fromstring(http.get("/oembed", params={"url": url, "maxheight": 150, "format": "xml"}).content)
    assert 'data-sanad-max-height="150"' in xml.findtext("html")
    js = http.get("/static/embed.js").text
    assert "data-sanad-max-height" in js
