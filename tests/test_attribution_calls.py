"""Calls, demands and recommendations without «أن» (issue 14): a verb, the one called on, then what is called
for after a preposition. Sentences from the dev extraction sets (tests/gold/unseen-2015, -b), with the stanza
parse and with the rules alone."""

from __future__ import annotations

import pytest

from kg.attribution import AttributionExtractor
from kg.model import Article


@pytest.fixture(scope="module", params=["parse", "rules"])
def extractor(request):
    return AttributionExtractor(nlp=None if request.param == "parse" else False)


def claims(extractor, text):
    return extractor.extract(Article(text=text, date="2015-08-10", publisher="صحيفة المثال")).claims


def by_cue(extractor, text, cue):
    found = [c for c in claims(extractor, text) if c.cue == cue]
    assert len(found) == 1, [(c.source.label, c.cue, c.quote) for c in claims(extractor, text)]
    return found[0]


def test_the_one_called_on_closed_by_a_comma_then_b(extractor):
    # okaz-2015-08-02-1217 (unseen-2015)
    c = by_cue(extractor, "طالب مواطن الجهات المختصة، بالتحقيق فيما اعتبره «إهمالا» جراء تعرض شقيقه لخطأ طبي في "
                          "أحد المستشفيات.", "طالب")
    assert "مواطن" in c.source.label and not c.own
    assert c.quote.startswith("التحقيق")


def test_the_one_called_on_with_its_relative_clause_then_b(extractor):
    # almadina-2015-07-27-532 (unseen-2015-b)
    c = by_cue(extractor, "وأوصت الأمانة العامة لهيئة كبار العلماء أهل فلسطين الذين هم أهل رباط ودفاع عن مقدسات "
                          "المسلمين في فلسطين، بتقوى الله تعالى والرجوع إليه سبحانه،والتواصي بالوحدة على الحق.", "أوصت")
    assert c.source.label == "الأمانة العامة لهيئة كبار العلماء"
    assert c.quote.startswith("تقوى الله تعالى")


def test_a_comma_before_an_adverb_with_b_is_no_call(extractor):
    # "، بعد …" / "، بحسب …" are no complement: nothing is called for
    found = claims(extractor, "وطالب الوزير الحكومة، بعد اجتماع طويل مع النواب.")
    assert not [c for c in found if c.cue == "طالب"]


def test_a_verbal_noun_with_the_subjects_pronoun_is_the_object_and_the_pledge_goes_on(extractor):
    # alwatan-2015-08-08-930 (unseen-2015-b): the pronoun of التزامه points back to العبادي, so his name ended there
    text = ("في غضون ذلك أعلن العبادي، التزامه بتوجيهات المرجعية الدينية وتعهد بالإعلان عن خطة شاملة للإصلاح "
            "والعمل على تنفيذها، ودعا القوى السياسية إلى التعاون معه في تنفيذ برنامج الإصلاح.")
    c = by_cue(extractor, text, "أعلن")
    assert c.source.label == "العبادي" and c.quote == "التزامه بتوجيهات المرجعية الدينية"
    c = by_cue(extractor, text, "تعهد")
    assert c.source.label == "العبادي" and c.quote.startswith("الإعلان عن خطة شاملة للإصلاح")


def test_a_pronoun_that_does_not_agree_with_the_verb_is_no_own_object(extractor):
    # "أعلن" is masculine, "التزامها" points to someone else: the name may go on, no object of his own
    assert not own_object_quotes(extractor, "في غضون ذلك أعلن العبادي، التزامها بالقرار الجديد.")


def own_object_quotes(extractor, text):
    return [c.quote for c in claims(extractor, text) if c.cue == "أعلن" and c.quote.startswith("التزام")]


def test_a_feminine_participle_stressing_a_need_goes_on_with_the_demand(extractor):
    # okaz-2015-08-06-2923 (unseen-2015)
    text = ("وطالبت النائبة عالية نصيف بأن تكون هناك رقابة شخصية من قبل القائد العام على قوائم الأسماء مؤكدة على "
            "ضرورة التحقق من الجوانب الأمنية لمرشحي تلك للوظائف.")
    c = by_cue(extractor, text, "مؤكدة")
    assert c.source.label == "النائبة عالية نصيف"
    assert c.quote == "ضرورة التحقق من الجوانب الأمنية لمرشحي تلك للوظائف"
    assert by_cue(extractor, text, "طالبت").quote.endswith("على قوائم الأسماء")


