"""The denied claim extracted right (issue 14): neither-confirm-nor-deny is no denial, a particle is never a source,
a city named in two words stays whole, and the subject before the verb after "but" is the one who denies.
Made-up sentences of the shapes seen on fresh news, with the stanza parse and with the rules alone."""

from __future__ import annotations

import pytest

from kg.model import Article
from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)


def said(extractor, text):
    return [c for c in extractor.extract(Article(text=text, date="2015-08-10", publisher="صحيفة المثال")).claims
            if not c.own]


@pytest.mark.parametrize("text", [
    "ورفضت وزارة الدفاع نفي أو تأكيد الأنباء التي تحدثت عن سقوط طائرة في الشمال.",
    "وامتنع المتحدث باسم الجيش عن تأكيد أو نفي التقارير عن مقتل القائد.",
    "ولم ينف الوزير ولم يؤكد وجود اتصالات مع المعارضة.",
    "ورفض المسؤول نفي الأنباء عن وقوع اشتباكات على الحدود.",
])
def test_neither_confirming_nor_denying_is_no_claim(extractor, text):
    # GUIDE: "X did not confirm it" is the outlet's statement, not a denial by X; so is "X would not deny or confirm"
    assert said(extractor, text) == []


def test_a_denial_next_to_a_confirmation_it_does_not_join_stays_a_denial(extractor):
    (c,) = said(extractor, "ونفت الوزارة الأنباء عن تأكيد الصفقة مع الشركة الأجنبية.")
    assert (c.source.label, c.polarity) == ("الوزارة", "denied")


@pytest.mark.parametrize("city", ["إسلام آباد", "بيونغ يانغ", "أبو ظبي", "نيو دلهي", "تل أبيب"])
def test_a_city_named_in_two_words_is_the_whole_source(extractor, city):
    (c,) = said(extractor, f"ونفت {city} الاتهامات بدعم المسلحين في الإقليم.")
    assert (c.source.label, c.polarity) == (city, "denied")
    assert c.quote == "الاتهامات بدعم المسلحين في الإقليم"


def test_the_body_after_but_denies_and_its_object_is_what_is_denied(extractor):
    found = said(extractor, "وقال مسؤول محلي إن القوات قصفت سوقا شعبية، إلا أن بعثة الاتحاد الإفريقي في الصومال "
                            "نفت بشدة مزاعم قتل مدنيين.")
    assert [(c.cue, c.polarity) for c in found] == [("قال", "asserted"), ("نفت", "denied")]
    assert found[0].quote == "القوات قصفت سوقا شعبية"
    assert (found[1].source.label, found[1].quote) == ("بعثة الاتحاد الإفريقي في الصومال", "مزاعم قتل مدنيين")
    (c,) = said(extractor, "لكن وزارة الخارجية نفت بشدة مزاعم إرسال أسلحة إلى المتمردين.")
    assert (c.source.label, c.quote, c.polarity) == ("وزارة الخارجية", "مزاعم إرسال أسلحة إلى المتمردين", "denied")


def test_but_written_bayda_anna_opens_a_subject_too(extractor):
    found = said(extractor, "وقال الوزير إن المحادثات فشلت. بيد أن المصادر الفرنسية تعترف بأن موسكو تسعى لملء "
                            "الفراغ.")
    assert found[-1].source.label == "المصادر الفرنسية"
    assert found[-1].quote == "موسكو تسعى لملء الفراغ"


# the denial verb in quotation marks (or not) after "she said she", after "but", after كان, with its adverb
QUOTED_DENIALS = ('وقالت البعثة في بيان إنها "نفت بشدة" الاتهامات بقتل مدنيين في القرية.',
                  "وقالت البعثة في بيان إنها نفت بشدة الاتهامات بقتل مدنيين في القرية.",
                  'إلا أن البعثة "نفت بشدة" الاتهامات بقتل مدنيين في القرية.',
                  'وكانت البعثة "نفت بشدة" الاتهامات بقتل مدنيين في القرية.')


def test_a_quoted_denial_verb_is_the_speakers_denial(extractor):
    for text in QUOTED_DENIALS:
        (c,) = said(extractor, text)
        assert (c.source.label, c.cue, c.polarity) == ("البعثة", "نفت", "denied"), text
        assert c.quote == "الاتهامات بقتل مدنيين في القرية", text


def test_a_speaker_saying_it_denied_a_clause_denies_it(extractor):
    (c,) = said(extractor, "وأكد الوزير أنه نفى أن تكون قواته قصفت المستشفى.")
    assert (c.source.label, c.polarity, c.quote) == ("الوزير", "denied", "تكون قواته قصفت المستشفى")


def test_an_indefinite_report_noun_after_a_denial_is_what_is_denied(extractor):
    (c,) = said(extractor, "الوزارة نفت بشدة مزاعم إرسال أسلحة.")
    assert (c.source.label, c.polarity, c.quote) == ("الوزارة", "denied", "مزاعم إرسال أسلحة")


