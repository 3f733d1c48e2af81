"""Malformed SPARQL against the real /sparql endpoint (issue 16).

Every query of the corpus is sent three ways (GET, POST form, POST application/sparql-query)
to `sanad serve` over HTTP. A malformed query is the client's fault: 400 with a message,
never a 500 (nor a dropped connection); a query past MAX_QUERY_CHARS (api/sparql.py) is
refused with 400 too, and a URL too long for the HTTP server with 414 (or 400/431). After each
case the server must still answer a normal ASK.
"""

from __future__ import annotations

import http.client
import urllib.parse

import httpx
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from api.http_limits import MAX_URL_BYTES
from api.sparql import MAX_QUERY_CHARS

DEEP = 5_000
ASK = "ASK { ?s ?p ?o }"

# name → query text; all malformed (or over the size limit)
MALFORMED: dict[str, str] = {
    "empty": "",
    "only-whitespace": " \n\t ",
    "only-bom": "\ufeff",
    "bom-then-garbage": "\ufeff}",
    "only-comment": "# nothing here\n",
    "nul-byte": "SELECT * WHERE { ?s ?p ?o }\x00",
    "nul-inside-string": 'SELECT * WHERE { ?s ?p "a\x00b" }',
    "unterminated-string": 'SELECT * WHERE { ?s ?p "abc }',
    "unterminated-single-string": "SELECT * WHERE { ?s ?p 'abc }",
    "unterminated-long-string": 'SELECT * WHERE { ?s ?p """abc }',
    "unterminated-long-strings-many": 'SELECT * WHERE { ?s ?p ' + '"""a' * 20_000,
    "unterminated-iri": "SELECT * WHERE { <http://example.org/a ?p ?o }",
    "unterminated-iri-eof": "SELECT * WHERE { ?s ?p <http://example.org/",
    "iri-with-space": "SELECT * WHERE { <http://exa mple.org/a> ?p ?o }",
    "iri-with-control": "SELECT * WHERE { <http://example.org/\x01a> ?p ?o }",
    "iri-with-newline": "SELECT * WHERE { <http://example.org/\na> ?p ?o }",
    "iri-with-bidi": "SELECT * WHERE { <http://example.org/\u202ea> ?p ?o } garbage",
    "iri-with-quote-and-brace": 'SELECT * WHERE { <http://example.org/"{}> ?p ?o }',
    "unknown-prefix": "SELECT * WHERE { ?s nope:thing ?o }",
    "unknown-prefix-in-select": "SELECT (nope:f(?s) AS ?x) WHERE { ?s ?p ?o }",
    "prefix-without-iri": "PREFIX ex: SELECT * WHERE { ?s ?p ?o }",
    "deep-open-braces": "SELECT * WHERE " + "{" * DEEP,
    "deep-close-braces": "SELECT * WHERE { ?s ?p ?o " + "}" * DEEP,
    "deep-unbalanced-groups": "SELECT * WHERE " + "{" * DEEP + "}" * (DEEP - 1),
    "deep-open-parens": "SELECT * WHERE { FILTER(" + "(" * DEEP + "1 }",
    "deep-unbalanced-parens": "SELECT * WHERE { FILTER(" + "(" * DEEP + "1" + ")" * (DEEP - 1) + " }",
    "deep-unbalanced-brackets": "SELECT * WHERE { ?s ?p " + "[ ?p " * DEEP + "}",
    "deep-unbalanced-lists": "SELECT * WHERE { ?s ?p " + "(" * DEEP + "}",
    "huge-literal-1mb": 'SELECT * WHERE { ?s ?p "' + "x" * 1_000_000 + '" }',
    "huge-arabic-literal": 'SELECT * WHERE { ?s ?p "' + "قال" * 40_000 + '" }',
    "just-select": "SELECT",
    "just-braces": "}}}{{{",
    "select-no-where": "SELECT ?x",
    "ask-unclosed": "ASK {",
    "bad-variable": "SELECT ?-x WHERE { ?s ?p ?o }",
    "lone-question-mark": "SELECT ? WHERE { ?s ?p ?o }",
    "bad-escape": r'SELECT * WHERE { ?s ?p "\q" }',
    "bad-unicode-escape": r'SELECT * WHERE { ?s ?p "\uZZZZ" }',
    "surrogate-escape": r'SELECT * WHERE { ?s ?p "\uD800" }',
    "escape-past-unicode": r'SELECT * WHERE { ?s ?p "\U00110000" }',
    "bad-langtag": 'SELECT * WHERE { ?s ?p "a"@ }',
    "bad-datatype": 'SELECT * WHERE { ?s ?p "a"^^ }',
    "limit-negative": "SELECT * WHERE { ?s ?p ?o } LIMIT -1",
    "limit-text": "SELECT * WHERE { ?s ?p ?o } LIMIT ten",
    "two-queries": "ASK {} ASK {}",
    "update-as-query": "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
    "arabic-keywords": "اختر * حيث { ?s ?p ?o }",
    "arabic-punctuation": "SELECT * WHERE { ?s ?p ?o ، ؛ ؟ }",
    "control-chars": "SELECT * WHERE {\x01\x02\x1b ?s ?p ?o }",
    "bidi-overrides": "\u202eSELECT * WHERE { ?s ?p ?o }\u202c garbage",
    "too-long": "ASK {} #" + "x" * MAX_QUERY_CHARS,
}

