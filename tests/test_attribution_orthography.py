"""Articles that spell every final ى as ي (many sites do; 2 of SaudiNewsNet's 31,030 articles): there «علي» is the
preposition على as often as the name Ali, so the ي no longer tells them apart (issue 14). Made-up sentences."""

from __future__ import annotations

from kg.attribution.document import writes_ya_for_maqsura
from kg.model import Article
from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)


def said(extractor, text):
    return [(c.source.label, c.quote) for c in
            extractor.extract(Article(text=text, date="2015-08-10", publisher="صحيفة المثال")).claims if not c.own]


def test_an_article_spelling_final_alef_maqsura_as_ya_is_told_from_one_that_does_not():
    assert writes_ya_for_maqsura("وصل الوفد الي العاصمة حتي المساء.")
    assert writes_ya_for_maqsura("ونقل المصابون الي المستشفي.")
    assert not writes_ya_for_maqsura("وصل الوفد إلى العاصمة حتى المساء، ثم الي الفندق.")  # one ى is enough
    assert not writes_ya_for_maqsura("وقال علي الشهري إن الطريق مفتوح.")  # no ى-word at all: no evidence
    assert not writes_ya_for_maqsura("وقالت لدي معلومات.")  # «لديّ» (I have) is written with ي anyway


def test_ali_after_a_verb_that_takes_ala_is_the_preposition_in_such_an_article(extractor):
    text = ("وصل المريض الي المستشفي مساء الخميس. وما ذكر علي لسانها بأنها تعرضت لسوء معاملة غير صحيح. "
            "وقال المتحدث باسم الحركة، في بيان نشر علي موقع الحركة الرسمي، إن القائد قتل في الغارة.")
    claims = said(extractor, text)
    assert not any(label.startswith("علي") for label, _ in claims), claims
    assert ("المتحدث باسم الحركة", "القائد قتل في الغارة") in claims


def test_ali_after_a_verb_of_saying_is_still_the_name_in_such_an_article(extractor):
    claims = said(extractor, "ونقل الجرحي الي المستشفي. وقال علي الشهري إن الحريق اندلع في المستودع الي جانب الطريق.")
    assert ("علي الشهري", "الحريق اندلع في المستودع الي جانب الطريق") in claims


def test_latin_commas_end_a_content_as_arabic_ones_do(extractor):
    """Many sites and translated wire copy write «,» for «،» (and «;», «?»); a comma between digits stays a number's."""
    arabic = "أعلنت الشرطة أنها اعتقلت ثلاثة أشخاص، فيما نفى محامي المتهمين أي صلة لهم بالهجوم."
    latin = arabic.replace("،", ",")
    assert said(extractor, latin) == said(extractor, arabic)
    assert ("الشرطة", "اعتقلت ثلاثة أشخاص") in said(extractor, latin)


def test_latin_punctuation_is_read_as_arabic_one_mark_for_one():
    from kg.attribution.document import arabic_punctuation

    assert arabic_punctuation("قال, إن 1,500 شخص? نعم; لا") == "قال، إن 1,500 شخص؟ نعم؛ لا"


def test_straight_quotes_open_and_close_by_the_words_around_them():
    from kg.text import split_sentences, straight_quote_pairs

    text = 'قال في حوار لـ"سبق": "الوضع صعب. لن نستسلم". وأكد سعيه إلى "تشجيع الشباب. وأردف: "جزء من المشروع. كان".'
    pairs = straight_quote_pairs(text)
    assert [text[o:c + 1] for o, c in pairs.items()] == ['"سبق"', '"الوضع صعب. لن نستسلم"', '"جزء من المشروع. كان"']
    # a quotation is one sentence, as «…» is; the mark never closed does not swallow what follows
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        'قال في حوار لـ"سبق": "الوضع صعب. لن نستسلم".', 'وأكد سعيه إلى "تشجيع الشباب.', 'وأردف: "جزء من المشروع. كان".']


def test_a_report_inside_a_straight_quotation_is_the_quoted_speakers(extractor):
    """As with «…»: the doctor quoted inside the citizen's words names no antecedent for the next «وأضاف»."""
    for opening, closing in (("«", "»"), ('"', '"')):
        text = (f"وقال علي الشهري: {opening}نقل أخي إلى المستشفى، وأفادنا الطبيب المشرف أنه بحاجة إلى عملية أخرى{closing}. "
                f"وأضاف: {opening}بعد أسبوع أدخل أخي العمليات وحدث خطأ طبي{closing}.")
        claims = said(extractor, text)
        assert ("علي الشهري", "بعد أسبوع أدخل أخي العمليات وحدث خطأ طبي") in claims, (opening, claims)


def test_a_lead_with_latin_commas_keeps_the_outlets_own_clause(extractor):
    """The lead's own clause before a report joined by «، و» or «، حيث» is found at a «,» as at a «،»."""
    def own(text):
        art = Article(text=text, date="2015-08-10", publisher="صحيفة المثال")
        return [c.quote for c in extractor.extract(art).claims if c.own]

    arabic = ("افتتحت البلدية حديقة عامة جديدة في وسط المدينة الشمالية، وأوضح عدد من الزوار أنهم فوجئوا "
              "بكثرة الألعاب فيها.")
    latin = arabic.replace("،", ",")
    assert own(arabic) == ["افتتحت البلدية حديقة عامة جديدة في وسط المدينة الشمالية"]
    assert own(latin) == own(arabic)


def test_the_narration_gate_reads_straight_quotes_and_latin_commas_as_the_arabic_ones():
    """An outlet sentence inside a quotation left open before it, or a list of names, is skipped whichever marks
    the site writes (made-up text)."""
    from kg.attribution.narration import narration_gate

    fact = "وكانت المقاومة قد سيطرت الجمعة الماضي على مدينة زنجبار بعد معارك عنيفة"
    assert narration_gate(fact, "وقال المتحدث: ")
    assert not narration_gate(fact, "وقال المتحدث: «كان الوضع صعبا. ")
    assert not narration_gate(fact, 'وقال المتحدث: "كان الوضع صعبا. ')
    names = "وشارك في الاجتماع أحمد علي، سعيد محمد، خالد حسن، فهد سالم، ماجد عمر"
    assert not narration_gate(names, "") and not narration_gate(names.replace("،", ","), "")
