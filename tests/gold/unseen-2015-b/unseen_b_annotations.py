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


# --------------------------------------------------------------------------------------------------- 3alyoum
article("3alyoum-2015-07-31-92", "2015-07-29", [
    A("platini-candidacy", "michel-platini", INTL, "الفرنسي ميشيل بلاتيني رئيس الاتحاد الأوروبي لكرة القدم", "أعلن",
      "ترشحه رسميا لرئاسة الاتحاد الدولي (فيفا)، لخلافة السويسري جوزيف بلاتر المستقيل من منصبه على أثر الفضيحة التي هزت كيان المؤسسة الكروية أواخر مايو الماضي",
      date="2015-07-29", alt=["ترشحه رسميا لرئاسة الاتحاد الدولي (فيفا)"],
      note="Nominal complement of أعلن; Blatter's resignation after the scandal is background of doubtful scope (alt span without it). An official of an international federation is typed international-organization."),
    A("platini-personal-decision", "michel-platini", INTL, "بلاتيني", "قال",
      "إنه قرار شخصي جداً وقد اتخذته بعد تفكير عميق", date="2015-07-29",
      alt=["قرار شخصي جداً وقد اتخذته بعد تفكير عميق"],
      note="Direct speech whose quotation marks open before إنه: inner text taken, the span without إنه accepted."),
    A("platini-interest-of-football", "michel-platini", INTL, "بلاتيني", "مشيرا", "سيعمل لما فيه “مصلحة كرة القدم”",
      coref=True, date="2015-07-29", alt_cues=["مشيرا إلى"]),
    A("platini-restore-prestige", "michel-platini", INTL, "بلاتيني", "مشيرا",
      "سيحاول إعادة إلى الفيفا “هيبتها والمكانة التي تستحقها”", coref=True, date="2015-07-29", alt_cues=["مشيرا إلى"],
      note="Second content clause of مشيرا إلى أنه ... و..., same cue (GUIDE: one verb with two content clauses)."),
    A("platini-moment-of-fate", "michel-platini", INTL, "بلاتيني", "أضاف",
      "في بعض الأوقات يفرض عليك القدر اتخاذ قرار بهذه الأهمية، وربما قد أكون بلغت هذه اللحظة الحاسمة",
      coref=True, hedged=True, cw=False, date="2015-07-29",
      note="ربما قد أكون: hedged; a personal reflection with no checkable content (checkworthy false, still core)."),
    O("platini-favourite", "يبدو بلاتيني مرشحا فوق العادة ليصبح الرئيس التاسع للفيفا"),
    O("platini-four-confederations", "لقي دعم أربعة اتحادات هي: أوروبا وآسيا وأميركا الجنوبية والكونكاكاف"),
    O("election-dates", "ستجرى الانتخابات الرئاسية في 29 فبراير المقبل، ويملك المرشحون حتى 26 أكتوبر المقبل للتقدم بترشيحهم"),
], note="Crawled Friday 2015-07-31 at 04:19; the text dates the announcement اليوم الأربعاء, so it was written on Wednesday 2015-07-29 (the reference date). The trailing tag list (سمات ...) is not annotated.")

