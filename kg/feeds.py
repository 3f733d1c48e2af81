"""URLs and feeds → `kg.reader.Item`s: a page is one article; an RSS/Atom feed (feedparser) is
one article per item, each read from the item's page, or from the item's own full content when
the page cannot be had. `follow` rounds fetch only what is new: conditional GETs with the feed's
remembered ETag / Last-Modified, and item links whose article graph is already stored are skipped.
"""

from __future__ import annotations

import calendar
import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import feedparser

from .fetch import FetchError, Fetched, fetch
from .model import Article
from .reader import Item, ReadError, article_from_fields
from .store import is_server, server_side_file
from .webpage import HTML_TYPES, article_from_html, looks_like_html

FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json"}
XML_TYPES = {"application/xml", "text/xml"}
ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,"
          "application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.5")
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]")


def is_feed(page: Fetched) -> bool:
    if page.content_type in FEED_TYPES:
        return True
    sniff = page.content_type in XML_TYPES or not page.content_type or page.content_type == "text/plain"
    return sniff and bool(_FEED_ROOT.search(page.body[:2048]))


def read_url(url: str, allow_private: bool = False) -> Iterator[Item]:
    """The article at `url`, or every item of the feed at `url`."""
    try:
        page = fetch(url, allow_private=allow_private, accept=ACCEPT)
        if not is_feed(page):
            yield page_item(page)
            return
    except (FetchError, ReadError) as e:
        yield Item(url, error=str(e))
        return
    yield from FeedReader(allow_private=allow_private).items(page)


def page_item(page: Fetched) -> Item:
    """One fetched web page as an article (ReadError/FetchError when it is not a page)."""
    if page.content_type not in HTML_TYPES and not (page.content_type in ("", "text/plain") and
                                                     looks_like_html(page.body)):
        raise FetchError(f"{page.url}: not a web page (content type {page.content_type or 'unknown'})")
    return Item(page.url, article=article_from_html(page.body, page.url, url=page.url))


@dataclass
class FeedReader:
    """Reads feeds into items. `already_stored(url)` says whether an item's article is stored
    (then it is skipped, not fetched); `validators` are the feeds' remembered ETag/Last-Modified,
    updated for each feed read without an item error (a feed with a failed item is fetched in full
    again next time, so the item is retried)."""

    allow_private: bool = False
    already_stored: Callable[[str], bool] | None = None
    validators: dict[str, dict[str, str]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=lambda: {
        "feeds": 0, "not_modified": 0, "items": 0, "already_stored": 0, "from_feed_content": 0})

    def follow(self, feed_url: str) -> Iterator[Item]:
        """The new items of one feed, fetched conditionally."""
        known = self.validators.get(feed_url, {})
        try:
            page = fetch(feed_url, allow_private=self.allow_private, accept=ACCEPT,
                         etag=known.get("etag"), last_modified=known.get("last_modified"))
        except FetchError as e:
            yield Item(feed_url, error=str(e))
            return
        if page.not_modified:
            self.counts["feeds"] += 1
            self.counts["not_modified"] += 1
            return
        if not is_feed(page):
            yield Item(feed_url, error=f"{feed_url}: not an RSS or Atom feed (content type "
                                       f"{page.content_type or 'unknown'})")
            return
        failed = False
        for item in self.items(page):
            failed |= item.error is not None
            yield item
        if not failed:
            self.validators[feed_url] = {k: v for k, v in (("etag", page.etag), ("last_modified",
                                                                                 page.last_modified)) if v}

    def items(self, page: Fetched) -> Iterator[Item]:
        parsed = feedparser.parse(page.body, response_headers={"content-location": page.final_url,
                                                               "content-type": page.content_type or "application/xml"})
        if not parsed.entries and parsed.get("bozo"):
            yield Item(page.url, error=f"{page.url}: not a valid RSS or Atom feed "
                                       f"({str(parsed.get('bozo_exception', 'unreadable')).splitlines()[0]})")
            return
        self.counts["feeds"] += 1
        outlet = parsed.feed.get("title")
        for n, entry in enumerate(parsed.entries, 1):
            self.counts["items"] += 1
            link = entry.get("link")
            if link and self.already_stored and self.already_stored(link):
                self.counts["already_stored"] += 1
                continue
            yield self._entry_item(entry, link, f"{page.url} item {n}", outlet)

    def _entry_item(self, entry, link: str | None, where: str, outlet: str | None) -> Item:
        failure = None
        if link:
            try:
                item = page_item(fetch(link, allow_private=self.allow_private))
                _fill_from_entry(item.article, entry, outlet)
                return item
            except (FetchError, ReadError) as e:
                failure = str(e)
        try:
            article = _article_from_entry(entry, link, link or where, outlet)
        except ReadError as e:
            return Item(link or where, error=failure or str(e))
        if article is None:
            return Item(link or where, error=failure or f"{where}: no link and no content")
        self.counts["from_feed_content"] += 1
        note = f"{failure}; read from the feed's content instead" if failure else None
        return Item(link or where, article=article, note=note)


