"""unseen-2015-h's annotations (10 articles), as strings; build_unseen_h_gold.py turns them into gold files.

Written from the article text alone (tests/gold/GUIDE.md, "Real articles", and ../unseen-2015-c/README.md's
conventions); the extractor was never run on these articles. Notation: ../unseen-2015/unseen_notation.py.
Options used: after, cue_ctx, src_ctx, coref, via, hedged, date, opt, cw, alt, alt_cues, note.
"""

from unseen_notation import GOV, OFF, OTHER, PERSON, A, O, recorder

SRC: dict[str, dict] = {}
ARTICLES: dict[str, dict] = {}
article = recorder(SRC, ARTICLES)

SRC['3alyoum-2015-07-25-75'] = {"zip": '2015-07-25.zip', "member": '2015-07-25.json', "index": 75, "source": '3alyoum',
    "url": 'http://www.3alyoum.com/news/local/a/شاهد-تحرّش-لفظي-وجسدي-بفتاة-في-الطائف/',
    "title": 'شاهد.. تحرّش لفظي وجسدي بفتاة في الطائف',
    "date_extracted": '2015-07-25 23:29:00'}
SRC['aawsat-2015-07-21-534'] = {"zip": '2015-07-21.zip', "member": '2015-07-21.json', "index": 534, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/411101/اكتشاف-لوحة-للملك-أمنمحات-تعود-إلى-38-قرنًا',
    "title": 'اكتشاف لوحة للملك أمنمحات تعود إلى 38 قرنًا',
    "date_extracted": '2015-07-21 10:54:44'}
SRC['aleqtisadiya-2015-08-11-333'] = {"zip": '2015-08-11.zip', "member": '2015-08-11.json', "index": 333, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/08/11/article_980883.html',
    "title": 'افتتاح شاطئ خاص بالنساء فقط في الشيشان',
    "date_extracted": '2015-08-11 18:41:21'}
SRC['aljazirah-2015-07-21-1085'] = {"zip": '2015-07-21.zip', "member": '2015-07-21.json', "index": 1085, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150721/fe5.htm',
    "title": 'محافظة الخرج تواصل احتفالاتها بالعيد وصيف الخرج 36 ورئيس هيئة الأمر بالمعروف يزور المهرجان ',
    "date_extracted": '2015-07-21 20:08:14'}
SRC['almadina-2015-07-27-506'] = {"zip": '2015-07-27.zip', "member": '2015-07-27.json', "index": 506, "source": 'almadina',
    "url": 'http://www.al-madina.com/node/621281/المنافسة-شركة-عالمية-تدرس-غلاء-المعيشة-وارتفاع-الأسعار.html',
    "title": 'المنافسة:  شركة عالمية تدرس غلاء المعيشة وارتفاع الأسعار',
    "date_extracted": '2015-07-27 18:48:20'}
SRC['alriyadh-2015-08-11-723'] = {"zip": '2015-08-11.zip', "member": '2015-08-11.json', "index": 723, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1072154',
    "title": '«تعليم الرياض» يواصل العمل لإنجاز ترميم 30 مدرسة وصيانة 300 مبنى مدرسي',
    "date_extracted": '2015-08-11 14:15:43'}
SRC['alwatan-2015-08-02-827'] = {"zip": '2015-08-02.zip', "member": '2015-08-02.json', "index": 827, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=230708&CategoryID=5',
    "title": 'التسريع يختصر سنة  لستة طلاب بينبع',
    "date_extracted": '2015-08-02 22:42:40'}
SRC['alweeam-2015-07-21-1680'] = {"zip": '2015-07-21.zip', "member": '2015-07-21.json', "index": 1680, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/341663/وزير-التعليم-يرعى-انطلاقة-الملتقى-الت/',
    "title": 'وزير التعليم يرعى انطلاقة الملتقى التعريفي لبرنامج «فطن» الأربعاء القادم',
    "date_extracted": '2015-07-21 02:20:40'}
SRC['alyaum-2015-07-22-1709'] = {"zip": '2015-07-22.zip', "member": '2015-07-22.json', "index": 1709, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4079615',
    "title": 'مجمع الأمل بالدمام يقيم حفل معايدة المرضى',
    "date_extracted": '2015-07-22 17:47:30'}
SRC['okaz-2015-07-27-1288'] = {"zip": '2015-07-27.zip', "member": '2015-07-27.json', "index": 1288, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150727/Con20150727785916.htm',
    "title": 'عشريني ينهي خلافه مع آخر بحرق جثته',
    "date_extracted": '2015-07-27 18:21:04'}

SRC['arreyadi-2015-07-21-2376'] = {"zip": '2015-07-21.zip', "member": '2015-07-21.json', "index": 2376, "source": 'arreyadi',
    "url": 'http://www.arreyadi.com.sa/Home/Details/NzYwNA==',
    "title": 'البذال: الشعر الغنائي.. هابط',
    "date_extracted": '2015-07-21 10:59:35'}
SRC['okaz-2015-08-11-1454'] = {"zip": '2015-08-11.zip', "member": '2015-08-11.json', "index": 1454, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150811/Con20150811788838.htm',
    "title": 'تأخير الصندوق الزراعي في تمويل المستثمرين خارجيا غير مبرر',
    "date_extracted": '2015-08-11 13:34:19'}
SRC['sabq-2015-07-27-1348'] = {"zip": '2015-07-27.zip', "member": '2015-07-27.json', "index": 1348, "source": 'sabq',
    "url": 'http://sabq.org/SMCgde',
    "title": '"شرطة الشرقية" تكشف تفاصيل مقتل "مطلوب القائمة 23" بالقطيف',
    "date_extracted": '2015-07-27 18:14:00'}
SRC['was-2015-08-11-1546'] = {"zip": '2015-08-11.zip', "member": '2015-08-11.json', "index": 1546, "source": 'was',
    "url": 'http://www.spa.gov.sa/details.php?id=1387016',
    "title": 'اجتماعي / محافظ الطائف يدشن ملتقى " أشعلها أملاً بإلقائها " الخامس',
    "date_extracted": '2015-08-11 13:42:25'}

# ---------------------------------------------------------------------------------------------- 3alyoum
CITIZENS = ("citizens-on-social-media", OTHER)
ALAWIT = ("abdullah-al-alawit", PERSON)
MAATOUQ = ("saeed-maatouq", PERSON)
article("3alyoum-2015-07-25-75", "2015-07-25", [
    O("taif-harassment-video", "ظهر اليوم مقطع فيديو آخر لشاب يتحرّش بفتاة في الطائف", core=True, date="2015-07-25",
      note="The lead's checkable fact (اليوم = the crawl day, a Saturday)."),
    O("harasser-touched-girl", "هذه المرة يبدو أن المتحرّش لم يكتف بالتلفّظ، بل تجاوز ذلك إلى مد يده على الفتاة",
      note="The outlet's own reading of the video (يبدو): optional, not hedged as a claim of anyone else."),
    O("video-angered-citizens", "هو ما أثار استهجان المواطنين في وسائل التواصل الاجتماعي"),
    A("citizens-demand-deterrent-law", *CITIZENS, "المواطنين", "المطالبة", "بقانون رادع ضد المتحرّشين",
      coref=True, alt=["قانون رادع ضد المتحرّشين"], alt_cues=["جدّدوا فيه المطالبة"],
      note="A demand (directive) of the tweeting citizens, subject of ليدشنوا ... وجدّدوا: the label is المواطنين, coref."),
    A("fatima-where-are-sermons", "fatima-al-fayez", PERSON, "المغردة فاطمة آل فايز", "قالت",
      "أين خطب الجمعة والعادات ومجالس الرجال وتقاليد القبائل ومنابزة الحضر من تهذيب هؤلاء المسعورين", cw=False,
      note="A rhetorical question: core, not checkworthy. The closing « !» is left out."),
    A("alawit-hints-at-blamers", *ALAWIT, "الكاتب الباحث الشرعي عبدالله العلويط", "غمز من طرف",
      "من دأبوا على تحميل الفتاة المسؤولية في مثل هذه المواقف", opt=True, cw=False,
      note="A jibe at a group, no proposition of its own: optional."),
    A("alawit-culture-not-law", *ALAWIT, "الكاتب الباحث الشرعي عبدالله العلويط", "قال",
      "لو سألنا المتحرش الذي في المقطع لقال لماذا تأتي لهذا المكان أصلا، إذن هي ثقافة تنظر للمرأة أنها سلعة جنسية أكثر منه قانون",
      cue_ctx="وقال “لو", coref=True, cw=False,
      note="Elided subject of a coordinated verb: the label is the name earlier in the sentence, coref. An opinion."),
    A("maatouq-demands-maximum-penalty", *MAATOUQ, "الصحافي سعيد معتوق", "طالب",
      "إيقاع أقصى العقوبات على المتحرّش", alt=["بإيقاع أقصى العقوبات على المتحرّش"],
      note="A directive with checkable content: core; the nominal complement after بـ."),
    A("maatouq-strike-necks", *MAATOUQ, "الصحافي سعيد معتوق", "قال",
      "لابد من ضرب الأعناق حتى يتأدب السفلة وأتمنى أن لايظهر أشباه الرجال وأشباه النساء للقول بأن قانون التحرش ضد الدين",
      cue_ctx="وقال “لابد", coref=True, cw=False,
      alt=["لابد من ضرب الأعناق حتى يتأدب السفلة"],
      note="A slogan and a wish: core, not checkworthy."),
    A("otaibi-causes-of-harassment", "faisal-al-otaibi", PERSON, "المغرد فيصل العتيبي", "أرجع",
      "التحرّش إلى عدة أسباب، هي أسباب التحرش في السعودية: عدم الخوف من الله، والخلل في الرجولة، والجهل والتخلف، وعدم وجود قانون",
      cw=False, alt=["التحرّش إلى عدة أسباب"],
      note="A causal opinion (أرجع ... إلى): core, not checkworthy (doubtful: «عدم وجود قانون» could be checked)."),
    O("prosecution-began-jeddah-inquiry",
      "كانت هيئة التحقيق والادعاء العام بدأت الثلاثاء الماضي، التحقيق مع الشباب المتهمين في واقعة التحرش التي شهدها كورنيش محافظة جدة خلال أيام العيد",
      date="2015-07-21", note="الثلاثاء الماضي from Saturday 2015-07-25 = 2015-07-21."),
], note="Reference date 2015-07-25 (a Saturday): اليوم = 2015-07-25, الثلاثاء الماضي = 2015-07-21. The byline "
        "(فايز الحسيكي – عين اليوم) and the closing tag line are not claims.")


