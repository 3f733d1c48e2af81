"""Two short texts that give one counted thing figures that cannot be the same contradict each other, whatever the
lexical model says (kg.relate.rails.figure_rail; pairwise `relate`, as `sanad relate` and `sanad eval relate` use
it, and the lexical verdicts the passage layer reads). Bounds, parts, totals, running totals and negated tolls
are no conflict. Made-up sentences."""
from kg.relate import facts, relate, relate_many
from kg.relate.passage_signals import figures_in_conflict
from kg.relate.rails import FIGURE_RAIL_WORDS, figure_rail


def rail(a: str, b: str):
    return figure_rail(facts(a), facts(b))


def test_two_tolls_of_one_shelling_contradict():
    a = "مقتل 43 شخصا في قصف مدفعي استهدف حي الشيخ عثمان"
    b = "مجزرة راح ضحيتها 57 قتيلا في قصف على حي الشيخ عثمان"
    got = relate(a, b)
    assert got.relation == "contradicts"
    assert got.why == "one thing counted two ways: the dead 43 against 57"


def test_an_open_bound_conflicts_only_with_a_figure_below_it():
    at_least = "مقتل 28 شخصا على الأقل في الانفجار"
    assert relate(at_least, "وأسفر الانفجار عن سقوط 27 قتيلا").relation == "contradicts"
    assert rail(at_least, "وأسفر الانفجار عن سقوط 30 قتيلا") is None  # 30 is at least 28
    # two open bounds can both be true: «21 على الأقل» and «18 على الأقل» are no conflict
    assert rail("مقتل 21 شخصا على الأقل في الفيضانات", "مقتل 18 شخصا على الأقل في الفيضانات") is None
    # an open bound against a figure below it: «18 in all» is not «at least 21»
    assert rail("مقتل 21 شخصا على الأقل في الفيضانات", "مقتل 18 شخصا في الفيضانات") is not None


def test_no_conflict_from_an_approximate_figure_a_part_or_a_running_total():
    assert rail("مقتل نحو 17 شخصا في الهجوم", "مقتل 15 شخصا في الهجوم") is None  # «نحو 17» is 14–21
    assert rail("مقتل 20 شخصا بينهم 12 طفلا في الهجوم", "مقتل 12 طفلا في الهجوم") is None  # a part of the toll
    # a running total is no conflict with one stage's count
    assert rail("ارتفعت حصيلة قتلى الفيضانات إلى 30 شخصا", "مقتل 12 شخصا في الفيضانات يوم الأحد") is None
    assert rail("لم يسفر الانفجار عن مقتل 5 أشخاص", "مقتل 3 أشخاص في الانفجار") is None  # a negated toll


def test_not_about_different_places_nor_beyond_short_texts():
    assert rail("مقتل 12 شخصا في انفجار في بغداد", "مقتل 7 أشخاص في انفجار في دمشق") is None
    long = ("وقال المتحدث باسم الشرطة في مؤتمر صحفي عقده مساء اليوم في مقر القيادة إن الانفجار الذي وقع قرب السوق "
            "أسفر عن مقتل 12 شخصا")
    assert len(facts(long).toks) > FIGURE_RAIL_WORDS
    assert rail("مقتل 7 أشخاص في انفجار قرب السوق", long) is None
    assert figures_in_conflict(facts("مقتل 7 أشخاص في انفجار قرب السوق"), facts(long)) == ("the dead", "7", "12")


def test_the_models_own_contradiction_keeps_its_reason():
    a, b = "29 قتيلا في هجوم على استعراض عسكري في المدينة", "53 قتيلا في هجوم على استعراض عسكري في المدينة"
    got = relate_many([(a, b)])[0]
    assert got.relation == "contradicts" and not got.why.startswith("one thing counted two ways")


def test_a_periods_count_is_no_conflict_with_one_days():
    a, b = "اعتقلت الشرطة 300 شخصا منذ بداية العام في المدينة", "اعتقلت الشرطة 12 شخصا في المدينة يوم الأحد"
    assert figures_in_conflict(facts(a), facts(b)) == ("شخصا", "300", "12")  # the counted-noun reader reads both
    assert rail(a, b) is None
