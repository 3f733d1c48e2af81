"""Draw the pairs read for this folder from a store's relations (labels are added by hand):

    sanad relations --store DIR --format jsonl > relations.jsonl
    python tests/gold/graph-supports-sample-4/sample.py relations.jsonl > drawn.jsonl

prints up to 50 supports between independent sources drawn with random.Random(2028) (from the supports sorted
by key), leaving out every pair already labelled in the earlier samples (the same two texts, either order).
Each line holds what a reader needs and nothing the model said (`why` and `confidence` are left out, so the
label is written before any score is seen); `key` joins it back to the stored relation."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1]
EARLIER = ("graph-supports-sample/sample.jsonl", "graph-relations-sample-2/supports-sample.jsonl",
           "graph-contradictions-sample-3/supports-sample.jsonl")


def labelled_pairs() -> set[frozenset[str]]:
    return {frozenset((r["a_text"], r["b_text"])) for name in EARLIER
            for r in map(json.loads, (GOLD / name).read_text(encoding="utf-8").splitlines())}


def _side(r: dict, s: str) -> dict:
    c = r[s]
    return {f"{s}_source": c["source"].get("label") or c["source"]["key"], f"{s}_text": c["text"],
            f"{s}_date": (c.get("date") or "")[:10]}


def main(path: str) -> None:
    seen = labelled_pairs()
    rels = sorted((json.loads(line) for line in open(path, encoding="utf-8")), key=lambda r: r["key"])
    fresh = [r for r in rels if r["relation"] == "supports" and r["independent"]
             and frozenset((r["a"]["text"], r["b"]["text"])) not in seen]
    picked = sorted(random.Random(2028).sample(fresh, min(50, len(fresh))), key=lambda r: r["key"])
    for n, r in enumerate(picked, 1):
        print(json.dumps({"n": n, "key": r["key"], **_side(r, "a"), **_side(r, "b")}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
