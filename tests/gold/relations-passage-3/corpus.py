"""SaudiNewsNet 2015 articles minus every article an earlier relation set or extraction held-out set used.

Reuses ../relations-passage-2/corpus.py (reading aids, sentence splitter) and widens its exclusions:
every url of ../relations-passage-2/ too, and every article whose (outlet, crawl day) is that of an article of
the extraction held-out sets ../unseen-2015-d/, -e/, -f/, read from their FILE NAMES only (never opened).

    python corpus.py grep REGEX [--source S] [--day YYYY-MM-DD]   # matching sentences: idx:k source day
    python corpus.py show IDX ...                                  # articles, numbered sentences
    python corpus.py titles REGEX                                  # headlines
Indices refer to the list of unused articles (zip order, then position), so they are stable.
"""
import functools
import glob
import importlib.util
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..')
UNSEEN = ('unseen-2015-d', 'unseen-2015-e', 'unseen-2015-f')


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


p2 = _load('relations_passage_2_corpus', os.path.join(GOLD, 'relations-passage-2', 'corpus.py'))
sentences, all_articles = p2.sentences, p2.all_articles


def excluded_urls():
    """Urls of saudinewsnet-syria-2015.jsonl and of every earlier relation gold set, set c included."""
    ex = p2.excluded_urls()
    for path in glob.glob(os.path.join(GOLD, 'relations-passage-2', '*.jsonl')):
        with open(path, encoding='utf-8') as f:
            ex.update(u for line in f if line.strip() for k, u in json.loads(line).items() if k in ('a_url', 'b_url'))
    return ex


def unseen_outlet_days():
    """(source, YYYY-MM-DD) of the extraction held-out articles, from their file names (e.g. sabq-2015-07-22-2010.txt)."""
    days = set()
    for d in UNSEEN:
        for name in os.listdir(os.path.join(GOLD, d)):
            m = re.match(r'([a-z0-9]+)-(2015-\d\d-\d\d)-\d+\.', name)
            if m:
                days.add(m.groups())
    return days


@functools.lru_cache(maxsize=1)
def _unused():
    ex, days = excluded_urls(), unseen_outlet_days()
    return tuple(a for a in all_articles() if a['url'] not in ex and (a['source'], a['date_extracted'][:10]) not in days)


def unused():
    return list(_unused())


if __name__ == "__main__":
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # piped into `head` while browsing: stop quietly
    p2.unused = unused  # the same reading aids over this set's articles
    p2.main()
