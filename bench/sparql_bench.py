"""SPARQL endpoint overhead (issue 4), one command:

    python bench/sparql_bench.py                          # 10k and 100k synthetic claims
    python bench/sparql_bench.py --sizes 10000            # one size
    python bench/sparql_bench.py --backends embedded      # embedded Oxigraph only

Three queries, each timed (a) directly on the store object and (b) through the
`/sparql` endpoint of a running `sanad serve` (a subprocess on a free loopback port,
HTTP/1.1 keep-alive, `Accept: application/sparql-results+json`), twice: with the query
limits as shipped (SANAD_QUERY_TIMEOUT=10, SANAD_RESULT_LIMIT=10000: the embedded store's
queries run in a worker process on a snapshot) and with them off (0, 0: in the serving
process, uncut, the endpoint before the limits); for two backends:

- `embedded`: kg.store.OxigraphStore on a directory; direct = `store.query(q, "json")`
  (evaluate + serialize SPARQL JSON, exactly what the endpoint calls);
- `oxigraph-server`: `oxigraph serve --union-default-graph` on a free loopback port,
  Sanad started with `--store http://127.0.0.1:PORT/query`; direct =
  kg.store.SparqlStore(url).query(q, "json") (one HTTP request to the Oxigraph server).

The ratio (via /sparql ÷ direct) is the endpoint overhead. Both columns are measured
in the same run on the same data; the two sides are never measured at the same time
(the machine has 2 cores).

The queries:
- contradictions: ontology/queries/contradictions.rq as it is;
- claim pattern bound by key (the list reads' query, and claim(key) before it went by IRI), with
  a different random claim key on each repetition (the same key sequence on both sides);
- source record: ontology/queries/source-record.rq (a GROUP BY over every claim).

How the synthetic graphs are made (fast: no extraction or model run per synthetic claim):
1. The real corpus, seeds/ plus /work/shared/data/news/saudinewsnet-syria-2015.jsonl
   (450 articles), is ingested once with kg.ingest.ingest into a temporary embedded
   store: Sanad's own extraction (kg.attribution), RDF mapping (kg.rdf.article_graph)
   and relation model (kg.relate) — 1,726 claims, 3 contradicts and 251 supports.
2. Its article graphs are copied ("replicas") until the wanted number of claims is
   reached: every article, claim and relation key (the 12-hex content hashes in IRIs
   and sanad:key literals) is replaced by a new one, short_hash("synthetic", replica,
   old key); graph IRIs, provenance activities and selectors follow, since they are
   built from those keys. Sources stay the same (the same sources speak in many
   articles), so per-source aggregates grow with the data as they would.
3. The relations graph: the real relations copied into every replica (the measured
   share of supports/contradicts among real claims), plus extra cross-replica
   contradictions between claims of different sources (--extra-contradictions, default
   1 per 100 claims; the real corpus has very few and the contradictions query would
   otherwise have almost nothing to join), written with kg.rdf.relations_graph.
4. Everything is written as one N-Quads file and bulk-loaded: pyoxigraph
   Store.bulk_load for the embedded store, `oxigraph load` for the server's directory.
   The vocabulary and sources graphs come from the real ingest.
"""

from __future__ import annotations

import argparse
import gc
import http.client
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"
QUERIES = ROOT / "ontology" / "queries"

import pyoxigraph as ox  # noqa: E402

from kg.model import BASE, RELATIONS_GRAPH, ClaimRelation, Relation, short_hash  # noqa: E402

_HEX = re.compile(r"(?<![0-9a-f])[0-9a-f]{12}(?![0-9a-f])")


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- the data

