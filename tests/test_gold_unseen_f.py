"""The sixth held-out extraction gold, tests/gold/unseen-2015-f: drawn from every crawl day (21 July - 11 August
2015), from (outlet, day) pairs that no older gold set nor unseen-2015-b to -e uses, leaving out the articles of
the relation samples 6, 8, 10-15. Its per-file checks (consistent, reproducible from its annotations, read by
`sanad` exactly as annotated) run with unseen-2015's in test_gold_unseen.py."""

import json
import re
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
UNSEEN_F = GOLD / "unseen-2015-f"
NEWS = GOLD.parent.parent.parent / "shared" / "data" / "news"
ZIPS = NEWS / "saudinewsnet-2015"
SYRIA = NEWS / "saudinewsnet-syria-2015.jsonl"
sys.path[:0] = [str(GOLD), str(UNSEEN_F)]

import build_unseen_f_gold as build_gold  # noqa: E402
import select_unseen_f_articles as select  # noqa: E402

FILES = sorted(UNSEEN_F.glob("*.gold.json"))
SOURCES = [json.loads(f.read_text(encoding="utf-8"))["source_article"] for f in FILES]


def _pair(s: dict) -> tuple[str, str]:
    return s["source"], s["date_extracted"][:10]


def test_articles_one_per_outlet_day_in_the_crawl_days():
    assert 12 <= len(FILES) <= select.N == 20
    assert {f.name[: -len(".gold.json")] for f in FILES} == set(build_gold.ARTICLES)
    assert all(select.DAYS[0] <= s["date_extracted"][:10] <= select.DAYS[1] for s in SOURCES)
    assert len({_pair(s) for s in SOURCES}) == len(FILES)  # one per (outlet, day)


def test_sealed_pairs_come_from_file_names():
    pairs = select.sealed_pairs(GOLD)
    assert len(pairs) >= 40 and all(len(day) == 10 and day.startswith("2015-") for _, day in pairs)


def test_pinned_samples_cover_their_quoted_articles():
    """The pinned URL hashes hold samples 11-15's stores, and every article URL that samples 11-14 quote."""
    pinned = select.pinned()
    assert set(pinned) == {*select.PICKED, *select.STORES}
    assert all(len(hashes) >= 150 for hashes in pinned.values())  # sample 15: 174
    every = set().union(*pinned.values())
    for sample in ("graph-relations-sample-11", "graph-relations-sample-12", "graph-relations-sample-13",
                   "graph-supports-sample-14"):
        quoted = {u for p in (GOLD / sample).glob("*.jsonl")
                  for u in re.findall(r"https?://[^\s\"'<>\\]+", p.read_text(encoding="utf-8"))}
        assert quoted and {select.url_hash(u) for u in quoted} <= every, sample


def test_outlet_days_and_articles_not_used_before():
    if not (SYRIA.exists() and ZIPS.exists()):
        pytest.skip(f"{NEWS} not present (../shared)")
    used, urls, quoted = select.excluded(GOLD, NEWS)
    newer = {_pair(json.loads(p.read_text(encoding="utf-8"))["source_article"])
             for d in select.SETS for p in (GOLD / d).glob("*.gold.json")}
    assert newer | select.sealed_pairs(GOLD) <= used
    assert len(urls) > 1500  # sample 4's 600 and the relation samples 6, 8 and 10 (about 600 each)
    older_urls = {json.loads(p.read_text(encoding="utf-8"))["source_article"]["url"]
                  for d in ("unseen-2015", *select.SETS) for p in (GOLD / d).glob("*.gold.json")}
    syria_urls = {json.loads(line)["url"] for line in SYRIA.open(encoding="utf-8")}
    for f, s in zip(FILES, SOURCES):
        assert _pair(s) not in used, s["url"]
        assert s["url"] not in urls | syria_urls | older_urls, s["url"]
        text = (UNSEEN_F / json.loads(f.read_text(encoding="utf-8"))["article"]).read_text(encoding="utf-8")
        assert not quoted({"url": s["url"], "content": text}), s["url"]  # samples 11-15, gold quotes


def test_the_seeded_draw_picks_these_articles():
    if not (SYRIA.exists() and ZIPS.exists()):
        pytest.skip(f"{NEWS} not present (../shared)")
    picked, _, _ = select.pick(ZIPS, GOLD)
    assert len(picked) == select.N
    assert set(build_gold.ARTICLES) <= {select.stem(c) for c in picked}
