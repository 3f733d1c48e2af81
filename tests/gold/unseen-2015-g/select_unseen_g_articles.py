"""Picks the articles of tests/gold/unseen-2015-g from the SaudiNewsNet 2015 zips (seeded, reproducible).

Exclusions: unseen-2015-c's (`excluded`: every (outlet, crawl day) of the older gold sets and of unseen-2015-b,
the syria articles, graph-supports-sample-4's fresh store, every article its frozen gold folders quote; and the
crawl days of graph-relations-sample-6's fresh store), plus:
- the (outlet, day) pairs of unseen-2015-c, -d, -e and -f, read from their FILE NAMES only
  (`<outlet>-<YYYY-MM-DD>-<index>.txt`): d, e and f are blind sets whose files this script never opens;
- every URL named by the `a_url` / `b_url` fields of the relation-passage files (tests/gold/relations-passage*/
  **/*.jsonl; only those two fields are read).
Candidates: news (no opinion column, no sports story: the set aims at politics, security and economy news),
80-400 words (unseen-2015-b's range), at least four reporting words by unseen-2015-b's substring count,
no CR or BOM, deduplicated by opening text. Draw: random.Random(SEED).shuffle of the candidates in zip order,
then one per outlet and one per (outlet, day) in a first pass, two per outlet in a second, until N articles.
The older sets have used almost every (outlet, day) of the 18 crawl days: only 7 pairs, of 6 outlets, have a
candidate left, so the draw takes all 7 (N = 15 was the aim; the draw order only picks the article of each pair).

Usage: python tests/gold/unseen-2015-g/select_unseen_g_articles.py [--zips DIR] [--gold tests/gold]
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
sys.path[:0] = [str(GOLD / "unseen-2015-c"), str(GOLD / "unseen-2015-b")]

import select_unseen_c_articles as sel_c  # noqa: E402

SEED = 1407  # issue #14, the fourth set drawn by this lineage of selectors (c: 1403)
N = 15
PER_OUTLET = (1, 2)  # spread over as many outlets as have candidates first
WORDS = (80, 400)  # unseen-2015-b's range: with c's 100-320 only 6 (outlet, day) pairs are left
NEWER_SETS = ("unseen-2015-c", "unseen-2015-d", "unseen-2015-e", "unseen-2015-f")
STEM = re.compile(r"^(?P<outlet>[a-z0-9]+)-(?P<day>\d{4}-\d{2}-\d{2})-\d+\.txt$")
# Sports stories are left out by URL section or by two of these words (a general marker of the sports pages).
SPORTS = ("مباراة", "الدوري", "المنتخب", "اللاعب", "لاعب", "النادي", "نادي", "المدرب", "كرة القدم", "بطولة", "هدف")


def newer_outlet_days(gold: Path = GOLD) -> set[tuple[str, str]]:
    """(outlet, day) pairs of the newer held-out sets, from file names only."""
    return {(m["outlet"], m["day"]) for d in NEWER_SETS for p in (gold / d).iterdir()
            if (m := STEM.match(p.name))}


def passage_urls(gold: Path = GOLD) -> set[str]:
    """The a_url / b_url fields of every relation-passage jsonl file (nothing else of them is kept)."""
    urls = set()
    for path in sorted(gold.glob("relations-passage*/**/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                urls.update(row[k] for k in ("a_url", "b_url") if isinstance(row.get(k), str))
    return urls


def is_sports(url: str, text: str) -> bool:
    return "sport" in url.lower() or sum(w in text for w in SPORTS) >= 2


def pick(zips: Path, gold: Path = GOLD) -> tuple[list[dict], int, int]:
    """The drawn articles (sorted by outlet, day, index), the number of (outlet, day) pairs left out and of candidates."""
    news = zips.parent
    syria = [json.loads(line) for line in (news / "saudinewsnet-syria-2015.jsonl").open(encoding="utf-8")]
    sample6_days = set(sel_c._module(gold / "graph-relations-sample-6" / "pick_articles.py", "s6").DAYS)
    used, urls, quoted = sel_c.excluded(gold, news, syria)
    used |= newer_outlet_days(gold)
    urls |= passage_urls(gold)
    cands = news_candidates(zips, used, urls, quoted, sample6_days, WORDS)
    return sel_c.draw(cands, SEED, N, PER_OUTLET), len(used), len(cands)


def news_candidates(zips: Path, used, urls, quoted, left_out_days: set, words: tuple[int, int]) -> list[dict]:
    """unseen-2015-c's candidates within `words` (its own range swapped in for the call), sports stories left out."""
    saved = (sel_c.MIN_WORDS, sel_c.MAX_WORDS)
    sel_c.MIN_WORDS, sel_c.MAX_WORDS = words
    try:
        cands = sel_c.candidates(zips, used, urls, quoted, left_out_days.__contains__)
    finally:
        sel_c.MIN_WORDS, sel_c.MAX_WORDS = saved
    return [c for c in cands if not is_sports(c["url"], _text(zips, c))]


_CACHE: dict[tuple[str, str], list] = {}  # one zip member's JSON list, read once for all its candidates


def _text(zips: Path, c: dict) -> str:
    key = (c["zip"], c["member"])
    if key not in _CACHE:
        with zipfile.ZipFile(zips / c["zip"]) as f:
            _CACHE[key] = json.loads(f.read(c["member"]))
    return _CACHE[key][c["index"]]["content"]


stem = sel_c.stem

if __name__ == "__main__":
    sel_c.main(pick)
