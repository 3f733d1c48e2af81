"""The learned relation model (issue 7): it loads, keeps the seed's relations, explains
itself, gives confidences in [0, 1], is deterministic; `sanad eval relate`; blocking bounds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.relate import (LABELS, METHOD, MODEL_PATH, RelateModel, candidate_pairs, facts, model, relate,
                       relate_many, scores)

from .conftest import ROOT, sanad
from .test_relations import BANTER, CLASHES, DENIAL, SOHR, STATE_MEDIA

ANS = ROOT.parent / "shared" / "data" / "ans"

# Hand-made headline pairs (not from any dataset) in the ANS style.
PAIRS = [
    ("p1", STATE_MEDIA, DENIAL, "contradicts"),
    ("p2", SOHR, CLASHES, "supports"),
    ("p3", BANTER, DENIAL, "unrelated"),
    ("p4", "ارتفاع أسعار النفط بعد قرار أوبك", "انخفاض أسعار النفط بعد قرار أوبك", "contradicts"),
    ("p5", "الحكومة توافق على خطة الإصلاح الاقتصادي", "الحكومة ترفض خطة الإصلاح الاقتصادي", "contradicts"),
    ("p6", "وزير الخارجية يزور موسكو لبحث الأزمة", "الوزير يبحث الأزمة خلال زيارته إلى موسكو", "supports"),
    ("p7", "افتتاح معرض الكتاب في القاهرة", "فريق برشلونة يفوز بالدوري الإسباني", "unrelated"),
]


def test_model_ships_loads_and_records_its_training():
    assert MODEL_PATH.exists(), "models/relate-model.joblib must ship with the repository"
    m = model()
    assert m.labels == list(LABELS) and m.method == METHOD
    meta = m.b["meta"]
    import sklearn

    assert meta["sklearn"].split(".")[:2] == sklearn.__version__.split(".")[:2]
    assert meta["command"] == "python -m training.train_relate"
    assert "stance-train" in meta["trained_on"] and "stance-dev" in meta["tuned_on"]
    # the floor of issue 7 on ANS dev, as measured when the model was trained
    assert meta["dev_ans"]["macro_f1_cs"] >= 0.74 and meta["dev_ans"]["classes"]["contradicts"]["f1"] >= 0.83
    assert 0.05 < m.temperature < 20


def test_missing_model_names_the_training_command(tmp_path):
    with pytest.raises(Exception, match="training.train_relate"):
        RelateModel.load(tmp_path / "nope.joblib")
    pairs = tmp_path / "p.jsonl"
    pairs.write_text(json.dumps({"id": 1, "a": STATE_MEDIA, "b": DENIAL}) + "\n", encoding="utf-8")
    proc = sanad("relate", "--pairs", str(pairs), check=False, env={"SANAD_RELATE_MODEL": str(tmp_path / "no.joblib")})
    assert proc.returncode == 2 and "python -m training.train_relate" in proc.stderr


def test_seed_pairs_with_evidence_in_the_explanation():
    r = relate(STATE_MEDIA, DENIAL)
    assert r.relation == "contradicts" and r.confidence >= 0.8 and r.method == METHOD
    assert "opposite polarity" in r.why and "enter" in r.why
    r = relate(SOHR, CLASHES)
    assert r.relation == "supports" and 0.5 <= r.confidence <= 1 and "clash" in r.why
    for other in (STATE_MEDIA, DENIAL, SOHR, CLASHES):
        assert relate(BANTER, other).relation == "unrelated"


def test_explanations_are_one_english_line_naming_evidence():
    for _, a, b, _ in PAIRS:
        r = relate(a, b)
        assert r.why and "\n" not in r.why and len(r.why) < 400
        assert r.why[0].isascii()  # an English sentence that quotes the Arabic evidence
    r = relate(*PAIRS[3][1:3])
    assert r.relation == "contradicts" and ("ارتفاع" in r.why or "rise" in r.why or "opposite" in r.why)


def test_confidence_in_unit_interval_and_batch_equals_single():
    texts = [(a, b) for _, a, b, _ in PAIRS]
    batch = relate_many(texts)
    for (a, b), rb in zip(texts, batch):
        r = relate(a, b)
        assert 0.0 <= r.confidence <= 1.0
        assert (r.relation, r.confidence, r.why) == (rb.relation, rb.confidence, rb.why)
    m, pairs = model(), [(facts(a), facts(b)) for a, b in texts]
    probs = m.probabilities(m.matrix(m.features(pairs), m.encodings(pairs))[0])
    assert ((probs >= 0) & (probs <= 1)).all() and abs(probs.sum(axis=1) - 1).max() < 1e-9


def test_vectors_given_are_used_and_nothing_is_embedded_again(monkeypatch):
    """The graph passes its claims' cached vectors (kg.ingest.relate_claims): with them the verdicts are those of
    embedding the texts here, and the encoder is not called."""
    import kg.encoder

    m, pairs = model(), [(facts(a), facts(b)) for _, a, b, _ in PAIRS]
    alone = m.predict(pairs)
    if not m.uses_encoder:
        assert m.encodings(pairs) is None
        return
    u, v = kg.encoder.embed([a.text for a, _ in pairs]), kg.encoder.embed([b.text for _, b in pairs])

    def no_embedding(texts):
        raise AssertionError("embedded again")

    monkeypatch.setattr(kg.encoder, "embed", no_embedding)
    given = m.predict(pairs, vectors=(u, v))
    assert [(r.relation, r.confidence, r.why) for r in given] == [(r.relation, r.confidence, r.why) for r in alone]


def test_relation_is_symmetric_in_kind():
    for _, a, b, _ in PAIRS:
        assert relate(a, b).relation == relate(b, a).relation


def test_deterministic_across_processes(tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text("".join(json.dumps({"id": i, "a": a, "b": b}, ensure_ascii=False) + "\n"
                             for i, a, b, _ in PAIRS), encoding="utf-8")
    one = sanad("relate", "--pairs", str(pairs)).stdout
    two = sanad("relate", "--pairs", str(pairs)).stdout
    assert one == two and len(one.splitlines()) == len(PAIRS)


@pytest.mark.skipif(not (ANS / "stance-train.csv").exists(), reason="ANS training data not beside the checkout")
def test_training_is_deterministic():
    from training.train_relate import fit, read_ans, unrelated_pairs

    rows = read_ans(ANS / "stance-train.csv")[:300]
    rows += unrelated_pairs(rows, 60, 13)
    feats = RelateModel({"labels": LABELS}, None).features([(facts(a), facts(b)) for a, b, _ in rows])
    cfg = dict(C=1.0, text_weight=1.0, swaps=True, vectors=False, class_weight=None)
    b1 = fit(feats, [r[2] for r in rows], cfg)
    b2 = fit(feats, [r[2] for r in rows], cfg)
    assert (b1["clf"].coef_ == b2["clf"].coef_).all()
    assert unrelated_pairs(rows, 60, 13) == unrelated_pairs(rows, 60, 13)


def _write(path: Path, rows) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_eval_relate_prints_per_class_scores_and_macro_f1(tmp_path):
    f = _write(tmp_path / "gold.jsonl", [{"id": i, "a": a, "b": b, "gold": g} for i, a, b, g in PAIRS])
    text = sanad("eval", "relate", "--pairs", str(f), "--predictions", str(tmp_path / "pred.jsonl")).stdout
    for c in LABELS:
        assert any(line.startswith(c) for line in text.splitlines())
    assert "macro-F1 (classes in gold):" in text and "macro-F1 (contradicts, supports):" in text
    assert "precision" in text and "recall" in text
    # the numbers are those of `sanad relate` on the same pairs, scored independently here
    preds = [json.loads(x) for x in (tmp_path / "pred.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in preds] == [i for i, *_ in PAIRS]
    gold, pred = [g for *_, g in PAIRS], [p["relation"] for p in preds]
    out = json.loads(sanad("eval", "relate", "--pairs", str(f), "--format", "json").stdout)
    tp = sum(g == p == "contradicts" for g, p in zip(gold, pred))
    prec = tp / max(1, pred.count("contradicts"))
    rec = tp / gold.count("contradicts")
    assert out["classes"]["contradicts"]["precision"] == pytest.approx(prec)
    assert out["classes"]["contradicts"]["recall"] == pytest.approx(rec)
    f1s = [out["classes"][c]["f1"] for c in LABELS]
    assert out["macro_f1"] == pytest.approx(sum(f1s) / 3)
    assert out["macro_f1_cs"] == pytest.approx((f1s[0] + f1s[1]) / 2)
    assert f"{out['macro_f1']:.3f}" in text


def test_eval_relate_accepts_ans_labels_and_reports_bad_lines(tmp_path):
    f = _write(tmp_path / "gold.jsonl", [
        {"id": "a", "a": STATE_MEDIA, "b": DENIAL, "gold": "disagree"},
        {"id": "b", "a": SOHR, "b": CLASHES, "gold": "agree"},
        {"id": "c", "a": STATE_MEDIA, "b": DENIAL, "gold": "maybe"},
        {"id": "d", "a": STATE_MEDIA, "gold": "agree"},
    ])
    proc = sanad("eval", "relate", "--pairs", str(f), "--format", "json", check=False)
    assert proc.returncode == 1 and ":3:" in proc.stderr and ":4:" in proc.stderr
    out = json.loads(proc.stdout)
    assert out["n"] == 2 and out["accuracy"] == 1.0 and out["errors"] == 2
    empty = _write(tmp_path / "empty.jsonl", [{"id": "x", "a": "نص", "b": "نص", "gold": "??"}])
    assert sanad("eval", "relate", "--pairs", str(empty), check=False).returncode == 2


def test_scores_on_a_known_confusion():
    s = scores(["contradicts", "contradicts", "supports", "unrelated"],
               ["contradicts", "supports", "supports", "supports"])
    assert s["classes"]["contradicts"] == pytest.approx({"precision": 1.0, "recall": 0.5, "f1": 2 / 3,
                                                         "support": 2, "predicted": 1})
    assert s["classes"]["supports"]["precision"] == pytest.approx(1 / 3)
    assert s["classes"]["unrelated"]["f1"] == 0.0
    assert s["macro_f1_cs"] == pytest.approx((2 / 3 + 0.5) / 2)


def test_blocking_is_bounded_per_claim():
    base = [STATE_MEDIA, DENIAL, SOHR, CLASHES,
            "قصف قوات النظام مدينة حلب وقتل عشرة مدنيين", "اشتباكات عنيفة في محيط مدينة درعا"]
    items = [(str(i), facts(f"{base[i % len(base)]} {i % 7}")) for i in range(600)]
    pairs = list(candidate_pairs(items, per_claim=8))
    assert len(pairs) == len(set(pairs)) and all(i < j for i, j in pairs)
    assert len(pairs) <= 8 * len(items) / 2
    counts: dict[int, int] = {}
    for i, j in pairs:
        counts[i] = counts.get(i, 0) + 1
        counts[j] = counts.get(j, 0) + 1
    assert max(counts.values()) <= 8
    assert pairs == list(candidate_pairs(items, per_claim=8))  # deterministic


def test_graph_mode_needs_a_polarity_or_antonym_conflict():
    a = facts("نفذت الولايات المتحدة 17 ضربة جوية ضد تنظيم داعش في سوريا")
    b = facts("نفذت الولايات المتحدة 17 ضربة جوية ضد تنظيم داعش في العراق")
    assert model().predict([(a, b)], graph=True)[0].relation == "unrelated"
    assert model().predict([(facts(STATE_MEDIA), facts(DENIAL, "denied"))], graph=True)[0].relation == "contradicts"


def test_a_word_can_be_the_opposite_of_several_words():
    from kg.relate import _antonym_pairs
    from kg.text import normalize

    def opposite(x: str, y: str) -> bool:
        return bool(_antonym_pairs([normalize(x)], [normalize(y)]))

    # رفض stands against قبول (accept) and against دعم (support); توقف against استمرار and بدء
    assert opposite("يوافق", "يرفض") and opposite("يدعم", "يرفض")
    assert opposite("استمرار", "توقف") and opposite("دخل", "انسحب") and opposite("أشاد", "انتقد")
    assert not opposite("رفض", "رفض") and not opposite("يرفض", "ينتقد") and not opposite("دخل", "يوافق")


# Real claim/sentence pairs of tests/gold/relations (SaudiNewsNet Syria 2015, annotated by hand).
NO_FLY_DEAL = ("الاتفاق الذي يسمح للطائرات الأمريكية باستخدام قاعدة أنجرليك في جنوب تركيا يتضمن إقامة منطقة حظر طيران "
               "من 90 كلم بين مدينتي مارع وجرابلس السوريتين")
NO_FLY_DENIED = ("وأعلن مسؤول أميركي كبير، أمس، أن الولايات المتحدة وتركيا متفقتان على العمل معًا لإقامة منطقة خالية من "
                 "التنظيم على طول الحدود التركية مع سوريا، إلا أنه أكد أن «أي جهود مشتركة لن تشمل فرض منطقة حظر طيران».")
RELATIVE_HELD = ("السلطات اعتقلت أحد أقارب الرئيس بشار الأسد بعد احتجاجات استمرت يومين للمطالبة بمعاقبته جراء قيامه بقتل "
                 "ضابط بالجيش نتيجة خلاف مروري")
RELATIVE_HELD_HEADLINE = "رابط الخبر بصحيفة الوئام: السلطات السورية تعتقل أحد اقارب الأسد بعد احتجاجات"
CS_GOLD = ROOT / "tests" / "gold" / "relations" / "syria-claim-sentence.jsonl"


def test_against_a_sentence_a_contradiction_needs_a_denial_on_one_side():
    r = relate(NO_FLY_DEAL, NO_FLY_DENIED)
    assert r.relation == "contradicts" and "لن" in r.why and "حظر" in r.why
    # the same arrest told by two outlets: the headline-trained model reads the words that differ as a
    # contradiction; with no denial on either side it is the same details
    r = relate(RELATIVE_HELD, RELATIVE_HELD_HEADLINE)
    assert r.relation == "supports" and "no denial" in r.why


def test_the_sentence_rail_leaves_headline_pairs_alone():
    from kg.relate import SENTENCE_WORDS, sentence_rail

    for _, a, b, _ in PAIRS[3:]:  # the headline-style ones (the seed's claims are sentences)
        fa, fb = facts(a), facts(b)
        assert max(len(fa.toks), len(fb.toks)) <= SENTENCE_WORDS
        assert sentence_rail(relate(a, b), fa, fb, {k: 1 / 3 for k in LABELS}) is None


@pytest.mark.skipif(not CS_GOLD.exists(), reason="claim/sentence gold missing")
def test_claim_sentence_gold_beats_the_issue_heuristic():
    from training.heuristic_baseline import heuristic

    rows = [json.loads(line) for line in CS_GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 300 and {r["gold"] for r in rows} == set(LABELS)
    gold = [r["gold"] for r in rows]
    ours = scores(gold, [r.relation for r in relate_many([(r["a"], r["b"]) for r in rows])])
    base = scores(gold, [heuristic(r["a"], r["b"]) for r in rows])
    # measured: 3-class macro-F1 0.65 (contradicts-F1 0.40) vs the heuristic's 0.57 (0.28)
    assert ours["macro_f1"] >= 0.62 and ours["macro_f1"] > base["macro_f1"] + 0.05
    assert ours["classes"]["contradicts"]["f1"] > base["classes"]["contradicts"]["f1"]


def test_rare_shared_words_weigh_more_than_common_ones():
    from kg.relate import DF_PATH, _idf, anchor
    from kg.text import light_stem

    assert DF_PATH.exists(), "models/word-df.json.gz ships (python -m training.build_df)"
    assert _idf(light_stem("الزبداني")) > 2 * _idf(light_stem("قال"))
    # sharing a place name anchors two texts more than sharing "said" and "today"
    a = facts("قال مسؤول اليوم إن القصف استهدف الزبداني")
    assert anchor(a, facts("سقطت قذائف على الزبداني")) > anchor(a, facts("قال وزير اليوم إن الاقتصاد تحسن"))
