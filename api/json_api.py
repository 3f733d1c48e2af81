"""The JSON API under /api: the same claim objects as the CLI prints."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query, Request

from kg.outlets import publisher_names
from kg.repository import Repository
from kg.reviews import Reviews

from .deps import RATE_LIMITED, get_repo, get_reviews
from .i18n import no_such

router = APIRouter(prefix="/api", tags=["api"])
# Past 2**64 - limit the store's OFFSET + LIMIT overflows (a 500, found by schemathesis); no
# result list comes near this bound.
MAX_OFFSET = 1_000_000_000


def _named_publisher(item: dict) -> dict:
    """`item` (an article, a claim's appearance) with its publisher's names right after `publisher`, which
    stays as stored (a SaudiNewsNet key like «aawsat» is the outlet's key, kept for clients that filter by it)."""
    out = {}
    for k, v in item.items():
        out[k] = v
        if k == "publisher":
            out.update(publisher_names(v))
    return out


@router.get("/stats", summary="Counts of articles, claims and relations")
def stats(repo: Repository = Depends(get_repo)):
    return repo.stats()


@router.get("/relations", summary="Relations between claims of different or same sources")
def relations(request: Request, kind: Literal["contradicts", "supports"] | None = None, source: str | None = None,
              limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET),
              independent: bool | None = Query(None, description="true: only statements that share no source"),
              repo: Repository = Depends(get_repo)):
    items = repo.relations(kind=kind, source_key=source, limit=limit + 1, offset=offset, independent=independent)
    return _page(request, items, limit, offset)


def _page(request: Request, items: list, limit: int, offset: int, more: bool | None = None) -> dict:
    """One page of a list, read one item longer than `limit` to know whether another page follows (or told,
    `more`): the items, `limit`, `offset` and `next`, the URL of the next page (these parameters, offset moved
    on), or null at the end (a client paging by offset had no way to know the last page but asking past it)."""
    more = (len(items) > limit if more is None else more) and offset + limit <= MAX_OFFSET
    return {"items": items[:limit], "limit": limit, "offset": offset,
            "next": str(request.url.include_query_params(offset=offset + limit)) if more else None}


@router.get("/claims/{key}", summary="One claim, with its relations and verdicts (newest first)")
def claim(key: str, repo: Repository = Depends(get_repo), reviews: Reviews = Depends(get_reviews)):
    c = repo.claim(key)
    if c is None:
        raise no_such("claim", key)
    related = [{"relation": r["relation"], "confidence": r["confidence"], "why": r["why"],
                "same_source": r["same_source"], "independent": r["independent"], "claim": r["other"]}
               for r in repo.related(key)]
    return {**c, "related": related, "appearances": [_named_publisher(a) for a in repo.appearances(key)],
            "reviews": reviews.history(key)}


@router.get("/claims/{key}/reviews", summary="Every verdict recorded on a claim, newest first, with history links")
def claim_reviews(key: str, repo: Repository = Depends(get_repo), reviews: Reviews = Depends(get_reviews)):
    if repo.claim(key) is None:
        raise no_such("claim", key)
    return {"items": reviews.history(key)}


@router.get("/search", summary="Search claims and quotes (Arabic-normalized)", dependencies=[RATE_LIMITED],
             responses={429: {"description": "Too many requests from this address (see Retry-After)"}})
def search(request: Request, q: str = Query(..., min_length=1, max_length=500), limit: int = Query(50, ge=1, le=500),
           offset: int = Query(0, ge=0, le=MAX_OFFSET), repo: Repository = Depends(get_repo)):
    items, more = repo.search_page(q, limit, offset)
    return {"q": q, **_page(request, items, limit, offset, more)}


@router.get("/sources", summary="Sources with claims, most claims first")
def sources(request: Request, q: str | None = Query(None, max_length=500), limit: int | None = Query(None, ge=1, le=1000),
            offset: int = Query(0, ge=0, le=MAX_OFFSET), repo: Repository = Depends(get_repo)):
    """Every source (the public list, unpaged) unless `limit` or `offset` asks for a page: a corpus names
    thousands. `q`: the sources whose English or Arabic name holds the words, matched as /sources?q= matches."""
    items = repo.sources_named(q) if q else repo.sources()
    if limit is None and not offset:
        return {"items": items}
    limit = limit or 50
    return _page(request, items[offset:offset + limit + 1], limit, offset)


@router.get("/sources/{key}", summary="A source's profile, claims and record")
def source(key: str, repo: Repository = Depends(get_repo)):
    s = repo.source(key)
    if s is None:
        raise no_such("source", key)
    return {**s, "claims": repo.source_claims(key)}


@router.get("/articles", summary="Articles")
def articles(request: Request, limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET),
             repo: Repository = Depends(get_repo)):
    return _page(request, repo.articles(limit=limit + 1, offset=offset), limit, offset)


@router.get("/articles/{key}", summary="An article's text, metadata and claims")
def article(key: str, repo: Repository = Depends(get_repo)):
    a = repo.article(key)
    if a is None:
        raise no_such("article", key)
    return {**_named_publisher(a), "claims": repo.article_claims(key)}
