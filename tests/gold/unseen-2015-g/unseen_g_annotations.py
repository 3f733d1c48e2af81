"""Held-out extraction gold for tests/gold/unseen-2015-g, written as strings; build_unseen_g_gold.py finds the offsets.

Annotated by reading the article text only, on tests/gold/GUIDE.md ("Real articles") and the conventions of
../unseen-2015-c/README.md, without running or reading the project's extractor. No extraction rule may be
written while looking at these articles.
Notation: ../unseen-2015/unseen_notation.py (A attributed claim, O outlet-own claim). Options: after (anchor
the quote is searched after), cue_ctx / src_ctx (a unique string around the cue / source), coref, via, pol,
hedged, date, opt, cw, alt (alternative spans), alt_cues, note.
"""

from unseen_notation import ANON, ARMED, GOV, INTL, OFF, OTHER, OUTLET, PERSON, A, O, recorder  # noqa: F401

SRC: dict[str, dict] = {}
ARTICLES: dict[str, dict] = {}
article = recorder(SRC, ARTICLES)

SRC['aawsat-2015-08-09-98'] = {"zip": '2015-08-09.zip', "member": '2015-08-09.json', "index": 98, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/425786/المقاومة-الشعبية-والجيش-يسيطران-على-زنجبار-في-اليمن',
    "title": 'المقاومة الشعبية والجيش يسيطران على زنجبار في اليمن',
    "date_extracted": '2015-08-09 17:19:51'}
SRC['aawsat-2015-08-11-188'] = {"zip": '2015-08-11.zip', "member": '2015-08-11.json', "index": 188, "source": 'aawsat',
    "url": 'http://aawsat.com/home/article/427291/البرلمان-العراقي-يقر-بالإجماع-خطة-إصلاح-رئيس-وزراء-البلاد',
    "title": 'البرلمان العراقي يقر بالإجماع خطة إصلاح رئيس وزراء البلاد',
    "date_extracted": '2015-08-11 18:47:35'}
SRC['aljazirah-2015-08-02-525'] = {"zip": '2015-08-02.zip', "member": '2015-08-02.json', "index": 525, "source": 'aljazirah',
    "url": 'http://www.al-jazirah.com/2015/20150802/ln14.htm',
    "title": 'تعليم عنيزة يستعد لتنفيذ 121 برنامجاً تدريبياً',
    "date_extracted": '2015-08-02 23:48:46'}
SRC['alwatan-2015-08-11-960'] = {"zip": '2015-08-11.zip', "member": '2015-08-11.json', "index": 960, "source": 'alwatan',
    "url": 'http://www.alwatan.com.sa/Nation/News_Detail.aspx?ArticleID=231686&CategoryID=3',
    "title": 'تحقق في ادعاء مواطنة تعرضها لابتزاز مقابل وظيفة',
    "date_extracted": '2015-08-11 14:03:43'}
SRC['alweeam-2015-08-01-908'] = {"zip": '2015-08-01.zip', "member": '2015-08-01.json', "index": 908, "source": 'alweeam',
    "url": 'http://www.alweeam.com.sa/350326/محكمة-مصرية-تعاقب-300-إخواني-بالسجن-بين-3-10/',
    "title": 'محكمة مصرية تعاقب 300 إخواني بالسجن بين 3-10 سنوات',
    "date_extracted": '2015-08-01 20:39:23'}
SRC['alyaum-2015-08-03-969'] = {"zip": '2015-08-03.zip', "member": '2015-08-03.json', "index": 969, "source": 'alyaum',
    "url": 'http://www.alyaum.com/article/4081704',
    "title": 'كيري يؤكد أن واشنطن "ستسرع بيع الأسلحة" لدول الخليج',
    "date_extracted": '2015-08-03 20:14:47'}
SRC['sabq-2015-08-10-1497'] = {"zip": '2015-08-10.zip', "member": '2015-08-10.json', "index": 1497, "source": 'sabq',
    "url": 'http://sabq.org/6QDgde',
    "title": 'شهب الغوليات تنير السماء مع بزوغ فجر الخميس',
    "date_extracted": '2015-08-10 19:19:50'}


