"""Denials worded differently from what they deny (kg.relate.denials, the denial channel of kg.ingest)."""

from __future__ import annotations

import numpy as np

from kg.neighbours import nearest_of
from kg.relate import facts
from kg.relate.candidates import denial_pairs
from kg.relate.conflicts import METHOD, _denied_head, denial_conflict
from kg.relate.denials import DENIAL_COS, corpus_verdict, denial_by_meaning

# The corpus's Jarablus pair (tests/gold/relations cs-335): no rare word in common, cosine 0.67.
SHELLED = ("الجيش التركي قصف مواقع تابعة لها في قرية على مشارف بلدة جرابلس التي يسيطر عليها تنظيم الدولة الإسلامية "
           "وحثت أنقرة على وقف الهجمات على قواتها")
DENIED = ("اتهامات وحدات الحماية الكردية السورية بقصف الجيش التركي مواقعها في قرية حدودية، في وقت انتزع فيه "
          "الأكراد، السيطرة على بلدة صرين الاستراتيجية من داعش")  # polarity: denied (نفت أنقرة …)
OTHER = "افتتحت وزارة التربية مدرسة جديدة في مدينة الرياض"


def test_a_denial_of_an_accusation_denies_the_act_it_reports():
    assert _denied_head(facts(DENIED, "denied")) == "بقصف"
    assert _denied_head(facts("خطف جبهة النصرة لمقاتلين", "denied")) == "خطف"
    assert _denied_head(facts("الأنباء عن وصول قوات صينية إلى سوريا", "denied")) == "وصول"
    assert _denied_head(facts("التقارير التي تحدثت عن مقتل زعيم الحركة في غارة", "denied")) == "مقتل"
    assert _denied_head(facts("ما تردد عن لقاء ظريف بالمسؤولين", "denied")) == "لقاء"  # «ب» only after an accusation


def test_a_denial_close_in_meaning_contradicts_the_report_the_word_rule_misses():
    report = facts(SHELLED, "asserted", places=["jarablus", "ankara"])
    denial = facts(DENIED, "denied", places=["sarrin"])  # Sarrin is the sentence's other fact, not the shelling's place
    assert denial_conflict(report, denial, "2015-07-27", "2015-07-31") is None  # no rare word shared
    rel = denial_by_meaning(report, denial, 0.665, "2015-07-27", "2015-07-31")
    assert rel is not None and rel.relation == "contradicts" and rel.method == METHOD
    assert "بقصف" in rel.why and "0.67" in rel.why and "the second is denied" in rel.why
    # the same through the corpus verdict, whatever the model said
    from kg.model import Relation
    assert corpus_verdict(Relation("unrelated", 0.8, "", "m"), report, denial, 0.665, "2015-07-27",
                          "2015-07-31").relation == "contradicts"


def test_what_a_denial_by_meaning_does_not_contradict():
    report, denial = facts(SHELLED, "asserted"), facts(DENIED, "denied")
    dates = ("2015-07-27", "2015-07-31")
    assert denial_by_meaning(report, denial, DENIAL_COS - 0.01, *dates) is None  # not close enough in meaning
    assert denial_by_meaning(report, denial, 0.665, *dates, same_source=True) is None  # one source's correction
    assert denial_by_meaning(report, denial, 0.665, "2015-07-20", "2015-07-31") is None  # over a week apart
    assert denial_by_meaning(facts(SHELLED, "denied"), denial, 0.665, *dates) is None  # both deny
    assert denial_by_meaning(facts(OTHER, "asserted"), denial, 0.665, *dates) is None  # the denied act is not in it
    # the denied part names another place than the report
    elsewhere = facts(DENIED.replace("في قرية حدودية", "في قرية قرب درعا"), "denied")
    assert denial_by_meaning(report, elsewhere, 0.665, *dates) is None
    question = facts(DENIED.replace("من داعش", "من داعش؟"), "denied")
    assert denial_by_meaning(report, question, 0.665, *dates) is None


def test_a_later_report_of_the_act_happening_again_is_not_what_the_denial_denied():
    # the corpus: the Pentagon's denial of 31 July, and Nusra taking five more trainees «من جديد» on 3-4 August
    denial = facts("خطف جبهة النصرة في سوريا لمقاتلين شاركوا في برنامجها لتدريب المقاتلين السوريين، خلافا لما ذكره "
                   "المرصد السوري لحقوق الانسان", "denied")
    again = facts("خطفت جبهة النصرة ذراع تنظيم القاعدة في سوريا، من جديد خمسة مقاتلين على الاقل كانوا قد تلقوا تدريبات "
                  "في اطار برنامج التدريب الاميركي للمعارضة السورية المعتدلة في شمال غربي البلاد", "asserted")
    assert denial_by_meaning(again, denial, 0.66, "2015-08-04", "2015-07-31") is None
    # the same words on the denial's day are the denied report; a later report of the act without «again» (Nusra's
    # video) still contradicts it
    assert denial_by_meaning(again, denial, 0.66, "2015-07-31", "2015-07-31").relation == "contradicts"
    video = facts("جبهة النصرة نشرت شريط فيديو يؤكد فيه قيامه هذا الاسبوع بخطف مقاتلين سوريين مدربين ضمن البرنامج "
                  "الاميركي للمعارضة المعتدلة", "asserted")
    assert denial_by_meaning(video, denial, 0.64, "2015-08-02", "2015-07-31").relation == "contradicts"


