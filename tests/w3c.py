"""A small runner for the W3C SPARQL 1.1 query test suite, through the HTTP endpoint.

Each evaluation test: the store is emptied (SPARQL Update DROP ALL), each data file is
PUT with the Graph Store Protocol into a graph named by the file's IRI, and the query is
POSTed with default-graph-uri / named-graph-uri naming those graphs (unless the query
names its own dataset with FROM). Results are compared as multisets of solutions (blank
node labels ignored), as isomorphic graphs for CONSTRUCT, or as booleans for ASK.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pyoxigraph as ox
from rdflib import RDF, Graph, Namespace
from rdflib.compare import isomorphic

from kg.store import _LEXEMES, declares_dataset

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
RS = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/result-set#")

SUITE = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "w3c-rdf-tests" / "sparql11"
EXTRA_MANIFESTS = ["json-res/manifest.ttl", "csv-tsv-res/manifest.ttl"]
MEDIA = {"ttl": "text/turtle", "nt": "application/n-triples", "rdf": "application/rdf+xml"}


@dataclass
class W3CTest:
    id: str  # folder/manifest#name
    kind: str
    query: Path | None
    data: list[Path] = field(default_factory=list)
    graph_data: list[Path] = field(default_factory=list)
    result: Path | None = None


def _path(iri) -> Path:
    return Path(str(iri).removeprefix("file://"))


def collect() -> list[W3CTest]:
    top = Graph().parse(SUITE / "manifest-sparql11-query.ttl", format="turtle")
    manifests = []
    for lst in top.objects(None, MF.include):
        from rdflib.collection import Collection

        manifests += [_path(m) for m in Collection(top, lst)]
    manifests += [SUITE / m for m in EXTRA_MANIFESTS]
    tests = []
    for m in manifests:
        g = Graph().parse(m, format="turtle", publicID=m.as_uri())
        for t, kind in g.subject_objects(RDF.type):
            kind = str(kind).split("#")[-1]
            if kind == "Manifest" or not kind.endswith(("Test", "Test11")):
                continue
            action = g.value(t, MF.action)
            tid = f"{m.parent.name}#{str(t).split('#')[-1]}"
            if kind.endswith("SyntaxTest11"):
                tests.append(W3CTest(tid, kind, _path(action)))
                continue
            q = g.value(action, QT.query)
            tests.append(W3CTest(
                tid, kind, _path(q),
                data=sorted(_path(d) for d in g.objects(action, QT.data)),
                graph_data=sorted(_path(d) for d in g.objects(action, QT.graphData)),
                result=_path(g.value(t, MF.result)) if g.value(t, MF.result) else None))
    return sorted(tests, key=lambda x: x.id)


def _kind(query: str) -> str:
    body = _LEXEMES.sub(lambda m: m.group(0) if m.group(0).startswith("<") else " ", query)
    body = re.sub(r"(?is)^\s*(?:(?:PREFIX\s+[^:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*", "", body)
    word = body.lstrip()[:9].upper()
    return "ask" if word.startswith("ASK") else "graph" if word.startswith(("CONSTRUCT", "DESCRIBE")) else "select"


class Runner:
    def __init__(self, base_url: str, token: str):
        self.http = httpx.Client(base_url=base_url, timeout=60)
        self.auth = {"Authorization": f"Bearer {token}"}

    def load(self, t: W3CTest) -> None:
        r = self.http.post("/sparql", data={"update": "DROP ALL"}, headers=self.auth)
        assert r.status_code == 204, r.text
        for f in sorted(set(t.data) | set(t.graph_data)):
            r = self.http.put("/graph-store", params={"graph": f.as_uri()}, content=f.read_bytes(),
                              headers={"Content-Type": MEDIA[f.suffix[1:]], **self.auth})
            assert r.status_code == 204, f"loading {f.name}: {r.status_code} {r.text}"

    def run(self, t: W3CTest) -> tuple[bool, str]:
        text = t.query.read_text(encoding="utf-8")
        if t.kind.endswith("SyntaxTest11"):
            r = self.http.post("/sparql", data={"query": f"BASE <{t.query.as_uri()}>\n{text}"},
                               headers={"Accept": "application/sparql-results+json, application/n-triples"})
            ok = r.status_code == 400 if t.kind.startswith("Negative") else r.status_code == 200
            return ok, f"HTTP {r.status_code}: {r.text[:200]}"
        self.load(t)
        form: dict = {"query": text if re.search(r"(?i)^\s*BASE", text) else f"BASE <{t.query.as_uri()}>\n{text}"}
        if not declares_dataset(text):
            form["default-graph-uri"] = [f.as_uri() for f in t.data]
            form["named-graph-uri"] = [f.as_uri() for f in t.graph_data]
            if not t.data and not t.graph_data:
                form.pop("default-graph-uri")
                form.pop("named-graph-uri")
        kind = _kind(text)
        if t.kind == "CSVResultFormatTest" or (t.result and t.result.suffix in (".csv", ".tsv")):
            accept = "text/csv" if t.result.suffix == ".csv" else "text/tab-separated-values"
        elif kind == "graph":
            accept = "application/n-triples"
        else:
            accept = "application/sparql-results+json"
        r = self.http.post("/sparql", data=form, headers={"Accept": accept})
        if r.status_code != 200:
            return False, f"HTTP {r.status_code}: {r.text[:300]}"
        return compare(t, kind, accept, r.content)


XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short", "byte",
                             "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger",
                             "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}


def _value(lexical: str, datatype: str) -> str:
    """Numbers and booleans compare by value ("2.0E-1" = "0.2"; "1.0" = "1" as decimals):
    the suite's expected files use other lexical forms than engines emit."""
    if datatype in _NUMERIC:
        from decimal import Decimal, InvalidOperation

        try:
            d = Decimal(lexical.strip())
            return "N" + (format(d.normalize(), "f") if d.is_finite() else str(d))
        except InvalidOperation:
            return lexical
    if datatype == XSD + "boolean":
        return {"1": "true", "0": "false"}.get(lexical.strip(), lexical.strip())
    return lexical


