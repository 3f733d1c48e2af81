"""Cut the hand-chosen pairs (specs_*.py) out of the articles and write train.jsonl and heldout.jsonl.

Same spec format and cutting as ../relations-passage-7/build.py (set e's builder, PassageSet in
../relations-passage-4/build.py: set d's `cut` and record layout): each pair is (article index, a-span, article index,
b-span, gold, thread, note) over `corpus.unused()` of this folder. The split is by story (the thread's first part) and
was fixed before any pair was written: a story goes to heldout.jsonl when the first hex digit of
SHA-1("passage-8/<story>") is below 5 (5 of 16: about a third of the stories expected; as sets g and h, this set's
first use is training data — here the contradictions the model misses). Nothing is chosen or tuned on heldout.jsonl.

    python tests/gold/relations-passage-8/build.py
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
# By path and under its own name: the earlier sets' tests import modules called `corpus` and `build` (their own).
_spec = importlib.util.spec_from_file_location('relations_passage_8_corpus', os.path.join(HERE, 'corpus.py'))
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)

# set e's builder (its PassageSet), by path under its own name
_set_e = corpus._load('relations_passage_4_build', os.path.join(corpus.GOLD, 'relations-passage-4', 'build.py'))
cut, summary = _set_e.cut, _set_e.summary

# 5 of 16: about a third of the stories (first use: training data)
SET_I = _set_e.PassageSet(HERE, corpus, "passage-8", 5, 'pi', 'i')
specs, story_split, pair, build, main = SET_I.specs, SET_I.story_split, SET_I.pair, SET_I.build, SET_I.main


if __name__ == '__main__':
    main()
