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
