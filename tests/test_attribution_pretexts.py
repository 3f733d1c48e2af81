"""Pretexts and charges («بدعوى», «بتهمة», «بحجة», «بذريعة») without the parse (session 18, ext22, issue 14): the
parse's active subject names who claims or charges; the rules alone take the subject right after the verb that
opens the pretext's clause, when it names a speaker and stands close to the pretext. Made-up sentences."""

from __future__ import annotations

import pytest

from kg.attribution import AttributionExtractor
from tests.test_attribution_missed_sides import said  # (cue, source as written, quote) of each report


@pytest.fixture(scope="module")
def rules():
    return AttributionExtractor(nlp=False)


def test_a_charge_is_the_claim_of_the_body_that_brings_it(rules):
    text = "وأصدر قضاء النظام السوري أحكاما بالإعدام على خمسة معارضين بتهمة دعم الإرهاب وتمويل العمليات المسلحة."
    # the object after the subject ("أحكاما") is not part of who charges
    assert said(rules, text) == [("بتهمة", "قضاء النظام السوري", "دعم الإرهاب وتمويل العمليات المسلحة")]
    text = "واعتقلت الشرطة الأردنية شابا بتهمة قتل رجل أعمال سعودي في مدينة إربد."
    assert said(rules, text) == [("بتهمة", "الشرطة الأردنية", "قتل رجل أعمال سعودي في مدينة إربد")]


def test_a_pretext_after_a_comma_is_the_claim_of_its_own_clauses_subject(rules):
    # not the name in the phrase before the comma («اتهام جبهة النصرة»)
    text = ("وفي أعقاب اتهام جبهة النصرة بقتل أحد الشبان، هبت الطائفة الدرزية في إسرائيل ضد السلطات الإسرائيلية "
            "بدعوى أنها تقدم مساعدات للقوى المتطرفة في سوريا.")
    assert said(rules, text) == [("بدعوى", "الطائفة الدرزية", "تقدم مساعدات للقوى المتطرفة في سوريا")]


def test_no_accuser_without_a_speaker_close_before_the_pretext(rules):
    # a plain noun may be a passive's subject: who is charged, not who charges
    assert said(rules, "واعتقل شاب في مدينة إربد بتهمة قتل رجل أعمال سعودي.") == []
    # far from the verb's subject, after another noun's description, the charge is not the releasing body's
    text = ("وكانت السلطات السورية قد أفرجت الاثنين عن الحقوقي البارز والصحافي السوري مازن درويش (41 عاما) "
            "المعتقل منذ شباط/فبراير 2012 بتهمة الترويج للإرهاب.")
    assert [c for c in said(rules, text) if c[0] == "بتهمة"] == []
