"""Reports the rules gave the wrong speaker or missed (session 17, ext20, issue 14): the outlet's background
asides before a report, and calls with their addressee: made-up sentences, with the stanza parse and with the
rules alone."""

from __future__ import annotations

from kg.attribution.recipients import is_recipient
from kg.attribution.syntax import COMPLEMENTIZER_RE
from kg.text import normalize, split_sentences_abbrev
from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)
from tests.test_attribution_missed_sides import said  # (cue, source as written, quote) of each report


def cued(extractor, text, cue):
    """said() of the reports with this cue only."""
    return [c for c in said(extractor, text) if c[0] == cue]


def test_a_report_after_the_outlets_background_aside_is_its_own_speakers(extractor):
    # «جدير بالذكر أن», «يذكر أن», «تجدر الإشارة إلى أن» are the writer's, not the last speaker going on
    first = "وأكد المتحدث باسم الوزارة عدم صحة هذه الرسائل. "
    for aside in ("جدير بالذكر أن", "والجدير بالذكر أن", "يذكر أن", "تجدر الإشارة إلى أن"):
        text = first + aside + " المريضة ذكرت أن والدها تقدم بشكوى إلى إدارة المستشفى."
        assert said(extractor, text)[1:] == [("ذكرت", "المريضة", "والدها تقدم بشكوى إلى إدارة المستشفى")], aside
    text = "قال الوزير إن الطريق سيفتح غدا. ومن المعروف أن البلدية أعلنت أن أعمال الصيانة انتهت."
    assert said(extractor, text)[1:] == [("أعلنت", "البلدية", "أعمال الصيانة انتهت")]
    # the speaker still goes on where no aside comes between
    text = "قال الوزير إن الطريق سيفتح غدا. وأضاف أن أعمال الصيانة انتهت."
    assert [c[1] for c in said(extractor, text)] == ["الوزير", "الوزير"]


def test_whom_a_call_names_right_after_its_verb_is_called_on_when_they_disagree(extractor):
    # a feminine verb before a masculine people word, a masculine one before «الدول»: the caller is elided
    text = "وقالت المنظمة إن الوضع خطير. ودعت المجتمع الدولي إلى أن ينظر إلى الإرهاب نظرة واحدة."
    assert cued(extractor, text, "دعت") == [("دعت", "المنظمة", "ينظر إلى الإرهاب نظرة واحدة")]
    text = "وقال الوزير إن الوضع خطير. ودعا الدول المانحة إلى الوفاء بتعهداتها."
    assert cued(extractor, text, "دعا") == [("دعا", "الوزير", "الوفاء بتعهداتها")]
    # in agreement they may be the caller
    assert said(extractor, "ودعا سكان المدينة إلى الإضراب العام.") == [("دعا", "سكان المدينة", "الإضراب العام")]


def test_all_of_those_urged_and_an_urging_without_its_preposition(extractor):
    first = "وأوضح مدير التعليم أن الميزانية صرفت أمس. "
    for text in ("وحث جميع مديري المدارس على التأكد من ورود المبالغ في حساباتهم.",
                 "وحث جميع مديري المدارس التأكد من ورود المبالغ في حساباتهم."):
        assert cued(extractor, first + text, "حث") == [("حث", "مدير التعليم", "التأكد من ورود المبالغ في حساباتهم")]
    assert said(extractor, "وحث الوزير المواطنين الالتزام بالتعليمات الصادرة.") == [
        ("حث", "الوزير", "الالتزام بالتعليمات الصادرة")]


def test_a_call_said_on_an_occasion_and_relayed_before_whom_it_calls_on(extractor):
    # when and where it was said, and who relayed it, come before whom it calls on and what for
    for text, caller, what in (
            ("ودعا الوزير خلال كلمته في افتتاح أعمال المؤتمر الدولي للمانحين في العاصمة الأردنية الدول المانحة إلى "
             "الوفاء بتعهداتها.", "الوزير", "الوفاء بتعهداتها"),
            ("ودعا الرئيس الإيراني خلال الاتصال الهاتفي حسب الإذاعة الإيرانية الجمعة الرئيس الفرنسي إلى توطيد "
             "علاقات بلاده مع طهران.", "الرئيس الإيراني", "توطيد علاقات بلاده مع طهران")):
        assert said(extractor, text) == [("دعا", caller, what)]


def test_a_long_prepositional_phrase_between_the_speaker_and_a_far_complementizer(extractor):
    # the matter or occasion it was said in, however long, stands between the speaker and what was said
    for text, cue, speaker in (
            ("قال القاضي في قضية دافي الخاصة بالاحتيال وخيانة الأمانة إن أفعاله كانت ضمن قوانين المجلس.",
             "قال", "القاضي"),
            ("وأكد وزير الخارجية في محادثاته مع نظيره السعودي في موسكو أن أفعاله كانت ضمن قوانين المجلس.",
             "أكد", "وزير الخارجية")):
        assert said(extractor, text) == [(cue, speaker, "أفعاله كانت ضمن قوانين المجلس")]


def test_a_verbal_noun_after_an_unnamed_speaker_opens_what_he_judges(extractor):
    # no speaker is named by a verbal noun, so the subject surely ended before it
    text = "اعتبر اقتصادي سعودي اعتزام مؤسسة النقد إنشاء صندوق لحماية الودائع البنكية خطوة إيجابية."
    assert said(extractor, text) == [("اعتبر", "اقتصادي سعودي",
                                      "اعتزام مؤسسة النقد إنشاء صندوق لحماية الودائع البنكية خطوة إيجابية")]


