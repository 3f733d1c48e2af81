"""HTML pages: contradictions, claim, source, article, search."""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from kg.repository import Repository

from .deps import get_repo
from .cards import SVG_H, SVG_W, embed_snippet
from .rendering import base_url, claim_jsonld, context_window, segments, templates

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 20


def _claim_jsonld(request: Request, claim: dict, article: dict | None = None, review: dict | None = None) -> dict:
    # shared with the embeddable cards (api/cards.py): Claim, or ClaimReview once reviewed
    return claim_jsonld(base_url(request), claim, article, review)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, kind: Literal["contradicts", "supports"] = "contradicts",
         source: str | None = None, page: int = Query(1, ge=1, le=10_000),
         repo: Repository = Depends(get_repo)):
    rels = repo.relations(kind=kind, source_key=source, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    has_next = len(rels) > PAGE_SIZE
    return templates.TemplateResponse(request, "index.html", {
        "relations": rels[:PAGE_SIZE], "kind": kind, "source": source, "page": page, "has_next": has_next,
        "stats": repo.stats(), "sources": repo.sources(),
    })


@router.get("/claims/{key}", response_class=HTMLResponse)
def claim_page(key: str, request: Request, repo: Repository = Depends(get_repo)):
    claim = repo.claim(key)
    if claim is None:
        raise HTTPException(404, f"no claim with key {key!r}")
    article = repo.article(claim["article_key"])
    before, quote, after, more_before, more_after = context_window(article["text"], claim["start"], claim["end"])
    review = repo.latest_review(key)
    base = base_url(request)
    page_url = f"{base}/claims/{key}"
    return templates.TemplateResponse(request, "claim.html", {
        "claim": claim, "article": article, "related": repo.related(key),
        "ctx": {"before": before, "quote": quote, "after": after, "more_before": more_before,
                "more_after": more_after},
        "jsonld": _claim_jsonld(request, claim, article, review),
        # embeddable card (issue 6): oEmbed discovery, og:image, the copy-paste snippet
        "oembed_json": f"{base}/oembed?{urlencode({'url': page_url, 'format': 'json'})}",
        "oembed_xml": f"{base}/oembed?{urlencode({'url': page_url, 'format': 'xml'})}",
        "card_image": f"{base}/cards/{key}.svg",
        "embed_snippet": embed_snippet(base, claim, repo=repo),
        "card_url": f"/cards/{key}", "card_image_size": (SVG_W, SVG_H),
    })


@router.get("/sources/{key}", response_class=HTMLResponse)
def source_page(key: str, request: Request, repo: Repository = Depends(get_repo)):
    source = repo.source(key)
    if source is None:
        raise HTTPException(404, f"no source with key {key!r}")
    return templates.TemplateResponse(request, "source.html", {
        "source": source, "claims": repo.source_claims(key), "relations": repo.relations(source_key=key),
    })


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, repo: Repository = Depends(get_repo)):
    return templates.TemplateResponse(request, "sources.html", {"sources": repo.sources()})


@router.get("/articles/{key}", response_class=HTMLResponse)
def article_page(key: str, request: Request, repo: Repository = Depends(get_repo)):
    article = repo.article(key)
    if article is None:
        raise HTTPException(404, f"no article with key {key!r}")
    claims = repo.article_claims(key)
    palette = {}
    for c in claims:
        palette.setdefault(c["source"]["key"], len(palette) % 8)
    runs = segments(article["text"], [(c["start"], c["end"], c) for c in claims])
    return templates.TemplateResponse(request, "article.html", {
        "article": article, "claims": claims, "runs": runs, "palette": palette,
    })


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, page: int = Query(1, ge=1, le=10_000), repo: Repository = Depends(get_repo)):
    rows = repo.articles(limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    return templates.TemplateResponse(request, "articles.html", {
        "articles": rows[:PAGE_SIZE], "page": page, "has_next": len(rows) > PAGE_SIZE})


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = Query("", max_length=500), page: int = Query(1, ge=1, le=10_000),
                repo: Repository = Depends(get_repo)):
    results = repo.search(q, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE) if q.strip() else []
    return templates.TemplateResponse(request, "search.html", {
        "q": q, "results": results[:PAGE_SIZE], "page": page, "has_next": len(results) > PAGE_SIZE})
