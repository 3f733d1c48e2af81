"""Assemble the gold file from candidates.jsonl + labels.tsv (stratified, labelled by hand)
and manual_pairs.jsonl (contradiction hunt, found and labelled by hand).

    python tests/gold/relations/assemble.py
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    labels = {}
    for line in open(os.path.join(HERE, "labels.tsv"), encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        cand, gold, note = line.rstrip("\n").split("\t")
        labels[cand] = (gold, note)
    rows = []
    for line in open(os.path.join(HERE, "candidates.jsonl"), encoding="utf-8"):
        c = json.loads(line)
        gold, note = labels[c["cand"]]  # every candidate must be labelled
        if gold == "skip":
            continue
        rows.append(dict(a=c["a"], b=c["b"], gold=gold, a_article=c["a_article"], b_article=c["b_article"],
                         note=note, origin=c["stratum"]))
    for line in open(os.path.join(HERE, "manual_pairs.jsonl"), encoding="utf-8"):
        c = json.loads(line)
        rows.append(dict(a=c["a"], b=c["b"], gold=c["gold"], a_article=c["a_article"], b_article=c["b_article"],
                         note=c["note"], origin="hunt"))
    out = []
    for i, r in enumerate(rows, 1):
        out.append(dict(id=f"cs-{i:03d}", **r))
    ids = [r["id"] for r in out]
    rng = random.Random(7)
    rng.shuffle(ids)
    dev = set(ids[: len(ids) // 2])
    with open(os.path.join(HERE, "syria-claim-sentence.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            r["split"] = "dev" if r["id"] in dev else "test"
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "pairs")


if __name__ == "__main__":
    main()
