"""Counts of the wounded of one event (kg.relate.injuries) and their candidate channel (kg.relate.candidates.toll_pairs
reading the wounded). Sentences from sample 8's articles (hunt f8-25, f8-09, f8-23) and sample 6's (fh-07, fh-06)."""

from __future__ import annotations

from kg.relate import facts
from kg.relate.candidates import toll_pairs
from kg.relate.denials import corpus_verdict
from kg.relate.injuries import INJURY_DAYS, injured, injured_differ, injured_figures, injury_conflict

# the Ferguson shooting, Sunday night 9 August 2015: aawsat (11 Aug) one wounded, alyaum (10 Aug) two
ONE = ("في ختام أيام جرى فيها إحياء الذكرى الأولى لمقتل الشاب الأميركي من أصول أفريقية مايكل براون برصاص شرطي أبيض، "
       "شهدت مدينة فيرغسون الأميركية أعمال عنف أمس مع حصول تبادل لإطلاق النار أصيب خلاله شخص واحد بجروح خطيرة")
TWO = ("أصيب شخصان في إطلاق للنار وقع خلال مسيرة في مدينة فيرجسون بولاية ميزوري الأمريكية أمس الأحد في الذكرى الأولى "
       "لمقتل الشاب الأسود الأعزل مايكل براون برصاص ضابط شرطة أبيض في المدينة")


def test_injured_reads_the_count_after_a_wound_word_or_before_a_wounded_noun():
    assert injured(facts(ONE)) == {1}
    assert injured(facts(TWO)) == {2}  # «خلال مسيرة» is during a march, not a period total
    assert injured(facts("ما لا يقل عن خمسة أشخاص لقوا حتفهم وأصيب 18 آخرون في تفجير انتحاري")) == {18}
    assert injured(facts("استشهاد 13 وإصابة تسعة مصلين في تفجير إرهابي بمسجد قوات الطوارئ في عسير")) == {9}
    assert injured(facts("35 جريحا من فئة الشباب كانوا أول جرحى المقاومة الشعبية في عدن")) == {35}


def test_injured_leaves_out_bounds_dozens_totals_and_negations():
    assert injured(facts("نحو 17 شخصا استشهدوا بينهم طلبة، وجرح قرابة 30 آخرين")) == frozenset()
    assert injured(facts("أسفر عن استشهاد 17 من رجال الأمن وإصابة العشرات")) == frozenset()
    assert injured(facts("أصيب 40 شخصا خلال الشهر الماضي في المدينة")) == frozenset()
    assert injured(facts("ارتفع عدد المصابين إلى 40")) == frozenset()
    assert injured(facts("لم يصب أحد في الهجوم")) == frozenset()


def test_two_sources_counting_one_events_wounded_differently_contradict_unless_counted_up_the_next_day():
    one, two = facts(ONE), facts(TWO)
    assert injured_differ(one, two)
    rel = injury_conflict(one, two, 0.79, "2015-08-11", "2015-08-10")
    assert rel.relation == "contradicts" and "wounded" in rel.why
    assert corpus_verdict(None, two, one, 0.79, "2015-08-10", "2015-08-11").relation == "contradicts"
    assert injury_conflict(one, two, 0.79, "2015-08-10", "2015-08-11") is None  # 1 then 2: counted up, an update
    assert injury_conflict(one, two, 0.79, "2015-08-10", "2015-08-10").relation == "contradicts"  # one day, two counts
    assert injury_conflict(one, two, 0.79, "2015-08-12", "2015-08-10") is None  # too far apart
    assert injury_conflict(one, two, 0.79, "2015-08-10", "2015-08-10", same_source=True) is None  # a correction
    assert injury_conflict(one, two, 0.4, "2015-08-10", "2015-08-10") is None  # not close in meaning
    other = facts("أصيب شخصان في انفجار عبوة ناسفة أمام محكمة في القاهرة")
    assert injury_conflict(one, other, 0.79, "2015-08-10", "2015-08-10") is None  # another event: nothing shared


