"""A contradiction is about one event (kg.relate.single_event): each check stops one shape of wrong contradiction read on
fresh news (tests/gold/graph-relations-sample-8: the stored sentences) and lets the right one of the same shape
through (the Kabul police's toll against the Taliban's denial; the Division 30 counts; the seed's Palmyra)."""

from __future__ import annotations

from kg.model import Relation
from kg.places import listed_places
from kg.relate import facts, places_differ
from kg.relate.conflicts import METHOD, count_conflict, denial_conflict
from kg.relate.denials import corpus_verdict
from kg.relate.single_event import (RevisedFigures, anaphoric_denial_rail, bare_denial, bare_denial_rail,
                                    count_place_rail, evaluation_rail, model_alone_rail, names_no_event, off_time,
                                    one_event_sign, outlook, own_spots, outlook_rail, own_revision_rail, places_apart_rail,
                                    revision_rail, scope_rail, sides_rail, single_event_rail)

RULES = Relation("contradicts", 0.7, "a conflict rule", METHOD)
MODEL = Relation("contradicts", 0.8, "the model's reading", "ans-logreg-v1")

TALIBAN = facts("مقتل أي مدنيين أفغان في الهجوم", "denied")  # «ونفى مقتل أي مدنيين أفغان في الهجوم»
POLICE = facts("الاعتداء أدى إلى مقتل خمسة مدنيين")  # the Kabul police, the same day
LAST_WEEK = facts("حالة التأهب القصوى على اثر هجمات الأسبوع الماضي التي أسفرت عن مقتل 50 شخصا على الأقل من "
                  "المدنيين ورجال الأمن في أسوأ موجة عنف تشهدها المدينة منذ سنوات")
NATO = facts("الهجوم على قاعدة عسكرية أمريكية في كابول مساء الجمعة أسفر عن مقتل ثمانية مدنيين يعملون في مهمة الحلف "
             "في افغانستان")


def test_a_denial_of_the_attack_names_no_event_one_of_a_named_abduction_does():
    assert names_no_event(TALIBAN)
    assert not names_no_event(facts("خطف جبهة النصرة مقاتلين من الفرقة 30", "denied"))
    assert not names_no_event(facts("سقوط قتلى مدنيين في الهجوم على مطار كابول", "denied"))  # كابول: a name
    assert not names_no_event(POLICE)  # not denied: nothing to resolve


def test_off_time_is_a_time_other_than_the_report_s_day():
    assert off_time(LAST_WEEK)
    assert off_time(facts("وقبل أقل من 24 ساعة على هذا الهجوم دمر انفجار شاحنة مفخخة حيًا سكنيًا في وسط كابول"))
    assert not off_time(POLICE)
    assert not off_time(facts("قوات أمنية مشتركة نفذت صباح اليوم عملية استهدفت تجمعات التنظيم"))


def test_an_anaphoric_denial_keeps_the_report_of_its_day_only():
    # the same day, the police's toll: it stands, either order
    assert anaphoric_denial_rail(RULES, POLICE, TALIBAN, "2015-08-11", "2015-08-11") is None
    assert anaphoric_denial_rail(RULES, TALIBAN, POLICE, "2015-08-11", "2015-08-11") is None
    # NATO's toll three days before: another attack
    rail = anaphoric_denial_rail(RULES, NATO, TALIBAN, "2015-08-08", "2015-08-11")
    assert rail is not None and rail.relation == "unrelated" and rail.why.startswith("single-event anaphoric-denial")
    assert anaphoric_denial_rail(RULES, TALIBAN, NATO, "2015-08-11", "2015-08-08") is not None
    # the same day and the same article, but last week's attacks
    assert anaphoric_denial_rail(RULES, LAST_WEEK, TALIBAN, "2015-08-11", "2015-08-11") is not None
    # a denial that names its event is not this rail's: days apart is the denial rule's business
    pentagon = facts("خطف جبهة النصرة مقاتلين من برنامج التدريب الأمريكي", "denied")
    sohr = facts("خطفت جبهة النصرة ثمانية عناصر من الفرقة 30 قرب مدينة أعزاز")
    assert anaphoric_denial_rail(RULES, sohr, pentagon, "2015-07-29", "2015-07-31") is None


