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
      coref=True, src_ctx="وانتقل دونيس", date="2015-08-11", cw=False,
      note="A participle's elided subject (GUIDE: coref), named at the governing verb انتقل of the same sentence."),
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

# ---------------------------------------------------------------------------------------------- almadina
ECRA = ("electricity-cogeneration-regulatory-authority", GOV, "هيئة تنظيم الكهرباء والإنتاج المزدوج")
article("almadina-2015-08-08-570", "2015-08-08", [
    A("ecra-tariff-among-lowest", *ECRA, "قالت",
      "تعرفة الكهرباء في السعودية تعد من أقل التعرفات في العالم، وذلك بسبب الدعم الحكومي للشركات المنتجة للكهرباء المتمثل في أسعار الوقود، إضافة إلى القروض الحكومية الميسرة",
      alt=["تعرفة الكهرباء في السعودية تعد من أقل التعرفات في العالم"]),
    A("ecra-bills-under-100-riyals", *ECRA, "قالت",
      "61.9 % من فواتير الاستهلاك السكني لا تزيد قيمتها على 100 ريال شهريا، و6.2 % فقط تزيد على 500 ريال",
      coref=True, cue_ctx="وقالت الهيئة في تقريرها", via="argaam", alt_cues=["وفقا"],
      note="في تقريرها السنوي: the report is the medium; وفقا لموقع «أرقام»: the authority, via the Argaam site."),
    A("ecra-tariff-aims", *ECRA, "أكدت",
      "تهدف لأن تعكس تعرفة الكهرباء التكاليف الحقيقية الكاملة للخدمة، وأن تكون عادلة بحيث يستطيع المستهلك تحملها، وأن تغطي نفقات مقدم الخدمة، وتحقق له عائدًا اقتصاديًا عادلاً لاستثماراته",
      coref=True, alt=["تهدف لأن تعكس تعرفة الكهرباء التكاليف الحقيقية الكاملة للخدمة"],
      note="The وأن clauses coordinate under تهدف لأن, not under أكدت: one claim."),
    A("ecra-subsidy-150-billion", *ECRA, "بين",
      "أثر المعونة الكبيرة التي تقدمها الدولة لتخفيض سعر بيع الكهرباء للمستهلك، حيث قدرت قيمة الدعم نحو 150 مليار ريال بنهاية 2014",
      coref=True, alt=["قدرت قيمة الدعم نحو 150 مليار ريال بنهاية 2014"],
      note="وبين التقرير: the report stands for its issuer. قدرت is the report's own estimate, not an agentless one: not hedged."),
    A("ecra-without-subsidy-80-halalas", *ECRA, "أشارت",
      "لولا هذا الدعم لبلغ متوسط تكاليف وحدة الطاقة للشركة السعودية للكهرباء نحو 80 هللة للكيلو واط/ ساعة",
      coref=True, alt=["أنه لولا هذا الدعم لبلغ متوسط تكاليف وحدة الطاقة للشركة السعودية للكهرباء نحو 80 هللة للكيلو واط/ ساعة"]),
    A("ecra-subscribers-up-61-percent", *ECRA, "بينت",
      "عدد المشتركين لخدمات الشركة السعودية للكهرباء ارتفع بنسبة 61 % خلال العشر سنوات الماضية، ليصل إلى 7.6 مليون مشترك بنهاية عام 2014",
      coref=True),
], note="Crawled 2015-08-08; the annual report for 2014, no time expression.")

