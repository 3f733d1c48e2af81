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


# ---------------------------------------------------------------------------------------------- 3alyoum
SPORT24 = ("sport24", OUTLET, "إحدى الصحف اليونانية “sport24″")
article("3alyoum-2015-08-01-0", "2015-08-01", [
    A("sport24-deal-cost-1-5m", *SPORT24, "قالت",
      "تكلفة الصفقة وصلت لنحو مليون ونصف المليون يورو دفعتها إدارة الأهلي لجنوى الإيطالي",
      coref=True, cue_ctx="حيث قالت إن تكلفة", alt_cues=["كشفت"],
      alt=["إن تكلفة الصفقة وصلت لنحو مليون ونصف المليون يورو دفعتها إدارة الأهلي لجنوى الإيطالي"],
      note="كشفت ... عن القيمة الحقيقة ...، حيث قالت إن ...: the topic verb names no proposition; the content "
           "clause after قالت (elided subject: the paper) is the claim, كشفت an alternative cue."),
    A("sport24-ahli-league-twice", *SPORT24, "قالت",
      "سبق له الحصول على الدوري السعودي مرتين إضافة لتحقيقه عدد كبير من بطولات كأس ولي العهد وكأس خادم الحرمين الشريفين",
      coref=True, cue_ctx="حيث قالت إنه سبق", alt_cues=["تحدثت"],
      note="وتحدثت الصحيفة عن البطولات ...، حيث قالت إنه ...: الصحيفة is a bare anaphor (coref); one verb, three "
           "content clauses (إنه ... وأنه ... كما أنه ...)."),
    A("sport24-ahli-second-last-season", *SPORT24, "قالت", "حصد المركز الثاني في بطولة الدوري الموسم الماضي",
      coref=True, cue_ctx="حيث قالت إنه سبق"),
    A("sport24-ahli-acl-runner-up-2012", *SPORT24, "قالت", "كان وصيف دوري أبطال آسيا في عام 2012",
      coref=True, cue_ctx="حيث قالت إنه سبق"),
    A("sport24-player-under-gross", *SPORT24, "تحدثت",
      "اللاعب سيكون تحت الإمرة الفنية للمدرب السويسري كريستيان جروس، الذي سبق له تدريب بازل وشتوتجارت وتوتنهام وسيتواجد إلى جوار مدرب الهلال اليوناني الآخر في الملاعب السعودية دونيس",
      coref=True, cue_ctx="وتحدثت الصحيفة عن أن", alt_cues=["تحدثت الصحيفة عن"],
      alt=["اللاعب سيكون تحت الإمرة الفنية للمدرب السويسري كريستيان جروس"],
      note="تحدثت عن أن + content clause: a reporting frame."),
], note="Sports site crawled 2015-08-01; no time expression. Byline and the closing tag list (سمات ...) not annotated.")

NAPOUT = ("juan-angel-napout", PERSON)
article("3alyoum-2015-08-08-33", "2015-08-08", [
    A("conmebol-backs-platini", *NAPOUT, "رئيس اتحاد اميركا الجنوبية لكرة القدم", "أعلن",
      "دعم الفرنسي ميشال بلاتيني لرئاسة الاتحاد الدولي “فيفا” خلفا للسويسري جوزيف بلاتر",
      alt=["دعم الفرنسي ميشال بلاتيني لرئاسة الاتحاد الدولي “فيفا”",
           "دعم الفرنسي ميشال بلاتيني لرئاسة الاتحاد الدولي “فيفا” خلفا للسويسري جوزيف بلاتر الذي اعلن نيته بالاستقالة من منصبه"],
      note="Nominal complement of أعلن. The head of a sports confederation is typed person (not a government)."),
    A("blatter-intends-to-resign", "joseph-blatter", PERSON, "جوزيف بلاتر", "اعلن",
      "نيته بالاستقالة من منصبه", cue_ctx="الذي اعلن نيته",
      note="An announcement reported in a relative clause of the outlet's background: still an attributed claim. "
           "The title السويسري is fused with the preposition (للسويسري): the label is the name."),
    A("napout-sa-will-support-platini", *NAPOUT, "الباراغوياني خوان انخل نابوت", "قال",
      "اميركا الجنوبية ستدعم بلاتيني", cue_ctx="وقال الباراغوياني",
      note="The lead's announcement in the speaker's words (to AFP): not word for word, so kept core."),
    A("napout-platini-exceptional", *NAPOUT, "الباراغوياني خوان انخل نابوت", "وصف", "الرجل الاستثنائي",
      coref=True, cue_ctx="ووصفه", alt_cues=["وصفه"], cw=False,
      note="وصفه بـ”...”: the quoted evaluation is the content."),
    A("napout-platini-qualities", *NAPOUT, "نابوت", "قال",
      "نعتقد ان ميشال بلاتيني يملك الصفات اللازمة ليكون رئيسا رائعا", src_ctx="وقال نابوت الذي",
      cue_ctx="وقال نابوت الذي", hedged=True, cw=False,
      alt=["ميشال بلاتيني يملك الصفات اللازمة ليكون رئيسا رائعا"],
      note="نعتقد governs the whole quotation: hedged (an opinion, not checkworthy)."),
    O("napout-head-since-aug-2014", "استلم رئاسة الاتحاد القاري في اب/اغسطس 2014"),
    A("napout-platini-exceptional-record", *NAPOUT, "نابوت", "تابع",
      "هو رجل استثنائي، سيقدم الكثير من الامور الجيدة لكرة القدم. انظروا فقط الى سجله في الاتحاد الاوروبي",
      src_ctx="وتابع نابوت", cw=False,
      alt=["هو رجل استثنائي، سيقدم الكثير من الامور الجيدة لكرة القدم"]),
    O("napout-fifa-vice-president", "هو نائب رئيس فيفا راهنا"),
    A("platini-announced-candidacy", "michel-platini", PERSON, "بلاتيني", "اعلن",
      "ترشحه رسميا لرئاسة الاتحاد الدولي", src_ctx="واعلن بلاتيني", cue_ctx="واعلن بلاتيني",
      alt=["ترشحه رسميا لرئاسة الاتحاد الدولي على اثر الفضيحة التي هزت كيان المؤسسة الكروية اواخر ايار/مايو الماضي"]),
    A("us-charged-14-officials", "us-judiciary", GOV, "القضاء الاميركي", "اتهام",
      "14 شخصية رفيعة المستوى بتهم فساد ورشاوى", alt_cues=["بتهم"],
      note="An accusation with its accuser named (اتهام القضاء الاميركي ... بتهم): core. اواخر ايار/مايو: vague, null."),
    O("fifa-scandal-late-may", "الفضيحة التي هزت كيان المؤسسة الكروية اواخر ايار/مايو الماضي"),
    O("most-arrested-in-switzerland", "اعتقال معظمهم في سويسرا"),
    A("chung-intends-to-run", "chung-mong-joon", PERSON,
      "الكوري الجنوبي تشونغ مونغ جون نائب رئيس الاتحاد الدولي السابق عن قارة اسيا", "اعرب", "نيته بالترشح",
      note="اعرب عن نيته: nominal complement."),
    A("zico-maradona-bility-intend-to-run", "zico-maradona-and-musa-bility", PERSON,
      "النجمين السابقين البرازيلي زيكو والارجنتيني دييغو مارادونا ورئيس الاتحاد الليبيري موسى بيليتي", "اعرب",
      "نيته بالترشح",
      note="Subjects added after the complement by بالاضافة الى: the same verb and content, one joint source."),
    O("prince-ali-possible-candidate",
      "يعتبر الامير الاردني علي بن الحسين الذي خسر الانتخابات الاخيرة امام بلاتر مرشحا محتملا في الانتخابات المقبلة المقررة في 26 شباط/فبراير 2016",
      hedged=True, note="Agentless evaluation (يعتبر ... مرشحا محتملا): the outlet's, hedged."),
], note="Sports wire (AFP) crawled 2015-08-08; no time expression for the statements. Tag list not annotated.")

