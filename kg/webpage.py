"""A web page (saved or fetched HTML) → `kg.model.Article`, through trafilatura.

trafilatura keeps the article's body and drops the page around it — menus, tickers, share bars,
related-links blocks and reader comments — so none of that can become a claim. Its metadata gives
the title, date, author and site name (the outlet). Paragraphs are separated by a blank line, as in
the .txt articles, so sentences never run across a paragraph break.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import trafilatura
from trafilatura.utils import load_html

from .fetch import MAX_BYTES as MAX_PAGE_BYTES
from .model import Article
from .reader import ReadError, article_from_fields

HTML_TYPES = {"text/html", "application/xhtml+xml"}
MIN_BODY_CHARS = 40  # less than a sentence: a page with no article (an index, a login wall)

# The publication date only: htmldate's extensive search also takes copyright years and
# "today" from page furniture, which would date an undated article wrongly.
_DATE_SEARCH = {"extensive_search": False, "original_date": True}


def looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def article_from_html(html: bytes | str, where: str, url: str | None = None) -> Article:
    """The article in a page. `url`: where it was fetched from, the article's identity; a saved
    page without one takes its canonical URL (link rel=canonical, og:url) when it names one."""
    if len(html) > MAX_PAGE_BYTES:
        raise ReadError(f"{where}: page too large ({len(html):,} bytes; limit {MAX_PAGE_BYTES:,})")
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, date_extraction_params=_DATE_SEARCH)
    text = "\n\n".join(line.strip() for line in (doc.text if doc else "").splitlines() if line.strip())
    if len(text) < MIN_BODY_CHARS:
        raise ReadError(f"{where}: no article text found in the page")
    # without a site name trafilatura gives the host name, which names a server, not an outlet
    host = urlsplit(url or doc.url or "").netloc.lower().removeprefix("www.")
    outlet = doc.sitename if doc.sitename and doc.sitename not in (doc.hostname, host) else None
    return article_from_fields(text, {"title": doc.title, "url": url or doc.url, "publisher": outlet,
                                      "author": doc.author, "date": doc.date, "lang": _page_language(html)},
                               where)


def _page_language(html: bytes | str) -> str | None:
    """The primary subtag of <html lang="…">, e.g. "ar" for "ar-SA"."""
    tree = load_html(html)
    lang = tree.get("lang") if tree is not None else None
    return lang.split("-", 1)[0].strip().lower() or None if lang else None
