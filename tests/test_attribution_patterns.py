"""Reported-speech shapes that failed as a new user tried them (issue 14), on made-up sentences of the
same shape, with the stanza parse and with the rules alone: a long organisation name before the date,
relays (an interview published by a newspaper, a newspaper quoting someone), and a reporting verb whose
content opens with a verb of expectation."""

from __future__ import annotations

import pytest

from kg.attribution import AttributionExtractor
from kg.model import Article


@pytest.fixture(scope="module", params=["parse", "rules"])
def extractor(request):
    return AttributionExtractor(nlp=None if request.param == "parse" else False)


def one(extractor, text):
    found = extractor.extract(Article(text=text, date="2015-08-10", publisher="صحيفة المثال")).claims
    assert len(found) == 1, [(c.source.label, c.cue, c.quote) for c in found]
    return found[0]


def test_a_long_organisation_name_before_the_date_is_the_source(extractor):
    c = one(extractor, "قال التحالف الدولي لدعم اللاجئين بقيادة ألمانيا يوم الخميس إنه لم يعد قادرا على "
                       "استقبال مزيد من اللاجئين في المخيمات الحدودية.")
    assert not c.own and c.cue == "قال"
    assert c.source.label == "التحالف الدولي لدعم اللاجئين بقيادة ألمانيا"
    assert not c.source.registered  # not the registered "التحالف الدولي" (the anti-IS coalition)
    assert c.quote == "لم يعد قادرا على استقبال مزيد من اللاجئين في المخيمات الحدودية"
    assert c.date == "2015-08-06"  # the Thursday before publication


def test_a_registered_agency_with_its_descriptor_and_a_call_with_li_stay_as_they_were(extractor):
    c = one(extractor, "قالت وكالة الأناضول للأنباء إن القصف استهدف أحياء سكنية في المدينة.")
    assert c.source.key == "anadolu"
    c = one(extractor, "ودعت تركيا لإقامة منطقة آمنة في شمال سوريا لحماية المدنيين من القصف.")
    assert c.source.label == "تركيا" and c.source.registered


def test_the_person_interviewed_not_the_newspaper_that_published_it(extractor):
    c = one(extractor, "قال رئيس الشركة في مقابلة نشرتها صحيفة لوموند يوم الأحد إن الأرباح تراجعت بنسبة "
                       "كبيرة خلال العام الماضي.")
    assert c.source.label == "رئيس الشركة" and c.cue == "قال"
    assert c.quote == "الأرباح تراجعت بنسبة كبيرة خلال العام الماضي"
    c = one(extractor, "وأكد المتحدث في تصريحات نقلتها وكالة الأنباء الفرنسية أن القوات استعادت السيطرة "
                       "على البلدة.")
    assert c.source.label == "المتحدث" and c.cue == "أكد"


@pytest.mark.parametrize("text", [
    "نقلت صحيفة الحياة عن مسؤول في الوزارة قوله إن المفاوضات ستستأنف الأسبوع المقبل في جنيف.",
    "نقلت صحيفة الحياة عن مسؤول في الوزارة أن المفاوضات ستستأنف الأسبوع المقبل في جنيف.",
])
def test_a_newspaper_quoting_someone_gives_the_one_quoted(extractor, text):
    c = one(extractor, text)
    assert c.source.label == "مسؤول في الوزارة" and c.source.type == "anonymous-source"
    assert c.quote == "المفاوضات ستستأنف الأسبوع المقبل في جنيف"


@pytest.mark.parametrize("verb", ["يتوقع", "يرجح", "يستبعد"])
def test_the_reporting_verb_stays_the_cue_and_the_expectation_opens_the_content(extractor, verb):
    c = one(extractor, f"قال الوزير إنه {verb} أن تنتهي الأزمة قبل نهاية العام الحالي بعد الاتفاق الأخير.")
    assert c.cue == "قال" and c.source.label == "الوزير"
    assert c.quote == f"{verb} أن تنتهي الأزمة قبل نهاية العام الحالي بعد الاتفاق الأخير"
    assert c.hedged and c.hedge == verb


