"""Held-out extraction gold for tests/gold/unseen-2015-b, written as strings; build_unseen_b_gold.py finds the offsets.

Annotated by reading the article text only, on tests/gold/GUIDE.md ("Real articles"), without running or
reading the project's extractor. No extraction rule may be written while looking at these articles.

A(id, source slug, source type, source as written, cue, quote, **options) is an attributed claim,
O(id, quote, **options) an outlet-own claim (optional unless core=True). Options: after (anchor the quote
is searched after), cue_ctx / src_ctx (a unique string around the cue / source), coref, via, pol, hedged,
date, opt, cw, alt (alternative spans), alt_cues, note.
"""

SRC: dict[str, dict] = {}
ARTICLES: dict[str, dict] = {}


def A(cid, source, source_type, label, cue, quote, **o):
    return (cid, source, source_type, label, cue, quote, o)


def O(cid, quote, core=False, **o):
    o.setdefault("opt", not core)
    return (cid, "outlet", "news-outlet", None, None, quote, o)


def article(stem, ref_date, claims, note="", relations=()):
    ARTICLES[stem] = {"source_article": SRC[stem], "ref_date": ref_date, "claims": claims, "note": note,
                      "relations": list(relations)}


GOV, OFF, ANON, INTL, ARMED, PERSON, OUTLET, OTHER = (
    "government-body", "government-official", "anonymous-source", "international-organization",
    "armed-group", "person", "news-outlet", "other")

SRC['3alyoum-2015-07-31-92'] = {"zip": '2015-07-31.zip', "member": '2015-07-31.json', "index": 92, "source": '3alyoum',
    "url": 'http://www.3alyoum.com/sports/a/رسميا-بلاتيني-مرشح-لرئاسة-الفيفا/',
    "title": 'رسميا.. بلاتيني مرشح لرئاسة الفيفا',
    "date_extracted": '2015-07-31 04:19:24'}
SRC['3alyoum-2015-08-06-145'] = {"zip": '2015-08-06.zip', "member": '2015-08-06.json', "index": 145, "source": '3alyoum',
    "url": 'http://www.3alyoum.com/news/golobal/a/دراسة-ارتياد-المساجد-يمنع-الاكتئاب/',
    "title": 'دراسة: ارتياد المساجد يمنع الاكتئاب',
    "date_extracted": '2015-08-06 19:18:08'}
SRC['3alyoum-2015-08-10-64'] = {"zip": '2015-08-10.zip', "member": '2015-08-10.json', "index": 64, "source": '3alyoum',
    "url": 'http://www.3alyoum.com/news/a/فقرات-متنوعة-بمهرجان-مكة-وقرد-متجول-ي/',
    "title": 'فقرات متنوعة بمهرجان مكة.. و”قرد متجول” يرعب الزوار',
    "date_extracted": '2015-08-10 18:55:58'}
SRC['aawsat-2015-07-27-105'] = {"zip": '2015-07-27.zip', "member": '2015-07-27.json', "index": 105, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/416141/النوم-يساعد-على-تنشيط-الذاكرة',
    "title": 'النوم يساعد على تنشيط الذاكرة',
    "date_extracted": '2015-07-27 17:12:13'}
SRC['aawsat-2015-08-10-176'] = {"zip": '2015-08-10.zip', "member": '2015-08-10.json', "index": 176, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/426326/«دلتا-إيرلاينز»-الأميركية-تخفض-رحلاتها-إلى-دبي-مع-نمو-الناقلات-الخليجية',
    "title": '«دلتا إيرلاينز» الأميركية تخفض رحلاتها  إلى دبي مع نمو الناقلات الخليجية',
    "date_extracted": '2015-08-10 18:47:23'}
SRC['aleqtisadiya-2015-07-31-683'] = {"zip": '2015-07-31.zip', "member": '2015-07-31.json', "index": 683, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/07/31/article_977761.html',
    "title": 'الولايات المتحدة تجسست على حكومة اليابان وشركاتها بحسب ويكيليكس',
    "date_extracted": '2015-07-31 18:18:44'}
SRC['aleqtisadiya-2015-08-08-259'] = {"zip": '2015-08-08.zip', "member": '2015-08-08.json', "index": 259, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/08/08/article_979999.html',
    "title": 'عبدالله القريني يترشح رسميا لرئاسة نادي الشباب',
    "date_extracted": '2015-08-08 14:40:16'}
SRC['aleqtisadiya-2015-08-09-199'] = {"zip": '2015-08-09.zip', "member": '2015-08-09.json', "index": 199, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/08/09/article_980246.html',
    "title": 'قراصنة يسرقون 3.5 ألف طن من الوقود من ناقلة سنغافورية في مياه ماليزيا',
    "date_extracted": '2015-08-09 17:02:19'}
SRC['aljazirah-2015-07-31-866'] = {"zip": '2015-07-31.zip', "member": '2015-07-31.json', "index": 866, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150731/ec10.htm',
    "title": 'تراجع رأس المال السوقي للأسهم بالبورصة المصرية بنسبة 1.6 %',
    "date_extracted": '2015-07-31 03:47:38'}
