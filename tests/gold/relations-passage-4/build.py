"""Cut the hand-chosen pairs (specs_*.py) out of the articles and write train.jsonl and heldout.jsonl.

Same spec format and cutting as ../relations-passage-3/build.py (its `cut`, reused from set c, and its record
layout): each pair is (article index, a-span, article index, b-span, gold, thread, note) over `corpus.unused()` of
this folder. The split is by story (the thread's first part) and was fixed before any pair was written: a story
goes to heldout.jsonl when the first hex digit of SHA-1("passage-4/<story>") is below 7 (7 of 16 = 44 % of stories
expected). Nothing is chosen or tuned on heldout.jsonl.

    python tests/gold/relations-passage-4/build.py
"""
import glob
import hashlib
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# By path and under its own name: the earlier sets' tests import modules called `corpus` and `build` (their own).
_spec = importlib.util.spec_from_file_location('relations_passage_4_corpus', os.path.join(HERE, 'corpus.py'))
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)

sys.modules.setdefault('corpus', corpus.p2)  # set c's build.py, reached through set d's, imports its corpus by that name
p3build = corpus._load('relations_passage_3_build', os.path.join(corpus.GOLD, 'relations-passage-3', 'build.py'))
cut, summary = p3build.cut, p3build.summary

class PassageSet:
    """The builder of one balanced claim/passage set (this one, and sets f and g, which load this module): its folder's
    specs_*.py cut from its corpus's unused articles, ids PREFIX-NNN, its annotator, and a story split fixed before
    any pair was written (a story is held out when the first hex digit of SHA-1("SEED/<story>") is below DIGITS)."""

    def __init__(self, here, corpus, seed, digits, prefix, annotator):
        self.here, self.corpus, self.seed, self.digits = here, corpus, seed, digits
        self.prefix, self.annotator = prefix, annotator

    def specs(self):
        for path in sorted(glob.glob(os.path.join(self.here, 'specs_*.py'))):
            yield from self.corpus._load(os.path.basename(path)[:-3], path).PAIRS

    def story_split(self, story):
        return 'heldout' if int(hashlib.sha1(f'{self.seed}/{story}'.encode()).hexdigest()[0], 16) < self.digits \
            else 'train'

    def pair(self, n, A, B, aspan, bspan, gold, thread, note):
        """One record in set d's layout, this set's id and annotator, split by its story hash."""
        row = p3build.pair(n, A, B, aspan, bspan, gold, thread, note)
        return {**row, 'id': f'{self.prefix}-{n:03d}', 'annotator': self.annotator,
                'split': self.story_split(row['story'])}

    def build(self):
        """{'train': rows, 'heldout': rows} cut from the articles (needs ../shared)."""
        arts = self.corpus.unused()
        parts = {'train': [], 'heldout': []}
        for n, (ai, aspan, bi, bspan, *rest) in enumerate(self.specs(), 1):
            row = self.pair(n, arts[ai], arts[bi], aspan, bspan, *rest)
            parts[row['split']].append(row)
        return parts

    def main(self):
        parts = self.build()
        for name, rows in parts.items():
            lines = [json.dumps(o, ensure_ascii=False) + '\n' for o in rows]
            with open(os.path.join(self.here, f'{name}.jsonl'), 'w', encoding='utf-8') as fh:
                fh.writelines(lines)
            print(name, summary(rows))
        print('all', summary(parts['train'] + parts['heldout']))


SET_E = PassageSet(HERE, corpus, "passage-4", 7, 'pe', 'e')  # 7 of 16: about 44 % of the stories
specs, story_split, pair, build, main = SET_E.specs, SET_E.story_split, SET_E.pair, SET_E.build, SET_E.main


if __name__ == '__main__':
    main()