def test_the_wounded_channel_pairs_other_sources_counts_of_one_event():
    items = [("a", facts(ONE)), ("b", facts(TWO)), ("c", facts(TWO)), ("d", facts("أصيب 18 شخصا في تفجير في كابول"))]
    days = ["2015-08-11", "2015-08-10", "2015-08-10", "2015-08-10"]
    sources = ["s1", "s2", "s1", "s3"]
    pairs = set(toll_pairs(items, days, sources, read=injured, differ=injured_differ, days=INJURY_DAYS))
    assert pairs == {(0, 1)}  # not its own source's (2), not another event's (3)
    assert set(toll_pairs(items, days, sources)) == set()  # the death-toll channel: no toll here


def test_wounded_who_died_are_an_update_not_a_conflict():
    # sample 6, the Asir bombing: the ministry's first statement (6 Aug) and aawsat's next-day figures: 13 + 9 = 15 + 7
    first = facts("استهدفت منسوبي قوات الطوارئ الخاصة بمنطقة عسير أثناء أدائهم صلاة الظهر جماعة في مسجد مقر القوات "
                  "وأسفر عن استشهاد 10 منهم وثلاثة من العاملين بالموقع وإصابة تسعة آخرين")
    later = facts("طالت يد الغدر مصلين في مسجد تابع لقوات الطوارئ الخاصة في منطقة عسير مما أسفر عن استشهاد 15 شخصًا، "
                  "ضمنهم 12 من رجال الأمن وثلاثة من العاملين في الموقع، إضافة إلى إصابة 7 آخرين")
    assert injured(first) == {9} and injured(later) == {7}
    assert injury_conflict(first, later, 0.72, "2015-08-06", "2015-08-07") is None
    assert injury_conflict(first, later, 0.72, "2015-08-07", "2015-08-07") is None


# sample 6, hunt fh-08 (the Asir bombing, 6 Aug): aawsat's first information against the ministry's statement
ABOUT_30 = "نحو 17 شخصا \"استشهدوا\" بينهم طلبة، وجرح قرابة 30 آخرين"
MINISTRY = ("حدث تفجير في جموع المصلين بمسجد قوات الطوارئ الخاصة بمنطقة عسير، نتج عنه استشهاد 15 رجل أمن من بينهم 3 "
            "عاملين بالموقع فيما أصيب 7 آخرون")


def test_approximate_counts_of_the_wounded_are_ranges():
    assert injured_figures(facts(ABOUT_30)) == {(24, 36)}  # «قرابة 30»: ±20%
    assert injured(facts(ABOUT_30)) == frozenset()  # no exact count
    assert injured_figures(facts("أصيب أكثر من 20 شخصا بجروح في الانفجار")) == {(21, 10 ** 9)}
    assert injured_figures(facts("أسفر عن إصابة ضابطين ومجند")) == {(3, 3)}  # sample 8, f8-01: a dual and one more
    assert injured_figures(facts("أصيب 40 شخصا خلال الشهر الماضي في المدينة")) == frozenset()  # a period's total


def test_an_approximate_count_conflicts_only_with_a_count_outside_its_range():
    about, ministry = facts(ABOUT_30), facts(MINISTRY)
    assert injured_differ(about, ministry)  # about 30 against 7
    near = facts("حدث تفجير في مسجد قوات الطوارئ الخاصة بمنطقة عسير أصيب فيه 28 شخصا")
    assert not injured_differ(about, near)  # about 30 against 28: one count, rounded
    assert not injured_differ(facts("أصيب أكثر من 20 شخصا في تفجير مسجد عسير"), near)  # more than 20: 28 is


def test_a_bound_reads_only_the_number_right_after_it():
    assert injured_figures(facts("قتل خمسة مدنيين على الأقل، وأصيب حوالى عشرة بجروح")) == {(8, 12)}  # not «أقل من»
    assert injured_figures(facts("مقتل ما يقارب 278 وإصابة 356 من مليشيات الحوثي")) == {(356, 356)}  # not bounded


def test_injured_reads_a_count_before_its_plural_verb_but_not_a_ranges_end():
    # sample 8 (the Heliopolis court bomb, the health ministry spokesman) and sample 6; the corpus: a range
    assert injured(facts("أربعة أشخاص أصيبوا")) == {4}
    assert injured(facts("ثمانية اشخاص اصيبوا بينهم طفل")) == {8}
    assert injured(facts("ما بين 20 و25 شخصاً أصيبوا في الانفجار")) == frozenset()