# ---------------------------------------------------------------------------------------------- aawsat
MINISTRY = ("egyptian-ministry-of-antiquities", GOV)
DAMATI = ("mamdouh-al-damati", OFF)
article("aawsat-2015-07-21-534", "2015-07-21", [
    O("warsaw-mission-finds-berenice-temple",
      "اكتشفت بعثة جامعة وارسو البولندية أجزاء من واجهة معبد الملكة اليونانية برنيكي على البحر الأحمر إضافة إلى لوحتين أثريتين إحداهما تحمل اسم الملك أمنمحات الرابع الذي يعود إلى أكثر من 38 قرنا",
      core=True, alt=["اكتشفت بعثة جامعة وارسو البولندية أجزاء من واجهة معبد الملكة اليونانية برنيكي على البحر الأحمر"],
      note="The lead's unattributed fact: core."),
    A("ministry-one-slab-damaged", *MINISTRY, "وزارة الآثار المصرية", "قالت",
      "إحدى اللوحتين «متهدمة وتحتاج إلى الترميم»", via="reuters",
      note="حسب «رويترز» closes the sentence: the ministry's statement relayed by Reuters (via)."),
    A("ministry-second-slab-amenemhat", *MINISTRY, "وزارة الآثار المصرية", "قالت",
      "الثانية فتحمل خرطوش الملك أمنمحات الرابع الذي حكم البلاد بين عامي 1798 و1790 قبل الميلاد وشهد حكمه حملات خاصة بالبحث والتنقيب عن حجر الفيروز في شبه جزيرة سيناء وحجر الجمشت في صعيد مصر والساحل الأفريقي",
      via="reuters", alt=["أما الثانية فتحمل خرطوش الملك أمنمحات الرابع",
                          "الثانية فتحمل خرطوش الملك أمنمحات الرابع"],
      note="The أما clause goes on with the same إن complement: a second claim, same cue."),
    O("cartouche-defined", "الخرطوش لوحة صخرية كانت تحمل اسم الملك"),
    O("amethyst-defined", "أما الجمشت فهو من الأحجار الكريمة التي تستخدم للزينة وترجع التسمية إلى أصل يوناني يعني «مخمور»"),
    A("damati-three-roman-burials", *DAMATI, "ممدوح الدماطي وزير الآثار", "قال",
      "البعثة - التي تعمل في موقع ميناء الملكة برنيكي الواقع في أقصى الجنوب الشرقي لمصر - اكتشفت ثلاث دفنات ترجع إلى بداية العصر الروماني كما عثرت على أجزاء من واجهة معبد برنيكي",
      cue_ctx="وقال ممدوح",
      alt=["البعثة - التي تعمل في موقع ميناء الملكة برنيكي الواقع في أقصى الجنوب الشرقي لمصر - اكتشفت ثلاث دفنات ترجع إلى بداية العصر الروماني"],
      note="«في البيان»: the minister, not the document. كما عثرت (same subject, coordinated) kept in."),
    O("berenice-background",
      "الملكة برنيكي كانت زوجة لبطليموس الأول وأم بطليموس الثاني الذي حكم مصر بين عامي 284 و246 قبل الميلاد وشيد لأمه هذا المعبد"),
    A("damati-coastal-centre", *DAMATI, "الدماطي", "قال",
      "العثور على خرطوش أمنمحات الرابع ضمن رديم العصر الروماني «قد يعد دليلا على وجود مركز ساحلي آنذاك لإمداد الحملات البحرية المتجهة جنوب البحر الأحمر وما بعده»",
      cue_ctx="وقال الدماطي", hedged=True, note="قد in the main clause: hedged. The name written again: as written."),
    A("damati-new-site-by-satellite", *DAMATI, "الدماطي", "مضيفا",
      "البعثة توصلت بدراسة وتحليل صور الأقمار الصناعية إلى موقع جديد بالقرب من ميناء برنيكي يضم بقايا أساسات مبنى ذي ثلاث منصات مستقيمة ولكنه يحتاج إلى دراسات لتحديد وظيفته",
      coref=True, alt=["البعثة توصلت بدراسة وتحليل صور الأقمار الصناعية إلى موقع جديد بالقرب من ميناء برنيكي"]),
    A("damati-ptolemy-built-port", *DAMATI, "الدماطي", "أضاف",
      "ميناء برنيكي أنشأه بطليموس الثاني «الذي أمر بشن حملات إلى مناطق الساحل الشرقي لأفريقيا بحثا عن الأفيال ليتم استخدامها في الحروب»",
      coref=True, alt=["ميناء برنيكي أنشأه بطليموس الثاني"]),
], note="Reference date 2015-07-21; no statement is dated in the text (all null).", relations=[
    {"a": "warsaw-mission-finds-berenice-temple", "b": "ministry-second-slab-amenemhat", "relation": "supports"},
    {"a": "warsaw-mission-finds-berenice-temple", "b": "damati-three-roman-burials", "relation": "supports"},
])


# ---------------------------------------------------------------------------------------------- aleqtisadiya
ZARA = ("zara-akhmadova", PERSON)
article("aleqtisadiya-2015-08-11-333", "2015-08-11", [
    O("grozny-women-only-beach",
      "بعيدا عن نظرات الرجال أصبح بوسع النساء في جمهورية الشيشان الآن الاسترخاء على شاطئ خاص بهن فقط في العاصمة جروزني",
      core=True, alt=["أصبح بوسع النساء في جمهورية الشيشان الآن الاسترخاء على شاطئ خاص بهن فقط في العاصمة جروزني"],
      note="The lead's checkable fact; الآن is not a date."),
    O("beach-2500-m2", "الشاطئ الجديد مساحته 2500 متر مربع ويقع على ساحل ما يسمى بحر جروزني وهو عبارة عن خزان مياه صناعي في وسط مركز ترفيهي"),
    O("reservoir-drained-refilled", "قبل افتتاح الشاطئ جرى تجفيف الخزان وتنظيف قاعه وتغطيته بالرمل والصدف الذي جُلب من بحر قزوين ثم أُعيد ملؤه بمياه نقية"),
    O("two-km-from-mens-beach", "يبعد الشاطئ الخاص بالنساء كيلومترين اثنين عن شاطئ الرجال ومحاط بسور يبلغ ارتفاعه ثلاثة أمتار"),
    O("opening-attended", "حضر حفل افتتاح الشاطئ نساء وفتيات وعدد محدود من المسؤولين الذكور"),
    A("woman-relax-without-leaving", "woman-at-opening", PERSON, "امرأة", "قالت",
      "الآن دون أن نغادر جمهوريتنا بوسعنا الاسترخاء بهدوء هنا على أرض جمهوريتنا. نسترخي معا مع عائلاتنا. بوسعنا الحضور الى هنا للسباحة في مكان بعيدا عن أعين الرجال",
      cue_ctx="وقالت امرأة أمام", src_ctx="امرأة أمام النساء",
      alt=["الآن دون أن نغادر جمهوريتنا بوسعنا الاسترخاء بهدوء هنا على أرض جمهوريتنا",
           "بوسعنا الحضور الى هنا للسباحة في مكان بعيدا عن أعين الرجال"],
      note="An unnamed woman (person). Three sentences, the whole complement: one claim, sentences in alt_spans."),
    A("women-praise-kadyrov", "women-at-the-beach", PERSON, "كثيرات", "أشادت",
      "الزعيم الشيشاني رمضان قديروف وأمه أيماني لإقامة هذه المنشأة الجديدة",
      alt=["بالزعيم الشيشاني رمضان قديروف وأمه أيماني لإقامة هذه المنشأة الجديدة"],
      opt=True, note="Praise (أشاد) is taken as thanks-like: optional; checkworthy, as it carries a checkable presupposition "
           "(they set the beach up). "
           "The relative clause ممن كن يستمتعن ... is left out of the label."),
    A("zara-kadyrov-built-it", *ZARA, "امرأة مقيمة في جروزني", "قالت",
      "رئيس جمهوريتنا رمضان أحمدوفيتش (قديروف) أقام من أجلنا -نحن النساء- هذا المكان الرائع الذي يمكننا الاسترخاء فيه واحضار أطفالنا حيث يمكننا الاسترخاء بالفعل ونحن في غاية السعادة به. نرغب في أن يكون ذلك الشاطئ بدون رسوم دخول وفي المحافظة عليه ليبقى جميلا ونظيفا كما هو حاليا",
      cue_ctx="وقالت امرأة مقيمة",
      alt=["رئيس جمهوريتنا رمضان أحمدوفيتش (قديروف) أقام من أجلنا -نحن النساء- هذا المكان الرائع الذي يمكننا الاسترخاء فيه واحضار أطفالنا حيث يمكننا الاسترخاء بالفعل ونحن في غاية السعادة به",
           "نرغب في أن يكون ذلك الشاطئ بدون رسوم دخول وفي المحافظة عليه ليبقى جميلا ونظيفا كما هو حاليا"],
      note="Label without the appositive تدعى زارا أحمدوفا (the slug names her). Two sentences: one claim, each in alt_spans."),
    A("laila-loves-beach-thanks", "laila", PERSON, "عجوز من جروزني", "قالت",
      "أحب الشاطئ جدا..إنه في غاية الجمال. أنا ممتنة لأيماني (والدة الزعيم الشيشاني رمضان قديروف) ولرمضان قديروف",
      cw=False, note="Liking and thanks: core (one quotation), not checkworthy. Label without the relative clause and تدعى ليلى."),
    A("centre-female-lifeguards", "entertainment-centre-management", OTHER, "إدارة المركز الترفيهي الجديد", "أوضحت",
      "المنقذات في الشاطئ الجديد سيكن نساء مدربات بشكل خاص"),
    O("boys-under-12-admitted", "سيكون بوسع الذكور الذين تقل أعمارهم عن 12 عاما دخول الشاطئ الخاص بالنساء شريطة أن يكونوا بصحبة أمهاتهم",
      note="A new sentence with no speech verb after the management's: the outlet's (its scope is doubtful)."),
    O("first-step-of-complex", "يعد افتتاح شاطئين للرجال والنساء في جروزني أول خطوة في إقامة مجمع ترفيهي ضخم سيشمل فنادق ومطعما عائما ومركزا رياضيا وعرضا للدلافين ونافورة موسيقية",
      note="An agentless evaluation (يعد): the outlet's."),
], note="Reference date 2015-08-11; no statement is dated in the text.", relations=[
    {"a": "grozny-women-only-beach", "b": "woman-relax-without-leaving", "relation": "supports"},
    {"a": "zara-kadyrov-built-it", "b": "women-praise-kadyrov", "relation": "supports"},
])


