"""SaudiNewsNet 2015 articles minus every article an earlier relation set or extraction held-out set used.

Reuses ../relations-passage-5/corpus.py (itself built on ../relations-passage-4/, -3/ and -2/: reading aids, sentence
splitter, the exclusions of sets a-e and of the extraction held-out outlet-days) and widens its exclusions with every
url of ../relations-passage-5/ (read programmatically from both of its files: only the url fields are used).

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

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..')


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


p5 = _load('relations_passage_5_corpus', os.path.join(GOLD, 'relations-passage-5', 'corpus.py'))
p2, sentences, all_articles, unseen_outlet_days = p5.p2, p5.sentences, p5.all_articles, p5.unseen_outlet_days


def set_f_urls():
    """Every a_url / b_url of ../relations-passage-5/ (both parts)."""
    urls = set()
    for path in glob.glob(os.path.join(GOLD, 'relations-passage-5', '*.jsonl')):
        with open(path, encoding='utf-8') as f:
            urls.update(u for line in f if line.strip() for k, u in json.loads(line).items() if k in ('a_url', 'b_url'))
    return urls


@functools.lru_cache(maxsize=1)
def _unused():
    ex = set_f_urls()
    return tuple(a for a in p5.unused() if a['url'] not in ex)


def unused():
    return list(_unused())


if __name__ == "__main__":
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # piped into `head` while browsing: stop quietly
    p2.unused = unused  # the same reading aids over this set's articles
    p2.main()
