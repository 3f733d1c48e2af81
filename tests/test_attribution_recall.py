"""Constructions that unseen news uses and the rules missed (issue 14, session 9), on made-up sentences of the
same shape, with the stanza parse and with the rules alone."""

from __future__ import annotations

from kg.model import Article
from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)


def said(extractor, text):
    """The attributed claims of `text` (a first sentence of another speaker keeps the lead out of the way)."""
    return [c for c in extractor.extract(Article(text=text, date="2015-08-10", publisher="صحيفة المثال")).claims
            if not c.own]


LEAD = "قال الوزير إن الاتفاق سيوقع غدا. "


def test_a_frame_with_its_own_verb_names_whoever_follows_it(extractor):
    _, c = said(extractor, LEAD + "وقتل جندي وثمانية مقاتلين في هجوم على قاعدة في كابول وفقا لما ذكره الناتو.")
    assert c.source.label == "الناتو" and c.cue == "وفقا لما ذكره"
    assert "قتل جندي وثمانية مقاتلين في هجوم على قاعدة في كابول" in c.quote


def test_a_body_after_a_frame_is_its_source(extractor):
    _, c = said(extractor, LEAD + "وتبلغ حصة ألمانيا من الاتفاقيات نحو 90 مليار يورو، بحسب المعهد.")
    assert c.source.label == "المعهد" and c.cue == "بحسب"
    assert "حصة ألمانيا من الاتفاقيات نحو 90 مليار يورو" in c.quote
    # a schedule or a regulation is no source
    assert len(said(extractor, LEAD + "وتبدأ الدراسة في الأول من سبتمبر بحسب البرنامج المعتمد.")) == 1


def test_a_joined_call_keeps_its_speaker_and_calls_on_its_object(extractor):
    called, urged = said(extractor, "ودعا الزعيم الحزب إلى وقف القتال وحث الحكومة على بدء محادثات لوقف العنف.")
    assert called.cue == "دعا" and called.quote == "وقف القتال"
    assert urged.cue == "حث" and urged.source.label == "الزعيم" and urged.quote == "بدء محادثات لوقف العنف"
    _, demand = said(extractor, "وقال الوزير إن الوضع خطير وطالب المنظمات الدولية بالتحرك لإنقاذ المدنيين.")
    assert demand.source.label == "الوزير" and demand.quote == "التحرك لإنقاذ المدنيين"


def test_a_condemnation_is_of_an_act_by_the_spokesperson_in_full(extractor):
    (c,) = said(extractor, "وأدان المتحدث الرسمي باسم وزارة الخارجية الأمريكية الهجوم على القافلة.")
    assert c.cue == "أدان" and c.source.label == "المتحدث الرسمي باسم وزارة الخارجية الأمريكية"
    assert c.quote == "الهجوم على القافلة"
    (c,) = said(extractor, "دان عضو مجلس الشورى الدكتور عبدالمحسن المارك العمل الإرهابي الذي وقع في المسجد.")
    assert c.source.label == "عضو مجلس الشورى الدكتور عبدالمحسن المارك"
    assert c.quote == "العمل الإرهابي الذي وقع في المسجد"
    (c,) = said(extractor, "وحذر الناطق باسم الائتلاف سالم المسلط من قيام قوات النظام بارتكاب مجزرة.")
    assert c.source.label == "الناطق باسم الائتلاف سالم المسلط"


def test_a_conviction_a_name_and_a_verbal_noun_are_no_condemnation(extractor):
    assert said(extractor, "وأدانت المحكمة سيدة تدعى فاطمة وثلاثة من أبنائها.") == []
    assert [c.cue for c in said(extractor, "أعرب النواب عن إدانتهم واستنكارهم للهجوم على المسجد.")] == ["أعرب"]
    assert [c.cue for c in said(extractor, "ووصف دان دي لوس محرر الشؤون الأمنية الهجوم بأنه تحول كبير.")] == ["وصف"]


def test_a_feminine_participle_with_an_adverb_before_its_preposition(extractor):
    c, condemn = said(extractor, 'وقالت الوزارة في بيانها إن الانفجار وقع ليلا، منددة بشدة بهذا "العمل الشنيع".')
    assert c.quote == "الانفجار وقع ليلا"
    assert condemn.cue == "منددة" and condemn.source.label == "الوزارة" and "العمل الشنيع" in condemn.quote


def test_a_contrast_without_a_comma_ends_the_content(extractor):
    (c,) = said(extractor, "وقالت المسؤولة إن الحالة هي الأولى منذ عام 2006 فيما يعكف المسؤولون على تمشيط المنطقة.")
    assert c.quote == "الحالة هي الأولى منذ عام 2006"
    (c,) = said(extractor, "وقال المتحدث إن الوضع «لا يحتمل، بينما يستمر القصف» على المدينة.")
    assert c.quote == "الوضع «لا يحتمل، بينما يستمر القصف» على المدينة"  # inside a quotation: still the words


def test_a_second_clause_with_kama_anna_is_a_second_claim(extractor):
    first, second = said(extractor, "وقالت المقررة إن 12.9 مليون شخص يفتقرون للإمدادات الغذائية كما أن 850 ألف "
                                    "طفل يعانون من سوء تغذية حاد.")
    assert first.quote == "12.9 مليون شخص يفتقرون للإمدادات الغذائية"
    assert second.quote == "850 ألف طفل يعانون من سوء تغذية حاد" and second.source.label == "المقررة"


