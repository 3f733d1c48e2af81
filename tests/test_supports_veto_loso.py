"""The supports-veto experiment (training/supports_veto.py): its rows join stored supports by the key relating gives
them, its labels are the samples' supports labels, and its threshold keeps the share of training corrects it says."""

from collections import Counter

import numpy as np

from kg.model import ClaimRelation, Relation
from training import supports_veto as sv


def test_support_key_is_the_stored_relation_key():
    a, b = {"key": "9f00aa11bb22"}, {"key": "0a11bb22cc33"}
    stored = ClaimRelation(a=a, b=b, relation=Relation("supports", 0.9, "both assert …"))
    assert sv.support_key(a["key"], b["key"]) == stored.key == sv.support_key(b["key"], a["key"])
    contradiction = ClaimRelation(a=a, b=b, relation=Relation("contradicts", 0.9, "…"))
    assert sv.support_key(a["key"], b["key"]) != contradiction.key


def test_support_labels_read_only_supports():
    # sample 13's labels.tsv: 13 supports (9 correct, 4 detail) beside its contradiction labels
    assert Counter(sv.support_labels("13").values()) == {"correct": 9, "detail": 4}
    # sample 4: the random draw (50) and the rest of the store (9), one label per key
    assert Counter(sv.support_labels("4").values()) == {"correct": 41, "detail": 15, "wrong": 3}


def test_threshold_keeps_the_share_of_training_corrects():
    rng = np.random.default_rng(0)
    by_sample = {}
    for s in "abc":
        rows = []
        for n in range(30):
            label = int(n % 5 != 0)  # one in five negative, scored lower on average
            rows.append({"label": label, "features": {"x": float(rng.normal(1.0 if label else 0.0))}})
        by_sample[s] = rows
    t, precision = sv.threshold(by_sample, ["x"], None, {})
    # with one feature and no fitting, the inner scores are the feature itself
    pos = sorted(r["features"]["x"] for rs in by_sample.values() for r in rs if r["label"])
    kept = sum(x >= t for x in pos)
    assert kept / len(pos) >= sv.KEEP_CORRECT
    assert sum(x > t for x in pos) / len(pos) < sv.KEEP_CORRECT  # the highest such threshold
    everything = [r for rs in by_sample.values() for r in rs if r["features"]["x"] >= t]
    assert precision == sum(r["label"] for r in everything) / len(everything)