# ---------------------------------------------------------------------------------------------- aljazirah
OTHMAN = ("saud-al-othman", OFF)
M_OTAIBI = ("mohsen-al-otaibi", PERSON)
ANAZI = ("afif-al-anazi", PERSON)
article("aljazirah-2015-07-21-1085", "2015-07-21", [
    O("kharj-festival-fourth-day", "تتواصل احتفالات عيد وصيف الخرج 36 في يومها الرابع فعالياته بمشاركة فرقة ساوندز لاند الترفيهية",
      core=True, date="2015-07-21", note="The lead's fact (the festival's fourth day, present tense: the crawl day)."),
    A("audience-salutes-soldiers", "festival-audience", OTHER, "جميع الحضور", "قدم",
      "تحية خاصة للجنود البواسل المرابطين بالحد الجنوبي", src_ctx="وقدم جميع الحضور", cue_ctx="وقدم جميع الحضور",
      opt=True, cw=False, note="A salute (a greeting): optional, not checkworthy."),
    O("othman-visited", "زار المهرجان فضيلة الشيخ سعود العثمان رئيس هيئة الأمر بالمعروف والنهي عن المنكر"),
    A("othman-security-cooperation", *OTHMAN, "فضيلة الشيخ سعود العثمان رئيس هيئة الأمر بالمعروف والنهي عن المنكر", "بين",
      "مدى التعاون بين الجهات الأمنية وحرصها على نجاح الفعاليات", cue_ctx="بين فيها فضيلته", coref=True,
      note="فضيلته: the label is the naming mention, coref. The head of a government body: government-official."),
    A("othman-thanks-municipality", *OTHMAN, "فضيلة الشيخ سعود العثمان رئيس هيئة الأمر بالمعروف والنهي عن المنكر", "قدم شكره",
      "للقائمين في البلدية على الفعاليات والجهود المبذولة من الجميع من أجل الرقي بالمحافظة في شتى المجالات",
      cue_ctx="وقدم شكره", coref=True, opt=True, cw=False, note="Thanks: optional, not checkworthy."),
    A("amjad-satisfied", "amjad-ali", PERSON, "أمجد علي", "أبدى",
      "رضاه رغم أنها الزيارة الأولى له للفعاليات، وتعاون المنظمين كون الفعالية تحوي العديد من الجاليات والمواطنين",
      cue_ctx="أبدى فيها رضاه", coref=True, cw=False, alt_cues=["أبدى فيها"],
      alt=["رضاه رغم أنها الزيارة الأولى له للفعاليات"],
      note="A visitor's satisfaction told through the festival's media centre: the visitor is the source. Nominal "
           "complement; an evaluation: core, not checkworthy."),
    A("nayef-privacy-distinguishes", "nayef-al-otaibi", PERSON, "نايف العتيبي", "ذكر",
      "ما يميز الفعاليات الخصوصية وتقسيم الأماكن سواء المخصصة للنساء أو الرجال أو العوائل وكذلك اطمئنان رب الأسرة في وجود أسرته بقربه وفي الألعاب والقرب من المسرح",
      coref=True, cw=False, alt_cues=["ذكر ضمن حديثه"],
      note="Relative والذي ذكر: the label is the name before it, coref. An evaluation: not checkworthy."),
    A("mohsen-new-addition", *M_OTAIBI, "محسن العتيبي", "أبدى",
      "المهرجان يشكل إضافة جديدة لما تقدمه البلدية من مجهودات", cue_ctx="وأبدى محسن", cw=False),
    A("mohsen-wishes-free-games", *M_OTAIBI, "محسن العتيبي", "تمنى",
      "تحظى منطقة الفعاليات أيضاً بمنطقة للألعاب المجانية", coref=True, opt=True, cw=False,
      alt=["أن تحظى منطقة الفعاليات أيضاً بمنطقة للألعاب المجانية"], note="A wish: optional, not checkworthy."),
    A("anazi-thanks-organisers", *ANAZI, "عفيف العنزي", "قدم",
      "شكره للمنظمين في البلدية على الفعاليات المستمرة", cue_ctx="قدم عفيف", opt=True, cw=False,
      note="Thanks: optional, not checkworthy. The subject stands between the verb and شكره: cue قدم, quote from شكره."),
    A("anazi-new-programmes-yearly", *ANAZI, "عفيف العنزي", "يرى",
      "اللجنة المنظمة في كل عام تقدم برامج جديدة ومميزة لما تحظى فيها من كفاءات شابة مميزة", coref=True, cw=False,
      note="يرى in a relative clause after his thanks: his claim (an evaluation), coref."),
    A("anazi-shortened-distance", *ANAZI, "عفيف العنزي", "يرى",
      "تلك الفعاليات اقتصرت المسافة علينا للذهاب للمناطق الأخرى من أجل السياحة", coref=True, cw=False,
      alt=["أن تلك الفعاليات اقتصرت المسافة علينا للذهاب للمناطق الأخرى من أجل السياحة"],
      note="The second أن clause of the same verb: a second claim, same cue."),
    A("tabuk-visitor-children-happy", "visitor-from-tabuk", PERSON, "أحد الزوار من محافظة تبوك", "بيّن",
      "أبناءه في قمة السعادة ومطالباتهم اليومية لحضورهم لموقع الفعاليات لما يرونه من برامج ترفيهية وهادفة للطفل إضافة إلى الأماكن المهيأة للعائلات",
      coref=True, cw=False, note="An unnamed visitor (person); the subject of بيّن is the visitor met: coref."),
    A("ibrahim-family-enjoys", "mohammed-ibrahim", PERSON, "محمد إبراهيم", "أوضح",
      "سبب حضور العائلة هو استمتاعهم بالفعاليات وبالمكان ومتنفس لكل أفراد الأسرة", cw=False),
    O("prize-draw", "في نهاية الفعاليات تم السحب على مجموعة من الجوائز القيمة للحضور مقدمة من بلدية محافظة الخرج إضافة إلى تقديم العيديات وهدايا الترضية لأطفال محافظة الخرج"),
    O("azhar-band-next", "سيشارك في اليوم الرابع للفعاليات فرقة أزهار والتي ستبدأ بتقديم عروضها بعد صلاة العشاء",
      note="الجدير ذكره أن: the outlet's own."),
], note="Reference date 2015-07-21. The visitors' statements come from interviews by the festival's media centre "
        "(أجرى المركز الإعلامي ... اللقاءات): each visitor is the source, the centre is not a relay named at the verbs.")