MOI = ("saudi-interior-ministry", GOV, "وزارة الداخلية")
article("almadina-2015-08-11-599", "2015-08-11", [
    A("moi-statement-execution-baha", *MOI, "بيانًا", "تنفيذ حكم القتل قصاصًا في أحد الجناة بمنطقة الباحة",
      date="2015-08-10", alt_cues=["أصدرت"],
      note="أصدرت X أمس بيانًا حول Y: the statement's subject is the claim (أمس = 2015-08-10); the noun بيانًا is the cue."),
    A("moi-zahrani-shot-relative", *MOI, "حسب",
      "أقدم صالح بن شعيل بن سودان الأحمدي الزهراني ـ سعودي الجنسية ـ على قتل عطية بن حسن بن عبدالله الأحمدي الزهراني ـ سعودي الجنسية ـ وذلك بإطلاق النار عليه من بندقية إثر خلاف حصل بينهما",
      coref=True, alt=["فقد أقدم صالح بن شعيل بن سودان الأحمدي الزهراني"],
      note="وحسب البيان: the statement stands for the ministry."),
    A("moi-arrest-trial-verdict-upheld", *MOI, "أشار",
      "سلطات الأمن تمكنت من القبض على الجاني المذكور وأسفر التحقيق معه عن توجيه الاتهام إليه بارتكاب جريمته وبإحالته إلى المحكمة العامة صدر بحقه صك شرعي يقضي بثبوت ما نسب إليه شرعًا والحكم عليه بالقتل قصاصًا وتأجيل تنفيذ القصاص حتى بلوغ القاصرين من ورثة القتيل رشدهم ومطالبتهم مع بقية الورثة بتنفيذ القصاص، وصدق الحكم من محكمة التمييز ومن مجلس القضاء الأعلى بهيئته الدائمة، ثم ألحق بصك الحكم ثبوت بلوغ ورشد القاصرين من الورثة واتفاقهم مع بقية الورثة على استيفاء القصاص، وصدق ذلك من محكمة الاستئناف ومن المحكمة العليا، وصدر أمر ملكي بإنفاذ ما تقرر شرعًا وصدق من مرجعه بحق الجاني المذكور",
      coref=True, alt=["سلطات الأمن تمكنت من القبض على الجاني المذكور"],
      note="One أن clause carrying the whole procedure (arrest, verdict, appeals, royal order)."),
    A("moi-executed-yesterday-hajra", *MOI, "ذكر",
      "تم تنفيذ حكم القتل قصاصًا بالجاني صالح بن شعيل بن سودان الأحمدي الزهراني - سعودي الجنسية - أمس بمحافظة الحجرة بمنطقة الباحة",
      coref=True, date="2015-08-10", alt=["ـنه تم تنفيذ حكم القتل قصاصًا بالجاني"],
      note="The complementizer is misspelt ـنه (for أنه); the span starts after it."),
    A("moi-government-keen-on-justice", *MOI, "أكدت",
      "حرص حكومة خادم الحرمين الشريفين - حفظه الله - على استتباب الأمن وتحقيق العدل وتنفيذ أحكام الله في كل من يتعدى على الآمنين ويسفك دماءهم",
      coref=True, cw=False, note="وأكدت الوزارة: bare anaphor. A stock formula, nothing to check."),
    A("moi-warns-punishment", *MOI, "محذرة", "العقاب الشرعي سيكون مصيره", coref=True, cw=False,
      alt=["بأن العقاب الشرعي سيكون مصيره"], note="A warning in the formula: core, not checkworthy."),
], relations=[
    {"a": "moi-statement-execution-baha", "b": "moi-executed-yesterday-hajra", "relation": "supports"},
], note="Crawled 2015-08-11 13:26; أمس = 2015-08-10 for both the statement and the execution.")

# ---------------------------------------------------------------------------------------------- alriyadh
ZORC = ("michael-zorc", PERSON, "مايكل زورك المدير الرياضي لبوروسيا دورتموند")
article("alriyadh-2015-08-01-597", "2015-08-01", [
    A("dortmund-aubameyang-extended-to-2020", "borussia-dortmund", OTHER, "بوروسيا دورتموند", "بحسب ما أعلن",
      "مدد المهاجم بيير ايمريك أوباميانج عقده مع فريقه بوروسيا دورتموند لعامين مقبلين ليبقى مع الفريق حتى عام 2020",
      coref=True, alt_cues=["بحسب"],
      note="Lead with a trailing attribution; النادي is a bare anaphor whose only naming mention lies inside the quote."),
    A("aubameyang-dortmund-second-home", "pierre-emerick-aubameyang", PERSON, "مهاجم المنتخب الجابوني", "قال",
      "أصبح دورتموند بمثابة منزلي الثاني .. أنا هنا بكامل إرادتي ولا أريد الرحيل", cw=False,
      note="A title without the name at the verb: the label as written. في بيان له: the medium."),
    O("aubameyang-key-since-2013",
      "أصبح أوباميانج عنصرا أساسيا مع الفريق منذ انضمامه اليه قادما من سانت إيتيان عام .2013"),
    O("aubameyang-25-goals", "سجل أوباميانج 25 هدفا خلال الموسم الماضي"),
    O("dortmund-seeks-lewandowski-replacement", "يبحث نادي دورتموند المكافح عن بديل لليفاندوفسكي، بعد انتقاله لبايرن ميونخ"),
    A("zorc-happy-with-deal", *ZORC, "أبدى", "سعادته بإتمام الاتفاق", cw=False),
    A("media-reports-big-clubs-interested", "media-reports", OUTLET, "تقارير إعلامية", "وسط",
      "وجود اهتمام باللاعب من أندية أوروبية كبيرة", alt_cues=["وسط تقارير إعلامية"],
      note="وسط تقارير إعلامية بـY: a prepositional attribution; the preposition is the cue."),
    A("zorc-aubameyang-developed-well", *ZORC, "قال",
      "تطور أوباميانج بصورة جيدة للغاية .. سعداء بأننا تمكنا من الاحتفاظ بارتباطه بنا على المدى الطويل",
      coref=True, cue_ctx="وقال :\" تطور", note="Elided subject of the same sentence's أبدى."),
], note="Crawled 2015-08-01; no time expression. Lead says two more years (to 2020); the title says five.")

