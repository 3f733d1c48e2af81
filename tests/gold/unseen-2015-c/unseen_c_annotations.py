"""Held-out extraction gold for tests/gold/unseen-2015-c, written as strings; build_unseen_c_gold.py finds the offsets.

Annotated by reading the article text only, on tests/gold/GUIDE.md ("Real articles"), without running or
reading the project's extractor. No extraction rule may be written while looking at these articles.
Notation: ../unseen-2015/unseen_notation.py (A attributed claim, O outlet-own claim). Options: after (anchor
the quote is searched after), cue_ctx / src_ctx (a unique string around the cue / source), coref, via, pol,
hedged, date, opt, cw, alt (alternative spans), alt_cues, note.
"""

from unseen_notation import ANON, ARMED, GOV, INTL, OFF, OTHER, OUTLET, PERSON, A, O, recorder  # noqa: F401

SRC: dict[str, dict] = {}
ARTICLES: dict[str, dict] = {}
article = recorder(SRC, ARTICLES)

SRC['3alyoum-2015-08-03-72'] = {"zip": '2015-08-03.zip', "member": '2015-08-03.json', "index": 72, "source": '3alyoum',
    "url": 'http://www.3alyoum.com/sports/a/ماذا-قال-البلوي-عن-هزازي-وعقود-الرعاية/',
    "title": 'ماذا قال البلوي عن هزازي وعقود الرعاية والصفقات الجديدة',
    "date_extracted": '2015-08-03 21:35:36'}
SRC['3alyoum-2015-08-04-74'] = {"zip": '2015-08-04.zip', "member": '2015-08-04.json', "index": 74, "source": '3alyoum',
    "url": 'http://www.3alyoum.com/news/golobal/a/السودان-البشير-يعتزم-إلقاء-كلمة-في-قمة/',
    "title": 'السودان: البشير يعتزم إلقاء كلمة في قمة للأمم المتحدة بنيويورك',
    "date_extracted": '2015-08-04 18:22:01'}
SRC['aawsat-2015-07-24-725'] = {"zip": '2015-07-24.zip', "member": '2015-07-24.json', "index": 725, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/413726/الصحافة-الورقية-تتنفس-«فاينانشال-تايمز»-تنتقل-لملكية-يابانية-بـ13-مليار-دولار',
    "title": 'الصحافة الورقية تتنفس..  «فاينانشال تايمز» تنتقل لملكية يابانية بـ1.3 مليار دولار',
    "date_extracted": '2015-07-24 08:49:30'}
SRC['aawsat-2015-07-26-183'] = {"zip": '2015-07-26.zip', "member": '2015-07-26.json', "index": 183, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/414936/الأرجنتيني-دي-سانتو-يترك-فيرد-بريمن',
    "title": 'الأرجنتيني دي سانتو يترك فيرد بريمن',
    "date_extracted": '2015-07-26 17:08:19'}
SRC['aawsat-2015-07-31-301'] = {"zip": '2015-07-31.zip', "member": '2015-07-31.json', "index": 301, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/418681/قلق-نصراوي-بسبب-«إصابة»-مورا',
    "title": 'قلق نصراوي بسبب «إصابة» مورا',
    "date_extracted": '2015-07-31 04:29:39'}
SRC['aleqtisadiya-2015-07-24-940'] = {"zip": '2015-07-24.zip', "member": '2015-07-24.json', "index": 940, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/07/24/article_975834.html',
    "title": 'ولنجتون تحتفل بمرور 150 عاما على اختيارها عاصمة نيوزيلندا',
    "date_extracted": '2015-07-24 13:00:16'}
SRC['aleqtisadiya-2015-08-03-303'] = {"zip": '2015-08-03.zip', "member": '2015-08-03.json', "index": 303, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/08/03/article_978515.html',
    "title": 'توجه قطري - صيني لشراء جزء من أصول صندوق ماليزي مثقل بالديون',
    "date_extracted": '2015-08-03 21:24:52'}
SRC['aljazirah-2015-07-23-303'] = {"zip": '2015-07-23.zip', "member": '2015-07-23.json', "index": 303, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150723/ms1.htm',
    "title": 'جامعة برمنجهام تملك أقدم نسخة للقرآن في العالم',
    "date_extracted": '2015-07-23 17:28:42'}
SRC['aljazirah-2015-07-27-378'] = {"zip": '2015-07-27.zip', "member": '2015-07-27.json', "index": 378, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150727/fe9.htm',
    "title": 'النايف يدشن فعاليات مهرجان «النماص طابع خاص»',
    "date_extracted": '2015-07-27 17:03:48'}
SRC['aljazirah-2015-08-03-509'] = {"zip": '2015-08-03.zip', "member": '2015-08-03.json', "index": 509, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150803/ln12.htm',
    "title": 'ضخ مخصص الميزانية التشغيلية بند (الصيانة) لمدارس المجمعة',
    "date_extracted": '2015-08-03 21:12:20'}