class Corpus:
    """The real corpus, ingested once, cut into per-article N-Quads templates."""

    def __init__(self, work: Path, inputs: list[str], existing: Path | None = None):
        """`existing`: a store the real corpus was already ingested into (copied, not changed)."""
        from kg.ingest import ingest
        from kg.store import OxigraphStore

        t = time.perf_counter()
        if existing is not None:
            shutil.copytree(existing, work / "real-store")
            store = OxigraphStore(work / "real-store")
            log(f"real corpus: copied from {existing}")
        else:
            store = OxigraphStore(work / "real-store")
            report = ingest(inputs, store, progress=False)
            log(f"real corpus: {report.articles} articles, {report.claims} claims, relations {report.relations} "
                f"({time.perf_counter() - t:.1f} s, kg.ingest)")
        rows = store.select("""PREFIX sanad: <https://w3id.org/sanad/ns#> PREFIX schema: <http://schema.org/>
SELECT ?g ?ak ?ck ?srcKey WHERE { GRAPH ?g { ?a a schema:NewsArticle ; sanad:key ?ak .
  OPTIONAL { ?c a schema:Claim ; sanad:key ?ck ; schema:author ?src } }
  OPTIONAL { ?src sanad:key ?srcKey } }""")
        self.articles: dict[str, dict] = {}  # graph IRI → {"key", "claims": {claim key: source key}}
        for r in rows:
            a = self.articles.setdefault(r["g"], {"key": r["ak"], "claims": {}, "nq": ""})
            if r["ck"]:
                a["claims"][r["ck"]] = r["srcKey"] or "?"
        self.relations = store.select("""PREFIX sanad: <https://w3id.org/sanad/ns#>
SELECT ?rel ?key (MIN(?ck) AS ?a) (MAX(?ck) AS ?b) WHERE { GRAPH <%s> {
  ?rel a sanad:ClaimRelation ; sanad:key ?key ; sanad:claim ?c } ?c sanad:key ?ck } GROUP BY ?rel ?key""" % RELATIONS_GRAPH)
        by_graph: dict[str, list] = {}
        for q in store._store.quads_for_pattern(None, None, None, None):
            by_graph.setdefault(q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else "", []).append(q)
        self.fixed = b""  # vocabulary + sources: copied once
        for g, quads in by_graph.items():
            nq = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
            if g in self.articles:
                self.articles[g]["nq"] = nq.decode("utf-8")
            elif g == RELATIONS_GRAPH:
                self.relations_nq = nq.decode("utf-8")
            else:
                self.fixed += nq
        self.order = sorted(self.articles, key=lambda g: self.articles[g]["key"])
        self.n_claims = sum(len(a["claims"]) for a in self.articles.values())
        del store._store
        gc.collect()


def build_nquads(corpus: Corpus, claims_wanted: int, extra_contradictions: float, out: Path, seed: int = 4) -> dict:
    """Replicas of the real article graphs until `claims_wanted` claims, their relations,
    extra contradictions; one N-Quads file. Returns counts and a sample of claim keys."""
    from kg.rdf import relations_graph

    t = time.perf_counter()
    claims: list[tuple[str, str]] = []  # (new claim key, source key)
    n_rel = {"contradicts": 0, "supports": 0}
    # the relation graph, per relation: its own triples + the two direct links
    rel_lines: dict[str, list[str]] = {}
    head_lines: list[str] = []
    claim_to_rel: dict[str, list[str]] = {}
    for r in corpus.relations:
        claim_to_rel.setdefault(r["a"], []).append(r["key"])
        claim_to_rel.setdefault(r["b"], []).append(r["key"])
    rel_by_iri = {r["rel"]: r for r in corpus.relations}
    claim_iri_prefix = f"<{BASE}claim/"
    pair_lines: dict[tuple[str, str], list[str]] = {}
    for line in corpus.relations_nq.splitlines():
        subj = line.split(" ", 1)[0][1:-1]
        if subj in rel_by_iri:
            rel_lines.setdefault(rel_by_iri[subj]["key"], []).append(line)
        elif line.startswith(claim_iri_prefix):
            s = subj.rsplit("/", 1)[-1]
            o = line.split(" ")[2][1:-1].rsplit("/", 1)[-1]
            pair_lines.setdefault(tuple(sorted((s, o))), []).append(line)
        else:
            head_lines.append(line)
    for r in corpus.relations:
        rel_lines[r["key"]] += pair_lines.get(tuple(sorted((r["a"], r["b"]))), [])
        kind = "contradicts" if any("#Contradiction>" in x for x in rel_lines[r["key"]]) else "supports"
        r["kind"] = kind

    with open(out, "w", encoding="utf-8") as f:
        f.write(corpus.fixed.decode("utf-8"))
        f.write("\n".join(head_lines) + "\n")
        replica, i = 0, 0
        in_replica: set[str] = set()
        mapping: dict[str, str] = {}

        def flush_relations():
            for r in corpus.relations:
                if r["a"] in in_replica and r["b"] in in_replica:
                    text = "\n".join(rel_lines[r["key"]]) + "\n"
                    f.write(_HEX.sub(lambda m: mapping.get(m.group(0), m.group(0)), text))
                    n_rel[r["kind"]] += 1

        while len(claims) < claims_wanted:
            if i == len(corpus.order):
                flush_relations()
                replica, i = replica + 1, 0
                in_replica.clear()
                mapping.clear()
            art = corpus.articles[corpus.order[i]]
            i += 1
            mapping[art["key"]] = short_hash("synthetic", str(replica), art["key"])
            for ck, sk in art["claims"].items():
                mapping[ck] = short_hash("synthetic", str(replica), ck)
                claims.append((mapping[ck], sk))
                in_replica.add(ck)
            for rk in {k for ck in art["claims"] for k in claim_to_rel.get(ck, ())}:
                mapping[rk] = short_hash("synthetic", str(replica), rk)
            f.write(_HEX.sub(lambda m: mapping.get(m.group(0), m.group(0)), art["nq"]))
        flush_relations()

        # extra contradictions between claims of different sources (different replicas)
        rng = random.Random(seed)
        extra = []
        for _ in range(int(len(claims) * extra_contradictions)):
            (a, sa), (b, sb) = rng.sample(claims, 2)
            if sa == sb:
                continue
            extra.append(ClaimRelation(
                a={"id": f"{BASE}claim/{a}", "key": a}, b={"id": f"{BASE}claim/{b}", "key": b},
                relation=Relation("contradicts", round(rng.uniform(0.5, 0.99), 3),
                                  "synthetic benchmark contradiction", "synthetic"), same_source=False))
        g = relations_graph(extra, "synthetic")
        nt = g.serialize(format="nt")
        for line in nt.splitlines():
            if line.strip():
                f.write(line[: line.rstrip().rfind(".")].rstrip() + f" <{RELATIONS_GRAPH}> .\n")
        n_rel["contradicts"] += len(extra)
    size = out.stat().st_size
    log(f"  {len(claims)} claims in {replica + 1} replica(s); relations {n_rel}; "
        f"{size / 1e6:.0f} MB N-Quads ({time.perf_counter() - t:.1f} s)")
    rng = random.Random(seed + 1)
    return {"claims": len(claims), "relations": n_rel, "sample": [c for c, _ in rng.sample(claims, 50)],
            "bytes": size}