# ---------------------------------------------------------------------------------------------- almadina
GAC = ("competition-protection-council", GOV)
article("almadina-2015-07-27-506", "2015-07-27", [
    A("council-hires-global-firm", *GAC, "مجلس حماية المنافسة", "كشف",
      "تكليفه شركة عالمية لاعداد دراسة لمواجهة ارتفاع الاسعار وغلاء المعيشة في المملكة",
      alt=["تكليفه شركة عالمية لاعداد دراسة لمواجهة ارتفاع الاسعار وغلاء المعيشة في المملكة، وذلك تنفيذا لقرار مجلس الوزراء الصادر مؤخرا بهذا الشأن"],
      note="The nominal complement after كشف ... عن. The appositive المختص بالتصدي ... is left out of the label."),
    A("council-14-councils-experience", *GAC, "مجلس حماية المنافسة", "لافتا",
      "سيتم الاستفادة في ذلك من تجارب عالمية ناجحة في حوالى 14 مجلسًا للمنافسة", coref=True,
      alt_cues=["لافتا الى"], alt=["انه سيتم الاستفادة في ذلك من تجارب عالمية ناجحة في حوالى 14 مجلسًا للمنافسة"]),
    O("consumers-suffer-rising-prices",
      "يعانى المستهلكون في السوق السعودي من ارتفاعات مستمرة في اسعار غالبية السلع الاستهلاكية، وذلك على الرغم من تراجع الاسعار في البورصات العالمية"),
    A("traders-blame-stock-costs", "traders", OTHER, "التجار", "برر",
      "ارتفاع الاسعار الى المخزون وارتفاع التكاليف والايجارات",
      note="A justification with a content (the causes): core; fitting after فيما, the traders are named at the verb."),
    A("council-amended-law-submitted", *GAC, "مجلس حماية المنافسة", "اشار",
      "الانتهاء من مشروع نظام المنافسة المعدل بالتنسيق مع هيئة الخبراء بمجلس الوزراء ورفعه للجهات المعنية من اجل دراسته تمهيدا لاقراره",
      coref=True, alt_cues=["اشار المجلس في تقريره"],
      note="المجلس, a bare anaphor: the lead's naming mention, coref. «في تقريره»: the council, not the document."),
    O("draft-widens-scope",
      "المشروع يتيح توسيع نطاق سريان تطبيق النظام على جميع المنشآت التى تمارس انشطة تجارية واقتصادية بغض النظر عن الملكية، وعلى الممارسات المخلة بالمنافسة خارج المملكة ويترتب عليها آثار بالداخل",
      note="ووفقا للتعديلات المقترحة: a document's terms, not a speaker (unseen-2015-c's «وفقاً لآلية العمل»): the outlet's."),
    O("draft-allows-exemption", "يجيز المشروع الاعفاء من تطبيق النظام على بعض الممارسات المخالفة اذا كانت تؤدى الى تحسين اداء السوق"),
    A("report-fines-350m", *GAC, "مجلس حماية المنافسة", "قدر",
      "حجم الغرامات التى وقعت خلال العام الماضى على الشركات المخالفة للنظام بحوالى 350 مليون ريال في قضايا تختص بالسلع الاستهلاكية",
      coref=True, alt_cues=["قدر التقرير"],
      note="التقرير stands for its issuer, the council (coref). An estimate with an agent: not hedged (doubtful: «حوالى»). "
           "العام الماضى = 2014: no day, date null."),
    A("report-650pc-concentration", *GAC, "مجلس حماية المنافسة", "لافتًا",
      "تسجيل 650% زيادة في حجم طلبات الشركات للتركز الاقتصادي", coref=True, alt_cues=["لافتًا الى"],
      alt=["تسجيل 650% زيادة في حجم طلبات الشركات للتركز الاقتصادي، أى بما يعنى نقلا كليًا او جزئيًا من مؤسسة الى أخرى، وهيمنة بعض الشركات في السوق"]),
    O("dominant-firms-prohibited", "يحظر على المنشآت ذات الوضع المهيمن اساءة استغلال الهيمنة بفرض بفرض حد أدنى لاسعار اعادة بيع السلع والخدمات"),
    O("council-issued-collusion-guide", "اصدر المجلس من جهة أخرى دليلا لمواجهة التواطؤ بين مقدمى عروض المشروعات في القطاعين العام والخاص"),
], note="Reference date 2015-07-27; مؤخرا and العام الماضى give no day (dates null). The lead is attributed (كشف), "
        "so no core outlet claim.")


# ---------------------------------------------------------------------------------------------- alriyadh
SAQIYA = ("fahd-al-saqiya", OFF)
MURSHID = ("mohammed-al-murshid", OFF)
article("alriyadh-2015-08-11-723", "2015-08-11", [
    O("saqiya-inspects-schools",
      "تفقد مساعد المدير العام للتعليم بمنطقة الرياض، نائب رئيس لجنة متابعة أعمال التأهيل والترميم والصيانة الصيفية فهد بن فرج الصقيه بعض مدارس المنطقة لمتابعة أعمال الصيانة التي تجرى لها قبل بداية العام الدراسي",
      core=True, note="The lead's unattributed fact: core (no day given: date null)."),
    A("saqiya-300-buildings-30-schools", *SAQIYA, "الصقيه", "بين",
      "الادارة قامت خلال الاجازة الصيفية بصيانة أكثر من 300 مبنى مدرسي صيانة خفيفة كان التركيز فيها على الكهرباء والتكييف، فيما تم ترميم 30 مدرسة",
      cue_ctx="بين الصقيه",
      alt=["الادارة قامت خلال الاجازة الصيفية بصيانة أكثر من 300 مبنى مدرسي صيانة خفيفة كان التركيز فيها على الكهرباء والتكييف"],
      note="فيما goes on with the same count (not a contrast): kept in, as unseen-2015-g did; the shorter span in alt."),
    A("saqiya-work-ongoing", *SAQIYA, "الصقيه", "مضيفا",
      "العمل يجري الآن لاستكمال بقية الأعمال والحرص على جودتها والتأكد بشكل كامل من جاهزية المدارس قبل عودة الطلاب والطالبات بدية العام الدراسي",
      coref=True),
    A("murshid-early-textbook-plan", *MURSHID, "المدير العام للتعليم بمنطقة الرياض محمد بن عبدالله المرشد", "أوضح",
      "أعدت لجنة ضبط احتياج المقررات المدرسية بالإدارة العامة للتعليم بمنطقة الرياض خطة استباقية لتسليم الكتب المدرسية للمدارس الحكومية قبل موعد فتح المدارس وعودة المعلمين والمعلمات",
      alt_cues=["أوضح ذلك"],
      alt=["في إطار سعي الإدارة العامة للتعليم بمنطقة الرياض على الاستعداد المبكر لإكمال تجهيز المدارس وتهيئتها قبل بدء العام الدراسي الجديد لاستقبال مليون طالب وطالبة في مختلف مراحل التعليم العام أعدت لجنة ضبط احتياج المقررات المدرسية بالإدارة العامة للتعليم بمنطقة الرياض خطة استباقية لتسليم الكتب المدرسية للمدارس الحكومية قبل موعد فتح المدارس وعودة المعلمين والمعلمات"],
      note="The attribution follows its content (أوضح ذلك ... in the next sentence): an attributed claim, as unseen-2015-g's "
           "«وفق ما أفادت» lead. The في إطار frame (a million pupils) is in the wider alt span."),
    A("murshid-online-link", *MURSHID, "المدير العام للتعليم بمنطقة الرياض محمد بن عبدالله المرشد", "بين",
      "اللجنة أعدت رابطًا إلكترونيًا لاستقبال بيانات المدارس التي لديها استعداد لاستلام الكتب خلال فترة الإجازة وقبل أسبوع العودة بالتعاون مع مكاتب التعليم وذلك لضمان إيصال مخصص المدارس من الكتب المدرسية في وقت مبكر",
      cue_ctx="وبين أن اللجنة", coref=True,
      alt=["اللجنة أعدت رابطًا إلكترونيًا لاستقبال بيانات المدارس التي لديها استعداد لاستلام الكتب خلال فترة الإجازة وقبل أسبوع العودة بالتعاون مع مكاتب التعليم"]),
    A("murshid-early-because-size", *MURSHID, "المدير العام للتعليم بمنطقة الرياض محمد بن عبدالله المرشد", "لافتًا",
      "التنفيذ المبكر لخطة توزيع الكتب المدرسية يأتي نظرًا لزيادة أعداد المدارس التابعة لإدارة تعليم الرياض واتساع مساحة المنطقة وكثافة الحركة المرورية ما يستوجب استثمار الوقت والبدء بتنفيذ تسليم الكتب خلال الإجازة وقبل عودة المعلمين والمعلمات",
      coref=True, alt_cues=["لافتًا إلى"]),
    A("murshid-thanks-schools", *MURSHID, "المرشد", "قدّم",
      "شكره وتقديره لمدارس المنطقة على حرص منسوبيها على التجهيز والإعداد المبكر لبداية العام والتفاعل مع خطة الإدارة واستقطاع وقت من إجازاتهم",
      opt=True, cw=False, note="Thanks: optional, not checkworthy (cue قدّم, the quote from شكره, as al-Anazi's)."),
    A("murshid-praises-warehouses", *MURSHID, "المرشد", "مثنيًا",
      "جهود مكاتب التعليم ومنسوبي المستودعات الذين يعملون على فترتين صباحية ومسائية خلال الأسبوعين قبل بداية العام الدراسي في تنفيذ أعمال تسليم المقررات المدرسية",
      coref=True, opt=True, alt_cues=["مثنيًا على"],
      note="Praise (thanks-like): optional; the two shifts are checkable, so checkworthy."),
    A("bin-saqr-70pc-delivered", "saad-bin-saqr", OFF, "رئيس لجنة ضبط الاحتياج سعد بن صقر", "قال",
      "تم تسليم المقررات المدرسية لأكثر من ٧٠ ٪ من المدارس الابتدائية الحكومية والأهلية حيث تعمل المستودعات صباحا لتسليم المقررات للمدارس الحكومية وفي الفترة المسائية للمدارس الأهلية",
      alt=["تم تسليم المقررات المدرسية لأكثر من ٧٠ ٪ من المدارس الابتدائية الحكومية والأهلية",
           "إنه تم تسليم المقررات المدرسية لأكثر من ٧٠ ٪ من المدارس الابتدائية الحكومية والأهلية حيث تعمل المستودعات صباحا لتسليم المقررات للمدارس الحكومية وفي الفترة المسائية للمدارس الأهلية"]),
], note="Reference date 2015-08-11; الآن and the school-year deadlines give no day (dates null).")


