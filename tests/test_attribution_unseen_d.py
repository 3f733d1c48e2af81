"""Shapes of Arabic reporting first seen among unseen-2015-d's errors (session 19, ext23, issue 14), each written
here on made-up sentences so that the rule, not the article, is tested: a quoted name far from the verb is not its
speech; a relayed speaker's title runs long; … Without the parse (the rules alone)."""

from __future__ import annotations

import pytest

from kg.attribution import AttributionExtractor
from tests.test_attribution_missed_sides import said  # (cue, source as written, quote) of each report


@pytest.fixture(scope="module")
def rules():
    return AttributionExtractor(nlp=False)


def test_a_short_quoted_name_in_a_later_clause_is_not_the_speech(rules):
    # the telescope's quoted name ends the outlet's clause; what the agency announced is the object after it
    text = ("أعلنت وكالة الفضاء الأوروبية اكتشاف كوكب جديد يشبه الأرض في مجرتنا، وقد رصده التلسكوب \"هابل\". "
            "وقال المدير إن الاكتشاف مهم.")
    assert said(rules, text)[0] == ("أعلنت", "وكالة الفضاء الأوروبية",
                                    "اكتشاف كوكب جديد يشبه الأرض في مجرتنا، وقد رصده التلسكوب \"هابل\"")
    # a real quotation after an interjection still is
    text = "وقال الوزير، في بيان أمس، \"إن الحكومة لن تتراجع عن قرارها مهما كانت الضغوط\"."
    assert said(rules, text) == [("قال", "الوزير", "إن الحكومة لن تتراجع عن قرارها مهما كانت الضغوط")]


def test_a_relayed_speaker_with_a_long_title_and_an_acronym(rules):
    # «نقلت X عن Y قوله»: Y, whose title and body (with its quoted acronym) run past ten words, said it
    text = ("ونقلت \"رويترز\"، عن يوهان شميت المدير التنفيذي للرابطة الوطنية لمنتجي الألبان في ولاية بافاريا "
            "\"في دي إم\" قوله إن أسعار الحليب تراجعت خلال الشهر الماضي.")
    assert said(rules, text) == [("قوله", "يوهان شميت المدير التنفيذي للرابطة الوطنية لمنتجي الألبان في ولاية "
                                          "بافاريا \"في دي إم\"", "أسعار الحليب تراجعت خلال الشهر الماضي")]


def test_a_plural_verb_after_a_comma_goes_on_with_the_leads_subject(rules):
    # «طالبوا»: its subject is in the verb, so the title after it is the one called on, not the speaker; and the
    # lead's own subject is found past its by-line
    text = ("محمد علي- الرياض: تجمع موظفو الشركة في الرياض، طالبوا فيه المدير العام للشركة المهندس خالد السالم، "
            "بإلغاء الخصومات على رواتبهم.")
    assert said(rules, text) == [("طالبوا", "موظفو الشركة", "إلغاء الخصومات على رواتبهم")]


def test_a_negated_opening_verb_and_a_former_title_before_the_name(rules):
    # «لم يخف X انزعاجه … وقال»: the subject after the negated verb, «سابقاً» inside it before the honorific and the
    # name, and the verbal noun with his pronoun outside it
    text = "لم يخف رئيس النادي الأهلي سابقاً الدكتور سالم الحربي انزعاجه من نتائج الفريق وقال «إن الإدارة فشلت في إدارة الملف»."
    assert said(rules, text) == [("قال", "رئيس النادي الأهلي سابقاً الدكتور سالم الحربي", "إن الإدارة فشلت في إدارة الملف")]


def test_a_hollow_verbal_noun_with_a_pronoun_is_the_object_not_the_speaker(rules):
    # «استقالته» (استفعال of a hollow root, its ة before the pronoun) is what he announces, never who announces
    text = "وقال الرئيس إن الوضع سيئ. ومن الأفضل له أن يعلن استقالته قبل فوات الأوان."
    assert all(source != "استقالته" for _cue, source, _quote in said(rules, text))
    assert ("يعلن", "الرئيس", "استقالته قبل فوات الأوان") in said(rules, text)