def attributed(extractor, text, n):
    found = [c for c in extractor.extract(Article(text=text, date="2015-07-26", publisher="صحيفة المثال")).claims
             if not c.own]
    assert len(found) == n, [(c.source.label, c.cue, c.quote) for c in found]
    return found


def test_an_official_told_to_an_outlet_is_the_source_not_the_outlet(extractor):
    c = one(extractor, "وقال لـ«الاقتصادية» مسؤول في وزارة المالية إن الميزانية ستعلن الشهر المقبل.")
    assert not c.own and c.cue == "قال"
    assert c.source.label == "مسؤول في وزارة المالية" and c.source.type == "anonymous-source"
    assert c.quote == "الميزانية ستعلن الشهر المقبل"
    c = one(extractor, "وقال لوكالة الأنباء الألمانية مصدر أمني إن الهجوم وقع قبل الفجر بقليل.")
    assert c.source.label.startswith("مصدر أمني") and c.quote == "الهجوم وقع قبل الفجر بقليل"


def test_the_speaker_after_the_quotation(extractor):
    c = one(extractor, "«لن نسمح بتكرار هذه الحوادث في المستقبل»، قال وزير الداخلية أحمد الخالدي.")
    assert c.source.label == "وزير الداخلية أحمد الخالدي" and c.cue == "قال"
    assert c.quote == "لن نسمح بتكرار هذه الحوادث في المستقبل"


def test_a_definite_body_ends_the_subject_and_its_object_is_the_content(extractor):
    _, c = attributed(extractor, "أعلنت وزارة التجارة والصناعة أن الدليل الجديد يطبق من الشهر المقبل. وأوضحت "
                                 "الوزارة احتواء الدليل على أكثر من ألفي نشاط اقتصادي.", 2)
    assert c.source.label == "الوزارة" and c.source.name == "وزارة التجارة والصناعة"
    assert c.cue == "أوضحت" and c.quote == "احتواء الدليل على أكثر من ألفي نشاط اقتصادي"


def test_a_verb_after_kana_and_its_subject_takes_its_object(extractor):
    c = one(extractor, "وكانت الشركة قدرت الخسائر بنحو مليوني ريال.")
    assert c.source.label == "الشركة" and c.cue == "قدرت"
    assert c.quote == "الخسائر بنحو مليوني ريال"


def test_it_is_worth_noting_and_a_passive_present_are_the_outlets_voice(extractor):
    found = attributed(extractor, "قال المتحدث باسم البلدية إن الطريق سيفتتح غدا. يذكر أن المشروع بدأ قبل "
                                  "ثلاث سنوات. ويعتبر تعاون الجهات الحكومية عاملا أساسيا لإنجاح المشروع.", 1)
    assert found[0].cue == "قال"


def test_a_lead_with_an_attributed_aside_keeps_its_own_statement(extractor):
    found = extractor.extract(Article(text="تعتزم شركة السيارات الكبرى سحب مليون سيارة من الأسواق الأمريكية لإصلاح "
                                           "عيب في المكابح فيما قال مسؤولون اتحاديون إن الإجراء هو الأول من نوعه.",
                                      date="2015-07-26", publisher="صحيفة المثال")).claims
    own, said = found
    assert own.own and own.quote == "تعتزم شركة السيارات الكبرى سحب مليون سيارة من الأسواق الأمريكية لإصلاح عيب " \
                                    "في المكابح"
    assert said.cue == "قال" and said.quote == "الإجراء هو الأول من نوعه"


