"""The SaudiNewsNet articles of the relations-sample-15 store: politics and security articles of any news day of the
corpus (all 18 zips) that no earlier sample or gold folder holds, all of them up to 1,500.

    python tests/gold/graph-relations-sample-15/pick_articles.py ../shared/data/news > fresh15.jsonl

The rules are sample 14's (sample 6's picker, run through sample 14's, 13's and 12's loaders): left out are the 449
of `saudinewsnet-syria-2015.jsonl`, the 600 of `../graph-supports-sample-4`, every article any file under the gold
folders held here refers to (by URL, by SHA-256 of its text, or by a 60-character stretch of quoted text), and the
articles of samples 6, 8, 10, 11, 12, 13 and 14. Of what is left, the articles with at least three politics/security
words and over 400 characters: all of them, or, were there more than 1,500, a seeded draw (2081) that keeps each
outlet's share."""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
SEED = 2081
TARGET = 1500
# Sample 14's picker (run from its file): its loader, its frozen lists and its days, which this sample extends by
# sample 14 itself.
_sample14 = runpy.run_path(str(GOLD / "graph-supports-sample-14" / "pick_articles.py"))
_picker, days = _sample14["_picker"], _sample14["days"]
_written_later = runpy.run_path(str(GOLD / "graph-relations-sample-12" / "pick_articles.py"))["written_later"]
EARLIER = (*_sample14["EARLIER"], "graph-supports-sample-14")
# The gold folders that existed when this sample drew (session 14): sample 14's and sample 14. Later folders, and
# relations measured from session 13 on (as sample 14), may quote articles of any day: skipped, so the pick stays put.
HELD = frozenset((*_sample14["HELD"], "graph-supports-sample-14"))


def later_folders() -> tuple[Path, ...]:
    """The gold folders not held here (written after this sample drew): skipped, so they cannot move its pick."""
    return tuple(folder for folder in sorted(GOLD.iterdir())
                 if folder.is_dir() and folder != HERE and folder.name not in HELD)


def pick(news: str) -> list[dict]:
    used_before = {a["url"] for folder in EARLIER for a in _picker(folder)["pick"](news)}
    skip = (HERE, *later_folders(), *_written_later(13))
    sample6_pick = _picker("graph-relations-sample-6")["pick"]
    # Sample 6's draw size is its module's TARGET (600); this run's own copy of that module takes up to 1,500.
    sample6_pick.__globals__["TARGET"] = TARGET
    return sample6_pick(news, days=days(news), seed=SEED, skip=skip, exclude=used_before)


if __name__ == "__main__":
    print("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in pick(sys.argv[1])), end="")
