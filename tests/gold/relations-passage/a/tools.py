"""Reading aids: sentence spans of selected articles, grep and show (no relation model)."""
import json, re, sys
ARTS = [json.loads(l) for l in open('/tmp/pa/topic.jsonl', encoding='utf-8')]
SENT = re.compile(r'[^\n.!؟?]+(?:[.!؟?]+|$)')
def spans(text):
    out = []
    for m in SENT.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace(): s += 1
        while e > s and text[e-1].isspace(): e -= 1
        if e - s > 1:
            out.append((s, e))
    return out
def sents(i):
    t = ARTS[i]['content']
    return [t[s:e] for s, e in spans(t)]
def passage(i, a, b):
    t = ARTS[i]['content']; sp = spans(t)
    return t[sp[a][0]:sp[b][1]]
if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'show':
        for i in map(int, sys.argv[2:]):
            a = ARTS[i]; print(f"=== {i} {a['source']} {a['date_extracted'][:10]} | {a['title']}")
            for k, s in enumerate(sents(i)): print(f"  [{k}] {s}")
    elif cmd == 'grep':
        pat = re.compile(sys.argv[2]); lim = int(sys.argv[3]) if len(sys.argv) > 3 else 300
        for i, a in enumerate(ARTS):
            for k, s in enumerate(sents(i)):
                if pat.search(s):
                    print(f"{i}:{k} {a['source']} {a['date_extracted'][:10]} | {s[:lim]}")
    elif cmd == 'title':
        pat = re.compile(sys.argv[2])
        for i, a in enumerate(ARTS):
            if pat.search(a['title']) or pat.search(a['content'][:300]):
                print(f"{i} {a['source']} {a['date_extracted'][:10]} | {a['title'][:120]}")