# ---------------------------------------------------------------------------------------------- alwatan
article("alwatan-2015-08-04-772", "2015-08-04", [
    A("scientists-nuclear-victims-mental-disorders", "scientists", ANON, "علماء", "قال",
      "من يكابدون كوارث نووية أكثر عرضة للإصابة باضطرابات نفسية حادة منها الاكتئاب وكرب ما بعد الصدمة، وهي الإصابات التي تفوق في حجمها أي ضرر ناجم عن الإشعاع",
      alt=["من يكابدون كوارث نووية أكثر عرضة للإصابة باضطرابات نفسية حادة منها الاكتئاب وكرب ما بعد الصدمة"]),
    A("scientists-panic-and-displacement", "scientists", ANON, "علماء", "قال",
      "من بين العوامل التي تضاعف الإحساس بالصدمة حالة الهلع والاضطرار إلى النزوح عن الديار",
      coref=True, cue_ctx="وقال العلماء", src_ctx="قال علماء",
      note="The studies in The Lancet are the medium; العلماء is a bare anaphor."),
    O("findings-contradict-misconceptions",
      "تتعارض هذه النتائج مع مفاهيم خاطئة تقول إن الكوارث النووية تسببت في وفيات وأمراض بدنية",
      note="'Misconceptions that say' name no speaker: the outlet's framing."),
    A("researchers-mental-health-strongest", "scientists", ANON, "علماء", "وجد",
      "تداعيات الصحة العقلية كانت الأكثر قوة", coref=True, src_ctx="قال علماء",
      alt=["أن تداعيات الصحة العقلية كانت الأكثر قوة"],
      note="الباحثون: the authors of the studies, same source as العلماء."),
    A("ohtsuru-few-exposed-to-lethal-doses", "akira-ohtsuru", PERSON, "أكيرا اوهتسورو من جامعة فوكوشيما الطبية", "قالت",
      "في معظم الحوادث النووية يتعرض قلة من الأشخاص لجرعات من الإشعاع تهدد حياتهم"),
    A("tanigawa-psychological-burden-ignored", "koichi-tanigawa", PERSON, "كويتشي تانيجاوا من جامعة فوكوشيما النووية", "قال",
      "العبء النفسي للذين يعيشون في المناطق المنكوبة غالبا ما لا يلتفت إليه أحد",
      note="The relative clause الذي أشرف على إحدى هذه الدراسات is left out of the label."),
    A("chernobyl-forum-mental-health-main-issue", "un-chernobyl-forum", INTL, "منتدى تشرنوبيل التابع للأمم المتحدة",
      "توصل", "المسألة الأكثر تأثيرا على الصحة العامة هي الضرر الذي يلحق بالصحة العقلية",
      alt=["أن المسألة الأكثر تأثيرا على الصحة العامة هي الضرر الذي يلحق بالصحة العقلية"],
      note="توصل إلى أن (a finding, 2006): a reporting verb."),
    O("depression-rates-still-higher",
      "معدلات الإصابة بالاكتئاب واضطرابات كرب ما بعد الصدمة ما تزال أعلى من معدلاتها الطبيعية"),
    O("fukushima-adults-fivefold",
      "نسبة البالغين الذين يعانون من الاضطرابات النفسية زادت بواقع خمس مرات تقريبا بين منكوبي الكوارث النووية أو بنسبة 14.6% مقارنة بنسبة 3% بين السكان الآخرين",
      note="رصدت مشكلات: agentless observation, the outlet's."),
    A("researchers-170k-evacuated", "scientists", ANON, "علماء", "يقول",
      "تم إجلاء 170 ألف شخص من السكان من دائرة نصف قطرها 30 كيلومترا حول محطة فوكوشيما النووية",
      coref=True, src_ctx="قال علماء", alt=["إنه تم إجلاء 170 ألف شخص من السكان"]),
], relations=[
    {"a": "scientists-nuclear-victims-mental-disorders", "b": "chernobyl-forum-mental-health-main-issue",
     "relation": "supports"},
], note="Crawled 2015-08-04; no time expression (Hiroshima's 70th anniversary is 2015-08-06).")

