"""Denials that lose their side of a conflict at extraction (issue 13, session 11): a report noun or «أي» as
what is denied, a contrast («إلا أن X نفت …») after someone else's words, on sentences of the relation
samples 6 and 8 (shortened where the rest does not matter), with the stanza parse and with the rules alone."""

from __future__ import annotations

from kg.model import Article
from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)


def said(extractor, text):
    return [c for c in extractor.extract(Article(text=text, date="2015-08-10", publisher="صحيفة المثال")).claims
            if not c.own]


def test_a_denial_of_a_report_noun_or_of_any_thing_is_a_denied_claim(extractor):
    (c,) = said(extractor, "وباستثناء عبد الرحمن سعود الذي أقر بانتمائه إلى «داعش»، نفى المتهمون الآخرون أي ضلوع "
                           "لهم في الاعتداء أو انتماءهم إلى التنظيم المتطرف.")
    assert (c.cue, c.polarity) == ("نفى", "denied")
    assert c.source.label.startswith("المتهمون")
    assert c.quote.startswith("أي ضلوع لهم في الاعتداء")
    (c,) = said(extractor, "نفى القنصل السعودي عبدالله الحمراني الأخبار التي تحدثت عن حفظ التحقيق في قضية "
                           "تسمم مواطنين سعوديين.")
    assert (c.cue, c.polarity) == ("نفى", "denied")
    assert c.source.label.startswith("القنصل السعودي")
    assert c.quote.startswith("الأخبار التي تحدثت عن حفظ التحقيق")


def test_a_denied_report_noun_after_an_elided_subject_is_the_object(extractor):
    found = said(extractor, "وقال اللواء منصور التركي إن الوضع مستقر. ونفى المزاعم التي ترددت حول وقوع حالات "
                            "اختناق بدخان المتفجرات.")
    assert [(c.cue, c.polarity) for c in found] == [("قال", "asserted"), ("نفى", "denied")]
    assert found[1].source.label == "اللواء منصور التركي"
    assert found[1].quote == "المزاعم التي ترددت حول وقوع حالات اختناق بدخان المتفجرات"


def test_a_masdar_object_still_opens_the_denial(extractor):
    (c,) = said(extractor, "ونفت وزارة الداخلية صحة الأنباء عن اعتقال الصحفي.")
    assert (c.source.label, c.quote, c.polarity) == ("وزارة الداخلية", "صحة الأنباء عن اعتقال الصحفي", "denied")


def test_but_and_a_new_subject_end_the_words_before_and_open_a_denial(extractor):
    found = said(extractor, "وكان مسؤول في وزارة الصحة الإيرانية قال، في تصريح الشهر الماضي، إن كمية المشروبات "
                            "الكحولية المستهلكة في البلاد تبلغ 420 مليون لتر سنويًّا، إلا أن السلطات نفت صحة "
                            "التصريح المذكور.")
    assert [(c.cue, c.polarity) for c in found] == [("قال", "asserted"), ("نفت", "denied")]
    assert found[0].quote.endswith("تبلغ 420 مليون لتر سنويًّا")  # تبلغ + a figure "amounts to", no report
    assert (found[1].source.label, found[1].quote) == ("السلطات", "صحة التصريح المذكور")


def test_a_confession_takes_its_b_complement(extractor):
    found = said(extractor, "وذكر جهاز الأمن الداخلي أن حزران اعتقل في تموز. واعترف أثناء استجوابه بالعمل لصالح "
                            "حزب الله.")
    assert [c.cue for c in found] == ["ذكر", "اعترف"]
    assert found[1].quote == "العمل لصالح حزب الله"
