"""Held-out extraction gold for tests/gold/unseen-2015-e, written as strings; build_unseen_e_gold.py finds the offsets.

Annotated by reading the article text only, on tests/gold/GUIDE.md ("Real articles") and unseen-2015-c's
conventions, without running or reading the project's extractor. No extraction rule may be written while looking
at these articles. Notation: ../unseen-2015/unseen_notation.py (A attributed claim, O outlet-own claim). Options:
after (anchor the quote is searched after), cue_ctx / src_ctx (a unique string around the cue / source), coref,
via, pol, hedged, date, opt, cw, alt (alternative spans), alt_cues, note.
"""

from unseen_notation import ANON, ARMED, GOV, INTL, OFF, OTHER, OUTLET, PERSON, A, O, recorder  # noqa: F401

SRC: dict[str, dict] = {}
ARTICLES: dict[str, dict] = {}
article = recorder(SRC, ARTICLES)

SRC['3alyoum-2015-08-02-49'] = {"zip": '2015-08-02.zip', "member": '2015-08-02.json', "index": 49, "source": '3alyoum',
    "url": 'http://www.3alyoum.com/news/pol/a/وزير-الدفاع-الإسرائيلي-يأمر-باعتقال-ا/',
    "title": 'وزير الدفاع الإسرائيلي يأمر باعتقال المتورطين في إحراق الرضيع',
    "date_extracted": '2015-08-02 22:51:48'}
SRC['3alyoum-2015-08-11-57'] = {"zip": '2015-08-11.zip', "member": '2015-08-11.json', "index": 57, "source": '3alyoum',
    "url": 'http://www.3alyoum.com/sports/a/مدرب-الهلال-دونيس-لندن-فرصة-والسوبر-أ/',
    "title": 'مدرب الهلال دونيس: لندن فرصة.. والسوبر أول أهداف الموسم',
    "date_extracted": '2015-08-11 18:30:41'}
SRC['aawsat-2015-08-04-191'] = {"zip": '2015-08-04.zip', "member": '2015-08-04.json', "index": 191, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/421666/الشرطة-تعيد-ألبوم-زفاف-لزوجين-أفغانيين-فقداه-في-لوس-أنجليس',
    "title": 'الشرطة تعيد ألبوم زفاف لزوجين أفغانيين فقداه في لوس أنجليس',
    "date_extracted": '2015-08-04 18:10:06'}
SRC['aawsat-2015-08-06-413'] = {"zip": '2015-08-06.zip', "member": '2015-08-06.json', "index": 413, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/423641/مقتل-17-شخصًا-بتحطم-طائرة-للجيش-الأفغاني',
    "title": 'مقتل 17 شخصًا بتحطم طائرة للجيش الأفغاني',
    "date_extracted": '2015-08-06 18:51:47'}
SRC['aleqtisadiya-2015-08-01-284'] = {"zip": '2015-08-01.zip', "member": '2015-08-01.json', "index": 284, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/08/01/article_978086.html',
    "title": 'ارتفاع ضحايا فيضانات باكستان إلى 92 قتيلا',
    "date_extracted": '2015-08-01 20:27:01'}
SRC['aleqtisadiya-2015-08-07-289'] = {"zip": '2015-08-07.zip', "member": '2015-08-07.json', "index": 289, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/08/07/article_979756.html',
    "title": 'بريطانية تبلغ 12 عاما تتفوق على أينشتاين وهوكينغ في معدل الذكاء',
    "date_extracted": '2015-08-07 16:15:41'}
SRC['aljazirah-2015-08-09-423'] = {"zip": '2015-08-09.zip', "member": '2015-08-09.json', "index": 423, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150809/ms11.htm',
    "title": 'الطعام الحار يقي من السرطان وأمراض القلب',
    "date_extracted": '2015-08-09 17:41:12'}
SRC['aljazirah-2015-08-10-363'] = {"zip": '2015-08-10.zip', "member": '2015-08-10.json', "index": 363, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150810/du1.htm',
    "title": 'وفاة أمير الجماعة الإسلامية السابق بمصر داخل السجن ',
    "date_extracted": '2015-08-10 18:57:08'}
