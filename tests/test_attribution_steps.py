"""Each step of the attribution pipeline (kg.attribution.*) on its own, on made-up sentences in the
style of Arabic news, without stanza (the parse step is fed stanza-shaped objects)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.attribution import STEPS, AttributionExtractor
from kg.attribution.claim import make_claim
from kg.attribution.content import content_span, quote_before
from kg.attribution.coreference import Discourse, unregistered_source
from kg.attribution.cues import find_cues, nested_in_content
from kg.attribution.dates import resolve_date
from kg.attribution.document import Document, read_sentence
from kg.attribution.frames import attribute_nominal
from kg.attribution.noun_phrase import np_after
from kg.attribution.own_voice import headline_claims, lead_claims
from kg.attribution.parse import parse_index, subtree
from kg.attribution.pipeline import attribute_sentences, read_sentences
from kg.attribution.polarity import denial_opening, hedge_marker
from kg.attribution.source_phrases import names_another_body
from kg.attribution.subjects import subject_after
from kg.attribution.verbs import BELIEF_VERBS, LEMMAS, VERB_FORM
from kg.model import Article, Extraction
from kg.sources import load_registry, unregistered_ref
from kg.text import split_sentences_abbrev


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def sentence(text: str, registry, words=(), entities=()):
    """The first sentence of `text` as the steps see it (no parse unless words are given)."""
    span = split_sentences_abbrev(text)[0]
    return read_sentence(0, span, text, registry.mentions(text), list(words), list(entities))


def cue_named(s, lemma):
    return next(c for c in find_cues(s) if c.lemma == lemma)


# ------------------------------------------------------------------ verbs
def test_the_lexicon_knows_every_person_of_a_verb_and_its_belief_verbs():
    assert {"قال", "أكد", "نفى", "توقع"} <= LEMMAS
    assert VERB_FORM["قالت"] == VERB_FORM["يقولون"] == "قال"
    assert VERB_FORM["يتوقعون"] == VERB_FORM["توقعت"] == "توقع"
    assert BELIEF_VERBS <= LEMMAS


# ------------------------------------------------------------------ document
def test_a_sentence_maps_normalized_offsets_back_to_the_text(registry):
    text = "وأكّدت وزارة الخارجية الروسية أنّ المحادثات ستُستأنف."
    s = sentence(text, registry)
    assert s.norm.startswith("واكدت وزاره الخارجيه")
    at = s.norm.index("المحادثات")
    assert text[s.orig(at):s.orig(at + len("المحادثات"))] == "المحادثات"
    assert s.to_norm(s.orig(at)) == at


# ------------------------------------------------------------------ parse
def _stanza_doc(tokens):
    """A stanza-shaped Document: tokens (text, start, end, [(id, upos, lemma, head, deprel)])."""
    toks = [SimpleNamespace(start_char=a, end_char=b, words=[
        SimpleNamespace(id=i, upos=u, lemma=lem, text=t, head=h, deprel=d) for i, u, lem, h, d in ws])
        for t, a, b, ws in tokens]
    return SimpleNamespace(sentences=[SimpleNamespace(tokens=toks)], ents=[SimpleNamespace(start_char=5, end_char=11,
                                                                                           type="ORG")])


def test_parse_index_keeps_one_word_per_token_and_resolves_heads():
    # "وقال الجيش" : و + قال (clitic split), الجيش the subject of قال
    doc = _stanza_doc([("وقال", 0, 4, [(1, "CCONJ", "و", 2, "cc"), (2, "VERB", "قال", 0, "root")]),
                       ("الجيش", 5, 10, [(3, "NOUN", "جيش", 2, "nsubj")])])
    words, ents = parse_index([doc], [100])
    assert [(w[0], w[3]) for w in words] == [(100, "VERB"), (105, "NOUN")]  # the verb stands for its token
    assert words[0][4] == -1 and words[1][4] == 0 and words[1][5] == "nsubj"
    assert ents == [(105, 111, "ORG")]


def test_subtree_spans_a_word_and_everything_it_governs(registry):
    text = "قال المتحدث باسم الجيش إن القوات تقدمت."
    s = sentence(text, registry)
    from kg.attribution.document import Word
    s.words = [Word(0, 3, "قال", "VERB", -1, "root"), Word(4, 11, "متحدث", "NOUN", 0, "nsubj"),
               Word(12, 16, "باسم", "ADP", 3, "case"), Word(17, 22, "جيش", "NOUN", 1, "nmod")]
    assert subtree(s, 1) == (4, 22)


# ------------------------------------------------------------------ cues
def test_cues_of_a_sentence_by_kind(registry):
    s = sentence("وقال المرصد إن الاشتباكات تواصلت، بحسب مصادر محلية.", registry)
    assert [(c.lemma, c.kind) for c in find_cues(s)] == [("قال", "verb"), ("بحسب", "nominal")]
    assert find_cues(sentence("ولم يؤكد الجيش أن القوات انسحبت من المدينة.", registry)) == []


def test_a_verb_relaying_the_occasion_is_not_a_cue(registry):
    s = sentence("قال المدير في مقابلة نشرتها صحيفة لوموند يوم الأحد إن الأرباح تراجعت.", registry)
    assert [c.lemma for c in find_cues(s)] == ["قال"]


def test_a_belief_verb_right_after_the_complementizer_is_inside_the_content(registry):
    s = sentence("قال الوزير إنه يتوقع أن تنتهي الأزمة قريبا.", registry)
    assert nested_in_content(s, cue_named(s, "توقع"))
    s = sentence("قال الوزير إنه سافر، فيما تتوقع الحكومة أن تنتهي الأزمة قريبا.", registry)
    assert not nested_in_content(s, cue_named(s, "توقع"))  # the government expects: a report of its own


# ------------------------------------------------------------------ subjects
def test_np_after_stops_at_a_date_word(registry):
    s = sentence("قالت منظمة الإغاثة الدولية يوم الخميس إن المساعدات وصلت.", registry)
    cue = cue_named(s, "قال")
    a, b = np_after(s.norm, cue.end, len(s.norm))
    assert s.norm[a:b] == "منظمه الاغاثه الدوليه"


def test_a_registered_name_inside_a_longer_name_is_another_body(registry):
    s = sentence("قال التحالف الدولي لدعم اللاجئين بقيادة ألمانيا يوم الخميس إنه لم يعد قادرا على ذلك.", registry)
    (m0, m1, mention), = [x for x in s.mentions if x[2].source.key]
    cue = cue_named(s, "قال")
    a, b = np_after(s.norm, cue.end, len(s.norm))
    assert names_another_body(s.norm, mention, m1, b)
    source, end = subject_after(registry, s, cue, s.norm.index("انه"), Discourse())
    assert not source.registered and source.label == "التحالف الدولي لدعم اللاجئين بقيادة ألمانيا"


def test_an_agency_name_with_its_descriptor_stays_registered(registry):
    s = sentence("قالت وكالة الأناضول للأنباء إن القصف استهدف المدينة.", registry)
    source, _ = subject_after(registry, s, cue_named(s, "قال"), s.norm.index(" ان ") + 1, Discourse())
    assert source.registered and source.key == "anadolu"


def test_the_informed_agency_is_not_part_of_the_source(registry):
    s = sentence("أبلغ مسؤولون حكوميون رويترز أنهم يتوقعون تحسن المحصول.", registry)
    source, _ = subject_after(registry, s, cue_named(s, "أبلغ"), s.norm.index("انهم"), Discourse())
    assert source.label == "مسؤولون حكوميون"


# ------------------------------------------------------------------ coreference
def test_the_source_stands_for_the_unnamed_sources_quoted_before(registry):
    state = Discourse()
    earlier = unregistered_ref("مصادر أمنية", "anonymous-source")
    state.remember(earlier)
    s = sentence("وأضاف المصدر أن الهجوم وقع فجرا.", registry)
    at = s.norm.index("المصدر")
    ref = unregistered_source(registry, s, at, at + len("المصدر"), "المصدر", state)
    assert ref.key == earlier.key and ref.label == "المصدر"


def test_a_short_reference_goes_back_to_the_full_name(registry):
    state = Discourse()
    full = unregistered_ref("الهادي محمد الأمين")
    state.remember(full)
    state.remember(unregistered_ref("أحد السكان"), as_antecedent=False)
    assert state.last_source is full
    s = sentence("وأضاف الأمين أن الطالب غادر البلاد.", registry)
    at = s.norm.index("الامين")
    assert unregistered_source(registry, s, at, at + len("الامين"), "الأمين", state).key == full.key


# ------------------------------------------------------------------ content
def test_content_from_the_complementizer_to_the_clause_end(registry):
    s = sentence("وقال المرصد إن القوات تقدمت نحو المدينة، فيما نفى الجيش ذلك.", registry)
    cue = cue_named(s, "قال")
    c0, c1 = content_span(s, cue, s.norm.index(" ان "), len(s.norm), in_relative=False)
    assert s.norm[c0:c1].strip() == "القوات تقدمت نحو المدينه"


def test_a_quotation_before_its_speaker(registry):
    s = sentence("«لن نسمح بسقوط المدينة مهما كلف الأمر»، قال القائد.", registry)
    c0, c1 = quote_before(s, cue_named(s, "قال"))
    assert s.text[s.orig(c0):s.orig(c1)] == "لن نسمح بسقوط المدينة مهما كلف الأمر"


# ------------------------------------------------------------------ polarity and hedging
def test_denial_and_hedges(registry):
    s = sentence("وقالت التنسيقية إنه لا صحة لما تناقلته وسائل الإعلام عن دخول القوات.", registry)
    c0 = s.norm.index("لا صحه")
    assert s.norm[slice(*denial_opening(s.norm, c0, len(s.norm)).span())] == "لا صحه"
    s = sentence("قال الوزير إنه يتوقع أن تنتهي الأزمة، ربما قبل نهاية العام.", registry)
    c0 = s.norm.index("يتوقع")
    assert hedge_marker(s, "قال", c0, len(s.norm)) == "يتوقع"  # the opening verb, not the later ربما
    assert hedge_marker(s, "رجح", c0, len(s.norm)) == "رجح"
    assert hedge_marker(s, "قال", s.norm.index("ربما"), len(s.norm)) == "ربما"


def test_make_claim_trims_and_keeps_the_exact_quote(registry):
    text = "ونفى الجيش أن تكون القوات قد انسحبت."
    art = Article(text=text, date="2015-07-23")
    s = sentence(text, registry)
    cue = cue_named(s, "نفى")
    c = make_claim(art, s, s.norm.index(" ان ") + 3, len(s.norm), unregistered_ref("الجيش"),
                   s.orig(cue.start), s.orig(cue.end), cue.lemma)
    assert c.quote == "تكون القوات قد انسحبت" == text[c.start:c.end]
    assert c.polarity == "denied" and c.cue == "نفى"
    assert c.hedge is None  # قد before a past verb ("قد انسحبت") asserts; before a present one it hedges


# ------------------------------------------------------------------ dates
def test_relative_dates_resolve_against_publication():
    assert resolve_date("قال امس", "2015-08-10") == "2015-08-09"
    assert resolve_date("قال يوم الخميس", "2015-08-10") == "2015-08-06"  # 10 August 2015 was a Monday
    assert resolve_date("يزور الخميس المقبل", "2015-08-10") == "2015-08-13"
    assert resolve_date("قال", "2015-08-10") == "2015-08-10"
    assert resolve_date("قال امس", None) is None


# ------------------------------------------------------------------ frames
def test_a_nominal_frame_names_its_source_after_the_cue(registry):
    text = "بحسب المرصد السوري لحقوق الإنسان، قتل عشرون مدنيا في الغارات."
    s = sentence(text, registry)
    claim, source = attribute_nominal(registry, Article(text=text), s, cue_named(s, "بحسب"), len(s.norm),
                                      Discourse())
    assert source.key == "sohr" and claim.quote == "قتل عشرون مدنيا في الغارات"


# ------------------------------------------------------------------ the outlet's own voice
def test_the_headline_is_the_outlets_own_voice():
    title = "القوات تدخل المدينة.. والمعارضة تنفي"
    art = Article(text=title + "\nوقال المرصد إن الاشتباكات مستمرة.", title=title, publisher="صحيفة المثال")
    own = headline_claims(art, split_sentences_abbrev(art.text), set())
    assert [c.quote for c in own] == ["القوات تدخل المدينة", "والمعارضة تنفي"] and all(c.own for c in own)


def test_a_lead_after_its_dateline_is_the_outlets_own_voice(registry):
    text = "دمشق - عين اليوم: قتل خمسة وعشرون مدنيا في غارات جوية استهدفت سوقا شعبية في مدينة دوما."
    art = Article(text=text, publisher="عين اليوم")
    (lead,) = lead_claims(registry, art, split_sentences_abbrev(text), [])
    assert lead.own and lead.cue is None and lead.quote.startswith("قتل خمسة وعشرون")


# ------------------------------------------------------------------ pipeline
def test_the_steps_in_order_fill_one_document(registry):
    assert [step.__name__ for step in STEPS] == ["read_sentences", "attribute_sentences", "issued_statements",
                                                 "outlet_voice", "propose_missed", "place_and_rank"]
    text = "وقال المرصد إن القوات تقدمت. وأضاف أن الطائرات قصفت المدينة."
    art = Article(text=text, date="2015-07-23")
    spans = split_sentences_abbrev(text)
    doc = Document(article=art, registry=registry, spans=spans, extraction=Extraction(article=art))
    read_sentences(doc)
    assert len(doc.sentences) == 2 and doc.sentences[1].norm.startswith("واضاف")
    attribute_sentences(doc)
    first, second = doc.extraction.claims
    assert first.source.key == second.source.key == doc.discourse.last_source.key  # أضاف: the one just quoted
    whole = AttributionExtractor(registry=registry, nlp=False).extract(art).claims
    assert [(c.quote, c.cue, c.source.key) for c in whole] == [(c.quote, c.cue, c.source.key) for c in (first, second)]
