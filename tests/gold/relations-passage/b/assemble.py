"""Build pairs.jsonl from specs*.py (hand-written pair specs). stdlib only.
Each spec: (ia, a_spec, ib, b_spec, gold, kind, story, note); ia/ib index /tmp/pb_syria.jsonl (made by corpus.py).
A text spec is either an exact substring or 'START<<>>END': the verbatim span from START to the end of END."""
import json, glob, sys, re, importlib.util
A = [json.loads(l) for l in open('/tmp/pb_syria.jsonl', encoding='utf-8')]

def _rx(t):
    return re.compile(r'\s+'.join(re.escape(w) for w in t.split()))

def cut(content, spec):
    """whitespace-tolerant match (nbsp etc.); returns the verbatim span of content"""
    if '<<>>' in spec:
        s, e = spec.split('<<>>')
        m = _rx(s).search(content)
        if not m: raise ValueError('start not found: ' + s)
        m2 = _rx(e).search(content, m.end() - len(e.strip()) if len(e.strip()) < len(s.strip()) else m.start())
        while m2 and m2.end() < m.end():
            m2 = _rx(e).search(content, m2.start() + 1)
        if not m2: raise ValueError('end not found: ' + e)
        return content[m.start():m2.end()]
    m = _rx(spec).search(content)
    if not m: raise ValueError('not found: ' + spec[:60])
    return content[m.start():m.end()]

specs = []
for f in sorted(glob.glob('specs*.py')):
    sp = importlib.util.spec_from_file_location(f[:-3], f); m = importlib.util.module_from_spec(sp); sp.loader.exec_module(m)
    specs += m.PAIRS
out, bad = [], 0
for n, (ia, asp, ib, bsp, gold, kind, story, note) in enumerate(specs, 1):
    x, y = A[ia], A[ib]
    try:
        a = cut(x['content'], asp); b = cut(y['content'], bsp)
    except ValueError as e:
        bad += 1; print('SPEC', n, ia, ib, e); continue
    wa, wb = len(a.split()), len(b.split())
    lim_b = 400 if kind == 'claim-passage' else 45
    if wa > 45 or wb > lim_b or (kind == 'claim-passage' and wb < 12) or x['url'] == y['url']:
        print('LEN?', n, ia, ib, wa, wb, kind)
    out.append({'id': 'pb-%03d' % (len(out) + 1), 'a': a, 'b': b, 'gold': gold, 'kind': kind, 'story': story,
                'a_url': x['url'], 'b_url': y['url'], 'a_source': x['source'], 'b_source': y['source'],
                'date_a': x['date'], 'date_b': y['date'], 'note': note})
with open('pairs.jsonl', 'w', encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
from collections import Counter
print(len(out), 'pairs;', bad, 'bad;', Counter((o['gold'], o['kind']) for o in out))
if '-v' in sys.argv:
    for o in out[-int(sys.argv[-1]):]:
        print(o['id'], o['gold'], '| A:', o['a'], '\n   B:', o['b'][:300], '\n')