def test_an_evaluation_is_not_a_denial_of_a_report():
    allawi = facts("التوجيهات الأخيرة والتي صدرت عن رئيس الحكومة حيدر العبادي غير صحيحة وغير دستورية")
    cabinet = facts("البرنامج الحكومي الذي أقره مجلس الوزراء منسجم مع توجيهات المرجعية الدينية")
    rail = evaluation_rail(RULES, cabinet, allawi)
    assert rail is not None and rail.why.startswith("single-event evaluation")
    assert evaluation_rail(RULES, allawi, cabinet) is not None
    # a report as the subject, or nothing before it: a denial, not stopped
    rumour = facts("الأنباء التي تحدثت عن انسحاب القوات من المدينة غير صحيحة")
    assert evaluation_rail(RULES, rumour, facts("انسحاب القوات من المدينة")) is None
    assert evaluation_rail(RULES, facts("غير صحيح أن القوات انسحبت من المدينة"), cabinet) is None


def test_counts_need_a_place_and_not_two_districts():
    taiz = facts("تمكنت المقاومة من أسر 3 من المسلحين الحوثيين واغتنام طقم عسكري ورشاش")
    ibb = facts("المقاومة تمكنت من أسر عشرة من المسلحين الحوثيين، إضافة إلى اغتنام طاقمين")
    rail = count_place_rail(RULES, taiz, ibb)
    assert rail is not None and "no place" in rail.why and count_place_rail(RULES, ibb, taiz) is not None
    east = facts("قوات الجيش العراقي قامت بتنفيذ هجمات على أوكار تنظيم داعش في مناطق حصيبة الشرقية وجزيرة الخالدية "
                 "شمال وشرق الرمادي فقتلت 16 مسلحا من داعش")
    north = facts("قوات أمنية مشتركة نفذت عملية استهدفت تجمعات التنظيم في منطقة الحامضية وجزيرة الأنبار شمالي مدينة "
                  "الرمادي مما أسفر عن مقتل 22 من عناصره")
    assert count_place_rail(RULES, east, north) is not None and count_place_rail(RULES, north, east) is not None
    # Division 30: one side names where (Azaz), the other leaves it to its context: one abduction, it stands
    hassan = facts("هاجمتها جبهة النصرة وخطفت قائد الفرقة نديم الحسن مع 17 من مقاتليه يوم الخميس الماضي")
    azaz = facts("وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء قرب مدينة اعزاز في ريف حلب الشمالي")
    assert count_conflict(hassan, azaz, "2015-07-30", "2015-07-29") is not None
    assert count_place_rail(RULES, hassan, azaz) is None and count_place_rail(RULES, azaz, hassan) is None
    # one district on both sides (حي الراشدين): one battle
    rashidin = facts("مقتل 50 عنصراً لقوات النظام، إثر اشتباكات مع فصائل فتح حلب، في حي الراشدين")
    attempt = facts("قتلت عشرين عنصراً لقوات النظام، خلال محاولتهم اقتحام حي الراشدين بحلب")
    assert count_place_rail(RULES, rashidin, attempt) is None


# the seed's Palmyra, 25 March 2016 (one article; both placed in Palmyra by their article)
ENTER = facts("قوات النظام السوري تدخل تدمر", places=["palmyra"])
NO_ENTRY = facts("لا صحة لدخول قوات النظام للمدينة", places=["palmyra"])
# the corpus, 7 August 2015 (one article): Turkmen fighters waiting for Turkey's orders, and Turkey itself
TURKMEN = facts("تم تجهيز نحو 1500 مقاتل تركماني ينتظرون الأوامر التركية للدخول إلى الأراضي السورية لفرض إقامة "
                "المنطقة الآمنة بالتعاون مع فصائل أخرى موجودة في الداخل السوري وأبرزها الجبهة الشامية", places=["aleppo"])
TURKEY = facts("تركيا لن تدخل إلى الأراضي السورية «مبدئيا» بهدف إقامة المنطقة الآمنة", places=[])


def test_the_model_alone_stands_inside_one_article_only():
    assert model_alone_rail(MODEL, ENTER, NO_ENTRY, same_article=True) is None
    rail = model_alone_rail(MODEL, ENTER, NO_ENTRY, same_article=False)
    assert rail is not None and rail.relation == "unrelated" and rail.method == MODEL.method
    assert model_alone_rail(RULES, ENTER, NO_ENTRY, same_article=False) is None  # a conflict rule's is not the model's


