"""Shapes behind the missing sides of real cross-outlet conflicts (graph relation samples 10-13, session 16, issue 14),
shapes of other development text, and web copy (ة written ه, no line breaks): made-up sentences, with the stanza
parse and with the rules alone."""

from __future__ import annotations

from kg.model import Article
from kg.text import split_sentences_abbrev
from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)

LEAD = "أعلنت وزارة الصحة اليوم ارتفاع عدد الإصابات. "


def claims(extractor, text):
    return extractor.extract(Article(text=text, date="2015-08-10", publisher="صحيفة المثال")).claims


def said(extractor, text):
    return [(c.cue, c.source.label, c.quote) for c in claims(extractor, text) if not c.own]


def own(extractor, text):
    return [c.quote for c in claims(extractor, text) if c.own]


def test_a_lead_fact_joined_to_a_report_by_a_bare_and_is_the_outlets(extractor):
    text = ("ارتفعت حصيلة ضحايا الهجوم بسيارة مفخخة في سوق بمحافظة ديالى الجمعة إلى 120 قتيلا على الأقل وأعلن "
            "تنظيم داعش أن الهجوم جاء ردا على عمليات الجيش.")
    assert own(extractor, text) == ["ارتفعت حصيلة ضحايا الهجوم بسيارة مفخخة في سوق بمحافظة ديالى الجمعة إلى 120 "
                                    "قتيلا على الأقل"]
    # an occasion that opens the lead is no fact of the outlet's
    text = "في مؤتمر صحفي عقده أمس في مقر الوزارة بالرياض وأعلن فيه الوزير أن الخطة ستبدأ الشهر المقبل."
    assert own(extractor, text) == []


def test_narration_goes_on_with_kama_and_the_amma_fi_roundup(extractor):
    text = (LEAD + "ففي مدينة تعز، قُتل 13 وأُصيب 85 من المسلحين في مواجهات مع المقاومة الشعبية في مناطق متفرقة "
            "من المدينة. كما قُتل 7 أشخاص وجُرح 54 آخرون في قصف عشوائي على الأحياء السكنية في تعز.")
    assert own(extractor, text)[-1] == "كما قُتل 7 أشخاص وجُرح 54 آخرون في قصف عشوائي على الأحياء السكنية في تعز"
    # «كما» alone does not date a toll: only after a taken sentence of the day's news
    assert own(extractor, LEAD + "كما قُتل 7 أشخاص وجُرح 54 آخرون في قصف عشوائي على الأحياء السكنية في تعز.") == []
    text = LEAD + "أما في تعز، فقد قتل 30 من المسلحين وجرح 34 آخرون في مواجهات مع المقاومة الشعبية في مديرية مشرعة."
    assert own(extractor, text) == ["أما في تعز، فقد قتل 30 من المسلحين وجرح 34 آخرون في مواجهات مع المقاومة "
                                    "الشعبية في مديرية مشرعة"]


def test_an_acronym_spelled_with_dots_ends_no_sentence():
    text = "وقال الباحث لشبكة سي. إن. إن. الإخبارية إن الأسد حي. وأضاف أن البيانات واضحة."
    assert [text[s.start:s.end] for s in split_sentences_abbrev(text)] == [
        "وقال الباحث لشبكة سي. إن. إن. الإخبارية إن الأسد حي.", "وأضاف أن البيانات واضحة."]


def test_the_acronyms_in_is_no_complementizer(extractor):
    found = said(extractor, "وقال الباحث الميداني لشبكة سي. إن. إن. الإخبارية إن بيانات نظام تحديد المواقع لا "
                            "تشير إلى أن الأسد قتل.")
    assert [q for _, _, q in found] == ["بيانات نظام تحديد المواقع لا تشير إلى أن الأسد قتل"]


def test_a_full_stop_inside_a_closing_mark_ends_the_sentence():
    for text, first in (('وأضاف "أنا مصمم على المضي بها قدما." رد الفعل العراقي جاء سريعا.',
                         'وأضاف "أنا مصمم على المضي بها قدما."'),
                        ("وقال: «لن نتراجع.» وأضاف أن الهجوم فشل.", "وقال: «لن نتراجع.»")):
        assert text[split_sentences_abbrev(text)[0].start:split_sentences_abbrev(text)[0].end] == first
    # an ellipsis inside the marks is the headline separator, not a stop
    text = 'وقال "لن نتراجع..." وأضاف أن الهجوم فشل.'
    assert len(split_sentences_abbrev(text)) == 1


