"""The store: one small interface, an embedded Oxigraph backend by default.

Everything above this module talks SPARQL 1.1 (query + update) and whole named
graphs, so a remote SPARQL 1.1 server can stand in for the embedded store.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox

DEFAULT_STORE = "./sanad-data"


class StoreError(Exception):
    """A store problem with a message fit for a user."""


class QuerySyntaxError(StoreError):
    pass


class FormatNotAcceptable(StoreError):
    def __init__(self, kind: str):
        super().__init__(f"no acceptable format for a {kind} result")
        self.kind = kind


class QueryEvaluationError(StoreError):
    """The query parsed but could not be evaluated (e.g. an unknown function)."""


class QueryRefused(StoreError):
    """A query the store will not run on a user's behalf (e.g. federated SERVICE)."""


# Strings, IRIs and comments are removed before looking for keywords, so a literal
# that merely mentions SERVICE is not refused.
_LEXEMES = re.compile("|".join([
    r'"""(?:[^"\\]|\\.|"(?!""))*"""',   # long "-string
    r"'''(?:[^'\\]|\\.|'(?!''))*'''",   # long '-string
    r'"(?:[^"\\\n]|\\.)*"',             # "string"
    r"'(?:[^'\\\n]|\\.)*'",             # 'string'
    r'<[^<>"{}|^`\\\s]*>',                 # <iri>
    r"#[^\n]*",                          # comment
]))
_SERVICE = re.compile(r"(?i)\bSERVICE\b")


_LOAD = re.compile(r"(?i)\bLOAD\b")


def refuse_remote_loads(sparql: str) -> None:
    """LOAD fetches a URL from the server: refused, like SERVICE."""
    refuse_federation(sparql)
    if _LOAD.search(_LEXEMES.sub(" ", sparql)):
        raise QueryRefused("LOAD is disabled on this endpoint (no server-side fetching of URLs)")


def refuse_federation(sparql: str) -> None:
    """No server-side requests on a user's behalf: SERVICE to any URL is refused."""
    if _SERVICE.search(_LEXEMES.sub(" ", sparql)):
        raise QueryRefused("federated queries (SERVICE) are disabled on this endpoint")


@dataclass
class ProtocolDataset:
    """default-graph-uri / named-graph-uri of the SPARQL Protocol: when given, they are the
    query's dataset instead of the union of all graphs."""

    default: list[str]
    named: list[str]


@dataclass
class QueryResult:
    kind: str  # "solutions" | "boolean" | "graph"
    body: bytes
    media_type: str


# result format name → (pyoxigraph format, media type)
SOLUTION_FORMATS = {
    "json": (ox.QueryResultsFormat.JSON, "application/sparql-results+json"),
    "xml": (ox.QueryResultsFormat.XML, "application/sparql-results+xml"),
    "csv": (ox.QueryResultsFormat.CSV, "text/csv; charset=utf-8"),
    "tsv": (ox.QueryResultsFormat.TSV, "text/tab-separated-values; charset=utf-8"),
}
GRAPH_FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, "text/turtle; charset=utf-8"),
    "ntriples": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    "rdfxml": (ox.RdfFormat.RDF_XML, "application/rdf+xml"),
    "jsonld": (ox.RdfFormat.JSON_LD, "application/ld+json"),
}
DATASET_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}


class Store(Protocol):
    def replace_graph(self, graph: str, ntriples: str) -> None: ...
    def update(self, sparql: str, base_iri: str | None = None) -> None: ...
    def drop_graph(self, graph: str) -> None: ...
    def select(self, sparql: str) -> list[dict[str, Any]]: ...
    def ask(self, sparql: str) -> bool: ...
    def query(self, sparql: str, result_format: str | None = "json", graph_format: str | None = "turtle",
              dataset: "ProtocolDataset | None" = None, base_iri: str | None = None) -> QueryResult: ...
    def export(self, fmt: str) -> bytes: ...
    def close(self) -> None: ...


