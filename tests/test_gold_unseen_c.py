"""The third held-out extraction gold, tests/gold/unseen-2015-c: drawn from (outlet, day) pairs that neither an
older gold set nor unseen-2015-b uses, away from the days of the relation samples' fresh stores. Its per-file
checks (consistent, reproducible from its annotations, read by `sanad` exactly as annotated) run with
unseen-2015's in test_gold_unseen.py."""

import json
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
UNSEEN_C = GOLD / "unseen-2015-c"
NEWS = GOLD.parent.parent.parent / "shared" / "data" / "news"
ZIPS = NEWS / "saudinewsnet-2015"
SYRIA = NEWS / "saudinewsnet-syria-2015.jsonl"
sys.path[:0] = [str(GOLD), str(UNSEEN_C)]

import build_unseen_c_gold as build_gold  # noqa: E402
import select_unseen_c_articles as select  # noqa: E402

FILES = sorted(UNSEEN_C.glob("*.gold.json"))
SOURCES = [json.loads(f.read_text(encoding="utf-8"))["source_article"] for f in FILES]


def test_24_articles_from_10_outlets_and_both_months():
    assert len(FILES) == 24
    assert {f.name[: -len(".gold.json")] for f in FILES} == set(build_gold.ARTICLES)
    assert len({s["source"] for s in SOURCES}) >= 10
    assert {s["date_extracted"][:7] for s in SOURCES} == {"2015-07", "2015-08"}
    assert len({(s["source"], s["date_extracted"][:10]) for s in SOURCES}) == 24  # one per (outlet, day)


def test_every_article_but_one_has_attributed_claims():
    attributed = [sum(not c["own"] and not c["optional"] for c in json.loads(f.read_text(encoding="utf-8"))["claims"])
                  for f in FILES]
    assert sum(n == 0 for n in attributed) == 1  # the Wellington story, all in the outlet's voice
    assert sum(attributed) >= 150


def test_outlet_days_not_in_older_gold_nor_unseen_b():
    if not SYRIA.exists():
        pytest.skip(f"{SYRIA} not present (../shared)")
    syria = [json.loads(line) for line in SYRIA.open(encoding="utf-8")]
    used, _, _ = select.excluded(GOLD, NEWS, syria)
    older_urls = {json.loads(p.read_text(encoding="utf-8"))["source_article"]["url"]
                  for d in ("unseen-2015", "unseen-2015-b") for p in (GOLD / d).glob("*.gold.json")}
    b_days = {(json.loads(p.read_text(encoding="utf-8"))["source_article"]["source"],
               json.loads(p.read_text(encoding="utf-8"))["source_article"]["date_extracted"][:10])
              for p in (GOLD / "unseen-2015-b").glob("*.gold.json")}
    assert len(used) > 90 and b_days <= used  # the older sets' days and unseen-2015-b's were found
    syria_urls = {row["url"] for row in syria}
    for s in SOURCES:
        assert (s["source"], s["date_extracted"][:10]) not in used, s["url"]
        assert s["date_extracted"][:10] not in {"2015-08-06", "2015-08-07", "2015-08-08"}  # sample 6's store
        assert s["url"] not in syria_urls and s["url"] not in older_urls, s["url"]


def test_the_seeded_draw_picks_exactly_these_articles():
    if not ZIPS.exists():
        pytest.skip(f"{ZIPS} not present (../shared)")
    picked, _, _ = select.pick(ZIPS, GOLD)
    assert [select.stem(c) for c in picked] == sorted(build_gold.ARTICLES)
