"""Assemble pairs.jsonl from spec.tsv (hand-chosen spans and hand labels).
spec.tsv columns: kind(P|C)  a-spec  b-spec  gold(c|s|u)  story  note
span spec: IDX:K (sentence K of selected article IDX), IDX:K-L (sentences K..L),
           IDX:K|prefix..suffix (substring of sentence K from prefix to suffix, inclusive)."""
import json, re
from tools import ARTS, spans
G = {'c': 'contradicts', 's': 'supports', 'u': 'unrelated'}
def cut(spec):
    idx, rest = spec.split(':', 1)
    i = int(idx); t = ARTS[i]['content']; sp = spans(t)
    if '|' in rest:
        k, ps = rest.split('|', 1); k = int(k)
        s = t[sp[k][0]:sp[k][1]]
        if '..' in ps:
            pre, suf = ps.split('..', 1)
        else:
            m = re.compile(r'\s+'.join(map(re.escape, ps.split()))).search(s)
            return i, s[m.start():m.end()]
        rx = lambda p: re.compile(r'\s+'.join(map(re.escape, p.split())))
        a = rx(pre).search(s).start() if pre else 0
        b = rx(suf).search(s, a).end() if suf else len(s)
        return i, s[a:b].strip(' ،,')
    if '-' in rest:
        k, l = map(int, rest.split('-'))
    else:
        k = l = int(rest)
    return i, t[sp[k][0]:sp[l][1]]
def main():
    out = []; n = 0
    for ln, line in enumerate(open('spec.tsv', encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        f = line.split('\t')
        assert len(f) == 6, (ln, line)
        kind, asp, bsp, g, story, note = f
        try:
            ia, a = cut(asp); ib, b = cut(bsp)
        except Exception as e:
            print('ERR', ln, asp, bsp, e); continue
        A, B = ARTS[ia], ARTS[ib]
        n += 1
        wa, wb = len(a.split()), len(b.split())
        if wa > 45: print('long a', ln, wa)
        if kind == 'P' and not (12 <= wb <= 400): print('bad passage len', ln, wb)
        if kind == 'C' and wb > 45: print('long b claim', ln, wb)
        if A['url'] == B['url']: print('same article', ln)
        out.append({'id': f'pa-{n:03d}', 'a': a, 'b': b, 'gold': G[g],
                    'kind': 'claim-passage' if kind == 'P' else 'claim-claim', 'story': story,
                    'a_url': A['url'], 'b_url': B['url'], 'a_source': A['source'], 'b_source': B['source'],
                    'date_a': A['date_extracted'][:10], 'date_b': B['date_extracted'][:10], 'note': note})
    with open('pairs.jsonl', 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    import collections
    print(len(out), collections.Counter((r['gold'], r['kind']) for r in out))
if __name__ == '__main__':
    main()
