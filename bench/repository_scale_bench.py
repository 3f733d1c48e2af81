"""What the pages read, timed on graphs far larger than the real corpus (issue 5 at scale).

    python bench/repository_scale_bench.py --from-store /tmp/big --sizes 30000 100000

The real corpus (an existing store, e.g. seeds + the 449 SaudiNewsNet articles ingested by
`sanad ingest`, or ingested here when --from-store is not given) is replicated into
synthetic graphs of N claims exactly as bench/sparql_bench.py builds them, bulk-loaded into
an embedded store, and each Repository read the pages make is timed: the first call (which
fills the per-generation caches: source table, relation index, places) and the median of
the next four. The baseline, in the same run on the same store, is the single-claim read by
IRI (what a claim page and a card run), whose cost does not grow with the graph.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pyoxigraph as ox  # noqa: E402

import sparql_bench as sb  # noqa: E402
from kg.repository import Repository  # noqa: E402
from kg.store import open_store  # noqa: E402


def timed(run, n: int = 5) -> tuple[float, float]:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        run()
        times.append(1000 * (time.perf_counter() - t))
    return times[0], statistics.median(times[1:])


def measure(store_dir: Path) -> list[tuple[str, float, float]]:
    store = open_store(store_dir)
    repo = Repository(store)
    rows = []

    def row(name, run):
        first, median = timed(run)
        rows.append((name, first, median))

    rels = repo.relations(kind="contradicts", limit=21) or repo.relations(limit=21)
    keys = sorted({r["a"]["key"] for r in rels} | {r["b"]["key"] for r in rels})
    claim = keys[0]
    top_source = repo.sources()[0]["key"]
    article = rels[0]["a"]["article_key"]
    repo = Repository(store)  # fresh caches: the first calls below pay for them
    row("baseline: claim(key) by IRI", lambda: repo.claim(claim))
    row("home: contradictions, page 1", lambda: repo.relations(kind="contradicts", limit=21))
    row("home: corroborations by date", lambda: repo.relations(kind="supports", sort="date", limit=21))
    row("home: filter lists (sources, places)", lambda: (repo.sources(), repo.places(), repo.stats()))
    row(f"claim page: related({claim})", lambda: repo.related(claim))
    row("article page: article_claims", lambda: repo.article_claims(article))
    row(f"source page: {top_source} claims, 21", lambda: repo.source_claims(top_source, limit=21))
    row(f"source page: {top_source} timeline", lambda: repo.source_timeline(top_source))
    row(f"source page: {top_source} profile", lambda: repo.source(top_source))
    row("search 'تدمر', 21", lambda: repo.search("تدمر", limit=21))
    store.close()
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[30_000, 100_000], help="claims (default: %(default)s)")
    ap.add_argument("--from-store", help="a store holding the real corpus (default: ingest it here)")
    ap.add_argument("--data", default=str(sb.DATA), help="articles ingested beside seeds/ without --from-store")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="sanad-scale-bench-") as tmp:
        work = Path(tmp)
        corpus = sb.Corpus(work, [str(ROOT / "seeds"), args.data],
                           existing=Path(args.from_store) if args.from_store else None)
        for size in args.sizes:
            nq = work / f"claims-{size}.nq"
            info = sb.build_nquads(corpus, size, 0.01, nq)
            d = work / f"store-{size}"
            s = ox.Store(str(d))
            s.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
            quads = len(s)
            s.optimize()
            s.flush()
            del s
            gc.collect()
            nq.unlink()
            rows = measure(d)
            base = rows[0][2]
            print(f"\n{info['claims']} claims, {quads} quads; baseline (claim by IRI) median {base:.1f} ms")
            print(f"{'read':44} {'first ms':>9} {'median ms':>10} {'x base':>7}")
            for name, first, median in rows:
                print(f"{name[:44]:44} {first:9.1f} {median:10.1f} {median / base:7.1f}")
            shutil.rmtree(d)
    return 0


if __name__ == "__main__":
    sys.exit(main())
