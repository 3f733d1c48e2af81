"""FastAPI dependencies: the repository and the store of the running app."""

from fastapi import Depends, Request

from kg.repository import Repository
from kg.reviews import Reviews
from kg.store import Store

from .limits import rate_limit


def get_repo(request: Request) -> Repository:
    return request.app.state.repo


def get_reviews(request: Request) -> Reviews:
    return request.app.state.reviews


def get_store(request: Request) -> Store:
    return request.app.state.store


def write_token() -> str | None:
    """Writes (SPARQL Update, Graph Store PUT/POST/DELETE) need this bearer token;
    with no SANAD_WRITE_TOKEN configured, writes are disabled."""
    import os

    return os.environ.get("SANAD_WRITE_TOKEN") or None


def has_write_token(request: Request) -> bool:
    """The request carries the configured write token (`Authorization: Bearer …`)."""
    import hmac

    token = write_token()
    given = request.headers.get("authorization", "")
    return (token is not None and given.startswith("Bearer ")
            and hmac.compare_digest(given[7:].encode(), token.encode()))


def write_denied(request: Request):
    """None when the request carries the write token, else the error response."""
    from fastapi.responses import PlainTextResponse

    if write_token() is None:
        return PlainTextResponse("writes are disabled on this server (no SANAD_WRITE_TOKEN configured)\n",
                                 status_code=403)
    if not has_write_token(request):
        return PlainTextResponse("a valid bearer token is required to write\n", status_code=401,
                                 headers={"WWW-Authenticate": 'Bearer realm="sanad"'})
    return None


# Per-client token bucket (api.limits): put on the expensive read routes (/sparql, /search,
# /api/search) as `dependencies=[RATE_LIMITED]`.
RATE_LIMITED = Depends(rate_limit)
