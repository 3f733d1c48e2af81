"""Held-out extraction gold for tests/gold/unseen-2015-d, written as strings; build_unseen_d_gold.py finds the offsets.

Annotated by reading the article text only, on tests/gold/GUIDE.md ("Real articles") and the conventions of
../unseen-2015-c/README.md, without running or reading the project's extractor. No extraction rule may be
written while looking at these articles. Notation: ../unseen-2015/unseen_notation.py (A attributed claim,
O outlet-own claim). Options: after (anchor the quote is searched after), cue_ctx / src_ctx (a unique string
around the cue / source), coref, via, pol, hedged, date, opt, cw, alt (alternative spans), alt_cues, note.
"""

from unseen_notation import ANON, ARMED, GOV, INTL, OFF, OTHER, OUTLET, PERSON, A, O, recorder  # noqa: F401

SRC: dict[str, dict] = {}
ARTICLES: dict[str, dict] = {}
article = recorder(SRC, ARTICLES)

SRC['3alyoum-2015-07-27-21'] = {"zip": '2015-07-27.zip', "member": '2015-07-27.json', "index": 21, "source": '3alyoum',
    "url": 'http://www.3alyoum.com/news/golobal/a/ألمانيا-تعدم-عشرة-آلاف-دجاجة-بعد-إصابة/',
    "title": 'ألمانيا تعدم عشرة آلاف دجاجة بعد إصابة مؤكدة بأنفلونزا الطيور',
    "date_extracted": '2015-07-27 18:40:27'}
SRC['aawsat-2015-07-23-122'] = {"zip": '2015-07-23.zip', "member": '2015-07-23.json', "index": 122, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/412666/في-عملية-رائدة-عين-بيونية-ساعدت-في-إعادة-الإبصار-إلى-مسن-بريطاني',
    "title": 'في عملية رائدة.. عين بيونية ساعدت في إعادة الإبصار إلى مسن بريطاني',
    "date_extracted": '2015-07-23 19:31:55'}
SRC['aawsat-2015-07-25-218'] = {"zip": '2015-07-25.zip', "member": '2015-07-25.json', "index": 218, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/414706/تطبيق-«أوبر»-يثير-جدلاً-في-البرازيل',
    "title": 'تطبيق «أوبر» يثير جدلاً في البرازيل',
    "date_extracted": '2015-07-25 15:39:32'}
SRC['aleqtisadiya-2015-07-26-303'] = {"zip": '2015-07-26.zip', "member": '2015-07-26.json', "index": 303, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/07/26/article_976141.html',
    "title": 'انخفاض أسعار البنزين والديزل في أكبر اقتصاد أوروبي',
    "date_extracted": '2015-07-26 17:15:40'}
SRC['aljazirah-2015-07-24-1132'] = {"zip": '2015-07-24.zip', "member": '2015-07-24.json', "index": 1132, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150724/ln37.htm',
    "title": '30 سيدة أعمال يشاركن في فعاليات «جدة شو 36» ويقدّمن هدايا العيد للأطفال',
    "date_extracted": '2015-07-24 08:42:37'}
SRC['aljazirah-2015-07-25-411'] = {"zip": '2015-07-25.zip', "member": '2015-07-25.json', "index": 411, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150725/at6.htm',
    "title": 'غادة عبدالرازق في رحلة من الغموض في «الكابوس» على MBC1',
    "date_extracted": '2015-07-25 09:26:56'}
SRC['aljazirah-2015-07-26-483'] = {"zip": '2015-07-26.zip', "member": '2015-07-26.json', "index": 483, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150726/sp9.htm',
    "title": 'عابد شيخ: كل من رشح مرسي لا بد أن يدعمه وسأطالب بإسقاطه إذا باع أي لاعب',
    "date_extracted": '2015-07-26 16:50:35'}
SRC['almadina-2015-07-23-540'] = {"zip": '2015-07-23.zip', "member": '2015-07-23.json', "index": 540, "source": 'almadina',
    "url": 'http://www.al-madina.com/node/620549/الداخلية-تخريج-63-مستفيدًا-من-«المناصحة»-بالرياض-وجدة.html',
    "title": 'الداخلية: تخريج 63 مستفيدًا من «المناصحة» بالرياض وجدة',
    "date_extracted": '2015-07-23 19:19:18'}
SRC['alwatan-2015-07-24-1633'] = {"zip": '2015-07-24.zip', "member": '2015-07-24.json', "index": 1633, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=229944&CategoryID=6',
    "title": 'الاتحاد يغري مونتاري بـ5 ملايين يورو',
    "date_extracted": '2015-07-24 06:06:26'}
SRC['alwatan-2015-07-26-936'] = {"zip": '2015-07-26.zip', "member": '2015-07-26.json', "index": 936, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=230073&CategoryID=6',
    "title": 'الكأس الذهبية.. طموح جامايكا أمام أفضلية المكسيك',
    "date_extracted": '2015-07-26 16:58:07'}
SRC['alwatan-2015-07-27-906'] = {"zip": '2015-07-27.zip', "member": '2015-07-27.json', "index": 906, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Culture/News_Detail.aspx?ArticleID=230100&CategoryID=7',
    "title": 'هيا خليك تكشف التناقض بين القول والممارسة',
    "date_extracted": '2015-07-27 18:29:10'}
SRC['alweeam-2015-07-23-945'] = {"zip": '2015-07-23.zip', "member": '2015-07-23.json', "index": 945, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/348948/تنفيذ-حكم-القتل-قصاصاً-في-أحد-الجناة-با/',
    "title": 'تنفيذ حكم القتل قصاصاً في أحد الجناة بالقصيم',
    "date_extracted": '2015-07-23 17:23:28'}
SRC['alweeam-2015-07-27-1001'] = {"zip": '2015-07-27.zip', "member": '2015-07-27.json', "index": 1001, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/349535/الشرطة-الصينية-تغلق-مصنعاً-كبيراً-لإن/',
    "title": 'الشرطة الصينية تغلق مصنعاً كبيراً لإنتاج أجهزة آيفون مقلدة',
    "date_extracted": '2015-07-27 16:56:03'}
SRC['alyaum-2015-07-24-1790'] = {"zip": '2015-07-24.zip', "member": '2015-07-24.json', "index": 1790, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4079965',
    "title": 'ضبط 20 حالة تسول في رمضان بالأحساء',
    "date_extracted": '2015-07-24 07:09:07'}
SRC['alyaum-2015-07-25-1213'] = {"zip": '2015-07-25.zip', "member": '2015-07-25.json', "index": 1213, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4080109',
    "title": 'كيري يحذر الكونغرس من رفض الاتفاق مع ايران',
    "date_extracted": '2015-07-25 10:00:59'}
SRC['alyaum-2015-07-26-1133'] = {"zip": '2015-07-26.zip', "member": '2015-07-26.json', "index": 1133, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4080192',
    "title": 'أشعة الشمس على كوكب «كيبلر» مفيدة',
    "date_extracted": '2015-07-26 16:52:09'}
SRC['okaz-2015-07-26-1376'] = {"zip": '2015-07-26.zip', "member": '2015-07-26.json', "index": 1376, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150726/Con20150726785751.htm',
    "title": 'استشاري: السنارات خطر على أعين الصيادين',
    "date_extracted": '2015-07-26 16:45:46'}
SRC['sabq-2015-07-22-2010'] = {"zip": '2015-07-22.zip', "member": '2015-07-22.json', "index": 2010, "source": 'sabq',
    "url": 'http://sabq.org/G5Cgde',
    "title": '"ميكانيكي سعودي" يحذر من الاعتماد على الفرامل في المنحدرات الجبلية',
    "date_extracted": '2015-07-22 17:42:48'}
SRC['sabq-2015-07-25-1545'] = {"zip": '2015-07-25.zip', "member": '2015-07-25.json', "index": 1545, "source": 'sabq',
    "url": 'http://sabq.org/0HCgde',
    "title": 'طلاب "نجران" ينتقدون تأجيل الاختبارات ويناشدون تدخُّل المليك',
    "date_extracted": '2015-07-25 23:32:14'}
SRC['sabq-2015-07-26-1444'] = {"zip": '2015-07-26.zip', "member": '2015-07-26.json', "index": 1444, "source": 'sabq',
    "url": 'http://sabq.org/MLCgde',
    "title": 'شرطة جازان تكشف تفاصيل مقتل شاب وإحراق مركبته في "أبوعريش"',
    "date_extracted": '2015-07-26 22:31:31'}


# ---------------------------------------------------------------------------------------------- 3alyoum
SAXONY = ("lower-saxony-agriculture-ministry", GOV)
SAXONY_LABEL = "وزارة الزراعة في ولاية ساكسونيا السفلى الألمانية"
article("3alyoum-2015-07-27-21", "2015-07-27", [
    A("saxony-10000-chickens-culled", *SAXONY, SAXONY_LABEL, "أعلنت",
      "السلطات أعدمت نحو عشرة الاف دجاجة بعد اكتشاف اصابة مؤكدة بانفلونزا الطيور في احدى مزارع الولاية الواقعة في شمال غرب البلاد",
      date="2015-07-27", alt=["ان السلطات أعدمت نحو عشرة الاف دجاجة بعد اكتشاف اصابة مؤكدة بانفلونزا الطيور في احدى مزارع الولاية الواقعة في شمال غرب البلاد"],
      note="اليوم الاثنين = 2015-07-27 (crawled Monday). The complementizer is written ان."),
    A("animal-health-h7n7-case", "german-animal-health-authority", GOV, "هيئة الصحة الحيوانية الالمانية", "أكدت",
      "ظهور حالة اصابة وهي من سلالة اتش7إن7 شديدة العدوى في مزرعة إمسلاند",
      alt=["ظهور حالة اصابة"], note="Nominal complement (أكد + masdar)."),
    O("virus-infects-pigs-horses", "يمكن للفيروس ان يعدي الخنازير والخيول الى جانب الطيور"),
    A("saxony-humans-only-close-contact", *SAXONY, SAXONY_LABEL, "قالت",
      "يمكن ان ينتقل للبشر فقط في حالة الاتصال الوثيق بالحيوانات المريضة ومنتجاتها وافرازاتها",
      coref=True, alt=["انه يمكن ان ينتقل للبشر فقط في حالة الاتصال الوثيق بالحيوانات المريضة ومنتجاتها وافرازاتها"],
      note="الوزارة: bare anaphor, the naming mention of the lead; يمكن (possibility of transmission) is content, not a hedge."),
    O("h7n7-mild-in-humans", "عادة ما تكون الاصابة بانفلونزا الطيور اتش7إن7 خفيفة بين البشر وتعد حالات الوفاة نادرة للغاية"),
    A("netherlands-2003-death", "netherlands", GOV, "هولندا", "اعلنت", "حالة وفاة واحدة بالفيروس عام 2003",
      alt_cues=["اعلنت عن"], note="A country as announcer: the government; the year is not an ISO date."),
    O("exclusion-zone", "فرضت السلطات الالمانية نطاقا حول المزرعة نصف قطره ثلاثة كيلومترات وأمرت بذبح كل الطيور في منطقة نصف قطرها كيلومتر"),
    O("england-h7n7-july-13", "تأكد ظهور سلالة اتش7إن7 في مزرعة بانجلترا في 13 يوليو تموز", date="2015-07-13",
      note="تأكد with no confirmer: the outlet's."),
], note="Reuters-style wire, crawled Monday 2015-07-27; اليوم الاثنين agrees. The dateline and the closing tag list (سمات ...) are not annotated.")

