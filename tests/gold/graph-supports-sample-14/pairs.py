"""Sample 14's reading of stored relations: sample 13's pair tools (sample 6's, in a fresh copy of its module made
by sample 13's loader), with this folder's seed, labels and joined file.

    sanad relations --store DIR --format jsonl > relations.jsonl
    python tests/gold/graph-supports-sample-14/pairs.py draw relations.jsonl > drawn.jsonl
    python tests/gold/graph-supports-sample-14/pairs.py score relations.jsonl

`draw` lists every stored contradiction and up to 50 supports between independent sources, random.Random(2072),
blind (texts, sources and dates only)."""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 2072
LABELS, LABELLED = HERE / "labels.tsv", HERE / "labelled.jsonl"

# A fresh module object each run (sample 13's loader), so that sample 13's own copy keeps its seed.
_pairs = runpy.run_path(str(HERE.parent / "graph-relations-sample-13" / "pairs.py"))["_pairs_module"]()
_pairs.SEED = SEED
LABEL_SETS, SUPPORTS_DRAWN = _pairs.LABEL_SETS, _pairs.SUPPORTS_DRAWN
read_relations, draw, todo, score, join, blind = (_pairs.read_relations, _pairs.draw, _pairs.todo, _pairs.score,
                                                  _pairs.join, _pairs.blind)


def read_labels(path: Path = LABELS) -> dict[str, dict]:
    return _pairs.read_labels(path)


if __name__ == "__main__":
    _pairs.main(HERE)
