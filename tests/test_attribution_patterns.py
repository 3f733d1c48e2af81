"""Reported-speech shapes that failed as a new user tried them (issue 14), on made-up sentences of the
same shape, with the stanza parse and with the rules alone: a long organisation name before the date,
relays (an interview published by a newspaper, a newspaper quoting someone), and a reporting verb whose
content opens with a verb of expectation."""

from __future__ import annotations

import pytest

from kg.attribution import AttributionExtractor
from kg.model import Article


@pytest.fixture(scope="module", params=["parse", "rules"])
def extractor(request):
    return AttributionExtractor(nlp=None if request.param == "parse" else False)


def one(extractor, text):
    found = extractor.extract(Article(text=text, date="2015-08-10", publisher="صحيفة المثال")).claims
    assert len(found) == 1, [(c.source.label, c.cue, c.quote) for c in found]
    return found[0]


def test_a_long_organisation_name_before_the_date_is_the_source(extractor):
    c = one(extractor, "قال التحالف الدولي لدعم اللاجئين بقيادة ألمانيا يوم الخميس إنه لم يعد قادرا على "
                       "استقبال مزيد من اللاجئين في المخيمات الحدودية.")
    assert not c.own and c.cue == "قال"
    assert c.source.label == "التحالف الدولي لدعم اللاجئين بقيادة ألمانيا"
    assert not c.source.registered  # not the registered "التحالف الدولي" (the anti-IS coalition)
    assert c.quote == "لم يعد قادرا على استقبال مزيد من اللاجئين في المخيمات الحدودية"
    assert c.date == "2015-08-06"  # the Thursday before publication


def test_a_registered_agency_with_its_descriptor_and_a_call_with_li_stay_as_they_were(extractor):
    c = one(extractor, "قالت وكالة الأناضول للأنباء إن القصف استهدف أحياء سكنية في المدينة.")
    assert c.source.key == "anadolu"
    c = one(extractor, "ودعت تركيا لإقامة منطقة آمنة في شمال سوريا لحماية المدنيين من القصف.")
    assert c.source.label == "تركيا" and c.source.registered


def test_the_person_interviewed_not_the_newspaper_that_published_it(extractor):
    c = one(extractor, "قال رئيس الشركة في مقابلة نشرتها صحيفة لوموند يوم الأحد إن الأرباح تراجعت بنسبة "
                       "كبيرة خلال العام الماضي.")
    assert c.source.label == "رئيس الشركة" and c.cue == "قال"
    assert c.quote == "الأرباح تراجعت بنسبة كبيرة خلال العام الماضي"
    c = one(extractor, "وأكد المتحدث في تصريحات نقلتها وكالة الأنباء الفرنسية أن القوات استعادت السيطرة "
                       "على البلدة.")
    assert c.source.label == "المتحدث" and c.cue == "أكد"


@pytest.mark.parametrize("text", [
    "نقلت صحيفة الحياة عن مسؤول في الوزارة قوله إن المفاوضات ستستأنف الأسبوع المقبل في جنيف.",
    "نقلت صحيفة الحياة عن مسؤول في الوزارة أن المفاوضات ستستأنف الأسبوع المقبل في جنيف.",
])
def test_a_newspaper_quoting_someone_gives_the_one_quoted(extractor, text):
    c = one(extractor, text)
    assert c.source.label == "مسؤول في الوزارة" and c.source.type == "anonymous-source"
    assert c.quote == "المفاوضات ستستأنف الأسبوع المقبل في جنيف"


@pytest.mark.parametrize("verb", ["يتوقع", "يرجح", "يستبعد"])
def test_the_reporting_verb_stays_the_cue_and_the_expectation_opens_the_content(extractor, verb):
    c = one(extractor, f"قال الوزير إنه {verb} أن تنتهي الأزمة قبل نهاية العام الحالي بعد الاتفاق الأخير.")
    assert c.cue == "قال" and c.source.label == "الوزير"
    assert c.quote == f"{verb} أن تنتهي الأزمة قبل نهاية العام الحالي بعد الاتفاق الأخير"
    assert c.hedged and c.hedge == verb