def test_inside_one_article_the_model_alone_needs_a_place_name_or_group_in_common():
    """An article may be a digest of several stories: a shared country (Turkey, Syria) is not one event."""
    assert one_event_sign(ENTER, NO_ENTRY)  # one place, by the article
    assert not one_event_sign(TURKMEN, TURKEY)
    rail = model_alone_rail(MODEL, TURKMEN, TURKEY, same_article=True)
    assert rail is not None and "model-alone" in rail.why


# two car bombs of one day in Baghdad, 21 July 2015 (the Syria corpus): a security source and the interior ministry
SADR_CITY = facts("أن شخصا قتل، وأصيب خمسة آخرون بتفجير مماثل في منطقة الحبيبية بمدينة الصدر، شرقي بغداد")
NEW_BAGHDAD = facts("واستهدف أكثر الهجمات دموية منطقة بغداد الجديدة في شرق العاصمة، حيث قتل 19 شخصا وأصيب 43، بحسب "
                    "مصدر في وزارة الداخلية")


def test_reports_placed_in_two_districts_of_one_city_are_two_events():
    rail = places_apart_rail(RULES, SADR_CITY, NEW_BAGHDAD)
    assert rail is not None and "places-apart" in rail.why
    assert single_event_rail(RULES, SADR_CITY, NEW_BAGHDAD) is not None
    # a district and its city, or a place on one side only, say nothing
    in_baghdad = facts("قتل 19 شخصا وأصيب 43 في تفجير سيارة مفخخة استهدف سوقا تجارية في بغداد")
    assert places_apart_rail(RULES, SADR_CITY, in_baghdad) is None
    assert places_apart_rail(RULES, SADR_CITY, facts("قتل 19 شخصا وأصيب 43 في تفجير سيارة مفخخة")) is None


def test_a_count_over_places_listed_together_is_not_one_of_them():
    # the Observatory, 6 August 2015 (the Syria corpus): coalition strikes over 48 hours in three provinces, and its
    # count for one strike near Tabqa in Raqqa's countryside
    three = ("أفاد المرصد السوري لحقوق الإنسان بمقتل 51 عدد عناصر تنظيم داعش خلال الـ 48 ساعة جراء قصف طائرات التحالف "
             "الدولي بشكل مكثف تمركزات ومواقع وحواجز التنظيم في دير الزور والحسكة والرقة")
    tabqa = facts("بينما قتل 29 منهم في استهداف لمنطقة معسكر الكرين قرب مدينة الطبقة بريف الرقة الغربي")
    assert listed_places(three) == {"deir-ez-zor", "hasakah", "raqqa"}
    rail = scope_rail(RULES, facts(three), tabqa)
    assert rail is not None and "scope" in rail.why and scope_rail(RULES, tabqa, facts(three)) is not None
    assert scope_rail(RULES, facts(three), facts(three.replace("51", "45"))) is None  # one scope
    # places in two clauses are no list: «مدينة تعز …، في وقت … في محافظة أبين» (sample 6's articles)
    assert listed_places("قتل 15 من المسلحين الحوثيين في مدينة تعز وسط البلاد، في وقت تستعد فيه القوات الشرعية "
                         "لاستعادة مدينتين استراتيجيتين في محافظة أبين") == set()
    # a place named as a bearing is not where the event is: «محافظة ديالى شمال شرق بغداد» (sample 8's articles)
    assert own_spots(facts("مقتل 33 شخصاً أمس الاثنين في تفجيرات استهدفت مناطق ذات غالبية شيعية في محافظة ديالى شمال "
                           "شرق بغداد")) == {"diyala"}


def test_a_bare_denied_fragment_contradicts_only_its_own_article():
    """Sample 6: the Taliban's «مقتل الرجل» (an Afghan MP on a reported killing) against the Sevare hotel siege."""
    man = facts("مقتل الرجل", "denied")
    mali = facts("قتيلين وثلاثة جرحى في صفوف القوات المسلحة المالية سقطوا كما تم قتل مسلح كان يحمل حزاما ناسفا، "
                 "وهناك جثة لرجل ابيض امام الفندق")
    assert bare_denial(man) and not bare_denial(TALIBAN) and not bare_denial(POLICE)
    assert bare_denial_rail(RULES, mali, man, same_article=False) is not None
    assert bare_denial_rail(RULES, mali, man, same_article=True) is None


