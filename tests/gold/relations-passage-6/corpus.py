"""SaudiNewsNet 2015 articles minus every article an earlier relation set or extraction held-out set used.

Reuses ../relations-passage-5/corpus.py (itself built on ../relations-passage-4/, -3/ and -2/: reading aids, sentence
splitter, the exclusions of sets a-e and of the extraction held-out outlet-days) and widens its exclusions with every
url of ../relations-passage-5/ (read programmatically from both of its files: only the url fields are used) and with
the (outlet, crawl day) of the extraction held-out set ../unseen-2015-g/ (read from its file names only, as set d's
corpus reads those of -d, -e and -f: set g is training data, and the unseen-2015-g draw keeps away from every
relation-passage url of its candidate days).

    python corpus.py grep REGEX [--source S] [--day YYYY-MM-DD]   # matching sentences: idx:k source day
    python corpus.py show IDX ...                                  # articles, numbered sentences
    python corpus.py titles REGEX                                  # headlines
Indices refer to the list of unused articles (zip order, then position), so they are stable.
"""
import functools
import importlib.util
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..')


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


p5 = _load('relations_passage_5_corpus', os.path.join(GOLD, 'relations-passage-5', 'corpus.py'))
p2, sentences, all_articles = p5.p2, p5.sentences, p5.all_articles
UNSEEN_G = 'unseen-2015-g'


def outlet_days(folder):
    """(source, YYYY-MM-DD) of the articles of ../FOLDER/ (an extraction held-out set), from its file names only (e.g.
    sabq-2015-07-22-2010.txt); set h's corpus reads ../unseen-2015-h/ with it."""
    names = os.listdir(os.path.join(GOLD, folder))
    return {m.groups() for m in (re.match(r'([a-z0-9]+)-(2015-\d\d-\d\d)-\d+\.', n) for n in names) if m}


def unseen_outlet_days():
    """(source, YYYY-MM-DD) of the extraction held-out articles of unseen-2015-d, -e, -f (set f's) and -g, from their
    file names only."""
    return p5.unseen_outlet_days() | outlet_days(UNSEEN_G)


def without(articles, pair_folder, days):
    """The articles that no pair of ../PAIR_FOLDER/ quotes (its a_url/b_url only) and that are of no (outlet, day) of
    DAYS; set h's corpus widens this set's exclusions with it."""
    ex = p2.pair_urls(pair_folder)
    return tuple(a for a in articles if a['url'] not in ex and (a['source'], a['date_extracted'][:10]) not in days)


@functools.lru_cache(maxsize=1)
def _unused():
    return without(p5.unused(), 'relations-passage-5', unseen_outlet_days())


def unused():
    return list(_unused())


if __name__ == "__main__":
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # piped into `head` while browsing: stop quietly
    p2.unused = unused  # the same reading aids over this set's articles
    p2.main()
