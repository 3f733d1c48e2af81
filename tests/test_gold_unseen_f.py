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


def test_20_articles_one_per_outlet_day_in_the_crawl_days():
    assert len(FILES) == select.N == 20
    assert len({s["source"] for s in SOURCES}) >= 10
    assert {f.name[: -len(".gold.json")] for f in FILES} == set(build_gold.ARTICLES)
    assert all(select.DAYS[0] <= s["date_extracted"][:10] <= select.DAYS[1] for s in SOURCES)
    assert len({_pair(s) for s in SOURCES}) == len(FILES)  # one per (outlet, day)


def test_every_article_has_attributed_claims():
    attributed = [sum(not c["own"] and not c["optional"] for c in json.loads(f.read_text(encoding="utf-8"))["claims"])
                  for f in FILES]
    assert min(attributed) >= 2 and sum(attributed) >= 100  # 112 core attributed claims as annotated


def test_sealed_pairs_come_from_file_names():
    pairs = select.sealed_pairs(GOLD)
    assert len(pairs) >= 40 and all(len(day) == 10 and day.startswith("2015-") for _, day in pairs)


def test_pinned_samples_cover_their_quoted_articles():
    """The pinned URL hashes hold samples 11-15's stores, and every article URL that samples 11-13 quote (their
    hunt files)."""
    pinned = select.pinned()
    assert set(pinned) == {*select.PICKED, *select.STORES}
    assert all(len(hashes) >= 150 for hashes in pinned.values())  # sample 15: 174
    for sample in select.PICKED:  # sample 14's files quote no article URL
        quoted = {u for p in (GOLD / sample).glob("*.jsonl")
                  for u in re.findall(r"https?://[^\s\"'<>\\]+", p.read_text(encoding="utf-8"))
                  if not u.startswith("https://w3id.org/")}  # the graph's own identifiers, not articles
        assert quoted and {select.url_hash(u) for u in quoted} <= pinned[sample], sample


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


def test_the_seeded_draw_picks_exactly_these_articles():
    if not (SYRIA.exists() and ZIPS.exists()):
        pytest.skip(f"{NEWS} not present (../shared)")
    picked, _, _ = select.pick(ZIPS, GOLD)
    assert [select.stem(c) for c in picked] == sorted(build_gold.ARTICLES)
