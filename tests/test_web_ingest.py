"""Web pages: saved and fetched HTML through trafilatura (the article body only, never menus,
related links or comments), `sanad ingest URL…`, and the fetcher's safety limits. Pages come from
a loopback HTTP server (tests/webserver.py): there is no internet here."""

from __future__ import annotations

import ipaddress
import json
import socket

import pytest

from kg import fetch as fetch_module
from kg.attribution import AttributionExtractor
from kg.fetch import FetchError, fetch
from kg.reader import discover, read
from kg.store import open_store

from .conftest import sanad
from .webserver import FIXTURES, WebServer, no_boilerplate


@pytest.fixture(scope="module")
def server():
    with WebServer() as s:
        yield s


@pytest.fixture(scope="module")
def extractor():
    return AttributionExtractor(nlp=False)


def _one(target, **kw):
    items = list(read(target, **kw))
    assert len(items) == 1
    return items[0]


def test_a_saved_news_page_gives_its_body_and_metadata_and_no_boilerplate_claims(extractor):
    item = _one(FIXTURES / "palmyra.html")
    assert item.error is None
    art = item.article
    assert (art.title, art.date, art.author, art.publisher, art.lang) == (
        "مصادر متضاربة حول دخول قوات النظام إلى تدمر", "2016-03-26", "سامر الحلبي", "الخليج اليوم", "ar")
    assert art.url == "https://alkhaleej-today.example/politics/2016/03/26/palmyra"  # its canonical URL
    no_boilerplate(art.text)
    claims = extractor.extract(art).claims
    for c in claims:
        no_boilerplate(c.text)
        assert art.text[c.start:c.end] == c.quote
    said = {(c.source.label, c.polarity) for c in claims}
    assert {("التلفزيون السوري", "asserted"), ("تنسيقية تدمر", "denied"),
            ("المرصد السوري لحقوق الإنسان", "asserted")} <= said
    # the comments' and related links' «قال … إن …» sentences have sources that must not appear
    assert not any("ابن عمي" in c.text or "جاري" in c.source.label or "وزير الخارجية" in c.source.label
                   for c in claims)


def test_a_windows_1256_page_is_decoded_by_its_meta_charset(extractor):
    art = _one(FIXTURES / "aleppo.html").article
    assert art.title == "الأمم المتحدة: المساعدات لم تصل إلى أحياء حلب الشرقية"
    assert art.publisher == "صحيفة المساء" and art.date == "2016-03-27"
    no_boilerplate(art.text)
    labels = {c.source.label for c in extractor.extract(art).claims}
    assert "وزارة الخارجية السورية" in labels
    assert "\n\n" in art.text  # paragraphs stay apart, as in .txt articles


