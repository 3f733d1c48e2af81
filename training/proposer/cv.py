"""Cross-validated measure of a learned proposer for the claims the rules miss (issue 14).

Candidates: clause pieces of every sentence (split at ، : ؛ and quotation marks) and the whole sentence, with
the 3 words before each piece as context. Label of a candidate, found by scoring: adding it alone to the
rules' claims of its article gains a true claim (1), adds a false one (0), or changes nothing (left out of
training: it overlaps an optional gold claim). Model: logistic regression over char n-grams of the piece and
word n-grams of its left context, plus a few rule features. At test time the candidates over a threshold
(no two overlapping) are added to the rules' claims, with the source of the nearest rule claim before them
in the sentence (else the last one before the sentence), and the whole article is scored again.

    python -m training.proposer.dump /tmp/dump.json && python -m training.proposer.cv /tmp/dump.json
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from kg.extract_eval import Score, overlap, score_article
from kg.sources import load_registry
from kg.text import normalize

SPLIT_RE = re.compile(r"[،,:؛;«»“”\"]")
MIN_WORDS = 3
SEED = 13


def pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Clause pieces of the sentence text[a:b] (trimmed of spaces and final stops), each ≥ MIN_WORDS words,
    plus runs of two adjacent pieces and the whole sentence."""
    cuts = [a] + [a + m.start() for m in SPLIT_RE.finditer(text[a:b])] + [b]
    raw = []
    for x, y in zip(cuts, cuts[1:]):
        x2 = x + (1 if x > a else 0)
        raw.append(trim(text, x2, y))
    out = [p for p in raw if len(text[p[0]:p[1]].split()) >= MIN_WORDS]
    out += [(p[0], q[1]) for p, q in zip(raw, raw[1:]) if p[1] > p[0] and q[1] > q[0]]
    out.append(trim(text, a, b))
    seen, uniq = set(), []
    for p in out:
        if p[1] - p[0] > 0 and p not in seen and len(text[p[0]:p[1]].split()) >= MIN_WORDS:
            seen.add(p)
            uniq.append(p)
    return uniq


def trim(text, x, y):
    while x < y and text[x] in " \n\t\u00a0.":
        x += 1
    while y > x and text[y - 1] in " \n\t\u00a0.":
        y -= 1
    return x, y


def candidates(row: dict) -> list[dict]:
    text, system = row["text"], row["system"]
    out = []
    for k, (a, b) in enumerate(row["sentences"]):
        in_sent = [s for s in system if a <= s["start"] < b]
        for x, y in pieces(text, a, b):
            cov = max([overlap((x, y), (s["start"], s["end"])) for s in system] + [0.0])
            left = " ".join(normalize(text[a:x]).split()[-3:])
            out.append({"start": x, "end": y, "sentence": k, "piece": normalize(text[x:y]), "left": left,
                        "num": [cov, float(bool(in_sent)), float(k == 0), min(len(text[x:y].split()), 60) / 60,
                                float(x == a), float(y >= b - 1)]})
    return out


def proposed_claim(row: dict, c: dict) -> dict:
    """A claim dict like the extractor's JSON: the source of the nearest rule claim before it."""
    before = [s for s in row["system"] if s["start"] < c["start"] and not s.get("own")]
    same = [s for s in before if s.get("sentence") == c["sentence"]]
    src = (same or before or [None])[-1]
    if src is None:
        return {"start": c["start"], "end": c["end"], "own": True, "source": {}, "polarity": "asserted"}
    return {"start": c["start"], "end": c["end"], "own": False, "source": src["source"], "polarity": "asserted"}


def label(row: dict, c: dict, keys, base: Score) -> int | None:
    sc = score_article(row["system"] + [proposed_claim(row, c)], row["gold"], keys)
    if sc.tp > base.tp:
        return 1
    if sc.fp > base.fp:
        return 0
    return None


class Model:
    def __init__(self):
        self.piece = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True,
                                     max_features=50000)
        self.left = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=1, token_pattern=r"\S+")
        self.clf = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000, random_state=SEED)

    def features(self, cands, fit=False):
        p = [c["piece"] for c in cands]
        l = [c["left"] or "<s>" for c in cands]
        if fit:
            self.piece.fit(p)
            self.left.fit(l)
        num = csr_matrix(np.array([c["num"] for c in cands], dtype=np.float32))
        return hstack([self.piece.transform(p), self.left.transform(l), num]).tocsr()

    def fit(self, cands, y):
        self.clf.fit(self.features(cands, fit=True), y)
        return self

    def proba(self, cands):
        return self.clf.predict_proba(self.features(cands))[:, 1] if cands else np.zeros(0)


def choose(cands, probs, threshold):
    """Candidates over the threshold, best first, none overlapping a chosen one."""
    order = np.argsort(-probs)
    chosen = []
    for i in order:
        if probs[i] < threshold:
            break
        c = cands[i]
        if any(c["start"] < d["end"] and d["start"] < c["end"] for d in chosen):
            continue
        chosen.append(c)
    return chosen


def folds_by_folder(rows):
    names = sorted({r["folder"] for r in rows})
    return [[i for i, r in enumerate(rows) if r["folder"] == n] for n in names], names


def folds_by_article(rows, k=5):
    rng = np.random.RandomState(SEED)
    idx = rng.permutation(len(rows))
    return [sorted(idx[f::k].tolist()) for f in range(k)], [f"fold{f}" for f in range(k)]


def run(rows, folds, names, thresholds, keys):
    cands = [candidates(r) for r in rows]
    bases = [score_article(r["system"], r["gold"], keys) for r in rows]
    labels = [[label(r, c, keys, b) for c in cs] for r, cs, b in zip(rows, cands, bases)]
    print(f"candidates {sum(map(len, cands))}, positive {sum(l == 1 for ls in labels for l in ls)}, "
          f"negative {sum(l == 0 for ls in labels for l in ls)}")
    tot = {t: Score() for t in thresholds}
    base_tot = Score()
    recovered = defaultdict(int)
    for test, name in zip(folds, names):
        train = [i for i in range(len(rows)) if i not in set(test)]
        tc = [c for i in train for c, l in zip(cands[i], labels[i]) if l is not None]
        ty = [l for i in train for l in labels[i] if l is not None]
        model = Model().fit(tc, ty)
        for i in test:
            base_tot.add(bases[i])
            probs = model.proba(cands[i])
            for t in thresholds:
                props = [proposed_claim(rows[i], c) for c in choose(cands[i], probs, t)]
                tot[t].add(score_article(rows[i]["system"] + props, rows[i]["gold"], keys))
    b = base_tot
    print(f"rules alone      tp {b.tp} fp {b.fp} fn {b.fn} P {b.precision:.3f} R {b.recall:.3f} "
          f"src {b.source_ok}/{b.tp}")
    for t in thresholds:
        s = tot[t]
        print(f"+proposer p>={t:.2f} tp {s.tp} fp {s.fp} fn {s.fn} P {s.precision:.3f} R {s.recall:.3f} "
              f"src {s.source_ok}/{s.tp}  gained {s.tp - b.tp} (src right {s.source_ok - b.source_ok}) "
              f"extra false {s.fp - b.fp}")


def main(path):
    rows = json.load(open(path, encoding="utf-8"))
    keys = set(load_registry().sources)
    thresholds = [0.5, 0.7, 0.8, 0.9, 0.95, 0.98]
    for split in (folds_by_folder, folds_by_article):
        folds, names = split(rows)
        print(f"== {split.__name__}: {len(folds)} folds")
        run(rows, folds, names, thresholds, keys)


if __name__ == "__main__":
    main(sys.argv[1])
