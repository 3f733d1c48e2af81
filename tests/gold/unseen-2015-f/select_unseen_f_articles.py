"""Picks the articles of tests/gold/unseen-2015-f from the SaudiNewsNet 2015 zips (seeded, reproducible).

unseen-2015-e's selector (`../unseen-2015-e/select_unseen_e_articles.py`, itself unseen-2015-c's exclusions,
filters and two-pass draw), with:
- every crawl day of the corpus (21 July - 11 August 2015);
- the (outlet, day) pairs of unseen-2015-b and -c (from their gold files) and of the sealed sets unseen-2015-d and
  -e (from the names of their `.meta.json` sidecars only, so that none of their gold files is read) left out,
  besides the older sets' pairs;
- the articles of the relation samples 6, 8 and 10 left out by URL, from their own pickers (as -e), and those of
  the samples 11, 12, 13 (their pickers), 14 (its store, `fresh14.jsonl`) and 15 (its store, `fresh15.jsonl`,
  present when this set was drawn) by the SHA-256 of their URLs pinned in `sample_urls.sha256` (`--pin` rewrites
  it: the pickers of 11-13 take many minutes, and sample 15 is blind, so its URLs are not written out in clear);
- the gold folders present at main 14a487c except the sealed sets (FROZEN_FOLDERS) searched for articles they
  quote by URL, text SHA-256 or a 60-character stretch;
- 100-250 words, as -e.

Usage: python tests/gold/unseen-2015-f/select_unseen_f_articles.py [--zips DIR] [--gold tests/gold]
       python tests/gold/unseen-2015-f/select_unseen_f_articles.py --pin [--news DIR] [--store SAMPLE=FILE ...]
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
sys.path[:0] = [str(GOLD / "unseen-2015-e")]

import select_unseen_e_articles as sel_e  # noqa: E402

sel_c = sel_e.sel_c
SEED = 2053  # issue #14, sixth held-out set
N = 20
DAYS = ("2015-07-21", "2015-08-11")  # every crawl day of the corpus
MAX_WORDS = 250
SETS = ("unseen-2015-b", "unseen-2015-c")  # newer held-out sets whose (outlet, day) pairs are left out
SEALED = ("unseen-2015-d", "unseen-2015-e")  # their pairs come from their sidecars' names
PICKED = ("graph-relations-sample-11", "graph-relations-sample-12", "graph-relations-sample-13")
STORES = {"graph-supports-sample-14": "/tmp/s13/sup14/fresh14.jsonl",  # the stores' article lists (JSON lines)
          "graph-relations-sample-15": "/tmp/s14/con15/fresh15.jsonl"}
PINNED = HERE / "sample_urls.sha256"  # "<sample>\t<sha256 of an article URL>" per line
FROZEN_FOLDERS = (*sel_e.FROZEN_FOLDERS, "graph-relations-sample-10", "graph-relations-sample-11",
                  "graph-relations-sample-12", "graph-relations-sample-13", "graph-supports-sample-14")


def stem(c: dict) -> str:
    return sel_c.stem(c)


def url_hash(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def sealed_pairs(gold: Path) -> set[tuple[str, str]]:
    """(outlet, day) of the sealed sets, from file names only: `<outlet>-<YYYY-MM-DD>-<index>.meta.json`."""
    pairs = (p.name.split("-", 1) for d in SEALED for p in (gold / d).glob("*.meta.json"))  # outlets hold no '-'
    return {(outlet, rest[:10]) for outlet, rest in pairs}


def pinned(path: Path = PINNED) -> dict[str, set[str]]:
    """The pinned URL hashes, by sample."""
    out: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        sample, digest = line.split("\t")
        out.setdefault(sample, set()).add(digest)
    return out


def pin(gold: Path, news: Path, stores: dict[str, str]) -> dict[str, int]:
    """Writes to PINNED the URL hashes of the stores' lists (JSON lines) and of the PICKED samples that have none
    there, from their pickers (run here; `--store` takes a picker's saved output instead)."""
    urls = {s: {json.loads(line)["url"] for line in open(path, encoding="utf-8") if line.strip()}
            for s, path in stores.items()}
    for s in (s for s in PICKED if s not in urls):
        urls[s] = {a["url"] for a in runpy.run_path(str(gold / s / "pick_articles.py"))["pick"](str(news))}
    PINNED.write_text("".join(f"{s}\t{h}\n" for s in sorted(urls) for h in sorted(map(url_hash, urls[s]))),
                      encoding="utf-8")
    return {s: len(u) for s, u in sorted(urls.items())}


@functools.cache  # sample 6, 8 and 10's pickers take minutes; the test and pick() share one run
def excluded(gold: Path, news: Path) -> tuple[set[tuple[str, str]], set[str], object]:
    syria = [json.loads(line) for line in (news / "saudinewsnet-syria-2015.jsonl").open(encoding="utf-8")]
    used, urls, quoted = sel_c.excluded(gold, news, syria, sets=SETS, folders=FROZEN_FOLDERS)
    hashes = set().union(*pinned().values())
    return (used | sealed_pairs(gold), urls | sel_e.sample_urls(gold, news),
            lambda article: url_hash(article["url"]) in hashes or quoted(article))


def pick(zips: Path, gold: Path = GOLD) -> tuple[list[dict], int, int]:
    """unseen-2015-e's pick() run on this set's exclusions, days, bound, seed and size (its module globals)."""
    ours = {"excluded": excluded, "DAYS": DAYS, "MAX_WORDS": MAX_WORDS, "SEED": SEED, "N": N}
    saved = {k: getattr(sel_e, k) for k in ours}
    vars(sel_e).update(ours)
    try:
        return sel_e.pick(zips, gold)
    finally:
        vars(sel_e).update(saved)


def main() -> None:
    if "--pin" not in sys.argv:
        return sel_c.main(pick)
    ap = argparse.ArgumentParser()
    ap.add_argument("--pin", action="store_true")
    ap.add_argument("--news", type=Path, default=sel_c.sel_b.SHARED_NEWS)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--store", action="append", default=[],
                    help="SAMPLE=FILE: a store's list or a picker's saved output (JSON lines with a url)")
    args = ap.parse_args()
    stores = {**STORES, **dict(s.split("=", 1) for s in args.store)}
    missing = [p for p in stores.values() if not Path(p).exists()]
    if missing:
        sys.exit(f"missing store lists: {missing}")
    print(json.dumps(pin(args.gold, args.news, stores)))


if __name__ == "__main__":
    main()
