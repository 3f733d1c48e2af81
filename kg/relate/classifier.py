"""The learned model: `RelateModel` (load, features, matrix, probabilities, predict, decide) and the
shipped instance, loaded once (`model()`)."""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import Any, Sequence

from ..model import Relation
from ..resources import data_dir
from .claims import ClaimFacts
from .explanation import explain
from .features import DENSE, PairFeatures, _Vectors, pair_features, pair_vectors
from .rails import (containment_rail, country_rail, denial_rail, figure_rail, graph_rail, guard_rail, restatement_rail,
                    same_text_rail, sentence_rail)

MODEL_VERSION = "logreg-v1"
METHOD = f"ans-{MODEL_VERSION}"  # the method written into the graph for learned relations
MODEL_PATH = data_dir("models") / "relate-model.joblib"
VECTORS_PATH = data_dir("models") / "relate-vectors.npz"
TRAIN_COMMAND = "python -m training.train_relate"


class ModelMissing(RuntimeError):
    pass


class RelateModel:
    """The trained classifier (a dict of scikit-learn objects saved by training.train_relate)."""

    def __init__(self, bundle: dict[str, Any], vectors: _Vectors | None):
        self.b = bundle
        self.vectors = vectors
        self.labels: list[str] = list(bundle["labels"])
        self.temperature: float = float(bundle.get("temperature", 1.0))
        self.method: str = bundle.get("method", METHOD)

    @classmethod
    def load(cls, path: Path | str | None = None) -> "RelateModel":
        path = Path(path or os.environ.get("SANAD_RELATE_MODEL") or MODEL_PATH)
        if not path.exists():
            raise ModelMissing(f"relation model not found at {path}; train it with `{TRAIN_COMMAND}`")
        try:
            import joblib
        except ImportError as e:  # pragma: no cover
            raise ModelMissing(f"scikit-learn/joblib are needed to load {path}: pip install -e . ({e})")
        bundle = joblib.load(path)
        vectors = None
        if bundle.get("uses_vectors"):
            vpath = path.parent / bundle.get("vectors_file", VECTORS_PATH.name)
            if not vpath.exists():
                raise ModelMissing(f"word vectors not found at {vpath}; train them with "
                                   f"`python -m training.train_vectors`, then `{TRAIN_COMMAND}`")
            vectors = _Vectors(vpath)
        return cls(bundle, vectors)

    @cached_property
    def _push(self):
        """Each feature's push toward a class's logit, against the mean of the other classes."""
        coef = self.b["clf"].coef_  # (classes, features)
        return coef - (coef.sum(axis=0, keepdims=True) - coef) / (len(self.labels) - 1)

    def features(self, pairs: Sequence[tuple[ClaimFacts, ClaimFacts]]) -> list[PairFeatures]:
        on = bool(self.b.get("meanings"))  # trained with words compared by kg.relate.meanings
        return [pair_features(a, b, self.vectors, on) for a, b in pairs]

    @property
    def uses_encoder(self) -> bool:
        """Whether the model also reads the sentence encoder's view of the pair (bundle["encoder"]: the encoder
        pair head, a logistic regression over `pair_vectors`, whose log-probabilities are three more features)."""
        return self.b.get("encoder") is not None

    def meaning(self, pv):
        """The encoder head's log-probabilities of the pairs (rows of `pair_vectors`), in `self.labels` order."""
        import numpy as np

        return np.log(np.clip(self.b["encoder"]["head"].predict_proba(pv), 1e-6, 1.0))

    def encodings(self, pairs: Sequence[tuple[ClaimFacts, ClaimFacts]], vectors=None):
        """The encoder head's columns (`meaning`) when the model reads them, else None. `vectors`: the two
        sides' unit vectors, two (n, 512) arrays, where the caller has them (the graph's cached claim vectors);
        otherwise each distinct text is embedded here (kg.encoder, no cache)."""
        if not self.uses_encoder or not pairs:
            return None
        if vectors is None:
            from ..encoder import EncoderMissing, embed

            texts = list(dict.fromkeys(t for a, b in pairs for t in (a.text, b.text)))
            try:
                vecs = embed(texts)
            except EncoderMissing as e:
                raise ModelMissing(str(e)) from None
            row = {t: i for i, t in enumerate(texts)}
            vectors = (vecs[[row[a.text] for a, _ in pairs]], vecs[[row[b.text] for _, b in pairs]])
        return self.meaning(pair_vectors(*vectors))

    def matrix(self, feats: list[PairFeatures], enc=None):
        """`enc`: `encodings(...)` of the same pairs (required when the model reads the encoder)."""
        import numpy as np
        from scipy.sparse import csr_matrix, hstack

        dense = np.array([f.dense for f in feats], dtype=np.float64).reshape(len(feats), len(DENSE))
        parts = [csr_matrix(self.b["scaler"].transform(dense))]
        parts.append(self.b["text"].transform([f.diff_text for f in feats]) * self.b.get("text_weight", 1.0))
        if self.b.get("swaps") is not None:
            parts.append(self.b["swaps"].transform([f.swaps for f in feats]) * self.b.get("swaps_weight", 1.0))
        e = self.b.get("encoder")
        if e is not None:
            if enc is None:
                raise ValueError("this model reads the sentence encoder: pass matrix(feats, encodings(pairs))")
            parts.append(csr_matrix(e["scaler"].transform(enc) * e["weight"]))
        return hstack(parts).tocsr(), dense

    def logits(self, X):
        return self.b["clf"].decision_function(X)

    def probabilities(self, X):
        import numpy as np

        z = self.logits(X) / self.temperature
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def predict(self, pairs: Sequence[tuple[ClaimFacts, ClaimFacts]], explain_all: bool = True,
                graph: bool = False, vectors=None) -> list[Relation]:
        """`graph`: the pairs come from blocking across a corpus, not from one story (see graph_rail).
        `vectors`: the pairs' sentence vectors where the caller has them (see `encodings`)."""
        return self.predict_with_probabilities(pairs, explain_all, graph, vectors)[0]

    def predict_with_probabilities(self, pairs: Sequence[tuple[ClaimFacts, ClaimFacts]], explain_all: bool = True,
                                   graph: bool = False, vectors=None):
        """The verdicts, and the model's probabilities before the rails (rows in `self.labels` order)."""
        if not pairs:
            return [], None
        feats = self.features(pairs)
        X, _ = self.matrix(feats, self.encodings(pairs, vectors))
        P = self.probabilities(X)
        out = self.decide(feats, X, P, explain_all, graph)
        if graph:  # claims against claims: graph_rail already asks for a polarity conflict
            return out, P
        for i, (a, b) in enumerate(pairs):
            rail = ((figure_rail(a, b) or denial_rail(a, b)) if out[i].relation != "contradicts" else None) \
                or sentence_rail(out[i], a, b, {c: float(P[i, j]) for j, c in enumerate(self.labels)})
            if rail is not None:
                out[i] = Relation(rail.relation, rail.confidence, rail.why, self.method)
        return out, P

    def decide(self, feats: list[PairFeatures], X, P, explain_all: bool = True, graph: bool = False) -> list[Relation]:
        """Verdicts from probabilities, within the rule guard rails, with their explanations."""
        out: list[Relation] = []
        rel = self._push
        nd = len(DENSE)
        ne = X.shape[1] - (self.b["encoder"]["scaler"].n_features_in_ if self.uses_encoder else 0)  # encoder columns
        for i, f in enumerate(feats):
            k = int(P[i].argmax())
            label = self.labels[k]
            # the graph's claims are grouped as reprints before relating, and its restatement rail reads a copy
            guard = (country_rail(f, float(P[i, k])) or restatement_rail(label, f)
                     or containment_rail(label, f)) if graph else same_text_rail(f)
            if guard is None:
                guard = guard_rail(label, f, {c: float(P[i, j]) for j, c in enumerate(self.labels)})
            if guard is None and graph:
                guard = graph_rail(label, f, float(P[i, k]))
            if guard is not None:
                out.append(Relation(guard.relation, guard.confidence, guard.why, self.method))
                continue
            why = ""
            if explain_all or label != "unrelated":
                lo, hi = X.indptr[i], X.indptr[i + 1]
                idx, val = X.indices[lo:hi], X.data[lo:hi]
                push = rel[k, idx] * val
                dense_mask = idx < nd
                contrib = {DENSE[j]: float(c) for j, c in zip(idx[dense_mask], push[dense_mask])}
                contrib["__text__"] = float(push[~dense_mask & (idx < ne)].sum())
                contrib["__meaning__"] = float(push[idx >= ne].sum())
                why = explain(label, contrib, f.ev, dict(zip(DENSE, f.dense)))
            out.append(Relation(label, round(float(P[i, k]), 4), why, self.method))
        return out


_MODEL: RelateModel | None = None


def model() -> RelateModel:
    """The shipped model, loaded once (lazily: nothing is loaded until a relation is asked for)."""
    global _MODEL
    if _MODEL is None:
        _MODEL = RelateModel.load()
    return _MODEL
