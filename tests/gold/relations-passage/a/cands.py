"""Reading aid: cross-outlet sentence pairs with shared rare words (no model); flags differing numbers."""
import re, collections, random, sys
from tools import ARTS, sents
random.seed(7)
used = set(l.split('\t')[1].split(':')[0] for l in open('spec.tsv', encoding='utf-8') if l.strip() and not l.startswith('#'))
norm = lambda w: re.sub('[ًٌٍَُِّْـ]', '', w).replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ة', 'ه').replace('ى', 'ي')
S = []
for i, a in enumerate(ARTS):
    if a['topic'] == 'oil': continue
    for k, s in enumerate(sents(i)):
        w = s.split()
        if 12 <= len(w) <= 40:
            toks = set(norm(x.strip('«»"“”(),.،:؛')) for x in w if len(x) > 3)
            S.append((i, k, a['source'], a['date_extracted'][:10], toks, s))
df = collections.Counter(t for x in S for t in x[4])
inv = collections.defaultdict(list)
for n, x in enumerate(S):
    for t in x[4]:
        if 2 <= df[t] <= 30: inv[t].append(n)
seen = set(); out = []
for n, x in enumerate(S):
    c = collections.Counter(m for t in x[4] if 2 <= df[t] <= 30 for m in inv[t] if m > n)
    for m, v in c.items():
        y = S[m]
        if y[2] == x[2] or y[0] == x[0] or v < 4: continue
        j = len(x[4] & y[4]) / len(x[4] | y[4])
        if 0.2 <= j <= 0.7:
            nx = set(re.findall(r'\d+', x[5])); ny = set(re.findall(r'\d+', y[5]))
            flag = 'NUM' if nx and ny and nx != ny else ''
            out.append((flag, round(j, 2), x, y))
random.shuffle(out)
mode = sys.argv[1] if len(sys.argv) > 1 else 'all'
k = 0
for flag, j, x, y in out:
    if mode == 'num' and not flag: continue
    print(f"{flag} {j} | {x[0]}:{x[1]} {x[2]} {x[3]} | {x[5][:230]}\n      {y[0]}:{y[1]} {y[2]} {y[3]} | {y[5][:230]}")
    k += 1
    if k >= int(sys.argv[2] if len(sys.argv) > 2 else 40): break
