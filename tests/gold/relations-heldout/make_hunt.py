"""Contradiction hunt of the held-out set: hand-picked pairs, texts cut from the articles.

Each spec names the two articles (url) and a unique substring of the claim / sentence; the
script cuts the exact text (a: the extractor claim containing the substring if there is one,
otherwise the article sentence without its final period; b: the full article sentence) and
writes manual_pairs.jsonl.  Labels and notes were written by hand after reading both articles.

    python tests/gold/relations-heldout/make_hunt.py --claims /tmp/claims-held.jsonl
"""
import argparse
import json
import re

CORPUS = "/tmp/syria-heldout.jsonl"
SPLIT = re.compile(r"(?<=[.!?؟])\s+|\n+")

U = {
    "pkk_deny": "http://aawsat.com/home/article/412921/",
    "okaz_pkk": "http://www.okaz.com.sa/new/Issues/20150723/Con20150723785243.htm",
    "alyaum_0725": "http://www.alyaum.com/article/4080031",
    "alriyadh_0724": "http://www.alriyadh.com/1067382",
    "cover_deny_riyadh": "http://www.alriyadh.com/1070901",
    "cover_alyaum": "http://www.alyaum.com/article/4082137",
    "mirghani": "http://aawsat.com/home/article/418096/",
    "davutoglu_0722": "http://aawsat.com/home/article/411906/",
    "pkk_accuse_0722": "http://aawsat.com/home/article/411976/",
    "jazirah_0802": "http://www.al-jazirah.com/2015/20150802/ar1.htm",
    "erdogan_deny_0801": "http://www.alyaum.com/article/4081219",
    "kalin_0723": "http://aawsat.com/home/article/412916/",
    "elmonitor_0727": "http://aawsat.com/home/article/415946/",
    "zab_0806_deny": "http://aawsat.com/home/article/422376/",
    "zab_0806_ahrar": "http://aawsat.com/home/article/423311/",
    "zab_0807": "http://aawsat.com/home/article/424021/",
    "zab_0727": "http://aawsat.com/home/article/415881/",
    "qary_0808a": "http://aawsat.com/home/article/424491/",
    "qary_0808b": "http://aawsat.com/home/article/424611/",
    "suleiman_3alyoum": "http://www.3alyoum.com/news/golobal/a/بعد-مطالبات-بإعدامه",
    "suleiman_madina": "http://www.al-madina.com/node/623898/",
    "mamlouk_jeddah": "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231381",
    "qattan_alyaum": "http://www.alyaum.com/article/4082020",
    "madina_0725": "http://www.al-madina.com/node/621017/",
    "suruc_0721": "http://aawsat.com/home/article/411206/",
    "okaz_0721": "http://www.okaz.com.sa/new/Issues/20150721/Con20150721784881.htm",
    "hasaka_0722": "http://aawsat.com/home/article/412001/",
    "zab_0721": "http://aawsat.com/home/article/411316/",
    "alyaum_0723": "http://www.alyaum.com/article/4079777",
    "qary_riyadh": "http://www.alriyadh.com/1071229",
    "eqt_0727": "http://www.aleqt.com/2015/07/27/article_976550.html",
}