article("3alyoum-2015-08-06-145", "2015-08-06", [
    A("study-mosques-depression", "lse-religion-study", OTHER, "دراسة علمية", "قالت",
      "الذهاب إلى المساجد أو أي دور عبادة أخرى له أثر فعّال فى إبعاد الاكتئاب",
      alt=["إن الذهاب إلى المساجد أو أي دور عبادة أخرى له أثر فعّال فى إبعاد الاكتئاب"]),
    A("study-worshippers-better-health", "lse-religion-study", OTHER, "بحث أكاديمي", "أشار",
      "الأشخاص الذين يرتادون دور العبادة تكون لديهم صحة نفسية أفضل مقارنة بهؤلاء الذين ينضمون إلى مجموعات مجتمعية أو أحزاب سياسية",
      alt_cues=["أشار بحث أكاديمي إلى"], note="The same study under another indefinite description: label as written, same slug."),
    A("study-religious-groups-more-beneficial", "lse-religion-study", OTHER, "بحث أكاديمي", "أشارت",
      "عضوية الجماعات الدينية أكثر فائدة من المشاركة في الأنشطة الرياضية والتعليم والأعمال الخيرية",
      coref=True, alt_cues=["أشارت الدراسة التي نشرت في صحيفة “ديلي ميل” البريطانية إلى"],
      note="الدراسة التي نشرت في صحيفة ديلي ميل: the study speaks, not the newspaper that published it (like «قال X في مقابلة نشرتها صحيفة Y» → X); bare الدراسة → its nearest naming mention."),
    O("study-9000-people", "شملت الدراسة التي استمرت لأربع سنوات 9 آلاف شخص تتجاوز أعمارهم 50 عامًا من دول أوروبا"),
    A("study-best-way", "lse-religion-study", OTHER, "بحث أكاديمي", "خلصت",
      "المشاركة في المنظمات الدينية هي أفضل الطرق لمحاربة الاكتئاب", coref=True, alt_cues=["خلصت إلى"]),
    A("academics-unclear-why", "lse-academics", OTHER, "أكاديميون بجامعة لندن للاقتصاد والعلوم السياسية", "قال",
      "لم يتضح ما إذا كان الإيمان نفسه هو ما يساعد الأشخاص أم ما إذا كان الدين ببساطة يعطي الناس الإحساس بالانتماء",
      hedged=True, note="لم يتضح ما إذا: the claim is marked uncertain (GUIDE: لم يعرف ما اذا → hedged)."),
], note="Crawled Thursday 2015-08-06; no time expression. The trailing tag list is not annotated.")

