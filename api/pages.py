"""HTML pages (and their JSON-LD / Turtle / CSV twins): contradictions, claim, source,
article, search, lists, and the verdict form."""

from __future__ import annotations

import datetime
import re
from typing import Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse

from kg.repository import Repository
from kg.reviews import ReviewError, Reviews, ratings

from . import auth
from .cards import SVG_H, SVG_W, as_claim_relations, card_inputs, discovery_link, embed_snippet, oembed_urls
from .deps import RATE_LIMITED, get_repo, get_reviews
from .i18n import Message, no_such
from .negotiate import PAGE_CONTEXT, alternates, choose, csv_response, jsonld_response, turtle_response
from .rendering import base_url, claim_jsonld, clip, context_window, publisher_jsonld, segments, templates

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 20
SOURCE_RELATIONS = 10  # on a source's page; all of them are one link away (home, filtered by source)
# the home page's source filter lists the biggest sources only: at 31k articles all 32,517 were
# 2.8 MB of <option>s and ~230 ms of each request's 265 ms. Every source stays reachable: /sources
# lists them all, and ?source=KEY filters by any of them (the selected one is always listed)
HOME_SOURCES = 200
SOURCES_PAGE_SIZE = 100  # rows of /sources: one line each, lighter than a claim card
SEARCH_SOURCES = 8  # sources named by a search's words, above its claims; the rest are on /sources?q=
LIST_FORMATS = ("html", "jsonld", "ttl", "csv")
ITEM_FORMATS = ("html", "jsonld", "ttl")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SORTS = ("confidence", "date")
REVISION_OF = "http://www.w3.org/ns/prov#wasRevisionOf"


def _twin(request: Request, fmt: str, jsonld: dict, rows=None, columns=None, filename="sanad"):
    if fmt == "jsonld":
        return jsonld_response(jsonld)
    if fmt == "ttl":
        return turtle_response(jsonld)
    return csv_response(rows or [], columns or [], filename)


def _page(request: Request, template: str, context: dict, formats=ITEM_FORMATS, status_code: int = 200):
    context.setdefault("alternates", alternates(request, formats))
    return auth.save(request, templates.TemplateResponse(request, template, context, status_code=status_code))


def _claim_node(base: str, c: dict) -> dict:
    node = claim_jsonld(base, c)
    node.pop("@context", None)
    node["sanad:polarity"] = c["polarity"]
    if c.get("cue"):
        node["sanad:cue"] = c["cue"]
    node["sanad:quote"] = c["quote"]
    return node


def _claim_row(c: dict, prefix: str = "") -> dict:
    return {f"{prefix}key": c["key"], f"{prefix}source": c["source"]["name"], f"{prefix}source_type": c["source"]["type"],
            # an outlet's own statement has no source written in the text (its label is the article's publisher)
            f"{prefix}source_as_written": c["source"]["label"] if c["source"]["type"] != "outlet-own" else "",
            f"{prefix}cue": c["cue"] or "",
            f"{prefix}polarity": c["polarity"], f"{prefix}quote": c["quote"], f"{prefix}date": c["date"] or "",
            f"{prefix}article": c["article_key"]}


CLAIM_COLUMNS = list(_claim_row({"key": "", "source": {"name": "", "type": "", "label": ""}, "cue": "",
                                 "polarity": "", "quote": "", "date": "", "article_key": ""}))


def _source_options(repo: Repository, selected: str | None) -> list[dict]:
    """The source filter's options: the HOME_SOURCES with most claims, and the selected source wherever it ranks."""
    every = repo.sources()
    shown = every[:HOME_SOURCES]
    if selected and all(s["key"] != selected for s in shown):
        shown = shown + [s for s in every if s["key"] == selected][:1]
    return shown


def _named(table: list[dict], keys) -> list[dict]:
    """Keys of places or sources with their English and Arabic names from `table` (Repository.places()
    or .sources(), both kept per store generation); a key not in it is named by itself."""
    by_key = {row["key"]: row for row in table}
    out = []
    for k in keys:
        row = by_key.get(k) or {}
        out.append({"key": k, "name": row.get("name") or row.get("nameAr") or k, "nameAr": row.get("nameAr")})
    return out


