"""Assemble syria-claim-sentence-heldout.jsonl from candidates.jsonl + labels.tsv + manual_pairs.jsonl.

    python tests/gold/relations-heldout/assemble.py
"""
import json
import os

D = os.path.dirname(os.path.abspath(__file__))


def main():
    cands = {c["cand"]: c for c in map(json.loads, open(os.path.join(D, "candidates.jsonl"), encoding="utf-8"))}
    rows = []
    for line in open(os.path.join(D, "labels.tsv"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            continue
        cand, gold, note = line.split("\t", 2)
        if gold == "skip":
            continue
        c = cands[cand]
        rows.append(dict(a=c["a"], b=c["b"], gold=gold, a_url=c["a_url"], b_url=c["b_url"], note=note.strip(),
                         origin=c["stratum"]))
    for r in map(json.loads, open(os.path.join(D, "manual_pairs.jsonl"), encoding="utf-8")):
        rows.append(dict(a=r["a"], b=r["b"], gold=r["gold"], a_url=r["a_url"], b_url=r["b_url"], note=r["note"],
                         origin="hunt"))
    with open(os.path.join(D, "syria-claim-sentence-heldout.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            f.write(json.dumps(dict(id=f"ho-{i:03d}", **r), ensure_ascii=False) + "\n")
    print(len(rows), "pairs")


if __name__ == "__main__":
    main()