TURNER = ("will-turner", PERSON, "تيرنر")
article("alwatan-2015-08-10-1013", "2015-08-10", [
    O("mediterranean-humanitarian-disaster",
      "أصبح البحر الأبيض المتوسط مسرحا لكارثة إنسانية، حيث تغرق أعداد متزايدة من المهاجرين على قوارب الهجرة غير الشرعية باتجاه أوروبا",
      core=True, note="Lead fact in the outlet's voice."),
    O("independent-published-turner-article",
      "نشرت صحيفة الإنديبندنت البريطانية مقالا للكاتب ويل تيرنر",
      note="The medium of everything that follows; Turner is the speaker (في مقال له → the writer, never the paper)."),
    A("turner-tells-of-migrants-fleeing", "will-turner", PERSON, "ويل تيرنر", "يروي",
      "حكايات مروعة عن مهاجرين هاربين من الحروب والقمع والعنف في بلدانهم، يواجهون خطر الموت من أجل الوصول إلى أوروبا",
      alt=["حكايات مروعة عن مهاجرين هاربين من الحروب والقمع والعنف في بلدانهم"],
      note="مقالا للكاتب ويل تيرنر ... يروي: the column's content is the writer's (للكاتب fused, so the label is the name); the relative clause الذي شارك في عمليات الإنقاذ is left out of the label."),
    A("turner-msf-ship-700-aboard", *TURNER, "قال",
      "سفينة إنقاذ تابعة لمنظمة أطباء بلا حدود تلقت إنذارا بغرق قارب على متنه نحو 700 شخص، من بينهم أطفال، فتوجهت إلى المكان لتجد مناظر مروعة، لأشخاص يمسكون بسترات النجاة لعلها تنقذهم من الغرق، وأغراضهم تطفو من حولهم",
      src_ctx="وقال تيرنر", alt=["سفينة إنقاذ تابعة لمنظمة أطباء بلا حدود تلقت إنذارا بغرق قارب على متنه نحو 700 شخص"]),
    A("turner-first-rescued-palestinian", *TURNER, "أضاف",
      "أول من أنقذته الفرق فلسطيني اسمه محمد، تمكن من حماية طفلته الرضيعة وزوجته الحامل",
      coref=True, src_ctx="وقال تيرنر"),
    A("turner-migrants-tell-of-abuse-in-libya", *TURNER, "تابع",
      "المهاجرين يروون عن معاناتهم قبل ركوب القوارب، وبينهم من قطعوا الصحراء مكدسين في شاحنات، وآخرون مروا من ليبيا يتحدثون عن اغتصاب وتعذيب واختطاف وقتل، قبل أن يصلوا إلى القوارب المزدحمة",
      coref=True, src_ctx="وقال تيرنر", alt_cues=["يقول"],
      note="وتابع يقول إن: تابع is the shortest reporting verb. وبينهم (among them) is not the contrastive بينما."),
    A("turner-angry-at-politicians", *TURNER, "عبر", "غضبه من تصريحات سياسيين بشأن المهاجرين",
      coref=True, src_ctx="وقال تيرنر", cw=False,
      note="كاتب المقال: an anaphoric description, resolved as a bare anaphor."),
    A("cameron-called-migrants-swarms", "british-prime-minister", OFF, "رئيس الوزراء البريطاني", "أشار", "أسراب",
      via="will-turner", cue_ctx="البريطاني أشار", alt=['إليهم بكلمة "أسراب"'],
      note="Nested in Turner's complaint (وكيف أن ...): the prime minister, via Turner."),
    A("turner-word-degrading", *TURNER, "يراها", "مهينة", src_ctx="يراها تيرنر",
      alt=['"مهينة" لكرامة الإنسان'], cw=False, note="صفة يراها X «Y»: an evaluation, the quoted word."),
    A("turner-many-fled-wars", *TURNER, "أشار", "كثيرين من هؤلاء المهاجرين فروا من الحروب والعنف والقمع",
      coref=True, src_ctx="يراها تيرنر", cue_ctx="وأشار إلى أن كثيرين",
      alt=["أن كثيرين من هؤلاء المهاجرين فروا من الحروب والعنف والقمع"]),
    A("turner-politicians-dehumanize", *TURNER, "معتبرا",
      "السياسيين يجردونهم من إنسانيتهم، ويجرّمون هروبهم من الموت", coref=True, src_ctx="يراها تيرنر", cw=False),
], note="Crawled 2015-08-10; a summary of an Independent column, no time expression.")

