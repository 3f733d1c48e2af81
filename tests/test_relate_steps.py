"""Each step of kg.relate on its own: lexicon, claims, rules, features, explanation, rails,
classifier, candidates, and the package contract that re-exports them."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Relation
from kg.relate.candidates import candidate_pairs
from kg.relate.claims import facts, places_differ
from kg.relate.explanation import explain
from kg.relate.features import DENSE, PairFeatures, pair_features
from kg.relate.lexicon import _EVENT_OF, _antonym_pairs, _strip_proclitic, skeleton
from kg.relate.rails import (RESTATEMENT_OVERLAP, country_rail, far_apart, graph_rail, guard_rail, restatement_rail,
                             sentence_rail)
from kg.relate.rules import RULES_METHOD, rule_compare
from kg.text import normalize

STATE_MEDIA = "دخول قوات النظام إلى مدينة تدمر، بعد أن سيطرت على نقاط استراتيجية بمحيطها"
DENIAL = "لا صحة لدخول قوات النظام للمدينة"
US_SYRIA = "نفذت الولايات المتحدة 17 ضربة جوية ضد تنظيم داعش في سوريا"
RUSSIA_IRAQ = "نفذت روسيا 17 ضربة جوية ضد تنظيم داعش في العراق"
NO_FLY_DEAL = ("الاتفاق الذي يسمح للطائرات الأمريكية باستخدام قاعدة أنجرليك في جنوب تركيا يتضمن إقامة منطقة حظر طيران "
               "من 90 كلم بين مدينتي مارع وجرابلس السوريتين")
NO_FLY_DENIED = ("وأعلن مسؤول أميركي كبير، أمس، أن الولايات المتحدة وتركيا متفقتان على العمل معًا لإقامة منطقة خالية من "
                 "التنظيم على طول الحدود التركية مع سوريا، إلا أنه أكد أن «أي جهود مشتركة لن تشمل فرض منطقة حظر طيران».")


# lexicon


def test_lexicon_events_antonyms_and_roots():
    assert _EVENT_OF["دخول"] == "enter" and _EVENT_OF["انسحاب"] == "withdraw"
    assert _antonym_pairs([normalize("دخل")], [normalize("انسحب")]) == [("دخل", "انسحب")]
    assert _antonym_pairs([normalize("دخل")], [normalize("يوافق")]) == []
    assert skeleton(normalize("تدين")) == skeleton(normalize("ادانت")) == "دن"
    assert _strip_proclitic("والمدينه") == "مدينه"


# claims


def test_facts_finds_a_denial_an_event_and_a_number():
    f = facts(DENIAL)
    assert f.negated and f.events == {"enter"} and f.stems == {"مدين", "نظام", "قوات"}
    g = facts(US_SYRIA)
    assert g.numbers == {"17"} and g.events == {"strike"}
    assert g.entities == {"isis", "usa", "syria"} and g.countries == {"syria"}
    assert not facts(STATE_MEDIA).negated
    # a stated polarity wins over the words
    assert facts(STATE_MEDIA, "denied").negated


def test_places_differ_needs_a_place_on_both_sides():
    assert places_differ(facts("قصف على حلب"), facts("قصف على تدمر"))
    assert not places_differ(facts("قصف على حلب"), facts(DENIAL))  # the denial names no place
    assert not places_differ(facts("قصف على حلب"), facts("غارات على حلب"))


# rules


def test_rule_compare_enter_against_its_denial_contradicts():
    r = rule_compare(facts(STATE_MEDIA), facts(DENIAL))
    assert r == Relation("contradicts", 0.95, "same event (enter: قوات، مدين، نظام), opposite polarity: one asserts "
                                              "it, the other denies it", RULES_METHOD)


def test_rule_compare_different_places_are_unrelated():
    r = rule_compare(facts("قصف على حلب"), facts("قصف على تدمر"))
    assert r.relation == "unrelated" and r.confidence == 0.8 and r.why.startswith("about different places")


# features


def test_pair_features_of_the_denial_pair():
    pf = pair_features(facts(STATE_MEDIA), facts(DENIAL))
    d = dict(zip(DENSE, pf.dense))
    assert len(pf.dense) == len(DENSE)
    assert d["rule_contradicts"] == 1.0 and d["neg_mismatch"] == 1.0 and d["shared_event"] == 1.0
    assert d["overlap"] == 1.0 and d["num_mismatch"] == 0.0 and d["vec_cos"] == 0.0  # no vectors passed
    assert pf.diff_text == "تدمر سيطرت نقاط استراتيجيه بمحيطها | "
    assert pf.ev["events"] == ["enter"] and pf.ev["negated"] == (False, True)


# explanation


def test_explain_names_the_evidence_and_its_words():
    pf = pair_features(facts(STATE_MEDIA), facts(DENIAL))
    raw = dict(zip(DENSE, pf.dense))
    why = explain("contradicts", {"__text__": 1.0}, pf.ev, raw)
    assert why == ("same event (enter: قوات، مدين، نظام), opposite polarity: one asserts it, the other denies it; "
                   "the words that differ (تدمر، سيطرت، نقاط vs —)")
    # evidence that is absent (no number on either side) is never named
    assert "numbers" not in explain("contradicts", {"num_mismatch": 5.0}, pf.ev, raw)


# rails


def _crafted(**values: float) -> PairFeatures:
    dense = [float(values.get(n, 0.0)) for n in DENSE]
    return PairFeatures(dense, "", "", {"rule": Relation("unrelated", 0.5, "x", RULES_METHOD)})


def test_restatement_rail_on_crafted_features():
    nearly_all = _crafted(overlap=RESTATEMENT_OVERLAP)
    r = restatement_rail("contradicts", nearly_all)
    assert r is not None and r.relation == "supports" and r.confidence == 0.6
    assert restatement_rail("contradicts", _crafted(overlap=RESTATEMENT_OVERLAP, neg_mismatch=1)) is None
    assert restatement_rail("unrelated", nearly_all) is None
    assert restatement_rail("contradicts", _crafted(overlap=RESTATEMENT_OVERLAP - 0.01)) is None


def test_country_and_graph_rails_on_different_countries():
    pf = pair_features(facts(US_SYRIA), facts(RUSSIA_IRAQ))
    r = country_rail(pf, 0.9)
    assert (r.relation, r.confidence, r.why) == ("unrelated", 0.8, "about different countries (syria vs iraq, russia)")
    r = graph_rail("contradicts", pf, 0.7)
    assert (r.relation, r.confidence, r.why) == ("unrelated", 0.3, "about different names (syria, usa vs iraq, russia)")
    assert graph_rail("unrelated", pf, 0.7) is None


def test_guard_rail_keeps_the_rules_contradiction():
    pf = pair_features(facts(STATE_MEDIA), facts(DENIAL))
    r = guard_rail("unrelated", pf, {"contradicts": 0.2, "supports": 0.2, "unrelated": 0.6})
    assert r.relation == "contradicts" and r.confidence == 0.95 and "opposite polarity" in r.why


def test_sentence_rail_needs_a_denial_on_one_side():
    a, b = facts(NO_FLY_DEAL), facts(NO_FLY_DENIED)
    r = sentence_rail(Relation("unrelated", 0.6, "x"), a, b, {"contradicts": 0.1, "supports": 0.3, "unrelated": 0.6})
    assert r.relation == "contradicts" and "لن" in r.why and "حظر" in r.why and r.confidence >= 0.5
    # a headline pair (both short) is left alone
    assert sentence_rail(Relation("contradicts", 0.6, "x"), facts(STATE_MEDIA), facts(DENIAL),
                         {"contradicts": 0.6, "supports": 0.2, "unrelated": 0.2}) is None


def test_patching_the_sentence_limit_in_rails_switches_the_rail_off(monkeypatch):
    """bench/relate_bench.py times the rail this way: sentence_rail reads the limit from kg.relate.rails."""
    import kg.relate.rails as rails_module

    a, b = facts(NO_FLY_DEAL), facts(NO_FLY_DENIED)
    probs = {"contradicts": 0.1, "supports": 0.3, "unrelated": 0.6}
    monkeypatch.setattr(rails_module, "SENTENCE_WORDS", 10**9)
    assert sentence_rail(Relation("unrelated", 0.6, "x"), a, b, probs) is None


def test_far_apart_is_two_days():
    assert far_apart("2015-07-21", "2015-07-31") and far_apart("2015-07-21", "2015-07-23")
    assert not far_apart("2015-07-21", "2015-07-22") and not far_apart(None, "2015-07-21")


# classifier


def test_model_missing_names_the_train_command(tmp_path):
    from kg.relate.classifier import TRAIN_COMMAND, ModelMissing, RelateModel

    with pytest.raises(ModelMissing, match="training.train_relate") as e:
        RelateModel.load(tmp_path / "no.joblib")
    assert TRAIN_COMMAND in str(e.value)


def test_model_is_loaded_once_and_predicts_the_denial_pair():
    from kg.relate.classifier import METHOD, model

    m = model()
    assert model() is m and m.method == METHOD
    r = m.predict([(facts(STATE_MEDIA), facts(DENIAL))])[0]
    assert r.relation == "contradicts" and r.method == METHOD and "opposite polarity" in r.why


# candidates


def test_candidate_pairs_are_bounded_per_claim():
    texts = [f"قصف الطيران مدينة حلب وقتل {n} مدنيين في حي الشعار" for n in range(30)] + ["طالما أنك تحترم الأكبر منك سناً"]
    items = [(str(i), facts(t)) for i, t in enumerate(texts)]
    pairs = list(candidate_pairs(items, per_claim=3))
    assert pairs and len(pairs) == len(set(pairs)) and all(i < j for i, j in pairs)
    counts = {i: sum(i in p for p in pairs) for i in range(len(items))}
    assert max(counts.values()) <= 3 and counts[30] == 0  # the banter shares no event
    assert len(pairs) <= 3 * len(items) // 2


# the package contract


def test_the_package_reexports_its_steps():
    import kg.relate as R
    from kg.relate import classifier, claims, explanation, rails

    assert R.facts is claims.facts and R.explain is explanation.explain and R.model is classifier.model
    assert R.sentence_rail is rails.sentence_rail and R.DF_PATH == rails.DF_PATH
    # the model files still sit in the repository's models/, two levels above the package
    models = Path(R.__file__).resolve().parents[2] / "models"
    assert R.MODEL_PATH == models / "relate-model.joblib" and R.DF_PATH == models / "word-df.json.gz"
    assert R.LABELS == ("contradicts", "supports", "unrelated") and R.GOLD_ALIASES["disagree"] == "contradicts"


def test_a_claim_holding_both_events_of_an_antonym_pair_opposes_neither():
    from kg.relate.rules import rule_compare

    retake = facts("قوات النظام حاولت استعادة المواقع التي خسرتها في الأحياء الشمالية من مدينة داريا")
    repelled = facts("صدت الفصائل محاولات قوات النظام لاستعادة المواقع التي خسرتها في الأحياء الشمالية من داريا")
    assert retake.events >= {"control", "lose"}
    assert rule_compare(retake, repelled).relation != "contradicts"
    took = facts("قوات النظام استعادت المواقع في الأحياء الشمالية من مدينة داريا")
    lost = facts("قوات النظام خسرت المواقع في الأحياء الشمالية من مدينة داريا")
    r = rule_compare(took, lost)
    assert r.relation == "contradicts" and r.why.startswith("opposite events")


def test_a_claim_contained_in_a_longer_one_negating_other_words_is_not_contradicted():
    from kg.relate import model
    from kg.relate.rails import containment_rail

    longer = ("تركيا لن تدخل إلى الأراضي السورية بهدف إقامة المنطقة الآمنة، مشددة على أنها سوف تحقق المنطقة الآمنة "
              "بقوة النار لتحرير المدن التي يسيطر عليها تنظيم داعش")
    shorter = "سوف تحقق المنطقة الآمنة بقوة النار لتحرير المدن التي يسيطر عليها تنظيم داعش"
    r = model().predict([(facts(longer), facts(shorter))], graph=True)[0]
    assert r.relation == "supports" and r.why.startswith("one claim restated in a longer one")
    # a negation of the shared words is still a contradiction
    asserted = facts("قوات النظام دخلت مدينة تدمر وسيطرت على الأحياء الغربية")
    denied = facts("قالت المعارضة إن قوات النظام لم تدخل مدينة تدمر ولم تسيطر على الأحياء الغربية")
    f = pair_features(asserted, denied)
    assert containment_rail("contradicts", f) is None
    assert model().predict([(asserted, denied)], graph=True)[0].relation == "contradicts"