# ---------------------------------------------------------------------------------------------- aawsat
MAHER = ("amal-maher", PERSON, "المطربة المصرية آمال ماهر")
FAN = ("concert-goer", PERSON, "واحدة من الجماهير")
article("aawsat-2015-08-02-203", "2015-08-02", [
    O("maher-sang-at-carthage",
      "شدت المطربة المصرية آمال ماهر بأجمل أغانيها وأدت لعمالقة الفن العربي عندما صعدت مرة ثانية على مسرح قرطاج الأثري لينتشي الجمهور الذي حضر حفلها الليلة الماضية",
      core=True, date="2015-08-01",
      alt=["شدت المطربة المصرية آمال ماهر بأجمل أغانيها وأدت لعمالقة الفن العربي عندما صعدت مرة ثانية على مسرح قرطاج الأثري"],
      note="Lead fact in the outlet's voice; الليلة الماضية = 2015-08-01 (crawled 2015-08-02 23:08)."),
    O("maher-songs-listed",
      "استمتع الجمهور الكبير بصوت الفنانة المتألقة عندما غنت أجمل أغانيها «رايح بيا فين» و«سكة السلامة» و«في ايه بينك وبينها» و«من السنة للسنة» كما قدمت الأغنية التراثية التونسية «سيدي منصور» التي تفاعل معها بحماس ورددها بإتقان",
      date="2015-08-01"),
    A("maher-proud-of-carthage", *MAHER, "قالت",
      "أهلا بيكم.. أنا فخورة أني واقفة على مسرح قرطاج اليوم في ظل الظروف اللي نمر بها لكن نحن أقوى من أي ظروف",
      coref=True, cue_ctx="وقالت الفنانة التي", date="2015-08-01", cw=False,
      alt=["أنا فخورة أني واقفة على مسرح قرطاج اليوم في ظل الظروف اللي نمر بها لكن نحن أقوى من أي ظروف"],
      note="الفنانة: bare anaphor, antecedent the lead's full mention. A greeting and a sentiment: core, not "
           "checkworthy (as the guide's aphorisms)."),
    A("maher-tunisia-best-place", *MAHER, "أضافت",
      "إن شاء الله دائما تونس أحلى مكان في الدنيا وإن شاء الله يكون يوم جميل وتستمتعوا",
      coref=True, cue_ctx="وأضافت وسط", date="2015-08-01", opt=True, cw=False,
      note="A wish to the audience: optional, not checkworthy."),
    O("maher-sang-classics",
      "استمرت الفنانة المصرية في الغناء لتقدم باقة من أجمل أغاني عمالقة الفن العربي مثل أم كلثوم وعبد الحليم حافظ",
      date="2015-08-01"),
    A("fan-enjoyed-concert", *FAN, "قالت", "جميلة جدا استمتعنا.. آمال أطربتنا بصوتها الجميل وحضورها الرائع",
      cue_ctx="وقالت واحدة", date="2015-08-01", cw=False),
    A("fan-maher-happy", *FAN, "أضافت",
      "نشعر أنها سعيدة بتلقائيتها ونشعر أنها سعيدة بالحضور إلى قرطاج ومررت شعورها إلى جمهورها... حفل رائع",
      coref=True, cue_ctx="وأضافت «نشعر", date="2015-08-01", cw=False,
      note="Elided subject: the concert-goer of the previous sentence (unnamed: her description is the label)."),
    O("maher-first-carthage-2006",
      "لم تكن الفنانة المصرية قد اشتهرت كثيرا عندما صعدت لأول مرة على المسرح الأثري بقرطاج عام 2006"),
    O("maher-star-of-51st-session",
      "اعتبرت المصرية آمال ماهر نجمة الدورة 51 لمهرجان قرطاج الدولي الذي يستمر حتى الثامن عشر من أغسطس (آب) الحالي",
      note="Passive اعتُبرت, no agent: the outlet's evaluation."),
], note="Print edition crawled 2015-08-02 23:08; الليلة الماضية = 2015-08-01.")

FCA = ("fca-us", OTHER)
NHTSA = ("nhtsa", GOV, "الإدارة الوطنية لسلامة المرور على الطرق السريعة")
article("aawsat-2015-08-08-131", "2015-08-08", [
    O("fca-recalls-1-4m",
      "قررت شركة «فيات كرايسلر» سحب 1.4 مليون سيارة من التداول في الولايات المتحدة بغية إزالة برامج كومبيوتر لمنع المتسللين من التحكم عن بعد في المحرك ومقود السيارة ونظم أخرى",
      core=True, alt=["قررت شركة «فيات كرايسلر» سحب 1.4 مليون سيارة من التداول في الولايات المتحدة"],
      note="Lead fact in the outlet's voice (a decision, not a statement)."),
    A("officials-first-of-its-kind", "us-federal-officials", ANON, "مسؤولون اتحاديون", "بقولهم",
      "الأول من نوعه", alt_cues=["علق"], alt=["إنه الأول من نوعه"],
      note="علق ... بقولهم إنه: the content clause hangs on بقولهم; علق an alternative cue."),
    O("fca-formerly-chrysler-group",
      "جاء هذا الإعلان جانب شركة «إف سي إيه يو إس إل إل سي»، التي كانت تعرف سابقا باسم «كرايسلر غروب إل إل سي»"),
    A("reports-researchers-shut-engine", "press-reports", OUTLET, "تقارير", "ذكرت",
      "باحثين في أمن الإنترنت استخدموا رابطا لاسلكيا في غلق محرك سيارة «جيب شيروكي» خلال قيادتها",
      alt=["باحثين في أمن الإنترنت استخدموا رابطا لاسلكيا في غلق محرك سيارة «جيب شيروكي» خلال قيادتها مما يزيد المخاوف المتعلقة بسلامة المركبات التي تعمل بالإنترنت"],
      note="The consequence clause مما يزيد المخاوف is the outlet's (doubtful scope: alt span)."),
    O("researchers-used-telematics",
      "استخدم الباحثون نظام معلومات يتعامل مع نقل البيانات عن بعد لشركة «فيات كرايسلر» لاقتحام نظام طوعي لقيادة «شيروكي» على الطرق السريعة وإصدار أوامر إلى المحرك والمقود والمكابح"),
    A("nhtsa-will-investigate", *NHTSA, "قالت",
      "ستحقق فيما إذا كان حل «إف سي إيه» لتطوير البرنامج يكفي لحماية المستهلكين من المتسللين",
      cue_ctx="وقالت الإدارة الوطنية", alt=["إنها ستحقق فيما إذا كان حل «إف سي إيه» لتطوير البرنامج يكفي لحماية المستهلكين من المتسللين"]),
    A("fca-no-injuries-known", *FCA, "إاف سي إيه", "قالت", "ليس لديها علم عن حدوث أي إصابات",
      cue_ctx="قالت في إعلان السحب", alt=["إنه ليس لديها علم عن حدوث أي إصابات"],
      note="A concessive على الرغم من أن clause with its own speaker (the name's typo إاف kept, its guillemets "
           "left out). A negative fact asserted, not a denial."),
    A("nhtsa-first-cyber-recall", "nhtsa-spokesman", OFF, "متحدث باسم الإدارة", "قال",
      "أول استدعاء لسيارات بسبب مخاوف تتعلق بأمن الإنترنت", cue_ctx="وقال متحدث",
      alt=["إنه أول استدعاء لسيارات بسبب مخاوف تتعلق بأمن الإنترنت"]),
], relations=[
    {"a": "officials-first-of-its-kind", "b": "nhtsa-first-cyber-recall", "relation": "supports"},
], note="Print edition crawled 2015-08-08 06:49; the statements carry no time expression.")


# ---------------------------------------------------------------------------------------------- aleqtisadiya
OFFICIALS = ("libyan-officials", ANON, "مسؤولون")
QUWAIRI = ("awad-al-quwairi", OFF, "عوض القويري")
article("aleqtisadiya-2015-08-04-235", "2015-08-04", [
    A("authorities-warn-disease-benghazi", "libyan-authorities", GOV, "السلطات الليبية", "حذرت",
      "احتمال انتشار امراض في بنغازي بشرق البلاد بسبب لحوم مستوردة تركت تتعفن لأشهر في حاويات بالميناء التجاري المغلق بالمدينة",
      hedged=True, alt=["انتشار امراض في بنغازي بشرق البلاد بسبب لحوم مستوردة تركت تتعفن لأشهر في حاويات بالميناء التجاري المغلق بالمدينة"],
      note="حذرت من احتمال: a warning of a possibility, hedged."),
    O("benghazi-fighting-over-a-year",
      "تشهد ثاني أكبر مدينة في ليبيا قتالا منذ اكثر من عام بين القوات الموالية للحكومة الرسمية التي مقرها شرق البلاد وجماعات اسلامية"),
    O("food-stored-since-november",
      "جرى تخزين لحوم وخضراوات ومنتجات ألبان مستوردة في حاويات في الميناء منذ اغلاقه في نوفمبر تشرين الثاني عندما وصل القتال الي منطقة وسط المدينة"),
    O("containers-not-delivered", "لم يتم تسليم اي من تلك الحاويات الي الزبائن"),
    A("officials-fridges-stopped", *OFFICIALS, "قال",
      "عمال الميناء قاموا بتخزين جزء من الشحنات في مبردات لكنها توقفت عن العمل بسبب انقطاعات يومية للكهرباء",
      src_ctx="وقال مسؤولون ان عمال", cue_ctx="وقال مسؤولون ان عمال"),
    O("smell-reached-residents", "اصبحت الرائحة العفنة سيئة حتى انها وصلت الي انوف سكان يقيمون خارج منطقة الميناء"),
    A("quwairi-many-containers", *QUWAIRI, "قال",
      "يوجد عدد كبير من الحاويات مملوءة بالدجاج أو اللحوم او اغذيةاخرى",
      note="The appositive clause وهو مسؤول بقطاع الصحة في بنغازي is left out of the label."),
    A("quwairi-diseases-will-spread", *QUWAIRI, "اضاف", "الامراض ستنتشر إذا لم يتم إعدام تلك الاغذية", coref=True),
    O("fighting-disrupted-imports",
      "عطل القتال واردات القمح والسلع الغذائية الي شرق ليبيا مما أجبر المستوردين على جلب الاغذية عبر مصر او طبرق"),
    A("officials-storage-stopped-26h", *OFFICIALS, "قال",
      "بعض منشات تخزين اللحوم في المدينة توقفت عن العمل بعد انقطاع الكهرياء لمدة 26 ساعة منذ يوم الاحد",
      src_ctx="وقال مسؤولون ان بعض", cue_ctx="وقال مسؤولون ان بعض",
      note="منذ يوم الاحد (2015-08-02) dates the start of the outage, not the claim or the statement: date null."),
    A("electricity-grid-near-collapse", "libyan-electricity-company-spokesman", OFF,
      "متحدث باسم شركة الكهرباء التابعة للدولة", "قال",
      "الشبكة توشك على الانهيار مع تعذر الوصول الي بضع محطات للتوليد اصيبت باضرار بسبب القتال",
      alt=["الشبكة توشك على الانهيار"]),
], note="Reuters wire crawled Tuesday 2015-08-04; the statements carry no date.")

