"""The claim/passage relation golds built at the release check's balance — set d (tests/gold/relations-passage-3,
session 15), set e (tests/gold/relations-passage-4, session 17), set f (tests/gold/relations-passage-5, session 18),
set g (tests/gold/relations-passage-6, session 18), set h (tests/gold/relations-passage-7, session 20) and set i
(tests/gold/relations-passage-8, session 21): well-formed, with the release check's label balance (set i: its own,
rich in real conflicts) and passage lengths, split by story as each builder says, disjoint from every earlier relation
set and from the (outlet, crawl day) of the extraction held-out sets, and (when ../shared is there) exactly what their
hand-written specs cut, verbatim, from the SaudiNewsNet articles."""

import importlib.util
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
ZIPS = GOLD.parent.parent.parent / "shared" / "data" / "news" / "saudinewsnet-2015"
LABELS = {"contradicts", "supports", "unrelated"}
EARLIER = ["relations/*.jsonl", "relations-heldout/*.jsonl", "relations-passage/*.jsonl",
           "relations-passage/a/pairs.jsonl", "relations-passage/b/pairs.jsonl", "relations-passage-2/*.jsonl"]
# Set d's stories (its README's table), read from there rather than from its pair files.
SET_D_STORIES = {"mers", "pakistan", "lebanon", "hajj", "hail", "referees", "airport", "maabda", "seattle", "anqa",
                 "calais", "fifa", "coach", "obama", "lafayette", "soudelor", "cecil", "blackbushe", "mogadishu",
                 "tokyo", "quakes", "warehouse", "hijra", "yanbu", "mujrashi", "sharma", "flynas", "qassim", "kadyrov"}
# Set e's stories (its README's table), likewise.
SET_E_STORIES = {"monsoon", "california", "ebola", "voters", "yuan", "damad", "derail", "haqbani", "well", "buraidah",
                 "supercup", "burundi", "cuba", "nile", "trump", "train", "bush", "nuzha", "taif", "mansoura", "talgo",
                 "mh17"}
# Set f's stories (its README's table), likewise.
SET_F_STORIES = {"uaefuel", "nikkei", "algeria", "raung", "awali", "gurdaspur", "emergency", "mistral", "jeddahhotel",
                 "population", "madinah", "sabya", "arar", "omani", "khaleeji", "kuwaitnet", "sadiq", "wasat", "heatwave",
                 "hiroshima", "kef", "migrants", "khurmah", "zell"}
# Set g's stories (its README's table), likewise.
SET_G_STORIES = {"captagon", "bonds", "kepler", "winter", "android", "barcelona", "khaybar", "pyongyang", "shield", "lift",
                 "pluto", "apple", "causeway", "sevare", "windows", "toshiba", "timbuktu", "dammamhotel", "mexico", "moore",
                 "rollover", "norway", "messi", "tayma", "airshow", "colombia"}
# Set h's stories (its README's table), likewise.
SET_H_STORIES = {"sabic", "salah", "ittihad", "aziziya", "indonesia", "khalidiya", "aquila", "sakina", "qudaih", "opec",
                 "malaysia", "dmz", "nepal", "suitcase", "kingfaisal", "dosari", "hamburg", "kalbani", "koreanair", "dzeko"}
# The release check's balance (shares of all pairs): contradicts in [low, high], supports and unrelated at least.
RELEASE_BALANCE = ((0.08, 0.16), 0.4, 0.3)


def _jsonl(*paths):
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass(frozen=True)
class GoldSet:
    folder: str
    annotator: str  # ids are p<annotator>-NNN
    min_claim_words: int
    held_out_share: tuple[float, float]
    earlier: tuple[str, ...]  # the relation sets it must not share an article with (globs under tests/gold)
    earlier_urls: int  # how many urls those hold at least (the exclusion really read them)
    earlier_stories: frozenset[str]  # stories of earlier sets it must not take again
    balance: tuple = RELEASE_BALANCE  # ((contradicts low, high), supports at least, unrelated at least)

    def load(self):
        here = GOLD / self.folder
        # loaded by path under its own name: every set's builder is a module called `build`
        spec = importlib.util.spec_from_file_location(f"{self.folder.replace('-', '_')}_build", here / "build.py")
        build = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(build)
        return build, _jsonl(here / "train.jsonl"), _jsonl(here / "heldout.jsonl")


SET_C_STORIES = frozenset(o["story"] for o in _jsonl(*GOLD.glob("relations-passage-2/*.jsonl")))
SETS = {
    "d": GoldSet("relations-passage-3", "d", 1, (0.3, 0.5), tuple(EARLIER), 850, SET_C_STORIES),
    "e": GoldSet("relations-passage-4", "e", 7, (0.35, 0.55), (*EARLIER, "relations-passage-3/*.jsonl"), 1000,
                 SET_C_STORIES | SET_D_STORIES),
    "f": GoldSet("relations-passage-5", "f", 9, (0.4, 0.6),
                 (*EARLIER, "relations-passage-3/*.jsonl", "relations-passage-4/*.jsonl"), 1150,
                 SET_C_STORIES | SET_D_STORIES | SET_E_STORIES),
    # set g: a third of its stories held out (its first use is training data)
    "g": GoldSet("relations-passage-6", "g", 9, (0.25, 0.5),
                 (*EARLIER, "relations-passage-3/*.jsonl", "relations-passage-4/*.jsonl", "relations-passage-5/*.jsonl"),
                 1350, SET_C_STORIES | SET_D_STORIES | SET_E_STORIES | SET_F_STORIES),
    # set h: as set g, a third of its stories expected held out (its first use is training data)
    "h": GoldSet("relations-passage-7", "h", 9, (0.25, 0.5),
                 (*EARLIER, "relations-passage-3/*.jsonl", "relations-passage-4/*.jsonl", "relations-passage-5/*.jsonl",
                  "relations-passage-6/*.jsonl"),
                 1550, SET_C_STORIES | SET_D_STORIES | SET_E_STORIES | SET_F_STORIES | SET_G_STORIES),
    # set i: rich in real cross-outlet conflicts (about a third contradicts), its own balance; a third of its stories
    # expected held out, as sets g and h
    "i": GoldSet("relations-passage-8", "i", 9, (0.25, 0.5),
                 (*EARLIER, "relations-passage-3/*.jsonl", "relations-passage-4/*.jsonl", "relations-passage-5/*.jsonl",
                  "relations-passage-6/*.jsonl", "relations-passage-7/*.jsonl"),
                 1600, SET_C_STORIES | SET_D_STORIES | SET_E_STORIES | SET_F_STORIES | SET_G_STORIES | SET_H_STORIES,
                 ((0.28, 0.42), 0.3, 0.2)),
}


