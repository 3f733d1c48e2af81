"""Cut the hand-chosen pairs (specs_*.py) out of the articles and write train.jsonl and heldout.jsonl.

Same spec format and cutting as ../relations-passage-2/build.py (reused from there): each pair is
(article index, a-span, article index, b-span, gold, thread, note) over `corpus.unused()` of this folder.
The split is by story (the thread's first part) and fixed: a story goes to heldout.jsonl when the first hex
digit of SHA-1("passage-3/<story>") is below 6 (6 of 16 = 37.5 % of stories expected). Nothing is chosen or
tuned on heldout.jsonl.

    python tests/gold/relations-passage-3/build.py
"""
import glob
import hashlib
import importlib.util
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
# By path and under its own name: set c's test imports a module `corpus` (its own) into the same process.
_spec = importlib.util.spec_from_file_location('relations_passage_3_corpus', os.path.join(HERE, 'corpus.py'))
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)

sys.modules.setdefault('corpus', corpus.p2)  # set c's build.py, reused below, imports its corpus by that name
p2build = corpus._load('relations_passage_2_build', os.path.join(corpus.GOLD, 'relations-passage-2', 'build.py'))
cut = p2build.cut

SPLIT_SEED = "passage-3"
HELDOUT_DIGITS = 6  # of 16: about 38 % of the stories


def specs():
    for path in sorted(glob.glob(os.path.join(HERE, 'specs_*.py'))):
        yield from corpus._load(os.path.basename(path)[:-3], path).PAIRS


def story_split(story):
    return 'heldout' if int(hashlib.sha1(f'{SPLIT_SEED}/{story}'.encode()).hexdigest()[0], 16) < HELDOUT_DIGITS else 'train'


def pair(n, A, B, aspan, bspan, gold, thread, note):
    """One record: the two spans cut verbatim from articles A and B, and where they come from."""
    try:
        a, b = cut(A['content'], aspan), cut(B['content'], bspan)
    except ValueError as e:
        raise SystemExit(f'pair {n} ({thread}): {e}')
    story = thread.split('-')[0]
    meta = {f'{side}_{field}': art[field] for field in ('url', 'source') for side, art in (('a', A), ('b', B))}
    return {'id': f'pd-{n:03d}', 'a': a, 'b': b, 'gold': gold,
            'kind': 'claim-passage' if len(b.split()) > 45 else 'claim-claim', 'story': story, **meta,
            'date_a': A['date_extracted'][:10], 'date_b': B['date_extracted'][:10], 'note': note,
            'annotator': 'd', 'thread': thread, 'split': story_split(story)}


def build():
    """{'train': rows, 'heldout': rows} cut from the articles (needs ../shared)."""
    arts = corpus.unused()
    parts = {'train': [], 'heldout': []}
    for n, (ai, aspan, bi, bspan, *rest) in enumerate(specs(), 1):
        row = pair(n, arts[ai], arts[bi], aspan, bspan, *rest)
        parts[row['split']].append(row)
    return parts


def summary(rows):
    """Counts per label and the passage lengths (words of side b), the numbers the README gives."""
    lens = sorted(len(o['b'].split()) for o in rows) or [0]  # [0]: an empty part
    return (f"{len(rows)} pairs, {len({o['story'] for o in rows})} stories, {dict(sorted(Counter(o['gold'] for o in rows).items()))}, "
            f"b words median {lens[len(lens) // 2]}, >150: {sum(n > 150 for n in lens)}, <30: {sum(0 < n < 30 for n in lens)}")


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