def test_a_speaker_s_two_tolls_are_its_update():
    first = facts("حدث تفجير في جموع المصلين نتج عنه استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين")
    revised = facts("حدث تفجير في جموع المصلين، نتج عنه استشهاد 15 رجل أمن من بينهم 3 عاملين بالموقع")
    rel = Relation("contradicts", 0.6, "different death tolls", METHOD)
    assert own_revision_rail(rel, first, revised, independent=False) is not None
    assert own_revision_rail(rel, revised, first, independent=False) is not None
    assert own_revision_rail(rel, first, revised, independent=True) is None  # two sources: a conflict


FIRST = "أثناء قيام مجموعة من منسوبي قوات الطوارئ الخاصة بمنطقة عسير بأداء صلاة الظهر حدث تفجير نتج عنه استشهاد عشرة " \
        "من منسوبي القوات إضافة إلى ثلاثة من العاملين في الموقع وإصابة تسعة آخرين"
REVISED = "أثناء قيام مجموعة من منسوبي قوات الطوارئ الخاصة بمنطقة عسير بأداء صلاة الظهر حدث تفجير نتج عنه استشهاد 15 " \
          "رجل أمن من بينهم 3 عاملين بالموقع فيما أصيب 7 آخرون"


def test_a_toll_and_its_revision_by_one_body_are_an_update_quoted_twice():
    # the ministry gave 10 + 3 at noon and 15 later the same day; an outlet quotes the first, another the second
    ministry = RevisedFigures(lambda: [(facts(FIRST), {"interior-ministry"}, "2015-08-06"),
                                       (facts(REVISED), {"interior-ministry"}, "2015-08-06")])
    outlet_first = facts("وقف أمير منطقة عسير على موقع التفجير الذي استهدف مسجد قوات الطوارئ مما نتج عنه استشهاد 10 من "
                         "منسوبي القوات إضافة إلى 3 من العاملين في الموقع")
    outlet_second = facts("طالت يد الغدر مصلين في مسجد تابع لقوات الطوارئ في منطقة عسير مما أسفر عن استشهاد 15 شخصا")
    rel = Relation("contradicts", 0.6, "different death tolls", METHOD)
    for a, b in ((outlet_first, outlet_second), (outlet_second, outlet_first)):
        rail = revision_rail(rel, a, b, "2015-08-06", "2015-08-06", ministry)
        assert rail is not None and "interior-ministry" in rail.why and rail.relation == "unrelated"
    # 17: a figure no one gave and revised, against 10 + 3: a conflict, in either order
    wrong = facts("ندد شيوخ المملكة التفجير الانتحاري في مسجد قوات الطوارئ ونتج عن ذلك استشهاد 17 رجل أمن")
    assert revision_rail(rel, outlet_first, wrong, "2015-08-06", "2015-08-06", ministry) is None
    assert revision_rail(rel, wrong, outlet_first, "2015-08-06", "2015-08-06", ministry) is None
    # the ministry's figures of another day say nothing about this day's reports
    assert revision_rail(rel, outlet_first, outlet_second, "2015-08-08", "2015-08-08", ministry) is None


def test_corpus_verdict_applies_the_checks():
    # the conflict rule pairs the denial with NATO's toll (shared «مقتل، مدني، هجوم»); the check stops it
    assert denial_conflict(NATO, TALIBAN, "2015-08-08", "2015-08-11") is not None
    assert corpus_verdict(None, NATO, TALIBAN, 0.3, "2015-08-08", "2015-08-11") is None
    entered = facts("قوات النظام السوري تدخل تدمر", places=["palmyra"])  # placed by their article
    denial = facts("لا صحة لدخول قوات النظام للمدينة", "denied", places=["palmyra"])
    kept = corpus_verdict(MODEL, entered, denial, 0.5, "2016-03-25", "2016-03-25", same_article=True)
    assert kept.relation == "contradicts"
    apart = corpus_verdict(MODEL, entered, denial, 0.5, "2016-03-25", "2016-03-25", same_article=False)
    assert apart.relation == "unrelated" and "model-alone" in apart.why
    assert single_event_rail(None, entered, denial) is None