SRC['almadina-2015-08-08-570'] = {"zip": '2015-08-08.zip', "member": '2015-08-08.json', "index": 570, "source": 'almadina',
    "url": 'http://www.al-madina.com/node/623431/150-مليار-ريال-الدعم-الحكومي-للشركات-المنتجة-للكهرباء.html',
    "title": '150 مليار ريال الدعم الحكومي \t\tللشركات المنتجة للكهرباء',
    "date_extracted": '2015-08-08 06:41:58'}
SRC['almadina-2015-08-11-599'] = {"zip": '2015-08-11.zip', "member": '2015-08-11.json', "index": 599, "source": 'almadina',
    "url": 'http://www.al-madina.com/node/623778/تنفيذ-حكم-القتل-قصاصًا-في-أحد-الجناة-بالباحة.html',
    "title": 'تنفيذ حكم القتل قصاصًا في أحد الجناة بالباحة',
    "date_extracted": '2015-08-11 13:26:21'}
SRC['alriyadh-2015-08-01-597'] = {"zip": '2015-08-01.zip', "member": '2015-08-01.json', "index": 597, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1069429',
    "title": 'أوباميانج يمدد تعاقده مع دورتموند لخمسة أعوام',
    "date_extracted": '2015-08-01 15:27:44'}
SRC['alwatan-2015-08-04-772'] = {"zip": '2015-08-04.zip', "member": '2015-08-04.json', "index": 772, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Nation/News_Detail.aspx?ArticleID=230885&CategoryID=3',
    "title": 'ازدياد الاضطرابات العقلية في مناطق الكوارث النووية',
    "date_extracted": '2015-08-04 17:55:48'}
SRC['alwatan-2015-08-10-1013'] = {"zip": '2015-08-10.zip', "member": '2015-08-10.json', "index": 1013, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Nation/News_Detail.aspx?ArticleID=231537&CategoryID=3',
    "title": 'المتوسط.. مسرح لكوارث المهاجرين الإنسانية',
    "date_extracted": '2015-08-10 19:38:49'}
SRC['alweeam-2015-08-02-862'] = {"zip": '2015-08-02.zip', "member": '2015-08-02.json', "index": 862, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/350488/الأحوال_المدنية-تعلن-نتائج-القبول-الم/',
    "title": '«الأحوال المدنية» تعلن نتائج القبول المبدئي لبرنامج التدريب المنتهي بالتوظيف',
    "date_extracted": '2015-08-02 23:28:02'}
SRC['alweeam-2015-08-07-1142'] = {"zip": '2015-08-07.zip', "member": '2015-08-07.json', "index": 1142, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/351302/الإفراج-عن-السجين-السعودي-نايف-الحرب/',
    "title": 'الإفراج عن السجين السعودي “نايف الحربي” من سجون العراق',
    "date_extracted": '2015-08-07 06:28:52'}
SRC['alyaum-2015-08-08-1135'] = {"zip": '2015-08-08.zip', "member": '2015-08-08.json', "index": 1135, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4082402',
    "title": 'واشنطن تدرس إقفال سجن غوانتانامو بـ«شكل مسؤول»',
    "date_extracted": '2015-08-08 07:02:05'}
SRC['alyaum-2015-08-09-1001'] = {"zip": '2015-08-09.zip', "member": '2015-08-09.json', "index": 1001, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4082630',
    "title": 'صيف «أدبي أبها» يحتضن أمسية شعرية للعسيري والعمري',
    "date_extracted": '2015-08-09 17:52:42'}
SRC['okaz-2015-08-01-1110'] = {"zip": '2015-08-01.zip', "member": '2015-08-01.json', "index": 1110, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150801/Con20150801786805.htm',
    "title": 'الاتحاد ينتظر رد بواتينغ .. وبرنامج خاص لمونتاري',
    "date_extracted": '2015-08-01 15:56:24'}
SRC['okaz-2015-08-10-1484'] = {"zip": '2015-08-10.zip', "member": '2015-08-10.json', "index": 1484, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150810/Con20150810788698.htm',
    "title": 'مرسيليا  «حبة فوق.. حبة تحت»',
    "date_extracted": '2015-08-10 19:06:43'}
