"""The writer of an ingest (rules only, extraction in 2 processes, no relating) into a fresh store or a copy of one.

    python bench/writer_bench.py ARTICLES STORE_DIR [--copy-of BIG_STORE] [--label NAME]

Prints one JSON line: articles, wall seconds, CPU seconds of this process (reading and every write: the writer)
and of the extraction workers, the writer's CPU ms per article, and a sha256 of what the writes touched (the
counts graph, the relating-pending graph and the new article graphs, sorted), so that two checkouts can be
compared in one run: run it with each checkout on PYTHONPATH, one after the other, on the same input.
`--copy-of` copies a store (with its search index) to STORE_DIR first, to measure writes into a big store.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    from kg.incremental import PENDING_GRAPH
    from kg.ingest import discover, ingest_items
    from kg.reader import read
    from kg.search_index import index_path_for
    from kg.stats import STATS_GRAPH
    from kg.store import OxigraphStore

    ap = argparse.ArgumentParser()
    ap.add_argument("articles")
    ap.add_argument("store")
    ap.add_argument("--copy-of")
    ap.add_argument("--label", default="")
    args = ap.parse_args()
    if args.copy_of:
        shutil.rmtree(args.store, ignore_errors=True)
        shutil.copytree(args.copy_of, args.store)
        if index_path_for(args.copy_of).exists():
            shutil.copy(index_path_for(args.copy_of), index_path_for(args.store))
    store = OxigraphStore(args.store)
    before = set(store.graphs())
    start, here, workers = time.perf_counter(), _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    report = ingest_items((i for f in discover([args.articles]) for i in read(f)), store, progress=False, parse=False,
                          relate=False, workers=2)
    wall = time.perf_counter() - start
    here, workers = _cpu(resource.RUSAGE_SELF) - here, _cpu(resource.RUSAGE_CHILDREN) - workers
    graphs = sorted((set(store.graphs()) - before) | {STATS_GRAPH, PENDING_GRAPH})
    quads = sorted(f"{r['s']} {r['p']} {r['o']} <{g}>" for g in graphs
                   for r in store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"))
    store.close()
    print(json.dumps({"run": args.label, "articles": report.articles, "claims": report.claims, "wall_s": round(wall, 1),
                      "writer_cpu_s": round(here, 1), "workers_cpu_s": round(workers, 1),
                      "writer_ms_per_article": round(1000 * here / max(report.articles, 1), 1),
                      "quads": len(quads), "sha256": hashlib.sha256("\n".join(quads).encode()).hexdigest()[:16]}))


if __name__ == "__main__":
    main()
