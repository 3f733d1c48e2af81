"""Security headers on every response (pages, API, /sparql, static files, errors), HSTS only
over HTTPS, and the write token compared in constant time."""

from __future__ import annotations

import hmac
import json
import urllib.error
import urllib.request
import warnings

import pytest

from api.cards import DEFAULT_FRAME_ANCESTORS

from .conftest import SEEDS, Server, sanad

URLS = [
    "/", "/?lang=en", "/claims/{key}", "/cards/{key}", "/cards/{key}.svg", "/sources", "/login", "/query",
    "/api/stats", "/api/claims/{key}", "/api/claims/000000000000", "/openapi.json", "/docs", "/redoc",
    "/sparql?query=ASK%7B%7D", "/sparql?query=SELECT", "/.well-known/void", "/graph-store?graph=https%3A%2F%2Fw3id.org%2Fsanad%2Fid%2Fgraph%2Fsources",
    "/static/sanad.css", "/static/embed.js", "/static/no-such-file.css", "/static-offline-docs/swagger-ui.css",
    "/no-such-page", "/claims/000000000000",
]


def _get(url: str, headers: dict | None = None):
    """(status, headers) of a GET, errors included."""
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers
    except urllib.error.HTTPError as e:
        return e.code, e.headers


@pytest.fixture(scope="module")
def key(server) -> str:
    with urllib.request.urlopen(server.url + "/api/relations", timeout=30) as r:
        return json.loads(r.read())["items"][0]["a"]["key"]


@pytest.mark.parametrize("path", URLS)
def test_every_response_has_the_security_headers(server, key, path):
    status, h = _get(server.url + path.format(key=key), {"Accept": "text/html"} if "no-such" in path else None)
    if "no-such" in path or "000000000000" in path:
        assert status == 404, (path, status)
    elif path == "/sparql?query=SELECT":
        assert status == 400
    else:
        assert status == 200, (path, status)
    assert h["X-Content-Type-Options"] == "nosniff", path
    assert h["Referrer-Policy"] == "same-origin", path
    csp = h["Content-Security-Policy"]
    directives = dict((d.strip().split(" ", 1) + [""])[:2] for d in csp.split(";") if d.strip())
    assert "default-src" in directives and csp.count("frame-ancestors") == 1, (path, csp)
    if path.startswith("/cards/"):
        # the card's own stricter policy, framable by any page, one opened from a file too (tests/test_cards.py
        # checks the rest)
        assert directives["default-src"] == "'none'" and directives["frame-ancestors"] == DEFAULT_FRAME_ANCESTORS, csp
        assert "X-Frame-Options" not in h
    else:
        assert directives["frame-ancestors"] == "'none'" and h["X-Frame-Options"] == "DENY", (path, csp)
        assert "*" not in csp and "http:" not in csp and "https:" not in csp, (path, csp)
        if path in ("/docs", "/redoc"):  # Swagger UI starts from an inline script, ReDoc has inline styles
            assert "'unsafe-inline'" in directives["script-src"] and "'unsafe-inline'" in directives["style-src"]
        else:  # (the query page allows inline styles, api/sparql.py)
            assert "'unsafe-inline'" not in directives.get("script-src", ""), (path, csp)
    assert "Strict-Transport-Security" not in h, path  # plain http


@pytest.mark.parametrize("path", ["/", "/login", "/api/stats", "/no-such-page", "/cards/{key}"])
def test_hsts_only_over_https(server, key, path):
    url = server.url + path.format(key=key)
    assert "Strict-Transport-Security" not in _get(url)[1]
    # uvicorn trusts X-Forwarded-Proto from 127.0.0.1 (its default $FORWARDED_ALLOW_IPS)
    h = _get(url, {"X-Forwarded-Proto": "https"})[1]
    assert h["Strict-Transport-Security"] == "max-age=31536000"
    if path == "/login":  # the same rule makes the session cookie Secure
        assert "secure" in h["Set-Cookie"].lower()
        assert "secure" not in _get(url)[1]["Set-Cookie"].lower()


def test_no_hsts_when_the_proxy_header_comes_from_an_untrusted_client(tmp_path):
    store = tmp_path / "store"
    sanad("ingest", str(SEEDS / "palmyra-kerry-lavrov.ar.txt"), "--store", str(store), "--quiet", "--no-parse")
    srv = Server(store, env={"FORWARDED_ALLOW_IPS": "10.9.8.7"})
    try:
        for path in ("/", "/login"):
            h = _get(srv.url + path, {"X-Forwarded-Proto": "https"})[1]
            assert "Strict-Transport-Security" not in h and h["X-Content-Type-Options"] == "nosniff"
            if path == "/login":
                assert "secure" not in h["Set-Cookie"].lower()
    finally:
        srv.stop()


@pytest.fixture()
def client(tmp_path, monkeypatch):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from api.app import create_app

    monkeypatch.setenv("SANAD_WRITE_TOKEN", "s3cret-token")
    app = create_app(str(tmp_path / "store"), users=str(tmp_path / "users.json"))

    @app.get("/boom")
    def boom():
        raise RuntimeError("an unexpected failure")

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def test_the_json_api_is_readable_from_other_origins_but_jobs_are_not(server, key):
    """A newsroom page's script on another origin could not read /api/claims/{key} (no CORS header,
    unlike /sparql and /oembed); reads of the JSON API are now open to any origin, without credentials."""
    for path in ("/api/stats", f"/api/claims/{key}", "/api/relations?limit=1", "/api/sources",
                 "/api/search?q=%D8%AA%D8%AF%D9%85%D8%B1", "/api/claims/000000000000"):
        status, h = _get(server.url + path, {"Origin": "https://news.example"})
        assert status in (200, 404) and h["Access-Control-Allow-Origin"] == "*", path
        assert "Access-Control-Allow-Credentials" not in h, path
    status, h = _get(server.url + "/api/jobs/no-such-job", {"Origin": "https://news.example"})
    assert status in (401, 403, 404) and "Access-Control-Allow-Origin" not in h
    _, h = _get(server.url + "/", {"Origin": "https://news.example"})
    assert "Access-Control-Allow-Origin" not in h


def test_an_unexpected_error_has_the_headers_too(client):
    r = client.get("/boom")
    assert r.status_code == 500 and "unexpected failure" not in r.text
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["referrer-policy"] == "same-origin"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert "strict-transport-security" not in r.headers
    r = client.get("https://testserver/boom")
    assert r.headers["strict-transport-security"] == "max-age=31536000"


def test_the_write_token_is_compared_in_constant_time(client, monkeypatch):
    calls, real = [], hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    update = {"update": "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> "
                        "<https://example.org/p> 1 } }"}
    for given in ("wrong", "s3cret-toke", "s3cret-token-and-more", "S3CRET-TOKEN"):
        r = client.post("/sparql", data=update, headers={"Authorization": f"Bearer {given}"})
        assert r.status_code == 401, given
        assert r.headers["x-content-type-options"] == "nosniff"
    assert client.post("/sparql", data=update).status_code == 401  # no token at all
    assert client.put("/graph-store?graph=https://example.org/g", content=b"<https://example.org/s> "
                      b"<https://example.org/p> 2 .", headers={"Content-Type": "application/n-triples",
                                                              "Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/sparql", data=update, headers={"Authorization": "Bearer s3cret-token"}).status_code in (200, 204)
    assert len(calls) == 6 and all(b == b"s3cret-token" for _, b in calls)
    assert (b"s3cret-token", b"s3cret-token") in calls