SRC['sabq-2015-08-02-1260'] = {"zip": '2015-08-02.zip', "member": '2015-08-02.json', "index": 1260, "source": 'sabq',
    "url": 'http://sabq.org/GmDgde',
    "title": 'تشكيل لجنة لطعون ومخالفات الانتخابات البلدية بالمدينة',
    "date_extracted": '2015-08-02 23:22:08'}


# ---------------------------------------------------------------------------------------------- 3alyoum
article("3alyoum-2015-08-02-49", "2015-08-02", [
    A("israeli-reports-yaalon-ordered-detentions", "israeli-reports", OUTLET, "تقارير إسرائيلية", "ذكرت",
      "وزير الدفاع موشيه يعالون كلف الأجهزة الأمنية بإصدار أوامر اعتقال إدارية بحق المشتبه في تورطهم في الاعتداء بإضرام النار في قرية دوما الفلسطينية أمس الأول الجمعة",
      date="2015-08-02", alt=["أن وزير الدفاع موشيه يعالون كلف الأجهزة الأمنية بإصدار أوامر اعتقال إدارية"],
      note="اليوم الأحد = 2015-08-02 (the reports' day); أمس الأول الجمعة = 2015-07-31 inside the quote."),
    A("security-source-determined-to-find", "senior-security-source", ANON, "مصدر أمني كبير", "القول",
      "الأجهزة الأمنية المختصة مصممة على اكتشاف مرتكبي هذا الاعتداء", via="israeli-radio", alt_cues=["نقلت"],
      note="نقلت الإذاعة الإسرائيلية عن مصدر ... القول إن: the source, via the radio; the verbal noun is the cue."),
    A("security-source-treat-as-terror", "senior-security-source", ANON, "مصدر أمني كبير", "القول",
      "لا مجال للتعامل مع المشتبه فيهم بارتكاب ممارسات دفع الثمن إلا على غرار التعامل مع الفلسطينيين الذين يشتبه في ضلوعهم في اعتداءات إرهابية",
      via="israeli-radio", alt_cues=["نقلت"], note="Second content clause (وإنه) of the same verb."),
    O("infant-burned-to-death",
      "رضيع فلسطيني لقي حتفه حرقًا وأصيب والداه وشقيقه فجر الجمعة جراء إحراق مستوطنين إسرائيليين منزلهم في نابلس شمال الضفة الغربية",
      date="2015-07-31", note="يذكر أن: background in the outlet's voice; فجر الجمعة = 2015-07-31."),
], note="Crawled Sunday 2015-08-02 22:51; اليوم الأحد agrees. The closing tag list (سمات ...) is not annotated.")