# Valid but extreme: any answer but a 5xx (a 200 or a refusal with 400)
EXTREME: dict[str, str] = {
    "deep-balanced-groups": "ASK " + "{" * DEEP + "}" * DEEP,
    "deep-balanced-parens": "ASK { FILTER(" + "(" * DEEP + "true" + ")" * DEEP + ") }",
    "deep-balanced-not": "ASK { FILTER(" + "!" * DEEP + "true) }",
    "deep-balanced-unary-minus": "ASK { FILTER(" + "-" * DEEP + "1 = 1) }",
    "deep-optional": "ASK { " + "OPTIONAL { " * 2_000 + "}" * 2_000 + " }",
    "deep-union": "ASK { " + " UNION ".join(["{}"] * 5_000) + " }",
    "deep-property-path": "ASK { ?s " + "(" * DEEP + "<http://example.org/p>" + ")" * DEEP + " ?o }",
    "deep-blank-nodes": "ASK { ?s ?p " + "[ ?p " * 2_000 + "]" * 2_000 + " }",
    "deep-collections": "ASK { ?s ?p " + "(" * 2_000 + "1" + ")" * 2_000 + " }",
    "huge-limit": "SELECT * WHERE { ?s ?p ?o } LIMIT 99999999999999999999999999999",
    "huge-offset": "SELECT * WHERE { ?s ?p ?o } OFFSET 99999999999999999999999999999 LIMIT 1",
    "bad-regex": 'ASK { FILTER(REGEX("a", "(")) }',
    "iri-relative": "ASK { <a b> ?p ?o }",
    "many-prefixes": "".join(f"PREFIX p{i}: <http://example.org/{i}#>\n" for i in range(2_000)) + "ASK {}",
}

STATUS_OK_FOR_TOO_LONG = {400, 413, 414, 431}


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=120) as c:
        yield c


def _alive(client) -> None:
    r = client.get("/sparql", params={"query": ASK}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text[:300]
    assert r.json()["boolean"] is True


def _raw_get(client, target: str, headers: dict) -> httpx.Response:
    """A GET by http.client: httpx refuses URLs over 64 KiB before sending them."""
    url = urllib.parse.urlsplit(str(client.base_url))
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    try:
        conn.request("GET", target, headers=headers)
        resp = conn.getresponse()
        return httpx.Response(resp.status, content=resp.read())
    finally:
        conn.close()


def _send(client, how: str, query: str | bytes) -> httpx.Response:
    accept = {"Accept": "application/sparql-results+json, application/n-triples;q=0.9"}
    if how == "get":
        # uvicorn's HTTP parser (h11) answers a request line past its buffer with 400 "Invalid
        # HTTP request received." and closes: a client still sending sees a reset instead.
        if len(urllib.parse.quote(query, safe="", errors="surrogatepass")) > 16_384:
            try:
                return _raw_get(client, "/sparql?query=" + urllib.parse.quote(query, safe="", errors="surrogatepass"),
                                accept)
            except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected):
                return httpx.Response(400, content=b"(connection closed by the HTTP server: URL too long)")
        return _raw_get(client, "/sparql?query=" + urllib.parse.quote(query, safe="", errors="surrogatepass"), accept)
    if how == "form":
        body = "query=" + urllib.parse.quote(query, safe="", errors="surrogatepass") if isinstance(query, str) else query
        return client.post("/sparql", content=body,
                           headers={**accept, "Content-Type": "application/x-www-form-urlencoded"})
    data = query.encode("utf-8", "surrogatepass") if isinstance(query, str) else query
    return client.post("/sparql", content=data, headers={**accept, "Content-Type": "application/sparql-query"})


def _url_too_long(query: str | bytes, how: str) -> bool:
    """A GET whose URL is past `sanad serve`'s limit (api.http_limits) is answered 414 before
    SPARQL sees it."""
    return how == "get" and isinstance(query, str) and len(
        "/sparql?query=" + urllib.parse.quote(query, safe="", errors="surrogatepass")) > MAX_URL_BYTES


