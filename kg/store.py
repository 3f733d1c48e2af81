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


def refuse_federation(sparql: str) -> None:
    """No server-side requests on a user's behalf: SERVICE to any URL is refused."""
    if _SERVICE.search(_LEXEMES.sub(" ", sparql)):
        raise QueryRefused("federated queries (SERVICE) are disabled on this endpoint")


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
    def drop_graph(self, graph: str) -> None: ...
    def select(self, sparql: str) -> list[dict[str, Any]]: ...
    def ask(self, sparql: str) -> bool: ...
    def query(self, sparql: str, result_format: str = "json", graph_format: str = "turtle") -> QueryResult: ...
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

    # -- writes: each one is a single SPARQL update, so it is atomic
    def replace_graph(self, graph: str, ntriples: str) -> None:
        self._store.update(f"DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}} }}")

    def drop_graph(self, graph: str) -> None:
        self._store.update(f"DROP SILENT GRAPH <{graph}>")

    # -- reads
    def _run(self, sparql: str):
        refuse_federation(sparql)
        try:
            return self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as e:
            raise QuerySyntaxError(str(e)) from e

    def select(self, sparql: str) -> list[dict[str, Any]]:
        res = self._run(sparql)
        names = [v.value for v in res.variables]
        return [{n: _py(sol[n]) for n in names} for sol in res]

    def ask(self, sparql: str) -> bool:
        return bool(self._run(sparql))

    def query(self, sparql: str, result_format: str | None = "json",
              graph_format: str | None = "turtle") -> QueryResult:
        """Run and serialize. A None format means the caller cannot take that kind of
        result; FormatNotAcceptable names the kind the query produced."""
        res = self._run(sparql)
        if isinstance(res, ox.QueryTriples):
            if graph_format is None:
                raise FormatNotAcceptable("graph")
            fmt, media = GRAPH_FORMATS[graph_format]
            return QueryResult("graph", res.serialize(format=fmt), media)
        kind = "boolean" if isinstance(res, ox.QueryBoolean) else "solutions"
        if result_format is None:
            raise FormatNotAcceptable(kind)
        fmt, media = SOLUTION_FORMATS[result_format]
        return QueryResult(kind, res.serialize(format=fmt), media)

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


def store_location(cli_value: str | os.PathLike | None) -> str:
    return str(cli_value or os.environ.get("SANAD_STORE") or DEFAULT_STORE)


def open_store(location: str | os.PathLike | None = None, read_only: bool = False) -> OxigraphStore:
    loc = store_location(location)
    if loc.startswith(("http://", "https://")):
        raise StoreError("remote SPARQL stores are not supported yet; use a directory")
    return OxigraphStore(loc, read_only=read_only)
