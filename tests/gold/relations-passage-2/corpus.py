"""SaudiNewsNet 2015 articles (stdlib only) minus every url an earlier relation gold set used.

    python corpus.py grep REGEX [--source S] [--day YYYY-MM-DD]   # matching sentences: idx:k source day
    python corpus.py show IDX                                      # one article, numbered sentences
Indices refer to the sorted list of unused articles (zip order, then position), so they are stable.
"""
import glob
import json
import os
import re
import sys
import zipfile

SHARED = '/work/shared/data/news'
GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
USED_SETS = ('relations', 'relations-heldout', 'relations-passage', 'relations-passage/a', 'relations-passage/b')


def excluded_urls():
    ex = set()
    with open(os.path.join(SHARED, 'saudinewsnet-syria-2015.jsonl'), encoding='utf-8') as f:
        ex.update(json.loads(line)['url'] for line in f if line.strip())
    for d in USED_SETS:
        for p in glob.glob(os.path.join(GOLD, d, '*.jsonl')):
            with open(p, encoding='utf-8') as f:
                for line in f:
                    if line.strip():
                        r = json.loads(line)
                        ex.update(r[k] for k in ('a_url', 'b_url', 'url') if r.get(k))
    return ex


def pair_urls(folder):
    """Every a_url / b_url of the pair files (*.jsonl) of ../FOLDER/ — only those two fields are read."""
    urls = set()
    for path in glob.glob(os.path.join(GOLD, folder, '*.jsonl')):
        with open(path, encoding='utf-8') as f:
            urls.update(u for line in f if line.strip() for k, u in json.loads(line).items() if k in ('a_url', 'b_url'))
    return urls


def all_articles():
    for p in sorted(glob.glob(os.path.join(SHARED, 'saudinewsnet-2015', '*.zip'))):
        z = zipfile.ZipFile(p)
        for n in z.namelist():
            yield from json.loads(z.read(n))


def unused():
    ex = excluded_urls()
    return [a for a in all_articles() if a['url'] not in ex]


SENT = re.compile(r'[^.!؟?\n]+[.!؟?]*')


def sentences(text):
    """(start, end) spans of sentences: split on . ! ؟ ? and newlines; only decides where a span may cut."""
    return [(m.start(), m.end()) for m in SENT.finditer(text) if m.group().strip()]


def main():
    arts = unused()
    if sys.argv[1] == 'grep':
        rx = re.compile(sys.argv[2])
        src = sys.argv[sys.argv.index('--source') + 1] if '--source' in sys.argv else None
        day = sys.argv[sys.argv.index('--day') + 1] if '--day' in sys.argv else None
        for i, a in enumerate(arts):
            if (src and a['source'] != src) or (day and not a['date_extracted'].startswith(day)):
                continue
            c = a['content']
            for k, (s, e) in enumerate(sentences(c)):
                if rx.search(c[s:e]):
                    print(f"{i}:{k} {a['source']} {a['date_extracted'][:10]} | {c[s:e].strip()[:300]}")
    elif sys.argv[1] == 'show':
        for idx in sys.argv[2:]:
            a = arts[int(idx)]
            print(f"== {idx} {a['source']} {a['date_extracted']} {a['url']}\n## {a['title']}")
            c = a['content']
            for k, (s, e) in enumerate(sentences(c)):
                print(f"[{k}] {c[s:e].strip()}")
    elif sys.argv[1] == 'titles':
        rx = re.compile(sys.argv[2])
        for i, a in enumerate(arts):
            if rx.search(a['title'] or '') or rx.search(a['content'][:300]):
                print(f"{i} {a['source']} {a['date_extracted'][:10]} {len(a['content'].split())}w | {a['title']}")


if __name__ == "__main__":
    import signal

    # piped into `head` while browsing: stop quietly (only when run as a script: an importer, such as
    # the test run, must keep Python's default, or a write to a dead worker's pipe kills it)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()