# ---------------------------------------------------------------------------------------------- aljazirah
GHARAFA = ("al-gharafa", OTHER, "الغرافة")
article("aljazirah-2015-08-01-458", "2015-08-01", [
    O("gharafa-signs-anderson",
      "تعاقد الغرافة المنتمي لدوري نجوم قطر لكرة القدم مع المدافع البرازيلي اندرسون مارتنز على سبيل الاعارة في صفقة تبادلية مع المحلي الجيش الذي انتقل اليه عثمان اليهري في المقابل",
      core=True, note="Lead fact in the outlet's voice."),
    A("gharafa-loan-one-season", *GHARAFA, "قال",
      "ضم اندرسون (27 عاما) على سبيل الاعارة لمدة موسم واحد مقابل انتقال اليهري للجيش",
      src_ctx="وقال الغرافة", alt=["إنه ضم اندرسون (27 عاما) على سبيل الاعارة لمدة موسم واحد مقابل انتقال اليهري للجيش"],
      note="بموقعه على الانترنت: the medium, the club is the source. The apposition البطل السابق للدوري القطري "
           "is left out of the label."),
    O("no-more-details", "دون الكشف عن المزيد من التفاصيل المتعلقة بالصفقة"),
    A("gharafa-to-present-player", *GHARAFA, "أضاف", "سيقدم لاعبه البرازيلي الجديد لوسائل الاعلام في وقت لاحق",
      src_ctx="وأضاف الغرافة"),
    O("anderson-career",
      "لعب اندرسون من قبل في صفوف فيتوريا وفاسكو دا جاما في البرازيل قبل الانضمام للجيش في 2011 لكنه لم يشارك مع الفريق حتى الثاني من يناير 2012"),
    O("anderson-titles", "فاز اندرسون مع الجيش بكأس نجوم قطر في 2013 وبكأس ولي العهد العام الماضي"),
    O("gharafa-seventh-last-season",
      "يعاني الغرافة كثيرا منذ تتويجه بآخر ألقابه السبعة في الدوري عام 2010 وأنهى المسابقة الموسم الماضي في المركز السابع"),
], relations=[
    {"a": "gharafa-signs-anderson", "b": "gharafa-loan-one-season", "relation": "supports"},
], note="Print edition crawled 2015-08-01 07:56 (wire copy); no time expression.")

HAMDI = ("amer-al-hamdi", PERSON)
article("aljazirah-2015-08-06-978", "2015-08-06", [
    O("yanbu-chamber-received-centre",
      "تسلمت غرفة ينبع رسمياً يوم الاثنين 1436/10/18هـ مركز ينبع الدولي للمعارض التابع لها من الشركة المستثمرة «شركة المدينة الدولية للمعارض» بعد انتهاء عقدها مع الغرفة",
      core=True, date="2015-08-03",
      note="Lead fact; الاثنين 18 Shawwal 1436 = Monday 2015-08-03 (crawled Thursday 2015-08-06)."),
    A("chamber-plans-exhibitions", *HAMDI, "الأمين العام المكلف عامر بن سليمان الحمدي", "قال",
      "الغرفة تسعى حالياً للاستفادة من المركز بالاستعداد لتنظيم عدد من المعارض النوعية المتخصصة",
      alt=["بأن الغرفة تسعى حالياً للاستفادة من المركز بالاستعداد لتنظيم عدد من المعارض النوعية المتخصصة"],
      note="The secretary general of a chamber of commerce (not a government body): person."),
    A("activity-meets-development", *HAMDI, "الأمين العام المكلف عامر بن سليمان الحمدي", "أشار",
      "تفعيل هذا النشاط الحيوي المتوقف منذ سنوات يأتي مواكبةً لمتطلبـات التنمية الشاملة وتعزيز دور الغرفة في الحاضر والمستقبل - بمشيئة الله -",
      coref=True, cue_ctx="وأشار إلى أن تفعيل", cw=False,
      alt=["تفعيل هذا النشاط الحيوي المتوقف منذ سنوات يأتي مواكبةً لمتطلبـات التنمية الشاملة وتعزيز دور الغرفة في الحاضر والمستقبل"],
      note="A statement of purpose: core, not checkworthy. The tatweel in لمتطلبـات stays."),
    A("activity-promotes-trade", *HAMDI, "الأمين العام المكلف عامر بن سليمان الحمدي", "أشار",
      "سيسهم في الترويج للتجارة والصناعات الوطنية والخدمات في ظل النهضة التجارية والصناعية التي تعيشها محافظة ينبع",
      coref=True, cue_ctx="وأشار إلى أن تفعيل", cw=False, note="كما أنه: a second content clause."),
    A("activity-lets-chamber-reach-out", *HAMDI, "الأمين العام المكلف عامر بن سليمان الحمدي", "أشار",
      "يتيح للغرفة التعريف بأنشطتها وأهدافها وزيادة قنوات التواصل والاتصال بالمجتمع بما يسهم في تنمية الإيرادات بشكل قوي",
      coref=True, cue_ctx="وأشار إلى أن تفعيل", cw=False, note="كما يتيح: a third clause of the same sentence."),
    A("centre-to-be-renovated", *HAMDI, "الأمين العام المكلف عامر بن سليمان الحمدي", "أوضح",
      "سيتم العمل على تحديث وتطوير مركز ينبع الدولي للمعارض وإجراء بعض الإصلاحات وأعمال الصيانة اللازمة",
      coref=True, alt=["بأنه سيتم العمل على تحديث وتطوير مركز ينبع الدولي للمعارض وإجراء بعض الإصلاحات وأعمال الصيانة اللازمة"]),
    A("plan-for-exhibitions", *HAMDI, "الأمين العام المكلف عامر بن سليمان الحمدي", "أشار",
      "هناك خطة لإقامة عدد من المعارض", coref=True, cue_ctx="أشار إلى أن هناك خطة"),
    A("chamber-seeking-approval", *HAMDI, "الأمين العام المكلف عامر بن سليمان الحمدي", "مفيداً",
      "يتم التواصل حالياً مع كل من البرنامج الوطني للمعارض والمؤتمرات ومجلس الغرف السعودية للحصول على الموافقة لإقامة عدد من المعارض منها على سبيل المثال معرض الصناعات والمنتجات الاستهلاكية الوطنية، معرض الحاسب الآلي وتقنية المعلومات والاتصالات، معرض السياحة، معرض الأمن والسلامة والصحة المهنية، معرض القرطاسية والمستلزمات المكتبية والمدرسية، ومعرض قطع الغيار الصناعية",
      coref=True,
      alt=["يتم التواصل حالياً مع كل من البرنامج الوطني للمعارض والمؤتمرات ومجلس الغرف السعودية للحصول على الموافقة لإقامة عدد من المعارض"]),
], note="Print edition crawled Thursday 2015-08-06; the Hijri date of the lead resolves to Monday 2015-08-03. "
        "The statements carry no date.")

# ---------------------------------------------------------------------------------------------- almadina
MALKI = ("saleh-al-malki", OFF, "متحدث الشؤون الصحية بجدة صالح المالكي")
HOSPITAL_SOURCE = ("king-fahd-hospital-source", ANON, "مصدر مسؤول بالمستشفى")
article("almadina-2015-08-07-624", "2015-08-07", [
    A("nursing-staff-given-prophylaxis", *MALKI, "أوضح",
      "تم إخضاع كافة الطاقم التمريضي المباشر لحالات مرضى «الجرب» بمستشفى الملك فهد إلى إجراء احتياطي واحترازي وإعطائهم اللقاحات والمضادات التي تمنع إصابتهم أو انتقال العدوى لهم وهو الدواء ذاته الذي يعطى للمرضى بهذا المرض",
      alt=["تم إخضاع كافة الطاقم التمريضي المباشر لحالات مرضى «الجرب» بمستشفى الملك فهد إلى إجراء احتياطي واحترازي وإعطائهم اللقاحات والمضادات التي تمنع إصابتهم أو انتقال العدوى لهم"]),
    A("three-scabies-cases", *MALKI, "بي\u0651\u064eن",
      "هناك 3 أشخاص فقط نقلوا من مركز النقاهة مصابين بـ «الجرب»، وقد تمت مباشرتهم بالعلاج فور التشخيص",
      coref=True, alt=["هناك 3 أشخاص فقط نقلوا من مركز النقاهة مصابين بـ «الجرب»"]),
    A("cases-isolated", *MALKI, "مبي\u0651\u0650ن\u064bا", "تم عزل الحالات المصابة عن المخالطين والمجاورين لها في غرف خاصة",
      coref=True),
    A("six-suspected-cases", *MALKI, "لافتًا",
      "هناك 6 حا\ufefbت أخرى من المخالطين، يشتبه في إصابتهم بالمرض وقد أعطوا العلاج نفسه",
      coref=True, hedged=True, note="يشتبه في إصابتهم: suspected, hedged. The text's lam-alef ligature (U+FEFB) stays."),
    A("four-nurses-isolated", *HOSPITAL_SOURCE, "ذكر", "هناك 4 ممرضات تم عزلهن بسكن العاملات"),
    A("four-nurses-infected", *HOSPITAL_SOURCE, "مؤكدًا", "إصابتهن وانتقال العدوى لهن", coref=True,
      note="Participle with a nominal complement (مؤكدًا إصابتهن)."),
], note="Crawled 2015-08-07; no time expression.")

