"""SaudiNewsNet 2015 articles minus every article an earlier relation set or extraction held-out set used.

Reuses ../relations-passage-7/corpus.py (itself built on ../relations-passage-6/ to -2/: reading aids, sentence
splitter, the exclusions of sets a-g and of the extraction held-out outlet-days of unseen-2015-d to -h, read from
their file names only) and widens its exclusions with every url of ../relations-passage-7/ (read programmatically from
both of its files: only the url fields are used), with set g's `without`. No outlet-day is added: no extraction
held-out set came after set h.

    python corpus.py grep REGEX [--source S] [--day YYYY-MM-DD]   # matching sentences: idx:k source day
    python corpus.py show IDX ...                                  # articles, numbered sentences
    python corpus.py titles REGEX                                  # headlines
Indices refer to the list of unused articles (zip order, then position), so they are stable.
"""
import functools
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..')
# set h's corpus, by path under its own name
_spec = importlib.util.spec_from_file_location('relations_passage_7_corpus', os.path.join(GOLD, 'relations-passage-7',
                                                                                      'corpus.py'))
p7 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(p7)
p2, p6, sentences, all_articles, _load = p7.p2, p7.p6, p7.sentences, p7.all_articles, p7._load
unseen_outlet_days = p7.unseen_outlet_days  # unseen-2015-d to -h (file names only)


@functools.lru_cache(maxsize=1)
def _unused():
    return p6.without(p7.unused(), 'relations-passage-7', unseen_outlet_days())


def unused():
    return list(_unused())


if __name__ == "__main__":
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # piped into `head` while browsing: stop quietly
    p2.unused = unused  # the same reading aids over this set's articles
    p2.main()
