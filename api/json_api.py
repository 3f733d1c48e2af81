"""The JSON API under /api: the same claim objects as the CLI prints."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Query

from kg.outlets import publisher_names
from kg.repository import Repository
from kg.reviews import Reviews

from .deps import RATE_LIMITED, get_repo, get_reviews

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
def relations(kind: Literal["contradicts", "supports"] | None = None, source: str | None = None,
              limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET),
              independent: bool | None = Query(None, description="true: only statements that share no source"),
              repo: Repository = Depends(get_repo)):
    return {"items": repo.relations(kind=kind, source_key=source, limit=limit, offset=offset, independent=independent),
            "limit": limit, "offset": offset}


@router.get("/claims/{key}", summary="One claim, with its relations and verdicts (newest first)")
def claim(key: str, repo: Repository = Depends(get_repo), reviews: Reviews = Depends(get_reviews)):
    c = repo.claim(key)
    if c is None:
        raise HTTPException(404, f"no claim with key {key!r}")
    related = [{"relation": r["relation"], "confidence": r["confidence"], "why": r["why"],
                "same_source": r["same_source"], "independent": r["independent"], "claim": r["other"]}
               for r in repo.related(key)]
    return {**c, "related": related, "appearances": [_named_publisher(a) for a in repo.appearances(key)],
            "reviews": reviews.history(key)}


@router.get("/claims/{key}/reviews", summary="Every verdict recorded on a claim, newest first, with history links")
def claim_reviews(key: str, repo: Repository = Depends(get_repo), reviews: Reviews = Depends(get_reviews)):
    if repo.claim(key) is None:
        raise HTTPException(404, f"no claim with key {key!r}")
    return {"items": reviews.history(key)}


@router.get("/search", summary="Search claims and quotes (Arabic-normalized)", dependencies=[RATE_LIMITED],
             responses={429: {"description": "Too many requests from this address (see Retry-After)"}})
def search(q: str = Query(..., min_length=1, max_length=500), limit: int = Query(50, ge=1, le=500),
           offset: int = Query(0, ge=0, le=MAX_OFFSET), repo: Repository = Depends(get_repo)):
    return {"q": q, "items": repo.search(q, limit=limit, offset=offset)}


@router.get("/sources", summary="Sources with claims")
def sources(repo: Repository = Depends(get_repo)):
    return {"items": repo.sources()}


@router.get("/sources/{key}", summary="A source's profile, claims and record")
def source(key: str, repo: Repository = Depends(get_repo)):
    s = repo.source(key)
    if s is None:
        raise HTTPException(404, f"no source with key {key!r}")
    return {**s, "claims": repo.source_claims(key)}


@router.get("/articles", summary="Articles")
def articles(limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET),
             repo: Repository = Depends(get_repo)):
    return {"items": repo.articles(limit=limit, offset=offset), "limit": limit, "offset": offset}


@router.get("/articles/{key}", summary="An article's text, metadata and claims")
def article(key: str, repo: Repository = Depends(get_repo)):
    a = repo.article(key)
    if a is None:
        raise HTTPException(404, f"no article with key {key!r}")
    return {**_named_publisher(a), "claims": repo.article_claims(key)}
