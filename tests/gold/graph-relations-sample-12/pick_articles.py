"""The 600 SaudiNewsNet articles of the sample-12 store: three July news days no relations sample had used
(extracted 24-26 July 2015), politics and security, every outlet.

    python tests/gold/graph-relations-sample-12/pick_articles.py ../shared/data/news > fresh12.jsonl

The rules are sample 6's (its picker is imported): left out are the 449 of `saudinewsnet-syria-2015.jsonl`, the
600 of `../graph-supports-sample-4`, every article any file under the gold folders held here refers to (by URL, by
SHA-256 of its text, or by a 60-character stretch of quoted text), and the articles of samples 6, 8, 10 and 11. Of
what is left, the articles with at least three politics/security words and over 400 characters; a seeded draw that
keeps each outlet's share brings them to 600."""

from __future__ import annotations

import json
import re
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
DAYS = ("2015-07-24", "2015-07-25", "2015-07-26")
SEED = 2051
EARLIER = ("graph-relations-sample-6", "graph-relations-sample-8", "graph-relations-sample-10",
           "graph-relations-sample-11")
# The gold folders that existed when this sample drew (session 12). Folders written later may quote articles of
# these days; they are not held against this sample, so that the pick stays the store's 600 (as samples 10, 11).
HELD = ("dev", "dev-2", "graph-contradictions-sample-3", "graph-contradictions-sample-5",
        "graph-contradictions-sample-7", "graph-relations-sample-10", "graph-relations-sample-11",
        "graph-relations-sample-2", "graph-relations-sample-6", "graph-relations-sample-8", "graph-supports-sample",
        "graph-supports-sample-4", "relations", "relations-heldout", "relations-passage", "relations-passage-2",
        "saudinewsnet", "unseen-2015", "unseen-2015-b", "unseen-2015-c", "unseen-2015-d", "unseen-2015-e")


# Sample 11's loader of another sample's picker (run from its file: its functions, not a copy).
_picker = runpy.run_path(str(GOLD / "graph-relations-sample-11" / "pick_articles.py"))["_picker"]


def later_folders() -> tuple[Path, ...]:
    """The gold folders written after this sample drew: skipped, so that they cannot move its pick."""
    return tuple(d for d in sorted(GOLD.iterdir()) if d.is_dir() and d != HERE and d.name not in HELD)


def written_later(session: int = 12) -> tuple[Path, ...]:
    """The relations that later sessions measured on held samples (`relations-sessionNN-….jsonl`, NN ≥ `session`)
    quote those samples' articles, and a reprint of one can lie in this sample's days (sample 11's session-12
    file moved this pick from 599 to 600 articles): skipped, as the folders written later are."""
    return tuple(p for p in sorted(GOLD.glob("*/relations-session*.jsonl"))
                 if int(re.match(r"relations-session(\d+)", p.name).group(1)) >= session)


def pick(news: str) -> list[dict]:
    used_before = {a["url"] for folder in EARLIER for a in _picker(folder)["pick"](news)}
    return _picker("graph-relations-sample-6")["pick"](news, days=DAYS, seed=SEED,
                                                      skip=(HERE, *later_folders(), *written_later()),
                                                      exclude=used_before)


if __name__ == "__main__":
    print("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in pick(sys.argv[1])), end="")
