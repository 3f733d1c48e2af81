"""Claim search: the full-text index (kg.search_index) against the SPARQL search it replaces, same run.

    python bench/search_bench.py --store COPY_OF_A_STORE [--queries 60] [--pages 3]
    python bench/search_bench.py --store COPY_OF_A_STORE --synthetic 200000 [--queries 20] [--pages 1]
    SANAD_SEARCH_INDEX=FILE python bench/search_bench.py --store http://127.0.0.1:8890/sparql [--queries 30]

Writes COPY_OF_A_STORE.search.sqlite (the index is rebuilt: its build time and size are printed), so
give it a copy; for a SPARQL server's URL the index is rebuilt from the server (into
$SANAD_SEARCH_INDEX, else the user's cache: see kg.search_index). `--synthetic N`: the store's article graphs are replicated under new keys into a
temporary store of N claims (as bench/sparql_bench.py builds them) and that one is measured.

Queries: a fixed list (spelling variants, a proclitic, short words, two words, none found) and
pieces of stored claim texts (1–3 words, some cut inside words), seeded. Each is run through
Repository.search on the SPARQL path and on the index path alternately; latency is the page's
whole search call (candidates + reading the 50 claims shown). The claims returned must be equal
on the first `--pages` page shapes (50; 50 from 50; 1000), else the difference is printed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

FIXED = ["تدمر", "اعلنت", "أعلنت", "مدينه", "في", "لا صحه", "وزير الخارجية", "السعودية", "قال", "ال",
         "onerror", "zzzz"]
PAGES = ({}, {"limit": 50, "offset": 50}, {"limit": 1000})


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p * (len(xs) - 1)))]


def synthetic(source: Path, claims: int, work: Path) -> Path:
    import gc

    import pyoxigraph as ox
    import sparql_bench as sb

    corpus = sb.Corpus(work, [], existing=source)
    nq = work / "claims.nq"
    info = sb.build_nquads(corpus, claims, 0.01, nq)
    d = work / "store"
    s = ox.Store(str(d))
    s.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    s.optimize()
    s.flush()
    del s
    gc.collect()
    nq.unlink()
    print(f"synthetic store: {info['claims']} claims from {source}", flush=True)
    return d


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", required=True, help="a store directory (a copy: its index file is rewritten), "
                                                   "or a SPARQL server's query URL")
    ap.add_argument("--queries", type=int, default=60)
    ap.add_argument("--pages", type=int, default=3, choices=[1, 2, 3], help="page shapes compared per query")
    ap.add_argument("--synthetic", type=int, metavar="CLAIMS", help="measure a replica of --store of this many claims")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    from kg import search_index
    from kg.repository import Repository, literal
    from kg.store import OxigraphStore, SparqlStore
    from kg.text import normalize

    with tempfile.TemporaryDirectory(prefix="sanad-search-bench-") as tmp:
        remote = args.store.startswith(("http://", "https://"))
        path = synthetic(Path(args.store), args.synthetic, Path(tmp)) if args.synthetic else Path(args.store)
        store = SparqlStore(args.store) if remote else OxigraphStore(path)
        repo = Repository(store)
        t = time.perf_counter()
        built = search_index.rebuild(store)
        build_s = time.perf_counter() - t
        store_mb = 0 if remote else sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6
        print(f"index: {built['claims']} claim texts in {build_s:.1f} s, {built['bytes'] / 1e6:.1f} MB "
              f"(store directory {store_mb:.0f} MB; {search_index.index_path_for(args.store)})", flush=True)

        # a server's whole list took Virtuoso over a minute at 136k claims: a sample of 10,000 in claim order (its most)
        texts = [r["t"] for r in store.select("SELECT ?t WHERE { ?c <http://schema.org/text> ?t }"
                                              + (" ORDER BY STR(?c) LIMIT 10000" if remote else ""))]
        rng = random.Random(args.seed)
        queries = FIXED[:args.queries]
        while len(queries) < args.queries:
            w = rng.choice(texts).split()
            i = rng.randrange(len(w))
            q = " ".join(w[i:i + rng.choice([1, 1, 2, 3])])
            queries.append(q[1:-1] if rng.random() < 0.3 and len(q) > 4 else q)  # a piece of a word

        real = search_index.matching_claims
        sparql_only = lambda *a, **k: None  # noqa: E731

        def run(q: str, index: bool, **kw):
            search_index.matching_claims = real if index else sparql_only
            t = time.perf_counter()
            out = repo.search(q, **kw)
            return [c["key"] for c in out], time.perf_counter() - t

        run("warm", True)
        run("warm", False)
        times: dict[bool, list[float]] = {True: [], False: []}
        candidates: dict[bool, list[float]] = {True: [], False: []}
        differences = 0
        matches = []
        for n, q in enumerate(queries):
            for kw in PAGES[:args.pages]:
                order = (False, True) if n % 2 else (True, False)  # neither side always runs first
                got = {}
                for index in order:
                    got[index], took = run(q, index, **kw)
                    if not kw:
                        times[index].append(took)
                if got[True] != got[False]:
                    differences += 1
                    print(f"DIFFERENT: {q!r} {kw}: sparql {len(got[False])}, index {len(got[True])}", flush=True)
            # the step the index replaces alone: which claims match (the first 50 by IRI)
            words = normalize(q).split()[:10]
            matches.append(len(real(store, words, None) or []) if words else 0)
            filters = " ".join(f"FILTER(CONTAINS(?norm, {literal(w)}))" for w in words)
            t = time.perf_counter()
            store.select(f"SELECT ?claim WHERE {{ ?claim <{search_index.NORMALIZED_TEXT}> ?norm . {filters} }} "
                         "ORDER BY ?claim LIMIT 50")
            candidates[False].append(time.perf_counter() - t)
            t = time.perf_counter()
            real(store, words, 50)
            candidates[True].append(time.perf_counter() - t)
        search_index.matching_claims = real

        print(f"{len(queries)} queries, {args.pages} page shape(s) each: {differences} difference(s)")
        print("claims matched per query: " + ", ".join(
            f"{sum(lo <= m < hi for m in matches)} with {lo}-{hi - 1}" for lo, hi in
            ((0, 1), (1, 100), (100, 1000), (1000, 10000), (10000, 10 ** 9))))
        print(f"{'':28}{'p50 ms':>9}{'p95 ms':>9}")
        for label, data in (("search, SPARQL", times[False]), ("search, index", times[True]),
                            ("candidates, SPARQL", candidates[False]), ("candidates, index", candidates[True])):
            print(f"{label:28}{statistics.median(data) * 1000:9.1f}{pct(data, 0.95) * 1000:9.1f}")
        print(f"search p50 SPARQL/index: {statistics.median(times[False]) / statistics.median(times[True]):.1f}x; "
              f"p95: {pct(times[False], .95) / pct(times[True], .95):.1f}x")
        store.close()
        if args.synthetic and not remote:
            shutil.rmtree(path, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
