"""Sample 15's reading of stored relations: sample 14's pair tools (sample 6's, in a fresh copy of its module made
through sample 14's and 13's files), with this folder's seed, labels and joined file, and each claim's polarity
shown with its text.

    sanad relations --store DIR --format jsonl > relations.jsonl
    python tests/gold/graph-relations-sample-15/pairs.py draw relations.jsonl > drawn.jsonl
    python tests/gold/graph-relations-sample-15/pairs.py join relations.jsonl > labelled.jsonl
    python tests/gold/graph-relations-sample-15/pairs.py score relations.jsonl

`draw` lists every stored contradiction and up to 50 supports between independent sources, random.Random(2082),
blind (texts, sources, polarity and dates only)."""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 2082
LABELS, LABELLED = HERE / "labels.tsv", HERE / "labelled.jsonl"

# Sample 14's pairs.py, run from its file, makes a fresh copy of sample 6's module (by sample 13's loader) each time:
# this copy gets this folder's seed, so the earlier samples' own copies keep theirs.
_pairs = runpy.run_path(str(HERE.parent / "graph-supports-sample-14" / "pairs.py"))["_pairs"]
_pairs.SEED = SEED
_blind, _join = _pairs.blind, _pairs.join


def _polarity(r: dict) -> dict:
    """A denied claim reads "SOURCE denies TEXT": a contradiction cannot be judged without it."""
    return {f"{s}_polarity": r[s].get("polarity") for s in ("a", "b")}


def blind(r: dict, n: int) -> dict:
    return {**_blind(r, n), **_polarity(r)}


def join(rels: list[dict], labels: dict[str, dict]) -> list[dict]:
    by_key = {r["key"]: r for r in rels}
    return [{**row, **_polarity(by_key[row["key"]])} for row in _join(rels, labels)]


# This copy's main() prints through these.
_pairs.blind, _pairs.join = blind, join
LABEL_SETS, SUPPORTS_DRAWN = _pairs.LABEL_SETS, _pairs.SUPPORTS_DRAWN
read_relations, draw, todo, score = _pairs.read_relations, _pairs.draw, _pairs.todo, _pairs.score


def read_labels(path: Path = LABELS) -> dict[str, dict]:
    return _pairs.read_labels(path)


if __name__ == "__main__":
    _pairs.main(HERE)