def test_a_title_with_its_body_and_name_up_to_the_complementizer(extractor):
    c = one(extractor, "قال رئيس لجنة الشؤون الخارجية في مجلس الشورى الإيراني علاء الدين بروجردي إن بلاده لن "
                       "تتراجع عن موقفها.")
    assert c.source.label == "رئيس لجنة الشؤون الخارجية في مجلس الشورى الإيراني علاء الدين بروجردي"
    c = one(extractor, "وقال مسؤول كبير في وزارة الخارجية للصحافيين إن الوزير سيزور المنطقة الأسبوع المقبل.")
    assert c.source.label == "مسؤول كبير في وزارة الخارجية"
    c = one(extractor, "قال الوزير في مؤتمر صحافي إن موعد الانتخابات لن يتغير هذا العام.")
    assert c.source.label == "الوزير"  # the occasion is not part of the speaker


@pytest.mark.parametrize("text, label, quote", [
    ("اللاعب لن يغادر النادي في الموسم المقبل، وهذا ما أكده رئيس النادي في تصريح صحفي.", "رئيس النادي",
     "اللاعب لن يغادر النادي في الموسم المقبل"),
    ("وفي حال فشلت المفاوضات الحالية بين الحزبين، وهو ما يتوقعه المراقبون، ستجرى انتخابات جديدة.", "المراقبون",
     "وفي حال فشلت المفاوضات الحالية بين الحزبين"),
])
def test_the_speaker_named_after_their_words_with_huwa_ma(extractor, text, label, quote):
    c = [c for c in attributed(extractor, text, 1)][0]
    assert c.source.label == label and c.quote == quote


def test_ma_with_a_verb_and_its_own_object_is_no_report(extractor):
    attributed(extractor, "وتوارى المطلوب عن الأنظار سنوات، وهذا ما أكد وجوده في الكويت قبل مقتله.", 0)


def test_a_body_with_its_region_is_one_subject(extractor):
    c = one(extractor, "نفت مديرية الشؤون الصحية بمنطقة جازان ما تداولته مواقع التواصل الاجتماعي عن وفاة طفل "
                       "بسبب خطأ طبي.")
    assert c.source.label == "مديرية الشؤون الصحية بمنطقة جازان"
    assert c.quote.startswith("ما تداولته مواقع التواصل الاجتماعي")


def test_a_kana_subject_with_its_place(extractor):
    c = one(extractor, "وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة إلى الخروج من المدينة.")
    assert c.source.label == "الحكومة المحلية في الأنبار" and c.cue == "دعت"


def test_a_lead_opening_with_the_outlets_aside(extractor):
    own, said = extractor.extract(Article(
        text="فيما وصل وزير الدفاع العراقي خالد العبيدي أمس إلى قاعدة الحبانية العسكرية للإشراف على العملية، "
             "أكد رئيس مجلس المحافظة أن القوات تتقدم نحو المدينة.", date="2015-07-26",
        publisher="صحيفة المثال")).claims
    assert own.own and own.quote == "وصل وزير الدفاع العراقي خالد العبيدي أمس إلى قاعدة الحبانية العسكرية " \
                                    "للإشراف على العملية"
    assert said.cue == "أكد" and said.quote == "القوات تتقدم نحو المدينة"


def test_unnamed_reports_with_their_content(extractor):
    c = one(extractor, "وجاء الإعلان بعد أيام من تقارير بأن باحثين في أمن الإنترنت استخدموا رابطا لاسلكيا لإيقاف "
                       "محرك السيارة.")
    assert c.source.label == "تقارير" and c.source.type == "anonymous-source" and c.cue == "تقارير"
    assert c.quote == "باحثين في أمن الإنترنت استخدموا رابطا لاسلكيا لإيقاف محرك السيارة"
    c = one(extractor, "وأفادت تقارير إعلامية بأن المفاوضات بين الطرفين توقفت.")
    assert c.cue == "أفادت" and c.source.label == "تقارير إعلامية"


