"""The stored relations read for this folder: sample 6's pairs.py (imported) on this folder's labels.

    sanad relations --store DIR --format jsonl > relations.jsonl
    python tests/gold/graph-relations-sample-10/pairs.py draw relations.jsonl > drawn.jsonl
    python tests/gold/graph-relations-sample-10/pairs.py todo [--drawn] relations.jsonl > todo.jsonl
    python tests/gold/graph-relations-sample-10/pairs.py join relations.jsonl > labelled.jsonl
    python tests/gold/graph-relations-sample-10/pairs.py score relations.jsonl

The same commands, blind output (texts, sources and dates only) and label sets as sample 6 (and sample 8); the
draw is every stored contradiction and 50 independent supports drawn with random.Random(2034), this sample's
seed; labels.tsv and labelled.jsonl are this folder's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels.tsv"
LABELLED = HERE / "labelled.jsonl"
SEED = 2034

_SAMPLE6 = HERE.parent / "graph-relations-sample-6" / "pairs.py"
_spec = importlib.util.spec_from_file_location("sample10_sample6_pairs", _SAMPLE6)
_sample6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sample6)
# This module holds its own copy of sample 6's module, so the new seed changes this sample's draw only.
_sample6.SEED = SEED
for _name in ("LABEL_SETS", "SUPPORTS_DRAWN", "read_relations", "draw", "todo", "score", "join", "blind"):
    globals()[_name] = getattr(_sample6, _name)


def read_labels(path: Path = LABELS) -> dict[str, dict]:
    return _sample6.read_labels(path)


if __name__ == "__main__":
    _sample6.main(HERE)
