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
