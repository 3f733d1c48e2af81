"""Draw what was read for this folder from a store's relations (labels are added by hand):

    sanad relations --store DIR --format jsonl > relations.jsonl
    python tests/gold/graph-contradictions-sample-3/sample.py relations.jsonl

prints every stored contradiction and 50 supports between independent sources drawn with
random.Random(2026) (from the supports sorted by key), as JSON lines with `kind` added."""

from __future__ import annotations

import json
import random
import sys


def main(path: str) -> None:
    rels = sorted((json.loads(line) for line in open(path, encoding="utf-8")), key=lambda r: r["key"])
    supports = [r for r in rels if r["relation"] == "supports" and r["independent"]]
    picked = sorted(random.Random(2026).sample(supports, min(50, len(supports))), key=lambda r: r["key"])
    for kind, group in (("contradicts", [r for r in rels if r["relation"] == "contradicts"]), ("supports", picked)):
        for r in group:
            print(json.dumps({"kind": kind, **r}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
