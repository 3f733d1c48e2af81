"""Every page's machine-readable twin, chosen in one place.

`?format=` wins (html, jsonld, ttl, csv, json); otherwise the Accept header decides by
q-value; browsers get HTML. Turtle is the page's JSON-LD parsed by rdflib, so the two
never disagree. The JSON-LD served names schema.org's context by URL (as consumers
expect); for the Turtle conversion an equivalent inline context is used, because the
server fetches nothing from the network.

The SPARQL endpoint's formats are chosen here too (sparql_formats): by the `format`,
`output` or `results` parameters that SPARQL clients send (format names or media types,
repeated and mixed as SPARQLWrapper does), otherwise by the Accept header.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any, Iterable

from fastapi import HTTPException, Request
from fastapi.responses import Response

from .i18n import Message

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


def _media_and_params(part: str) -> tuple[str, dict[str, str]]:
    """'text/csv; q=0.5; charset=utf-8' → ('text/csv', {'q': '0.5', 'charset': 'utf-8'})."""
    bits = part.split(";")
    params = {}
    for b in bits[1:]:
        name, _, value = b.partition("=")
        params[name.strip().lower()] = value.strip().strip('"')
    return bits[0].strip().lower(), params


def accepted(accept: str) -> list[tuple[str, float]]:
    """An Accept header's media types with their q-values, highest first (stable: ties keep
    the header's order). 'q = 0.5', 'Q=0.5' and 'q=1.0' are read as q-values too."""
    out = []
    for part in accept.split(","):
        media, params = _media_and_params(part)
        if not media:
            continue
        q = 1.0
        if "q" in params:
            try:
                q = min(1.0, max(0.0, float(params["q"])))
            except ValueError:
                q = 0.0
        out.append((media, q))
    return sorted(out, key=lambda x: -x[1])


def choose(request: Request, offered: Iterable[str]) -> str:
    offered = list(offered)
    fmt = request.query_params.get("format")
    if fmt:
        if fmt not in offered:
            raise HTTPException(406, Message("format %(format)s is not offered here; one of: %(offered)s",
                                              format=repr(fmt), offered=", ".join(offered)))
        return fmt
    # highest q first, ties to the earlier entry; */* leaves the choice to the server (HTML)
    for media, _ in accepted(request.headers.get("accept", "")):
        if _BY_MEDIA.get(media) in offered:
            return _BY_MEDIA[media]
    return "html"


# --- the SPARQL endpoint ---------------------------------------------------------------

# media type → format name, per result kind (SELECT/ASK solutions; CONSTRUCT/DESCRIBE graphs)
SOLUTION_MEDIA = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_MEDIA = {
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/turtle": "turtle",
    # Turtle is N3 (SPARQLWrapper's N3 asks for these and reads Turtle)
    "text/n3": "turtle", "text/rdf+n3": "turtle", "application/n3": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/ld+json": "jsonld", "application/x-json+ld": "jsonld", "application/rdf+xml": "rdfxml",
}
# format names clients put in format= / output= / results= → (solutions format, graph format):
# SPARQLWrapper's (json, xml, csv, tsv, turtle, n3, rdf, rdf+xml, json-ld), Fuseki's and
# Virtuoso's short names, and this endpoint's own. json and xml name both kinds, as
# SPARQLWrapper uses them (JSON-LD and RDF/XML for CONSTRUCT / DESCRIBE).
SPARQL_FORMAT_NAMES: dict[str, tuple[str | None, str | None]] = {
    "json": ("json", "jsonld"), "srj": ("json", None),
    "xml": ("xml", "rdfxml"), "srx": ("xml", None),
    "csv": ("csv", None), "tsv": ("tsv", None),
    "turtle": (None, "turtle"), "ttl": (None, "turtle"), "n3": (None, "turtle"),
    "ntriples": (None, "ntriples"), "n-triples": (None, "ntriples"), "nt": (None, "ntriples"),
    "jsonld": (None, "jsonld"), "json-ld": (None, "jsonld"),
    "rdfxml": (None, "rdfxml"), "rdf+xml": (None, "rdfxml"), "rdf": (None, "rdfxml"),
}
SPARQL_FORMAT_PARAMS = ("format", "output", "results")  # Virtuoso / Fuseki / sparqler; SPARQLWrapper sends all