# ---------------------------------------------------------------------------------------------- aawsat
STANGA = ("paulo-stanga", PERSON)
article("aawsat-2015-07-23-122", "2015-07-23", [
    O("flynn-first-bionic-eye",
      "أصبح البريطاني راي فلين، وهو رجل في الثمانين من عمره، أول شخص في العالم يستخدم عينا بيونية (بيولوجية - إلكترونية)",
      core=True, alt=["في عملية جراحية رائدة، أصبح البريطاني راي فلين، وهو رجل في الثمانين من عمره، أول شخص في العالم يستخدم عينا بيونية (بيولوجية - إلكترونية)"],
      note="Lead fact in the outlet's voice."),
    O("flynn-macular-degeneration", "ظل فلين يعاني من فقدان الرؤية المركزية بسبب إصابته بمرض التنكس البقعي"),
    A("bbc-surgeons-restored-sight", "bbc", OUTLET, "هيئة الإذاعة البريطانية", "وفقا لما ذكرته",
      "نجح الجراحون في مستشفى مانشستر الملكي للعيون في إعادة البصر إليه في عملية استغرقت 4 ساعات",
      alt_cues=["وفقا"], note="The attribution follows its clause (... ، وفقا لما ذكرته ...)."),
    O("argus-2-implanted",
      "زرع الجراحون في عينه الطبيعية العين الصناعية المسماة «آرغوس 2» التي تستقبل الصور بواسطة كاميرا فيديو صغيرة جدا ثم تحولها، وتربط بنظارات توضع على عينه",
      note="The BBC attribution of the previous sentence does not reach across the sentence break (doubtful): the outlet's."),
    O("implant-cost", "تبلغ تكاليف زرع العين الصناعية المطورة من قبل شركة «ساكند سايت ميديكال براداكتس» الأميركية نحو 150 ألف جنيه إسترليني (250 ألف دولار)"),
    O("amd-20-25-million", "يعاني 20 إلى 25 مليون شخص حول العالم من مرض التنكس البقعي"),
    A("stanga-progress-excellent", *STANGA, "الجراح البروفسور باولو ستانغا", "قال",
      "تقدم حالة المريض يعتبر أمرا ممتازا لأنه أخذ يرى بشكل جيد الخطوط العريضة للأشخاص والأشياء",
      alt=["«تقدم حالة المريض يعتبر أمرا ممتازا لأنه أخذ يرى بشكل جيد الخطوط العريضة للأشخاص والأشياء»"],
      note="Label leaves out the apposition المشرف على العملية الجراحية."),
    A("stanga-new-era", *STANGA, "الجراح البروفسور باولو ستانغا", "أضاف",
      "هذه التجربة تفتح عهدا جديدا في عملية علاج حالات ضعف البصر", coref=True, cw=False,
      note="Elided subject of وأضاف; an evaluation with no checkable content."),
], note="Crawled 2015-07-23; the operation is not dated in the text.")

OSORIO = ("carlos-osorio", OFF)
UBER = ("uber", OTHER)
article("aawsat-2015-07-25-218", "2015-07-25", [
    O("uber-fierce-competition", "شهد التطبيق في الشهور الأخير، منافسة شرسة", core=True,
      note="Lead fact in the outlet's voice (the main clause of the opening sentence)."),
    O("rio-taxi-protest", "قطع آلاف من سائقي سيارات الأجرة الشوارع الرئيسية أمس (الجمعة)، احتجاجًا على خدمة «أوبر» في البرازيل",
      date="2015-07-24", note="أمس (الجمعة) = 2015-07-24 with the crawl day Saturday 2015-07-25."),
    A("oglobo-drivers-gathered", "o-globo", OUTLET, "صحيفة «أو غلوبو»", "ذكرت",
      "قد تجمع مائتا سائق من ساو باولو و70 من بيلو أوريزونتي للمشاركة في الاحتجاج", date="2015-07-24",
      alt=["تجمع مائتا سائق من ساو باولو و70 من بيلو أوريزونتي للمشاركة في الاحتجاج"],
      note="قد + past tense is emphatic, not a hedge; the event is yesterday's protest."),
    A("osorio-law-licensed-drivers", *OSORIO, "وزير النقل في ولاية ريو كارلوس أوسوريو", "قال",
      "في ولايتنا ينص القانون على أن النقل الفردي للركاب المدفوع الأجر يجب أن يتم من سائقي سيارات أجرة مرخص لهم، أما الآخرون فهم يخالفون القانون",
      alt=["في ولايتنا ينص القانون على أن النقل الفردي للركاب المدفوع الأجر يجب أن يتم من سائقي سيارات أجرة مرخص لهم"]),
    O("uber-used-protests", "استغلت «أوبر» تلك الاحتجاجات للترويج لخدماتها"),
    A("uber-fare-cut", *UBER, "أوبر", "أعلنت", "تخفيض لأسعار التوصيل لكل مستخدمي مدينة ريو في وقت الاحتجاجات",
      coref=True, src_ctx="استغلت «أوبر»", alt_cues=["أعلنت عبر وسائل التواصل الاجتماعي الخاصة بها"],
      note="Elided subject of the coordinated وأعلنت; guillemets around the whole name left out."),
    A("uber-two-rides", *UBER, "أوبر", "أعلنت",
      "سيحصل كل مستخدمي خدمة في ريو على رحلتين بقيمة تصل إلى 50 ريالاً (15 دولارًا) تقدمها أوبر",
      coref=True, src_ctx="استغلت «أوبر»", cue_ctx="وأعلنت عبر", opt=True,
      note="A sentence that goes on with Uber's announcement, no verb of its own: same cue, optional (scope across a sentence break)."),
    O("uber-uses-gps", "تطبيق «أوبر» للهواتف الذكية يوظف نظام تحديد المواقع العالمي GPS للتعارف بين السائقين والركاب القريبين",
      note="ويذكر أن: agentless, the outlet's."),
    O("uber-arab-cities", "تتوفر الخدمة في بعض المدن العربية، منها: جدة، والرياض، والقاهرة، وبيروت، وأبوظبي، ودبي"),
], note="Crawled Saturday 2015-07-25; أمس (الجمعة) agrees.")

# ---------------------------------------------------------------------------------------------- aleqtisadiya
KUECHEN = ("christian-kuechen", PERSON)
BILD = ("bild-am-sonntag", OUTLET)
article("aleqtisadiya-2015-07-26-303", "2015-07-26", [
    O("german-fuel-prices-fell",
      "سجلت أسعار البنزين والديزل انخفاضا في معظم الولايات الألمانية خلال الأيام الماضية مع بداية موسم العطلات الصيفية في البلاد",
      core=True, note="Lead fact in the outlet's voice."),
    A("kuechen-petrol-slightly-down", *KUECHEN,
      "كريستيان كوشن كبير الرؤساء التنفيذيين في اتحاد شركات الزيوت المعدنية \"إم دبليو في\"", "قوله",
      "أسعار البنزين تراجعت بصورة طفيفة خلال الأيام الماضية في أكبر اقتصاد أوروبي", via="dpa",
      alt_cues=["نقلت"], alt=["إن أسعار البنزين تراجعت بصورة طفيفة خلال الأيام الماضية في أكبر اقتصاد أوروبي"],
      note="نقلت \"الألمانية\"، عن X قوله إن: the innermost speaker, via the agency (dpa)."),
    A("kuechen-average-prices", *KUECHEN, "كوشن", "أوضح",
      "متوسط سعر لتر البنزين السوبر إي 10 بلغ نحو 1.45 يورو بتراجع عشرة سنتات ومتوسط سعر لتر الديزل بلغ 1.15 يورو بتراجع 20 سنتا، مقارنة بنفس الفترة من العام الماضي",
      src_ctx="وأوضح كوشن"),
    O("prices-used-to-rise", "أسعار الوقود كانت ترتفع في الأعوام الماضية مع بداية موجات الأسفار في موسم العطلة الصيفية",
      note="يشار إلى أن: agentless, the outlet's."),
    O("crude-low", "أسعار النفط الخام تعد منخفضة بصورة لم تصل إليها منذ فترة طويلة"),
    A("reports-5bn-saved", "press-reports", OUTLET, "تقارير صحفية", "ذكرت",
      "تراجع أسعار النفط والبنزين أسهم في توفير إجمالي خمسة مليارات يورو تقريبا على فاتورة الوقود بالنسبة لقائدي السيارات في ألمانيا خلال عام 2014",
      note="Unnamed press reports; the next sentence names the paper (Bild am Sonntag)."),
    O("bild-based-on-association", "استندت صحيفة \"بيلد أم زونتاج\" الألمانية في ذلك إلى تحليل الرابطة الألمانية للصناعات النفطية",
      note="Says where the reports' figure came from; the outlet's."),
    A("bild-lowest-in-five-years", *BILD, "صحيفة \"بيلد أم زونتاج\" الألمانية", "أشارت",
      "أسعار البنزين وزيت الديزل انخفضت على نحو لم يتم تسجيله منذ أكثر من خمسة أعوام", coref=True,
      alt_cues=["أشارت إلى"], note="Elided subject of وأشارت: the paper of the previous sentence."),
    O("reason-crude-halved", "يرجع السبب في ذلك إلى انخفاض الأسعار العالمية لخام النفط إلى النصف منذ فصل الصيف الماضي",
      note="Could continue the paper's account (doubtful scope across the sentence break): the outlet's, optional."),
    A("association-sales-up-2014", "german-petroleum-industry-association", OTHER, "الرابطة الألمانية", "وفقا",
      "ازدادت نسبة بيع زيت الديزل في محطات الوقود في ألمانيا في 2014 بنسبة 4 في المائة عن العام الماضي، وازدادت نسبة بيع البنزين بـ 2 في المائة",
      cue_ctx="ووفقا لبيانات", src_ctx="لبيانات الرابطة الألمانية", alt_cues=["وفقا لبيانات"],
      note="The association's data stand for the association; the shortened name is the label as written."),
], note="Crawled 2015-07-26; no statement is dated in the text.")