# ---------------------------------------------------------------- servers

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Proc:
    """A server subprocess, its log in a file, up when `probe` answers."""

    def __init__(self, name: str, argv: list[str], probe: str, logdir: Path, env: dict | None = None,
                 timeout: float = 120):
        self.name = name
        self.log_path = logdir / f"{name}.log"
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen(argv, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT,
                                     env={**os.environ, **(env or {})})
        deadline = time.time() + timeout
        import urllib.request

        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{name} exited: {self.log_path.read_text()[-2000:]}")
            try:
                urllib.request.urlopen(probe, timeout=2).read()
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{name} did not start in {timeout:.0f} s; log: {self.log_path}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def sanad_serve(store: str, logdir: Path, tag: str, env: dict | None = None) -> tuple[Proc, int]:
    port = free_port()
    p = Proc(f"sanad-serve-{tag}", [sys.executable, "-m", "kg.cli", "serve", "--store", store, "--port", str(port)],
             f"http://127.0.0.1:{port}/sparql", logdir, env)  # /sparql without a query: no store access
    return p, port


class Endpoint:
    """POST application/sparql-query to /sparql over one keep-alive connection."""

    def __init__(self, port: int):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)

    def query(self, sparql: str) -> bytes:
        self.conn.request("POST", "/sparql", body=sparql.encode("utf-8"),
                          headers={"Content-Type": "application/sparql-query",
                                   "Accept": "application/sparql-results+json"})
        r = self.conn.getresponse()
        body = r.read()
        if r.status != 200:
            raise RuntimeError(f"/sparql answered {r.status}: {body[:300]!r}")
        return body

    def close(self):
        self.conn.close()


# ---------------------------------------------------------------- queries and timing

def recorded_query(read) -> str:
    """The first SPARQL query a Repository read sends (its other reads are cached or small)."""
    from kg.repository import Repository

    seen: list[str] = []

    class Recorder:
        generation = 0

        def select(self, q):
            seen.append(q)
            return []

    read(Repository(Recorder()))
    return seen[0]


def claim_pattern_query(key: str) -> str:
    """The general claim pattern bound by key: what list reads (article, source, search)
    use, and what Repository.claim(key) used before it went by IRI."""
    from kg.repository import literal

    return recorded_query(lambda repo: repo._claims(first=f"?claim sanad:key {literal(key)} ."))