@pytest.fixture(params=sorted(SETS), scope="module")
def gold(request):
    s = SETS[request.param]
    build, train, heldout = s.load()
    return s, build, train, heldout


def _malformed(r, s: GoldSet):
    """What is wrong with one record (empty when nothing)."""
    words_a, words_b = len(r["a"].split()), len(r["b"].split())
    problems = {
        "id": not re.fullmatch(rf"p{s.annotator}-\d{{3}}", r["id"]) or r["annotator"] != s.annotator,
        "label": r["gold"] not in LABELS or not r["note"],
        "one article": r["a_url"] == r["b_url"],
        "a is one claim": not s.min_claim_words <= words_a <= 45,  # as the extractor would give it
        "b length": not 12 <= words_b <= 400,  # the release check's passage lengths
        "kind": r["kind"] != ("claim-passage" if words_b > 45 else "claim-claim"),
    }
    return [k for k, bad in problems.items() if bad]


def test_pairs_are_well_formed(gold):
    s, _, train, heldout = gold
    pairs = train + heldout
    assert len(pairs) >= 150 and len({r["id"] for r in pairs}) == len(pairs)
    assert {r["id"]: _malformed(r, s) for r in pairs if _malformed(r, s)} == {}


def test_balance_and_lengths_are_the_release_checks(gold):
    """About one pair in ten contradicts (set i: about a third), most support or are unrelated; passages from a clause
    to a page."""
    s, _, train, heldout = gold
    pairs = train + heldout
    share = {k: v / len(pairs) for k, v in Counter(r["gold"] for r in pairs).items()}
    (low, high), supports, unrelated = s.balance
    assert low <= share["contradicts"] <= high
    assert share["supports"] >= supports and share["unrelated"] >= unrelated
    words = sorted(len(r["b"].split()) for r in pairs)
    assert 40 <= words[len(words) // 2] <= 75
    assert sum(n > 150 for n in words) >= 15 and sum(n < 30 for n in words) >= 30
    for part in (train, heldout):
        assert set(Counter(r["gold"] for r in part)) == LABELS


def test_split_is_the_fixed_story_hash(gold):
    s, build, train, heldout = gold
    for name, part in (("train", train), ("heldout", heldout)):
        assert {(r["split"], build.story_split(r["story"])) for r in part} == {(name, name)}
    assert all(r["thread"].split("-")[0] == r["story"] for r in train + heldout)
    assert not {r["story"] for r in train} & {r["story"] for r in heldout}
    low, high = s.held_out_share
    assert low <= len(heldout) / len(train + heldout) <= high


def test_no_article_or_story_of_an_earlier_relation_set(gold):
    s, _, train, heldout = gold
    earlier = _jsonl(*(p for pattern in s.earlier for p in GOLD.glob(pattern)))
    used = {o[k] for o in earlier for k in ("a_url", "b_url", "url") if o.get(k)}
    assert len(used) > s.earlier_urls
    assert not used & {r[k] for r in train + heldout for k in ("a_url", "b_url")}
    assert not s.earlier_stories & {r["story"] for r in train + heldout}


def test_no_article_of_an_extraction_held_out_outlet_day(gold):
    """Read from the held-out sets' file names only (never their contents)."""
    _, build, train, heldout = gold
    days = build.corpus.unseen_outlet_days()
    assert len(days) > 30
    assert not days & {(r[f"{side}_source"], r[f"date_{side}"]) for r in train + heldout for side in ("a", "b")}


@pytest.mark.skipif(not ZIPS.is_dir(), reason="../shared/data/news/saudinewsnet-2015 (the articles) is not here")
def test_files_are_what_the_specs_cut_from_the_articles(gold):
    _, build, train, heldout = gold
    assert build.build() == {"train": train, "heldout": heldout}
    text = {a["url"]: a["content"] for a in build.corpus.all_articles()}
    assert [r["id"] for r in train + heldout if r["a"] not in text[r["a_url"]] or r["b"] not in text[r["b_url"]]] == []


def test_counts_are_the_readmes(gold):
    """The README's counts table is what the files hold."""
    s, _, train, heldout = gold
    table = {}
    for line in (GOLD / s.folder / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells[0] in ("train", "heldout", "all") and len(cells) == 6:
            table[cells[0]] = [int(c.split()[0]) for c in cells[1:]]
    for name, part in (("train", train), ("heldout", heldout), ("all", train + heldout)):
        labels = Counter(r["gold"] for r in part)
        assert table[name] == [labels["contradicts"], labels["supports"], labels["unrelated"], len(part),
                               len({r["story"] for r in part})]