def _py(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#nonNegativeInteger", "#int", "#long")):
            return int(term.value)
        if dt.endswith(("#double", "#decimal", "#float")):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value


class OxigraphStore:
    """Embedded Oxigraph in a directory. The default graph of every query is the
    union of all named graphs (each article graph, the sources and the relations)."""

    def __init__(self, path: str | os.PathLike, read_only: bool = False):
        self.path = Path(path)
        try:
            if read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as e:
            if "lock" in str(e).lower():
                raise StoreError(
                    f"store {self.path} is in use by another process (a running `sanad serve`?); "
                    "stop it first, or pass another --store"
                ) from e
            raise StoreError(f"cannot open store {self.path}: {e}") from e

    generation = 0  # bumped by every write through this object (read caches key on it)

    # -- writes: each one is a single SPARQL update, so it is atomic
    def replace_graph(self, graph: str, ntriples: str) -> None:
        self.generation += 1
        self._store.update(f"DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}} }}")

    def drop_graph(self, graph: str) -> None:
        self.generation += 1
        self._store.update(f"DROP SILENT GRAPH <{graph}>")

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """A user's SPARQL Update (the endpoint checks the write token first)."""
        refuse_remote_loads(sparql)
        self.generation += 1
        try:
            self._store.update(sparql, base_iri=base_iri)
        except SyntaxError as e:
            raise QuerySyntaxError(str(e)) from None
        except (RuntimeError, ValueError) as e:
            raise QueryEvaluationError(str(e)) from None

    # -- reads
    def _run(self, sparql: str, dataset: ProtocolDataset | None = None, base_iri: str | None = None):
        refuse_federation(sparql)
        kwargs: dict[str, Any] = {"base_iri": base_iri}
        if dataset is None:
            kwargs["use_default_graph_as_union"] = True
        else:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in dataset.default] or ox.DefaultGraph()
            if dataset.named:
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in dataset.named]
            elif dataset.default:
                kwargs["named_graphs"] = []
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as e:
            raise QuerySyntaxError(str(e)) from None
        except ValueError as e:  # e.g. an invalid graph IRI
            raise QuerySyntaxError(str(e)) from None
        except RuntimeError as e:  # evaluation errors, e.g. an unsupported function
            raise QueryEvaluationError(str(e)) from None

    def select(self, sparql: str) -> list[dict[str, Any]]:
        res = self._run(sparql)
        names = [v.value for v in res.variables]
        return [{n: _py(sol[n]) for n in names} for sol in res]

    def ask(self, sparql: str) -> bool:
        return bool(self._run(sparql))

    def query(self, sparql: str, result_format: str | None = "json", graph_format: str | None = "turtle",
              dataset: ProtocolDataset | None = None, base_iri: str | None = None) -> QueryResult:
        """Run and serialize. A None format means the caller cannot take that kind of
        result; FormatNotAcceptable names the kind the query produced."""
        res = self._run(sparql, dataset, base_iri)
        kind = ("graph" if isinstance(res, ox.QueryTriples) else
                "boolean" if isinstance(res, ox.QueryBoolean) else "solutions")
        wanted = graph_format if kind == "graph" else result_format
        if wanted is None:
            # pyoxigraph results must be dropped on the thread that made them: never
            # let one travel with the exception to another thread.
            del res
            raise FormatNotAcceptable(kind)
        fmt, media = (GRAPH_FORMATS if kind == "graph" else SOLUTION_FORMATS)[wanted]
        try:
            body = res.serialize(format=fmt)
        except (RuntimeError, OSError) as e:
            raise QueryEvaluationError(str(e)) from None
        finally:
            del res
        return QueryResult(kind, body, media)

    def export(self, fmt: str) -> bytes:
        if fmt in DATASET_FORMATS:
            return self._store.dump(format=DATASET_FORMATS[fmt])
        if fmt in GRAPH_FORMATS:  # a graph format: the union of all graphs
            res = self._store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
            return res.serialize(format=GRAPH_FORMATS[fmt][0])
        raise StoreError(f"unknown export format {fmt!r}")

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        self._store.flush()
        del self._store