# ---------------------------------------------------------------------------------------------- alweeam
JASSER = ("mohammed-al-jasser", OFF, "المتحدث الرسمي للأحوال المدنية محمد الجاسر")
article("alweeam-2015-08-02-862", "2015-08-02", [
    A("civil-affairs-announced-results", "civil-affairs-agency", GOV, "وكالة وزارة الداخلية للأحوال المدنية", "أعلنت",
      "نتائج القبول المبدئي لبرنامج التدريب المنتهي بالتوظيف، الذي سيُعقد في معهد الإدارة العامة للرجال والنساء",
      alt=["نتائج القبول المبدئي لبرنامج التدريب المنتهي بالتوظيف"], src_ctx="أعلنت وكالة وزارة الداخلية للأحوال المدنية"),
    A("jasser-men-report-this-week", *JASSER, "دعا",
      "المقبولين إلى مراجعة إدارة شؤون الموظفين في وكالة وزارة الداخلية للأحوال المدنية بالرياض خلال الأسبوع الجاري",
      note="A directive with checkable content (where, when): core."),
    A("jasser-women-report-sunday-monday", *JASSER, "أشار",
      "على المقبولات مراجعة الإدارة العامة للإشراف النسوي بمقر وكالة الأحوال المدنية بالرياض يوميْ الأحد والاثنين المقبلين",
      coref=True, alt=["أن على المقبولات مراجعة الإدارة العامة للإشراف النسوي"],
      note="Two days (2015-08-09 and -10): date left null."),
    A("jasser-sms-sent", *JASSER, "بيّن", "الأحوال المدنية أرسلت رسائل نصية لقائمة المقبولين الأولية مسبقاً",
      coref=True),
    A("jasser-stresses-attendance", *JASSER, "مشدداً", "أهمية الحضور في الموعد المحدد", coref=True, cw=False),
], note="Crawled Sunday 2015-08-02. The lists of ID numbers and the closing رابط الخبر line are not annotated.")

article("alweeam-2015-08-07-1142", "2015-08-06", [
    O("iraq-released-harbi",
      "أفرجت السلطات العراقية أمس الأربعاء عن السعودي نايف غازي بيان الحربي 76 عاماً، ووصل إلى المملكة اليوم الخميس بعد أن قبع في السجون العراقية قرابة ثلاث سنوات تنقل خلالها في عدة سجون في العراق",
      core=True, date="2015-08-05",
      note="Lead fact in the outlet's voice. Crawled Friday 2015-08-07 06:28 but the text says أمس الأربعاء / اليوم الخميس: the reference date is taken from the text, 2015-08-06 (GUIDE: date_extracted is not always the day of publication)."),
    A("son-court-acquitted-father", "ghazai-al-harbi", PERSON, "غزاي الحربي ابن السجين", "أوضح",
      "محكمة الجنايات المركزية في بغداد حكمت لوالده براءة، وتم الإفراج عن والده من قبل السلطات العراقية بعد سجن قرابة ثلاث سنوات دون أي ذنب يرتكبه",
      alt=["محكمة الجنايات المركزية في بغداد حكمت لوالده براءة"]),
    A("son-father-arrived-this-morning", "ghazai-al-harbi", PERSON, "غزاي الحربي ابن السجين", "أضاف",
      "والده وصل صباح اليوم عن طريق رحلة جوية قادمة من بغداد _ دبي _ البحرين _ وبراً للدمام",
      coref=True, date="2015-08-06",
      alt=["والده وصل صباح اليوم عن طريق رحلة جوية قادمة من بغداد _ دبي _ البحرين _ وبراً للدمام، وذلك بعد أن تم حجز تذكرة له من السعودية وإرسالها لقسم الإقامة للأجانب في بغداد الذي تم نقل والده لها من سجن المثني بالمطار ببغداد"]),
    A("son-arrested-without-charge", "ghazai-al-harbi", PERSON, "غزاي", "أشار",
      "تم اعتقال والده دون أي ذنب يرتكبه، حيث كان لوالده مركبة تريلا كبيرة لنقل البضائع، وتعاقد مع شركة إمارتية لنقل البضائع للعراق عن طريق الأردن ، ودخل العراق بطريقة شرعية، وعند دخوله من منفذ الأردن للعراق تم اعتقاله بتاريخ 24/1/1434هـ وبرفقته سائقون آخرون سوريون، ثم قامت السلطات العراقية بإيداعه في السجن دون أي تهمه",
      src_ctx="وأشار غزاي", alt=["أنه تم اعتقال والده دون أي ذنب يرتكبه"],
      note="The Hijri date 24/1/1434 (about 2012-12-08) is inside the quote; the claim's date is left null."),
], note="Crawled 2015-08-07 06:28; dated 2015-08-06 from its own weekday names. The closing رابط الخبر line is not annotated.")

