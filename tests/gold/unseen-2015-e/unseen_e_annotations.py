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