article("3alyoum-2015-08-10-64", "2015-08-10", [
    O("monkey-scared-visitors", "أدخل قرد الرعب في قلوب مرتادي مهرجان “من أجل مكة”", core=True,
      note="Lead sentence: an unattributed checkable fact (core outlet claim)."),
    A("attendees-monkey-last-night", "festival-attendees", PERSON, "عدد من الحاضرين للمهرجان", "أوضح",
      "تفاجأوا مساء البارحة بقرد يتجول بجانب موقع المهرجان، الأمر الذي أصاب عددا من الأطفال بالرعب خشية من أن يصيبهم أذى",
      date="2015-08-09", alt=["تفاجأوا مساء البارحة بقرد يتجول بجانب موقع المهرجان"],
      note="البارحة = reference − 1 by the guide's rule; the festival runs Thursday to Saturday, so the text may have been written a day earlier than the crawl (doubtful date)."),
    A("attendees-animals-risk", "festival-attendees", PERSON, "عدد من الحاضرين للمهرجان", "لافتين",
      "تواجد الحيوانات في مكان يعج بالمتنزهين قد يسبب الأمراض أو يصيب الأطفال بمكروه", coref=True, hedged=True,
      alt_cues=["لافتين إلى"], note="قد يسبب: a possibility, hedged."),
    A("attendees-owner-removed-monkey", "festival-attendees", PERSON, "عدد من الحاضرين للمهرجان", "مبينين",
      "صاحب القرد سحبه من موقع المهرجان بعد أن لاحظ الرعب بين الأطفال", coref=True),
    O("others-chased-monkey", "قام آخرون بملاحقة القرد ومداعبته",
      note="فيما clause: the outlet's voice again (scope ends at a contrastive clause)."),
    A("tawakkul-festival-aims", "samir-tawakkul", OFF,
      "مساعد الأمين للعلاقات العامة والاتصال الدكتور سمير بن عبدالرحمن توكل", "أوضح",
      "مهرجان من أجل مكة التوعوي يهدف لتوعية أبناء المجتمع والإسهام في تشجيع السياحة الوطنية",
      cue_ctx="وأوضح مساعد", alt=["بأن مهرجان من أجل مكة التوعوي يهدف لتوعية أبناء المجتمع والإسهام في تشجيع السياحة الوطنية"],
      note="مساعد الأمين: an assistant secretary of the Makkah municipality (أمانة), typed government-official."),
    A("tawakkul-approved-by-emirate", "samir-tawakkul", OFF,
      "مساعد الأمين للعلاقات العامة والاتصال الدكتور سمير بن عبدالرحمن توكل", "مبيناً",
      "المهرجان يقام بموافقة إمارة منطقة مكة المكرمة وتعاون عدد من الجهات ويضم العديد من البرامج والفعاليات التي تعزز من قيمة الشعور بالمسؤولية واحترام النظام ضمن أولوياته في تحقيق التنمية الشاملة والتطوير المستمر في ظل الدعم اللامحدود والرعاية الكريمة من صاحب السمو الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة والقيادة الرشيدة",
      coref=True, alt=["المهرجان يقام بموافقة إمارة منطقة مكة المكرمة وتعاون عدد من الجهات"]),
    A("tawakkul-theatre-programme", "samir-tawakkul", OFF,
      "مساعد الأمين للعلاقات العامة والاتصال الدكتور سمير بن عبدالرحمن توكل", "أضاف",
      "المهرجان يشهد فعاليات مسرحية توعوية بقالب ترفيهي موجه للأطفال عن طريق الفقرات المسرحية بالدمى والمنلوجات والألعاب، إضافة لفقرات خاصة بالكبار منها الفقرات الفكاهية والاسكتشات التوعوية والمسابقات المتنوعة، كما يستضيف المهرجان منشدين على مستوى الخليج العربي",
      coref=True, cue_ctx="وأضاف: إن", alt_cues=["أضاف:"],
      alt=["المهرجان يشهد فعاليات مسرحية توعوية بقالب ترفيهي موجه للأطفال عن طريق الفقرات المسرحية بالدمى والمنلوجات والألعاب"]),
    A("tawakkul-schedule", "samir-tawakkul", OFF,
      "مساعد الأمين للعلاقات العامة والاتصال الدكتور سمير بن عبدالرحمن توكل", "مضيفا",
      "المهرجان يقام في الحدائق العامة في مكة المكرمة كل يوم خميس وجمعة وسبت من كل أسبوع لمدة أسبوعين من بعد صلاة العشاء إلى الواحدة صباحاً",
      coref=True),
    A("tawakkul-serves-everyone", "samir-tawakkul", OFF, "الدكتور توكل", "أشار",
      "المهرجان يخدم جميع أفراد المجتمع ويشتمل على أنشطة عديدة ومتنوعة", alt_cues=["أشار الدكتور توكل إلى"],
      note="A proper name written again, shortened: the label as written, no coref."),
    A("tawakkul-thanks", "samir-tawakkul", OFF, "الدكتور توكل", "معربًا",
      "شكره لمنظمي المهرجان والجهات المشاركة للجهود التي يبذلونها لخدمة مكة المكرمة وأهلها وزوارها",
      coref=True, opt=True, cw=False, note="Thanks: optional, not checkworthy."),
], note="Crawled Monday 2015-08-10; reference date = crawl date per the guide. The trailing tag list is not annotated.")


# ---------------------------------------------------------------------------------------------------- aawsat
article("aawsat-2015-07-27-105", "2015-07-27", [
    A("study-sleep-memory", "exeter-sleep-study", OTHER, "دراسة حديثة", "قالت",
      "النوم يساعد على تنشيط الذاكرة، إذ يزيد من فرص تذكر المعلومات المنسية بمقدار الضعف تقريبا",
      alt=["النوم يساعد على تنشيط الذاكرة"]),
    O("study-design", "قسم الباحثون مجموعة من المتطوعين المشاركين في الدراسة إلى قسمين، إذ أعطوهم بعض المعلومات عن أشياء معينة، وطلبوا من مجموعة منهم النوم لمدة ليلة كاملة، بينما طلبوا من المجموعة الأخرى البقاء مستيقظين لمدة 12 ساعة"),
    A("researchers-slept-group-remembered", "exeter-researchers", OTHER, "الباحثون", "وجد",
      "المجموعة التي حصلت على قسط كاف من النوم قامت بتذكر المعلومات بشكل أفضل من المجموعة التي بقيت مستيقظة",
      src_ctx="ووجد الباحثون،",
      note="Label without the relative clause الذين ينتمون إلى جامعة إكستر البريطانية (appositive clauses left out)."),
    A("researchers-students-sleep", "exeter-researchers", OTHER, "الباحثون", "أوضحوا",
      "الطلاب الذين يحصلون على قسط كاف من النوم قبل الامتحان يكونون أكثر تفوقا واستذكارا للمعلومات من الطلاب الذين لا ينامون بما فيه الكفاية",
      coref=True),
    A("researchers-brain-reviews", "exeter-researchers", OTHER, "الباحثون", "أكد",
      "هذه النتائج تؤكد على قيام عقلنا بمراجعة المعلومات المهمة خلال النوم", src_ctx="وأكد الباحثون"),
], note="Crawled Monday 2015-07-27; no time expression.")

