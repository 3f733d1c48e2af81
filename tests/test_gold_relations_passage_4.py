"""The fourth claim/passage relation gold (tests/gold/relations-passage-4, set e): well-formed, with the release
check's label balance and passage lengths, split by story as its builder says, disjoint from every earlier relation
set (set d included) and from the (outlet, crawl day) of the extraction held-out sets, and (when ../shared is there)
exactly what its hand-written specs cut, verbatim, from the SaudiNewsNet articles."""

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
HERE = GOLD / "relations-passage-4"
ZIPS = GOLD.parent.parent.parent / "shared" / "data" / "news" / "saudinewsnet-2015"

# Loaded by path under its own name: the earlier sets' tests import modules called `build` (their own).
_spec = importlib.util.spec_from_file_location("relations_passage_4_build", HERE / "build.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

LABELS = {"contradicts", "supports", "unrelated"}
EARLIER = ["relations/*.jsonl", "relations-heldout/*.jsonl", "relations-passage/*.jsonl",
           "relations-passage/a/pairs.jsonl", "relations-passage/b/pairs.jsonl", "relations-passage-2/*.jsonl",
           "relations-passage-3/*.jsonl"]
# Set d's stories (its README's table), read from there rather than from its pair files.
SET_D_STORIES = {"mers", "pakistan", "lebanon", "hajj", "hail", "referees", "airport", "maabda", "seattle", "anqa",
                 "calais", "fifa", "coach", "obama", "lafayette", "soudelor", "cecil", "blackbushe", "mogadishu",
                 "tokyo", "quakes", "warehouse", "hijra", "yanbu", "mujrashi", "sharma", "flynas", "qassim", "kadyrov"}


def _jsonl(*paths):
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


TRAIN, HELDOUT = _jsonl(HERE / "train.jsonl"), _jsonl(HERE / "heldout.jsonl")
ALL = TRAIN + HELDOUT


def _malformed(r):
    """What is wrong with one record (empty when nothing)."""
    words_a, words_b = len(r["a"].split()), len(r["b"].split())
    problems = {
        "id": not re.fullmatch(r"pe-\d{3}", r["id"]) or r["annotator"] != "e",
        "label": r["gold"] not in LABELS or not r["note"],
        "one article": r["a_url"] == r["b_url"],
        "a is one claim": not 7 <= words_a <= 45,  # as the extractor would give it
        "b length": not 12 <= words_b <= 400,  # the release check's passage lengths
        "kind": r["kind"] != ("claim-passage" if words_b > 45 else "claim-claim"),
    }
    return [k for k, bad in problems.items() if bad]


def test_pairs_are_well_formed():
    assert len(ALL) >= 150 and len({r["id"] for r in ALL}) == len(ALL)
    assert {r["id"]: _malformed(r) for r in ALL if _malformed(r)} == {}


def test_balance_and_lengths_are_the_release_checks():
    """About one pair in ten contradicts, most support or are unrelated; passages from a clause to a page."""
    share = {k: v / len(ALL) for k, v in Counter(r["gold"] for r in ALL).items()}
    assert 0.08 <= share["contradicts"] <= 0.16
    assert share["supports"] >= 0.4 and share["unrelated"] >= 0.3
    words = sorted(len(r["b"].split()) for r in ALL)
    assert 40 <= words[len(words) // 2] <= 75
    assert sum(n > 150 for n in words) >= 15 and sum(n < 30 for n in words) >= 30
    for part in (TRAIN, HELDOUT):
        assert set(Counter(r["gold"] for r in part)) == LABELS


def test_split_is_the_fixed_story_hash():
    for name, part in (("train", TRAIN), ("heldout", HELDOUT)):
        assert {(r["split"], build.story_split(r["story"])) for r in part} == {(name, name)}
    assert all(r["thread"].split("-")[0] == r["story"] for r in ALL)
    assert not {r["story"] for r in TRAIN} & {r["story"] for r in HELDOUT}
    assert 0.35 <= len(HELDOUT) / len(ALL) <= 0.55


def test_no_article_or_story_of_an_earlier_relation_set():
    earlier = _jsonl(*(p for pattern in EARLIER for p in GOLD.glob(pattern)))
    used = {o[k] for o in earlier for k in ("a_url", "b_url", "url") if o.get(k)}
    assert len(used) > 1000
    assert not used & {r[k] for r in ALL for k in ("a_url", "b_url")}
    set_c = _jsonl(*GOLD.glob("relations-passage-2/*.jsonl"))
    assert not ({o["story"] for o in set_c} | SET_D_STORIES) & {r["story"] for r in ALL}


def test_no_article_of_an_extraction_held_out_outlet_day():
    """Read from the held-out sets' file names only (never their contents)."""
    days = build.corpus.unseen_outlet_days()
    assert len(days) > 30
    assert not days & {(r[f"{s}_source"], r[f"date_{s}"]) for r in ALL for s in ("a", "b")}


@pytest.mark.skipif(not ZIPS.is_dir(), reason="../shared/data/news/saudinewsnet-2015 (the articles) is not here")
def test_files_are_what_the_specs_cut_from_the_articles():
    assert build.build() == {"train": TRAIN, "heldout": HELDOUT}
    text = {a["url"]: a["content"] for a in build.corpus.all_articles()}
    assert [r["id"] for r in ALL if r["a"] not in text[r["a_url"]] or r["b"] not in text[r["b_url"]]] == []


def test_counts_are_the_readmes():
    """The README's counts table is what the files hold."""
    table = {}
    for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells[0] in ("train", "heldout", "all") and len(cells) == 6:
            table[cells[0]] = [int(c.split()[0]) for c in cells[1:]]
    for name, part in (("train", TRAIN), ("heldout", HELDOUT), ("all", ALL)):
        labels = Counter(r["gold"] for r in part)
        assert table[name] == [labels["contradicts"], labels["supports"], labels["unrelated"], len(part),
                               len({r["story"] for r in part})]