# ---------------------------------------------------------------------------------------------- alriyadh
STATE_OFFICIAL = ("us-state-department-official", ANON, "مسؤول في وزارة الخارجية الأميركية")
article("alriyadh-2015-08-08-756", "2015-08-08", [
    A("us-reaffirms-closing-guantanamo", "united-states-government", GOV, "الولايات المتحدة", "جددت",
      "عزمها اتخاذ الإجراءات اللازمة من أجل إقفال سجن غوانتانامو العسكري ب\"شكل مسؤول\"",
      date="2015-08-06", alt_cues=["التأكيد"],
      alt=["عزمها اتخاذ الإجراءات اللازمة من أجل إقفال سجن غوانتانامو العسكري"],
      note="جددت ... التأكيد الخميس على: the frame is discontiguous; the verb is the cue. الخميس = 2015-08-06."),
    O("in-reply-to-oas-report", "رداً على تقرير من منظمة الدول الأميركية"),
    A("official-taking-all-measures", *STATE_OFFICIAL, "قال",
      "نتخذ جميع الإجراءات اللازمة من أجل تقليص عدد المعتقلين في غوانتانامو وإغلاق مركز الاعتقال بشكل مسؤول يتيح حماية أمننا القومي",
      date="2015-08-06", note="The wording of the Thursday reaffirmation of the lead: dated with it."),
    A("six-detainees-transferred", *STATE_OFFICIAL, "أكد", "ستة معتقلين نقلوا من سجن غوانتانامو منذ مارس",
      coref=True, date="2015-08-06"),
    A("two-files-under-review", *STATE_OFFICIAL, "أكد", "ملفين آخرين هما قيد الدرس مع إمكانية إعادة تقييمها",
      coref=True, date="2015-08-06",
      note="One verb, two content clauses. مع إمكانية إعادة تقييمها is part of the content (files under review), "
           "not a hedge on the claim."),
    A("official-administration-determined", *STATE_OFFICIAL, "أضاف",
      "كما أوضح الرئيس باراك أوباما مرات عدة فان هذه الإدارة عازمة على إغلاق مركز غوانتانامو",
      coref=True, date="2015-08-06", alt=["هذه الإدارة عازمة على إغلاق مركز غوانتانامو"]),
    A("obama-administration-determined", "barack-obama", OFF, "الرئيس باراك أوباما", "أوضح",
      "هذه الإدارة عازمة على إغلاق مركز غوانتانامو", via="us-state-department-official",
      note="كما أوضح X ...، فان ...: X's statement relayed inside the official's quotation (مرات عدة: no date)."),
    A("oas-called-to-close", "iachr", INTL, "قسم حقوق الإنسان في منظمة الدول الأميركية", "دعا",
      "الولايات المتحدة إلى إقفال السجن العسكري وإحالة المعتقلين أمام المحاكم الفدرالية", date="2015-08-05",
      note="A directive whose occurrence can be checked; الأربعاء = 2015-08-05."),
], relations=[
    {"a": "us-reaffirms-closing-guantanamo", "b": "official-taking-all-measures", "relation": "supports"},
    {"a": "us-reaffirms-closing-guantanamo", "b": "official-administration-determined", "relation": "supports"},
], note="Print edition crawled Saturday 2015-08-08 06:22; الخميس = 2015-08-06, الأربعاء = 2015-08-05.")


# ---------------------------------------------------------------------------------------------- alwatan
ZICO = ("zico", PERSON, "زيكو")
article("alwatan-2015-08-01-836", "2015-08-01", [
    A("cbf-backs-zico", "brazilian-football-confederation", OTHER, "الاتحاد البرازيلي لكرة القدم", "أعلن",
      "دعم ترشح نجمه السابق زيكو لرئاسة الاتحاد الدولي لكرة القدم بحال نيله دعم أربعة اتحادات أخرى لخوض المنافسة",
      alt=["دعم ترشح نجمه السابق زيكو لرئاسة الاتحاد الدولي لكرة القدم"],
      note="Nominal complement; the condition (بحال ...) is part of the content, not a hedge."),
    A("del-nero-zico-has-support", "marco-polo-del-nero", PERSON, "رئيس الاتحاد ماركو بولو دل نيرو", "قال",
      "يحظى زيكو بدعمنا لتسهيل ترشحه. بحال حصوله على تأييد أربعة اتحادات أخرى سيدعم الاتحاد البرازيلي طلبه",
      alt=["يحظى زيكو بدعمنا لتسهيل ترشحه", "بحال حصوله على تأييد أربعة اتحادات أخرى سيدعم الاتحاد البرازيلي طلبه"],
      note="في بيان: the medium. Direct speech of two sentences, each accepted alone."),
    O("zico-star-of-the-eighties", "أحد أبرز نجوم البلاد في ثمانينات القرن الماضي"),
    A("zico-sent-letter", *ZICO, "قال",
      "أرسلت رسالة إلى رئيس الاتحاد البرازيلي ماركو بولو استعرضت فيها الخطوط العريضة لترشيحي، ولم يبق أمامي سوى انتظار رده لمعرفة ما إذا كان موافقا على تقدمي بالترشيح من عدمه",
      src_ctx="وكان زيكو،", cue_ctx="قال قبل يومين", date="2015-07-30",
      alt=["أرسلت رسالة إلى رئيس الاتحاد البرازيلي ماركو بولو استعرضت فيها الخطوط العريضة لترشيحي"],
      note="قبل يومين = reference - 2 = 2015-07-30 (as أول من أمس). The medium (لموقع شبكة جلوبو سبورت) is not "
           "the source."),
    A("zico-will-not-wait-long", *ZICO, "أضاف",
      "ولكنني لن أنتظر فترة طويلة، لأن الوقت يمر بسرعة، ولدينا خيارات أخرى", coref=True, date="2015-07-30",
      note="The quotation opens with its conjunction (ولكنني), kept."),
    A("zico-served-national-team", *ZICO, "تابع",
      "أنا برازيلي، وقدمت خدمات للمنتخب الوطني خلال 10 أعوام، حياتي أمضيتها هنا في البرازيل",
      coref=True, date="2015-07-30"),
    O("candidates-need-four-federations",
      "ينبغي على الراغبين الحصول على تأييد أربعة اتحادات منضوية تحت لواء فيفا قبل 26 أكتوبر المقبل"),
    O("fifa-election-26-feb", "تقام الانتخابات الرئاسية للفيفا في 26 فبراير المقبل"),
], relations=[
    {"a": "cbf-backs-zico", "b": "del-nero-zico-has-support", "relation": "supports"},
], note="Crawled 2015-08-01 08:16; قبل يومين = 2015-07-30 (Zico's interview).")

SON = ("alexey-molchanov", PERSON, "ابنها أليكسي مولتشانوف")
CIVIL_DEFENCE = ("spanish-civil-defence-spokesman", OFF, "متحدث باسم الدفاع المدني")
article("alwatan-2015-08-06-2206", "2015-08-06", [
    O("molchanova-disappeared",
      "اختفت بطلة العالم في الغوص الحر بحبس النفس الروسية \"ناتاليا مولتشانوفا\" الأحد الماضي خلال غوصها في مياه جزيرة فورمنتيرا الإسبانية على البحر المتوسط",
      core=True, date="2015-08-02", note="Lead fact; الأحد الماضي = 2015-08-02 (crawled Thursday 2015-08-06)."),
    O("body-not-found", "الدفاع المدني مازال يبحث عن جثتها دون أن يجدها", core=True,
      note="Second clause of the unattributed lead sentence: core."),
    A("molchanova-on-holiday", *SON, "بحسب ما أشار",
      "كانت مولتشانوفا، البالغة من العمر 53 عاما، في رحلة استجمام مع أقربائها غرب شاطىء إيليتاس على هذه الجزيرة التابعة لأرخبيل البليار",
      alt_cues=["بحسب"],
      note="Post-posed attribution (وذلك بحسب ما أشار ابنها ... في بيان) over two coordinated clauses: one claim each."),
    A("current-swept-her-away", *SON, "بحسب ما أشار",
      "كانت تغوص دون زعانف إلى عمق ما بين 30 و40 مترا عندما سحبها على الأرجح تيار بحري قوي",
      alt_cues=["بحسب"], hedged=True, note="على الأرجح: hedged."),
    A("search-helicopter-boat-divers", *CIVIL_DEFENCE, "بحسب ما أكد",
      "شارك في البحث عن البطلة الروسية طائرة هليكوبتر وقارب وغواصون وصلوا في بحثهم إلى عمق 100 متر",
      alt_cues=["بحسب"]),
    A("family-hired-submarine", *CIVIL_DEFENCE, "بحسب ما أكد",
      "استعانت عائلة مولتشانوفا بغواصة يتم التحكم بها عن بعد وتابعة لشركة خاصة", alt_cues=["بحسب"]),
    A("search-continues-to-sunday", *CIVIL_DEFENCE, "مشيرا", "البحث سيتواصل حتى الأحد", coref=True,
      note="حتى الأحد bounds the search (2015-08-09); the claim itself is undated: null."),
    O("molchanova-records",
      "مولتشانوفا هي البطلة الأكثر تتويجا في مسابقات الغوص بحبس النفس وهي تملك في سجلها 41 رقما قياسيا و23 لقبا عالميا"),
], note="Wire copy crawled Thursday 2015-08-06; الأحد الماضي = 2015-08-02.")

