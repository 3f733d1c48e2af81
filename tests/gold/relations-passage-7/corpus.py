"""SaudiNewsNet 2015 articles minus every article an earlier relation set or extraction held-out set used.

Reuses ../relations-passage-6/corpus.py (itself built on ../relations-passage-5/ to -2/: reading aids, sentence
splitter, the exclusions of sets a-f and of the extraction held-out outlet-days of unseen-2015-d to -g) and widens its
exclusions with every url of ../relations-passage-6/ (read programmatically from both of its files: only the url
fields are used) and with the (outlet, crawl day) of the extraction held-out set ../unseen-2015-h/ (read from its file
names only, as set g's corpus reads those of -g: the unseen-2015-h draw keeps away from every relation-passage url of
its candidate days).

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
# set g's corpus, by path under its own name
_spec = importlib.util.spec_from_file_location('relations_passage_6_corpus', os.path.join(GOLD, 'relations-passage-6',
                                                                                      'corpus.py'))
p6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(p6)
p2, sentences, all_articles, _load = p6.p2, p6.sentences, p6.all_articles, p6._load
UNSEEN_H = 'unseen-2015-h'


def unseen_outlet_days():
    """(source, YYYY-MM-DD) of the extraction held-out articles of unseen-2015-d to -g (set g's) and -h, from their
    file names only (e.g. sabq-2015-07-22-2010.txt)."""
    return p6.unseen_outlet_days() | p6.outlet_days(UNSEEN_H)


@functools.lru_cache(maxsize=1)
def _unused():
    return p6.without(p6.unused(), 'relations-passage-6', unseen_outlet_days())


def unused():
    return list(_unused())


if __name__ == "__main__":
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # piped into `head` while browsing: stop quietly
    p2.unused = unused  # the same reading aids over this set's articles
    p2.main()
