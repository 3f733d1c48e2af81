"""tests/gold/graph-relations-sample-11: sample 6's checks (imported) on this folder, plus what is particular to
it: the store holds no contradiction (so the checks that start from a stored contradiction start here from a read
support), the read pairs were drawn blind with this sample's seed, the hunt is round 1 only, and its articles are
none of samples 6, 8 or 10's."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

_SAMPLE6_TESTS = Path(__file__).with_name("test_gold_relations_sample6.py")
_spec = importlib.util.spec_from_file_location("sample6_checks_for_11", _SAMPLE6_TESTS)
sample6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample6)

HERE = sample6.GOLD / "graph-relations-sample-11"
DAYS = ("2015-07-21", "2015-07-22", "2015-07-23")
NEWS = sample6.NEWS
needs_news = pytest.mark.skipif(not NEWS.is_dir(), reason="../shared/data/news/saudinewsnet-2015 is not here")


@pytest.mark.parametrize("check", ["check_labels_parse_and_use_the_label_sets",
                                   "check_every_stored_contradiction_and_the_drawn_supports_are_labelled",
                                   "check_labelled_file_is_the_join_of_labels_and_relations",
                                   "check_todo_lists_only_unread_relations",
                                   "check_drawn_file_is_the_blind_draw_of_the_stored_relations"])
def test_sample6_checks(check):
    getattr(sample6, check)(HERE)


def _read_support() -> dict:
    """A stored support between independent sources that was read (the store holds no contradiction)."""
    labels = sample6.module(HERE, "pairs").read_labels()
    return next(r for r in sample6.jsonl(HERE, "relations.jsonl") if r["key"] in labels)


def test_score_counts_the_labels_of_the_drawn_pairs():
    pairs = sample6.module(HERE, "pairs")
    rels = pairs.read_relations(HERE / "relations.jsonl")
    labels, labelled = pairs.read_labels(), sample6.jsonl(HERE, "labelled.jsonl")
    scores = pairs.score(rels, labels, labelled)
    assert not any(r["relation"] == "contradicts" for r in rels)
    assert (scores["contradicts"]["stored"], scores["contradicts"]["precision"]) == (0, None)
    # labels.tsv also holds pairs that only a later version stored (read afterwards, blind)
    stored = {r["key"] for r in rels}
    tally = [lab["label"] for key, lab in labels.items() if lab["relation"] == "supports" and key in stored]
    row = scores["supports"]
    assert row["unlabelled"] == 0 and row["drawn"] == len(tally) == 23
    assert all(row[name] == tally.count(name) for name in pairs.LABEL_SETS["supports"])
    assert row["precision"] == round(tally.count("correct") / len(tally), 2)
    # a contradiction no one has read (as a later version might store) is unlabelled, not right or wrong
    unread = {**_read_support(), "relation": "contradicts", "key": "unread",
              "a": {**rels[0]["a"], "text": "نص لم يقرأ"}}
    row = pairs.score([unread], labels, labelled)["contradicts"]
    assert (row["drawn"], row["unlabelled"], row["precision"]) == (1, 1, None)


def test_todo_drawn_lists_a_new_version_s_unread_pairs_from_the_command_line(tmp_path):
    """As sample 6's check, from a read support: under a new key with unread texts it is listed (blind), with the
    texts of the read pair it is not."""
    read_one = _read_support()
    moved = {**read_one, "key": "moved-key"}
    unread = {**read_one, "key": "unread-key", "a": {**read_one["a"], "text": "نص لم يقرأه أحد"}}
    new = tmp_path / "relations-new.jsonl"
    new.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (moved, unread)), encoding="utf-8")
    out = subprocess.run([sys.executable, str(HERE / "pairs.py"), "todo", "--drawn", str(new)],
                         capture_output=True, text=True, check=True).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["key"] for r in rows] == ["unread-key"]
    assert "why" not in rows[0] and rows[0]["a_text"] == "نص لم يقرأه أحد"


def test_hunted_conflicts_have_the_funnel_fields_and_were_all_found_before_the_store():
    sample6.check_hunted_conflicts_have_the_funnel_fields(HERE)
    assert {r["round"] for r in sample6.jsonl(HERE, "hunt.jsonl")} == {1}


def test_the_draw_uses_this_samples_seed_in_its_own_copy():
    assert sample6.module(HERE, "pairs")._sample6.SEED == 2042
    assert sample6.module(sample6.HERE, "pairs").SEED == 2030


@needs_news
def test_the_hunted_sides_are_in_their_articles_none_of_samples_6_8_or_10s():
    sample6.check_hunted_sides_are_in_the_articles_they_name(HERE, DAYS)
    rows = sample6.jsonl(HERE, "hunt.jsonl")
    assert {r[f"{side}_date"] for r in rows for side in "ab"} <= set(DAYS)
    used = {a["url"] for folder in ("graph-relations-sample-6", "graph-relations-sample-8", "graph-relations-sample-10")
            for a in sample6.module(sample6.GOLD / folder, "pick_articles").pick(str(NEWS.parent))}
    assert len(used) == 598 + 600 + 600  # the three stores, reproduced, no article shared
    assert not {r[f"{side}_url"] for r in rows for side in "ab"} & used


def test_gold_folders_written_later_are_skipped_by_the_pick():
    """Folders written after this sample (not in HELD) cannot move its 599 articles."""
    sample6.check_gold_folders_written_later_are_skipped_by_the_pick(HERE)


@pytest.mark.parametrize("name", ["relations.jsonl", "relations-session11-final.jsonl"])
def test_every_kept_version_s_drawn_pairs_are_labelled(name):
    """Each version kept here was read in full (blind) before it was scored: no drawn pair is left unlabelled."""
    pairs = sample6.module(HERE, "pairs")
    scores = pairs.score(pairs.read_relations(HERE / name), pairs.read_labels(), sample6.jsonl(HERE, "labelled.jsonl"))
    assert all(row["unlabelled"] == 0 for row in scores.values())
    assert scores["supports"]["drawn"] > 0
