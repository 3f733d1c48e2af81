"""tests/gold/graph-relations-sample-12: sample 6's checks (imported) on this folder, plus what is particular to
it: the read pairs were drawn blind with this sample's seed in its own copy of sample 6's module, every stored
contradiction and independent support was read, the hunt is round 1 only, and its articles are none of samples 6,
8, 10 or 11's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SAMPLE6_TESTS = Path(__file__).with_name("test_gold_relations_sample6.py")
_spec = importlib.util.spec_from_file_location("sample6_checks_for_12", _SAMPLE6_TESTS)
sample6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample6)

HERE = sample6.GOLD / "graph-relations-sample-12"
DAYS = ("2015-07-24", "2015-07-25", "2015-07-26")
EARLIER = {"graph-relations-sample-6": 598, "graph-relations-sample-8": 600, "graph-relations-sample-10": 600,
           "graph-relations-sample-11": 599}
NEWS = sample6.NEWS
needs_news = pytest.mark.skipif(not NEWS.is_dir(), reason="../shared/data/news/saudinewsnet-2015 is not here")


# Every check of sample 6's that takes only the folder applies here (the store holds contradictions, as sample 6's).
FOLDER_CHECKS = sorted(name for name, f in vars(sample6).items()
                       if name.startswith("check_") and f.__code__.co_argcount == 1)


@pytest.mark.parametrize("check", FOLDER_CHECKS)
def test_sample6_checks(check):
    getattr(sample6, check)(HERE)


def test_todo_drawn_lists_a_new_version_s_unread_pairs_from_the_command_line(tmp_path):
    sample6.check_todo_drawn_lists_a_new_version_s_unread_pairs_from_the_command_line(HERE, tmp_path)


def test_every_stored_pair_it_reads_was_drawn_and_labelled():
    """Fewer than 50 independent supports were stored, so the draw is all of them, with every contradiction."""
    pairs = sample6.module(HERE, "pairs")
    scores = pairs.score(pairs.read_relations(HERE / "relations.jsonl"), pairs.read_labels(),
                         sample6.jsonl(HERE, "labelled.jsonl"))
    assert all(row["drawn"] == row["stored"] > 0 and row["unlabelled"] == 0 for row in scores.values())


def test_the_draw_uses_this_samples_seed_in_its_own_copy():
    pairs = sample6.module(HERE, "pairs")
    assert pairs.SEED == pairs._sample6.SEED == 2052 and pairs.draw.__module__ == "sample12_sample6_pairs"
    assert sample6.module(sample6.HERE, "pairs").SEED == 2030


def test_the_hunt_is_round_1_only():
    assert {r["round"] for r in sample6.jsonl(HERE, "hunt.jsonl")} == {1}


@needs_news
def test_the_hunted_sides_are_in_their_articles_none_of_the_earlier_samples():
    sample6.check_hunted_sides_are_in_the_articles_they_name(HERE, DAYS)
    rows = sample6.jsonl(HERE, "hunt.jsonl")
    assert {r[f"{side}_date"] for r in rows for side in "ab"} <= set(DAYS)
    used = {a["url"] for folder in EARLIER
            for a in sample6.module(sample6.GOLD / folder, "pick_articles").pick(str(NEWS.parent))}
    assert len(used) == sum(EARLIER.values())  # the four stores, reproduced, no article shared
    assert not {r[f"{side}_url"] for r in rows for side in "ab"} & used

