"""Pairs of 21–40 words (kg.relate.passage.MID_WORDS to PASSAGE_WORDS): the lexical verdict stands where it takes
a stance, the passage layer judges what it calls unrelated, and overrules its contradictions only to supports."""

from kg.model import Relation
from kg.relate import passage, relate_many


def _words(n: int) -> str:
    return " ".join(["كلمة"] * n)


def test_mid_pairs_are_the_longer_side_of_21_to_40_words():
    assert not passage.is_mid_pair(_words(5), _words(20))
    assert passage.is_mid_pair(_words(25), _words(21))
    assert passage.is_mid_pair(_words(40), _words(3))
    assert not passage.is_mid_pair(_words(41), _words(3))
    assert passage.judged_by_layer(_words(5), _words(41), "supports")
    assert passage.judged_by_layer(_words(5), _words(30), "unrelated")
    assert not passage.judged_by_layer(_words(5), _words(30), "contradicts")
    assert not passage.judged_by_layer(_words(5), _words(12), "unrelated")


def _layer_saying(verdict, asked):
    def layer(pairs, embed=None):
        asked.extend(pairs)
        return [Relation(verdict, 0.9, "layer", "passage-lr-v1") for _ in pairs]

    return layer


def test_the_layer_overrules_an_unrelated_lexical_verdict_and_a_contradiction_only_to_supports(monkeypatch):
    pairs = [(f"a{k}", f"b{k}") for k in range(3)]
    lexical = [Relation(x, 0.8, "lexical", "m") for x in ("supports", "unrelated", "contradicts")]
    asked = []
    monkeypatch.setattr(passage, "stance_many", _layer_saying("contradicts", asked))
    got = passage.second_opinion(pairs, lexical)
    assert asked == [pairs[1], pairs[2]]
    assert [r.why for r in got] == ["lexical", "layer", "lexical"]
    monkeypatch.setattr(passage, "stance_many", _layer_saying("unrelated", []))
    assert [r.relation for r in passage.second_opinion(pairs, lexical)] == ["supports", "unrelated", "contradicts"]
    monkeypatch.setattr(passage, "stance_many", _layer_saying("supports", []))
    got = passage.second_opinion(pairs, lexical)
    assert [r.relation for r in got] == ["supports", "supports", "supports"]
    assert [r.why for r in got] == ["lexical", "layer", "layer"]


def test_only_a_mid_lexical_contradiction_is_overruled_to_supports():
    assert passage.overruled_to_supports(_words(5), _words(30), "contradicts")
    assert not passage.overruled_to_supports(_words(5), _words(30), "supports")
    assert not passage.overruled_to_supports(_words(5), _words(30), "unrelated")
    assert not passage.overruled_to_supports(_words(5), _words(12), "contradicts")
    assert not passage.overruled_to_supports(_words(5), _words(41), "contradicts")


def test_a_reworded_mid_sentence_is_no_contradiction():
    """Set g's train part: the lexical model calls this reworded report (توفي / لقي مصرعهما) a contradiction."""
    a = "لقي شابان مصرعهما، واصيب ثالث بإصابات خطيرة في حادث مروري مروّع ، نتيجة انقلاب السيارة التي تقلهم على طريق الجديدة - عرعر."
    b = "توفي شابان وأصيب ثالث بجروح خطيرة اليوم الثلاثاء في حادث انقلاب مروع تعرضت له سيارتهم على طريق جديدة عرعر."
    assert passage.is_mid_pair(a, b)
    assert relate_many([(a, b)])[0].relation == "supports"


def test_relate_many_asks_the_layer_about_mid_pairs_only(monkeypatch):
    asked = []

    def opinion(pairs, lexical, embed=None):
        asked.extend(pairs)
        return list(lexical)

    import kg.relate as relate_pkg

    monkeypatch.setattr(relate_pkg, "second_opinion", opinion)
    short = ("الجيش يسيطر على البلدة", "القوات تسيطر على البلدة")
    mid = (short[0], " ".join(["قالت مصادر محلية إن القوات الحكومية سيطرت على البلدة بعد معارك عنيفة"] * 2))
    got = relate_many([short, mid, short])
    assert asked == [mid] and len(got) == 3


