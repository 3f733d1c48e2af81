"""Check syria-claim-sentence.jsonl: valid JSON lines, unique ids, labels, a != b,
texts occur in the corpus (or in the extractor output when given), split field.

    python tests/gold/relations/check.py [--claims /tmp/claims.jsonl]
"""
import argparse
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get("SANAD_SNN_SYRIA", os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "news", "saudinewsnet-syria-2015.jsonl"))
LABELS = {"contradicts", "supports", "unrelated"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default=os.path.join(HERE, "syria-claim-sentence.jsonl"))
    ap.add_argument("--claims", default=None)
    args = ap.parse_args()
    corpus = [json.loads(l) for l in open(CORPUS, encoding="utf-8")]
    claims = set()
    if args.claims and os.path.exists(args.claims):
        claims = {json.loads(l)["text"] for l in open(args.claims, encoding="utf-8")}
    errors = []
    ids = set()
    counts = collections.Counter()
    for n, line in enumerate(open(args.file, encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON {e}")
            continue
        for k in ("id", "a", "b", "gold", "a_article", "b_article", "note", "split"):
            if k not in r:
                errors.append(f"line {n}: missing {k}")
        if r["id"] in ids:
            errors.append(f"line {n}: duplicate id {r['id']}")
        ids.add(r["id"])
        if r["gold"] not in LABELS:
            errors.append(f"{r['id']}: bad label {r['gold']}")
        if r["split"] not in ("dev", "test"):
            errors.append(f"{r['id']}: bad split")
        if r["a"].strip() == r["b"].strip():
            errors.append(f"{r['id']}: a == b")
        if r["a_article"] == r["b_article"]:
            errors.append(f"{r['id']}: a and b from the same article")
        if r["a"] not in corpus[r["a_article"]]["content"] and r["a"] not in claims:
            errors.append(f"{r['id']}: a not in article {r['a_article']} nor in extractor output")
        if r["b"] not in corpus[r["b_article"]]["content"]:
            errors.append(f"{r['id']}: b not in article {r['b_article']}")
        counts[(r["gold"], r["split"])] += 1
    for e in errors:
        print("ERROR", e)
    tot = collections.Counter()
    for (g, s), c in sorted(counts.items()):
        tot[g] += c
        print(f"{g:12s} {s:5s} {c}")
    print("total", dict(tot), sum(tot.values()))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
