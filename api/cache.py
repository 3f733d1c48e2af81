"""Rendered responses kept per store generation, and conditional GETs answered 304.

Claim pages, cards (HTML and SVG), oEmbed, the home page and /api/relations are rendered
from the store alone, the same for every anonymous reader. `ResponseCache` keeps each one,
whole (status, headers, body), under a key made of the store's generation and everything
the answer depends on: scheme, host, path and query; the Accept header where the format is
negotiated; the interface language where it comes from a cookie or Accept-Language. A write
through this process bumps the generation (kg.store.Store._wrote), so a page rendered before
it is never found again; a store other processes may write (a remote SPARQL server) keeps
an entry at most kg.repository.CACHE_SECONDS, as the repository's own caches do.

What is never shared: a signed-in reader's pages (their user name and CSRF token) are neither
read from nor written to the cache, and are marked `Cache-Control: private, no-cache`; a
session cookie handed to a new visitor is sent to that visitor only, never stored.

Every answer here carries an ETag (cards compute their own from their inputs; the others get
a hash of the body) and `If-None-Match` is answered 304. The cache is an LRU bounded in bytes
($SANAD_RESPONSE_CACHE_MB, default 64; 0 turns it off). It is plain ASGI middleware, outside
the app's other middleware, so a hit costs no routing, dependency injection or rendering.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import time
from collections import OrderedDict
from dataclasses import dataclass

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_MB = 64
# Misses of these routes rendered at once. Rendering is CPU work under the GIL: 40 renders at
# once (the thread pool's size) would leave the event loop, which answers the hits, 1/41 of it.
RENDERS = 4
ENTRY_SHARE = 8  # one answer may take at most 1/8 of the cache: a huge page must not flush the rest
PRIVATE = b"private, no-cache"
REVALIDATE = b"no-cache"  # may be stored, but asked again each time: the next write changes it
# headers a 304 leaves out: they describe a body it does not have (RFC 9110, 15.4.5)
_BODY_HEADERS = {b"content-type", b"content-length", b"content-encoding", b"content-language", b"set-cookie"}


@dataclass(frozen=True)
class CachedRoute:
    path: re.Pattern
    page: bool  # an HTML page of the site: its language may come from the cookie or Accept-Language,
    # its format from the Accept header, and it shows who is signed in


# Cards and oEmbed take their language from the query string alone and show no user.
ROUTES = (
    CachedRoute(re.compile(r"/claims/[^/]+"), page=True),
    CachedRoute(re.compile(r"/"), page=True),
    CachedRoute(re.compile(r"/cards/[^/]+"), page=False),
    CachedRoute(re.compile(r"/oembed"), page=False),
    CachedRoute(re.compile(r"/api/relations"), page=False),
)


def cached_route(path: str) -> CachedRoute | None:
    return next((r for r in ROUTES if r.path.fullmatch(path)), None)


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """An If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET), or *."""
    if not if_none_match:
        return False
    tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
    return etag.removeprefix("W/") in tags or "*" in tags


def body_etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@dataclass
class Entry:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: str
    generation: int
    stored_at: float
    key_size: int = 0  # the key is kept too, and a query string or Accept header may be long

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(k) + len(v) for k, v in self.headers) + self.key_size + 200  # + the objects


class ResponseCache:
    """An LRU of rendered answers bounded by their size in bytes. Used from the event loop
    only (the middleware below), so it needs no lock."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.size = 0
        self.generation = 0  # the newest store generation stored
        self.hits = self.misses = self.evictions = 0
        self._entries: OrderedDict[tuple, Entry] = OrderedDict()

    @classmethod
    def from_env(cls) -> "ResponseCache | None":
        """None when $SANAD_RESPONSE_CACHE_MB is 0 (no cache); a bad value stops the app."""
        from .limits import _env_number

        mb = _env_number("SANAD_RESPONSE_CACHE_MB", DEFAULT_MB)
        return cls(int(mb * 1024 * 1024)) if mb else None

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: tuple) -> Entry | None:
        entry = self._entries.get(key)
        if entry is None:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return entry

    def put(self, key: tuple, entry: Entry) -> None:
        entry.key_size = sum(len(part) for part in key if isinstance(part, (str, bytes)))
        if entry.generation < self.generation or entry.size > self.max_bytes // ENTRY_SHARE:
            return  # rendered before a write that another answer has already seen; or too big
        if entry.generation > self.generation:
            self._drop_older_than(entry.generation)
            self.generation = entry.generation
        old = self._entries.pop(key, None)
        if old is not None:
            self.size -= old.size
        self._entries[key] = entry
        self.size += entry.size
        while self.size > self.max_bytes:
            _, dropped = self._entries.popitem(last=False)
            self.size -= dropped.size
            self.evictions += 1

    def _drop_older_than(self, generation: int) -> None:
        """Entries of an earlier generation can never be found again: free their room now."""
        for key in [k for k, e in self._entries.items() if e.generation < generation]:
            self.size -= self._entries.pop(key).size


def _signed_in(request: Request) -> bool:
    from .auth import COOKIE, session

    return COOKIE in request.cookies and bool(session(request).get("u"))