def _entry_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", time.gmtime(calendar.timegm(parsed))) if parsed else None


def _fill_from_entry(article: Article, entry, outlet: str | None) -> None:
    """What the page's metadata lacks, the feed item says."""
    article.title = article.title or entry.get("title") or None
    article.date = article.date or _entry_date(entry)
    article.publisher = article.publisher or outlet or None
    article.author = article.author or entry.get("author") or None


def _article_from_entry(entry, link: str | None, where: str, outlet: str | None) -> Article | None:
    """The item's full content (content:encoded, Atom content) as the article; a summary is a
    teaser, not the article, so it does not count."""
    contents = [c for c in entry.get("content", []) if c.get("value", "").strip()]
    if not contents:
        return None
    body = contents[0]
    meta = {"title": entry.get("title"), "url": link, "publisher": outlet, "author": entry.get("author"),
            "date": _entry_date(entry), "lang": (body.get("language") or "").split("-")[0] or None}
    if body.get("type") in HTML_TYPES:
        html = f"<html><body><article>{body['value']}</article></body></html>"
        article = article_from_html(html, where, url=link)
        _fill_from_entry(article, entry, outlet)
        article.lang = meta["lang"] or article.lang
        return article
    return article_from_fields(body["value"], meta, where)


def article_stored(store, url: str) -> bool:
    """Whether the store holds the article graph of `url` (its identity: kg.model.Article.key)."""
    return store.ask(f"ASK {{ GRAPH <{Article(text='', url=url).graph}> {{ ?s ?p ?o }} }}")


def state_path_for(store_location: str) -> Path:
    """The feeds' remembered validators: beside an embedded store (`./sanad-data` →
    `./sanad-data.feeds.json`); for a remote store, in the user's cache."""
    loc = str(store_location)
    if is_server(loc):
        return server_side_file(loc, "feeds", ".json")
    return Path(loc.rstrip("/\\") + ".feeds.json")


def load_state(path: Path) -> dict[str, dict[str, str]]:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as e:  # a damaged state file only costs one full fetch per feed
        raise ReadError(f"{path}: unreadable feed state ({e}); delete it to start afresh")
    return state if isinstance(state, dict) else {}


def save_state(path: Path, state: dict[str, dict[str, str]]) -> None:
    """Written whole and renamed into place, so an interrupted save leaves the old state."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(state, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """'15m', '90s', '1h', '2d' or plain seconds → seconds."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text.lower())
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"interval {text!r}: expected a positive number with s, m, h or d (e.g. 15m)")
    return float(m.group(1)) * _UNITS[m.group(2) or "s"]


def follow_once(feed_urls: list[str], store, validators: dict[str, dict[str, str]], allow_private: bool = False,
                parse: bool = True, progress: bool = False, on_error: Callable[[str], None] | None = None,
                on_note: Callable[[str], None] | None = None, relate: bool = True):
    """One round over the feeds: their new items ingested through the one ingest loop
    (kg.ingest.ingest_items), then the graph related again if anything was added.
    `validators` is updated in place; the caller saves it once the round is done.
    Returns the ingest report and the round's counts."""
    from .ingest import Report, ingest_items, relate_changes

    reader = FeedReader(allow_private=allow_private, already_stored=lambda url: article_stored(store, url),
                        validators=validators)

    def items() -> Iterator[Item]:
        for url in feed_urls:
            for item in reader.follow(url):
                if item.note and on_note:
                    on_note(item.note)
                yield item

    report = ingest_items(items(), store, Report(files=len(feed_urls)), progress=progress, on_error=on_error,
                          parse=parse, relate=False)
    if report.articles and relate:
        report.relations = relate_changes(store, report.changed)
    return report, reader.counts
