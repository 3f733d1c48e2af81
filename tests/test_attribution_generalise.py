"""Shapes that the rules fitted to the development sets missed on unseen news (issue 14, session 15), on
made-up sentences of those shapes, with the stanza parse and with the rules alone."""

from __future__ import annotations

import pytest

from kg.model import Article

from tests.test_attribution_patterns import extractor, one  # noqa: F401 (a fixture)
from tests.test_attribution_source_objects import said


@pytest.mark.parametrize("text, label", [
    # a title held in a country, then the holder's name (the name Ali is spelled like the preposition «على»)
    ("وقال سفير المملكة في لبنان علي عواض عسيري إن العلاقات بين البلدين متينة.",
     "سفير المملكة في لبنان علي عواض عسيري"),
    ("وقال سفير المملكة لدى الأردن خالد الشمري إن العلاقات بين البلدين متينة.",
     "سفير المملكة لدى الأردن خالد الشمري"),
    # a country that kg/places.tsv does not hold, and an occasion before the complementizer
    ("وقال ممثل المفوضية في موريتانيا سالم ولد أحمد في تصريح للصحفيين إن عدد اللاجئين ارتفع.",
     "ممثل المفوضية في موريتانيا سالم ولد أحمد"),
    ("وقال مدير مكتب الجمعية في لبنان سامي بن على الحربي إن المشروع انتهى.",
     "مدير مكتب الجمعية في لبنان سامي بن على الحربي"),
    ("وقال القائم بالأعمال الأمريكي في دمشق جون سميث إن السفارة ستغلق.", "القائم بالأعمال الأمريكي في دمشق جون سميث"),
    ("وقال السفير السعودي لدى لبنان علي عواض عسيري في تصريح صحفي إن العلاقات متينة.",
     "السفير السعودي لدى لبنان علي عواض عسيري"),
    # an envoy's post is part of the title even with no name
    ("وقال ممثل المفوضية في موريتانيا أمس إن عدد اللاجئين ارتفع.", "ممثل المفوضية في موريتانيا"),
])
def test_a_title_held_in_a_country_keeps_the_country_and_the_name(extractor, text, label):
    c = one(extractor, text)
    assert c.source.label == label and c.cue == "قال"


def test_where_a_minister_spoke_is_not_his_title(extractor):
    c = one(extractor, "وقال الوزير في بيروت أمس إن العلاقات بين البلدين متينة.")
    assert c.source.label == "الوزير"


@pytest.mark.parametrize("text, label, cue", [
    # a verb of telling: its first object, right after a definite subject, is who was told
    ("وأبلغ المسؤول المقاتلين الأكراد أن الهجوم سيبدأ قريبا.", "المسؤول", "أبلغ"),
    ("وأخبر الوزير الصحفيين أن الحكومة ستستقيل.", "الوزير", "أخبر"),
    ("وأبلغ المتحدث الرسمي الصحفيين أن الاجتماع تأجل.", "المتحدث الرسمي", "أبلغ"),
    ("وأبلغ مسؤول حكومي آخر وكالة أنباء رويترز بأن نصف العربات منتشرة الآن.", "مسؤول حكومي آخر", "أبلغ"),
    # «أكد لـ»: a ل-phrase right after a one-word title is who heard it
    ("وأكد الرئيس للوفد الأمريكي أن بلاده لن تتراجع عن قرارها.", "الرئيس", "أكد"),
    # شرح "explained" with its complementizer reports; what he explained and how he said it ("الأمر بقوله") are
    # not the subject's last words
    ("ويشرح الكاتب سامي العلي أن الحرب لن تنتهي قريبا.", "الكاتب سامي العلي", "يشرح"),
    ("وكما يشرح الكاتب فإن القصف أخطر من الرصاص.", "الكاتب", "يشرح"),
    ("ويشرح المعارض السوري سامي العلي الأمر بقوله إن العمليتين مختلفتان.", "المعارض السوري سامي العلي", "يشرح"),
])
def test_who_was_told_or_what_was_explained_is_not_part_of_the_source(extractor, text, label, cue):
    c = one(extractor, text)
    assert c.source.label == label and c.cue == cue


