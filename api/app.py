"""The FastAPI app factory: pages, JSON API, SPARQL endpoint, on one store."""

from __future__ import annotations

import os
import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from kg import __version__
from kg.reviews import Reviews
from kg.users import UserDirectory
from kg.store import is_server, open_store, store_location

from . import i18n
from .names import DisplayRepository
from .rendering import templates

STATIC_DIR = Path(__file__).resolve().parent / "static"

# Pages, the API, /sparql, static files and errors: nothing from other origins, no framing.
PAGE_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
# /docs and /redoc (FastAPI's Swagger UI and ReDoc pages, assets served from this app)
DOCS_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            "script-src 'self' 'unsafe-inline'; worker-src 'self' blob:; "
            "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
# a /cards/ response that set no CSP of its own (frame-ancestors is added to every card's)
CARD_FALLBACK_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                     "base-uri 'none'; form-action 'self'")
HSTS = "max-age=31536000"  # a year; no includeSubDomains: other hosts of the domain are not ours to pin


def _parameter_error(e: dict) -> i18n.Message:
    """One of FastAPI's validation errors in a sentence: `kind=bogus: Input should be …`, in English as pydantic
    words it and in Arabic from the catalog (the kinds a page's parameters meet; another stays English)."""
    name = ".".join(str(x) for x in e.get("loc", ())[1:]) or "request"
    given = e.get("input")
    shown = f"{name}={given}" if isinstance(given, (str, int, float)) else name
    return i18n.Message("%(parameter)s: %(problem)s", parameter=shown[:120], problem=_problem(e))


# pydantic's error types → the message with its context's values as placeholders (English: pydantic's words)
_PROBLEMS = {
    "literal_error": i18n.N_("Input should be %(expected)s"),
    "greater_than_equal": i18n.N_("Input should be greater than or equal to %(ge)s"),
    "less_than_equal": i18n.N_("Input should be less than or equal to %(le)s"),
    "greater_than": i18n.N_("Input should be greater than %(gt)s"),
    "less_than": i18n.N_("Input should be less than %(lt)s"),
    "int_parsing": i18n.N_("Input should be a valid integer, unable to parse string as an integer"),
    "bool_parsing": i18n.N_("Input should be a valid boolean, unable to interpret input"),
    "string_too_long": i18n.N_("String should have at most %(max_length)s characters"),
    "missing": i18n.N_("Field required"),
}


def _problem(e: dict) -> str:
    msg = str(e.get("msg", "not valid"))
    template = _PROBLEMS.get(str(e.get("type")))
    ctx = dict(e.get("ctx") or {})
    if template is None:
        return msg
    if "expected" in ctx:  # "'ar' or 'en'", "'a', 'b' or 'c'": the last "or" is a word to translate
        first, _, last = str(ctx["expected"]).rpartition(" or ")
        ctx["expected"] = i18n.Message("%(choices)s or %(last)s", choices=first, last=last) if first else last
    try:
        problem = i18n.Message(template, **ctx)
    except (KeyError, TypeError, ValueError):
        return msg
    return problem if problem == msg else msg  # worded otherwise by this pydantic: its words, untranslated


