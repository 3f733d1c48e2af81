"""One denial against many claims (kg.relate.fan_out): kept where the claims report one event, not where each only
shares a name with the denial."""

from __future__ import annotations

from kg.model import ClaimRelation, Relation
from kg.relate import facts
from kg.relate.conflicts import METHOD
from kg.relate.fan_out import DENIAL_WHY, drop_fan_out, person_names

# SaudiNewsNet 2015-08-01: a report about a politician whose own sentence holds his denial
ESSEBSI = "نفى الرئيس التونسي الباجي قائد السبسي وجود أي خلاف بين تونس والجزائر مستغربا ما يتم تداوله في وسائل الإعلام"
ABOUT_ESSEBSI = [  # claims that name him, each about something else
    "أعلن الرئيس التونسي الباجي قائد السبسي حالة الطوارئ في البلاد بعد هجوم سوسة",
    "استقبل الرئيس الباجي قائد السبسي وزير الخارجية الجزائري رمطان لعمامرة في قصر قرطاج",
    "السبسي يقيل والي سوسة ومسؤولين أمنيين بعد الهجوم على الفندق",
]
# The corpus's Division 30 pairs (tests/gold/graph-contradictions-sample-5: all four correct)
PENTAGON = "أسر أو اعتقال أي من أفراد «الفرقة 30»!"
ABDUCTED = [
    "وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء قرب مدينة اعزاز في ريف حلب الشمالي",
    "مقاتلي «جبهة النصرة» هاجموا مقرها، وقتلوا خمسة من أفراد «الفرقة 30»، التي تتهم «النصرة» أيضًا بخطف زعيم الفرقة، وآخرين",
    "استنكرت قيادة الفرقة 30 قيام عناصر تابعة لجبهة النصرة بخطف العقيد نديم الحسن قائد الفرقة 30 ورفاقه في ريف حلب الشمالي",
    "وكانت جبهة النصرة خطفت ثمانية عناصر من «الفرقة 30»، بينهم قائد الفرقة العقيد نديم الحسن مساء الاربعاء، قرب مدينة اعزاز",
]


def _claim(text: str, polarity: str) -> dict:
    return {"key": str(abs(hash(text))), "text": text, "polarity": polarity}


def _denials(denial: str, reports: list[str], confidences: list[float] | None = None) -> list[ClaimRelation]:
    neg = _claim(denial, "denied")
    return [ClaimRelation(a=_claim(r, "asserted"), b=neg,
                          relation=Relation("contradicts", c, f"{DENIAL_WHY}: the second is denied about …", METHOD))
            for r, c in zip(reports, confidences or [0.7] * len(reports))]


def _facts(c: dict):
    return facts(c["text"], c["polarity"], None)


def test_a_politicians_name_is_found_after_his_title():
    assert {"باج", "قايد", "سبس"} <= person_names(facts(ESSEBSI, "denied"))
    assert not person_names(facts(PENTAGON, "denied"))


def test_a_denial_paired_with_claims_that_only_share_a_name_keeps_none():
    assert drop_fan_out(_denials(ESSEBSI, ABOUT_ESSEBSI), _facts) == []


def test_two_partners_of_different_content_keep_the_better():
    kept = drop_fan_out(_denials(ESSEBSI, ABOUT_ESSEBSI[:2], [0.6, 0.8]), _facts)
    assert [r.a["text"] for r in kept] == [ABOUT_ESSEBSI[1]]


def test_a_denial_against_several_reports_of_one_event_keeps_them_all():
    found = _denials(PENTAGON, ABDUCTED)
    assert drop_fan_out(found, _facts) == found


def test_other_relations_and_single_denials_are_untouched():
    found = _denials(ESSEBSI, ABOUT_ESSEBSI[:1])
    other = ClaimRelation(a=_claim(ABDUCTED[0], "asserted"), b=_claim(ABDUCTED[3], "asserted"),
                          relation=Relation("supports", 0.9, "both assert …", METHOD))
    assert drop_fan_out(found + [other], _facts) == found + [other]


def test_the_word_rule_needs_a_shared_word_beyond_the_persons_name():
    from kg.relate.conflicts import _denied_head, denial_conflict
    # the claim the deniers were given is the report about him: main paired it with each claim naming him, "about
    # words both share (سبس، باج، قايد)"
    neg = facts("الرئيس التونسي الباجي قائد السبسي وجود خلاف مع الجزائر", "denied")
    assert _denied_head(neg) == "خلاف"  # not his title or name
    for other in ABOUT_ESSEBSI[:2]:
        assert denial_conflict(facts(other, "asserted"), neg, "2015-08-01", "2015-08-01") is None
    # the Division 30 denial still contradicts a report of the abduction
    rel = denial_conflict(facts(ABDUCTED[0], "asserted"), facts(PENTAGON, "denied"), "2015-07-30", "2015-08-01")
    assert rel is not None and rel.relation == "contradicts"
