"""The SPARQL 1.1 Protocol endpoint (queries), with content negotiation in one place.

The default graph of every query is the union of all named graphs: each article's
graph, the source registry, the vocabulary and the relations. GRAPH ?g reaches
each graph by name.
"""

from __future__ import annotations

import html
import json
import re
import urllib.parse
from dataclasses import dataclass, field

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Request
from fastapi.responses import PlainTextResponse, RedirectResponse, Response

from kg.resources import data_dir
from kg.stats import mark_stale
from kg.store import (FormatNotAcceptable, ProtocolDataset, QueryBusy, QueryEvaluationError, QueryLimits,
                      QueryOutOfMemory, QueryRefused, QueryResult, QuerySyntaxError, QueryTimeout, Store, StoreError)

from .deps import RATE_LIMITED, get_store, write_denied
from .negotiate import SPARQL_FORMAT_PARAMS, FormatNotOffered, sparql_formats
from .rendering import base_url, templates
from .sparql_cache import QueryKey, SparqlCache

router = APIRouter(tags=["sparql"])

MAX_QUERY_CHARS = 100_000

# The query /query opens with when no example is named: every contradiction, sources named in Arabic where the
# store has an Arabic label (it kept English labels only, so on a store of unregistered sources, which have Arabic
# labels alone, it found nothing)
DEFAULT_EXAMPLE = "contradictions"


class ProtocolError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass
class Operation:
    """One SPARQL Protocol request, whatever way it arrived."""

    query: str | None = None
    update: str | None = None
    formats: list[str] = field(default_factory=list)  # format / output / results values, in order
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    using_graphs: list[str] = field(default_factory=list)

    @property
    def dataset(self) -> ProtocolDataset | None:
        if self.default_graphs or self.named_graphs:
            return ProtocolDataset(self.default_graphs, self.named_graphs)
        return None


