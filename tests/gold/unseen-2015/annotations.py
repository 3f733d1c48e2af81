"""Held-out extraction gold for tests/gold/unseen-2015, written as strings; build_gold.py finds the offsets.

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

SRC['aleqtisadiya-2015-08-11-252'] = {"zip": '2015-08-11.zip', "member": '2015-08-11.json', "index": 252, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/08/11/article_980645.html',
    "title": 'موجة حر تقتل 21 شحضا في مصر خلال يوم واحد',
    "date_extracted": '2015-08-11 13:36:21'}
SRC['aleqtisadiya-2015-08-11-277'] = {"zip": '2015-08-11.zip', "member": '2015-08-11.json', "index": 277, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/08/11/article_980747.html',
    "title": 'أوكرانيا : أعنف قصف من الانفصاليين في الشرق منذ فبراير',
    "date_extracted": '2015-08-11 13:36:54'}
SRC['aleqtisadiya-2015-08-06-470'] = {"zip": '2015-08-06.zip', "member": '2015-08-06.json', "index": 470, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/08/05/article_979230.html',
    "title": 'بان كي مون يطلق نداء ملحا لجمع مئة مليون دولار للاونروا',
    "date_extracted": '2015-08-06 01:27:46'}
SRC['aleqtisadiya-2015-08-10-317'] = {"zip": '2015-08-10.zip', "member": '2015-08-10.json', "index": 317, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/08/10/article_980359.html',
    "title": '«التعليم»: فحص السموم إجباري على جميع المرشحين للوظائف التعليمية',
    "date_extracted": '2015-08-10 19:18:51'}
SRC['aleqtisadiya-2015-08-02-233'] = {"zip": '2015-08-02.zip', "member": '2015-08-02.json', "index": 233, "source": 'aleqtisadiya',
    "url": 'http://www.aleqt.com/2015/08/02/article_978215.html',
    "title": '«الجوازات» لـ"الاقتصادية": مليونا مسافر غادروا الشرقية خلال 20 يوما .. 40 % منهم توجهوا للبحرين',
    "date_extracted": '2015-08-02 23:34:18'}
SRC['alriyadh-2015-08-02-618'] = {"zip": '2015-08-02.zip', "member": '2015-08-02.json', "index": 618, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1069901',
    "title": 'بيان: عائلة الملا عمر لا تؤيد الزعيم الجديد لطالبان',
    "date_extracted": '2015-08-02 23:15:20'}
SRC['alriyadh-2015-08-10-907'] = {"zip": '2015-08-10.zip', "member": '2015-08-10.json', "index": 907, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1071949',
    "title": 'الداخلية الأفغانية: مقتل 21 شخصاً في انفجار انتحاري',
    "date_extracted": '2015-08-10 19:34:21'}
SRC['alriyadh-2015-08-07-841'] = {"zip": '2015-08-07.zip', "member": '2015-08-07.json', "index": 841, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1071022',
    "title": 'سفارة خادم الحرمين في الأردن تنفي مقتل مواطن ثلاثيني على الأراضي الأردنية',
    "date_extracted": '2015-08-07 06:46:56'}
SRC['alriyadh-2015-08-10-844'] = {"zip": '2015-08-10.zip', "member": '2015-08-10.json', "index": 844, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1071756',
    "title": 'اكتشاف إصابة طفل بالطاعون بعد رحلة لمتنزه يوسمايت الأمريكي',
    "date_extracted": '2015-08-10 19:30:34'}
SRC['alriyadh-2015-08-11-779'] = {"zip": '2015-08-11.zip', "member": '2015-08-11.json', "index": 779, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1072071',
    "title": 'دراسة: ألمانيا ربحت 100 مليار يورو من الأزمة اليونانية',
    "date_extracted": '2015-08-11 14:19:22'}
SRC['alweeam-2015-08-03-935'] = {"zip": '2015-08-03.zip', "member": '2015-08-03.json', "index": 935, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/350544/صحة-عسير-لا-صحة-لاتهامات-سيدة-بتحرش-مم/',
    "title": 'صحة عسير: لا صحة لاتهامات سيدة بتحرش ممرضين بها',
    "date_extracted": '2015-08-03 19:55:33'}
SRC['alweeam-2015-08-06-2248'] = {"zip": '2015-08-06.zip', "member": '2015-08-06.json', "index": 2248, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/351065/صحة-حائل-تنفي-تعرض-طفلة-لحـروق-بأحد-م/',
    "title": '«صحة حائل» تنفي تعرض طفلة لحـروق بأحد مستشفياتها',
    "date_extracted": '2015-08-06 01:10:30'}
SRC['alweeam-2015-08-11-1115'] = {"zip": '2015-08-11.zip', "member": '2015-08-11.json', "index": 1115, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/352067/الصليب-الأحمر-الوضع-في-اليمن-كارثي-وأ/',
    "title": 'الصليب الأحمر: الوضع في اليمن “كارثي” وأقرب للمجاعة',
    "date_extracted": '2015-08-11 18:27:42'}
SRC['alweeam-2015-08-03-923'] = {"zip": '2015-08-03.zip', "member": '2015-08-03.json', "index": 923, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/350540/زعيم-طالبان-الجديد-قتل-الملا-عمر-بالس/',
    "title": 'جماعة: زعيم طالبان الجديد قتل “الملا عمر” بالسّم',
    "date_extracted": '2015-08-03 19:55:04'}
SRC['alweeam-2015-08-10-1186'] = {"zip": '2015-08-10.zip', "member": '2015-08-10.json', "index": 1186, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/351750/سيول-تتهم-كوريا-الشمالية-بتفجير-ألغام/',
    "title": 'سيول تتهم كوريا الشمالية بتفجير ألغام بجنودها وتتوعد برد “قاس”',
    "date_extracted": '2015-08-10 18:38:01'}
SRC['okaz-2015-08-09-1132'] = {"zip": '2015-08-09.zip', "member": '2015-08-09.json', "index": 1132, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150809/Con20150809788454.htm',
    "title": 'حزب تركي يطالب الحكومة والأكراد بوقف العنف',
    "date_extracted": '2015-08-09 17:45:07'}
SRC['okaz-2015-08-06-2912'] = {"zip": '2015-08-06.zip', "member": '2015-08-06.json', "index": 2912, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150806/Con20150806787883.htm',
    "title": 'التحقيق في حروق مولودة «العنزي»',
    "date_extracted": '2015-08-06 08:19:18'}
SRC['okaz-2015-08-02-1217'] = {"zip": '2015-08-02.zip', "member": '2015-08-02.json', "index": 1217, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150802/Con20150802787000.htm',
    "title": '«خطأ طبي» يتسبب في إصابة مواطن بالشلل',
    "date_extracted": '2015-08-02 23:45:29'}
SRC['okaz-2015-08-06-2923'] = {"zip": '2015-08-06.zip', "member": '2015-08-06.json', "index": 2923, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150806/Con20150806787815.htm',
    "title": 'ضغوط لعرقلة كشف أسماء المتورطين بسقوط الموصل',
    "date_extracted": '2015-08-06 08:19:24'}
SRC['okaz-2015-08-11-1455'] = {"zip": '2015-08-11.zip', "member": '2015-08-11.json', "index": 1455, "source": 'okaz',
    "url": 'http://www.okaz.com.sa/new/Issues/20150811/Con20150811788839.htm',
    "title": 'تعاون سعودي مصري لحفر 1200 بئر',
    "date_extracted": '2015-08-11 13:34:20'}
SRC['arreyadi-2015-07-21-2315'] = {"zip": '2015-07-21.zip', "member": '2015-07-21.json', "index": 2315, "source": 'arreyadi',
    "url": 'http://www.arreyadi.com.sa/Home/Details/NDc4MQ==',
    "title": 'الجيرين يلحق بالفريدي في النصر',
    "date_extracted": '2015-07-21 10:57:18'}
SRC['arreyadi-2015-07-21-2397'] = {"zip": '2015-07-21.zip', "member": '2015-07-21.json', "index": 2397, "source": 'arreyadi',
    "url": 'http://www.arreyadi.com.sa/Home/Details/NTA0MQ==',
    "title": 'السومه: لست اتحادياً',
    "date_extracted": '2015-07-21 11:00:22'}
SRC['arriyadiyah-2015-08-11-1329'] = {"zip": '2015-08-11.zip', "member": '2015-08-11.json', "index": 1329, "source": 'arriyadiyah',
    "url": 'http://www.arriyadiyah.com/node/907101/رياضة-محلية/أخلاق-جروس-أكبر-من-حركة-المطار',
    "title": 'أخلاق جروس أكبر من حركة المطار',
    "date_extracted": '2015-08-11 18:45:35'}
SRC['alriyadh-2015-08-06-1744'] = {"zip": '2015-08-06.zip', "member": '2015-08-06.json', "index": 1744, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1070827',
    "title": 'مستشار الرئيس اليمني ل«الرياض»: الحوثيون نقلوا 700 أسير إلى صنعاء قبل سقوط العند لاستخدامهم دروعاً بشرية',
    "date_extracted": '2015-08-06 18:54:48'}
SRC['alriyadh-2015-08-03-672'] = {"zip": '2015-08-03.zip', "member": '2015-08-03.json', "index": 672, "source": 'alriyadh',
    "url": 'http://www.alriyadh.com/1070043',
    "title": 'مقتل جنديين وإصابة 24 آخرين في هجوم شرقي تركيا',
    "date_extracted": '2015-08-03 20:12:16'}


# ---------------------------------------------------------------------------------------------- aleqtisadiya
article("aleqtisadiya-2015-08-11-252", "2015-08-11", [
    A("ministry-21-dead", "egyptian-health-ministry", GOV, "وزارة الصحة", "بحسب ما أعلنت",
      "توفي 21 من كبار السن ونقل 66 آخرون للمستشفيات الأحد الماضي بسبب موجة الحر المصحوبة بارتفاع كبير في نسبة الرطوبة في القاهرة وأنحاء متفرقة من مصر",
      date="2015-08-10", alt_cues=["بحسب", "أعلنت"],
      alt=["توفي 21 من كبار السن ونقل 66 آخرون للمستشفيات الأحد الماضي"],
      note="Lead sentence with the attribution after it; the statement is dated أمس (2015-08-10), the deaths الأحد الماضي (2015-08-09)."),
    O("heatwave-47", "تشهد مصر موجة حر وصلت فيها الحرارة إلى 47 درجة مئوية تحت الشمس في بعض المناطق، لكن الارتفاع الكبير في الرطوبة زاد الأمور سوءا خصوصا بالنسبة إلى كبار السن"),
    A("ministry-victims-over-60", "egyptian-health-ministry", GOV, "وزارة الصحة", "بحسب",
      "جميع الضحايا تتجاوز أعمارهم 60 عاما", src_ctx="بيان وزارة الصحة. ", cue_ctx="نساء، بحسب", opt=True,
      note="The بحسب after the next sentence may or may not reach back across the full stop: optional."),
    A("ministry-seven-women", "egyptian-health-ministry", GOV, "وزارة الصحة", "بحسب", "بينهم سبع نساء",
      src_ctx="بيان وزارة الصحة. ", cue_ctx="نساء، بحسب",
      note="Source written as بيان وزارة الصحة: the statement stands for the ministry."),
    A("ministry-by-governorate", "egyptian-health-ministry", GOV, "وزارة الصحة", "قالت",
      "15 من الضحايا توفوا في القاهرة وأربعة في مرسى مطروح (على المتوسط غربي البلاد) واثنان في قنا (جنوبي البلاد)",
      coref=True, src_ctx="بيان وزارة الصحة. "),
    O("66-hospitalised", "نقل 66 شخصا إلى المستشفيات في تسع محافظات بسبب معاناتهما الإجهاد نتيجة للتعرض لأشعة الشمس والحرارة المرتفعة، لا يزال 37 منهم تحت المراقبة"),
    A("spokesman-humidity", "hossam-abdel-ghaffar", OFF, "حسام عبد الغفار الناطق باسم وزارة الصحة", "قال",
      "هناك ارتفاعا كبيرا في درجات الحرارة عن السنوات السابقة. لكن المشكلة في الرطوبة التي تعطي إحساسا أكبر بالحرارة",
      via="afp", alt_cues=["بحسب"], alt=["هناك ارتفاعا كبيرا في درجات الحرارة عن السنوات السابقة"],
      note="Relayed: بحسب \"الفرنسية\" (AFP) is the outer source."),
    A("spokesman-sun-deadly", "hossam-abdel-ghaffar", OFF, "حسام عبد الغفار الناطق باسم وزارة الصحة", "أضاف",
      "التعرض المستمر للشمس قاتل", coref=True, via="afp"),
    A("meteorologists-above-normal", "egyptian-meteorologists", OTHER, "مختصو الأرصاد الجوية", "أكد",
      "ارتفاع درجات الحرارة والرطوبة حاليا في مصر عن المعدل المعتاد"),
    A("saudi-four-five-degrees", "wahid-saudi", OFF, "وحيد سعودي مدير عام التحاليل في هيئة الأرصاد", "أوضح",
      "بلا شك هناك درجات حرارة أعلى من المعدل المعتاد بأربع أو خمس درجات. الرطوبة عالية جدا هذا الشهر",
      alt=["بلا شك هناك درجات حرارة أعلى من المعدل المعتاد بأربع أو خمس درجات"]),
    O("saudi-no-figure", "لم يدل سعودي بنسبة محددة للرطوبة",
      note="X did not give a figure: the outlet's statement, not a denial."),
    A("authority-90-percent", "egyptian-meteorological-authority", GOV, "هيئة الأرصاد", "تشير",
      "وصلت إلى 90 في المائة أحيانا في مناطق متفرقة من البلاد", coref=True, alt_cues=["تشير إلى"],
      alt=["أنها وصلت إلى 90 في المائة أحيانا في مناطق متفرقة من البلاد"],
      note="الأرقام التي نشرتها الهيئة: the published figures stand for the authority (antecedent هيئة الأرصاد)."),
], note="Published 2015-08-11 (Tuesday, URL and crawl agree): أمس = 2015-08-10, الأحد الماضي = 2015-08-09.")

article("aleqtisadiya-2015-08-11-277", "2015-08-11", [
    A("kyiv-accuses-heaviest-shelling", "ukrainian-government", GOV, "الحكومة الأوكرانية", "اتهمت",
      "الانفصاليين الموالين للروس باستهداف مواقعها بأعنف قصف مدفعي منذ ستة أشهر"),
    A("kyiv-escalation-signs", "ukrainian-government", GOV, "الحكومة الأوكرانية", "قالت",
      "مؤشرات تدل على تصعيد الصراع رغم اتفاق وقف لإطلاق النار", coref=True),
    A("army-400-attacked", "ukrainian-army", GOV, "الجيش الأوكراني", "قال",
      "400 من الانفصاليين مدعومين بدبابات هاجموا القوات الحكومية المتمركزة حول بلدة ستاروناتيفكا على بعد 50 كيلومترا شمالي مدينة ماريوبول الساحلية التي تسيطر عليها القوات الحكومية",
      alt=["400 من الانفصاليين مدعومين بدبابات هاجموا القوات الحكومية المتمركزة حول بلدة ستاروناتيفكا"]),
    A("separatists-deny-attack", "pro-russian-separatists", ARMED, "الانفصاليون", "نفى",
      "مهاجمة قوات حكومية", pol="denied"),
    O("mariupol-corridor", "تتيح السيطرة على مدينة ماريوبول للانفصاليين فتح ممر إلى شبه جزيرة القرم التي انتزعتها روسيا من أوكرانيا وضمتها إلى أراضيها في العام الماضي"),
    O("ceasefire-failed", "لم يفلح وقف لإطلاق النار تم توقيعه في منتصف فبراير شباط في كبح العنف في المنطقة الشرقية المتنازع عليها"),
    O("mutual-accusations", "دأب كل طرف على اتهام الآخر بخرق بنود اتفاق السلام وترد أنباء يومية عن وقوع ضحايا"),
    A("lysenko-escalation", "andriy-lysenko", OFF, "أندريه ليسينكو المتحدث باسم الجيش الأوكراني", "قال",
      "هجوم المحتلين السافر هذا جاء على خلفية تصعيد الوضع في شرق أوكرانيا"),
    A("lysenko-heaviest-since-debaltseve", "andriy-lysenko", OFF, "أندريه ليسينكو المتحدث باسم الجيش الأوكراني", "وصف",
      "الأعنف منذ معركة السيطرة على بلدة ديبالتسيف في فبراير شباط الماضي", coref=True,
      alt=["قصف الانفصاليين في الساعات الأربع والعشرين الأخيرة بأنه الأعنف منذ معركة السيطرة على بلدة ديبالتسيف في فبراير شباط الماضي"]),
    A("lysenko-repelled", "andriy-lysenko", OFF, "ليسينكو", "قال",
      "القوات الأوكرانية صدت الهجوم بالقصف المدفعي واستعادت الأراضي التي خسرتها"),
    A("basurin-denies-attack", "eduard-basurin", ARMED, "إدوارد باسورين", "نفيه", "الهجوم على قوات حكومية",
      pol="denied", via="dan-news-agency", alt_cues=["نقلت"],
      note="Relay: نقلت خدمة دي.إيه.إن ... عن إدوارد باسورين (appositive وهو أحد قادة الانفصاليين left out)."),
    A("basurin-accuses-kyiv", "eduard-basurin", ARMED, "إدوارد باسورين", "اتهم", "أوكرانيا بشن قصف مدفعي عنيف",
      coref=True, via="dan-news-agency"),
    A("shyborny-mariupol-threat", "yaroslav-shyborny", OFF, "ياروسلاف شيبورني", "قال",
      "هذا الهجوم يظهر أن مدينة ماريوبول لا تزال تحت تهديد من الانفصاليين"),
    A("shyborny-routes", "yaroslav-shyborny", OFF, "ياروسلاف شيبورني", "قال",
      "الخطر الحقيقي على ماريوبول يتمثل في الطرق المؤدية إليها من ناحية جرانيتنو وستاروناتيفكا. كنا نعلم بذلك واستعددنا له",
      coref=True, cue_ctx="وقال \"الخطر",
      alt=["الخطر الحقيقي على ماريوبول يتمثل في الطرق المؤدية إليها من ناحية جرانيتنو وستاروناتيفكا"]),
    A("lysenko-casualties", "andriy-lysenko", OFF, "ليسينكو", "قال",
      "جنديا قتل وفقد آخر في العملية بالإضافة لإصابة 16 في الساعات الأربع والعشرين الماضية"),
    A("kirby-concern", "john-kirby", OFF, "جون كيربي المتحدث باسم وزارة الخارجية الأمريكية", "قال",
      "الولايات المتحدة تشعر \"بقلق بالغ\" من تصاعد الهجمات التي قال إنها خلفت ثلاثة قتلى من الجنود الأوكرانيين و35 مصابا في الأيام القليلة الماضية",
      cue_ctx="واشنطن قال جون",
      alt=["الولايات المتحدة تشعر \"بقلق بالغ\" من تصاعد الهجمات"]),
    A("kirby-three-killed", "john-kirby", OFF, "جون كيربي المتحدث باسم وزارة الخارجية الأمريكية", "قال",
      "خلفت ثلاثة قتلى من الجنود الأوكرانيين و35 مصابا في الأيام القليلة الماضية", coref=True,
      cue_ctx="التي قال إنها", note="Relative clause التي قال إنها inside Kirby's own statement."),
    A("kirby-127-attacks", "john-kirby", OFF, "كيربي", "قال", "أوكرانيا سجلت 127 هجوما اليوم الاثنين",
      date="2015-08-10", note="اليوم الاثنين = 2015-08-10: the wire text was written on Monday, crawled on Tuesday."),
    A("kirby-cannot-talk-peace", "john-kirby", OFF, "كيربي", "أضاف",
      "روسيا والانفصاليون الذين تدعمهم لا يمكنهم الحديث عن السلام ومواصلة القتال في نفس الوقت", coref=True),
    A("kirby-implement-minsk", "john-kirby", OFF, "كيربي", "أضاف",
      "لو أنهم يريدون السلام فعليهم تطبيق وقف إطلاق النار بالكامل مثلما اتفق عليه في مينسك", coref=True, opt=True,
      note="Quotation continued in a new paragraph without a verb: optional."),
    A("kirby-condemns-osce-attack", "john-kirby", OFF, "المتحدث باسم الخارجية الأمريكية", "أدان",
      "هجوما نفذ يوم السبت الماضي وحرقت خلاله أربع مركبات في دونيتسك تتبع منظمة السلام والتعاون في أوروبا",
      date="2015-08-08"),
    A("un-6500-killed", "united-nations", INTL, "الأمم المتحدة", "وفقا لتقديرات",
      "قتل ما يزيد على 6500 شخص منذ اندلع القتال بين القوات الأوكرانية والمتمردين الساعين للاستقلال عن كييف في أبريل نيسان 2014",
      alt_cues=["وفقا"]),
], note="Reuters wire in translation, written Monday 2015-08-10 (Kirby: اليوم الاثنين), crawled 2015-08-11.")

article("aleqtisadiya-2015-08-06-470", "2015-08-05", [
    A("ban-appeal-100m", "ban-ki-moon", INTL, "الامين العام للامم المتحدة بان كي مون", "أطلق",
      "نداء ملحا الى الجهات المانحة لسد عجز قدره مئة مليون دولار في ميزانية وكالة الامم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين \"اونروا\"",
      alt=["لسد عجز قدره مئة مليون دولار في ميزانية وكالة الامم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين \"اونروا\""]),
    A("ban-urges-donors", "ban-ki-moon", INTL, "الامين العام للامم المتحدة بان كي مون", "قال",
      "يناشد جميع الجهات المانحة التحرك بشكل عاجل لضمان حصول الأونروا في اسرع وقت ممكن على المئة مليون دولار التي تحتاج اليها كي يتسنى لأطفال فلسطين أن يبدأوا سنتهم الدراسية 2015-2016 بدون تأخير",
      coref=True, note="Surface subject الامين العام (bare title) → its full mention in the lead."),
    A("ban-pillar-of-stability", "ban-ki-moon", INTL, "الامين العام للامم المتحدة بان كي مون", "ذكر",
      "الاونروا هي \"ركيزة استقرار\" لخمسة ملايين لاجئ فلسطيني في الوقت الذي يمر فيه الشرق الاوسط في ازمة بالغة الصعوبة",
      coref=True, alt=["الاونروا هي \"ركيزة استقرار\" لخمسة ملايين لاجئ فلسطيني"]),
    A("ban-spoke-to-leaders", "ban-ki-moon", INTL, "الامين العام للامم المتحدة بان كي مون", "لفت",
      "\"تحدث شخصيا في الاسابيع الاخيرة مع العديد من القادة في العالم\" بشأن الازمة المالية غير المسبوقة التي تعاني منها الوكالة",
      coref=True, alt_cues=["لفت الى"], alt=["تحدث شخصيا في الاسابيع الاخيرة مع العديد من القادة في العالم"]),
    A("ban-deep-concern", "ban-ki-moon", INTL, "بان", "اعرب",
      "قلقه العميق ازاء الوضع المالي للوكالة والتداعيات الانسانية والسياسية والامنية التي ستنجم عنه",
      src_ctx="واعرب بان في"),
    A("unrwa-may-not-reopen", "unrwa", INTL, "الاونروا", "حذرت",
      "قد لا تكون قادرة على ضمان عودة نصف مليون طالب فلسطيني الى المدارس لنقص الاموال", hedged=True,
      date="2015-08-03", src_ctx="وكانت الاونروا حذرت",
      alt=["انها قد لا تكون قادرة على ضمان عودة نصف مليون طالب فلسطيني الى المدارس لنقص الاموال"]),
    A("mitchell-101m-gap", "sandra-mitchell", INTL, "ساندرا ميتشيل نائب المفوض العام للاونروا", "قالت",
      "لا يزال هناك عجز بقيمة 101 مليون دولار لدى الوكالة هذا العام"),
    A("mladenov-unprecedented", "nickolay-mladenov", INTL, "المنسق الخاص لعملية السلام في الشرق الاوسط نيكولاي ملادينوف", "صرح",
      "الوكالة تعاني من ازمة مالية \"غير مسبوقة\""),
    A("mitchell-delay-return", "sandra-mitchell", INTL, "ميتشيل", "حذرت",
      "الازمة المالية قد تؤدي الى تأجيل عودة اطفال اللاجئين الفلسطينيين الذين يتلقون مساعدات من الاونروا في الاراضي الفلسطينية المحتلة وفي سوريا ولبنان والاردن",
      hedged=True, src_ctx="وحذرت ميتشيل"),
    A("mitchell-no-decision-yet", "sandra-mitchell", INTL, "ميتشيل", "اضافت",
      "لم يتم حتى الان اتخاذ قرار بتأجيل السنة الدراسية", coref=True, src_ctx="وحذرت ميتشيل"),
    A("mitchell-commissioner-decides", "sandra-mitchell", INTL, "ميتشيل", "اضافت",
      "المفوض العام وحده سيتخذ هذا القرار وسيتخذه بعد اعطاء اكثر وقت ممكن للدول الاعضاء لتزويدنا بالاموال",
      coref=True, opt=True, src_ctx="وحذرت ميتشيل",
      note="Second sentence of the same quotation after a misplaced closing mark: optional."),
    A("mitchell-no-decision-before-mid-august", "sandra-mitchell", INTL, "ميتشيل", "قالت",
      "لا اتوقع قرارا حتى منتصف اب/اغسطس", coref=True, hedged=True, cue_ctx="وقالت \"لا", src_ctx="وحذرت ميتشيل",
      note="An expectation (لا اتوقع): hedged, the reporting verb قالت stays the cue."),
    A("mitchell-responsibility", "sandra-mitchell", INTL, "ميتشيل", "مضيفة",
      "تعليم 500 الف طفل لاجئ فلسطيني مسؤولية يجب تحملها", coref=True, src_ctx="وحذرت ميتشيل"),
], note="URL dated 2015/08/05 and crawled 2015-08-06 01:27, so the reference date is 2015-08-05 (Wednesday); الاثنين = 2015-08-03.")

article("aleqtisadiya-2015-08-10-317", "2015-08-10", [
    A("official-toxicology-mandatory", "education-ministry-official", ANON, "مسؤول في وزارة التعليم", "قال",
      "إجراءات فحص السموم \"إجباري\" على المرشحين للوظائف التعليمية من الرجال والنساء"),
    A("official-government-hospitals", "education-ministry-official", ANON, "مسؤول في وزارة التعليم", "قال",
      "يلزم أن يكون في المستشفيات الحكومية المعتمدة للفحص الطبي من قبل إدارات التعليم التي عين فيها",
      cue_ctx=" قال مسؤول"),
    A("osaimi-no-test-without-toxicology", "mubarak-al-osaimi", OFF, "مبارك العصيمي المتحدث الرسمي لوزارة التعليم", "قال",
      "لن يتم اعتماد أي فحص لا يشمل فحص السموم"),
    A("osaimi-test-in-approved-hospitals", "mubarak-al-osaimi", OFF, "مبارك العصيمي المتحدث الرسمي لوزارة التعليم", "مشيراً",
      "يجب على المرشحين للوظائف التعليمية إجراء الفحص في المستشفيات الحكومية المعتمدة للفحص الطبي من قبل الوزارة",
      coref=True),
    A("osaimi-private-results-rejected", "mubarak-al-osaimi", OFF, "المتحدث الرسمي لوزارة التعليم", "أضاف",
      "لن يتم قبول نتيجة أي فحوصات طبية صادرة من مستشفيات أهلية غير معتمدة وسترفض من قبل لجان المقابلة في إدارات التعليم وينبغي على المتقدم إعادته",
      src_ctx="وأضاف المتحدث الرسمي لوزارة التعليم"),
    A("civil-service-4748-names", "civil-service-ministry", GOV, "وزارة الخدمة المدنية", "أعلنت",
      "أسماء 4748 متقدمة على الوظائف المشمولة بلائحة الوظائف التعليمية",
      alt=["أسماء 4748 متقدمة على الوظائف المشمولة بلائحة الوظائف التعليمية، حيث يمثلن من تم ترشيحهن مبدئياً لغرض المطابقة النهائية لبياناتهن التي قمن بتسجيلها على نظام جدارة"]),
    A("ministry-late-documents", "civil-service-ministry", GOV, "وزارة الخدمة المدنية", "أوضحت",
      "من لم تحضر أصول الوثائق مستوفية لجميع مكوناتها النظامية خلال فترة المطابقة لن يتم النظر فيها كما لم يتم النظر في المستندات التي تتوافر بعد نهاية الفترة المحددة للمطابقة",
      coref=True),
    A("ministry-absence-withdrawal", "civil-service-ministry", GOV, "وزارة الخدمة المدنية", "مشيرة",
      "من لم تقم بالمراجعة خلال فترة المطابقة سيعتبر ذلك عدولا عن رغبتها في التوظيف", coref=True),
    A("ministry-not-final", "civil-service-ministry", GOV, "وزارة الخدمة المدنية", "أشارت",
      "هذه الدعوة للأسماء المعلنة لا يعتبر ترشيحا نهائياً", coref=True),
    A("ministry-final-after-ranking", "civil-service-ministry", GOV, "وزارة الخدمة المدنية", "أشارت",
      "الترشيح النهائي بعد إجراء المفاضلة التي ستتم بعد المطابقة الأخيرة", coref=True),
    A("ministry-122-unfilled", "civil-service-ministry", GOV, "وزارة الخدمة المدنية", "مبينة",
      "تبقى 122 وظيفة تعذر شغلها لعدم توافر متقدمات من التخصصات المناسبة، أو الاكتفاء بترشيح من لديهن الأولوية الأولى في الدرجة العلمية",
      coref=True, alt=["تبقى 122 وظيفة تعذر شغلها لعدم توافر متقدمات من التخصصات المناسبة"]),
    A("minister-preliminary-stage", "khalid-al-araj", OFF, "خالد عبدالله العرج وزير الخدمة المدنية", "قال",
      "ما تم الإعلان عنه في المفاضلة التعليمية للنساء هي مرحلة أولية"),
    A("minister-final-names-with-details", "khalid-al-araj", OFF, "خالد عبدالله العرج وزير الخدمة المدنية", "قال",
      "الوزارة ستعلن أسماء المرشحات بالمفاضلة النهائية، موضحا بها تفاصيل المعدل، وتاريخ التخرج، ودرجة قياس، ونقاط كل عنصر، والمقر، والمرحلة المرشحة عليها",
      cue_ctx="وقال خالد", alt=["الوزارة ستعلن أسماء المرشحات بالمفاضلة النهائية"]),
    A("minister-documents-open", "khalid-al-araj", OFF, "العرج", "أضاف",
      "من يرغب في الاطلاع بعد ذلك، على أي وثائق فإن الوزارة وفروعها، على أتم الاستعداد لإطلاعهن عليها، ويمكن لكل متقدمة الاطلاع على نتائج الترشيح لرغباتها من خلال حسابها في نظام جدارة بعد إعلان نتائج الترشيح النهائي الأسبوع المقبل",
      alt=["من يرغب في الاطلاع بعد ذلك، على أي وثائق فإن الوزارة وفروعها، على أتم الاستعداد لإطلاعهن عليها"]),
], note="Two ministries: the education ministry's official and spokesman, then the civil service ministry (الوزارة from يأتي ذلك ... on).")

article("aleqtisadiya-2015-08-02-233", "2015-08-02", [
    A("official-2m-travellers", "passports-directorate-official", ANON, "مسؤول في المديرية العامة للجوازات", "قال",
      "أكثر من مليوني مسافر غادروا المنطقة الشرقية خلال 20 يوما اعتبارا من الأسبوع الأخير من رمضان وحتى الخميس",
      note="Told to the newspaper itself (قال لـ «الاقتصادية»): no via."),
    A("official-40pct-bahrain", "passports-directorate-official", ANON, "مسؤول في المديرية العامة للجوازات", "مضيفا",
      "نحو 40 في المائة من إجمالى المسافرين برا عبر جسر الملك فهد، كانت وجهتهم البحرين", coref=True),
    A("official-other-ports", "passports-directorate-official", ANON, "مسؤول في المديرية العامة للجوازات", "أوضح",
      "بقية المسافرين موزعة على منافذ المنطقة الشرقية البرية والجوية، حيث إن نحو 300 ألف مسافر غادروا المنطقة برا عبر منفذ الخفجي و220 ألف مسافر عبر منفذ سلوى ونحو 200 ألف عبر منفذ البطحاء و160 ألف مسافر عبر منفذ الرقعي وأكثر من 200 ألف عبر مطار الملك فهد الدولي بالدمام وخمسة آلاف عبر مطار الأحساء",
      coref=True, alt=["بقية المسافرين موزعة على منافذ المنطقة الشرقية البرية والجوية"],
      note="المسؤول الذي فضل عدم نشر اسمه: bare anaphor, antecedent in the lead."),
    A("official-all-services", "passports-directorate-official", ANON, "مسؤول في المديرية العامة للجوازات", "أكد",
      "ضباط وأفراد الجوازات قدموا جميع الخدمات المطلوبة للمسافرين سواء عبر المنافذ البرية أو الجوية", coref=True),
    A("official-34-booths", "passports-directorate-official", ANON, "مسؤول في المديرية العامة للجوازات", "مشيرا",
      "تم فتح جميع المسارات والبالغة 34 كبينة للمغادرين والقادمين لتسهيل إجراءات المسافرين", coref=True),
    A("official-one-minute", "passports-directorate-official", ANON, "مسؤول في المديرية العامة للجوازات", "مضيفا",
      "يوجد في كل كبينة فردان من أفراد الجوازات وتستغرق عملية المغادرة وتدوين البيانات دقيقة واحدة لكل مسافر",
      coref=True, cue_ctx="مضيفا أنه يوجد"),
    A("official-denies-single-officer", "passports-directorate-official", ANON, "مسؤول في المديرية العامة للجوازات", "بين",
      "لا صحة لوجود فرد من أفراد الجوازات يقوم بعمله وعمل زميله في وقت واحد", coref=True, pol="denied",
      cue_ctx="وبين أنه", alt_cues=["لا صحة"],
      alt=["وجود فرد من أفراد الجوازات يقوم بعمله وعمل زميله في وقت واحد"],
      note="Explicit refutation (لا صحة لـ): denied, the negation kept in the quote."),
    A("official-two-plus-field-officer", "passports-directorate-official", ANON, "مسؤول في المديرية العامة للجوازات", "بين",
      "كل كبينة فيها فردان وضابط ميدان على مدار الساعة، إضافة إلى أفراد في المسار الخاص", coref=True,
      cue_ctx="وبين أنه"),
    A("official-no-incidents", "passports-directorate-official", ANON, "مسؤول في المديرية العامة للجوازات", "قال",
      "لم يتم تسجيل أي ملاحظات خلال تلك الفترة على المنافذ البرية والجوية سوى انقطاع التيار الكهربائي في الجسر لمدة ساعة ونصف وتم على الفور تشغيل المولدات الكهربائية",
      coref=True, cue_ctx="وقال المسؤول"),
    A("official-waiting-times", "passports-directorate-official", ANON, "مسؤول في المديرية العامة للجوازات", "قال",
      "تستغرق ساعات الانتظار في المنافذ البرية من ساعة إلى ثلاث ساعات، وذلك حسب كثافة المسافرين، حيث يأتي الجسر في المركز الأول من حيث أعداد المسافرين إضافة إلى قرب المسافة بين الحدود من الجانبين مما يتسبب في الازدحام خاصة خلال الأعياد والإجازات، يليه منفذ الخفجي ثم سلوى فالرقعي",
      coref=True, cue_ctx="وقال المسؤول",
      alt=["تستغرق ساعات الانتظار في المنافذ البرية من ساعة إلى ثلاث ساعات، وذلك حسب كثافة المسافرين"]),
    A("official-coordination", "passports-directorate-official", ANON, "مسؤول في المديرية العامة للجوازات", "مضيفا",
      "هناك تنسيقا بين جميع الجهات العاملة بمنافذ مطارات الشرقية الدمام والأحساء إضافة إلى المنافذ البرية",
      coref=True, cue_ctx="مضيفا أن هناك"),
], note="An unnamed passports official speaking to the newspaper; every later sentence continues his statement.")
