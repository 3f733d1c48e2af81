"""A text word for word the same as the other supports it, whatever the lexical model's probabilities say
(kg.relate.rails.same_text_rail; pairwise `relate`, as `sanad relate` and `sanad eval relate` use it)."""
from kg.relate import relate, relate_many

SCENE = "هناك رجل يلعب كرة القدم بمرح"  # an ArNLI-style pair with itself: the model alone called it contradicts


def test_a_text_supports_itself():
    rel = relate(SCENE, SCENE)
    assert (rel.relation, rel.confidence, rel.why) == ("supports", 1.0, "the same text, word for word")


def test_a_denial_supports_the_same_denial_but_still_contradicts_the_assertion():
    denial = "لم يدخل الجيش المدينة"
    assert relate(denial, denial).relation == "supports"
    assert relate("دخل الجيش المدينة", denial).relation == "contradicts"


def test_only_word_for_word():
    one_word_more = relate_many([(SCENE, SCENE + " في الحديقة"), (SCENE, SCENE)])
    assert one_word_more[1].why == "the same text, word for word"
    assert one_word_more[0].why != "the same text, word for word"
