"""The CRF tagger's pieces (training/tagger/tagger.py, measured and not shipped): tokens, BIO labels from a gold
claim, the features of the cue lexicon, and the claims read off a sentence's tags, on made-up sentences. The CRF
itself (python-crfsuite, the `train` extra) is not needed here."""

from __future__ import annotations

from kg.attribution import AttributionExtractor
from kg.attribution.pipeline import attribute_sentences, read_sentences
from kg.model import Article
from training.tagger.tagger import gold_labels, runs, sentence_features, tag_claims, tokens

TEXT = "وقال وزير الخارجية الفرنسي إن المحادثات ستستأنف الأسبوع المقبل."


def doc_of(text: str, steps=(read_sentences,)):
    return AttributionExtractor(nlp=False).document(Article(text=text, title=None, date=None, lang="ar"), steps=steps)


def gold_claim(text: str) -> dict:
    q, c, s = "المحادثات ستستأنف الأسبوع المقبل", "قال", "وزير الخارجية الفرنسي"
    return {"start": text.index(q), "end": text.index(q) + len(q), "cue_start": text.index(c),
            "cue_end": text.index(c) + len(c), "source_start": text.index(s), "source_end": text.index(s) + len(s),
            "source": "french-fm", "optional": False}


def test_gold_labels_mark_cue_source_and_content_in_bio():
    s = doc_of(TEXT).sentences[0]
    toks = tokens(s)
    labels = dict(zip((t.norm for t in toks), gold_labels(s, toks, [gold_claim(TEXT)])))
    assert labels["وقال"] == "B-CUE"  # the cue touches the token with its و
    assert labels["وزير"] == "B-SOURCE" and labels["الفرنسي"] == "I-SOURCE"
    assert labels["ان"] == "O"  # the complementizer is outside the content
    assert labels["المحادثات"] == "B-CONTENT" and labels["المقبل"] == "I-CONTENT"
    assert labels["."] == "O"


def test_the_outlets_own_claims_label_nothing():
    s = doc_of(TEXT).sentences[0]
    own = {"start": 0, "end": len(TEXT) - 1, "source": "outlet", "own": True}
    assert set(gold_labels(s, tokens(s), [own])) == {"O"}


def test_features_carry_the_cue_lexicon_and_the_complementizer_after():
    s = doc_of(TEXT).sentences[0]
    toks = tokens(s)
    feats = dict(zip((t.norm for t in toks), sentence_features(s, toks)))
    assert "cue=verb" in feats["وقال"] and "cl=و" in feats["وقال"]
    assert "comp" in feats["ان"]
    assert "comp_after" in feats["الفرنسي"]
    assert "since_cue=1" in feats["وزير"] and "no_cue_before" not in feats["وزير"]


def test_runs_split_at_a_new_b():
    tags = ["B-CUE", "B-SOURCE", "I-SOURCE", "O", "B-CONTENT", "I-CONTENT", "B-CONTENT", "I-CONTENT", "I-CONTENT"]
    assert runs(tags, "SOURCE") == [(1, 3)]
    assert runs(tags, "CONTENT") == [(4, 6), (6, 9)]


def test_tag_claims_take_the_source_run_before_the_content():
    doc = doc_of(TEXT, (read_sentences, attribute_sentences))
    s = doc.sentences[0]
    toks = tokens(s)
    tags = gold_labels(s, toks, [gold_claim(TEXT)])
    (claim,) = tag_claims(doc, s, toks, tags)
    assert claim.quote == "المحادثات ستستأنف الأسبوع المقبل"
    assert claim.source.label == "وزير الخارجية الفرنسي"
    assert TEXT[claim.cue_start:claim.cue_end] == "وقال"


def test_tag_claims_without_a_source_run_take_the_previous_source_or_none():
    doc = doc_of(TEXT, (read_sentences, attribute_sentences))
    s = doc.sentences[0]
    toks = tokens(s)
    tags = ["B-CONTENT" if t.norm == "المحادثات" else "I-CONTENT" if t.norm in ("ستستانف", "الاسبوع", "المقبل")
            else "O" for t in toks]
    assert tag_claims(doc, s, toks, tags) == []  # no source anywhere: no claim
    prev = doc.extraction.claims[0].source
    (claim,) = tag_claims(doc, s, toks, tags, prev)
    assert claim.source is prev