def test_a_titles_body_with_li_stays_in_the_source(extractor):
    c = one(extractor, "وقال الأمين العام للأمم المتحدة بان كي مون إن الهدنة صامدة.")
    assert c.source.label.startswith("الأمين العام للأمم المتحدة")


def test_a_mark_opened_twice_and_never_closed_does_not_merge_the_sentences_of_its_paragraph(extractor):
    # «داعش « : the second mark is a typo for the closing one; the next sentence is the monitor's, not the agency's
    found = said(extractor, "وذكرت الوكالة أن مقاتلي تنظيم «داعش « خطفوا نحو مئتي مدني أمس. وأكد المرصد أن "
                            "الخاطفين نقلوا المدنيين إلى الصحراء. وتقع البلدة في ريف حمص.\n"
                            "وقال مدير المرصد إن المفاوضات جارية.")
    assert [(c.source.label, c.quote) for c in found] == [
        ("الوكالة", "مقاتلي تنظيم «داعش « خطفوا نحو مئتي مدني أمس"),
        ("المرصد", "الخاطفين نقلوا المدنيين إلى الصحراء"),
        ("مدير المرصد", "المفاوضات جارية")]


def test_speech_left_unclosed_to_its_paragraphs_end_stays_one_quote(extractor):
    c = one(extractor, "وقال أحد السكان لوكالة الأنباء «سيارات الإسعاف تنقل الجرحى. قتل كثيرون. سأذهب إلى المستشفى"
                       "\nوتقع البلدة قرب الحدود.")
    assert c.quote == "سيارات الإسعاف تنقل الجرحى. قتل كثيرون. سأذهب إلى المستشفى"


def test_a_colon_quote_left_unclosed_before_the_next_quote_is_its_own_sentence(extractor):
    found = said(extractor, "وقال الكاتب سامي العلي إن الحرب ستطول. ثم يجيب: «علينا انتظار تحركات الحكومة في "
                            "الأسابيع المقبلة. ويضيف: «على الغرب ألا يكف عن البحث عن حل للنزاع».")
    assert [(c.cue, c.quote) for c in found][1:] == [
        (":", "علينا انتظار تحركات الحكومة في الأسابيع المقبلة"), ("يضيف", "على الغرب ألا يكف عن البحث عن حل للنزاع")]
    assert {c.source.label for c in found} == {"الكاتب سامي العلي"}


@pytest.mark.parametrize("text, lead", [
    ("الرياض – عين اليوم\nأثار قرار المجلس البلدي رفع الرسوم جدلا واسعا بين سكان الأحياء الشمالية للمدينة، وأوضح عدد "
     "من السكان أنهم فوجئوا بالقرار أمس.", "أثار قرار المجلس البلدي رفع الرسوم جدلا واسعا بين سكان الأحياء الشمالية للمدينة"),
    ("الرياض – عين اليوم\nاستضاف برنامج رياضي مساء أمس رئيس النادي في حديث مطول عن خطط الموسم المقبل، حيث أكد "
     "رئيس النادي أن الفريق سيتعاقد مع ثلاثة لاعبين.", "استضاف برنامج رياضي مساء أمس رئيس النادي في حديث مطول عن خطط الموسم المقبل"),
])
def test_the_leads_own_clause_before_a_report_joined_by_wa_or_haythu_is_the_outlets(extractor, text, lead):
    found = extractor.extract(Article(text=text, date="2015-08-10", publisher="صحيفة المثال")).claims
    assert [c.quote for c in found if c.own] == [lead]
    assert len([c for c in found if not c.own]) == 1


