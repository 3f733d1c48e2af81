"""kg.nlp: the shipped stanza models load offline and analyse Arabic with offsets into the original text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg import nlp

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "palmyra-kerry-lavrov.ar.txt").read_text(encoding="utf-8")
# A sentence of the seed: state TV (a source), Syrian army units, ISIS, a hotel in Palmyra.
SENTENCE = next(line for line in SEED.splitlines() if line.startswith("وتفصيلاً، قال التلفزيون السوري"))
# The same claim with harakat, tatweel and a no-break space, which the models never saw.
VOWELLED = "قالَ وزيرُ الخارجيـــة الأميركي\u00a0جون كيري في موسكو إنّ المحادثات مثمرةٌ."


@pytest.fixture(scope="module")
def doc():
    return nlp.analyse(SENTENCE)


def test_sentences_words_and_syntax(doc):
    assert doc.text == SENTENCE
    assert len(doc.sentences) >= 1
    words = [w for s in doc.sentences for w in s.words]
    assert len(words) > 20
    for s in doc.sentences:
        n = len(s.words)
        roots = [w for w in s.words if w.head == 0]
        assert len(roots) == 1 and roots[0].deprel == "root"
        for w in s.words:
            assert w.lemma and w.upos and w.deprel
            assert 0 <= w.head <= n
    upos = Counter_of(w.upos for w in words)
    assert upos["NOUN"] + upos["PROPN"] >= 5 and upos["VERB"] >= 1 and upos["ADP"] >= 2
    # قال is the reporting verb of the sentence
    qal = next(w for w in words if w.text == "قال")
    assert qal.upos == "VERB"


def Counter_of(items):
    from collections import Counter
    return Counter(items)


def test_token_offsets_slice_the_original_text(doc):
    for s in doc.sentences:
        for tok in s.tokens:
            surface = SENTENCE[tok.start_char:tok.end_char]
            assert surface and nlp.stanza_normalize(surface) == tok.text
    # offsets are increasing and never overlap
    ends = [(t.start_char, t.end_char) for s in doc.sentences for t in s.tokens]
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:]))


def test_diacritics_tatweel_and_nbsp_map_back():
    d = nlp.analyse(VOWELLED)
    toks = [t for s in d.sentences for t in s.tokens]
    for t in toks:
        assert nlp.stanza_normalize(VOWELLED[t.start_char:t.end_char]) == t.text
    slices = [VOWELLED[t.start_char:t.end_char] for t in toks]
    assert "قالَ" in slices          # the trailing fatha stays with its word
    assert "الخارجيـــة" in slices    # tatweel inside the word is kept in the slice
    assert "الأميركي" in slices       # hamza alef in the original, bare alef in tok.text
    assert all("\u00a0" not in x for x in slices)


def test_named_entities(doc):
    assert doc.ents, "no entities found"
    for e in doc.ents:
        assert e.type in nlp.NER_LABELS
        assert SENTENCE[e.start_char:e.end_char] == e.text
    assert any(e.type in ("LOC", "GOV", "ORG", "MEDIA") for e in doc.ents)
    kerry = nlp.analyse(VOWELLED)
    assert any(e.type == "PER" and "كيري" in e.text for e in kerry.ents)
    assert any(e.type == "LOC" and "موسكو" in e.text for e in kerry.ents)


def test_analyse_many_matches_analyse(doc):
    many = nlp.analyse_many([SENTENCE, VOWELLED])
    assert len(many) == 2
    assert [t.text for s in many[0].sentences for t in s.tokens] == [t.text for s in doc.sentences for t in s.tokens]
    assert many[1].text == VOWELLED


def test_shipped_scores_and_labels():
    scores = json.loads((nlp.model_dir() / "SCORES.json").read_text(encoding="utf-8"))
    assert scores["quick"] is False
    assert scores["tokenize"]["tokens_f1"] > 90
    assert scores["padt"]["UPOS"] > 85 and scores["padt"]["LAS"] > 50
    assert {"PER", "LOC", "ORG", "GOV", "MEDIA"} <= set(scores["ner"]["per_class"])


def test_missing_model_dir_names_the_training_command(tmp_path):
    code = ("import kg.nlp as n\n"
            "try:\n    n.load_pipeline()\nexcept n.NLPModelMissing as e:\n    print('MISSING', e)\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "SANAD_STANZA_DIR": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("MISSING")
    assert "python -m training.train_stanza" in proc.stdout
    assert str(tmp_path) in proc.stdout and "ar_pud_tokenizer.pt" in proc.stdout