def test_a_verbal_noun_with_the_speakers_own_pronoun_is_what_it_says_of_itself(extractor):
    first = "وقالت الوزارة إن الخبر غير صحيح. "
    for text, cue, what in (("وأكدت حرصها التام على حقوق المرضى.", "أكدت", "حرصها التام على حقوق المرضى"),
                            ("وأعلنت عزمها مقاضاة ناشري الشائعات.", "أعلنت", "عزمها مقاضاة ناشري الشائعات")):
        assert cued(extractor, first + text, cue) == [(cue, "الوزارة", what)]


def test_the_speaker_citing_a_document_is_who_a_later_verb_goes_on_with(extractor):
    text = ("وأوضحت الوزارة أن الخبر المتداول غير صحيح حسب تقرير اللجنة، وفي ذات الوقت تؤكد حرصها التام على حقوق "
            "المرضى.")
    assert cued(extractor, text, "تؤكد") == [("تؤكد", "الوزارة", "حرصها التام على حقوق المرضى")]


def test_a_statement_is_named_with_its_issuer_and_the_clause_that_says_which_it_is(extractor):
    # the ل after a statement noun names who issued it; a medium after it is still who heard it
    text = "وجاء في بيان للأمم المتحدة أن التحقيقات أكدت زرع الألغام مؤخرا."
    assert said(extractor, text) == [("وجاء في", "بيان للأمم المتحدة", "التحقيقات أكدت زرع الألغام مؤخرا")]
    text = "وقال الوزير في بيان لرويترز إن التحقيقات أكدت زرع الألغام."
    assert said(extractor, text) == [("قال", "الوزير", "التحقيقات أكدت زرع الألغام")]
    # «نشرته» after the statement noun says which statement it is: the statement reports, the medium published
    text = "وذكر بيان نشرته وكالة أنباء البحرين أن التصريحات تعكس الموقف العدائي لإيران."
    assert said(extractor, text) == [("ذكر", "بيان نشرته وكالة أنباء البحرين",
                                      "التصريحات تعكس الموقف العدائي لإيران")]


def test_the_speakers_own_report_in_a_relative_clause_about_its_object(extractor):
    text = ("وقال المتحدث باسم الخارجية إن الولايات المتحدة تشعر بقلق بالغ من تصاعد الهجمات التي قال إنها خلفت "
            "ثلاثة قتلى من الجنود.")
    assert said(extractor, text)[1:] == [("قال", "المتحدث باسم الخارجية", "خلفت ثلاثة قتلى من الجنود")]
    # a noun the verb agrees with may be its subject, and a description is how the noun is described
    for text in ("وقال الوزير إن الأسد الذي أقر بأن جيشه أصابه التعب يواجه مشكلة.",
                 "وقال المرصد إن الاشتباكات التي وصفها بأنها عنيفة تركزت في منطقة الجبل الشرقي."):
        assert len(said(extractor, text)) == 1


def test_a_relayed_verbal_noun_of_saying_is_the_relayed_speakers_report(extractor):
    text = ("ونقلت الخدمة الإخبارية التابعة للانفصاليين عن أحد قادة الانفصاليين نفيه الهجوم على قوات حكومية واتهم "
            "أوكرانيا بشن قصف مدفعي عنيف.")
    claims = said(extractor, text)
    assert claims == [("نفيه", "أحد قادة الانفصاليين", "الهجوم على قوات حكومية"),
                      ("اتهم", "أحد قادة الانفصاليين", "أوكرانيا بشن قصف مدفعي عنيف")]
    text = "ونقلت الوكالة عن الوزير تأكيده أن المفاوضات ستستأنف الأسبوع المقبل."
    assert said(extractor, text) == [("تأكيده", "الوزير", "المفاوضات ستستأنف الأسبوع المقبل")]


def test_an_acronym_with_its_dots_glued_ends_no_sentence_and_holds_no_complementizer():
    text = "ونقلت خدمة دي.إيه.إن الإخبارية عن القائد نفيه الهجوم. وقال سببه.وقال الوزير إن الطريق مغلق."
    assert [text[s.start:s.end] for s in split_sentences_abbrev(text)] == [
        "ونقلت خدمة دي.إيه.إن الإخبارية عن القائد نفيه الهجوم.", "وقال سببه.", "وقال الوزير إن الطريق مغلق."]
    assert COMPLEMENTIZER_RE.search(normalize("خدمة دي.إيه.إن الإخبارية")) is None


def test_reports_or_the_media_speaking_of_a_fact_report_it_and_a_speakers_topic_is_none(extractor):
    for text, source in (("وكانت تقارير إخبارية تحدثت عن تحويل مبلغ 700 مليون دولار إلى حسابات شخصية.",
                          "تقارير إخبارية"),
                         ("وتحدثت صحيفة الحياة عن تحويل مبلغ 700 مليون دولار إلى حسابات شخصية.", "صحيفة الحياة")):
        assert said(extractor, text) == [("تحدثت", source, "تحويل مبلغ 700 مليون دولار إلى حسابات شخصية")]
    assert said(extractor, "وتحدث الوزير عن أهمية التعاون بين البلدين في مجال الطاقة.") == []


def test_a_letter_is_named_with_whom_it_is_sent_to():
    # «رسالة للرئيس» is a letter to the president, «بيان للجيش» a statement by the army
    norm = normalize("بعث برسالة للأمم المتحدة")
    assert is_recipient(norm, norm.index("للامم") + 2)
    norm = normalize("وجاء في بيان للأمم المتحدة")
    assert not is_recipient(norm, norm.index("للامم") + 2)