# ---------------------------------------------------------------------------------------------- alyaum
STATE_OFFICIAL = ("us-state-department-official", ANON, "مسؤول في وزارة الخارجية الأميركية")
article("alyaum-2015-08-08-1135", "2015-08-08", [
    A("us-renews-intent-to-close-guantanamo", "united-states-government", GOV, "الولايات المتحدة", "التأكيد",
      'عزمها اتخاذ الإجراءات اللازمة من أجل إقفال سجن غوانتانامو العسكري بـ"شكل مسؤول"', date="2015-08-06",
      alt_cues=["جددت"], note="جددت X التأكيد على: the verbal noun is the reporting word; الخميس = 2015-08-06."),
    A("state-official-taking-all-measures", *STATE_OFFICIAL, "قال",
      "نتخذ جميع الإجراءات اللازمة من أجل تقليص عدد المعتقلين في غوانتانامو، وإغلاق مركز الاعتقال بشكل مسؤول يتيح حماية أمننا القومي",
      date="2015-08-06", note="The lead's Thursday statement. Unnamed official: anonymous-source."),
    A("state-official-six-transferred-since-march", *STATE_OFFICIAL, "أكد",
      "ستة معتقلين نقلوا من سجن غوانتانامو منذ مارس", coref=True, date="2015-08-06",
      alt=["أن ستة معتقلين نقلوا من سجن غوانتانامو منذ مارس"]),
    A("state-official-two-files-under-review", *STATE_OFFICIAL, "أكد",
      "ملفين آخرين هما قيد الدرس مع إماكنية إعادة تقييمها", coref=True, date="2015-08-06",
      note="Second أن clause of أكد. مع إمكانية is part of the content (a review with possible re-evaluation), not a hedge on the claim."),
    A("state-official-administration-determined", *STATE_OFFICIAL, "أضاف", "هذه الإدارة عازمة على إغلاق مركز",
      coref=True, date="2015-08-06",
      alt=["كما أوضح الرئيس (باراك أوباما) مرات عدة فإن هذه الإدارة عازمة على إغلاق مركز"],
      note="The quotation mark closes before غوانتانامو; the span keeps the marks balanced."),
    A("obama-administration-determined", "barack-obama", OFF, "الرئيس (باراك أوباما)", "أوضح",
      "هذه الإدارة عازمة على إغلاق مركز", via="us-state-department-official",
      note="Nested in the official's quotation (كما أوضح الرئيس): Obama, via the official."),
    A("oas-called-for-closure", "oas-human-rights-commission", INTL, "قسم حقوق الإنسان في منظمة الدول الأميركية", "دعا",
      "الولايات المتحدة إلى إقفال السجن العسكري وإحالة المعتقلين أمام المحاكم الفدرالية", date="2015-08-05",
      note="الأربعاء = 2015-08-05."),
], relations=[
    {"a": "us-renews-intent-to-close-guantanamo", "b": "state-official-taking-all-measures", "relation": "supports"},
    {"a": "state-official-administration-determined", "b": "obama-administration-determined", "relation": "supports"},
], note="Crawled Saturday 2015-08-08 07:02; الخميس = 2015-08-06, الأربعاء = 2015-08-05.")

