"""The stored relations read for this folder: what to read, what is still unread, and the labels joined back.

    sanad relations --store DIR --format jsonl > relations.jsonl
    python tests/gold/graph-relations-sample-6/pairs.py draw relations.jsonl > drawn.jsonl
    python tests/gold/graph-relations-sample-6/pairs.py todo relations.jsonl > todo.jsonl
    python tests/gold/graph-relations-sample-6/pairs.py join relations.jsonl > labelled.jsonl
    python tests/gold/graph-relations-sample-6/pairs.py score relations.jsonl

`draw`: every stored contradiction and 50 supports between independent sources drawn with random.Random(2030)
(from the independent supports sorted by key). `todo`: the stored contradictions and independent supports of a
relations.jsonl that labels.tsv does not cover yet (for relabelling another version's relations on the same
claims); a pair counts as labelled by its key or by its two texts (either order) under the same relation in
labelled.jsonl. `todo --drawn` limits that to what `draw` picks from the file (all contradictions, 50 supports),
the pairs to read for `score`. Both print texts, sources and dates only (never `why` or `confidence`), so a
label is written before any score is seen. `join`: every relation of the file whose key carries a label, with the
label, reason and what the model said. `score`: label counts and precision of the drawn pairs, labels found by
key or by texts, and how many drawn pairs are still unlabelled."""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels.tsv"
LABELLED = HERE / "labelled.jsonl"
SUPPORTS_DRAWN = 50
SEED = 2030
LABEL_SETS = {"contradicts": {"correct", "doubt", "wrong"}, "supports": {"correct", "detail", "wrong"}}


def _sample4():
    spec = importlib.util.spec_from_file_location("sample4_sample", HERE.parent / "graph-supports-sample-4" / "sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_relations(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return sorted((json.loads(line) for line in fh if line.strip()), key=lambda r: r["key"])


def read_labels(path: Path = LABELS) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        return {row["key"]: row for row in csv.DictReader(fh, delimiter="\t")}


def text_pair(a_text: str, b_text: str) -> frozenset[str]:
    return frozenset((a_text, b_text))


def read(r: dict) -> bool:
    """A relation this folder reads: a contradiction, or a support between independent sources."""
    return r["relation"] == "contradicts" or (r["relation"] == "supports" and bool(r.get("independent")))


def blind(r: dict, n: int) -> dict:
    side = _sample4()._side
    return {"n": n, "key": r["key"], "relation": r["relation"], **side(r, "a"), **side(r, "b")}


def draw(rels: list[dict]) -> list[dict]:
    contradicts = [r for r in rels if r["relation"] == "contradicts"]
    supports = [r for r in rels if r["relation"] == "supports" and r.get("independent")]
    picked = sorted(random.Random(SEED).sample(supports, min(SUPPORTS_DRAWN, len(supports))), key=lambda r: r["key"])
    return contradicts + picked


def label_of(r: dict, labels: dict[str, dict], labelled: list[dict]) -> str | None:
    """The label of a stored relation: by its key, else by its two texts under the same relation."""
    if r["key"] in labels:
        return labels[r["key"]]["label"]
    pair = text_pair(r["a"]["text"], r["b"]["text"])
    for x in labelled:
        if x["relation"] == r["relation"] and text_pair(x["a_text"], x["b_text"]) == pair:
            return x["label"]
    return None


def todo(rels: list[dict], labels: dict[str, dict], labelled: list[dict], drawn: bool = False) -> list[dict]:
    pool = draw(rels) if drawn else [r for r in rels if read(r)]
    return [r for r in pool if label_of(r, labels, labelled) is None]


def score(rels: list[dict], labels: dict[str, dict], labelled: list[dict]) -> dict[str, dict]:
    """Per relation: stored (contradictions, independent supports), drawn, label counts, unlabelled, precision
    (correct over labelled drawn pairs)."""
    out = {}
    for relation in ("contradicts", "supports"):
        stored = [r for r in rels if r["relation"] == relation and read(r)]
        drawn = [r for r in draw(rels) if r["relation"] == relation]
        counts = {name: 0 for name in sorted(LABEL_SETS[relation])}
        unlabelled = 0
        for r in drawn:
            label = label_of(r, labels, labelled)
            if label is None:
                unlabelled += 1
            else:
                counts[label] += 1
        read_n = len(drawn) - unlabelled
        out[relation] = {"stored": len(stored), "drawn": len(drawn), **counts, "unlabelled": unlabelled,
                         "precision": round(counts["correct"] / read_n, 2) if read_n else None}
    return out


def join(rels: list[dict], labels: dict[str, dict]) -> list[dict]:
    side = _sample4()._side
    out = []
    for r in rels:
        lab = labels.get(r["key"])
        if lab is None:
            continue
        out.append({"key": r["key"], "relation": r["relation"], "label": lab["label"], "reason": lab["reason"],
                    "independent": r.get("independent"), "confidence": r["confidence"], "why": r["why"],
                    "method": r["method"], **side(r, "a"), **side(r, "b")})
    return out


def main(folder: Path = HERE) -> None:
    """The command line; a later sample passes its folder (its labels.tsv and labelled.jsonl)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("draw", "todo", "join", "score"))
    ap.add_argument("relations")
    ap.add_argument("--drawn", action="store_true", help="todo: only the pairs `draw` picks")
    args = ap.parse_args()
    rels = read_relations(args.relations)
    labels_path, labelled_path = folder / LABELS.name, folder / LABELLED.name
    labels = read_labels(labels_path) if labels_path.exists() else {}
    labelled = [json.loads(line) for line in labelled_path.read_text(encoding="utf-8").splitlines()] \
        if labelled_path.exists() else []
    if args.command == "draw":
        rows = [blind(r, n) for n, r in enumerate(draw(rels), 1)]
    elif args.command == "todo":
        rows = [blind(r, n) for n, r in enumerate(todo(rels, labels, labelled, args.drawn), 1)]
    elif args.command == "score":
        rows = [{"relation": k, **v} for k, v in score(rels, labels, labelled).items()]
    else:
        rows = join(rels, labels)
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