def _strict_utf8(raw: bytes, what: str) -> None:
    """Starlette decodes URL-encoded values with errors="replace": a query with invalid
    UTF-8 (raw or %-encoded) would run silently changed. It is refused, like such a body."""
    try:
        urllib.parse.parse_qsl(raw.decode("utf-8"), keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise ProtocolError(400, f"{what} is not valid UTF-8 (after %-decoding)")


def _one(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise ProtocolError(400, f"more than one '{name}' parameter")
    return values[0] if values else None


async def _read_request(request: Request) -> Operation:
    """The operation from GET, POST form, POST application/sparql-query or
    POST application/sparql-update (SPARQL 1.1 Protocol §2)."""
    params = request.query_params
    op = Operation(formats=[v for name in SPARQL_FORMAT_PARAMS for v in params.getlist(name)],
                   default_graphs=params.getlist("default-graph-uri"),
                   named_graphs=params.getlist("named-graph-uri"),
                   using_graphs=params.getlist("using-graph-uri") + params.getlist("using-named-graph-uri"))
    if request.method == "GET":
        _strict_utf8(request.scope.get("query_string", b""), "the URL's query string")
        if params.getlist("update"):
            raise ProtocolError(400, "updates must be sent by POST")
        op.query = _one(params.getlist("query"), "query")
        return op
    raw_type = request.headers.get("content-type", "")
    ctype = raw_type.split(";")[0].strip().lower()
    charset = re.search(r"charset\s*=\s*\"?([\w-]+)", raw_type, re.I)
    if charset and charset.group(1).lower() not in ("utf-8", "utf8"):
        raise ProtocolError(400, f"only UTF-8 is accepted, not {charset.group(1)}")
    if ctype in ("application/sparql-query", "application/sparql-update"):
        body = await request.body()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise ProtocolError(400, "the body is not valid UTF-8")
        if ctype == "application/sparql-query":
            op.query = text
        else:
            op.update = text
        return op
    if ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        _strict_utf8(request.scope.get("query_string", b""), "the URL's query string")
        if ctype == "application/x-www-form-urlencoded":
            _strict_utf8(await request.body(), "the form")
        form = await request.form()
        op.query = _one([v for v in form.getlist("query") if isinstance(v, str)], "query")
        op.update = _one([v for v in form.getlist("update") if isinstance(v, str)], "update")
        # the form's format values first (they won over the URL's before there could be several)
        op.formats = [v for name in SPARQL_FORMAT_PARAMS for v in form.getlist(name) if isinstance(v, str)] + op.formats
        op.default_graphs += [v for v in form.getlist("default-graph-uri") if isinstance(v, str)]
        op.named_graphs += [v for v in form.getlist("named-graph-uri") if isinstance(v, str)]
        op.using_graphs += [v for v in form.getlist("using-graph-uri") + form.getlist("using-named-graph-uri")
                            if isinstance(v, str)]
        return op
    if not ctype and not await request.body():
        return op
    raise ProtocolError(415, f"unsupported content type {ctype or '(none)'!r}: use application/x-www-form-urlencoded, "
                             "application/sparql-query or application/sparql-update")


def _check_dataset_iris(op: Operation) -> None:
    """default-graph-uri / named-graph-uri values must be IRIs (by pyoxigraph's own parser): an
    invalid one used to surface from the query as a 500."""
    for iri in op.default_graphs + op.named_graphs:
        try:
            ox.NamedNode(iri)
        except ValueError as e:
            raise ProtocolError(400, f"default-graph-uri / named-graph-uri must be absolute IRIs: {e}") from None


def _error(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status)


async def _run_update(request: Request, store: Store, update: str):
    denied = write_denied(request)
    if denied is not None:
        return denied
    if len(update) > MAX_QUERY_CHARS * 100 or "\x00" in update:
        return _error(400, "update too long or not text")
    from starlette.concurrency import run_in_threadpool

    try:
        # the kept counts cannot follow an arbitrary update: marked stale first, recomputed at the next read
        await run_in_threadpool(mark_stale, store)
        await run_in_threadpool(store.update, update, f"{base_url(request)}/sparql")
    except QuerySyntaxError as e:
        return _error(400, f"SPARQL syntax error: {e}")
    except (QueryRefused, QueryEvaluationError) as e:
        return _error(400, str(e))
    except (StoreError, OSError, ValueError) as e:
        return _error(500, f"update failed: {e}")
    return Response(status_code=204)


QUERIES_DIR = data_dir("ontology") / "queries"


def example_queries() -> list[dict[str, str]]:
    """The project's .rq files: name, title (first comment line) and text."""
    out = []
    for f in sorted(QUERIES_DIR.glob("*.rq")):
        text = f.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        out.append({"name": f.stem, "title": first.lstrip("# ").strip() if first.startswith("#") else f.stem,
                    "text": text})
    return out


@router.get("/query", include_in_schema=False)
def query_page(request: Request, example: str | None = None, query: str | None = None):
    """The query editor (YASGUI, served from this app) with the gallery of example queries.
    /query?example=NAME opens an example, /query?query=TEXT any query: both are shareable links."""
    examples = example_queries()
    chosen = next((e for e in examples if e["name"] == example), None)
    default = next((e for e in examples if e["name"] == DEFAULT_EXAMPLE), None)
    text = query if query is not None else (chosen or default or {"text": ""})["text"]
    response = templates.TemplateResponse(request, "query.html", {
        "query": text[:MAX_QUERY_CHARS], "examples": examples, "example": chosen})
    # The editor (CodeMirror inside YASGUI) sets inline styles; scripts stay 'self' only.
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
    return response


@router.options("/sparql", include_in_schema=False)
def sparql_preflight():
    """CORS preflight: browser clients may query from any origin."""
    return Response(status_code=204, headers=CORS_PREFLIGHT)


CORS_PREFLIGHT = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization",
    "Access-Control-Max-Age": "600",
}


def service_description(request: Request) -> str:
    endpoint = f"{base_url(request)}/sparql"
    limits = QueryLimits.from_env()
    timeout = f"{limits.timeout:g} s" if limits.timeout else "none"
    cap = f"{limits.max_results} rows (SELECT) or triples (CONSTRUCT, DESCRIBE)" if limits.max_results else "none"
    formats = " ,\n    ".join(
        f"<http://www.w3.org/ns/formats/{n}>" for n in
        ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle",
         "N-Triples", "JSON-LD", "RDF_XML"))
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

<{endpoint}> a sd:Service ;
  sd:endpoint <{endpoint}> ;
  sd:supportedLanguage sd:SPARQL11Query, sd:SPARQL11Update ;
  sd:feature sd:UnionDefaultGraph ;
  sd:resultFormat {formats} ;
  rdfs:comment "Sanad claims graph. The default graph is the union of all named graphs (one per article, plus sources, vocabulary and relations). Federated SERVICE and LOAD are disabled. Updates need the bearer token configured in SANAD_WRITE_TOKEN." .