SRC['aljazirah-2015-08-07-485'] = {"zip": '2015-08-07.zip', "member": '2015-08-07.json', "index": 485, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150807/rj3.htm',
    "title": 'في الرس.. سعداء بهدية نائب الملك',
    "date_extracted": '2015-08-07 06:44:05'}
SRC['aljazirah-2015-08-08-454'] = {"zip": '2015-08-08.zip', "member": '2015-08-08.json', "index": 454, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150808/sp7.htm',
    "title": 'بوغبا باق مع يوفنتوس على الأرجح',
    "date_extracted": '2015-08-08 07:06:06'}
SRC['almadina-2015-07-22-562'] = {"zip": '2015-07-22.zip', "member": '2015-07-22.json', "index": 562, "source": 'almadina',
    "url": 'http://www.al-madina.com/node/620385/الأسر-المنتجة-فعاليات-العيد-فرصة-جيدة-لتحسين-الدخل.html',
    "title": 'الأسر المنتجة: فعاليات العيد فرصة جيدة لتحسين الدخل',
    "date_extracted": '2015-07-22 10:09:04'}
SRC['almadina-2015-07-27-532'] = {"zip": '2015-07-27.zip', "member": '2015-07-27.json', "index": 532, "source": 'almadina',
    "url": 'http://www.al-madina.com/node/621393/كبار-العلماء-اقتحام-المسجد-الأقصى-انتهاك-لحرمته-واستفزازا-لمشاعر-المسلمين.html?live',
    "title": '"كبار العلماء": اقتحام المسجد الأقصى انتهاك لحرمته واستفزازا لمشاعر المسلمين ',
    "date_extracted": '2015-07-27 18:49:26'}
SRC['alriyadh-2015-07-21-1402'] = {"zip": '2015-07-21.zip', "member": '2015-07-21.json', "index": 1402, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1066732',
    "title": 'انقطاع الكهرباء عن جسر الملك فهد لمدة 74 دقيقة',
    "date_extracted": '2015-07-21 20:12:35'}
SRC['alriyadh-2015-07-31-1270'] = {"zip": '2015-07-31.zip', "member": '2015-07-31.json', "index": 1270, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1069410',
    "title": '«جبهة النصرة» تهجم على مقار مقاتلين مدربين لدى الأميركيين',
    "date_extracted": '2015-07-31 18:20:00'}
SRC['alriyadh-2015-08-09-749'] = {"zip": '2015-08-09.zip', "member": '2015-08-09.json', "index": 749, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1071599',
    "title": 'لجنة طبية تتابع حالة الحربي  بعد خروجه من سجون العراق',
    "date_extracted": '2015-08-09 17:51:43'}
SRC['alwatan-2015-07-21-1481'] = {"zip": '2015-07-21.zip', "member": '2015-07-21.json', "index": 1481, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Nation/News_Detail.aspx?ArticleID=229725&CategoryID=3',
    "title": 'يوسف معاطي: اتهامي بالسرقة امتهان لتاريخي',
    "date_extracted": '2015-07-21 02:31:07'}
SRC['alwatan-2015-07-25-1071'] = {"zip": '2015-07-25.zip', "member": '2015-07-25.json', "index": 1071, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=230011&CategoryID=5',
    "title": 'مبنى جديد لصحة الباحة',
    "date_extracted": '2015-07-25 01:43:25'}
SRC['alwatan-2015-08-08-930'] = {"zip": '2015-08-08.zip', "member": '2015-08-08.json', "index": 930, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=231385&CategoryID=1',
    "title": 'تظاهرات عراقية تطالب بتحسين الأداء الحكومي',
    "date_extracted": '2015-08-08 06:09:06'}
SRC['alweeam-2015-08-04-956'] = {"zip": '2015-08-04.zip', "member": '2015-08-04.json', "index": 956, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/350796/كوريا_الجنوبية-تقيل-وزير-الصحة-بسبب-كو/',
    "title": 'كوريا الجنوبية تقيل وزير الصحة بسبب كورونا',
    "date_extracted": '2015-08-04 18:14:11'}
SRC['alyaum-2015-07-31-1691'] = {"zip": '2015-07-31.zip', "member": '2015-07-31.json', "index": 1691, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4081115',
    "title": 'انتخاب نائب «الملا عمر» زعيما لطالبان الأفغانية',
    "date_extracted": '2015-07-31 04:23:15'}
SRC['alyaum-2015-08-04-997'] = {"zip": '2015-08-04.zip', "member": '2015-08-04.json', "index": 997, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4081733',
    "title": 'مشاريع الأسر المنتجة تسجل توسعات كبيرة على مستوى المملكة',
    "date_extracted": '2015-08-04 18:22:47'}
SRC['alyaum-2015-08-11-1255'] = {"zip": '2015-08-11.zip', "member": '2015-08-11.json', "index": 1255, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4082984',
    "title": 'هجمات دموية في تركيا عقب وصول المقاتلات الأمريكية',
    "date_extracted": '2015-08-11 14:15:06'}
SRC['okaz-2015-08-04-1213'] = {"zip": '2015-08-04.zip', "member": '2015-08-04.json', "index": 1213, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150804/Con20150804787475.htm',
    "title": 'قناة السويس الجديدة تحرر السفن من حرج أسعار النفط',
    "date_extracted": '2015-08-04 18:25:48'}
