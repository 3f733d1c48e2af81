"""Picks the articles of tests/gold/unseen-2015-h from the SaudiNewsNet 2015 zips (seeded, reproducible).

Exclusions: unseen-2015-g's, widened to every gold folder present when this set was drawn:
- every (outlet, crawl day) of the older held-out sets unseen-2015-c, -d, -e, -f and -g, read from their FILE
  NAMES only (`<outlet>-<YYYY-MM-DD>-<index>.txt`): e, f and g are blind sets whose files this script never opens;
- the crawl days of graph-relations-sample-6's fresh store (6-8 August 2015) and the 600 articles of
  graph-supports-sample-4's fresh store (by URL);
- the 449 articles of saudinewsnet-syria-2015.jsonl (URL or opening text);
- every URL named by the `a_url` / `b_url` fields of tests/gold/relations-passage*/**/*.jsonl (only those two
  fields are read);
- every article that a file of the gold folders of FROZEN_FOLDERS refers to by URL, text SHA-256 or a quoted
  60-character stretch (graph-relations-sample-6's `gold_references`): unseen-2015-c's frozen list and every
  folder added since, except the blind sets e, f, g (their (outlet, day) pairs are out whole), the relation-
  passage sets 3-6 (their URL fields are out, above) and pud-speech (not SaudiNewsNet).
Relaxed against set g (which found only 7 (outlet, day) pairs left under its rules, and took all 7): an article
may come from an (outlet, day) pair of an older DEVELOPMENT set (saudinewsnet, dev, dev-2, unseen-2015,
unseen-2015-b: RELAXED_SETS), never the article such a set holds or quotes. The length range stays 80-400 words.
Candidates: news (no opinion column, no sports story), 80-400 words, at least four reporting words by
unseen-2015-b's substring count, no CR or BOM, deduplicated by opening text. Draw: random.Random(SEED).shuffle of
the candidates in zip order, then one per outlet and one per (outlet, day) in a first pass, two per outlet in a
second, until N articles.

Usage: python tests/gold/unseen-2015-h/select_unseen_h_articles.py [--zips DIR] [--gold tests/gold]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
sys.path[:0] = [str(GOLD / "unseen-2015-g"), str(GOLD / "unseen-2015-c"), str(GOLD / "unseen-2015-b")]

import select_unseen_c_articles as sel_c  # noqa: E402
import select_unseen_g_articles as sel_g  # noqa: E402

SEED = 1408  # issue #14, the fifth set drawn by this lineage of selectors (g: 1407)
N = 14
PER_OUTLET = (1, 2)
WORDS = (80, 400)
NEWER_SETS = ("unseen-2015-c", "unseen-2015-d", "unseen-2015-e", "unseen-2015-f", "unseen-2015-g")
RELAXED_SETS = ("saudinewsnet", "dev", "dev-2", "unseen-2015", "unseen-2015-b")
# The gold folders of main at d3c037f (when this set was drawn); later folders do not change the draw.
FROZEN_FOLDERS = (*sel_c.FROZEN_FOLDERS, "graph-relations-sample-8", "graph-relations-sample-10",
                  "graph-relations-sample-11", "graph-relations-sample-12", "graph-relations-sample-13",
                  "graph-relations-sample-15", "graph-supports-sample-14", "unseen-2015-c", "unseen-2015-d")


def newer_outlet_days(gold: Path = GOLD) -> set[tuple[str, str]]:
    """(outlet, day) pairs of the held-out sets c to g, from file names only."""
    return {(m["outlet"], m["day"]) for d in NEWER_SETS for p in (gold / d).iterdir()
            if (m := sel_g.STEM.match(p.name))}


def development_outlet_days(gold: Path, syria: list[dict]) -> set[tuple[str, str]]:
    """(outlet, day) pairs of the older development sets (RELAXED_SETS): set g left them out, this set may draw from them."""
    used = sel_c.sel_b.used_outlet_days(gold, syria)  # saudinewsnet, dev, dev-2, unseen-2015
    for p in (gold / "unseen-2015-b").glob("*.gold.json"):
        s = json.loads(p.read_text(encoding="utf-8"))["source_article"]
        used.add((s["source"], s["date_extracted"][:10]))
    return used


def excluded(gold: Path, news: Path, syria: list[dict]) -> tuple[set[tuple[str, str]], set[str], object]:
    """(outlet, day) pairs and URLs left out, and a predicate for the articles the frozen gold folders quote."""
    sample6 = sel_c._module(gold / "graph-relations-sample-6" / "pick_articles.py", "sample6_pick")
    sample4 = sel_c._module(gold / "graph-supports-sample-4" / "pick_articles.py", "sample4_pick")
    urls = {a["url"] for a in sample4.fresh_articles(str(news))} | sel_g.passage_urls(gold)
    refs = sample6.gold_references([gold / f for f in FROZEN_FOLDERS], skip=(sample6.OWN,))
    return newer_outlet_days(gold), urls, lambda article: sample6.used(article, *refs)


def pick(zips: Path, gold: Path = GOLD, relax: bool = True) -> tuple[list[dict], int, int]:
    """The drawn articles (sorted by outlet, day, index), the number of (outlet, day) pairs left out and of candidates.
    relax=False keeps the development sets' pairs out too (set g's rule): no candidate is left then."""
    news = zips.parent
    syria = [json.loads(line) for line in (news / "saudinewsnet-syria-2015.jsonl").open(encoding="utf-8")]
    sample6_days = set(sel_c._module(gold / "graph-relations-sample-6" / "pick_articles.py", "s6").DAYS)
    used, urls, quoted = excluded(gold, news, syria)
    if not relax:
        used |= development_outlet_days(gold, syria)
    cands = sel_g.news_candidates(zips, used, urls, quoted, sample6_days, WORDS)
    return sel_c.draw(cands, SEED, N, PER_OUTLET), len(used), len(cands)


stem = sel_c.stem

if __name__ == "__main__":
    sel_c.main(pick)
