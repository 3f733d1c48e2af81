"""A toll given as its parts (kg.relate.sums): «ضابط وثلاثة جنود» is four, agreeing with «أربعة بينهم ضابط»."""

from __future__ import annotations

from kg.relate import facts
from kg.relate.conflicts import count_conflict
from kg.relate.events import event_conflict
from kg.relate.sums import coordinated_totals

DAY = "2015-07-01"
# the shape seen on 599 fresh articles, stored twice as a conflict by main (4 vs 3)
TOTAL = "مقتل أربعة جنود بينهم ضابط في هجوم على نقطة تفتيش في سيناء"
PARTS = "مقتل ضابط وثلاثة جنود في هجوم على نقطة تفتيش في سيناء"


def _toks(text: str) -> list[str]:
    return facts(text, "asserted").toks


def test_coordinated_people_are_added_up():
    assert coordinated_totals(_toks("مقتل ضابط وثلاثة جنود")) == {4}
    # SaudiNewsNet 2015-08-11 (Ansar al-Sharia trial)
    assert coordinated_totals(_toks("في قضية اتهامهم بارتكاب جرائم قتل ضابط و11 فرد شرطة")) == {12}
    assert coordinated_totals(_toks("مقتل 5 جنود و3 مدنيين في هجوم")) == {8}
    assert 6 in coordinated_totals(_toks("مقتل جنديين ومدني و3 آخرين"))
    assert coordinated_totals(_toks("أسفر الهجوم عن 25 قتيلا و35 جريحا")) == set()  # the dead and the wounded
    assert coordinated_totals(_toks("دمر القصف 3 منازل و4 سيارات")) == set()  # things, not people
    assert coordinated_totals(_toks("بين عامي 2014 و2015")) == set()  # years


def test_a_total_including_a_part_agrees_with_the_parts_added_up():
    a, b = facts(TOTAL, "asserted"), facts(PARTS, "asserted")
    assert count_conflict(a, b, DAY, DAY) is None
    assert event_conflict(a, b, 0.8, DAY, DAY) is None
    digits = facts("مقتل 4 جنود بينهم ضابط في هجوم مسلح على كمين في العريش", "asserted")
    assert count_conflict(digits, facts("مقتل ضابط و3 جنود في هجوم مسلح على كمين في العريش", "asserted"), DAY,
                          DAY) is None


def test_parts_that_add_up_to_another_number_still_conflict():
    five = facts("مقتل خمسة جنود بينهم ضابط في هجوم على نقطة تفتيش في سيناء", "asserted")
    b = facts(PARTS, "asserted")
    assert count_conflict(five, b, DAY, DAY) is not None
    assert event_conflict(five, b, 0.8, DAY, DAY) is not None