# One market report's sentences (SaudiNewsNet, July 2015): the day's move, and what is expected or why
ROSE = "ارتفعت أسعار النفط في التعاملات الآسيوية، اليوم الجمعة، بفعل آمال بحل محتمل لأزمة ديون اليونان"  # 3alyoum
EXPECTED_FALL = "التوقعات ما زالت تشير إلى انخفاض أسعار الخام مع استمرار تخمة المعروض"  # alweeam, 21 July
IRON_FALL = "تتراجع أسعار الحديد الخام بأكثر من الثلث في العام الحالي"  # alyaum: «وتوقع التقرير أن …»
BRENT_FELL = "وهبط خام القياس العالمي مزيج برنت 1.89 دولار إلى 56.84 دولار للبرميل"  # alweeam, 21 July


def test_an_analyst_s_reading_of_the_market_is_an_outlook():
    """Two analysts of one market report disagree about why or what next (blind sample 10: analyses read as "fall
    vs rise"); the source is who says it («محللون», «خبراء»), the cue only «قال»."""
    assert outlook({"text": ROSE, "cue": "وقال", "source": {"label": "محللون"}})
    assert outlook({"text": ROSE, "cue": "قال", "source": {"label": "الخبير الاقتصادي"}})
    assert not outlook({"text": ROSE, "cue": "قال", "source": {"label": "وزارة الداخلية"}})


def test_an_outlook_is_a_forecast_or_a_view_by_its_hedge_cue_or_own_words():
    assert outlook({"text": EXPECTED_FALL})  # «التوقعات»
    assert outlook({"text": IRON_FALL, "cue": "وتوقع"})
    assert outlook({"text": ROSE, "hedged": True, "hedge": "قد"})
    assert not outlook({"text": ROSE, "cue": "قال"}) and not outlook({"text": BRENT_FELL})


def test_the_models_fall_vs_rise_against_a_forecast_is_not_kept_between_two_reports_of_moves_it_is():
    rose = facts(ROSE)
    stopped = outlook_rail(MODEL, rose, facts(EXPECTED_FALL), False, True)
    assert stopped is not None and stopped.relation == "unrelated" and "single-event outlook" in stopped.why
    assert outlook_rail(MODEL, rose, facts(IRON_FALL), False, True) is not None
    assert outlook_rail(MODEL, rose, facts(BRENT_FELL), False, False) is None  # two moves said as facts
    assert outlook_rail(RULES, rose, facts(IRON_FALL), False, True) is None  # a conflict rule's verdict is not the model's
    assert outlook_rail(MODEL, TALIBAN, POLICE, True, True) is None  # no "fall vs rise": other signals are not its business


def test_a_count_with_its_city_on_one_side_and_its_region_on_the_other_is_one_event():
    # the region names where, the city is inside it: the count conflict stands; two provinces apart: none
    aden = facts("وخطفت المليشيات ثمانية من عناصر المقاومة في مدينة عدن مساء الاربعاء")
    crater = facts("وخطفت المليشيات قائد المقاومة مع 17 من عناصره في كريتر مساء الاربعاء")
    taiz = facts("وخطفت المليشيات قائد المقاومة مع 17 من عناصره في تعز مساء الاربعاء")
    assert count_place_rail(RULES, aden, crater) is None
    assert aden.places == {"aden"} and crater.places == {"crater"}  # Crater is a district of Aden
    assert not places_differ(aden, crater) and places_differ(aden, taiz)


def test_a_count_in_words_over_two_listed_places_is_not_one_of_them():
    # made up, after sample 10's border toll (Jazan and Asir listed, the wounded of both, against one post's): the
    # figures are words («خمسة», «تسعة»), which the scope check now reads as figures too
    two = facts("سقطت قذائف على قرى حدودية في جازان ونجران أدت إلى مقتل خمسة مدنيين وإصابة تسعة آخرين")
    one = facts("مقتل ثلاثة مدنيين وإصابة أربعة في سقوط قذائف على قرية حدودية في نجران")
    assert not two.numbers and not one.numbers  # no digits on either side
    rail = scope_rail(RULES, two, one)
    assert rail is not None and "jazan, najran vs najran" in rail.why and scope_rail(RULES, one, two) is not None
    assert scope_rail(RULES, facts("مقتل خمسة مدنيين وإصابة تسعة آخرين في نجران"), one) is None  # one scope
    assert scope_rail(RULES, facts("سقطت قذائف على قرى حدودية في جازان ونجران"), one) is None  # no figure


