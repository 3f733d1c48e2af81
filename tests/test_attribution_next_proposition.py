"""Session 12 (issue 14), spans on the development sets of unseen news: the speaker's next proposition in the
same words is a claim of its own, on real sentences (shortened where the rest does not matter)."""

from __future__ import annotations

from tests.test_attribution_unseen_news import said
from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)


def test_a_consequence_after_a_comma_is_a_second_claim(extractor):
    # unseen-2015-b okaz-2015-08-04-1213: "…، لذلك …" draws the speaker's next conclusion
    found = said(extractor, "قال العقيلي: في الوقت الحالي لا يوجد أي تأثير على قناة السويس، لذلك الاعتماد على "
                            "العوامل المناخية قد لا يرتكن إليه بشكل كامل.")
    assert [c.text for c in found] == ["في الوقت الحالي لا يوجد أي تأثير على قناة السويس",
                                       "الاعتماد على العوامل المناخية قد لا يرتكن إليه بشكل كامل"]
    assert {c.source.label for c in found} == {"العقيلي"}


def test_and_he_added_inside_a_quotation_is_a_second_claim(extractor):
    # unseen-2015-b aljazirah-2015-08-08-454: the quotation goes on past "، وأضاف" with the next statement
    found = said(extractor, "وقال اليغري في مؤتمر صحافي، «طلب بول (بوغبا) ارتداء القميص رقم 10 وهذا سيحمله "
                            "مسؤوليات كبيرة، وأضاف ارتداء القميص رقم 10 ليس أمراً سهلاً، كبار اللاعبين في يوفنتوس "
                            "ارتدوه سابقا».")
    assert [c.text for c in found][:2] == [
        "طلب بول (بوغبا) ارتداء القميص رقم 10 وهذا سيحمله مسؤوليات كبيرة",
        "ارتداء القميص رقم 10 ليس أمراً سهلاً، كبار اللاعبين في يوفنتوس ارتدوه سابقا"]


def test_but_and_also_do_not_split_a_claim(extractor):
    # unseen-2015-b okaz-2015-08-04-1213: "إلا أن" qualifies the same proposition, one claim
    (c,) = said(extractor, "وقال العقيلي إنه سيكون من الواضح حاليا انخفاض كلفة النقل والشحن إلا أن ذلك الانخفاض "
                           "سيكون لصالح ملاك الخطوط الملاحية والسفن.")
    assert "إلا أن ذلك الانخفاض" in c.text


def test_a_call_participle_without_a_comma_reports_its_own_demand(extractor):
    # unseen-2015-b almadina-2015-07-22-562: "… الضمان الاجتماعي مطالبة بتمديد …" is Umm Fahd's second claim
    found = said(extractor, "وأكدت أم فهد أن فعاليات الأمانة ودعمها للأسر المنتجة يمنحها عائد أفضل من مساعدات الضمان "
                            "الاجتماعي مطالبة بتمديد فترة تواجد الأسر المنتجة في مواقع فعاليات العيد لمدة أكبر.")
    assert [(c.cue, c.text) for c in found] == [
        ("أكدت", "فعاليات الأمانة ودعمها للأسر المنتجة يمنحها عائد أفضل من مساعدات الضمان الاجتماعي"),
        ("مطالبة", "تمديد فترة تواجد الأسر المنتجة في مواقع فعاليات العيد لمدة أكبر")]
    assert {c.source.label for c in found} == {"أم فهد"}


def test_an_accusation_participle_after_a_noun_stays_an_adjective(extractor):
    # saudinewsnet: "وسبع شركات متهمة بمساعدة …" describes the companies; the treasury's words go on
    (c,) = said(extractor, "وقالت وزارة الخزانة الأمريكية إن العقوبات الجديدة تستهدف اربعة افراد وسبع شركات متهمة "
                           "بمساعدة نظام الرئيس بشار الاسد على الاستمرار في اذكاء النزاع في سوريا.")
    assert c.text.endswith("اذكاء النزاع في سوريا")


def test_a_quoted_name_before_the_complementizer_is_no_quotation(extractor):
    # unseen-2015-c sabq-2015-07-21-2729: the speaker's name in quotation marks, his words after "؛ أن"
    found = said(extractor, 'وأوضح مساعد المدير العام التنفيذي للشؤون التجارية بالخطوط السعودية "خالد بن حماد '
                            'البلوي"؛ أن "السعودية" تعمل دوماً على مواكبة مواسم الذروة وحركة السفر الكثيفة.')
    assert len(found) == 1 and "تعمل دوماً على مواكبة مواسم الذروة" in found[0].text


def test_a_statement_published_somewhere_says_nothing_of_its_own(extractor):
    # unseen-2015-b alriyadh-2015-07-31-1270: "في بيان نشر على مواقع التواصل الاجتماعي" is where, not what
    found = said(extractor, "وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء، بحسب ما ذكر المرصد والفرقة "
                            "نفسها في بيان نشر على مواقع التواصل الاجتماعي.")
    assert [c.cue for c in found] == ["بحسب ما ذكر"]
    assert found[0].text.startswith("وخطفت جبهة النصرة ثمانية عناصر")


