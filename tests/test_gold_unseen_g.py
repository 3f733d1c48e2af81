"""The held-out extraction gold tests/gold/unseen-2015-g: drawn from the (outlet, day) pairs that no older gold
set (unseen-2015 to -f included) uses, away from the relation samples' fresh days and every URL of the
relation-passage files; consistent, reproducible from its annotations, read by `sanad` exactly as annotated.
(test_gold_unseen.py runs the per-file checks of the sets before it; this file runs them on set g.)"""

import json
import sys
from pathlib import Path

import pytest

from kg.reader import read

GOLD = Path(__file__).resolve().parent / "gold"
UNSEEN_G = GOLD / "unseen-2015-g"
NEWS = GOLD.parent.parent.parent / "shared" / "data" / "news"
ZIPS = NEWS / "saudinewsnet-2015"
SYRIA = NEWS / "saudinewsnet-syria-2015.jsonl"
sys.path[:0] = [str(GOLD), str(UNSEEN_G)]

import build_unseen_g_gold as build_gold  # noqa: E402
import select_unseen_g_articles as select  # noqa: E402
import verify_gold  # noqa: E402

FILES = sorted(UNSEEN_G.glob("*.gold.json"))
SOURCES = [json.loads(f.read_text(encoding="utf-8"))["source_article"] for f in FILES]


def test_7_articles_one_per_outlet_day():
    assert len(FILES) == 7  # every (outlet, day) pair with a candidate left (see the selector's docstring)
    assert {f.name[: -len(".gold.json")] for f in FILES} == set(build_gold.ARTICLES)
    assert len({s["source"] for s in SOURCES}) == 6
    assert len({(s["source"], s["date_extracted"][:10]) for s in SOURCES}) == 7


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_gold_file_verifies_and_rebuilds(path):
    gold, errs = verify_gold.check(str(path), seeds=str(path.parent))
    assert errs == []
    stem = path.name[: -len(".gold.json")]
    assert build_gold.build(stem, build_gold.ARTICLES[stem]) == json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_reader_sees_the_annotated_text(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    items = list(read(path.parent / gold["article"]))
    assert len(items) == 1 and items[0].article is not None
    assert items[0].article.text == (path.parent / gold["article"]).read_text(encoding="utf-8")
    assert items[0].article.date == gold["reference_date"]


def test_every_article_has_core_attributed_claims():
    attributed = [sum(not c["own"] and not c["optional"] for c in json.loads(f.read_text(encoding="utf-8"))["claims"])
                  for f in FILES]
    assert min(attributed) >= 1 and sum(n >= 2 for n in attributed) == 6  # Unaizah: one, the rest optional
    assert sum(attributed) >= 40


def test_newer_sets_read_from_file_names():
    days = select.newer_outlet_days(GOLD)
    c_days = {(s["source"], s["date_extracted"][:10]) for s in
              (json.loads(p.read_text(encoding="utf-8"))["source_article"]
               for p in (GOLD / "unseen-2015-c").glob("*.gold.json"))}
    assert c_days <= days and len(days) > len(c_days)  # c's pairs, and d/e/f's from their file names


def test_outlet_days_and_urls_not_used_before():
    if not SYRIA.exists():
        pytest.skip(f"{SYRIA} not present (../shared)")
    syria = [json.loads(line) for line in SYRIA.open(encoding="utf-8")]
    used, _, _ = select.sel_c.excluded(GOLD, NEWS, syria)
    used |= select.newer_outlet_days(GOLD)
    passage = select.passage_urls(GOLD)
    assert len(used) > 150 and passage
    for s in SOURCES:
        assert (s["source"], s["date_extracted"][:10]) not in used, s["url"]
        assert s["date_extracted"][:10] not in {"2015-08-06", "2015-08-07", "2015-08-08"}  # sample 6's store
        assert s["url"] not in passage, s["url"]


def test_the_seeded_draw_picks_exactly_these_articles():
    if not ZIPS.exists():
        pytest.skip(f"{ZIPS} not present (../shared)")
    picked, _, _ = select.pick(ZIPS, GOLD)
    assert [select.stem(c) for c in picked] == sorted(build_gold.ARTICLES)