# ---------------------------------------------------------------------------------------------- aljazirah
AZZOUZ = ("omaima-azzouz", PERSON)
AZZOUZ_LABEL = "سيدة الأعمال السعودية رئيسة لجنة مصممات الأزياء بالغرفة التجارية الصناعية بجدة أميمة عزوز"
RAIHAN = ("mona-raihan", PERSON)
article("aljazirah-2015-07-24-1132", "2015-07-24", [
    O("businesswomen-visited-jeddah-show",
      "قامت أكثر من 30 سيدة أعمال سعودية بزيارة لمهرجان (جدة شو 36) الذي تُقام فعالياته في مركز جدة الدولي للمعارض",
      core=True, note="Lead fact in the outlet's voice."),
    O("festival-over-50-events", "ضمت أكثر من 50 فعالية متنوّعة ترفيهية وثقافية ومجتمعية"),
    O("businesswomen-gave-eid-gifts", "قمن بتوزيع هدايا العيد"),
    A("azzouz-eid-joy", *AZZOUZ, AZZOUZ_LABEL, "قالت", "فرحة العيد لا تضاهيها فرحة", cw=False,
      alt=["إن فرحة العيد لا تضاهيها فرحة"], note="قالت ...: إن: the verb is the cue; an aphorism, not checkworthy."),
    A("azzouz-eid-beauty", *AZZOUZ, AZZOUZ_LABEL, "أكدت", "العيد يمثِّل صورة من صور الجمال والمحبة", coref=True,
      cw=False),
    A("azzouz-participation-community-work", *AZZOUZ, AZZOUZ_LABEL, "أكدت",
      "مشاركتها في احتفالية مهرجان جدة 36 تأتي ضمن العمل المجتمعي لتوطيد الأواصر الأسرية في مجتمع جدة بكل ما فيه من روعة",
      coref=True, note="One verb, two content clauses (أن ... وأن ...)."),
    A("rairi-festival-young-saudis", "rana-rairi", PERSON, "سيدة الأعمال رنا ريري", "قالت",
      "مهرجان جدة شو فكرة جديدة قام على ابتكارها شباب وشابات سعوديات من ذوي الكفاءة والتميز وهو بحق صورة من الإنجازات الجميلة التي اهتم بها عاشق مدينة جدة الأمير مشعل بن ماجد، الذي سخر وقته وجهده من أجل أن تكون جدة في مصاف المدن الأكثر تميزاً في الأعياد",
      alt=["مهرجان جدة شو فكرة جديدة قام على ابتكارها شباب وشابات سعوديات من ذوي الكفاءة والتميز"]),
    A("raihan-jeddah-city-of-beauty", *RAIHAN, "سيدة الأعمال منى ريحان", "قالت",
      "جدة مدينة تميزت بروعة برامجها وفعالياتها في الأعياد والأفراح وهي مدينة المال والجمال والاقتصاد", cw=False),
    A("raihan-120-events", *RAIHAN, "سيدة الأعمال منى ريحان", "قالت",
      "وجود 120 فعالية محلية وعالمية تعكس ثقافة المجتمع الجداوي في المشاركة والمساهمة في تحقيق رسالة وهدف صاحب السمو الملكي الأمير مشعل بن ماجد، الذي رسم لجدة خارطة الطريق لتكون ضمن المدن النموذجية التي نفتخر بها",
      alt=["وجود 120 فعالية محلية وعالمية"],
      note="Second content clause (إن ... وإن ...). 120 events against the outlet's أكثر من 50: compatible, no relation."),
], note="Crawled 2015-07-24 (print issue); nothing in the text is dated.")

article("aljazirah-2015-07-25-411", "2015-07-25", [
    O("kabous-credits-mbc1", "في عمل من كتابة هالة الزغندي وإخراج إسلام خيري، وتعرضه MBC1", core=True,
      note="Lead fact in the outlet's voice. The article is a TV-drama synopsis with no attributed statement: a precision test."),
    O("kabous-cast", "يضم «الكابوس» مجموعة من الممثلين، منهم كريم محمود عبدالعزيز، آيتن عامر، محمد شاهين، أحمد راتب، كريم قاسم، بيومي فؤاد، سلوى عثمان، رحاب الجمل، محمد عادل، فتوح أحمد، وفاء مكي، بدرية طلبة، أحلام الجريتلي، لمياء الأمير وغيرهم"),
    O("kabous-plot-son-unstable", "هذا الأخير هو شخص غير متزن، واستغل الحرية التي منحتها له والدته بطريقة خاطئة", cw=False,
      note="تكشف الأحداث أن: the plot, not a speaker; fiction, not checkworthy."),
    O("kabous-airs-from-sunday",
      "تُعرض الدراما الاجتماعية المصرية «الكابوس» على MBC1، اعتباراً من يوم غد الأحد إلى الخميس في الثامنة مساءً بتوقيت السعودية",
      date="2015-07-26", note="غد الأحد = 2015-07-26 with the crawl day Saturday 2015-07-25."),
], note="Crawled Saturday 2015-07-25; غد الأحد agrees.")

SHEIKH = ("abid-sheikh", PERSON)
SHEIKH_LEAD = "عضو الشرف الحالي وكابتن الفريق الوحداوي سابقاً الأستاذ عابد شيخ"
article("aljazirah-2015-07-26-483", "2015-07-26", [
    A("sheikh-displeased", *SHEIKH, SHEIKH_LEAD, "لم يخف", "امتعاضه الشديد لأحوال النادي التي وصل إليها مؤخراً",
      cw=False, note="لم يخف ... امتعاضه: an expressed attitude (evaluation frame), not checkworthy."),
    A("sheikh-demands-end", *SHEIKH, SHEIKH_LEAD, "طالب", "ضرورة وضع حد لهذا الوضع مبكراً", coref=True,
      note="عبر تصريح خاص لـ»الجزيرة«: the speaker, not the outlet."),
    A("sheikh-not-optimistic", *SHEIKH, SHEIKH_LEAD, "قال",
      "لا أخفيك أنني وكثيراً من المحبين غير متفائلين لأن الأوضاع سيئة جداً", coref=True, cue_ctx="مبكراً وقال",
      alt=["الأوضاع سيئة جداً"],
      note="Direct speech whose closing mark is missing (opened «, never closed): split at its clauses."),
    A("sheikh-warned-before-morsi", *SHEIKH, SHEIKH_LEAD, "قال",
      "كنا قد حذّرنا من قبل دخول الأستاذ هشام مرسي للانتخابات ورفعنا للرئيس العام كلاعبين قدامى وأعضاء شرف بضرورة استمرار إدارة البصنوي أو تكليف رجل مقتدر مالياً",
      coref=True, cue_ctx="مبكراً وقال"),
    A("sheikh-president-refused", *SHEIKH, SHEIKH_LEAD, "قال", "للأسف لم يوافق الرئيس العام", coref=True,
      cue_ctx="مبكراً وقال", alt=["لم يوافق الرئيس العام"]),
    A("sheikh-hisham-cannot-lead", *SHEIKH, "شيخ", "أضاف", "الأخ هشام غير قادر على قيادة النادي فهو لا يملك المال",
      src_ctx="وأضاف «شيخ»", cue_ctx="وأضاف «شيخ»",
      note="Guillemets around the whole name left out; the text gives no colon or quotation mark."),
    A("sheikh-resign-if-no-money", *SHEIKH, "شيخ", "أضاف",
      "إذا لم يستطع الرئيس الحالي توفير المال والمحافظة على نجوم الفريق فمن الأكرم له أن يعلن استقالته بدلاً من أن يسجل التاريخ اسمه في خانة أسوأ الرؤساء الذين مروا على النادي",
      src_ctx="وأضاف «شيخ»", cue_ctx="وأضاف «شيخ»"),
    A("morsi-has-solutions", "hisham-morsi", PERSON, "الأخ هشام", "سمعنا", "يملك الحلول", coref=True,
      via="abid-sheikh", alt=["أنه يملك الحلول"], alt_cues=["سمعنا منه"],
      note="Relayed: the president's claim as Sheikh heard it (منه → the nearest naming mention, الأخ هشام), via Sheikh."),
    A("sheikh-supporters-should-support", *SHEIKH, "شيخ", "قال",
      "المفترض على كل من دعم الأستاذ هشام مرسي وذهب للترشيحه أن يدعمه وعلى رأسهم جمال تونسي وكل من صوَّت له",
      coref=True, cue_ctx="قال «سمعنا"),
    A("sheikh-should-not-have-voted", *SHEIKH, "شيخ", "قال",
      "المفروض أننا ما دمنا نعلم بأنه غير مقتدر يجب أن لا نصوّت له حتى لا يصل النادي لهذه المرحلة",
      coref=True, cue_ctx="قال «سمعنا", cw=False),
    A("sheikh-advised-not-to-run", *SHEIKH, "شيخ", "قال", "ناصحناه بعدم التقدّم", coref=True, cue_ctx="قال «سمعنا"),
    A("sheikh-morsi-seeks-fame", *SHEIKH, "شيخ", "قال",
      "يبحث عن الشهرة وتسجيل اسمه كأحد الرؤساء لهذا النادي", coref=True, cue_ctx="قال «سمعنا", hedged=True,
      alt=["يبدو أنه يبحث عن الشهرة وتسجيل اسمه كأحد الرؤساء لهذا النادي"], note="يبدو أنه: hedged."),
    A("sheikh-bad-without-support", *SHEIKH, "شيخ", "قال", "للأسف الوضع سيئ بدون دعم منهم", coref=True,
      cue_ctx="الإدارة قال للأسف", note="No quotation mark: the speech starts right after قال."),
    A("sheikh-meeting-request-ignored", *SHEIKH, "شيخ", "قال",
      "طالبناه بضرورة عقد اجتماع أعضاء شرف ولكنه للأسف لم يلتفت لهذا الطلب", coref=True, cue_ctx="الإدارة قال للأسف",
      alt=["طالبناه بضرورة عقد اجتماع أعضاء شرف"]),
    A("sheikh-no-confidence-if-sale", *SHEIKH, "شيخ", "أضاف",
      "في حال تم بيع أي لاعب آخر سنسعى جاهدين كأعضاء شرف وأعضاء جمعية عمومية لعقد اجتماع طارئ لسحب الثقة من الرئيس وإسقاط مجلس الإدارة قبل أن يسقط الفريق",
      coref=True, cue_ctx="وأضاف في حال"),
    A("sheikh-betrayal", *SHEIKH, "شيخ", "أضاف",
      "إذا لم يستطع جلب المبالغ التي وعد بها ولم يحافظ على اللاعبين فهذه خيانة في حق النادي ونحن لا نقبل بها",
      coref=True, cue_ctx="وأضاف في حال", cw=False),
], note="Crawled 2015-07-26; the interview is not dated. Elided subjects after the name is written again («شيخ») take that mention.")

