"""Rendered responses cached per store generation (api/cache.py, issue 16), through the real
app in-process on a copy of the seed store: 304 on a matching If-None-Match, a write seen at
once, language and format variants kept apart, a signed-in page never served to anyone else,
a new visitor's session cookie never replayed, and the cache bounded. No timings here:
they live in bench/load_bench.py."""

from __future__ import annotations

import re
import shutil
import warnings

import pytest

from api.cache import ENTRY_SHARE, Entry, ResponseCache, etag_matches
from kg.users import UserDirectory

PASSWORD = "correct horse battery"
TOKEN = "cache-test-write-token"
HEADLINE = "عنوان جديد بعد الكتابة"

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture()
def site(seed_store_dir, tmp_path, monkeypatch):
    """The app on its own copy of the seed store (tests write to it), a fact-checker 'reem',
    writes allowed with TOKEN. Yields (app, anonymous client, a claim key, its article key)."""
    from api.app import create_app

    monkeypatch.setenv("SANAD_WRITE_TOKEN", TOKEN)
    monkeypatch.delenv("SANAD_RESPONSE_CACHE_MB", raising=False)
    store = tmp_path / "store"
    shutil.copytree(seed_store_dir, store)
    users = UserDirectory(tmp_path / "users.json")
    users.add("reem", PASSWORD, display_name="Reem Checker")
    app = create_app(str(store), users=str(users.path))
    with TestClient(app) as client:
        claim = app.state.repo.all_claims()[0]
        yield app, client, claim["key"], claim["article_key"]


def sign_in(client: TestClient) -> None:
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = client.post("/login", data={"username": "reem", "password": PASSWORD, "csrf": token}, follow_redirects=False)
    assert r.status_code == 303