def test_the_denial_channel_pairs_denials_with_their_nearest_claims_of_other_sources_within_a_week():
    texts = [SHELLED, DENIED, OTHER, SHELLED + " أمس", SHELLED + " اليوم", "نص آخر"]
    items = [(str(n), facts(t, "denied" if n == 1 else "asserted")) for n, t in enumerate(texts)]
    dates = ["2015-07-27", "2015-07-31", "2015-07-31", "2015-09-30", "2015-07-30", "2015-07-30"]
    sources = ["s0", "s1", "s2", "s3", "s1", "s5"]

    def nearest(rows):  # row 1 (the denial) is nearest to 4, 0, 3, then 2
        assert rows == [1]
        return [(1, 4, 0.9), (1, 0, 0.8), (1, 3, 0.7), (1, 2, 0.65)]

    pairs = [(i, j) for i, j, _ in denial_pairs(items, dates, sources, nearest, per_claim=1)]
    assert pairs == [(0, 1)]  # 4 is the denier's own claim, then the bound; 3 is two months later
    pairs = [(i, j) for i, j, _ in denial_pairs(items, dates, sources, nearest, per_claim=6)]
    assert pairs == [(0, 1), (1, 2)]


def test_past_its_nearest_neighbours_a_denial_still_meets_the_reports_that_say_the_denied_act():
    # the corpus (cs-335): Ankara's denial had, before the YPG's report, neighbours of other sources that only share
    # its topic (these two are among them); with a budget of one, the report seventh in line was never judged
    topical = ["موافقتها على تسليم النقاط التي تسيطر عليها على الحدود السورية – التركية لكتائب الثوار",
               "دخول تركيا على خط المواجهات ضد (داعش) أمر يبعث على الارتياح"]
    texts = [DENIED] + topical + [SHELLED, "الدبابات التركية قصفت قرية تسيطر عليها القوات الكردية في شمال سوريا"]
    items = [(str(n), facts(t, "denied" if n == 0 else "asserted")) for n, t in enumerate(texts)]
    dates, sources = ["2015-07-31"] * 5, ["ankara", "s1", "s2", "s3", "s4"]

    def nearest(rows):
        return [(0, 1, 0.67), (0, 2, 0.62), (0, 3, 0.61), (0, 4, 0.6)]

    assert [(i, j) for i, j, _ in denial_pairs(items, dates, sources, nearest, per_claim=1, saying=0)] == [(0, 1)]
    # the topical neighbour past the budget stays out; the two reports of the shelling come in
    assert [(i, j) for i, j, _ in denial_pairs(items, dates, sources, nearest, per_claim=1)] == [(0, 1), (0, 3),
                                                                                                (0, 4)]
    assert [(i, j) for i, j, _ in denial_pairs(items, dates, sources, nearest, per_claim=1, saying=1)] == [(0, 1),
                                                                                                          (0, 3)]


def test_nearest_of_searches_only_the_rows_asked_and_agrees_with_brute_force(monkeypatch):
    rng = np.random.default_rng(3)
    vecs = rng.normal(size=(300, 16)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    rows = [5, 17, 250]
    found = list(nearest_of(vecs, rows, k=4, min_cos=-1.0))
    assert [i for i, _, _ in found] == [5] * 4 + [17] * 4 + [250] * 4
    for i in rows:
        sims = vecs @ vecs[i]
        sims[i] = -np.inf
        assert [j for r, j, _ in found if r == i] == list(np.argsort(-sims)[:4])
    assert all(s >= 0.3 for _, _, s in nearest_of(vecs, rows, k=4, min_cos=0.3))
    import kg.neighbours
    monkeypatch.setattr(kg.neighbours, "EXACT_MAX", 100)  # the HNSW path finds (nearly) the same best neighbour
    approx = list(nearest_of(vecs, rows, k=4, min_cos=-1.0))
    assert {(i, j) for i, j, _ in approx if j == next(b for a, b, _ in found if a == i)} == {
        (i, next(b for a, b, _ in found if a == i)) for i in rows}


def test_a_denial_worded_differently_is_stored_as_a_contradiction():
    from kg.ingest import relate_claims

    def claim(n, date, text, polarity="asserted", source=None):
        return {"key": f"k{n}", "id": f"urn:claim:{n}", "text": text, "polarity": polarity, "places": None,
                "date": date, "article": f"urn:article:{n}", "source": {"key": source or f"s{n}"}}

    found = relate_claims([claim(1, "2015-07-27", SHELLED), claim(2, "2015-07-31", DENIED, "denied"),
                           claim(3, "2015-07-31", OTHER)])
    assert [(r.a["key"], r.b["key"], r.relation.relation) for r in found.relations] == [("k1", "k2", "contradicts")]
    assert "close in meaning" in found.relations[0].relation.why
    # told by one source, it is that source's correction, not a conflict between sources
    found = relate_claims([claim(1, "2015-07-27", SHELLED, source="s"), claim(2, "2015-07-31", DENIED, "denied", "s")])
    assert not [r for r in found.relations if r.relation.relation == "contradicts"]


def test_a_denial_of_what_the_other_also_says_is_not_so_is_agreement():
    # seen on 600 fresh articles (tests/gold/graph-contradictions-sample-5, 24ac7ba8987b, labelled wrong)
    not_linked = facts("لكنها مجموعات قومية متطرفة، وغير مرتبطة بحزب العمال الكردستاني ولا تستلم أي توجيهات من الحزب")
    denied_linked = facts("تكون هذه المجموعة مرتبطة تنظيميًا بحزب العمال الكردستاني في تركيا", "denied")
    dates = ("2015-07-23", "2015-07-23")
    assert denial_conflict(not_linked, denied_linked, *dates) is None
    assert denial_by_meaning(not_linked, denied_linked, 0.68, *dates) is None
    linked = facts("هذه المجموعات مرتبطة تنظيميا بحزب العمال الكردستاني وتتلقى توجيهات من الحزب")
    assert denial_conflict(linked, denied_linked, *dates) is not None or \
        denial_by_meaning(linked, denied_linked, 0.68, *dates) is not None