def test_a_denial_after_a_rejection_is_still_a_denial(extractor):
    # only the verbal noun after "refused" ("رفض نفي …") is no denial; "رفضت … ونفت" denies
    (c,) = said(extractor, "ورفضت الحكومة تلك الاتهامات ونفت أن تكون قواتها قصفت المستشفى.")
    assert (c.cue, c.polarity, c.quote) == ("نفت", "denied", "تكون قواتها قصفت المستشفى")


def test_a_preposition_with_its_pronoun_is_never_the_denier(extractor):
    found = said(extractor, "ونشرت الحركة في الأسابيع الأخيرة مقالين تنفي فيهما فكرة أنها جزء من التنظيم.")
    assert all(not c.source.label.startswith("فيهما") for c in found)


def test_the_subject_after_but_keeps_clear_of_soon(extractor):
    found = said(extractor, "واتهم المسؤول المقاتلين بطرد السكان، لكن الجانب الكردي سرعان ما نفى هذه الاتهامات.")
    assert (found[-1].source.label, found[-1].polarity) == ("الجانب الكردي", "denied")


def test_although_after_the_denial_ends_what_is_denied(extractor):
    # "رغم أنها لم تنفِ …" is the outlet's concession, not the denial's content (a false denial came of it)
    (c,) = said(extractor, "وكانت واشنطن نفت في وقت سابق التنسيق مع النظام لضرب التنظيم، رغم أنها لم تنفِ عبر "
                           "المتحدثة باسمها إمكان إبلاغ دمشق بهذه العمليات.")
    assert (c.source.label, c.polarity, c.quote) == ("واشنطن", "denied", "التنسيق مع النظام لضرب التنظيم")


def test_the_outlet_told_is_not_what_is_denied(extractor):
    (c,) = said(extractor, 'ونفى المصدر لـ"الشرق الأوسط" وصول القضية إلى مستوى مناقشة اتفاق.')
    assert (c.polarity, c.quote) == ("denied", "وصول القضية إلى مستوى مناقشة اتفاق")


def test_a_word_with_tanween_is_no_denial_verb(extractor):
    found = said(extractor, "وكان من بين الردود على ما اعتبره السوريون كذباً، فقد تداولوا صوراً لقتلى في المدينة.")
    assert [c for c in found if c.polarity == "denied"] == []


def test_what_is_denied_after_an_aside_is_the_object_not_the_quoted_reason(extractor):
    (c,) = said(extractor, "ونفى الباحث، مستندًا إلى معلومات، أي تنسيق مع الجانب التركي، «لأن هيئتي أركان البلدين لا "
                           "يتواصلان».")
    assert (c.source.label, c.polarity, c.quote) == ("الباحث", "denied", "أي تنسيق مع الجانب التركي")


def test_a_denial_predicate_denies_its_own_clause_not_the_next(extractor):
    # «X غير صحيحة، وأن Y»: the judgement is of X; Y, joined by «وأن» to the same verb, is asserted. A denial verb
    # («نفى أن X وأن Y») denies both.
    claims = said(extractor, "وأضاف القائد أن هذه المعلومات كاذبة غير صحيحة، وأن الأسرى لدى القوات يعاملون بطريقة "
                             "إنسانية.")
    assert [(c.quote, c.polarity) for c in claims] == [
        ("هذه المعلومات كاذبة غير صحيحة", "denied"), ("الأسرى لدى القوات يعاملون بطريقة إنسانية", "asserted")]
    both = said(extractor, "ونفى الوزير أن تكون القوات قد دخلت المدينة، وأن تكون قد فقدت أي جندي في المعارك.")
    assert len(both) == 2 and {c.polarity for c in both} == {"denied"}


def test_what_a_quoted_denial_verb_denies_ends_where_the_next_report_starts(extractor):
    # «X «نفت بشدة» مزاعم …، وأوضحت أن …»: the verb's own marks are no quotation of what was said; the denied
    # object ends at the speaker's next report, which is a claim of its own
    claims = said(extractor, "إلا أن بعثة المراقبين في الإقليم «نفت بشدة» مزاعم قتل مدنيين، وأوضحت أن قواتها "
                             "اكتشفت مركز تدريب للمسلحين في المنطقة.")
    assert [(c.source.label, c.quote, c.polarity) for c in claims] == [
        ("بعثة المراقبين في الإقليم", "مزاعم قتل مدنيين", "denied"),
        ("بعثة المراقبين في الإقليم", "قواتها اكتشفت مركز تدريب للمسلحين في المنطقة", "asserted")]
    # a quotation that ends before a verb and another that opens after it are speech, not the verb's marks
    first, second = said(extractor, 'وقال المدير "هذه ليست المرة الأولى التي يخطف فيها صحفيون." وأضاف "بحكم تجربتي '
                                    'فإن القضايا التي لم تتناولها وسائل الإعلام حلت بشكل أسرع".')
    assert second.source.label == "المدير" and second.quote.startswith("بحكم تجربتي")
