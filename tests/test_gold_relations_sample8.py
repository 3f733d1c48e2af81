"""tests/gold/graph-relations-sample-8: sample 6's checks (imported) on this folder, plus what is particular to
it: the read pairs were drawn blind, the hunt is round 1 only, and its articles are none of sample 6's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SAMPLE6_TESTS = Path(__file__).with_name("test_gold_relations_sample6.py")
_spec = importlib.util.spec_from_file_location("sample6_checks", _SAMPLE6_TESTS)
sample6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample6)

HERE = sample6.GOLD / "graph-relations-sample-8"
DAYS = ("2015-08-09", "2015-08-10", "2015-08-11")
NEWS = sample6.NEWS


def test_labels_parse_and_use_the_label_sets():
    sample6.check_labels_parse_and_use_the_label_sets(HERE)


def test_every_stored_contradiction_and_the_drawn_supports_are_labelled():
    sample6.check_every_stored_contradiction_and_the_drawn_supports_are_labelled(HERE)


def test_labelled_file_is_the_join_of_labels_and_relations():
    sample6.check_labelled_file_is_the_join_of_labels_and_relations(HERE)


def test_todo_lists_only_unread_relations():
    sample6.check_todo_lists_only_unread_relations(HERE)


def test_hunted_conflicts_have_the_funnel_fields():
    sample6.check_hunted_conflicts_have_the_funnel_fields(HERE)
    # every pair was found before the store existed
    assert {r["round"] for r in sample6.jsonl(HERE, "hunt.jsonl")} == {1}


@pytest.mark.skipif(not NEWS.is_dir(), reason="../shared/data/news/saudinewsnet-2015 is not here")
def test_hunted_sides_are_in_the_articles_they_name():
    sample6.check_hunted_sides_are_in_the_articles_they_name(HERE, DAYS)


def test_score_counts_the_labels_of_the_drawn_pairs():
    sample6.check_score_counts_the_labels_of_the_drawn_pairs(HERE)


def test_drawn_file_is_the_blind_draw_of_the_stored_relations():
    sample6.check_drawn_file_is_the_blind_draw_of_the_stored_relations(HERE)


def test_todo_drawn_lists_a_new_version_s_unread_pairs_from_the_command_line(tmp_path):
    sample6.check_todo_drawn_lists_a_new_version_s_unread_pairs_from_the_command_line(HERE, tmp_path)


@pytest.mark.skipif(not NEWS.is_dir(), reason="../shared/data/news/saudinewsnet-2015 is not here")
def test_the_hunted_articles_are_none_of_sample_6s():
    hunted = {r[f"{side}_url"] for r in sample6.jsonl(HERE, "hunt.jsonl") for side in "ab"}
    picked6 = sample6.module(sample6.HERE, "pick_articles").pick(str(NEWS.parent))
    assert len(picked6) == 598  # sample 6's store, reproduced
    assert not hunted & {a["url"] for a in picked6}
    assert all(r[f"{side}_date"] in DAYS for r in sample6.jsonl(HERE, "hunt.jsonl") for side in "ab")