DONIS = ("giorgos-donis", PERSON)
article("3alyoum-2015-08-11-57", "2015-08-11", [
    A("donis-players-ready-for-super", *DONIS, "جورجوس دونيس، المدير الفني لفريق الهلال", "أكد",
      "جاهزية لاعبيه لخوض مباراة السوبر، أمام النصر", date="2015-08-11",
      note="Nominal complement of أكد. The press conference was held منذ قليل = the reference day."),
    A("donis-austria-camp-for-season", *DONIS, "دونيس", "قال",
      "معسكر الهلال في النمسا، كان الغرض منه الاستعداد للموسم بأكمله، وليس لموقعة السوبر فقط",
      src_ctx="وقال دونيس،", date="2015-08-11",
      alt=["إن معسكر الهلال في النمسا، كان الغرض منه الاستعداد للموسم بأكمله، وليس لموقعة السوبر فقط"]),
    A("donis-super-first-not-main-goal", *DONIS, "دونيس", "أضاف",
      "لقب السوبر هو أول أهدافي لهذا الموسم، ولكنه ليس الهدف الرئيسي، ولذلك لم نستعد له فقط، ولكن للموسم بشكل كامل",
      coref=True, date="2015-08-11"),
    A("donis-focus-league-and-asia", *DONIS, "دونيس", "تابع",
      "يجب أن ينصب تركيز اللاعبين خلال الموسم الجديد، على الفوز ببطولتي الدوري وأبطال آسيا",
      coref=True, date="2015-08-11", cw=False, note="A coach's priority: core, nothing to check."),
    A("donis-all-players-adapted", *DONIS, "دونيس", "قال", "جميع اللاعبين تأقلموا بشكل رائع، سواء الحاليين أو الجدد",
      src_ctx="قال دونيس : “جميع", cue_ctx="قال دونيس : “جميع", date="2015-08-11"),
    A("donis-kariri-absence-matters", *DONIS, "دونيس", "علّق",
      "غياب كريري مؤثر ، أعلم أنه يمر بظروف صعبة، ولكن البدائل جاهزة ومتاحة، وسترون ذلك غداً",
      src_ctx="وعلّق دونيس،", date="2015-08-11",
      note="علّق على X: «...»: a reporting verb with a colon and a quotation."),
    A("donis-abroad-good-showcase", *DONIS, "دونيس", "أوضح",
      "أعتقد أنها فرصة جيدة لعرض الإمكانيات السعودية ومستواها بالخارج، إنها خطوة رائعة بكل تأكيد",
      coref=True, date="2015-08-11", cw=False,
      alt=["إنها خطوة رائعة بكل تأكيد"],
      note="أعتقد opens the quotation but بكل تأكيد closes it: not hedged (GUIDE: a hedged sentence inside a longer quote)."),
    A("donis-not-afraid-of-nassr", *DONIS, "دونيس", "قائلا",
      "لديهم لاعبين أكفاء، ولكننا لا نخشى أحد، وأعتقد أن فريقي يملك الأولوية للفوز بمباراة الغد، والعودة إلى الرياض باللقب",
      src_ctx="وانتقل دونيس", date="2015-08-11", cw=False,
      note="The name is the subject of the governing verb (انتقل) in the same sentence: no coref."),
], note="Crawled 2015-08-11 18:30; منذ قليل = the reference day, غداً = 2015-08-12 (the Super Cup in London). Tags not annotated.")

# ---------------------------------------------------------------------------------------------- aawsat
PEDRIGON = ("bob-pedrigon", OFF, "بوب بيدريجون المتحدث باسم شرطة مطار لوس أنجليس")
article("aawsat-2015-08-04-191", "2015-08-04", [
    A("officials-police-used-facebook", "officials", ANON, "مسؤولون", "قال",
      "شرطة مطار لوس أنجليس لجأت لموقع «فيسبوك» بحثا عن زوجين أفغانيين مهاجرين نسيا ألبوم صور زفافهما في صالة المطار الدولي العام الماضي",
      alt=["إن شرطة مطار لوس أنجليس لجأت لموقع «فيسبوك» بحثا عن زوجين أفغانيين مهاجرين"]),
    A("pedrigon-couple-arrived-2014", *PEDRIGON, "قال",
      "الزوجين وصلا إلى مطار لوس أنجليس الدولي في سبتمبر (أيلول) 2014 قادمين من أفغانستان حيث كان الزوج يعمل مترجما عسكريا وتعرض لتهديدات بسبب عمله",
      via="reuters", alt_cues=["حسب"], alt=["الزوجين وصلا إلى مطار لوس أنجليس الدولي في سبتمبر (أيلول) 2014 قادمين من أفغانستان"],
      note="حسب «رويترز» at the end of the sentence: the spokesman, via Reuters."),
    A("pedrigon-album-found-same-day", *PEDRIGON, "أضاف",
      "خلال اليوم الذي غادر فيه الزوجان المطار عثر على ألبوم صور زفافهما داخل حقيبة متروكة في صالة الركاب الدولية",
      coref=True),
    O("nobody-claimed-album",
      "على مدى ثلاثة أشهر وهي الفترة التي تحتفظ سلطات المطار بالمفقودات لم يتقدم أحد لطلب الألبوم رغم أهميته الشخصية كما يبدو",
      note="May continue the spokesman's account; no verb or cue: the outlet's (scope across a sentence break)."),
    A("police-announced-search-for-owners", "los-angeles-airport-police", GOV, "شرطة مطار لوس أنجليس", "أعلنت",
      "تبحث عن أصحابه", coref=True, alt=["أنها تبحث عن أصحابه"],
      note="الشرطة is a bare anaphor: the label is the naming mention (in the spokesman's title); منتصف يوليو is vague."),
    O("relative-helped-contact", "أسفر ذلك عن تدخل أحد الأقارب الذي ساعد الشرطة في التواصل مع الزوجين اللذين يعيشان الآن في مدينة موديستو بشمال كاليفورنيا"),
    O("interpreters-allowed-to-immigrate",
      "سمحت الحكومة الاتحادية لمترجمين سابقين عملوا مع الجيش الأميركي في أفغانستان والعراق بالهجرة إلى الولايات المتحدة وفق تأشيرات دخول خاصة"),
    O("album-handed-over-thursday", "يوم الخميس سلم أربعة من شرطة المطار الألبوم إلى الزوجين", date="2015-07-30",
      note="يوم الخميس in a text crawled Tuesday 2015-08-04: the previous Thursday."),
], note="Crawled Tuesday 2015-08-04 18:10.")