# ---------------------------------------------------------------------------------------------- almadina
MOI_SPOKESMAN = ("interior-ministry-security-spokesman", OFF)
article("almadina-2015-07-23-540", "2015-07-23", [
    A("moi-63-graduated", "interior-ministry", GOV, "وزارة الداخلية", "أعلنت",
      "تخريج 63 مستفيدًا بمركز محمد بن نايف للمناصحة والرعاية بالرياض وجدة", date="2015-07-22",
      alt_cues=["أعلنت وزارة الداخلية أمس عن"], note="أمس = 2015-07-22."),
    A("spokesman-earlier-56", *MOI_SPOKESMAN, "المتحدث الأمني بوزارة الداخلية", "صرح",
      "تخريج الدورتين (الخامسة والثلاثين)، و(العاشرة) من المستفيدين بمركزي محمد بن نايف للمناصحة والرعاية بالرياض وجدة، وعددهم 56 مستفيدًا",
      opt=True, note="The earlier announcement the statement recalls as background (إلحاقًا لما سبق الإعلان عنه): optional. Dated 2 / 6 / 1436هـ in the Hijri calendar, not converted (no date)."),
    A("spokesman-39-and-24-graduated", *MOI_SPOKESMAN, "المتحدث الأمني بوزارة الداخلية", "صرح",
      "تم -بتوفيق الله تعالى- تخريج الدورة (السادسة والثلاثين) من المستفيدين بمركز محمد بن نايف للمناصحة والرعاية بالرياض، وعددهم 39 خريجًا، والدورة (الحادية عشرة) من المستفيدين بمركز محمد بن نايف للمناصحة والرعاية بجدة، وعددهم 24 خريجًا",
      date="2015-07-22",
      alt=["تم -بتوفيق الله تعالى- تخريج الدورة (السادسة والثلاثين) من المستفيدين بمركز محمد بن نايف للمناصحة والرعاية بالرياض، وعددهم 39 خريجًا، والدورة (الحادية عشرة) من المستفيدين بمركز محمد بن نايف للمناصحة والرعاية بجدة، وعددهم 24 خريجًا، وذلك بعد ظهور المؤشرات الإيجابية الدالة على استفادتهم من البرامج الشرعية والاجتماعية والنفسية والتاريخية والدورات العلمية والرياضية والفنية والمهنية والندوات والمحاضرات المتنوعة التي خضعوا لها خلال الفترة الزمنية التي قضوها بالمركز"],
      note="صرح ... بأنه إلحاقًا لما ... فقد تم: the main clause after فقد; the statement is the announcement of أمس."),
    A("spokesman-total-36", *MOI_SPOKESMAN, "المتحدث الأمني بوزارة الداخلية", "بيّن",
      "بذلك يصبح عدد المستفيدين الذين تم تخريجهم من الدورتين (السادسة والثلاثين)، و(الحادية عشرة) بمركزي محمد بن نايف للمناصحة والرعاية بالرياض وجدة 36 خريجًا",
      coref=True, date="2015-07-22",
      note="36 as written (39 + 24 = 63: most probably a digit swap); annotated as stated."),
    A("spokesman-aftercare", *MOI_SPOKESMAN, "المتحدث الأمني", "أوضح",
      "المتخرجين سيخضعون لبرنامج الرعاية اللاحقة الذي يهدف إلى تحقيق استقرارهم الاجتماعي", date="2015-07-22",
      src_ctx="وأوضح المتحدث الأمني", note="A title written again without a name: the label as written, no coref."),
], relations=[
    {"a": "moi-63-graduated", "b": "spokesman-39-and-24-graduated", "relation": "supports",
     "note": "39 + 24 = 63 graduates of the same two courses."},
    {"a": "moi-63-graduated", "b": "spokesman-total-36", "relation": "contradicts",
     "note": "63 against 36 graduates of the same two courses, as written."},
], note="Crawled 2015-07-23; أمس = 2015-07-22. The spokesman's statement is the announcement of أمس.")

# ---------------------------------------------------------------------------------------------- alwatan
GHANA_PRESS = ("ghana-press-reports", OUTLET)
GHANA_LABEL = "تقارير صحفية في غانا"
article("alwatan-2015-07-24-1633", "2015-07-24", [
    A("ghana-ittihad-offer-muntari", *GHANA_PRESS, GHANA_LABEL, "أشارت",
      "نادي الاتحاد رصد عرضا مغريا لضم لاعب وسط المنتخب الغاني سولي مونتاري إلى صفوفه", alt_cues=["أشارت تقارير صحفية في غانا إلى"]),
    A("ghana-5m-euro-offer", *GHANA_PRESS, GHANA_LABEL, "كشفت",
      "مونتاري الذي انتهى عقده مع ميلان الإيطالي في 30 يونيو الماضي حصل على عرض مالي مقداره 5 ملايين يورو سنويا من النادي السعودي",
      coref=True, alt=["مونتاري الذي انتهى عقده مع ميلان الإيطالي في 30 يونيو الماضي حصل على عرض مالي مقداره 5 ملايين يورو سنويا"],
      note="الصحف: bare anaphor of the lead's reports."),
    A("ghana-besiktas-candidate", *GHANA_PRESS, GHANA_LABEL, "أوضحت", "مونتاري كان مرشحا للانتقال إلى بشيكتاش التركي",
      coref=True, note="التقارير: bare anaphor."),
    A("ghana-ittihad-won-deal", *GHANA_PRESS, GHANA_LABEL, "أوضحت", "الاتحاد ظفر بالصفقة", coref=True, hedged=True,
      alt=["يبدو أن الاتحاد ظفر بالصفقة"], note="لكن يبدو أن: a second clause of the same verb, hedged."),
    O("ittihad-near-khurra", "اقترب نادي الاتحاد من حسم التعاقد مع الظهير الأيمن في نادي هجر فيصل الخراع"),
    O("ittihad-signed-nazari-ibrahim", "تعاقد الفريق مع هاني الناظري بالانتقال النهائي ورياض الإبراهيم بالإعارة لمدة موسم"),
    O("ittihad-signed-qarni", "حسمت الإدارة الاتحادية بسرية وسرعة صفقة التعاقد مع حارس مرمى الوحدة عساف القرني"),
    O("balawi-signed-qarni-3-seasons", "وقع رئيس الاتحاد إبراهيم البلوي مع اللاعب عقد يمتد لمدة ثلاثة مواسم"),
    O("ittihad-friendly-limassol", "كان الاتحاد خاض مساء أمس لقاء وديا أمام ليما سول القبرصي", date="2015-07-23",
      note="Print issue crawled 2015-07-24 06:06: أمس resolves against the crawl day (as in unseen-2015-c)."),
], note="Print issue crawled 2015-07-24 06:06; أمس = 2015-07-23.")

SCHAEFER = ("winfried-schaefer", PERSON)
SCHAEFER_LABEL = "مدرب جامايكا الألماني وينفريد شايفر"
HERRERA = ("miguel-herrera", PERSON)
article("alwatan-2015-07-26-936", "2015-07-26", [
    O("jamaica-meets-mexico-final",
      "يتطلع منتخب جامايكا إلى كتابة المزيد من التاريخ عندما يلتقي نظيره المكسيكي في المباراة النهائية للكأس الذهبية في فيلادلفيا",
      core=True, note="Lead fact in the outlet's voice."),
    O("jamaica-beat-usa", "حقق مفاجأة من العيار الثقيل في نصف النهائي بفوزه على نظيره الأميركي حامل اللقب 2/1 ليبلغ النهائي للمرة الأولى في تاريخه"),
    O("mexico-unfair-penalty", "احتاج المنتخب المكسيكي الذي لم يقدم أفضل عروضه في البطولة إلى ركلة جزاء ظالمة احتسبت له في الوقت بدل الضائع ضد بنما في نصف النهائي"),
    A("losers-ask-investigation", "panama-and-costa-rica", OTHER, "الفريقان الخاسران في الوقت الإضافي", "طلب",
      "فتح تحقيق في الحادثتين", note="A joint source (the two teams beaten in extra time) gets one slug."),
    A("maradona-replay", "diego-maradona", PERSON, "النجم الأرجنتيني الأسطورة دييجو مارادنا", "طالب", "إعادة المباراة",
      note="Nominal complement after طالب بـ."),
    A("gomez-tarnished", "dario-gomez", PERSON, "مدرب بنما داريو جوميز", "قال",
      "لقد لطخت هذه الحادثة (احتساب ركلة جزاء ظالمة) سمعة البطولة، ستفتقد المباراة النهائية جمالها وإثارتها",
      alt_cues=["فقال"], alt=["لقد لطخت هذه الحادثة (احتساب ركلة جزاء ظالمة) سمعة البطولة"],
      note="The cue leaves out the conjunction ف as it does و."),
    A("herrera-admits-referee-error", *HERRERA, "مدرب المكسيك ميجيل هيريرا", "اعترف",
      "الخطأ الذي ارتكبه الحكم لمصلحة فريقه", note="اعترف بـ: nominal complement."),
    A("herrera-referee-bad", *HERRERA, "مدرب المكسيك ميجيل هيريرا", "قال",
      "كان الحكم سيئا للغاية، لكن هذه الأمور تحصل، لكن هذا ليس من صنيعنا", coref=True, cue_ctx="فريقه وقال",
      alt=["كان الحكم سيئا للغاية"]),
    O("mexico-favourite", "يدخل منتخب \"التريكولور\" المباراة النهائية مرشحا للفوز وإحراز لقبه السابع في البطولة والثالث في النسخ الأربع الماضية"),
    A("schaefer-mexico-edge", *SCHAEFER, SCHAEFER_LABEL, "اعتبر", "المكسيك تملك الأفضلية"),
    A("schaefer-mexico-strongest", *SCHAEFER, SCHAEFER_LABEL, "قال",
      "تعتبر المكسيك من أقوى منتخبات منطقة الكونكاكاف، فهي تقدم عروضا رائعة", coref=True, cue_ctx="الأفضلية وقال"),
    A("schaefer-morale-may-help", *SCHAEFER, SCHAEFER_LABEL, "أضاف",
      "لكن معنويات لاعبي فريقي والروح الذهنية القوية التي يتمتعون بها قد تساعدهم على تحقيق إنجاز تاريخي في المباراة النهائية",
      coref=True, hedged=True,
      alt=["معنويات لاعبي فريقي والروح الذهنية القوية التي يتمتعون بها قد تساعدهم على تحقيق إنجاز تاريخي في المباراة النهائية"],
      note="قد in the main clause: hedged."),
    O("jamaica-best-third-1993", "أفضل مركز احتلته جامايكا في البطولة القارية كان الثالث عام 1993"),
], relations=[
    {"a": "mexico-unfair-penalty", "b": "herrera-admits-referee-error", "relation": "supports",
     "note": "The winners' coach admits the referee's error the outlet calls an unfair penalty."},
], note="Crawled Sunday 2015-07-26; the final's date is not given; no statement is dated.")

