"""Held-out extraction gold for tests/gold/unseen-2015-c, written as strings; build_unseen_c_gold.py finds the offsets.

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

SRC['3alyoum-2015-08-03-72'] = {"zip": '2015-08-03.zip', "member": '2015-08-03.json', "index": 72, "source": '3alyoum',
    "url": 'http://www.3alyoum.com/sports/a/ماذا-قال-البلوي-عن-هزازي-وعقود-الرعاية/',
    "title": 'ماذا قال البلوي عن هزازي وعقود الرعاية والصفقات الجديدة',
    "date_extracted": '2015-08-03 21:35:36'}
SRC['3alyoum-2015-08-04-74'] = {"zip": '2015-08-04.zip', "member": '2015-08-04.json', "index": 74, "source": '3alyoum',
    "url": 'http://www.3alyoum.com/news/golobal/a/السودان-البشير-يعتزم-إلقاء-كلمة-في-قمة/',
    "title": 'السودان: البشير يعتزم إلقاء كلمة في قمة للأمم المتحدة بنيويورك',
    "date_extracted": '2015-08-04 18:22:01'}
SRC['aawsat-2015-07-24-725'] = {"zip": '2015-07-24.zip', "member": '2015-07-24.json', "index": 725, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/413726/الصحافة-الورقية-تتنفس-«فاينانشال-تايمز»-تنتقل-لملكية-يابانية-بـ13-مليار-دولار',
    "title": 'الصحافة الورقية تتنفس..  «فاينانشال تايمز» تنتقل لملكية يابانية بـ1.3 مليار دولار',
    "date_extracted": '2015-07-24 08:49:30'}
SRC['aawsat-2015-07-26-183'] = {"zip": '2015-07-26.zip', "member": '2015-07-26.json', "index": 183, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/414936/الأرجنتيني-دي-سانتو-يترك-فيرد-بريمن',
    "title": 'الأرجنتيني دي سانتو يترك فيرد بريمن',
    "date_extracted": '2015-07-26 17:08:19'}
SRC['aawsat-2015-07-31-301'] = {"zip": '2015-07-31.zip', "member": '2015-07-31.json', "index": 301, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/418681/قلق-نصراوي-بسبب-«إصابة»-مورا',
    "title": 'قلق نصراوي بسبب «إصابة» مورا',
    "date_extracted": '2015-07-31 04:29:39'}
SRC['aleqtisadiya-2015-07-24-940'] = {"zip": '2015-07-24.zip', "member": '2015-07-24.json', "index": 940, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/07/24/article_975834.html',
    "title": 'ولنجتون تحتفل بمرور 150 عاما على اختيارها عاصمة نيوزيلندا',
    "date_extracted": '2015-07-24 13:00:16'}
SRC['aleqtisadiya-2015-08-03-303'] = {"zip": '2015-08-03.zip', "member": '2015-08-03.json', "index": 303, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/08/03/article_978515.html',
    "title": 'توجه قطري - صيني لشراء جزء من أصول صندوق ماليزي مثقل بالديون',
    "date_extracted": '2015-08-03 21:24:52'}
SRC['aljazirah-2015-07-23-303'] = {"zip": '2015-07-23.zip', "member": '2015-07-23.json', "index": 303, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150723/ms1.htm',
    "title": 'جامعة برمنجهام تملك أقدم نسخة للقرآن في العالم',
    "date_extracted": '2015-07-23 17:28:42'}
SRC['aljazirah-2015-07-27-378'] = {"zip": '2015-07-27.zip', "member": '2015-07-27.json', "index": 378, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150727/fe9.htm',
    "title": 'النايف يدشن فعاليات مهرجان «النماص طابع خاص»',
    "date_extracted": '2015-07-27 17:03:48'}
SRC['aljazirah-2015-08-03-509'] = {"zip": '2015-08-03.zip', "member": '2015-08-03.json', "index": 509, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150803/ln12.htm',
    "title": 'ضخ مخصص الميزانية التشغيلية بند (الصيانة) لمدارس المجمعة',
    "date_extracted": '2015-08-03 21:12:20'}
SRC['almadina-2015-07-24-1205'] = {"zip": '2015-07-24.zip', "member": '2015-07-24.json', "index": 1205, "source": 'almadina',
    "url": 'http://www.al-madina.com/node/620768/شباب-عسير-يطلق-أول-ملتقى-للسياحة-المعرفية-الأسبوع-المقبل.html',
    "title": 'شباب عسير يطلق أول ملتقى للسياحة المعرفية.. الأسبوع المقبل',
    "date_extracted": '2015-07-24 06:54:43'}
SRC['almadina-2015-07-26-622'] = {"zip": '2015-07-26.zip', "member": '2015-07-26.json', "index": 622, "source": 'almadina',
    "url": 'http://www.al-madina.com/node/621080/أوباما-من-كينيا-«إفريقيا-تسير-قدمًا».html?weekly',
    "title": 'أوباما من كينيا: «إفريقيا تسير قدمًا»',
    "date_extracted": '2015-07-26 16:55:32'}
SRC['alriyadh-2015-07-25-873'] = {"zip": '2015-07-25.zip', "member": '2015-07-25.json', "index": 873, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1067584',
    "title": 'طهران وباريس تعوضان فرص الماضي',
    "date_extracted": '2015-07-25 09:47:36'}
SRC['alriyadh-2015-07-26-894'] = {"zip": '2015-07-26.zip', "member": '2015-07-26.json', "index": 894, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1068031',
    "title": 'المعارضة الإيرانية تنتقد زيارة موغيريني لطهران',
    "date_extracted": '2015-07-26 22:33:27'}
SRC['alwatan-2015-07-22-1372'] = {"zip": '2015-07-22.zip', "member": '2015-07-22.json', "index": 1372, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Sports/News_Detail.aspx?ArticleID=229760&CategoryID=6',
    "title": 'البرقان: لم يردنا طلب بطاقة المولد',
    "date_extracted": '2015-07-22 00:49:48'}
SRC['alwatan-2015-08-09-787'] = {"zip": '2015-08-09.zip', "member": '2015-08-09.json', "index": 787, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Nation/News_Detail.aspx?ArticleID=231460&CategoryID=3',
    "title": 'تحديثات أمنية شهرية لنظام أندرويد',
    "date_extracted": '2015-08-09 17:33:27'}
SRC['alweeam-2015-07-25-1191'] = {"zip": '2015-07-25.zip', "member": '2015-07-25.json', "index": 1191, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/349240/البحرين-احباط-تهريب-متفجرات-عن-طريق-ال/',
    "title": 'بالفيديو.. البحرين تحبط عملية تهريب متفجرات عن طريق البحر.. واعتقال شخصين',
    "date_extracted": '2015-07-25 23:27:18'}
SRC['alweeam-2015-07-26-1040'] = {"zip": '2015-07-26.zip', "member": '2015-07-26.json', "index": 1040, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/349327/العمل-تستعد-لموسم-الحج-بحملات-تفتيشي/',
    "title": '“العمل” تستعد لموسم الحج بحملات تفتيشية',
    "date_extracted": '2015-07-26 17:18:53'}
SRC['alyaum-2015-07-23-1118'] = {"zip": '2015-07-23.zip', "member": '2015-07-23.json', "index": 1118, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4079831',
    "title": 'الرياضة تساهم في طرد مرض الربو',
    "date_extracted": '2015-07-23 19:24:09'}
SRC['alyaum-2015-08-10-1340'] = {"zip": '2015-08-10.zip', "member": '2015-08-10.json', "index": 1340, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4082739',
    "title": 'لطمة قوية ليونايتد مع غياب جونز',
    "date_extracted": '2015-08-10 19:12:06'}
SRC['okaz-2015-07-22-1839'] = {"zip": '2015-07-22.zip', "member": '2015-07-22.json', "index": 1839, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150722/Con20150722784958.htm',
    "title": 'صندوق حماية الودائع البنكية يستهدف صغار المودعين',
    "date_extracted": '2015-07-22 10:05:12'}
SRC['okaz-2015-07-24-1975'] = {"zip": '2015-07-24.zip', "member": '2015-07-24.json', "index": 1975, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150724/Con20150724785325.htm',
    "title": 'الاتفاق النووي يحتاج إلى مراقبة إيران',
    "date_extracted": '2015-07-24 05:50:31'}
SRC['sabq-2015-07-21-2729'] = {"zip": '2015-07-21.zip', "member": '2015-07-21.json', "index": 2729, "source": 'sabq',
    "url": 'http://sabq.org/u7Bgde',
    "title": '&quot;الخطوط&quot; توفر &quot;60&quot; ألف مقعد إضافي لمواكبة موسم العمرة',
    "date_extracted": '2015-07-21 02:41:50'}
SRC['sabq-2015-08-09-1270'] = {"zip": '2015-08-09.zip', "member": '2015-08-09.json', "index": 1270, "source": 'sabq',
    "url": 'http://sabq.org/2LDgde',
    "title": 'ينبع تستضيف معرض ألوان السعودية ٢٠١٥م.. الشهر القادم',
    "date_extracted": '2015-08-09 17:15:50'}


# ---------------------------------------------------------------------------------------------- 3alyoum
BALAWI = ("mansour-al-balawi", PERSON)
article("3alyoum-2015-08-03-72", "2015-08-03", [
    O("program-aired-balawi-interview",
      "عرض برنامج صدى الملاعب حديثا مطولا من جزءين لمنصور البلوي المشرف على فريق كرة القدم بنادي الاتحاد",
      core=True, note="Lead fact in the outlet's voice."),
    A("balawi-statements-normal", *BALAWI, "البلوي", "أكد", "تصريحاته تعتبر طبيعية وليست نارية",
      src_ctx="حيث أكد البلوي", cue_ctx="حيث أكد البلوي"),
    A("balawi-strategy-succeeded", *BALAWI, "البلوي", "أكد",
      "إستراتيجيته ناجحة ومن كان ينتقدها سابقا بات ينفذها لاحقا ووصفت بالاحتراف",
      src_ctx="حيث أكد البلوي", cue_ctx="حيث أكد البلوي",
      note="One verb, two content clauses (أن ... وأن ...)."),
    A("balawi-nickname-from-fans", *BALAWI, "البلوي", "مؤكدا",
      "لقب البعبع هو لقب أطلقته الجماهير وهو لا تهمه الألقاب بقدر ما تهمه خدمة الكيان الاتحادي",
      after="ومؤكدا أن", coref=True, src_ctx="حيث أكد البلوي"),
    A("balawi-all-for-ittihad", *BALAWI, "البلوي", "مؤكدا", "كل شيء يهون لأجل الاتحاد وجمهوره",
      after="ومؤكدا أن", coref=True, src_ctx="حيث أكد البلوي", cw=False),
    A("balawi-coach-exit-right", *BALAWI, "البلوي", "وصف",
      "رحيل المدرب بيتوركا بالقرار الصحيح ولا يعتبر خسارة للاتحاد وهو لا يتناسب مع المرحلة المقبلة وجمهور الاتحاد واع وفاهم",
      src_ctx="ووصف البلوي", alt=["رحيل المدرب بيتوركا بالقرار الصحيح ولا يعتبر خسارة للاتحاد"],
      note="وصف X بـY: the nominal complement is the content."),
    A("balawi-muntari-deal-need", *BALAWI, "البلوي", "أكد",
      "صفقة مونتاري تمت لحاجة الفريق لهذا اللاعب في هذا المركز وليست صفقة للدعاية أو للإعلان",
      coref=True, src_ctx="ووصف البلوي", cue_ctx="كما أكد أن صفقة"),
    A("balawi-deal-sum-internal", *BALAWI, "البلوي", "أكد",
      "مبلغ الصفقة شأن داخلي وهناك صفقات قادمة موازية لصفقة مونتاري",
      coref=True, src_ctx="ووصف البلوي", cue_ctx="كما أكد أن صفقة"),
    A("balawi-marquinho-left", *BALAWI, "البلوي", "قال",
      "ترك الاتحاد في مباراة مصيرية ورحل ولا توجد أي التزامات إلا تم استيفاؤها له وهناك شكوى رفعها النادي ضده",
      coref=True, src_ctx="ووصف البلوي", cue_ctx="وقال إنه ترك",
      alt=["إنه ترك الاتحاد في مباراة مصيرية ورحل ولا توجد أي التزامات إلا تم استيفاؤها له وهناك شكوى رفعها النادي ضده"],
      note="Subject elided after كما تحدث; antecedent البلوي of the previous paragraph."),
    A("balawi-wishes-hazazi", *BALAWI, "البلوي", "تمنى", "لنايف هزازي التوفيق مع النصر",
      src_ctx="وتمنى البلوي", opt=True, cw=False, note="A wish: optional, not checkworthy."),
    A("balawi-god-forgive", *BALAWI, "البلوي", "قال", "الله يسامح اللي فرط فيه",
      coref=True, src_ctx="وتمنى البلوي", cue_ctx="وقال: “الله", cw=False),
    A("balawi-shabab-asked-25m", *BALAWI, "البلوي", "قال", "نادي الشباب طلب ٢٥ مليونا مقابل عودته",
      coref=True, src_ctx="وتمنى البلوي", cue_ctx="وقال إن نادي الشباب"),
    A("balawi-sum-for-several-players", *BALAWI, "البلوي", "قال",
      "ارتأوا أنه يمكن بهذا المبلغ التعاقد مع عدة لاعبين في عدة مراكز",
      coref=True, src_ctx="وتمنى البلوي", cue_ctx="وقال إن نادي الشباب",
      alt=["يمكن بهذا المبلغ التعاقد مع عدة لاعبين في عدة مراكز"]),
    A("balawi-nickname-again", *BALAWI, "البلوي", "أكد",
      "لقب البعبع هو لقب أطلقته الجماهير وهو لا تهمه الألقاب بقدر ما تهمه خدمة الكيان الاتحادي",
      after="وأكد البلوي أن لقب", src_ctx="وأكد البلوي أن لقب", cue_ctx="وأكد البلوي أن لقب", opt=True,
      note="The lead's statement repeated word for word: a second mention, optional."),
    A("balawi-all-for-ittihad-again", *BALAWI, "البلوي", "أكد", "كل شيء يهون لأجل الاتحاد وجمهوره",
      after="وأكد البلوي أن لقب", src_ctx="وأكد البلوي أن لقب", cue_ctx="وأكد البلوي أن لقب", opt=True, cw=False),
    A("balawi-sponsorship-deals", *BALAWI, "البلوي", "أضاف",
      "قبل نهاية السنة الميلادية سيتم الإعلان عن حزمة عقود رعاية أخرى وسيتم توضيح آلية عقد طيران الاتحاد",
      src_ctx="وأضاف البلوي",
      alt=["قبل نهاية السنة الميلادية سيتم الإعلان عن حزمة عقود رعاية أخرى وسيتم توضيح آلية عقد طيران الاتحاد وأن مستقبل الاتحاد أفضل وأنه جارٍ العمل على تسديد المتبقي من القضايا بعد سداد ست قضايا مهمة تم التفاوض مع أصحاب الشكاوى في بعضها لتخفيض المبالغ"],
      note="Direct speech whose closing quotation mark is missing; split at its أن clauses."),
    A("balawi-future-better", *BALAWI, "البلوي", "أضاف", "مستقبل الاتحاد أفضل", src_ctx="وأضاف البلوي", cw=False),
    A("balawi-paying-remaining-cases", *BALAWI, "البلوي", "أضاف",
      "جارٍ العمل على تسديد المتبقي من القضايا بعد سداد ست قضايا مهمة تم التفاوض مع أصحاب الشكاوى في بعضها لتخفيض المبالغ",
      src_ctx="وأضاف البلوي"),
    A("balawi-committee-supervises-loan", *BALAWI, "البلوي", "قال",
      "هناك لجنة من رعاية الشباب ستشرف على القرض البنكي المخصص لسداد القضايا الخارجية بالتنسيق مع أمين صندوق النادي",
      coref=True, src_ctx="وأضاف البلوي", cue_ctx="وقال إن هناك لجنة"),
    A("balawi-five-stage-strategy", *BALAWI, "البلوي", "قال",
      "العمل يأتي وفق إستراتيجية وضعت منذ عام ووفق خمس مراحل",
      coref=True, src_ctx="وأضاف البلوي", cue_ctx="وقال إن هناك لجنة", note="كما أن: a second content clause."),
], note="Sports site crawled 2015-08-03; the interview is not dated. The closing tag list (سمات ...) is not annotated.")

SUDAN_DEPUTY = ("hassan-hamid-hassan", OFF)
article("3alyoum-2015-08-04-74", "2015-08-04", [
    A("sudan-bashir-to-speak-at-un", *SUDAN_DEPUTY, "نائب مندوب السودان بالأمم المتحدة", "قال",
      "الرئيس السوداني عمر حسن البشير الذي وجهت له المحكمة الجنائية الدولية اتهامات بارتكاب جرائم حرب والإبادة الجماعية يعتزم السفر إلى نيويورك في سبتمبر ايلول ليلقي كلمة امام الأمم المتحدة",
      date="2015-08-03", note="الاثنين = 2015-08-03 (Reuters wire, crawled Tuesday)."),
    A("un-agenda-bashir-sept-26", "united-nations", INTL, "جدول أعمال مبدئي", "يورد",
      "اسم الرئيس السوداني على أنه سيلقي كلمة في 26 سبتمبر أيلول",
      alt=["سيلقي كلمة في 26 سبتمبر أيلول"],
      note="A document stands for its issuer (وضعته المنظمة الدولية)."),
    O("summit-to-adopt-plan", "من المقرر أن تتبنى القمة رسميا خطة للتنمية المستدامة في العالم على مدى 15 عاما قادمة"),
    A("sudan-deputy-yes-attend", *SUDAN_DEPUTY, "نائب مندوب السودان لدى الأمم المتحدة حسن حميد حسن", "قال", "نعم",
      after="ولدى سؤاله", date="2015-08-03",
      note="Answer to whether al-Bashir will attend the summit; same remarks as the lead (الاثنين)."),
    O("no-more-details", "لم يعط المزيد من التفاصيل"),
    A("ga-agenda-ministerial", "united-nations", INTL,
      "جدول أعمال مؤقت خاص باجتماعات الجمعية العامة للأمم المتحدة", "يشير",
      "السودان على أنه ممثل تمثيلا وزاريا", alt=["فقط إلى السودان على أنه ممثل تمثيلا وزاريا"],
      note="The provisional agenda stands for its issuer."),
    O("spokesman-declined", "امتنع علي الصادق المتحدث باسم وزارة الخارجية السودانية عن التعليق",
      note="A refusal to comment is the outlet's statement."),
    O("bashir-wanted-2013", "أراد البشير التحدث في الجمعية العامة للأمم المتحدة في عام 2013"),
    A("sudan-officials-visa-pending", "sudanese-officials", ANON, "مسؤولين سودانيين", "قالوا",
      "طلب التأشيرة الأمريكي كان معلقا"),
    A("washington-visa-regrettable", "united-states-government", GOV, "واشنطن", "وصفت", "مؤسف",
      alt=["طلب التأشيرة في ذلك الوقت بأنه “مؤسف”"],
      note="وصف X بأنه «Y»: the quoted evaluation is the content; X (the visa request) in alt_spans."),
    A("icc-accuses-bashir-genocide", "international-criminal-court", INTL, "المحكمة الجنائية الدولية", "اتهمت",
      "وراء جرائم إبادة جماعية وغير ذلك من الفظائع ضمن مساعية لسحق انتفاضة في إقليم دارفور بغرب السودان",
      src_ctx="وأصدرت المحكمة الجنائية الدولية", alt=["بأنه وراء جرائم إبادة جماعية وغير ذلك من الفظائع"],
      note="An accusation with its accuser (the ICC's warrants of 2009 and 2010): core."),
    O("us-not-icc-member", "الولايات المتحدة ليست عضوا فيها"),
], note="Reuters wire crawled Tuesday 2015-08-04; الاثنين = 2015-08-03. Tag list not annotated.")

# ---------------------------------------------------------------------------------------------- aawsat
FALLON = ("john-fallon", PERSON, "جون فالون المدير العام لدار «بيرسون»")
KITA = ("tsuneo-kita", PERSON, "رئيس مجلس إدارة مجموعة «نيكاي» تسونيو كيتا")
article("aawsat-2015-07-24-725", "2015-07-24", [
    A("pearson-sells-ft-to-nikkei", "pearson", OTHER, "دار النشر البريطانية «بيرسون»", "أعلنت",
      "بيع «مجموعة فاينانشال تايمز» الإعلامية التي تشمل خصوصًا الصحيفة الاقتصادية العريقة «فاينانشال تايمز» إلى المجموعة الإعلامية اليابانية «نيكاي» مقابل 844 مليون جنيه إسترليني (1.31 مليار دولار)",
      date="2015-07-23", alt=["بيع «مجموعة فاينانشال تايمز» الإعلامية"],
      note="أمس = 2015-07-23 (print issue crawled the next morning). Nominal complement after أعلنت."),
    A("pearson-deal-excludes-economist", "pearson", OTHER, "دار النشر البريطانية «بيرسون»", "مضيفة",
      "الصفقة التي قد يجري إبرامها قبل نهاية العام الحالي لا تشمل حصة تبلغ خمسين في المائة تملكها المجموعة في «الإيكونوميست»",
      coref=True, date="2015-07-23",
      note="قد sits in a relative clause about the deal's timing; the claim (the stake is excluded) is not hedged."),
    O("ft-moves-to-nikkei", "بهذا ستنتقل الصحيفة العريقة إلى مجموعة «نيكاي» التي تصدر حاليًا نشرة تحمل الاسم نفسه"),
    A("fallon-pearson-proud-turning-point", *FALLON, "قال",
      "بيرسون تعتز بأنها كانت صاحبة فاينانشال تايمز لنحو ستين عاما، لكننا بلغنا نقطة انعطاف في وسائل الإعلام مع النمو الهائل للهواتف الجوالة وشبكات التواصل الاجتماعي",
      date="2015-07-23", alt=["لكننا بلغنا نقطة انعطاف في وسائل الإعلام مع النمو الهائل للهواتف الجوالة وشبكات التواصل الاجتماعي"],
      note="في بيان نشرته المجموعة: the statement is the medium of the announcement (أمس)."),
    A("fallon-ft-better-in-digital-group", *FALLON, "أضاف",
      "في هذه البيئة الجديدة أفضل طريقة لفاينانشال تايمز لضمان نجاحها الصحافي والتجاري أن تكون جزءا من مؤسسة معلوماتية رقمية عالمية",
      coref=True, date="2015-07-23", cue_ctx="وأضاف: «في هذه"),
    A("reports-pearson-focus-education", "british-reports", OUTLET, "تقارير بريطانية", "أفادت",
      "«دار بيرسون» المتخصصة في النشر والتعليم، قررت اتخاذ هذه الخطوة، من أجل التفرغ لمجال التعليم",
      alt_cues=["أفادت تقارير بريطانية بأن"]),
    A("kita-proud-of-ft", *KITA, "قال",
      "أشعر بفخر كبير بالعمل مع فاينانشال تايمز إحدى اعرق وسائل الإعلام في العالم", date="2015-07-23", cw=False),
    A("kita-shared-principles", *KITA, "أضاف",
      "التزامنا بتقديم صحافة رفيعة في الإعلام الاقتصادي وغيره مع البقاء موضوعيين وعادلين قريب من التزام فاينانشال تايمز وسنتقاسم المبادئ الصحافية نفسها",
      coref=True, date="2015-07-23", cue_ctx="وأضاف أن «التزامنا"),
    O("ft-prints-737k", "صحيفة «فاينانشال تايمز» الرائدة تطبع 737 ألف نسخة يوميا",
      note="يذكر أن: agentless background, the outlet's."),
    O("ft-documents-angered-brussels",
      "كانت قدرتها على الحصول على وثائق حصرية خصوصا حول أزمة منطقة اليورو المتعلقة باليونان، أثارت استياء بروكسل في الآونة الأخيرة"),
], note="Print issue crawled 2015-07-24 08:49; أمس = 2015-07-23. The closing ...المزيد is not annotated.")

WERDER = ("werder-bremen", OTHER)
article("aawsat-2015-07-26-183", "2015-07-26", [
    A("werder-desanto-paid-and-left", *WERDER, "فيردر بريمن", "قال",
      "مهاجمه الأرجنتيني فرانكو دي سانتو سدد مبلغ الشرط الجزائي في عقده ورحل عن الفريق", date="2015-07-25",
      note="أمس السبت = 2015-07-25."),
    O("werder-did-not-name-club", "لم يعلن بريمن عن الفريق الذي سينتقل إليه دي سانتو",
      note="'X did not announce' is the outlet's statement."),
    A("german-media-schalke-signed", "german-media", OUTLET, "وسائل إعلام ألمانية", "أشارت",
      "شالكه الذي سيلعب في الدوري الأوروبي تعاقد مع اللاعب"),
    O("no-schalke-confirmation", "لم يتسنّ الحصول على تأكيد من أي مسؤول في شالكه"),
    A("werder-statement-desanto-left", *WERDER, "بريمن", "قال",
      "فرانكو دي سانتو رحل عن بريمن. قام اللاعب الأرجنتيني بتسديد قيمة الشرط الجزائي في عقده ولم يعد جزءا من الفريق",
      src_ctx="وقال بريمن في بيان", cue_ctx="وقال بريمن في بيان",
      alt=["فرانكو دي سانتو رحل عن بريمن", "قام اللاعب الأرجنتيني بتسديد قيمة الشرط الجزائي في عقده ولم يعد جزءا من الفريق"],
      note="Direct speech of two sentences that is the whole complement; each sentence accepted alone."),
    A("werder-officials-negotiating-schalke", "werder-bremen-officials", ANON, "مسؤولو بريمن", "أشار",
      "يتفاوضون مع شالكه، بشأن بيع اللاعب الأرجنتيني",
      alt=["أنهم يتفاوضون مع شالكه، بشأن بيع اللاعب الأرجنتيني"], note="في وقت سابق: no date."),
    A("werder-release-clause", *WERDER, "بريمن", "أوضح",
      "هناك بندا في عقد المهاجم الأرجنتيني يسمح له بالرحيل عن النادي", src_ctx="وأوضح بريمن", date="2015-07-25"),
    A("weser-kurier-four-year-deal", "weser-kurier", OUTLET, "صحيفة «فيسر كورير» الألمانية", "ذكرت",
      "دي سانتو يستعد للانتقال إلى شالكه بعقد يمتد لأربعة أعوام"),
    A("eichin-talked-to-heldt", "thomas-eichin", PERSON, "توماس ايشين الرئيس التنفيذي لبريمن", "قال",
      "أجرى محادثات مع هورست هيلدت مدير نادي شالكه بشأن دي سانتو",
      alt=["إنه أجرى محادثات مع هورست هيلدت مدير نادي شالكه بشأن دي سانتو"]),
    A("kicker-six-million-clause", "kicker-sportmagazin", OUTLET, "مجلة «كيكر شبورت»", "وفقا",
      "هناك شرط جزائي بقيمة ستة ملايين يورو في عقد دي سانتو مع بريمن، سمح له بالرحيل إلى شالكه",
      alt_cues=["وفقا لمجلة"], alt=["هناك شرط جزائي بقيمة ستة ملايين يورو في عقد دي سانتو مع بريمن"],
      note="ووفقا لمجلة: the cue without و; the label starts after the fused ل."),
    A("reports-werder-offered-renewal", "press-reports", OUTLET, "تقارير صحافية", "أشارت",
      "بريمن عرض على دي سانتو، القادم من صفوف ويغان في 2013، تجديد عقده"),
    O("desanto-joined-2013",
      "انضم مهاجم تشيلسي السابق الذي سجل 17 هدفًا في 49 مباراة في الدوري الألماني إلى بريمن في عام 2013 قادما من ويجان أثليتيك الإنجليزي"),
], note="Crawled Sunday 2015-07-26; أمس السبت = 2015-07-25.")

NASSR_SOURCE = ("al-nassr-source", ANON, "مصدر مسؤول في نادي النصر")
article("aawsat-2015-07-31-301", "2015-07-31", [
    O("mora-injured-in-final",
      "تعرض المهاجم الأوروغواياني رودريقز مورا إلى إصابة عضلية في ذهاب نهائي كأس الليبرتادوريس، مما أجبره على الخروج من المباراة",
      core=True, note="Lead fact in the outlet's voice."),
    A("river-president-denies-release", "river-plate-president", PERSON, "رئيس نادي ريفربلايت الأرجنتيني", "نفى",
      "يكون ناديه قد وقع على أي تنازل رسمي للنصر السعودي", pol="denied",
      alt=["أن يكون ناديه قد وقع على أي تنازل رسمي للنصر السعودي"]),
    A("agent-president-untruthful", "mora-agent", PERSON, "وكيل أعمال اللاعب", "أكد",
      "تصريحات رئيس ريفربلايت غير صادقة", pol="denied", cue_ctx="أكد على أن تصريحات", alt_cues=["أكد على"],
      note="An explicit rebuttal of the president's words: denied (as unseen-2015-b's «غير حقيقي»)."),
    A("agent-mora-contracted-to-nassr", "mora-agent", PERSON, "وكيل أعمال اللاعب", "مشيرا",
      "اللاعب مرتبط بعقد رسمي مع النصر", coref=True),
    O("mora-medical-tests", "أجرى مورا يوم أمس عددًا من الكشوفات الطبية للوقوف على أثر الإصابة", date="2015-07-30"),
    O("medical-staff-likely", "من المرجح أن يسعى الجهاز الطبي إلى معالجة اللاعب قبل لقاء الإياب يوم الخميس المقبل",
      hedged=True),
    A("nassr-source-following-injury", *NASSR_SOURCE, "أكد", "يتابعون باهتمام إصابة مورا",
      cue_ctx="ومن جانبه، أكد", alt=["أنهم يتابعون باهتمام إصابة مورا"]),
    A("nassr-source-signing-official", *NASSR_SOURCE, "أكد", "توقيعهم مع اللاعب ونادي ريفربلايت رسمي وموثق",
      coref=True, cue_ctx="وأكد كذلك", alt_cues=["أكد كذلك على"]),
    A("nassr-source-mora-in-austria", *NASSR_SOURCE, "أشار",
      "اللاعب سوف يكون موجودًا في النمسا في السابع من شهر أغسطس (آب) المقبل للانضمام لتدريبات الفريق الجماعية",
      coref=True, cue_ctx="وأشار المصدر نفسه", date="2015-08-07", note="المصدر نفسه: the source named above."),
    O("nassr-training-in-austria", "يواصل الفريق النصراوي تدريباته اليومية في معسكره المقام في النمسا"),
    A("dasilva-stresses-fitness", "jorge-da-silva", PERSON, "مدرب الفريق الأوروغواياني خورخي دا سيلفا", "شدد",
      "تكثيف الجرعات اللياقية للاعبين بالإضافة إلى عدم إغفال الجوانب التكتيكية",
      note="شدد على: a directive whose occurrence can be checked; the purpose clause after it is the outlet's."),
    A("sources-akash-played-well", "private-sources", ANON, "مصادر خاصة", "حسب ما أشارت",
      "الشوط الأول شهد مشاركة أحمد عكاش الذي قدم مستويات مطمئنة",
      alt_cues=["حسب"], alt=["أحمد عكاش الذي قدم مستويات مطمئنة",
                              "الشوط الأول شهد مشاركة أحمد عكاش الذي قدم مستويات مطمئنة حسب ما أشارت مصادر خاصة لـ«الشرق الأوسط» ليطمئن مدربه دا سيلفا على مركز الظهير الأيسر"],
      note="Post-posed attribution; «مصادر خاصة لـ«الشرق الأوسط»»: the sources, not the outlet."),
    O("nassr-lost-friendly", "الذي خسره النصر في شوطه الثاني بأربعة أهداف دون مقابل"),
    O("abdulghani-suspended", "يغيب عنه قائد الفريق حسين عبد الغني 6 مباريات، بسبب إيقافه من لجنة الانضباط على خلفية أحداث نهائي كأس الملك"),
], relations=[
    {"a": "river-president-denies-release", "b": "nassr-source-signing-official", "relation": "contradicts"},
    {"a": "river-president-denies-release", "b": "agent-president-untruthful", "relation": "contradicts"},
    {"a": "agent-mora-contracted-to-nassr", "b": "nassr-source-signing-official", "relation": "supports"},
], note="Print issue crawled 2015-07-31 04:29; يوم أمس = 2015-07-30.")
