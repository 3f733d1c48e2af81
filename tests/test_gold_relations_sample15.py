"""tests/gold/graph-relations-sample-15: sample 6's checks (imported) on this folder (labels, draw, todo, joined file,
score, the picker skipping the gold folders written after it; there is no hunt here), plus its own: the draw shows
each claim's polarity and nothing of the model's, and uses this sample's seed in its own copy of sample 6's module.
The pick itself is not re-run (it needs ../shared and minutes); every check here runs without ../shared."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SAMPLE6_TESTS = Path(__file__).with_name("test_gold_relations_sample6.py")
_spec = importlib.util.spec_from_file_location("sample6_checks_for_15", _SAMPLE6_TESTS)
sample6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample6)

HERE = sample6.GOLD / "graph-relations-sample-15"


# Sample 6's checks that take only the folder and need no stored contradiction (main stored none on these
# articles): the hunt's (no hunt here), the score's and the command line's (both build on a stored contradiction)
# are left out; the score is checked below.
CHECKS = ("check_labels_parse_and_use_the_label_sets",
          "check_every_stored_contradiction_and_the_drawn_supports_are_labelled",
          "check_labelled_file_is_the_join_of_labels_and_relations", "check_todo_lists_only_unread_relations",
          "check_gold_folders_written_later_are_skipped_by_the_pick",
          "check_drawn_file_is_the_blind_draw_of_the_stored_relations")


@pytest.mark.parametrize("check", CHECKS)
def test_sample6_checks(check):
    getattr(sample6, check)(HERE)


def test_every_stored_pair_it_reads_was_drawn_and_labelled():
    """Fewer than 50 independent supports were stored, so the draw is all of them (and every contradiction)."""
    pairs = sample6.module(HERE, "pairs")
    rels = pairs.read_relations(HERE / "relations.jsonl")
    read = [r for r in rels if pairs._pairs.read(r)]
    assert [r["key"] for r in pairs.draw(rels)] == [r["key"] for r in read if r["relation"] == "contradicts"] + \
        [r["key"] for r in read if r["relation"] == "supports"]
    assert {r["key"] for r in read} <= set(pairs.read_labels())


def test_score_counts_the_labels_and_an_unread_pair_as_unlabelled():
    pairs = sample6.module(HERE, "pairs")
    rels = pairs.read_relations(HERE / "relations.jsonl")
    labels, labelled = pairs.read_labels(), sample6.jsonl(HERE, "labelled.jsonl")
    scores = pairs.score(rels, labels, labelled)
    for relation, row in scores.items():
        tally = [lab["label"] for lab in labels.values() if lab["relation"] == relation]
        assert row["unlabelled"] == 0 and row["drawn"] == len(tally)
        assert all(row[name] == tally.count(name) for name in pairs.LABEL_SETS[relation])
        assert row["precision"] == (round(tally.count("correct") / len(tally), 2) if tally else None)
    # a contradiction a later version stores with texts no one read is counted as unlabelled, not right or wrong
    unread = {**rels[0], "key": "unread", "relation": "contradicts", "a": {**rels[0]["a"], "text": "نص لم يقرأ"}}
    row = pairs.score([unread], labels, labelled)["contradicts"]
    assert (row["drawn"], row["unlabelled"], row["precision"]) == (1, 1, None)


def test_every_labelled_key_is_a_stored_relation():
    sample6.labels_are_of_stored_relations(HERE)


def test_the_draw_shows_each_claims_polarity():
    """A denied claim reads "SOURCE denies TEXT": the reader saw each side's polarity, as stored."""
    pairs = sample6.module(HERE, "pairs")
    by_key = {r["key"]: r for r in pairs.read_relations(HERE / "relations.jsonl")}
    for row in sample6.jsonl(HERE, "drawn.jsonl"):
        for side in "ab":
            assert row[f"{side}_polarity"] == by_key[row["key"]][side]["polarity"]


def test_the_draw_uses_this_samples_seed_in_its_own_copy():
    pairs = sample6.module(HERE, "pairs")
    assert pairs.SEED == pairs._pairs.SEED == 2082
    assert sample6.module(sample6.GOLD / "graph-supports-sample-14", "pairs").SEED == 2072
    assert sample6.module(sample6.GOLD / "graph-relations-sample-13", "pairs").SEED == 2062
