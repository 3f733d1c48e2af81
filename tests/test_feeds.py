"""Feeds: `sanad follow FEED… --once` ingests an RSS and an Atom feed's items from their pages,
a second round fetches nothing new (conditional GET → 304; stored items skipped), bad items are
reported while the rest go in, and the loop ends cleanly on Ctrl-C. Feeds and pages come from a
loopback HTTP server (tests/webserver.py)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest

from kg.feeds import FeedReader, follow_once, load_state, parse_interval, read_url, state_path_for
from kg.fetch import Fetched
from kg.reader import ReadError
from kg.store import open_store

from .conftest import ROOT, sanad
from .webserver import WebServer, no_boilerplate


@pytest.fixture()
def server():
    with WebServer() as s:
        yield s


def _follow(server, store, *extra: str):
    proc = sanad("follow", f"{server.base}/feeds/rss.xml", f"{server.base}/feeds/atom.xml", "--once",
                 "--allow-private", "--no-parse", "--format", "json", "-q", "--store", str(store), *extra, check=False)
    return proc, json.loads(proc.stdout)


def test_follow_once_twice_ingests_new_items_then_nothing(server, tmp_path):
    store = tmp_path / "store"
    proc, first = _follow(server, store)
    # 7 items: 4 pages, one page gone but its full content in the feed, a 404 and a PDF
    assert proc.returncode == 1, proc.stderr
    assert (first["items"], first["new"], first["from_feed_content"], first["not_modified"]) == (7, 5, 1, 0)
    assert first["errors"] == [f"{server.base}/news/deleted.html: HTTP 404 Not Found",
                               f"{server.base}/files/report.pdf: not a web page (content type application/pdf)"]
    assert (f"sanad: note: {server.base}/news/moved.html: HTTP 404 Not Found; read from the feed's content "
            "instead") in proc.stderr
    state = json.loads(state_path_for(str(store)).read_text(encoding="utf-8"))
    atom_etag = state[f"{server.base}/feeds/atom.xml"]["etag"]
    assert f"{server.base}/feeds/rss.xml" not in state  # it had failed items: read in full again next time

    s = open_store(store)
    try:
        rows = s.select("""PREFIX schema: <http://schema.org/>
            SELECT ?url ?author ?publisher ?date ?text WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:url ?url ;
              schema:text ?text OPTIONAL { ?a schema:author ?author } OPTIONAL { ?a schema:publisher ?publisher }
              OPTIONAL { ?a schema:datePublished ?date } } }""")
        claims = [r["t"] for r in s.select(
            "PREFIX schema: <http://schema.org/> SELECT ?t WHERE { GRAPH ?g { ?c a schema:Claim ; schema:text ?t } }")]
    finally:
        s.close()
    by_url = {r["url"].removeprefix(server.base): r for r in rows}
    assert set(by_url) == {"/news/palmyra.html", "/news/aleppo.html", "/news/moved.html", "/news/kerry.html",
                           "/news/geneva.html"}
    moved = by_url["/news/moved.html"]  # from content:encoded, metadata from the item and the channel
    assert "أجلت أمس نحو ستين عائلة" in moved["text"]
    assert (moved["author"], moved["publisher"], str(moved["date"])) == (
        "نور الشامي", "الخليج اليوم - سياسة", "2016-03-27")
    assert by_url["/news/aleppo.html"]["publisher"] == "صحيفة المساء"  # the page's own site name wins
    assert len(claims) >= 10
    for text in [r["text"] for r in rows] + claims:
        no_boilerplate(text)

    pages_before = len(server.seen("/news/palmyra.html"))
    proc, second = _follow(server, store)
    assert (second["new"], second["replaced"], second["articles"]) == (0, 0, 0)
    assert second["not_modified"] == 1 and second["already_stored"] == 3  # atom unchanged; rss's stored items
    assert len(second["errors"]) == 2  # the 404 and the PDF are tried again, and reported again
    headers, status = server.seen("/feeds/atom.xml")[-1]
    assert headers["if-none-match"] == atom_etag and status == 304
    assert "if-modified-since" in headers
    assert len(server.seen("/news/palmyra.html")) == pages_before  # a stored item's page is not fetched


def test_stored_items_are_skipped_even_when_the_feed_has_no_validators(server, tmp_path):
    s = open_store(tmp_path / "store")
    try:
        first, counts = follow_once([f"{server.base}/feeds/atom.xml"], s, {}, allow_private=True, parse=False,
                                    relate=False)
        assert first.new == 2 and counts["already_stored"] == 0
        again, counts = follow_once([f"{server.base}/feeds/atom.xml"], s, {}, allow_private=True, parse=False,
                                    relate=False)  # no ETag remembered: the feed comes back in full
    finally:
        s.close()
    assert again.articles == 0 and counts["already_stored"] == 2 and counts["not_modified"] == 0
    assert len(server.seen("/news/kerry.html")) == 1 and [st for _, st in server.seen("/feeds/atom.xml")] == [200, 200]


def test_a_page_or_a_broken_feed_given_as_a_feed_is_reported(server, tmp_path):
    reader = FeedReader(allow_private=True)
    [item] = reader.follow(f"{server.base}/news/kerry.html")
    assert item.error == f"{server.base}/news/kerry.html: not an RSS or Atom feed (content type text/html)"
    [item] = reader.follow(f"{server.base}/feeds/missing.xml")
    assert item.error == f"{server.base}/feeds/missing.xml: HTTP 404 Not Found"
    broken = Fetched(url="http://f.example/rss", final_url="http://f.example/rss", status=200,
                     content_type="application/rss+xml", body=b'<?xml version="1.0"?><rss>\x01 &&& not xml')
    [item] = reader.items(broken)
    assert item.error.startswith("http://f.example/rss: not a valid RSS or Atom feed (")
    # a URL handed to `ingest` is read as a page or as a feed, whichever it is
    assert [i.article.url for i in read_url(f"{server.base}/feeds/atom.xml", allow_private=True)] == [
        f"{server.base}/news/kerry.html", f"{server.base}/news/geneva.html"]


def test_intervals():
    assert [parse_interval(t) for t in ("15m", "90s", "90", "1h", "2d", "0.5m")] == [900, 90, 90, 3600, 172800, 30]
    for bad in ("", "0", "-5m", "15 minutes", "m"):
        with pytest.raises(ValueError, match="expected a positive number"):
            parse_interval(bad)


def test_bad_interval_and_damaged_state_are_one_line_errors(tmp_path):
    proc = sanad("follow", "http://127.0.0.1:9/feed", "--every", "soon", "--store", str(tmp_path / "s"), check=False)
    assert proc.returncode == 2 and proc.stderr.strip() == (
        "sanad: error: interval 'soon': expected a positive number with s, m, h or d (e.g. 15m)")
    state = tmp_path / "s.feeds.json"
    state.write_text("{not json", encoding="utf-8")
    with pytest.raises(ReadError, match="unreadable feed state"):
        load_state(state)
    proc = sanad("follow", "http://127.0.0.1:9/feed", "--once", "--store", str(tmp_path / "s"), check=False)
    assert proc.returncode == 2 and "unreadable feed state" in proc.stderr and len(proc.stderr.splitlines()) == 1


def test_follow_loops_until_ctrl_c_and_stops_cleanly(server, tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "follow", f"{server.base}/feeds/atom.xml", "--every", "1h",
         "--allow-private", "--no-parse", "--format", "json", "-q", "--store", str(tmp_path / "store")],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = json.loads(proc.stdout.readline())  # the first round is done; it now sleeps an hour
        assert first["round"] == 1 and first["new"] == 2
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and "sanad: follow stopped" in err
    assert (tmp_path / "store.feeds.json").exists()


def test_a_busy_store_skips_a_round_and_the_next_round_catches_up(server, tmp_path):
    store_dir = tmp_path / "store"
    holder = open_store(store_dir)  # holds the store's lock, as `sanad serve` would
    held = True
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "follow", f"{server.base}/feeds/atom.xml", "--every", "1s",
         "--allow-private", "--no-parse", "--format", "json", "-q", "--store", str(store_dir)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert "is in use by another process" in line and line.rstrip().endswith("trying again next round")
        assert not server.seen("/feeds/atom.xml")  # nothing fetched while the store could not be written
        holder.close()
        held = False
        caught_up = json.loads(proc.stdout.readline())
        assert caught_up["new"] == 2 and caught_up["round"] >= 2
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=60)
    finally:
        if held:
            holder.close()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