MADKHALI = ("yasser-madkhali", PERSON)
article("alwatan-2015-07-27-906", "2015-07-27", [
    A("madkhali-contest-changed-theatre", *MADKHALI, "الممثل، المخرج المسرحي ياسر مدخلي", "كشف",
      "فكرة مسابقة أمانة منطقة المدينة المنورة للعروض المسرحية خلال احتفالات \"عيد طيبة 36\"، أخرجت المسرح من دائرة المناقصات والمقاولات إلى منهجية تدعم الأعمال الجيدة من خلال المسابقة",
      date="2015-07-25",
      note="Said at the play performed أول من أمس (= 2015-07-25, crawl day 2015-07-27): جاء ذلك خلال ..."),
    A("madkhali-step-founds-movement", *MADKHALI, "مدخلي", "أشار", "هذه الخطوة تؤسس لحراك مسرحي سينضج مع الوقت",
      src_ctx="وأشار مدخلي", date="2015-07-25", alt_cues=["أشار مدخلي إلى"], cw=False),
    A("madkhali-wishes-others-follow", *MADKHALI, "مدخلي", "متمنيا", "تحذو وتتخذ هذه الخطوة",
      src_ctx="وأشار مدخلي", coref=True, opt=True, cw=False, date="2015-07-25",
      alt=["من جميع أمانات مناطق المملكة والجهات المعنية بالمسرح أن تحذو وتتخذ هذه الخطوة"],
      note="A wish (متمنيا من ... أن): optional, not checkworthy, as in unseen-2015-c."),
    O("play-performed", "عرض مسرحية \"هيا خليك\" الذي قدم أول من أمس على خشبة المسرح الداخلي في خيمة واحة عاصمة الثقافة بحديقة الملك فهد المركزية",
      date="2015-07-25"),
    O("play-plot", "تناقض ذلك الكاتب الصحفي نتج عنه اضطراب في العلاقة مع ابنه وأسرته", cw=False,
      note="حكى العرض المسرحي أن: a play's plot, not a speaker; the outlet's, not checkworthy."),
    O("play-credits", "مسرحية \"هيا خليك\" من تأليف وليد شحبل، وإخراج ياسر مدخلي"),
], note="Crawled Monday 2015-07-27; أول من أمس = 2015-07-25.")

# ---------------------------------------------------------------------------------------------- alweeam
MOI = ("interior-ministry", GOV)
article("alweeam-2015-07-23-945", "2015-07-23", [
    A("moi-qassim-execution", *MOI, "وزارة الداخلية", "أصدرت",
      "تنفيذ حكم القتل قصاصاً في أحد الجناة سعودي لجنسية بمنطقة القصيم", date="2015-07-23",
      alt_cues=["بياناً بشأن"], alt=["تنفيذ حكم القتل قصاصاً في أحد الجناة سعودي لجنسية بمنطقة القصيم ، أقدم على قتل كل من \xa0محمد ولافي ابني عبدي بن عبدالله المظيبري – سعوديي الجنسية – وذلك بإطلاق النار عليهما إثر خلاف حصل بينهما"],
      note="أصدرت ... اليوم بياناً بشأن: the statement's subject; اليوم = 2015-07-23 (اليوم الخميس below)."),
    A("quran-qisas-1", "quran", OTHER, "الله تعالى", "قال",
      "ياأيها الذين أمنوا كتب عليكم القصاص في القتلى", opt=True, cw=False,
      note="Scripture quoted at the head of the ministry's statement: optional, not checkworthy."),
    A("quran-qisas-2", "quran", OTHER, "تعالى", "قال", "ولكم في القصاص حياة ياأولي الألباب لعلكم تتقون",
      src_ctx="وقال تعالى", opt=True, cw=False),
    A("moi-rashidi-killed-two", *MOI, "وزارة الداخلية", "فيما يلي نصه",
      "أقدم / ساير بن لافي بن ساير الرشيدي – سعودي لجنسية – على قتل كل من / محمد ولافي ابني عبدي بن عبدالله المظيبري – سعوديي الجنسية – وذلك بإطلاق النار عليهما إثر خلاف حصل بينهما",
      coref=True, alt_cues=["بياناً"],
      note="The statement's text (فيما يلي نصه :) is the ministry's: a document stands for its issuer."),
    A("moi-arrested", *MOI, "وزارة الداخلية", "فيما يلي نصه", "تمكنت سلطات الأمن من القبض على الجاني المذكور",
      coref=True, alt_cues=["بياناً"]),
    A("moi-trial-and-rulings", *MOI, "وزارة الداخلية", "فيما يلي نصه",
      "أسفر التحقيق معه عن توجيه الاتهام إليه بارتكاب جريمته وبإحالته الى المحكمة العامة صدر بحقه صك شرعي يقضي بثبوت ما نسب إليه شرعًا والحكم عليه بالقتل قصاصًا وصدق الحكم من محكمة الاستئناف ومن المحكمة العليا وصدر أمر سام بإنفاذ ما تقرر شرعًا",
      coref=True, alt_cues=["بياناً"],
      alt=["صدر بحقه صك شرعي يقضي بثبوت ما نسب إليه شرعًا والحكم عليه بالقتل قصاصًا"]),
    A("moi-executed-thursday", *MOI, "وزارة الداخلية", "فيما يلي نصه",
      "تم تنفيذ حكم القتل قصاصًا بالجاني / ساير بن لافي بن ساير الرشيدي – سعودي الجنسية – اليوم الخميس 7 / 10 / 1436 هـ بمحافظة النبهانية بمنطقة القصيم",
      coref=True, alt_cues=["بياناً"], date="2015-07-23", note="اليوم الخميس 7 / 10 / 1436 هـ = 2015-07-23."),
    A("moi-government-keen-security", *MOI, "وزارةالداخلية", "لتؤكد",
      "حرص حكومة خادم الحرمين الشريفين – حفظه الله – على استتباب الأمن وتحقيق العدل وتنفيذ احكام الله في كل من يتعدى على الآمنين ويسفك دماءهم",
      alt_cues=["تؤكد"], cw=False,
      note="The name is written without its space (وزارةالداخلية): the label as written. A formula with no checkable content."),
    A("moi-warns-punishment", *MOI, "وزارةالداخلية", "تحذر", "العقاب الشرعي سيكون مصيره",
      alt=["كل من تسول له نفسه الإقدام على مثل ذلك بأن العقاب الشرعي سيكون مصيره"], cw=False,
      note="A warning formula: core, not checkworthy."),
], relations=[
    {"a": "moi-qassim-execution", "b": "moi-executed-thursday", "relation": "supports",
     "note": "The lead's summary and the statement's own sentence: the same execution."},
], note="Crawled Thursday 2015-07-23; اليوم الخميس 7 / 10 / 1436 هـ agrees. The closing prayer and the رابط الخبر line are not annotated.")

