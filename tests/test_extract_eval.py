"""The extraction scorer (kg.extract_eval) on tiny hand-made cases."""

from __future__ import annotations

import json

import pytest

from kg.extract_eval import labels_overlap, match, overlap, score_article, source_correct

KEYS = {"sohr", "sana"}


def sys_claim(start, end, key="sohr", label="المرصد", polarity="asserted", own=False):
    return {"start": start, "end": end, "quote": "x" * (end - start), "polarity": polarity, "own": own,
            "source": {"key": key, "label": label, "name_ar": None}}


def gold_claim(gid, start, end, source="sohr", label="المرصد", polarity="asserted", optional=False, **kw):
    return {"id": gid, "start": start, "end": end, "quote": "", "source": source, "source_label": label,
            "polarity": polarity, "optional": optional, "own": source == "outlet", **kw}


def test_overlap_is_relative_to_the_shorter_span():
    assert overlap((0, 10), (5, 30)) == 0.5
    assert overlap((0, 10), (10, 20)) == 0.0
    assert overlap((0, 4), (0, 100)) == 1.0
    assert overlap((3, 3), (0, 10)) == 0.0


def test_matching_is_one_to_one_and_prefers_the_best_overlap():
    system = [sys_claim(0, 10), sys_claim(2, 10)]
    gold = [gold_claim("a", 2, 10)]
    assert match(system, gold) == [(1, 0)]  # exact span wins; the other system claim stays unmatched


def test_below_threshold_is_no_match_and_alt_spans_count():
    gold = [gold_claim("a", 0, 100, alt_spans=[{"start": 0, "end": 20, "quote": ""}])]
    assert match([sys_claim(10, 40)], [gold_claim("a", 30, 100)]) == []  # 10 of 30 chars: 0.33
    assert match([sys_claim(0, 18)], gold) == [(0, 0)]


def test_precision_recall_and_f1():
    gold = [gold_claim("a", 0, 10), gold_claim("b", 20, 30), gold_claim("c", 40, 50)]
    system = [sys_claim(0, 10), sys_claim(21, 30), sys_claim(60, 70)]
    sc = score_article(system, gold, KEYS)
    assert (sc.tp, sc.fp, sc.fn) == (2, 1, 1)
    assert sc.precision == pytest.approx(2 / 3) and sc.recall == pytest.approx(2 / 3)
    assert sc.f1 == pytest.approx(2 / 3)
    assert {e["kind"] for e in sc.errors} == {"extra", "missed"}


def test_optional_gold_neither_rewards_nor_penalizes():
    gold = [gold_claim("core", 0, 10), gold_claim("opt", 20, 30, optional=True),
            gold_claim("opt2", 40, 50, optional=True)]
    sc = score_article([sys_claim(0, 10), sys_claim(20, 30), sys_claim(22, 30)], gold, KEYS)
    assert (sc.tp, sc.fp, sc.fn) == (1, 0, 0)  # both claims on "opt" are ignored; missing "opt2" costs nothing


def test_source_by_registry_key_outlet_flag_or_label_overlap():
    g = gold_claim("a", 0, 10, source="sohr")
    assert source_correct(sys_claim(0, 10, key="sohr"), g, KEYS)
    assert not source_correct(sys_claim(0, 10, key="sana"), g, KEYS)
    outlet = gold_claim("o", 0, 10, source="outlet", label=None)
    assert source_correct(sys_claim(0, 10, own=True), outlet, KEYS)
    assert not source_correct(sys_claim(0, 10), outlet, KEYS)
    # a source the registry does not know: the labels decide (normalized, light-stemmed words)
    unknown = gold_claim("u", 0, 10, source="unregistered", label="المدير الطبي للعيادات التخصصية السعودية د. محمد الزعبي")
    assert source_correct(sys_claim(0, 10, key="s-1", label="د. محمد الزعبي"), unknown, KEYS)
    assert not source_correct(sys_claim(0, 10, key="s-2", label="وزير الخارجية"), unknown, KEYS)


def test_labels_overlap_normalizes_arabic():
    assert labels_overlap("الأمين", "الامين")
    assert labels_overlap("وزارة الخارجية الروسية", "الخارجية الروسية")
    assert not labels_overlap("", "المرصد")


def test_source_and_polarity_accuracy_are_on_matched_core_claims():
    gold = [gold_claim("a", 0, 10), gold_claim("b", 20, 30, polarity="denied"), gold_claim("c", 40, 50)]
    system = [sys_claim(0, 10), sys_claim(20, 30, key="sana"), sys_claim(90, 99)]
    sc = score_article(system, gold, KEYS)
    assert sc.tp == 2
    assert sc.source_accuracy == 0.5 and sc.polarity_accuracy == 0.5
    kinds = sorted(e["kind"] for e in sc.errors)
    assert kinds == ["extra", "missed", "polarity", "source"]


def test_cli_scores_a_gold_file_on_a_jsonl_line(tmp_path):
    from kg.extract_eval import sha256

    from .conftest import sanad

    text = "قال المرصد السوري لحقوق الإنسان إن القوات دخلت المدينة. وأضاف أن الاشتباكات مستمرة."
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"title": "t", "content": "x"}) + "\n"
                      + json.dumps({"title": "t", "content": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    q1 = "القوات دخلت المدينة"
    q2 = "الاشتباكات مستمرة"
    claims = [gold_claim("c1", text.index(q1), text.index(q1) + len(q1), label="المرصد السوري لحقوق الإنسان"),
              gold_claim("c2", text.index(q2), text.index(q2) + len(q2), label="المرصد السوري لحقوق الإنسان")]
    gdir = tmp_path / "gold"
    gdir.mkdir()
    (gdir / "sn-1.gold.json").write_text(json.dumps(
        {"article": {"line": 1, "text_sha256": sha256(text)}, "claims": claims}, ensure_ascii=False), encoding="utf-8")
    out = json.loads(sanad("eval", "extract", "--gold", str(gdir), "--corpus", str(corpus), "--json").stdout)
    assert out["overall"]["tp"] == 2 and out["overall"]["f1"] == 1.0 and out["overall"]["source_accuracy"] == 1.0
    # the text changed under the gold file: refused with a clear message
    (gdir / "sn-1.gold.json").write_text(json.dumps(
        {"article": {"line": 1, "text_sha256": "0" * 64}, "claims": claims}), encoding="utf-8")
    bad = sanad("eval", "extract", "--gold", str(gdir), "--corpus", str(corpus), check=False)
    assert bad.returncode == 1 and "does not match text_sha256" in bad.stderr
