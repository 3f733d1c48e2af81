"""tests/gold/graph-relations-sample-6: the files parse, the labels cover what was read, the hunted conflicts
point at real sentences of the articles they name. The checks take the folder, so later samples built the same
way (tests/test_gold_relations_sample8.py) run them on theirs."""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
HERE = GOLD / "graph-relations-sample-6"
NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "saudinewsnet-2015"
DAYS = ("2015-08-06", "2015-08-07", "2015-08-08")


def module(here: Path, name: str):
    spec = importlib.util.spec_from_file_location(f"{here.name}_{name}", here / f"{name}.py")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


def jsonl(here: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (here / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_labels_parse_and_use_the_label_sets(here: Path) -> None:
    pairs = module(here, "pairs")
    with open(here / "labels.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert rows and len({r["key"] for r in rows}) == len(rows)
    for r in rows:
        assert r["label"] in pairs.LABEL_SETS[r["relation"]], r
        assert r["reason"].strip(), r


def check_every_stored_contradiction_and_the_drawn_supports_are_labelled(here: Path) -> None:
    pairs = module(here, "pairs")
    rels = pairs.read_relations(here / "relations.jsonl")
    labels = pairs.read_labels()
    drawn = pairs.draw(rels)
    assert {r["key"] for r in drawn} <= set(labels)
    assert all(r["key"] in labels for r in rels if r["relation"] == "contradicts")
    n_supports = sum(1 for r in drawn if r["relation"] == "supports")
    independent = sum(1 for r in rels if r["relation"] == "supports" and r.get("independent"))
    assert n_supports == min(pairs.SUPPORTS_DRAWN, independent)
    # each label was given to the relation it names (labels of another version's keys may be added later)
    by_key = {r["key"]: r for r in rels}
    assert all(by_key[k]["relation"] == lab["relation"] for k, lab in labels.items() if k in by_key)


def labels_are_of_stored_relations(here: Path) -> None:
    """Every labelled key is a stored relation: for a sample whose labels are all of the version it stored (not a
    check_: later versions' keys were added to the labels of samples 6-13)."""
    pairs = module(here, "pairs")
    stored = {r["key"] for r in pairs.read_relations(here / "relations.jsonl")}
    assert set(pairs.read_labels()) <= stored


def check_labelled_file_is_the_join_of_labels_and_relations(here: Path) -> None:
    pairs = module(here, "pairs")
    rels = pairs.read_relations(here / "relations.jsonl")
    labelled = jsonl(here, "labelled.jsonl")
    assert labelled == pairs.join(rels, pairs.read_labels())
    assert all(r["a_text"] and r["b_text"] and r["why"] for r in labelled)


def check_todo_lists_only_unread_relations(here: Path) -> None:
    pairs = module(here, "pairs")
    rels = pairs.read_relations(here / "relations.jsonl")
    labels = pairs.read_labels()
    todo = pairs.todo(rels, labels, jsonl(here, "labelled.jsonl"))
    assert not {r["key"] for r in todo} & set(labels)
    assert all(r["relation"] == "supports" and r["independent"] for r in todo)
    # a relation stored under a new key but with texts already read is not listed again
    first = next(r for r in rels if r["key"] in labels)
    moved = {**first, "key": "not-a-stored-key"}
    assert moved not in pairs.todo([moved], labels, jsonl(here, "labelled.jsonl"))
    assert pairs.todo([moved], {}, []) == [moved]


def check_hunted_conflicts_have_the_funnel_fields(here: Path) -> None:
    rows = jsonl(here, "hunt.jsonl")
    assert len({r["id"] for r in rows}) == len(rows) >= 10
    for r in rows:
        assert r["gold"] == "contradicts" and r["origin"] in {"high", "med"} and r["round"] in {1, 2}
        assert isinstance(r["a_article"], int) and isinstance(r["b_article"], int)
        assert r["a"] and r["b"] and r["note"]


def check_hunted_sides_are_in_the_articles_they_name(here: Path, days: tuple[str, ...]) -> None:
    by_url = {}
    for day in days:
        with zipfile.ZipFile(NEWS / f"{day}.zip") as zf:
            for name in zf.namelist():
                for a in json.load(zf.open(name)):
                    by_url[a["url"]] = a["title"] + "\n" + a["content"]
    for r in jsonl(here, "hunt.jsonl"):
        assert r["a"] in by_url[r["a_url"]], r["id"]
        assert r["b"] in by_url[r["b_url"]], r["id"]


def check_gold_folders_written_later_are_skipped_by_the_pick(here: Path) -> None:
    """A sample whose picker holds the gold folders of its day (`HELD`): the folders written after it are exactly
    the ones it skips, so they cannot move its articles."""
    pick = module(here, "pick_articles")
    folders = {d.name for d in GOLD.iterdir() if d.is_dir()} - {here.name}
    later = {d.name for d in pick.later_folders()}
    assert here.name not in pick.HELD and set(pick.HELD) <= folders
    assert set(pick.HELD) | later == folders and not set(pick.HELD) & later


def check_score_counts_the_labels_of_the_drawn_pairs(here: Path) -> None:
    pairs = module(here, "pairs")
    rels = pairs.read_relations(here / "relations.jsonl")
    labels = pairs.read_labels()
    labelled = jsonl(here, "labelled.jsonl")
    scores = pairs.score(rels, labels, labelled)
    for relation, row in scores.items():
        # labels.tsv also holds pairs that only a later version stored (read afterwards)
        stored = {r["key"] for r in rels}
        tally = [lab["label"] for key, lab in labels.items() if lab["relation"] == relation and key in stored]
        assert row["unlabelled"] == 0 and row["drawn"] == len(tally)
        assert all(row[name] == tally.count(name) for name in pairs.LABEL_SETS[relation])
        assert row["precision"] == round(tally.count("correct") / len(tally), 2)
    # a stored contradiction no one has read is counted as unlabelled, not as right or wrong
    fresh = {**next(r for r in rels if r["relation"] == "contradicts"), "key": "unread",
             "a": {**rels[0]["a"], "text": "نص لم يقرأ"}}
    row = pairs.score([fresh], labels, labelled)["contradicts"]
    assert (row["drawn"], row["unlabelled"], row["precision"]) == (1, 1, None)


def check_drawn_file_is_the_blind_draw_of_the_stored_relations(here: Path) -> None:
    pairs = module(here, "pairs")
    rels = pairs.read_relations(here / "relations.jsonl")
    drawn = jsonl(here, "drawn.jsonl")
    assert drawn == [pairs.blind(r, n) for n, r in enumerate(pairs.draw(rels), 1)]
    # what the reader saw: texts, sources and dates, never the model's reasons or scores
    assert all(not {"why", "confidence", "method"} & set(row) for row in drawn)


def folder_checks() -> list[str]:
    """The checks that take only the folder: a later sample whose store holds contradictions runs them all."""
    return sorted(name for name, f in globals().items() if name.startswith("check_") and f.__code__.co_argcount == 1)


def all_read_pairs_drawn_and_labelled(here: Path) -> None:
    """For a sample whose store kept fewer than 50 independent supports: the draw is all of them, with every
    contradiction, and each drawn pair is labelled (not a check_: sample 6's own store kept more)."""
    pairs = module(here, "pairs")
    scores = pairs.score(pairs.read_relations(here / "relations.jsonl"), pairs.read_labels(),
                         jsonl(here, "labelled.jsonl"))
    assert all(row["drawn"] == row["stored"] > 0 and row["unlabelled"] == 0 for row in scores.values())


def check_todo_drawn_lists_a_new_version_s_unread_pairs_from_the_command_line(here: Path, tmp_path: Path) -> None:
    """The lead relabels another version's relations with `pairs.py todo --drawn NEW`: a contradiction it stores
    under a new key with texts no one read is listed (blind), one with the texts of a read pair is not."""
    rels = jsonl(here, "relations.jsonl")
    read_one = next(r for r in rels if r["relation"] == "contradicts")
    moved = {**read_one, "key": "moved-key"}
    unread = {**read_one, "key": "unread-key", "a": {**read_one["a"], "text": "نص لم يقرأه أحد"}}
    new = tmp_path / "relations-new.jsonl"
    new.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (moved, unread)), encoding="utf-8")
    out = subprocess.run([sys.executable, str(here / "pairs.py"), "todo", "--drawn", str(new)],
                         capture_output=True, text=True, check=True).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["key"] for r in rows] == ["unread-key"]
    assert "why" not in rows[0] and rows[0]["a_text"] == "نص لم يقرأه أحد"


def test_labels_parse_and_use_the_label_sets():
    check_labels_parse_and_use_the_label_sets(HERE)


def test_every_stored_contradiction_and_the_drawn_supports_are_labelled():
    check_every_stored_contradiction_and_the_drawn_supports_are_labelled(HERE)


def test_labelled_file_is_the_join_of_labels_and_relations():
    check_labelled_file_is_the_join_of_labels_and_relations(HERE)


def test_todo_lists_only_unread_relations():
    check_todo_lists_only_unread_relations(HERE)


def test_hunted_conflicts_have_the_funnel_fields():
    check_hunted_conflicts_have_the_funnel_fields(HERE)


@pytest.mark.skipif(not NEWS.is_dir(), reason="../shared/data/news/saudinewsnet-2015 is not here")
def test_hunted_sides_are_in_the_articles_they_name():
    check_hunted_sides_are_in_the_articles_they_name(HERE, DAYS)


def test_score_counts_the_labels_of_the_drawn_pairs():
    check_score_counts_the_labels_of_the_drawn_pairs(HERE)