# A mid pair's lexical contradiction that rests on «لم» / «لن» on one side only, about nothing the other side says,
# goes to the layer for its whole verdict (kg.relate.passage.negation_off_target); made-up sentences.
ASIDE = ("قال وزير الخارجية إن الحزب الكردي يمكن أن يكون له مكان في مستقبل البلاد إذا لم يسبب قلقا للجيران وقطع "
         "علاقاته مع الحكومة",
         "ويشكل تصاعد نفوذ الحزب الكردي في شمال البلاد وجناحه المسلح مصدر قلق رئيسي للجيران الذين يعتبرونه فرعا لحزب آخر")


def test_a_contradiction_on_a_negation_off_target_goes_to_the_layer():
    assert passage.negation_off_target(*ASIDE)
    assert passage.judged_by_layer(*ASIDE, "contradicts")
    assert not passage.overruled_to_supports(*ASIDE, "contradicts")


def test_the_layer_gives_the_whole_verdict_there(monkeypatch):
    other = (_words(5), _words(30))  # no negation: asked only whether it is a support, as before
    lexical = [Relation("contradicts", 0.8, "lexical", "m")] * 2
    monkeypatch.setattr(passage, "stance_many", _layer_saying("unrelated", []))
    assert [r.why for r in passage.second_opinion([ASIDE, other], lexical)] == ["layer", "lexical"]


def test_a_negation_on_target_an_inclusion_a_cause_or_a_denial_verb_keeps_the_contradiction():
    on_target = ("قال المتحدث باسم الفصيل إن مقاتليه لم يدخلوا البلدة حتى الآن وإن المعارك ما زالت مستمرة على أطرافها "
                 "الشرقية منذ أيام", "مقاتلو الفصيل دخلوا البلدة بعد معارك عنيفة")
    inclusion = ("الاتفاق الذي يسمح للطائرات باستخدام القاعدة الجوية في الجنوب يتضمن إقامة منطقة حظر طيران بين "
                 "المدينتين على طول الحدود",
                 "وأعلن مسؤول كبير أمس أن البلدين متفقان على العمل معا لإقامة منطقة آمنة على طول الحدود، إلا أنه أكد "
                 "أن «أي جهود مشتركة لن تشمل فرض منطقة حظر طيران»")
    cause = ("قال متحدث باسم الوحدات إن انفجارات وقعت في كوباني نتيجة انفجار عتاد أثناء عملية لإزالة عبوات ناسفة لم "
             "تنفجر زرعها التنظيم", "فجر انتحاري نفسه بسيارة مفخخة على حاجز للوحدات في جنوب كوباني")
    denial_verb = ("أفادت مصادر محلية أن عشرة مدنيين قتلوا في قصف للطيران على قرية زركال لكن الجيش نفى أن يكون استهدف "
                   "منطقة مأهولة بالسكان", "دان رئيس الإقليم قصف الطيران لقرية زركال قال إنه أسفر عن سقوط قتلى مدنيين")
    for pair in (on_target, inclusion, cause, denial_verb):
        assert passage.is_mid_pair(*pair)
        assert not passage.negation_off_target(*pair)
        assert not passage.judged_by_layer(*pair, "contradicts")
        assert passage.overruled_to_supports(*pair, "contradicts")


# A mid pair the lexical model calls a support whose texts give one counted thing figures that cannot be the same is a
# contradiction (kg.relate.passage.figures_overrule, kg.relate.rails.figure_rail); made-up sentences.
BUS = "توفي 7 معتمرين وأصيب 47 آخرون في حادث اصطدام فجر اليوم الخميس على بعد 130 كيلومترا من المدينة بين حافلة تقل 55 معتمرا وشاحنة"
BUS_LATER = "توفي 9 أشخاص وأصيب 41 آخرون إثر حادث مروري بين شاحنة وحافلة تقل معتمرين على بعد 120 كم من المدينة"


def test_a_mid_support_with_figures_that_cannot_be_the_same_is_a_contradiction(monkeypatch):
    assert passage.is_mid_pair(BUS, BUS_LATER)
    assert passage.figures_overrule(BUS, BUS_LATER, "supports").why == "one thing counted two ways: the dead 7 against 9"
    assert passage.mid_lexical(BUS, BUS_LATER, "supports") == "contradicts"
    assert passage.figures_overrule(BUS, BUS_LATER, "unrelated") is None  # the layer judges it, reading the figures
    assert passage.figures_overrule(BUS, BUS, "supports") is None
    asked = []
    monkeypatch.setattr(passage, "stance_many", _layer_saying("supports", asked))
    got = passage.second_opinion([(BUS, BUS_LATER)], [Relation("supports", 0.8, "lexical", "m")])
    assert (got[0].relation, got[0].method, asked) == ("contradicts", "m", [])