BEIJING_PSB = ("beijing-public-security-bureau", GOV)
BEIJING_PSB_LABEL = "مكتب الأمن العام في بكين"
article("alweeam-2015-07-27-1001", "2015-07-27", [
    O("beijing-fake-iphone-factory",
      "ضبطت الشرطة الصينية في بكين مصنعا ينتج أكثر من 41 ألف هاتف آيفون مقلد بقيمة نحو 120 مليون يوان (19 مليون دولار) من بينها بعض الهواتف التي وصلت الولايات المتحدة وألقت القبض على تسعة مشتبه بهم",
      core=True, note="Lead fact in the outlet's voice (its source is named three sentences later)."),
    O("china-fights-counterfeits", "كثفت السلطات من جهودها في السنوات القليلة الماضية لتبديد السمعة التي لحقت بالبلاد كمصدر للسلع المقلدة"),
    O("nine-arrested-couple", "اعتقلت الشرطة تسعة أشخاص من بينهم زوجان يقودان العملية بعد مداهمة المصنع الذي كان يعمل تحت ستار ورشة صيانة على أطراف العاصمة الصينية"),
    O("bureau-posted-details", "نشر مكتب الأمن العام في بكين هذه التفاصيل عبر وسائل التواصل الاجتماعي أمس الأحد", date="2015-07-26",
      note="أمس الأحد = 2015-07-26. Names the source of the facts above across sentence breaks: the outlet's, optional."),
    A("bureau-factory-set-up-january", *BEIJING_PSB, BEIJING_PSB_LABEL, "قال",
      "المجموعة – التي تزعمها رجل (43 عاما) وزوجته (40 عاما) من مدينة شنتشن الصناعية بجنوب البلاد – أقامت المصنع بست خطوط إنتاج في يناير كانون الثاني",
      coref=True, date="2015-07-26", alt=["المجموعة – التي تزعمها رجل (43 عاما) وزوجته (40 عاما) من مدينة شنتشن الصناعية بجنوب البلاد – أقامت المصنع بست خطوط إنتاج"],
      note="المكتب: bare anaphor; the statement is the post of أمس الأحد."),
    A("bureau-hundreds-of-workers", *BEIJING_PSB, BEIJING_PSB_LABEL, "أضاف",
      "وظفوا “مئات” العمال لاعادة تعبئة مكونات أجهزة هواتف ذكية مستعملة مثل أجهزة آيفون لتصديرها",
      coref=True, date="2015-07-26", alt=["أنهم وظفوا “مئات” العمال لاعادة تعبئة مكونات أجهزة هواتف ذكية مستعملة مثل أجهزة آيفون لتصديرها"],
      note="The span starts after the pronoun-suffixed complementizer أنهم."),
    O("1400-seized-may-14", "ضبطت الشرطة 1400 جهاز خلال المداهمة التي جرت في 14 مايو ايار", date="2015-05-14"),
    A("police-tip-from-us", *BEIJING_PSB, "شرطة بكين", "قالت",
      "تحقيقها جاء بعد معلومة وصلت لها من السلطات الأمريكية التي ضبطت بعض الأجهزة المقلدة",
      note="شرطة بكين is the same body as the public security bureau (one slug); the label as written."),
    O("destination-unknown", "لم تعرف وجهة الأجهزة المقلدة وعدد الذي صنع منها"),
    O("security-declined-comment", "رفض ممثلو الأمن العام التعليق اليوم الاثنين", date="2015-07-27",
      note="A refusal to comment is the outlet's statement."),
    A("security-no-more-info", "public-security-representatives", ANON, "ممثلو الأمن العام", "قائلين",
      "ليس لديهم المزيد من المعلومات", date="2015-07-27", cw=False,
      alt=["إنه ليس لديهم المزيد من المعلومات"],
      note="Unnamed officials; لرويترز names the medium, not a source. Says nothing about the case: not checkworthy."),
    A("apple-investigation-ongoing", "apple", OTHER, "أبل", "قائلة", "التحقيق لا يزال مستمرا",
      src_ctx="رفضت أبل", note="The refusal is the outlet's; the participle's content clause is Apple's claim."),
], relations=[
    {"a": "beijing-fake-iphone-factory", "b": "nine-arrested-couple", "relation": "supports",
     "note": "Nine suspects arrested: the lead and the later sentence."},
], note="Reuters wire crawled Monday 2015-07-27; أمس الأحد and اليوم الاثنين agree. The رابط الخبر line is not annotated.")

# ---------------------------------------------------------------------------------------------- alyaum
RUQAITI = ("zeyad-al-ruqaiti", OFF)
RUQAITI_LABEL = "الناطق باسم شرطة المنطقة الشرقية المقدم زياد الرقيطي"
article("alyaum-2015-07-24-1790", "2015-07-24", [
    O("begging-methods-vary", "تتنوع طرق وأساليب التسول ولكن تجتمع في الهدف أو النتيجة وهي الحصول على المال من خلال استعطاف الآخرين",
      cw=False, note="A general opening with nothing to check: optional, not checkworthy."),
    A("researcher-citizens-role", "social-researcher", ANON, "باحث اجتماعي", "قال",
      "من المهم في مكافحة هذه الظاهرة دور المواطن والمقيم اللذين يعول عليهما الدور الرئيس للتصدي لها بعدم تمكين مثل تلك الحالات من ممارسة التسول بالإبلاغ عنهم وعدم التعاطف معها دون التأكد من حاجتهم الفعلية، وإن كان الأمر كذلك يتم توجيههم وتقديم المساعدة لهم من خلال جهات الاختصاص المتمثلة في الجمعيات الخيرية المنتشرة بالمنطقة",
      cw=False, alt=["من المهم في مكافحة هذه الظاهرة دور المواطن والمقيم"],
      note="An unnamed researcher: anonymous-source. Advice with nothing to check: core, not checkworthy."),
    A("researcher-giving-feeds-begging", "social-researcher", ANON, "باحث اجتماعي", "قال",
      "مناولة السائل للمال دون التحقق من صدق حاجته تدفعه والآخرين للاستمرار في هذا العمل غير المشروع للحصول على مبالغ مالية بغير وجه حق",
      coref=True, opt=True, cue_ctx="وقال باحث", src_ctx="وقال باحث اجتماعي", note="The next sentence (ف) goes on with the researcher's point: same cue, optional (scope across a sentence break)."),
    A("ruqaiti-ramadan-surveys", *RUQAITI, RUQAITI_LABEL, "أوضح",
      "ضمن سلسلة الحملات الامنية التي تقوم بها شرطة محافظة الاحساء في اطار مكافحة ظاهرة التسول بمشاركة عدد من الجهات الحكومية المعنية نفذت خلال الربع الاخير من شهر رمضان لهذا العام 1436هـ عددا من المسوحات الميدانية بمشاركة كل من هيئة الأمر بالمعروف والنهي عن المنكر ومكتب المتابعة الاجتماعية",
      alt=["نفذت خلال الربع الاخير من شهر رمضان لهذا العام 1436هـ عددا من المسوحات الميدانية"],
      note="After أنه; the last ten days of Ramadan 1436 have no single date."),
    A("ruqaiti-20-beggars-73pc", *RUQAITI, RUQAITI_LABEL, "أوضح",
      "قامت القوة المخصصة بمسوحات ميدانية مكثفة شملت مواقع متعددة لاشارات مرورية ومساجد وأسواق بالمحافظة تم خلالها ضبط عدد من حالات التسول بلغ اجماليها ٢٠ حالة بلغت نسبة المواطنين منهم ٧٣%",
      coref=True, opt=True, src_ctx=RUQAITI_LABEL, alt=["ضبط عدد من حالات التسول بلغ اجماليها ٢٠ حالة بلغت نسبة المواطنين منهم ٧٣%"],
      note="Goes on with the spokesman's account after a sentence break: his, same cue, optional (doubtful scope). The headline's 20 cases."),
    O("foreigners-27pc", "كانت نسبة الأجانب منهم ٢٧%",
      note="بينما clause: the outlet's, optional (as in unseen-2015-c), though it continues the figures."),
    O("cases-handed-over", "شملت الحالات المضبوطة رجالا ونساء وأطفالا، وتم التحفظ عليهم والمضبوطات التي عثرت بحوزتهم وتحريزها بشكل محكم وتسليمهم لجهة الاختصاص"),
], note="Print issue crawled 2015-07-24 07:09; nothing is dated beyond Ramadan 1436.")

KERRY = ("john-kerry", OFF)
article("alyaum-2015-07-25-1213", "2015-07-25", [
    A("kerry-rejection-embarrass", *KERRY, "وزير الخارجية الامريكي جون كيري", "قال",
      "رفض الكونغرس الامريكي الاتفاق النووي مع ايران سيسبب له إحراجاً، وسيضعف مصداقية بلاده على الساحة الدولية",
      date="2015-07-24", alt=["رفض الكونغرس الامريكي الاتفاق النووي مع ايران سيسبب له إحراجاً"],
      note="الجمعة = 2015-07-24 (crawled Saturday)."),
    A("kerry-ayatollah-question", *KERRY, "كيري", "قال",
      "هل تعتقدون أن آية الله سيعود إلى طاولة المفاوضات في حال رفض الكونغرس هذا وفاوض مجددا",
      src_ctx="وقال كيري خلال", cue_ctx="وقال كيري خلال", date="2015-07-24", cw=False,
      note="A rhetorical question: its implied claim is not stated; core, not checkworthy. Said at the Friday meeting (dated by the lead)."),
    O("kerry-lobbying", "يعمل كيري - منذ أيام - على إقناع الامريكيين المشككين والأغلبية الجمهورية في الكونغرس المعارضة للاتفاق"),
    O("congress-60-days", "أمام البرلمانيين 60 يوماً لاعاقة رفع العقوبات الامريكية عن إيران"),
    A("obama-will-veto", "barack-obama", OFF, "الرئيس باراك أوباما", "قال", "سيستخدم حقه في تعطيل القرار في هذه الحال",
      alt=["إنه سيستخدم حقه في تعطيل القرار في هذه الحال"], note="لكن ... قال: إنه: the span starts after إنه."),
    O("override-two-thirds", "لتجاوز الفيتو الرئاسي يتعين الحصول على ثلثي أصوات النواب الـ «435» والشيوخ المائة ضد رفع العقوبات"),
    A("kerry-535-secretaries-question", *KERRY, "كيري", "قال",
      "هل تعتقدون انهم سيجلسون هادئين وأن الباقين في العالم سيقولون : هيا نتفاوض مع الولايات المتحدة فلديهم 535 وزير خارجية",
      src_ctx="وقال كيري : \"هل", cue_ctx="وقال كيري : \"هل", date="2015-07-24", cw=False, note="A rhetorical question."),
    A("kerry-would-be-embarrassed", *KERRY, "كيري", "أضاف",
      "رجاء سأكون محرجاً حتى إذا فكرت في الخروج، ماذا بوسعي أن أقول للناس بعد هذا كوزير خارجية؟ تعالوا تفاوضوا معنا (...) حسناً، هل يمكنكم الوفاء بالتزاماتكم؟ رجاء",
      coref=True, date="2015-07-24", cw=False, alt=["سأكون محرجاً حتى إذا فكرت في الخروج"],
      note="Direct speech, whole complement; mostly rhetorical: not checkworthy."),
    A("kerry-us-israel-isolated", *KERRY, "كيري", "قال",
      "في حال رفض الكونغرس الاتفاق ستزداد عزلة الولايات المتحدة وإسرائيل", src_ctx="وقال كيري: إنه",
      cue_ctx="وقال كيري: إنه", date="2015-07-24", alt=["إنه في حال رفض الكونغرس الاتفاق ستزداد عزلة الولايات المتحدة وإسرائيل"]),
    A("kerry-israel-more-isolated", *KERRY, "كيري", "قال",
      "أصدقاؤنا في إسرائيل سيصبحون أكثر عزلة ويتحملون المزيد من الملامة وسنخسر أوروبا والصين وروسيا بشأن أي عمل عسكري قد يتعين علينا أن نقوم به لأننا أدرنا ظهورنا لبرنامج مشروع تماماً يتيح لنا اختبار برنامجهم",
      coref=True, cue_ctx="وقال : \"أصدقاؤنا", date="2015-07-24",
      alt=["أصدقاؤنا في إسرائيل سيصبحون أكثر عزلة ويتحملون المزيد من الملامة"],
      note="قد sits in a relative clause about a detail (أي عمل عسكري قد ...): not a hedge of the claim."),
    O("kerry-criticised-senate", "تعرض كيري لسيل جارف من الانتقادات الجارحة الخميس أمام لجنة الخارجية في مجلس الشيوخ",
      date="2015-07-23", note="الخميس = 2015-07-23."),
    A("republicans-kerry-fleeced", "republican-senators", OFF, "الجمهوريون", "قال",
      "مفاوضي طهران \"نتفوه\" و\"خدعوه\"", date="2015-07-23",
      alt=["مفاوضي طهران \"نتفوه\" و\"خدعوه\" خلال جلسة استمرت أربع ساعات ونصف الساعة"],
      note="At the Thursday Senate hearing; the trailing خلال جلسة ... is in alt_spans."),
    O("unsc-endorsed-deal", "صادق مجلس الامن الدولي بالاجماع على الاتفاق الثلاثاء", date="2015-07-21",
      note="الثلاثاء resolves to 2015-07-21 from the text (the text's day, not checked against the world)."),
], relations=[
    {"a": "kerry-us-israel-isolated", "b": "kerry-israel-more-isolated", "relation": "supports",
     "note": "The same prediction, in indirect and in direct speech."},
], note="Crawled Saturday 2015-07-25; الجمعة = 2015-07-24, الخميس = 2015-07-23, الثلاثاء = 2015-07-21. Kerry's quotations after the lead are taken as said at the same Friday meeting.")