def test_html_files_are_found_in_folders_and_a_page_without_an_article_is_an_error(tmp_path):
    (tmp_path / "index.htm").write_text("<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>",
                                        encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    assert discover([str(tmp_path)]) == [tmp_path / "index.htm"]
    assert "no article text found in the page" in _one(tmp_path / "index.htm").error
    assert "unsupported file type .pdf" in _one(tmp_path / "notes.pdf").error


ARTICLE = "<p>قال المرصد السوري إن القوات دخلت مدينة تدمر بعد اشتباكات عنيفة استمرت أياماً.</p>"


@pytest.mark.parametrize("name,body,readable", [
    ("deep.html", ("<div>" * 20000 + ARTICLE + "</div>" * 20000).encode(), False),
    ("unclosed.html", ("<div>" * 20000 + ARTICLE).encode(), False),
    ("garbage.htm", bytes(range(1, 256)) * 100, False),
    ("binary.html", b"\x89PNG\r\n\x1a\n\x00\x00", False),
    ("empty.html", b"  \n", False),
    ("entities.html", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
                      b']><html><body><p>&b;&b;&b;&b;&b;&b;&b;</p></body></html>', False),
    ("huge.html", b"<html><body><p>" + b"x" * (6 * 1024 * 1024) + b"</p></body></html>", False),
    ("utf16.html", f"<html><body><article>{ARTICLE}</article></body></html>".encode("utf-16"), True),
])
def test_hostile_html_files_give_an_article_or_a_one_line_error(tmp_path, name, body, readable):
    f = tmp_path / name
    f.write_bytes(body)
    item = _one(f)
    if readable:
        assert "دخلت مدينة تدمر" in item.article.text
    else:
        assert item.article is None and item.error.startswith(f"{f}: ") and "\n" not in item.error


def test_a_fetched_page_is_the_article_at_that_url(server):
    url = f"{server.base}/news/palmyra.html"
    item = _one(url, allow_private=True)
    assert item.error is None and item.article.url == url  # the URL asked for is its identity
    no_boilerplate(item.article.text)


def test_sanad_ingest_takes_urls_feeds_and_files_together(server, tmp_path):
    store = tmp_path / "store"
    page = f"{server.base}/news/palmyra.html"
    proc = sanad("ingest", page, str(FIXTURES / "aleppo.html"), f"{server.base}/feeds/atom.xml",
                 f"{server.base}/news/nothing.html", "--allow-private", "--no-parse", "--format", "json", "-q",
                 "--store", str(store), check=False)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert (report["files"], report["articles"], report["new"]) == (4, 4, 4)  # page, file, the feed's 2 items
    assert report["errors"] == [f"{server.base}/news/nothing.html: HTTP 404 Not Found"]
    assert f"sanad: skipped: {server.base}/news/nothing.html: HTTP 404 Not Found" in proc.stderr
    s = open_store(store)
    try:
        urls = {r["url"] for r in s.select(
            "PREFIX schema: <http://schema.org/> SELECT ?url WHERE { GRAPH ?g { ?a a schema:NewsArticle ; "
            "schema:url ?url } }")}
        texts = " ".join(r["t"] for r in s.select(
            "PREFIX schema: <http://schema.org/> SELECT ?t WHERE { GRAPH ?g { ?a schema:text ?t } }"))
        authors = {r["n"] for r in s.select(
            "PREFIX schema: <http://schema.org/> SELECT ?n WHERE { GRAPH ?g { ?a a schema:NewsArticle ; "
            "schema:author ?n } }")}
    finally:
        s.close()
    assert {page, f"{server.base}/news/kerry.html", f"{server.base}/news/geneva.html"} <= urls
    assert {"سامر الحلبي", "ليلى حداد"} <= authors
    no_boilerplate(texts)


def test_a_private_address_is_refused_without_allow_private(server, tmp_path):
    before = len(server.requests)
    url = f"{server.base}/news/palmyra.html"
    proc = sanad("ingest", url, "--no-parse", "-q", "--store", str(tmp_path / "store"), check=False)
    assert proc.returncode == 1
    assert f"sanad: skipped: {url}: refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address" in proc.stderr
    assert len(server.requests) == before  # refused before connecting


@pytest.mark.parametrize("address,kind", [
    ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.10", "private"),
    ("169.254.169.254", "link-local"), ("100.64.0.1", "non-global"), ("0.0.0.0", "unspecified"),
    ("224.0.0.1", "multicast"), ("240.0.0.1", "reserved"), ("::1", "loopback"), ("fe80::1", "link-local"),
    ("fc00::1", "private"), ("::ffff:10.0.0.1", "private"), ("2002:7f00:1::1", "loopback"),
    ("8.8.8.8", None), ("2a00:1450:4001:80b::200e", None),
])
def test_address_kinds(address, kind):
    assert fetch_module._why_not_public(ipaddress.ip_address(address)) == kind


@pytest.fixture()
def loopback_counts_as_public(monkeypatch):
    """The test server is on loopback; to test what happens beyond the first hop, loopback passes
    the check while every other private address is still refused."""
    real = fetch_module._why_not_public
    monkeypatch.setattr(fetch_module, "_why_not_public", lambda a: None if a.is_loopback else real(a))


def test_a_redirect_to_a_private_address_is_refused(server, loopback_counts_as_public):
    for target in ("http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/admin"):
        with pytest.raises(FetchError, match=r"redirected to .*: refused: .* a (link-local|private) address"):
            fetch(f"{server.base}/redirect?to={target}")
    with pytest.raises(FetchError, match="only http and https URLs can be fetched, not file"):
        fetch(f"{server.base}/redirect?to=file:///etc/passwd")
    ok = fetch(f"{server.base}/redirect?to=/news/kerry.html")  # a redirect that stays public is followed
    assert ok.final_url == f"{server.base}/news/kerry.html" and ok.url == f"{server.base}/redirect?to=/news/kerry.html"


def test_a_host_name_is_checked_and_the_connection_pinned_to_the_checked_address(server, monkeypatch,
                                                                                 loopback_counts_as_public):
    port = int(server.base.rsplit(":", 1)[1])
    answers = {"news.example": "127.0.0.1", "intranet.example": "192.168.1.20"}
    real = socket.getaddrinfo

    def resolve(host, *args, **kw):
        if host in answers:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answers[host], port))]
        return real(host, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    page = fetch(f"http://news.example:{port}/news/kerry.html")
    assert page.status == 200 and server.seen("/news/kerry.html")[-1][0]["host"] == f"news.example:{port}"
    with pytest.raises(FetchError, match="intranet.example resolves to 192.168.1.20, a private address"):
        fetch(f"http://intranet.example:{port}/news/kerry.html")


@pytest.mark.parametrize("declared", ["1", "0"])
def test_a_page_over_the_size_limit_is_stopped(server, declared):
    with pytest.raises(FetchError, match=r"/big\?mb=2&declared=\d: too large .*limit 1,048,576"):
        fetch(f"{server.base}/big?mb=2&declared={declared}", allow_private=True, max_bytes=1024 * 1024)
    assert len(fetch(f"{server.base}/big?mb=0.5&declared={declared}", allow_private=True).body) >= 512 * 1024


def test_the_default_size_limit_applies_to_sanad_ingest(server, tmp_path):
    url = f"{server.base}/big?mb=6&declared=0"
    proc = sanad("ingest", url, "--allow-private", "--no-parse", "-q", "--store", str(tmp_path / "s"), check=False)
    assert proc.returncode == 1 and f"{url}: too large (over 5,242,880 bytes" in proc.stderr


def test_a_trickling_server_is_cut_at_the_total_time_limit(server):
    with pytest.raises(FetchError, match="/slow: timed out"):
        fetch(f"{server.base}/slow", allow_private=True, timeout=1.0)


def test_unfetchable_urls_get_one_line_errors():
    for url, message in [("ftp://example.org/x", "only http and https"),
                         ("http://name.invalid/", "cannot resolve host 'name.invalid'")]:
        with pytest.raises(FetchError) as e:
            fetch(url)
        assert str(e.value).startswith(f"{url}: ") and message in str(e.value) and "\n" not in str(e.value)


def test_a_closed_port_is_a_one_line_error():
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens on it
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match=rf"^http://127.0.0.1:{port}/x: cannot connect \("):
        fetch(f"http://127.0.0.1:{port}/x", allow_private=True)