def _linked_sources(repo: Repository, source: dict) -> dict[str, dict]:
    """The sources a source's profile links to (affiliation, same speaker, speaks for) by key, named:
    from the list of sources with claims, else read one by one (a body may have no claim of its own)."""
    keys = [k for k in (source.get("affiliation_key"), source.get("speaker_key")) if k]
    keys += list(source.get("speaks_for") or [])
    table = repo.sources()
    known = {s["key"] for s in table}
    extra = [{"key": k, "name": other.get("name"), "nameAr": other.get("name_ar")}
             for k in [k for k in dict.fromkeys(keys) if k not in known][:20] if (other := repo.source(k))]
    return {s["key"]: s for s in _named(table + extra, keys)}


def _date_param(v: str | None, name: str) -> str | None:
    if not v:
        return None
    if not _DATE.match(v) or not _real_date(v):
        raise HTTPException(400, Message("%(name)s: a date is written YYYY, YYYY-MM or YYYY-MM-DD (a real month and "
                                         "day)", name=name))
    return v


def _real_date(v: str) -> bool:
    """2015-13 or 2015-02-30 match the pattern but name no day: they filtered by string order."""
    try:
        datetime.date.fromisoformat((v + "-01-01")[:10])
    except ValueError:
        return False
    return True


@router.get("/")
def home(request: Request, kind: Literal["contradicts", "supports"] = "contradicts",
         source: str | None = None, source_type: str | None = None, place: str | None = None,
         date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
         sort: Literal["confidence", "date"] = "confidence", page: int = Query(1, ge=1, le=10_000),
         sources: Literal["independent", "all"] | None = None,
         repo: Repository = Depends(get_repo)):
    fmt = choose(request, LIST_FORMATS)
    # a corroboration counts when a second, independent source agrees: by default the supports
    # list leaves out one source agreeing with itself (reprints are already one statement)
    default_sources = "independent" if kind == "supports" else "all"
    sources = sources or default_sources
    filters = {"kind": kind, "source": source or None, "source_type": source_type or None, "place": place or None,
               "from": _date_param(date_from, "from"), "to": _date_param(date_to, "to"), "sort": sort,
               "sources": sources}
    whole = fmt != "html"
    rels = repo.relations(kind=kind, source_key=filters["source"], source_type=filters["source_type"],
                          place=filters["place"], date_from=filters["from"],
                          date_to=(filters["to"] + "\uffff") if filters["to"] else None, sort=sort,
                          independent=True if sources == "independent" else None,
                          limit=None if whole else PAGE_SIZE + 1, offset=0 if whole else (page - 1) * PAGE_SIZE)
    if fmt != "html":
        base = base_url(request)
        doc = {"@context": PAGE_CONTEXT, "@type": "ItemList", "url": str(request.url),
               "numberOfItems": len(rels), "itemListElement": [
                   {"@type": "ListItem", "position": i + 1, "item": {
                       "@id": r["id"], "@type": "sanad:ClaimRelation", "sanad:relationKind": r["relation"],
                       "sanad:confidence": r["confidence"], "sanad:explanation": r["why"],
                       "sanad:sameSource": r["same_source"], "sanad:independent": r["independent"],
                       "sanad:claim": [_claim_node(base, r["a"]), _claim_node(base, r["b"])]}}
                   for i, r in enumerate(rels)]}
        rows = [{"relation": r["relation"], "confidence": r["confidence"], "why": r["why"],
                 "same_source": r["same_source"], **_claim_row(r["a"], "a_"), **_claim_row(r["b"], "b_"),
                 "independent": r["independent"]}
                for r in rels]
        cols = ["relation", "confidence", "why", "same_source"] + [f"a_{c}" for c in CLAIM_COLUMNS] + \
               [f"b_{c}" for c in CLAIM_COLUMNS] + ["independent"]  # new columns go last: CSV readers index by position
        return _twin(request, fmt, doc, rows, cols, kind)
    query = {k: v for k, v in filters.items() if v and not (k == "sort" and v == "confidence")
             and not (k == "sources" and v == default_sources)}
    return _page(request, "index.html", {
        "relations": rels[:PAGE_SIZE], "kind": kind, "filters": filters, "page": page,
        "has_next": len(rels) > PAGE_SIZE, "query": query, "stats": repo.stats(),
        "sources": _source_options(repo, filters["source"]), "source_count": len(repo.sources()),
        "places": repo.places(), "source_types": repo.source_types(),
        "urlencode": urlencode,
    }, LIST_FORMATS)