NASA = ("nasa", GOV)
INDEPENDENT = ("the-independent", OUTLET)
KEPLER_TEAM = ("nasa-kepler-team", GOV)
article("alyaum-2015-07-26-1133", "2015-07-26", [
    A("nasa-found-kepler", *NASA, "وكالة ناسا الفضائية", "أعلنت",
      "اكتشاف كوكب \"كيبلر\" المشابه لكوكب الأرض إلى درجة تسميته بكوكب الأرض 2.0 فى مجرتنا الفضائية",
      alt=["اكتشاف كوكب \"كيبلر\" المشابه لكوكب الأرض"], src_ctx="أعلنت وكالة ناسا الفضائية",
      note="الأسبوع الماضى: vague, no date."),
    O("kepler-telescope", "قد التقطه التليسكوب الفضائى \"كيبلر\""),
    A("independent-right-temperature", *INDEPENDENT, "صحيفة الإندبندنت البريطانية", "قالت",
      "الكوكب الجديد لديه درجة الحرارة المناسبة التى تزيد فرص تواجد مسطحات مائية بداخله", coref=True,
      note="الصحيفة: bare anaphor. The previous sentence says the paper cites NASA (نقلا عن): a chain across a sentence break is not followed; the paper is the source."),
    A("independent-rocky", *INDEPENDENT, "صحيفة الإندبندنت البريطانية", "قالت",
      "الكوكب \"صخرى\"، أى يمكن أن تتواجد به فوهات بركانية مثل نظريتها فى كوكب الأرض", coref=True,
      alt=["الكوكب \"صخرى\""], note="كما انه ... تبين أن: the second content clause of قالت."),
    A("nasa-brighter-star", *NASA, "ناسا", "أفادت",
      "تعرض الكوكب لضوء وحرارة نجم أكبر من الشمس، مما يجعل الكوكب أكثر إشراقا، ويشي بتواجد حياة نباتية بداخله",
      via="the-independent", src_ctx="تصريحات ناسا", alt=["تعرض الكوكب لضوء وحرارة نجم أكبر من الشمس"],
      alt_cues=["مشيرة إلى تصريحات ناسا التى أفادت"],
      note="مشيرة إلى تصريحات ناسا التى أفادت: NASA's statements relayed by the paper (innermost source, via the paper)."),
    A("brown-tan", "daniel-brown", PERSON, "بروفيسور \"دانيال براون\"", "قال",
      "أشعة الشمس بالكوكب لا ترجح فقط وجود حياة نباتية على ظهره، ولكنها أيضا قد تكون مفيدة للبشر أمثالنا للحصول على سمرة صحية، نظرا لتشابه تكوينات الضوء بذلك الكوكب الجديد",
      hedged=True, alt=["أشعة الشمس بالكوكب لا ترجح فقط وجود حياة نباتية على ظهره"],
      note="قد in the main clause: hedged. The label leaves out the apposition عالم الفلك بجامعة ... ."),
    A("kepler-team-stronger-gravity", *KEPLER_TEAM, "فريق \"كيبلر\" بناسا", "قال",
      "الجاذبية بذلك الكوكب أقوى من مثيلتها بكوكب الأرض، لكن ذلك لا يمنع تكيف الإنسان معها واعتياده عليها بالتطور، مثل تكيفه مع السمنة والتغيرات الجسدية على مدار السنين",
      alt=["الجاذبية بذلك الكوكب أقوى من مثيلتها بكوكب الأرض"]),
    A("kepler-team-similar-temperature", *KEPLER_TEAM, "فريق \"كيبلر\" بناسا", "مضيفا",
      "المسافة التى تفصل بين الكوكب والشمس الخاصة به تجعل درجة حرارته مماثلة لدرجة الحرارة فوق كوكب الأرض",
      coref=True, alt=["إن المسافة التى تفصل بين الكوكب والشمس الخاصة به تجعل درجة حرارته مماثلة لدرجة الحرارة فوق كوكب الأرض"]),
], relations=[
    {"a": "independent-right-temperature", "b": "kepler-team-similar-temperature", "relation": "supports",
     "note": "A suitable temperature / a temperature like the Earth's."},
], note="Crawled 2015-07-26; الأسبوع الماضى is vague: no dates.")

# ---------------------------------------------------------------------------------------------- okaz
MAZROUEI = ("yasser-al-mazrouei", PERSON)
MAZROUEI_LABEL = "استشاري طب وجراحة العيون الدكتور ياسر عطية المزروعي"
article("okaz-2015-07-26-1376", "2015-07-26", [
    A("mazrouei-warns-hooks", *MAZROUEI, MAZROUEI_LABEL, "حذر", "إصابات السنارات أثناء رميها في البحر",
      alt=["هواة الصيد من إصابات السنارات أثناء رميها في البحر"],
      note="حذر X من Y: the complement after من; a warning with checkable content is core."),
    A("mazrouei-eye-injuries-rising", *MAZROUEI, MAZROUEI_LABEL, "مؤكدا",
      "تزايد تسجيل حالات إصابة للعيون إثر تعرضها للسنارات", coref=True, note="Nominal complement (أكد + masdar)."),
    A("mazrouei-eye-protected", *MAZROUEI, MAZROUEI_LABEL, "قال",
      "من الملاحظ أن العين والأنسجة المحيطة بها أوتيت كل سبل الحماية المتاحة لوقايتها من الإصابات والأخطار المحيطة، فوجودها داخل تجويف عظمي في الجمجمة يعطيها حماية من الصدمات الخارجية، ونجد أن العين محاطة من الأمام بالجفون، والتي تتميز بوجود عضلات قوية بردات فعل عكسية سريعة جدا تمكنها من حماية العين خلال جزء من الثانية",
      coref=True, alt=["العين والأنسجة المحيطة بها أوتيت كل سبل الحماية المتاحة لوقايتها من الإصابات والأخطار المحيطة"],
      note="وقال لـ«عكاظ»: «...»: the speaker, not the outlet; direct speech, whole complement."),
    A("mazrouei-severe-injuries", *MAZROUEI, MAZROUEI_LABEL, "لافتا",
      "مع وسائل الحماية المتعددة التي تتمتع بها العين، إلا أنها تتعرض لإصابات شديدة أحيانا تؤدي إلى فقدان البصر",
      coref=True, alt=["تتعرض لإصابات شديدة أحيانا تؤدي إلى فقدان البصر"], alt_cues=["لافتا إلى"],
      note="The prayer ــ لا قدر الله is left out of the span."),
    A("mazrouei-first-aid-chemicals", *MAZROUEI, "الدكتور المزروعي", "سرد",
      "الطرق التي يجب اتباعها عند حدوث إصابة في البحر للعين، أولها الهدوء وعدم التوتر والارتباك، فإذا كان المسبب مواد كيميائية أو أجساما غريبة كالغبار أو التراب دخلت العين، فيجب غسلها بالماء البارد إن أمكن بكمية كافية لمدة لا تقل عن خمس دقائق، ومن ثم التوجه لأقرب مركز طوارئ لمتابعة العلاج",
      alt=["فإذا كان المسبب مواد كيميائية أو أجساما غريبة كالغبار أو التراب دخلت العين، فيجب غسلها بالماء البارد إن أمكن بكمية كافية لمدة لا تقل عن خمس دقائق"],
      note="سرد (listed) frames the advice as his: a reporting verb; a name written again (الدكتور المزروعي), no coref."),
    A("mazrouei-sharp-object", *MAZROUEI, "الدكتور المزروعي", "أضاف",
      "أما إذا لوحظ جسم غريب حاد داخل العين وبارز للخارج فيجب عدم لمسه أو محاولة إخراجه، بل يترك كما هو وأخذ المصاب إلى أقرب مركز للطوارئ، وعادة مثل هذه الحالات تعالج داخل غرفة العمليات، حيث التجهيزات مكتملة للتحسب لكل الاحتمالات خلال إخراج الجسم الغريب من داخل أنسجة العين، بعد فحص الطبيب المختص ينصح بعمل أشعة مقطعية للعين والحجاج لتحديد مكان الطلق الناري أو الجسم الغريب، بالإضافة لدراسة سلامة العين والأنسجة المحيطة بها",
      coref=True, alt=["أما إذا لوحظ جسم غريب حاد داخل العين وبارز للخارج فيجب عدم لمسه أو محاولة إخراجه"]),
    A("mazrouei-carelessness-disasters", *MAZROUEI, "الدكتور المزروعي", "أكد",
      "التهاون في التعامل مع سنارات الصيد واللامبالاة قد تؤدي أحيانا إلى كوارث", coref=True, hedged=True,
      note="قد in the main clause: hedged."),
    A("mazrouei-prevention-first", *MAZROUEI, "الدكتور المزروعي", "أكد",
      "مراعاة عدم تعرض العين لأي شيء قد يؤدي إلى إصابتها هي من أهم الأسباب للوقاية وسلامة العين، مع مراعاة سرعة المبادرة بإجراء الإسعافات الأولية والتعامل مع نوع الإصابة في الحال، كل ذلك كفيل بتقليل المخاطر التي قد تحدث للعين",
      coref=True, cw=False,
      note="A second clause of أكد أن joined by و without أن; general advice, not checkworthy. قد only in relative clauses: not hedged."),
], note="Crawled 2015-07-26; nothing is dated.")