def _keep_header(name: bytes, value: bytes) -> bool:
    """What may be stored and replayed to anyone: no cookie but the language switch's."""
    if name != b"set-cookie":
        return True
    from .i18n import COOKIE

    return value.startswith(COOKIE.encode() + b"=")


def _add_if_missing(headers: list[tuple[bytes, bytes]], name: bytes, value: bytes) -> None:
    if not any(k == name for k, _ in headers):
        headers.append((name, value))


class CachedResponses:
    """ASGI middleware: answers the routes in ROUTES from the ResponseCache, or renders,
    stores and answers. `app.state.response_cache` is the cache (None: off)."""

    def __init__(self, app: ASGIApp):
        self.app = app
        self._rendering: dict[tuple, asyncio.Future] = {}  # key → the answer being rendered for it
        self._renders = asyncio.Semaphore(RENDERS)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        route = cached_route(scope.get("path", "")) if scope["type"] == "http" and scope["method"] == "GET" else None
        cache: ResponseCache | None = getattr(scope["app"].state, "response_cache", None) if route else None
        if cache is None:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        if _signed_in(request):
            await self.app(scope, receive, _private(send) if route.page else send)
            return
        store = scope["app"].state.store
        generation = getattr(store, "generation", 0)  # read before rendering: a write meanwhile makes it stale
        key = self._key(request, route, generation)
        entry = cache.get(key)
        if entry is not None and not getattr(store, "sole_writer", False):
            from kg.repository import CACHE_SECONDS

            if time.monotonic() - entry.stored_at >= CACHE_SECONDS:
                entry = None
        live_headers = entry.headers if entry is not None else []
        if entry is None and key in self._rendering:
            # the same answer is being rendered for another reader (a popular card after a
            # write): wait for it rather than render it again; None if it was not a 200
            entry = await asyncio.shield(self._rendering[key])
            live_headers = entry.headers if entry is not None else []
        if entry is None:
            entry, live_headers = await self._render_once(key, cache, scope, receive, send, generation)
            if entry is None:  # not a 200: already sent as it was
                return
        if etag_matches(request.headers.get("if-none-match"), entry.etag):
            await send({"type": "http.response.start", "status": 304,
                        "headers": [(k, v) for k, v in live_headers if k not in _BODY_HEADERS]})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": entry.status, "headers": live_headers})
        await send({"type": "http.response.body", "body": entry.body})

    @staticmethod
    def _key(request: Request, route: CachedRoute, generation: int) -> tuple:
        from .i18n import pick

        scope = request.scope
        return (generation, scope.get("scheme"), request.headers.get("host", ""), scope.get("root_path", ""),
                scope["path"], scope.get("query_string", b""),
                pick(request) if route.page else "", request.headers.get("accept", "") if route.page else "")

    async def _render_once(self, key: tuple, cache: ResponseCache, scope: Scope, receive: Receive, send: Send,
                           generation: int) -> tuple[Entry | None, list]:
        """_render, at most RENDERS at once, shared with readers of the same key meanwhile."""
        future = asyncio.get_running_loop().create_future()
        self._rendering[key] = future
        entry = None
        try:
            async with self._renders:
                entry, live_headers = await self._render(scope, receive, send, generation)
            if entry is not None:
                cache.put(key, entry)
            return entry, live_headers
        finally:
            del self._rendering[key]
            future.set_result(entry)

    async def _render(self, scope: Scope, receive: Receive, send: Send, generation: int) -> tuple[Entry | None, list]:
        """Run the app, holding its answer back. A 200 comes back as an Entry (with an ETag
        and a Cache-Control added) plus the headers for this client (its own Set-Cookie
        included), not yet sent; anything else is sent as it is and (None, [])."""
        start: Message | None = None
        chunks: list[bytes] = []
        passed_through = False

        async def capture(message: Message) -> None:
            nonlocal start, passed_through
            if message["type"] == "http.response.start":
                if message["status"] != 200:
                    passed_through = True
                    await send(message)
                    return
                start = message
            elif message["type"] == "http.response.body" and not passed_through:
                chunks.append(message.get("body", b""))
            else:
                await send(message)

        await self.app(scope, receive, capture)
        if passed_through or start is None:
            return None, []
        body = b"".join(chunks)
        headers = [(bytes(k).lower(), bytes(v)) for k, v in start.get("headers", [])]
        etag = next((v.decode("latin-1") for k, v in headers if k == b"etag"), None) or body_etag(body)
        _add_if_missing(headers, b"etag", etag.encode("latin-1"))
        _add_if_missing(headers, b"cache-control", REVALIDATE)
        stored = [(k, v) for k, v in headers if _keep_header(k, v)]
        return Entry(200, stored, body, etag, generation, time.monotonic()), headers


def _private(send: Send) -> Send:
    """A signed-in reader's answers: for that browser only, asked again each time."""
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if bytes(k).lower() != b"cache-control"]
            message = {**message, "headers": [*headers, (b"cache-control", PRIVATE)]}
        await send(message)
    return wrapped
