"""Shapes of Arabic reporting behind unseen news errors (session 20, ext25, issue 14), each written here on made-up
sentences so that the shape, not the article, is tested: a subject a title, its specialty or body, an honorific
and a name make up before the verb's object; … Without the parse (the rules alone)."""

from __future__ import annotations

import pytest

from kg.attribution import AttributionExtractor
from tests.test_attribution_missed_sides import claims, said  # (cue, source as written, quote) of each report


@pytest.fixture(scope="module")
def rules():
    return AttributionExtractor(nlp=False)


@pytest.mark.parametrize("text,source,quote", [
    # a specialist's title and specialty, the honorific, the name (its family name in ال), then the object
    ("حذر استشاري طب وجراحة العيون الدكتور ياسر عطية المزروعي هواة الصيد من إصابات السنارات أثناء رميها في البحر.",
     "استشاري طب وجراحة العيون الدكتور ياسر عطية المزروعي", "إصابات السنارات أثناء رميها في البحر"),
    ("أكد أخصائي التغذية الدكتور محمد بن سعد القحطاني أهمية تناول الخضار يوميا للوقاية من الأمراض.",
     "أخصائي التغذية الدكتور محمد بن سعد القحطاني", "أهمية تناول الخضار يوميا للوقاية من الأمراض"),
    ("حذرت أستاذة علم النفس الدكتورة نورة الشهري الأسر من ترك الأطفال أمام الشاشات لساعات طويلة.",
     "أستاذة علم النفس الدكتورة نورة الشهري", "ترك الأطفال أمام الشاشات لساعات طويلة"),
    # a title's body across «في», then the name
    ("نفى رئيس قسم الطوارئ في المستشفى الدكتور خالد العتيبي وجود أي نقص في الأدوية.",
     "رئيس قسم الطوارئ في المستشفى الدكتور خالد العتيبي", "وجود أي نقص في الأدوية"),
    # a rank like an honorific; «عبد العزيز» goes on past its ال
    ("كشف مدير الدفاع المدني بالمنطقة العميد سعد الغامدي تفاصيل الحادث الذي وقع أمس.",
     "مدير الدفاع المدني بالمنطقة العميد سعد الغامدي", "تفاصيل الحادث الذي وقع أمس"),
    ("أكد مدير الشرطة اللواء عبد العزيز بن محمد الصالح عدم وجود إصابات.",
     "مدير الشرطة اللواء عبد العزيز بن محمد الصالح", "عدم وجود إصابات"),
    ("حذر الدكتور ياسر المزروعي هواة الصيد من إصابات السنارات في البحر.",
     "الدكتور ياسر المزروعي", "إصابات السنارات في البحر"),
    # an occupation in the nisba's shape and a nationality before the name
    ("حذر الميكانيكي السعودي أحمد الزهراني من الاعتماد الكلي على الفرامل أثناء المنحدرات الجبلية.",
     "الميكانيكي السعودي أحمد الزهراني", "الاعتماد الكلي على الفرامل أثناء المنحدرات الجبلية"),
])
def test_a_titled_subject_runs_to_the_end_of_the_name(rules, text, source, quote):
    assert said(rules, text)[0][1:] == (source, quote)


@pytest.mark.parametrize("text,source", [
    # the honorific inside the object: a definite name then an indefinite noun opens the object
    ("نشر موقع الجزيرة صورة الشيخ محمد العلي وهو يلقي كلمة.", "موقع الجزيرة"),
    # a nationality and then a regime's name, not a person's
    ("اتهم الإعلامي السوري نظام الأسد بقصف المدنيين في حلب.", "الإعلامي السوري"),
    ("اتهم الإعلامي السوري تركيا بدعم المسلحين في حلب.", "الإعلامي السوري"),
])
def test_a_name_in_the_object_stays_out_of_the_subject(rules, text, source):
    assert said(rules, text)[0][1] == source


def test_a_verb_whose_object_is_its_pronoun_has_no_content_after_a_longer_subject(rules):
    # «نشرها X لمجموعة من طلابه»: what was published is the pronoun; to whom is no claim. (With the subject cut
    # after «البرازيلي», the name had hidden this.) «وصفها X بـ…» keeps its description.
    text = "وفي المجلة مقال من رسائل انتقاها ونشرها الروائي البرازيلي باولو كويلهو لمجموعة من طلابه."
    assert said(rules, text) == []
    text = "والتي وصفها هادي البحرة عضو وفد الائتلاف بـ«الإيجابية».. وقال إنه تم التوافق على الأمور الأساسية."
    assert [source for _cue, source, _quote in said(rules, text)] == ["هادي البحرة", "هادي البحرة"]