# ---------------------------------------------------------------------------------------------- alwatan
UQAIBI = ("mohammed-al-uqaibi", OFF)
article("alwatan-2015-08-02-827", "2015-08-02", [
    O("six-yanbu-students-accelerated",
      "نجح ستة من الطلاب والطالبات الموهوبين في محافظة ينبع في اختصار سنة دراسية، والانتقال إلى المرحلة التي تليها وفق نظام التسريع الذي قامت بإجرائه وزارة التعليم على الطلاب الموهوبين والموهوبات علمياً",
      core=True, alt=["نجح ستة من الطلاب والطالبات الموهوبين في محافظة ينبع في اختصار سنة دراسية"],
      note="The lead's fact: core. «وفق نظام التسريع» names a scheme, not a speaker."),
    O("minister-decision", "أصدر وزير التعليم الدكتور عزام الدخيل قرارا بتسريعهم بعد اجتيازهم اختبارات التسريع للعام الدراسي ١٤٣٥ /١٤٣٦ لصفوف أعلى بناء على النتائج النهائية لتفوقهم غير العادي",
      note="An act (a decision issued), not a statement: the outlet's."),
    A("uqaibi-four-week-programme", *UQAIBI, "مدير التعليم بمحافظة ينبع محمد العقيبي", "أكد",
      "الطلاب الجاري تسريعهم سيتم إخضاعهم لبرنامج خاص لمدة أربعة أسابيع للتأكد من تكيفهم النفسي والاجتماعي والمعرفي مع صفوفهم الجديدة",
      alt=["أن الطلاب الجاري تسريعهم سيتم إخضاعهم لبرنامج خاص لمدة أربعة أسابيع للتأكد من تكيفهم النفسي والاجتماعي والمعرفي مع صفوفهم الجديدة"]),
    A("uqaibi-guidance-committee-follows", *UQAIBI, "مدير التعليم بمحافظة ينبع محمد العقيبي", "أكد",
      "تقوم لجنة التوجيه والإرشاد في المدرسة بمتابعة الطلاب والطالبات الذين تم تسريعهم في المرحلة الجديدة نفسياً واجتماعيا، ثم رفع تقرير عن حالة الطالب بعد انتهاء الفترة التجريبية إلى لجنة التسريع بإدارة \"التعليم\"",
      cue_ctx="وأكد مدير",
      note="The و clause goes on with the speaker's account in the same sentence (no new complementizer): a second "
           "claim, same cue (doubtful scope)."),
    A("uqaibi-gifted-classes", *UQAIBI, "مدير التعليم بمحافظة ينبع محمد العقيبي", "أضاف",
      "ابتداءً من هذا العام سيتم استحداث فصول خاصة للموهوبين وفق الضوابط الخاصة المعتمدة بقرار وزير التعليم",
      coref=True, alt=["أنه ابتداءً من هذا العام سيتم استحداث فصول خاصة للموهوبين وفق الضوابط الخاصة المعتمدة بقرار وزير التعليم"]),
    O("national-89-and-87", "بلغ عدد الطلاب الذين اجتازوا نظام التسريع على مستوى المملكة في المرحلة الابتدائية 89 طالبا وطالبة ينقلون من الصف الرابع إلى الصف السادس الابتدائي، وفي المتوسطة 87 طالبا وطالبة ينقلون من الصف الأول المتوسط إلى الصف الثالث المتوسط",
      note="A new sentence with no speech verb: the outlet's (it may go on with al-Uqaibi's figures)."),
], note="Reference date 2015-08-02; no statement is dated in the text.")


# ---------------------------------------------------------------------------------------------- alweeam
BARRAK = ("abdulrahman-al-barrak", OFF)
MOE = ("ministry-of-education", GOV)
article("alweeam-2015-07-21-1680", "2015-07-21", [
    O("minister-to-sponsor-fatin", "يرعى معالي وزير التعليم الدكتور عزام بن محمد الدخيّل الأربعاء القادم انطلاقة الملتقى التعريفي لبرنامج ” فطن ” بالمنطقة الشرقية",
      core=True, date="2015-07-22",
      note="The lead's fact. الأربعاء القادم from the crawl day, Tuesday 2015-07-21 (crawled at 02:20, so likely the issue "
           "of Monday 20 July): 2015-07-22 either way."),
    A("barrak-most-important-stage", *BARRAK, "وكيل وزارة التعليم للتعليم رئيس اللجنة الفنية لبرنامج ” فطن ” الدكتور عبدالرحمن البراك", "قال",
      "هذه المرحلة من البرنامج تعدّ من أهم المراحل التي يجب أن نعرف من خلالها الأدوار المناطة بنا لتوصيل الرسالة والأهداف التي أطلق من أجلها هذا البرنامج , ونعي أيضاً مدى قدرتنا على الوصول إلى الشرائح والفئات المستهدفة",
      cue_ctx="وقال وكيل", cw=False, alt_cues=[":"],
      alt=["هذه المرحلة من البرنامج تعدّ من أهم المراحل"],
      note="The complement after «: إن»; an evaluation: core, not checkworthy."),
    A("barrak-importance-of-preparation", *BARRAK, "وكيل وزارة التعليم للتعليم رئيس اللجنة الفنية لبرنامج ” فطن ” الدكتور عبدالرحمن البراك", "مبيناً",
      "أهمية الإعداد المسبق بتعريف الميدان بمسارات البرنامج الإعلامية والتدريبية , ودور الوزارة في إطلاق ” فطن ” من خلال رؤية وطنية ليكون شاملاً للوقاية من الانحرافات السلوكية والفكرية على اختلافها , والعمل على ذلك من خلال القطاعات المعنية بالطلاب والطالبات",
      coref=True, cw=False, note="A nominal complement (بيّن أهمية ...): core, not checkworthy."),
    A("oraini-sponsorship-from-responsibility", "nasser-al-oraini", OFF, "مدير عام برنامج فطن ناصر العريني", "أشار",
      "رعاية وزير التعليم واهتمامه بـ” فطن ” يأتي من واقع الشعور بالمسؤولية الوطنية تجاه هذا الوطن , وإسهاماً منه في بلورة الأفكار البناءة التي تدعم كل منتج وطني سيحقق بإذن الله أهدافه التي ستعود على أبنائنا وبناتنا بالنفع , وتجعل منهم دعائم محصنة تجاه أي سلوك أو أفكار قد تخل بتوجهاتهم وأفكارهم وتشوه سلوكياتهم الايجابية تجاه أنفسهم ومجتمعهم ووطنهم",
      cw=False, alt=["رعاية وزير التعليم واهتمامه بـ” فطن ” يأتي من واقع الشعور بالمسؤولية الوطنية تجاه هذا الوطن"],
      note="«أشار ... من جانبه أن»: the complement after أن. An evaluation: not checkworthy; قد inside a relative clause: not hedged."),
    O("minister-launched-centre", "أطلق معالي وزير التعليم الدكتور عزام الدخيّل مركز استشارات” فطن ” لوقاية أبنائنا من الانتماءات المشبوهة من خلال الرقم المجاني للبرنامج",
      note="An act, told by the outlet."),
    O("360-experts-prepared", "اعتمد البرنامج منظومة المهارات الشخصية والاجتماعية متمماً إعداد 360 خبيراً من خبراء فطن في مرحلته الأولى"),
    A("moe-launched-prevention-programme", *MOE, "وزارة التعليم", "أكدت",
      "أطلقت برنامجها الوطني الوقائي من خلال عقد شراكات مع عدد من الجهات ذات العلاقة, وعقد اجتماعات لمسؤولي إدارات التعليم في المناطق والمحافظات لتنفيذ الحملة الوقائية الخاصة بالبرنامج",
      alt=["أنها أطلقت برنامجها الوطني الوقائي من خلال عقد شراكات مع عدد من الجهات ذات العلاقة, وعقد اجتماعات لمسؤولي إدارات التعليم في المناطق والمحافظات لتنفيذ الحملة الوقائية الخاصة بالبرنامج"],
      note="«في وقت سابق»: no day (date null)."),
    A("moe-media-coverage", *MOE, "وزارة التعليم", "مشيرة",
      "ستستخدم التغطية الإعلامية الشاملة والأنشطة والبرامج والتدريب في البرنامج في جميع مراحل التعليم",
      coref=True, alt_cues=["مشيرة إلى"],
      alt=["أنها ستستخدم التغطية الإعلامية الشاملة والأنشطة والبرامج والتدريب في البرنامج في جميع مراحل التعليم"]),
], note="Reference date 2015-07-21. «رابط الخبر بصحيفة الوئام: ...» is not a claim.")


