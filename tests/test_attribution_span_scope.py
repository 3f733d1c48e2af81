"""Say-verb span scope on the development sets of unseen news, session 11 (issue 14): a second proposition the
gold counts as its own claim, on real sentences (shortened where the rest does not matter)."""

from __future__ import annotations

from tests.test_attribution_unseen_news import said
from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)


def test_a_quotation_splits_at_its_coordinated_complementizers(extractor):
    # unseen-2015-c 3alyoum-2015-08-03-72 (its mark left open): the speaker's own words, "وأن" coordinates
    found = said(extractor, "وأضاف البلوي: “قبل نهاية السنة الميلادية سيتم الإعلان عن حزمة عقود رعاية أخرى وسيتم "
                            "توضيح آلية عقد طيران الاتحاد وأن مستقبل الاتحاد أفضل وأنه جارٍ العمل على تسديد المتبقي "
                            "من القضايا بعد سداد ست قضايا مهمة.")
    assert [c.text for c in found] == [
        "قبل نهاية السنة الميلادية سيتم الإعلان عن حزمة عقود رعاية أخرى وسيتم توضيح آلية عقد طيران الاتحاد",
        "مستقبل الاتحاد أفضل", "جارٍ العمل على تسديد المتبقي من القضايا بعد سداد ست قضايا مهمة"]
    assert {c.source.label for c in found} == {"البلوي"}


def test_a_nested_quotation_still_keeps_its_coordinator(extractor):
    # a "وأن" inside a quotation nested in the content is the quoted party's, not a second proposition
    (c,) = said(extractor, 'وأكد الوزير أن البيان قال "إن المفاوضات مستمرة وأن الاتفاق قريب جدا" في ختام الجولة.')
    assert "وأن الاتفاق قريب جدا" in c.quote


def test_from_his_side_opens_another_speakers_turn(extractor):
    # unseen-2015-c alriyadh-2015-07-25-873: "؛ من جهته أعلن X": X's words are not the first speaker's content
    found = said(extractor, "وقال الرئيس الإيراني إن البلدين يملكان إمكانات وقدرات هائلة لتعزيز التعاون المشترك؛ "
                            "من جهته أعلن الرئيس الفرنسي استعداد بلاده للتعاون مع إيران في مجال مكافحة الإرهاب.")
    assert [(c.cue, c.text) for c in found] == [
        ("قال", "البلدين يملكان إمكانات وقدرات هائلة لتعزيز التعاون المشترك"),
        ("أعلن", "استعداد بلاده للتعاون مع إيران في مجال مكافحة الإرهاب")]
    assert found[1].source.label == "الرئيس الفرنسي"


def test_a_relaying_frame_before_the_complementizer_leaves_the_words_to_the_speaker(extractor):
    # unseen-2015 aleqtisadiya-2015-08-11-252: "بحسب "الفرنسية"" only names the agency that relayed them
    (c,) = said(extractor, 'وقال حسام عبد الغفار الناطق باسم وزارة الصحة بحسب "الفرنسية" إن "هناك ارتفاعا كبيرا '
                           'في درجات الحرارة عن السنوات السابقة. لكن المشكلة في الرطوبة".')
    assert (c.cue, c.source.label) == ("قال", "حسام عبد الغفار الناطق باسم وزارة الصحة")
    assert c.text.startswith("هناك ارتفاعا كبيرا في درجات الحرارة")
    # a frame after the verb's own content is a source of its own, not a relay
    found = said(extractor, 'وقال المتحدث إن الهجوم أسفر عن مقتل عشرة جنود، بحسب الوكالة الرسمية.')
    assert found and found[0].text.startswith("الهجوم أسفر عن مقتل عشرة جنود")


def test_a_report_inside_another_speakers_quotation_is_a_claim_too(extractor):
    # unseen-2015 okaz-2015-08-02-1217: the brother quotes what the doctor told them, in his own words
    found = said(extractor, "وقال علي الدغريري: «نقل إلى مستشفى خاص في عسير، وعقب إجرائها أفادنا الطبيب المشرف على "
                            "حالة المريض أنه بحاجة إلى عملية أخرى مدعيا أن الاولى لا تكفي» .")
    assert found[0].source.label == "علي الدغريري" and "أفادنا الطبيب" in found[0].quote
    # (the title runs on through its preposition, as the gold writes it: «الطبيب المشرف على حالة المريض»)
    assert ("أفاد", "الطبيب المشرف على حالة المريض", "بحاجة إلى عملية أخرى") in [
        (c.cue, c.source.label, c.text) for c in found]


def test_a_denial_joined_by_and_is_a_proposition_of_its_own(extractor):
    # unseen-2015 alriyadh-2015-08-07-841: "… ولا صحة لـ…، بل …": asserted, denied, then the correction asserted
    found = said(extractor, "وأوضح سعدي حجي الجردان رئيس شؤون رعايا السعوديين في السفارة بأن السفارة تواصلت مع الأمن "
                            "الأردني حيال ما يتم تداوله ولا صحة لمقتل مواطن سعودي ثلاثيني على الأراضي الأردنية، بل "
                            "الحادثة التي يتم تداولها وقعت لشخص من الجنسية الأردنية يعمل في السعودية.")
    assert [(c.polarity, c.text) for c in found] == [
        ("asserted", "السفارة تواصلت مع الأمن الأردني حيال ما يتم تداوله"),
        ("denied", "لا صحة لمقتل مواطن سعودي ثلاثيني على الأراضي الأردنية"),
        ("asserted", "الحادثة التي يتم تداولها وقعت لشخص من الجنسية الأردنية يعمل في السعودية")]
    assert found[1].cue == "لا صحة"


def test_in_addition_that_opens_a_second_content_clause(extractor):
    # unseen-2015-b okaz-2015-08-04-1213: "…، بالإضافة إلى أن ذلك سيدعم …" is a second proposition
    found = said(extractor, "وقال إبراهيم العقيلي إنه سيكون من الواضح حاليا انخفاض كلفة النقل والشحن، بالإضافة إلى أن "
                            "ذلك سيدعم نمو حركة التجارة العالمية، وبالتالي زيادة المناولة في الموانئ السعودية.")
    assert [c.text for c in found] == [
        "سيكون من الواضح حاليا انخفاض كلفة النقل والشحن",
        "ذلك سيدعم نمو حركة التجارة العالمية، وبالتالي زيادة المناولة في الموانئ السعودية"]
