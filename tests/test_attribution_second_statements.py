"""Session 21 (issue 14): the rules' misses in sentences where they already made a claim (a second statement or a
second speaker in one sentence). Made-up sentences, with the stanza parse and with the rules alone."""

from __future__ import annotations

from tests.test_attribution_missed_sides import said  # (cue, source as written, quote) of each report
from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)


def test_a_body_speaking_through_its_spokesman_is_the_speaker(extractor):
    # "أكدت X على لسان Y أن …": the verb's subject said it, "على لسان" names the channel, and the words are what
    # follows the complementizer, not the clause before the verb
    found = said(extractor, "فيما شكلت الهيئة الوطنية لجنة للتحقيق في شكوى مواطن، أكدت مديرية الشؤون الصحية في "
                            "المنطقة على لسان مدير إدارة العلاقات العامة والمتحدث الرسمي عارف الشمري أن ما تعاني "
                            "منه الطفلة هو التهاب جلدي.")
    assert [(cue, quote) for cue, _, quote in found] == [("أكدت", "ما تعاني منه الطفلة هو التهاب جلدي")]
    assert found[0][1].startswith("مديرية الشؤون الصحية")
    (c,) = said(extractor, "وقالت الشركة على لسان مديرها العام إن الأسعار لن ترتفع هذا العام.")
    assert c == ("قالت", "الشركة", "الأسعار لن ترتفع هذا العام")


def test_on_the_tongue_of_alone_still_names_the_speaker(extractor):
    # no verb of saying before it: "على لسان Y" is the frame, Y the speaker (unchanged)
    (c,) = said(extractor, "وجاء على لسان المتحدث أن الأسعار لن ترتفع هذا العام.")
    assert c == ("على لسان", "المتحدث", "الأسعار لن ترتفع هذا العام")
    # a comma between the verb's words and the frame: the words are the verb's, the frame is no channel of the verb
    found = said(extractor, "وأكدت الوزارة أن الأسعار لن ترتفع هذا العام، على لسان المتحدث باسمها.")
    assert found and found[0][0] == "أكدت" and found[0][2].startswith("الأسعار لن ترتفع")


def test_a_quotation_after_the_participles_words_is_the_verbs(extractor):
    # "وقال X، مشيرا إلى أن A: «Q»": the verb said nothing before the participle; Q is its words, A the participle's
    found = said(extractor, "وقال المتحدث، مشيرا إلى أن الرحلة اليومية ستعود في ربيع 2016: «يأتي الخفض وسط "
                            "زيادة الطاقة التشغيلية».")
    assert ("مشيرا", "المتحدث", "الرحلة اليومية ستعود في ربيع 2016") in found
    assert ("قال", "المتحدث", "يأتي الخفض وسط زيادة الطاقة التشغيلية") in found


def test_no_quotation_of_the_verb_where_it_said_something_or_none_ends_the_sentence(extractor):
    # the verb has words of its own: the participle keeps all of its words
    found = said(extractor, "وقال المتحدث إن الشركة خفضت رحلاتها، مشيرا إلى أن الرحلة اليومية ستعود في ربيع 2016: "
                            "«يأتي الخفض وسط زيادة الطاقة التشغيلية».")
    assert [cue for cue, _, _ in found] == ["قال", "مشيرا"]
    assert found[0][2] == "الشركة خفضت رحلاتها"
    # a colon and no quotation: a list in the participle's own words, one claim
    (c,) = said(extractor, "وقال المتحدث، مشيرا إلى أن الرحلات ستعود في الربيع: الأولى إلى دبي والثانية إلى "
                           "الدوحة.")
    assert c[0] == "مشيرا" and c[2].endswith("والثانية إلى الدوحة")
    # the quotation does not end the sentence ("…: «Q» وأن …"): no verb's claim is made of it
    found = said(extractor, "وقال المتحدث، مشيرا إلى أن الرحلة اليومية ستعود في ربيع 2016: «يأتي الخفض وسط "
                            "زيادة الطاقة التشغيلية» وأن الشركة ستعوض المسافرين.")
    assert all(cue != "قال" for cue, _, _ in found)


def test_a_participles_words_without_a_complementizer(extractor):
    # "…، مضيفا المؤسسة ستراعي …": the participle has no subject of its own, so a definite noun and a future verb
    # after it are its words, the first speaker's second statement
    found = said(extractor, "وأكد المدير أن الصندوق سيخضع لرقابة صارمة، مضيفا المؤسسة ستراعي عملية الاستقرار "
                            "المالي للسوق.")
    assert found == [("أكد", "المدير", "الصندوق سيخضع لرقابة صارمة"),
                     ("مضيفا", "المدير", "المؤسسة ستراعي عملية الاستقرار المالي للسوق")]


def test_no_words_for_a_participle_followed_by_a_plain_noun_phrase(extractor):
    # a noun phrase with no verb after it is no statement: one claim, the verb's
    (c,) = said(extractor, "وأكد المدير أن الصندوق سيخضع لرقابة صارمة، مضيفا المزيد من التفاصيل حول الخطة.")
    assert c == ("أكد", "المدير", "الصندوق سيخضع لرقابة صارمة")