article("aawsat-2015-08-06-413", "2015-08-06", [
    A("officials-helicopter-crash-17-dead", "officials", ANON, "مسؤولون", "قال",
      "طائرة هليكوبتر تابعة للجيش الافغاني تحطمت اليوم (الخميس)، ما أسفر عن مقتل 17 شخصًا كانوا على متنها في ضربة لسلاح الجو الافغاني",
      date="2015-08-06",
      alt=["طائرة هليكوبتر تابعة للجيش الافغاني تحطمت اليوم (الخميس)، ما أسفر عن مقتل 17 شخصًا كانوا على متنها"]),
    A("commanders-12-soldiers-5-crew", "two-senior-commanders", ANON, "قائدان كبيران في جنوب أفغانستان", "أفاد",
      "12 جنديًا وخمسة من أفراد الطاقم قتلوا في الحادث", date="2015-08-06",
      alt=["بأنّ 12 جنديًا وخمسة من أفراد الطاقم قتلوا في الحادث"],
      note="Two unnamed commanders; the relative clause حيث تحطمت الطائرة is left out of the label."),
    O("commanders-asked-anonymity", "طلب القائدان عدم نشر اسميهما لأنه غير مسموح لهما بالحديث مع وسائل الإعلام"),
    A("defence-ministry-confirms-crash-zabul", "afghan-defence-ministry", GOV, "وزارة الدفاع", "أكدت",
      "وقوع الحادث في اقليم زابل الجنوبي", date="2015-08-06", note="Nominal complement of أكدت."),
    A("defence-ministry-details-later", "afghan-defence-ministry", GOV, "وزارة الدفاع", "قالت",
      "ستنشر التفاصيل لاحقا", coref=True, alt=["إنّها ستنشر التفاصيل لاحقا"], cw=False,
      note="A promise to publish: nothing to check yet."),
    A("sayal-technical-fault", "gul-islam-sayal", OFF, "غول اسلام سيال المتحدث باسم حكومة اقليم زابل", "قال",
      "الحادث نجم عن خلل فني بينما كانت الطائرة تنقل امدادات", date="2015-08-06",
      alt=["الحادث نجم عن خلل فني"],
      note="بينما is temporal here (while it was carrying supplies), not contrastive: kept inside the span."),
    O("afghan-army-150-aircraft", "يملك الجيش الافغاني نحو 150 طائرة ولديه 390 طيارا"),
    O("helicopter-model-unknown", "لم يعرف بعد طراز الطائرة الهليكوبتر التي تحطمت اليوم", date="2015-08-06"),
], relations=[
    {"a": "officials-helicopter-crash-17-dead", "b": "commanders-12-soldiers-5-crew", "relation": "supports"},
], note="Crawled Thursday 2015-08-06 18:51; اليوم (الخميس) agrees.")