class FormatNotOffered(ValueError):
    """None of the format parameters names a format the endpoint has (HTTP 406)."""


@dataclass(frozen=True)
class SparqlFormats:
    solutions: str | None  # for SELECT / ASK; None: none acceptable (406)
    graph: str | None  # for CONSTRUCT / DESCRIBE
    html: bool = False  # the results page (format=html)
    asked: str = ""  # what the client asked for, for an error message


def _sparql_format(token: str) -> tuple[str | None, str | None] | str | None:
    """One format parameter token (a name or a media type) → (solutions, graph) formats,
    'html', or None when unknown."""
    media, _ = _media_and_params(token)
    if media in ("html", "text/html", "application/xhtml+xml"):
        return "html"
    if media in SPARQL_FORMAT_NAMES:
        return SPARQL_FORMAT_NAMES[media]
    if media in SOLUTION_MEDIA or media in GRAPH_MEDIA:
        return SOLUTION_MEDIA.get(media), GRAPH_MEDIA.get(media)
    return None


def _sparql_accept(accept: str, table: dict[str, str], default: str) -> str | None:
    """The Accept header's choice for one result kind: the highest q first (ties: the header's
    order); */* (and application/*, or text/* for CSV / Turtle) leaves it to the server:
    `default`, or if the header refuses that with q=0, the first format it does not refuse."""
    if not accept.strip():
        return default
    ranked = accepted(accept)
    refused = {table[m] for m, q in ranked if q <= 0 and m in table}
    fallback = next((f for f in dict.fromkeys([default, *table.values()]) if f not in refused), None)
    for media, q in ranked:
        if q <= 0:
            continue
        if media in table and table[media] not in refused:
            return table[media]
        if media in ("*/*", "application/*") or (media == "text/*" and default in ("csv", "turtle")):
            return fallback
    return None


def _browser_navigation(accept: str) -> bool:
    """A browser opening a page ranks HTML first (text/html, application/xhtml+xml at the top q);
    SPARQL clients never name HTML."""
    ranked = accepted(accept)
    return bool(ranked) and ranked[0][1] > 0 and ranked[0][0] in ("text/html", "application/xhtml+xml")


def sparql_formats(values: Iterable[str], accept: str) -> SparqlFormats:
    """The result formats of a SPARQL query, from its format parameters (`values`: every
    format / output / results value, in order) or else its Accept header.

    A value may be a format name or a media type (SPARQLWrapper sends both, e.g.
    format=tsv&format=text/tab-separated-values), or a comma-separated list of them. The
    first value naming a format of a kind decides that kind; unknown values are skipped when
    another is known. Only if none is known: FormatNotOffered (406)."""
    tokens = [t.strip() for v in values for t in v.split(",") if t.strip()]
    if not tokens and _browser_navigation(accept):
        # a /sparql?query=… link opened in a browser: the results page, not an XML tree (its
        # Accept ranks application/xml;q=0.9 above every other format this endpoint has)
        return SparqlFormats("json", "turtle", html=True, asked=accept)
    if not tokens:
        return SparqlFormats(_sparql_accept(accept, SOLUTION_MEDIA, "json"),
                             _sparql_accept(accept, GRAPH_MEDIA, "turtle"), asked=accept)
    known = [f for f in map(_sparql_format, tokens) if f is not None]
    asked = ", ".join(dict.fromkeys(tokens))
    if not known:
        offered = list(dict.fromkeys(f for pair in SPARQL_FORMAT_NAMES.values() for f in pair if f))
        raise FormatNotOffered(f"unknown format {asked!r}; use one of {', '.join(offered)} (or a media type)")
    if known[0] == "html":
        return SparqlFormats("json", "turtle", html=True, asked=asked)
    pairs = [f for f in known if f != "html"]
    return SparqlFormats(next((s for s, _ in pairs if s), None), next((g for _, g in pairs if g), None), asked=asked)


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


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_response(rows: list[dict[str, Any]], columns: list[str], filename: str) -> Response:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    w.writeheader()
    for r in rows:
        # a cell starting with = + - @ would run as a formula in a spreadsheet (an empty cell stays
        # empty: `"" in "=+…"` is true, which once wrote a lone ' into every empty cell)
        w.writerow({k: ("'" + v if isinstance(v, str) and v.startswith(_FORMULA_STARTS) else v) for k, v in r.items()})
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
