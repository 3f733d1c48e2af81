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

article("aleqtisadiya-2015-08-08-259", "2015-08-08", [
    A("shabab-qurayni-candidacy", "al-shabab-club", OTHER, "نادي الشباب السعودي", "أعلن",
      "ترشح رئيسه المكلف عبدالله القريني للدورة القادمة لرئاسة النادي الشباب",
      alt_cues=["بحسب ما جاء"],
      note="Nominal complement after the adverb رسميا; بحسب ما جاء على الحساب الرسمي للنادي names the channel of the same source."),
    O("qurayni-career", "عمل أمينا عاما للنادي في عهد رئيسه الأسبق الأمير خالد بن سعد قبل أن يكلف برئاسة النادي خلفا للدكتور فهد القريني الذي استقال في يونيو السابق",
      note="Relative clause on the speaker: the outlet's background."),
    A("qurayni-green-light", "abdullah-al-qurayni", PERSON, "القريني", "أكد",
      "حصل على الضوء الأخضر من الرئيس الفخري للنادي الأمير خالد بن سلطان للترشح",
      alt=["حصل على الضوء الأخضر من الرئيس الفخري للنادي الأمير خالد بن سلطان للترشح وهو ما يعني ضمنيا وصوله للمنصب دون منافس في اجتماع الجمعية العمومية القادمة للنادي والذي لم يتم تحديد موعده حتى الآن"],
      note="Label without the long relative clause between subject and complement (الذي عمل أمينا عاما ... في يونيو السابق); the وهو ما يعني inference is of doubtful scope (alt span)."),
], note="Crawled Saturday 2015-08-08; no time expression.")

article("aleqtisadiya-2015-08-09-199", "2015-08-09", [
    A("official-pirates-seized-tanker", "malaysian-coast-guard-official", ANON, "مسؤول بارز في خفر السواحل الماليزية", "أعلن",
      "قراصنة استولوا على سفينة شحن مسجلة في سنغافورة بينما كانت مبحرة في المياه الماليزية وسلبوا حمولتها من الوقود البحري قبل أن يطلقوا سراحها",
      date="2015-08-09", note="اليوم الأحد = 2015-08-09 (the crawl day); بينما is temporal here (while sailing), so it stays in scope."),
    A("fauzi-lost-contact", "ahmad-fauzi-abdul-kahar", OFF, "أحمد فوزي عبد القهار ، نائب مدير العمليات في خفر السواحل الماليزية", "حسبما أفاد",
      "فقدت السفينة الاتصال مع سلطات الميناء في وقت متأخر أمس السبت ، بعد عدة ساعات من مغادرة مدينة تانجونج بينانج في إندونيسيا",
      date="2015-08-08", alt_cues=["أفاد", "حسبما"],
      alt=["فقدت السفينة الاتصال مع سلطات الميناء في وقت متأخر أمس السبت"],
      note="Post-posed حسبما أفاد; أمس السبت = 2015-08-08. Not merged with the unnamed official of the lead (the text does not say they are one person)."),
    A("fauzi-crew-and-cargo", "ahmad-fauzi-abdul-kahar", OFF, "أحمد فوزي", "قال",
      "السفينة التي كان على متنها طاقم من عشرة أفراد و حمولة وزنها 3500 طن من الوقود البحري كانت في طريقها إلى جزيرة لنكاوي السياحية الماليزية عندما تعرضت للهجوم"),
    A("fauzi-ship-spotted", "ahmad-fauzi-abdul-kahar", OFF, "أحمد فوزي", "أضاف",
      "تم رصد السفينة صباح اليوم الأحد قبالة جزيرة بولاو روبات الإندونيسية", coref=True, date="2015-08-09",
      alt=["أنه تم رصد السفينة صباح اليوم الأحد قبالة جزيرة بولاو روبات الإندونيسية"]),
    A("fauzi-two-injured", "ahmad-fauzi-abdul-kahar", OFF, "أحمد فوزي", "قال",
      "اثنين من أفراد الطاقم أصيبا بجروح خلال الهجوم ويتلقيان العلاج في مستشفى قريب", coref=True),
    A("imb-nine-incidents", "imb-piracy-reporting-centre", INTL, "المركز المعني بمراقبة القرصنة في كوالالمبور", "أفاد",
      "تم تسجيل تسعة حوادث قرصنة في مياه جنوب شرق آسيا في الفترة من كانون ثان/يناير إلى حزيران/يونيو هذا العام",
      alt_cues=["أفاد المركز المعني بمراقبة القرصنة في كوالالمبور ،والتابع للمكتب البحري الدولي، بأنه"],
      alt=["تم تسجيل تسعة حوادث قرصنة في مياه جنوب شرق آسيا في الفترة من كانون ثان/يناير إلى حزيران/يونيو هذا العام ،والتي تعد المنطقة الأكثر تضررا بمثل هذه الجرائم على مستوى العالم"],
      note="Long organisation subject with a modifier after a comma (،والتابع للمكتب البحري الدولي): the label stops before the appositive; the trailing والتي تعد ... clause is of doubtful scope (alt span)."),
], note="dpa-style wire, crawled Sunday 2015-08-09; the text's اليوم الأحد agrees.")

