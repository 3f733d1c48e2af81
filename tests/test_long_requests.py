"""Oversized request lines and headers against the real `sanad serve` (uvicorn): 414 and 431 with
a message, at once, never a 500 or a hang, and the server goes on answering (api.http_limits)."""

from __future__ import annotations

import socket
import time
import urllib.parse

import pytest

from api.http_limits import MAX_HEADER_BYTES, MAX_HEADERS, MAX_URL_BYTES

from .conftest import Server, sanad


def exchange(server, request: bytes, timeout: float = 15.0) -> tuple[int, bytes, float]:
    """Send raw bytes on one connection and read until the server closes it; (status, whole
    answer, seconds). A client still sending when the server answers keeps going: the server
    must drain, not reset, or the client never reads the answer."""
    url = urllib.parse.urlsplit(server.url)
    t0 = time.monotonic()
    with socket.create_connection((url.hostname, url.port), timeout=timeout) as s:
        try:
            s.sendall(request)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the answer may already be there; reading it is what counts
        chunks = []
        while data := s.recv(65536):  # every exchange here ends with the server closing
            chunks.append(data)
    answer = b"".join(chunks)
    return int(answer.split(b" ", 2)[1]), answer, time.monotonic() - t0


def get(path: str, headers: bytes = b"") -> bytes:
    return b"GET " + path.encode("ascii") + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + b"\r\n"


def alive(server) -> None:
    status, answer, _ = exchange(server, get("/api/stats", b"Connection: close\r\n"))
    assert status == 200 and b'"claims"' in answer


@pytest.mark.parametrize("size", [MAX_URL_BYTES + 1, 64 * 1024, 1_000_000])
def test_a_url_past_the_limit_is_a_414(server, size):
    status, answer, seconds = exchange(server, get("/api/stats?pad=" + "a" * size, b"Connection: close\r\n"))
    assert status == 414, answer[:300]
    assert b"send a long SPARQL query by POST" in answer and seconds < 5
    alive(server)


def test_a_url_just_under_the_limit_is_served(server):
    path = "/api/stats?pad="
    status, answer, _ = exchange(server, get(path + "a" * (MAX_URL_BYTES - len(path)), b"Connection: close\r\n"))
    assert status == 200, answer[:300]


def test_a_long_sparql_get_is_a_414_and_the_same_query_by_post_is_answered(server):
    query = "ASK { ?s ?p ?o } #" + "x" * MAX_URL_BYTES
    status, answer, _ = exchange(server, get("/sparql?query=" + urllib.parse.quote(query), b"Connection: close\r\n"))
    assert status == 414, answer[:300]
    body = urllib.parse.urlencode({"query": query}).encode("ascii")
    status, answer, _ = exchange(server, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                         b"Accept: application/sparql-results+json\r\n"
                                         b"Content-Type: application/x-www-form-urlencoded\r\n"
                                         b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    assert status == 200 and b'"boolean":true' in answer.replace(b" ", b""), answer[:300]


@pytest.mark.parametrize("size", [MAX_HEADER_BYTES + 1, 1_000_000, 10_000_000])
def test_a_header_block_past_the_limit_is_a_431(server, size):
    status, answer, seconds = exchange(server, get("/api/stats", b"X-Pad: " + b"a" * size + b"\r\nConnection: close\r\n"))
    assert status == 431, answer[:300]
    assert b"request headers too large" in answer and seconds < 5
    alive(server)


def test_too_many_header_fields_is_a_431(server):
    fields = b"".join(b"X-F%d: a\r\n" % i for i in range(MAX_HEADERS + 1))
    status, answer, _ = exchange(server, get("/api/stats", fields + b"Connection: close\r\n"))
    assert status == 431, answer[:300]
    alive(server)


def test_headers_are_counted_per_request_on_a_kept_alive_connection(server):
    """Two requests on one connection, each with headers under the limit (together over it)."""
    pad = b"X-Pad: " + b"a" * (MAX_HEADER_BYTES * 2 // 3) + b"\r\n"
    status, answer, _ = exchange(server, get("/api/stats", pad) + get("/api/stats", pad + b"Connection: close\r\n"))
    assert status == 200 and answer.count(b"HTTP/1.1 200 OK") == 2, answer[:300]


def test_the_limits_are_configurable_and_a_bad_value_is_a_one_line_error(tmp_path, seed_store_dir):
    bad = sanad("serve", "--store", str(tmp_path / "unused"), check=False, env={"SANAD_MAX_URL_BYTES": "lots"})
    assert bad.returncode == 2 and bad.stderr.strip().count("\n") == 0
    assert "SANAD_MAX_URL_BYTES" in bad.stderr
    server = Server(seed_store_dir, env={"SANAD_MAX_URL_BYTES": str(64 * 1024)})
    try:
        status, answer, _ = exchange(server, get("/api/stats?pad=" + "a" * 20_000, b"Connection: close\r\n"))
        assert status == 200, answer[:300]
        status, _, _ = exchange(server, get("/api/stats?pad=" + "a" * 70_000, b"Connection: close\r\n"))
        assert status == 414
    finally:
        server.stop()


def test_without_httptools_the_h11_parser_bounds_what_it_buffers(monkeypatch):
    """uvicorn without its [standard] extra has no httptools: its h11 parser is used, with the
    limits as its buffer size (past it: 400)."""
    import sys

    from api.http_limits import uvicorn_options

    assert isinstance(uvicorn_options()["http"], type)  # httptools here: the limiting protocol
    monkeypatch.setitem(sys.modules, "httptools", None)  # import fails as if not installed
    assert uvicorn_options() == {"http": "h11", "h11_max_incomplete_event_size": MAX_URL_BYTES + MAX_HEADER_BYTES}
