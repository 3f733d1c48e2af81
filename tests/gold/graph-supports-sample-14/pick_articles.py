"""The SaudiNewsNet articles of the supports-sample-14 store: politics and security articles of any news day of the
corpus (all 18 zips) that no earlier sample or gold folder holds.

    python tests/gold/graph-supports-sample-14/pick_articles.py ../shared/data/news > fresh14.jsonl

The rules are sample 13's (sample 6's picker, run through sample 13's and 12's loaders): left out are the 449 of
`saudinewsnet-syria-2015.jsonl`, the 600 of `../graph-supports-sample-4`, every article any file under the gold
folders held here refers to (by URL, by SHA-256 of its text, or by a 60-character stretch of quoted text), and the
articles of samples 6, 8, 10, 11, 12 and 13. Of what is left, the articles with at least three politics/security
words and over 400 characters; a seeded draw that keeps each outlet's share brings them to 600."""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
NEWS_DAYS = "saudinewsnet-2015"
SEED = 2071
# Sample 13's picker (run from its file): its loader of other samples' pickers and its frozen lists, which this
# sample extends by sample 13 itself.
_sample13 = runpy.run_path(str(GOLD / "graph-relations-sample-13" / "pick_articles.py"))
_picker = _sample13["_picker"]
_written_later = runpy.run_path(str(GOLD / "graph-relations-sample-12" / "pick_articles.py"))["written_later"]
EARLIER = (*_sample13["EARLIER"], "graph-relations-sample-13")
# The gold folders that existed when this sample drew (session 13): sample 13's and sample 13. Later folders, and
# relations measured from session 13 on, may quote articles of any day: they are skipped, so the pick stays put.
HELD = frozenset((*_sample13["HELD"], "graph-relations-sample-13"))


def later_folders() -> tuple[Path, ...]:
    """The gold folders not held here (written after this sample drew): skipped, so they cannot move its pick."""
    return tuple(folder for folder in sorted(GOLD.iterdir())
                 if folder.is_dir() and folder != HERE and folder.name not in HELD)


def days(news: str) -> tuple[str, ...]:
    """Every news day of the corpus (the zip files' names)."""
    return tuple(sorted(p.stem for p in (Path(news) / NEWS_DAYS).glob("*.zip")))


def pick(news: str) -> list[dict]:
    used_before = {a["url"] for folder in EARLIER for a in _picker(folder)["pick"](news)}
    skip = (HERE, *later_folders(), *_written_later(13))
    return _picker("graph-relations-sample-6")["pick"](news, days=days(news), seed=SEED, skip=skip,
                                                      exclude=used_before)


if __name__ == "__main__":
    print("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in pick(sys.argv[1])), end="")