article("aljazirah-2015-07-31-866", "2015-07-31", [
    A("sami-market-cap", "sherif-sami", OFF, "شريف سامي رئيس الهيئة العامة للرقابة المالية", "أعلن",
      "رأس المال السوقي للأسهم بالبورصة بلغ نحو 485.2 مليار جنيه في نهاية شهر يونيو 2015، وذلك بانخفاض عن يونيو 2014 بنسبة 1.6%",
      cue_ctx="أعلن شريف", alt_cues=["أعلن شريف سامي رئيس الهيئة العامة للرقابة المالية، عن"],
      alt=["رأس المال السوقي للأسهم بالبورصة بلغ نحو 485.2 مليار جنيه في نهاية شهر يونيو 2015"]),
    A("sami-egx30-up", "sherif-sami", OFF, "شريف سامي رئيس الهيئة العامة للرقابة المالية", "أعلن",
      "شهد مؤشر البورصة الرئيسي (EGX30) ارتفاعاً بنسبة 2.6% عند مقارنة إغلاق نهاية يونيو 2015 بنفس التاريخ في العام السابق عليه",
      cue_ctx="أعلن شريف", src_ctx="أعلن شريف سامي رئيس الهيئة العامة للرقابة المالية،", coref=True, opt=True,
      note="A sentence with no reporting verb going on with the speaker's figures: his claim, same cue, optional (GUIDE: scope across a sentence break is doubtful)."),
    A("sami-index-down-ytd", "sherif-sami", OFF, "شريف سامي رئيس الهيئة العامة للرقابة المالية", "أعلن",
      "هبط المؤشر بنسبة 6.2% منذ بداية هذا العام", cue_ctx="أعلن شريف", src_ctx="أعلن شريف سامي رئيس الهيئة العامة للرقابة المالية،", coref=True, opt=True),
    A("sami-trading-value-down", "sherif-sami", OFF, "شريف سامي", "نوه",
      "إجمالي قيمة التداول على الأوراق المالية المقيدة وغير المقيدة خلال النصف الأول من عام 2015 بلغت نحو 128.4 مليار جنيه، وذلك مقارنة بإجمالي قيمة تداول قدرها 169 مليار جنيه خلال نفس الفترة من عام 2014، بتراجع نسبته 24%",
      src_ctx="ونوه شريف سامي", alt_cues=["نوه شريف سامي بأن"]),
    A("sami-foreign-net-selling", "sherif-sami", OFF, "شريف سامي", "نوه",
      "سجلت تعاملات العرب والأجانب صافي بيع قدره نحو 24.6 مليون جنيه خلال النصف الأول من 2015، وذلك بعد استبعاد الصفقات",
      cue_ctx="ونوه شريف", src_ctx="ونوه شريف سامي", coref=True, opt=True),
    A("sami-bond-trading", "sherif-sami", OFF, "شريف سامي", "نوه",
      "بلغت إجمالي قيمة التداول على السندات بأنواعها (حكومية - شركات - إسكان) نحو 38.7 مليار جنيه في أول ستة أشهر من السنة",
      cue_ctx="ونوه شريف", src_ctx="ونوه شريف سامي", coref=True, opt=True),
    A("sami-nilex-cap", "sherif-sami", OFF, "شريف سامي", "نوه",
      "بلغ رأسمال السوقي لبورصة النيل للشركات الصغيرة والمتوسطة 1.2 مليار جنيه مقارنة بـ 1.04 مليار جنيه بنهاية يونيو 2014 بارتفاع نسبته 10.7%",
      cue_ctx="ونوه شريف", src_ctx="ونوه شريف سامي", coref=True, opt=True),
    A("sami-8-licences", "sherif-sami", OFF, "شريف سامي", "نوه",
      "سجل عدد التراخيص الممنوحة للشركات العاملة في مجال سوق الأوراق المالية عدد 8 تراخيص في مجالات صناديق الاستثمار والاشتراك في تأسيس شركات والاستشارات المالية والترويج، وذلك مقابل 12 ترخيصاً عن نفس الفترة في العام السابق",
      cue_ctx="ونوه شريف", src_ctx="ونوه شريف سامي", coref=True, opt=True),
    A("sami-793-licences", "sherif-sami", OFF, "شريف سامي", "نوه",
      "يبلغ إجمالي عدد التراخيص الصادرة 793 في مجال سوق المال من ضمنها 202 لنشاط الاشتراك في تأسيس الشركات التي تصدر أوراق مالية",
      cue_ctx="ونوه شريف", src_ctx="ونوه شريف سامي", coref=True, opt=True),
    A("sami-174-passed-exams", "sherif-sami", OFF, "شريف سامي", "نوه",
      "وصل العدد الإجمالي للذين اجتازوا الاختبارات التي تعقدها الهيئة للعاملين في مجال الأوراق المالية خلال أول ستة أشهر من العام إلى 174 متقدمًا، مقارنة بـ 282 العام السابق",
      cue_ctx="ونوه شريف", src_ctx="ونوه شريف سامي", coref=True, opt=True),
    A("sami-paid-in-capital-163", "sherif-sami", OFF, "سامي", "أعلن",
      "هناك نمواً في قيمة المدفوع في التأسيس وزيادات رؤوس الأموال في النصف الأول من عام 2015 بنسبة 163%",
      cue_ctx="وأعلن سامي", src_ctx="وأعلن سامي"),
    A("sami-2089-approvals", "sherif-sami", OFF, "سامي", "قال",
      "عدد الموافقات بشأن إصدارات أسهم تأسيس شركات جديدة وزيادة رؤوس أموال الشركات القائمة خلال النصف الأول من عام 2015 بلغت 2089 موافقة",
      coref=True, src_ctx="وأعلن سامي"),
    A("sami-issued-32bn", "sherif-sami", OFF, "سامي", "أضاف",
      "قيمة الأسهم المصدرة نحو 32.1 مليار جنيه، مدفوع منها 23.7 مليار جنيه مقارنة بـ 1732 موافقة خلال نفس الفترة من عام 2014 بقيمة مصدرة قدرها 17.2 مليار جنيه، مدفوع منها 9 مليار جنيه",
      coref=True, src_ctx="وأعلن سامي"),
], note="Crawled Friday 2015-07-31 (the print issue of that day); no time expression. The head of Egypt's Financial Regulatory Authority.")

