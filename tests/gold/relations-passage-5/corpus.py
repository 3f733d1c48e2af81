"""SaudiNewsNet 2015 articles minus every article an earlier relation set or extraction held-out set used.

Reuses ../relations-passage-4/corpus.py (itself built on ../relations-passage-3/ and ../relations-passage-2/: reading
aids, sentence splitter, the exclusions of sets a-d and of the extraction held-out outlet-days) and widens its
exclusions with every url of ../relations-passage-4/ (read programmatically: only the url fields are used).

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


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


p4 = _load('relations_passage_4_corpus', os.path.join(GOLD, 'relations-passage-4', 'corpus.py'))
p2, sentences, all_articles, unseen_outlet_days = p4.p2, p4.sentences, p4.all_articles, p4.unseen_outlet_days


@functools.lru_cache(maxsize=1)
def _unused():
    ex = p2.pair_urls('relations-passage-4')
    return tuple(a for a in p4.unused() if a['url'] not in ex)


def unused():
    return list(_unused())


if __name__ == "__main__":
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # piped into `head` while browsing: stop quietly
    p2.unused = unused  # the same reading aids over this set's articles
    p2.main()
