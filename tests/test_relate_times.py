"""The time of day of one event told differently by two sources (kg.relate.times)."""

from __future__ import annotations

from kg.relate import facts
from kg.relate.times import clock_times, time_conflict

# sample 10 (hunt f10-13): the civil defence's report of one projectile in Najran, in two papers
DAWN = ("عند الساعة الرابعة من فجر أمس الأحد باشر رجال الدفاع المدني بلاغا عن سقوط مقذوف عسكري من داخل الأراضي "
        "اليمنية على منزل داخل مدينة نجران، مما نتج عنه استشهاد أحد المواطنين")
AFTERNOON = ("عند الساعة الرابعة عصر يوم أمس، باشر رجال الدفاع المدني بلاغا عن سقوط مقذوف عسكري غادر من الأراضي "
             "اليمنية على أحد المنازل بمنطقة نجران، نتج عنه استشهاد أحد المواطنين")


def test_clock_times_read_the_hour_with_its_part_of_the_day():
    assert clock_times(facts(DAWN)) == {4}
    assert clock_times(facts(AFTERNOON)) == {16}
    assert clock_times(facts("وقع الانفجار عند الساعة العاشرة ليلا")) == {22}
    assert clock_times(facts("وقع الانفجار عند الساعة الثانية ليلا")) == {2}  # past midnight
    assert clock_times(facts("وقع الانفجار صباح أمس")) == frozenset()  # a part of the day alone: no clock time
    assert clock_times(facts("استمر القصف ساعة كاملة")) == frozenset()  # a duration


def test_one_event_at_two_times_of_day_contradicts():
    rel = time_conflict(facts(DAWN), facts(AFTERNOON), 0.8, "2015-08-02", "2015-08-02")
    assert rel is not None and rel.relation == "contradicts" and "04:00 vs 16:00" in rel.why


def test_close_times_other_days_one_source_or_far_meaning_do_not():
    near = DAWN.replace("الرابعة من فجر", "الخامسة من فجر")
    assert time_conflict(facts(DAWN), facts(near), 0.8, "2015-08-02", "2015-08-02") is None  # an hour: rounding
    assert time_conflict(facts(DAWN), facts(AFTERNOON), 0.8, "2015-08-02", "2015-08-03") is None  # two dates
    assert time_conflict(facts(DAWN), facts(AFTERNOON), 0.8, "2015-08-02", "2015-08-02", same_source=True) is None
    assert time_conflict(facts(DAWN), facts(AFTERNOON), 0.3, "2015-08-02", "2015-08-02") is None  # far in meaning