# ---------------------------------------------------------------------------------------------- aawsat
MIL = ("military-sources", ANON)
LASOUR = ("al-khader-lasour", OFF)
article("aawsat-2015-08-09-98", "2015-08-09", [
    A("sources-forces-took-zinjibar", *MIL, "مصادر عسكرية", "وفق ما أفادت",
      "سيطرت القوات الموالية للحكومة اليمنية المعترف بها دوليا على زنجبار، عاصمة محافظة أبين في جنوب البلاد التي كانت في أيدي المتمردين الحوثيين",
      alt_cues=["أفادت"], date="2015-08-09",
      alt=["سيطرت القوات الموالية للحكومة اليمنية المعترف بها دوليا على زنجبار"],
      note="Lead: the attribution follows the content (وفق ما أفادت ... اليوم (الأحد) = 2015-08-09)."),
    A("sources-liwa15-then-zinjibar", *MIL, "مصادر عسكرية", "أوضحت",
      "إثر هجوم شنته من عدن، كبرى مدن الجنوب، وبدعم من طيران التحالف بقيادة السعودية، تمكنت هذه القوات من السيطرة أولا على مواقع «اللواء 15» الذي انضم قادته إلى الحوثيين، قبل أن تدخل زنجبار",
      coref=True, date="2015-08-09",
      alt=["أنّه إثر هجوم شنته من عدن، كبرى مدن الجنوب، وبدعم من طيران التحالف بقيادة السعودية، تمكنت هذه القوات من السيطرة أولا على مواقع «اللواء 15» الذي انضم قادته إلى الحوثيين، قبل أن تدخل زنجبار"],
      note="هذه المصادر: a bare anaphor; the label is the lead's مصادر عسكرية."),
    O("third-province-lost", "هي ثالث محافظة يخسرها المتمردون الحوثيون في الجنوب بعد عدن ولحج، التي تتضمن خصوصًا قاعدة العند الجوية الاستراتيجية الأكبر في البلاد"),
    O("houthi-campaign-background",
      "الحوثيون المدعومون من إيران والمتحالفون عسكريًا مع قوات الجيش الموالية للرئيس السابق علي عبد الله صالح، انطلقوا عام 2014 من معاقلهم في شمال البلاد في حملة توسعية جنوبا، وسيطروا على صنعاء في سبتمبر (أيلول) الماضي، وتوجهوا بعد ذلك إلى عدن، ثاني أكبر مدن البلاد"),
    O("coalition-campaign-march-26", "في 26 مارس (آذار)، أطلق التحالف العربي الذي تقوده السعودية حملة عسكرية جوية ضد الحوثيين",
      date="2015-03-26"),
    O("gulf-troops-aden", "في الثالث من أغسطس (آب) الحالي، نشر مئات الجنود من دول الخليج الأعضاء في التحالف حول عدن لتأمين كبرى مدن جنوب اليمن",
      date="2015-08-03"),
    O("armour-deployed-zinjibar", "نشرت القوات الموالية لحكومة هادي اليوم مدرعاتها التي زودها بها التحالف، في مدينة زنجبار لتعزيز مواقعها",
      date="2015-08-09"),
    A("lasour-civilians-killed-by-mines", *LASOUR, "المسؤول الصحي في عدن الخضر لصور", "قال",
      "مدنيين قتلوا في انفجار ألغام أرضية تركها الحوثيون، وذلك لدى عودتهم لتفقد منازلهم التي هجروها في وقت سابق في المدينة",
      alt=["مدنيين قتلوا في انفجار ألغام أرضية تركها الحوثيون",
           "إن مدنيين قتلوا في انفجار ألغام أرضية تركها الحوثيون، وذلك لدى عودتهم لتفقد منازلهم التي هجروها في وقت سابق في المدينة"]),
    A("lasour-19-killed-163-injured", *LASOUR, "لصور", "ذكر",
      "19 شخصا قتلوا بينهم مدنيون، جراء انفجار ألغام، فيما أصيب 163 آخرون بجروح أمس واليوم، في زنجبار وضواحيها",
      src_ctx="وذكر لصور",
      alt=["19 شخصا قتلوا بينهم مدنيون، جراء انفجار ألغام"],
      note="The name written again, shortened: as written. فيما adds to the same count (not a contrast): kept in; "
           "أمس واليوم is a two-day span: date null."),
    A("un-4000-killed", "united-nations", INTL, "الأمم المتحدة", "حسب",
      "قتل منذ بداية النزاع في اليمن قبل أربعة أشهر نحو أربعة آلاف شخص", alt_cues=["حسب أرقام"],
      note="حسب أرقام الأمم المتحدة: the figures stand for their issuer."),
], relations=[
    {"a": "sources-forces-took-zinjibar", "b": "sources-liwa15-then-zinjibar", "relation": "supports"},
    {"a": "lasour-civilians-killed-by-mines", "b": "lasour-19-killed-163-injured", "relation": "supports"},
], note="Crawled Sunday 2015-08-09; اليوم (الأحد) = 2015-08-09, أمس = 2015-08-08.")