article("alyaum-2015-08-09-1001", "2015-08-09", [
    O("abha-club-held-poetry-evening",
      "أقام نادي أبها الأدبي ضمن برامجه الصيفية أمسية شعرية، للشاعرين: أحمد عبد الله عسيري و الدكتور محمد علي العمري، قدم لها وأدارها الشاعر حسين الزيدان",
      core=True, note="Lead fact in the outlet's voice."),
    O("poets-read-texts", 'في بداية الأمسية قرأ عسيري في بداية الجولة الأولى نصي "مساء الخير، وزرقاء اليمامة"'),
    A("tihani-thanked-poets", "ahmed-al-tihani", PERSON,
      "عضو مجلس إدارة النادي ومسؤوله الإداري الدكتور أحمد التيهاني", "شكر",
      "الشاعرين ومقدم الأمسية على ما قدموه، وكذلك الحضور", opt=True, cw=False, note="Thanks: optional, not checkworthy."),
    O("poets-honoured-with-shields", "دعا علي عوضة مدير تعليم رجال ألمع إلى تكريم الشاعر أحمد عسير بدرع النادي", cw=False,
      note="دعا X إلى تكريم: an invitation to present a shield at the ceremony, not a statement: the outlet's."),
    O("photo-caption-audience", "جانب من الحضور", cw=False, note="Photo caption: optional outlet claim (GUIDE)."),
], note="Crawled 2015-08-09; a cultural evening report with one reporting verb (thanks). A precision test.")

# ---------------------------------------------------------------------------------------------- okaz
AGENT = ("boateng-agent", PERSON, "وكيل أعمال اللاعب الدولي بواتينغ")
article("okaz-2015-08-01-1110", "2015-08-01", [
    A("agent-boateng-has-not-replied", *AGENT, "أكد",
      "موكله لم يرد على العرض المقدم له من قبل مسؤولي نادي الاتحاد حتى الآن",
      alt=["أن موكله لم يرد على العرض المقدم له من قبل مسؤولي نادي الاتحاد حتى الآن"]),
    A("agent-rules-out-milan-schalke", *AGENT, "مستبعدا", "فكرة عودته لناديي ميلان الإيطالي وشالكة الألماني",
      coref=True, pol="denied",
      note="استبعد (rules out) the idea of a return: an explicit rejection, denied; the participle's subject is elided."),
    A("agent-coming-days-reveal-destination", *AGENT, "أكد",
      "الأيام المقبلة ستكشف وجهته النهاية ما إذا كانت إلى الشرق الأوسط أو أي بلد آخر",
      after="وأن الأيام", note="وأن after the participle phrase coordinates with أكد's first clause: same cue."),
    A("reports-boateng-close-to-ittihad", "news-reports", OUTLET, "الأنباء", "تتواتر",
      "اللاعب مازال قريبا من الاتحاد وموافقا على العرض لولا بعض التفاصيل التي ينتظر أن تحسم الأمر",
      alt=["إلى أن اللاعب مازال قريبا من الاتحاد وموافقا على العرض"],
      note="في وقت تتواتر الأنباء إلى أن: unnamed reports are the source."),
    O("trio-medical-tests-milan",
      "خضع ثلاثي الفريق سان مارتن ومختار فلاتة وفواز القرني لفحوصات طبية على مواضع إصاباتهم برفقة فريق الراعي الطبي المتواجد معهم في مدينة ميلانو الإيطالية"),
    O("mri-sanmartean-thigh-sound", "تأكد فيه سلامة فخذ الروماني سانمارتن من الإصابات الكبيرة",
      note="A scan's result (تأكد فيه) with no speaker: the outlet's, as medical tests in unseen-2015-c."),
    O("muntari-trained-yesterday", "شارك اللاعب الغاني مونتاري في تدريبات الفريق الكروي يوم أمس", date="2015-07-31"),
    O("camp-ends-next-friday", "تقرر أن يختتم الفريق الاتحادي معسكره في مدينة ميلانو الإيطالية يوم الجمعة المقبل",
      date="2015-08-07"),
], relations=[
    {"a": "agent-boateng-has-not-replied", "b": "reports-boateng-close-to-ittihad", "relation": "tension"},
], note="Print issue crawled Saturday 2015-08-01 15:56; يوم أمس = 2015-07-31, الجمعة المقبل = 2015-08-07.")