def test_an_accusation_and_its_charge(extractor):
    c = one(extractor, "واتهم ممثلو ادعاء بريطانيون رجلا أمس بالتآمر لمهاجمة عسكريين أمريكيين في بريطانيا.")
    assert c.source.label == "ممثلو ادعاء بريطانيون" and c.cue == "اتهم"
    assert "التآمر لمهاجمة عسكريين أمريكيين في بريطانيا" in c.quote
    # a passive ("اتُّهمت بالتعامل مع …") accuses nobody
    assert not [c for c in extractor.extract(Article(text="واتهمت بالتعامل مع قوات النظام وتسريب معلومات عن "
                                                          "مقار الفصائل.", date="2015-07-26")).claims if not c.own]


def test_registered_names_joined_by_wa_are_one_subject(extractor):
    c = one(extractor, "وأعلنت واشنطن وأنقرة هذا الأسبوع عزمهما توفير غطاء جوي لمقاتلي المعارضة السورية.")
    assert c.source.label == "واشنطن وأنقرة" and c.quote.startswith("عزمهما توفير غطاء جوي")


def test_a_statement_stands_for_its_issuer(extractor):
    c = one(extractor, "وأفاد بيان صادر عن وزارة الداخلية بأن الجاني قبض عليه بعد ساعات من الحادث.")
    assert c.source.label == "بيان صادر عن وزارة الداخلية" and c.source.name == "وزارة الداخلية"
    c = one(extractor, "وذكر تقرير لمنظمة حقوقية محلية أن المعتقلين تعرضوا لسوء المعاملة.")
    assert c.source.name == "منظمة حقوقية محلية"


@pytest.mark.parametrize("text, cue, quote", [
    # a participle with an object, after a report of the same sentence
    ("أكد المدير الفني للنادي أن الصفقة ألغيت نهائيا، مرجعا سبب الإلغاء إلى الخلاف على قيمة العقد.", "مرجعا",
     "سبب الإلغاء إلى الخلاف على قيمة العقد"),
    ("وقال المدير الرياضي: «اللاعب سيصل إلى الرياض في السادس من أغسطس»، مقللاً في الوقت نفسه من حجم الإصابة "
     "التي تعرض لها.", "مقللاً", "حجم الإصابة التي تعرض لها"),
    # a participle speaks for its clause's verb, not for the name just before it or an "according to" between
    ("قال مسؤول في وزارة الخارجية إن الجيش لم يقصف أي موقع في شمال سوريا نافيا رواية المعارضة عن تعرض مواقعها "
     "للقصف.", "نافيا", "رواية المعارضة عن تعرض مواقعها للقصف"),
    ("أعلنت وزارة التجارة والصناعة بدء تطبيق الدليل الوطني للأنشطة الاقتصادية وفقاً للترميز الصناعي الدولي، "
     "مبينة أن الترميز سيطبق على السجلات التجارية للمؤسسات الفردية.", "مبينة",
     "الترميز سيطبق على السجلات التجارية للمؤسسات الفردية"),
    # reporting verbs that were missing, and a saying verb whose words open with أما
    ("وقال المتحدث باسم الدفاع المدني إن الحريق اندلع في الطابق الثالث. وأردف: «تمكنت الفرق من إنقاذ رجل وامرأة».",
     "أردف", "تمكنت الفرق من إنقاذ رجل وامرأة"),
    ("وقال المتحدث باسم الدفاع المدني إن الحريق اندلع في الطابق الثالث. واستدرك: «تمكنت الفرق من إنقاذ رجل "
     "وامرأة».", "استدرك", "تمكنت الفرق من إنقاذ رجل وامرأة"),
    ("وأشار رئيس اللجنة إلى أن ناديين أنهيا إجراءات التسجيل. وأضاف أما ناديا الوحدة ونجران فتوجد عليهما شكاوى في "
     "اللجنة.", "أضاف", "أما ناديا الوحدة ونجران فتوجد عليهما شكاوى في اللجنة"),
])
def test_a_second_report_of_the_same_speaker(extractor, text, cue, quote):
    first, second = attributed(extractor, text, 2)
    assert second.cue == cue and second.source.key == first.source.key
    assert second.quote == quote


