"""Cut the hand-chosen pairs (specs_*.py) out of the articles and write train.jsonl and heldout.jsonl.

Same spec format and cutting as ../relations-passage-5/build.py (set d's `cut`, reused from set c, and set d's
record layout, both from ../relations-passage-3/build.py): each pair is (article index, a-span, article index, b-span,
gold, thread, note) over `corpus.unused()` of this folder. The split is by story (the thread's first part) and was
fixed before any pair was written: a story goes to heldout.jsonl when the first hex digit of SHA-1("passage-6/<story>")
is below 5 (5 of 16: about a third of the stories expected; this set's first use is training data). Nothing is
chosen or tuned on heldout.jsonl.

    python tests/gold/relations-passage-6/build.py
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
# By path and under its own name: the earlier sets' tests import modules called `corpus` and `build` (their own).
_spec = importlib.util.spec_from_file_location('relations_passage_6_corpus', os.path.join(HERE, 'corpus.py'))
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)

# set e's builder (its PassageSet), by path under its own name
_set_e = corpus._load('relations_passage_4_build', os.path.join(corpus.GOLD, 'relations-passage-4', 'build.py'))
cut, summary = _set_e.cut, _set_e.summary

# 5 of 16: about a third of the stories (first use: training data)
SET_G = _set_e.PassageSet(HERE, corpus, "passage-6", 5, 'pg', 'g')
specs, story_split, pair, build, main = SET_G.specs, SET_G.story_split, SET_G.pair, SET_G.build, SET_G.main


if __name__ == '__main__':
    main()