BIELSA = ("marcelo-bielsa", PERSON)
article("okaz-2015-08-10-1484", "2015-08-10", [
    A("bielsa-announced-resignation", *BIELSA, "الأرجنتيني مارسيلو بييلسا مدرب مرسيليا", "أعلن",
      "استقال من منصبه عقب خسارة فريقه أمام ضيفه كاين 0-1 أمس الأول في المرحلة الأولى من الدوري الفرنسي لكرة القدم",
      date="2015-08-08", alt=["أنه استقال من منصبه"], note="أمس الأول = 2015-08-08."),
    A("bielsa-i-resigned", *BIELSA, "بييلسا", "قال", "لقد قدمت استقالتي من منصبي في تدريب مرسيليا",
      src_ctx="وقال بييلسا", date="2015-08-08", note="At the press conference after the match (أمس الأول)."),
    A("bielsa-cannot-accept-instability", *BIELSA, "المدرب الأرجنتيني", "تابع", "لا يمكنني القبول بوضع غير مستقر",
      date="2015-08-08", note="A title without the name at the verb: the label as written."),
    O("marseille-tried-to-change-terms", "محاولة إدارة مرسيليا تغيير بعض بنود العقد بينهما",
      note="في إشارة إلى: the outlet's reading of the quote."),
    A("bielsa-had-agreed-contract-details", *BIELSA, "بييلسا", "أعلن", "اتفق مع رئيس النادي على تفاصيل عقده",
      src_ctx="وكان بييلسا أعلن", cue_ctx="وكان بييلسا أعلن", alt=["أنه اتفق مع رئيس النادي على تفاصيل عقده"],
      note="مؤخرا is vague: date null."),
    A("bielsa-had-not-signed", *BIELSA, "بييلسا", "مشيرا", "لم يوقع عليه بعد", coref=True, src_ctx="وكان بييلسا أعلن",
      alt=["أنه لم يوقع عليه بعد"]),
    A("bielsa-quote-not-signed-but-agreed", *BIELSA, "بييلسا", "بقوله",
      "حتى الآن، لم نوقع الوثيقة، لكننا اتفقنا على تفاصيل العقد", coref=True, src_ctx="وكان بييلسا أعلن",
      note="بقوله «...»: the direct words behind the two preceding claims; its own quotation, core."),
    A("bielsa-would-not-wait-for-window", *BIELSA, "بييلسا", "موضحا",
      "لا ينتظر حتى نهاية فترة الانتقالات الصيفية حتى يوقع", coref=True, src_ctx="وكان بييلسا أعلن",
      alt=["أنه لا ينتظر حتى نهاية فترة الانتقالات الصيفية حتى يوقع"]),
    O("bielsa-two-year-contract",
      "بدأ بييلسا الإشراف على مرسيليا في الموسم الماضي بموجب عقد مدته عامان مع إمكانية ترك منصبه بعد موسم واحد"),
    O("marseille-let-players-go",
      "كان مرسيليا صاحب الشعبية الكبيرة تخلى عن المهاجم الدولي اندريه بيار جينياك وديميتري بايت والغاني اندريه ايو وجانيلي ايمبولا وجيريمي موريل ورود فاني"),
], relations=[
    {"a": "bielsa-announced-resignation", "b": "bielsa-i-resigned", "relation": "supports"},
], note="Print issue crawled 2015-08-10; أمس الأول = 2015-08-08 (Marseille 0-1 Caen).")

# ---------------------------------------------------------------------------------------------- sabq
article("sabq-2015-08-02-1260", "2015-08-02", [
    O("minister-formed-appeals-committee",
      "أصدر وزير الشؤون البلدية والقروية المهندس عبداللطيف بن عبدالملك آل الشيخ، قراراً يقضي بتشكيل لجنة تُعنى بالفصل في الطعون والمخالفات الانتخابية بمنطقة المدينة المنوّرة، برئاسة الدكتور مصطفى بن كرامة الله مخدوم، وعضوية الدكتور فواز بن خلف المطيري والدكتور يوسف بن صالح الحديثي",
      core=True, note="Lead fact in the outlet's voice: a decision issued is an act, not a statement (unlike أصدر بيانًا حول)."),
    O("committee-remit",
      "تختص اللجنة بالنظر في المخالفات الانتخابية والطعون التي تقدم ضدّ قرارات اللجان الانتخابية والتحقّق منها في حدود اختصاصها المكاني والبت فيها",
      note="وفقاً لنظام المجالس البلدية: a regulation, not a speaker."),
    O("committee-term", "تبدأ اللجنة ممارسة أعمالها اعتباراً من بداية قيد الناخبين"),
    O("medina-77-polling-centres",
      "أنهت اللجنة المحلية للانتخابات البلدية بمنطقة المدينة المنوّرة تجهيز 77 مركزاً انتخابياً على مستوى المنطقة منها 28 مركزاً انتخابياً مخصّصاً للنساء",
      note="After بينما: an optional outlet claim (GUIDE)."),
    O("voter-registration-from-dhu-al-qadah",
      "تستعد المراكز الانتخابية لفتح أبوابها للبدء بمرحلة قيد الناخبين في الأول من ذي القعدة المقبل"),
], note="Crawled 2015-08-02; no attributed statement (its reporting-word count comes from وفقاً and يقضي): a precision test.")