def test_counts_in_two_named_districts_of_one_province_are_two_battles():
    # made up, after sample 13's Taiz fronts: a «مديرية» is a district
    mashra = facts("قتل 30 من مسلحي الحوثي في مواجهات مع المقاومة في مديرية المسراخ جنوب تعز")
    habashi = facts("قتل 12 من المسلحين الحوثيين في اشتباكات في مديرية جبل حبشي غرب تعز")
    rail = count_place_rail(RULES, mashra, habashi)
    assert rail is not None and "districts" in rail.why and count_place_rail(RULES, habashi, mashra) is not None
    same = facts("قتل 12 من المسلحين الحوثيين في اشتباكات في مديرية المسراخ جنوب تعز")
    assert count_place_rail(RULES, mashra, same) is None  # one district: one battle, the counts still conflict


def test_villages_against_a_district_are_not_two_places_but_two_sides_are_two_tolls():
    # made up, after sample 13's hunted conflict f13-14: «قرى جبل صبر» lie inside «مديرية مشرعة وحدنان»; a district
    # and villages are two levels, which the words alone cannot place apart
    district = facts("قتل 30 من مسلحي الحوثي في مواجهات مع المقاومة في مديرية مشرعة وحدنان جنوب تعز")
    villages = facts("قتل 15 من مسلحي الحوثي في اشتباكات في قرى جبل صبر المطل على تعز")
    assert count_place_rail(RULES, district, villages) is None and count_place_rail(RULES, villages, district) is None
    assert sides_rail(RULES, district, villages) is None  # one side's two counts: a conflict
    # the pair stored there: 30 Houthis against 6 of the resistance, each side's own dead
    resistance = facts("قتل 6 من مقاتلي المقاومة في اشتباكات في قرى جبل صبر المطل على تعز")
    rail = sides_rail(RULES, district, resistance)
    assert rail is not None and "houthis vs resistance" in rail.why and single_event_rail(RULES, district, resistance)
    assert sides_rail(RULES, resistance, district) is not None
    # a count that names no side says nothing of sides
    assert sides_rail(RULES, district, facts("قتل 6 مسلحين في اشتباكات في قرى جبل صبر المطل على تعز")) is None


def test_reports_in_two_named_villages_are_two_events():
    # made up, after fresh sample B of session 21 (two projectiles on two Jazan border villages, a day apart, stored
    # as one event told at two times of day)
    from kg.relate.single_event import villages_apart_rail

    marwa = facts("في تمام الساعة الثالثة عصرا سقط مقذوف في أرض زراعية بقرية المروة من داخل الأراضي اليمنية وأصيب مواطن")
    qanbura = facts("في تمام الساعة السابعة مساء سقط مقذوف في أرض زراعية بقرية القنبورة من داخل الأراضي اليمنية وتوفي عامل")
    rail = villages_apart_rail(RULES, marwa, qanbura)
    assert rail is not None and "villages-apart" in rail.why and villages_apart_rail(RULES, qanbura, marwa) is not None
    assert single_event_rail(RULES, marwa, qanbura) is not None
    same = facts("في تمام الساعة السابعة مساء سقط مقذوف على منزل بقرية المروة وأصيب مواطن")
    assert villages_apart_rail(RULES, marwa, same) is None  # one village: the times may still conflict
    assert villages_apart_rail(RULES, marwa, facts("سقط مقذوف في جازان وأصيب مواطن")) is None  # one side names none
    # regions may hold one another: «منطقة القوقاز» and «منطقة كاباردينو» are no villages
    assert villages_apart_rail(RULES, facts("مقتل 14 مسلحا في منطقة القوقاز"), facts("مقتل ستة في منطقة كاباردينو")) is None
    # a denial names the accusation, not where: left to its own checks
    assert villages_apart_rail(RULES, facts("قصف قرية المروة", "denied"), qanbura) is None
