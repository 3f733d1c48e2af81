"""Validate syria-claim-sentence-heldout.jsonl.

Checks: valid JSON per line with the expected fields, unique ids, valid labels and origins, a != b,
different articles, a occurs in its article (or is an extractor claim of it), b occurs in its
article, both urls are in the selected corpus and none is among the 449 urls of the first set.

    python tests/gold/relations-heldout/check.py --claims /tmp/claims-held.jsonl --corpus /tmp/syria-heldout.jsonl
"""
import argparse
import collections
import json
import os
import sys

from select_articles import first_urls, load_all  # beside this file

D = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"id", "a", "b", "gold", "a_url", "b_url", "note", "origin"}


def load_articles(corpus):
    if corpus and os.path.exists(corpus):
        return {r["url"]: r for r in map(json.loads, open(corpus, encoding="utf-8"))}
    arts = {}
    for r in load_all():
        arts.setdefault(r["url"], r)
    return arts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=os.path.join(D, "syria-claim-sentence-heldout.jsonl"))
    ap.add_argument("--claims", default="/tmp/claims-held.jsonl")
    ap.add_argument("--corpus", default="/tmp/syria-heldout.jsonl")
    args = ap.parse_args()
    first = first_urls()
    arts = load_articles(args.corpus)
    claims = set()
    if os.path.exists(args.claims):
        claims = {json.loads(l)["text"] for l in open(args.claims, encoding="utf-8")}
    errs, ids, n = [], set(), collections.Counter()
    for k, line in enumerate(open(args.gold, encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"line {k}: bad json {e}")
            continue
        if set(r) != FIELDS:
            errs.append(f"line {k}: fields {sorted(r)}")
            continue
        i = r["id"]
        if i in ids:
            errs.append(f"{i}: duplicate id")
        ids.add(i)
        if r["gold"] not in {"contradicts", "supports", "unrelated"}:
            errs.append(f"{i}: label {r['gold']}")
        if r["origin"] not in {"copy", "high", "med", "low", "hunt"}:
            errs.append(f"{i}: origin {r['origin']}")
        if r["a"].strip() == r["b"].strip():
            errs.append(f"{i}: a == b")
        if r["a_url"] == r["b_url"]:
            errs.append(f"{i}: same article")
        for side in ("a_url", "b_url"):
            if r[side] in first:
                errs.append(f"{i}: {side} is among the first set's 449")
            if r[side] not in arts:
                errs.append(f"{i}: {side} not found")
        ra, rb = arts.get(r["a_url"]), arts.get(r["b_url"])
        if ra and not (r["a"] in ra["content"] or r["a"] in (ra.get("title") or "") or r["a"] in claims):
            errs.append(f"{i}: a not in its article nor in the extractor output")
        if rb and r["b"] not in rb["content"]:
            errs.append(f"{i}: b not in its article")
        nb = len(r["b"].split())
        if not 10 <= nb <= 60:
            errs.append(f"{i}: b has {nb} words")
        n[(r["origin"], r["gold"])] += 1
    for e in errs:
        print("ERROR", e)
    labs = collections.Counter()
    for (o, g), c in sorted(n.items()):
        labs[g] += c
        print(f"{o:6s} {g:12s} {c}")
    print(dict(labs), "total", sum(labs.values()))
    print("OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