def test_instead_of_opens_no_content_clause(rules):
    # «بدلا من أن»: the أن of "instead of" is no complementizer of the verb (as after «بعد», «قبل», «دون»)
    text = "وطالب الوزير بدعم المزارعين بدلا من أن تستورد الدولة القمح من الخارج."
    assert said(rules, text) == [("طالب", "الوزير", "دعم المزارعين بدلا من أن تستورد الدولة القمح من الخارج")]


def test_a_title_before_a_registered_name_after_but(rules):
    # «لكن الرئيس باراك أوباما قال»: the topic before the verb is the registered person, his title before the name
    from tests.test_attribution_missed_sides import claims
    text = "وأمام البرلمانيين 60 يوماً لإعاقة رفع العقوبات، لكن الرئيس باراك أوباما قال: إنه سيستخدم حقه في تعطيل القرار."
    got = [(c.cue, c.source.key, c.quote) for c in claims(rules, text) if not c.own]
    assert got == [("قال", "barack-obama", "سيستخدم حقه في تعطيل القرار")]


def test_a_b_complement_right_after_a_call_verb_is_its_content_not_its_subject(rules):
    # «ونصح باستخدام …» (نصح: a call as أوصى), «وطالب باستبعاد …»: the speaker goes on from the sentence before
    text = "وأكد الزهراني أن الاعتماد على المكابح خطأ. ونصح باستخدام تعشيق ثقيل لناقل الحركة لتخفيف سرعة المركبة."
    assert said(rules, text)[1] == ("نصح", "الزهراني", "استخدام تعشيق ثقيل لناقل الحركة لتخفيف سرعة المركبة")
    text = "وأكد المدرب أن الحكم أخطأ. وطالب باستبعاد الحكم من المباريات المقبلة."
    assert said(rules, text)[1] == ("طالب", "المدرب", "استبعاد الحكم من المباريات المقبلة")


def test_a_statement_issued_and_its_full_text_are_the_issuers(rules):
    # «أصدرت X بياناً بشأن Y، وفيما يلي نصه:»: Y is X's, and so is each sentence of the text up to its closing
    # formula; a sentence that quotes someone of its own («وقال تعالى») is not
    text = ("أصدرت وزارة العدل اليوم بياناً بشأن إغلاق مكتب محاماة مخالف في جدة، وفيما يلي نصه:\n"
            "وقال تعالى (( وأوفوا بالعهد إن العهد كان مسؤولا )).\n"
            "تلقت الوزارة بلاغاً عن مكتب يمارس المحاماة دون ترخيص في محافظة جدة.\n"
            "وتم إغلاق المكتب وإحالة صاحبه إلى النيابة العامة لاستكمال الإجراءات.\n"
            "والله الموفق.")
    got = said(rules, text)
    assert ("أصدرت", "وزارة العدل", "إغلاق مكتب محاماة مخالف في جدة") in got
    body = [q for cue, source, q in got if cue == "وفيما يلي نصه" and source == "وزارة العدل"]
    assert body == ["تلقت الوزارة بلاغاً عن مكتب يمارس المحاماة دون ترخيص في محافظة جدة",
                    "تم إغلاق المكتب وإحالة صاحبه إلى النيابة العامة لاستكمال الإجراءات"]
    # without the text given in full, only the statement's matter is the issuer's
    text = "أصدرت وزارة العدل أمس بياناً حول إغلاق مكتب محاماة مخالف في جدة. وتم إحالة صاحبه إلى النيابة العامة."
    assert [c for c in said(rules, text) if c[1] == "وزارة العدل"] == [
        ("أصدرت", "وزارة العدل", "إغلاق مكتب محاماة مخالف في جدة")]


