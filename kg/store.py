"""The store: one small interface, an embedded Oxigraph backend by default.

Everything above this module talks SPARQL 1.1 (query + update) and whole named
graphs, so a remote SPARQL 1.1 server can stand in for the embedded store.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import shutil
import threading
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


class QueryTimeout(StoreError):
    """The query was stopped at its time limit."""


class QueryOutOfMemory(StoreError):
    """The query's worker process ran out of the memory it may use, and was replaced."""


class QueryBusy(StoreError):
    """No query worker became free within the time limit: the query did not start."""


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
# a dataset clause (FROM <g>, FROM NAMED <g>, FROM ex:g), not a variable ?from or a prefixed name ex:from
_FROM = re.compile(r"(?i)(?<![\w?$:])FROM\b(?!:)")


_LOAD = re.compile(r"(?i)\bLOAD\b")


def refuse_remote_loads(sparql: str) -> None:
    """LOAD fetches a URL from the server: refused, like SERVICE."""
    refuse_federation(sparql)
    if _LOAD.search(_LEXEMES.sub(" ", sparql)):
        raise QueryRefused("LOAD is disabled on this endpoint (no server-side fetching of URLs)")


def refuse_federation(sparql: str) -> None:
    """No server-side requests on a user's behalf: SERVICE to any URL is refused. Nor
    nesting deeper than MAX_NESTING (see refuse_deep_nesting)."""
    code = _LEXEMES.sub(" ", sparql)
    if _SERVICE.search(code):
        raise QueryRefused("federated queries (SERVICE) are disabled on this endpoint")
    refuse_deep_nesting(code)


# pyoxigraph's parser and evaluator recurse once per level of ( [ { : a few thousand levels
# overflow the native stack and kill the process (SIGSEGV), the query worker or the server
# itself (updates, `sanad query`). Real queries nest a handful of levels.
MAX_NESTING = 250
_OPEN, _CLOSE = frozenset("([{"), frozenset(")]}")


def refuse_deep_nesting(code: str) -> None:
    """`code`: the query with its strings, IRIs and comments removed (by _LEXEMES)."""
    if code.count("(") + code.count("[") + code.count("{") <= MAX_NESTING:
        return
    depth = 0
    for ch in code:
        if ch in _OPEN:
            depth += 1
            if depth > MAX_NESTING:
                raise QueryRefused(f"query nested too deeply (more than {MAX_NESTING} levels of ( [ {{ }} ] ))")
        elif ch in _CLOSE:
            depth -= 1


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
    truncated: bool = False  # rows (or triples) beyond the result limit were cut
    result_limit: int | None = None  # the cap this result was held to, if any


@dataclass(frozen=True)
class QueryLimits:
    """Limits for queries from untrusted users (the /sparql endpoint). 0 = no limit.

    timeout: seconds before the query is stopped (its worker process is killed);
    max_results: rows of a SELECT, triples of a CONSTRUCT/DESCRIBE (ASK is never cut)."""

    timeout: float = 10.0
    max_results: int = 10_000
    workers: int = 2  # query worker processes (a query waits up to `timeout` for a free one)
    memory_mb: int = 0  # address space of each worker process (0: unlimited)

    @classmethod
    def from_env(cls) -> "QueryLimits":
        """$SANAD_QUERY_TIMEOUT (s), $SANAD_RESULT_LIMIT (rows/triples), $SANAD_QUERY_WORKERS,
        $SANAD_QUERY_MEMORY_MB."""
        def number(name: str, default, kind):
            raw = os.environ.get(name, "").strip()
            if not raw:
                return default
            try:
                value = kind(raw)
            except ValueError:
                raise StoreError(f"${name} must be a number, not {raw!r}") from None
            if value < 0:
                raise StoreError(f"${name} must be >= 0, not {raw!r}")
            return value

        return cls(timeout=number("SANAD_QUERY_TIMEOUT", cls.timeout, float),
                   max_results=number("SANAD_RESULT_LIMIT", cls.max_results, int),
                   workers=max(1, number("SANAD_QUERY_WORKERS", cls.workers, int)),
                   memory_mb=number("SANAD_QUERY_MEMORY_MB", cls.memory_mb, int))


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
    # the writes Sanad makes itself return the generation their write made (None where unknown),
    # so a side file that followed one write can say so (kg.search_index.followed)
    def replace_graph(self, graph: str, ntriples: str) -> int | None: ...
    def update(self, sparql: str, base_iri: str | None = None) -> None: ...
    def write_update(self, sparql: str) -> int | None: ...
    def drop_graph(self, graph: str) -> int | None: ...
    def select(self, sparql: str) -> list[dict[str, Any]]: ...
    def ask(self, sparql: str) -> bool: ...
    def query(self, sparql: str, result_format: str | None = "json", graph_format: str | None = "turtle",
              dataset: "ProtocolDataset | None" = None, base_iri: str | None = None,
              limits: QueryLimits | None = None) -> QueryResult: ...
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