# ---------------------------------------------------------------------------------------------- alyaum
YOUSEF = ("yousef-al-yousef", OFF)
article("alyaum-2015-07-22-1709", "2015-07-22", [
    O("amal-complex-eid-party", "أقام مجمع الامل بالدمام حفل معايدة المرضى بالاشتراك مع لجنة اصدقاء المرضى بالمنطقة الشرقية",
      core=True, note="The lead's fact; no day is given (date null)."),
    O("nomair-distributed-gifts", "قام رئيس قسم الخدمة الاجتماعية بمجمع الامل بالدمام احمد النمير بتوزيع الهدايا على أقسام التنويم لعلاج الإدمان واقسام الصحة النفسية للرجال والنساء ومركز الرعاية المستمرة"),
    O("sea-trip-160", "قام مركز الرعاية المستمرة بتسيير رحلة بحرية لمراجعي المركز والبالغ عددهم 160 مراجعا الى شاطئ بحر نصف القمر وتستمر لمدة يومين يشارك بها عدد من المتعافين من دول الخليج العربي"),
    A("yousef-eid-programme", *YOUSEF, "رئيس مركز الرعاية المستمرة والمشرف على برنامج العيد لمركز الرعاية المستمرة يوسف اليوسف", "ذكر",
      "قسم الرعاية المستمرة أقام برنامج معايدة للمرضى شارك به عدد من المتعافين من دول الخليج العربي",
      cue_ctx="ذكر رئيس مركز"),
    A("yousef-party-after-eid-prayer", *YOUSEF, "اليوسف", "ذكر",
      "المركز اقام حفل معايدة للمراجعين للمركز مباشرة بعد صلاة العيد، اجتمع فيه المتعافون بالمركز مع بعضهم البعض بعد صلاة العيد مباشرة ليتم بعد ذلك عمل نشاط ترفيهي للعيد امتد الى فترة المساء شمل العديد من الفقرات الثقافية والرياضية، وتم خلاله توزيع الهدايا والمبالغ المالية المخصصة بهذه المناسبة وقام بتوفيرها قسم الخدمة الاجتماعية بالتنسيق مع لجنة أصدقاء المرضى بالمنطقة الشرقية، وفي اليوم التالي توجه المتعافون الى رحلة بحرية تم التنسيق لها بهذه المناسبة كنوع من التغيير في البرنامج وبهدف دعم المتعافين لاستمرارهم في البرنامج وفي التعافي",
      cue_ctx="وذكر اليوسف ان المركز", src_ctx="وذكر اليوسف ان المركز",
      alt=["المركز اقام حفل معايدة للمراجعين للمركز مباشرة بعد صلاة العيد"],
      note="One complement running on through its و clauses (one sentence): one claim. Eid's day is not in the text: date null."),
    A("yousef-umrah-70", *YOUSEF, "اليوسف", "ذكر",
      "هذه البرامج تقام ضمن برامج المركز للمتعافين حيث يقوم المركز بعدد من البرامج ومنها برنامج رحلة العمرة الإيمانية خلال شهر رمضان المبارك وشارك بهذه الرحلة أكثر من 70 متعافيا، حيث قاموا بزيارة الحرم المكي الشريف وأداء مناسك العمرة وزيارة المدينة المنورة",
      cue_ctx="وذكر اليوسف ان هذه", src_ctx="وذكر اليوسف ان هذه",
      alt=["هذه البرامج تقام ضمن برامج المركز للمتعافين"]),
    A("yousef-ramadan-donations", *YOUSEF, "اليوسف", "ذكر",
      "قام المركز نهاية شهر رمضان الكريم بتوزيع مبالغ مادية بتبرع من اهل الخير للمحتاجين من المتعافين الذين أكملوا فترة ما فوق الشهرين، وايضاً المتزوجون منهم لدعم اسرهم ليساعد ذلك على استمراريتهم في البرنامج والتعافي طويل الأمد",
      cue_ctx="وذكر اليوسف ان هذه", src_ctx="وذكر اليوسف ان هذه", coref=True, opt=True,
      note="A new sentence (كما قام ...) with no verb of saying that goes on with al-Yousef's list: his, coref, optional "
           "(scope across the sentence break is doubtful)."),
    A("yousef-hajj-registration", *YOUSEF, "اليوسف", "ذكر",
      "المركز الآن يقوم باستقبال طلبات المتعافين للتسجيل للحج لهذا العام كعادته السنوية حتى يتسنى حصر العدد والتأكد من جاهزيتهم",
      cue_ctx="وذكر ان المركز الآن", coref=True,
      note="Elided subject (وذكر): the label is the last naming mention, coref."),
], note="Reference date 2015-07-22; the Eid and Ramadan events are not dated in the text (null).")


# ---------------------------------------------------------------------------------------------- arreyadi
BATHAL = ("khalid-al-bathal", PERSON)
article("arreyadi-2015-07-21-2376", "2015-07-21", [
    A("bathal-lyric-poetry-declined", *BATHAL, "الشاعر الغنائي المعروف خالد البذال", "قال",
      "مستوى الشعر غنائياً شهد خلال السنوات الماضية هبوطا كبيرا بسبب عدم الاهتمام وهذا سيساهم في تراجع دور الأغنية وتأثيرها، خاصة لمن دخل مجال الأغنية عبر القصيدة النبطية",
      cw=False, alt=["مستوى الشعر غنائياً شهد خلال السنوات الماضية هبوطا كبيرا بسبب عدم الاهتمام"],
      note="An evaluation of quality: core, not checkworthy."),
    A("bathal-specialised-programmes", *BATHAL, "الشاعر الغنائي المعروف خالد البذال", "أضاف",
      "يجب أن تكون هناك برامج مختصة بالشعر الغنائي وأن تكون برامج هادفة وفيها اهتمام أكبر من المسؤولين بالأغنية والقصيدة، خاصة أنه لا يوجد مجال للنشر الآن إلا عبر تويتر، والذي أصبح نافذة للشاعر",
      cue_ctx="وأضاف: يجب", coref=True, cw=False, alt_cues=["أضاف:"],
      alt=["يجب أن تكون هناك برامج مختصة بالشعر الغنائي وأن تكون برامج هادفة وفيها اهتمام أكبر من المسؤولين بالأغنية والقصيدة"],
      note="A recommendation: core, not checkworthy."),
    A("bathal-finished-saqf-wahid", *BATHAL, "البذال", "كشف",
      "انتهى من عمله الدرامي \"سقف واحد\" خلال الايام القادمة على تلفزيون الكويت",
      alt=["بأنه انتهى من عمله الدرامي \"سقف واحد\" خلال الايام القادمة على تلفزيون الكويت"],
      note="The text is garbled (finished ... in the coming days, on Kuwait TV): taken as written. The name written "
           "again: as written."),
    A("bathal-produced-series", *BATHAL, "البذال", "مشيراً",
      "أنتج عدة مسلسلات منها الذي يتكلم عن البادية وأخرى اجتماعية", coref=True,
      alt=["بأنه أنتج عدة مسلسلات منها الذي يتكلم عن البادية وأخرى اجتماعية"]),
    A("bathal-aims-real-art", *BATHAL, "البذال", "أشار",
      "يهدف من هذه الأعمال تقديم فنً حقيقي", coref=True, cw=False, alt_cues=["أشار إلى"],
      note="Elided subject: the last naming mention, coref. An intention: not checkworthy."),
    A("bathal-plans-historical-drama", *BATHAL, "البذال", "أشار",
      "يخطط لإنتاج درامي يوثق لمراحل تاريخية", coref=True, alt_cues=["أشار إلى"],
      note="The second أن clause of the same verb: a second claim, same cue."),
    A("bathal-collaborations", *BATHAL, "البذال", "أضاف",
      "لديه تعاونات غنائية مع راشد الماجد وعبدالكريم عبدالقادر وغيرهم", cue_ctx="وأضاف بأن", coref=True,
      alt=["بأن لديه تعاونات غنائية مع راشد الماجد وعبدالكريم عبدالقادر وغيرهم"]),
], note="Reference date 2015-07-21. The dateline «الرياضي ـ جدة» is not a claim; the lead is attributed, so there is "
        "no outlet claim. A culture story of the sports paper (no sports words): kept, as the selector drew it.")


# ---------------------------------------------------------------------------------------------- okaz
HARBI = ("mohammed-al-harbi", OFF)
article("okaz-2015-07-27-1288", "2015-07-27", [
    O("man-kills-and-burns-rival", "أنهى شاب في العقد الثاني مسلسل خلافه مع آخر في العقد الثالث بالقتل والحرق بعد تهديده عدة مرات أمام العامة",
      core=True, note="The lead's unattributed fact: core (its details are the spokesman's)."),
    A("harbi-burnt-car-found", *HARBI, "الناطق الإعلامي لشرطة منطقة جازان المقدم محمد الحربي", "أوضح",
      "شرطة محافظة أبوعريش التابعة لمنطقة جازان، تلقت بلاغا عن العثور على سيارة احترقت بالكامل بالقرب من إحدى المزارع وبجانبها قائد المركبة",
      cue_ctx="وأوضح الناطق"),
    A("harbi-driver-stabbed", *HARBI, "الناطق الإعلامي لشرطة منطقة جازان المقدم محمد الحربي", "أوضح",
      "بعد رفع المعلومات الأولية تبين أن قائد المركبة تلقى عدة طعنات قبل أن تحرق مركبته",
      cue_ctx="وأوضح الناطق", alt=["قائد المركبة تلقى عدة طعنات قبل أن تحرق مركبته"],
      note="The spokesman's account runs on through the sentence (و ... ثم ...): one claim per event, same cue."),
    A("harbi-suspects-arrested", *HARBI, "الناطق الإعلامي لشرطة منطقة جازان المقدم محمد الحربي", "أوضح",
      "استطاعت شرطة المنطقة في وقت قياسي القبض على عدد من الأشخاص تشير لهم أصابع الاتهام لهذه الجريمة",
      cue_ctx="وأوضح الناطق"),
    A("harbi-student-revenge-referred", *HARBI, "الناطق الإعلامي لشرطة منطقة جازان المقدم محمد الحربي", "أوضح",
      "الوصول للجاني الذي اتضح أنه طالب جامعي أقدم على فعلته بدافع الانتقام لخلاف سابق وتمت إحالته لهيئة التحقيق والادعاء العام لاستكمال الإجراءات",
      cue_ctx="وأوضح الناطق", alt=["طالب جامعي أقدم على فعلته بدافع الانتقام لخلاف سابق"]),
], note="Reference date 2015-07-27; no day is given for the crime (dates null). One long sentence of the spokesman: "
        "four claims, one per event, all under أوضح.", relations=[
    {"a": "man-kills-and-burns-rival", "b": "harbi-student-revenge-referred", "relation": "supports"},
])

