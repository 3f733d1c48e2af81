"""The reported-speech sentence gold of tests/gold/pud-speech (UD Arabic-PUD): it verifies, it is exactly what its
annotations build, each text is its treebank sentence byte for byte, the dev/heldout split follows the fixed hash,
and the sentences filed follow the selection rule (every attributed sentence of the range read, and every 4th of
the others) over the range the annotations name."""

import json
import sys
from pathlib import Path

import pytest

from kg.reader import read

GOLD = Path(__file__).resolve().parent / "gold"
PUD = GOLD / "pud-speech"
sys.path[:0] = [str(GOLD), str(PUD)]

import build_pud_speech_gold as builder  # noqa: E402
import verify_gold  # noqa: E402
from pud_annotations import ARTICLES, READ  # noqa: E402

FILES = sorted(PUD.glob("*/*.gold.json"))


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def _stem(path: Path) -> str:
    return path.name[: -len(".gold.json")]


def _attributed(art: dict) -> bool:
    return any(c[1] != "outlet" for c in art["claims"])


def test_files_are_the_annotated_sentences():
    assert {_stem(p) for p in FILES} == set(ARTICLES)
    assert {p.parent.name for p in FILES} <= {"dev", "heldout"}
    assert {p.name for p in PUD.glob("*/*") if p.parent.name in ("dev", "heldout")} == {
        f"{s}{ext}" for s in ARTICLES for ext in (".txt", ".meta.json", ".gold.json")}


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_gold_file_verifies(path):
    gold, errs = verify_gold.check(str(path), seeds=str(path.parent))
    assert errs == []


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_gold_file_is_what_the_annotations_build(path):
    stem = _stem(path)
    assert builder.build(stem, ARTICLES[stem]) == json.loads(path.read_text(encoding="utf-8"))
    assert json.loads((path.parent / f"{stem}.meta.json").read_text(encoding="utf-8")) == builder.META


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_split_follows_the_hash(path):
    sent_id = ARTICLES[_stem(path)]["source_article"]["sent_id"]
    assert path.parent.name == builder.split(sent_id)
    assert _stem(path) == f"pud-{sent_id}"


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_reader_reads_the_sentence_as_body_text(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    items = list(read(path.parent / gold["article"]))
    assert len(items) == 1 and items[0].article is not None
    art = items[0].article
    assert art.text == (path.parent / gold["article"]).read_text(encoding="utf-8")
    assert art.title is None and art.date is None and art.publisher == builder.OUTLET


def test_attributed_sentences_have_attributed_claims_and_negatives_none():
    for stem, art in ARTICLES.items():
        gold = json.loads((builder.folder(stem) / f"{stem}.gold.json").read_text(encoding="utf-8"))
        attributed = [c for c in gold["claims"] if not c["own"]]
        if art.get("negative"):
            assert attributed == [] and [c["optional"] for c in gold["claims"]] == [True], stem
        else:
            assert _attributed(art) and attributed, stem


@pytest.fixture(scope="module")
def treebank():
    if not builder.DEFAULT_CONLLU.exists():
        pytest.skip(f"{builder.DEFAULT_CONLLU} not present (../shared)")
    return builder.sentences(builder.DEFAULT_CONLLU)


def test_texts_are_the_treebank_sentences(treebank):
    by_id = {s["sent_id"]: s["text"] for s in treebank}
    for stem, art in ARTICLES.items():
        path = builder.folder(stem) / f"{stem}.txt"
        assert path.read_bytes() == by_id[art["source_article"]["sent_id"]].encode("utf-8"), stem


def test_selection_follows_the_rule_over_the_range_read(treebank):
    ids = [s["sent_id"] for s in treebank]
    first, last = ids.index(READ[0]), ids.index(READ[1])
    assert first == 0 and last >= first  # read in file order from the start
    read_ids = ids[first:last + 1]
    by_id = {a["source_article"]["sent_id"]: a for a in ARTICLES.values()}
    assert set(by_id) <= set(read_ids)
    attributed = {s for s, a in by_id.items() if not a.get("negative")}
    without = [s for s in read_ids if s not in attributed]
    assert {s for s, a in by_id.items() if a.get("negative")} == set(without[3::4])