article("aawsat-2015-08-10-176", "2015-08-10", [
    O("delta-cuts-dubai", "خفضت «دلتا إيرلاينز» الأميركية للطيران رحلاتها إلى دبي في فصل الشتاء القادم", core=True,
      note="Lead sentence: an unattributed checkable fact."),
    O("delta-hurt-by-gulf", "في دلالة واضحة على تضرر أنشطتها جراء المنافسة مع ثلاث شركات طيران خليجية",
      note="The outlet's evaluation."),
    O("delta-four-five-weekly", "ستقوم «دلتا» ثاني أكبر شركة طيران في الولايات المتحدة بتسيير رحلات مباشرة إلى دبي من مركزها في أتلانتا أربع إلى خمس مرات أسبوعيا بدءًا من الأول من أكتوبر (تشرين الأول) انخفاضا من رحلة واحدة يوميًا هذا الصيف"),
    O("delta-changed-schedule", "عدلت الناقلة جدول رحلاتها يوم الجمعة بموجب التغيير", date="2015-08-07"),
    A("delta-announced-capacity-cut", "delta-air-lines", OTHER, "دلتا", "أعلنته",
      "خفض يبلغ 15 - 20 في المائة على نطاق أوسع في طاقتها التشغيلية إلى الشرق الأوسط وأفريقيا", coref=True, opt=True,
      note="Relative clause والتي أعلنته في أبريل: an announcement by the carrier (الناقلة → «دلتا»); optional as a relative-clause attribution."),
    A("banstetter-daily-returns", "trebor-banstetter", OTHER, "تريبور بانستيتر، المتحدث باسم «دلتا إيرلاينز»", "مشيرًا",
      "الرحلة اليومية ستعود في ربيع 2016", coref=True, alt_cues=["مشيرًا إلى"],
      note="A company spokesman: typed other (no company type in the schema)."),
    A("banstetter-government-carriers", "trebor-banstetter", OTHER, "تريبور بانستيتر، المتحدث باسم «دلتا إيرلاينز»", "قال",
      "يأتي الخفض وسط زيادة الطاقة التشغيلية على المسارات الأميركية إلى الشرق الأوسط من جانب شركات طيران تملكها وتدعمها حكومات",
      note="Quotation after a participial insert (مشيرًا ...): the colon-introduced «...» is the complement of قال."),
    A("delta-oil-demand", "delta-air-lines", OTHER, "دلتا", "قالت",
      "خفض طاقة التشغيل الدولية جاءت استجابة لتراجع الطلب في أسواق النفط الغنية جراء هبوط أسعار الخام إضافة إلى صعود الدولار",
      src_ctx="وقالت «دلتا» منذ",
      alt=["خفض طاقة التشغيل الدولية جاءت استجابة لتراجع الطلب في أسواق النفط الغنية جراء هبوط أسعار الخام إضافة إلى صعود الدولار، وهو ما أثر سلبًا على إنفاق المسافرين الأجانب"],
      note="منذ أشهر: vague, date null. The trailing وهو ما أثر ... clause is of doubtful scope (alt span)."),
], note="Crawled Monday 2015-08-10; يوم الجمعة = 2015-08-07.")