article("aljazirah-2015-08-07-485", "2015-08-07", [
    A("jazirah-assafs-appointment", "al-jazirah", OUTLET, "محليات الجزيرة", "وفقاً",
      "صدر قرار نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز بتعيين الأستاذ ماجد حسين العساف وكيلاً لمحافظ محافظة الرس بالمرتبة الثالثة عشرة",
      date="2015-08-02", alt=["فقد صدر قرار نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز بتعيين الأستاذ ماجد حسين العساف وكيلاً لمحافظ محافظة الرس بالمرتبة الثالثة عشرة"],
      note="A reader's letter (opinion page) citing the paper's local-news pages of 17-10-1436 H = 2015-08-02: typed news-outlet, not the outlet's own voice. The writer's wishes and thanks are not claims."),
    O("university-request-1431", "تحريك طلب الجامعة المرتقبة الذي تقدم به الأهالي في أواخر عام 1431هـ إلى خادم الحرمين الشريفين الملك عبدالله",
      note="The writer's own background fact."),
    A("king-abdullah-good-news", "king-abdullah", OFF, "خادم الحرمين الشريفين الملك عبدالله", "قال",
      "ابشروا بما يسركم يا أهل الرس", coref=True, cw=False, alt_cues=["قال:"],
      note="Subject of a relative clause (والذي وضعه على صدره وقال): the antecedent in the same sentence. A reassurance with no checkable content: core, not checkworthy."),
    O("referred-to-ministry", "تمت إحالته من المقام السامي إلى وزارة التعليم العالي وتمت بالفعل دراسته والتوصية الإيجابية عليه"),
    O("officials-promised", "ظل المسؤولون منذ ذلك الحين يواعدون المواطنين خيراً"),
    A("qassim-no-premises", "qassim-university", GOV, "جامعة القصيم", "بدعوى", "عدم وجود مقر لهذه الكلية بالرس",
      opt=True, note="بدعوى with an agent only implied (those who sent the students to Qassim University's seat): optional."),
    O("college-one-department", "بعد انضمامها إلى جامعة القصيم قبل أكثر من 8 سنوات والتي لا تزال بقسم واحد فقط"),
], note="Opinion letter on the local page, crawled Friday 2015-08-07. Kept as drawn (the column filter did not catch it): few attributed statements, a test of precision on opinion text.")

