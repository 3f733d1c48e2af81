"""A report inside another speaker's content, its subject between the complementizer and its verb (session 16,
issue 14): made-up sentences, with the stanza parse and with the rules alone."""

from __future__ import annotations

from kg.model import Article
from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)
from tests.test_attribution_missed_sides import said  # (cue, source as written, quote) of each report


def test_the_inner_speaker_reports_inside_the_outer_ones_words(extractor):
    found = said(extractor, "وقال المتحدث باسم الحكومة إن وزير الدفاع أكد أن القوات انسحبت من المدينة.")
    assert ("قال", "المتحدث باسم الحكومة", "وزير الدفاع أكد أن القوات انسحبت من المدينة") in found
    assert ("أكد", "وزير الدفاع", "القوات انسحبت من المدينة") in found
    found = said(extractor, "وذكر نجيب أن أمير قطر الشيخ تميم بن حمد آل ثاني أشار إلى أن جهاز الاستثمار حريص على "
                            "شراء الأصول.")
    assert ("ذكر", "نجيب", "أمير قطر الشيخ تميم بن حمد آل ثاني أشار إلى أن جهاز الاستثمار حريص على شراء الأصول") \
        in found
    assert ("أشار", "أمير قطر الشيخ تميم بن حمد آل ثاني", "جهاز الاستثمار حريص على شراء الأصول") in found


def test_the_outer_speaker_stays_the_antecedent(extractor):
    found = said(extractor, "وقال المتحدث باسم الحكومة إن وزير الدفاع أكد أن القوات انسحبت من المدينة. "
                            "وأضاف أن المفاوضات مستمرة.")
    assert ("أضاف", "المتحدث باسم الحكومة", "المفاوضات مستمرة") in found


def test_no_inner_speaker_after_a_pronoun_a_thing_or_in_a_demand(extractor):
    # the pronoun of أنها is the subject: "تلقت بلاغا" is its verb, not a speaker of يفيد
    for text, speaker in (("وذكرت الشركة السعودية للكهرباء أنها تلقت بلاغا يفيد حدوث انقطاع للكهرباء عن الجسر.",
                           "الشركة السعودية للكهرباء"),
                          # evidence that shows is the speaker's argument ("الدلائل تشير"), not a new source
                          ("وقال رئيس الوزراء إن العناصر الأولى للتحقيق تكشف أن التفجير ناجم عن اعتداء انتحاري.",
                           "رئيس الوزراء"),
                          # a demand told of is the teller's news
                          ("وقال رئيس النادي إن نادي الشباب طلب 25 مليونا مقابل عودة اللاعب.", "رئيس النادي")):
        assert {src for _, src, _ in said(extractor, text)} == {speaker}


def test_certainty_as_a_plain_predicate_is_its_subjects_claim(extractor):
    assert ("واثق", "الوزير", "المفاوضات ستنجح في النهاية") in said(
        extractor, "والوزير واثق من أن المفاوضات ستنجح في النهاية.")
    found = said(extractor, "والحكومة واثقة بأن الاتفاق سيصمد، وأضافت أن المحادثات مستمرة.")
    assert ("واثقة", "الحكومة", "الاتفاق سيصمد") in found
    assert ("أضافت", "الحكومة", "المحادثات مستمرة") in found
    # a pronoun subject is its antecedent
    assert ("واثق", "الوزير", "الفريق سيفوز") in said(
        extractor, "وقال الوزير إن الحكومة ماضية في خطتها. وهو واثق من أن الفريق سيفوز.")
    # after a complementizer with its pronoun the certainty is the teller's content, no claim of its own
    assert said(extractor, "وقال الوزير إنه متيقن من أن المفاوضات ستنجح.") == [
        ("قال", "الوزير", "المفاوضات ستنجح")]


def test_a_nationality_before_a_name_opens_the_subject(extractor):
    assert said(extractor, "أعلن الفرنسي ميشيل بلاتيني ترشحه رسميا لرئاسة الاتحاد الدولي.") == [
        ("أعلن", "الفرنسي ميشيل بلاتيني", "ترشحه رسميا لرئاسة الاتحاد الدولي")]
    # a name that is itself a nisba keeps its object
    assert said(extractor, "أعلن الحوثي تأييده للاتفاق.") == [("أعلن", "الحوثي", "تأييده للاتفاق")]


def test_a_title_in_apposition_and_the_time_between_commas_belong_before_the_words(extractor):
    found = said(extractor, "نفى محمد العلي المتحدث باسم الوزارة، اليوم، وجود أي إصابات بين الحجاج.")
    assert [(src, q) for _, src, q in found] == [("محمد العلي المتحدث باسم الوزارة", "وجود أي إصابات بين الحجاج")]


def test_a_document_cited_in_a_speakers_words_leaves_them_the_speakers(extractor):
    found = said(extractor, "وعليه فإن صحة حائل توضح للجميع أن الخبر المتداول غير صحيح حسب تقرير اللجنة.")
    assert {src for _, src, _ in found} == {"صحة حائل"}
    # people cited relay the facts: theirs, as before
    found = said(extractor, "وأوضح الحلبي أن عناصر الجبهة أخلوا بعد الاجتماع، ووفقًا لشهود عيان من المنطقة، "
                            "مواقعهم في ريف حلب.")
    assert {src for _, src, _ in found} == {"شهود عيان"}


def test_the_study_again_is_the_study_quoted_before(extractor):
    found = said(extractor, "وأشار بحث أكاديمي إلى أن رواد دور العبادة أوفر صحة. وخلصت الدراسة إلى أن المشاركة "
                            "في المنظمات الدينية أفضل الطرق لمحاربة الاكتئاب.")
    assert found[-1][2] == "المشاركة في المنظمات الدينية أفضل الطرق لمحاربة الاكتئاب"
    claims = extractor.extract(Article(text="وأشار بحث أكاديمي إلى أن رواد دور العبادة أوفر صحة. وخلصت الدراسة إلى "
                                            "أن المشاركة في المنظمات الدينية أفضل الطرق لمحاربة الاكتئاب.",
                                       date="2015-08-10", publisher="صحيفة المثال")).claims
    assert claims[-1].source.key == claims[0].source.key and claims[-1].source.name_ar == "بحث أكاديمي"


def test_a_verbal_noun_joined_to_tamma_is_no_verb(extractor):
    found = said(extractor, "وأوضح مدير العلاقات العامة محمد آل سليمان أنه تم استكمال جميع شبكات الاتصال ونقل خطوط "
                            "الهاتف لكل الإدارات إلى المبنى الجديد.")
    assert found == [("أوضح", "مدير العلاقات العامة محمد آل سليمان",
                      "تم استكمال جميع شبكات الاتصال ونقل خطوط الهاتف لكل الإدارات إلى المبنى الجديد")]


def test_an_answer_to_the_question_asked(extractor):
    found = said(extractor, "ولدى سؤاله عما إذا كان الرئيس سيحضر القمة قال المندوب الدائم “نعم”. ولكنه لم يعط المزيد "
                            "من التفاصيل.")
    assert ("قال", "المندوب الدائم", "نعم") in found
    # the question's كان names no speaker
    found = said(extractor, "وعند سؤاله عما إذا كانت الحكومة ستستقيل قال الوزير: لا.")
    assert [(src, q) for _, src, q in found] == [("الوزير", "لا")]