def declares_dataset(sparql: str) -> bool:
    """The query names its own dataset (FROM / FROM NAMED)."""
    return bool(_FROM.search(_LEXEMES.sub(" ", sparql)))


def _query_kwargs(sparql: str, dataset: ProtocolDataset | None, base_iri: str | None) -> dict[str, Any]:
    """The default graph is the union of all graphs unless the protocol (default-graph-uri / named-graph-uri)
    or the query's own FROM / FROM NAMED names the dataset: pyoxigraph's union flag would override a FROM."""
    kwargs: dict[str, Any] = {"base_iri": base_iri}
    if dataset is None:
        if not declares_dataset(sparql):
            kwargs["use_default_graph_as_union"] = True
    else:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in dataset.default] or ox.DefaultGraph()
        if dataset.named:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in dataset.named]
        elif dataset.default:
            kwargs["named_graphs"] = []
    return kwargs


def run_query(store: ox.Store, sparql: str, dataset: ProtocolDataset | None = None, base_iri: str | None = None):
    """Evaluate on a pyoxigraph store, with the errors mapped to StoreError subclasses."""
    refuse_federation(sparql)
    kwargs = _query_kwargs(sparql, dataset, base_iri)
    try:
        return store.query(sparql, **kwargs)
    except SyntaxError as e:
        raise QuerySyntaxError(str(e)) from None
    except ValueError as e:  # e.g. an invalid graph IRI
        raise QuerySyntaxError(str(e)) from None
    except RuntimeError as e:  # evaluation errors, e.g. an unsupported function
        raise QueryEvaluationError(str(e)) from None


class _EnoughRows(Exception):
    """Raised from inside a serializer's output to stop it once the cap is passed."""


class _LineCapWriter:
    """A file-like output that keeps what it is given and stops the writer once it has
    more than `max_lines` lines."""

    def __init__(self, max_lines: int):
        self.chunks: list[bytes] = []
        self.lines = 0
        self.max_lines = max_lines

    def write(self, data) -> int:
        data = bytes(data)
        self.chunks.append(data)
        self.lines += data.count(b"\n")
        if self.lines > self.max_lines:
            raise _EnoughRows()
        return len(data)

    def flush(self) -> None:
        pass


def _cut_solutions(res: ox.QuerySolutions, wanted: str, max_results: int) -> tuple[bytes, bool]:
    """At most `max_results` solutions, serialized in `wanted`; and whether any were cut.

    pyoxigraph can only serialize a whole solution iterator, so the solutions are written
    as SPARQL TSV (one solution per line: TSV escapes tabs and newlines in terms) until one
    more than the cap has come, cut there, and converted by pyoxigraph to the wanted format
    (TSV carries every RDF term exactly, so the conversion is lossless)."""
    out = _LineCapWriter(max_results + 1)  # the header line + max_results solutions
    try:
        res.serialize(out, format=ox.QueryResultsFormat.TSV)
        truncated = False
    except _EnoughRows:
        truncated = True
    tsv = b"".join(out.chunks)
    if truncated:
        tsv = b"\n".join(tsv.split(b"\n")[: max_results + 1]) + b"\n"
    if wanted == "tsv":
        return tsv, truncated
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return parsed.serialize(format=SOLUTION_FORMATS[wanted][0]), truncated