def set_headline(client: TestClient, article_key: str, headline: str) -> None:
    update = f"""PREFIX schema: <http://schema.org/> PREFIX sanad: <https://w3id.org/sanad/ns#>
DELETE {{ GRAPH ?g {{ ?a schema:headline ?old }} }} INSERT {{ GRAPH ?g {{ ?a schema:headline "{headline}"@ar }} }}
WHERE {{ GRAPH ?g {{ ?a sanad:key "{article_key}" . OPTIONAL {{ ?a schema:headline ?old }} }} }}"""
    r = client.post("/sparql", content=update.encode(), headers={
        "Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code in (200, 204), r.text


# -- conditional requests

@pytest.mark.parametrize("path", ["/claims/{key}", "/claims/{key}?format=jsonld", "/cards/{key}",
                                  "/cards/{key}.svg", "/"])
def test_matching_if_none_match_is_answered_304(site, path):
    _, client, key, _ = site
    url = path.format(key=key)
    first = client.get(url)
    assert first.status_code == 200
    etag = first.headers["etag"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)
    again = client.get(url)  # from the cache now: the same bytes, the same validator
    assert again.content == first.content and again.headers["etag"] == etag

    r = client.get(url, headers={"If-None-Match": etag})
    assert r.status_code == 304 and r.content == b""
    assert r.headers["etag"] == etag and "content-type" not in r.headers
    assert client.get(url, headers={"If-None-Match": f'"other", W/{etag}'}).status_code == 304
    r = client.get(url, headers={"If-None-Match": '"not-this-one"'})
    assert r.status_code == 200 and r.content == first.content


def test_claim_page_is_revalidated_not_kept_stale_by_browsers(site):
    _, client, key, _ = site
    r = client.get(f"/claims/{key}")
    assert r.headers["cache-control"] == "no-cache"  # stored, but asked again: a write changes it
    assert "Accept-Language" in r.headers["vary"] and "Cookie" in r.headers["vary"]
    assert client.get(f"/cards/{key}").headers["cache-control"] == "public, max-age=300"  # as before


# -- never stale after a write

def test_a_sparql_update_is_seen_at_once(site):
    app, client, key, article_key = site
    page, card = client.get(f"/claims/{key}"), client.get(f"/cards/{key}")
    assert HEADLINE not in page.text and HEADLINE not in card.text
    assert len(app.state.response_cache) >= 2

    set_headline(client, article_key, HEADLINE)

    new_page = client.get(f"/claims/{key}", headers={"If-None-Match": page.headers["etag"]})
    assert new_page.status_code == 200 and HEADLINE in new_page.text
    assert new_page.headers["etag"] != page.headers["etag"]
    new_card = client.get(f"/cards/{key}", headers={"If-None-Match": card.headers["etag"]})
    assert new_card.status_code == 200 and HEADLINE in new_card.text
    jsonld = client.get(f"/claims/{key}?format=jsonld").json()
    assert jsonld["appearance"]["headline"] == HEADLINE


def test_a_graph_store_delete_is_seen_at_once(site):
    app, client, key, article_key = site
    assert client.get(f"/cards/{key}").status_code == 200
    assert client.get(f"/claims/{key}").status_code == 200
    graph = app.state.store.select(f"""PREFIX sanad: <https://w3id.org/sanad/ns#>
SELECT ?g WHERE {{ GRAPH ?g {{ ?article sanad:key "{article_key}" }} }}""")[0]["g"]

    r = client.delete("/graph-store", params={"graph": graph}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code in (200, 204), r.text
    assert client.get(f"/cards/{key}").status_code == 404
    assert client.get(f"/claims/{key}").status_code == 404


def test_a_write_during_rendering_is_not_stored_as_current():
    cache = ResponseCache(1 << 20)
    cache.put(("g2", "/a"), entry(2, b"new"))
    cache.put(("g1", "/a"), entry(1, b"rendered before the write"))  # finished after a newer answer
    assert len(cache) == 1 and cache.get(("g1", "/a")) is None
    cache.put(("g3", "/b"), entry(3, b"after another write"))  # frees what no one can find again
    assert len(cache) == 1 and cache.get(("g2", "/a")) is None


def test_readers_of_a_page_being_rendered_wait_for_it(site, monkeypatch):
    """50 readers of one card that is not cached yet (after a write, say): rendered once."""
    import asyncio

    import httpx

    from api import cards

    app, _, key, _ = site
    renders = []
    real = cards.render_card

    def counted(*args, **kwargs):
        renders.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(cards, "render_card", counted)

    async def readers():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
            return await asyncio.gather(*(c.get(f"/cards/{key}") for _ in range(50)))

    answers = asyncio.run(readers())
    assert {r.status_code for r in answers} == {200}
    assert len({r.content for r in answers}) == 1
    assert len(renders) == 1


# -- variants kept apart

def test_language_variants_are_not_mixed(site):
    _, client, key, _ = site
    url = f"/claims/{key}"

    def lang(r) -> str:
        return re.search(r'<html lang="(\w+)"', r.text).group(1)

    for _ in range(2):  # the second round is served from the cache
        assert lang(client.get(url, headers={"Accept-Language": "ar"})) == "ar"
        assert lang(client.get(url, headers={"Accept-Language": "en-GB,en;q=0.8"})) == "en"
        fresh = TestClient(client.app)
        fresh.cookies.set("sanad_lang", "ar")
        assert lang(fresh.get(url, headers={"Accept-Language": "en"})) == "ar"  # the cookie wins
        fresh = TestClient(client.app)
        fresh.cookies.set("sanad_lang", "en")
        assert lang(fresh.get(url, headers={"Accept-Language": "ar"})) == "en"

    # ?lang= is remembered in a cookie, from the cache too
    fresh = TestClient(client.app)
    for _ in range(2):
        r = fresh.get(url + "?lang=ar")
        assert lang(r) == "ar" and "sanad_lang=ar" in r.headers.get("set-cookie", "")
    # cards take lang= from the query alone
    assert 'lang="en"' in client.get(f"/cards/{key}?lang=en").text
    assert 'lang="ar"' in client.get(f"/cards/{key}", headers={"Accept-Language": "en"}).text


def test_format_variants_are_not_mixed(site):
    _, client, key, _ = site
    url = f"/claims/{key}"
    for _ in range(2):
        assert client.get(url, headers={"Accept": "text/html"}).headers["content-type"].startswith("text/html")
        r = client.get(url, headers={"Accept": "application/ld+json"})
        assert r.headers["content-type"].startswith("application/ld+json") and r.json()["url"].endswith(url)
        assert client.get(url, headers={"Accept": "text/turtle"}).headers["content-type"].startswith("text/turtle")


# -- what is personal is never shared

def test_a_signed_in_page_is_never_served_to_others(site):
    app, client, key, _ = site
    url = f"/claims/{key}"
    anonymous_before = client.get(url)
    assert "Reem Checker" not in anonymous_before.text

    reem = TestClient(app)
    sign_in(reem)
    mine = reem.get(url)
    assert "Reem Checker" in mine.text, "a signed-in reader must get their own page, not the cached one"
    csrf = re.search(r'name="csrf" value="([^"]+)"', mine.text).group(1)
    assert mine.headers["cache-control"] == "private, no-cache"
    assert "etag" not in mine.headers
    assert reem.get(url, headers={"If-None-Match": anonymous_before.headers["etag"]}).status_code == 200

    for other in (client, TestClient(app)):
        r = other.get(url)
        assert "Reem Checker" not in r.text and csrf not in r.text
        assert r.content == anonymous_before.content
    stored = b"".join(e.body + b"".join(v for _, v in e.headers) for e in app.state.response_cache._entries.values())
    assert b"Reem Checker" not in stored and csrf.encode() not in stored


def test_a_new_visitors_session_cookie_is_not_replayed(site):
    app, _, key, _ = site
    url = f"/claims/{key}"
    first = TestClient(app).get(url)  # a miss: rendered for this visitor, who gets a session
    cookie = first.cookies.get("sanad_session")
    assert cookie
    for _ in range(2):
        later = TestClient(app).get(url)  # a hit
        assert later.content == first.content
        assert later.cookies.get("sanad_session") != cookie


# -- bounded

def entry(generation: int, body: bytes) -> Entry:
    return Entry(200, [(b"content-type", b"text/html")], body, '"e"', generation, 0.0)


def test_cache_is_an_lru_bounded_in_bytes():
    one = entry(1, b"x" * 1000)
    room = ENTRY_SHARE  # entries that fit (one answer may take 1/ENTRY_SHARE of the cache)
    cache = ResponseCache(one.size * room)
    for i in range(room):
        cache.put((1, i), entry(1, b"x" * 1000))
    assert len(cache) == room and cache.size <= cache.max_bytes
    assert cache.get((1, 0)) is not None  # read: now the most recent
    cache.put((1, room), entry(1, b"x" * 1000))
    assert cache.size <= cache.max_bytes and cache.evictions == 1
    assert cache.get((1, 1)) is None, "the least recently used goes first"
    assert cache.get((1, 0)) is not None and cache.get((1, room)) is not None

    cache.put((1, "huge"), entry(1, b"x" * (cache.max_bytes // ENTRY_SHARE + 1)))
    assert cache.get((1, "huge")) is None and cache.get((1, 0)) is not None

    # a long key (a query string, an Accept header) counts against the bound too
    cache.put((1, "q" * 500), entry(1, b"x" * 100))
    assert cache.get((1, "q" * 500)).size >= 600 and cache.size <= cache.max_bytes


def test_cache_stays_within_its_size_serving_many_pages(seed_store_dir, tmp_path, monkeypatch):
    from api.app import create_app

    monkeypatch.setenv("SANAD_RESPONSE_CACHE_MB", "0.1")
    store = tmp_path / "store"
    shutil.copytree(seed_store_dir, store)
    app = create_app(str(store))
    with TestClient(app) as client:
        cache = app.state.response_cache
        keys = [c["key"] for c in app.state.repo.all_claims()]
        bodies = {}
        for key in keys:
            for url in (f"/claims/{key}", f"/cards/{key}"):
                bodies[url] = client.get(url).content
                assert cache.size <= cache.max_bytes
        assert cache.evictions > 0, "0.1 MB must not hold every page of the seed"
        for url, body in bodies.items():  # evicted or not, each answer is the same
            assert client.get(url).content == body


def test_cache_setting(monkeypatch, seed_store_dir):
    from api.app import create_app

    monkeypatch.setenv("SANAD_RESPONSE_CACHE_MB", "0")
    assert ResponseCache.from_env() is None
    monkeypatch.setenv("SANAD_RESPONSE_CACHE_MB", "lots")
    with pytest.raises(ValueError, match="SANAD_RESPONSE_CACHE_MB must be a number"):
        create_app(str(seed_store_dir))
    monkeypatch.setenv("SANAD_RESPONSE_CACHE_MB", "-1")
    with pytest.raises(ValueError, match="must be at least 0"):
        ResponseCache.from_env()


def test_serve_refuses_a_bad_cache_size_in_one_line(tmp_path):
    from tests.conftest import sanad

    proc = sanad("serve", "--store", str(tmp_path / "store"), check=False, env={"SANAD_RESPONSE_CACHE_MB": "lots"})
    assert proc.returncode == 2
    assert proc.stderr.strip() == "sanad: error: $SANAD_RESPONSE_CACHE_MB must be a number, not 'lots'"


def test_etag_matching():
    assert etag_matches('"a"', '"a"') and etag_matches('W/"a"', '"a"') and etag_matches("*", '"a"')
    assert etag_matches('"b", "a"', '"a"') and not etag_matches('"b"', '"a"') and not etag_matches(None, '"a"')