# (a_url_key, a_substring, b_url_key, b_substring, gold, note)
SPECS = [
    ("okaz_pkk", "تبنى متمردو حزب العمال الكردستاني قتل شرطيين", "pkk_deny", "نفى الجناح العسكري لحزب العمال الكردستاني",
     "contradicts", "Ceylanpinar police killing (22 Jul): PKK claimed it vs PKK military wing denies responsibility"),
    ("pkk_deny", "العملية نفذت من قبل مجموعة فدائية آبوجية", "alyaum_0725", "الذي اعلن تبني مقتل شرطيين اثنين",
     "contradicts", "PKK spokesman: an Apoist group unrelated to us did it vs PKK announced it carried out the killing"),
    ("alriyadh_0724", "واعلان حزب العمال الكردستاني مسؤوليته عن قتلهما", "pkk_deny", "نفى الجناح العسكري لحزب العمال الكردستاني",
     "contradicts", "PKK declared responsibility for killing the two police vs PKK military wing denies responsibility"),
    ("okaz_pkk", "تبنت الحركة الكردية قتل شرطيين تركيين", "alyaum_0725", "الذي اعلن تبني مقتل شرطيين اثنين",
     "supports", "both: PKK claimed the killing of two police in Ceylanpinar"),
    ("mirghani", "لم تكن في الواقع سوى غطاء", "cover_deny_riyadh", "ونفى مسؤولون أتراك أن تكون الحملة ضد داعش هي مجرد غطاء",
     "contradicts", "Erdogan's strikes on ISIS only a cover to hit the Kurds vs Turkish officials deny the campaign is a mere cover"),
    ("cover_alyaum", "باستغلال الحرب ضد داعش كستار", "cover_deny_riyadh", "ونفى مسؤولون أتراك أن تكون الحملة ضد داعش هي مجرد غطاء",
     "contradicts", "opponents: war on ISIS used as a screen to crush Kurdish gains vs officials deny it is a mere cover"),
    ("pkk_accuse_0722", "واتهمته بدعم تنظيم داعش ضد أكراد سوريا", "davutoglu_0722", "نفى رئيس الحكومة التركية أحمد داود أوغلو بشدة",
     "contradicts", "PKK: AKP supports ISIS against Syrian Kurds vs Davutoglu denies supporting ISIS in any way"),
    ("jazirah_0802", "=تسعى الحكومة التركية لدعم وتشجيع كل من يتحرك ضد الأكراد في العراق وسورية، بل وتسهيل مرور المنضمين إلى صفوفها عبر الحدود وإمداد «داعش» بالأسلحة", "erdogan_deny_0801", "ونفى اردوغان بقوة الاتهامات",
     "contradicts", "columnist: Turkish government backs and eases passage of ISIS recruits vs Erdogan denies Turkey helps ISIS"),
    ("kalin_0723", "تركيا لم تقم بأية عمليات ضد منتسبي تنظيم داعش", "elmonitor_0727", "مع اعتقال سبعة وعشرين شخصا",
     "contradicts", "Turkey made no operations against ISIS members vs Turkish campaign against ISIS cells arrested 27 in four provinces"),
    ("zab_0806_ahrar", "=أعلنت «حركة أحرار الشام الإسلامية» أمس، في بيان لها، عن توقف المفاوضات مع الوفد الإيراني بسبب ما سمته الحركة «إصرار الوفد على تفريغ الزبداني من مقاتليها والمدنيين وتهجيرهم إلى مناطق أخرى»", "zab_0806_deny", "نفت مصادر بارزة في المعارضة السورية ذلك",
     "contradicts", "Zabadani talks: Ahrar al-Sham says talks with the Iranian delegation stopped vs opposition sources deny Iranians were directly involved"),
    ("zab_0727", "=تحدث ناشطون عن تفاوض مباشر بين الإيرانيين وممثلين عن حركة أحرار الشام في تركيا", "zab_0806_deny", "نفت مصادر بارزة في المعارضة السورية ذلك",
     "contradicts", "activists: direct Iranian-Ahrar negotiation in Turkey vs opposition sources deny direct Iranian involvement"),
    ("qary_0808a", "اختطف تنظيم داعش أكثر من 220 من أبناء مدينة القريتين", "qary_0808b", "اختطف 170 سنيًا وأكثر من ستين مسيحيًا",
     "contradicts", "Qaryatayn abductees mostly Christians vs 170 Sunnis and 60+ Christians"),
    ("qary_0808a", "اختطف تنظيم داعش أكثر من 220 من أبناء مدينة القريتين", "qary_0808b", "اختطف نحو 230 مدنيًا بينهم ستون مسيحيًا",
     "unrelated", "more than 220 mostly Christians vs about 230 incl. at least 60 Christians: count compatible, composition not decided (doubt)"),
    ("qary_0808b", "=إن التنظيم اختطف 220 شخصًا من القريتين معظمهم من المسيحيين", "qary_riyadh", "لا يزال مجهولا مصير 230 مواطنا",
     "contradicts", "activist: 220 abducted, mostly Christians vs SOHR: 230 incl. dozens of Christians (doubt: 'dozens' of 230 read as a minority)"),
    ("pkk_deny", "=نفى الجناح العسكري لحزب العمال الكردستاني، أمس، مسؤوليته عن العملية التي أسفرت عن مقتل شرطيين جنوب شرقي تركيا", "okaz_pkk", "تبنت الحركة الكردية قتل شرطيين تركيين",
     "contradicts", "PKK military wing denies responsibility for killing the two police vs the Kurdish movement claimed the killing"),
    ("suleiman_3alyoum", "ألقت القبض على سليمان الأسد في إحدى المزارع", "suleiman_madina", "تم اعتقال سليمان الاسد على الطريق",
     "contradicts", "Suleiman al-Assad arrested in a farm in Latakia countryside vs on the road between Latakia and Qardaha (doubt: places could be reconciled)"),
    ("suleiman_3alyoum", "ألقت القبض على المشتبه به", "suleiman_madina", "القت السلطات السورية القبض على سليمان الاسد",
     "supports", "both: Syrian authorities arrested Suleiman al-Assad for killing the colonel"),
    ("mamlouk_jeddah", "=كشف مصدر سعودي عن اجتماع في مدينة جدة السعودية قبل عدة أيام، ضم مدير جهاز الأمن القومي للنظام السوري اللواء علي مملوك، بمسؤولين سعوديين، وحضور مسؤولين روس", "qattan_alyaum", "نفى السفير قطان هذه المزاعم",
     "unrelated", "Mamlouk met Saudi officials in Jeddah vs denial that a Saudi official visited Damascus: different meeting and place"),
    ("mamlouk_jeddah", "=كشف مصدر سعودي عن اجتماع في مدينة جدة السعودية قبل عدة أيام، ضم مدير جهاز الأمن القومي للنظام السوري اللواء علي مملوك، بمسؤولين سعوديين، وحضور مسؤولين روس", "madina_0725", "كل ما يحكى عن إمكانية إعادة تواصل",
     "unrelated", "Jeddah meeting with Mamlouk (early Aug) vs 25 Jul denial of any re-contact with Assad; earlier date, stance not event (doubt)"),
    ("davutoglu_0722", "شاب وليس فتاة", "suruc_0721", "وتضاربت المعلومات بشأن منفذ العملية",
     "contradicts", "Suruc bomber a young man, not a girl vs Turkish reports that a female bomber about 20 carried it out"),
    ("kalin_0723", "=حسمت فحوصات الحمض النووي التي أجرتها السلطات التركية هوية منفذ العملية الانتحارية في مدينة سروج التركية، وهو شاب تركي في العشرين من عمره", "okaz_0721", "إلى إمكانية أن تكون امرأة",
     "unrelated", "DNA: bomber a 20-year-old man vs media mention only the possibility of a woman (doubt)"),
    ("hasaka_0722", "=أعلنت القوات الكردية في وقت متأخر، أول من أمس (الاثنين)، سيطرتها بشكل شبه كامل على مدينة الحسكة، شمال شرقي البلاد", "zab_0721", "وتمكنوا من استعادة السيطرة على المدينة الرياضية",
     "unrelated", "Kurds announce near-full control of Hasaka vs ISIS advance in Nashwa; 'near-full' and timing leave room (doubt)"),
    ("alyaum_0723", "الوحدات الكردية لم تتمكن من التقدم", "eqt_0727", "تقدمت القوات الكردية وسيطرت تماما على حي النشوة",
     "unrelated", "Kurds could not advance (23 Jul) vs later full control of western Nashwa (27 Jul): sequence, not conflict"),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", default="/tmp/claims-held.jsonl")
    ap.add_argument("--corpus", default=CORPUS)
    ap.add_argument("--out", default="tests/gold/relations-heldout/manual_pairs.jsonl")
    args = ap.parse_args()
    corpus = [json.loads(l) for l in open(args.corpus, encoding="utf-8")]
    claims = [json.loads(l)["text"] for l in open(args.claims, encoding="utf-8")]

    def art(key):
        pre = U[key]
        hits = [r for r in corpus if r["url"].startswith(pre)]
        assert len(hits) == 1, (key, len(hits))
        return hits[0]

    def sent(r, sub):
        ss = [s.strip() for s in SPLIT.split(r["content"]) if sub in s]
        assert len(ss) == 1, (sub, len(ss))
        return ss[0]

    out = []
    for ak, asub, bk, bsub, gold, note in SPECS:
        ra, rb = art(ak), art(bk)
        assert ra["url"] != rb["url"]
        if asub.startswith("="):  # a span cut by hand from the article (contiguous, unedited)
            a, cs = asub[1:], []
            assert a in ra["content"], a
        else:
            cs = [c for c in claims if asub in c and c in ra["content"]]
            a = min(cs, key=len) if cs else sent(ra, asub).rstrip(".")
        b = sent(rb, bsub)
        n = len(b.split())
        assert 10 <= n <= 60, (bsub, n)
        out.append(dict(a=a, b=b, gold=gold, a_url=ra["url"], b_url=rb["url"], note=note, origin="hunt",
                        a_from="claim" if cs else ("span" if asub.startswith("=") else "sentence")))
    with open(args.out, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "hunt pairs")


if __name__ == "__main__":
    main()