def test_what_corrects_a_denial_is_asserted(extractor):
    denied, asserted = said(extractor, "وبين المسؤول أنه لا صحة لوجود فرد يقوم بعمل زميله، بل إن كل كبينة فيها "
                                       "فردان وضابط.")
    assert denied.polarity == "denied" and denied.quote == "لا صحة لوجود فرد يقوم بعمل زميله"
    assert asserted.polarity == "asserted" and asserted.quote == "كل كبينة فيها فردان وضابط"
    assert asserted.source.label == "المسؤول"
    # without a denial, "بل إن" goes on with the same reasoning
    (c,) = said(extractor, "وقال المحلل إن الشعوب ليست على قلب رجل واحد، بل إن الأحقاد فيما بينها كبيرة.")
    assert c.quote.endswith("بل إن الأحقاد فيما بينها كبيرة")


def test_a_new_speaker_after_ghayr_anna(extractor):
    said_, described = said(extractor, "وقالت الوزارة إن جميع القتلى مدنيون، غير أن مسؤولين محليين قالوا إنهم "
                                       "مقاتلون ضد الحركة.")
    assert said_.quote == "جميع القتلى مدنيون"
    assert described.source.label == "مسؤولين محليين" and described.quote == "مقاتلون ضد الحركة"


def test_zada_adds_only_opening_its_sentence_with_its_complementizer(extractor):
    _, c = said(extractor, LEAD + "وزاد حول انتصارات الجيش أن قاعدة العند لم تتحرر بشكل نهائي.")
    assert c.cue == "زاد" and c.source.label == "الوزير" and c.quote == "قاعدة العند لم تتحرر بشكل نهائي"
    assert len(said(extractor, LEAD + "وزاد عدد القتلى بعد أن انهار المبنى.")) == 1


def test_an_ellipsis_before_a_contrast_ends_the_content(extractor):
    _, c, _ = said(extractor, LEAD + "وأشار قائد عسكري إلى أن المتمردين غير ناشطين في تلك المنطقة.. لكن حركة "
                                     "طالبان تبنت العملية قائلة إنها أسقطت المروحية بصاروخ.")
    assert c.quote == "المتمردين غير ناشطين في تلك المنطقة"


def test_a_body_with_its_place_denies_what_was_circulated(extractor):
    (c,) = said(extractor, " نفت المديرية العامة للشئون الصحية بعسير ما تم تداوله في مواقع التواصل الاجتماعي حول "
                           "مريضة أجريت لها عملية.")
    assert c.source.label == "المديرية العامة للشئون الصحية بعسير" and c.polarity == "denied"
    assert c.quote.startswith("ما تم تداوله في مواقع التواصل الاجتماعي")
    denied, _ = said(extractor, " نفت الشئون الصحية بحائل اليوم ما تردد عن تعرض طفلة لحروق بعد الولادة، مؤكدة أن "
                                "الطفلة تعاني من التهاب جلدي.")
    assert denied.source.label == "الشئون الصحية بحائل" and denied.quote.startswith("ما تردد عن تعرض طفلة")
    (c,) = said(extractor, "وأفادت الوزارة بمقتل ثلاثة أشخاص.")  # ب that opens the content is no place
    assert c.source.label == "الوزارة" and c.quote == "مقتل ثلاثة أشخاص"


def test_the_time_before_the_subject(extractor):
    (c,) = said(extractor, "    أكدت مساء أمس الأربعاء سفارة خادم الحرمين الشريفين لدى الأردن بأنه لا صحة لما يتم "
                           "تداوله عن مقتل مواطن سعودي.")
    assert c.source.label.startswith("سفارة خادم الحرمين الشريفين") and c.polarity == "denied"


def test_a_study_shows_footage_does_not_speak(extractor):
    (c,) = said(extractor, "وأظهرت دراسة حديثة أن ألمانيا حققت مكاسب من الأزمة المالية اليونانية.")
    assert c.source.label.startswith("دراسة") and c.quote == "ألمانيا حققت مكاسب من الأزمة المالية اليونانية"
    assert said(extractor, LEAD + "وأظهرت لقطات تلفزيونية أن المبنى انهار بالكامل.")[1:] == []


def test_a_demand_after_its_occasion_and_a_view_with_irtaa(extractor):
    _, c = said(extractor, LEAD + "وطالب مورار في ختام زيارة استمرت ثلاثة أيام لليمن بالسماح لموظفي الإغاثة بحرية "
                                  "التحرك.")
    assert c.cue == "طالب" and c.source.label == "مورار" and c.quote == "السماح لموظفي الإغاثة بحرية التحرك"
    _, c = said(extractor, LEAD + "فيما ارتأى المعارضون ان التعاقد مع لاعب سوري أمر معاكس لطموحات الجماهير.")
    assert c.source.label == "المعارضون" and c.quote == "التعاقد مع لاعب سوري أمر معاكس لطموحات الجماهير"


def test_dana_opening_a_line(extractor):
    (c,) = said(extractor, "رد الفعل العراقي\nدان رئيس الإقليم السبت قصف تركيا لقرية في الإقليم.")
    assert c.cue == "دان" and c.quote.startswith("قصف تركيا لقرية")