def _check_refused(r: httpx.Response, query: str | bytes, how: str) -> None:
    size = len(query)
    allowed = {400} if size <= MAX_QUERY_CHARS // 2 or how != "get" else STATUS_OK_FOR_TOO_LONG
    if _url_too_long(query, how):
        allowed = {414}
    assert r.status_code in allowed, (r.status_code, r.text[:500])
    assert r.text.strip(), "a refusal without a message"


HOWS = ["get", "form", "body"]


@pytest.mark.parametrize("how", HOWS)
@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_query_is_a_400_with_a_message(client, name, how):
    query = MALFORMED[name]
    r = _send(client, how, query)
    _check_refused(r, query, how)
    _alive(client)


@pytest.mark.parametrize("how", HOWS)
@pytest.mark.parametrize("name", sorted(EXTREME))
def test_extreme_valid_query_is_never_a_server_error(client, name, how):
    query = EXTREME[name]
    r = _send(client, how, query)
    assert r.status_code in ({414} if _url_too_long(query, how) else {200, 400}), (r.status_code, r.text[:500])
    if r.status_code >= 400:
        assert r.text.strip()
    _alive(client)


# Raw bytes: invalid UTF-8 in a POST body (and percent-encoded in a GET / form)
BAD_BYTES = {
    "lone-continuation": b'ASK { ?s ?p "\x80" }',
    "ff-fe": b'\xff\xfeA\x00S\x00K\x00',
    "truncated-sequence": b'ASK { ?s ?p "\xd9" }',
    "overlong-slash": b'ASK { ?s ?p "\xc0\xaf" }',
    "cesu-surrogate": b'ASK { ?s ?p "\xed\xa0\x80" }',
    "latin1-arabic-ish": 'ASK { ?s ?p "café" }'.encode("latin-1"),
    "utf16-query": "ASK { ?s ?p ?o }".encode("utf-16"),
    "nul-bytes": b"ASK {\x00}",
}


@pytest.mark.parametrize("name", sorted(BAD_BYTES))
def test_invalid_utf8_post_body_is_a_400(client, name):
    data = BAD_BYTES[name]
    r = _send(client, "body", data)
    assert r.status_code == 400, (r.status_code, r.text[:300])
    assert r.text.strip()
    _alive(client)


@pytest.mark.parametrize("how", ["get", "form"])
@pytest.mark.parametrize("name", sorted(BAD_BYTES))
def test_invalid_utf8_percent_encoded_is_a_400(client, name, how):
    encoded = urllib.parse.quote_from_bytes(BAD_BYTES[name], safe="")
    if how == "get":
        r = _raw_get(client, "/sparql?query=" + encoded, {})
    else:
        r = client.post("/sparql", content="query=" + encoded,
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 400, (r.status_code, r.text[:300])
    assert r.text.strip()
    _alive(client)


def test_raw_invalid_utf8_in_form_body_is_a_400(client):
    r = client.post("/sparql", content=b"query=ASK%20{%20?s%20?p%20\"\xff\xfe\"%20}",
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 400, (r.status_code, r.text[:300])
    assert r.text.strip()
    _alive(client)


def test_form_body_of_1mb_is_refused(client):
    r = client.post("/sparql", content="query=" + "x" * 1_000_000,
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code in (400, 413), (r.status_code, r.text[:300])
    assert r.text.strip()
    _alive(client)


# Random text: mostly SPARQL-looking tokens, with hostile characters sprinkled in
_TOKENS = st.sampled_from([
    "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "FILTER", "OPTIONAL", "UNION", "GRAPH", "BIND", "AS",
    "VALUES", "PREFIX", "BASE", "LIMIT", "OFFSET", "ORDER BY", "GROUP BY", "HAVING", "COUNT(*)", "*",
    "{", "}", "(", ")", "[", "]", ".", ";", ",", "?s", "?p", "?o", "$x", "<http://example.org/a>", "<", ">",
    '"', "'", '"""', "'''", "\\", "@ar", "^^", "xsd:string", "schema:name", "nope:x", "a", "1", "-1", "1e999",
    "true", "#", "\n", "\x00", "\ufeff", "\u202e", "\u2066", "قال", "«", "»", "،", "؟", "٣", "\ud800",
])
RANDOM_QUERY = st.lists(st.one_of(_TOKENS, st.text(max_size=8)), max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(query=RANDOM_QUERY, how=st.sampled_from(HOWS))
def test_random_query_text_is_never_a_server_error(client, query, how):
    r = _send(client, how, query)
    assert r.status_code in (200, 400), (r.status_code, r.text[:500])
    if r.status_code == 400:
        assert r.text.strip()


def test_still_answers_after_the_corpus(client):
    _alive(client)
