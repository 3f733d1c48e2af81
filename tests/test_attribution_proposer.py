"""The learned proposer (kg/attribution/proposer.py): its candidates, its choice, where its claims' sources come
from, that it is off without its model, and that the shipped model adds nothing false to the seed."""

from __future__ import annotations

import json

import numpy as np
import pytest

from kg.attribution import AttributionExtractor
from kg.attribution import proposer
from kg.attribution.pipeline import STEPS
from kg.extract_eval import score_article
from kg.model import Article, Claim, SourceRef

from .conftest import SEEDS


def seed_article(seed_text) -> Article:
    meta = json.loads((SEEDS / "palmyra-kerry-lavrov.ar.meta.json").read_text(encoding="utf-8"))
    return Article(text=seed_text, title=meta["title"], date=meta["date"], lang=meta["lang"])


def test_pieces_split_at_clause_marks_and_keep_the_whole_sentence():
    text = "قال الوزير إن الوضع مستقر، مضيفا أن القوات تتقدم نحو المدينة."
    got = [text[a:b] for a, b in proposer.pieces(text, 0, len(text))]
    assert "قال الوزير إن الوضع مستقر" in got
    assert "مضيفا أن القوات تتقدم نحو المدينة" in got  # trimmed: no space, no final stop
    assert text.rstrip(".") in got  # the whole sentence
    assert all(len(p.split()) >= proposer.MIN_WORDS for p in got)


def test_candidates_know_the_rules_cue_before_them_and_whether_a_claim_came_of_it():
    text = "قال الوزير إن الوضع مستقر، مضيفا أن القوات تتقدم نحو المدينة."
    claims = [{"start": 14, "end": 25, "cue_start": 0}]  # "الوضع مستقر" from قال
    cues = [[0, 3, "verb", "قال"], [27, 32, "participle", "أضاف"]]
    cands = {text[c["start"]:c["end"]]: c for c in proposer.candidates(text, [(0, len(text))], claims, cues)}
    after = cands["مضيفا أن القوات تتقدم نحو المدينة"]
    assert "IN_participle_unused" in after["left"]  # the participle the rules left without a claim
    first = cands["قال الوزير إن الوضع مستقر"]
    assert "IN_verb_used" in first["left"] and first["num"][0] == 1.0  # a rule claim covers it


def test_choose_takes_the_most_probable_and_never_two_overlapping():
    cands = [{"start": 0, "end": 10}, {"start": 5, "end": 20}, {"start": 30, "end": 40}, {"start": 50, "end": 60}]
    chosen = proposer.choose(cands, np.array([0.85, 0.9, 0.81, 0.3]), 0.8)
    assert [(c["start"], c["end"]) for c in chosen] == [(5, 20), (30, 40)]


def _claim(start, end, sentence, label, own=False):
    ref = SourceRef(key=label, label=label, name=label, name_ar=label, type="person", registered=False)
    return Claim(article_key="a", text="", quote="", start=start, end=end, sentence=sentence, source=ref,
                 cue="قال", cue_start=start - 4, cue_end=start - 1, polarity="asserted", own=own)


def test_a_proposal_takes_the_source_of_the_nearest_rule_claim_before_it_in_its_sentence():
    claims = [_claim(10, 20, 0, "أ"), _claim(40, 50, 1, "ب"), _claim(60, 70, 1, "ج"), _claim(80, 90, 2, "د")]
    assert proposer.source_claim(claims, 75, 1).source.label == "ج"
    assert proposer.source_claim(claims, 30, 1).source.label == "أ"  # none before it in its own sentence
    assert proposer.source_claim(claims, 5, 0) is None  # none at all: the outlet's voice


def test_a_proposal_without_a_claim_before_it_is_the_outlets_and_its_quote_is_the_exact_span():
    text = "انطلقت في بغداد أمس تظاهرات تطالب بتحسين الأداء الحكومي."
    art = Article(text=text, title="", date="2015-08-01", lang="ar", publisher="صحيفة")
    c = proposer.proposal(art, [(0, len(text))], [], [], {"start": 0, "end": len(text) - 1, "sentence": 0})
    assert c.own and c.cue is None and c.quote == text[:-1] and text[c.start:c.end] == c.quote


def test_the_step_is_off_unless_asked_for_and_off_when_the_model_file_is_missing(monkeypatch, tmp_path, seed_text):
    art = seed_article(seed_text)
    rules_only = tuple(s for s in STEPS if s is not proposer.propose_missed)
    spans = lambda ext: [(c.start, c.end, c.source.label) for c in ext.claims]  # noqa: E731
    plain = AttributionExtractor(nlp=False)
    assert plain.proposer is None  # not asked for
    assert spans(plain.extract(art)) == spans(plain.extract(art, steps=rules_only))
    monkeypatch.setattr(proposer, "model_path", lambda: tmp_path / "none.joblib")
    proposer.load_model.cache_clear()
    try:
        assert proposer.load_model() is None
        asked = AttributionExtractor(nlp=False, proposer=True)
        assert asked.proposer is None  # asked for, but no model
        assert spans(asked.extract(art)) == spans(plain.extract(art, steps=rules_only))
    finally:
        proposer.load_model.cache_clear()


@pytest.mark.skipif(not proposer.model_path().exists(), reason="models/proposer.joblib not trained here")
def test_the_shipped_model_keeps_the_seed_at_16_of_16_with_nothing_extra(seed_text, gold):
    proposer.load_model.cache_clear()
    ex = AttributionExtractor(nlp=False, proposer=True)
    assert ex.proposer is not None
    ext = ex.extract(seed_article(seed_text))
    sc = score_article([c.to_json() for c in ext.claims], gold["claims"], [])
    assert (sc.tp, sc.fp, sc.fn) == (16, 0, 0)
    for c in ext.claims:
        assert seed_text[c.start:c.end] == c.quote


class EverythingModel:
    """A stand-in model that proposes every candidate."""

    def proba(self, cands):
        return np.ones(len(cands))


def test_a_model_that_proposes_everything_never_repeats_a_claims_span(seed_text):
    ex = AttributionExtractor(nlp=False)
    art = seed_article(seed_text)
    steps = tuple((lambda doc: proposer.propose_missed(doc, EverythingModel(), 0.5)) if s is proposer.propose_missed
                  else s for s in STEPS)
    claims = ex.extract(art, steps=steps).claims
    rules = ex.extract(art, steps=tuple(s for s in STEPS if s is not proposer.propose_missed)).claims
    spans = [(c.start, c.end) for c in claims]
    assert len(spans) == len(set(spans)) and len(claims) > len(rules)
    for c in claims:
        assert seed_text[c.start:c.end] == c.quote
        assert c.own or c.source.label  # every proposal has a source: a rule's, or the outlet's own voice