def _key(term) -> str:
    if term is None:
        return "-"
    if isinstance(term, ox.BlankNode):
        return "_:b"
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        return f"L{_value(term.value, dt)}^^{dt}@{(term.language or '').lower()}"
    if isinstance(term, ox.Triple):
        return f"T({_key(term.subject)} {_key(term.predicate)} {_key(term.object)})"
    return f"I{term.value}"


def _solutions(res) -> tuple[list[str], Counter]:
    names = [v.value for v in res.variables]
    return sorted(names), Counter(tuple(sorted((n, _key(sol[n])) for n in names if sol[n] is not None)) for sol in res)


def _expected_solutions(path: Path):
    if path.suffix == ".srx":
        return ox.parse_query_results(path.read_bytes(), format=ox.QueryResultsFormat.XML)
    if path.suffix == ".srj":
        return ox.parse_query_results(path.read_bytes(), format=ox.QueryResultsFormat.JSON)
    if path.suffix == ".tsv":
        return ox.parse_query_results(path.read_bytes(), format=ox.QueryResultsFormat.TSV)
    return None


def _rs_graph(path: Path):
    """The DAWG result-set vocabulary (results written as Turtle/RDF)."""
    g = Graph().parse(path, format="turtle" if path.suffix == ".ttl" else "xml")
    rs = next(g.subjects(RDF.type, RS.ResultSet), None)
    if rs is None:
        return None
    boolean = g.value(rs, RS.boolean)
    if boolean is not None:
        return bool(boolean.toPython())
    names = sorted(str(v) for v in g.objects(rs, RS.resultVariable))
    sols = Counter()
    for s in g.objects(rs, RS.solution):
        row = []
        for b in g.objects(s, RS.binding):
            v = str(g.value(b, RS.variable))
            val = g.value(b, RS.value)
            row.append((v, _rdflib_key(val)))
        sols[tuple(sorted(row))] += 1
    return names, sols


def _rdflib_key(term) -> str:
    from rdflib import BNode, Literal

    if isinstance(term, BNode):
        return "_:b"
    if isinstance(term, Literal):
        dt = str(term.datatype) if term.datatype else (
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString" if term.language else
            "http://www.w3.org/2001/XMLSchema#string")
        return f"L{_value(str(term), dt)}^^{dt}@{(term.language or '').lower()}"
    return f"I{term}"


def compare(t: W3CTest, kind: str, accept: str, body: bytes) -> tuple[bool, str]:
    exp = t.result
    if accept == "text/csv":
        # CSV has no types: compare the header and the rows as a multiset (no ORDER BY)
        import csv
        import io

        def rows(text: str) -> tuple[list[str], Counter]:
            r = list(csv.reader(io.StringIO(text)))
            header = r[0]
            order = sorted(range(len(header)), key=lambda i: header[i])  # columns by name: SELECT * order is free
            bnode = lambda v: "_:b" if v.startswith("_:") else v  # noqa: E731 (labels are arbitrary)
            return sorted(header), Counter(tuple(bnode(row[i]) for i in order) for row in r[1:])

        got, want = rows(body.decode("utf-8")), rows(exp.read_text(encoding="utf-8"))
        return got == want, f"CSV differs:\n{got}\n---\n{want}"
    if kind == "graph":
        g = Graph().parse(data=body.decode("utf-8"), format="nt")
        e = Graph().parse(exp, format="turtle" if exp.suffix == ".ttl" else "xml" if exp.suffix == ".rdf" else "nt")
        return isomorphic(g, e), f"graphs differ: got {len(g)} triples, expected {len(e)}"
    fmt = ox.QueryResultsFormat.TSV if accept.startswith("text/tab") else ox.QueryResultsFormat.JSON
    got = ox.parse_query_results(body, format=fmt)
    expected = _expected_solutions(exp)
    if expected is None:
        rs = _rs_graph(exp)
        if isinstance(rs, bool):
            return bool(got) == rs, f"ASK: got {bool(got)}, expected {rs}"
        if rs is None:
            return False, f"cannot read expected results {exp.name}"
        got_names, got_sols = _solutions(got)
        return got_sols == rs[1], f"solutions differ: got {sum(got_sols.values())}, expected {sum(rs[1].values())}"
    if isinstance(expected, ox.QueryBoolean) or kind == "ask":
        return bool(got) == bool(expected), f"ASK: got {bool(got)}, expected {bool(expected)}"
    got_names, got_sols = _solutions(got)
    exp_names, exp_sols = _solutions(expected)
    if got_sols != exp_sols:
        missing = list((exp_sols - got_sols).elements())[:2]
        extra = list((got_sols - exp_sols).elements())[:2]
        return False, f"solutions differ: missing {missing} extra {extra}"
    return True, ""
