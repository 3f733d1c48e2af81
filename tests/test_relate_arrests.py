"""Counts of a raid's arrested (kg.relate.arrests) and their candidate channel (kg.relate.candidates.toll_pairs
reading the arrested). Sentences from sample 12's articles (hunt f12-03: the Menzel Bourguiba raid, 24 Jul)."""

from __future__ import annotations

from kg.relate import facts
from kg.relate.arrests import arrest_conflict, arrest_figures, arrests_differ
from kg.relate.candidates import toll_pairs
from kg.relate.denials import corpus_verdict
from kg.relate.events import TOLL_DAYS

FOUR = ("وفي منزل بورقيبة تم إيقاف أربعة إرهابيين بعد ساعات من المحاصرة وتبادل إطلاق النار بين الوحدات الأمنية "
        "والإرهابيين")
THREE = ("وفي عملية أخرى منفصلة فجر اليوم الجمعة، اعتقلت وحدات خاصة ثلاثة عناصر إرهابية متحصنة بأحد المنازل بمدينة "
         "منزل بورقيبة التابعة لولاية بنزرت إثر عمليات مداهمة")
DAY = "2015-07-25"


def test_arrests_read_the_count_after_an_arrest_word_its_subject_between():
    assert arrest_figures(facts(FOUR)) == {(4, 4)}
    assert arrest_figures(facts(THREE)) == {(3, 3)}  # «اعتقلت وحدات خاصة ثلاثة»
    assert arrest_figures(facts("الوحدات الأمنية طوقت المكان واعتقلت 13 شخصاً بينما قتل عنصر آخر")) == {(13, 13)}
    assert arrest_figures(facts("تم القبض على ما لا يقل عن 12 مشتبها")) == {(12, 10 ** 9)}
    assert arrest_figures(facts("اعتقال 5 أشخاص بينهم 3 نساء")) == {(5, 5)}  # the part is no count of its own


def test_arrests_leave_out_times_totals_and_negations():
    assert arrest_figures(facts("اعتقل منذ 3 سنوات في سجن المدينة")) == frozenset()
    assert arrest_figures(facts("اعتقلته الشرطة لمدة 15 يوما")) == frozenset()
    assert arrest_figures(facts("ارتفع عدد المعتقلين إلى 40")) == frozenset()
    assert arrest_figures(facts("لم يتم اعتقال 5 أشخاص كما أشيع")) == frozenset()
    assert arrest_figures(facts("اعتقال بعد مقتل 3 جنود")) == frozenset()  # the count of another act


def test_two_sources_counting_one_raids_arrested_differently_contradict_on_one_day():
    four, three = facts(FOUR), facts(THREE)
    assert arrests_differ(four, three)
    rel = arrest_conflict(four, three, 0.62, DAY, DAY)
    assert rel is not None and rel.relation == "contradicts" and "4 vs 3" in rel.why and "arrested" in rel.why
    assert corpus_verdict(None, three, four, 0.62, DAY, DAY).relation == "contradicts"
    # the stored pair's cosine is 0.57 and it shares one name (بورقيبة): below TOLL_COS that is not enough
    assert arrest_conflict(four, three, 0.57, DAY, DAY) is None
    assert arrest_conflict(four, three, 0.62, DAY, "2015-07-26") is None  # the next day: more arrests, maybe
    assert arrest_conflict(four, three, 0.62, DAY, DAY, same_source=True) is None  # one source's update
    other = facts("اعتقلت الشرطة ثلاثة أشخاص في مدينة سوسة بعد مداهمة منزل")
    assert arrest_conflict(four, other, 0.62, DAY, DAY) is None  # another raid: nothing rare shared


def test_the_arrest_channel_pairs_other_sources_counts_of_one_raid():
    items = [("a", facts(FOUR)), ("b", facts(THREE)), ("c", facts(THREE)), ("d", facts("اعتقال 7 في كابول"))]
    days = [DAY] * 4
    sources = ["s1", "s2", "s1", "s3"]
    pairs = set(toll_pairs(items, days, sources, read=arrest_figures, differ=arrests_differ, days=TOLL_DAYS))
    assert pairs == {(0, 1)}  # not its own source's (2), not another raid's (3)