# ---------------------------------------------------------------------------------------------- aleqtisadiya
NDMA = ("pakistan-ndma", GOV)
article("aleqtisadiya-2015-08-01-284", "2015-08-01", [
    A("officials-flood-toll-92", "officials", ANON, "مسؤولون", "ذكر",
      "حصيلة الوفيات جراء ثلاثة أسابيع من الفيضانات في باكستان ارتفعت إلى 92 شخصا", date="2015-08-01",
      alt=["أن حصيلة الوفيات جراء ثلاثة أسابيع من الفيضانات في باكستان ارتفعت إلى 92 شخصا"],
      note="اليوم السبت = 2015-08-01, the crawl day."),
    A("ndma-most-deaths-mountainous-north", *NDMA, "الهيئة الوطنية لإدارة الكوارث", "قالت",
      "أغلب الوفيات وقعت في الجزء الشمالي الجبلي من البلاد حيث تسببت الفيضانات الناجمة عن هطول امطار غزيرة في صعوبة الوصول إلى الكثير من المناطق",
      alt=["أغلب الوفيات وقعت في الجزء الشمالي الجبلي من البلاد"]),
    A("ndma-engineers-repaired-roads", *NDMA, "الهيئة الوطنية لإدارة الكوارث", "أضافت",
      "المهندسين العسكريين قاموا بإصلاح الطرق والجسور في مناطق شيترال وجيلجيت-بلوشستان لمساعدة رجال الإنقاذ على الوصول إلى المحاصرين فى اماكن معزولة",
      coref=True, note="الهيئة (في بيان): bare anaphor; the statement is the medium."),
    A("rasool-indus-overflowed", "ghulam-rasool", OFF, "رئيس هيئة الأرصاد الجوية غلام رسول", "قال",
      "نهر السند الذي يسير من جبال الهيمالايا إلى بحر العرب ، فاض في عدة نقاط في جنوب إقليم السند",
      alt=["إن نهر السند الذي يسير من جبال الهيمالايا إلى بحر العرب ، فاض في عدة نقاط في جنوب إقليم السند"]),
    A("ndma-200k-evacuated", *NDMA, "هيئة الكوارث", "اشارت", "إجلاء 200 ألف شخص على الأقل حتى الآن من ضفاف النهر",
      note="هيئة الكوارث is the authority's name shortened: as written, no coref. Nominal complement after الى."),
    A("rasool-expects-more-rain", "ghulam-rasool", OFF, "رسول", "توقع", "هطول المزيد من الأمطار الأسبوع الجاري",
      src_ctx="وتوقع رسول", hedged=True,
      note="A forecast (توقع): the claim itself is uncertain, as من المتوقع in unseen-2015-c."),
    O("floods-killed-400-last-year",
      "اودت الفيضانات بحياة نحو 400 شخص واتلفت محاصيل مزروعة فى آلاف الافدنة العام الماضي"),
], note="Crawled Saturday 2015-08-01 15:27; اليوم السبت agrees.")

article("aleqtisadiya-2015-08-07-289", "2015-08-07", [
    O("british-girl-iq-162",
      "حصلت تلميذة بريطانية على أعلى درجات الذكاء وحققت معدل 162 درجة لتتغلبت بذلك على كل من العالمين الشهيرين ستيفن هوكينغ وألبرت أينشتاين",
      core=True, note="Lead fact in the outlet's voice (the typo لتتغلبت is kept)."),
    O("nicole-beat-by-two-points",
      "تفوقت التلميذة نيكول بر، من إسيكس والبالغة من العمر 12 عاما، على كل من العالمين الشهيرين هوكينغ وأينشتاين بفارق نقطتين في اختبار الذكاء"),
    A("parents-proud", "nicole-barr-parents", PERSON, "والداها", "قال", "فخوران بها",
      alt=["إنهما فخوران بها"], cw=False),
    A("mother-daughter-aware-wants-medicine", "dolly-buckland", PERSON, "والدتها دوللي باكلاند", "أشارت",
      "ابنتها تمتلك وعيا كبيرا وتحلم أن تصبح طبيبة", alt=["أن ابنتها تمتلك وعيا كبيرا وتحلم أن تصبح طبيبة"],
      note="أشار أن (without إلى); the age apposition البالغة ... is left out of the label."),
    O("average-iq-100", "يحدد متوسط الذكاء عند البالغين بـ 100 درجة، وأي درجة تفوق 140 تعتبر في مستوى العبقرية"),
    O("hawking-einstein-160", "سجل كل من ستيفن هوكينغ وألبرت أينشتاين 160 درجة لكل منهما"),
    A("nicole-shocked", "nicole-barr", PERSON, "نيكول", "قالت",
      "عندما اكتشفت أنني حصلت على هذه النتيجة العالية ... صدمت", src_ctx="وقالت نيكول", cw=False),
    A("teacher-praised-achievement", "nicole-barr-teacher", PERSON, "معلم نيكول", "أشاد", "إنجازها", cw=False,
      note="أشاد بـX: praise, the noun phrase after the preposition."),
    A("teacher-model-pupil", "nicole-barr-teacher", PERSON, "معلم نيكول", "قال", "كانت تلميذة مثالية",
      alt=["إنها كانت تلميذة مثالية"], cw=False),
    A("teacher-took-part-in-contests", "nicole-barr-teacher", PERSON, "معلم نيكول", "قال",
      "نيكول تلميذة ذكية، فهي تعمل جاهدة بشكل لا يصدق وشاركت في مختلف الأنشطة في عامها الأول ... وعلى سبيل المثال، شاركت في مسابقات الكتابة وتحد الرياضيات الوطني",
      alt=["شاركت في مسابقات الكتابة وتحد الرياضيات الوطني"],
      note="The quotation after the indirect clause (وقال إنها ...، \"...\") is a second complement of the same verb."),
], note="Crawled 2015-08-07; no time expression.")