def test_a_closing_mark_is_no_content(extractor):
    # unseen-2015-c aleqtisadiya-2015-08-03-303: the agency's name closes its quotation; "، فقد" is nothing said
    found = said(extractor, 'وبحسب "رويترز"، فقد ذكر نجيب أن أمير قطر أشار إلى أن جهاز قطر للاستثمار حريص على '
                            'التعرف على أصول الصندوق.')
    assert found and all(len(c.text.split()) > 2 for c in found)


def test_untrue_as_the_predicate_denies_its_subject(extractor):
    # unseen-2015 alweeam-2015-08-06-2248 and unseen-2015-c aawsat-2015-07-31-301: "X غير صحيح" denies X
    (c,) = said(extractor, "وقال الشمري إن الخبر المتداول الذي مفاده تعرض مولودة لحروق غير صحيح حسب تقرير اللجنة.")
    assert c.polarity == "denied" and c.cue == "قال"
    (c,) = said(extractor, "وأكد وكيل اللاعب أن تصريحات رئيس ريفربلايت غير صادقة.")
    assert c.polarity == "denied"
    # unseen-2015 alweeam-2015-08-03-935: "عدم صحة" opening the content
    (c,) = said(extractor, "وأكدت الوزارة عدم صحة مثل هذه الرسائل أو الأقاويل.")
    assert c.polarity == "denied"


def test_untrue_as_an_adjective_or_in_a_later_clause_denies_nothing(extractor):
    # dev-2: the signing is asserted; what is untrue is in the clause after the comma
    (c,) = said(extractor, "وقال رئيس النادي إنه تم التوقيع مع اللاعب اتفاقية ملزمة للطرفين، وكل ما يتداول في وسائل "
                           "الإعلام حول عدم التوقيع مع اللاعب غير صحيح.")
    assert c.polarity == "asserted"
    # an indefinite noun after a preposition that "غير صحيحة" describes
    (c,) = said(extractor, "وقال النائب إن قرار المجلس جاء بالتصويت على أسباب غير صحيحة.")
    assert c.polarity == "asserted"
    # sample 8 (aawsat, 9 Aug 2015): directives called wrong are judged, not a report denied
    (c,) = said(extractor, "وقال علاوي إن التوجيهات الأخيرة التي صدرت عن رئيس الحكومة حيدر العبادي غير صحيحة "
                           "وغير دستورية.")
    assert c.polarity == "asserted"


def test_a_call_participle_right_after_its_speaker_is_no_report(extractor):
    # SaudiNewsNet 2015-08-01: "وصرخت سامال مطالبة بالمساعدة …" follows no content clause: she cried for help
    assert not [c for c in said(extractor, "وصرخت سامال مطالبة بالمساعدة من الناس حولها الذين هرعوا إلى مكان "
                                           "الحادث.") if c.cue == "مطالبة"]


def test_and_that_after_a_subjunctive_joins_its_verbs(extractor):
    # unseen-2015 okaz-2015-08-09-1132: "أن توقف … وأن تعلن …" are two verbs of one "must", one claim
    (c,) = said(extractor, "وأضاف دمرداش: إن على الحكومة أن توقف العمليات الأمنية وأن تعلن استئناف عملية السلام "
                           "التي بدأت مع عبد الله أوجلان عام 2012.")
    assert c.text.startswith("على الحكومة أن توقف العمليات الأمنية وأن تعلن استئناف عملية السلام")
    # "وأن" + a new subject is still a second content clause
    found = said(extractor, "وقال الوزير إن على الحكومة أن توقف العمليات وأن المعارضة مستعدة للحوار.")
    assert [c.text for c in found] == ["على الحكومة أن توقف العمليات", "المعارضة مستعدة للحوار"]


def test_a_negation_covers_the_verb_after_or(extractor):
    # unseen-2015 alriyadh-2015-08-02-618: "لم تبايع أو تعلن الولاء" declared nothing; the words are the brother's
    found = said(extractor, "وفي تسجيل صوتي قال عبد المنان إن العائلة لم تبايع أو تعلن الولاء للزعيم الجديد أختر محمد "
                            "منصور ولم تشأ أن يجرى الاختيار في قلب خلافات.")
    assert [c.cue for c in found] == ["قال"]


def test_and_has_nothing_to_do_with_is_a_denial_of_its_own(extractor):
    # unseen-2015-b alriyadh-2015-07-21-1402: the cause is asserted, the company's part in it denied
    found = said(extractor, "فيما بينت الشركة السعودية للكهرباء أن انقطاع الخدمة الكهربائية عن جسر الملك فهد يرجع إلى "
                            "عطل بالشبكة الداخلية الخاصة بالجسر ولا علاقة للشركة به.")
    assert [(c.text, c.polarity) for c in found] == [
        ("انقطاع الخدمة الكهربائية عن جسر الملك فهد يرجع إلى عطل بالشبكة الداخلية الخاصة بالجسر", "asserted"),
        ("لا علاقة للشركة به", "denied")]