def test_a_denial_participle_with_its_object_after_a_main_clause(extractor):
    # "شككت الوزارة في التقرير نافيةً أسر …": the clause's (registered) subject denies the participle's object;
    # a quoted name inside the object is no quotation
    c = one(extractor, "وشككت وزارة الدفاع الأمريكية في التقرير نافية أسر أو اعتقال أي من أفراد «الكتيبة الخامسة».")
    assert c.cue == "نافية" and c.polarity == "denied" and c.source.label == "وزارة الدفاع الأمريكية"
    assert c.quote == "أسر أو اعتقال أي من أفراد «الكتيبة الخامسة»"
    c = one(extractor, "لكن وزارة الدفاع الأمريكية شككت في الرواية نافية مقتل أي من عناصر الكتيبة.")
    assert c.cue == "نافية" and c.polarity == "denied" and c.quote == "مقتل أي من عناصر الكتيبة"
    # the feminine participle after a clause with no registered subject, or before a preposition, says nothing
    assert not [c for c in extractor.extract(Article(text="وتعرضت القرية لقصف عنيف نافية كل التوقعات.",
                                                     date="2015-08-10", publisher="صحيفة المثال")).claims
                if not c.own]


@pytest.mark.parametrize("when", ["أمس", "بعد ظهر أمس", "صباح اليوم"])
def test_the_time_before_a_prepositional_content(extractor, when):
    found = attributed(extractor, f"قتل عشرة أشخاص في القصف. وأفاد المرصد السوري لحقوق الإنسان {when} بتقدم جديد "
                                  "لقوات النظام داخل مدينة الزبداني.", 1)
    assert found[0].cue == "أفاد" and found[0].quote == "تقدم جديد لقوات النظام داخل مدينة الزبداني"


# Constructions with an object or a preposition and no «أن» (issue 14: what the rules missed on unseen news).
@pytest.mark.parametrize("text, label, cue, quote", [
    # a threat, past an adverb that only looks like a ب-complement
    ("وهدد المجلس بالفعل بعواقب لمثل هذه الهجمات قد تشمل فرض عقوبات.", "المجلس", "هدد",
     "عواقب لمثل هذه الهجمات قد تشمل فرض عقوبات"),
    ("وتوعدت الحركة بالرد على الهجوم في الوقت المناسب.", "الحركة", "توعدت", "الرد على الهجوم في الوقت المناسب"),
    # أكد … على after the occasion of the statement
    ("أكد وزير الخارجية عادل الجبير خلال مؤتمر صحفي عقده قبل قليل مع وزير الخارجية المصري سامح شكري على "
     "أهمية حل الأزمة في سوريا.", "وزير الخارجية عادل الجبير", "أكد", "أهمية حل الأزمة في سوريا"),
    ("وأكد المرصد السوري لحقوق الإنسان على ضرورة فتح ممرات آمنة للمدنيين.", "المرصد السوري لحقوق الإنسان", "أكد",
     "ضرورة فتح ممرات آمنة للمدنيين"),
    # what a relayed speaker said, as a noun phrase right after قولهم
    ("ونقلت المنظمة عن شهود عيان قولهم سقوط قنابل غاز الكلور من طائرات هليكوبتر.", "شهود عيان", "قولهم",
     "سقوط قنابل غاز الكلور من طائرات هليكوبتر"),
])
def test_a_report_with_a_preposition_or_a_noun_phrase_and_no_complementizer(extractor, text, label, cue, quote):
    c = one(extractor, text)
    assert (c.source.label, c.cue, c.quote) == (label, cue, quote)
    assert not c.own and c.polarity == "asserted"


