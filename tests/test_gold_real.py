"""The hand-annotated gold claims of real SaudiNewsNet articles are consistent with the corpus text."""

from __future__ import annotations

import copy
import importlib.util
import json
import os
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("verify_real", HERE / "gold" / "verify_real.py")
verify_real = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(verify_real)

CORPUS = verify_real.corpus_path()
pytestmark = pytest.mark.skipif(
    not os.path.exists(CORPUS),
    reason=f"SaudiNewsNet Syria corpus not found at {CORPUS} (needs ../shared next to the checkout, "
           "or SANAD_SNN_SYRIA pointing to saudinewsnet-syria-2015.jsonl)")

GOLD_FILES = verify_real.gold_files()


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return verify_real.load_corpus(CORPUS)


# First round (gold1, gold2) and the second, held-out round (gold3), annotated without running the extractor.
FIRST_ROUND = {0, 12, 15, 17, 19, 24, 32, 37, 48, 58, 78, 84, 85, 102, 114, 118, 128, 161, 176, 178, 236, 278, 377, 417,
               447}
HELD_OUT_ROUND = {40, 76, 180, 207, 211, 216, 258, 336, 352, 376, 404, 431}


def test_gold_files_present():
    lines = {json.loads(Path(p).read_text(encoding="utf-8"))["article"]["line"] for p in GOLD_FILES}
    assert not FIRST_ROUND & HELD_OUT_ROUND
    assert FIRST_ROUND | HELD_OUT_ROUND == lines


@pytest.mark.parametrize("path", GOLD_FILES, ids=[Path(p).name for p in GOLD_FILES])
def test_gold_file_is_consistent(path, articles):
    gold, errors = verify_real.check(path, articles)
    assert not errors, "\n".join(errors)
    assert any(not c["optional"] for c in gold["claims"]), "every article has at least one core claim"


def test_verifier_catches_a_shifted_offset_and_a_bad_enum(articles, tmp_path):
    """The check is not vacuous: a one-character offset shift, an unknown source type and a wrong hash are reported."""
    src = GOLD_FILES[0]
    gold = json.loads(Path(src).read_text(encoding="utf-8"))
    bad = copy.deepcopy(gold)
    bad["claims"][0]["start"] += 1
    bad["claims"][-1]["source_type"] = "blogger"
    bad["article"]["text_sha256"] = "0" * 64
    path = tmp_path / Path(src).name
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    _, errors = verify_real.check(str(path), articles)
    assert any(".quote: content[" in e for e in errors)
    assert any("source_type 'blogger'" in e for e in errors)
    assert any("text_sha256" in e for e in errors)