def test_a_lead_clause_opened_by_a_reporting_verb_is_not_the_outlets(extractor):
    found = extractor.extract(Article(
        text="أعلنت المعارضة السورية المسلحة أمس مواصلة تقدمها في سهل الغاب وقتلها عشرات من عناصر النظام، وأفادت "
             "مصادر صحفية أن طائرات حربية شنت غارات على ريف حلب.", date="2015-08-10", publisher="صحيفة المثال")).claims
    assert not any(c.own and c.quote.startswith("أعلنت") for c in found)


@pytest.mark.parametrize("text, label, quote", [
    ("وقال دبلوماسي روسي يتابع الوضع في سوريا: إن الوزيرين عادا من الدوحة بقدر من التفاؤل.",
     "دبلوماسي روسي يتابع الوضع", "الوزيرين عادا من الدوحة بقدر من التفاؤل"),
    ("وقالت مصادر تتابع المحادثات إن الجولة المقبلة ستعقد في جنيف.", "مصادر تتابع المحادثات",
     "الجولة المقبلة ستعقد في جنيف"),
])
def test_a_verb_describing_an_indefinite_speaker_is_no_report_and_its_object_no_source(extractor, text, label, quote):
    c = one(extractor, text)
    assert c.cue in ("قال", "قالت") and c.source.label.startswith(label) and c.quote == quote


def test_the_present_of_taba_opening_a_report_still_reports(extractor):
    c = one(extractor, "ويتابع الكاتب أن الحرب لن تنتهي قريبا.")
    assert c.cue == "يتابع" and c.source.label == "الكاتب"


@pytest.mark.parametrize("denial", ["إلا أن وزارة الدفاع نفت الأمر", "غير أن الحركة نفت الخبر"])
def test_denying_the_matter_denies_the_statement_before(extractor, denial):
    found = said(extractor, f"وخطفت الجبهة قائد الفرقة وعددا من عناصرها قرب المدينة، بحسب ما ذكر المرصد. {denial}.")
    denied = [c for c in found if c.polarity == "denied"]
    assert len(denied) == 1 and denied[0].quote == denial and denied[0].text.startswith("وخطفت الجبهة قائد الفرقة")


@pytest.mark.parametrize("first", [
    "ورحب المدير الإقليمي للحملة الدكتور بدر السمحان بالزيارة.",
    "ورحب المدير الإقليمي للحملة في الأردن الدكتور بدر بن عبد الرحمن السمحان بالزيارة التي قام بها الوفد.",
])
def test_an_elided_subject_with_nobody_quoted_before_is_the_titled_subject_of_the_sentence_before(extractor, first):
    c = one(extractor, first + " وأوضح أن هذه الزيارة تأتي استكمالا لزيارات سابقة.")
    # (the rules take the title, its country and the name; the parse may bound the subject by its nsubj subtree)
    assert c.cue == "أوضح" and c.source.label.startswith("المدير الإقليمي")


def test_without_the_parse_the_titled_subject_keeps_its_country_and_name():
    from kg.attribution import AttributionExtractor
    c = one(AttributionExtractor(nlp=False), "ورحب المدير الإقليمي للحملة في الأردن الدكتور بدر بن عبد الرحمن السمحان "
                                             "بالزيارة التي قام بها الوفد. وأوضح أن الزيارة تأتي استكمالا لزيارات سابقة.")
    assert c.source.label == "المدير الإقليمي للحملة في الأردن الدكتور بدر بن عبد الرحمن السمحان"


