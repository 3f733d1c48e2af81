"""Cross-validation on ANS train (training.train_relate --cv): a held-out fold leaks into nothing."""
from argparse import Namespace

from training.train_relate import training_set

STORIES = [
    ("قوات النظام تدخل تدمر", "قوات النظام تسيطر على تدمر", "supports"),
    ("قوات النظام تدخل تدمر", "قوات النظام لم تدخل تدمر", "contradicts"),
    ("ارتفاع سعر الذهب اليوم", "انخفاض سعر الذهب اليوم", "contradicts"),
    ("ارتفاع سعر الذهب اليوم", "الذهب يرتفع في الأسواق", "supports"),
    ("الحكومة تعلن خطة جديدة للتعليم", "الحكومة تلغي خطة التعليم", "contradicts"),
    ("وزير الخارجية يزور موسكو", "وزير الخارجية يلغي زيارته إلى موسكو", "contradicts"),
]
ARGS = Namespace(neg_train=6, long_weight=1.0, long_copies=2, arbteds_weight=0.0, arnli_weight=0.0)


def test_training_set_without_a_fold_is_the_full_set():
    rows, weights, vocab = training_set(STORIES, ARGS)
    assert rows[:len(STORIES)] == STORIES
    n_base = len(rows) // (1 + ARGS.long_copies)  # ANS rows + the unrelated pairs it could draw
    assert len(STORIES) < n_base <= len(STORIES) + ARGS.neg_train
    assert len(rows) == n_base * (1 + ARGS.long_copies) == len(weights)
    assert all(r[2] == "unrelated" for r in rows[len(STORIES):n_base])
    assert vocab == list(range(n_base))  # lengthened copies make no swap vocabulary
    assert abs(weights[n_base:].sum() - n_base * ARGS.long_weight) < 1e-9


def test_held_out_rows_leave_no_text_in_training():
    held = frozenset({2, 3})  # the gold story
    held_texts = {t for i in held for t in STORIES[i][:2]}
    rows, weights, vocab = training_set(STORIES, ARGS, held=held)
    assert rows and len(rows) == len(weights)
    for a, b, _ in rows:
        assert not any(t in a or t in b for t in held_texts), (a, b)
    assert [r for r in rows if r in STORIES] == [r for i, r in enumerate(STORIES) if i not in held]


def test_encoder_head_columns_are_out_of_fold(monkeypatch):
    """Each training row's encoder-head columns come from a head fitted without the row's story (the lexical model
    would otherwise learn to trust a head that has seen its pairs), and the head that ships has seen every ANS pair."""
    import numpy as np

    import training.train_relate as T

    rows, _, _ = training_set(STORIES, ARGS)
    rows.append(("عنوان خبر آخر", "جملة من مقال آخر", "supports"))  # a pair of no ANS story (ArbTEDS)
    story = T._stories(STORIES)
    heads = []

    class Head:  # scores every row with its own number, so that a column tells which head scored it
        def __init__(self, seen):
            self.k, self.seen = len(heads), seen
            heads.append(self)

        def predict_proba(self, x):
            p = (self.k + 1) / 100
            return np.tile([p, p, 1 - 2 * p], (len(x), 1))

    monkeypatch.setattr(T, "HEAD_FOLDS", 2)
    monkeypatch.setattr(T, "fit_head", lambda pv, y, seed=T.SEED: Head({int(i) for i in pv[:, 0]}))
    pv = np.arange(len(rows), dtype=float)[:, None]  # a row's "pair vector" is its position
    cols, final = T.encoder_inputs(rows, story, lambda _: pv)
    assert cols.shape == (len(rows), 3) and final is heads[-1] and len(heads) == 3
    for i, (a, _, _) in enumerate(rows):
        head = heads[round(float(np.exp(cols[i, 0])) * 100) - 1]
        assert (head is not final) == (a in story), (i, a)  # the final head scores only what no head saw
        assert all(rows[j][0] != a and story[rows[j][0]] != story.get(a) for j in head.seen), (i, a)
    ans_pairs = {i for i, (a, b, _) in enumerate(rows) if a in story and b in story}
    assert final.seen == ans_pairs and len(STORIES) < len(ans_pairs) < len(rows)  # not the lengthened copies