RUWAIS = ("khalid-al-ruwais", PERSON)
article("okaz-2015-08-11-1454", "2015-08-11", [
    A("ruwais-fund-delay-unjustified", *RUWAIS, "مشرف كرسي الملك عبدالله للأمن الغذائي الأستاذ الدكتور خالد الرويس", "كشف",
      "تأخير صندوق التنمية الزراعية في منح قروضه للمستثمرين الزراعيين في الخارج التابعين لمبادرة الملك عبدالله، رحمه الله، للاستثمار الزراعي في الخارج غير مبرر",
      alt_cues=["كشف لـ«عكاظ»"],
      note="«لـ«عكاظ»»: the speaker, not the outlet. The share-button line before it is not a claim."),
    A("ruwais-salic-must-share", *RUWAIS, "الرويس", "طالب",
      "شركة «سالك» بتحمل جزء من المسؤولية، من خلال تبني المستثمرين الصغار وإنشاء كيانات لهم ودعمهم للاستثمار خارجيا",
      note="A directive with checkable content: core."),
    A("ruwais-salic-unknown-record", *RUWAIS, "الرويس", "قائلا",
      "لا ندري ماذا عملت هذه الشركة حتى الآن، ويجب عليها الظهور وتبيان خططها، وماذا فعلت في فترة الـ8 سنوات الماضية منذ إنشائها",
      cue_ctx="قائلا: إننا", coref=True, alt_cues=[":"],
      alt=["إننا لا ندري ماذا عملت هذه الشركة حتى الآن، ويجب عليها الظهور وتبيان خططها، وماذا فعلت في فترة الـ8 سنوات الماضية منذ إنشائها"]),
    A("ruwais-seven-commodities", *RUWAIS, "الرويس", "قال",
      "المبادرة نصت على 7 سلع غذائية رئيسية، وليس من مصلحتهم إلغاء سلعة ما من تلك السلع؛ لأن تلك السلع معروفة على مستوى العالم",
      cue_ctx="قال الرويس إن", alt=["المبادرة نصت على 7 سلع غذائية رئيسية"],
      note="«وحول التوجه لإلغاء ...» names the topic (the outlet's framing), not a claim."),
    A("ruwais-target-countries-know", *RUWAIS, "الرويس", "مؤكدا",
      "الدول المستهدفة بالاستثمار الزراعي في الخارج تعرف احتياجات المملكة من السلع الرئيسية", coref=True),
    A("ruwais-all-raw-sugar-imported", *RUWAIS, "الرويس", "زاد",
      "المملكة تستورد كامل احتياجنا من خام السكر من الخارج", cue_ctx="وزاد الرويس"),
    A("ruwais-3m-tonnes-wheat", *RUWAIS, "الرويس", "زاد",
      "المملكة تستورد 3 ملايين طن سنويا من القمح", cue_ctx="وزاد الرويس",
      alt=["بالإضافة إلى أن المملكة تستورد 3 ملايين طن سنويا من القمح"],
      note="«بالإضافة إلى أن»: a second content clause of the same verb, same cue."),
    A("ruwais-tried-institutional-work", *RUWAIS, "الرويس", "أفاد",
      "حاولنا في بداية الحاجة للمبادرة، أن يكون هناك عمل مؤسسي مع مكتب هيئة المبادرة في وزارة الزراعة لتحقيق نسبة معينة من الأمن الغذائي في المملكة والاستفادة من المعدات الموجودة في المملكة والتي توقفت عن العمل، بسب توقف زراعة القمح",
      alt=["أننا حاولنا في بداية الحاجة للمبادرة، أن يكون هناك عمل مؤسسي مع مكتب هيئة المبادرة في وزارة الزراعة لتحقيق نسبة معينة من الأمن الغذائي في المملكة والاستفادة من المعدات الموجودة في المملكة والتي توقفت عن العمل، بسب توقف زراعة القمح"],
      note="The complement after the suffixed complementizer أننا."),
    A("ruwais-only-ministry-knows", *RUWAIS, "الرويس", "أضاف",
      "لا أحد يستطيع أن يعطيك أسباب التأخير في المبادرة غير وزارة الزراعة، وصندوق التنمية الزراعية",
      cue_ctx="وأضاف الرويس"),
    A("ruwais-salic-role-unknown", *RUWAIS, "الرويس", "أكد",
      "حتى الآن لا ندري بماذا ستخدم شركة «سالك»، قضايا الأمن الغذائي في المملكة", coref=True, cue_ctx="وأكد أنه حتى",
      alt=["أنه حتى الآن لا ندري بماذا ستخدم شركة «سالك»، قضايا الأمن الغذائي في المملكة"]),
    A("ruwais-expects-new-management", *RUWAIS, "الرويس", "أكد",
      "نتوقع أن تكون الإدارة الجديدة في الوزارة لديها إيمان بأهمية وجود الخزن الاستراتيجي للغذاء في المملكة",
      coref=True, cue_ctx="وأكد أنه حتى", hedged=True,
      alt=["أن تكون الإدارة الجديدة في الوزارة لديها إيمان بأهمية وجود الخزن الاستراتيجي للغذاء في المملكة"],
      note="نتوقع: the speaker's expectation, hedged (a clause of its own, not a sentence inside a longer quotation)."),
    A("ruwais-measures-unknown", *RUWAIS, "الرويس", "أكد",
      "لا ندري ما هي الإجراءات التي تمت", coref=True, cue_ctx="وأكد أنه حتى",
      note="The ولكن clause of the same complement: one claim per clause (unseen-2015-c)."),
    A("ruwais-asks-to-be-informed", *RUWAIS, "الرويس", "مطالبا",
      "هذه الجهات بإبلاغنا في كرسي المبادرة، كباحثين، بما تم من عمل وإجراءات حول المبادرة، وإلى أين تتجه المبادرة",
      coref=True, note="A directive with checkable content: core."),
    A("ruwais-nothing-since-2008", *RUWAIS, "الرويس", "أكد",
      "منذ انطلاقة المبادرة عام 2008 حتى الآن لم يحصل شيء من هذا", coref=True, cue_ctx="وأكد أنه حتى",
      alt=["منذ انطلاقة المبادرة عام 2008 حتى الآن لم يحصل شيء من هذا، خاصة أن توجهات وأهداف المبادرة سليمة، وكانت هناك إمكانية لزيادة المخزون الاستراتيجي للسلع الغذائية الأساسية من خلال منتجينا في الخارج عبر الدول المستهدفة"],
      note="The ف clause after his demand goes on in his voice (منتجينا): his, under the sentence's verb أكد; a negative "
           "fact asserted, not a denial. Its خاصة أن tail in the wider alt span."),
    A("ruwais-denies-fund-favours-big", *RUWAIS, "الرويس", "نفى",
      "يكون الصندوق داعما للشركات الكبيرة", pol="denied", alt_cues=["نفى الرويس علمه"],
      alt=["أن يكون الصندوق داعما للشركات الكبيرة"],
      note="«نفى ... علمه أن»: he denies knowing of it; read as a denial (doubtful: a denial of knowledge). "
           "The «وحول منح الصندوق القروض ...» frame is the outlet's topic line."),
    A("ruwais-system-clear", *RUWAIS, "الرويس", "قائلا",
      "النظام واضح، وفي الوقت ذاته لسنا ضد أن يعمل الصندوق كل جهده لضمان استرداد قروضه",
      cue_ctx="قائلا: إن النظام", coref=True, alt_cues=[":"], alt=["النظام واضح"]),
    A("ruwais-loans-delayed", *RUWAIS, "الرويس", "قائلا",
      "هناك تأخير في منح تلك القروض، وفي نفس الوقت هناك دول استفادت من تلك التجارب",
      cue_ctx="قائلا: إن النظام", coref=True, alt=["هناك تأخير في منح تلك القروض"],
      note="The لكن clause: a claim of its own, same cue."),
    O("gulf-companies-ahead", "هناك شركات خليجية جاءت بعد المملكة وقطعت أشواطا طويلة ومنتجة في الاستثمار الخارجي الزراعي، ومنها شركات قطرية وإماراتية",
      note="«يشار إلى أن»: agentless, the outlet's."),
], note="Reference date 2015-08-11; الآن and عام 2008 give no day for any claim (dates null). An interview "
        "(كشف لـ«عكاظ»): every statement is al-Ruwais's; the name written again is as written.", relations=[
    {"a": "ruwais-fund-delay-unjustified", "b": "ruwais-loans-delayed", "relation": "supports"},
    {"a": "ruwais-salic-unknown-record", "b": "ruwais-salic-role-unknown", "relation": "supports"},
])


