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
