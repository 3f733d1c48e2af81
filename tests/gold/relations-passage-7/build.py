"""Cut the hand-chosen pairs (specs_*.py) out of the articles and write train.jsonl and heldout.jsonl.

Same spec format and cutting as ../relations-passage-6/build.py (set e's builder, PassageSet in
../relations-passage-4/build.py: set d's `cut`, reused from set c, and set d's record layout): each pair is (article
index, a-span, article index, b-span, gold, thread, note) over `corpus.unused()` of this folder. The split is by story
(the thread's first part) and was fixed before any pair was written: a story goes to heldout.jsonl when the first hex
digit of SHA-1("passage-7/<story>") is below 5 (5 of 16: about a third of the stories expected; as set g, this set's
first use is training data). Nothing is chosen or tuned on heldout.jsonl.

    python tests/gold/relations-passage-7/build.py
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
# By path and under its own name: the earlier sets' tests import modules called `corpus` and `build` (their own).
_spec = importlib.util.spec_from_file_location('relations_passage_7_corpus', os.path.join(HERE, 'corpus.py'))
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)

# set e's builder (its PassageSet), by path under its own name
_set_e = corpus._load('relations_passage_4_build', os.path.join(corpus.GOLD, 'relations-passage-4', 'build.py'))
cut, summary = _set_e.cut, _set_e.summary

# 5 of 16: about a third of the stories (first use: training data)
SET_H = _set_e.PassageSet(HERE, corpus, "passage-7", 5, 'ph', 'h')
specs, story_split, pair, build, main = SET_H.specs, SET_H.story_split, SET_H.pair, SET_H.build, SET_H.main


if __name__ == '__main__':
    main()
