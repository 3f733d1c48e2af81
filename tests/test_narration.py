"""The outlet's own checkable narration after its lead (kg.attribution.narration), on sentences of real
articles of the 2015 dev samples (rules only: the narration gate reads no parse)."""

from __future__ import annotations

import pytest

from kg.attribution import AttributionExtractor
from kg.attribution.narration import narration_gate, toll_figure
from kg.model import Article
from kg.text import normalize

LEAD = "أعلن التحالف العربي أمس أن قواته تواصل دعم المقاومة الشعبية في محافظات اليمن الجنوبية."


@pytest.fixture(scope="module")
def extractor():
    return AttributionExtractor(nlp=False)


def own_after_lead(extractor, *sentences, publisher="alwatan"):
    text = " ".join((LEAD,) + sentences)
    ext = extractor.extract(Article(text=text, publisher=publisher, date="2015-08-11"))
    return [c for c in ext.claims if c.own and c.sentence > 0]


def test_a_toll_in_the_days_roundup_is_the_outlets_claim(extractor):
    # alwatan, 11 Aug 2015 (sample 8): the same strikes alriyadh counts as 8 dead
    sent = ("في غضون ذلك، شنت طائرات التحالف غارات عنيفة استهدفت مواقع وتعزيزات حوثية بجبهة مجزر، أسفرت عن "
            "مقتل 16 منهم بجبهة حلحلان، كانوا على متن طقم عسكري يتجه لتعزيز الانقلابيين.")
    (c,) = own_after_lead(extractor, sent)
    assert c.quote == sent.rstrip(".") and c.cue is None and c.polarity == "asserted"
    assert c.source.label == "alwatan" and c.source.type == "outlet-own" and c.checkworthiness >= 0.75


def test_control_of_a_place_with_its_day(extractor):
    # alriyadh, 10 Aug 2015 (sample 8): districts taken "yesterday", named by their kind (مديرية)
    sent = ("فبعد سيطرة المقاومة على مديرية حزم العدين السبت، تمكنت المقاومة امس من بسط سيطرتها على مديريتي "
            "النادرة والقفر.")
    assert [c.quote for c in own_after_lead(extractor, sent, publisher="alriyadh")] == [sent.rstrip(".")]
    # the deed after its fifth word is not read as the sentence's ("خاضت … معارك …، وسيطرت على المدينة")
    assert not narration_gate("خاضت المقاومة الشعبية في جنوب اليمن اليوم (الاثنين)، معارك ضد قوات الحوثي في لودر "
                              "الجنوبية، وسيطرت على المدينة", "")


def test_a_recent_pluperfect_is_news_but_older_history_is_not():
    # aawsat, 9 Aug 2015: "had taken, last Friday" is the news before today's; a month back is background
    assert narration_gate("وكانت المقاومة الشعبية سيطرت الجمعة الماضي على معسكر «الصدرين» الإستراتيجي في جبل "
                          "«مريس»", "")
    assert not narration_gate("وكان التنظيم قد سيطر على مدينة تدمر في مايو الماضي بعد معارك مع قوات النظام", "")
    # «قد» before a past verb is certainty, not a hedge (only before a present verb: «قد يسيطر»)
    assert narration_gate("وكانت المقاومة قد سيطرت الجمعة الماضي على مدينة زنجبار بعد معارك عنيفة", "")
    assert not narration_gate("وقد تسيطر المقاومة الجمعة المقبل على مدينة زنجبار بعد معارك عنيفة", "")


def test_an_undated_toll_later_in_an_article_is_a_recap(extractor):
    # aleqtisadiya, 7 Aug 2015 (sample 6): the May bombing retold; as a claim of the day it contradicted a count
    # of a Mali hotel attack. "صلاة الجمعة" is a prayer, not the day.
    sent = ("كما قام التنظيم الإرهابي بتفجير مسجد الإمام علي في بلدة القديح التابعة لمحافظة القطيف، حيث قام "
            "انتحاري يرتدي حزاما ناسفا بتفجير نفسه وسط المصلين أثناء أداء صلاة الجمعة ما أسفر عن سقوط 21 قتيلا "
            "و102 جريح.")
    assert own_after_lead(extractor, sent) == []


def test_conflicting_accounts_and_aims_are_not_facts_taken(extractor):
    assert own_after_lead(extractor, "من جهة اخرى وقع انفجار في بلدة كوباني الحدودية السورية امس الاثنين "
                                     "وتضاربت الروايات عن سببه.") == []
    assert own_after_lead(extractor, "ويسعى الجيش أمس لاستعادة الأراضي التي انتزعها المقاتلون في محافظة "
                                     "إدلب.") == []


def test_a_figure_counts_a_toll_only_next_to_its_word():
    # sn-37: "48" names the Palestinians of 1948, not the wounded
    assert not toll_figure(normalize("وفي السنة الأخيرة بدأت تسمح لفلسطينيي 48 بتقديم مساعدات إنسانية إلى "
                                     "هؤلاء الجرحى").split())
    assert toll_figure(normalize("ولقي أربعة أشخاص مصرعهم بينما أصيب 20 آخرون بجروح متفاوتة").split())


def test_what_a_quoted_source_said_stays_its_own(extractor):
    # aawsat, 10 Aug 2015: the outlet retells the commander's announcement in its own words
    said = ("وأعلن عبد اللطيف السيد، قائد اللجان الشعبية في محافظة أبين، أمس عن تحرير مدينة زنجبار عاصمة "
            "المحافظة وطرد قوات الحوثي وصالح.")
    retold = ("وتمكنت المقاومة وقوات الجيش، أمس من تحرير مدينة زنجبار عاصمة محافظة أبين جنوب اليمن، من ميليشيات "
              "الحوثي والرئيس المخلوع صالح، عقب معارك عنيفة.")
    assert own_after_lead(extractor, said, retold) == []
    assert [c.quote for c in own_after_lead(extractor, retold)] == [retold.rstrip(".")]


def test_a_speakers_next_sentence_and_an_opening_reporting_verb_are_not_the_outlets(extractor):
    toll = "قتل 12 شخصا أمس في انفجار سيارة مفخخة في مدينة الرمادي غرب بغداد."
    assert own_after_lead(extractor, "وأضاف المتحدث باسم الشرطة:", toll) == []
    assert own_after_lead(extractor, "واعتبر الشامي أمس الأسر المنتجة ركيزة أساسية بعد مقتل 12 شخصا في "
                                     "مدينة الرمادي.") == []
    assert own_after_lead(extractor, "وقال المصدر: «" + toll.rstrip(".") + "»", toll) == []
