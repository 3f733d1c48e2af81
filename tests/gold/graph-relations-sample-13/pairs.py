"""Sample 13's reading of stored relations: sample 6's pair tools, in this folder's own copy of its module (made by
sample 12's loader), with this folder's seed, labels and joined file.

    sanad relations --store DIR --format jsonl > relations.jsonl
    python tests/gold/graph-relations-sample-13/pairs.py draw relations.jsonl > drawn.jsonl
    python tests/gold/graph-relations-sample-13/pairs.py todo [--drawn] relations.jsonl > todo.jsonl
    python tests/gold/graph-relations-sample-13/pairs.py join relations.jsonl > labelled.jsonl
    python tests/gold/graph-relations-sample-13/pairs.py score relations.jsonl

`draw` lists every stored contradiction and up to 50 supports between independent sources, random.Random(2062),
blind (texts, sources and dates only); the label sets are samples 6, 8, 10, 11 and 12's."""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 2062
LABELS, LABELLED = HERE / "labels.tsv", HERE / "labelled.jsonl"


def _pairs_module():
    """Sample 12's pairs.py, run from its file, makes a fresh module object of sample 6's pairs.py each time it
    runs; this one gets this folder's seed, so sample 6's and sample 12's own copies keep theirs."""
    module = runpy.run_path(str(HERE.parent / "graph-relations-sample-12" / "pairs.py"))["_sample6"]
    module.SEED = SEED
    return module


_pairs = _pairs_module()
LABEL_SETS, SUPPORTS_DRAWN = _pairs.LABEL_SETS, _pairs.SUPPORTS_DRAWN
read_relations, draw, todo, score, join, blind = (_pairs.read_relations, _pairs.draw, _pairs.todo, _pairs.score,
                                                  _pairs.join, _pairs.blind)


def read_labels(path: Path = LABELS) -> dict[str, dict]:
    return _pairs.read_labels(path)


if __name__ == "__main__":
    _pairs.main(HERE)
