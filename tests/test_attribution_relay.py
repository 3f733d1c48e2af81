"""Session 22 (issue 14): relayed and nested speakers. GUIDE (Sources): in a chain inside one sentence ("A relays B")
the source is the innermost speaker the text names. Made-up sentences, with the stanza parse and with the rules
alone. What the step must not do: take the relaying outlet for the speaker, or split one statement in two."""

from __future__ import annotations

from tests.test_attribution_missed_sides import said  # (cue, source as written, quote) of each report
from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)


def test_a_one_word_inner_speaker_reports_inside_the_outer_ones_words(extractor):
    # "قال X إن الرئيس أكد أن …": a title alone between the complementizer and the verb is the inner speaker, as a
    # longer noun phrase was ("إن وزير الدفاع أكد أن …"); the outer speaker keeps the whole clause
    found = said(extractor, "وقال المتحدث إن الرئيس أكد أن المحادثات ستستأنف الأسبوع المقبل.")
    assert ("قال", "المتحدث", "الرئيس أكد أن المحادثات ستستأنف الأسبوع المقبل") in found
    assert ("أكد", "الرئيس", "المحادثات ستستأنف الأسبوع المقبل") in found
    found = said(extractor, "وقال الوزير إن إيران نفت أي تدخل في البحرين.")
    assert ("نفت", "إيران", "أي تدخل في البحرين") in found


def test_no_one_word_inner_speaker_that_names_nobody(extractor):
    # "إن ذلك يؤكد أن …": a demonstrative is no speaker; the outer speaker's one claim stays whole
    found = said(extractor, "وقال الوزير إن ذلك يؤكد أن المحادثات ستستأنف الأسبوع المقبل.")
    assert found == [("قال", "الوزير", "ذلك يؤكد أن المحادثات ستستأنف الأسبوع المقبل")]
    found = said(extractor, "وقال الوزير إن الهجوم أكد أن الحدود غير آمنة.")
    assert [c[1] for c in found] == ["الوزير"]


def test_a_medium_relaying_a_speaker_gives_the_speakers_claim_only(extractor):
    # "ذكرت الصحيفة أن X قال إن Q": the paper relays X; Q is X's (GUIDE: the innermost speaker), and the paper has no
    # claim of its own whose words are just that report
    found = said(extractor, "وذكرت الصحيفة أن وزير الخارجية قال إن المحادثات ستستأنف الأسبوع المقبل.")
    assert found == [("قال", "وزير الخارجية", "المحادثات ستستأنف الأسبوع المقبل")]
    found = said(extractor, "وقالت الوكالة السورية للأنباء إن الاجتماع بحث الأزمة. وأضافت أن الوزيرين قالا إن أي "
                            "حل ينبغي أن يكون سياسيا.")
    assert ("قالا", "الوزيرين", "أي حل ينبغي أن يكون سياسيا") in found
    assert not any(c[2].startswith("الوزيرين") for c in found)


def test_a_speaker_telling_what_another_said_keeps_a_claim_of_its_own(extractor):
    # not a medium: the minister's telling is his own statement (the gold keeps both: "ذكر نجيب أن أمير قطر أشار …")
    found = said(extractor, "وذكر الوزير أن وزير الخارجية قال إن المحادثات ستستأنف الأسبوع المقبل.")
    assert ("ذكر", "الوزير", "وزير الخارجية قال إن المحادثات ستستأنف الأسبوع المقبل") in found
    assert ("قال", "وزير الخارجية", "المحادثات ستستأنف الأسبوع المقبل") in found


