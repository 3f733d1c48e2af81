"""The shipped logistic-regression relation model's probabilities on ANS stance-dev (row order).

    cd /work/wt-encoder && /work/main/.venv/bin/python -m training.encoder.lr_dev_probs --out training/encoder/out/lr_dev.npz

Writes P (n×3, LABELS order contradicts/supports/unrelated; temperature-calibrated model
probabilities, no guard rails), pred_rails (the verdicts `relate` gives: argmax within the rule
guard rails) and gold.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from kg.relate import LABELS, RelateModel, scores
from training.train_relate import ANS, build, read_ans


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    dev = read_ans(ANS / "stance-dev.csv")
    m = RelateModel.load()
    feats = build(m, dev, {})
    X, _ = m.matrix(feats)
    P = m.probabilities(X)
    rails = [r.relation for r in m.decide(feats, X, P, explain_all=False)]
    gold = [r[2] for r in dev]
    raw = [LABELS[k] for k in P.argmax(1)]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    np.savez(args.out, P=P, pred_rails=np.array(rails), gold=np.array(gold), labels=np.array(LABELS))
    for name, pred in (("with guard rails", rails), ("model only (argmax)", raw)):
        s = scores(gold, pred)
        print(name, json.dumps({k: v for k, v in s.items() if k != "confusion"}, default=str)[:600])


if __name__ == "__main__":
    main()