SRC['almadina-2015-07-24-1205'] = {"zip": '2015-07-24.zip', "member": '2015-07-24.json', "index": 1205, "source": 'almadina',
    "url": 'http://www.al-madina.com/node/620768/شباب-عسير-يطلق-أول-ملتقى-للسياحة-المعرفية-الأسبوع-المقبل.html',
    "title": 'شباب عسير يطلق أول ملتقى للسياحة المعرفية.. الأسبوع المقبل',
    "date_extracted": '2015-07-24 06:54:43'}
SRC['almadina-2015-07-26-622'] = {"zip": '2015-07-26.zip', "member": '2015-07-26.json', "index": 622, "source": 'almadina',
    "url": 'http://www.al-madina.com/node/621080/أوباما-من-كينيا-«إفريقيا-تسير-قدمًا».html?weekly',
    "title": 'أوباما من كينيا: «إفريقيا تسير قدمًا»',
    "date_extracted": '2015-07-26 16:55:32'}
SRC['alriyadh-2015-07-25-873'] = {"zip": '2015-07-25.zip', "member": '2015-07-25.json', "index": 873, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1067584',
    "title": 'طهران وباريس تعوضان فرص الماضي',
    "date_extracted": '2015-07-25 09:47:36'}
SRC['alriyadh-2015-07-26-894'] = {"zip": '2015-07-26.zip', "member": '2015-07-26.json', "index": 894, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1068031',
    "title": 'المعارضة الإيرانية تنتقد زيارة موغيريني لطهران',
    "date_extracted": '2015-07-26 22:33:27'}
SRC['alwatan-2015-07-22-1372'] = {"zip": '2015-07-22.zip', "member": '2015-07-22.json', "index": 1372, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=229760&CategoryID=6',
    "title": 'البرقان: لم يردنا طلب بطاقة المولد',
    "date_extracted": '2015-07-22 00:49:48'}
SRC['alwatan-2015-08-09-787'] = {"zip": '2015-08-09.zip', "member": '2015-08-09.json', "index": 787, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Nation/News_Detail.aspx?ArticleID=231460&CategoryID=3',
    "title": 'تحديثات أمنية شهرية لنظام أندرويد',
    "date_extracted": '2015-08-09 17:33:27'}
SRC['alweeam-2015-07-25-1191'] = {"zip": '2015-07-25.zip', "member": '2015-07-25.json', "index": 1191, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/349240/البحرين-احباط-تهريب-متفجرات-عن-طريق-ال/',
    "title": 'بالفيديو.. البحرين تحبط عملية تهريب متفجرات عن طريق البحر.. واعتقال شخصين',
    "date_extracted": '2015-07-25 23:27:18'}
SRC['alweeam-2015-07-26-1040'] = {"zip": '2015-07-26.zip', "member": '2015-07-26.json', "index": 1040, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/349327/العمل-تستعد-لموسم-الحج-بحملات-تفتيشي/',
    "title": '“العمل” تستعد لموسم الحج بحملات تفتيشية',
    "date_extracted": '2015-07-26 17:18:53'}
SRC['alyaum-2015-07-23-1118'] = {"zip": '2015-07-23.zip', "member": '2015-07-23.json', "index": 1118, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4079831',
    "title": 'الرياضة تساهم في طرد مرض الربو',
    "date_extracted": '2015-07-23 19:24:09'}
SRC['alyaum-2015-08-10-1340'] = {"zip": '2015-08-10.zip', "member": '2015-08-10.json', "index": 1340, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4082739',
    "title": 'لطمة قوية ليونايتد مع غياب جونز',
    "date_extracted": '2015-08-10 19:12:06'}
SRC['okaz-2015-07-22-1839'] = {"zip": '2015-07-22.zip', "member": '2015-07-22.json', "index": 1839, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150722/Con20150722784958.htm',
    "title": 'صندوق حماية الودائع البنكية يستهدف صغار المودعين',
    "date_extracted": '2015-07-22 10:05:12'}
SRC['okaz-2015-07-24-1975'] = {"zip": '2015-07-24.zip', "member": '2015-07-24.json', "index": 1975, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150724/Con20150724785325.htm',
    "title": 'الاتفاق النووي يحتاج إلى مراقبة إيران',
    "date_extracted": '2015-07-24 05:50:31'}
SRC['sabq-2015-07-21-2729'] = {"zip": '2015-07-21.zip', "member": '2015-07-21.json', "index": 2729, "source": 'sabq',
    "url": 'http://sabq.org/u7Bgde',
    "title": '&quot;الخطوط&quot; توفر &quot;60&quot; ألف مقعد إضافي لمواكبة موسم العمرة',
    "date_extracted": '2015-07-21 02:41:50'}
SRC['sabq-2015-08-09-1270'] = {"zip": '2015-08-09.zip', "member": '2015-08-09.json', "index": 1270, "source": 'sabq',
    "url": 'http://sabq.org/2LDgde',
    "title": 'ينبع تستضيف معرض ألوان السعودية ٢٠١٥م.. الشهر القادم',
    "date_extracted": '2015-08-09 17:15:50'}

