"""tests/gold/graph-relations-sample-10: sample 6's checks (imported) on this folder, plus what is particular to
it: the read pairs were drawn blind with this sample's seed, the hunt is round 1 only, and its articles are none
of sample 6's or sample 8's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SAMPLE6_TESTS = Path(__file__).with_name("test_gold_relations_sample6.py")
_spec = importlib.util.spec_from_file_location("sample6_checks_for_10", _SAMPLE6_TESTS)
sample6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample6)

HERE = sample6.GOLD / "graph-relations-sample-10"
DAYS = ("2015-08-01", "2015-08-02", "2015-08-03", "2015-08-04")
NEWS = sample6.NEWS
needs_news = pytest.mark.skipif(not NEWS.is_dir(), reason="../shared/data/news/saudinewsnet-2015 is not here")


@pytest.mark.parametrize("check", ["check_labels_parse_and_use_the_label_sets",
                                   "check_every_stored_contradiction_and_the_drawn_supports_are_labelled",
                                   "check_labelled_file_is_the_join_of_labels_and_relations",
                                   "check_todo_lists_only_unread_relations",
                                   "check_score_counts_the_labels_of_the_drawn_pairs"])
def test_sample6_checks(check):
    getattr(sample6, check)(HERE)


def test_hunted_conflicts_have_the_funnel_fields():
    sample6.check_hunted_conflicts_have_the_funnel_fields(HERE)
    # every pair was found before the store existed
    assert {r["round"] for r in sample6.jsonl(HERE, "hunt.jsonl")} == {1}


@needs_news
def test_hunted_sides_are_in_the_articles_they_name():
    sample6.check_hunted_sides_are_in_the_articles_they_name(HERE, DAYS)


def test_drawn_file_is_the_blind_draw_with_this_samples_seed():
    sample6.check_drawn_file_is_the_blind_draw_of_the_stored_relations(HERE)
    # the seed is this sample's and stays in this sample's copy of sample 6's module
    assert sample6.module(HERE, "pairs")._sample6.SEED == 2034
    assert sample6.module(sample6.HERE, "pairs").SEED == 2030


def test_todo_drawn_lists_a_new_version_s_unread_pairs_from_the_command_line(tmp_path):
    sample6.check_todo_drawn_lists_a_new_version_s_unread_pairs_from_the_command_line(HERE, tmp_path)


@needs_news
def test_the_hunted_articles_are_none_of_sample_6s_or_8s():
    hunted = {r[f"{side}_url"] for r in sample6.jsonl(HERE, "hunt.jsonl") for side in "ab"}
    assert all(r[f"{side}_date"] in DAYS for r in sample6.jsonl(HERE, "hunt.jsonl") for side in "ab")
    picked8 = sample6.module(sample6.GOLD / "graph-relations-sample-8", "pick_articles").pick(str(NEWS.parent))
    picked6 = sample6.module(sample6.HERE, "pick_articles").pick(str(NEWS.parent))
    assert (len(picked6), len(picked8)) == (598, 600)  # the two stores, reproduced
    assert not hunted & {a["url"] for a in picked6 + picked8}


def test_later_gold_folders_are_not_held_against_the_pick():
    """Folders written after this sample (not in HELD) are skipped, so they cannot move its 600 articles."""
    pick = sample6.module(HERE, "pick_articles")
    existing = {d.name for d in sample6.GOLD.iterdir() if d.is_dir()}
    assert set(pick.HELD) <= existing and HERE.name not in pick.HELD
    assert {d.name for d in pick.later_folders()} == existing - set(pick.HELD) - {HERE.name}
