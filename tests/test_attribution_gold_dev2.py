"""The dev-2 gold (tests/gold/dev-2): every span is the text it claims to be, in the article as `sanad eval
extract` reads it, and the builder reproduces the stored files exactly."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from kg.extract_eval import load_article

DEV2 = Path(__file__).resolve().parent / "gold" / "dev-2"
GOLD = sorted(DEV2.glob("*.gold.json"))


def test_there_are_fifteen_articles():
    assert len(GOLD) == 15


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_spans_are_the_text(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = load_article(gold, path, Path("/nonexistent"), DEV2).text
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == gold["text_sha256"]
    for c in gold["claims"]:
        assert text[c["start"]:c["end"]] == c["quote"], c["id"]
        for alt in c.get("alt_spans", []):
            assert text[alt["start"]:alt["end"]] == alt["quote"], c["id"]
        if c["cue"] is not None:
            assert text[c["cue_start"]:c["cue_end"]] == c["cue"], c["id"]
        if c["source_label"] is not None:
            assert text[c["source_start"]:c["source_end"]] == c["source_label"], c["id"]
        assert c["own"] == (c["source"] == "outlet")


def test_the_builder_reproduces_the_files():
    spec = importlib.util.spec_from_file_location("dev2_gold_builder", DEV2 / "build_dev2_gold.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    for name, specs in {**builder.ARTICLES, **builder.LATE}.items():
        text = json.loads((DEV2 / f"{name}.json").read_text(encoding="utf-8"))["text"]
        stored = json.loads((DEV2 / f"{name}.gold.json").read_text(encoding="utf-8"))
        assert builder.build(name, text, specs) == stored, name
