"""Cut the hand-chosen pairs (specs_*.py) out of the articles and write train.jsonl and heldout.jsonl.

Same spec format and cutting as ../relations-passage-5/build.py (set d's `cut`, reused from set c, and set d's
record layout, both from ../relations-passage-3/build.py): each pair is (article index, a-span, article index, b-span,
gold, thread, note) over `corpus.unused()` of this folder. The split is by story (the thread's first part) and was
fixed before any pair was written: a story goes to heldout.jsonl when the first hex digit of SHA-1("passage-6/<story>")
is below 5 (5 of 16: about a third of the stories expected; this set's first use is training data). Nothing is
chosen or tuned on heldout.jsonl.

    python tests/gold/relations-passage-6/build.py
"""
import glob
import hashlib
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# By path and under its own name: the earlier sets' tests import modules called `corpus` and `build` (their own).
_spec = importlib.util.spec_from_file_location('relations_passage_6_corpus', os.path.join(HERE, 'corpus.py'))
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)

sys.modules.setdefault('corpus', corpus.p2)  # set c's build.py, reached through set d's, imports its corpus by that name
p3build = corpus._load('relations_passage_3_build', os.path.join(corpus.GOLD, 'relations-passage-3', 'build.py'))
cut, summary = p3build.cut, p3build.summary

SPLIT_SEED = "passage-6"
HELDOUT_DIGITS = 5  # of 16: about a third of the stories (first use: training data)


def specs():
    for path in sorted(glob.glob(os.path.join(HERE, 'specs_*.py'))):
        yield from corpus._load(os.path.basename(path)[:-3], path).PAIRS


def story_split(story):
    return 'heldout' if int(hashlib.sha1(f'{SPLIT_SEED}/{story}'.encode()).hexdigest()[0], 16) < HELDOUT_DIGITS else 'train'


def pair(n, A, B, aspan, bspan, gold, thread, note):
    """One record in set d's layout, id pg-NNN, annotator g, split by this set's story hash."""
    row = p3build.pair(n, A, B, aspan, bspan, gold, thread, note)
    return {**row, 'id': f'pg-{n:03d}', 'annotator': 'g', 'split': story_split(row['story'])}


def build():
    """{'train': rows, 'heldout': rows} cut from the articles (needs ../shared)."""
    arts = corpus.unused()
    parts = {'train': [], 'heldout': []}
    for n, (ai, aspan, bi, bspan, *rest) in enumerate(specs(), 1):
        row = pair(n, arts[ai], arts[bi], aspan, bspan, *rest)
        parts[row['split']].append(row)
    return parts


def main():
    parts = build()
    for name, rows in parts.items():
        lines = [json.dumps(o, ensure_ascii=False) + '\n' for o in rows]
        with open(os.path.join(HERE, f'{name}.jsonl'), 'w', encoding='utf-8') as fh:
            fh.writelines(lines)
        print(name, summary(rows))
    print('all', summary(parts['train'] + parts['heldout']))


if __name__ == '__main__':
    main()