def test_a_countrys_adjective_inside_a_persons_description_is_not_the_speaker(rules):
    # «سيدة الأعمال السعودية …»: the nisba describes the businesswoman, it does not name the Saudi government
    text = ("وشهد المعرض فعاليات كثيرة، وقالت سيدة الأعمال السعودية رئيسة لجنة الحرف اليدوية بالغرفة التجارية "
            "بجدة نورة الحربي: إن الإقبال فاق التوقعات.")
    from tests.test_attribution_missed_sides import claims
    got = [c for c in claims(rules, text) if not c.own]
    assert [(c.cue, c.quote) for c in got] == [("قالت", "الإقبال فاق التوقعات")]
    # (the label stops before the name, ten words in: the subject's extent is left as it was)
    assert got[0].source.key != "saudi-government" and got[0].source.label.startswith("سيدة الأعمال السعودية رئيسة")


def test_so_much_that_puts_the_subject_before_its_verb(rules):
    # «حتى أنّ» + noun + verb, as «إلا أنّ»: the noun is the verb's subject, and the أن is no complementizer of the
    # verb before it
    text = "واحتج الفريق الخاسر على قرارات الحكم، حتى أن المدرب الإسباني خوان لوبيز طالب باستبعاد الحكم من المباريات المقبلة."
    assert said(rules, text) == [("طالب", "المدرب الإسباني خوان لوبيز", "استبعاد الحكم من المباريات المقبلة")]


@pytest.fixture(scope="module", params=["parse", "rules"])
def both(request):
    return AttributionExtractor(nlp=None if request.param == "parse" else False)


def test_a_former_title_and_the_name_after_it_with_and_without_the_parse(both):
    # the parse ends the subject at «سابقاً»; the honorific and the name after it are still the speaker's
    text = ("لم يخف عضو الشرف الحالي وكابتن الفريق الوحداوي سابقاً الأستاذ عابد شيخ امتعاضه الشديد لأحوال النادي "
            "وقال «لا أخفيك أنني غير متفائل».")
    got = [(c.cue, c.source.label) for c in claims_of(both, text) if c.cue == "قال"]
    assert got == [("قال", "عضو الشرف الحالي وكابتن الفريق الوحداوي سابقاً الأستاذ عابد شيخ")]


def claims_of(extractor, text):
    from tests.test_attribution_missed_sides import claims
    return claims(extractor, text)


def test_speech_left_open_ends_before_another_speakers_joined_report(rules):
    # the quotation mark after «كشف مسؤول …» never closes in its sentence; «، وقال المرصد السوري إن …» is the
    # outlet going on with another speaker, not the official's words
    text = ("كشف مسؤول في وحدات حماية الشعب لفرانس برس \"عن تواصل بين النظام وقوات التحالف عبر وسيط كردي "
            "وترافق ذلك مع قصف لقوات النظام على المدينة، وقال المرصد السوري إن 18 برميلاً سقطت على المدينة يوم السبت.")
    got = said(rules, text)
    assert ("كشف", "مسؤول في وحدات حماية الشعب",
            "عن تواصل بين النظام وقوات التحالف عبر وسيط كردي وترافق ذلك مع قصف لقوات النظام على المدينة") in got \
        or ("كشف", "مسؤول", "عن تواصل بين النظام وقوات التحالف عبر وسيط كردي وترافق ذلك مع قصف لقوات النظام "
                            "على المدينة") in got, got
    assert ("قال", "المرصد السوري", "18 برميلاً سقطت على المدينة يوم السبت") in got
    # a quotation left open with no other speaker after it still runs to the end of its sentence
    text = "وقال الوزير \"إن الحكومة لن تتراجع عن قرارها، والقرار نهائي مهما كانت الضغوط."
    assert said(rules, text)[0] == ("قال", "الوزير", "إن الحكومة لن تتراجع عن قرارها، والقرار نهائي مهما كانت الضغوط")


