"""Cut the hand-chosen pairs (specs_*.py) out of the articles and write train.jsonl and heldout.jsonl.

The split is by story (the event: the slug's first part, e.g. `abha` for `abha-toll`) and fixed: a story goes to heldout.jsonl when the first hex digit of
SHA-1("passage-2/<story>") is below 5 (about 30 %, SPLIT_SEED below). Nothing is chosen or tuned on
heldout.jsonl.

    python tests/gold/relations-passage-2/build.py
"""
import glob
import hashlib
import importlib.util
import json
import os
import re
from collections import Counter

import corpus

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT_SEED = "passage-2"
HELDOUT_DIGITS = 5  # of 16: about 31 % of the stories


def specs():
    for path in sorted(glob.glob(os.path.join(HERE, 'specs_*.py'))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        yield from mod.PAIRS


def cut(text, span):
    """The verbatim stretch of `text` that `span` names (see specs_*.py)."""
    if re.fullmatch(r'\d+(-\d+)?', span):
        sents = corpus.sentences(text)
        k, _, l = span.partition('-')
        return text[sents[int(k)][0]:sents[int(l or k)][1]].strip()
    if '<<>>' in span:
        start, end = span.split('<<>>')
        i = text.index(start)
        return text[i:text.index(end, i) + len(end)]
    if span not in text:
        raise ValueError(f'not in the article: {span[:60]}')
    return span


def story_split(story):
    return 'heldout' if int(hashlib.sha1(f'{SPLIT_SEED}/{story}'.encode()).hexdigest()[0], 16) < HELDOUT_DIGITS else 'train'


def build():
    """{'train': rows, 'heldout': rows} cut from the articles (needs ../shared)."""
    arts = corpus.unused()
    parts = {'train': [], 'heldout': []}
    for n, (ai, aspan, bi, bspan, gold, story, note) in enumerate(specs(), 1):
        A, B = arts[ai], arts[bi]
        try:
            a, b = cut(A['content'], aspan), cut(B['content'], bspan)
        except ValueError as e:
            raise SystemExit(f'pair {n} ({story}, articles {ai}/{bi}): {e}')
        kind = 'claim-passage' if len(b.split()) > 45 else 'claim-claim'
        row = {'id': f'pc-{n:03d}', 'a': a, 'b': b, 'gold': gold, 'kind': kind, 'story': story,
               'a_url': A['url'], 'b_url': B['url'], 'a_source': A['source'], 'b_source': B['source'],
               'date_a': A['date_extracted'][:10], 'date_b': B['date_extracted'][:10], 'note': note,
               'annotator': 'c'}
        row['story'], row['thread'] = story.split('-')[0], story
        row['split'] = story_split(row['story'])
        parts[row['split']].append(row)
    return parts


def main():
    for name, rows in build().items():
        with open(os.path.join(HERE, f'{name}.jsonl'), 'w', encoding='utf-8') as fh:
            for o in rows:
                fh.write(json.dumps(o, ensure_ascii=False) + '\n')
        print(name, len(rows), len({o['story'] for o in rows}), 'stories',
              dict(sorted(Counter((o['gold'], o['kind']) for o in rows).items())))


if __name__ == '__main__':
    main()
