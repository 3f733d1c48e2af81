"""The fact-checkers' web UI on the seed, through the real app: language, filters,
machine-readable twins, search, sign-in and verdicts."""

from __future__ import annotations

import csv
import io
import json
import re
import warnings

import pytest
from rdflib import Graph, Namespace, URIRef

from kg.reviews import REVIEWS_GRAPH

from .conftest import SEEDS, sanad

SDO = Namespace("http://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
PASSWORD = "correct horse battery"
ENTERED = "دخول قوات النظام إلى مدينة تدمر"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    base = tmp_path_factory.mktemp("ui")
    store = base / "store"
    sanad("ingest", str(SEEDS), "--store", str(store), "--quiet")
    users = base / "users.json"
    sanad("user", "add", "reem", "--display-name", "Reem <b>H</b>", "--password-stdin", "--users", str(users),
          input=PASSWORD + "\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from api.app import create_app

    app = create_app(str(store), users=str(users))
    with TestClient(app) as client:
        yield app, client, users


@pytest.fixture()
def client(site):
    app, c, _ = site
    c.cookies.clear()
    return c


def claim_keys(html: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r'href="/claims/([0-9a-f]{12})"', html)))


def relation_sections(html: str) -> list[str]:
    return re.findall(r'<section class="relation (\w+)"', html)


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def sign_in(client, next_path="/"):
    page = client.get("/login")
    r = client.post("/login", data={"username": "reem", "password": PASSWORD, "csrf": csrf_of(page.text),
                                    "next": next_path}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return r


# -- language

def test_english_by_default_arabic_on_request_and_remembered(client):
    en = client.get("/")
    assert '<html lang="en" dir="ltr">' in en.text and "Contradictions" in en.text
    # Arabic quotes stay right to left inside the English interface
    assert re.search(r'<blockquote lang="ar" dir="rtl"[^>]*>[^<]*تدمر', en.text)
    ar = client.get("/?lang=ar")
    assert '<html lang="ar" dir="rtl">' in ar.text and "التناقضات" in ar.text and "Contradictions" not in ar.text
    # numbers in Arabic-Indic digits in the Arabic interface
    stats = re.search(r'<p class="stats">(.*?)</p>', ar.text).group(1)
    assert re.search("[٠-٩]", stats) and not re.search("[0-9]", stats)
    # the switch is remembered by cookie, and offered back
    again = client.get("/sources")
    assert '<html lang="ar" dir="rtl">' in again.text and 'hreflang="en"' in again.text
    client.cookies.clear()
    by_header = client.get("/articles", headers={"Accept-Language": "ar-SY,ar;q=0.9,en;q=0.5"})
    assert '<html lang="ar" dir="rtl">' in by_header.text


def test_every_interface_string_has_an_arabic_translation():
    from babel.messages.extract import extract_from_dir

    from api.i18n import catalog
    from api.rendering import SOURCE_TYPE_LABELS, TEMPLATE_DIR

    ar = catalog("ar")
    ids = {m if isinstance(m, str) else m[0] for _, _, m, _, _ in extract_from_dir(
        str(TEMPLATE_DIR), method_map=[("**.html", "jinja2.ext:babel_extract")],
        options_map={"**.html": {"extensions": "jinja2.ext.i18n"}})}
    ids |= set(SOURCE_TYPE_LABELS.values())
    # and the app's own messages: gettext calls and the error messages a page or card shows (api.i18n.Message, N_)
    ids |= {m if isinstance(m, str) else m[0] for _, _, m, _, _ in extract_from_dir(
        str(TEMPLATE_DIR.parent / "api"), method_map=[("*.py", "python")],
        keywords={"_": None, "gettext": None, "ngettext": (1, 2), "N_": None, "Message": None})}
    assert {"no claim with key %(key)s", "Input should be %(expected)s", "sign in to add articles"} <= ids
    assert len(ids) > 100
    missing = sorted(i for i in ids if not ar.get(i))
    assert not missing, missing
    # placeholders survive translation
    for msgid, text in ar.items():
        assert set(re.findall(r"%\(\w+\)s", msgid)) == set(re.findall(r"%\(\w+\)s", text)), msgid


def test_error_pages_speak_the_interface_language(client):
    """The Arabic interface's error page showed its details in English («no claim with key 'nokey'», pydantic's
    «Input should be …»); they come from the catalog now, and the JSON API's details stay English, as they were."""
    html = {"Accept": "text/html"}
    for path, arabic, english in [
        ("/claims/nokey", "لا يوجد ادعاء بالمفتاح &#39;nokey&#39;", "no claim with key &#39;nokey&#39;"),
        ("/sources/nokey", "لا يوجد مصدر بالمفتاح &#39;nokey&#39;", "no source with key &#39;nokey&#39;"),
        ("/?kind=bogus", "kind=bogus: يجب أن تكون القيمة &#39;contradicts&#39; أو &#39;supports&#39;",
         "kind=bogus: Input should be &#39;contradicts&#39; or &#39;supports&#39;"),
        ("/?page=0&sort=x", "يجب ألا تقل القيمة عن 1", "page=0: Input should be greater than or equal to 1"),
        ("/sources?page=x", "page=x: يجب أن تكون القيمة عددًا صحيحًا", "page=x: Input should be a valid integer"),
        ("/?from=2015-13", "from: يُكتب التاريخ بالصيغة YYYY", "from: a date is written YYYY, YYYY-MM or YYYY-MM-DD"),
        ("/claims/nokey?format=bogus", "الصيغة &#39;bogus&#39; غير متاحة هنا", "format &#39;bogus&#39; is not offered"),
        ("/nowhere", "الصفحة غير موجودة", "Not Found"),
    ]:
        sep = "&" if "?" in path else "?"
        ar = client.get(f"{path}{sep}lang=ar", headers=html).text
        assert arabic in ar and english not in ar, path
        assert english in client.get(f"{path}{sep}lang=en", headers=html).text, path
    both = client.get("/?page=0&sort=x&lang=ar", headers=html).text
    assert re.search(r"<p>(sort|page)=[^<]+؛ (sort|page)=[^<]+</p>", both)  # each bad parameter, joined in Arabic
    assert client.get("/api/claims/nokey").json() == {"detail": "no claim with key 'nokey'"}
    assert client.get("/api/relations", params={"kind": "bogus"}).json()["detail"][0]["msg"] == (
        "Input should be 'contradicts' or 'supports'")


def test_a_parameter_error_pydantic_words_otherwise_stays_in_its_words():
    from api.app import _parameter_error

    known = _parameter_error({"type": "literal_error", "loc": ("query", "view"), "input": "x",
                              "msg": "Input should be 'a', 'b' or 'c'", "ctx": {"expected": "'a', 'b' or 'c'"}})
    assert known == "view=x: Input should be 'a', 'b' or 'c'"
    assert known.in_language("ar") == "view=x: يجب أن تكون القيمة 'a', 'b' أو 'c'"
    # a type without a translation, or a pydantic that words a known type differently: its English words
    for e in ({"type": "uuid_parsing", "msg": "Input should be a valid UUID"},
              {"type": "greater_than", "msg": "Input should be greater than 0", "ctx": {"gt": 0.0}}):
        got = _parameter_error({**e, "loc": ("query", "n"), "input": "v"})
        assert got == f"n=v: {e['msg']}" and got.in_language("ar") == got


def test_arabic_numbers_take_the_arabic_separators(client):
    """Arabic-Indic digits were grouped and pointed with Latin marks: «٤,٣٠١ ادعاء» and «الثقة ٠.٧٤» on a
    corpus-sized store's home page; the Arabic separators are ٬ and ٫ (CLDR's arab numbering)."""
    from api.i18n import activate, number

    activate("ar")
    try:
        assert (number(4301), number(0.74, 2), number(1234567.5)) == ("٤٬٣٠١", "٠٫٧٤", "١٬٢٣٤٬٥٦٧٫٥")
    finally:
        activate("en")
    assert (number(4301), number(0.74, 2)) == ("4,301", "0.74")
    home = client.get("/?lang=ar").text
    assert re.search("[٠-٩]٫[٠-٩]", home) and not re.search("[٠-٩][.,][٠-٩]", home)


def test_the_arabic_interface_writes_the_arabic_comma(client):
    """The attribution chain said «(إعلام رسمي), مكتوب وسائل الإعلام السورية الرسمية», a Latin comma in Arabic."""
    key = next(k for k in claim_keys(client.get("/").text)
               if "written" in client.get(f"/claims/{k}?lang=en").text)
    ar = client.get(f"/claims/{key}?lang=ar").text
    assert re.search(r"\)، مكتوب <span", ar) and "), مكتوب" not in ar
    assert re.search(r"\), written <span", client.get(f"/claims/{key}?lang=en").text)


def test_dates_formatted_for_the_locale(client):
    key = claim_keys(client.get("/").text)[0]
    en = client.get(f"/claims/{key}")
    assert re.search(r'<time datetime="2016-03-2\d">Mar 2\d, 2016</time>', en.text)
    ar = client.get(f"/claims/{key}?lang=ar")
    assert re.search(r'<time datetime="2016-03-2\d">[٠-٩]+ مارس [٠-٩]+</time>', ar.text)


# -- home: filters, sorting, pagination

def test_home_shows_the_seed_contradiction_side_by_side(client):
    html = client.get("/").text
    assert relation_sections(html) and set(relation_sections(html)) == {"contradicts"}
    first = html.split('<section class="relation', 2)[1]
    assert ENTERED in first or "تدخل تدمر" in first
    assert "لا صحة" in first and "confidence" in first and 'class="why"' in first


def test_filters_narrow_the_relations(client):
    every = relation_sections(client.get("/").text)
    by_type = client.get("/", params={"source_type": "local-activist-network"}).text
    assert 0 < len(relation_sections(by_type)) <= len(every)
    assert len(relation_sections(client.get("/", params={"source_type": "armed-group"}).text)) == 0
    assert len(relation_sections(client.get("/", params={"place": "palmyra"}).text)) == len(every)
    assert len(relation_sections(client.get("/", params={"place": "geneva"}).text)) == 0
    in_range = client.get("/", params={"from": "2016-03-01", "to": "2016-03-31"}).text
    assert len(relation_sections(in_range)) == len(every)
    assert "No relation matches these filters." in client.get("/", params={"from": "2017-01-01"}).text
    assert len(relation_sections(client.get("/", params={"to": "2016-03"}).text)) == len(every)
    assert client.get("/", params={"from": "last week"}).status_code == 400
    assert client.get("/", params={"source": "../etc"}).status_code == 200
    # the seed's one corroboration is its headline restating state media in the same article: one report, so
    # shown among all sources, not among independent ones (the default for supports; kg.speakers)
    sup = client.get("/", params={"kind": "supports", "source": "syrian-state-media", "sources": "all"}).text
    assert set(relation_sections(sup)) == {"supports"} and "syrian-state-media" in sup
    assert not relation_sections(client.get("/", params={"kind": "supports", "source": "syrian-state-media"}).text)


def test_bad_filter_values_are_a_page_for_browsers_and_json_for_clients(client):
    """?kind=bogus or ?page=0 typed into the address bar showed FastAPI's JSON: a browser now gets
    the site's error page naming the parameter; the status (422) and the API's JSON stay."""
    for params, named in (({"kind": "bogus"}, "kind=bogus"), ({"page": "0"}, "page=0"),
                          ({"sort": "<b>x</b>"}, "sort=&lt;b&gt;x&lt;/b&gt;"), ({"sources": "some"}, "sources=some")):
        r = client.get("/", params=params, headers={"Accept": "text/html,*/*;q=0.8"})
        assert r.status_code == 422 and r.headers["content-type"].startswith("text/html"), params
        assert named in r.text and "Back to the contradictions" in r.text, params
        assert "<b>x</b>" not in r.text
        r = client.get("/", params=params)  # no Accept: text/html, as API clients ask
        assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == list(params)[0]
    card = client.get("/cards/000000000000", params={"lang": "fr"}, headers={"Accept": "text/html"})
    assert card.status_code == 422 and "lang=fr" in card.text
    api = client.get("/api/relations", params={"kind": "bogus"}, headers={"Accept": "text/html"})
    assert api.status_code == 422 and api.json()["detail"]
    assert "kind=bogus" in client.get("/?kind=bogus&lang=ar", headers={"Accept": "text/html"}).text


def test_dates_must_name_real_months_and_days_and_partial_ones_stay_in_the_form(client):
    for bad in ("2015-13", "2016-02-30", "2016-00", "2016-04-31"):
        r = client.get("/", params={"from": bad}, headers={"Accept": "text/html"})
        assert r.status_code == 400 and "YYYY-MM-DD" in r.text, bad
    assert client.get("/", params={"to": "2016-02-29"}).status_code == 200
    # a year or a month cannot sit in a date picker (the browser shows it empty, and the next
    # Apply dropped the filter): it is shown as typed in a text box; a whole day keeps the picker
    html = client.get("/", params={"from": "2016", "to": "2016-03"}).text
    assert re.search(r'<input name="from" value="2016" type="text"', html)
    assert re.search(r'<input name="to" value="2016-03" type="text"', html)
    html = client.get("/", params={"from": "2016-03-01"}).text
    assert re.search(r'<input name="from" value="2016-03-01" type="date"', html)
    assert re.search(r'<input name="to" value="" type="date"', html)


def test_no_page_sets_inline_styles_that_its_csp_refuses(client):
    """Pages are served with style-src 'self': a style="…" attribute is dropped by the browser
    (the source page's record bars never showed)."""
    html = client.get("/").text
    key, source = claim_keys(html)[0], "palmyra-coordination"
    article = re.search(r'href="/articles/([0-9a-f]{12})', html).group(1)
    for path in ("/", "/?kind=supports", f"/claims/{key}", f"/sources/{source}", "/sources", f"/articles/{article}",
                 "/articles", "/search?q=تدمر", "/login"):
        r = client.get(path)
        assert "style-src 'self'" in r.headers["content-security-policy"] and "unsafe-inline" not in \
            r.headers["content-security-policy"], path
        assert not re.search(r"<[a-zA-Z][^>]*\sstyle=", r.text), path


def test_claim_and_source_pages_name_places_and_sources_not_keys(client):
    key = next(k for k in claim_keys(client.get("/", params={"place": "palmyra"}).text)
               if "palmyra" in client.get(f"/api/claims/{k}").json()["places"])
    assert re.search(r'<a href="/\?place=palmyra" dir="auto">Palmyra</a>', client.get(f"/claims/{key}?lang=en").text)
    assert re.search(r'<a href="/\?place=palmyra" dir="auto">تدمر</a>', client.get(f"/claims/{key}?lang=ar").text)
    kerry = client.get("/sources/john-kerry?lang=en").text  # affiliated with the US government: its name, not its key
    assert re.search(r'<a href="/sources/us-government" dir="auto">US government</a>', kerry)
    assert "الحكومة الأميركية</a>" in client.get("/sources/john-kerry?lang=ar").text


def test_search_also_names_the_sources_it_matches(client):
    """Claims are Arabic: "Observatory" found no claim and said nothing more; the sources so named
    are offered above the (empty) results."""
    html = client.get("/search", params={"q": "Observatory"}).text
    assert "No claim matches." in html
    assert re.search(r'<p class="sources-found">Sources with this name: <a href="/sources/sohr"', html)
    assert "sources-found" not in client.get("/search", params={"q": "zzzzqqq"}).text
    assert "sources-found" not in client.get("/search", params={"q": "Observatory", "page": 2}).text


def test_query_pages_speak_the_interface_language_and_read_left_to_right(client):
    """The query editor and the results page were English inside the Arabic interface's right-to-left
    page, their full stops and parentheses flipped to the wrong end; the editor was mirrored."""
    ar = client.get("/query", params={"example": "contradictions", "lang": "ar"}).text
    assert "أمثلة على الاستعلامات" in ar and "Example queries" not in ar
    assert '<div id="yasgui" dir="ltr"' in ar
    assert re.search(r'data-example="contradictions" lang="en" dir="ltr"', ar)  # the titles stay English
    page = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }", "format": "html", "lang": "ar"}).text
    assert "النتيجة:" in page and "تشغيل" in page
    en = client.get("/query", params={"lang": "en"}).text
    assert "Example queries" in en


