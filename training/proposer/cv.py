"""Cross-validated measure of the learned proposer (kg/attribution/proposer.py) on the development gold.

Two splits: leave one gold folder out (6 folds; a folder is roughly one annotation round / outlet mix, the harder
split) and 5 folds by article (seed 13). Each fold trains on the others' candidates, then extracts its articles
with the rules and the proposer at each threshold, and scores them with kg.extract_eval against the rules alone.
"added" counts every claim the proposer adds: those neither gained nor false overlap an optional gold claim (the
outlet's own narration, mostly), which the scorer neither rewards nor penalizes, whatever source they were given.
"Tight" counts gained claims whose span has intersection over union ≥ 0.5 with the gold span (the scorer's own
match takes the overlap of the shorter span, which a whole sentence round a short quotation passes).

    python -m training.proposer.cv
"""

from __future__ import annotations

import numpy as np

from kg.attribution import AttributionExtractor
from kg.attribution.proposer import ProposerModel
from kg.extract_eval import Score, score_article

from .data import extract_with, gained, items, training_set

SEED = 13
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def folds_by_folder(its):
    names = sorted({it.folder for it in its})
    return [[i for i, it in enumerate(its) if it.folder == n] for n in names]


def folds_by_article(its, k=5):
    idx = np.random.RandomState(SEED).permutation(len(its))
    return [sorted(idx[f::k].tolist()) for f in range(k)]


def run(its, folds, extractor, keys) -> None:
    base, tot = Score(), {t: Score() for t in THRESHOLDS}
    tight = {t: [0, 0] for t in THRESHOLDS}
    added = {t: 0 for t in THRESHOLDS}  # every claim the proposer adds, whether scored or not
    for test in folds:
        train = [it for i, it in enumerate(its) if i not in set(test)]
        model = ProposerModel(seed=SEED).fit(*training_set(train))
        for i in test:
            it = its[i]
            rules = extract_with(extractor, it.article, None, None)
            base.add(score_article(rules, it.gold, keys))
            for t in THRESHOLDS:
                system = extract_with(extractor, it.article, model, t)
                tot[t].add(score_article(system, it.gold, keys))
                props = [c for c in system if (c["start"], c["end"]) not in {(r["start"], r["end"]) for r in rules}]
                added[t] += len(props)
                g = gained(rules, props, it.gold, keys)
                tight[t][0] += g[0]
                tight[t][1] += g[1]
    print(f"rules alone        tp {base.tp} fp {base.fp} fn {base.fn} P {base.precision:.3f} R {base.recall:.3f} "
          f"F1 {base.f1:.3f} src {base.source_ok}/{base.tp}")
    for t in THRESHOLDS:
        s = tot[t]
        print(f"+proposer p>={t:.2f} tp {s.tp} fp {s.fp} fn {s.fn} P {s.precision:.3f} R {s.recall:.3f} "
              f"F1 {s.f1:.3f} src {s.source_ok}/{s.tp} | gained {s.tp - base.tp} (src right "
              f"{s.source_ok - base.source_ok}), false +{s.fp - base.fp}, tight {tight[t][0]} "
              f"(src right {tight[t][1]}); added {added[t]}, of which neither gained nor false "
              f"{added[t] - (s.tp - base.tp) - (s.fp - base.fp)}")


def main() -> None:
    extractor = AttributionExtractor(nlp=False)
    keys = set(extractor.registry.sources)
    its = items(extractor)
    cands, labels = training_set(its)
    print(f"{len(its)} articles, {sum(len(it.cands) for it in its)} candidates, "
          f"{sum(labels)} positive, {len(labels) - sum(labels)} negative (the rest left out)")
    for split in (folds_by_folder, folds_by_article):
        print(f"== {split.__name__}")
        run(its, split(its), extractor, keys)


if __name__ == "__main__":
    main()
