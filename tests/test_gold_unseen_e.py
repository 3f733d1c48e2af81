"""The fifth held-out extraction gold, tests/gold/unseen-2015-e: drawn from the crawl days 1-11 August 2015, from
(outlet, day) pairs that no older gold set nor unseen-2015-b, -c or -d uses, leaving out the articles of the
relation samples 6, 8 and 10. Its per-file checks (consistent, reproducible from its annotations, read by `sanad`
exactly as annotated) run with unseen-2015's in test_gold_unseen.py."""

import json
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
UNSEEN_E = GOLD / "unseen-2015-e"
NEWS = GOLD.parent.parent.parent / "shared" / "data" / "news"
ZIPS = NEWS / "saudinewsnet-2015"
SYRIA = NEWS / "saudinewsnet-syria-2015.jsonl"
sys.path[:0] = [str(GOLD), str(UNSEEN_E)]

import build_unseen_e_gold as build_gold  # noqa: E402
import select_unseen_e_articles as select  # noqa: E402

FILES = sorted(UNSEEN_E.glob("*.gold.json"))
SOURCES = [json.loads(f.read_text(encoding="utf-8"))["source_article"] for f in FILES]


def _pair(s: dict) -> tuple[str, str]:
    return s["source"], s["date_extracted"][:10]


def test_20_articles_from_10_outlets_in_early_august():
    assert len(FILES) == select.N == 20
    assert {f.name[: -len(".gold.json")] for f in FILES} == set(build_gold.ARTICLES)
    assert len({s["source"] for s in SOURCES}) >= 10
    assert all(select.DAYS[0] <= s["date_extracted"][:10] <= select.DAYS[1] for s in SOURCES)
    assert len({_pair(s) for s in SOURCES}) == 20  # one per (outlet, day)


def test_every_article_but_two_has_attributed_claims():
    attributed = [sum(not c["own"] and not c["optional"] for c in json.loads(f.read_text(encoding="utf-8"))["claims"])
                  for f in FILES]
    assert sum(n == 0 for n in attributed) == 2  # a poetry evening (thanks only) and a ministerial decision
    assert sum(attributed) >= 100


def test_sealed_pairs_come_from_file_names():
    pairs = select.sealed_pairs(GOLD)
    assert len(pairs) >= 20 and all(len(day) == 10 and day.startswith("2015-") for _, day in pairs)


def test_outlet_days_and_articles_not_used_before():
    if not (SYRIA.exists() and ZIPS.exists()):
        pytest.skip(f"{NEWS} not present (../shared)")
    used, urls, _ = select.excluded(GOLD, NEWS)
    newer = {_pair(json.loads(p.read_text(encoding="utf-8"))["source_article"])
             for d in select.SETS for p in (GOLD / d).glob("*.gold.json")}
    assert len(used) > 130 and newer | select.sealed_pairs(GOLD) <= used
    assert len(urls) > 1500  # sample 4's 600 and the relation samples 6, 8 and 10 (about 600 each)
    older_urls = {json.loads(p.read_text(encoding="utf-8"))["source_article"]["url"]
                  for d in ("unseen-2015", *select.SETS) for p in (GOLD / d).glob("*.gold.json")}
    syria_urls = {json.loads(line)["url"] for line in SYRIA.open(encoding="utf-8")}
    for s in SOURCES:
        assert _pair(s) not in used, s["url"]
        assert s["url"] not in urls | syria_urls | older_urls, s["url"]


def test_the_seeded_draw_picks_exactly_these_articles():
    if not (SYRIA.exists() and ZIPS.exists()):
        pytest.skip(f"{NEWS} not present (../shared)")
    picked, _, _ = select.pick(ZIPS, GOLD)
    assert [select.stem(c) for c in picked] == sorted(build_gold.ARTICLES)