def test_the_sparql_results_page_links_claims_sources_and_articles_here(client):
    """The results page (format=html) showed a claim's IRI as text, and the IRIs name w3id.org, which sends them
    nowhere: a claim, source or article IRI is a link to its page on this server; any other stays text."""
    from api.rendering import local_page

    assert local_page("https://w3id.org/sanad/id/claim/62ba10491f43") == "/claims/62ba10491f43"
    assert local_page("https://w3id.org/sanad/id/graph/article/ac4cd19eba2f") == "/articles/ac4cd19eba2f"
    assert local_page("https://w3id.org/sanad/id/source/sohr") == "/sources/sohr"
    for other in ("https://w3id.org/sanad/id/relation/cc466b7df4a1", "https://example.org/id/claim/62ba10491f43",
                  "https://w3id.org/sanad/id/claim/x/y", None):
        assert local_page(other) is None
    query = ("SELECT ?c ?s ?text WHERE { ?c a <http://schema.org/Claim> ; <http://schema.org/author> ?s ; "
             "<http://schema.org/text> ?text } LIMIT 3")
    page = client.get("/sparql", params={"query": query, "format": "html"}).text
    claims = re.findall(r'<td dir="auto"><a href="/claims/([0-9a-f]{12})" dir="ltr">https://w3id.org/sanad/id/claim/\1</a>',
                        page)
    sources = re.findall(r'<a href="/sources/([^"]+)" dir="ltr">https://w3id.org/sanad/id/source/\1</a>', page)
    assert len(claims) == 3 and len(sources) == 3
    assert client.get(f"/claims/{claims[0]}").status_code == 200
    body = page.split("<tbody>")[1].split("</tbody>")[0]
    assert body.count("<a ") == 6  # the texts stay text