@router.get("/claims/{key}")
def claim_page(key: str, request: Request, repo: Repository = Depends(get_repo),
               reviews: Reviews = Depends(get_reviews)):
    fmt = choose(request, ITEM_FORMATS)
    claim = repo.claim(key)
    if claim is None:
        raise no_such("claim", key)
    article = repo.article(claim["article_key"])
    history = reviews.history(key)
    review = repo.latest_review(key)
    base = base_url(request)
    jsonld = claim_jsonld(base, claim, article, review)
    if history:
        latest = history[0]
        if latest["evidence"]:
            jsonld["citation"] = latest["evidence"]
        if latest["supporting"]:
            jsonld["isBasedOn"] = [c["id"] for c in latest["supporting"]]
    if fmt != "html" and len(history) > 1:
        # the machine-readable twin carries the history as PROV: each verdict points to the
        # one it replaced. The page's embedded block keeps only the latest ClaimReview, the
        # one shape search engines read.
        node = jsonld
        for older in history[1:]:
            node[REVISION_OF] = {
                "@id": older["id"], "@type": "ClaimReview", "dateModified": older["modified"],
                "reviewBody": clip(older["rationale"], 1000),
                "reviewRating": {"@type": "Rating", "alternateName": older["rating"]["label"]},
                "author": {"@type": "Person", "name": older["author"]["name"]}}
            node = node[REVISION_OF]
    if fmt != "html":
        return _twin(request, fmt, jsonld)
    before, quote, after, more_before, more_after = context_window(article["text"], claim["start"], claim["end"])
    appearances = repo.appearances(key)
    related = repo.related(key, claim=claim)
    response = _page(request, "claim.html", {
        "claim": claim, "article": article, "related": related, "appearances": appearances,
        "outlets": len({a["publisher"] for a in appearances}),
        "ctx": {"before": before, "quote": quote, "after": after, "more_before": more_before,
                "more_after": more_after},
        "jsonld": jsonld, "review": review, "history": history,
        # embeddable card (issue 6): oEmbed discovery, og:image, the copy-paste snippet
        "oembed_json": oembed_urls(base, key)["json"], "oembed_xml": oembed_urls(base, key)["xml"],
        "card_image": f"{base}/cards/{key}.svg",
        "embed_snippet": embed_snippet(base, claim, inputs=card_inputs(
            repo, key, claim=claim, article=article, appearances=appearances, review=review,
            known={r["other"]["id"]: r["other"] for r in related}, relations=as_claim_relations(related))),
        "card_url": f"/cards/{key}", "card_image_size": (SVG_W, SVG_H),
        "places": _named(repo.places(), claim.get("places") or []),
    })
    response.headers["Link"] = discovery_link(base, key)
    return response


@router.get("/claims/{key}/review")
def review_form(key: str, request: Request, repo: Repository = Depends(get_repo)):
    claim = repo.claim(key)
    if claim is None:
        raise no_such("claim", key)
    if auth.current_user(request) is None:
        return RedirectResponse(f"/login?{urlencode({'next': f'/claims/{key}/review'})}", status_code=303)
    return _form(request, claim, repo)


def _form(request, claim, repo, error=None, values=None, status_code=200):
    latest = repo.latest_review(claim["key"])
    return _page(request, "review.html", {
        "claim": claim, "ratings": ratings(), "csrf": auth.csrf_token(request), "error": error,
        "values": values or {}, "latest": latest, "related": repo.related(claim["key"])},
        formats=(), status_code=status_code)