@pytest.mark.parametrize("text, label, quote", [
    # «…، كما أفاد X»: the clause before
    ("وقتل عشرات المدنيين في غارات على ريف إدلب، كما أفاد «المرصد السوري لحقوق الإنسان» أمس.",
     "المرصد السوري لحقوق الإنسان", "وقتل عشرات المدنيين في غارات على ريف إدلب"),
    ("وكان الصحافيون يجرون تحقيقا في المدينة، كما ذكر التلفزيون الرسمي.", "التلفزيون الرسمي",
     "وكان الصحافيون يجرون تحقيقا في المدينة"),
    ("وقصفت الطائرات مقرات التنظيم شمال البلاد، مما أسفر عن مقتل عشرين مقاتلا، كما أفاد المرصد السوري لحقوق الإنسان.",
     "المرصد السوري لحقوق الإنسان", "وقصفت الطائرات مقرات التنظيم شمال البلاد، مما أسفر عن مقتل عشرين مقاتلا"),
    # nominal frames: فإن after the frame's noun phrase: that phrase is what says it, whatever its head
    ("وبحسب الاستخبارات الأميركية فإن القيادي الكويتي الأصل كان يخطط لهجمات جديدة.", "الاستخبارات الأميركية",
     "القيادي الكويتي الأصل كان يخطط لهجمات جديدة"),
    ("ووفق لائحة الاتهام، فإن المتهمين قتلوا الجريح بعد نقله إلى المستشفى.", "لائحة الاتهام",
     "المتهمين قتلوا الجريح بعد نقله إلى المستشفى"),
    # when the frame's verb was said, between the verb and who said it
    ("وسيتوجه المبعوث إلى نيويورك الإثنين المقبل، بحسب ما أعلن أول من أمس مساعد المتحدث باسم المنظمة.",
     "مساعد المتحدث باسم المنظمة", "وسيتوجه المبعوث إلى نيويورك الإثنين المقبل"),
    # the verb's preposition and pronoun before who said it; a capital for its government
    ("وتركزت المعارك في الحي الشرقي من المدينة، بحسب ما أفاد به المرصد السوري لحقوق الإنسان.",
     "المرصد السوري لحقوق الإنسان", "وتركزت المعارك في الحي الشرقي من المدينة"),
    ("وسقطت قذيفة قرب الشريط الحدودي مع الجولان، بحسب ما أعلنت تل أبيب.", "تل أبيب",
     "وسقطت قذيفة قرب الشريط الحدودي مع الجولان"),
    # the latest polls
    ("وقد لا تفضي الانتخابات إلى كسر الجمود القائم، وفقا لأحدث استطلاعات الرأي.", "استطلاعات الرأي",
     "وقد لا تفضي الانتخابات إلى كسر الجمود القائم"),
])
def test_a_source_after_its_content_with_kama_and_nominal_frames_of_unseen_shapes(extractor, text, label, quote):
    c = one(extractor, text)
    assert c.source.label == label and c.quote == quote


def test_a_frame_naming_a_source_quoted_before_by_its_short_name(extractor):
    found = said(extractor, "وقال مدير المرصد رامي عبد الرحمن إن المعارك مستمرة. وتحظى المدينة بأهمية "
                            "استراتيجية، وفق عبد الرحمن، لوجودها على طريق يربط المدينتين.")
    assert [c.source.label for c in found] == ["مدير المرصد رامي عبد الرحمن", "عبد الرحمن"]


def test_a_news_agency_relaying_a_named_speaker_leaves_him_the_source(extractor):
    found = said(extractor, "وقال الوزير سامي العلي إن الحرب طويلة. وكان العلي قال في تصريحات للصحافيين إنه «لا "
                            "خيار عسكريا للأزمة»، حسبما ذكرت أمس وكالة الأنباء الرسمية.")
    assert [c.source.label for c in found][-1] == "العلي"


@pytest.mark.parametrize("text, label", [
    ("وكتب الشاعر سامي العلي مخاطباً الوزير شعراً: «لن ننسى ما فعلتم».", "الشاعر سامي العلي"),
    ("وتُعرب القوى الغربية دائماً عن شكوكها حول تجارب نووية داخل القاعدة.", "القوى الغربية"),
])
def test_an_accusative_with_its_tanwin_written_is_not_part_of_the_subject(extractor, text, label):
    assert one(extractor, text).source.label == label


def test_sharaha_with_an_object_reports_nothing(extractor):
    assert said(extractor, "وشرح الوزير الوضع للصحفيين في مؤتمر صحفي.") == []
