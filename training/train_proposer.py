"""Trains the learned proposer (kg/attribution/proposer.py) on all 141 development gold articles and writes
models/proposer.joblib. Fixed seed; no held-out set is read.

    python -m training.train_proposer [OUT]

About 30 s on one core of the project machine (candidates and labels ~20 s, the fit a few seconds)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import joblib

from kg.attribution.proposer import ProposerModel, model_path

from .proposer.data import items, training_set

SEED = 13


def main(out: str | None = None) -> None:
    t0 = time.time()
    cands, labels = training_set(items())
    model = ProposerModel(seed=SEED).fit(cands, labels)
    path = Path(out) if out else model_path()
    joblib.dump(model, path, compress=3)
    print(f"{len(labels)} candidates ({sum(labels)} positive) -> {path} "
          f"({path.stat().st_size / 1e6:.2f} MB) in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main(*sys.argv[1:2])
