"""Select non-Syria conflict/politics articles (Yemen, Iraq, Libya, Egypt, Iran deal, Palestine, oil) not used before.
Writes /tmp/pa/topic.jsonl (articles) and /tmp/pa/sents.tsv (idx, source, date, sentence) as a grep aid."""
import json, os, re, collections
import corpus
CUES = {
 'yemen': ['اليمن', 'الحوثي', 'عدن', 'تعز', 'صالح', 'صنعاء', 'مأرب', 'لحج', 'العند', 'أبين', 'الضالع', 'إب', 'شبوة', 'هادي', 'التحالف', 'المقاومة الشعبية'],
 'iraq': ['العراق', 'الرمادي', 'الأنبار', 'بيجي', 'الحشد', 'العبادي', 'الفلوجة', 'الموصل', 'البيشمركة', 'كردستان', 'بغداد', 'المالكي'],
 'libya': ['ليبيا', 'طرابلس', 'بنغازي', 'درنة', 'سرت', 'حفتر', 'الليبي'],
 'egypt': ['سيناء', 'الإخوان', 'السيسي', 'قناة السويس', 'العريش', 'الشيخ زويد', 'رفح', 'مرسي'],
 'iran': ['الاتفاق النووي', 'النووي', 'ظريف', 'روحاني', 'خامنئي', 'كيري'],
 'pal': ['الفلسطيني', 'إسرائيل', 'الاحتلال', 'غزة', 'الضفة', 'الأقصى', 'المستوطنين', 'دوابشة', 'حماس', 'نتنياهو'],
 'oil': ['برميل', 'أوبك', 'خام برنت', 'أسعار النفط'],
}
def main():
    ex = corpus.excluded_urls()
    os.makedirs('/tmp/pa', exist_ok=True)
    kept = []
    for a in corpus.articles():
        if a['url'] in ex or not a.get('content'):
            continue
        t = a['content']
        if len(t.split()) < 60:
            continue
        hits = {k: sum(t.count(w) for w in ws) for k, ws in CUES.items()}
        top = max(hits, key=hits.get)
        if hits[top] >= 4:
            a['topic'] = top
            kept.append(a)
    print(len(kept), collections.Counter(a['topic'] for a in kept))
    print(collections.Counter(a['source'] for a in kept))
    with open('/tmp/pa/topic.jsonl', 'w', encoding='utf-8') as f, open('/tmp/pa/sents.tsv', 'w', encoding='utf-8') as g:
        for i, a in enumerate(kept):
            a['idx'] = i
            f.write(json.dumps(a, ensure_ascii=False) + '\n')
            for s in re.split(r'(?<=[.!؟?])\s+|\n+', a['content']):
                s = s.strip()
                if s:
                    g.write(f"{i}\t{a['source']}\t{a['date_extracted'][:10]}\t{a['topic']}\t{s}\n")
if __name__ == '__main__':
    main()