# ---------------------------------------------------------------------------------------------- aleqtisadiya
article("aleqtisadiya-2015-07-31-683", "2015-07-31", [
    A("wikileaks-us-spied-japan", "wikileaks", OTHER, "وثائق نشرها موقع ويكيليكس", "كشفت",
      "الولايات المتحدة تجسست على كبار سياسيي اليابان ورئيس البنك المركزي وشركات كبرى في البلاد من بينها مجموعة ميتسوبيشي، وحددت 35 هدفا على الاقل",
      date="2015-07-31",
      alt=["الولايات المتحدة تجسست على كبار سياسيي اليابان ورئيس البنك المركزي وشركات كبرى في البلاد من بينها مجموعة ميتسوبيشي"],
      note="Documents stand for their publisher (slug wikileaks); الجمعة = 2015-07-31, the crawl day."),
    O("after-germany-france", "تاتي المعلومات الاخيرة عن انشطة التجسس التي نفذتها وكالة الامن القومي الاميركية بعد نشر وثائق حول تجسسها على حلفاء من بينهم المانيا وفرنسا"),
    A("wikileaks-ministers-targeted", "wikileaks", OTHER, "ويكيليكس", "بحسب",
      "ولم تتم الاشارة تحديدا الى تنصت على رئيس الوزراء شينزو ابي لكن التنصت الاميركي استهدف اعضاء كبارا في حكومته من بينهم وزير التجارة يويشي ميازاوا وحاكم البنك المركزي الياباني هاروهيكو كورودا",
      cue_ctx="كورودا، بحسب", src_ctx="كورودا، بحسب ويكيليكس",
      alt=["التنصت الاميركي استهدف اعضاء كبارا في حكومته من بينهم وزير التجارة يويشي ميازاوا وحاكم البنك المركزي الياباني هاروهيكو كورودا",
           "لم تتم الاشارة تحديدا الى تنصت على رئيس الوزراء شينزو ابي لكن التنصت الاميركي استهدف اعضاء كبارا في حكومته من بينهم وزير التجارة يويشي ميازاوا وحاكم البنك المركزي الياباني هاروهيكو كورودا"],
      note="Post-posed بحسب over the whole sentence; the core proposition (the ministers were targeted) is an alt span."),
    O("japan-ally", "تعتبر اليابان احد الحلفاء الرئيسيين للولايات المتحدة في منطقة اسيا-المحيط الهادئ ويتشاور البلدان دوريا في مجالات الدفاع والاقتصاد والتجارة"),
    A("wikileaks-since-2006", "wikileaks", OTHER, "ويكيليكس", "بحسب",
      "تعود انشطة التجسس على الاقل الى ولاية ابي الاولى القصيرة التي بدات في 2006",
      cue_ctx="2006 بحسب", src_ctx="2006 بحسب ويكيليكس"),
    O("abe-returned-2012", "عاد ابي الى الحكم لاحقا في اواخر 2012"),
    A("wikileaks-depth-of-surveillance", "wikileaks", OTHER, "ويكيليكس", "تابعت",
      "التقارير تثبت عمق المراقبة الاميركية للحكومة اليابانية، ما يشير الى جمع البيانات الاستخبارية ومعالجتها من وزارات ومكاتب حكومية يابانية مختلفة",
      coref=True, note="الوثائق (bare anaphor; the documents stand for their publisher) → nearest naming mention ويكيليكس."),
    A("wikileaks-internal-discussions", "wikileaks", OTHER, "ويكيليكس", "اضافت",
      "\"كما تثبت الوثائق معرفة وثيقة بالنقاشات الداخلية في اليابان\" حول قضايا تجارية والسياسات النووية والمناخية وغيرها",
      coref=True, alt=["كما تثبت الوثائق معرفة وثيقة بالنقاشات الداخلية في اليابان"],
      note="Quotation marks cover part of the clause: the whole clause, marks kept balanced."),
    O("no-reaction-from-tokyo", "لم يصدر من طوكيو اي رد فعل مباشر حول وثائق ويكيليكس",
      note="Nobody reacted: the outlet's statement, not a denial."),
], note="Crawled Friday 2015-07-31; الجمعة = the same day.")