def test_a_confirmed_thing_is_no_cue(extractor):
    # no verb of saying before it: "مؤكدة" is an adjective
    assert not [c for c in claims(extractor, "وصلت إلى الوزارة معلومات مؤكدة على ضرورة الإخلاء.") if c.cue == "مؤكدة"]


def test_a_need_or_a_not_after_the_one_called_on_is_the_call(extractor):
    # alriyadh-2015-08-10-844 (unseen-2015)
    c = by_cue(extractor, "وقالت سميث إن الحالة هي الأولى منذ عام 2006. ونبهت على مرتادي هذه المتنزهات عدم إطعام "
                          "السناجب والقوارض الأخرى وعدم لمس القوارض الميتة.", "نبهت")
    assert c.source.label == "سميث"
    assert c.quote == "عدم إطعام السناجب والقوارض الأخرى وعدم لمس القوارض الميتة"


def test_a_need_right_after_the_subject_is_the_object(extractor):
    # arreyadi-2015-07-21-2397 (unseen-2015): "البعض" is no body, but nothing runs on into ضرورة
    c = by_cue(extractor, "وانقسمت الجماهير حول اللاعب، إذ أكد البعض ضرورة عودته بعد فض نادي أم صلال عقده.", "أكد")
    assert c.source.label == "البعض" and c.quote == "ضرورة عودته بعد فض نادي أم صلال عقده"


def test_the_rest_of_the_name_closed_by_a_comma_then_the_one_called_on_then_b(extractor):
    # alwatan-2015-08-08-930 (unseen-2015-b)
    c = by_cue(extractor, "فيما طالب ممثل المرجعية الدينية في كربلاء أحمد الصافي، رئيس الوزراء العراقي حيدر العبادي "
                          "بمكافحة الفساد المالي والإداري والضرب بيد من حديد على العابثين بأموال الشعب.", "طالب")
    assert c.source.label.startswith("ممثل المرجعية الدينية") and not c.own
    assert c.quote.startswith("مكافحة الفساد المالي والإداري")


def test_no_b_complement_after_the_comma_is_no_call(extractor):
    # "بعد" is no complement: the demand has no content here
    found = claims(extractor, "وطالب ممثل الطلاب في الجامعة أحمد علي، رئيس الجامعة بعد اجتماع طويل.")
    assert not [c for c in found if c.cue == "طالب"]


def test_a_call_ends_where_a_relative_clause_reports_anew(extractor):
    # alriyadh-2015-07-26-894 (unseen-2015-c): "التي وصفتها بضد …" is the speaker's account of the visit, not the call
    text = ("وقالت لجنة الشؤون الخارجية في المجلس الوطني للمقاومة الإيرانية في بيان اليوم ان هذه الزيارة من شأنها أن "
            "تشجع النظام الإيراني على مواصلة عمليات التعذيب، مطالبة جميع مدافعي حقوق الإنسان وحقوق المرأة ودعاة "
            "الديمقراطية إلى اتخاذ عمل عاجل لإلغاء هذه الزيارة التي وصفتها بضد المصالح الوطنية للشعب الإيراني.")
    assert by_cue(extractor, text, "مطالبة").quote == "اتخاذ عمل عاجل لإلغاء هذه الزيارة"


def test_a_present_call_after_an_indefinite_thing_describes_it(extractor):
    # alwatan-2015-08-08-930 (unseen-2015-b): the protests demand, not the cleric quoted before
    text = ("فيما طالب ممثل المرجعية الدينية في كربلاء أحمد الصافي، رئيس الوزراء العراقي حيدر العبادي بمكافحة الفساد "
            "المالي والإداري، انطلقت في بغداد ومحافظات عراقية أخرى أمس تظاهرات تطالب بتحسين الأداء الحكومي.")
    assert not [c for c in claims(extractor, text) if c.cue == "تطالب"]


def test_a_speaker_head_before_a_present_call_is_its_subject(extractor):
    c = by_cue(extractor, "وفي غضون ذلك ناشطون يطالبون بالإفراج عن المعتقلين في سجون النظام.", "يطالبون")
    assert c.source.label == "ناشطون" and c.quote.startswith("الإفراج عن المعتقلين")
