"""Check pairs.jsonl (stdlib only): verbatim spans, excluded urls, fields, labels, ids; print counts."""
import json, glob, zipfile, sys, os
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
ZIPS = '/work/shared/data/news/saudinewsnet-2015/*.zip'
GOLD = os.path.abspath(os.path.join(HERE, '..', '..'))
FIELDS = ['id', 'a', 'b', 'gold', 'kind', 'story', 'a_url', 'b_url', 'a_source', 'b_source', 'date_a', 'date_b', 'note']

def main():
    content = defaultdict(list); meta = {}
    for zp in sorted(glob.glob(ZIPS)):
        z = zipfile.ZipFile(zp)
        for n in z.namelist():
            d = json.loads(z.read(n))
            for a in (d if isinstance(d, list) else [d]):
                content[a['url']].append(a.get('content') or '')
                meta.setdefault(a['url'], (a.get('source'), (a.get('date_extracted') or '')[:10]))
    ex = set()
    for l in open('/work/shared/data/news/saudinewsnet-syria-2015.jsonl', encoding='utf-8'):
        if l.strip(): ex.add(json.loads(l)['url'])
    for f in glob.glob(GOLD + '/relations/*.jsonl') + glob.glob(GOLD + '/relations-heldout/*.jsonl'):
        for l in open(f, encoding='utf-8'):
            if l.strip():
                o = json.loads(l)
                for k in ('a_url', 'b_url', 'url'):
                    if o.get(k): ex.add(o[k])
    errs = []; ids = set(); rows = []
    for ln, l in enumerate(open(os.path.join(HERE, 'pairs.jsonl'), encoding='utf-8'), 1):
        o = json.loads(l); rows.append(o)
        miss = [k for k in FIELDS if k not in o or o[k] in (None, '')]
        if miss: errs.append((ln, 'missing fields %s' % miss)); continue
        if set(o) - set(FIELDS): errs.append((ln, 'extra fields %s' % (set(o) - set(FIELDS))))
        if o['id'] in ids: errs.append((ln, 'duplicate id ' + o['id']))
        ids.add(o['id'])
        if o['gold'] not in ('contradicts', 'supports', 'unrelated'): errs.append((ln, 'bad gold'))
        if o['kind'] not in ('claim-passage', 'claim-claim'): errs.append((ln, 'bad kind'))
        for side, u in (('a', o['a_url']), ('b', o['b_url'])):
            if u in ex: errs.append((ln, 'excluded url on side ' + side))
            if u not in content: errs.append((ln, 'unknown url on side ' + side)); continue
            if not any(o[side] in c for c in content[u]): errs.append((ln, 'side %s not verbatim in its article' % side))
        if o['a_url'] == o['b_url']: errs.append((ln, 'a and b from the same article'))
        for side, u, s, d in (('a', o['a_url'], 'a_source', 'date_a'), ('b', o['b_url'], 'b_source', 'date_b')):
            if u in meta and (meta[u][0] != o[s] or meta[u][1] != o[d]): errs.append((ln, 'source/date mismatch side ' + side))
        wa, wb = len(o['a'].split()), len(o['b'].split())
        if wa > 45: errs.append((ln, 'a too long (%d words)' % wa))
        if o['kind'] == 'claim-passage' and not 12 <= wb <= 400: errs.append((ln, 'passage length %d' % wb))
        if o['kind'] == 'claim-claim' and wb > 45: errs.append((ln, 'b claim too long (%d words)' % wb))
    for e in errs: print('ERROR line %d: %s' % e)
    c = Counter((o['gold'], o['kind']) for o in rows)
    print('\n| gold | claim-passage | claim-claim | all |\n|---|---|---|---|')
    for g in ('contradicts', 'supports', 'unrelated'):
        print('| %s | %d | %d | %d |' % (g, c[(g, 'claim-passage')], c[(g, 'claim-claim')], c[(g, 'claim-passage')] + c[(g, 'claim-claim')]))
    print('| all | %d | %d | %d |' % (sum(v for (g, k), v in c.items() if k == 'claim-passage'), sum(v for (g, k), v in c.items() if k == 'claim-claim'), len(rows)))
    wl = sorted(len(o['b'].split()) for o in rows if o['kind'] == 'claim-passage')
    if wl: print('\npassage b words: n=%d min=%d median=%d mean=%.1f max=%d' % (len(wl), wl[0], wl[len(wl) // 2], sum(wl) / len(wl), wl[-1]))
    print('stories: %d; a-outlets: %s' % (len({o['story'] for o in rows}), dict(Counter(o['a_source'] for o in rows))))
    print('cross-outlet pairs: %d / %d' % (sum(o['a_source'] != o['b_source'] for o in rows), len(rows)))
    print('OK' if not errs else 'FAILED (%d errors)' % len(errs))
    sys.exit(1 if errs else 0)

if __name__ == '__main__':
    main()