class SparqlStore:
    """Any SPARQL 1.1 server (Oxigraph server, Virtuoso, Fuseki …) over the Protocol.

    The server's default graph must be the union of its named graphs (Oxigraph:
    `--union-default-graph`; Virtuoso: the default; Fuseki: `unionDefaultGraph`).
    Writes are SPARQL Update requests to `update_url`.
    """

    def __init__(self, query_url: str, update_url: str | None = None, timeout: float = 60.0):
        self.query_url = query_url
        self.update_url = update_url or _default_update_url(query_url)
        self.timeout = timeout
        self.path = query_url

    def _post(self, url: str, body: str, content_type: str, accept: str | None = None) -> tuple[bytes, str]:
        import urllib.error
        import urllib.request

        headers = {"Content-Type": content_type}
        if accept:
            headers["Accept"] = accept
        token = os.environ.get("SANAD_STORE_TOKEN")
        if token:
            headers["Authorization"] = f"Bearer {token}"
        req = urllib.request.Request(url, data=body.encode("utf-8"), headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            if e.code == 400:
                raise QuerySyntaxError(detail) from e
            raise StoreError(f"SPARQL server {url} answered {e.code}: {detail}") from e
        except OSError as e:
            raise StoreError(f"cannot reach SPARQL server {url}: {e}") from e

    generation = 0

    def _update(self, sparql: str) -> None:
        self.generation += 1
        self._post(self.update_url, sparql, "application/sparql-update")

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        refuse_remote_loads(sparql)
        if base_iri and not re.search(r"(?i)^\s*BASE\b", sparql):
            sparql = f"BASE <{base_iri}>\n{sparql}"
        self._update(sparql)

    def replace_graph(self, graph: str, ntriples: str) -> None:
        self._update(f"DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}} }}")

    def drop_graph(self, graph: str) -> None:
        self._update(f"DROP SILENT GRAPH <{graph}>")

    def _query(self, sparql: str, accept: str, dataset: ProtocolDataset | None = None) -> tuple[bytes, str]:
        """POST as an HTML form (query=…): the one request shape every server takes
        (Virtuoso 7.2 never answers a POST of application/sparql-query)."""
        import urllib.parse

        refuse_federation(sparql)
        fields = [("query", sparql)]
        if dataset is not None:
            fields += [("default-graph-uri", g) for g in dataset.default]
            fields += [("named-graph-uri", g) for g in dataset.named]
        return self._post(self.query_url, urllib.parse.urlencode(fields), "application/x-www-form-urlencoded", accept)

    def select(self, sparql: str) -> list[dict[str, Any]]:
        body, _ = self._query(sparql, "application/sparql-results+json")
        res = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        names = [v.value for v in res.variables]
        return [{n: _py(sol[n]) for n in names} for sol in res]

    def ask(self, sparql: str) -> bool:
        body, _ = self._query(sparql, "application/sparql-results+json")
        res = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if isinstance(res, ox.QuerySolutions):
            # Virtuoso answers ASK as a one-column SELECT (a row when true, none when false)
            return any(True for _ in res)
        return bool(res)

    def query(self, sparql: str, result_format: str | None = "json", graph_format: str | None = "turtle",
              dataset: ProtocolDataset | None = None, base_iri: str | None = None) -> QueryResult:
        kind = query_form(sparql)
        if base_iri and not re.search(r"(?i)^\s*BASE\b", sparql):
            sparql = f"BASE <{base_iri}>\n{sparql}"
        if kind == "graph":
            if graph_format is None:
                raise FormatNotAcceptable("graph")
            media = GRAPH_FORMATS[graph_format][1]
        else:
            if result_format is None:
                raise FormatNotAcceptable("solutions" if kind == "solutions" else "boolean")
            media = SOLUTION_FORMATS[result_format][1]
        body, _ = self._query(sparql, media.split(";")[0], dataset)
        return QueryResult(kind, body, media)

    def export(self, fmt: str) -> bytes:
        rows = self._query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }",
                           "application/sparql-results+json")[0]
        ds = ox.Dataset()
        for sol in ox.parse_query_results(rows, format=ox.QueryResultsFormat.JSON):
            ds.add(ox.Quad(sol["s"], sol["p"], sol["o"], sol["g"]))
        if fmt in DATASET_FORMATS:
            return ox.serialize(ds, format=DATASET_FORMATS[fmt])
        if fmt in GRAPH_FORMATS:
            return ox.serialize([q.triple for q in ds], format=GRAPH_FORMATS[fmt][0])
        raise StoreError(f"unknown export format {fmt!r}")

    def graphs(self) -> list[str]:
        return sorted(r["g"] for r in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))

    def close(self) -> None:
        pass


def _default_update_url(query_url: str) -> str:
    """Oxigraph and Fuseki answer updates at …/update beside …/query; Virtuoso at /sparql itself."""
    if query_url.rstrip("/").endswith("/query"):
        return query_url.rstrip("/")[: -len("query")] + "update"
    return query_url


_PROLOGUE = re.compile(r"(?is)^\s*(?:(?:PREFIX\s+[^:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*")


def query_form(sparql: str) -> str:
    """'solutions' | 'boolean' | 'graph', from the query's first keyword."""
    text = _PROLOGUE.sub("", _LEXEMES.sub(lambda m: m.group(0) if m.group(0).startswith("<") else " ", sparql))
    word = (text.split(None, 1) or [""])[0].upper()
    if word.startswith("ASK"):
        return "boolean"
    if word.startswith(("CONSTRUCT", "DESCRIBE")):
        return "graph"
    return "solutions"


def store_location(cli_value: str | os.PathLike | None) -> str:
    return str(cli_value or os.environ.get("SANAD_STORE") or DEFAULT_STORE)


def open_store(location: str | os.PathLike | None = None, read_only: bool = False) -> OxigraphStore | SparqlStore:
    """A directory → embedded Oxigraph; an http(s) URL → that SPARQL 1.1 server
    (updates to $SANAD_STORE_UPDATE, else derived from the query URL)."""
    loc = store_location(location)
    if loc.startswith(("http://", "https://")):
        return SparqlStore(loc, os.environ.get("SANAD_STORE_UPDATE"))
    return OxigraphStore(loc, read_only=read_only)
