"""Embeddable claim cards (issue 6): /cards/{key} (HTML, framable), /cards/{key}.svg
(social preview image), /oembed (JSON or XML).

Safe by construction:
- every string from an article (quotes, titles, publishers, unregistered sources' names)
  goes through rendering.clip / safe_text (no bidi or control characters, bounded
  length) and is escaped by Jinja's autoescape (HTML, SVG) or ElementTree (oEmbed XML);
  the JSON-LD block goes through rendering.json_script (no `</script>` break-out);
- a card is one document: inline CSS and one inline script, both allowed by their
  SHA-256 in the card's own Content-Security-Policy (`default-src 'none'`), so it makes
  no other request; the script only reports the card's height to the embedding page;
- only /cards/* may be framed (`frame-ancestors` from SANAD_CARD_FRAME_ANCESTORS,
  default `* file:`; see app.py); every other page still refuses framing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
import xml.etree.ElementTree as ET
from typing import Any, Literal
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from markupsafe import Markup, escape

from kg import __version__
from kg.outlets import outlet_name
from kg.repository import Repository

from .cache import etag_matches
from .deps import get_repo
from .i18n import localized, no_such
from .rendering import TEMPLATE_DIR, base_url, claim_jsonld, clip, safe_text, templates

router = APIRouter(include_in_schema=False)

CACHE_CONTROL = "public, max-age=300"
FRAME_ANCESTORS_ENV = "SANAD_CARD_FRAME_ANCESTORS"
OEMBED_WIDTH = 560
SVG_W, SVG_H = 1200, 630

_SOURCE_EXPR = re.compile(
    r"^(\*|'self'|'none'|[a-z][a-z0-9+.-]*:|(?:[a-z][a-z0-9+.-]*://)?(?:\*\.)?[a-z0-9.-]+(?::(?:\d{1,5}|\*))?(?:/[^\s;,']*)?)$",
    re.I)


# Any web page, and a page opened from a file: `*` matches network schemes only, so a newsroom developer trying
# the snippet in a local .html file got a refused frame. A card has nothing to click but links out, so being
# framed by a local file is no more a risk than by any site.
DEFAULT_FRAME_ANCESTORS = "* file:"


def frame_ancestors() -> str:
    """The `frame-ancestors` source list for cards: $SANAD_CARD_FRAME_ANCESTORS
    (space-separated CSP sources, e.g. `https://cms.example.org 'self'`), default `* file:`.
    A value that is not a plain source list is refused at start-up."""
    raw = os.environ.get(FRAME_ANCESTORS_ENV, DEFAULT_FRAME_ANCESTORS).strip() or DEFAULT_FRAME_ANCESTORS
    parts = raw.split()
    bad = [p for p in parts if not _SOURCE_EXPR.match(p)]
    if bad or ("'none'" in parts and len(parts) > 1):
        shown = " ".join(bad) or "'none' with other sources"
        raise ValueError(f"{FRAME_ANCESTORS_ENV}={raw!r} is not a CSP source list (bad: {shown})")
    return " ".join(parts)


# -- interface strings, both languages

STRINGS = {
    "en": {
        "claim": "Claim", "denies": "denies", "contradicted": "Contradicted by", "supported": "Supported by",
        "more": "+{n} more", "verdict": "Verdict", "by": "by", "in": "In", "open": "Open in Sanad",
        "none": "No contradicting or supporting claim found yet.", "confidence": "confidence",
        "own": "the outlet's own statement", "card": "Claim card", "said": "said",
        "n_contra": "contradicted by {n}", "n_support": "supported by {n}",
        "printed": "printed by {n} outlets", "printed_times": "printed {n} times",
        "unavailable": "This claim card cannot be shown.",
    },
    "ar": {
        "claim": "ادعاء", "denies": "ينفي", "contradicted": "يناقضه", "supported": "يؤيده",
        "more": "و{n} غيره", "verdict": "الحكم", "by": "من", "in": "في", "open": "افتح في سند",
        "none": "لم يُعثر بعد على ادعاء يناقضه أو يؤيده.", "confidence": "الثقة",
        "own": "بيان الوسيلة نفسها", "card": "بطاقة ادعاء", "said": "قال",
        "unavailable": "تعذّر عرض بطاقة الادعاء هذه.",
        "n_contra": "يناقضه {n}", "n_support": "يؤيده {n}",
        "printed": "نشرته {n} وسائل إعلام", "printed_times": "نُشر {n} مرات",
    },
}

SOURCE_TYPES_AR = {
    "state-media": "إعلام رسمي", "news-outlet": "وسيلة إعلام", "government-official": "مسؤول حكومي",
    "monitoring-group": "جهة رصد", "local-activist-network": "شبكة ناشطين محلية", "armed-group": "جماعة مسلحة",
    "anonymous-source": "مصدر مجهول", "collective": "جهة جماعية", "outlet-own": "الوسيلة نفسها",
    "unknown": "غير مصنّف",
}

# -- the card's only CSS and script; their hashes go into the card's CSP

_CSS = """:root{--fg:#1d2430;--muted:#5b6472;--bg:#ffffff;--line:#d9dde3;--accent:#0b5cad;--contra:#a8201a;
--support:#1d6b3a;--soft:#f4f6f9;--mark:#fff0b3}
.dark{--fg:#e8ecf2;--muted:#a5afbd;--bg:#151b24;--line:#323c4b;--accent:#7fb4ff;--contra:#ff8a80;
--support:#7ddc9a;--soft:#1e2632;--mark:#4a3f10}
*{box-sizing:border-box}
html,body{margin:0;padding:0;background:transparent}
body{padding:1px;font:15px/1.55 "Noto Naskh Arabic","Amiri","DejaVu Sans",system-ui,sans-serif;color:var(--fg)}
.card{background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:10px;padding:14px 16px;
margin:0 auto;max-width:%(maxwidth)s;overflow-wrap:anywhere;border-inline-start:5px solid var(--accent)}
.card.has-contra{border-inline-start-color:var(--contra)}
a{color:var(--accent)}
a:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.top{display:flex;flex-wrap:wrap;gap:4px 10px;align-items:baseline;font-size:13px;color:var(--muted);margin:0 0 6px}
.brand{font-weight:700;color:var(--fg)}
.badge{font-size:12px;border-radius:4px;padding:0 6px;background:var(--soft)}
.badge.denied{color:var(--contra)}
blockquote{margin:6px 0 8px;padding:2px 12px;border-inline-start:3px solid var(--line);unicode-bidi:isolate;
font-size:18px;line-height:1.7}
.compact blockquote{font-size:16px}
.who,.art,.note{margin:2px 0;font-size:13px;color:var(--muted)}
.src{font-weight:600;color:var(--fg)}
.type{border:1px solid var(--line);border-radius:999px;padding:0 7px;font-size:12px}
bdi{unicode-bidi:isolate}
section{margin:10px 0 0;padding:8px 10px;border-radius:8px;background:var(--soft)}
section h2{margin:0 0 2px;font-size:13px;text-transform:none}
section.contradicts h2{color:var(--contra)}
section.supports h2{color:var(--support)}
section blockquote{font-size:15px;margin:4px 0}
.verdict strong{font-size:16px}
footer{margin:10px 0 0;font-size:13px;display:flex;justify-content:space-between;gap:8px;flex-wrap:wrap}
footer .id{color:var(--muted)}
"""

# Reports the card's height to the page that frames it (api/static/embed.js there
# checks the message's origin and which iframe sent it). Height and key are public.
# embed.js may start after the card has reported (it loads async): it then says
# "sanad:card-hello" and the card reports again, to its parent only.
_SCRIPT = """(function(){if(window.parent===window)return;var last=-1,key=document.documentElement.getAttribute("data-sanad-card");
function send(){var h=Math.ceil(document.body.getBoundingClientRect().height);if(h===last)return;last=h;
window.parent.postMessage({type:"sanad:card-size",key:key,height:h},"*");}
window.addEventListener("message",function(e){if(e.source===window.parent&&e.data&&e.data.type==="sanad:card-hello"){last=-1;send();}});
if(window.ResizeObserver){new ResizeObserver(send).observe(document.body);}else{window.addEventListener("resize",send);}
window.addEventListener("load",send);send();})();"""


def _sha256(s: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"


SCRIPT_HASH = _sha256(_SCRIPT)


def _code_version() -> str:
    """Changes when the card's code or templates change, so ETags do too."""
    h = hashlib.sha256(__version__.encode())
    for name in ("card.html", "card_image.svg"):
        h.update((TEMPLATE_DIR / name).read_bytes())
    h.update(_CSS.encode() + _SCRIPT.encode() + open(__file__, "rb").read())
    return h.hexdigest()[:16]


CODE_VERSION = _code_version()


# -- reading a card's inputs

def _strongest(rels: list[dict], kind: str) -> tuple[dict | None, int]:
    """The strongest relation of a kind, other sources first; and how many there are."""
    of_kind = [r for r in rels if r["relation"] == kind]
    if not of_kind:
        return None, 0
    return min(of_kind, key=lambda r: (r["same_source"], -r["confidence"], r["id"])), len(of_kind)


_UNREAD = object()
ARTICLE_META = ("id", "key", "title", "url", "publisher", "date", "lang")  # Repository.article_meta's fields


def as_claim_relations(related: list[dict]) -> list[dict]:
    """Repository.related()'s relations in the shape and order of Repository.claim_relations()."""
    rels = [{"id": r["id"], "relation": r["relation"], "confidence": r["confidence"], "why": r["why"],
             "same_source": r["same_source"], "other": r["other"]["id"]} for r in related]
    return sorted(rels, key=lambda r: (-r["confidence"], r["id"]))


def card_inputs(repo: Repository, key: str, *, claim: dict | None = None, article: dict | None = None,
                appearances: list | None = None, review: Any = _UNREAD,
                known: dict[str, dict] | None = None, relations: list[dict] | None = None) -> dict[str, Any] | None:
    """Everything a card shows, read from the store: the claim, its article, all its
    relations (for counts), the strongest contradicting and supporting claims, and the
    latest review. The ETag is a hash of exactly this. A claim page passes what it has
    already read (claim, article, appearances, review, its `relations` as claim_relations gives
    them and the related claims in `known`, by IRI), so its card is not read twice."""
    claim = claim if claim is not None else repo.claim(key)
    if claim is None:
        return None
    # a reprint shows the relations of the statement it reprints (kg.reprints)
    rels = relations if relations is not None else repo.claim_relations(repo.statement_key(key))
    appearances = appearances if appearances is not None else repo.appearances(key)
    contra, n_contra = _strongest(rels, "contradicts")
    support, n_support = _strongest(rels, "supports")
    known = known or {}
    unread = [r["other"] for r in (contra, support) if r is not None and r["other"] not in known]
    others = repo.claims_by_iris(unread, places=False) if unread else {}  # both in one read
    others.update({r["other"]: {**known[r["other"]], "places": []}
                   for r in (contra, support) if r is not None and r["other"] in known})
    if article is not None:
        article = {k: article.get(k) for k in ARTICLE_META}
    return {
        "claim": claim, "article": article if article is not None else (repo.article_meta(claim["article_key"]) or {}),
        "relations": [[r["id"], r["relation"], r["confidence"]] for r in rels],
        "contra": {**contra, "claim": others.get(contra["other"])} if contra else None, "n_contra": n_contra,
        "support": {**support, "claim": others.get(support["other"])} if support else None, "n_support": n_support,
        "review": repo.latest_review(key) if review is _UNREAD else review,
        "printed": {"times": len(appearances), "outlets": len({a["publisher"] for a in appearances})},
    }


def etag_of(*parts: Any) -> str:
    blob = json.dumps([CODE_VERSION, *parts], sort_keys=True, ensure_ascii=False, default=str)
    return '"' + hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32] + '"'


def not_modified(request: Request, etag: str) -> bool:
    return etag_matches(request.headers.get("if-none-match"), etag)


# -- the view model (every string here is cleaned and bounded)

def guillemets(text: Any, limit: int) -> str:
    """The text in «…», cut to `limit`; a text already quoted («…») is not quoted again,
    and one that opens or closes with a guillemet of its own is shown as it is."""
    t = safe_text(text)
    if len(t) >= 2 and t.startswith("«") and t.endswith("»"):
        t = t[1:-1].strip()
    elif t.startswith("«") or t.endswith("»"):
        return clip(t, limit)
    return f"«{clip(t, limit)}»"


def _source_name(src: dict, lang: str) -> str:
    return clip((src.get("name_ar") if lang == "ar" else None) or src.get("name") or src.get("key"), 80)


def _source_type(t: str | None, lang: str) -> str:
    from .rendering import SOURCE_TYPE_LABELS

    t = t or "unknown"
    return (SOURCE_TYPES_AR if lang == "ar" else SOURCE_TYPE_LABELS).get(t, clip(t, 40))


def _date(d: Any) -> str:
    """The ISO day of a stored date or dateTime; anything else is not shown."""
    m = re.match(r"^\d{4}-\d{2}-\d{2}", str(d or ""))
    return m.group(0) if m else ""


def _rating_label(review: dict | None, lang: str) -> str | None:
    if not review:
        return None
    rating = review.get("rating") or {}
    label = (rating.get("label_ar") if lang == "ar" else None) or rating.get("label") or rating.get("label_ar")
    return clip(label, 60) or None


def card_view(inputs: dict, base: str, lang: str, view: str) -> dict[str, Any]:
    claim, article = inputs["claim"], inputs["article"]
    full = view == "full"
    quote_limit, other_limit = (420, 220) if full else (200, 120)

    def side(rel: dict | None, n: int) -> dict | None:
        if rel is None or rel.get("claim") is None:
            return None
        c = rel["claim"]
        return {"quote": clip(c["quote"], other_limit), "source": _source_name(c["source"], lang),
                "type": _source_type(c["source"]["type"], lang), "date": _date(c.get("date")),
                "denied": c["polarity"] == "denied", "confidence": f"{rel['confidence']:.2f}",
                "url": f"{base}/claims/{c['key']}", "more": n - 1}

    review = inputs.get("review")
    verdict = None
    if review:
        author = review.get("author") or {}
        verdict = {"label": _rating_label(review, lang) or "—", "by": clip(author.get("name"), 80),
                   "date": _date(review.get("modified") or review.get("date"))}
    return {
        "key": claim["key"], "lang": lang, "dir": "rtl" if lang == "ar" else "ltr", "full": full,
        "t": STRINGS[lang],
        "quote": clip(claim["quote"], quote_limit), "source": _source_name(claim["source"], lang),
        "source_url": f"{base}/sources/{claim['source']['key']}",
        "type": _source_type(claim["source"]["type"], lang), "denied": claim["polarity"] == "denied",
        "own": bool(claim.get("own")), "date": _date(claim.get("date") or article.get("date")),
        "article_title": clip(article.get("title") or claim.get("article_title"), 140 if full else 80),
        "publisher": clip(outlet_name(article.get("publisher"), lang), 60),
        "article_url": f"{base}/articles/{claim['article_key']}#claim-{claim['key']}",
        "url": f"{base}/claims/{claim['key']}",
        "contra": side(inputs.get("contra"), inputs.get("n_contra", 0)),
        "support": side(inputs.get("support"), inputs.get("n_support", 0)) if full else None,
        "n_contra": inputs.get("n_contra", 0), "n_support": inputs.get("n_support", 0),
        "printed": _printed(inputs.get("printed") or {}, STRINGS[lang]),
        "verdict": verdict,
    }


def _printed(p: dict, t: dict) -> str | None:
    """"printed by N outlets" for a statement printed more than once (kg.reprints), else None."""
    if p.get("times", 0) < 2:
        return None
    return t["printed"].format(n=p["outlets"]) if p.get("outlets", 0) > 1 else t["printed_times"].format(n=p["times"])


def estimate_height(v: dict, width: int) -> int:
    """About how tall the card is at this width (the resize script corrects it)."""
    chars = max(10, (width - 60) // 8)
    lines = lambda s, per=chars: max(1, math.ceil(len(s) / per))  # noqa: E731
    # measured in Chromium: borders and padding 30, top line 30, quote lines 31 (+14),
    # source line 24, article line 22, each related section 60 + its quote lines, footer 34
    h = 30 + 30 + lines(v["quote"]) * 31 + 14 + 24
    if v["full"] and v["article_title"]:
        h += 22 * lines(v["article_title"], chars + 10)
    if v["verdict"]:
        h += 62
    for s in (v["contra"], v["support"]):
        if s:
            h += 60 + lines(s["quote"], chars + 10) * 27 + 18 + (21 if s["more"] > 0 else 0)
    if not v["contra"] and not v["support"]:
        h += 22
    return h + 34


def card_css(maxwidth: int | None) -> str:
    return _CSS % {"maxwidth": f"{int(maxwidth)}px" if maxwidth else "640px"}


def render_card(request: Request, inputs: dict, lang: str, theme: str, view: str,
                maxwidth: int | None) -> tuple[str, str]:
    """(html, CSP without frame-ancestors) of a card."""
    base = base_url(request)
    css = card_css(maxwidth)
    v = card_view(inputs, base, lang, view)
    jsonld = claim_jsonld(base, inputs["claim"], inputs["article"], inputs.get("review"))
    html = templates.get_template("card.html").render(
        v=v, theme=theme, view=view, css=Markup(css), script=Markup(_SCRIPT), jsonld=jsonld,
        oembed=oembed_urls(base, inputs["claim"]["key"]))
    csp = (f"default-src 'none'; style-src {_sha256(css)}; script-src {SCRIPT_HASH}; img-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    return html, csp


_ERROR_CSS = ("body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#333}"
              ".card{border:1px solid #ccc;border-radius:8px;padding:12px 16px;margin:0}"
              "h1{font-size:1rem;margin:0 0 4px}p{margin:4px 0;overflow-wrap:anywhere}a{color:#0b5cad}")


def card_error(request: Request, status: int, detail: Any) -> HTMLResponse:
    """An error inside a card's iframe (no such claim, ?lang=fr): a card-sized box in the card's language, with
    the card's CSP and framing rules, not the site's whole page (its header and menu squeezed into the frame).
    It reports its height as a card does (the card's one script, allowed by its hash), so embed.js shrinks the
    iframe an oEmbed answer or a snippet sized for the whole card to the box."""
    lang = request.query_params.get("lang")
    lang = lang if lang in STRINGS else "ar"
    m = _CLAIM_URL.match(request.url.path)
    html = templates.get_template("card_error.html").render(
        lang=lang, dir="rtl" if lang == "ar" else "ltr", t=STRINGS[lang], status=status,
        detail=localized(detail, lang),
        base=base_url(request), css=Markup(_ERROR_CSS), script=Markup(_SCRIPT), key=m.group(1) if m else "")
    csp = (f"default-src 'none'; style-src {_sha256(_ERROR_CSS)}; script-src {SCRIPT_HASH}; img-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": csp})


# -- routes

Lang = Literal["ar", "en"]
Theme = Literal["light", "dark"]
View = Literal["full", "compact"]


@router.get("/cards/{key}.svg")
def card_image(key: str, request: Request, lang: Lang = "ar", theme: Theme = "light",
               repo: Repository = Depends(get_repo)):
    """The card as a 1200×630 SVG (og:image). SVG only: a PNG would need a rasterizer
    that shapes Arabic (cairo, or a browser); none comes as a well-kept pure library."""
    inputs = card_inputs(repo, key)
    if inputs is None:
        raise no_such("claim", key)
    base = base_url(request)
    etag = etag_of("svg", base, lang, theme, inputs)
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
    if not_modified(request, etag):
        return Response(status_code=304, headers=headers)
    v = card_view(inputs, base, lang, "compact")
    svg = templates.get_template("card_image.svg").render(v=v, img=svg_layout(v), theme=theme)
    headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return Response(svg, media_type="image/svg+xml; charset=utf-8", headers=headers)


@router.get("/cards/{key}", response_class=HTMLResponse)
def card(key: str, request: Request, lang: Lang = "ar", theme: Theme = "light", view: View = "full",
         maxwidth: int | None = Query(None, ge=200, le=2000), repo: Repository = Depends(get_repo)):
    inputs = card_inputs(repo, key)
    if inputs is None:
        raise no_such("claim", key)
    etag = etag_of("html", base_url(request), lang, theme, view, maxwidth, inputs)
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL, "Link": discovery_link(base_url(request), key, True)}
    if not_modified(request, etag):
        return Response(status_code=304, headers=headers)
    html, csp = render_card(request, inputs, lang, theme, view, maxwidth)
    headers["Content-Security-Policy"] = csp
    return HTMLResponse(html, headers=headers)


def oembed_urls(base: str, key: str) -> dict[str, str]:
    """The oEmbed endpoint's URLs (JSON, XML) for a claim page."""
    page = f"{base}/claims/{key}"
    return {fmt: f"{base}/oembed?{urlencode({'url': page, 'format': fmt})}" for fmt in ("json", "xml")}


def discovery_link(base: str, key: str, canonical: bool = False) -> str:
    """An HTTP `Link` header (RFC 8288) naming a claim's oEmbed answers, as the claim page's <link> elements do,
    for consumers that read headers (a HEAD or the first bytes) before any HTML; a card's also names its claim
    page as canonical (the card is its framed view, not a page of its own)."""
    urls = oembed_urls(base, key)
    links = ([f'<{base}/claims/{key}>; rel="canonical"'] if canonical else []) + [
        f'<{urls["json"]}>; rel="alternate"; type="application/json+oembed"',
        f'<{urls["xml"]}>; rel="alternate"; type="text/xml+oembed"']
    return ", ".join(links)


_CLAIM_URL = re.compile(r"^/(?:claims|cards)/([A-Za-z0-9][A-Za-z0-9_-]{0,80})/?$")


def _claim_key_of(url: str, request: Request) -> str | None:
    """The claim key of a claim page (or card) URL on this server; None for any other."""
    try:
        u = urlsplit(url.strip())
    except ValueError:
        return None
    if u.scheme not in ("http", "https") or u.username or u.password:
        return None
    if (u.netloc or "").lower() != request.url.netloc.lower():
        return None
    m = _CLAIM_URL.match(u.path)
    return m.group(1) if m else None


def oembed_html(src: str, width: int, height: int, title: str, base: str, max_height: int | None = None) -> str:
    """The iframe and embed.js. `max_height` (an oEmbed consumer's maxheight): embed.js never makes the iframe
    taller (a taller card scrolls inside it), as the answer's `height` promised."""
    a = lambda s: escape(str(s))  # noqa: E731  attribute values
    cap = f' data-sanad-max-height="{int(max_height)}"' if max_height else ""
    return (f'<iframe src="{a(src)}" width="{width}" height="{height}" title="{a(title)}"{cap} '
            f'style="border:0;width:100%;max-width:{width}px;height:{height}px" loading="lazy" '
            f'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" '
            f'referrerpolicy="strict-origin-when-cross-origin"></iframe>'
            f'<script async src="{a(base)}/static/embed.js"></script>')


def embed_snippet(base: str, claim: dict, width: int = OEMBED_WIDTH, height: int | None = None,
                  lang: str = "ar", repo: Repository | None = None, inputs: dict | None = None) -> str:
    """The copy-paste HTML for a claim page: the iframe and the resize script. With
    `repo` (or the card's `inputs`), the iframe's height (what shows without the script) is the
    card's estimate."""
    if height is None and (repo is not None or inputs is not None):
        inputs = inputs if inputs is not None else card_inputs(repo, claim["key"])
        if inputs is not None:
            height = estimate_height(card_view(inputs, base, lang, "full"), width)
    title = f"{STRINGS[lang]['card']}: {_source_name(claim['source'], lang)}"
    q = {"lang": lang} if lang != "ar" else {}
    src = f"{base}/cards/{claim['key']}" + (f"?{urlencode(q)}" if q else "")
    return oembed_html(src, width, height or 320, title, base)


@router.get("/oembed")
def oembed(request: Request, url: str = Query(..., max_length=2000), format: str = "json",
           maxwidth: int | None = Query(None, ge=1, le=10000), maxheight: int | None = Query(None, ge=1, le=10000),
           lang: Lang = "ar", theme: Theme = "light", repo: Repository = Depends(get_repo)):
    """oEmbed 1.0 (https://oembed.com) for claim page URLs: type `rich`, an iframe."""
    if format not in ("json", "xml"):
        raise HTTPException(501, f"format {format!r} is not supported; use json or xml")
    key = _claim_key_of(url, request)
    inputs = card_inputs(repo, key) if key else None
    if inputs is None:
        raise HTTPException(404, "not a claim page of this server")
    base = base_url(request)
    width = min(OEMBED_WIDTH, maxwidth or OEMBED_WIDTH)
    view = "full" if width >= 320 else "compact"
    v = card_view(inputs, base, lang, view)
    height = estimate_height(v, width)
    if maxheight and height > maxheight and view == "full":
        view = "compact"
        v = card_view(inputs, base, lang, view)
        height = estimate_height(v, width)
    if maxheight:
        height = min(height, maxheight)
    q = {k: val for k, val in (("lang", lang), ("theme", theme), ("view", view)) if val not in ("ar", "light", "full")}
    src = f"{base}/cards/{key}" + (f"?{urlencode(q)}" if q else "")
    claim = inputs["claim"]
    # a denied claim's quote is often the words denied («عدوها باكستان بتدريب متشددين»): say it is denied, or the
    # embedding page reads the denier as saying them
    who = f"{v['source']} ({v['t']['denies']})" if v["denied"] else v["source"]
    title = f"{who}: {guillemets(claim['quote'], 100)}"
    data = {
        "version": "1.0", "type": "rich", "title": title,
        "author_name": v["source"], "author_url": v["source_url"],
        "provider_name": "Sanad", "provider_url": base + "/",
        "cache_age": 300,
        "html": oembed_html(src, width, height, f"{v['t']['card']}: {v['source']}", base, maxheight),
        "width": width, "height": height,
        "thumbnail_url": f"{base}/cards/{key}.svg" + (f"?lang={lang}" if lang != "ar" else ""),
        "thumbnail_width": SVG_W, "thumbnail_height": SVG_H,
    }
    if maxwidth and maxwidth < SVG_W or maxheight and maxheight < SVG_H:
        # the thumbnail must fit maxwidth/maxheight too; leave it out rather than lie
        for k in ("thumbnail_url", "thumbnail_width", "thumbnail_height"):
            data.pop(k)
    headers = {"Cache-Control": CACHE_CONTROL, "Access-Control-Allow-Origin": "*"}
    if format == "xml":
        root = ET.Element("oembed")
        for k, val in data.items():
            ET.SubElement(root, k).text = str(val)
        body = '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n' + ET.tostring(root, encoding="unicode")
        return Response(body, media_type="text/xml; charset=utf-8", headers=headers)
    return JSONResponse(data, headers=headers)


# -- the SVG image: lines laid out here (SVG text does not wrap)

def _wrap(text: str, per_line: int, max_lines: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if len(w) > per_line:
            w = w[: per_line - 1] + "…"
        if cur and len(cur) + 1 + len(w) > per_line:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = clip(lines[-1], per_line - 2).rstrip("…") + "…"
    return lines


def svg_layout(v: dict) -> dict:
    contra = v.get("contra")
    quote = _wrap(v["quote"], 44, 3 if contra else 5)
    other = None
    if contra:
        other = {"head": clip(f"{v['t']['contradicted']}: {contra['source']}", 56), "quote": _wrap(contra["quote"], 56, 2)}
    facts = [v["date"]] if v["date"] else []
    if v["n_contra"]:
        facts.append(v["t"]["n_contra"].format(n=v["n_contra"]))
    if v["n_support"]:
        facts.append(v["t"]["n_support"].format(n=v["n_support"]))
    if v["verdict"]:
        facts.append(f"{v['t']['verdict']}: {v['verdict']['label']}")
    rtl = v["dir"] == "rtl"
    # one line each: SVG text does not wrap (about 45 bold or 60 plain characters fit)
    return {"quote": quote, "other": other, "facts": clip(" · ".join(facts), 70), "rtl": rtl,
            "source": clip(v["source"], 40), "type": clip(v["type"], 30),
            "x": SVG_W - 90 if rtl else 90, "qx": SVG_W - 90, "anchor": "start", "w": SVG_W, "h": SVG_H}

