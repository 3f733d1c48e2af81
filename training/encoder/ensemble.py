"""Score the encoder runs on ANS dev and their ensembles with the shipped logistic-regression model.

    cd /work/wt-encoder && /work/main/.venv/bin/python -m training.encoder.ensemble \
        --enc training/encoder/out/dev_probs.npz --lr training/encoder/out/lr_dev.npz > training/encoder/out/ensemble.txt

Encoder runs: the last epoch (fixed in advance, 6), per seed and the mean over seeds, plus the seeds'
averaged probabilities. Ensembles: P = w·P_encoder + (1−w)·P_LR over a grid of w, as argmax and through
`relate`'s rule guard rails (RelateModel.decide, as shipped). w=0.5 was fixed in advance; the best w on
dev is optimistic, so a 2-fold cross-fit over dev (choose w on one half, score the other; 20 random
splits) is reported too.
"""
from __future__ import annotations

import argparse
import csv
import json

import numpy as np

from kg.relate import LABELS, RelateModel, scores
from training.train_relate import ANS, build, read_ans

W = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]


def short(s):
    c, p = s["classes"]["contradicts"], s["classes"]["supports"]
    return (f"c P/R/F1 {c['precision']:.3f}/{c['recall']:.3f}/{c['f1']:.3f}  s P/R/F1 {p['precision']:.3f}/"
            f"{p['recall']:.3f}/{p['f1']:.3f}  macro-F1(c,s) {s['macro_f1_cs']:.3f}  3-class {s['macro_f1']:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--enc", required=True)
    ap.add_argument("--lr", required=True)
    ap.add_argument("--epoch", type=int, default=6)
    args = ap.parse_args()
    dev = read_ans(ANS / "stance-dev.csv")
    gold = [r[2] for r in dev]
    lr = np.load(args.lr)
    assert list(lr["gold"]) == gold
    P_lr = lr["P"]
    m = RelateModel.load()
    feats = build(m, dev, {})
    X, _ = m.matrix(feats)

    def rails(P):
        return [r.relation for r in m.decide(feats, X, P, explain_all=False)]

    def argmax(P):
        return [LABELS[k] for k in P.argmax(1)]

    print("LR (shipped) with guard rails:", short(scores(gold, rails(P_lr))))
    print("LR (shipped) argmax, no rails:", short(scores(gold, argmax(P_lr))))
    enc = np.load(args.enc)
    runs = sorted({k.rsplit(":", 1)[0] for k in enc.files})
    variants = sorted({r.rsplit(":", 1)[0] for r in runs})
    summary = {}
    for v in variants:
        seeds = [r for r in runs if r.rsplit(":", 1)[0] == v]
        print(f"\n== encoder {v} (epoch {args.epoch}, {len(seeds)} seeds)")
        per = []
        for r in seeds:
            s = scores(gold, argmax(enc[f"{r}:ep{args.epoch}"]))
            per.append(s)
            print(f"  {r}: {short(s)}")
        keys = ["macro_f1_cs", "macro_f1"]
        mean = {k: float(np.mean([s[k] for s in per])) for k in keys}
        mean.update({f"{c}_f1": float(np.mean([s["classes"][c]["f1"] for s in per])) for c in ("contradicts", "supports")})
        print(f"  mean over seeds: macro-F1(c,s) {mean['macro_f1_cs']:.3f} (sd {np.std([s['macro_f1_cs'] for s in per]):.3f}), "
              f"c-F1 {mean['contradicts_f1']:.3f}, s-F1 {mean['supports_f1']:.3f}, 3-class {mean['macro_f1']:.3f}")
        best_ep = [max(range(1, 7), key=lambda e: scores(gold, argmax(enc[f'{r}:ep{e}']))['macro_f1_cs']) for r in seeds]
        print(f"  (best epoch on dev per seed, optimistic: {best_ep}, macro-F1(c,s) "
              f"{np.mean([scores(gold, argmax(enc[f'{r}:ep{e}']))['macro_f1_cs'] for r, e in zip(seeds, best_ep)]):.3f})")
        P_enc = np.mean([enc[f"{r}:ep{args.epoch}"] for r in seeds], 0)
        print(f"  seed-averaged probabilities: {short(scores(gold, argmax(P_enc)))}")
        summary[v] = mean
        if v.startswith("scratch"):
            continue
        print(f"  ensembles w·encoder(seed-avg) + (1−w)·LR:")
        grid = {}
        for w in W:
            P = w * P_enc + (1 - w) * P_lr
            sr, sa = scores(gold, rails(P)), scores(gold, argmax(P))
            grid[w] = (sr, sa)
            print(f"    w={w:.1f} rails: {short(sr)} | argmax: macro-F1(c,s) {sa['macro_f1_cs']:.3f}")
        # per single seed at w=0.5 (fixed in advance)
        one = [scores(gold, rails(0.5 * enc[f"{r}:ep{args.epoch}"] + 0.5 * P_lr))["macro_f1_cs"] for r in seeds]
        print(f"    w=0.5 with single seeds (rails): {[round(x, 3) for x in one]}, mean {np.mean(one):.3f}")
        # honest-ish: choose w on one half of dev, score on the other
        rng = np.random.default_rng(0)
        n = len(gold)
        gains, chosen = [], []
        rail_preds = {w: rails(w * P_enc + (1 - w) * P_lr) for w in W}
        base = rail_preds[0.0]
        for _ in range(20):
            perm = rng.permutation(n)
            halves = (perm[: n // 2], perm[n // 2:])
            for a, b in (halves, halves[::-1]):
                def f1cs(pred, idx):
                    return scores([gold[i] for i in idx], [pred[i] for i in idx])["macro_f1_cs"]
                w = max(W, key=lambda w: (f1cs(rail_preds[w], a), -w))
                chosen.append(w)
                gains.append(f1cs(rail_preds[w], b) - f1cs(base, b))
        print(f"    2-fold cross-fit over dev (w chosen on one half, rails): gain over LR on the other half "
              f"{np.mean(gains):+.3f} (sd {np.std(gains):.3f}); w chosen {dict(zip(*np.unique(chosen, return_counts=True)))}")
    print("\nsummary", json.dumps(summary))


if __name__ == "__main__":
    main()
