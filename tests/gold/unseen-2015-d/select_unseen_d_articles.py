"""Picks the articles of tests/gold/unseen-2015-d from the SaudiNewsNet 2015 zips (seeded, reproducible).

unseen-2015-c's selector (`../unseen-2015-c/select_unseen_c_articles.py`: its exclusions, filters and two-pass
draw), with:
- unseen-2015-c's own (outlet, day) pairs left out too, besides unseen-2015-b's and the older sets';
- only the July crawl days: from 1 August on the days belong to relation samples (1-5 August is being drawn for
  graph-relations-sample-10, 6-8 August is sample 6's fresh store, 9-11 August sample 8's);
- the gold folders present at main 86a7b0a (FROZEN_FOLDERS: unseen-2015-c's list, graph-relations-sample-8 and
  unseen-2015-c) searched for articles they quote by URL, text SHA-256 or a 60-character stretch.

Usage: python tests/gold/unseen-2015-d/select_unseen_d_articles.py [--zips DIR] [--gold tests/gold]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
sys.path[:0] = [str(GOLD / "unseen-2015-c")]

import select_unseen_c_articles as sel_c  # noqa: E402

SEED = 1404  # issue #14, fourth held-out set
N = 24  # as unseen-2015-c; the July candidates allow only 20 (one per (outlet, day), at most 3 per outlet)
FIRST_OUT_DAY = "2015-08-01"  # this day and later are the relation samples'
SETS = ("unseen-2015-b", "unseen-2015-c")  # newer held-out sets whose (outlet, day) pairs are left out
FROZEN_FOLDERS = (*sel_c.FROZEN_FOLDERS, "graph-relations-sample-8", "unseen-2015-c")


def stem(c: dict) -> str:
    return sel_c.stem(c)


def excluded(gold: Path, news: Path) -> tuple[set[tuple[str, str]], set[str], object]:
    syria = [json.loads(line) for line in (news / "saudinewsnet-syria-2015.jsonl").open(encoding="utf-8")]
    return sel_c.excluded(gold, news, syria, sets=SETS, folders=FROZEN_FOLDERS)


def pick(zips: Path, gold: Path = GOLD) -> tuple[list[dict], int, int]:
    """The drawn articles (sorted by outlet, day, index), the number of (outlet, day) pairs left out and of candidates."""
    used, urls, quoted = excluded(gold, zips.parent)
    cands = sel_c.candidates(zips, used, urls, quoted, lambda day: day >= FIRST_OUT_DAY)
    return sel_c.draw(cands, SEED, N), len(used), len(cands)


if __name__ == "__main__":
    sel_c.main(pick)
