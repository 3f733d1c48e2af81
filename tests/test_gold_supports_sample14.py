"""tests/gold/graph-supports-sample-14: sample 6's checks (imported) on this folder's labels: the file is well
formed (unique keys, labels of the label sets, a reason each), every labelled key is a stored relation of
`relations.jsonl` with the relation it names, every stored contradiction and the drawn supports are labelled, and
`labelled.jsonl` is their join.
The pick itself is not re-run (it needs ../shared, absent in CI)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SAMPLE6_TESTS = Path(__file__).with_name("test_gold_relations_sample6.py")
_spec = importlib.util.spec_from_file_location("sample6_checks_for_14", _SAMPLE6_TESTS)
sample6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample6)

HERE = sample6.GOLD / "graph-supports-sample-14"


def test_labels_parse_and_use_the_label_sets():
    sample6.check_labels_parse_and_use_the_label_sets(HERE)


def test_every_stored_contradiction_and_the_drawn_supports_are_labelled():
    sample6.check_every_stored_contradiction_and_the_drawn_supports_are_labelled(HERE)


def test_every_labelled_key_is_a_stored_relation():
    sample6.labels_are_of_stored_relations(HERE)


def test_the_draw_uses_this_samples_seed_in_its_own_copy():
    pairs = sample6.module(HERE, "pairs")
    assert pairs.SEED == pairs._pairs.SEED == 2072
    assert sample6.module(sample6.GOLD / "graph-relations-sample-13", "pairs").SEED == 2062


def test_labelled_file_is_the_join_of_labels_and_relations():
    sample6.check_labelled_file_is_the_join_of_labels_and_relations(HERE)