BROTHER = ("mohammed-al-awad-asiri", PERSON)
article("alwatan-2015-08-07-1056", "2015-08-07", [
    O("abdullah-killed-in-asir-attack",
      "العريف عبدالله أحد شهداء الواجب والجريمة الإرهابية التي وقعت في مسجد طوارئ عسير", core=True,
      note="The attributed lead sentence presupposes the fact (the corporal among those killed in the attack on "
           "the Asir emergency forces' mosque): the core outlet claim."),
    A("brother-killed-while-praying", *BROTHER, "محمد آل عواض عسيري", "أكد",
      "صدمتهم كانت كبيرة، لكن خفف ألمها أن عبدالله استشهد وهو في عمله لحماية الدين ثم المليك والوطن وأثناء تأديته لصلاة الظهر",
      alt=["عبدالله استشهد وهو في عمله لحماية الدين ثم المليك والوطن وأثناء تأديته لصلاة الظهر"],
      note="The descriptor شقيق العريف عبدالله ... is left out of the label (appositive)."),
    A("abdullah-eldest-joined-1427", *BROTHER, "محمد", "قال",
      "عبدالله أكبر الذكور في أسرتنا، وهو أب للين (أربع سنوات)، وعبدالرحمن (سنتان)، التحق بقوة الطوارئ في عسير عام 1427 واستشهد برتبة عريف",
      src_ctx="وقال محمد", cue_ctx="وقال محمد"),
    A("father-abroad-returning", *BROTHER, "محمد", "أضاف",
      "الوضع حاليا في منزلنا مؤلم ومؤثر فوالدتي في أشد الحزن وكذلك زوجته، ولكننا نعتز بهذه الشهادة، التي كانت في ميدان الشرف، كما أن والدي الآن خارج المملكة، وتم إبلاغه بالأمر وحاليا في طريق العودة",
      coref=True, src_ctx="وقال محمد",
      alt=["والدي الآن خارج المملكة، وتم إبلاغه بالأمر وحاليا في طريق العودة"]),
    A("crime-alien-to-society", *BROTHER, "شقيق الشهيد عبدالله آل عواض", "أكد",
      "العمل الإجرامي الدنيء دخيل على مجتمعنا والجميع يدينه", cue_ctx="وأكد شقيق", cw=False,
      note="A full descriptive noun phrase, not a bare anaphor: the label as written."),
], note="Crawled 2015-08-07 06:34; no time expression.")

# ---------------------------------------------------------------------------------------------- alweeam
MOURINHO = ("jose-mourinho", PERSON, "مورينيو")
article("alweeam-2015-08-08-1035", "2015-08-08", [
    A("chelsea-extends-mourinho", "chelsea-fc", OTHER, "نادي تشيلسي", "أعلن",
      "تمديد عقد مدربه البرتغالي جوزيه مورينيو لمدة 4 أعوام", date="2015-08-07",
      note="مساء الجمعة = 2015-08-07 (crawled Saturday). The apposition حامل لقب ... is left out of the label."),
    O("mourinho-stays-to-2019", "سيبقى مورينيو (52 عاما) مع تشيلسي حتى عام 2019 بموجب العقد الجديد"),
    A("mourinho-natural-to-renew", *MOURINHO, "قال",
      "إذا كان النادي سعيدا فانا سعيد أعتقد أنه من الطبيعي بالنسبة لي أن أجدد عقدي من المهم أن يكون لدينا عامل الاستمرارية واتمنى أن نحقق المزيد من النجاح في المستقبل من أجل الجماهير اللاعبين والنادي",
      src_ctx="وقال مورينيو", via="dpa", cw=False,
      note="وفقا للالمانية (the German agency dpa) closes the quotation: via. أعتقد inside a longer quotation does "
           "not hedge it."),
    O("mourinho-first-tenure-titles",
      "خلال ولايته الأولى مع تشيلسي بين عامي 2004 و 2007 فاز مورينيو بلقب الدوري مرتين ولقب كأس رابطة المحترفين مرتين بجانب لقب كأس الاتحاد الإنجليزي"),
    O("mourinho-returned-2013",
      "عاد المدرب البرتغالي إلى تشيلسي في ولاية ثانية في 2013 حيث قاد الفريق الموسم الماضي للفوز بلقب الدوري الإنجليزي للمرة الأولى في 5 أعوام بجانب لقب كأس رابطة المحترفين"),
    A("mourinho-club-close-to-heart", *MOURINHO, "أشار",
      "لقد قلت حين عدت إلى هنا قبل عامين أن لدي شعور استثنائي لهذا النادي ولم يتغير من الأمر شيئا إنه ناد قريب من قلبي وأنا سعيد للغاية لأنني سأستمر هنا لفترة طويلة",
      src_ctx="وأشار مورينيو", cw=False),
    O("mourinho-70-percent",
      "يتمتع مورينيو بنسبة انتصارات تبلغ 70% خلال مشواره في مباريات الدوري الإنجليزي الممتاز وهي أعلى نسبة بين جميع المدربين في تاريخ المسابقة"),
], note="Wire copy (dpa) crawled Saturday 2015-08-08 18:02; مساء الجمعة = 2015-08-07. The closing رابط الخبر line "
        "is not annotated.")

MUHANNA = ("omar-al-muhanna", OFF)
article("alweeam-2015-08-09-912", "2015-08-09", [
    A("muhanna-denies-anger", *MUHANNA, "رئيس لجنة الحكام باتحاد الكرة السعودي عمر المهنا", "نفى",
      "يكون غاضباً من قرار اتحاد الكرة بتعيين طاقم إنجليزي بقيادة الحكم كريغ باوسون لقيادة مباراة السوبر السعودي بين فريقي الهلال والنصر الأربعاء المقبل بالعاصمة البريطانية لندن",
      pol="denied",
      alt=["أن يكون غاضباً من قرار اتحاد الكرة بتعيين طاقم إنجليزي بقيادة الحكم كريغ باوسون لقيادة مباراة السوبر السعودي بين فريقي الهلال والنصر الأربعاء المقبل بالعاصمة البريطانية لندن",
           "يكون غاضباً من قرار اتحاد الكرة بتعيين طاقم إنجليزي"]),
    O("english-crew-appointed",
      "قرار اتحاد الكرة بتعيين طاقم إنجليزي بقيادة الحكم كريغ باوسون لقيادة مباراة السوبر السعودي بين فريقي الهلال والنصر الأربعاء المقبل بالعاصمة البريطانية لندن",
      core=True,
      note="Presupposed in the attributed lead sentence: the core outlet claim. The match is on Wednesday "
           "2015-08-12; the decision itself is undated (null)."),
    O("muhanna-indifferent", "لم يبد المهنا اكتراثاً لتعيين حكام أجانب للمباراة، وعدم الاستعانة حتى بسعودي كحكم رابع"),
    A("muhanna-not-angry", *MUHANNA, "المهنا", "قائلاً",
      "نحترم قرار اتحاد الكرة، وما أستطيع قوله أنني غير غاضب وأتمنى التوفيق للحكام ولناديي الهلال والنصر",
      coref=True, src_ctx="ولم يبد المهنا", cw=False,
      note="Participle; its subject is the sentence's المهنا. «أنني غير غاضب» is asserted (the negation is the "
           "content); the explicit denial is the lead's نفى."),
    O("referees-ended-camp",
      "أنهى اليوم الأحد 49 حكماً معسكرهم التدريبي استعداداً لبدء انطلاقة الدوري السعودي ودوري أندية الدرجة الأولى، والذي امتد لـ12 يوماً",
      date="2015-08-09"),
    A("muhanna-happy-with-camp", *MUHANNA, "المهنا", "أكد", "سعيد بنتائج المعسكر", src_ctx="إذ أكد المهنا",
      cw=False, alt=["أنه سعيد بنتائج المعسكر"]),
    A("muhanna-camp-succeeded", *MUHANNA, "المهنا", "مضيفاً",
      "تحقق الكثير مما كنا نأمله من المعسكر، وأستطيع أن أعلن نجاحه ولله الحمد، كان معسكراً متكاملاً أبدع فيه مدرب الحكام التاهيتي قادري، وهو المدرب المعتمد من قبل الاتحاد الدولي لكرة القدم (فيفا)، في إتمام برنامج اللياقة والبرنامج البدني للجميع بشكل مرض بحسب الأرقام التي حققها الحكام في الاختبارات",
      coref=True, src_ctx="إذ أكد المهنا",
      alt=["كان معسكراً متكاملاً أبدع فيه مدرب الحكام التاهيتي قادري، وهو المدرب المعتمد من قبل الاتحاد الدولي لكرة القدم (فيفا)، في إتمام برنامج اللياقة والبرنامج البدني للجميع بشكل مرض بحسب الأرقام التي حققها الحكام في الاختبارات"],
      note="بحسب الأرقام inside the quotation cites figures, not a speaker: no nested claim."),
], relations=[
    {"a": "muhanna-denies-anger", "b": "muhanna-not-angry", "relation": "supports"},
], note="Crawled Sunday 2015-08-09; اليوم الأحد = 2015-08-09, الأربعاء المقبل = 2015-08-12. The closing رابط الخبر "
        "line is not annotated.")


