"""Train the claim/passage stance layer (kg.passage) — one reproducible command, CPU, about 15 minutes on 2 shared cores:

    python -m training.train_passage               # choose by CV, write models/passage-stance-long.joblib
    python -m training.train_passage --no-buried   # write models/passage-stance.joblib (a minute)

kg.relate.passage uses the first fit for passages longer than any labelled one (LONG_WORDS), the second
(no buried copies; WITHIN, session 5's configuration until session 18) within the labelled range.

Training pairs (hand-labelled, in-domain; `split` or the file decides what is held out):
- tests/gold/relations/syria-claim-sentence.jsonl (claim vs one article sentence), all 352 pairs;
- tests/gold/relations-passage/train.jsonl (claim vs claim and claim vs passage, 2015 news
  beyond Syria), 285 pairs;
- tests/gold/relations-passage-2/train.jsonl (set c, session 8: events no earlier set touched, conflicts
  hunted), 137 pairs;
- tests/gold/relations-passage-3/train.jsonl (set d, session 15: the release check's balance, 12 %
  contradicts), 147 pairs;
- tests/gold/relations-passage-4/train.jsonl (set e, session 17: the release check's balance, 9 %
  contradicts, labelled blind), 121 pairs.
Sets c and d joined the fits in session 15 on story-grouped 5-fold CV over the union of all four training
parts (out-of-fold verdicts as shipped, mean of the CV_SEEDS draws; fits allowed to read only some parts;
`python -m training.passage_parts_cv`): 3-class macro-F1 / contradicts-F1 over all 921 pairs 0.564 / 0.32 with the
first two parts, 0.580 / 0.34 with set c added, 0.580 / 0.32 with c and d; over the passage parts alone 0.502 /
0.30 → 0.522 / 0.33 → 0.525 / 0.30. In session 8 a fit with set c had dropped
relations-passage/heldout.jsonl from 0.543 to 0.507; CV over all the parts is the choice, not a held-out part.
Set e joined the within-range fit in session 17 the same way (all five parts 0.626 → 0.632 with its train part in
the fits, the first four parts' own pairs 0.626 → 0.630; /tmp/s17/prior.py, read in the README).
Session 18 (pass19) chose the within-range fit's configuration by that CV (`python -m training.passage_parts_cv
--grid`, the key: macro-F1 over all five parts with contradictions weighed to PRIOR_CONTRADICTS): C = 0.3, not 3
(0.627 → 0.633), and denial_on_target for the two one-sided negation signals (→ 0.636); all pairs 0.637 / 0.45 →
0.645 / 0.45, passage parts 0.604 / 0.44 → 0.614 / 0.44, claim/sentence 0.685 / 0.49 → 0.689 / 0.50. The long fit is
unchanged (it reads neither change).
Session 19 (pass20) refitted the within-range fit after kg.relate.passage_signals' figures were read by one number
reader (kg.relate.conflicts.number_at: teens, ranges, scale words) and a date's day stopped joining two tolls
(training.passage_parts_cv, ten draws: all 0.634 → 0.635, at PRIOR_CONTRADICTS 0.626 → 0.627). The long fit reads those
signals too (figures_conflict_max / _passage, figures_agree_max): refitted then with this script, CV chose C = 3 with
contradictions weighed 1.5 (claim/passage + buried at 10 % 0.573; the shipped configuration's row 0.565), but that fit
called the support buried in a 200-word article a contradiction (tests/test_relate_passage.py), as session 17's did,
so session 16's fit still ships and reads the new values with its coefficients.
Session 21 (pass25) refitted the within-range fit with kg.relate.passage_signals.denial_reaches_target
(`denial_reach_max`, 31 signals; `python -m training.train_passage --no-buried`, same WITHIN configuration, same
TRAIN_FILES): story-grouped CV over the seven scored parts (ten draws) at PRIOR_CONTRADICTS 0.654 → 0.663. The long
fit does not read it (kg.relate.passage_signals.ADDED).
Never trained or tuned on: tests/gold/relations-heldout/, the heldout.jsonl of relations-passage,
relations-passage-2, relations-passage-3 and relations-passage-4, ANS test, or the sealed sets.

Model, two layers:
1. the encoder pair head: a logistic regression over (u⊙v, |u−v|, cosine) of the two texts' USE
   vectors, fitted on ANS stance-train headline pairs (C=3, chosen on ANS dev: macro-F1 over
   contradicts/supports 0.69);
2. a standardized logistic regression over kg.relate.passage.SIGNALS (31 signals per pair: encoder
   cosines, rare-word share, the lexical model's probabilities and rail verdicts on the
   best-matching sentences, the encoder head's probabilities, one-sided denials, numbers that
   differ, and since session 16 kg.relate.passage_signals' rule marks over every sentence: a figure
   that differs or agrees for the same counted noun, a denial about the claim, the rules' support; since session
   17 opposite outcomes and the claim's numbers found in the passage). Its configuration (C, the weight of
   contradictions) is the best macro-F1 of
   story-grouped stratified 5-fold cross-validation on the training pairs, fixed seed, scored on
   the claim/passage pairs as they are and buried (below).

Buried copies (`bury`): each claim/passage pair of the training files again, its passage placed at a
random point among sentences of other stories' passages, 120–350 words in all, gold unchanged. The
release check's passages run to 400 words; the hand-labelled ones stop at 162, and a layer fitted on
those alone read length (words, sentences, the whole passage's cosine) as evidence: on buried copies it
called two pairs in three a contradiction (gold: one in five). The copies join the training pairs so
that the layer learns what a stance sentence among unrelated ones looks like.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
TRAIN_FILES = [ROOT / "tests/gold/relations/syria-claim-sentence.jsonl",
               ROOT / "tests/gold/relations-passage/train.jsonl",
               ROOT / "tests/gold/relations-passage-2/train.jsonl",
               ROOT / "tests/gold/relations-passage-3/train.jsonl",
               ROOT / "tests/gold/relations-passage-4/train.jsonl"]
# Sets f and g (session 18, the release check's balance, labelled blind) are scored by training.passage_parts_cv but
# not fitted on: with their train parts in the CV (seven parts, 1,291 pairs, ten fold draws) fits reading all seven
# scored 0.621 at PRIOR_CONTRADICTS against 0.626 for the five (all pairs 0.626 / 0.38 against 0.634 / 0.41), and
# fits reading six (set f's too) 0.623; over passage_parts_cv's GRID the best seven-part fit (C 0.3, contradictions
# weighed 2) 0.622 against the shipped WITHIN's 0.623. More of these pairs did not help the 30 signals.
# Set h (session 20, tests/gold/relations-passage-7, labelled blind) is scored the same way and not fitted on either
# (session 21, pass25): with its 97 train pairs scored (eight parts, 1,388 pairs, ten fold draws), fits reading the
# five parts against the five and set h: all 0.664 / 0.47 against 0.662 / 0.46, passage parts 0.635 / 0.44 against
# 0.633 / 0.42, claim/sentence 0.743 / 0.63 against 0.744 / 0.64, set h's own pairs 0.567 / 0.11 against 0.570 / 0.11,
# at PRIOR_CONTRADICTS 0.657 both (/tmp/s21/pass25/cvh.py: passage_parts_cv's "all five" and "five + set h").
# Set i (session 21, tests/gold/relations-passage-8, labelled blind, rich in real cross-outlet conflicts: 41 of its 110
# train pairs contradict) is scored the same way and not fitted on (session 21, pass26): nine parts, 1,498 pairs (15 %
# contradicts), ten fold draws; real_shape weighs the contradictions of all scored pairs alike down to PRIOR_CONTRADICTS,
# so set i's 37 % count as the others' do. Fits reading the five, the five and set i, the five and sets h and i: at
# PRIOR_CONTRADICTS all nine parts 0.644 / 0.643 / 0.644, the eight scored before 0.659 / 0.657 / 0.658, passage parts
# 0.616 / 0.614 / 0.616, claim/sentence 0.758 / 0.755 / 0.755, set i's own pairs 0.502 / 0.509 / 0.511; 3-class
# macro-F1 / contradicts-F1 all 0.651 / 0.46, 0.652 / 0.46, 0.650 / 0.46, claim/sentence 0.744 / 0.64, 0.740 / 0.63,
# 0.740 / 0.63, set i 0.472 / 0.36, 0.490 / 0.39, 0.479 / 0.36 (/tmp/s21/pass26/cvi.py). Read, its conflicts help its
# own pairs a little and the CV at PRIOR_CONTRADICTS not at all, and claim/sentence drops, so TRAIN_FILES stays the five.
# With set i's share of contradictions read, WITHIN's weight of 1.5 may weigh them too far: contradictions weighed
# 1.0 / 1.25 (C 0.3), at PRIOR_CONTRADICTS all nine parts 0.646 / 0.644 (the five), 0.644 / 0.645 (five and set i),
# 0.645 / 0.644 (five and sets h and i), claim/sentence 0.761 / 0.761, 0.760 / 0.758, 0.760 / 0.759: within ±0.002
# of WITHIN's fits, none lifted by set i (/tmp/s21/pass26/cvw.py).
SCORED_FILES = TRAIN_FILES + [ROOT / "tests/gold/relations-passage-5/train.jsonl",
                              ROOT / "tests/gold/relations-passage-6/train.jsonl",
                              ROOT / "tests/gold/relations-passage-7/train.jsonl",
                              ROOT / "tests/gold/relations-passage-8/train.jsonl"]
# The long fit (passages beyond LONG_WORDS) stays on the first two parts: fitted on all four, this script's CV
# chose C = 0.3 without class weights, and that fit called the coordination group's denial buried in a 200-word
# article "supports" (tests/test_relate_passage.py), so session 7's fit shipped until session 16. Refitted then on
# the first two parts with kg.relate.passage_signals' signals (28): this script's CV chose C = 0.3 without class
# weights, claim/passage + buried at 10 % contradictions 0.567 (session 7's fit: 0.538), all pairs 0.622 / 0.36
# (0.605 / 0.32), buried 0.566 / 0.32 (0.532 / 0.28); the buried denial stays a contradiction.
# Session 17 (pass18) refitted it with the opposite outcomes and the claim's numbers (31 signals): CV chose C = 0.3,
# contradictions weighed 1.5, claim/passage + buried at 10 % 0.582 (the shipped fit's row: 0.567), all pairs 0.635 /
# 0.37, buried 0.573 / 0.35; but that fit called the support buried in a 200-word article (tests/test_relate_passage.py)
# a contradiction (0.46 against 0.40), so the long fit reads session 16's 28 signals still (`long_signals`) and
# session 16's fit ships. (Rerun in session 17 on those 28 signals, this script chose the same configuration with CV
# 0.557, not the 0.567 recorded: inputs of the lexical layer have moved since; the shipped fit was not replaced.)
LONG_TRAIN_FILES = TRAIN_FILES[:2]
SEED = 13
BURY_WORDS = (120, 350)  # length of a buried copy's passage (the release check: 12–400 words, median ~55)
BURY_MIN_WORDS = 8  # a filler sentence has at least this many words (not a dateline or a caption)
# contradictions are 13 % of the training pairs: weigh them up, but not so far that the layer
# predicts more of them than there are (a weight of 2 predicts about as many as gold has)
CV_SEEDS = (13, 14, 15)  # fold draws averaged: one draw's scores move by ±0.03 on 194 claim/passage pairs
PRIOR_CONTRADICTS = 0.10  # the release check: about one pair in ten contradicts
BEFORE = {"C": 3.0, "class_weight": {"contradicts": 1.5, "supports": 1.0, "unrelated": 1.0}}  # session 5's choice
# The within-range fit's configuration (--no-buried) and the signals it leaves out, chosen in session 18 (pass19) by
# `python -m training.passage_parts_cv --grid`: story-grouped CV over the five parts, the best macro-F1 over all pairs
# with contradictions weighed to PRIOR_CONTRADICTS (the release check's balance). BEFORE (C = 3) scored 0.627 there,
# C = 0.3 0.633 (same weights; 1.0 and 2.0: 0.632, 0.630). `denial_about_max` and `one_sided_denial` (a negator on one
# side only, about anything) give way to kg.relate.passage_signals.denial_on_target: 0.633 → 0.636.
WITHIN = {"C": 0.3, "class_weight": {"contradicts": 1.5, "supports": 1.0, "unrelated": 1.0}}
WITHIN_LEAVES_OUT = ("denial_about_max", "one_sided_denial")
GRID = [{"C": c, "class_weight": {"contradicts": w, "supports": 1.0, "unrelated": 1.0}}
        for c in (0.3, 1.0, 3.0) for w in (1.0, 1.5, 2.0)]


def _relative(path) -> str:
    """A training file as the bundle records it: its path in the repository (three parts are all train.jsonl)."""
    p = Path(path).resolve()
    return str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else p.name


def group_of(row: dict) -> str:
    """Pairs about one story stay in one fold: the story of a claim/passage pair, the claim's article of
    a claim/sentence pair (its articles, joined, make one component of 332 of the 352 pairs)."""
    if "story" in row:
        return f"{row.get('annotator', '')}/{row['story']}"
    return f"article/{row.get('a_article', row.get('id'))}"


def longer_side(row: dict) -> tuple[str, str]:
    """(claim, passage): the shorter text is the claim, as kg.relate.passage.views_for reads a pair."""
    a, b = row["a"], row["b"]
    return (a, b) if len(a.split()) <= len(b.split()) else (b, a)


def bury(rows: list[dict], seed: int = SEED) -> list[dict]:
    """A buried copy of each claim/passage pair (kind "claim-passage"): its passage at a random point
    among sentences of other stories' passages, BURY_WORDS words in all; "source" is the row's index."""
    import random

    from kg.text import split_sentences

    pool = []
    for r in rows:
        text = longer_side(r)[1]
        pool += [(r["group"], text[x.start:x.end]) for x in split_sentences(text)
                 if len(text[x.start:x.end].split()) >= BURY_MIN_WORDS]
    rng = random.Random(seed)
    out = []
    for i, r in enumerate(rows):
        if r.get("kind") != "claim-passage":
            continue
        claim, text = longer_side(r)
        target, words, filler = rng.randint(*BURY_WORDS), len(text.split()), []
        while words < target:
            group, sentence = rng.choice(pool)
            if group != r["group"]:
                filler.append(sentence)
                words += len(sentence.split())
        k = rng.randint(0, len(filler))
        out.append({"a": claim, "b": " ".join(filler[:k] + [text] + filler[k:]), "gold": r["gold"],
                    "group": r["group"], "kind": "buried", "source": i})
    return out


def load(paths) -> list[dict]:
    from kg.relate import GOLD_ALIASES

    rows = []
    for p in paths:
        p = Path(p)
        if not p.exists():
            print(f"skipping {p}: not found", file=sys.stderr)
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                o = json.loads(line)
                o["gold"] = GOLD_ALIASES[o["gold"]]
                o["group"] = group_of(o)
                rows.append(o)
    return rows


ANS_TRAIN = ROOT.parent / "shared/data/ans/stance-train.csv"
HEAD_C = 3.0


def fit_head(path=ANS_TRAIN):
    """The encoder pair head on ANS train (headline pairs)."""
    import csv

    from sklearn.linear_model import LogisticRegression

    from kg.encoder import embed
    from kg.relate import GOLD_ALIASES
    from kg.relate.features import pair_vectors

    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    u, v = embed([r["s1"] for r in rows]), embed([r["s2"] for r in rows])
    y = [GOLD_ALIASES[r["stance"].strip()] for r in rows]
    return LogisticRegression(C=HEAD_C, max_iter=3000, random_state=SEED).fit(pair_vectors(u, v), y)


def long_signals() -> tuple[str, ...]:
    """The signals the long fit reads: all but session 17's (kg.relate.passage_signals.ADDED; see LONG_TRAIN_FILES)."""
    from kg.relate.passage import SIGNALS
    from kg.relate.passage_signals import ADDED

    return tuple(n for n in SIGNALS if n not in ADDED)