article("aljazirah-2015-08-08-454", "2015-08-08", [
    A("allegri-pogba-staying", "massimiliano-allegri", PERSON,
      "مدرب يوفنتوس بطل الدوري الإيطالي في المواسم الأربعة الأخيرة ماسيميليانو اليغري", "ألمح",
      "بقاء لاعب الوسط الفرنسي بول بوغبا، إحدى أكبر صفقات الانتقال المتوقعة في الفترة الصيفية، مع فريقه",
      hedged=True, date="2015-08-07",
      alt=["بقاء لاعب الوسط الفرنسي بول بوغبا، إحدى أكبر صفقات الانتقال المتوقعة في الفترة الصيفية، مع فريقه بعدما طلب ارتداء القميص رقم 10"],
      note="The cue is fused with a caption (بول بوغباألمح: missing line break kept as is). ألمح (hinted) marks the claim as uncertain: hedged. Long subject with modifiers before the name; the press conference was on the eve of Saturday's Supercoppa = 2015-08-07."),
    A("allegri-pogba-asked-for-10", "massimiliano-allegri", PERSON, "اليغري", "قال",
      "طلب بول (بوغبا) ارتداء القميص رقم 10 وهذا سيحمله مسؤوليات كبيرة", date="2015-08-07",
      note="قال X في مؤتمر صحافي عشية مباراة ... → X. The guillemets open here and close after the next sentence, around an inserted وأضاف."),
    A("allegri-10-not-easy", "massimiliano-allegri", PERSON, "اليغري", "أضاف",
      "ارتداء القميص رقم 10 ليس أمراً سهلاً، كبار اللاعبين في يوفنتوس ارتدوه سابقا", coref=True, date="2015-08-07"),
    O("platini-wore-10", "الفرنسي ميشال بلاتيني ارتدى الرقم 10 في يوفنتوس قبل 30 عاما، وتوارثه لاعبون كبار من طينة روبرتو باجيو واليساندرو دل بييرو وأخيراً الأرجنتيني كارلوس تيفيز العائد إلى بلاده مع بوكا جونيورز",
      note="يشار إلى أن: agentless, the outlet's voice."),
    O("zidane-not-10", "لم يعط هذا الرقم إلى صانع الألعاب الفرنسي السابق وأحد نجوم يوفنتوس الكبار زين الدين زيدان"),
], note="AFP sports wire, crawled Saturday 2015-08-08 (print issue); the match is السبت = 2015-08-08, the press conference its eve.")

