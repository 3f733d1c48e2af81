"""Who said it when the subject is elided or put elsewhere (session 12, issue 14): sentences of the development
sets (unseen-2015, -b, -c), shortened where the rest does not matter, with the parse and rules alone."""

from __future__ import annotations

from kg.attribution.coreference import cue_gender
from kg.model import Article
from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)


def said(extractor, text):
    return [c for c in extractor.extract(Article(text=text, date="2015-08-10", publisher="صحيفة المثال")).claims
            if not c.own]


def test_the_verb_form_tells_the_gender_of_its_elided_subject():
    assert cue_gender("اضاف", "واضاف", "verb") == "m"
    assert cue_gender("اضافت", "واضافت", "verb") == "f"
    assert cue_gender("دعت", "ودعت", "verb") == "f"
    assert cue_gender("يضيف", "يضيف", "verb") == "m"
    assert cue_gender("", "مضيفا", "participle") == "m"
    assert cue_gender("", "مضيفه", "participle") == "f"
    assert cue_gender("اضافوا", "واضافوا", "verb") is None


def test_a_masculine_verb_does_not_go_on_with_a_feminine_body(extractor):
    # okaz-2015-08-06-2912 (unseen-2015): the committee's finding is cited in الشمري's account; «وأضاف» is his
    text = ("وذكر الشمري أن والد الطفلة تقدم بشكوى حول تعرضها لحروق بعد الولادة وبناء عليه تم تشكيل لجنة للتحقق "
            "بشكل عاجل، وقد خلصت اللجنة إلى أن ما تعاني منه الطفلة هو التهاب جلدي احتكاكي.\n"
            "وأضاف: بما أن والد المولودة لم يقتنع بالرأي الطبي فيما يخص حالة طفلته فقد أصر على مواصلة دعواه.")
    found = said(extractor, text)
    assert [c.source.label for c in found if c.cue == "أضاف"] == ["الشمري"]
    assert [c.source.label for c in found if c.cue == "خلصت"] == ["اللجنة"]


def test_a_feminine_verb_still_goes_on_with_the_body(extractor):
    found = said(extractor, "وقالت وزارة الصحة إن الحالات تراجعت. وأضافت أن المستشفيات جاهزة.")
    assert [c.source.label for c in found] == ["وزارة الصحة", "وزارة الصحة"]


def test_a_joined_call_goes_on_with_the_speaker(extractor):
    # alweeam-2015-08-11-1115 (unseen-2015): «في حين حث» goes on with مورار; the warring parties are called on
    found = said(extractor, "وقال بيتر مورار إن اليمن يتداعى. وطالب مورار في ختام زيارة استمرت ثلاثة أيام لليمن "
                            "بالسماح لموظفي الإغاثة بحرية التحرك في حين حث الأطراف المتحاربة على السعي للتوصل لحل "
                            "من خلال التفاوض.")
    assert [c.source.label for c in found if c.cue == "حث"] == ["مورار"]
    # alwatan-2015-08-08-930 (unseen-2015-b): no report before the call; the sentence's first verb names him
    found = said(extractor, "في غضون ذلك أعلن العبادي، التزامه بتوجيهات المرجعية الدينية وتعهد بالإعلان عن خطة "
                            "شاملة للإصلاح، ودعا القوى السياسية إلى التعاون معه في تنفيذ برنامج الإصلاح.")
    assert [c.source.label for c in found if c.cue == "دعا"] == ["العبادي"]