def test_sparql_results_page_shows_every_query_error(client):
    """The editor's plain form (format=html) showed a syntax error on its page but a refused or failing
    query as bare text; clients asking for SPARQL results keep the plain-text 400."""
    query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    r = client.get("/sparql", params={"query": query, "format": "html", "lang": "en"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert re.search(r'<pre class="error" role="alert" dir="ltr">[^<]*SERVICE', r.text)
    assert '<textarea id="query" name="query"' in r.text  # the query is there to mend
    plain = client.get("/sparql", params={"query": query})
    assert plain.status_code == 400 and plain.headers["content-type"].startswith("text/plain") and "SERVICE" in plain.text


@pytest.mark.parametrize("update, word", [("DROP ALL", "DROP"), ("LOAD <http://example.org/data.ttl>", "LOAD"),
                                          ("PREFIX ex: <http://example.org/>\n# add one\nINSERT DATA { ex:a ex:b 1 }",
                                           "INSERT")])
def test_an_update_sent_as_a_query_says_how_to_send_it(site, client, update, word):
    """`?query=DROP ALL` was a 400 «expected one of DESCRIBE, [_]» (the parser's words for an update where a query
    was expected): the 400 now says it is an update and how updates are sent, on the results page too."""
    from api.limits import RateLimiter

    site[0].state.rate_limiter = RateLimiter.from_env()  # its requests leave the search tests' bucket as it was
    r = client.get("/sparql", params={"query": update})
    assert r.status_code == 400 and r.text.startswith("SPARQL syntax error: error at ")
    assert f"{word} is a SPARQL Update, not a query: send it by POST as the 'update' form field" in r.text
    assert ("LOAD is refused here" in r.text) == (word == "LOAD")
    page = client.get("/sparql", params={"query": update, "format": "html", "lang": "en"})
    assert page.status_code == 400 and f"{word} is a SPARQL Update" in page.text
    # a query with a syntax error gets the parser's message alone; a query naming an update word elsewhere too
    for query in ("SELECT * WHERE { ?s ?p ?o", "SELECT * WHERE { ?s <http://x/DROP> ?o"):
        assert "SPARQL Update" not in client.get("/sparql", params={"query": query}).text
    site[0].state.rate_limiter = RateLimiter.from_env()


def test_a_sparql_link_opened_in_a_browser_shows_the_results_page(client):
    """/sparql?query=… opened in a browser answered SPARQL XML (the browser's application/xml;q=0.9
    ranks first among the endpoint's formats): a browser now gets the results page. SPARQL clients,
    format= and every Accept without HTML at the top are answered as before."""
    query = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 2"
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
    r = client.get("/sparql", params={"query": query, "lang": "en"}, headers={"Accept": browser})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<table class="list results"' in r.text and "2 row(s)" in r.text
    for accept, media in (("application/sparql-results+xml", "application/sparql-results+xml"),
                          ("application/sparql-results+json,*/*;q=0.9", "application/sparql-results+json"),
                          ("application/xml;q=0.9,text/html;q=0.5", "application/sparql-results+xml"),
                          ("*/*", "application/sparql-results+json"), ("", "application/sparql-results+json")):
        got = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
        assert got.status_code == 200 and got.headers["content-type"].startswith(media), accept
    assert client.get("/sparql", params={"query": query, "format": "json"},
                      headers={"Accept": browser}).headers["content-type"].startswith("application/sparql-results+json")
    graph = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"}, headers={"Accept": browser})
    assert graph.headers["content-type"].startswith("text/html") and '<pre class="graph"' in graph.text


def test_sort_by_date_and_filter_form_state(client):
    html = client.get("/", params={"kind": "supports", "sort": "date", "place": "palmyra"}).text
    assert '<option value="date" selected>' in html and '<option value="palmyra" selected>' in html
    assert "Clear filters" in html


def test_source_filter_lists_the_biggest_sources_and_the_selected_one(site, client, monkeypatch):
    from api import pages

    every = site[0].state.repo.sources()  # most claims first
    assert len(every) >= 3
    options = re.compile(r'<select name="source">(.*?)</select>', re.S)
    listed = lambda html: re.findall(r'<option value="([^"]*)"', options.search(html).group(1))  # noqa: E731
    html = client.get("/").text
    assert listed(html) == [""] + [s["key"] for s in every] and "all-sources" not in html
    monkeypatch.setattr(pages, "HOME_SOURCES", 2)
    # pages cached with the whole list (api.cache); set in State's dict, as monkeypatch.setattr on a State
    # deletes the attribute on undo (it looks for it in the instance __dict__)
    monkeypatch.setitem(site[0].state._state, "response_cache", None)
    html = client.get("/").text
    assert listed(html) == ["", every[0]["key"], every[1]["key"]]
    assert f'<a class="all-sources" href="/sources">all {len(every)} sources</a>' in html
    # a source past the biggest stays selectable by its key, and listed as selected
    last = every[-1]["key"]
    html = client.get("/", params={"source": last, "sources": "all"}).text
    assert listed(html) == ["", every[0]["key"], every[1]["key"], last]
    assert f'<option value="{last}" selected>' in html
    assert f'/sources/{last}' in client.get("/sources").text


def test_sources_list_is_paged_and_filtered_by_name_while_its_downloads_stay_whole(site, client, monkeypatch):
    from api import pages
    from kg.text import normalize

    every = site[0].state.repo.sources()  # most claims first
    assert len(every) >= 3
    monkeypatch.setattr(pages, "SOURCES_PAGE_SIZE", 2)
    monkeypatch.setitem(site[0].state._state, "response_cache", None)  # pages cached at the real size (api.cache)
    listed = lambda html: re.findall(r'<tr><td><a href="/sources/([^"]+)"', html)  # noqa: E731
    first = client.get("/sources", headers={"Accept-Language": "en"}).text
    assert listed(first) == [s["key"] for s in every[:2]] and 'rel="prev"' not in first
    assert f"{len(every)} source(s)" in first
    nxt = re.search(r'<a rel="next" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    assert listed(client.get(nxt).text) == [s["key"] for s in every[2:4]]
    # the downloads list every source, on any page
    rows = list(csv.DictReader(io.StringIO(client.get("/sources", params={"page": 2, "format": "csv"}).text)))
    assert [r["key"] for r in rows] == [s["key"] for s in every]
    doc = client.get("/sources", headers={"Accept": "application/ld+json"}).json()
    assert len(doc["itemListElement"]) == len(every)
    # q= keeps the sources whose Arabic name holds the words, spelled with or without hamza, in the same order
    coord = next(s for s in every if s["key"] == "palmyra-coordination")
    assert coord["nameAr"] == "تنسيقية تدمر"
    for q in ("تنسيقية", "تنسيقيه تدمر", "Palmyra Coord"):
        html = client.get("/sources", params={"q": q}).text
        assert "palmyra-coordination" in listed(html), q
        names = {s["key"]: normalize(f"{s['name']} {s['nameAr'] or ''}") for s in every}
        assert all(normalize(q) in names[k] for k in listed(html)), q
    assert listed(client.get("/sources", params={"q": "zzz-no-such-name"}).text) == []
    filtered = client.get("/sources", params={"q": "تدمر", "format": "csv"}).text
    assert "palmyra-coordination" in filtered and filtered.count("\n") - 1 < len(every)


def test_pagination_keeps_filters(site, client, monkeypatch):
    from api import pages

    monkeypatch.setattr(pages, "PAGE_SIZE", 1)
    monkeypatch.setattr(site[0].state, "response_cache", None)  # pages cached at the real PAGE_SIZE (api.cache)
    html = client.get("/", params={"place": "palmyra"}).text
    assert len(relation_sections(html)) == 1
    nxt = re.search(r'<a rel="next" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    assert "place=palmyra" in nxt and "page=2" in nxt
    second = client.get(nxt).text
    assert len(relation_sections(second)) == 1 and claim_keys(second) != claim_keys(html)
    assert 'rel="prev"' in second


def test_a_page_past_the_end_says_so_and_search_counts_every_page(site, client, monkeypatch):
    """/?page=9 said "No relations of this kind yet. Ingest articles…" on a store full of them, and
    search's page 2 counted only its own claims ("2 claim(s)" where there were 4)."""
    from api import pages

    monkeypatch.setitem(site[0].state._state, "response_cache", None)
    for path in ("/?page=9&lang=en", "/?kind=supports&page=9&lang=en", "/sources?page=9&lang=en",
                 "/articles?page=9&lang=en", "/search?q=تدمر&page=99&lang=en",
                 "/sources/palmyra-coordination?page=99&lang=en"):
        html = client.get(path).text
        assert "This page is past the end of the list." in html, path
        assert not re.search(r"yet\.|No claim matches|No claims\.", html), path
        assert re.search(r'<a href="/[^"?]*(\?[^"]*)?">Back to the first page</a>', html), path
        assert "page=" not in re.search(r'<a href="([^"]*)">Back to the first page', html).group(1), path
    assert "هذه الصفحة بعد نهاية القائمة." in client.get("/?page=9&lang=ar").text
    assert "No relations of this kind yet" in client.get("/?kind=supports&place=geneva&lang=en").text or \
        "No relation matches these filters." in client.get("/?kind=supports&place=geneva&lang=en").text
    blank = client.get("/search", params={"q": "   ", "lang": "en"}).text  # nothing was searched: nothing counted
    assert "claim(s) for" not in blank and "No claim matches." not in blank
    monkeypatch.setattr(pages, "PAGE_SIZE", 2)
    first = client.get("/search", params={"q": "تدمر", "lang": "en"}).text
    assert "2+ claim(s) for" in first
    second = client.get("/search", params={"q": "تدمر", "page": 2, "lang": "en"}).text
    shown = len(re.findall(r'<article class="claim', second))
    assert shown and re.search(rf"{2 + shown}\+? claim\(s\) for", second)


# -- machine-readable twins

@pytest.mark.parametrize("path, params, key", [
    ("/api/relations", {"limit": 2}, "key"), ("/api/relations", {"kind": "contradicts", "limit": 1}, "key"),
    ("/api/search", {"q": "تدمر", "limit": 4}, "key"), ("/api/sources", {"limit": 3}, "key")])
# (the seed has one article: /api/articles pages alike)
def test_the_json_lists_name_their_next_page(client, path, params, key):
    """A newsroom script paging /api/relations, /api/articles or /api/search by offset could not tell the last
    page from a full one: it had to ask past the end. Each page names the next one (`next`, null at the end)."""
    everything = client.get(path, params={**params, "limit": 500}).json()
    assert everything["next"] is None
    want = [x[key] for x in everything["items"]]
    assert len(want) > params["limit"]
    got, url, pages = [], client.get(path, params=params).url, 0
    while url:
        page = client.get(str(url)).json()
        assert len(page["items"]) <= params["limit"] and page["limit"] == params["limit"]
        assert page["items"] or pages == 0
        got += [x[key] for x in page["items"]]
        url, pages = page["next"], pages + 1
    assert pages == -(-len(want) // params["limit"])  # no empty page asked for at the end
    # every item once (search pages overlapped: on a 600-article store «داعش» paged by 20 showed 52 of 101 claims);
    # a search page is in article order, the matches cut by IRI, so the pages joined are in another order than one
    assert len(got) == len(set(got)) and set(got) == set(want)
    assert got == want or path == "/api/search"
    exact = client.get(path, params={**params, "limit": len(want)}).json()  # a full last page: no next
    assert len(exact["items"]) == len(want) and exact["next"] is None
    past = client.get(path, params={**params, "offset": len(want)}).json()
    assert past["items"] == [] and past["next"] is None


def test_the_sources_list_stays_whole_unless_a_page_is_asked(client):
    """/api/sources answered every source in one list (1,513 on a 600-article corpus) and read no paging parameter:
    the list stays whole without one; `limit`/`offset` page it as the other lists page; `q` names as /sources?q=."""
    whole = client.get("/api/sources").json()
    assert set(whole) == {"items"} and len(whole["items"]) > 3
    page = client.get("/api/sources", params={"limit": 2, "offset": 1}).json()
    assert page["items"] == whole["items"][1:3] and page["next"]
    named = client.get("/api/sources", params={"q": "المرصد"}).json()["items"]
    assert named and all("المرصد" in (s["nameAr"] or "") for s in named) and len(named) < len(whole["items"])
    assert client.get("/api/sources", params={"limit": 0}).status_code == 422


def test_every_list_page_has_jsonld_turtle_and_csv(client):
    for path, params in (("/", {}), ("/sources", {}), ("/articles", {}), ("/search", {"q": "تدمر"})):
        html = client.get(path, params=params).text
        assert 'rel="alternate" type="text/turtle"' in html and 'type="application/ld+json"' in html
        doc = client.get(path, params=params, headers={"Accept": "application/ld+json"})
        assert doc.headers["content-type"].startswith("application/ld+json")
        assert doc.json()["@type"] == "ItemList" and doc.json()["itemListElement"]
        ttl = client.get(path, params=params, headers={"Accept": "text/turtle"})
        g = Graph().parse(data=ttl.text, format="turtle")
        assert len(g) > 5
        rows = list(csv.DictReader(io.StringIO(client.get(path, params={**params, "format": "csv"}).text)))
        assert len(rows) == len(doc.json()["itemListElement"])
    assert client.get("/", params={"format": "xlsx"}).status_code == 406


def test_home_csv_holds_both_claims_of_each_relation(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/?format=csv").text)))
    assert rows and all(r["relation"] == "contradicts" for r in rows)
    assert any(ENTERED in r["a_quote"] and r["b_polarity"] == "denied" for r in rows)


def test_csv_empty_cells_stay_empty(client):
    """Only a cell that a spreadsheet would run as a formula gets the ' guard: an empty cell (the
    outlet's own statement has no cue) was written as a lone ', which every CSV reader keeps."""
    article = re.search(r'href="/articles/([0-9a-f]{12})', client.get("/").text).group(1)
    for path in ("/?format=csv", f"/articles/{article}?format=csv", "/sources?format=csv"):
        rows = list(csv.DictReader(io.StringIO(client.get(path).text)))
        assert rows, path
        assert not [r for r in rows if "'" in r.values()], path
    own = [r for r in csv.DictReader(io.StringIO(client.get(f"/articles/{article}?format=csv").text))
           if r["source_type"] == "outlet-own"]
    assert own and all(r["cue"] == "" for r in own)


def test_claim_source_article_twins_parse_as_rdf(client):
    html = client.get("/").text
    key = claim_keys(html)[0]
    source = re.search(r'href="/sources/([\w-]+)"', html).group(1)
    article = re.search(r'href="/articles/([0-9a-f]{12})', html).group(1)
    for path, node_type in ((f"/claims/{key}", SDO.Claim), (f"/sources/{source}", None),
                            (f"/articles/{article}", SDO.NewsArticle)):
        g = Graph().parse(data=client.get(path, params={"format": "ttl"}).text, format="turtle")
        if node_type is not None:
            assert any(g.subjects(None, node_type)), path
        assert len(g) > 5
    g = Graph().parse(data=client.get(f"/articles/{article}?format=ttl").text, format="turtle")
    assert len(set(g.subjects(SDO.appearance, None))) >= 10  # the article's claims, reversed
    assert client.get(f"/sources/{source}?format=csv").text.count("\n") > 1


# -- search with Arabic normalization

@pytest.mark.parametrize("q", ["اعلن", "أعلن", "تدمُر", "الأميركي", "الاميركى", "مدينه تدمر"])
def test_search_matches_spelling_variants(client, q):
    html = client.get("/search", params={"q": q}).text
    assert claim_keys(html), q


def test_search_marks_the_matched_words_as_written(client):
    html = client.get("/search", params={"q": "اعلن"}).text
    assert claim_keys(html)
    # matched after normalization, marked on the text as written (with its hamza)
    assert '<mark class="hit">أعلن</mark>' in html


def test_search_highlight_is_escaped_and_keeps_diacritics_with_their_letters():
    from api.rendering import highlight

    assert str(highlight("<b>أعلنت</b> & تدمُر", "اعلنت تدمر")) == (
        '&lt;b&gt;<mark class="hit">أعلنت</mark>&lt;/b&gt; &amp; <mark class="hit">تدمُر</mark>')
    assert str(highlight("<i>x</i>", "<i>")) == '<mark class="hit">&lt;i&gt;</mark>x&lt;/i&gt;'
    assert str(highlight("أعلن", "")) == "أعلن"


def test_search_is_escaped(client):
    html = client.get("/search", params={"q": "<script>alert(1)</script>"}).text
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html


# -- sign-in, CSRF, verdicts

def test_reviewing_needs_sign_in(client):
    key = claim_keys(client.get("/").text)[0]
    r = client.get(f"/claims/{key}/review", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    anonymous = client.post(f"/claims/{key}/reviews", data={"rating": "false", "rationale": "x",
                                                             "csrf": csrf_of(client.get("/login").text)})
    assert anonymous.status_code == 401


def test_sign_in_rejects_wrong_password_missing_csrf_and_other_origins(client):
    page = client.get("/login")
    token = csrf_of(page.text)
    wrong = client.post("/login", data={"username": "reem", "password": "nope-nope-nope", "csrf": token})
    assert wrong.status_code == 401 and "Wrong user name or password." in wrong.text
    no_csrf = client.post("/login", data={"username": "reem", "password": PASSWORD})
    assert no_csrf.status_code == 403
    cross = client.post("/login", data={"username": "reem", "password": PASSWORD, "csrf": token},
                        headers={"Origin": "https://evil.example"})
    assert cross.status_code == 403
    ok = client.post("/login", data={"username": "reem", "password": PASSWORD, "csrf": token,
                                     "next": "//evil.example/x"}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/"
    cookie = ok.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie
    # the sign-in rotated the CSRF token: the one from before no longer works
    stale = client.post("/logout", data={"csrf": token})
    assert stale.status_code == 403
    assert "Signed in as <bdi>Reem &lt;b&gt;H&lt;/b&gt;</bdi>" in client.get("/").text


def test_forged_session_cookie_is_ignored(client):
    client.cookies.set("sanad_session", '{"u": "reem", "csrf": "x"}')
    assert "Signed in as" not in client.get("/").text


def test_users_file_holds_argon2_hashes_only(site):
    _, _, users = site
    text = users.read_text()
    assert PASSWORD not in text and "$argon2id$" in text
    short = sanad("user", "add", "sam", "--password-stdin", "--users", str(users), input="short\n", check=False)
    assert short.returncode == 2 and "at least 10 characters" in short.stderr
    dup = sanad("user", "add", "reem", "--password-stdin", "--users", str(users), input=PASSWORD + "\n",
                check=False)
    assert dup.returncode == 2 and "exists" in dup.stderr


def test_latin_names_are_isolated_and_sources_named_in_arabic_around_verdicts(site, client):
    """In the Arabic interface a fact-checker's Latin name ran into the Arabic around it ("Reem <b>H</b>"
    shown as "<Reem <b>H</b"), and the verdict form and its "Based on" named sources in English."""
    html = client.get("/?lang=ar").text
    sign_in(client)
    # a claim related to the coordination group's denial, not the one test_record_and_revise_a_verdict reviews
    key, form = next((k, f) for k in claim_keys(html) if ENTERED not in client.get(f"/claims/{k}").text
                     and "تنسيقية تدمر</span> (" in (f := client.get(f"/claims/{k}/review?lang=ar").text))
    assert "<bdi>Reem &lt;b&gt;H&lt;/b&gt;</bdi>" in form and "<b>H</b>" not in form
    assert "تنسيقية تدمر</span> (" in form and "Palmyra Coordination" not in form
    palmyra = re.search(r'name="supporting" value="([0-9a-f]{12})"[^>]*>\s*<span dir="auto">تنسيقية تدمر', form).group(1)
    r = client.post(f"/claims/{key}/reviews", follow_redirects=False, data={
        "rating": "false", "rationale": "x", "supporting": [palmyra], "csrf": csrf_of(form)})
    assert r.status_code == 303
    page = client.get(f"/claims/{key}?lang=ar").text
    assert "— <bdi>Reem &lt;b&gt;H&lt;/b&gt;</bdi>" in page and "· <bdi>Reem &lt;b&gt;H&lt;/b&gt;</bdi> ·" in page
    assert re.search(rf'<a href="/claims/{palmyra}" dir="auto">تنسيقية تدمر</a>', page)
    assert re.search(rf'<a href="/claims/{palmyra}" dir="auto">Palmyra Coordination',
                     client.get(f"/claims/{key}?lang=en").text)


def test_record_and_revise_a_verdict(site, client):
    app, _, _ = site
    html = client.get("/").text
    key = next(k for k in claim_keys(html) if ENTERED in client.get(f"/claims/{k}").text)
    sign_in(client)
    form = client.get(f"/claims/{key}/review")
    assert form.status_code == 200 and 'value="false"' in form.text
    token = csrf_of(form.text)
    basis = re.findall(r'name="supporting" value="([0-9a-f]{12})"', form.text)
    assert basis
    first = client.post(f"/claims/{key}/reviews", follow_redirects=False, data={
        "rating": "false", "rationale": "The coordination group <script>alert(1)</script> denies it.",
        "evidence": "https://example.org/footage\nhttps://example.org/map", "supporting": basis[:1], "csrf": token})
    assert first.status_code == 303 and first.headers["location"] == f"/claims/{key}#review"
    page = client.get(f"/claims/{key}").text
    assert "Verdict:</strong> False" in page and "<script>alert(1)" not in page
    assert "https://example.org/footage" in page
    second = client.post(f"/claims/{key}/reviews", follow_redirects=False, data={
        "rating": "mostly-true", "rationale": "Later footage shows the army inside the city.", "csrf": token})
    assert second.status_code == 303
    page = client.get(f"/claims/{key}").text
    assert "Verdict:</strong> Mostly true" in page
    assert page.count('<article class="review') == 2 and 'class="review older"' in page
    # the embedded JSON-LD is the latest ClaimReview; the twin carries the history as PROV
    block = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert block["@type"] == "ClaimReview" and block["reviewRating"]["alternateName"] == "Mostly true"
    assert block["reviewRating"]["ratingValue"] == 4 and block["author"]["name"] == "Reem <b>H</b>"
    twin = client.get(f"/claims/{key}", headers={"Accept": "application/ld+json"}).json()
    older = twin["http://www.w3.org/ns/prov#wasRevisionOf"]
    assert older["reviewRating"]["alternateName"] == "False"
    # stored as schema:ClaimReview with PROV, the edit pointing to what it replaced
    history = client.get(f"/api/claims/{key}/reviews").json()["items"]
    assert [h["rating"]["notation"] for h in history] == ["mostly-true", "false"]
    assert history[0]["replaces"] == history[1]["id"] and history[1]["evidence"] == [
        "https://example.org/footage", "https://example.org/map"]
    assert history[1]["supporting"][0]["key"] == basis[0]
    store = app.state.store
    assert store.ask(f"""PREFIX schema: <http://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#>
        ASK {{ GRAPH <{REVIEWS_GRAPH}> {{
          <{history[0]['id']}> a schema:ClaimReview ; prov:wasRevisionOf <{history[1]['id']}> ;
             prov:wasAttributedTo <https://w3id.org/sanad/id/user/reem> ; prov:generatedAtTime ?t ;
             schema:itemReviewed ?c ; schema:reviewRating/schema:alternateName "Mostly true"@en . }} }}""")
    # Arabic interface: the rating label in Arabic
    assert "صحيح في معظمه" in client.get(f"/claims/{key}?lang=ar").text
    # the card shows the verdict too
    assert "Mostly true" in client.get(f"/cards/{key}?lang=en").text


def test_bad_verdicts_are_refused_and_nothing_is_stored(site, client):
    app, _, _ = site
    key = claim_keys(client.get("/").text)[-1]
    sign_in(client)
    token = csrf_of(client.get(f"/claims/{key}/review").text)
    before = client.get(f"/api/claims/{key}/reviews").json()["items"]
    for data, message in (({"rating": "fake-news", "rationale": "x"}, "unknown rating"),
                          ({"rating": "false", "rationale": "   "}, "needs a written rationale"),
                          ({"rating": "false", "rationale": "x", "evidence": "javascript:alert(1)"}, "http(s) URLs"),
                          ({"rating": "false", "rationale": "x", "supporting": ["000000000000"]}, "no claim")):
        r = client.post(f"/claims/{key}/reviews", data={**data, "csrf": token})
        assert r.status_code == 400 and message in r.text, data
    assert client.post(f"/claims/{key}/reviews", data={"rating": "false", "rationale": "x"}).status_code == 403
    assert client.get(f"/api/claims/{key}/reviews").json()["items"] == before
    assert client.post("/claims/000000000000/reviews", data={"rating": "false", "rationale": "x",
                                                             "csrf": token}).status_code == 404


def test_source_page_shows_profile_and_record_over_time(client):
    html = client.get("/sources/palmyra-coordination").text
    assert "Record over time" in html and re.search(r"<td>March 2016</td>", html)
    assert re.search(r'<svg class="bar contra" width="[1-9]', html)  # not style="…": the CSP refuses inline styles
    assert "تنسيقية" in html
    ar = client.get("/sources/palmyra-coordination?lang=ar").text
    assert "السجل عبر الزمن" in ar and "مارس ٢٠١٦" in ar


def test_article_page_highlights_every_claim_by_source(client):
    html = client.get("/").text
    article = re.search(r'href="/articles/([0-9a-f]{12})', html).group(1)
    page = client.get(f"/articles/{article}").text
    marks = re.findall(r'<mark id="claim-([0-9a-f]{12})" class="s(\d)"', page)
    assert len(marks) >= 15 and len({m[1] for m in marks}) >= 4
    assert '<ul class="legend"' in page


def test_article_page_numbers_each_source_besides_its_colour(client):
    """Colours repeat after 8 sources and are no cue to a colour-blind reader: each quote carries its source's
    number in the legend, which the legend shows in the swatch and names for assistive technology."""
    html = client.get("/").text
    article = re.search(r'href="/articles/([0-9a-f]{12})', html).group(1)
    page = client.get(f"/articles/{article}", params={"lang": "en"}).text
    legend = re.findall(r'<span class="swatch s(\d)" aria-hidden="true">(\d+)</span><a href="/sources/([^"]+)" '
                        r'id="src-(\d+)" dir="auto">([^<]+)</a>', page)
    assert len(legend) >= 4
    numbers = [int(n) for _, n, _, _, _ in legend]
    assert numbers == list(range(1, len(legend) + 1))  # one number per source
    by_number = {n: (colour, int(i), name) for colour, n, _, i, name in legend}
    marks = re.findall(r'<mark id="claim-[0-9a-f]{12}" class="s(\d)" data-n="(\d+)" title="(\d+) · ([^"]+)">'
                       r'<a href="/claims/[0-9a-f]{12}" aria-describedby="src-(\d+)">', page)
    assert len(marks) >= 15
    for colour, n, title_n, who, described in marks:
        assert n == title_n and by_number[n][0] == colour and by_number[n][2] == who
        assert int(described) == by_number[n][1]


def test_claim_page_shows_check_worthiness_and_hedging(client):
    html = client.get("/").text
    key = claim_keys(html)[0]
    data = client.get(f"/api/claims/{key}").json()
    score = data["checkworthiness"]
    assert 0.0 <= score <= 1.0 and data["hedged"] in (True, False)
    page = client.get(f"/claims/{key}").text
    assert f'<meter min="0" max="1" value="{score}">' in page
    assert "Check-worthiness" in page
    assert "جدارة التحقق" in client.get(f"/claims/{key}?lang=ar").text
