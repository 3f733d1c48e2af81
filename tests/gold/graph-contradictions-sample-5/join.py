"""Join the hand labels (labels.tsv, written by reading each pair) with a store's stored contradictions:

    sanad relations --store DIR --format jsonl > relations.jsonl
    python tests/gold/graph-contradictions-sample-5/join.py relations.jsonl > contradicts.jsonl

One line per stored contradiction, in the fields of ../graph-contradictions-sample-3/contradicts.jsonl;
a contradiction without a label gets label null (to be read)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path


def main(path: str) -> None:
    with open(Path(__file__).with_name("labels.tsv"), encoding="utf-8") as fh:
        labels = {row["key"]: row for row in csv.DictReader(fh, delimiter="\t")}
    rels = sorted((json.loads(line) for line in open(path, encoding="utf-8")), key=lambda r: (-r["confidence"], r["key"]))
    n = 0
    for r in rels:
        if r["relation"] != "contradicts":
            continue
        n += 1
        lab = labels.get(r["key"], {})
        out = {"n": n, "key": r["key"], "label": lab.get("label"), "reason": lab.get("reason"),
               "confidence": r["confidence"], "why": r["why"], "method": r["method"]}
        for side in ("a", "b"):
            c = r[side]
            out.update({f"{side}_source": c["source"]["label"], f"{side}_text": c["text"], f"{side}_date": c.get("date"),
                        f"{side}_polarity": c.get("polarity")})
        print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