ABADI = ("haider-al-abadi", OFF)
article("aawsat-2015-08-11-188", "2015-08-11", [
    A("jubouri-parliament-approved-plan", "salim-al-jubouri", OFF, "سليم الجبوري رئيس البرلمان العراقي", "أعلن",
      "البرلمان وافق بالإجماع على خطة للإصلاح قدمها رئيس الوزراء حيدر العبادي", date="2015-08-11",
      note="اليوم (الثلاثاء) = 2015-08-11."),
    O("session-aired-live", "خلال جلسة نقلها التلفزيون الرسمي مباشرة على الهواء", date="2015-08-11"),
    O("abadi-submitted-plan", "تقدم العبادي في مطلع الأسبوع بخطة تتضمن إجراءات للحد من الفساد وخفض النفقات في وجه تصاعد الاضطرابات"),
    O("plan-contents",
      "تشمل الخطة إلغاء مناصب حكومية بارزة والحد من المحاصصة الحزبية والطائفية في المناصب العليا الحكومية وإلغاء المخصصات الاستثنائية للمسؤولين وإعادة فتح تحقيقات في الفساد"),
    O("reforms-aim", "تهدف إصلاحات العبادي إلى إصلاح النظام"),
    A("opponents-system-unqualified-corrupt", "opponents-of-the-system", OTHER, "معارضوه", "يقول",
      "يُسند المناصب الرفيعة لمرشحين غير أكفاء ويشجع على الفساد",
      alt=["إنّه يُسند المناصب الرفيعة لمرشحين غير أكفاء ويشجع على الفساد"],
      note="معارضوه: the system's opponents, a noun with a pronoun suffix, as written."),
    O("step-after-protests", "جاءت خطوة العبادي بعد مظاهرات واسعة مناهضة للحكومة"),
    A("marjaiya-called-bolder-reform", "supreme-religious-authority", OTHER, "المرجعية الدينية العليا في العراق", "دعوة",
      "يكون أكثر «جرأة وشجاعة في خطواته الإصلاحية»",
      alt=["رئيس الوزراء لأن يكون أكثر «جرأة وشجاعة في خطواته الإصلاحية»"],
      note="A nominal attribution (دعوة X رئيس الوزراء لأن ...): a directive with checkable content, core."),
    A("abadi-proposed-abolish-deputies", *ABADI, "العبادي", "اقترح",
      "إلغاء مناصب نواب رئيس الجمهورية ورئيس الوزراء الموزعة طائفيًا", src_ctx="واقترح العبادي",
      note="A proposal made by a named speaker: core."),
    O("parliament-approved-package", "أقر البرلمان العراقي اليوم، حزمة من الخطوات الإصلاحية", date="2015-08-11"),
    A("parliament-called-sack-ministers", "iraqi-parliament", GOV, "البرلمان العراقي", "دعا",
      "إقالة وزيري الكهرباء والموارد المائية وتخفيض عدد الوزارات وحجم المواكبات الأمنية للمسؤولين وإصلاح النظام القضائي",
      src_ctx="كما أقر البرلمان العراقي", date="2015-08-11",
      alt=["العبادي إلى إقالة وزيري الكهرباء والموارد المائية وتخفيض عدد الوزارات وحجم المواكبات الأمنية للمسؤولين وإصلاح النظام القضائي"],
      note="دعا بموجبها العبادي إلى ...: read as the parliament (subject of أقر) calling on al-Abadi; the reading "
           "with al-Abadi as the caller is possible (doubtful)."),
    O("sistani-backed-abadi", "العبادي الذي بذل جهودًا كبيرة لحشد التأييد لخطته الإصلاحية قد تلقى الدعم من المرجع الديني الأعلى السيد علي الحسيني السيستاني",
      after="وكان العبادي"),
    A("safi-strike-iron-fist", "ahmed-al-safi", PERSON, "ممثله السيد أحمد الصافي", "دعاه",
      "الضرب بيد من حديد لمن يعبث بأموال الشعب", alt_cues=["دعا"],
      note="Sistani's representative speaks in a Friday sermon (which Friday is not said: date null); the speaker "
           "named at the verb is the source."),
], relations=[
    {"a": "jubouri-parliament-approved-plan", "b": "parliament-approved-package", "relation": "supports"},
], note="Crawled Tuesday 2015-08-11; اليوم (الثلاثاء) = 2015-08-11.")

