"""Load SaudiNewsNet 2015 articles (stdlib only), excluding urls used by earlier gold sets."""
import glob, json, os, zipfile
SHARED = '/work/shared/data/news'
GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')

def excluded_urls():
    ex = set()
    with open(os.path.join(SHARED, 'saudinewsnet-syria-2015.jsonl'), encoding='utf-8') as f:
        for line in f:
            if line.strip():
                ex.add(json.loads(line)['url'])
    for d in ('relations', 'relations-heldout'):
        for p in glob.glob(os.path.join(GOLD, d, '*.jsonl')):
            with open(p, encoding='utf-8') as f:
                for line in f:
                    if line.strip():
                        r = json.loads(line)
                        for k in ('a_url', 'b_url'):
                            if r.get(k):
                                ex.add(r[k])
    return ex

def articles():
    for p in sorted(glob.glob(os.path.join(SHARED, 'saudinewsnet-2015', '*.zip'))):
        z = zipfile.ZipFile(p)
        for n in z.namelist():
            data = json.loads(z.read(n))
            for art in data:
                yield art

def by_url():
    return {a['url']: a for a in articles()}
