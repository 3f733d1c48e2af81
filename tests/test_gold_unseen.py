"""The held-out extraction gold of tests/gold/unseen-2015: consistent, reproducible from its annotations,
read by `sanad` exactly as annotated, and drawn from outlets and months the older gold does not use.
The per-file checks run on the second to sixth held-out sets, unseen-2015-b, -c, -d, -e and -f, too (same
layout and builder); their own selections are checked in test_gold_unseen_b.py, _c.py, _d.py, _e.py and _f.py."""

import json
import sys
from pathlib import Path

import pytest

from kg.reader import read

GOLD = Path(__file__).resolve().parent / "gold"
UNSEEN = GOLD / "unseen-2015"
UNSEEN_B = GOLD / "unseen-2015-b"
UNSEEN_C = GOLD / "unseen-2015-c"
UNSEEN_D = GOLD / "unseen-2015-d"
UNSEEN_E = GOLD / "unseen-2015-e"
UNSEEN_F = GOLD / "unseen-2015-f"
SYRIA = GOLD.parent.parent.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"
sys.path[:0] = [str(GOLD), str(UNSEEN), str(UNSEEN_B), str(UNSEEN_C), str(UNSEEN_D), str(UNSEEN_E),
                str(UNSEEN_F)]

import build_unseen_b_gold  # noqa: E402
import build_unseen_c_gold  # noqa: E402
import build_unseen_d_gold  # noqa: E402
import build_unseen_e_gold  # noqa: E402
import build_unseen_f_gold  # noqa: E402
import build_unseen_gold as build_gold  # noqa: E402
import verify_gold  # noqa: E402

FILES = sorted(UNSEEN.glob("*.gold.json"))
BUILDERS = {UNSEEN: build_gold, UNSEEN_B: build_unseen_b_gold, UNSEEN_C: build_unseen_c_gold,
            UNSEEN_D: build_unseen_d_gold, UNSEEN_E: build_unseen_e_gold, UNSEEN_F: build_unseen_f_gold}
ALL_SETS = [p for folder in BUILDERS for p in sorted(folder.glob("*.gold.json"))]


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def test_at_least_20_articles():
    assert len(FILES) >= 20
    assert {f.name[: -len(".gold.json")] for f in FILES} == set(build_gold.ARTICLES)


@pytest.mark.parametrize("path", ALL_SETS, ids=_id)
def test_gold_file_verifies(path):
    gold, errs = verify_gold.check(str(path), seeds=str(path.parent))
    assert errs == []
    assert any(not c["optional"] for c in gold["claims"])


@pytest.mark.parametrize("path", ALL_SETS, ids=_id)
def test_gold_file_is_what_the_annotations_build(path):
    stem, builder = path.name[: -len(".gold.json")], BUILDERS[path.parent]
    assert builder.build(stem, builder.ARTICLES[stem]) == json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", ALL_SETS, ids=_id)
def test_reader_sees_the_annotated_text(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    items = list(read(path.parent / gold["article"]))
    assert len(items) == 1 and items[0].article is not None
    assert items[0].article.text == (path.parent / gold["article"]).read_text(encoding="utf-8")
    assert items[0].article.date == gold["reference_date"]


def test_outlet_months_not_in_older_gold():
    older = [json.loads(p.read_text(encoding="utf-8"))["article"]
             for d in ("saudinewsnet", "dev") for p in (GOLD / d).glob("*.gold.json")]
    if not SYRIA.exists():
        pytest.skip(f"{SYRIA} not present (../shared)")
    syria = [json.loads(line) for line in SYRIA.open(encoding="utf-8")]
    used = {(syria[a["line"]]["source"], syria[a["line"]]["date_extracted"][:7]) for a in older}
    syria_urls = {row["url"] for row in syria}
    for f in FILES:
        src = json.loads(f.read_text(encoding="utf-8"))["source_article"]
        assert (src["source"], src["date_extracted"][:7]) not in used, f.name
        assert src["url"] not in syria_urls, f.name
