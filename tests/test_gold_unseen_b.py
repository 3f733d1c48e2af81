"""The second held-out extraction gold, tests/gold/unseen-2015-b: drawn from (outlet, day) pairs no older gold
set uses. Its per-file checks (consistent, reproducible from its annotations, read by `sanad` exactly as
annotated) run with unseen-2015's in test_gold_unseen.py."""

import json
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
UNSEEN_B = GOLD / "unseen-2015-b"
SYRIA = GOLD.parent.parent.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"
sys.path[:0] = [str(GOLD), str(UNSEEN_B)]

import build_unseen_b_gold as build_gold  # noqa: E402
import select_unseen_b_articles  # noqa: E402

FILES = sorted(UNSEEN_B.glob("*.gold.json"))


def test_at_least_24_articles_from_5_outlets_and_both_months():
    assert len(FILES) >= 24
    assert {f.name[: -len(".gold.json")] for f in FILES} == set(build_gold.ARTICLES)
    sources = [json.loads(f.read_text(encoding="utf-8"))["source_article"] for f in FILES]
    assert len({s["source"] for s in sources}) >= 5
    assert {s["date_extracted"][:7] for s in sources} == {"2015-07", "2015-08"}


# The per-file checks (spans verify, files are what the annotations build, the reader sees the text)
# run in test_gold_unseen.py, over both held-out sets.


def test_outlet_days_not_in_older_gold():
    if not SYRIA.exists():
        pytest.skip(f"{SYRIA} not present (../shared)")
    syria = [json.loads(line) for line in SYRIA.open(encoding="utf-8")]
    used = select_unseen_b_articles.used_outlet_days(GOLD, syria)
    assert len(used) > 50  # the older sets' days were found (saudinewsnet, dev, dev-2, unseen-2015)
    syria_urls = {row["url"] for row in syria}
    older_urls = {json.loads(p.read_text(encoding="utf-8"))["source_article"]["url"]
                  for p in (GOLD / "unseen-2015").glob("*.gold.json")}
    for f in FILES:
        src = json.loads(f.read_text(encoding="utf-8"))["source_article"]
        assert (src["source"], src["date_extracted"][:10]) not in used, f.name
        assert src["url"] not in syria_urls and src["url"] not in older_urls, f.name