def serialize_result(res, result_format: str | None, graph_format: str | None,
                     max_results: int = 0) -> QueryResult:
    """Serialize a pyoxigraph query result, cut at `max_results` rows/triples (0: uncut).
    A None format means the caller cannot take that kind of result; FormatNotAcceptable
    names the kind the query produced."""
    kind = ("graph" if isinstance(res, ox.QueryTriples) else
            "boolean" if isinstance(res, ox.QueryBoolean) else "solutions")
    wanted = graph_format if kind == "graph" else result_format
    if wanted is None:
        # pyoxigraph results must be dropped on the thread that made them: never let one
        # travel (in a traceback's frame) with an exception to another thread.
        del res
        raise FormatNotAcceptable(kind)
    fmt, media = (GRAPH_FORMATS if kind == "graph" else SOLUTION_FORMATS)[wanted]
    truncated = False
    capped = bool(max_results) and kind != "boolean"
    error = None
    try:
        if not capped:
            body = res.serialize(format=fmt)
        elif kind == "solutions":
            body, truncated = _cut_solutions(res, wanted, max_results)
        else:
            triples = list(itertools.islice(res, max_results + 1))
            truncated = len(triples) > max_results
            body = ox.serialize(triples[:max_results], format=fmt)
    except (RuntimeError, OSError) as e:
        error = str(e)  # raised below, once this exception (and its frames) are gone
    finally:
        del res
    if error is not None:
        raise QueryEvaluationError(error)
    return QueryResult(kind, body, media, truncated, max_results if capped else None)


SNAPSHOTS_DIR = ".sanad-query-snapshots"


