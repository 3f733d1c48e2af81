"""Which labelled parts the within-range passage fit should learn from — one command, about 2 minutes on 2 cores:

    python -m training.passage_parts_cv

Story-grouped 5-fold CV over the union of the scored parts (train_passage.SCORED_FILES: the fit's TRAIN_FILES and,
since session 18, the train parts of sets f and g, since session 21 set h's, which the fit does not read), mean of the fold draws
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
0.46, claim/sentence 0.680 / 0.47 → 0.676 / 0.46. Session 18 (pass19): the within-range fit's configuration
(train_passage.WITHIN) and signals (train_passage.within_signals) chosen here with `--grid` (fits reading all five
parts; the key: macro-F1 over all pairs with contradictions weighed to train_passage.PRIOR_CONTRADICTS); all five
parts: all 0.637 / 0.45 → 0.645 / 0.45, passage parts 0.604 / 0.44 → 0.614 / 0.44, claim/sentence 0.685 / 0.49 →
0.689 / 0.50. Session 18 (sets f and g): with their train parts scored too (seven parts, 1,291 pairs), fits
reading all five parts against all seven, ten fold draws: all 0.634 / 0.41 against 0.626 / 0.38, at 10 %
contradicts 0.626 against 0.621 (all six 0.623); over GRID (three draws) the best fit reading seven, C 0.3 with
contradictions ×2, scored 0.622 against the shipped five-part fit's 0.623, so the fit reads five. Session 19 (pass20:
one number reader for the figure signals and the count rule, kg.relate.conflicts.number_at; a date's day no part of
a toll), fits reading five, seven parts scored, ten fold draws: all 0.634 / 0.41 → 0.635 / 0.42, passage parts 0.606
/ 0.39 → 0.607 / 0.40, claim/sentence 0.695 / 0.51 → 0.695 / 0.51, sets f and g's train parts 0.550 / 0.16 → 0.561 /
0.19, all at 10 % contradicts 0.626 → 0.627. Session 19 (pass21: a mid pair's lexical contradiction overruled by the
layer to supports, kg.relate.passage.overruled_to_supports; scored with cross_validate's `asked`), ten fold draws:
all 0.635 / 0.42 → 0.638 / 0.42, passage parts 0.607 / 0.40 → 0.611 / 0.40, claim/sentence 0.695 / 0.51 unchanged,
sets f and g's train parts 0.561 / 0.19 → 0.567 / 0.20, all at 10 % contradicts 0.627 → 0.630. Session 20 (pass23: kg.relate.rails.figure_rail on pairs of ≤ 20 words; a mid
pair's lexical contradiction on «لم» / «لن» off target to the layer, kg.relate.passage.negation_off_target; a mid pair's
lexical support with figures that cannot be the other's a contradiction, passage.mid_lexical), ten fold draws: all
0.638 / 0.42 → 0.661 / 0.47, passage parts 0.611 / 0.40 → 0.636 / 0.46, claim/sentence 0.695 / 0.51 → 0.711 / 0.55,
all at 10 % contradicts 0.630 → 0.654. Session 21 (pass25): set h's train part (relations-passage-7) scored too, eight
parts, 1,388 pairs; fits reading the five, at 10 % contradicts 0.657, as with set h read too ("five + set h").
Session 21 (pass26): set i's train part (relations-passage-8, 37 % contradicts, weighed down to 10 % with the rest)
scored too, nine parts, 1,498 pairs; at 10 % contradicts fits reading the five 0.644, "five + set i" 0.643, "five +
sets h, i" 0.644 (claim/sentence 0.758 → 0.755). No held-out part is read.

    python -m training.passage_parts_cv --grid   # configurations and signal sets of the all-five fit (a few minutes)
"""

from __future__ import annotations

import sys

import numpy as np

from training import train_passage as tp

PARTS = dict(zip(("claim/sentence", "passage", "passage-2", "passage-3", "passage-4", "passage-5",
                  "passage-6", "passage-7", "passage-8"), tp.SCORED_FILES, strict=True))
FIVE = tuple(PARTS)[:5]  # the parts the shipped fits read (train_passage.TRAIN_FILES)
VARIANTS = {"first two parts": ("claim/sentence", "passage"),
            "+ passage-2": ("claim/sentence", "passage", "passage-2"),
            "+ passage-3": ("claim/sentence", "passage", "passage-3"),
            "first four": ("claim/sentence", "passage", "passage-2", "passage-3"),
            "all five": FIVE,
            "all six": tuple(PARTS)[:6],
            "all seven": tuple(PARTS)[:7],
            "five + set h": FIVE + ("passage-7",),
            "all eight": tuple(PARTS)[:8],
            "five + set i": FIVE + ("passage-8",),
            "five + sets h, i": FIVE + ("passage-7", "passage-8"),
            "all nine": tuple(PARTS)}


GRID = [{"C": c, "class_weight": {"contradicts": w, "supports": 1.0, "unrelated": 1.0}}
        for c in (0.3, 1.0, 3.0) for w in (1.0, 1.5, 2.0)]


def main(argv=None) -> int:
    import argparse

    from kg.relate import passage, scores

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--grid", action="store_true", help="score GRID's configurations with session 17's signals and "
                    "with train_passage.within_signals (fits reading all five parts) instead of the parts' variants")
    args = ap.parse_args(argv)

    rows, part = [], []
    for name, path in PARTS.items():
        got = tp.load([path])
        rows += got
        part += [name] * len(got)
    part = np.array(part)
    views, _ = tp.featurize(rows, tp.fit_head())
    X = passage.matrix(views, tp.within_signals())
    y = np.array([r["gold"] for r in rows])
    groups = np.array([r["group"] for r in rows])
    lexical, routed, asked = tp.lexical_routing(rows)
    passages = part != "claim/sentence"
    print(f"{len(rows)} pairs; 3-class macro-F1 / contradicts-F1 of out-of-fold verdicts as shipped")

    def score(name, X, cfg, use):
        got, key = {"all": [], "passage parts": [], **{p: [] for p in PARTS}}, []
        for seed in tp.CV_SEEDS:
            no_copies = np.empty((0, X.shape[1]))  # no buried copies: the within-range fit reads none
            pred, _ = tp.cross_validate(X, y, groups, cfg, no_copies, np.array([], dtype=int), lexical, routed,
                                        seed=seed, buried=False, fit_on=np.isin(part, use), asked=asked)
            for k, mask in (("all", np.ones(len(y), bool)), ("passage parts", passages),
                            *((p, part == p) for p in PARTS)):
                s = scores(list(y[mask]), list(pred[mask]))
                got[k].append((s["macro_f1"], s["classes"]["contradicts"]["f1"]))
            key.append(tp.real_shape(y, pred))
        print(f"  {name:16s} " + "  ".join(f"{k} {np.mean(v, 0)[0]:.3f} / {np.mean(v, 0)[1]:.2f}" for k, v in got.items())
              + f"  all at {tp.PRIOR_CONTRADICTS:.0%} contradicts {np.mean(key):.3f}", flush=True)

    if args.grid:
        before = [n for n in passage.SIGNALS if n != "denial_on_target_max"]  # session 17's 31, as shipped before
        for signals, X_ in (("session 17's", passage.matrix(views, before)), ("within_signals", X)):
            for cfg in GRID:
                score(f"{signals}, C {cfg['C']}, contradicts ×{cfg['class_weight']['contradicts']}", X_, cfg,
                      VARIANTS["all five"])
        return 0
    for name, use in VARIANTS.items():
        score(name, X, tp.WITHIN, use)
    return 0


if __name__ == "__main__":
    sys.exit(main())
