"""Rows for a learned contradiction judge: every candidate pair of statements of one store, with features
(training.pair_features), the current verdict, whether the store holds it as a contradiction, and a label.

    python -m training.judge_data --sample 10 --store DIR/store --articles fresh10.jsonl \
        --relations rel10.jsonl --out DIR/judge-10          # writes judge-10.jsonl and judge-10.npz

`--sample` names the gold folder (6, 8, 10-13: tests/gold/graph-relations-sample-N; corp: the corpus' samples 3, 5,
7 and tests/gold/relations/syria-claim-sentence.jsonl). `--articles`: the articles file whose line numbers the hunted
pairs give (for corp, the SaudiNewsNet Syria file). `--relations`: `sanad relations --format jsonl` of the store.

Label: 1 = a contradiction labelled correct, or a claim pair matching a hunted conflict (tests/gold: `hunt.jsonl`);
0 = labelled wrong; None = doubt; a candidate with neither = 0 with `assumed` (most candidates are no conflict, a few
are unknown real ones). Matched hunted pairs no channel pairs are added with channel "none" and `hunted_only`.
The npz holds, in row order, each pair's encoder vectors as u⊙v and |u−v| (float16)."""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"


def gold_files(sample: str) -> tuple[list[Path], Path]:
    """(label files, hunted pairs file) of a sample."""
    if sample == "corp":
        return ([GOLD / "graph-contradictions-sample-3" / "contradicts.jsonl",
                 GOLD / "graph-contradictions-sample-5" / "labels.tsv",
                 GOLD / "graph-contradictions-sample-7" / "labels.tsv"],
                GOLD / "relations" / "syria-claim-sentence.jsonl")
    folder = GOLD / f"graph-relations-sample-{sample}"
    return [folder / "labels.tsv"], folder / "hunt.jsonl"


def read_labels(files: list[Path]) -> dict[str, str]:
    """Relation key → correct / doubt / wrong (a later file wins)."""
    out: dict[str, str] = {}
    for f in files:
        if f.suffix == ".jsonl":
            rows = [json.loads(line) for line in open(f, encoding="utf-8")]
        else:
            rows = list(csv.DictReader(open(f, encoding="utf-8"), delimiter="\t"))
        for r in rows:
            if r.get("relation", "contradicts") == "contradicts" and r.get("label") in ("correct", "doubt", "wrong"):
                out[r["key"]] = r["label"]
    return out