def test_a_frame_set_off_by_commas_between_verb_and_complementizer_relays(extractor):
    # "وأكد X، بحسب Y، أن …": Y relayed X's words, X is the speaker (as without the commas: "وقال X بحسب Y إن …")
    (c,) = said(extractor, "وأكد الوزير، بحسب وكالة الأنباء الرسمية، أن المحادثات ستستأنف الأسبوع المقبل.")
    assert c == ("أكد", "الوزير", "المحادثات ستستأنف الأسبوع المقبل")
    (c,) = said(extractor, "وأكد الوزير، بحسب مصادر مطلعة على الملف، أن المحادثات ستستأنف الأسبوع المقبل.")
    assert c == ("أكد", "الوزير", "المحادثات ستستأنف الأسبوع المقبل")
    # one statement stays one: the frame after the words is still the one who reported them
    (c,) = said(extractor, "وأكد الوزير أن المحادثات ستستأنف الأسبوع المقبل، بحسب مصادر مطلعة.")
    assert c[0] == "أكد" and c[2] == "المحادثات ستستأنف الأسبوع المقبل"


def test_as_relayed_by_an_agency_from_a_speaker_is_the_speakers(extractor):
    # "حسب ما نقلت وكالة X عن Y": the agency relays, Y said it
    (c,) = said(extractor, "وستستأنف المحادثات الأسبوع المقبل، حسب ما نقلت وكالة رويترز عن وزير الخارجية.")
    assert c[0] == "حسب ما نقلت" and c[1] == "وزير الخارجية"
    (c,) = said(extractor, "وقتل عشرة أشخاص، بحسب ما نقل التلفزيون الرسمي عن مصادر طبية.")
    assert c[1] == "مصادر طبية"
    # no one quoted: the agency is the source; "نقلت عنه" still names the sentence's speaker
    (c,) = said(extractor, "وستستأنف المحادثات الأسبوع المقبل، حسبما نقلت وكالة رويترز.")
    assert c[1] == "وكالة رويترز"
    (c,) = said(extractor, "وقال الوزير، بحسب ما نقلت عنه وكالة رويترز، إن المحادثات ستستأنف الأسبوع المقبل.")
    assert c[1] == "الوزير" and c[2] == "المحادثات ستستأنف الأسبوع المقبل"


def test_a_participle_after_a_quoted_speakers_words_is_that_speakers(extractor):
    # «… أفادنا الطبيب أنه بحاجة إلى عملية أخرى مدعيا أن الأولى لا تكفي»: the participle goes on with the doctor,
    # inside the teller's quotation, its closing mark the quotation's
    found = said(extractor, "وقال المواطن: «نقل شقيقي إلى مستشفى خاص، وعقب إجراء العملية أفادنا الطبيب المشرف على "
                            "حالته أنه بحاجة إلى عملية أخرى مدعيا أن الأولى لا تكفي».")
    assert ("أفاد", "الطبيب المشرف على حالته", "بحاجة إلى عملية أخرى") in found
    assert ("مدعيا", "الطبيب المشرف على حالته", "الأولى لا تكفي") in [(a, b, q.rstrip("»")) for a, b, q in found]
    assert any(c[1] == "المواطن" for c in found)


def test_a_body_that_told_the_speaker_in_a_relative_clause_is_the_source_of_what_it_told(extractor):
    # "… تواصل مع الهيئة الوطنية لحقوق الإنسان التي أفادته بتشكيل لجنة": the body told him; the speaker's own
    # words keep the whole clause
    found = said(extractor, "وقال المحامي إنه تواصل مع الهيئة الوطنية لحقوق الإنسان التي أفادته بتشكيل لجنة لمعرفة "
                            "أسباب الحروق.")
    assert ("أفادت", "الهيئة الوطنية لحقوق الإنسان", "تشكيل لجنة لمعرفة أسباب الحروق") in found
    assert any(c[1] == "المحامي" and c[2].startswith("تواصل مع الهيئة الوطنية") for c in found)


def test_no_teller_in_a_relative_clause_whose_noun_names_nobody(extractor):
    # "الأوراق التي أفادت بـ…": a thing, the speaker's own evidence: one claim, the speaker's
    found = said(extractor, "وقال المحامي إنه اطلع على الأوراق التي أفادت بتشكيل لجنة لمعرفة أسباب الحروق.")
    assert [c[1] for c in found] == ["المحامي"]
