"""Held-out extraction gold for tests/gold/unseen-2015-f, written as strings; build_unseen_f_gold.py finds the offsets.

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

SRC['3alyoum-2015-08-01-0'] = {"zip": '2015-08-01.zip', "member": '2015-08-01.json', "index": 0, "source": '3alyoum',
    "url": 'http://www.3alyoum.com/sports/a/صحيفة-يونانية-1-5-مليون-يورو-قيمة-تعاقد-ا/',
    "title": 'صحيفة يونانية: 1.5 مليون يورو قيمة تعاقد الأهلي مع فيتفاتزيدس',
    "date_extracted": '2015-08-01 08:00:57'}
SRC['3alyoum-2015-08-08-33'] = {"zip": '2015-08-08.zip', "member": '2015-08-08.json', "index": 33, "source": '3alyoum',
    "url": 'http://www.3alyoum.com/sports/a/اتحاد-أميركا-الجنوبية-يدعم-بلاتيني/',
    "title": 'اتحاد أميركا الجنوبية يدعم بلاتيني',
    "date_extracted": '2015-08-08 14:46:31'}
SRC['aawsat-2015-08-02-203'] = {"zip": '2015-08-02.zip', "member": '2015-08-02.json', "index": 203, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/420086/آمال-ماهر-تطرب-جمهور-مهرجان-قرطاج-الدولي',
    "title": 'آمال ماهر تطرب جمهور مهرجان قرطاج الدولي',
    "date_extracted": '2015-08-02 23:08:07'}
SRC['aawsat-2015-08-08-131'] = {"zip": '2015-08-08.zip', "member": '2015-08-08.json', "index": 131, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/425036/«فيات-كرايسلر»-تسحب-143-مليون-سيارة-لحمايتها-من-عمليات-اختراق-إلكتروني',
    "title": '«فيات كرايسلر» تسحب 1.43 مليون سيارة  لحمايتها من عمليات اختراق إلكتروني',
    "date_extracted": '2015-08-08 06:58:02'}
SRC['aleqtisadiya-2015-08-04-235'] = {"zip": '2015-08-04.zip', "member": '2015-08-04.json', "index": 235, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/08/04/article_978905.html',
    "title": 'ليبيا تحذر من انتشار امراض في بنغازي مع تعفن لحوم مخزنة في ميناء مغلق',
    "date_extracted": '2015-08-04 18:31:54'}
SRC['aljazirah-2015-08-01-458'] = {"zip": '2015-08-01.zip', "member": '2015-08-01.json', "index": 458, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150801/sp15.htm',
    "title": 'الغرافة يضم البرازيلي اندرسون في صفقة تبادلية مع الجيش',
    "date_extracted": '2015-08-01 07:56:15'}
SRC['aljazirah-2015-08-06-978'] = {"zip": '2015-08-06.zip', "member": '2015-08-06.json', "index": 978, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150806/ec5.htm',
    "title": 'غرفة ينبع تستعد لإطلاق مجموعة معارض متخصصة',
    "date_extracted": '2015-08-06 18:36:34'}
SRC['almadina-2015-08-07-624'] = {"zip": '2015-08-07.zip', "member": '2015-08-07.json', "index": 624, "source": 'almadina',
    "url": 'http://www.al-madina.com/node/623211/إجراءات-احترازية-بمستشفى-الملك-فهد-بسبب-حالات-«الجرب».html',
    "title": 'إجراءات احترازية بمستشفى الملك فهد بسبب حالات «الجرب»',
    "date_extracted": '2015-08-07 06:51:19'}
SRC['alriyadh-2015-08-08-756'] = {"zip": '2015-08-08.zip', "member": '2015-08-08.json', "index": 756, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1071440',
    "title": 'واشنطن تجدد تأكيد العزم  على إقفال معتقل «غوانتانامو»',
    "date_extracted": '2015-08-08 06:22:45'}
SRC['alwatan-2015-08-01-836'] = {"zip": '2015-08-01.zip', "member": '2015-08-01.json', "index": 836, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=230661&CategoryID=6',
    "title": 'البرازيل يدعم ترشح زيكو لرئاسة الفيفا',
    "date_extracted": '2015-08-01 08:16:19'}
SRC['alwatan-2015-08-06-2206'] = {"zip": '2015-08-06.zip', "member": '2015-08-06.json', "index": 2206, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=231135&CategoryID=6',
    "title": 'اختفاء بطلة غوص في مياه إسبانيا',
    "date_extracted": '2015-08-06 19:25:34'}
SRC['alwatan-2015-08-07-1056'] = {"zip": '2015-08-07.zip', "member": '2015-08-07.json', "index": 1056, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=231312&CategoryID=5',
    "title": 'عبدالله آل عواض استشهد في ميدان الشرف.. مصليا',
    "date_extracted": '2015-08-07 06:34:03'}
SRC['alweeam-2015-08-08-1035'] = {"zip": '2015-08-08.zip', "member": '2015-08-08.json', "index": 1035, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/351522/تشيلسي-يجدد-عقد-مدربه-مورينيو-حتى-2019/',
    "title": 'تشيلسي يجدد عقد مدربه مورينيو حتى 2019',
    "date_extracted": '2015-08-08 18:02:00'}
SRC['alweeam-2015-08-09-912'] = {"zip": '2015-08-09.zip', "member": '2015-08-09.json', "index": 912, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/351650/المهنا-لست-غاضباً-من-تعيين-حكم-إنجليزي/',
    "title": 'المهنا: لست غاضباً من تعيين حكم إنجليزي لقيادة “السوبر”',
    "date_extracted": '2015-08-09 17:30:23'}
SRC['alyaum-2015-08-01-922'] = {"zip": '2015-08-01.zip', "member": '2015-08-01.json', "index": 922, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4081336',
    "title": 'مصرع 4 أشخاص بتحطم طائرة سعودية خاصة في بريطانيا',
    "date_extracted": '2015-08-01 07:57:27'}
SRC['alyaum-2015-08-02-983'] = {"zip": '2015-08-02.zip', "member": '2015-08-02.json', "index": 983, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4081450',
    "title": 'مؤسس «فيسبوك» وزوجته في انتظار مولودتهما الأولى',
    "date_extracted": '2015-08-02 23:39:13'}
SRC['okaz-2015-08-03-1175'] = {"zip": '2015-08-03.zip', "member": '2015-08-03.json', "index": 1175, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150803/Con20150803787163.htm',
    "title": 'نجيب الزامل: جمعيات النفع العام توازي العمل الحكومي بالتطوع',
    "date_extracted": '2015-08-03 20:26:50'}
SRC['okaz-2015-08-08-1322'] = {"zip": '2015-08-08.zip', "member": '2015-08-08.json', "index": 1322, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150808/Con20150808788329.htm',
    "title": 'نفدت الذخيرة.. فقلدوا صوت الرصاص',
    "date_extracted": '2015-08-08 06:49:27'}
SRC['sabq-2015-08-01-1240'] = {"zip": '2015-08-01.zip', "member": '2015-08-01.json', "index": 1240, "source": 'sabq',
    "url": 'http://sabq.org/8hDgde',
    "title": 'مرابطون بأزمات "صحة جازان" بلا خطابات تكليف أو حقوق!',
    "date_extracted": '2015-08-01 15:05:16'}
SRC['sabq-2015-08-03-1311'] = {"zip": '2015-08-03.zip', "member": '2015-08-03.json', "index": 1311, "source": 'sabq',
    "url": 'http://sabq.org/mtDgde',
    "title": '"مستشفى تيماء": نقلنا 522 مريضاً لمستشفيات متخصصة',
    "date_extracted": '2015-08-03 20:36:26'}


for _stem in list(SRC):  # TEMP
    article(_stem, SRC[_stem]['date_extracted'][:10], [])