@router.post("/claims/{key}/reviews")
def record_review(key: str, request: Request, rating: str = Form(..., max_length=40),
                  rationale: str = Form("", max_length=20_000), evidence: str = Form("", max_length=50_000),
                  supporting: list[str] = Form([]), csrf: str = Form(""),
                  repo: Repository = Depends(get_repo), reviews: Reviews = Depends(get_reviews)):
    auth.check_csrf(request, csrf)
    user = auth.current_user(request)
    if user is None:
        raise HTTPException(401, Message("sign in to record a verdict"))
    claim = repo.claim(key)
    if claim is None:
        raise no_such("claim", key)
    links = [u for u in re.split(r"\s+", evidence) if u]
    try:
        reviews.record(key, rating, rationale, user, evidence=links, supporting_keys=supporting[:50],
                       base_url=base_url(request))
    except ReviewError as e:
        values = {"rating": rating, "rationale": rationale, "evidence": evidence, "supporting": supporting}
        return _form(request, claim, repo, error=str(e), values=values, status_code=400)
    return auth.save(request, RedirectResponse(f"/claims/{key}#review", status_code=303))


@router.get("/sources/{key}")
def source_page(key: str, request: Request, page: int = Query(1, ge=1, le=10_000),
                repo: Repository = Depends(get_repo)):
    fmt = choose(request, LIST_FORMATS)
    source = repo.source(key)
    if source is None:
        raise no_such("source", key)
    if fmt != "html":
        claims = repo.source_claims(key)
        base = base_url(request)
        doc = {"@context": PAGE_CONTEXT, "@id": source["id"],
               "@type": "Person" if source["type"] == "government-official" else "Organization",
               "name": [x for x in ({"@value": source["name"], "@language": "en"},
                                    {"@value": source["name_ar"], "@language": "ar"} if source["name_ar"] else None) if x],
               "url": f"{base}/sources/{key}", "sanad:sourceType": source["type"],
               **({"sameAs": f"http://www.wikidata.org/entity/{source['wikidata']}"} if source["wikidata"] else {}),
               "sanad:contradictedByOthers": source["record"].get("contradicts", 0),
               "sanad:corroboratedByOthers": source["record"].get("supports", 0),
               "@reverse": {"author": [_claim_node(base, c) for c in claims]}}
        return _twin(request, fmt, doc, [_claim_row(c) for c in claims], CLAIM_COLUMNS, key)
    claims = repo.source_claims(key, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    relations = repo.relations(source_key=key, limit=SOURCE_RELATIONS + 1) if page == 1 else []
    timeline = repo.source_timeline(key)
    return _page(request, "source.html", {
        "source": source, "names": _linked_sources(repo, source),
        "claims": claims[:PAGE_SIZE], "page": page, "has_next": len(claims) > PAGE_SIZE,
        "claim_count": sum(m["claims"] for m in timeline),
        "relations": relations[:SOURCE_RELATIONS], "more_relations": len(relations) > SOURCE_RELATIONS,
        "timeline": timeline,
    }, LIST_FORMATS)


@router.get("/sources")
def sources_page(request: Request, q: str = Query("", max_length=200), page: int = Query(1, ge=1, le=10_000),
                 repo: Repository = Depends(get_repo)):
    fmt = choose(request, LIST_FORMATS)
    rows = repo.sources_named(q)  # every source without q; its downloads are never paged
    if fmt != "html":
        base = base_url(request)
        doc = {"@context": PAGE_CONTEXT, "@type": "ItemList", "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "item": {
                "@id": f"{base}/sources/{s['key']}", "name": s["name"] or s["nameAr"], "sanad:sourceType": s["type"],
                "sanad:claimCount": s["claims"]}} for i, s in enumerate(rows)]}
        return _twin(request, fmt, doc, rows, ["key", "name", "nameAr", "type", "claims"], "sources")
    # paged like /articles: at 31k articles the whole list was 32,517 rows, 7.4 MB and 0.6 s a request
    start = (page - 1) * SOURCES_PAGE_SIZE
    return _page(request, "sources.html", {
        "sources": rows[start:start + SOURCES_PAGE_SIZE], "q": q, "page": page, "count": len(rows),
        "has_next": len(rows) > start + SOURCES_PAGE_SIZE}, LIST_FORMATS)