def test_content_opened_at_a_quotation_mark_ends_at_its_closing_mark(rules):
    # «وذكّر بـ«…»»: no subject (a preposition written apart from its quoted object is none), the speaker before;
    # the words end at the closing mark, without it
    text = ("وقال المعارض السوري عبد الرحمن الحاج إن الاتهامات باطلة. وذكّر بـ«ما يحصل الآن في تلّ أبيض، حيث "
            "توصلت الإدارة الذاتية إلى تشكيل مجلس للأعيان»، مؤكدًا أن «هذه الاتهامات مردودة».")
    assert said(rules, text)[1:] == [
        ("ذكّر", "المعارض السوري عبد الرحمن الحاج",
         "ما يحصل الآن في تلّ أبيض، حيث توصلت الإدارة الذاتية إلى تشكيل مجلس للأعيان"),
        ("مؤكدًا", "المعارض السوري عبد الرحمن الحاج", "هذه الاتهامات مردودة")]
    text = "وقال الوزير إن الحل سياسي. وطالب بـ«وقف القصف فورا على المدن»."
    assert said(rules, text)[1] == ("طالب", "الوزير", "وقف القصف فورا على المدن")


def test_a_wish_after_the_statement_is_not_part_of_it(rules):
    # «، متمنيا …» opens the speaker's next act (a wish), not more of what was stated
    text = ("وأشار مدخلي إلى أن هذه الخطوة تؤسس لحراك مسرحي سينضج مع الوقت، متمنياً من جميع أمانات مناطق المملكة "
            "أن تحذو حذوها.")
    assert said(rules, text)[0] == ("أشار", "مدخلي", "هذه الخطوة تؤسس لحراك مسرحي سينضج مع الوقت")
    text = "وأكدت الوزيرة أن المشروع سينجز قبل نهاية العام، متمنية أن يخدم المواطنين."
    assert said(rules, text) == [("أكدت", "الوزيرة", "المشروع سينجز قبل نهاية العام")]


def test_the_press_after_press_reports_is_those_reports(rules):
    # «الصحف» after «تقارير صحفية في غانا» names those reports (a bare anaphor), not a new source
    text = ("أشارت تقارير صحفية في غانا إلى أن النادي رصد عرضا مغريا لضم اللاعب. وكشفت الصحف أن اللاعب حصل على "
            "عرض مالي مقداره 5 ملايين يورو سنويا.")
    got = [c for c in claims_of(rules, text)]
    assert [c.source.key for c in got][1] == got[0].source.key, [(c.source.label, c.quote) for c in got]


def test_the_list_after_and_the_most_important_of_these_is_a_claim_of_its_own(rules):
    # «، ومن أهم هذه المطالب: …» ends the statement; the list after the colon is the same speaker's second claim
    text = ("وأشار الطلاب إلى أنهم سبق أن قدموا خطاباً لأمير المنطقة يشتمل على جميع مطالبهم، ومن أهم هذه المطالب: "
            "اجتياز جميع المواد لجميع الطلاب بنجاح دون تأثيرها على معدلاتهم.")
    assert said(rules, text) == [
        ("أشار", "الطلاب", "سبق أن قدموا خطاباً لأمير المنطقة يشتمل على جميع مطالبهم"),
        ("أشار", "الطلاب", "اجتياز جميع المواد لجميع الطلاب بنجاح دون تأثيرها على معدلاتهم")]


def test_a_prayer_aside_is_no_part_of_the_statement(rules):
    # «ــ لا قدر الله» at the end is left out; «ــ لا قدر الله ــ و…» joins a second clause of the same verb
    text = "وقال الطبيب إن العين تتعرض لإصابات شديدة أحيانا تؤدي إلى فقدان البصر ــ لا قدر الله."
    assert said(rules, text) == [("قال", "الطبيب", "العين تتعرض لإصابات شديدة أحيانا تؤدي إلى فقدان البصر")]
    text = ("وأكد الدكتور المزروعي أن التهاون في التعامل مع سنارات الصيد قد يؤدي أحيانا إلى كوارث ــ لا قدر الله ــ "
            "ومراعاة عدم تعرض العين لأي شيء هي من أهم أسباب الوقاية.")
    assert said(rules, text) == [
        ("أكد", "الدكتور المزروعي", "التهاون في التعامل مع سنارات الصيد قد يؤدي أحيانا إلى كوارث"),
        ("أكد", "الدكتور المزروعي", "مراعاة عدم تعرض العين لأي شيء هي من أهم أسباب الوقاية")]
