"""Load SaudiNewsNet 2015, drop excluded urls, keep Syria-war articles. stdlib only."""
import zipfile, json, glob, re, os, sys
ZIPS = '/work/shared/data/news/saudinewsnet-2015/*.zip'
GOLD = '/work/main/tests/gold'

def load_all():
    arts = []
    for zp in sorted(glob.glob(ZIPS)):
        z = zipfile.ZipFile(zp)
        for n in z.namelist():
            d = json.loads(z.read(n))
            arts.extend(d if isinstance(d, list) else [d])
    return arts

def excluded_urls():
    ex = set()
    for l in open('/work/shared/data/news/saudinewsnet-syria-2015.jsonl', encoding='utf-8'):
        if l.strip():
            ex.add(json.loads(l)['url'])
    for f in glob.glob(GOLD + '/relations/*.jsonl') + glob.glob(GOLD + '/relations-heldout/*.jsonl'):
        for l in open(f, encoding='utf-8'):
            if l.strip():
                o = json.loads(l)
                for k in ('a_url', 'b_url', 'url'):
                    if o.get(k):
                        ex.add(o[k])
    return ex

CUES = ['الأسد', 'حلب', 'إدلب', 'ادلب', 'درعا', 'الزبداني', 'دمشق', 'حمص', 'حماة', 'الرقة', 'دير الزور', 'تدمر',
        'كوباني', 'عين العرب', 'النصرة', 'الحسكة', 'اللاذقية', 'القنيطرة', 'الغوطة', 'براميل', 'البراميل', 'داعش',
        'حزب الله', 'الفرقة 30', 'المنطقة الآمنة', 'منطقة آمنة', 'الجيش الحر', 'وحدات حماية', 'المرصد السوري', 'أحرار الشام',
        'جيش الفتح', 'القلمون', 'سهل الغاب', 'الفوعة', 'كفريا', 'اللاجئين السوريين', 'دي ميستورا', 'العمال الكردستاني', 'الكردستاني', 'سروج', 'سوروتش', 'إنجرليك', 'انجرليك', 'إنغرليك', 'الحرس الثوري', 'نصر الله', 'نصرالله', 'الأكراد']

if __name__ == '__main__':
    arts = load_all()
    ex = excluded_urls()
    print('all', len(arts), 'excluded urls', len(ex), file=sys.stderr)
    out = []
    seen = set()
    for a in arts:
        u = a.get('url')
        if u in ex or u in seen:
            continue
        seen.add(u)
        c = a.get('content') or ''
        if not any(k in c for k in ('سوري', 'داعش', 'حزب الله', 'العمال الكردستاني', 'تركيا')):
            continue
        hits = sum(c.count(k) for k in CUES)
        kinds = sum(1 for k in CUES if k in c)
        if hits >= 2 and len(c.split()) >= 40:
            a['date'] = (a.get('date_extracted') or '')[:10]
            a['hits'] = hits
            out.append(a)
    with open(sys.argv[1] if len(sys.argv) > 1 else '/tmp/pb_syria.jsonl', 'w', encoding='utf-8') as f:
        for i, a in enumerate(out):
            a['i'] = i
            f.write(json.dumps(a, ensure_ascii=False) + '\n')
    from collections import Counter
    print(len(out), Counter(a['source'] for a in out), file=sys.stderr)
    print(sorted(Counter(a['date'] for a in out).items()), file=sys.stderr)