# ---------------------------------------------------------------------------------------------- sabq
EPP = ("eastern-province-police", GOV)
SPOKES = ("eastern-province-police-spokesman", OFF)
article("sabq-2015-07-27-1348", "2015-07-27", [
    A("police-faraj-killed", *EPP, "شرطة المنطقة الشرقية", "كشفت",
      "مقتل مطلوب \"القائمة 23\" محمد علي عبدالرحيم الفرج بالقطيف",
      alt=["تفاصيل مقتل مطلوب \"القائمة 23\" محمد علي عبدالرحيم الفرج بالقطيف"],
      note="«كشفت ... تفاصيل مقتل»: the police's claim is the killing (the nominal complement)."),
    O("faraj-accused", "المتهم بإثارة الشغب وإتلاف الممتلكات العامة والخاصة، وحيازة أسلحة نارية بصفة غير مشروعة؛ تنفيذاً لأجندات خارجية",
      after="الفرج بالقطيف",
      note="An accusation with no accuser at this point: an optional outlet claim (the GUIDE)."),
    A("spokesman-shot-man-reported", *SPOKES, "الناطق الإعلامي بشرطة المنطقة الشرقية", "قال",
      "عند الساعة التاسعة من صباح أمس الأحد باشرت شرطة القطيف بلاغاً عن تعرض أحد المواطنين للإصابة بطلقات نارية، ونقله إلى مستوصف مضر ببلدة القديح بواسطة شقيقه",
      date="2015-07-26",
      alt=["إنه عند الساعة التاسعة من صباح أمس الأحد باشرت شرطة القطيف بلاغاً عن تعرض أحد المواطنين للإصابة بطلقات نارية، ونقله إلى مستوصف مضر ببلدة القديح بواسطة شقيقه"],
      note="A spokesman with a title and no name: government-official, the title as written. أمس الأحد = 2015-07-26 "
           "(crawled Monday 2015-07-27). The stray closing mark after شقيقه is left out."),
    A("spokesman-died-at-clinic", *SPOKES, "الناطق الإعلامي بشرطة المنطقة الشرقية", "بيّن",
      "اتضح وفاة المصاب بعد وصوله إلى المستوصف", coref=True, date="2015-07-26",
      note="«وبيّن: \"...»: elided subject, coref. The same morning's events: dated with them."),
    A("spokesman-victim-is-wanted-faraj", *SPOKES, "الناطق الإعلامي بشرطة المنطقة الشرقية", "بيّن",
      "من بين المطلوبين للجهات الأمنية المعلنة أسماؤهم على قائمة الـ (23) بتاريخ 8/ 2/ 1433هـ، وهو المطلوب محمد علي عبدالرحيم الفرج",
      coref=True, alt=["أنه من بين المطلوبين للجهات الأمنية المعلنة أسماؤهم على قائمة الـ (23) بتاريخ 8/ 2/ 1433هـ، وهو المطلوب محمد علي عبدالرحيم الفرج"],
      note="The second content clause (وأنه): a second claim, same cue; the quotation mark opened at بيّن never closes."),
    A("spokesman-brother-named-killers", *SPOKES, "الناطق الإعلامي بشرطة المنطقة الشرقية", "بيّن",
      "أدلى شقيقه بمعلومات عن هوية الجناة الذين اتضح أنهم من المطلوبين في قضايا جنائية", coref=True,
      note="Still inside the unclosed quotation of بيّن: the spokesman's."),
    A("spokesman-investigation-begun", *SPOKES, "الناطق الإعلامي بشرطة المنطقة الشرقية", "أضاف",
      "باشرت الجهات المختصة بشرطة القطيف إجراءات الضبط الجنائي للجريمة والتحقيق فيها", coref=True, alt_cues=[":"]),
    O("faraj-on-list-of-23", "\"الفرج\" أحد المطلوبين أمنياً في قائمة 23 التي أعلنتها وزارة الداخلية قبل نحو 3 أعوام",
      note="«يُذكر أن»: the outlet's background."),
    A("moi-announced-list-of-23", "saudi-interior-ministry", GOV, "وزارة الداخلية", "أعلنت",
      "قائمة بأسماء (23) مطلوباً في إحدى محافظات المنطقة الشرقية", src_ctx="حيث أعلنت وزارة الداخلية",
      cue_ctx="حيث أعلنت", opt=True,
      note="A second mention of the list's announcement (background the outlet recalls): optional. 8/ 2/ 1433هـ is a "
           "Hijri date (early January 2012; not converted here): date null."),
    O("list-members-acts", "تمثلت أعمالهم في إثارة الشغب والتجمعات الغوغائية وعرقلة حركة المرور داخل الأحياء وإتلاف الممتلكات العامة والخاصة، وحيازة أسلحة نارية بصفة غير مشروعة، وإطلاق النار عشوائياً على المواطنين ورجال الأمن، والتستر بالأبرياء من المواطنين ومحاولة جرهم إلى مواجهات عبثية مع القوات الأمنية؛ تنفيذا لأجندات خارجية",
      note="The outlet's account of the list's charges (they may go on with the ministry's announcement: doubtful)."),
], note="Reference date 2015-07-27 (a Monday): أمس الأحد = 2015-07-26. «سبق- الشرقية:» is a dateline.", relations=[
    {"a": "police-faraj-killed", "b": "spokesman-victim-is-wanted-faraj", "relation": "supports"},
    {"a": "spokesman-victim-is-wanted-faraj", "b": "faraj-on-list-of-23", "relation": "supports"},
])


# ---------------------------------------------------------------------------------------------- was
SAIF = ("abdulaziz-al-saif", OTHER)
SHATHRI = ("saad-al-shathri", OFF)
article("was-2015-08-11-1546", "2015-08-11", [
    O("taif-governor-opens-forum",
      "دشن معالي محافظ محافظة الطائف فهد بن عبدالعزيز بن معمر الرئيس الفخري لجمعية \"كفى\" للتوعية بأضرار التدخين والمخدرات بالمحافظة ،بحضور معالي مستشار خادم الحرمين الشريفين الدكتور سعد الشثري، ومعالي مدير جامعة الطائف الدكتور عبدالإله بن عبدالعزيز باناجة, أمس, فعاليات ملتقى \" أشعلها أملاً بإلقائها \" في عامها الخامس، بتنظيم من جمعية \" كفى \" وذلك بقاعة السلام للاحتفالات",
      core=True, date="2015-08-10", note="The lead's fact; أمس = 2015-08-10 (the dateline: 11 August 2015)."),
    A("saif-all-groups", *SAIF, "رئيس مجلس إدارة جمعية \" كفى \" عبدالعزيز السيف", "أوضح",
      "أنشطة الملتقي شملت جميع فئات المجتمع", date="2015-08-10", alt_cues=["أوضح فيها"],
      note="«كلمة ... أوضح فيها»: the speaker of the speech. Guillemets inside the longer noun phrase kept. A charity's "
           "chairman: other. Said at the dated ceremony: 2015-08-10."),
    A("saif-saved-many-youths", *SAIF, "رئيس مجلس إدارة جمعية \" كفى \" عبدالعزيز السيف", "بين",
      "الجمعية أسهمت في إنقاذ أعداد كبيرة من الشباب من براثن الإدمان, ونجحت من خلال أنشطتها التوعوية في تجنيب كثير من الشباب شرور التدخين والمخدرات",
      cue_ctx="وبين أن الجمعية", coref=True, date="2015-08-10"),
    A("saif-branches-programmes", *SAIF, "رئيس مجلس إدارة جمعية \" كفى \" عبدالعزيز السيف", "لافتاً",
      "أفرع الجمعية في مكة المكرمة والطائف والليث وجدة, تقدم فعاليات منتظمة عن أخطار التدخين والمخدرات، وبرامج صحية، ونفسية تساعد المدمنين والمدخنين على الإقلاع عنها من خلال استحداث مركز الرعاية والتأهيل في الفرع",
      coref=True, date="2015-08-10", alt_cues=["لافتاً إلى"],
      alt=["أفرع الجمعية في مكة المكرمة والطائف والليث وجدة, تقدم فعاليات منتظمة عن أخطار التدخين والمخدرات"]),
    A("shathri-thanks-khalid-al-faisal", *SHATHRI, "الدكتور الشثري", "قدم",
      "شكره لصاحب السمو الملكي الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة, على جهوده ومتابعته لمثل هذه الإعمال الخيرية المباركة، ولمعالي محافظ الطائف على دعمه للجهود المجتمعية في المحافظة",
      opt=True, cw=False, date="2015-08-10", note="Thanks: optional, not checkworthy. The name written again, shortened: as written."),
    A("shathri-praises-society", *SHATHRI, "الدكتور الشثري", "نوه",
      "ما تقوم به الجمعية من جهود لتوعية أفراد المجتمع بتلك الآفة الخطيرة وعلاج من وقع فيها",
      coref=True, opt=True, cw=False, date="2015-08-10",
      note="Praise (نوه بـ): optional, as thanks."),
    A("shathri-bond-with-god", *SHATHRI, "الدكتور الشثري", "قال",
      "من أعظم الأمور التي تؤثر في النفس البشرية هي ربطها بالله عز وجل وباليوم الآخر، حيث بين الله سبحانه وتعالى في كتابه الكريم علاج الكثير من الأخطاء والأمور والمعاصي والمخالفات",
      coref=True, cw=False, date="2015-08-10", cue_ctx="وقال :\"",
      note="A religious maxim: core, not checkworthy. The span after «إن», without the closing space and mark."),
    A("shathri-mercy-among-people", *SHATHRI, "الدكتور الشثري", "مشيراً",
      "ينبغي على أفراد المجتمع التراحم فيما بينهم، بمن ابتلاه الله تعالى بمعصية وهي من صفات نبي الأمة عليه أفضل الصلاة والسلام",
      coref=True, cw=False, date="2015-08-10", alt_cues=["مشيراً إلى"]),
    A("shathri-calls-to-support-charities", *SHATHRI, "مستشار خادم الحرمين الشريفين", "دعا",
      "أبناء المجتمع لبذل ما يستطيعون ورفد جهود الجمعيات الخيرية والوقوف معها وتذليل كل الصعوبات التي تواجهها لكي تؤدي رسالتها بالشكل المطلوب",
      src_ctx="ودعا مستشار خادم الحرمين الشريفين أبناء", cw=False, date="2015-08-10",
      note="A title without a name at the verb: the label as written. A general exhortation: core, not checkworthy."),
    O("governor-opened-exhibition", "في ختام الحفل أفتتح معالي محافظ الطائف المعرض المصاحب للملتقى", date="2015-08-10"),
    O("forum-five-days", "الملتقى الذي تستمر فعالياته خمسة أيام، يتخلله العديد من المحاضرات الدينية، والتوعوية، والدورات التدريبية، ومعرض عن أضرار التدخين والمخدرات، وورش عمل، وغيرها من المشاركات لعدد من القطاعات الحكومية والخاصة والجهات الخيرية",
      note="«يذكر أن»: the outlet's."),
], note="Reference date 2015-08-11 (the dateline: 26 Shawwal 1436 = 11 August 2015); أمس = 2015-08-10, and every "
        "speech at the ceremony is dated with it. The dateline, «// انتهى //» and the time stamp are not claims.")