def test_a_threat_in_the_present_with_a_thing_for_subject_is_no_report(extractor):
    # "ما يهدد بالدخول في دوامة …": the present of هدّد mostly has a thing for subject
    found = extractor.extract(Article(text="وأي محاولة للاستفراد بالقرار ستقابل بالرفض، ما يهدد بالدخول في دوامة من "
                                           "الصراعات.", date="2015-08-10", publisher="صحيفة المثال")).claims
    assert not [c for c in found if not c.own]


def test_an_object_before_ala_belongs_to_the_object_not_to_the_preposition(extractor):
    # أكد with an object: على further on does not open the content
    found = extractor.extract(Article(text="وأكد الرئيس أهمية التعاون على الصعيد الإقليمي بين البلدين.",
                                      date="2015-08-10", publisher="صحيفة المثال")).claims
    assert not [c for c in found if not c.own and c.quote.startswith("الصعيد")]


def test_a_call_ends_where_the_subjects_next_act_is_joined():
    # the parse tells the joined verb ووفرت from a noun: the call is what was called for, not what was provided
    c = one(AttributionExtractor(nlp=None), "وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة إلى الخروج من "
                                            "المدينة ووفرت لهم ملاذات آمنة بقضاء الخالدية.")
    assert (c.source.label, c.cue, c.quote) == ("الحكومة المحلية في الأنبار", "دعت", "الخروج من المدينة")


@pytest.mark.parametrize("second, cue, quote", [
    ("وأفاد بمقتل ثلاثة مدنيين في القصف.", "أفاد", "مقتل ثلاثة مدنيين في القصف"),
    ("كما أفاد بالعثور على جثث في البلدة.", "أفاد", "العثور على جثث في البلدة"),
    ("كما أشار إلى أن الطيران استهدف المستشفى.", "أشار", "الطيران استهدف المستشفى"),
])
def test_a_continuation_keeps_the_last_speaker(extractor, second, cue, quote):
    first, c = attributed(extractor, "وقال المرصد السوري لحقوق الإنسان إن الطيران قصف البلدة. " + second, 2)
    assert c.source.key == first.source.key and (c.cue, c.quote) == (cue, quote)


def test_the_speaker_after_the_words_with_kama_and_a_frame_with_its_own_complementizer(extractor):
    found = attributed(extractor, "وتضاربت المعلومات حول أسباب الهجوم، وسط مؤشرات على أنه «استكمال لخطة الجبهة لإقصاء "
                                  "المعتدلين»، كما قال معارضون سوريون، فيما جاء التأكيد على لسان «الجبهة»، بأنه موجه "
                                  "مباشرة إلى حلفاء واشنطن.", 2)
    said, frame = found
    assert said.cue == "قال" and said.source.label == "معارضون سوريون" and "استكمال لخطة الجبهة" in said.quote
    assert frame.cue == "على لسان" and frame.quote == "موجه مباشرة إلى حلفاء واشنطن"


@pytest.mark.parametrize("participle, quote", [
    ("مطالبا نظام الأسد بوقف القصف العشوائي على المدن", "وقف القصف العشوائي على المدن"),
    ("متهما الحكومة في بغداد بتلقي دعم خارجي", "تلقي دعم خارجي"),
    ("مهددة بالرد على الهجوم في الوقت المناسب", "الرد على الهجوم في الوقت المناسب"),
    ("داعية إلى ضبط النفس ووقف التصعيد", "ضبط النفس ووقف التصعيد"),
])
def test_a_participle_with_an_object_or_its_own_preposition(extractor, participle, quote):
    first, c = attributed(extractor, f"وقالت الهيئة الوطنية لحقوق الإنسان إن الوضع خطير، {participle}.", 2)
    assert c.source.key == first.source.key and c.cue == participle.split()[0] and c.quote == quote


def test_a_feminine_participle_as_an_adjective_is_no_report(extractor):
    # مؤكدة before أكد's على is "confirmed", an adjective
    found = attributed(extractor, "وأشارت معلومات مؤكدة على نطاق واسع إلى سقوط قتلى في القصف.", 1)
    assert found[0].cue == "أشارت"