@pytest.mark.parametrize("text,label,issuer,quote", [
    # a definite statement named with its issuer: «الصادر عن X», «الصادرة عن X», «الذي أصدرته X»
    ("وذكر التقرير الصادر عن منظمة العفو الدولية أن آلاف المعتقلين قتلوا تحت التعذيب.",
     "التقرير الصادر عن منظمة العفو الدولية", "منظمة العفو الدولية", "آلاف المعتقلين قتلوا تحت التعذيب"),
    ("وأوضحت الدراسة الصادرة عن جامعة هارفارد أن التدخين يضر القلب.",
     "الدراسة الصادرة عن جامعة هارفارد", "جامعة هارفارد", "التدخين يضر القلب"),
    ("وأكد البيان الذي أصدرته هيئة الغذاء والدواء أمس أن الأسعار سترتفع.",
     "البيان الذي أصدرته هيئة الغذاء والدواء", "هيئة الغذاء والدواء", "الأسعار سترتفع"),
])
def test_a_definite_statement_with_its_issuer_stands_for_the_issuer(rules, text, label, issuer, quote):
    [c] = [c for c in claims(rules, text) if not c.own]
    assert (c.source.label, c.quote) == (label, quote)
    # the source is the issuer, the same as where it speaks for itself
    [own] = [c for c in claims(rules, f"وقالت {issuer} إن الوضع خطير.") if not c.own]
    assert c.source.iri == own.source.iri


def test_speech_whose_quotation_mark_never_closes_is_split_at_its_clauses(rules):
    # «وقال «…» with no closing mark: the speech runs to the sentence's end, and its clauses (a new past clause
    # «وكنا …», a contrast «ولكن …») are the speaker's propositions, one claim each
    text = ("وطالب اللاعب الدولي السابق سعد الحارثي بإصلاح النادي وقال «لا أخفيك أنني غير متفائل لأن الأوضاع سيئة جداً "
            "وكنا قد حذرنا الإدارة من الديون المتراكمة على النادي ولكن للأسف لم تستجب الإدارة لنا.")
    quotes = [quote for cue, _source, quote in said(rules, text) if cue == "قال"]
    assert quotes == ["لا أخفيك أنني غير متفائل لأن الأوضاع سيئة جداً",
                      "كنا قد حذرنا الإدارة من الديون المتراكمة على النادي", "للأسف لم تستجب الإدارة لنا"]
    # closed speech keeps its clauses together, as before
    text = ("وقال اللاعب الدولي السابق سعد الحارثي «كنا قد حذرنا الإدارة من الديون المتراكمة على النادي ولكن للأسف "
            "لم تستجب الإدارة لنا».")
    assert [quote for _cue, _source, quote in said(rules, text)] == [
        "كنا قد حذرنا الإدارة من الديون المتراكمة على النادي ولكن للأسف لم تستجب الإدارة لنا"]


def test_leaked_documents_are_the_report_of_whoever_published_them(rules):
    # «وثائق حكومية سورية مسربة»: the government did not state it; the outlet that published the leak reports it,
    # and «بحسب الوثائق» after it stands for the same outlet
    text = ("وكشفت وثائق حكومية سورية مسربة أن مئات الجنود من مدينة حماة انشقوا عن الجيش منذ بداية العام، وبحسب "
            "الوثائق فإن من بين هؤلاء ضباطا كبارا، بحسب ما نقله موقع الشام الإخباري المعارض ونقلته عنه صحف غربية.")
    got = [c for c in claims(rules, text) if not c.own]
    assert [c.source.label for c in got] == ["موقع الشام الإخباري المعارض", "الوثائق"]
    assert len({c.source.iri for c in got}) == 1 and "syrian-government" not in got[0].source.iri
    # documents of the government that are not leaked still stand for it
    text = "وكشفت وثائق حكومية سورية أن مئات الجنود من مدينة حماة انشقوا عن الجيش منذ بداية العام."
    assert [c.source.iri for c in claims(rules, text) if not c.own][0].endswith("syrian-government")


@pytest.mark.parametrize("text,quote", [
    # the channel «عبر …» before a call's ب, as an occasion «في …» was: with a quoted outlet inside it too
    ("وطالب الوزير عبر حسابه في تويتر بضرورة وضع حد لهذا الوضع.", "ضرورة وضع حد لهذا الوضع"),
    ("لم يخف عضو الشرف الأستاذ عابد شيخ امتعاضه الشديد لأحوال النادي وطالب عبر تصريح خاص لـ»الجزيرة « بضرورة "
     "وضع حد لهذا الوضع مبكراً.", "ضرورة وضع حد لهذا الوضع مبكراً"),
])
def test_a_call_through_a_channel_takes_its_b_complement(rules, text, quote):
    assert [q for cue, _source, q in said(rules, text) if cue == "طالب"] == [quote]


