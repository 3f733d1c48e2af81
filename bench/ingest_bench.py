"""Ingest speed, articles/s, with extraction in 1 and 2 processes (and on Dask), on the 449 SaudiNewsNet articles.

    python bench/ingest_bench.py [--workers 1,2] [--dask] [--limit N] [--no-parse] [--relate] [--json]

Each run ingests the same articles into a fresh embedded store through kg.ingest.ingest_items,
exactly as `sanad ingest --workers N` does: extraction (the stanza parse included unless
--no-parse) in N worker processes, every write in this process in article order. A run's time
includes starting its workers and loading the parse in each; relating the graph at the end is
left out unless --relate (it is the same work whatever extracts). CPU seconds are reported
for this process (reading, every write) and for the worker processes, so that a run on a shared
machine still shows whether the work was split or only moved, with the articles/s that CPU work
allows on an idle machine of this many cores ("CPU-bound"; see cpu_bound_seconds). Ratios are against the first
--workers value, measured in the same run; every run's store must equal the first one's, quad
for quad, or the benchmark fails.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ingest import ingest_items  # noqa: E402
from kg.reader import read  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402
from kg.workers import LOCAL_DASK  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run(items, label: str, parse: bool, relate: bool, workers: int, dask: str | None) -> dict:
    with tempfile.TemporaryDirectory(prefix="sanad-ingest-bench-") as d:
        store = OxigraphStore(d)
        try:
            start = time.perf_counter()
            cpu_here, cpu_workers = _cpu_seconds(resource.RUSAGE_SELF), _cpu_seconds(resource.RUSAGE_CHILDREN)
            report = ingest_items(items, store, progress=False, parse=parse, relate=relate, workers=workers, dask=dask)
            seconds = time.perf_counter() - start
            # the pool is shut down (its processes reaped) when ingest_items returns, so their CPU is counted
            cpu_here = _cpu_seconds(resource.RUSAGE_SELF) - cpu_here
            cpu_workers = _cpu_seconds(resource.RUSAGE_CHILDREN) - cpu_workers
            quads = set(store.export("nquads").splitlines())
        finally:
            store.close()
    return {"run": label, "articles": report.articles, "claims": report.claims, "errors": len(report.errors),
            "seconds": round(seconds, 2), "articles_per_s": round(report.articles / seconds, 2),
            "cpu_s_here": round(cpu_here, 2), "cpu_s_workers": round(cpu_workers, 2),
            "cpu_bound_articles_per_s": round(report.articles / cpu_bound_seconds(cpu_here, cpu_workers, workers), 2),
            "_quads": quads}


def cpu_bound_seconds(cpu_here: float, cpu_workers: float, workers: int) -> float:
    """The least wall time this CPU work could take on an idle machine with this many cores: no
    less than the busiest process (the writer here, or an average worker) and no less than all
    of it spread over every core. On a shared machine it tells what the split would give."""
    return max(cpu_here, cpu_workers / workers, (cpu_here + cpu_workers) / min(os.cpu_count() or 1, workers + 1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--workers", default="1,2", help="worker counts to compare, the first is the baseline (default 1,2)")
    ap.add_argument("--dask", action="store_true", help="also a Dask LocalCluster of the last --workers count")
    ap.add_argument("--no-parse", action="store_true", help="rules only, without stanza (quick runs)")
    ap.add_argument("--relate", action="store_true", help="include relating the graph at the end")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = ap.parse_args()
    items = list(read(Path(args.corpus)))[: args.limit]
    parse = not args.no_parse
    counts = [int(n) for n in args.workers.split(",")]
    plans = [(f"workers={n}", n, None) for n in counts]
    if args.dask:
        plans.append((f"dask local, {counts[-1]} workers", counts[-1], LOCAL_DASK))

    results = []
    for label, n, dask in plans:
        r = run(items, label, parse, args.relate, n, dask)
        results.append(r)
        if not args.json:
            print(f"  {label}: {r['articles']} articles in {r['seconds']} s = {r['articles_per_s']} articles/s; "
                  f"CPU {r['cpu_s_here']} s here + {r['cpu_s_workers']} s in workers", file=sys.stderr)
    base, base_quads = results[0], results[0]["_quads"]
    for r in results:
        r["ratio"] = round(r["articles_per_s"] / base["articles_per_s"], 2)
        r["cpu_bound_ratio"] = round(r["cpu_bound_articles_per_s"] / base["cpu_bound_articles_per_s"], 2)
        r["same_store"] = r.pop("_quads") == base_quads
    if args.json:
        print(json.dumps({"cores": os.cpu_count(), "parse": parse, "runs": results}, indent=2))
    else:
        print(f"{len(items)} articles, {'with' if parse else 'without'} the stanza parse, {os.cpu_count()} cores")
        for r in results:
            print(f"{r['run']:>24}: {r['articles_per_s']:6.2f} articles/s  ({r['seconds']} s, {r['claims']} claims, "
                  f"{r['errors']} errors; CPU {r['cpu_s_here']} s here + {r['cpu_s_workers']} s workers)  ×{r['ratio']:.2f}  "
              f"{'same store' if r['same_store'] else 'STORE DIFFERS'}; CPU-bound "
              f"{r['cpu_bound_articles_per_s']:.2f} articles/s ×{r['cpu_bound_ratio']:.2f}")
    return 0 if all(r["same_store"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