def test_an_accusation_in_the_present_with_its_object_is_active(extractor):
    # a second noun phrase between the accuser and the charge: the present is active, not the passive "يُتّهم X بـ"
    c = one(extractor, "وتتهم بريطانيا وفرنسا والولايات المتحدة النظام السوري بتنفيذ هجمات بالغاز.")
    assert c.cue == "تتهم" and c.source.label.startswith("بريطانيا") and c.quote.endswith("بتنفيذ هجمات بالغاز")
    for passive in ("ويُتهم الرجل بالعمل على تجنيد عناصر للتنظيم.", "ويتهم الرجل في القضية بالعمل لصالح جهات أجنبية."):
        assert not [c for c in extractor.extract(Article(text=passive, date="2015-08-10")).claims if not c.own]


@pytest.mark.parametrize("text", [
    # a threat inside another speaker's words is part of them
    "وقال الوزير الأمريكي إن الخطاب الذي ألقاه علي خامنئي يوم السبت وتوعد خلاله بتحدي السياسات الأمريكية «مزعج للغاية».",
])
def test_a_threat_inside_another_speakers_words_does_not_cut_them(extractor, text):
    c = one(extractor, text)
    assert c.cue == "قال" and c.quote.endswith("«مزعج للغاية»")


def test_a_threat_needs_what_it_threatens_with(extractor):
    # the object pronoun and no ب-complement, or a relative clause: no threat reported
    for text in ("وتبين أن المتهم الذي ابتز الفتاة وهددها كان على علاقة بها.",
                 "وهو ما أثار غضب ناديه السابق الذي هدد باللجوء الى القضاء، لكن هناك من يرى أن موقفه ضعيف."):
        assert not [c for c in extractor.extract(Article(text=text, date="2015-08-10")).claims
                    if not c.own and c.cue and c.cue.startswith("هدد")]


@pytest.mark.parametrize("text, label, cue, quote", [
    # a speaker relayed by an agency named between him and his words: he said it
    ("وقال الوزير، بحسب ما نقلت عنه وكالة الأنباء الرسمية، إن الاتفاق بات قريبا جدا.", "الوزير", "بحسب ما نقلت",
     "الاتفاق بات قريبا جدا"),
    # an outlet quoting someone named: the one quoted
    ("وأفادت صحيفة حرييت الخميس نقلا عن مسؤولين أتراك أن الحكومة تفكر في نشر بالونات مراقبة.", "مسؤولين أتراك",
     "نقلا عن", "الحكومة تفكر في نشر بالونات مراقبة"),
])
def test_a_relay_named_between_the_speaker_and_the_words(extractor, text, label, cue, quote):
    c = one(extractor, text)
    assert (c.source.label, c.cue, c.quote) == (label, cue, quote)


def test_a_feminine_participle_with_its_preposition_but_no_comma_is_an_adjective(extractor):
    c = one(extractor, "وقال التقرير إن الأميركيين مارسوا ضغوطا كبيرة على أوروبا لفرض عقوبات مشددة على روسيا.")
    assert c.cue == "قال" and c.quote.endswith("عقوبات مشددة على روسيا")


@pytest.mark.parametrize("text", [
    "أحالت النيابة العامة الإماراتية 41 متهمًا من عدة جنسيات بينهم إماراتيون إلى المحكمة الاتحادية العليا.",
    "وأكد المشرف على البرامج والأنشطة بالمراكز حسن باحسن أن هذه الفعاليات تأتي ضمن توجيهات الوزارة.",
])
def test_a_participle_as_a_noun_and_a_title_in_ala_open_no_content(extractor, text):
    # "متهمًا" is "defendants" here; "المشرف على" is a title, the content follows أن
    found = [c for c in extractor.extract(Article(text=text, date="2015-08-10")).claims if not c.own]
    assert not [c for c in found if c.cue in ("متهمًا", "أكد") and not c.quote.startswith("هذه الفعاليات")]
