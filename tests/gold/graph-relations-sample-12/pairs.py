"""Sample 12's reading of stored relations: sample 6's pair tools, in this folder's own copy of its module, with
this folder's seed, labels and joined file.

    sanad relations --store DIR --format jsonl > relations.jsonl
    python tests/gold/graph-relations-sample-12/pairs.py draw relations.jsonl > drawn.jsonl
    python tests/gold/graph-relations-sample-12/pairs.py todo [--drawn] relations.jsonl > todo.jsonl
    python tests/gold/graph-relations-sample-12/pairs.py join relations.jsonl > labelled.jsonl
    python tests/gold/graph-relations-sample-12/pairs.py score relations.jsonl

`draw` lists every stored contradiction and up to 50 supports between independent sources, random.Random(2052),
blind (texts, sources and dates only); the label sets are samples 6, 8, 10 and 11's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 2052
LABELS, LABELLED = HERE / "labels.tsv", HERE / "labelled.jsonl"

# A module object of its own: setting the seed on it leaves sample 6's (and the samples that load it) untouched.
_spec = importlib.util.spec_from_file_location("sample12_sample6_pairs",
                                               HERE.parent / "graph-relations-sample-6" / "pairs.py")
_sample6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sample6)
_sample6.SEED = SEED


def __getattr__(name: str):
    """draw, todo, score, join, blind, read_relations, LABEL_SETS, ...: sample 6's, from this folder's copy."""
    return getattr(_sample6, name)


def read_labels(path: Path = LABELS) -> dict[str, dict]:
    return _sample6.read_labels(path)


if __name__ == "__main__":
    _sample6.main(HERE)
