"""Cues and frames of news reporting the rules missed (session 16, ext19, issue 14): made-up sentences, with the
stanza parse and with the rules alone."""

from __future__ import annotations

from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)
from tests.test_attribution_missed_sides import said  # (cue, source as written, quote) of each report


def test_speakers_described_by_whom_they_spoke_to_before_their_verb(extractor):
    text = "لكن سكانا تحدثوا مع وكالة الأنباء هاتفيا قالوا إن القوات انسحبت من البلدة قبل يومين."
    assert said(extractor, text) == [("قالوا", "سكانا", "القوات انسحبت من البلدة قبل يومين")]
    text = "غير أن مسؤولين محليين تحدثوا للصحيفة أكدوا أن الطريق أغلق أمام الشاحنات."
    assert said(extractor, text) == [("أكدوا", "مسؤولين محليين", "الطريق أغلق أمام الشاحنات")]


def test_a_criticism_of_a_visit_or_decision_is_the_critics_claim(extractor):
    # a place and a time between the critic and what it criticized belong to neither
    text = "انتقدت المعارضة الإيرانية في المنفى اليوم الزيارة التي تعتزم المسؤولة الأوروبية القيام بها إلى طهران."
    assert said(extractor, text) == [("انتقدت", "المعارضة الإيرانية",
                                      "الزيارة التي تعتزم المسؤولة الأوروبية القيام بها إلى طهران")]
    # only an object head that names no speaker ends the subject: a bare construct may still be its subject
    assert said(extractor, "وانتقد وزير الخارجية قرار الحكومة بإغلاق المعابر الحدودية أمام المساعدات.") == []
    # (the official's body after في is his: "المسؤول في الوزارة", kg.attribution.noun_phrase.speaker_body_end)
    text = "وأرجع المسؤول في الوزارة أمس سبب التأخر إلى نقص الموظفين."
    assert said(extractor, text) == [("أرجع", "المسؤول في الوزارة", "سبب التأخر إلى نقص الموظفين")]


def test_a_call_or_warning_launched_is_a_report_and_fire_is_not(extractor):
    text = "أطلق الأمين العام للأمم المتحدة نداء عاجلا إلى الدول المانحة لسد عجز في ميزانية الوكالة."
    assert said(extractor, text) == [("أطلق", "الأمين العام للأمم المتحدة",
                                      "نداء عاجلا إلى الدول المانحة لسد عجز في ميزانية الوكالة")]
    assert said(extractor, "وأطلقت المنظمة أمس تحذيرا من تفشي الكوليرا في المخيمات.") == [
        ("أطلقت", "المنظمة", "تحذيرا من تفشي الكوليرا في المخيمات")]
    for text in ("وأطلق مسلحون النار على دورية للشرطة في المدينة.", "أطلقت السلطات سراح ثلاثة معتقلين بعد التحقيق معهم.",
                 "وأطلقت الوزارة حملة لتطعيم الأطفال ضد شلل الأطفال."):
        assert said(extractor, text) == []


def test_whom_a_call_is_addressed_to_is_no_part_of_its_caller(extractor):
    text = "ودعا رئيس المجلس المحلي أهالي المدينة إلى مغادرة منازلهم بسبب القصف المتواصل."
    assert said(extractor, text) == [("دعا", "رئيس المجلس المحلي", "مغادرة منازلهم بسبب القصف المتواصل")]
    text = "دعت المنظمة الدول الأعضاء إلى زيادة المساعدات للاجئين في المخيمات."
    assert said(extractor, text) == [("دعت", "المنظمة", "زيادة المساعدات للاجئين في المخيمات")]
    # after a construct head the same words are its genitive, part of the caller
    assert said(extractor, "ودعت جامعة الدول العربية إلى وقف القتال.") == [
        ("دعت", "جامعة الدول العربية", "وقف القتال")]
    assert said(extractor, "ودعا ممثل أهالي المدينة إلى فتح المعابر.") == [
        ("دعا", "ممثل أهالي المدينة", "فتح المعابر")]


def test_a_call_ends_where_its_callers_next_act_is_joined(extractor):
    text = ("وكانت الحكومة المحلية في الأنبار دعت أهالي المدينة إلى الخروج منها ووفرت لهم ملاذات آمنة في قضاء "
            "الخالدية.")
    assert said(extractor, text) == [("دعت", "الحكومة المحلية في الأنبار", "الخروج منها")]
    # a plural noun joined by و goes on with what is called for
    text = "ودعت الوزارة المواطنين إلى الابتعاد عن المناطق المتضررة والمنشآت وعدم الاقتراب من الأسلاك."
    assert said(extractor, text) == [("دعت", "الوزارة",
                                      "الابتعاد عن المناطق المتضررة والمنشآت وعدم الاقتراب من الأسلاك")]
    # after a comma a joined feminine past verb opens a clause whatever the caller's person
    text = "ودعا المعتصمون إلى إعدام المتهم بقتل العقيد، وتباينت الروايات عن تفاصيل ما حدث."
    assert said(extractor, text) == [("دعا", "المعتصمون", "إعدام المتهم بقتل العقيد")]


def test_a_judgement_of_an_event_after_a_titled_subject(extractor):
    # «اعتبر X الهجوم …»: an event word as the object ends the subject, as for وصف and انتقد
    text = "واعتبر رئيس الوزراء الهجوم عملا إرهابيا يستهدف وحدة البلاد."
    assert said(extractor, text) == [("اعتبر", "رئيس الوزراء", "الهجوم عملا إرهابيا يستهدف وحدة البلاد")]
