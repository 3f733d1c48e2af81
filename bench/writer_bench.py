"""The writer of an ingest (rules only, extraction in 2 processes, no relating) into a fresh store or a copy of one.

    python bench/writer_bench.py ARTICLES STORE_DIR [--copy-of BIG_STORE] [--label NAME]

Prints one JSON line: articles, wall seconds, CPU seconds of this process (reading and every write: the writer)
and of the extraction workers, the writer's CPU ms per article, and a sha256 of what the writes touched (the
counts graph, the relating-pending graph and the new article graphs, sorted), so that two checkouts can be
compared in one run: run it with each checkout on PYTHONPATH, one after the other, on the same input.
`--copy-of` copies a store (with its side files) to STORE_DIR first, to measure writes into a big store.
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


def arguments(copy_required: bool = False) -> argparse.Namespace:
    """ARTICLES STORE_DIR [--copy-of STORE] [--label NAME] (relate_job_bench reads the same)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("articles")
    ap.add_argument("store")
    ap.add_argument("--copy-of", required=copy_required)
    ap.add_argument("--label", default="")
    return ap.parse_args()


def copy_store(src, dst) -> None:
    """A store directory with its side files (vectors, relating index, search index), replacing `dst`."""
    from kg.encoder import cache_path_for
    from kg.relating_index import index_path_for as relating_path
    from kg.search_index import index_path_for as search_path

    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst)
    for side in (cache_path_for, relating_path, search_path):
        if side(src).exists():
            shutil.copy(side(src), side(dst))


def main() -> None:
    from kg.incremental import PENDING_GRAPH
    from kg.ingest import discover, ingest_items
    from kg.reader import read
    from kg.stats import STATS_GRAPH
    from kg.store import OxigraphStore

    args = arguments()
    if args.copy_of:
        copy_store(args.copy_of, args.store)
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
