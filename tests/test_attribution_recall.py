"""Constructions that unseen news uses and the rules missed (issue 14, session 9), on made-up sentences of the
same shape, with the stanza parse and with the rules alone."""

from __future__ import annotations

from kg.model import Article
from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)


def said(extractor, text):
    """The attributed claims of `text` (a first sentence of another speaker keeps the lead out of the way)."""
    return [c for c in extractor.extract(Article(text=text, date="2015-08-10", publisher="صحيفة المثال")).claims
            if not c.own]


LEAD = "قال الوزير إن الاتفاق سيوقع غدا. "


def test_a_frame_with_its_own_verb_names_whoever_follows_it(extractor):
    _, c = said(extractor, LEAD + "وقتل جندي وثمانية مقاتلين في هجوم على قاعدة في كابول وفقا لما ذكره الناتو.")
    assert c.source.label == "الناتو" and c.cue == "وفقا لما ذكره"
    assert "قتل جندي وثمانية مقاتلين في هجوم على قاعدة في كابول" in c.quote


def test_a_body_after_a_frame_is_its_source(extractor):
    _, c = said(extractor, LEAD + "وتبلغ حصة ألمانيا من الاتفاقيات نحو 90 مليار يورو، بحسب المعهد.")
    assert c.source.label == "المعهد" and c.cue == "بحسب"
    assert "حصة ألمانيا من الاتفاقيات نحو 90 مليار يورو" in c.quote
    # a schedule or a regulation is no source
    assert len(said(extractor, LEAD + "وتبدأ الدراسة في الأول من سبتمبر بحسب البرنامج المعتمد.")) == 1