<{endpoint}#result-limit> rdfs:label "Query limits" ;
  rdfs:comment "Time limit per query: {timeout} (past it: HTTP 503, text/plain 'query exceeded the … time limit'). Result limit: {cap}; a result cut there has the response headers X-Sanad-Truncated: true and X-Sanad-Result-Limit, and in SPARQL JSON / XML results a head link to this resource." .
"""


@router.get("/.well-known/void", summary="VoID description with triple counts per graph")
def void(request: Request, store: Store = Depends(get_store)):
    endpoint = f"{base_url(request)}/sparql"
    rows = store.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")
    total = sum(r["n"] for r in rows)
    subsets = "".join(
        f"""
<{base_url(request)}/.well-known/void#graph-{i}> a void:Dataset ;
  sd:name <{r["g"]}> ;
  void:triples {r["n"]} .
<{base_url(request)}/.well-known/void#sanad> void:subset <{base_url(request)}/.well-known/void#graph-{i}> .
""" for i, r in enumerate(rows))
    body = f"""@prefix void: <http://rdfs.org/ns/void#> .
@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

<{base_url(request)}/.well-known/void#sanad> a void:Dataset ;
  dcterms:title "Sanad claims graph" ;
  void:sparqlEndpoint <{endpoint}> ;
  void:vocabulary <https://w3id.org/sanad/ns#>, <http://schema.org/>, <http://www.w3.org/ns/prov#>,
                  <http://www.w3.org/ns/oa#>, <http://www.w3.org/2004/02/skos/core#> ;
  void:triples {total} .
{subsets}"""
    return Response(body, media_type="text/turtle; charset=utf-8", headers={"Access-Control-Allow-Origin": "*"})


@router.api_route("/sparql", methods=["GET", "POST"], summary="SPARQL 1.1 query endpoint",
                  dependencies=[RATE_LIMITED],
                  description="SPARQL 1.1 Protocol: `query` by GET, POST form, or POST application/sparql-query. "
                              "Results by Accept or `format` / `output` (json, xml, csv, tsv; turtle, ntriples, "
                              "jsonld, rdfxml; or a media type).")
async def sparql(request: Request, store: Store = Depends(get_store)):
    try:
        op = await _read_request(request)
        _check_dataset_iris(op)
    except ProtocolError as e:
        return _error(e.status, str(e))
    query, update = op.query, op.update
    accept = request.headers.get("accept", "")
    try:  # the formats are chosen in .negotiate (parameters first, then Accept)
        formats, not_offered = sparql_formats(op.formats, accept), ""
    except FormatNotOffered as e:
        formats, not_offered = None, str(e)
    if update is not None:
        if query is not None:
            return _error(400, "send either 'query' or 'update', not both")
        if op.using_graphs:
            return _error(400, "using-graph-uri / using-named-graph-uri are not supported; "
                               "put USING / WITH in the update itself")
        return await _run_update(request, store, update)
    if query is None:
        if request.method == "POST":
            return _error(400, "no query: send it as the 'query' form field or as an application/sparql-query body")
        if "text/html" in accept or (formats is not None and formats.html):
            return RedirectResponse("/query", status_code=303)
        return Response(service_description(request), media_type="text/turtle; charset=utf-8")
    if len(query) > MAX_QUERY_CHARS or "\x00" in query:
        return _error(400, f"query too long or not text (limit {MAX_QUERY_CHARS} characters)")

    if formats is None:
        return _error(406, not_offered)
    as_html = formats.html
    result_format, graph_format = formats.solutions, formats.graph

    from starlette.concurrency import run_in_threadpool

    endpoint = f"{base_url(request)}/sparql"
    cache: SparqlCache | None = getattr(request.app.state, "sparql_cache", None)
    from_cache = False
    try:
        limits = QueryLimits.from_env()

        def run():
            return run_in_threadpool(store.query, query, result_format, graph_format, op.dataset, endpoint, limits)

        if cache is None:
            result = await run()
        else:  # after the rate limit (a dependency of this route): a limited client gets its 429 first
            key = QueryKey.of(query, result_format, graph_format, op.default_graphs, op.named_graphs, endpoint,
                              limits.max_results)
            result, from_cache = await cache.answer(key, store, run)
    except (QueryTimeout, QueryOutOfMemory) as e:
        # 503: the server will not spend more on this query now; not a fault in it (4xx)
        # nor a bug (500). The body is the SPARQL-style plain-text message.
        return _error(503, str(e))
    except QueryBusy as e:
        response = _error(503, str(e))
        response.headers["Retry-After"] = str(max(1, round(limits.timeout)))
        return response
    except (QuerySyntaxError, QueryRefused, QueryEvaluationError) as e:
        message = str(e) + (update_hint(query) if isinstance(e, QuerySyntaxError) else "")
        if as_html:  # the results page (the editor's plain form) shows every error of the query, not only syntax
            return templates.TemplateResponse(request, "sparql.html", {"query": query, "error": message},
                                              status_code=400)
        return _error(400, f"SPARQL syntax error: {message}" if isinstance(e, QuerySyntaxError) else message)
    except FormatNotAcceptable as e:
        return _error(406, f"cannot serve a {e.kind} result as {formats.asked!r}")
    except (StoreError, OSError, ValueError) as e:
        return _error(500, f"query failed: {e}")

    cache_headers = {CACHE_HEADER: "hit" if from_cache else "miss"} if cache is not None else {}
    if as_html:
        data = json.loads(result.body) if result.kind != "graph" else None
        return templates.TemplateResponse(request, "sparql.html", {
            "query": query, "result": data, "graph": result.body.decode("utf-8") if data is None else None},
            headers={**limit_headers(result), **cache_headers})
    body = result.body
    if result.truncated:
        body = link_in_head(body, result.media_type, f"{endpoint}#result-limit")
    headers = {"Access-Control-Allow-Origin": "*", **limit_headers(result), **cache_headers}
    exposed = [h for h in (*LIMIT_HEADERS.split(", "), CACHE_HEADER) if h in headers]
    if exposed:  # browsers across origins read only the headers named here
        headers["Access-Control-Expose-Headers"] = ", ".join(exposed)
    return Response(body, media_type=result.media_type, headers=headers)


# an update's first word, after comments and the prologue (PREFIX, BASE)
_UPDATE_START = re.compile(r"(?is)^(?:\s|#[^\n]*|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)*"
                           r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b")


def update_hint(query: str) -> str:
    """What to do when a SPARQL Update was sent as a query (`?query=DROP ALL`, or a form's query field): the
    parser alone says «expected CONSTRUCT» or «expected one of DESCRIBE», which names nothing the sender did."""
    m = _UPDATE_START.match(query)
    if not m:
        return ""
    word = m.group(1).upper()
    refused = " (LOAD is refused here: the server never fetches a URL for a request)" if word == "LOAD" else ""
    return (f" — {word} is a SPARQL Update, not a query: send it by POST as the 'update' form field or an "
            f"application/sparql-update body, with the write token{refused}")


CACHE_HEADER = "X-Sanad-Cache"  # hit: answered from api.sparql_cache without running the query


LIMIT_HEADERS = "X-Sanad-Result-Limit, X-Sanad-Truncated"


def limit_headers(result: QueryResult) -> dict[str, str]:
    """The result cap, readable by any client (and by browsers across origins)."""
    if result.result_limit is None:
        return {}
    return {"X-Sanad-Result-Limit": str(result.result_limit),
            "X-Sanad-Truncated": "true" if result.truncated else "false",
            "Access-Control-Expose-Headers": LIMIT_HEADERS}


def link_in_head(body: bytes, media_type: str, link: str) -> bytes:
    """Signal a cut result inside the result document too, where the formats allow it: the
    optional `link` array of the JSON head and <link href> elements of the XML head, the
    results formats' own place for links to further information about the results (pyoxigraph
    and other parsers read past them). CSV/TSV have no such place."""
    if media_type.startswith("application/sparql-results+json"):
        start = b'{"head":{"vars":['
        end = body.find(b"]", len(start)) if body.startswith(start) else -1  # variable names have no ']'
        if end < 0:
            return body
        return body[:end + 1] + b',"link":' + json.dumps([link]).encode() + body[end + 1:]
    if media_type.startswith("application/sparql-results+xml"):
        return body.replace(b"</head>", f'<link href="{html.escape(link)}"/></head>'.encode(), 1)
    return body