def test_put_down_to_a_cause(extractor):
    text = (LEAD + "وقال قائد المقاومة نصر العبيدي إن المقاومة تتقدم باتجاه الحوطة. كما أرجع سبب تأخر الهجوم على "
            "القاعدة إلى عدم تحرير مدينة الحوطة.")
    assert ("أرجع", "قائد المقاومة نصر العبيدي", "سبب تأخر الهجوم على القاعدة إلى عدم تحرير مدينة الحوطة") \
        in said(extractor, text)
    text = LEAD + "وأرجع قائد المقاومة نصر العبيدي سبب تأخر الهجوم إلى وجود 1320 أسيرا داخل القاعدة."
    assert ("أرجع", "قائد المقاومة نصر العبيدي", "سبب تأخر الهجوم إلى وجود 1320 أسيرا داخل القاعدة") \
        in said(extractor, text)
    text = LEAD + "وعزا المتحدث باسم الوزارة ذلك إلى نقص الأدوية في المستشفيات."
    assert ("عزا", "المتحدث باسم الوزارة", "ذلك إلى نقص الأدوية في المستشفيات") in said(extractor, text)
    # عزت is also a name, never the cue
    assert "عزت" not in [cue for cue, _, _ in said(extractor, LEAD + "وقال عزت الدوري إن الحرب مستمرة.")]


def test_certainty_stated_of_oneself(extractor):
    text = LEAD + "وبدا وزير الخارجية واثقاً من أن المفاوضات ستنتهي باتفاق قبل نهاية الشهر."
    assert said(extractor, text)[-1] == ("واثقاً", "وزير الخارجية", "المفاوضات ستنتهي باتفاق قبل نهاية الشهر")
    text = LEAD + "وظلت الوزيرة متيقنة من أن المفاوضات ستنتهي باتفاق قبل نهاية الشهر."
    assert said(extractor, text)[-1][1:] == ("الوزيرة", "المفاوضات ستنتهي باتفاق قبل نهاية الشهر")
    for text in ("وقال وزير الخارجية إنه متيقن من أن المفاوضات ستنتهي باتفاق.",
                 "وأكد وزير الخارجية أنه على يقين بأن المفاوضات ستنتهي باتفاق."):
        assert said(extractor, LEAD + text)[-1][1:] == ("وزير الخارجية", "المفاوضات ستنتهي باتفاق")


def test_described_as(extractor):
    text = LEAD + "ووصف وزير الخارجية الوضع في المدينة بأنه كارثي."
    assert said(extractor, text)[-1] == ("وصف", "وزير الخارجية", "الوضع في المدينة بأنه كارثي")
    # the label given to a thing named before is all its subject says; what follows is the outlet's
    text = (LEAD + "وكانت القوات قد سيطرت على المنطقة إثر مواجهات، وصفتها المصادر بالضارية، أسفرت عن مقتل 6 "
            "مقاتلين.")
    assert [c for c in said(extractor, text) if c[0] == "وصفت"] == []


def test_a_quoted_name_inside_the_verbs_complement_is_no_speech(extractor):
    text = (LEAD + 'وأعلن المدير الإقليمي للبرنامج في بيان له عن رسو السفينة "إم في هان زي" بميناء البريقة في '
            "عدن وعلى متنها 3000 طن متري من الغذاء.")
    assert said(extractor, text)[-1][2] == ('رسو السفينة "إم في هان زي" بميناء البريقة في عدن وعلى متنها 3000 طن '
                                           "متري من الغذاء")


def test_a_documents_present_verb_says_what_its_issuer_says(extractor):
    text = ("وقع انفجار ظهر اليوم بمسجد في الكويت. كما أصدرت الطوارئ الطبية تقريرا أوليا يفيد بنقل 25 حالة إلى "
            "المستشفيات، ووفاة 15 حالة.")
    assert said(extractor, text) == [("يفيد", "الطوارئ الطبية", "نقل 25 حالة إلى المستشفيات، ووفاة 15 حالة")]


def test_a_last_name_alone_ends_the_subject(extractor):
    text = (LEAD + "وقال زعيم الحوثيين عبدالملك الحوثي إن قواته ستواصل القتال. واعتبر الحوثي نجاح المقاومة في "
            "استعادة عدن الشهر الماضي إنجازا محدودا.")
    assert said(extractor, text)[-1] == ("اعتبر", "الحوثي",
                                         "نجاح المقاومة في استعادة عدن الشهر الماضي إنجازا محدودا")


def test_web_copy_with_ta_marbuta_written_ha(extractor):
    # a body in ه is feminine as in ة: not the antecedent of a masculine verb
    text = ("وقال الشمري إن الطفلة تعاني من التهاب جلدي. وأوضحت اللجنه أن التحقيق مستمر. وأضاف أن والد الطفلة "
            "أصر على مواصلة دعواه.")
    assert said(extractor, text)[-1][:2] == ("أضاف", "الشمري")
    # a verbal noun in ه after a preposition or before إلى/لـ is no verb with an object pronoun
    text = ('وقال كيربي إن أوكرانيا سجلت 127 هجوما. وأضاف في إفاده صحفيه "روسيا لا يمكنها الحديث عن السلام '
            'ومواصلة القتال".')
    assert said(extractor, text)[-1][:2] == ("أضاف", "كيربي")
    text = "وقال المدير إن المهرجان يشهد فعاليات مسرحية، اضافه لفقرات خاصه بالكبار، كما يستضيف منشدين من الخليج."
    assert [s for _, s, _ in said(extractor, text)] == ["المدير"]
