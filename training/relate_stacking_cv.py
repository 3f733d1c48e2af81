"""Stacking the lexical model and the encoder pair head, scored by the grouped CV of `train_relate --cv` (an
experiment; nothing ships from it):

    nice python -m training.relate_stacking_cv [DRAWS] [VECTOR_CACHE]

Per story fold of ANS train: the lexical model (the shipped configuration, training set as train_relate's) and the
encoder pair head (train_relate.fit_head, on the fold's pairs of two ANS headlines) are fitted without the fold and
give its probabilities; then a second-level logistic regression over [log P_lexical, log P_head] is itself
cross-validated over the same folds, and its probabilities go through the model's rails (`decide`). Prints the
lexical model alone (= train_relate --cv), the head alone (argmax) and the stacked verdicts per draw.
Session 13, draws 13 / 113: stacked macro-F1(c,s) 0.7676 / 0.7720, contradicts-F1 0.8339 / 0.8370 (lexical
0.7582 / 0.7632, 0.8210 / 0.8258). The second level is fitted on ANS rows only (2 % unrelated), and its training
rows' probabilities come from base models that saw the scored fold: a little optimistic. Not read on dev."""
import argparse
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from training import train_relate as T
from kg.relate import RelateModel, LABELS, scores


def main(argv: list[str]) -> int:
    draws = int(argv[0]) if len(argv) > 0 else 3
    vector_cache = argv[1] if len(argv) > 1 else None
    train = T.read_ans(T.ANS / "stance-train.csv")
    args = argparse.Namespace(neg_train=1000, long_weight=1.0, long_copies=2, arbteds_weight=3.0, arnli_weight=0.0)
    cfg = dict(C=1.0, text_weight=1.0, swaps=True, vectors=False, class_weight=None)
    story = T._stories(train)
    groups = [story[a] for a, _, _ in train]
    folds = list(GroupKFold(5).split(np.zeros(len(train)), groups=groups))
    cache = {}
    fm = RelateModel({"labels": LABELS}, None)
    f_ans = T.build(fm, train, cache)
    pe = T.PairEncoder(vector_cache)
    pv = pe(train)
    gold = [r[2] for r in train]
    for d in range(draws):
        draw = T.SEED + 100 * d
        Pl, Ph = np.zeros((len(train), 3)), np.zeros((len(train), 3))
        lex, per = [""] * len(train), []
        for _, te in folds:
            rows, w, vocab = T.training_set(train, args, draw, frozenset(te.tolist()))
            b = T.fit(T.build(fm, rows, cache), [r[2] for r in rows], cfg, sample_weight=w, vocab_rows=vocab)
            m = RelateModel(b, None)
            feats = [f_ans[i] for i in te]
            X, _ = m.matrix(feats)
            Pl[te] = m.probabilities(X)
            for i, r in zip(te, m.decide(feats, X, Pl[te], explain_all=False)):
                lex[i] = r.relation
            base = [i for i, (a, bb, _) in enumerate(rows) if a in story and bb in story]
            h = T.fit_head(pe([rows[i] for i in base]), [rows[i][2] for i in base])
            Ph[te] = h.predict_proba(pv[te])
            per.append((te, m, feats, X))
        Z = np.hstack([np.log(np.clip(Pl, 1e-6, 1)), np.log(np.clip(Ph, 1e-6, 1))])
        y = [LABELS.index(g) for g in gold]
        pred = [""] * len(train)
        for te, m, feats, X in per:
            tr = np.setdiff1d(np.arange(len(train)), te)
            st = LogisticRegression(C=1.0, max_iter=2000).fit(Z[tr], [y[i] for i in tr])
            P = np.zeros((len(te), 3))
            P[:, st.classes_] = st.predict_proba(Z[te])
            for i, r in zip(te, m.decide(feats, X, P, explain_all=False)):
                pred[i] = r.relation
        for name, p in (("lexical", lex), ("head alone", [LABELS[k] for k in Ph.argmax(1)]), ("stacked", pred)):
            s = scores(gold, p)
            print(f"draw {draw} {name}: macro-F1(c,s) {s['macro_f1_cs']:.4f} contradicts-F1 {s['classes']['contradicts']['f1']:.4f} "
                  f"supports-F1 {s['classes']['supports']['f1']:.4f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
