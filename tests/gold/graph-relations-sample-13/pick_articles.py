"""The SaudiNewsNet articles of the sample-13 store: the two July news days no relations sample had used
(extracted 27 and 31 July 2015), politics and security, every outlet.

    python tests/gold/graph-relations-sample-13/pick_articles.py ../shared/data/news > fresh13.jsonl

The rules are sample 6's (its picker is imported): left out are the 449 of `saudinewsnet-syria-2015.jsonl`, the
600 of `../graph-supports-sample-4`, every article any file under the gold folders held here refers to (by URL, by
SHA-256 of its text, or by a 60-character stretch of quoted text), and the articles of samples 6, 8, 10, 11 and 12.
Of what is left, the articles with at least three politics/security words and over 400 characters; if more than
600, a seeded draw that keeps each outlet's share brings them to 600 (two days may give fewer: then all of them)."""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
DAYS = ("2015-07-27", "2015-07-31")
SEED = 2061
# Sample 12's picker (run from its file): its loader of other samples' pickers, and its frozen lists, which this
# sample extends by sample 12 itself.
_sample12 = runpy.run_path(str(GOLD / "graph-relations-sample-12" / "pick_articles.py"))
_picker = _sample12["_picker"]
EARLIER = (*_sample12["EARLIER"], "graph-relations-sample-12")
# The gold folders that existed when this sample drew (session 12, sample 12 merged): sample 12's and sample 12.
# Folders written later may quote articles of these days; they are not held against this sample, so that the pick
# stays the store's articles (as samples 10, 11, 12).
HELD = frozenset((*_sample12["HELD"], "graph-relations-sample-12"))


def later_folders() -> tuple[Path, ...]:
    """The gold folders not held here (written after this sample drew): skipped, so they cannot move its pick."""
    return tuple(folder for folder in sorted(GOLD.iterdir())
                 if folder.is_dir() and folder != HERE and folder.name not in HELD)


def pick(news: str) -> list[dict]:
    used_before = {a["url"] for folder in EARLIER for a in _picker(folder)["pick"](news)}
    skip = (HERE, *later_folders(), *_sample12["written_later"]())  # sample 12's: measurements written later
    return _picker("graph-relations-sample-6")["pick"](news, days=DAYS, seed=SEED, skip=skip, exclude=used_before)


if __name__ == "__main__":
    print("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in pick(sys.argv[1])), end="")