# ---------------------------------------------------------------------------------------------- sabq
ZAHRANI = ("ahmed-al-zahrani", PERSON)
article("sabq-2015-07-22-2010", "2015-07-22", [
    A("zahrani-warns-brakes", *ZAHRANI, "الميكانيكي السعودي أحمد الزهراني", "حذر",
      "الاعتماد الكلي على الفرامل لتخفيف سرعة المركبة أثناء المنحدرات الجبلية",
      note="The label leaves out the apposition صاحب الحساب التطوعي ...; the complement after من."),
    A("zahrani-advises-heavy-gear", *ZAHRANI, "الميكانيكي السعودي أحمد الزهراني", "نصح",
      "استخدام التعشيق الثقيل و \"التبترونيك\" للحماية من الحوادث والاحتراق", coref=True,
      note="نصح بـ: a directive with checkable content, core."),
    A("zahrani-brakes-may-fail", *ZAHRANI, "الزهراني", "أكد",
      "الاعتماد على المكابح في المنحدرات تصرف غير موفق من قائد المركبة قد يتسبب في تعطيل الفرامل جراء شدة الحرارة الناتجة بفعل الاحتكاك مما قد يسبب بعض الحوادث أو احتراق المركبات",
      hedged=True, src_ctx="وأكد \"الزهراني\"",
      note="Quotation marks around the whole name left out; لـ \"سبق \" names the outlet spoken to. قد sits in the clause that carries the claim's content (an asyndetic relative): hedged."),
    A("zahrani-gear-down-slopes", *ZAHRANI, "الزهراني", "نصح",
      "استخدام تعشيق ثقيل لناقل الحركة (القير) سواء يدوي أو أوتوماتيكي لتخفيف سرعة المركبة مع المنحدر",
      coref=True, src_ctx="وأكد \"الزهراني\"", cue_ctx="ونصح باستخدام تعشيق",
      alt=["استخدام تعشيق ثقيل لناقل الحركة (القير) سواء يدوي أو أوتوماتيكي لتخفيف سرعة المركبة مع المنحدر؛ وذلك بالتعشيق في غيار ثقيل متناسب مع سرعة المركبة سواء التعشيقة الأولى أم الثانية أو الثالثة"]),
    A("zahrani-first-second-gear", *ZAHRANI, "الزهراني", "أوضح",
      "الاستخدام الأمثل في الانحدار القوي جداً المصاحب بالمنعطقات الحادة مثل عقبة الأبناء ببلجرشي أو عقبة الصماء في عسير هو وضع ناقل الحركة في التعشيقة الأولى أو الثانية",
      coref=True, src_ctx="وأكد \"الزهراني\""),
    A("zahrani-third-fourth-gear", *ZAHRANI, "الزهراني", "أضاف",
      "أما في العقبات المتوسطة مثل عقبة الهدا بمكة المكرمة، فمن الممكن استخدام التعشيقة الثالثة لأن العقبة أسهل والمسافة بين المنعطفات أطول، بينما يمكن الوصول إلى التعشيقة الرابعة في العقبات السهلة مثل عقبة شعار في عسير وعقبة الباحة لأن الانحدارات خفيفة نسبيا مقارنة بالعقبات السابقة ومن الممكن زيادة السرعة قليلاً",
      coref=True, src_ctx="وأكد \"الزهراني\"",
      alt=["أما في العقبات المتوسطة مثل عقبة الهدا بمكة المكرمة، فمن الممكن استخدام التعشيقة الثالثة لأن العقبة أسهل والمسافة بين المنعطفات أطول"],
      note="بينما inside the speaker's own quotation marks does not end his scope; the closing space before the mark is left out."),
], note="Crawled 2015-07-22; nothing is dated. The byline and dateline are not annotated.")

STUDENTS = ("najran-university-students", OTHER)
STUDENTS_LABEL = "طلاب وطالبات جامعة نجران"
article("sabq-2015-07-25-1545", "2015-07-25", [
    O("students-launched-hashtag",
      "دشن طلاب وطالبات جامعة نجران على مواقع التواصل الاجتماعي \"تويتر\" هاشتاقاً بعنوان \"طلاب_جامعة_نجران_يطالبون_الدخيل\"",
      core=True, note="Lead fact in the outlet's voice."),
    A("students-ask-minister", *STUDENTS, STUDENTS_LABEL, "طالبوا",
      "التدخل العاجل وإنهاء معاناتهم مع قرارات جامعة نجران، والمتمثّلة في تأجيل الاختبارات لأكثر من أربعة أشهر قبل انتهاء المناهج والاختبارات الشهرية والعملية",
      coref=True, alt=["التدخل العاجل وإنهاء معاناتهم مع قرارات جامعة نجران"],
      note="طالبوا فيه وزير التعليم ... بالتدخل: the complement after بـ; the subject is the lead's students."),
    A("students-ask-solutions", *STUDENTS, STUDENTS_LABEL, "مطالبين", "وضع حلول عاجلة ومناسبة لضمان مستقبلهم",
      coref=True),
    A("students-appeal-king", *STUDENTS, STUDENTS_LABEL, "قال",
      "نطالب بتدخل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود -حفظه الله- لإنهاء معاناتنا مع جامعة نجران بسبب تأجيل الاختبارات لأكثر من أربعة أشهر، وذلك بوضع حلول مناسبة تضمن مستقبلنا",
      coref=True, note="الطلاب المتضررون: an anaphoric description of the lead's students, so the naming mention, coref."),
    A("students-letter-to-emir", *STUDENTS, STUDENTS_LABEL, "أشاروا",
      "سبق أن قدموا خطاباً للأمير جلوي بن عبدالعزيز بن مساعد أمير منطقة نجران، يشتمل على جميع مطالبهم التي يرغبون في تحقيقها منه، وبحثها مع المسؤولين بالجامعة",
      coref=True, alt=["سبق أن قدموا خطاباً للأمير جلوي بن عبدالعزيز بن مساعد أمير منطقة نجران"], alt_cues=["أشاروا إلى"],
      note="The span starts after the pronoun-suffixed أنهم."),
    A("students-demands-pass-all", *STUDENTS, STUDENTS_LABEL, "أشاروا",
      "اجتياز جميع المواد لجميع الطلاب والطالبات بنجاح دون تأثيرها على معدلاتهم، وحصول جَمِيع الطلاب والطالبات على الدرجات النهائية في الاختبارات الشهرية والعملية",
      coref=True, opt=True, note="The list of demands after ومن أهم هذه المطالب: (verbless, goes on with the same cue): optional."),
    A("students-delay-threatens-future", *STUDENTS, STUDENTS_LABEL, "أضافوا",
      "تأجيل الاختبارات لمدة أربعة أَشْهر ليس في صالحهم، بل يهدد مستقبلهم", coref=True),
    A("students-forgot-courses", *STUDENTS, STUDENTS_LABEL, "مؤكدين", "هذه المدة الطويلة سبب لَّهم نسيان المقررات",
      coref=True),
    A("students-pass-only-solution", *STUDENTS, STUDENTS_LABEL, "مؤكدين", "التجاوز هو الحل الوحيد", coref=True,
      cw=False, note="Second content clause (أن ... وأن ...); an opinion."),
    A("students-statement-worsened", *STUDENTS, STUDENTS_LABEL, "أردفوا",
      "البيان الذي أعلنته جامعة نجران قبل أيام زاد من معاناتهم", coref=True,
      alt=["البيان الذي أعلنته جامعة نجران قبل أيام زاد من معاناتهم؛ كون الجامعة تنوي إجراء اختباراتهم خارج المنطقة دون النظر إلى ظروفهم الصعبة التي تمنعهم من الاختبار خارج المنطقة لأسباب كثيرة"],
      note="قبل أيام: vague, no date."),
    A("university-exams-outside-region", "najran-university", GOV, "جامعة نجران", "أعلنته",
      "الجامعة تنوي إجراء اختباراتهم خارج المنطقة", via="najran-university-students", opt=True,
      src_ctx="أعلنته جامعة نجران", note="The students' account of what the university's statement said (كون ...): the university via the students; optional, as the content is their reading of it."),
], note="Crawled Saturday 2015-07-25 23:32; nothing is dated. Students as a group: one slug, type other.")

article("sabq-2015-07-26-1444", "2015-07-26", [
    O("youth-killed-and-burned",
      "رغب شاب في العقد الثاني إنهاء مسلسل خلافه مع آخر في العقد الثالث بالقتل والحرق، بعد تهديده عدة مرات أمام العامة",
      core=True, note="Lead fact in the outlet's voice. The article has no attributed statement (the police are only the actors): a precision test."),
    O("police-got-report-friday",
      "تلقي شرطة محافظة أبو عريش التابعة لمنطقة جازان بلاغاً بعد صلاة يوم الجمعة الماضي، حول العثور على سيارة احترقت بالكامل بالقرب من إحدى المزارع وبجانبها قائد المركبة",
      date="2015-07-24", note="يوم الجمعة الماضي = 2015-07-24 with the crawl day Sunday 2015-07-26."),
    O("driver-stabbed-before-fire", "قائد المركبة قد تلقَى عدة طعنات قبل أن تحرق مركبته",
      note="تبين أن: agentless, the outlet's; قد + past is not a hedge."),
    O("police-arrested-suspects", "استطاعت شرطة المنطقة في وقت قياسي القبض على عدد من الأشخاص، تشير لهم أصابع الاتهام لهذه الجريمة"),
    O("killer-university-student",
      "تم من خلال ذلك الوصول للجاني الذي اتضح بأنه طالب جامعي أقدم على ذلك بدافع الانتقام لخلاف سابق، وتمت إحالته لهيئة التحقيق والادعاء العام لاستكمال الإجراءات"),
], note="Crawled Sunday 2015-07-26; يوم الجمعة الماضي = 2015-07-24.")