def claim_by_iri_query(key: str) -> str:
    """The claim query of Repository.claim_by_iri: what claim(key) and the cards run."""
    return recorded_query(lambda repo: repo.claim_by_iri(f"{BASE}claim/{key}"))


# Labels read once per source: Oxigraph's union default graph is a multiset union of the
# named graphs, and a source the registry does not know is described (skos:prefLabel …)
# in every article graph that cites it, so joining its label directly repeats each row once
# per citing article on each side (measured: 2,344 rows for 98 distinct at 10k claims).
_LABELS = """  OPTIONAL {{ SELECT DISTINCT ?{s} ?en{x} WHERE {{ ?{s} skos:prefLabel ?en{x} FILTER(lang(?en{x}) = "en") }} }}
  OPTIONAL {{ SELECT DISTINCT ?{s} ?ar{x} WHERE {{ ?{s} skos:prefLabel ?ar{x} FILTER(lang(?ar{x}) = "ar") }} }}"""


def dedup_contradictions(text: str) -> str:
    if "SELECT DISTINCT ?sa" in text:  # the shipped query already reads labels this way
        return text
    lines = [ln for ln in text.splitlines() if not ln.strip().startswith("OPTIONAL { ?s")]
    i = next(n for n, ln in enumerate(lines) if ln.strip().startswith("BIND(COALESCE(?enA"))
    lines[i:i] = [_LABELS.format(s="sa", x="A"), _LABELS.format(s="sb", x="B")]
    return "\n".join(lines)


def dedup_source_record(text: str) -> str:
    if "SELECT DISTINCT ?source" in text:
        return text
    lines = [ln for ln in text.splitlines() if not ln.strip().startswith("OPTIONAL { ?source skos:prefLabel")]
    i = next(n for n, ln in enumerate(lines) if ln.strip().startswith("BIND(COALESCE(?en, ?ar)"))
    lines[i:i] = [_LABELS.format(s="source", x="")]
    return "\n".join(lines)


def queries(sample: list[str], size: int, max_shipped: int) -> list[tuple[str, object]]:
    contra = (QUERIES / "contradictions.rq").read_text(encoding="utf-8")
    record = (QUERIES / "source-record.rq").read_text(encoding="utf-8")
    keys = list(sample)
    out = []
    if size <= max_shipped:
        out.append(("contradictions.rq", lambda i: contra))
    out += [("contradictions, labels dedup.", lambda i, q=dedup_contradictions(contra): q),
            ("claim pattern bound by key", lambda i: claim_pattern_query(keys[i % len(keys)])),
            ("claim card: claim_by_iri", lambda i: claim_by_iri_query(keys[i % len(keys)]))]
    if size <= max_shipped:
        out.append(("source-record.rq", lambda i: record))
    out.append(("source record, labels dedup.", lambda i, q=dedup_source_record(record): q))
    return out


def n_rows(body: bytes) -> int:
    return len(json.loads(body)["results"]["bindings"])


def timeit(run, make_query, reps: int, budget_s: float, warmup: int = 1) -> tuple[list[float], int]:
    rows = 0
    for w in range(warmup):
        rows = n_rows(run(make_query(10_000 + w)))
    ms: list[float] = []
    start = time.perf_counter()
    for i in range(reps):
        q = make_query(i)
        t = time.perf_counter()
        run(q)
        ms.append((time.perf_counter() - t) * 1000)
        if i >= 2 and time.perf_counter() - start > budget_s:
            break
    return ms, rows


