"""Cues the rules passed over though their content was there (issue 14, recall): a verb after an adverb of
frequency with ما, an expectation with a verbal-noun object behind an unnamed source, the subject put first after
«فإن». Made-up sentences, with the stanza parse and with the rules alone."""

from __future__ import annotations

from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)
from tests.test_denial_claims import said


def test_usually_with_ma_is_no_relative_clause(extractor):
    (c,) = said(extractor, "وعادة ما تتهم الحكومة جارتها بالسعي إلى زعزعة الاستقرار في المنطقة.")
    assert (c.cue, c.source.label) == ("تتهم", "الحكومة")
    (c,) = said(extractor, "وغالبا ما يؤكد المسؤولون أن الوضع الأمني مستقر.")
    assert (c.cue, c.source.label, c.quote) == ("يؤكد", "المسؤولون", "الوضع الأمني مستقر")


def test_an_expectation_of_a_verbal_noun_is_a_hedged_claim(extractor):
    (c,) = said(extractor, "في غضون ذلك، توقعت مصادر دبلوماسية اقتراب التوصل إلى اتفاق بين الطرفين.")
    assert (c.source.label, c.cue, c.quote) == ("مصادر دبلوماسية", "توقعت", "اقتراب التوصل إلى اتفاق بين الطرفين")
    assert c.hedged


def test_the_noun_after_fa_inna_is_the_subject(extractor):
    (c,) = said(extractor, "ورغم توقيع العقد مع اللاعب، فإن رئيس النادي المحلي نفى أن يكون ناديه قد تنازل عنه.")
    assert (c.source.label, c.cue, c.polarity) == ("رئيس النادي المحلي", "نفى", "denied")
    assert c.quote == "يكون ناديه قد تنازل عنه"
    assert said(extractor, "وإذا فشلت المفاوضات، فإن الحكومة ستقوم بالرد على الهجوم.") == []


def test_the_subject_after_wa_huwa_ma_names_the_participles_speaker(extractor):
    found = said(extractor, "وقد حققت الأسر أرباحا جيدة طوال أيام العيد. وهو ما أكدته أم سعد صاحبة أحد المتاجر "
                            "بالسوق الشعبي، مؤكدة أن ذلك يساعد كثيرا في زيادة دخلها.")
    assert [(c.cue, c.source.label) for c in found][-1] == ("مؤكدة", "أم سعد")
    assert found[-1].quote == "ذلك يساعد كثيرا في زيادة دخلها"


def test_a_kunya_is_one_name(extractor):
    (c,) = said(extractor, "ونفى أبو خالد الاتهامات الموجهة إليه بالتعاون مع المسلحين.")
    assert (c.source.label, c.polarity) == ("أبو خالد", "denied")


def test_although_and_a_subject_with_its_own_complementizer_is_a_report_of_its_own(extractor):
    found = said(extractor, "وقالت الهيئة يوم الجمعة إنها ستحقق في الأمر على الرغم من أن الشركة قالت في بيانها "
                            "إنه ليس لديها علم بأي إصابات.")
    assert [(c.source.label, c.quote) for c in found] == [("الهيئة", "ستحقق في الأمر"),
                                                         ("الشركة", "ليس لديها علم بأي إصابات")]
    # without a complementizer of its own the concession stays in the speaker's words
    (c,) = said(extractor, "وقال الوزير إن الهجوم فشل رغم أن المسلحين أعلنوا السيطرة على المدينة.")
    assert c.quote == "الهجوم فشل رغم أن المسلحين أعلنوا السيطرة على المدينة"


def test_likewise_and_a_present_verb_is_the_speakers_next_proposition(extractor):
    found = said(extractor, "وأعلن المرصد أن الطائرات قصفت مناطق في المدينة الشمالية، كذلك تدور منذ الصباح اشتباكات "
                            "عنيفة في الريف الشمالي.")
    assert [(c.cue, c.source.label, c.quote) for c in found] == [
        ("أعلن", "المرصد", "الطائرات قصفت مناطق في المدينة الشمالية"),
        ("أعلن", "المرصد", "تدور منذ الصباح اشتباكات عنيفة في الريف الشمالي")]


def test_mubdiyan_expresses_its_object_as_muriban_does(extractor):
    found = said(extractor, "وقال اللاعب للبرنامج إنه سيغادر إلى جدة لتوقيع العقد، مبدياً اتفاق الطرفين على كافة "
                            "تفاصيل العرض.")
    assert [(c.cue, c.source.label) for c in found] == [("قال", "اللاعب"), ("مبدياً", "اللاعب")]
    assert found[1].quote == "اتفاق الطرفين على كافة تفاصيل العرض"


def test_a_ruling_with_bi_anna_is_the_courts_claim_and_the_noun_rule_is_not(extractor):
    """حكم "ruled (that)": a court's finding is its claim; حكم is also the noun "rule" and "sentenced to" with ب."""
    claims = said(extractor, "وحكمت المحكمة العليا في لندن بأن قرار الحكومة غير قانوني.")
    assert [(c.source.label, c.cue, c.quote) for c in claims] == [
        ("المحكمة العليا", "حكمت", "قرار الحكومة غير قانوني")]
    assert said(extractor, "وحكمت المحكمة على المتهم بالسجن عشر سنوات.") == []
    assert [c.cue for c in said(extractor, "وقال الأهالي إن حكم المدينة تغير كثيرا بعد الحرب.")] == ["قال"]


def test_a_prediction_with_its_complementizer_is_a_claim_and_a_theme_with_bi_is_not(extractor):
    claims = said(extractor, "وتنبأ الخبراء بأن ترتفع أسعار النفط في العام المقبل.")
    assert [(c.source.label, c.cue, c.quote) for c in claims] == [("الخبراء", "تنبأ", "ترتفع أسعار النفط في العام المقبل")]
    assert said(extractor, "وتناولت الكاتبة رواياته التي تنبأ فيها بالثورة قبل وقوعها.") == []


def test_a_pluperfect_auxiliary_before_the_next_report_ends_the_content_before_it(extractor):
    """"…، وكان (X) قد أكد …": the auxiliary opens the next report, it is not part of the first one's words."""
    for text in ("وقال الرجل إن الحرب قادمة، وكان قد أكد الوزير أن الجيش مستعد.",
                 "وقال الرجل إن الحرب قادمة، وكان الوزير قد أكد أن الجيش مستعد."):
        assert [(c.source.label, c.quote) for c in said(extractor, text)] == [
            ("الرجل", "الحرب قادمة"), ("الوزير", "الجيش مستعد")], text


def test_believed_with_its_madda_and_complementizer_is_a_cue_security_and_safe_are_not(extractor):
    claims = said(extractor, "وآمن الرئيس بأن السلام ممكن في المنطقة.")
    assert [(c.source.label, c.cue, c.quote) for c in claims] == [("الرئيس", "آمن", "السلام ممكن في المنطقة")]
    assert [c.cue for c in said(extractor, "وقال المسؤول إن أمن الدولة يتطلب أن يبقى الجيش قويا.")] == ["قال"]
    assert said(extractor, "وطالب بتوفير ممر آمن أن يخرج منه المدنيون.") == []
