"""kg.relate.meanings: the lexical pair features compare rewordings by meaning («عشرين» = «20», «توفي» = «لقي مصرعه»)."""

from kg.relate.claims import facts
from kg.relate.features import pair_features
from kg.relate.meanings import meaning


def _eff(a: str, b: str, on: bool = True):
    return pair_features(facts(a), facts(b), meanings=on).ev["eff"]


def test_number_words_and_digits_mean_their_value():
    assert meaning("عشرين", "عشر") == meaning("20", "20") == "#20"
    assert meaning("عشره", "عشر") == "#10"  # the stem «عشر» of «عشرين» is not ten


def test_a_reworded_death_leaves_no_differing_word():
    assert _eff("توفي شابان في حادث سير", "لقي شابان مصرعهما في حادث سير") == ([], [])
    assert _eff("يعتبر القرار خطأ كبيرا", "يعد القرار خطأ كبيرا") == ([], [])


def test_a_number_in_words_against_its_digits_is_no_difference_but_another_number_is():
    same = pair_features(facts("قتل عشرين شخصا في الهجوم"), facts("قتل 20 شخصا في الهجوم"), meanings=True).ev
    assert same["eff"] == ([], []) and same["numbers"] == (["20"], ["20"])
    other = pair_features(facts("قتل عشرين شخصا في الهجوم"), facts("قتل 30 شخصا في الهجوم"), meanings=True).ev
    assert other["eff"] == (["عشرين"], ["30"]) and other["numbers"] == (["20"], ["30"])


def test_words_of_other_classes_stay_different():
    assert _eff("توفي شابان في حادث سير", "اعتقل شابان في حادث سير") == (["توفي"], ["اعتقل"])


def test_off_by_default_words_compare_by_their_stems_as_before():
    # the shipped model was trained without meanings: its features must not move
    assert _eff("توفي شابان في حادث سير", "لقي شابان مصرعهما في حادث سير", on=False) == (["توفي"], ["لقي", "مصرعهما"])
    off = pair_features(facts("قتل عشرين شخصا في الهجوم"), facts("قتل 20 شخصا في الهجوم")).ev
    assert off["numbers"] == ([], ["20"])


def test_a_model_trained_with_meanings_reads_its_features_with_them():
    from kg.relate.classifier import RelateModel

    pair = (facts("توفي شابان في حادث سير"), facts("لقي شابان مصرعهما في حادث سير"))
    assert RelateModel({"labels": ["contradicts", "supports", "unrelated"], "meanings": True}, None).features([pair])[0].ev["eff"] == ([], [])
    assert RelateModel({"labels": ["contradicts", "supports", "unrelated"]}, None).features([pair])[0].ev["eff"] == (["توفي"], ["لقي", "مصرعهما"])
