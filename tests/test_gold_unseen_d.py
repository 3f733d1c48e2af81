"""The fourth held-out extraction gold, tests/gold/unseen-2015-d: drawn from July (outlet, day) pairs that no
older gold set, unseen-2015-b nor unseen-2015-c uses (August belongs to the relation samples). Its per-file
checks (consistent, reproducible from its annotations, read by `sanad` exactly as annotated) run with
unseen-2015's in test_gold_unseen.py."""

import json
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
sys.path[:0] = [str(GOLD), str(GOLD / "unseen-2015-d")]

import build_unseen_d_gold as build_gold  # noqa: E402
import select_unseen_d_articles as select  # noqa: E402

NEWS = select.sel_c.sel_b.SHARED_NEWS  # ../shared/data/news, as the selectors read it
ZIPS, SYRIA = NEWS / "saudinewsnet-2015", NEWS / "saudinewsnet-syria-2015.jsonl"
FILES = sorted((GOLD / "unseen-2015-d").glob("*.gold.json"))
SOURCES = [json.loads(f.read_text(encoding="utf-8"))["source_article"] for f in FILES]


def test_20_articles_from_10_outlets_all_in_july():
    assert len(FILES) == 20
    assert {f.name[: -len(".gold.json")] for f in FILES} == set(build_gold.ARTICLES)
    assert len({s["source"] for s in SOURCES}) == 10
    assert all("2015-07-21" <= s["date_extracted"][:10] < select.FIRST_OUT_DAY for s in SOURCES)
    assert len({(s["source"], s["date_extracted"][:10]) for s in SOURCES}) == 20  # one per (outlet, day)


def test_every_article_but_two_has_attributed_claims():
    attributed = [sum(not c["own"] and not c["optional"] for c in json.loads(f.read_text(encoding="utf-8"))["claims"])
                  for f in FILES]
    assert sum(n == 0 for n in attributed) == 2  # a TV-drama synopsis and a crime story, all in the outlet's voice
    assert sum(attributed) >= 100


def test_outlet_days_not_in_older_gold_nor_unseen_b_or_c():
    if not SYRIA.exists():
        pytest.skip(f"{SYRIA} not present (../shared)")
    used, _, _ = select.excluded(GOLD, NEWS)
    older_urls = {json.loads(p.read_text(encoding="utf-8"))["source_article"]["url"]
                  for d in ("unseen-2015", "unseen-2015-b", "unseen-2015-c") for p in (GOLD / d).glob("*.gold.json")}
    c_days = {(s["source"], s["date_extracted"][:10])
              for s in (json.loads(p.read_text(encoding="utf-8"))["source_article"]
                        for p in (GOLD / "unseen-2015-c").glob("*.gold.json"))}
    assert len(used) > 120 and c_days <= used  # the older sets' days and unseen-2015-b's and -c's were found
    syria_urls = {json.loads(line)["url"] for line in SYRIA.open(encoding="utf-8")}
    for s in SOURCES:
        assert (s["source"], s["date_extracted"][:10]) not in used, s["url"]
        assert s["url"] not in syria_urls and s["url"] not in older_urls, s["url"]


def test_the_seeded_draw_picks_exactly_these_articles():
    if not ZIPS.exists():
        pytest.skip(f"{ZIPS} not present (../shared)")
    picked, _, _ = select.pick(ZIPS, GOLD)
    assert [select.stem(c) for c in picked] == sorted(build_gold.ARTICLES)
