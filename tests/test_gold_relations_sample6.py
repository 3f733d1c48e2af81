"""tests/gold/graph-relations-sample-6: the files parse, the labels cover what was read, the hunted conflicts
point at real sentences of the articles they name."""

from __future__ import annotations

import csv
import importlib.util
import json
import zipfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "gold" / "graph-relations-sample-6"
NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "saudinewsnet-2015"
DAYS = ("2015-08-06", "2015-08-07", "2015-08-08")


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"sample6_{name}", HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _jsonl(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_labels_parse_and_use_the_label_sets():
    pairs = _module("pairs")
    with open(HERE / "labels.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert rows and len({r["key"] for r in rows}) == len(rows)
    for r in rows:
        assert r["label"] in pairs.LABEL_SETS[r["relation"]], r
        assert r["reason"].strip(), r


def test_every_stored_contradiction_and_the_drawn_supports_are_labelled():
    pairs = _module("pairs")
    rels = pairs.read_relations(HERE / "relations.jsonl")
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


def test_labelled_file_is_the_join_of_labels_and_relations():
    pairs = _module("pairs")
    rels = pairs.read_relations(HERE / "relations.jsonl")
    labelled = _jsonl("labelled.jsonl")
    assert labelled == pairs.join(rels, pairs.read_labels())
    assert all(r["a_text"] and r["b_text"] and r["why"] for r in labelled)


def test_todo_lists_only_unread_relations():
    pairs = _module("pairs")
    rels = pairs.read_relations(HERE / "relations.jsonl")
    labels = pairs.read_labels()
    todo = pairs.todo(rels, labels, _jsonl("labelled.jsonl"))
    assert not {r["key"] for r in todo} & set(labels)
    assert all(r["relation"] == "supports" and r["independent"] for r in todo)
    # a relation stored under a new key but with texts already read is not listed again
    first = next(r for r in rels if r["key"] in labels)
    moved = {**first, "key": "not-a-stored-key"}
    assert moved not in pairs.todo([moved], labels, _jsonl("labelled.jsonl"))
    assert pairs.todo([moved], {}, []) == [moved]


def test_hunted_conflicts_have_the_funnel_fields():
    rows = _jsonl("hunt.jsonl")
    assert len({r["id"] for r in rows}) == len(rows) >= 10
    for r in rows:
        assert r["gold"] == "contradicts" and r["origin"] in {"high", "med"} and r["round"] in {1, 2}
        assert isinstance(r["a_article"], int) and isinstance(r["b_article"], int)
        assert r["a"] and r["b"] and r["note"]


@pytest.mark.skipif(not NEWS.is_dir(), reason="../shared/data/news/saudinewsnet-2015 is not here")
def test_hunted_sides_are_in_the_articles_they_name():
    by_url = {}
    for day in DAYS:
        with zipfile.ZipFile(NEWS / f"{day}.zip") as zf:
            for name in zf.namelist():
                for a in json.load(zf.open(name)):
                    by_url[a["url"]] = a["title"] + "\n" + a["content"]
    for r in _jsonl("hunt.jsonl"):
        assert r["a"] in by_url[r["a_url"]], r["id"]
        assert r["b"] in by_url[r["b_url"]], r["id"]


def test_score_counts_the_labels_of_the_drawn_pairs():
    pairs = _module("pairs")
    rels = pairs.read_relations(HERE / "relations.jsonl")
    labels = pairs.read_labels()
    labelled = _jsonl("labelled.jsonl")
    scores = pairs.score(rels, labels, labelled)
    for relation, row in scores.items():
        tally = [lab["label"] for lab in labels.values() if lab["relation"] == relation]
        assert row["unlabelled"] == 0 and row["drawn"] == len(tally)
        assert all(row[name] == tally.count(name) for name in pairs.LABEL_SETS[relation])
        assert row["precision"] == round(tally.count("correct") / len(tally), 2)
    # a stored contradiction no one has read is counted as unlabelled, not as right or wrong
    fresh = {**next(r for r in rels if r["relation"] == "contradicts"), "key": "unread",
             "a": {**rels[0]["a"], "text": "نص لم يقرأ"}}
    row = pairs.score([fresh], labels, labelled)["contradicts"]
    assert (row["drawn"], row["unlabelled"], row["precision"]) == (1, 1, None)