# ---------------------------------------------------------------------------------------------- alyaum
GACA = ("general-authority-of-civil-aviation", GOV, "الهيئة العامة للطيران المدني")
POLICE = ("british-police-spokeswoman", OFF, "متحدثة باسم الشرطة البريطانية")
article("alyaum-2015-08-01-922", "2015-08-01", [
    A("gaca-crash-3-dead", *GACA, "أعلنت",
      "تحطم طائرة سعودية خاصة في مطار \"بلاكبوش\" البريطاني نتج عنه وفاة 3 مسافرين بمن فيهم قائد الطائرة",
      src_ctx="أعلنت الهيئة العامة للطيران المدني", date="2015-07-31",
      note="أعلنت ... عن + noun phrase; the crash is dated by أمس in the same sentence (2015-07-31)."),
    A("gaca-bureau-followed-up", *GACA, "أعلنت",
      "الحادث حظي بمتابعة من قبل مكتب التحقيقات في المملكة العربية السعودية فور تلقي المكتب عند الساعة 18.02 بالتوقيت المحلي أمس بلاغاً من مكتب تحقيقات حوادث الطيران البريطاني مفاده تحطم طائرة خاصة من نوع امبراير 505 فانوم 300 والمسجلة بالمملكة العربية السعودية برقم HZ lBN أثناء إقلاعها من مطار بلاكبوش بالمملكة المتحدة",
      src_ctx="أعلنت الهيئة العامة للطيران المدني", date="2015-07-31",
      alt=["الحادث حظي بمتابعة من قبل مكتب التحقيقات في المملكة العربية السعودية"],
      note="One verb, a second content clause (وان ...)."),
    A("aaib-reported-crash", "uk-air-accidents-investigation-branch", GOV, "مكتب تحقيقات حوادث الطيران البريطاني",
      "مفاده",
      "تحطم طائرة خاصة من نوع امبراير 505 فانوم 300 والمسجلة بالمملكة العربية السعودية برقم HZ lBN أثناء إقلاعها من مطار بلاكبوش بالمملكة المتحدة",
      src_ctx="بلاغاً من مكتب تحقيقات حوادث الطيران البريطاني", via="general-authority-of-civil-aviation",
      date="2015-07-31", note="بلاغاً من X مفاده: X's report, relayed by the authority."),
    A("gaca-kashi-appointed", *GACA, "أكدت",
      "الاجراءات التي اتخذها المكتب فور وروده البلاغ ونظراً لوقوع الحادثة على الأراضي البريطانية وحسب اللوائح التنفيذية للمكتب فقد عين المدير العام لمكتب تحقيقات الطيران الكابتن ابراهيم بن سلمان الكشي ممثلا معتمدا عن المكتب للعمل مع فريق التحقيق التابع لمكتب تحقيقات حوادث الطيران البريطاني لتوفير الدعم والمعلومات اللازمة لاجراءات التحقيق للتعرف على الأسباب التي أدت الى الحادثة",
      src_ctx="وأكدت الهيئة العامة للطيران المدني",
      alt=["عين المدير العام لمكتب تحقيقات الطيران الكابتن ابراهيم بن سلمان الكشي ممثلا معتمدا عن المكتب للعمل مع فريق التحقيق التابع لمكتب تحقيقات حوادث الطيران البريطاني"],
      note="في بيان رسمي: the medium."),
    A("kashi-uk-leads-investigation", "ibrahim-al-kashi", OFF, "الكابتن الكشي", "أفاد",
      "كامل صلاحية التحقيق في الحادثة من مسؤوليات مكتب تحقيقات حوادث الطيران البريطاني",
      alt=["بأن كامل صلاحية التحقيق في الحادثة من مسؤوليات مكتب تحقيقات حوادث الطيران البريطاني"]),
    A("agencies-four-dead", "foreign-news-agencies", OUTLET, "وكالات الانباء الأجنبية في بريطانيا", "تناقلت",
      "أربعة أشخاص على الأقل لقوا حتفهم إثر تحطم طائرة خاصة خفيفة غربي العاصمة البريطانية لندن"),
    O("plane-fell-at-blackbushe",
      "سقطت الطائرة وهي من طراز (جيت فينوم 300) بعد ظهر أمس في مطار بلاكبوش في هامبشاير", date="2015-07-31"),
    A("police-four-on-board-none-survived", *POLICE, "قالت",
      "يمكننا أن نؤكد أن أربعة أشخاص كانوا على متن الطائرة، وللأسف لم يبق أحد منهم على قيد الحياة",
      alt=["أربعة أشخاص كانوا على متن الطائرة، وللأسف لم يبق أحد منهم على قيد الحياة"],
      note="يمكننا أن نؤكد inside the quotation: the speaker's own confirmation, kept in the span; the content "
           "clause in alt_spans."),
    A("police-no-one-hurt-on-ground", *POLICE, "أضافت", "أحدا على الأرض لم يصب بأذى", coref=True,
      note="المتحدثة: bare anaphor of the spokeswoman."),
    O("plane-caught-fire", "سقطت الطائرة بعد إقلاعها بوقت قصير فوق مربأ لأحد تجار السيارات واشتعلت فيها النيران"),
], relations=[
    {"a": "gaca-crash-3-dead", "b": "agencies-four-dead", "relation": "contradicts"},
    {"a": "gaca-crash-3-dead", "b": "police-four-on-board-none-survived", "relation": "contradicts"},
    {"a": "agencies-four-dead", "b": "police-four-on-board-none-survived", "relation": "supports"},
], note="Print edition crawled 2015-08-01 07:57; أمس = 2015-07-31. Three dead «بمن فيهم قائد الطائرة» against "
        "four dead (agencies, police): contradictory counts.")

ZUCKERBERG = ("mark-zuckerberg", PERSON)
article("alyaum-2015-08-02-983", "2015-08-02", [
    A("zuckerberg-expecting-daughter", *ZUCKERBERG, "مارك زوكربيرج الرئيس التنفيذي لشركة فيسبوك", "قال",
      "وزوجته بريسيلا تشان ينتظران مولودتهما الأولى", date="2015-07-31",
      alt=["إنه وزوجته بريسيلا تشان ينتظران مولودتهما الأولى"],
      note="أمس الأول = 2015-07-31. After the pronoun-suffixed complementizer إنه the span starts after it (the "
           "guide's rule), though the pronoun is half the subject; the span with إنه is in alt_spans."),
    O("married-2012", "تزوج زوكربيرج وتشان في 2012"),
    A("three-miscarriages", *ZUCKERBERG, "زوكربيرج", "كتب",
      "سبق وأن حاولا الإنجاب لكن تشان تعرضت للإجهاض ثلاث مرات", coref=True, src_ctx="وتزوج زوكربيرج",
      cue_ctx="وكتب على صفحته", date="2015-07-31",
      alt=["إنهما سبق وأن حاولا الإنجاب لكن تشان تعرضت للإجهاض ثلاث مرات"],
      note="The same Facebook post as the lead: dated with it."),
    O("no-due-date-given", "لم يذكر زوكربيرج (31 عاما) الموعد المتوقع لاستقبال المولودة",
      note="'X did not mention' is the outlet's statement."),
    A("miscarriage-risk-low", *ZUCKERBERG, "زوكربيرج", "قال",
      "حمل زوجته وصل إلى مرحلة أصبح فيها خطر الإجهاض محدودا", coref=True, src_ctx="ولم يذكر زوكربيرج",
      cue_ctx="لكنه قال", date="2015-07-31"),
    A("zuckerberg-hopes-sharing-helps", *ZUCKERBERG, "مؤسس أكبر شبكة للتواصل الاجتماعي في العالم", "كتب",
      "نأمل أن تمنح مشاركتنا لتجربتنا للمزيد من الناس نفس الأمل الذي شعرنا به، وأن تساعد المزيد من الناس على الشعور بالارتياح بشأن مشاركة حكاياتهم",
      cue_ctx="وكتب مؤسس", date="2015-07-31", opt=True, cw=False,
      note="A hope (نأمل): optional, not checkworthy, as wishes. The descriptive title is the label as written."),
    O("uses-page-for-news", "كثيراً ما يستخدم زوكربيرج صفحته على فيسبوك لنشر أخبار شخصية أو أنباء عن شركته"),
    A("spoke-of-feelings", *ZUCKERBERG, "زوكربيرج", "تحدث",
      "المشاعر التي كانت تنتابه هو وزوجته وهي طبيبة، خلال سعيهما لإنجاب طفل", coref=True,
      src_ctx="يستخدم زوكربيرج", date="2015-07-31", opt=True,
      note="تحدث عن / كتب عن + a topic with no proposition: optional."),
    A("wrote-of-hope", *ZUCKERBERG, "زوكربيرج", "كتب", "الأمل الذي كان يحدوهما عند معرفتهما بحمل تشان في كل مرة",
      coref=True, src_ctx="يستخدم زوكربيرج", cue_ctx="وكتب عن الأمل", date="2015-07-31", opt=True),
    A("miscarriage-struggle-alone", *ZUCKERBERG, "زوكربيرج", "قال",
      "تبدأ في وضع الخطط ثم تذهب أدراج الرياح، إنها تجربة فريدة... لا يناقش معظم الناس حالات الإجهاض لأنك تشعر بالقلق من أن مشاكلك ستبعدك أو تنعكس عليك. لذلك تصارع وحدك",
      src_ctx="وقال زوكربيرج", date="2015-07-31", cw=False,
      alt=["لا يناقش معظم الناس حالات الإجهاض لأنك تشعر بالقلق من أن مشاكلك ستبعدك أو تنعكس عليك"]),
], note="Crawled 2015-08-02 23:39; أمس الأول = 2015-07-31, the day of the Facebook post every statement comes from.")

