"""Templates and the helpers pages share (quote highlighting, labels)."""

from __future__ import annotations

import json
import re
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from kg.model import BASE as ID_BASE
from kg.outlets import outlet_name
from kg.resources import data_dir
from kg.text import normalize, normalize_with_offsets

TEMPLATE_DIR = data_dir("templates")

# autoescape is on for every .html template (Starlette's default); nothing from an
# article is ever marked safe except through json_script below.
def _page_context(request: Request) -> dict[str, Any]:
    from . import auth, i18n

    user = auth.current_user(request)
    return {**i18n.context(request), "user": user, "session_csrf": auth.csrf_token(request) if user else None}


templates = Jinja2Templates(directory=str(TEMPLATE_DIR), context_processors=[_page_context])

SOURCE_TYPE_LABELS = {
    "state-media": "state media", "news-outlet": "news outlet", "government-official": "government official",
    "monitoring-group": "monitoring group", "local-activist-network": "local activist network",
    "armed-group": "armed group", "anonymous-source": "anonymous source", "collective": "collective",
    "outlet-own": "the outlet itself", "unknown": "not yet typed",
}


def json_script(obj: Any) -> Markup:
    """JSON for a <script type="application/ld+json"> block that text can't break out of."""
    s = json.dumps(obj, ensure_ascii=False)
    s = s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    s = s.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(s)


def segments(text: str, spans: list[tuple[int, int, Any]]) -> list[tuple[str, Any]]:
    """Cut text into (piece, tag) runs; tag is the span's payload or None. Overlapping
    spans after the first are dropped, so every character is rendered exactly once."""
    out: list[tuple[str, Any]] = []
    pos = 0
    for start, end, tag in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos or start >= end:
            continue
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], tag))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def highlight(text: str | None, query: str | None) -> Markup:
    """`text` escaped, each place a word of `query` matches it in <mark>: matched as search matches
    (kg.text.normalize: اعلنت finds أعلنت, diacritics ignored) and marked on the text as written,
    a matched letter's diacritics with it."""
    text = text or ""
    words = sorted(set(normalize(query or "").split()[:10]), key=len, reverse=True)
    if not words or not text:
        return escape(text)
    norm, offsets = normalize_with_offsets(text)
    spans = []
    for w in words:
        i = norm.find(w)
        while i >= 0:
            spans.append((offsets[i], offsets[i + len(w)], True))
            i = norm.find(w, i + len(w))
    # overlapping matches merged, so a word inside a longer one still marks the whole run
    merged: list[list[int]] = []
    for a, b, _ in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return Markup("").join(Markup('<mark class="hit">{}</mark>').format(piece) if tag else escape(piece)
                           for piece, tag in segments(text, [(a, b, True) for a, b in merged]))


def context_window(text: str, start: int, end: int, chars: int = 240) -> tuple[str, str, str, bool, bool]:
    a = max(0, start - chars)
    b = min(len(text), end + chars)
    return text[a:start], text[start:end], text[end:b], a > 0, b < len(text)


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _source_type(t: str | None) -> str:
    from .i18n import gettext

    return gettext(SOURCE_TYPE_LABELS.get(t or "unknown", t or ""))


templates.env.filters["source_type"] = _source_type
templates.env.filters["highlight"] = highlight


def _outlet(publisher: str | None) -> str | None:
    """An article's publisher as the interface names it: a SaudiNewsNet key's name (kg.outlets), else as written."""
    from .i18n import current

    return outlet_name(publisher, current())


templates.env.filters["outlet"] = _outlet
templates.env.globals["json_script"] = json_script


def lang_url(request: Request, lang: str) -> str:
    """This page in another interface language."""
    from urllib.parse import urlencode

    params = dict(request.query_params)
    params["lang"] = lang
    return f"{request.url.path}?{urlencode(params)}"


def page_url(request: Request, **changes: Any) -> str:
    """This page with some query parameters changed (None or '' removes one)."""
    from urllib.parse import urlencode

    params = {k: v for k, v in request.query_params.items() if k != "lang"}
    for k, v in changes.items():
        if v in (None, ""):
            params.pop(k, None)
        else:
            params[k] = str(v)
    return f"{request.url.path}?{urlencode(params)}" if params else request.url.path


# IRIs (kg.model: https://w3id.org/sanad/id/{kind}/{key}) that have a page here; w3id.org sends them nowhere yet
_LOCAL_PAGE = re.compile(
    r"^" + re.escape(ID_BASE) + r"(?:graph/)?(claim|source|article)/([A-Za-z0-9][A-Za-z0-9_-]{0,80})$")
LOCAL_PAGES = {"claim": "claims", "source": "sources", "article": "articles"}


def local_page(iri: Any) -> str | None:
    """The page on this server of a claim, source or article IRI (an article's graph too), else None."""
    m = _LOCAL_PAGE.match(str(iri or ""))
    return f"/{LOCAL_PAGES[m.group(1)]}/{m.group(2)}" if m else None


templates.env.globals["local_page"] = local_page
templates.env.globals["id_base"] = ID_BASE
templates.env.globals["lang_url"] = lang_url
templates.env.globals["page_url"] = page_url


# -- untrusted text, and the schema.org JSON-LD shared by claim pages and cards (issue 6)

# Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the
# direction marks (LRM, RLM, ALM), C0/C1 controls other than tab and newline, and
# code points XML cannot carry. A quote holding U+202E could otherwise reorder
# what follows it (the source's name, the date) on screen.
_UNSAFE = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
                     "\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff]")
_SPACE = re.compile(r"\s+")


def safe_text(s: Any) -> str:
    """Untrusted text made plain: no bidi controls or control characters, whitespace
    collapsed. Escaping is still the template's job (autoescape)."""
    if s is None:
        return ""
    return _SPACE.sub(" ", _UNSAFE.sub("", str(s))).strip()


def clip(s: Any, limit: int) -> str:
    """safe_text, cut to at most `limit` characters with an ellipsis (at a word break
    when one is near)."""
    t = safe_text(s)
    if len(t) <= limit:
        return t
    cut = t[: max(1, limit - 1)]
    space = cut.rfind(" ")
    if space >= limit * 0.8:
        cut = cut[:space]
    return cut.rstrip(" ،,.;:؛") + "…"


def http_url(u: Any) -> str | None:
    """u if it is an absolute http(s) URL (article URLs come from input files)."""
    if not isinstance(u, str):
        return None
    u = u.strip()
    return u if re.match(r"^https?://[^\s<>\"'`]+$", u) and len(u) <= 2000 else None


JSONLD_TEXT_LIMIT = 1000


def _person_or_org(source_type: str | None) -> str:
    return "Person" if source_type == "government-official" else "Organization"


def publisher_jsonld(publisher: str) -> dict:
    """An article's publisher as schema.org: named as the outlet writes itself (kg.outlets), its Arabic name
    beside the English one; the stored publisher (a SaudiNewsNet key) is never its name."""
    name, name_ar = outlet_name(publisher, "en"), outlet_name(publisher, "ar")
    return {"@type": "Organization", "name": clip(name, 200),
            **({"alternateName": clip(name_ar, 200)} if name_ar != name else {})}


def claim_jsonld(base: str, claim: dict, article: dict | None = None, review: dict | None = None) -> dict:
    """schema.org JSON-LD for a claim: a `Claim` (author, datePublished, appearance,
    firstAppearance), or, once a review exists, the `ClaimReview` whose itemReviewed is
    that Claim (the shape search engines' ClaimReview rules ask for). `review` is what
    Repository.latest_review returns. Text is cleaned and clipped; json_script escapes."""
    src = claim["source"]
    article = article or {}
    page = f"{base}/claims/{claim['key']}"
    appearance = {"@type": "NewsArticle", "@id": claim["article"],
                  "url": http_url(article.get("url")) or f"{base}/articles/{claim['article_key']}"}
    headline = clip(article.get("title") or claim.get("article_title"), 300)
    if headline:
        appearance["headline"] = headline
    if article.get("date"):
        appearance["datePublished"] = str(article["date"])
    if article.get("publisher"):
        appearance["publisher"] = publisher_jsonld(article["publisher"])
    date = claim.get("date") or article.get("date")
    item = {
        "@type": "Claim",
        "@id": claim["id"],
        "url": page,
        "text": clip(claim.get("text") or claim.get("quote"), JSONLD_TEXT_LIMIT),
        "inLanguage": "ar",
        "author": {"@type": _person_or_org(src.get("type")), "@id": src["iri"],
                   "name": clip(src.get("name"), 200), "url": f"{base}/sources/{src['key']}"},
        **({"datePublished": str(date)} if date else {}),
        "appearance": appearance,
        "firstAppearance": appearance,
    }
    if not review:
        return {"@context": "https://schema.org", **item}
    rating = review.get("rating") or {}
    author = review.get("author") or {}
    out: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": http_url(review.get("url")) or f"{page}#review",
        "claimReviewed": item["text"],
        "itemReviewed": item,
        "author": {"@type": author.get("type") or "Organization",
                   "name": clip(author.get("name"), 200) or "Sanad"},
        "reviewRating": {"@type": "Rating", "alternateName": clip(rating.get("label"), 100) or "unrated"},
    }
    if review.get("id"):
        out["@id"] = review["id"]
    if http_url(author.get("url")):
        out["author"]["url"] = author["url"]
    nums = [_number(rating.get(k)) for k in ("value", "best", "worst")]
    if all(n is not None for n in nums):
        out["reviewRating"].update(ratingValue=nums[0], bestRating=nums[1], worstRating=nums[2])
    if review.get("date") or review.get("modified"):
        out["datePublished"] = str(review.get("date") or review.get("modified"))
    return out


def _number(v: Any) -> int | float | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return v
    try:
        f = float(str(v))
    except ValueError:
        return None
    return int(f) if f.is_integer() else f


_REORDERING = re.compile("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b-\x1f\x7f]")


def _finalize(value: Any) -> Any:
    """Applied to every {{ … }} of every page: bidi embeddings/overrides/isolates and control
    characters from article text can never reorder what a reader sees. Line breaks stay
    (the article page shows paragraphs); escaping is still autoescape's job."""
    if isinstance(value, Markup):
        return Markup(_REORDERING.sub("", value))
    if isinstance(value, str):
        return _REORDERING.sub("", value)
    return value


templates.env.finalize = _finalize


def _install_i18n() -> None:
    from . import i18n

    i18n.install(templates.env)


_install_i18n()
