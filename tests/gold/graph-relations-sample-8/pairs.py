"""The stored relations read for this folder: sample 6's pairs.py (imported) on this folder's labels.

    sanad relations --store DIR --format jsonl > relations.jsonl
    python tests/gold/graph-relations-sample-8/pairs.py draw relations.jsonl > drawn.jsonl
    python tests/gold/graph-relations-sample-8/pairs.py todo [--drawn] relations.jsonl > todo.jsonl
    python tests/gold/graph-relations-sample-8/pairs.py join relations.jsonl > labelled.jsonl
    python tests/gold/graph-relations-sample-8/pairs.py score relations.jsonl

The same commands, draw (every stored contradiction, 50 independent supports drawn with random.Random(2030)),
blind output (texts, sources and dates only) and label sets as sample 6; labels.tsv and labelled.jsonl are
this folder's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels.tsv"
LABELLED = HERE / "labelled.jsonl"

_spec = importlib.util.spec_from_file_location("sample6_pairs", HERE.parent / "graph-relations-sample-6" / "pairs.py")
_sample6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sample6)

LABEL_SETS = _sample6.LABEL_SETS
SUPPORTS_DRAWN = _sample6.SUPPORTS_DRAWN
read_relations = _sample6.read_relations
draw = _sample6.draw
todo = _sample6.todo
score = _sample6.score
join = _sample6.join
blind = _sample6.blind


def read_labels(path: Path = LABELS) -> dict[str, dict]:
    return _sample6.read_labels(path)


if __name__ == "__main__":
    _sample6.main(HERE)
