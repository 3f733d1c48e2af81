"""Incremental relating (kg.incremental) against the full recompute (kg.ingest.relate_store), on the corpus.

    python bench/incremental_relate_bench.py WORKDIR [--later 20] [--job 3]

Ingests the seed + the first 449 - LATER SaudiNewsNet Syria articles (rules only) and relates them in full;
then, on two copies, ingests the last LATER articles and relates them incrementally on one copy, in full on
the other: prints both times, the relation counts, the Jaccard of the two relation sets and of the two
relations graphs' triples, and lists every relation only one of them has. Then the same for a job of JOB
articles (the first JOB of the last LATER). Both sides run in this process one after the other, so compare the
ratio, not the seconds, on a shared machine. WORKDIR/base.vectors.sqlite, when it is there, seeds the
embedding side file (vectors are keyed by text, so an earlier run's file is reused)."""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"


def main() -> None:
    import torch

    torch.set_num_threads(1)
    from kg.encoder import cache_path_for
    from kg.ingest import ingest_items, relate_changes, relate_store
    from kg.model import RELATIONS_GRAPH
    from kg.reader import read
    from kg.relating_index import index_path_for
    from kg.store import open_store

    ap = argparse.ArgumentParser()
    ap.add_argument("workdir")
    ap.add_argument("--later", type=int, default=20)
    ap.add_argument("--job", type=int, default=3)
    args = ap.parse_args()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    lines = DATA.read_text(encoding="utf-8").splitlines()
    (work / "first.jsonl").write_text("\n".join(lines[:-args.later]) + "\n", encoding="utf-8")
    (work / "later.jsonl").write_text("\n".join(lines[-args.later:]) + "\n", encoding="utf-8")
    later = list(read(work / "later.jsonl"))

    def copy(src: Path, dst: Path) -> Path:
        """The store with its side files: vectors, and the relating index (kg.relating_index)."""
        shutil.rmtree(dst, ignore_errors=True)
        shutil.copytree(src, dst)
        for side in (cache_path_for, index_path_for):
            if side(src).exists():
                shutil.copy(side(src), side(dst))
        return dst

    def relations(store) -> dict[str, tuple]:
        out: dict[str, list] = {}
        for r in store.select(f"""PREFIX sanad: <https://w3id.org/sanad/ns#> SELECT ?n ?kind ?c ?conf WHERE {{
                GRAPH <{RELATIONS_GRAPH}> {{ ?n sanad:relationKind ?kind ; sanad:claim ?c ; sanad:confidence ?conf }} }}"""):
            out.setdefault(r["n"], [r["kind"].rsplit("#")[-1], set(), r["conf"]])[1].add(r["c"])
        return {n: (k, tuple(sorted(cs)), conf) for n, (k, cs, conf) in out.items()}

    def triples(store) -> set[tuple[str, str, str]]:
        return {(str(r["s"]), str(r["p"]), str(r["o"])) for r in store.select(
            f"SELECT ?s ?p ?o WHERE {{ GRAPH <{RELATIONS_GRAPH}> {{ ?s ?p ?o }} }}")}

    base = work / "base"
    if not base.exists():
        s = open_store(base)
        t = time.perf_counter()
        r = ingest_items([i for f in (ROOT / "seeds", work / "first.jsonl") for i in read(f)], s, progress=False,
                         parse=False, relate=False, workers=2)
        print(f"base: {r.articles} articles, {r.claims} claims, ingest {time.perf_counter() - t:.1f} s", flush=True)
        t = time.perf_counter()
        print(f"base: full relate {relate_store(s)} {time.perf_counter() - t:.1f} s", flush=True)
        s.close()
    for batch, label in ((later, f"{args.later} articles"), (later[:args.job], f"a job of {args.job}")):
        found = {}
        for how in ("full", "incremental"):
            s = open_store(copy(base, work / how))
            try:
                r = ingest_items(list(batch), s, progress=False, parse=False, relate=False)
                t = time.perf_counter()
                counts = relate_store(s) if how == "full" else relate_changes(s, r.changed)
                print(f"{label}: {how} relate {time.perf_counter() - t:.1f} s, {counts}", flush=True)
                found[how] = relations(s), triples(s)
            finally:
                s.close()
        (rf, tf), (ri, ti) = found["full"], found["incremental"]
        both = set(rf) & set(ri)
        print(f"{label}: relations full {len(rf)}, incremental {len(ri)}, common {len(both)}, "
              f"Jaccard {len(both) / max(1, len(set(rf) | set(ri))):.4f}; relations-graph triples full {len(tf)}, "
              f"incremental {len(ti)}, Jaccard {len(tf & ti) / max(1, len(tf | ti)):.4f}")
        for n in sorted(set(rf) ^ set(ri)):
            print("  only", "full" if n in rf else "incremental", (rf.get(n) or ri.get(n)))


if __name__ == "__main__":
    main()