def within_signals() -> tuple[str, ...]:
    """The signals the within-range fit reads: kg.relate.passage.SIGNALS but WITHIN_LEAVES_OUT."""
    from kg.relate.passage import SIGNALS

    return tuple(n for n in SIGNALS if n not in WITHIN_LEAVES_OUT)


def featurize(rows, head, signals=None):
    """The pairs' views and their signals (`signals`: these names only; default kg.relate.passage.SIGNALS)."""
    from kg.encoder import embed
    from kg.relate import passage

    views = passage.views_for([(r["a"], r["b"]) for r in rows], embed, head)
    return views, passage.matrix(views, signals or passage.SIGNALS)


def fit(X, y, C, class_weight):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(X)
    clf = LogisticRegression(C=C, class_weight=class_weight, max_iter=2000, random_state=SEED)
    clf.fit(scaler.transform(X), y)
    return scaler, clf


def real_shape(gold, pred) -> float:
    """Macro-F1 with contradictions weighed down to PRIOR_CONTRADICTS of the pairs (the release check's
    share; ours is 20 %): a layer that calls too many contradictions pays for it as it would there."""
    from sklearn.metrics import f1_score

    from kg.relate import LABELS

    gold = np.asarray(gold)
    share = (gold == "contradicts").mean()
    w = np.where(gold == "contradicts", PRIOR_CONTRADICTS / (1 - PRIOR_CONTRADICTS) * (1 - share) / share, 1.0)
    return float(f1_score(gold, np.asarray(pred, dtype=str), labels=list(LABELS), average="macro", sample_weight=w))