# ---------------------------------------------------------------------------------------------- okaz
ZAMIL = ("najib-al-zamil", PERSON)
article("okaz-2015-08-03-1175", "2015-08-03", [
    A("volunteering-parallel-to-government", *ZAMIL, "عضو مجلس الشورى سابقا نجيب الزامل", "أكد",
      "أهمية أن يكون العمل التطوعي رديفا وموازيا لعمل الحكومة", date="2015-08-01",
      note="أكد على أهمية: the noun phrase after the preposition. Every statement was made at the Baha University "
           "event of البارحة الأولى (2015-08-01): dated with it."),
    A("volunteering-in-all-fields", *ZAMIL, "عضو مجلس الشورى سابقا نجيب الزامل", "مشددا",
      "أهمية أن يرتبط نشاط التطوع بكل المجالات الصحية، والزراعية، والخدمات الاجتماعية، والمساهمة في الحد من الكوارث كون العمل المدني مكملا للعمل الحكومي",
      coref=True, alt_cues=["مشددا على"], date="2015-08-01"),
    O("zamil-at-baha-university", "مشاركته في فعاليات وحدة العمل التطوعي في جامعة الباحة البارحة الأولى",
      date="2015-08-01"),
    A("reservation-on-inexperienced", *ZAMIL, "الزامل", "أبدى", "تحفظه على بعض المتطوعين ممن لا يمتلكون الخبرة",
      src_ctx="وأبدى الزامل", date="2015-08-01", cw=False),
    A("inexperienced-may-harm", *ZAMIL, "الزامل", "مشيرا",
      "الإنسان لو تطوع في مجال المساعدة في إطفاء الحريق وليس له به خبرة قد يضر نفسه والآخرين",
      coref=True, src_ctx="وأبدى الزامل", date="2015-08-01", hedged=True, cw=False, note="قد in the main clause: hedged."),
    A("call-for-public-benefit-societies", *ZAMIL, "الزامل", "دعا",
      "تأسيس جمعيات نفع عام تبدأ من مساعدة خاصة لمساعدة عامة وانطلاقا من مساعدة الشاب أهله، أو جيرانه، أو جماعة المسجد",
      src_ctx="ودعا الزامل", date="2015-08-01", note="A directive: core, checkworthy (it was made or not)."),
    A("volunteering-culture-spread", *ZAMIL, "الزامل", "مؤكدا",
      "انتشار ثقافة التطوع في بلادنا وفي كل أنحاء العالم لتقديم أعمال تطوعية ومساندات في كل بقعة في العالم",
      coref=True, src_ctx="ودعا الزامل", date="2015-08-01"),
    A("volunteers-happiest", *ZAMIL, "الزامل", "مؤكدا",
      "فهم متطوعون عالميون، وهم أسعد الناس لأنهم يعملون على مساعدة الناس وإسعاد المحتاجين",
      coref=True, src_ctx="ودعا الزامل", date="2015-08-01", cw=False,
      note="A quotation appended to the participle's clause with no verb of its own: the same cue."),
    A("volunteering-instinct", *ZAMIL, "الزامل", "بين",
      "العمل التطوعي دافع داخلي وغريزة في الإنسان إلا أنها تتفاوت من شخص لآخر، وهو رغبة إنسانية في التقدم لمساعدة الآخرين",
      coref=True, src_ctx="ودعا الزامل", cue_ctx="وبين أن", date="2015-08-01", cw=False),
    A("volunteer-feels-content", *ZAMIL, "الزامل", "موضحا",
      "المتطوع يشعر بالاكتفاء والسعادة شأن الأم مع تربية أبنائها", coref=True, src_ctx="ودعا الزامل",
      date="2015-08-01", cw=False),
    A("volunteering-national-duty", *ZAMIL, "الزامل", "أفاد",
      "العمل التطوعي جزء من الواجب الوطني ما يؤكد صدق الانتماء للوطن ولأخيك في المواطنة",
      src_ctx="وأفاد الزامل", date="2015-08-01", cw=False),
    A("saudi-volunteering-centre-founded", *ZAMIL, "الزامل", "لافتا",
      "جرى تأسيس المركز السعودي للعمل التطوعي لمنح رخصة مزاولة العمل حتى نشجع التخصص في الأعمال التطوعية، وحتى يعرف كل متطوع الميدان الذي يجب أن يكون فيه صحيا، أو تعليميا، أو اجتماعيا حتى لا تولد نتائج عكسية لا سمح الله",
      coref=True, src_ctx="وأفاد الزامل", date="2015-08-01",
      alt=["جرى تأسيس المركز السعودي للعمل التطوعي لمنح رخصة مزاولة العمل"]),
], note="Print edition crawled Monday 2015-08-03; البارحة الأولى = 2015-08-01 (reference - 2).")


DEBIE = ("jan-debie", PERSON)
DUTCH_MOD = ("dutch-ministry-of-defence", GOV)
article("okaz-2015-08-08-1322", "2015-08-08", [
    A("reports-soldiers-imitated-gunfire", "dutch-media-reports", OUTLET, "تقارير إعلامية هولندية", "كشفت",
      "قيام جنود بتقليد أصوات الرصاص خلال مناورات تدريبية، كان من المفترض أن تتم بالرصاص الحي، في ظل وجود شح واضح في الذخائر",
      alt=["قيام جنود بتقليد أصوات الرصاص خلال مناورات تدريبية"], note="كشفت عن + noun phrase."),
    A("email-ammunition-shortage", *DUTCH_MOD, "رسالة إلكترونية مسربة من وزارة الدفاع الهولندية", "كشفت",
      "وجود عجز كبير في الذخيرة، ما تسبب في إلغاء العديد من حصص التدريب الإجبارية على إطلاق النيران",
      cue_ctx="وكشفت رسالة", via="rtl-nieuws", alt=["وجود عجز كبير في الذخيرة"],
      note="A document stands for its issuer (the ministry); RTL Nieuws obtained it and relays it: via."),
    A("debie-soldiers-trained-empty", *DEBIE, "رئيس اتحاد العاملين في الجيش الهولندي، جان ديبي", "أكد",
      "جنودا تدربوا بأسلحة خالية من الذخيرة، ما دفعهم لتقليد أصوات الرصاص، ما أثر في النهاية على حالتهم المعنوية",
      alt=["جنودا تدربوا بأسلحة خالية من الذخيرة، ما دفعهم لتقليد أصوات الرصاص"],
      note="Title and name separated by commas: one label as written."),
    A("debie-catastrophic", *DEBIE, "ديبي", "قال", "إنه لأمر كارثي يؤثر على معنويات أفراد الجيش بطبيعة الحال",
      src_ctx="وقال ديبي", cw=False,
      note="في تصريحاته لصحيفة «دي ستاندارد»: told to another paper, the medium, not a via (as لوكالة فرانس)."),
    A("mod-delivery-intervals", *DUTCH_MOD, "وزارة الدفاع الهولندية", "أوضحت",
      "المشكلة تكمن في المدد الطويلة بين عمليات تسليم الذخيرة إلى جانب معدلات الاستهلاك الكبيرة للذخيرة من قبل القوات، وتحديدا في العمليات الدولية",
      src_ctx="وأوضحت وزارة الدفاع الهولندية",
      alt=["المشكلة تكمن في المدد الطويلة بين عمليات تسليم الذخيرة"]),
    O("defence-budget-8bn",
      "الحكومة الهولندية أقرت زيادة في ميزانية الدفاع للعام المالي الحالي لتصل إلى 8 مليارات دولار، بزيادة 400 مليون دولار عن العام الماضي",
      note="يذكر أن: agentless background, the outlet's."),
], relations=[
    {"a": "reports-soldiers-imitated-gunfire", "b": "debie-soldiers-trained-empty", "relation": "supports"},
    {"a": "email-ammunition-shortage", "b": "mod-delivery-intervals", "relation": "supports"},
], note="Print edition crawled 2015-08-08 06:49; no time expression.")

