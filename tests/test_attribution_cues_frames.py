"""Cues and frames of news reporting the rules missed (session 16, ext19, issue 14): made-up sentences, with the
stanza parse and with the rules alone."""

from __future__ import annotations

from kg.model import Article
from tests.test_attribution_patterns import extractor  # noqa: F401 (a fixture)


def said(extractor, text):
    claims = extractor.extract(Article(text=text, date="2015-08-10", publisher="صحيفة المثال")).claims
    return [(c.cue, c.source.label, c.quote) for c in claims if not c.own]


def test_speakers_described_by_whom_they_spoke_to_before_their_verb(extractor):
    text = "لكن سكانا تحدثوا مع وكالة الأنباء هاتفيا قالوا إن القوات انسحبت من البلدة قبل يومين."
    assert said(extractor, text) == [("قالوا", "سكانا", "القوات انسحبت من البلدة قبل يومين")]
    text = "غير أن مسؤولين محليين تحدثوا للصحيفة أكدوا أن الطريق أغلق أمام الشاحنات."
    assert said(extractor, text) == [("أكدوا", "مسؤولين محليين", "الطريق أغلق أمام الشاحنات")]
