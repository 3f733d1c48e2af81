"""The second claim/passage relation gold (tests/gold/relations-passage-2): well-formed, split by story as
its builder says, disjoint from the articles of the earlier relation sets, and (when ../shared is there)
exactly what its hand-written specs cut from the SaudiNewsNet articles."""

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
HERE = GOLD / "relations-passage-2"
ZIPS = GOLD.parent.parent.parent / "shared" / "data" / "news" / "saudinewsnet-2015"
sys.path.insert(0, str(HERE))

import build  # noqa: E402

LABELS = {"contradicts", "supports", "unrelated"}
EARLIER = ["relations/*.jsonl", "relations-heldout/*.jsonl", "relations-passage/*.jsonl",
           "relations-passage/a/pairs.jsonl", "relations-passage/b/pairs.jsonl"]


def _rows(name):
    return [json.loads(line) for line in (HERE / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


TRAIN, HELDOUT = _rows("train"), _rows("heldout")
ALL = TRAIN + HELDOUT


def test_pairs_are_well_formed():
    assert len(ALL) >= 150
    assert len({r["id"] for r in ALL}) == len(ALL)
    for r in ALL:
        assert r["gold"] in LABELS and r["a"] and r["b"] and r["note"]
        assert r["a_url"] != r["b_url"]
        assert len(r["a"].split()) <= 45  # a claim, as the extractor would give it
        assert 12 <= len(r["b"].split()) <= 400  # the release check's passage lengths
        assert r["kind"] == ("claim-passage" if len(r["b"].split()) > 45 else "claim-claim")


def test_every_label_in_both_parts():
    for part in (TRAIN, HELDOUT):
        counts = Counter(r["gold"] for r in part)
        assert set(counts) == LABELS and min(counts.values()) >= 10


def test_split_is_the_fixed_story_hash():
    assert {r["split"] for r in TRAIN} == {"train"} and {r["split"] for r in HELDOUT} == {"heldout"}
    for r in ALL:
        assert build.story_split(r["story"]) == r["split"]
        assert r["thread"].split("-")[0] == r["story"]
    assert not {r["story"] for r in TRAIN} & {r["story"] for r in HELDOUT}


def test_no_article_of_an_earlier_relation_set():
    used = set()
    for pattern in EARLIER:
        for path in GOLD.glob(pattern):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    o = json.loads(line)
                    used.update(o[k] for k in ("a_url", "b_url", "url") if o.get(k))
    assert len(used) > 700
    assert not used & {r[k] for r in ALL for k in ("a_url", "b_url")}


@pytest.mark.skipif(not ZIPS.is_dir(), reason="../shared/data/news/saudinewsnet-2015 (the articles) is not here")
def test_files_are_what_the_specs_cut_from_the_articles():
    parts = build.build()
    assert parts["train"] == TRAIN and parts["heldout"] == HELDOUT
    text = {a["url"]: a["content"] for a in build.corpus.all_articles()}
    for r in ALL:
        assert r["a"] in text[r["a_url"]] and r["b"] in text[r["b_url"]]
