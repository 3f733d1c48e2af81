"""Picks the articles of tests/gold/unseen-2015-c from the SaudiNewsNet 2015 zips (seeded, reproducible).

The exclusions of unseen-2015-b's selector (every (outlet, crawl day) an older gold set took an article from,
the articles of saudinewsnet-syria-2015.jsonl by URL or opening text, opinion columns), plus:
- the (outlet, day) pairs of unseen-2015-b itself;
- the crawl days of graph-relations-sample-6's fresh store (6-8 August 2015: it took articles of every outlet
  on those days and its relations files quote the extractor's output on them);
- the 600 articles of graph-supports-sample-4's fresh store (by URL);
- every article that a file of the gold folders present when this set was drawn (FROZEN_FOLDERS) refers to by
  URL, text SHA-256 or a quoted 60-character stretch (graph-relations-sample-6's `gold_references`).
Candidates: 100-320 words (a blind annotator's budget), at least four reporting words by unseen-2015-b's
substring count, no CR or BOM, deduplicated by opening text. Draw: random.Random(SEED).shuffle of the
candidates in zip order, then at most 2 per outlet and one per (outlet, day) in a first pass, 3 per outlet in a
second, until N articles (11 outlets have candidates: 2 x 11 = 22).

Usage: python tests/gold/unseen-2015-c/select_unseen_c_articles.py [--zips DIR] [--gold tests/gold]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
sys.path[:0] = [str(GOLD / "unseen-2015-b")]

import select_unseen_b_articles as sel_b  # noqa: E402

SEED = 1403  # issue #14, third held-out set
N = 24
PER_OUTLET = (2, 3)  # per-outlet caps of the two passes
MIN_WORDS, MAX_WORDS, MIN_CUES = 100, 320, 4
# The gold folders of main at 0deaf01 (when this set was drawn); later folders do not change the draw.
FROZEN_FOLDERS = ("dev", "dev-2", "graph-contradictions-sample-3", "graph-contradictions-sample-5",
                  "graph-contradictions-sample-7", "graph-relations-sample-2", "graph-relations-sample-6",
                  "graph-supports-sample", "graph-supports-sample-4", "relations", "relations-heldout",
                  "relations-passage", "relations-passage-2", "saudinewsnet", "unseen-2015", "unseen-2015-b")


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def excluded(gold: Path, news: Path, syria: list[dict], sets: tuple[str, ...] = ("unseen-2015-b",),
             folders: tuple[str, ...] = FROZEN_FOLDERS) -> tuple[set[tuple[str, str]], set[str], object]:
    """(outlet, day) pairs and URLs left out, and a predicate for articles the frozen gold folders quote.
    A later held-out set passes the newer sets whose (outlet, day) pairs it avoids and its own frozen folders."""
    used = sel_b.used_outlet_days(gold, syria)
    for p in (p for d in sets for p in (gold / d).glob("*.gold.json")):
        s = json.loads(p.read_text(encoding="utf-8"))["source_article"]
        used.add((s["source"], s["date_extracted"][:10]))
    sample6 = _module(gold / "graph-relations-sample-6" / "pick_articles.py", "sample6_pick")
    sample4 = _module(gold / "graph-supports-sample-4" / "pick_articles.py", "sample4_pick")
    urls = {a["url"] for a in sample4.fresh_articles(str(news))}
    refs = sample6.gold_references([gold / f for f in folders], skip=(sample6.OWN,))
    return used, urls, lambda article: sample6.used(article, *refs)


def stem(c: dict) -> str:
    return f"{c['source']}-{c['day']}-{c['index']}"


def candidates(zips: Path, used: set[tuple[str, str]], urls: set[str], quoted, skip_day) -> list[dict]:
    """The articles of the zips (in zip order) that no exclusion hits and that fit the size and cue filters."""
    news = zips.parent
    syria = [json.loads(line) for line in (news / "saudinewsnet-syria-2015.jsonl").open(encoding="utf-8")]
    syria_urls = {r["url"] for r in syria}
    syria_heads = {r["content"].strip()[:80] for r in syria}
    cands, seen_heads = [], set()
    for z in sorted(zips.glob("*.zip")):
        with zipfile.ZipFile(z) as f:
            for member in f.namelist():
                for i, r in enumerate(json.loads(f.read(member))):
                    text, head = r["content"], r["content"].strip()[:80]
                    day = r["date_extracted"][:10]
                    if (r["source"], day) in used or skip_day(day):
                        continue
                    if r["url"] in syria_urls or r["url"] in urls or head in syria_heads or head in seen_heads:
                        continue
                    if "\r" in text or text.startswith("\ufeff") or sel_b.is_column(r["source"], r["url"]):
                        continue
                    if not MIN_WORDS <= len(text.split()) <= MAX_WORDS or sel_b.cue_count(text) < MIN_CUES:
                        continue
                    if quoted(r):
                        continue
                    seen_heads.add(head)
                    cands.append({"zip": z.name, "member": member, "index": i, "source": r["source"],
                                  "day": day, "words": len(text.split()), "url": r["url"], "title": r["title"]})
    return cands


def draw(cands: list[dict], seed: int, n: int, caps: tuple[int, ...] = PER_OUTLET) -> list[dict]:
    """random.Random(seed) shuffles the candidates; each pass takes one per (outlet, day) up to its outlet cap."""
    cands = list(cands)
    random.Random(seed).shuffle(cands)
    picked, per_outlet, days = [], {}, set()
    for cap in caps:  # as many outlets as possible first, then a top-up pass
        for c in cands:
            if len(picked) == n:
                break
            if per_outlet.get(c["source"], 0) >= cap or (c["source"], c["day"]) in days:
                continue
            picked.append(c)
            per_outlet[c["source"]] = per_outlet.get(c["source"], 0) + 1
            days.add((c["source"], c["day"]))
    return sorted(picked, key=lambda c: (c["source"], c["day"], c["index"]))


def pick(zips: Path, gold: Path = GOLD) -> tuple[list[dict], int, int]:
    """The drawn articles (sorted by outlet, day, index), the number of (outlet, day) pairs left out and of candidates."""
    news = zips.parent
    syria = [json.loads(line) for line in (news / "saudinewsnet-syria-2015.jsonl").open(encoding="utf-8")]
    sample6_days = set(_module(gold / "graph-relations-sample-6" / "pick_articles.py", "s6").DAYS)
    used, urls, quoted = excluded(gold, news, syria)
    cands = candidates(zips, used, urls, quoted, sample6_days.__contains__)
    return draw(cands, SEED, N), len(used), len(cands)


def main(pick_fn=None) -> None:
    """Prints the draw; a later set's selector passes its own pick."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--zips", type=Path, default=sel_b.SHARED_NEWS / "saudinewsnet-2015")
    ap.add_argument("--gold", type=Path, default=GOLD)
    args = ap.parse_args()
    picked, n_used, n_cands = (pick_fn or pick)(args.zips, args.gold)
    print(f"{n_used} (outlet, day) pairs used by older gold; {n_cands} candidates; picked {len(picked)}")
    for c in picked:
        print(json.dumps(c, ensure_ascii=False))


if __name__ == "__main__":
    main()
