"""Shapes that the development sets of unseen news (unseen-2015, -b, -c) miss most, session 10 (issue 14): on
their own sentences (shortened where the rest does not matter), with the stanza parse and with the rules alone."""

from __future__ import annotations

from kg.model import Article
from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)


def said(extractor, text):
    return [c for c in extractor.extract(Article(text=text, date="2015-08-10", publisher="صحيفة المثال")).claims
            if not c.own]


def cues(claims):
    return [(c.cue, c.source.label, c.quote) for c in claims]


def test_concluded_and_found_report_with_their_complementizer(extractor):
    (c,) = said(extractor, "وخلصت الدراسة إلى أن المشاركة في المنظمات الدينية هي أفضل الطرق لمحاربة الاكتئاب.")
    assert (c.cue, c.source.label) == ("خلصت", "الدراسة")
    assert c.quote == "المشاركة في المنظمات الدينية هي أفضل الطرق لمحاربة الاكتئاب"
    (c,) = said(extractor, "ووجد الباحثون، الذين ينتمون إلى جامعة إكستر البريطانية أن المجموعة التي حصلت على قسط "
                           "كاف من النوم قامت بتذكر المعلومات بشكل أفضل من المجموعة التي بقيت مستيقظة.")
    assert (c.cue, c.source.label) == ("وجد", "الباحثون")
    assert c.quote.startswith("المجموعة التي حصلت على قسط كاف من النوم")
    # finding a thing is no report
    assert said(extractor, "ووجدت الشرطة جثة الرجل في منزله بعد يومين من اختفائه.") == []


def test_plural_participles_go_on_with_the_speaker(extractor):
    found = said(extractor, "وأوضح عدد من الحاضرين للمهرجان أنهم تفاجأوا مساء البارحة بقرد يتجول بجانب موقع "
                            "المهرجان، لافتين إلى أن تواجد الحيوانات في مكان يعج بالمتنزهين قد يسبب الأمراض، "
                            "مبينين أن صاحب القرد سحبه من موقع المهرجان.")
    assert [c.cue for c in found] == ["أوضح", "لافتين", "مبينين"]
    assert {c.source.label for c in found} == {"عدد من الحاضرين للمهرجان"}  # the partitive's من stays in
    assert found[2].quote == "صاحب القرد سحبه من موقع المهرجان"


def test_a_participle_inside_a_quotation_is_the_quoted_words(extractor):
    found = said(extractor, 'واضاف المرصد ان المتظاهرين اقدموا على "قطع الطريق الواصل إلى مطار دمشق الدولي '
                            'مطالبين حزب الله اللبناني بإرسال" دعم للدفاع عن البلدتين.')
    assert [c.cue for c in found] == ["اضاف"]


def test_ali_written_with_ya_is_a_name_not_the_preposition(extractor):
    (c,) = said(extractor, "وقال علي الدغريري: «تعرض شقيقي عبد الإله ذو الـ 19 ربيعا لحادث سير».")
    assert c.source.label == "علي الدغريري" and c.quote.startswith("تعرض شقيقي")
    (c,) = said(extractor, "وقال الوزير إن الاجتماع كان ناجحا. وقال على حسابه في تويتر إن الاتفاق قريب.")[1:]
    assert c.source.label == "الوزير" and c.quote == "الاتفاق قريب"


def test_a_body_runs_on_with_its_region_what_it_belongs_to_and_the_body_it_sits_in(extractor):
    (c,) = said(extractor, "وأعلنت المديرية العامة للشؤون الصحية بمنطقة الباحة التابعة لوزارة الصحة أمس الأربعاء "
                           "أن المستشفى الجديد سيفتتح قريبا.")
    assert c.source.label == "المديرية العامة للشؤون الصحية بمنطقة الباحة التابعة لوزارة الصحة"
    c = said(extractor, "وقالت لجنة الشؤون الخارجية في المجلس الوطني للمقاومة الإيرانية في بيان اليوم ان هذه "
                        "الزيارة من شأنها أن تشجع النظام الإيراني على مواصلة عمليات التعذيب.")[0]
    assert c.source.label == "لجنة الشؤون الخارجية في المجلس الوطني للمقاومة الإيرانية"
    (c,) = said(extractor, "وأوضح سعدي حجي الجردان رئيس شؤون رعايا السعوديين في السفارة بأن السفارة تواصلت مع "
                           "الأمن الأردني.")
    assert c.source.label == "سعدي حجي الجردان رئيس شؤون رعايا السعوديين في السفارة"


def test_a_call_on_a_named_body_keeps_its_speaker_and_the_blame_after_it(extractor):
    found = said(extractor, "وطالب مكاوي الأمم المتحدة والصليب الأحمر بضرورة التحرك لإنقاذ حياة الأسرى محملا "
                            "مسؤولية سلامتهم إلى المجتمع الدولي ومنظماته مبينا في الوقت نفسه بأن المقاومة تعاهد "
                            "الأسرى بفك أسرهم من المتمردين.")
    assert [(c.cue, c.source.label) for c in found] == [("طالب", "مكاوي"), ("محملا", "مكاوي"), ("مبينا", "مكاوي")]
    assert found[0].quote == "ضرورة التحرك لإنقاذ حياة الأسرى"
    assert found[1].quote.startswith("مسؤولية سلامتهم إلى المجتمع الدولي")
    # "محملة بالأسلحة" is "loaded with": no blame, no report
    assert said(extractor, "ووصلت الشاحنة محملة بالأسلحة إلى المدينة.") == []


