"""SPARQL 1.1 Graph Store HTTP Protocol at /graph-store: reads open, writes with the token."""

from __future__ import annotations

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Request
from fastapi.responses import PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from kg.stats import mark_stale
from kg.store import GRAPH_FORMATS, Store, StoreError

from .deps import get_store, write_denied

router = APIRouter(tags=["sparql"])

_PARSE = {
    "text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/ld+json": ox.RdfFormat.JSON_LD,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
MAX_BODY = 50 * 1024 * 1024


def _target(request: Request) -> str | None:
    graph = request.query_params.get("graph")
    if graph:
        try:  # pyoxigraph's own IRI parser: a looser check let "?graph=:" reach SPARQL and a 500
            ox.NamedNode(graph)
        except ValueError as e:
            raise ValueError(f"graph must be an absolute IRI ({e})") from None
    return graph


def _err(status: int, msg: str) -> PlainTextResponse:
    return PlainTextResponse(msg + "\n", status_code=status)


def _named_graph(request: Request, why_named: str) -> tuple[str | None, PlainTextResponse | None]:
    """(graph IRI, None) or (None, the 400 answer) for the request's ?graph=IRI."""
    try:
        graph = _target(request)
    except ValueError as e:
        return None, _err(400, str(e))
    if not graph:
        return None, _err(400, f"name a graph: ?graph=IRI ({why_named})")
    return graph, None


@router.get("/graph-store", summary="Graph Store Protocol: read a named graph (?graph=IRI)")
async def read_graph(request: Request, store: Store = Depends(get_store)):
    graph, bad = _named_graph(request, "the default graph is the union; export it with `sanad export`")
    if bad:
        return bad
    fmt = "turtle"
    accept = request.headers.get("accept", "")
    for name, (_, media) in GRAPH_FORMATS.items():
        if media.split(";")[0] in accept:
            fmt = name
            break
    if not await run_in_threadpool(store.ask, f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"):
        return _err(404, f"no graph <{graph}>")
    res = await run_in_threadpool(store.query, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
                                  None, fmt)
    return Response(res.body, media_type=res.media_type, headers={"Access-Control-Allow-Origin": "*"})


@router.api_route("/graph-store", methods=["PUT", "POST", "DELETE"], include_in_schema=False)
async def write_graph(request: Request, store: Store = Depends(get_store)):
    denied = write_denied(request)
    if denied is not None:
        return denied
    graph, bad = _named_graph(request, "writing the union default graph is not supported")
    if bad:
        return bad
    try:
        # the kept counts (kg.stats) cannot follow a raw graph write: marked stale, recomputed at the next read
        await run_in_threadpool(mark_stale, store)
        if request.method == "DELETE":
            existed = await run_in_threadpool(store.ask, f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
            if not existed:
                return _err(404, f"no graph <{graph}>")
            await run_in_threadpool(store.drop_graph, graph)
            return Response(status_code=204)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype not in _PARSE:
            return _err(415, f"unsupported content type {ctype!r}; send one of {', '.join(_PARSE)}")
        body = await request.body()
        if len(body) > MAX_BODY:
            return _err(413, "graph too large")
        try:
            triples = list(ox.parse(body, format=_PARSE[ctype], base_iri=graph))
        except SyntaxError as e:
            return _err(400, f"cannot parse the {ctype} body: {e}")
        nt = ox.serialize([t if isinstance(t, ox.Triple) else t.triple for t in triples],
                          format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        if request.method == "PUT":
            await run_in_threadpool(store.replace_graph, graph, nt)
        else:
            await run_in_threadpool(store.update, f"INSERT DATA {{ GRAPH <{graph}> {{\n{nt}\n}} }}")
        return Response(status_code=204)
    except StoreError as e:
        return _err(500, f"write failed: {e}")
