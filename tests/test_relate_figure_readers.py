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


def test_numbers_in_more_than_one_token_are_read_whole():
    """kg.relate.conflicts.number_at (session 19): teens, a split decimal or a number before a scale word, «ونصف»,
    a range «بين 10 و15», and the vague plurals as ranges; counts and the passage layer's counted figures read them."""
    from kg.relate.conflicts import counts, number_at

    def at(text, i=0):
        return number_at(facts(text).toks, i)

    assert at("ثلاثة عشر جنديا") == (13, 13, 1) and at("ثلاثة عشر جنديا", 1) is None  # not 3, then 10
    assert at("أحد عشر جنديا") == (11, 11, 1)
    assert at("1.5 مليون شخص") == (1500000, 1500000, 2)  # the tokenizer splits the decimal: «1» «5» «مليون»
    assert at("مليون ونصف شخص") == (1500000, 1500000, 1)
    assert at("3 آلاف لاجئ") == (3000, 3000, 1)
    assert at("بين 10 و15 شخصا", 1) == (10, 15, 2) and at("بين 10 و15 شخصا", 2) is None
    assert at("عشرات الجنود") == (10, 99, 0) and at("عشرات الآلاف من المتظاهرين") == (10000, 99000, 1)
    assert counts(facts("خطفت جبهة النصرة ثلاثة عشر مقاتلا")) == {"fighters": {13}}  # was {10}
    assert counted_figures(facts("قتل ثلاثة عشر شخصا")) == {"شخصا": frozenset({(13, 13)})}
    assert counted_figures(facts("قتل ما بين 10 و15 شخصا")) == {"شخصا": frozenset({(10, 15)})}
    # a vague count holds the numbers in its range, and `figures_conflict` leaves it out
    assert figures_conflict(facts("اعتقل الجيش عشرات المسلحين"), facts("اعتقل الجيش مسلحين اثنين")) == 0.0


def test_the_day_of_a_date_is_no_part_or_total_of_a_toll():
    """«يوم 26 يونيو … 27 قتيلا» against «مقتل 26 شخصا» (set f's train part: the Imam Sadiq mosque bombing): the 26 of
    the date made the two tolls one."""
    claim = facts("ووقع تفجير مسجد الصادق يوم 26 يونيو وأسقط 27 قتيلا و227 جريحا")
    other = facts("التفجير في مسجد الإمام الصادق في 26 يونيو أدى إلى مقتل 26 شخصا وإصابة 227 آخرين")
    assert tolls(claim) == {27} and tolls(other) == {26}
    assert tolls_differ(claim, other) and figures_conflict(claim, other) == 1.0
    assert not tolls_differ(facts("قتل 26 شخصا في التفجير"), facts("قتل 26 شخصا يوم 3 يونيو"))


def test_died_and_met_their_death_are_tolls():
    assert tolls(facts("لقي تسعة أشخاص مصرعهم وأصيب 50 آخرون في حادث مروري")) == {9}
    assert tolls(facts("توفي 7 معتمرين عمانيين وأصيب 47 آخرون في حادث اصطدام")) == {7}


def test_a_teen_is_one_toll():
    assert tolls(facts("قتل ثلاثة عشر شخصا في الهجوم")) == {13}  # was 3
    assert tolls(facts("مقتل أحد عشر جنديا")) == {11}  # was 10
    assert tolls_differ(facts("قتل ثلاثة عشر شخصا في الهجوم"), facts("قتل 3 أشخاص في الهجوم"))
