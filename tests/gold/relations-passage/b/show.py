"""Reading aid: show.py IDX [IDX..] prints articles; show.py -g REGEX [ctx] greps corpus."""
import json, sys, re
A = [json.loads(l) for l in open('/tmp/pb_syria.jsonl', encoding='utf-8')]
if sys.argv[1] == '-g':
    pat = re.compile(sys.argv[2]); ctx = int(sys.argv[3]) if len(sys.argv) > 3 else 120
    for a in A:
        for m in pat.finditer(a['content']):
            print(a['i'], a['date'][5:], a['source'][:6], '|', a['content'][max(0, m.start()-ctx):m.end()+ctx].replace('\n', ' '))
else:
    for x in sys.argv[1:]:
        a = A[int(x)]
        print('=====', a['i'], a['date'], a['source'], a['title']); print(a['content'].replace('\n', ' ¶ ')); print()