def read_hunted(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    return [r for r in rows if r.get("gold", "contradicts") == "contradicts"]


def contradiction_key(a: dict, b: dict) -> str:
    """The key a stored contradiction of two claims has (kg.model.ClaimRelation.key)."""
    from kg.model import short_hash
    x, y = sorted([a["key"], b["key"]])
    return short_hash("relation", x, y, "contradicts")


def build(sample: str, store: str, articles: str, relations: str) -> tuple[list[dict], np.ndarray, Counter]:
    from kg.ingest import CONFLICT_CHANNELS, MIN_CONFIDENCE
    from kg.relate import model
    from kg.relate.one_article import statements_conflict
    from training.pair_features import pair_features
    from training.graph_pairs import StorePairs, read_articles

    sp = StorePairs(store)
    claims, canon = sp.claims, sp.canon
    label_files, hunt_file = gold_files(sample)
    labels = read_labels(label_files)
    stored = {r["key"] for r in map(json.loads, open(relations, encoding="utf-8")) if r["relation"] == "contradicts"}
    stats: Counter = Counter(labels=len(labels), stored=len(stored))

    # hunted conflicts → the statement pairs their matched claims make
    hunted: dict[tuple[int, int], list[str]] = {}
    arts = read_articles(articles)
    keys, urls = [x.key for x in arts], {x.key: x.url for x in arts}
    for h in read_hunted(hunt_file):
        side_a, side_b = sp.hunted_sides(h, keys)
        stats["hunted"] += 1
        stats["hunted extracted"] += bool(side_a and side_b)
        for x in side_a:
            for y in side_b:
                pair = sp.pair_of(x, y)
                if pair is not None:
                    hunted.setdefault(pair, []).append(h["id"])

    pairs = dict(sp.channel)
    for pair in hunted:
        pairs.setdefault(pair, "none")
    partners: Counter = Counter()
    for i, j in sp.channel:
        partners[i] += 1
        partners[j] += 1

    order = sorted(pairs)
    m = model()
    probs = np.zeros((len(order), len(m.labels)))
    rels: list = [None] * len(order)
    for s in range(0, len(order), 4096):
        chunk = order[s:s + 4096]
        r, p = m.predict_with_probabilities([(sp.items[i][1], sp.items[j][1]) for i, j in chunk], explain_all=False,
                                            graph=True)
        probs[s:s + len(chunk)] = p
        rels[s:s + len(chunk)] = r

    rows, vec_rows = [], []
    for n, (i, j) in enumerate(order):
        ch = pairs[(i, j)]
        a, b = claims[canon[i]], claims[canon[j]]
        cos = sp.cos(i, j)
        if ch == "article":
            verdict = statements_conflict(claims, sp.statements[i].members, sp.statements[j].members)
        elif ch in CONFLICT_CHANNELS:
            verdict = sp.checks.verdict(i, j, None, cos)
        else:  # blocks, meaning, and a hunted pair no channel found judged as the meaning channel would
            verdict = sp.checks.verdict(i, j, rels[n], cos) or rels[n]
        contra = verdict is not None and verdict.relation == "contradicts"
        key = contradiction_key(a, b)
        same_author = a["article"] == b["article"] and a["source"]["key"] == b["source"]["key"]
        oa, ob = sp.outlets.get(a["article"]), sp.outlets.get(b["article"])
        feats = pair_features(
            sp.items[i][1], sp.items[j][1], a, b, cos=cos, probs=dict(zip(m.labels, map(float, probs[n]))),
            channel=ch, independent=sp.checks.independent(i, j, False),
            same_outlet=None if oa is None or ob is None else oa == ob, partners=(partners[i], partners[j]),
            verdict_contradicts=contra, verdict_confidence=verdict.confidence if contra else 0.0,
            method=verdict.method if verdict is not None else None)
        gold = labels.get(key)
        label = {"correct": 1, "wrong": 0, "doubt": None}.get(gold, 1 if (i, j) in hunted else 0)
        if gold is None and (i, j) in hunted:
            gold = "hunted"
        rows.append({
            "sample": sample, "a": a["key"], "b": b["key"], "key": key, "channel": ch,
            "verdict": verdict.relation if verdict is not None else None,
            "confidence": round(verdict.confidence, 3) if verdict is not None else None,
            "method": verdict.method if verdict is not None else None,
            "why_kind": (verdict.why.split(" (")[0].split(":")[0][:60] if verdict is not None else None),
            "judged": contra and verdict.confidence >= MIN_CONFIDENCE, "stored": key in stored,
            "skipped": same_author,  # relating never judges one source's two statements in one article
            "label": label, "gold": gold, "assumed": gold is None, "hunted": hunted.get((i, j), []),
            "hunted_only": ch == "none", "features": feats,
            "texts": {side: {"text": c["text"], "source": c["source"].get("name_ar") or c["source"].get("label"),
                             "date": c.get("date"), "article": c["article_key"], "title": c.get("article_title"),
                             "url": urls.get(c["article_key"])} for side, c in (("a", a), ("b", b))},
        })
        u, v = sp.vecs[canon[i]], sp.vecs[canon[j]]
        vec_rows.append(np.concatenate([u * v, np.abs(u - v)]).astype(np.float16))
    found = {r["key"] for r in rows}
    stats.update(rows=len(rows), candidates=len(sp.channel), hunted_pairs=len(hunted),
                 hunted_only=sum(r["hunted_only"] for r in rows),
                 labels_found=sum(k in found for k in labels), stored_found=sum(k in found for k in stored),
                 assumed0=sum(r["assumed"] and not r["skipped"] for r in rows))
    return rows, np.stack(vec_rows) if vec_rows else np.zeros((0, 0), np.float16), stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", required=True, help="6, 8, 10, 11, 12, 13 or corp")
    ap.add_argument("--store", required=True)
    ap.add_argument("--articles", required=True, help="the articles file the hunted pairs' line numbers index")
    ap.add_argument("--relations", required=True, help="`sanad relations --format jsonl` of the store")
    ap.add_argument("--out", required=True, help="path without suffix: writes OUT.jsonl and OUT.npz")
    args = ap.parse_args()
    rows, vecs, stats = build(args.sample, args.store, args.articles, args.relations)
    with open(args.out + ".jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    np.savez_compressed(args.out + ".npz", vecs=vecs)
    print(json.dumps({"sample": args.sample, **stats}, ensure_ascii=False))


if __name__ == "__main__":
    main()