def lexical_routing(rows: list[dict]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The lexical model's verdict of each pair as kg.relate.relate_many routes it: after the mid figure rail
    (passage.mid_lexical), whether the layer judges the pair (passage.judged_by_layer), and whether it is asked only
    to overrule the verdict to supports (passage.overruled_to_supports)."""
    from kg.relate import facts, model, passage

    lexical = [r.relation for r in model().predict([(facts(r["a"]), facts(r["b"])) for r in rows])]
    routed = np.array([passage.judged_by_layer(r["a"], r["b"], x) for r, x in zip(rows, lexical)])
    asked = np.array([passage.overruled_to_supports(r["a"], r["b"], x) for r, x in zip(rows, lexical)])
    return [passage.mid_lexical(r["a"], r["b"], x) for r, x in zip(rows, lexical)], routed, asked


def cross_validate(X, y, groups, cfg, Xb, source, lexical, routed, folds=5, seed=SEED, buried=True, fit_on=None,
                   asked=None):
    """Story-grouped stratified folds. A held-out fold's pairs are judged as shipped: routed pairs by
    the layer, the others by the lexical model (`lexical`); the buried copies of its pairs
    (rows of Xb, `source` = the pair's index) by the layer, fitted with the buried copies of the
    training folds' pairs (`buried=False`: without them, as the layer was trained before). Returns the
    predictions on the pairs and on their buried copies. `fit_on`: a mask of the pairs the fits may read (all by
    default; training.passage_parts_cv scores fits that read some parts only on every part's held-out folds).
    `asked`: a mask of pairs whose lexical verdict the layer overrules only to supports
    (kg.relate.passage.overruled_to_supports)."""
    from sklearn.model_selection import StratifiedGroupKFold

    pred = np.array(lexical, dtype=object)
    pred_b = np.empty(len(source), dtype=object)
    for tr, te in StratifiedGroupKFold(folds, shuffle=True, random_state=seed).split(X, y, groups):
        tr = tr if fit_on is None else tr[fit_on[tr]]
        mb = np.isin(source, tr) & buried
        scaler, clf = fit(np.vstack([X[tr], Xb[mb]]), np.concatenate([y[tr], y[source[mb]]]), **cfg)
        te_r = te[routed[te]]
        if len(te_r):
            pred[te_r] = clf.predict(scaler.transform(X[te_r]))
        te_a = te[asked[te]] if asked is not None else te[:0]
        if len(te_a):
            second = clf.predict(scaler.transform(X[te_a]))
            pred[te_a[second == "supports"]] = "supports"
        mt = np.isin(source, te)
        if mt.any():
            pred_b[mt] = clf.predict(scaler.transform(Xb[mt]))
    return pred, pred_b


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", nargs="*", default=None,
                    help="training files (default: TRAIN_FILES for --no-buried, LONG_TRAIN_FILES for the long fit)")
    ap.add_argument("--cv", type=int, default=5, help="folds for choosing the configuration")
    ap.add_argument("--out", default=None, help="where to write the model (default models/passage-stance-long.joblib, "
                    "with --no-buried models/passage-stance.joblib)")
    ap.add_argument("--no-buried", action="store_true",
                    help="the fit for passages within the labelled range: session 5's configuration, no buried copies")
    args = ap.parse_args(argv)

    import joblib

    from kg.relate import LABELS, passage

    if args.train is None:
        args.train = [str(p) for p in (TRAIN_FILES if args.no_buried else LONG_TRAIN_FILES)]
    rows = load(args.train)
    if args.no_buried:
        head = fit_head()
        _, X = featurize(rows, head, within_signals())
        scaler, clf = fit(X, np.array([r["gold"] for r in rows]), **WITHIN)
        out = Path(args.out or passage.MODEL_PATH)
        joblib.dump({"scaler": scaler, "clf": clf, "head": head, "features": list(within_signals()),
                     "method": passage.METHOD, "config": WITHIN, "trained_on": [_relative(p) for p in args.train],
                     "n": len(rows)}, out, compress=3)
        print(f"fitted {WITHIN} on {len(rows)} pairs, no buried copies; wrote {out}")
        return 0
    buried = bury(rows)
    head = fit_head()
    _, X = featurize(rows, head, long_signals())
    _, Xb = featurize(buried, head, long_signals())
    y = np.array([r["gold"] for r in rows])
    groups = np.array([r["group"] for r in rows])
    source = np.array([b["source"] for b in buried], dtype=int)
    from kg.relate import scores

    lexical, routed, asked = lexical_routing(rows)
    cp = np.array([r.get("kind") == "claim-passage" for r in rows])
    print(f"{len(rows)} training pairs ({len(set(groups))} stories): " + ", ".join(f"{c} {int((y == c).sum())}" for c in LABELS)
          + f"; {len(buried)} buried copies of the claim/passage pairs")

    def evaluate(cfg, use_buried):
        out = {"all": [], "claim_passage": [], "buried": [], "key": [], "called": []}
        for seed in CV_SEEDS:
            pred, pred_b = cross_validate(X, y, groups, cfg, Xb, source, lexical, routed, args.cv, seed, use_buried,
                                           asked=asked)
            for k, g, p in (("all", y, pred), ("claim_passage", y[cp], pred[cp]), ("buried", y[source], pred_b)):
                s = scores(list(g), list(p))
                out[k].append((s["macro_f1"], s["classes"]["contradicts"]["f1"]))
            # the release shape: claim against passage, as labelled and buried in a longer article
            out["key"].append(real_shape(list(y[cp]) + list(y[source]), list(pred[cp]) + list(pred_b)))
            out["called"].append(float(np.mean(pred_b == "contradicts")))
        return {k: tuple(np.mean(v, axis=0).round(4).tolist()) if k in ("all", "claim_passage", "buried")
                else round(float(np.mean(v)), 4) for k, v in out.items()}

    def line(r):
        return (f"all pairs {r['all'][0]:.3f} / {r['all'][1]:.2f}, claim/passage {r['claim_passage'][0]:.3f} / "
                f"{r['claim_passage'][1]:.2f}, buried {r['buried'][0]:.3f} / {r['buried'][1]:.2f} (contradicts called "
                f"on {r['called']:.0%} of them); claim/passage + buried at {PRIOR_CONTRADICTS:.0%} contradictions "
                f"{r['key']:.3f}")

    print(f"story-grouped {args.cv}-fold CV, mean of fold draws {CV_SEEDS}; macro-F1 / contradicts-F1:")
    base = evaluate(BEFORE, False)
    print(f"  before: {BEFORE}, no buried copies: {line(base)}")
    best = None
    for cfg in GRID:
        r = evaluate(cfg, True)
        print(f"  {cfg}: {line(r)}")
        if best is None or r["key"] > best[0] + 1e-9:
            best = (r["key"], cfg, r)
    _, cfg, s = best
    s["before"] = base
    scaler, clf = fit(np.vstack([X, Xb]), np.concatenate([y, y[source]]), **cfg)
    bundle = {"scaler": scaler, "clf": clf, "head": head, "features": list(long_signals()), "method": passage.LONG_METHOD,
              "config": cfg, "cv": s,
              "trained_on": [_relative(p) for p in args.train], "n": len(rows), "n_buried": len(buried)}
    out = Path(args.out or passage.LONG_MODEL_PATH)
    joblib.dump(bundle, out, compress=3)
    print(f"chose {cfg} (CV: {line(s)}); wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