# ---------------------------------------------------------------------------------------------- sabq
EMPLOYEES = ("jazan-emergency-department-employees", ANON)
EMERGENCY_DEPT = ("jazan-health-emergency-department", GOV, "إدارة الطوارئ والأزمات")
DAGHRIRI = ("abdulrahman-daghriri", OFF, "مدير إدارة الطوارئ والأزمات بـ\"صحة جازان\" عبدالرحمن دغريري")
article("sabq-2015-08-01-1240", "2015-08-01", [
    A("department-said-names-submitted", *EMERGENCY_DEPT, "تصريح", "قد رفعت بأسمائهم كمرابطين",
      coref=True, src_ctx="موظفون في إدارة الطوارئ والأزمات من", alt=["بأنها قد رفعت بأسمائهم كمرابطين"],
      note="تعجّب موظفون ... من تصريح إدارتهم لـ\"سبق\" بأنها ...: the employees' surprise is an attitude, not a "
           "claim; the statement they react to is the department's (إدارتهم → the department named just before, "
           "coref). قد + past is not a hedge."),
    O("employees-not-notified", "لم يتم إشعارهم بذلك",
      note="The guide's rule: scope ends at a contrastive بينما clause, an optional outlet claim (it reads as the "
           "employees' complaint)."),
    A("department-refused-copies", *EMPLOYEES, "موظفون في إدارة الطوارئ والأزمات", "مشيرين",
      "إدارتهم رفضت تسليمهم صوراً من التكليف", coref=True, src_ctx="تعجّب موظفون في إدارة الطوارئ والأزمات",
      note="Unnamed employees: anonymous-source."),
    A("jazan-health-names-submitted", "jazan-health-affairs", GOV, "صحة جازان", "كشفت",
      "تم الرفع بأسماء المشاركين في عاصفة الحزم من قبل الإدارة إلى الوزارة واعتمدت مكافآتهم",
      src_ctx="بينما كشفت \"صحة جازان\"",
      note="A contrastive بينما clause with its own speaker is that speaker's claim. في رد على استفسار \"سبق\": the "
           "medium."),
    A("employees-accuse-delay", *EMPLOYEES, "موظفون في إدارة الطوارئ والأزمات بـ\"صحة جازان\"", "اتهم",
      "إدارتهم بالمماطلة في إدراج أسمائهم ضمن المرابطين في عاصفة الحزم",
      alt=["بالمماطلة في إدراج أسمائهم ضمن المرابطين في عاصفة الحزم",
           "إدارتهم بالمماطلة في إدراج أسمائهم ضمن المرابطين في عاصفة الحزم، في ظل مرابطتهم منذ بداية عاصفة الحزم، ولم يتحصلوا على حقوقهم المالية جراء ذلك"],
      note="An accusation with its accusers named: core."),
    A("employees-not-paid", *EMPLOYEES, "موظفون في إدارة الطوارئ والأزمات بـ\"صحة جازان\"", "اتهم",
      "لم يتحصلوا على حقوقهم المالية جراء ذلك", opt=True,
      note="A trailing clause of doubtful scope (the employees' or the outlet's): optional."),
    A("colleagues-got-assignments", *EMPLOYEES, "موظفون في إدارة الطوارئ والأزمات بـ\"صحة جازان\"", "كشف",
      "زملاءهم المرابطين من الإدارات الأخرى صدرت تكليفاتهم من قبل إداراتهم", coref=True,
      alt=["زملاءهم المرابطين من الإدارات الأخرى صدرت تكليفاتهم من قبل إداراتهم، بينما تجاهلت إدارتهم تكليفهم رسمياً"],
      note="الموظفون: bare anaphor of the employees named in the previous sentence."),
    O("department-ignored-assignment", "تجاهلت إدارتهم تكليفهم رسمياً",
      note="Contrastive بينما clause: optional outlet claim by the guide's rule; the attributed reading in the "
           "previous claim's alt_spans."),
    A("emergency-work-not-limited-to-assignment", *DAGHRIRI, "أوضح",
      "طبيعة عمل إدارة الطوارئ والأزمات الاستجابة السريعة لأي حدث كان يتطلب الحضور وتقديم الدعم والمساعدة من علاج وفرز ومباشرة الكوارث بأنواعها ونقلها متى تطلب الموقف، والعديد من المهام المسنودة للإدارة مع جميع القطاعات ذات العلاقة، والذي لا يقتصر على إصدار تكليف لخدمته",
      alt=["طبيعة عمل إدارة الطوارئ والأزمات الاستجابة السريعة لأي حدث كان يتطلب الحضور وتقديم الدعم والمساعدة"]),
    A("daghriri-names-sent-bonuses-approved", *DAGHRIRI, "أشار",
      "كل من وقف وساهم بالعمل من إدارة الطوارئ والأزمات بـ\"صحة جازان\" في أحداث الحد الجنوبي منذ بداية عاصفة الحزم تم الرفع بأسمائهم لمقام الوزارة عن طريق مدير عام الشؤون الصحية بجازان الدكتور أحمد السهلي الذي اعتمد فوراً صرف المكافآت المالية لهم",
      coref=True),
], relations=[
    {"a": "jazan-health-names-submitted", "b": "daghriri-names-sent-bonuses-approved", "relation": "supports"},
    {"a": "department-said-names-submitted", "b": "jazan-health-names-submitted", "relation": "supports"},
    {"a": "employees-accuse-delay", "b": "daghriri-names-sent-bonuses-approved", "relation": "tension"},
], note="Crawled 2015-08-01; no time expression. The dateline (محمد المواسي- سبق- جازان:) is not annotated. The "
        "employees' accusation of delay and the director's names-sent/bonuses-approved can both hold (tension).")

SHOULI = ("abdulaziz-al-shouli", OFF)
article("sabq-2015-08-03-1311", "2015-08-03", [
    A("tayma-transferred-522", "tayma-general-hospital", GOV, "مستشفى تيماء العام", "كشفت",
      "نقلت 522 مريضاً لتلقى العلاج في مستشفيات متخصصة خارج المنطقة، بمعدل 87 حالة شهرياً، خلال النصف الأول من عام 2015",
      src_ctx="كشفت مستشفى تيماء العام",
      alt=["أنها نقلت 522 مريضاً لتلقى العلاج في مستشفيات متخصصة خارج المنطقة، بمعدل 87 حالة شهرياً، خلال النصف الأول من عام 2015",
           "نقلت 522 مريضاً لتلقى العلاج في مستشفيات متخصصة خارج المنطقة، بمعدل 87 حالة شهرياً، خلال النصف الأول من عام 2015، في حين تعامل طاقمها مع 39 ألف مراجع في ذات الفترة"],
      note="The first half of 2015 is a span, not a date: null."),
    O("staff-handled-39k", "تعامل طاقمها مع 39 ألف مراجع في ذات الفترة",
      note="Contrastive في حين clause: optional outlet claim by the guide's rule."),
    A("shouli-39225-visits", *SHOULI, "مدير مستشفى تيماء العام عبدالعزيز سليمان الشولي", "أوضح",
      "المستشفى العام أنجز خلال النصف الأول، من \u00a0الفترة من 1 يناير إلى 30 يونيو من العام 2015م، خدمة 39225 مراجعاً للطوارئ والعيادات منهم 22042 تمت خدمتهم في قسم الطوارئ، بمعدل 3674 مريضاً \u00a0شهرياً، و 17183 قدمت لهم الخدمات العلاجية في العيادات الخارجية بمعدل 2864 مراجعاً شهرياً",
      cue_ctx="وأوضح مدير",
      alt=["المستشفى العام أنجز خلال النصف الأول، من \u00a0الفترة من 1 يناير إلى 30 يونيو من العام 2015م، خدمة 39225 مراجعاً للطوارئ والعيادات"],
      note="The NBSPs inside the sentence stay."),
    A("shouli-inpatients-surgeries-births", *SHOULI, "مدير مستشفى تيماء العام عبدالعزيز سليمان الشولي", "أضاف",
      "نوّم في المستشفى 1466 مريضاً بمعدل 244 منوماً شهرياً، كما بلغ عدد إجراء العمليات الجراحية للمرضى 320 عملية جراحية بمعدل 53 عملية شهرياً، فيما ولد خلال النصف الأول للعام \u00a0297 مولوداً، وبمعدل 50 ولادة في الشهر",
      coref=True, alt=["نوّم في المستشفى 1466 مريضاً بمعدل 244 منوماً شهرياً"],
      note="Direct speech whose closing quotation mark is missing: the span runs to the end of the sentence and "
           "leaves the opening mark out, so that the marks stay balanced."),
    A("shouli-tests-transfers-occupancy", *SHOULI, "الشولي", "تابع",
      "بلغ عدد الفحوصات الإشعاعية 8657 فحصاً شهرياً \u00a01443 فحصاً، والفحوصات المخبرية 210937 فحصاً، وبمعدل 35156 فحصاً شهرياً، وتم تحويل 522 مريضاً لتلقي العلاج في مستشفيات متخصصة خارج المنطقة بمعدل 87 شهرياً، ومتوسط نسبة إشغال الأسرّة 35% شهرياً",
      alt=["تم تحويل 522 مريضاً لتلقي العلاج في مستشفيات متخصصة خارج المنطقة بمعدل 87 شهرياً"],
      note="وتابع \"الشولي\": quotation marks around the whole name are left out of the label."),
    A("shouli-workforce", *SHOULI, "الشولي", "أوضح",
      "عدد القوى العاملة بالمستشفى شمل ثلاثة أطباء استشاريين، و18 طبيباً أخصائياً، كذلك 23 طبيباً مقيماً، وخمسة أخصائيين، و198 ممرضاً، و60 فنياً و55 إدارياً، و16 صيدلياً، وبلغ عدد عمال عقود التشغيل والصيانة والتغذية 204 عمال",
      coref=True, cue_ctx="وأوضح أن عدد"),
], relations=[
    {"a": "tayma-transferred-522", "b": "shouli-tests-transfers-occupancy", "relation": "supports"},
], note="Crawled 2015-08-03; the figures cover 1 January - 30 June 2015 (a span: null dates). The dateline is not "
        "annotated.")
