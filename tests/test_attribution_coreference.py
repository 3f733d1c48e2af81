"""Coreference of definite descriptions and titles (issue 14): a later «الوزارة», «الأمين العام», «الحركة» or
"متحدث باسم الإدارة" names the source the article introduced in full, on made-up sentences, with the stanza
parse and with the rules alone; a description the article has not introduced stays a source of its own."""

from __future__ import annotations

from tests.test_attribution_patterns import attributed as claims, extractor  # noqa: F401 (a fixture)


def test_the_ministry_is_the_ministry_named_before(extractor):
    first, later = claims(extractor, "أعلنت وزارة الخدمة المدنية أن التسجيل في الوظائف التعليمية يبدأ الأحد المقبل. "
                                     "وأوضحت الوزارة أن التقديم سيكون عبر موقعها الإلكتروني فقط.", 2)
    assert first.source.label == "وزارة الخدمة المدنية"
    assert later.source.label == "الوزارة"  # as written here …
    assert later.source.key == first.source.key  # … but the same source, named in full
    assert later.source.name == "وزارة الخدمة المدنية"


def test_a_title_is_the_person_it_introduced(extractor):
    first, later = claims(extractor, "قال المدير العام لهيئة الطيران المدني سليمان الحمدان إن المطار الجديد "
                                     "سيفتتح العام المقبل. وأضاف المدير العام أن العمل في المشروع تجاوز نصفه.", 2)
    assert later.source.key == first.source.key
    assert later.source.label == "المدير العام"


def test_a_movement_and_an_agency_after_their_full_names(extractor):
    found = claims(extractor, "قالت حركة الشباب الديمقراطي في بيان إن أنصارها سيتظاهرون يوم الجمعة. وذكرت "
                              "وكالة الأنباء المحلية أن الشرطة أغلقت الساحة. وأكدت الحركة أن المظاهرة ستكون "
                              "سلمية. وأضافت الوكالة أن المحلات أغلقت أبوابها.", 4)
    movement, agency, movement_again, agency_again = found
    assert movement_again.source.key == movement.source.key
    assert agency_again.source.key == agency.source.key
    assert movement.source.key != agency.source.key


def test_a_spokesperson_of_the_administration_speaks_for_it(extractor):
    body, spokesperson = claims(extractor, "قالت الإدارة الوطنية لسلامة المرور إنها ستحقق في أسباب الحادث. وقال "
                                           "متحدث باسم الإدارة إن هذا أول استدعاء من نوعه.", 2)
    assert spokesperson.source.key == body.source.key
    assert spokesperson.source.label == "متحدث باسم الإدارة"


def test_a_short_mention_does_not_hide_the_full_name(extractor):
    # the second mention is «الوزارة»; «الخارجية» must still find «وزارة الخارجية الروسية»
    found = claims(extractor, "أعلنت وزارة الخارجية الروسية أن الوزير سيزور الرياض الأسبوع المقبل. وقالت الوزارة "
                              "إن المحادثات ستتناول الأزمة في اليمن. وذكرت الخارجية أن الزيارة تستمر يومين.", 3)
    assert len({c.source.key for c in found}) == 1


def test_a_description_the_article_did_not_introduce_stays_its_own(extractor):
    health, body = claims(extractor, "أعلنت وزارة الصحة أن عدد الإصابات ارتفع إلى عشرين. وقالت الهيئة إن "
                                     "الأسواق ستغلق يوم الجمعة.", 2)
    assert body.source.key != health.source.key
    assert body.source.label == "الهيئة"
