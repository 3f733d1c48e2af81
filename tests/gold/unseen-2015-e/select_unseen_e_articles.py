"""Picks the articles of tests/gold/unseen-2015-e from the SaudiNewsNet 2015 zips (seeded, reproducible).

unseen-2015-c's selector (`../unseen-2015-c/select_unseen_c_articles.py`: its exclusions, filters and two-pass
draw), with:
- the (outlet, day) pairs of unseen-2015-b, -c and -d left out too, besides the older sets' (unseen-2015-d's
  from the names of its `.meta.json` sidecars, so that none of its gold files is read);
- only the crawl days 1-11 August 2015 (July is being drawn for a relation sample in session 11);
- the articles of the relation samples 6, 8 and 10 left out by URL, from their own pickers (imported, run);
- the gold folders present at main 6f5c30f except the sealed blind sets (FROZEN_FOLDERS: unseen-2015-d's list)
  searched for articles they quote by URL, text SHA-256 or a 60-character stretch;
- 100-250 words (shorter than unseen-2015-c's 320: one blind annotator's pass within session 11's hour).

Usage: python tests/gold/unseen-2015-e/select_unseen_e_articles.py [--zips DIR] [--gold tests/gold]
"""

from __future__ import annotations

import functools
import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
sys.path[:0] = [str(GOLD / "unseen-2015-c")]

import select_unseen_c_articles as sel_c  # noqa: E402

SEED = 2043  # issue #14, fifth held-out set
N = 20
DAYS = ("2015-08-01", "2015-08-11")  # first and last crawl day drawn from
MAX_WORDS = 250
SETS = ("unseen-2015-b", "unseen-2015-c")  # newer held-out sets whose (outlet, day) pairs are left out
SEALED = "unseen-2015-d"  # its pairs come from its sidecars' names (<outlet>-<day>-<index>.meta.json)
SAMPLES = ("graph-relations-sample-6", "graph-relations-sample-8", "graph-relations-sample-10")
FROZEN_FOLDERS = (*sel_c.FROZEN_FOLDERS, "graph-relations-sample-8", "unseen-2015-c")


def stem(c: dict) -> str:
    return sel_c.stem(c)


def sealed_pairs(gold: Path) -> set[tuple[str, str]]:
    """(outlet, day) of the sealed set, from file names only: `<outlet>-<YYYY-MM-DD>-<index>.meta.json`."""
    pairs = (p.name.split("-", 1) for p in (gold / SEALED).glob("*.meta.json"))  # outlet names hold no '-'
    return {(outlet, rest[:10]) for outlet, rest in pairs}


def sample_urls(gold: Path, news: Path) -> set[str]:
    """The articles of the relation samples' stores, by their own pickers."""
    return {a["url"] for s in SAMPLES for a in runpy.run_path(str(gold / s / "pick_articles.py"))["pick"](str(news))}


@functools.cache  # the pickers take a minute; the test and pick() share one run
def excluded(gold: Path, news: Path) -> tuple[set[tuple[str, str]], set[str], object]:
    syria = [json.loads(line) for line in (news / "saudinewsnet-syria-2015.jsonl").open(encoding="utf-8")]
    used, urls, quoted = sel_c.excluded(gold, news, syria, sets=SETS, folders=FROZEN_FOLDERS)
    return used | sealed_pairs(gold), urls | sample_urls(gold, news), quoted


def pick(zips: Path, gold: Path = GOLD) -> tuple[list[dict], int, int]:
    """The drawn articles (sorted by outlet, day, index), the number of (outlet, day) pairs left out and of candidates."""
    used, urls, quoted = excluded(gold, zips.parent)
    bound, sel_c.MAX_WORDS = sel_c.MAX_WORDS, MAX_WORDS  # candidates() reads the module's bound
    try:
        cands = sel_c.candidates(zips, used, urls, quoted, lambda day: not DAYS[0] <= day <= DAYS[1])
    finally:
        sel_c.MAX_WORDS = bound
    return sel_c.draw(cands, SEED, N), len(used), len(cands)


if __name__ == "__main__":
    sel_c.main(pick)
