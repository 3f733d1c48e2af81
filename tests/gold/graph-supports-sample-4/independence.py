"""Independent corroborations of a related store, by the rule before speakers (the two statements share no
source key) and by kg.speakers (no speaker and no body a speaker speaks for in common). Relations do not
depend on speakers, only their `independent` flag, so the store's stored relations are recounted, not
recomputed (relate it first: `python -c "from kg.ingest import relate_store; ..."` or `sanad ingest`).

    python tests/gold/graph-supports-sample-4/independence.py STORE supports.jsonl

prints the counts; supports.jsonl gets every stored support with both flags and the texts (to join labels)."""
import json, sys
from kg.repository import Repository
from kg.speakers import resolve_claims, independent
from kg.store import open_store
repo = Repository(open_store(sys.argv[1], read_only=True))
claims = repo.all_claims()
src = {c["key"]: c["source"]["key"] for c in claims}
res = resolve_claims(claims)
_, members = repo._reprints()
def keys(k):
    return {src[m] for m in [k] + members.get(k, []) if m in src}
counts = {}
with open(sys.argv[2], "w") as f:
    for r in repo.relations():
        a, b = r["a"], r["b"]
        old = not keys(a["key"]) & keys(b["key"])
        new = independent(keys(a["key"]), keys(b["key"]), res)
        kind = r["relation"]
        counts[kind] = counts.get(kind, 0) + 1
        counts[kind + "_independent_old"] = counts.get(kind + "_independent_old", 0) + old
        counts[kind + "_independent_new"] = counts.get(kind + "_independent_new", 0) + new
        if kind == "supports":
            f.write(json.dumps({"key": r["key"], "old": old, "new": new, "a_text": a["text"], "b_text": b["text"],
                                "a_source": a["source"]["name"], "b_source": b["source"]["name"]}, ensure_ascii=False) + "\n")
print(json.dumps(counts))