# ---------------------------------------------------------------------------------------------- aljazirah
article("aljazirah-2015-08-09-423", "2015-08-09", [
    A("scientists-spicy-food-less-early-death", "scientists", ANON, "علماء", "أكد",
      "الأشخاص الذين يأكلون طعاماً حاراً يومياً يصبحون أقل عرضة للوفاة المبكرة",
      alt=["أن الأشخاص الذين يأكلون طعاماً حاراً يومياً يصبحون أقل عرضة للوفاة المبكرة"],
      note="Unnamed scientists: anonymous-source, as unnamed officials."),
    A("scientists-spicy-less-cancer-heart", "scientists", ANON, "علماء", "أوضح",
      "الطعام الحار يرتبط بتقليل نسبة الوفاة بمرض السرطان وأمراض القلب ومشكلات التنفس",
      coref=True, src_ctx="أكد علماء", note="العلماء: bare anaphor of the first mention."),
    A("study-500k-less-death", "spicy-food-study", OTHER, "دراسة", "أشارت",
      "نحو 500 ألف شخص ممن هم في متوسط العمر، والذين تناولوا وجبة حارة كل يوم أو يومين كانوا أقل عرضة للوفاة مقارنة بهؤلاء الذين لا يتناولون الطعام الحار بشكل منتظم",
      src_ctx="وأشارت دراسة", alt=["أن نحو 500 ألف شخص ممن هم في متوسط العمر"],
      note="A study with no author named: the study is the source as written."),
    A("scientists-capsaicin-properties", "scientists", ANON, "علماء", "أضاف",
      "مادة الكابسيسين، وهي مادة كيميائية موجودة في الفلفل الحار تتميز بخواص مضادة للبدانة ومضادة للأكسدة والالتهابات وخصائص مقاومة للسرطان",
      coref=True, src_ctx="أكد علماء",
      note="The أن clause has no predicate of its own (the apposition carries it); the whole clause up to ووفقاً."),
    A("study-14-percent-less-death", "spicy-food-study", OTHER, "دراسة", "وفقاً",
      "من تناولوا طعاماً حاراً كل يوم أو يومين كانوا أقل عرضة بنسبة 14 % للوفاة مقارنة بمن يأكلون هذا الطعام أقل من مرة يومياً",
      coref=True, src_ctx="وأشارت دراسة", alt_cues=["وفقاً للدراسة"],
      alt=["فإن من تناولوا طعاماً حاراً كل يوم أو يومين كانوا أقل عرضة بنسبة 14 % للوفاة"],
      note="ووفقاً للدراسة: nominal attribution; الدراسة is a bare anaphor of دراسة. The relative clause (487 ألف صيني) is the outlet's detail."),
], relations=[
    {"a": "scientists-spicy-food-less-early-death", "b": "study-14-percent-less-death", "relation": "supports"},
], note="Crawled 2015-08-09; no time expression.")

