"""Which labelled parts the within-range passage fit should learn from — one command, about 2 minutes on 2 cores:

    python -m training.passage_parts_cv

Story-grouped 5-fold CV over the union of the training parts (train_passage.TRAIN_FILES), mean of the fold draws
train_passage.CV_SEEDS; every variant is scored on the same out-of-fold pairs of all parts, verdicts as shipped
(routed pairs by the layer, the others by the lexical model), and differs only in the parts its fits may read.
Session 15: 3-class macro-F1 / contradicts-F1 over all 921 pairs 0.564 / 0.32 (first two parts) → 0.580 / 0.34
(+ relations-passage-2) → 0.580 / 0.32 (+ relations-passage-2 and -3); over the passage parts 0.502 / 0.30 →
0.522 / 0.33 → 0.526 / 0.30. Session 16 (kg.relate.passage_signals; one sentence over 40 words routed too), all four
parts: all 0.580 / 0.32 → 0.607 / 0.40, passage parts 0.525 / 0.30 → 0.558 / 0.39. Session 16 (pass17: pairs of
21–40 words to the layer where the lexical model calls them unrelated, kg.relate.passage.judged_by_layer), all four
parts: all 0.606 / 0.40 → 0.617 / 0.42, passage parts 0.556 / 0.39 → 0.570 / 0.40, claim/sentence 0.673 / 0.43 →
0.680 / 0.47. Session 17 (pass18: opposite outcomes and the claim's numbers found in the passage,
kg.relate.passage_signals), all four parts: all 0.617 / 0.42 → 0.640 / 0.46, passage parts 0.570 / 0.40 → 0.604 /
0.46, claim/sentence 0.680 / 0.47 → 0.676 / 0.46. No held-out part is read.
"""

from __future__ import annotations

import sys

import numpy as np

from training import train_passage as tp

PARTS = dict(zip(("claim/sentence", "passage", "passage-2", "passage-3", "passage-4"), tp.TRAIN_FILES))
VARIANTS = {"first two parts": ("claim/sentence", "passage"),
            "+ passage-2": ("claim/sentence", "passage", "passage-2"),
            "+ passage-3": ("claim/sentence", "passage", "passage-3"),
            "first four": ("claim/sentence", "passage", "passage-2", "passage-3"),
            "all five": tuple(PARTS)}


def main() -> int:
    from kg.relate import facts, model, passage, scores

    rows, part = [], []
    for name, path in PARTS.items():
        got = tp.load([path])
        rows += got
        part += [name] * len(got)
    part = np.array(part)
    _, X = tp.featurize(rows, tp.fit_head())
    y = np.array([r["gold"] for r in rows])
    groups = np.array([r["group"] for r in rows])
    lexical = [r.relation for r in model().predict([(facts(r["a"]), facts(r["b"])) for r in rows])]
    routed = np.array([passage.judged_by_layer(r["a"], r["b"], x) for r, x in zip(rows, lexical)])
    passages = part != "claim/sentence"
    no_copies = np.empty((0, X.shape[1]))  # no buried copies: the within-range fit reads none
    print(f"{len(rows)} pairs; 3-class macro-F1 / contradicts-F1 of out-of-fold verdicts as shipped")
    for name, use in VARIANTS.items():
        got = {"all": [], "passage parts": [], **{p: [] for p in PARTS}}
        for seed in tp.CV_SEEDS:
            pred, _ = tp.cross_validate(X, y, groups, tp.BEFORE, no_copies, np.array([], dtype=int), lexical, routed,
                                        seed=seed, buried=False, fit_on=np.isin(part, use))
            for key, mask in (("all", np.ones(len(y), bool)), ("passage parts", passages),
                              *((p, part == p) for p in PARTS)):
                s = scores(list(y[mask]), list(pred[mask]))
                got[key].append((s["macro_f1"], s["classes"]["contradicts"]["f1"]))
        print(f"  {name:16s} " + "  ".join(f"{k} {np.mean(v, 0)[0]:.3f} / {np.mean(v, 0)[1]:.2f}" for k, v in got.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