article("almadina-2015-07-22-562", "2015-07-22", [
    O("families-drew-visitors", "استقطبت أركان الأسر المنتجة أعدادا كبيرة من زوار مواقع احتفالات أمانة الرياض بعيد الفطر المبارك بتنوع منتجاتها من الأطعمة الشعبية والحلوى والعطور والمشغولات اليدوية",
      core=True, note="Lead sentence: unattributed checkable fact."),
    O("visitors-bought", "أقبل زوار احتفالات عيد الرياض على شراء منتجات الأسر المنتجة في ساحة منطقة قصر الحكم وساحة العروض بحي الجزيرة وغيرها من المواقع"),
    O("municipality-100-families", "حرصت أمانة الرياض على توفير كل الخدمات والتسهيلات لأكثر من 100 أسرة منتجة للمشاركة في فعاليات العيد",
      note="The following وهو ما كان محل إشادة وتقدير من أعضاء الأسر المنتجة is praise with no content of its own: not annotated."),
    A("umfahd-confirms-profits", "umm-fahd", PERSON, "أم فهد صاحبة إحدى أركان الأسر المنتجة بساحة العروض بحي الجزيرة", "أكدته",
      "فرحة تسويق وبيع منتجاتهم لعدد كبير من زوار مواقع الفعاليات وتحقيق أرباح جيدة طوال أيام العيد", opt=True,
      alt_cues=["وهو ما أكدته"],
      note="وهو ما أكدته: the content is the previous sentence's clause, across a sentence break: optional."),
    A("umfahd-thanks", "umm-fahd", PERSON, "أم فهد صاحبة إحدى أركان الأسر المنتجة بساحة العروض بحي الجزيرة", "معربة",
      "شكرها لأمانة الرياض على إتاحة الفرصة لها، ولكثير من الأسر المنتجة لبيع منتجاتها في احتفالات العيد، وفي كثير من أنشطة الأمانة التي تقام على مدار العام",
      coref=True, opt=True, cw=False),
    A("umfahd-helps-income", "umm-fahd", PERSON, "أم فهد صاحبة إحدى أركان الأسر المنتجة بساحة العروض بحي الجزيرة", "مؤكدة",
      "ذلك يساعد كثيرا في زيادة دخلها المادي", coref=True),
    A("umfahd-better-than-welfare", "umm-fahd", PERSON, "أم فهد", "أكدت",
      "فعاليات الأمانة ودعمها للأسر المنتجة يمنحها عائد أفضل من مساعدات الضمان الاجتماعي", src_ctx="وأكدت أم فهد"),
    A("umfahd-asks-longer-stay", "umm-fahd", PERSON, "أم فهد", "مطالبة",
      "تمديد فترة تواجد الأسر المنتجة في مواقع فعاليات العيد لمدة أكبر", coref=True,
      alt=["بتمديد فترة تواجد الأسر المنتجة في مواقع فعاليات العيد لمدة أكبر"]),
    A("umbadr-support-year-round", "umm-badr", PERSON, "أم بدر إحدى عضوات الأسر المنتجة المشاركة في فعاليات عيد الرياض", "قالت",
      "جهود الأمانة في دعم ومساندة الأسر المنتجة متواصلة طوال العام وخاصة من خلال مهرجان الأسر المنتجة ومهرجانات الأمانة لخدمة المجتمع",
      alt=["جهود الأمانة في دعم ومساندة الأسر المنتجة متواصلة طوال العام"]),
    A("umbadr-thanks", "umm-badr", PERSON, "أم بدر إحدى عضوات الأسر المنتجة المشاركة في فعاليات عيد الرياض", "معربة",
      "شكرها وتقديرها لهذه الجهود والتي تساعدها وكل أعضاء الأسر المنتجة لتحسين دخلها المالي وتطوير مهاراتهم في تقديم منتجات يدوية وحرفية عالية الجودة",
      coref=True, opt=True, cw=False),
    A("haya-support-for-women", "haya", PERSON, "هيا", "أكدت",
      "دعم الأمانة لها ودعوتها للمشاركة في فعاليات عيد الفطر يمثل دعما لنساء الوطن وبناته اللاتي يعانين من ظروف اجتماعية صعبة، من أجل تجاوز هذه الظروف وعدم سؤال الناس",
      alt_cues=["أكدت على"],
      alt=["دعم الأمانة لها ودعوتها للمشاركة في فعاليات عيد الفطر يمثل دعما لنساء الوطن وبناته اللاتي يعانين من ظروف اجتماعية صعبة، من أجل تجاوز هذه الظروف وعدم سؤال الناس بالإضافة إلى أهمية مشاركة الأسر المنتجة في فعاليات العيد في تقديم أفضل منتجاتها لجذب الزبائن وإقناعهم بالشراء"],
      note="Name in parentheses (هيا): the parentheses enclose the whole name and are left out, so the appositive صاحبة أحد أكشاك ... cannot join the label."),
    A("haya-asks-cooling", "haya", PERSON, "هيا", "مناشدة",
      "توفير وسائل تكييف وتبريد أركان الأسر المنتجة في مواقع احتفالات العيد بالحدائق والساحات والمناطق المفتوحة",
      coref=True, alt=["الأمانة بتوفير وسائل تكييف وتبريد أركان الأسر المنتجة في مواقع احتفالات العيد بالحدائق والساحات والمناطق المفتوحة"]),
    A("umahmad-families-profit", "umm-ahmad", PERSON, "أم أحمد", "أكدت",
      "جميع الأسر التي تشارك في فعاليات عيد الرياض تحقق أرباحا جيدة من خلال وجود أعداد كبيرة من المواطنين والمقيمين الذين يشاركون في الفعاليات وكذلك الأطفال والذين يقبلون على شراء منتجاتها من الأطعمة والحلوى والألعاب",
      alt=["جميع الأسر التي تشارك في فعاليات عيد الرياض تحقق أرباحا جيدة"]),
    A("umahmad-thanks", "umm-ahmad", PERSON, "أم أحمد", "معربة",
      "شكرها لأمانة الرياض على حرصها على مشاركة الأسر المنتجة في احتفالات العيد كل عام، وتوفير أماكن مجهزة لعرض منتجاتها",
      coref=True, opt=True, cw=False),
], note="Crawled Wednesday 2015-07-22 (Eid al-Fitr 1436 fell on 2015-07-17); no time expression.")
