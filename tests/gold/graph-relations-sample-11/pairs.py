"""Sample 11's reading of stored relations: sample 6's pair tools (its pairs.py, loaded as this folder's own copy)
with this folder's seed, labels and joined file.

    sanad relations --store DIR --format jsonl > relations.jsonl
    python tests/gold/graph-relations-sample-11/pairs.py draw relations.jsonl > drawn.jsonl
    python tests/gold/graph-relations-sample-11/pairs.py todo [--drawn] relations.jsonl > todo.jsonl
    python tests/gold/graph-relations-sample-11/pairs.py join relations.jsonl > labelled.jsonl
    python tests/gold/graph-relations-sample-11/pairs.py score relations.jsonl

`draw` lists every stored contradiction and up to 50 supports between independent sources, random.Random(2042);
its output is blind (texts, sources and dates only); the label sets are samples 6, 8 and 10's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 2042
LABELS, LABELLED = HERE / "labels.tsv", HERE / "labelled.jsonl"


def _own_copy_of_sample6_pairs():
    """A fresh module object of sample 6's pairs.py: setting the seed on it leaves sample 6 (and 10) untouched."""
    spec = importlib.util.spec_from_file_location("sample11_sample6_pairs",
                                                  HERE.parent / "graph-relations-sample-6" / "pairs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.SEED = SEED
    return module


_sample6 = _own_copy_of_sample6_pairs()
LABEL_SETS, SUPPORTS_DRAWN = _sample6.LABEL_SETS, _sample6.SUPPORTS_DRAWN
read_relations, draw, todo, score, join, blind = (_sample6.read_relations, _sample6.draw, _sample6.todo,
                                                  _sample6.score, _sample6.join, _sample6.blind)


def read_labels(path: Path = LABELS) -> dict[str, dict]:
    return _sample6.read_labels(path)


if __name__ == "__main__":
    _sample6.main(HERE)