def measure(backend: str, size: int, store_loc: str, info: dict, args, logdir: Path, results: list) -> None:
    from kg.store import OxigraphStore, SparqlStore

    qs = queries(info["sample"], size, args.max_shipped)
    direct: dict[str, tuple[list[float], int]] = {}
    # (a) directly on the store object
    if backend == "embedded":
        store = OxigraphStore(store_loc)
    else:
        store = SparqlStore(store_loc)
    for name, mk in qs:
        direct[name] = timeit(lambda q: store.query(q, "json").body, mk, args.reps, args.budget)
        log(f"  {backend} {size} direct   {name}: {statistics.median(direct[name][0]):.1f} ms "
            f"({len(direct[name][0])} runs, {direct[name][1]} rows)")
    if backend == "embedded":
        store.close()  # the served app opens the same directory (one process at a time)
    store = None
    gc.collect()
    # (b) through /sparql of `sanad serve`: with the query limits as shipped (each query in a
    # worker process on a store snapshot, results capped) and, as the baseline, with them off
    # (in the serving process, uncut: the endpoint before the limits).
    endpoint: dict[str, dict[str, tuple[list[float], int]]] = {}
    for mode, env in (("limits", {"SANAD_QUERY_TIMEOUT": "10", "SANAD_RESULT_LIMIT": "10000"}),
                      ("no limits", {"SANAD_QUERY_TIMEOUT": "0", "SANAD_RESULT_LIMIT": "0"})):
        srv, port = sanad_serve(store_loc, logdir, f"{backend}-{size}-{mode.replace(' ', '-')}", env)
        try:
            ep = Endpoint(port)
            endpoint[mode] = {}
            for name, mk in qs:
                ms, rows = timeit(ep.query, mk, args.reps, args.budget)
                if rows != direct[name][1]:
                    log(f"  WARNING: {name}: {rows} rows via /sparql ({mode}), {direct[name][1]} direct")
                log(f"  {backend} {size} /sparql ({mode})  {name}: {statistics.median(ms):.1f} ms "
                    f"({len(ms)} runs, {rows} rows)")
                endpoint[mode][name] = (ms, rows)
            ep.close()
        finally:
            srv.stop()
    for name, _ in qs:
        d_ms, d_rows = direct[name]
        on, off = endpoint["limits"][name][0], endpoint["no limits"][name][0]
        results.append({"backend": backend, "size": size, "query": name, "rows": d_rows,
                        "direct_ms": statistics.median(d_ms), "endpoint_ms": statistics.median(on),
                        "endpoint_no_limits_ms": statistics.median(off),
                        "direct_runs": len(d_ms), "endpoint_runs": len(on), "endpoint_no_limits_runs": len(off)})


def limits_cost(store_loc: str, runs: int = 15) -> list[tuple[str, float, float]]:
    """The query limits' own cost, without HTTP: OxigraphStore.query(q, "json") with no limits
    vs with QueryLimits() (worker process on a snapshot + result cap 10,000), runs interleaved
    so that load changes hit both alike. (query, median ms off, median ms on)."""
    from kg.store import OxigraphStore, QueryLimits

    cases = [("ASK", "ASK { ?s ?p ?o }"),
             ("SELECT 1 row", "SELECT * { ?s ?p ?o } LIMIT 1"),
             ("SELECT 1,000 rows", "SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 1000"),
             ("SELECT 10,000 rows", "SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 10000"),
             ("SELECT 100,000 rows (cut at 10,000 when on)", "SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 100000"),
             ("CONSTRUCT 10,000 triples", "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 10000")]
    store = OxigraphStore(store_loc)
    on = QueryLimits(timeout=60, max_results=10_000)
    out = []
    try:
        store.query("ASK {}", limits=on)  # start the workers
        for name, q in cases:
            off_ms, on_ms = [], []
            for _ in range(runs):
                t = time.perf_counter()
                store.query(q, "json")
                off_ms.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                store.query(q, "json", limits=on)
                on_ms.append((time.perf_counter() - t) * 1000)
            out.append((name, statistics.median(off_ms), statistics.median(on_ms)))
            log(f"  limits cost {name}: off {out[-1][1]:.2f} ms, on {out[-1][2]:.2f} ms")
    finally:
        store.close()
    return out


