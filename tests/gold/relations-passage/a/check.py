"""Verify pairs.jsonl (stdlib only): verbatim spans, excluded urls, fields, labels, ids; print counts."""
import collections, json, os, statistics, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus
FIELDS = ['id', 'a', 'b', 'gold', 'kind', 'story', 'a_url', 'b_url', 'a_source', 'b_source', 'date_a', 'date_b', 'note']
def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pairs.jsonl')
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    arts = corpus.by_url(); ex = corpus.excluded_urls()
    errs = []; ids = set()
    for r in rows:
        rid = r.get('id')
        if list(r.keys()) != FIELDS: errs.append((rid, 'fields', list(r.keys())))
        if rid in ids: errs.append((rid, 'duplicate id'))
        ids.add(rid)
        if r['gold'] not in ('contradicts', 'supports', 'unrelated'): errs.append((rid, 'gold'))
        if r['kind'] not in ('claim-passage', 'claim-claim'): errs.append((rid, 'kind'))
        if r['a_url'] == r['b_url']: errs.append((rid, 'same article'))
        for side in 'ab':
            u = r[side + '_url']; d = r['date_' + side]
            if u in ex: errs.append((rid, side, 'excluded url'))
            art = arts.get(u)
            if art is None: errs.append((rid, side, 'url not in corpus')); continue
            if r[side] not in art['content']: errs.append((rid, side, 'not a verbatim substring'))
            if art['source'] != r[side + '_source']: errs.append((rid, side, 'source mismatch'))
            if art['date_extracted'][:10] != d: errs.append((rid, side, 'date mismatch'))
        na, nb = len(r['a'].split()), len(r['b'].split())
        if na > 45: errs.append((rid, 'a too long', na))
        if r['kind'] == 'claim-passage' and not 12 <= nb <= 400: errs.append((rid, 'passage length', nb))
        if r['kind'] == 'claim-claim' and nb > 45: errs.append((rid, 'b claim too long', nb))
        if not r['note'].strip() or not r['story'].strip(): errs.append((rid, 'empty note/story'))
    c = collections.Counter((r['gold'], r['kind']) for r in rows)
    print(f"{'gold':<12} {'claim-passage':>14} {'claim-claim':>12} {'all':>5}")
    for g in ('contradicts', 'supports', 'unrelated'):
        print(f"{g:<12} {c[(g,'claim-passage')]:>14} {c[(g,'claim-claim')]:>12} {c[(g,'claim-passage')]+c[(g,'claim-claim')]:>5}")
    print(f"{'all':<12} {sum(v for (g,k),v in c.items() if k=='claim-passage'):>14} {sum(v for (g,k),v in c.items() if k=='claim-claim'):>12} {len(rows):>5}")
    pl = [len(r['b'].split()) for r in rows if r['kind'] == 'claim-passage']
    if pl: print(f"passage b words: min {min(pl)} median {statistics.median(pl)} mean {statistics.mean(pl):.1f} max {max(pl)}")
    print('outlets a:', dict(collections.Counter(r['a_source'] for r in rows)))
    print('outlets b:', dict(collections.Counter(r['b_source'] for r in rows)))
    print('cross-outlet pairs:', sum(r['a_source'] != r['b_source'] for r in rows), 'stories:', len(set(r['story'] for r in rows)))
    for e in errs: print('ERROR', *e)
    print('OK' if not errs else f'{len(errs)} errors')
    return 1 if errs else 0
if __name__ == '__main__':
    sys.exit(main())
