"""A live job's relating on a big store: the articles of LATER written into a copy of STORE (with its side files:
vectors, relating index, search index), then relate_changes timed, as the server's writer runs it.

    python bench/relate_job_bench.py LATER STORE_DIR --copy-of STORE [--label NAME]

STORE (copied to STORE_DIR with its side files first) must be related already (`sanad relate-store`) and its relating index in step with the checkout that runs
this (a `relate_changes(store, [])` first, after a code change: derived values are keyed by the code's digest).
Prints one JSON line: seconds, CPU seconds, peak RSS, the relation counts and a sha256 of the relations graph,
so that two checkouts (each on PYTHONPATH in turn, on copies of the same store) can be compared in one run.
The relation model is loaded before the clock, as a running server has it."""

from __future__ import annotations

import hashlib
import json
import resource
import time
from pathlib import Path


def main() -> None:
    import torch

    torch.set_num_threads(1)
    from kg.ingest import ingest_items, relate_changes
    from kg.model import RELATIONS_GRAPH
    from kg.reader import read
    from kg.relate import model
    from kg.store import open_store
    from writer_bench import arguments, copy_store

    args = arguments(copy_required=True)
    copy_store(args.copy_of, args.store)
    store = open_store(args.store)
    try:
        report = ingest_items(list(read(Path(args.articles))), store, progress=False, parse=False, relate=False)
        model()
        start, cpu = time.perf_counter(), time.process_time()
        counts = relate_changes(store, report.changed)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        triples = sorted((str(r["s"]), str(r["p"]), str(r["o"])) for r in store.select(
            f"SELECT ?s ?p ?o WHERE {{ GRAPH <{RELATIONS_GRAPH}> {{ ?s ?p ?o }} }}"))
    finally:
        store.close()
    print(json.dumps({"run": args.label, "articles": report.articles, "seconds": round(seconds, 2), "cpu_s": round(cpu, 2),
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                      "relations": counts, "triples": len(triples),
                      "sha256": hashlib.sha256(json.dumps(triples).encode()).hexdigest()[:16]}))


if __name__ == "__main__":
    main()