SHARIF = ("khaled-al-sharif", PERSON)
article("aljazirah-2015-08-10-363", "2015-08-10", [
    O("derbala-died-in-prison",
      "غيب الموت أمس الدكتور عصام دربالة، رئيس مجلس شورى الجماعة الإسلامية السابق، بسجن العقرب",
      core=True, date="2015-08-09",
      note="Lead fact in the outlet's voice. أمس resolves to 2015-08-09 by the rule (crawl day 2015-08-10), while the party adviser dates the death مساء السبت = 2015-08-08: the print text's أمس was probably written on the Sunday."),
    A("party-announced-death", "building-and-development-party", OTHER, "حزب البناء والتنمية", "أعلن", "وفاة دربالة",
      src_ctx="حيث أعلن حزب البناء والتنمية",
      note="Nominal complement; the apposition الذراع السياسية للجماعة is left out of the label."),
    A("sharif-died-saturday-evening", *SHARIF, "خالد الشريف، المستشار الإعلامي لحزب البناء والتنمية", "قال",
      "الدكتور عصام دربالة رئيس مجلس شورى الجماعة الإسلامية السابق، توفي في ساعة متأخرة مساء السبت الماضي، بسبب تدهور حالته الصحية",
      date="2015-08-08", note="مساء السبت الماضي = 2015-08-08."),
    A("sharif-phoned-brother", *SHARIF, "الشريف", "أضاف",
      "اتصل هاتفيًا بشقيق «دربالة»، والذي أكد وفاته داخل محبسه بسجن العقرب، نتيجة تدهور حالته الصحية، خاصة أنه كان يعاني من مرض السكر",
      src_ctx="وأضاف الشريف", alt=["اتصل هاتفيًا بشقيق «دربالة»"]),
    A("brother-confirmed-death-in-cell", "derbala-brother", PERSON, "شقيق «دربالة»", "أكد",
      "وفاته داخل محبسه بسجن العقرب، نتيجة تدهور حالته الصحية", via="khaled-al-sharif",
      alt=["وفاته داخل محبسه بسجن العقرب، نتيجة تدهور حالته الصحية، خاصة أنه كان يعاني من مرض السكر"],
      note="Nested in al-Sharif's account (relative والذي أكد): the brother, via al-Sharif. The خاصة أنه clause may be the brother's or the adviser's: alt."),
    A("sharif-lawyer-visited-same-day", *SHARIF, "الشريف", "أشار",
      "أحد محامي الجماعة زار «عصام دربالة» في نفس يوم وفاته", src_ctx="وأشار الشريف،",
      alt=["أن أحد محامي الجماعة زار «عصام دربالة» في نفس يوم وفاته"]),
    A("lawyer-health-deteriorated", "group-lawyer", ANON, "أحد محامي الجماعة", "أكد", "صحته كانت في تدهور شديد",
      via="khaled-al-sharif", cue_ctx="وأكد أن صحته", alt=["أن صحته كانت في تدهور شديد"],
      note="وأكد continues the lawyer's clause inside al-Sharif's أن clause: the unnamed lawyer, via al-Sharif (the adviser himself is a possible reading)."),
    A("moawad-detention-renewed", "adel-moawad", PERSON, "عادل معوض، محامي الجماعة الإسلامية", "قال",
      "النيابة كانت قد جددت لدربالة حبسه السبت الماضي 15 يومًا على ذمة التحقيقات، في اتهامه بالانضمام إلى جماعة على خلاف القانون، وتولي منصب قيادي بها",
      date="2015-08-08",
      note="فيما قال introduces another speaker, not a contrast of the previous one's scope: its own core claim."),
    O("derbala-led-group-after-2011", "تولى دربالة، رئاسة الجماعة الإسلامية بعد ثورة 25 يناير 2011"),
    O("derbala-idea-of-party",
      "كان دربالة صاحب فكرة إنشاء حزب البناء والتنمية ليكون ذراعًا سياسية للجماعة بعد الثورة"),
    O("hafez-chosen-after-arrest",
      "عقب إلقاء القبض عليه في 13 مايو الماضي تم اختيار أسامة حافظ رئيسًا لمجلس شورى الجماعة"),
], relations=[
    {"a": "sharif-died-saturday-evening", "b": "brother-confirmed-death-in-cell", "relation": "supports"},
    {"a": "party-announced-death", "b": "sharif-died-saturday-evening", "relation": "supports"},
], note="Crawled Monday 2015-08-10 18:57; السبت الماضي = 2015-08-08. The opening دربالة is a caption word, not annotated.")
