"""Every page's machine-readable twin, chosen in one place.

`?format=` wins (html, jsonld, ttl, csv, json); otherwise the Accept header decides by
q-value; browsers get HTML. Turtle is the page's JSON-LD parsed by rdflib, so the two
never disagree. The JSON-LD served names schema.org's context by URL (as consumers
expect); for the Turtle conversion an equivalent inline context is used, because the
server fetches nothing from the network.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterable

from fastapi import HTTPException, Request
from fastapi.responses import Response

MEDIA = {
    "html": "text/html",
    "jsonld": "application/ld+json",
    "ttl": "text/turtle",
    "csv": "text/csv",
    "json": "application/json",
}
_BY_MEDIA = {v: k for k, v in MEDIA.items()} | {"application/xhtml+xml": "html", "application/x-turtle": "ttl"}

SCHEMA_CONTEXT = "https://schema.org"
PAGE_CONTEXT: list[Any] = [SCHEMA_CONTEXT, {"sanad": "https://w3id.org/sanad/ns#",
                                             "prov": "http://www.w3.org/ns/prov#"}]
# what "https://schema.org" means for the terms these pages use (offline stand-in)
_LOCAL_SCHEMA = {"@vocab": "http://schema.org/", "url": {"@type": "@id"}, "sameAs": {"@type": "@id"},
                 "citation": {"@type": "@id"}, "isBasedOn": {"@type": "@id"}}


def accepted(accept: str) -> list[tuple[str, float]]:
    """An Accept header's media types with their q-values, highest first (stable: ties keep
    the header's order)."""
    out = []
    for part in accept.split(","):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        out.append((bits[0].lower(), q))
    return sorted(out, key=lambda x: -x[1])


def choose(request: Request, offered: Iterable[str]) -> str:
    offered = list(offered)
    fmt = request.query_params.get("format")
    if fmt:
        if fmt not in offered:
            raise HTTPException(406, f"format {fmt!r} is not offered here; one of: {', '.join(offered)}")
        return fmt
    # highest q first, ties to the earlier entry; */* leaves the choice to the server (HTML)
    for media, _ in accepted(request.headers.get("accept", "")):
        if _BY_MEDIA.get(media) in offered:
            return _BY_MEDIA[media]
    return "html"


def _localize(ctx: Any) -> Any:
    if ctx == SCHEMA_CONTEXT:
        return _LOCAL_SCHEMA
    if isinstance(ctx, list):
        return [_localize(c) for c in ctx]
    return ctx


def jsonld_response(doc: dict) -> Response:
    return Response(json.dumps(doc, ensure_ascii=False, indent=1), media_type="application/ld+json",
                    headers={"Vary": "Accept"})


def turtle_response(doc: dict) -> Response:
    from rdflib import Graph

    local = {**doc, "@context": _localize(doc.get("@context"))}
    g = Graph()
    g.bind("schema", "http://schema.org/")
    g.bind("sanad", "https://w3id.org/sanad/ns#")
    g.bind("prov", "http://www.w3.org/ns/prov#")
    g.parse(data=json.dumps(local), format="json-ld")
    return Response(g.serialize(format="turtle"), media_type="text/turtle; charset=utf-8",
                    headers={"Vary": "Accept"})


def csv_response(rows: list[dict[str, Any]], columns: list[str], filename: str) -> Response:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    w.writeheader()
    for r in rows:
        # a cell starting with = + - @ would run as a formula in a spreadsheet
        w.writerow({k: ("'" + v if isinstance(v, str) and v[:1] in "=+-@\t\r" else v) for k, v in r.items()})
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'inline; filename="{filename}.csv"', "Vary": "Accept"})


def alternates(request: Request, formats: Iterable[str]) -> list[dict[str, str]]:
    """Links to the page's other forms (for <link rel=alternate> and the page footer)."""
    out = []
    for f in formats:
        if f == "html":
            continue
        params = dict(request.query_params)
        params["format"] = f
        from urllib.parse import urlencode

        out.append({"format": f, "media": MEDIA[f], "href": f"{request.url.path}?{urlencode(params)}"})
    return out