class HeadAsGet:
    """ASGI middleware: a HEAD request is answered as its GET is, headers only (RFC 9110 9.3.2: a server that
    answers GET answers HEAD). FastAPI routes answer GET alone, so every page, card, oEmbed, JSON and /sparql URL
    gave link checkers and unfurlers (`curl -I`, a CMS testing an embed URL) a 405; static files did answer.
    The GET runs in a new scope (the server keeps the HEAD one and sends no body); Content-Length stays the GET's."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message):
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


def relate_pending_from_env() -> bool:
    value = os.environ.get("SANAD_RELATE_PENDING", "1").strip()
    if value not in ("0", "1"):
        raise ValueError(f"SANAD_RELATE_PENDING must be 0 or 1, not {value!r}")
    return value == "1"


def create_app(store: str | None = None, users: str | None = None, announce_url: str | None = None,
               relate_pending: bool | None = None) -> FastAPIOffline:
    """`store`: a store directory (default: $SANAD_STORE or ./sanad-data); `users`: the
    users file of fact-checkers who may sign in (default: $SANAD_USERS or ./sanad-users.json);
    `announce_url`: where this server listens, written beside an embedded store while it holds
    it (kg.server_file), so `sanad ingest` sends articles here instead of failing on the lock;
    `relate_pending`: relate at start the articles the last stop left unrelated (default:
    $SANAD_RELATE_PENDING, "0" for no, else yes; kg.jobs.JobQueue)."""
    location = store_location(store)
    if relate_pending is None:
        relate_pending = relate_pending_from_env()
    from kg import server_file
    from kg.jobs import JobQueue

    from . import jobs

    max_body_bytes = jobs.max_body_bytes()  # a bad $SANAD_MAX_UPLOAD_BYTES stops the app here

    @asynccontextmanager
    async def lifespan(app):
        app.state.store = open_store(location)
        app.state.repo = DisplayRepository(app.state.store)
        app.state.reviews = Reviews(app.state.store, app.state.repo)
        app.state.users = UserDirectory(users)
        app.state.jobs = JobQueue(app.state.store, relate_pending=relate_pending)  # the one writer of articles sent while serving
        app.state.max_body_bytes = max_body_bytes
        announced = bool(announce_url) and not is_server(location)
        if announced:
            server_file.write(location, announce_url, max_body_bytes)
        # fill the whole-graph caches (relation index, source table, places) while the
        # server starts, so the first visitor does not pay for them (4 s at 100k claims)
        warm = app.state.warming = threading.Thread(target=app.state.repo.warm, name="sanad-warm-caches", daemon=True)
        warm.start()
        try:
            yield
        finally:
            if announced:
                server_file.remove(location)
            app.state.jobs.close()  # after the article being written: never half of one
            warm.join(timeout=60)  # a query still running would hold the store open
            app.state.store.close()

    # FastAPIOffline serves the Swagger/ReDoc assets from the package: no CDN.
    app = FastAPIOffline(
        title="Sanad",
        version=__version__,
        description="Claims extracted from Arabic news, linked to their sources, quotes and to each other "
                    "(contradicts / supports). Also available: SPARQL 1.1 at /sparql.",
        lifespan=lifespan,
    )
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    from . import auth, cache, cards, graph_store, i18n, json_api, limits, pages, sparql, sparql_cache

    # Abuse limits (api.limits), in memory per process; a bad $SANAD_LOGIN_* / $SANAD_RATE_LIMIT_*
    # stops the app here. Tests replace these (or their .clock) to move time.
    app.state.login_throttle = limits.LoginThrottle.from_env()
    app.state.rate_limiter = limits.RateLimiter.from_env()

    # Cards (/cards/*) are the only thing other sites may frame; a bad
    # $SANAD_CARD_FRAME_ANCESTORS stops the app here rather than weakening the header.
    card_frame_ancestors = cards.frame_ancestors()

    app.include_router(pages.router)
    app.include_router(auth.router)
    app.include_router(cards.router)
    app.include_router(json_api.router)
    app.include_router(sparql.router)
    app.include_router(graph_store.router)
    app.include_router(jobs.router)

    def add_security_headers(request: Request, response) -> None:
        """On every response, errors included: no MIME sniffing, a referrer policy, a CSP, and
        HSTS when the request came over HTTPS (the rule of Secure cookies, api.auth.is_https)."""
        headers = response.headers
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("Referrer-Policy", "same-origin")
        if auth.is_https(request):
            headers.setdefault("Strict-Transport-Security", HSTS)
        path = request.url.path
        if path.startswith("/cards/"):
            # A card sets its own CSP (default-src 'none' and the hashes of its inline CSS
            # and script); framing is allowed for cards only, by whom is configurable.
            csp = headers.get("Content-Security-Policy") or CARD_FALLBACK_CSP
            kept = [d.strip() for d in csp.split(";") if d.strip() and d.split()[0].lower() != "frame-ancestors"]
            headers["Content-Security-Policy"] = "; ".join([*kept, f"frame-ancestors {card_frame_ancestors}"])
            if "x-frame-options" in headers:
                del headers["x-frame-options"]
        else:
            # No framing of pages, no script or asset from anywhere but this app. The API
            # docs (Swagger UI, ReDoc) start from an inline script: allowed there only.
            docs = path in docs_pages
            headers.setdefault("Content-Security-Policy", DOCS_CSP if docs else PAGE_CSP)
            headers.setdefault("X-Frame-Options", "DENY")

    def public_api(path: str) -> bool:
        return path.startswith("/api/") and not path.startswith("/api/jobs")

    # FastAPIOffline serves these itself (app.docs_url and app.redoc_url are None)
    docs_pages = {"/docs", "/redoc", "/docs/oauth2-redirect"}

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        request.state.lang = i18n.pick(request)
        response = await call_next(request)
        if request.query_params.get("lang") in i18n.LANGUAGES and not request.url.path.startswith("/cards/"):
            # the language switch is remembered (cards take lang= per embed, not per reader)
            response.set_cookie(i18n.COOKIE, request.state.lang, max_age=365 * 24 * 3600, samesite="lax",
                                httponly=True)
        if not request.url.path.startswith(("/api/", "/sparql", "/static", "/cards/", "/oembed", "/graph-store")):
            response.headers.setdefault("Vary", "Accept, Accept-Language, Cookie")
        elif request.method in ("GET", "HEAD") and (public_api(request.url.path) or request.url.path == "/oembed"):
            # the JSON API's reads are as public as /sparql: a newsroom page's script on another origin may
            # read them (no credentials: a cookie or token is never sent with "*"); jobs stay private. /oembed's
            # errors (404, 501, 422) too, as its answers: a consumer's script can read why it got no card
            response.headers.setdefault("Access-Control-Allow-Origin", "*")
        add_security_headers(request, response)
        return response

    # Rendered answers per store generation (api.cache), outside the middleware above so a hit
    # skips it; what it stores already carries the headers that middleware added.
    app.state.response_cache = cache.ResponseCache.from_env()
    app.state.sparql_cache = sparql_cache.SparqlCache.from_env()  # SPARQL answers per generation
    app.add_middleware(cache.CachedResponses)
    app.add_middleware(HeadAsGet)  # outermost: a HEAD is a GET to everything inside, the cache included

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        """An unexpected error: answered outside the middleware above (by Starlette's
        ServerErrorMiddleware), so the headers are added here too. The traceback is logged."""
        from fastapi.responses import PlainTextResponse

        response = PlainTextResponse("Internal Server Error", status_code=500)
        add_security_headers(request, response)
        return response

    def wants_html(request: Request) -> bool:
        """A browser on a page (not the JSON API, /sparql or oEmbed): errors come as a page."""
        return "text/html" in request.headers.get("accept", "") and not request.url.path.startswith(
            ("/api/", "/sparql", "/oembed"))

    def error_page(request: Request, status: int, detail, headers=None):
        if request.url.path.startswith("/cards/") and not request.url.path.endswith(".svg"):
            return cards.card_error(request, status, detail)  # inside an iframe: card-sized
        lang = getattr(request.state, "lang", None) or i18n.pick(request)
        return templates.TemplateResponse(request, "error.html",
                                          {"status": status, "detail": i18n.localized(detail, lang)},
                                          status_code=status, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if wants_html(request):
            return error_page(request, exc.status_code, exc.detail, getattr(exc, "headers", None))
        from fastapi.responses import JSONResponse

        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid_parameters(request: Request, exc: RequestValidationError):
        """A bad parameter (?kind=bogus, ?page=0, ?lang=fr on a card): the same 422, but a browser
        gets a page naming the parameter, not FastAPI's JSON; clients of the API keep the JSON."""
        if not wants_html(request):
            return await request_validation_exception_handler(request, exc)
        return error_page(request, 422, [_parameter_error(e) for e in exc.errors()])

    return app