def test_a_definite_dual_is_a_subject_that_calls_for_a_verbal_noun(rules):
    # «طلب الفريقان الخاسران … فتح تحقيق»: two parties act as a body does; the dual's adjective is in the subject,
    # and a time's adjective after «في الوقت» is not in what was asked
    text = "وقد طلب الفريقان الخاسران في الوقت الإضافي فتح تحقيق في الحادثتين، حتى أن النجم طالب بذلك."
    assert said(rules, text)[0] == ("طلب", "الفريقان الخاسران", "فتح تحقيق في الحادثتين")
    # a definite noun in «ان» that is no dual stays as it was: no subject that calls for anything
    assert said(rules, "وطلب الإنسان فتح تحقيق في الحادثتين.") == []


@pytest.mark.parametrize("text,quote", [
    # a speaker's comment or condition right after the verb opens his words, with no complementizer
    ("وحول دعم الإدارة قال للأسف الوضع سيئ بدون دعم أعضاء الشرف.", "للأسف الوضع سيئ بدون دعم أعضاء الشرف"),
    ("وأضاف في حال تم بيع أي لاعب آخر سنطالب بسحب الثقة من الرئيس.",
     "في حال تم بيع أي لاعب آخر سنطالب بسحب الثقة من الرئيس"),
    ("وأضاف إذا لم يستطع الرئيس جلب المال فمن الأكرم له الاستقالة.",
     "إذا لم يستطع الرئيس جلب المال فمن الأكرم له الاستقالة"),
])
def test_a_comment_or_condition_after_a_verb_of_saying_opens_the_words(rules, text, quote):
    lead = "وقال اللاعب السابق سعد الحارثي إن النادي يمر بأزمة. "
    assert [(source, q) for _cue, source, q in said(rules, lead + text)][1:] == [("اللاعب السابق سعد الحارثي", quote)]


def test_an_occasion_after_a_verb_of_saying_is_still_no_content(rules):
    # «في حال» is a condition; «في بيان» is where it was said
    assert [q for _cue, _source, q in said(rules, "وقال الوزير في بيان أمس إن الحدود ستبقى مغلقة.")] == [
        "الحدود ستبقى مغلقة"]


def test_unclosed_speech_splits_before_a_judgement_with_its_own_complementizer(rules):
    # «…، المفروض أننا …» inside speech with no closing mark: a proposition of its own
    text = ("وقال اللاعب الدولي السابق سعد الحارثي «على كل من دعم الرئيس في الانتخابات أن يدعمه الآن، المفروض أننا "
            "لا نصوت لمن لا يملك المال.")
    assert [q for _cue, _source, q in said(rules, text)] == [
        "على كل من دعم الرئيس في الانتخابات أن يدعمه الآن", "المفروض أننا لا نصوت لمن لا يملك المال"]


@pytest.mark.parametrize("text,source,quote", [
    # a speaker noun, في and the body he belongs to, then the object: the body is the speaker's, not a channel
    ("وأكد مصدر في وزارة الداخلية ومصادر طبية حصيلة الانفجار.", "مصدر في وزارة الداخلية ومصادر طبية",
     "حصيلة الانفجار"),
    ("ووصفته مصادر في المعارضة السورية بالخطوة الخطيرة.", "مصادر في المعارضة السورية", "بالخطوة الخطيرة"),
    ("ونفى مسؤول كبير في الحكومة السورية أمس وجود قوات أجنبية.", "مسؤول كبير في الحكومة السورية",
     "وجود قوات أجنبية"),
    ("ووصف قيادي في حزب الله الهجوم بالجبان.", "قيادي في حزب الله", "الهجوم بالجبان"),
    # an indefinite genitive of the body takes its own definite one
    ("وأعلن مصدر في قيادة عمليات الأنبار، أمس، عن مقتل سبعة مسلحين.", "مصدر في قيادة عمليات الأنبار",
     "مقتل سبعة مسلحين"),
    # with a complementizer, the body before an occasion: «في تصريح» stays out
    ("وقال مصدر في الجيش في تصريح صحفي إن القوات تقدمت.", "مصدر في الجيش", "القوات تقدمت"),
])
def test_an_unnamed_speaker_keeps_the_body_he_belongs_to_across_fi(rules, text, source, quote):
    assert [(src, q) for _cue, src, q in said(rules, text)] == [(source, quote)]


@pytest.mark.parametrize("text", [
    "ونفى متحدث في بيان وجود قوات أجنبية.",  # where he spoke
    "ونفى مسؤول في دمشق وجود قوات أجنبية.",  # where he was
])
def test_an_occasion_or_a_place_after_an_unnamed_speaker_stays_out_of_him(rules, text):
    assert [(src, q) for _cue, src, q in said(rules, text)] == [(text.split()[1], "وجود قوات أجنبية")]
