"""Figures the shared readers read from words, not digits (issue 13, session 17: figure conflicts the passage layer
missed): a dual before a dual death verb, a dead or wounded noun's dual, «مصابين اثنين», the tens above fifty, «فاق»
as a bound, and a counted noun with a possessive (kg/relate/figures.py, events.py, injuries.py, conflicts.py,
passage_signals.py). Made-up sentences."""

from kg.relate.claims import facts
from kg.relate.conflicts import count_class
from kg.relate.events import toll_figures, tolls, tolls_differ
from kg.relate.injuries import injured
from kg.relate.passage_signals import counted_figures, figures_conflict


def test_a_dual_before_a_dual_death_verb_is_a_toll_of_two():
    assert tolls(facts("قال الجيش إن جنديين قتلا وأصيب 12 آخرون في الهجوم")) == {2}
    assert tolls(facts("أفاد المصدر بأن اثنين استشهدا في القصف")) == {2}
    assert tolls(facts("أعلنت الوكالة أن جنديين تركيين قتلا صباح الأحد")) == {2}  # the dual's adjective between
    # a dual verb after a plural count is no toll of it («قتلا» is also «killing» as a noun)
    assert tolls(facts("وصل خمسة رجال قتلا للوقت")) == set()


def test_the_dual_of_a_dead_or_wounded_noun_counts_two():
    assert tolls(facts("أسفر الانفجار عن سقوط قتيلين في السوق")) == {2}
    assert injured(facts("أسفر الانفجار عن وقوع جريحين في السوق")) == {2}
    assert injured(facts("نقل مصابين اثنين إلى المستشفى")) == {2}
    assert injured(facts("نقل مصابين إلى المستشفى")) == set()  # a plural: no count


def test_a_toll_in_tens_above_fifty_or_after_faq_is_read():
    assert tolls(facts("أوقع القصف ستين قتيلا")) == {60}
    assert tolls(facts("أسفر الهجوم عن مقتل مئتين من المدنيين")) == {200}
    # «فاق الأربعة»: more than four, so 2 conflicts and 6 does not
    claim = facts("رجح الشهود أن عدد القتلى فاق الأربعة قتلى في الهجوم")
    assert toll_figures(claim) == {(5, 10 ** 9)}
    assert tolls_differ(claim, facts("قالت الوكالة إن جنديين قتلا في الهجوم"))
    assert not tolls_differ(claim, facts("قالت الوكالة إن ستة جنود قتلوا في الهجوم"))


def test_a_counted_noun_with_a_possessive_keeps_its_class():
    assert count_class("مقاتليه") == count_class("عناصر") == "fighters"
    assert count_class("مدرسه") is None  # a word of no count class stays none
    claim = facts("خطف المسلحون قائد الكتيبة مع 17 من مقاتليه")
    assert counted_figures(claim) == {"fighters": frozenset({(17, 17)})}
    assert figures_conflict(claim, facts("خطف المسلحون قائد الكتيبة وثمانية عناصر من الكتيبة")) == 1.0
    assert figures_conflict(claim, facts("خطف المسلحون قائد الكتيبة و17 عنصرا من الكتيبة")) == 0.0
