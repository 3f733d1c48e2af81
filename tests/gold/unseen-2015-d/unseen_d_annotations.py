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