class OxigraphStore:
    """Embedded Oxigraph in a directory. The default graph of every query is the
    union of all named graphs (each article graph, the sources and the relations)."""

    def __init__(self, path: str | os.PathLike, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
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
        self._generations = itertools.count(1)
        self._snapshot_lock = threading.Lock()
        self._snapshot: tuple[int, str] | None = None  # (generation, directory) the query workers read
        self._snapshot_names = itertools.count()
        self._workers = None  # kg.query_workers.QueryWorkers, started by the first limited query

    # Bumped after every write through this object has committed (read caches and the
    # query workers' snapshot key on it); a read that starts after a write returned sees it.
    generation = 0

    @property
    def sole_writer(self) -> bool:
        """True when no other process can write to this store (Oxigraph's directory lock),
        so read caches keyed on `generation` never go stale."""
        return not self.read_only

    def _wrote(self) -> int:
        """The generation this write made (each write has a number of its own)."""
        generation = self.generation = next(self._generations)  # next() on a count is atomic under the GIL
        return generation

    # -- writes: each one is a single SPARQL update, so it is atomic; Sanad's own return their generation
    def replace_graph(self, graph: str, ntriples: str) -> int:
        try:
            self._store.update(f"DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}} }}")
        finally:
            generation = self._wrote()
        return generation

    def drop_graph(self, graph: str) -> int:
        try:
            self._store.update(f"DROP SILENT GRAPH <{graph}>")
        finally:
            generation = self._wrote()
        return generation

    def write_update(self, sparql: str) -> int:
        """An update Sanad wrote itself (kg.stats: a graph and its counts together), atomic, without
        the checks a user's update gets."""
        try:
            self._store.update(sparql)
        finally:
            generation = self._wrote()
        return generation

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """A user's SPARQL Update (the endpoint checks the write token first)."""
        refuse_remote_loads(sparql)
        try:
            self._store.update(sparql, base_iri=base_iri)
        except SyntaxError as e:
            raise QuerySyntaxError(str(e)) from None
        except (RuntimeError, ValueError) as e:
            raise QueryEvaluationError(str(e)) from None
        finally:
            self._wrote()

    # -- reads
    def _run(self, sparql: str, dataset: ProtocolDataset | None = None, base_iri: str | None = None):
        return run_query(self._store, sparql, dataset, base_iri)

    def select(self, sparql: str) -> list[dict[str, Any]]:
        res = self._run(sparql)
        names = [v.value for v in res.variables]
        return [{n: _py(sol[n]) for n in names} for sol in res]

    def ask(self, sparql: str) -> bool:
        return bool(self._run(sparql))

    def query(self, sparql: str, result_format: str | None = "json", graph_format: str | None = "turtle",
              dataset: ProtocolDataset | None = None, base_iri: str | None = None,
              limits: QueryLimits | None = None) -> QueryResult:
        """Run and serialize. A None format means the caller cannot take that kind of
        result; FormatNotAcceptable names the kind the query produced.

        With `limits` (untrusted queries) the result is cut at limits.max_results, and with
        a limits.timeout the query runs in a worker process on a snapshot of the store,
        killed when the time is up (QueryTimeout): pyoxigraph cannot interrupt a query, so
        only a process can be stopped. A read-only store (`sanad query`) has no snapshot
        to give: it runs in this thread with the result cap only."""
        max_results = limits.max_results if limits else 0
        if limits and limits.timeout and not self.read_only:
            refuse_federation(sparql)
            request = {"sparql": sparql, "result_format": result_format, "graph_format": graph_format,
                       "dataset": dataset, "base_iri": base_iri, "max_results": max_results}
            return self._query_workers(limits).run(self._reader_snapshot, request, limits.timeout)
        res = self._run(sparql, dataset, base_iri)
        try:
            return serialize_result(res, result_format, graph_format, max_results)
        finally:
            # pyoxigraph results must be dropped on the thread that made them: never
            # let one travel with an exception to another thread.
            del res

    def _query_workers(self, limits: QueryLimits):
        from .query_workers import QueryWorkers

        with self._snapshot_lock:
            if self._workers is None:
                self._workers = QueryWorkers(limits.workers, on_release=self._drop_unused_snapshots,
                                             memory_mb=limits.memory_mb)
            return self._workers

    def _reader_snapshot(self) -> str:
        """A directory holding this store as of its last write, for the query workers.

        Store.backup is a RocksDB checkpoint: hard links to the immutable table files (a few
        ms, no copy on the same file system). Workers open it with Store.read_only: pyoxigraph
        calls a read-only open of a directory that another process is writing "undefined
        behavior", and nothing ever writes a snapshot. A new one is made after a write."""
        with self._snapshot_lock:
            generation = self.generation
            if self._snapshot is not None and self._snapshot[0] == generation:
                return self._snapshot[1]
            root = self.path.resolve() / SNAPSHOTS_DIR  # absolute: workers may run elsewhere
            if self._snapshot is None:  # left by a server that was killed
                shutil.rmtree(root, ignore_errors=True)
            root.mkdir(exist_ok=True)
            target = root / f"{generation}-{next(self._snapshot_names)}"
            try:
                self._store.backup(str(target))
            except OSError as e:
                raise StoreError(f"cannot snapshot the store for the query workers: {e}") from e
            self._snapshot = (generation, str(target))
            return str(target)

    def _drop_unused_snapshots(self, in_use: set[str]) -> None:
        """Remove snapshots that neither the latest generation nor any live worker reads."""
        with self._snapshot_lock:
            root = self.path.resolve() / SNAPSHOTS_DIR
            keep = set(in_use) | ({self._snapshot[1]} if self._snapshot else set())
            if not root.is_dir():
                return
            for d in root.iterdir():
                if str(d) not in keep:
                    shutil.rmtree(d, ignore_errors=True)

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

    def restore(self, dump: "Dump", replace: bool = False) -> dict[str, int]:
        """Write a parsed dump (see parse_dump) into this store, one atomic SPARQL update per
        graph (DROP SILENT GRAPH + INSERT DATA, as replace_graph): a graph is either all
        there or as it was. An interrupted restore can leave some graphs restored and others
        not; rerun it with `replace`.

        The store must be empty unless `replace`: then each graph of the dump replaces the
        store's graph of that name, and graphs the dump lacks are left as they were.
        Blank nodes are fresh per graph: one shared by two graphs becomes two (Sanad's own
        graphs have none). Returns {"quads", "graphs", "kept"}."""
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        existing = len(self._store)
        if existing and not replace:
            raise StoreError(
                f"store {self.path} is not empty ({existing} quads in {len(self.graphs())} graphs): restore into "
                "a new directory, or pass --replace to replace the dump's graphs in it one by one")
        before = set(self.graphs())
        for graph, triples in dump.graphs.items():
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
            if graph is None:
                sparql = f"DROP SILENT DEFAULT ; INSERT DATA {{\n{body}\n}}"
            else:
                sparql = f"DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}"
            try:
                self._store.update(sparql)
            except (SyntaxError, RuntimeError, ValueError, OSError) as e:
                raise StoreError(f"restoring graph {graph or '(default)'} failed: {e}") from None
            finally:
                self._wrote()
        named = {g for g in dump.graphs if g is not None}
        return {"quads": dump.quads, "graphs": len(dump.graphs), "kept": len(before - named)}

    def close(self) -> None:
        if self._workers is not None:
            self._workers.close()
            self._workers = None
        if not self.read_only:
            shutil.rmtree(self.path / SNAPSHOTS_DIR, ignore_errors=True)
            self._store.flush()  # pyoxigraph refuses a flush on a read-only store
        del self._store


@dataclass
class Dump:
    """A whole dataset read from a TriG or N-Quads file: graph IRI (None: the default
    graph) → its triples, in the order the file gave them."""

    graphs: dict[str | None, list[ox.Triple]]
    quads: int


DUMP_SUFFIXES = {".trig": "trig", ".nq": "nquads", ".nquads": "nquads"}


def dump_format(path: str, fmt: str | None = None) -> str:
    """'trig' | 'nquads': `fmt` when given, else from the file name's suffix."""
    if fmt:
        return fmt
    name = path.lower()
    for suffix, guessed in DUMP_SUFFIXES.items():
        if name.endswith(suffix):
            return guessed
    raise StoreError(f"{path}: cannot tell the format from the file name: pass --format trig or --format nquads")


def parse_dump(data: bytes, fmt: str, name: str = "dump") -> Dump:
    """Parse a whole TriG / N-Quads dump with pyoxigraph before anything is written, so a
    truncated or malformed file (or one not in UTF-8) changes nothing. StoreError with a
    one-line message naming the file and the position."""
    if fmt not in DATASET_FORMATS:
        raise StoreError(f"unknown dump format {fmt!r} (trig or nquads)")
    if data.startswith(b"\xef\xbb\xbf"):  # a UTF-8 byte order mark, as some editors write
        data = data[3:]
    graphs: dict[str | None, list[ox.Triple]] = {}
    n = 0
    try:
        for q in ox.parse(data, format=DATASET_FORMATS[fmt]):
            g = None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name
            if isinstance(g, ox.BlankNode):
                raise StoreError(f"{name}: a graph named by a blank node ({g}) cannot be restored")
            graphs.setdefault(None if g is None else g.value, []).append(q.triple)
            n += 1
    except SyntaxError as e:
        msg = " ".join(str(e).split())
        hint = " (a dump must be UTF-8)" if "UTF-8" in msg else ""
        raise StoreError(f"{name} is not valid {'TriG' if fmt == 'trig' else 'N-Quads'}: {msg}{hint}; "
                         "nothing was restored") from None
    if not n:
        raise StoreError(f"{name} holds no quad (an empty file?); nothing was restored")
    return Dump(graphs, n)


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

    def _post(self, url: str, body: str, content_type: str, accept: str | None = None,
              time_limit: float | None = None, max_lines: int | None = None,
              marker: bytes = b"\n") -> tuple[bytes, str, bool]:
        """(body, content type, cut). With `time_limit` the whole exchange must end within it
        (QueryTimeout); with `max_lines` reading stops after that many lines (cut=True; or after
        that many `marker`s, b"</result>" for XML results, the document then closed) and
        the connection is closed."""
        import time
        import urllib.error
        import urllib.request

        headers = {"Content-Type": content_type}
        if accept:
            headers["Accept"] = accept
        token = os.environ.get("SANAD_STORE_TOKEN")
        if token:
            headers["Authorization"] = f"Bearer {token}"
        req = urllib.request.Request(url, data=body.encode("utf-8"), headers=headers, method="POST")
        deadline = time.monotonic() + time_limit if time_limit else None
        try:
            with urllib.request.urlopen(req, timeout=min(self.timeout, time_limit or self.timeout)) as resp:
                if deadline is None and max_lines is None:
                    return resp.read(), resp.headers.get("Content-Type", ""), False
                chunks, lines, cut = [], 0, False
                sock = getattr(getattr(resp.fp, "raw", None), "_sock", None)  # to bound each read by the deadline
                while True:
                    if deadline is not None:
                        remaining = deadline - time.monotonic()
                        if remaining <= 0:
                            raise TimeoutError()
                        if sock is not None:
                            sock.settimeout(remaining)
                    chunk = resp.read1(65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
                    if max_lines is not None:
                        # a marker split between two chunks is counted with the second
                        tail = chunks[-2][-(len(marker) - 1):] if len(chunks) > 1 and len(marker) > 1 else b""
                        lines += (tail + chunk).count(marker)
                        if lines > max_lines:
                            cut = True
                            break
                data = b"".join(chunks)
                if cut and marker == b"\n":
                    data = b"\n".join(data.split(b"\n")[:max_lines]) + b"\n"
                elif cut:
                    data = marker.join(data.split(marker)[:max_lines]) + marker + b"\n</results>\n</sparql>\n"
                return data, resp.headers.get("Content-Type", ""), cut
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            if e.code == 400:
                raise QuerySyntaxError(detail) from e
            raise StoreError(f"SPARQL server {url} answered {e.code}: {detail}") from e
        except TimeoutError as e:  # socket.timeout is TimeoutError
            if time_limit:
                raise QueryTimeout(f"query exceeded the {time_limit:g} s time limit (the SPARQL server "
                                   "did not answer in time; the request was dropped)") from e
            raise StoreError(f"SPARQL server {url} did not answer within {self.timeout:g} s") from e
        except OSError as e:
            if time_limit and isinstance(getattr(e, "reason", None), TimeoutError):
                raise QueryTimeout(f"query exceeded the {time_limit:g} s time limit (the SPARQL server "
                                   "did not answer in time; the request was dropped)") from e
            raise StoreError(f"cannot reach SPARQL server {url}: {e}") from e

    generation = 0

    def _update(self, sparql: str) -> None:
        try:
            self._post(self.update_url, sparql, "application/sparql-update")
        finally:
            self.generation += 1  # after the write: a read cached in between is not taken as current

    def write_update(self, sparql: str) -> None:
        """An update Sanad wrote itself (kg.stats), sent as is."""
        self._update(sparql)

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        refuse_remote_loads(sparql)
        if base_iri and not re.search(r"(?i)^\s*BASE\b", sparql):
            sparql = f"BASE <{base_iri}>\n{sparql}"
        self._update(sparql)

    def replace_graph(self, graph: str, ntriples: str) -> None:
        self._update(f"DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}} }}")

    def drop_graph(self, graph: str) -> None:
        self._update(f"DROP SILENT GRAPH <{graph}>")

    def _query(self, sparql: str, accept: str, dataset: ProtocolDataset | None = None,
               time_limit: float | None = None, max_lines: int | None = None) -> tuple[bytes, str]:
        """POST as an HTML form (query=…): the one request shape every server takes
        (Virtuoso 7.2 never answers a POST of application/sparql-query)."""
        body, ctype, _ = self._query_cut(sparql, accept, dataset, time_limit, max_lines)
        return body, ctype

    def _query_cut(self, sparql: str, accept: str, dataset: ProtocolDataset | None = None,
                   time_limit: float | None = None, max_lines: int | None = None,
                   marker: bytes = b"\n") -> tuple[bytes, str, bool]:
        import urllib.parse

        refuse_federation(sparql)
        fields = [("query", sparql)]
        if dataset is not None:
            fields += [("default-graph-uri", g) for g in dataset.default]
            fields += [("named-graph-uri", g) for g in dataset.named]
        return self._post(self.query_url, urllib.parse.urlencode(fields), "application/x-www-form-urlencoded", accept,
                          time_limit, max_lines, marker)

    def _results(self, sparql: str):
        """A SELECT's or ASK's results, parsed (XML results preferred, see RESULTS_ACCEPT)."""
        body, ctype = self._query(sparql, RESULTS_ACCEPT)
        try:
            return ox.parse_query_results(body, format=_results_format(ctype))
        except SyntaxError as e:
            raise StoreError(f"the SPARQL server sent results that do not parse: {e}") from None

    def select(self, sparql: str) -> list[dict[str, Any]]:
        res = self._results(sparql)
        names = [v.value for v in res.variables]
        return [{n: _py(sol[n]) for n in names} for sol in res]

    def ask(self, sparql: str) -> bool:
        res = self._results(sparql)
        if isinstance(res, ox.QuerySolutions):
            # Virtuoso answers ASK as a one-column SELECT (a row when true, none when false)
            return any(True for _ in res)
        return bool(res)

    def query(self, sparql: str, result_format: str | None = "json", graph_format: str | None = "turtle",
              dataset: ProtocolDataset | None = None, base_iri: str | None = None,
              limits: QueryLimits | None = None) -> QueryResult:
        """With `limits`: the request is dropped at limits.timeout (start the server with its own
        limit too, e.g. `oxigraph serve --timeout-s`, or it goes on computing), and a result is
        read as TSV / N-Triples (one row or triple a line) up to limits.max_results, then
        converted by pyoxigraph to the format asked for."""
        kind = query_form(sparql)
        if base_iri and not re.search(r"(?i)^\s*BASE\b", sparql):
            sparql = f"BASE <{base_iri}>\n{sparql}"
        if kind == "graph":
            if graph_format is None:
                raise FormatNotAcceptable("graph")
            wanted, media = graph_format, GRAPH_FORMATS[graph_format][1]
        else:
            if result_format is None:
                raise FormatNotAcceptable("solutions" if kind == "solutions" else "boolean")
            wanted, media = result_format, SOLUTION_FORMATS[result_format][1]
        time_limit = limits.timeout if limits and limits.timeout else None
        max_results = limits.max_results if limits and kind != "boolean" else 0
        if not max_results and kind == "graph":
            body, _ = self._query(sparql, media.split(";")[0], dataset, time_limit)
            return QueryResult(kind, body, media)
        if not max_results:
            body, ctype = self._query(sparql, RESULTS_ACCEPT, dataset, time_limit)
            return QueryResult(kind, _standard_results(body, kind, wanted, _results_format(ctype)), media)
        if kind == "graph":
            lines, _, cut = self._query_cut(sparql, "application/n-triples", dataset, time_limit, max_results)
            if wanted != "ntriples":
                try:
                    triples = list(ox.parse(lines, format=ox.RdfFormat.N_TRIPLES))
                except SyntaxError as e:
                    raise StoreError(f"the SPARQL server sent N-Triples that do not parse: {e}") from None
                lines = ox.serialize(triples, format=GRAPH_FORMATS[wanted][0])
            return QueryResult(kind, lines, media, cut, max_results)
        # XML results, read up to max_results of them: every server writes them (Virtuoso 7.2's
        # TSV is not SPARQL TSV: IRIs written as quoted strings, no datatypes)
        xml, _, cut = self._query_cut(sparql, "application/sparql-results+xml", dataset, time_limit, max_results,
                                      marker=b"</result>")
        try:
            body = ox.parse_query_results(xml, format=ox.QueryResultsFormat.XML).serialize(
                format=SOLUTION_FORMATS[wanted][0])
        except SyntaxError as e:
            raise StoreError(f"the SPARQL server sent XML results that do not parse: {e}") from None
        return QueryResult(kind, body, media, cut, max_results)

    def export(self, fmt: str) -> bytes:
        ds = ox.Dataset()
        for sol in self._results("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"):
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


# Results asked of a SPARQL server: XML first. Every SPARQL 1.1 server writes it, and Virtuoso 7.2
# writes it 3× faster than JSON (25 claims' triples: 30 ms against 95 ms a request), standard
# (its JSON is pre-1.1, below; its TSV is not SPARQL TSV: IRIs quoted, no datatypes, raw newlines)
# and with ASK as a boolean. pyoxigraph reads either, byte for byte (\r kept).
RESULTS_ACCEPT = "application/sparql-results+xml, application/sparql-results+json;q=0.9"


def _results_format(content_type: str) -> ox.QueryResultsFormat:
    return ox.QueryResultsFormat.XML if "xml" in content_type.lower() else ox.QueryResultsFormat.JSON


def _standard_results(body: bytes, kind: str, wanted: str,
                      fmt: ox.QueryResultsFormat = ox.QueryResultsFormat.JSON) -> bytes:
    """A server's JSON (or XML) results as SPARQL 1.1 results in the format asked for. Virtuoso 7.2
    writes pre-1.1 JSON ("typed-literal" terms, which SPARQL 1.1 clients reject or read as plain
    strings) and answers ASK in JSON as a one-column SELECT; pyoxigraph reads both and writes the
    standard."""
    try:
        res = ox.parse_query_results(body, format=fmt)
    except SyntaxError as e:
        raise StoreError(f"the SPARQL server sent JSON results that do not parse: {e}") from None
    if kind == "boolean" and isinstance(res, ox.QuerySolutions):
        answer = any(True for _ in res)  # Virtuoso: a row when true, none when false
        res = ox.parse_query_results(json.dumps({"head": {}, "boolean": answer}).encode(),
                                     format=ox.QueryResultsFormat.JSON)
    return res.serialize(format=SOLUTION_FORMATS[wanted][0])


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


def is_server(location: str) -> bool:
    """Whether a store location is a SPARQL server's URL (else an embedded store's directory)."""
    return location.startswith(("http://", "https://"))


def server_side_file(url: str, kind: str, ext: str = ".sqlite") -> Path:
    """Where a SPARQL server's side file of `kind` (vectors, jobs, feeds, search) lives: the user's cache, one file
    per server URL (an embedded store keeps its side files beside its directory)."""
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "sanad" / \
        f"{kind}-{hashlib.sha1(url.encode()).hexdigest()[:12]}{ext}"


def open_store(location: str | os.PathLike | None = None, read_only: bool = False) -> OxigraphStore | SparqlStore:
    """A directory → embedded Oxigraph; an http(s) URL → that SPARQL 1.1 server
    (updates to $SANAD_STORE_UPDATE, else derived from the query URL)."""
    loc = store_location(location)
    if is_server(loc):
        return SparqlStore(loc, os.environ.get("SANAD_STORE_UPDATE"))
    return OxigraphStore(loc, read_only=read_only)