@router.get("/articles/{key}")
def article_page(key: str, request: Request, repo: Repository = Depends(get_repo)):
    fmt = choose(request, LIST_FORMATS)
    article = repo.article(key)
    if article is None:
        raise no_such("article", key)
    claims = repo.article_claims(key)
    if fmt != "html":
        base = base_url(request)
        doc = {"@context": PAGE_CONTEXT, "@id": article["id"], "@type": "NewsArticle",
               "url": f"{base}/articles/{key}", "text": article["text"], "inLanguage": article["lang"],
               **({"headline": article["title"]} if article["title"] else {}),
               **({"datePublished": article["date"]} if article["date"] else {}),
               **({"publisher": publisher_jsonld(article["publisher"])} if article["publisher"] else {}),
               **({"sameAs": article["url"]} if article["url"] else {}),
               "@reverse": {"appearance": [_claim_node(base, c) for c in claims]}}
        return _twin(request, fmt, doc, [_claim_row(c) for c in claims], CLAIM_COLUMNS, key)
    # each source's number in the legend, from 0 (its colour is the number modulo the 8 colours)
    palette: dict[str, int] = {}
    for c in claims:
        palette.setdefault(c["source"]["key"], len(palette))
    runs = segments(article["text"], [(c["start"], c["end"], c) for c in claims])
    return _page(request, "article.html", {
        "article": article, "claims": claims, "runs": runs, "palette": palette,
    }, LIST_FORMATS)


@router.get("/articles")
def articles_page(request: Request, page: int = Query(1, ge=1, le=10_000), repo: Repository = Depends(get_repo)):
    fmt = choose(request, LIST_FORMATS)
    if fmt != "html":
        rows = repo.articles(limit=100_000)
        base = base_url(request)
        doc = {"@context": PAGE_CONTEXT, "@type": "ItemList", "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "item": {
                "@id": f"{base}/articles/{a['key']}", "@type": "NewsArticle", "headline": a["title"],
                "datePublished": a["date"], "sanad:claimCount": a["claims"]}} for i, a in enumerate(rows)]}
        return _twin(request, fmt, doc, rows, ["key", "title", "date", "claims"], "articles")
    rows = repo.articles(limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    return _page(request, "articles.html", {
        "articles": rows[:PAGE_SIZE], "page": page, "has_next": len(rows) > PAGE_SIZE}, LIST_FORMATS)


@router.get("/search", dependencies=[RATE_LIMITED])
def search_page(request: Request, q: str = Query("", max_length=500), page: int = Query(1, ge=1, le=10_000),
                repo: Repository = Depends(get_repo)):
    fmt = choose(request, LIST_FORMATS)
    if fmt != "html":
        results = repo.search(q, limit=1000) if q.strip() else []
        base = base_url(request)
        doc = {"@context": PAGE_CONTEXT, "@type": "ItemList", "name": q, "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "item": _claim_node(base, c)} for i, c in enumerate(results)]}
        return _twin(request, fmt, doc, [_claim_row(c) for c in results], CLAIM_COLUMNS, "search")
    results, has_next = repo.search_page(q, PAGE_SIZE, (page - 1) * PAGE_SIZE) if q.strip() else ([], False)
    # claims are searched by their Arabic words; a name typed here ("Observatory", "المرصد السوري")
    # also leads to the sources so named, which search of claim text alone never showed
    named = repo.sources_named(q) if q.strip() and page == 1 else []
    return _page(request, "search.html", {
        "q": q, "highlight": q, "results": results, "page": page, "has_next": has_next,
        "before": (page - 1) * PAGE_SIZE, "sources": named[:SEARCH_SOURCES],
        "more_sources": len(named) > SEARCH_SOURCES}, LIST_FORMATS)
