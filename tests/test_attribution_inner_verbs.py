"""Reports lost or cut on unseen news (session 18, ext21, issue 14): a content whose own verb is on the cue list
("أنها أقرت …", "أن الانتخابات جاءت في …"), a participle after the act of a speaker already quoted, "at the same
time" ending what was said, and «شيئا يذكر» ("worth mentioning"), no report: made-up sentences, with the stanza
parse and with the rules alone."""

from __future__ import annotations

from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)
from tests.test_attribution_missed_sides import said  # (cue, source as written, quote) of each report


def test_a_content_whose_own_verb_is_a_cue_is_still_what_was_said(extractor):
    # the verb right after the complementizer (and its subject) is the content's, not a new report cutting it
    text = ("وأعلنت تركيا يوم أمس أنها أقرت قيام «منطقة عسكرية أمنية مؤقتة» في ثلاث مناطق على الحدود السورية "
            "لمدة 15 يوما.")
    assert said(extractor, text) == [
        ("أعلنت", "تركيا", "أقرت قيام «منطقة عسكرية أمنية مؤقتة» في ثلاث مناطق على الحدود السورية لمدة 15 يوما")]
    text = ("وأشار المسؤول الإعلامي في الائتلاف أحمد كامل إلى أن الانتخابات جاءت في ختام اجتماعات الهيئة العامة "
            "للائتلاف في دورته الثالثة والعشرين.")
    assert said(extractor, text) == [
        ("أشار", "المسؤول الإعلامي في الائتلاف أحمد كامل",
         "الانتخابات جاءت في ختام اجتماعات الهيئة العامة للائتلاف في دورته الثالثة والعشرين")]


def test_a_frames_or_a_verb_of_sayings_report_inside_stays_the_inner_speakers(extractor):
    # a frame relays the report after it, and a verb of saying after a colon quotes its own speaker
    text = "وبحسب الموقع الإخباري، أعلن بوغدانوف أنه سيتم عقد لقاء في الثالث من أغسطس بين لافروف وكيري في الدوحة."
    assert [c[1] for c in said(extractor, text)] == ["بوغدانوف"]


def test_a_participle_after_the_act_of_a_speaker_already_quoted_reports_its_object(extractor):
    text = ("وصرح رئيس الغرفة التجارية المهندس عبدالله المبطي أن الغرفة تضع خدمة الشباب نصب أعينها. "
            "ورفع المهندس المبطي شكره لأمير المنطقة على دعمه الدائم للغرفة، مؤكدا سعي الغرفة إلى تحقيق رؤية "
            "سموه لخدمة المنطقة.")
    assert [c for c in said(extractor, text) if c[0] == "مؤكدا"] == [
        ("مؤكدا", "المهندس المبطي", "سعي الغرفة إلى تحقيق رؤية سموه لخدمة المنطقة")]
    # nobody quoted before: the participle of an act is no report of its object
    text = "ورفع المهندس المبطي شكره لأمير المنطقة على دعمه الدائم للغرفة، مؤكدا سعي الغرفة إلى تحقيق رؤيته."
    assert said(extractor, text) == []


def test_at_the_same_time_opens_the_speakers_next_act(extractor):
    text = ("وقال الوزير إن الوزارة أنهت أعمال الصيانة في الطريق، وفي الوقت نفسه قدم الشكر للعاملين في "
            "المشروع.")
    assert said(extractor, text) == [("قال", "الوزير", "الوزارة أنهت أعمال الصيانة في الطريق")]


def test_worth_mentioning_is_no_report(extractor):
    # «شيئا يُذكر» is "anything worth mentioning", a passive after "anything": no verb of saying, no speaker
    text = "بل إنه لم يفعل شيئا يذكر لمنع هجمات التنظيم على أنصار الحزب في تركيا وندد بمحادثات السلام."
    assert [c for c in said(extractor, text) if c[0] == "يذكر"] == []


def test_in_line_with_a_plan_inside_what_was_said_does_not_end_it(extractor):
    # «وفق/وفقا ل» before a plan or a rule names no speaker: the words go on past it
    text = "وقال أردوغان إن هذه القاعدة ستستخدم وفق معايير محددة."
    assert said(extractor, text) == [("قال", "أردوغان", "هذه القاعدة ستستخدم وفق معايير محددة")]
    text = "وأكد وزير الخارجية عادل الجبير أهمية حل الأزمة في سوريا وفقاً لمقررات جنيف."
    assert said(extractor, text) == [("أكد", "وزير الخارجية عادل الجبير", "أهمية حل الأزمة في سوريا وفقاً لمقررات جنيف")]


def test_a_relay_or_a_relative_came_after_still_ends_what_was_said(extractor):
    # "بحسب الفاو" is FAO's figure inside the government's words; "الذي جاء في أعقاب" (came after) no statement
    text = "وقالت الحكومة إن إنتاج القمح بلغ مليوني طن وهو بحسب الفاو أدنى مستوى في 25 عاما."
    assert all("أدنى مستوى" not in c[2] for c in said(extractor, text) if c[1] == "الحكومة")
    text = ("وأعلنت طالبان مسؤوليتها عن الهجوم على القاعدة العسكرية، الذي جاء في أعقاب تفجير انتحاري خارج أكاديمية "
            "الشرطة.")
    assert all("أعقاب" not in c[2] for c in said(extractor, text))