# ---------------------------------------------------------------- main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="claims (default: %(default)s)")
    ap.add_argument("--backends", nargs="+", choices=["embedded", "oxigraph-server"],
                    default=["embedded", "oxigraph-server"])
    ap.add_argument("--reps", type=int, default=21, help="timed runs per cell at most (default: %(default)s)")
    ap.add_argument("--budget", type=float, default=4.0,
                    help="seconds per cell after which no further run starts (at least 3 runs; default: %(default)s)")
    ap.add_argument("--max-shipped", type=int, default=20_000, metavar="CLAIMS",
                    help="run the shipped contradictions.rq / source-record.rq only up to this many claims "
                         "(default: %(default)s; at 100k contradictions.rq grew past 15 GB of memory)")
    ap.add_argument("--extra-contradictions", type=float, default=0.01,
                    help="synthetic cross-source contradictions per claim (default: %(default)s)")
    ap.add_argument("--data", default=str(DATA), help="articles ingested beside seeds/ (default: %(default)s)")
    ap.add_argument("--workdir", help="keep stores, N-Quads and server logs here (default: a temp dir, removed)")
    ap.add_argument("--json", help="also write the results as JSON to this file")
    ap.add_argument("--limits-cost", action="store_true",
                    help="also time the query limits' own cost without HTTP (embedded store)")
    args = ap.parse_args()
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # clean up servers and temp dirs

    oxigraph_bin = shutil.which("oxigraph")
    if "oxigraph-server" in args.backends and not oxigraph_bin:
        log("oxigraph (pip install oxigraph) not on PATH: the oxigraph-server backend is skipped")
        args.backends = [b for b in args.backends if b != "oxigraph-server"]

    tmp = None
    if args.workdir:
        work = Path(args.workdir)
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="sanad-sparql-bench-")
        work = Path(tmp.name)
    logdir = work / "logs"
    logdir.mkdir(exist_ok=True)
    inputs = [str(ROOT / "seeds")] + ([args.data] if Path(args.data).exists() else [])
    if len(inputs) == 1:
        log(f"warning: {args.data} not found; replicating seeds/ only")

    t0 = time.perf_counter()
    corpus = Corpus(work, inputs)
    results: list[dict] = []
    builds: dict[int, dict] = {}
    try:
        for size in args.sizes:
            log(f"size {size}:")
            nq = work / f"claims-{size}.nq"
            info = build_nquads(corpus, size, args.extra_contradictions, nq)
            build = {"claims": info["claims"], "relations": info["relations"], "mb": info["bytes"] / 1e6}
            if "embedded" in args.backends:
                d = work / f"embedded-{size}"
                t = time.perf_counter()
                s = ox.Store(str(d))
                s.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
                build["triples"] = len(s)
                s.optimize()  # compact now: background compaction would slow whichever side runs first
                s.flush()
                del s
                gc.collect()
                build["embedded_load_s"] = time.perf_counter() - t
                log(f"  embedded: {build['triples']} quads bulk-loaded in {build['embedded_load_s']:.1f} s")
                if args.limits_cost:
                    build["limits_cost"] = limits_cost(str(d))
                measure("embedded", size, str(d), info, args, logdir, results)
            if "oxigraph-server" in args.backends:
                d = work / f"oxigraph-{size}"
                t = time.perf_counter()
                subprocess.run([oxigraph_bin, "load", "--location", str(d), "--file", str(nq)], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                build["server_load_s"] = time.perf_counter() - t
                log(f"  oxigraph load: {build['server_load_s']:.1f} s")
                port = free_port()
                ox_srv = Proc(f"oxigraph-{size}", [oxigraph_bin, "serve", "--location", str(d), "--bind",
                                                   f"127.0.0.1:{port}", "--union-default-graph"],
                              f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", logdir)
                try:
                    measure("oxigraph-server", size, f"http://127.0.0.1:{port}/query", info, args, logdir, results)
                finally:
                    ox_srv.stop()
            builds[size] = build
            nq.unlink()
    finally:
        if tmp is not None:
            tmp.cleanup()

    print(f"\nSPARQL endpoint overhead · python bench/sparql_bench.py --sizes {' '.join(map(str, args.sizes))} · "
          f"pyoxigraph {ox.__version__} · {os.cpu_count()} CPUs · total {time.perf_counter() - t0:.0f} s")
    for size, b in builds.items():
        print(f"  {size}: {b['claims']} claims, {b.get('triples', '?')} quads ({b['mb']:.0f} MB N-Quads), relations "
              f"{b['relations']}; load: embedded {b.get('embedded_load_s', float('nan')):.1f} s, "
              f"oxigraph load {b.get('server_load_s', float('nan')):.1f} s")
    print("\n| backend | claims | query | rows | median ms direct | via /sparql, limits off | ratio "
          "| via /sparql, limits on | ratio |")
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r['backend']} | {r['size']} | {r['query']} | {r['rows']} | {r['direct_ms']:.1f} | "
              f"{r['endpoint_no_limits_ms']:.1f} | {r['endpoint_no_limits_ms'] / r['direct_ms']:.2f}× | "
              f"{r['endpoint_ms']:.1f} | {r['endpoint_ms'] / r['direct_ms']:.2f}× |")
    for size, b in builds.items():
        if b.get("limits_cost"):
            print(f"\nQuery limits' own cost, {size} claims, no HTTP (OxigraphStore.query, interleaved, medians)\n")
            print("| query | limits off ms | limits on ms | on − off |\n|---|---:|---:|---:|")
            for name, off, on in b["limits_cost"]:
                print(f"| {name} | {off:.2f} | {on:.2f} | {on - off:+.2f} |")
    if args.json:
        Path(args.json).write_text(json.dumps({"builds": builds, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
