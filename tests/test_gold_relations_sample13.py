"""tests/gold/graph-relations-sample-13: sample 6's checks (imported) on this folder (labels, draw, todo, joined
file, score, the hunt's funnel fields, the picker skipping the gold folders written after it), plus what is
particular to it: every stored contradiction and independent support was drawn and labelled, the hunt (made before
any store, round 1 only) has its sides in the articles they name, none of them an article of samples 6, 8, 10, 11
or 12; the pair tools run from the command line with this sample's seed in their own copy of sample 6's module."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

_SAMPLE6_TESTS = Path(__file__).with_name("test_gold_relations_sample6.py")
_spec = importlib.util.spec_from_file_location("sample6_checks_for_13", _SAMPLE6_TESTS)
sample6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample6)

HERE = sample6.GOLD / "graph-relations-sample-13"
DAYS = ("2015-07-27", "2015-07-31")
EARLIER = {"graph-relations-sample-6": 598, "graph-relations-sample-8": 600, "graph-relations-sample-10": 600,
           "graph-relations-sample-11": 599, "graph-relations-sample-12": 599}
NEWS = sample6.NEWS
needs_news = pytest.mark.skipif(not NEWS.is_dir(), reason="../shared/data/news/saudinewsnet-2015 is not here")


# Every check of sample 6's that takes only the folder applies here (the store holds contradictions, as sample 6's):
# the labels, the draw, the todo list, the joined file, the score, the hunt's funnel fields and the picker's skips.
@pytest.mark.parametrize("check", sample6.folder_checks())
def test_sample6_checks(check):
    getattr(sample6, check)(HERE)


def test_todo_drawn_lists_a_new_version_s_unread_pairs_from_the_command_line(tmp_path):
    sample6.check_todo_drawn_lists_a_new_version_s_unread_pairs_from_the_command_line(HERE, tmp_path)


def test_every_stored_pair_it_reads_was_drawn_and_labelled():
    """Fewer than 50 independent supports were stored (13), so the draw is all of them, with every contradiction."""
    sample6.all_read_pairs_drawn_and_labelled(HERE)


def test_the_draw_uses_this_samples_seed_in_its_own_copy():
    pairs = sample6.module(HERE, "pairs")
    assert pairs.SEED == pairs._pairs.SEED == 2062
    assert sample6.module(sample6.HERE, "pairs").SEED == 2030
    assert sample6.module(sample6.GOLD / "graph-relations-sample-12", "pairs").SEED == 2052


def test_every_command_runs_on_an_empty_relations_file(tmp_path):
    """The labeller's commands work before any relation is stored: nothing to draw, nothing to read, no score."""
    empty = tmp_path / "relations.jsonl"
    empty.write_text("", encoding="utf-8")
    for command in (["draw"], ["todo"], ["todo", "--drawn"], ["join"]):
        out = subprocess.run([sys.executable, str(HERE / "pairs.py"), *command, str(empty)],
                             capture_output=True, text=True, check=True).stdout
        assert out == "", command
    out = subprocess.run([sys.executable, str(HERE / "pairs.py"), "score", str(empty)],
                         capture_output=True, text=True, check=True).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["relation"], r["stored"], r["precision"]) for r in rows] == [("contradicts", 0, None),
                                                                           ("supports", 0, None)]


@needs_news
def test_the_hunted_sides_are_in_their_articles_none_of_the_earlier_samples():
    sample6.check_hunted_sides_are_in_the_articles_they_name(HERE, DAYS)
    hunted = [(r[f"{side}_url"], r[f"{side}_date"]) for r in sample6.jsonl(HERE, "hunt.jsonl") for side in "ab"]
    assert {date for _, date in hunted} <= set(DAYS)
    # the earlier stores' articles, each reproduced by its own picker (as this sample's picker leaves them out)
    picker = sample6.module(HERE, "pick_articles")
    picks = {folder: picker._picker(folder)["pick"](str(NEWS.parent)) for folder in picker.EARLIER}
    assert {folder: len(articles) for folder, articles in picks.items()} == EARLIER
    used = {a["url"] for articles in picks.values() for a in articles}
    assert len(used) == sum(EARLIER.values()) and not {url for url, _ in hunted} & used