def test_mourning_a_death_reports_it(extractor):
    found = said(extractor, "وكان النجيفي نعى مقتل 2070 شخصا من أبناء الموصل على يد مسلحي داعش، محملا الحكومة "
                            "المركزية في بغداد مسؤولية الإبادة الجماعية التي يتعرض لها الموصليون.")
    assert [(c.cue, c.source.label) for c in found] == [("نعى", "النجيفي"), ("محملا", "النجيفي")]
    assert found[0].quote.startswith("مقتل 2070 شخصا من أبناء الموصل")


def test_a_topic_after_amma_resumed_by_fa_and_a_feminine_appeal(extractor):
    (c, appeal) = said(extractor, "أما (هيا) صاحبة أحد أكشاك الأسر المنتجة بساحة العروض، فأكدت على أن دعم الأمانة "
                                  "لها يمثل دعما لنساء الوطن، مناشدة الأمانة بتوفير وسائل تكييف وتبريد أركان الأسر "
                                  "المنتجة.")
    assert c.cue == "أكدت" and c.source.label.lstrip("(").startswith("هيا")
    assert c.quote == "دعم الأمانة لها يمثل دعما لنساء الوطن"
    assert appeal.cue == "مناشدة" and appeal.source.key == c.source.key
    assert appeal.quote.startswith("توفير وسائل تكييف")


def test_a_description_names_the_body_written_in_full_outside_any_report(extractor):
    _, c = said(extractor, "قال الوزير إن الاتفاق سيوقع غدا. يأتي ذلك في الوقت الذي أعلنت فيه وزارة الخدمة المدنية "
                           "أسماء 4748 متقدمة على الوظائف المشمولة بلائحة الوظائف التعليمية. وأوضحت الوزارة أن من "
                           "لم تحضر أصول الوثائق خلال فترة المطابقة تستبعد.")
    assert c.source.label == "الوزارة" and c.source.name == "وزارة الخدمة المدنية"
    # a description that no earlier name holds stays as written
    _, c = said(extractor, "قال الوزير إن الاتفاق سيوقع غدا. وشملت الدراسة التي استمرت لأربع سنوات 9 آلاف شخص. "
                           "وأوضحت الدراسة أن المشاركة في المنظمات الدينية مفيدة.")
    assert c.source.label == "الدراسة" and c.source.name == "الدراسة"


def test_a_call_keeps_a_long_subject_the_parse_does_not_cut(extractor):
    # read on unlabelled news: cutting a call's subject at two words lost these claims without the parse
    (c,) = said(extractor, "وطالب مسعود البارزاني رئيس إقليم كردستان العراق بوقف القصف الجوي التركي على مواقع "
                           "حزب العمال الكردستاني.")
    assert c.cue == "طالب" and c.source.label.startswith("مسعود البارزاني")
    assert c.quote.startswith("وقف القصف الجوي التركي")


def test_a_first_person_appeal_names_no_source_after_it(extractor):
    assert said(extractor, "أناشد معالي وزير التعليم الدكتور عزام الدخيل أن هناك آلاف الخريجين بدون وظائف.") == []


def test_a_participle_after_an_unclosed_quotation_mark_still_reports(extractor):
    (c,) = said(extractor, "هذا وتحدث قائد الفريق الأول لكرة القدم « عمر عبد العزيز عن معسكر الفريق المقام حالياً "
                           "في مدينة « آفيون التركية « قائلاً : الحمد لله المعسكر يمتلك جميع الإمكانات.")
    assert c.cue == "قائلاً" and c.quote.startswith("الحمد لله المعسكر")


def test_a_rank_or_an_agent_opens_the_speaker_after_the_outlet_told(extractor):
    (c,) = said(extractor, "ويعمل القسم على مدار الساعة لخدمة المواطنين. من جانبه أكد ل\"الرياض\" الرائد عامر السرطاوي "
                           "المتحدث الرسمي بمديرية الأمن العام بدولة الأردن بأن المقتول أردني الجنسية.")
    assert c.cue == "أكد" and c.source.label.startswith("الرائد عامر السرطاوي المتحدث الرسمي")
    assert c.quote == "المقتول أردني الجنسية"
    found = said(extractor, "ولم يتضح بعد ما إذا كان اللاعب قد وقع على تنازل رسمي للنصر، إلا أن وكيل أعمال اللاعب أكد "
                            "على أن تصريحات رئيس ريفربلايت غير صادقة، مشيرا إلى أن اللاعب مرتبط بعقد.")
    assert [(c.cue, c.source.label) for c in found] == [("أكد", "وكيل أعمال اللاعب"), ("مشيرا", "وكيل أعمال اللاعب")]
