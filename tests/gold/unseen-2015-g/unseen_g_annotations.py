"""unseen-2015-g's annotations (7 articles), as strings; build_unseen_g_gold.py turns them into gold files.

Written from the article text alone (tests/gold/GUIDE.md, "Real articles", and ../unseen-2015-c/README.md's
conventions); the extractor was never run on these articles. Notation: ../unseen-2015/unseen_notation.py.
Options used: after, cue_ctx, src_ctx, coref, via, hedged, date, opt, cw, alt, alt_cues, note.
"""

from unseen_notation import ANON, GOV, INTL, OFF, OTHER, PERSON, A, O, recorder

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

# ---------------------------------------------------------------------------------------------- aljazirah
MUHANNA = ("adel-al-muhanna", OFF, "رئيس قسم التدريب بالإنابة الأستاذ عادل المهنا")
article("aljazirah-2015-08-02-525", "2015-08-02", [
    O("unaizah-121-programmes-ready",
      "أنهى قسم التدريب التربوي بتعليم عنيزة كافة الاستعدادات لتنفيذ مايقارب (121) برنامجاً تدريبياً في العام الدراسي الجديد 1436-1437هـ",
      core=True, note="Lead fact in the outlet's voice."),
    A("muhanna-18-programmes", *MUHANNA, "كشف",
      "الخطة التنفيذية للقسم اشتملت على (18) برنامجاً نوعياً يتم تنفيذها مع بداية العام الدراسي الجديد"),
    A("muhanna-64-tamkeen-programmes", *MUHANNA, "كشف",
      "تضمنت الخطة التنفيذية للقسم لهذا العام الاستعداد لتطبيق (64) برنامجاً تدريبياً وفقاً لمشروع المهارات الأساسية للمعلم (تمكين) في عدد من مدارس محافظة عنيزة ،وذلك بالتعاون مع مشرفي الأقسام الأخرى",
      opt=True, cue_ctx="وكشف رئيس",
      alt=["تضمنت الخطة التنفيذية للقسم لهذا العام الاستعداد لتطبيق (64) برنامجاً تدريبياً وفقاً لمشروع المهارات الأساسية للمعلم (تمكين)"],
      note="كما تضمنت ... after the كشف أن clause goes on listing the speaker's figures: his (the subject of كشف), optional "
           "(scope doubtful; the verb تضمنت is not a second أن clause)."),
    A("muhanna-39-ministry-programmes", *MUHANNA, "كشف",
      "تضمنت خطة قسم التدريب الاستعداد لتنفيذ (39) برنامجاً وفقاً لخطة وكالة الوزارة للتعليم والاحتياج",
      opt=True, cue_ctx="وكشف رئيس",
      alt=["خطة قسم التدريب الاستعداد لتنفيذ (39) برنامجاً وفقاً لخطة وكالة الوزارة للتعليم والاحتياج"],
      note="As the 64-programme clause: the speaker's list, scope doubtful."),
    A("muhanna-optimism", "adel-al-muhanna", OFF, "المهنا", "عبر",
      "تفاؤله بعام تدريبي متميز تتحقق فيه التمنية المهنية لكافة فئات الميدان التربوي مواكبة للتطور العلمي والتقني ومتوافقة مع التوجهات المستقلبية لوزارة التعليم والحاجات الفعلية للميدان التربوي",
      src_ctx="وعبر المهنا", cue_ctx="وعبر المهنا", opt=True, cw=False,
      note="An expressed hope (عبر عن تفاؤله): as a wish, optional and not checkworthy. The name written again: as written."),
], note="Crawled Sunday 2015-08-02 (late evening); no relative date in the text. The byline (عادل المهنا) names "
        "the same person as the source; it is not a claim.")

# ---------------------------------------------------------------------------------------------- alwatan
KFMC_SRC = ("kfmc-senior-source", ANON, "مصدر رفيع بمدينة الملك فهد الطبية")
article("alwatan-2015-08-11-960", "2015-08-11", [
    O("case-back-in-spotlight", "أعاد ادعاء أحد المواطنات بتعرضها للتحرش الجنسي، هذا النوع من القضايا إلى الواجهة من جديد"),
    A("citizen-claim-harassment-lead", "female-job-applicant", PERSON, "أحد المواطنات", "ادعاء",
      "تعرضها للتحرش الجنسي", opt=True, alt=["بتعرضها للتحرش الجنسي"],
      note="A nominal attribution inside the outlet's lead; the same claim is stated in full with زعمت just after: "
           "a second mention, optional."),
    A("citizen-claims-harassment-blackmail", "female-job-applicant", PERSON, "مواطنة", "زعمت",
      "تعرضت لتحرش وابتزاز خلال تقديمها طلب للعمل في مدينة الملك فهد الطبية",
      alt=["بأنها تعرضت لتحرش وابتزاز خلال تقديمها طلب للعمل في مدينة الملك فهد الطبية"]),
    O("hours-between-case-and-tweet", "ساعات قليلة، فصلت بين إثارة القضية وبين تغريدة وزير الصحة الدكتور خالد الفالح"),
    A("falih-committee-formed", "khalid-al-falih", OFF, "وزير الصحة الدكتور خالد الفالح", "أعلن",
      "تكليفه لجنة عاجلة للتثبت من ادعاء التحرش الجنسي بإحدى المتقدمات للعمل في مدينة الملك فهد الطبية، ومحاسبة من تثبت إدانته",
      alt_cues=["أعلن عبر حسابه على \"تويتر\" عن"],
      alt=["تكليفه لجنة عاجلة للتثبت من ادعاء التحرش الجنسي بإحدى المتقدمات للعمل في مدينة الملك فهد الطبية"],
      note="A relative clause (الذي أعلن) after the minister's name; the medium (تويتر) is not the source."),
    A("sources-committee-awaits-names", "informed-sources", ANON, "مصادر مطلعة", "علمت",
      "لجنة التحقيق المكلفة بالأمر تنتظر الحصول على اسم المواطنة طالبة التوظيف واسم الموظف المتهم، وذلك لإجراء التحقيقات مع كل الأطراف ذات الصلة",
      alt=["لجنة التحقيق المكلفة بالأمر تنتظر الحصول على اسم المواطنة طالبة التوظيف واسم الموظف المتهم"],
      note="علمت \"الوطن\" من مصادر: the sources are the speakers, never the outlet."),
    A("kfmc-hiring-electronic", *KFMC_SRC, "قال", "إجراءات التوظيف في المدينة تسير على نحو إلكتروني",
      cue_ctx="قال مصدر رفيع"),
    A("kfmc-not-ruled-out", *KFMC_SRC, "لم يستبعد", "تكون الواقعة قد حدثت بالفعل", coref=True, hedged=True,
      alt=["أن تكون الواقعة قد حدثت بالفعل"],
      note="لكنه لم يستبعد أن ...: a possibility admitted, hedged; the pronoun's antecedent is the senior source."),
    A("kfmc-every-rule-exception", *KFMC_SRC, "بقوله", "لكل قاعدة شواذ", coref=True, cw=False,
      note="An aphorism: core, not checkworthy."),
    A("kfmc-officials-reject", *KFMC_SRC, "أعرب",
      "رفض المسؤولين في مدينة الملك فهد الطبية هذا التصرف إن كان قد حدث بالفعل", coref=True, cw=False,
      alt=["رفض المسؤولين في مدينة الملك فهد الطبية هذا التصرف"],
      note="المصدر: a bare anaphor. A stance with no checkable content: core, not checkworthy."),
    A("kfmc-no-such-employee", *KFMC_SRC, "قال",
      "يهمنا ألا يكون لدينا موظف بهذه المواصفات ولا نتوقع وجوده في المدينة، وإن كان موجودا فعلا فلن يكون له مكان بعد انتهاء التحقيقات",
      coref=True, cue_ctx="وقال \"يهمنا",
      note="Direct speech, whole complement; لا نتوقع inside a longer quotation does not hedge it (doubtful)."),
    A("kfmc-insists-on-redress", "king-fahd-medical-city", GOV, "مدينة الملك فهد الطبية", "تمسكت",
      "بحقها في رد الاعتبار، في حال أثبتت التحقيقات عكس ما أثير من ادعاءات", opt=True,
      src_ctx="وتمسكت مدينة الملك فهد الطبية",
      note="تمسكت بحقها: a stance reported without a speech verb; whether it is a statement is doubtful: optional."),
    A("kfmc-hiring-policy-closes-gaps", *KFMC_SRC, "قال",
      "سياسة التوظيف في المدينة قائمة على سد كل الثغرات المولجة للقضايا المذهبية والعرقية، حيث إنها تعتمد على التوظيف الإلكتروني",
      coref=True, cue_ctx="وقال المصدر إن",
      alt=["سياسة التوظيف في المدينة قائمة على سد كل الثغرات المولجة للقضايا المذهبية والعرقية"]),
    A("kfmc-interview-panels-three", *KFMC_SRC, "قال",
      "لجان المقابلات تتألف من ثلاثة أشخاص كحد أدنى فما فوق، وليس هناك مجال للتوظيف الانفرادي بداخلها",
      coref=True, cue_ctx="وقال المصدر إن", note="كما أن: a second content clause of the same verb."),
], relations=[
    {"a": "citizen-claims-harassment-blackmail", "b": "citizen-claim-harassment-lead", "relation": "supports"},
    {"a": "kfmc-not-ruled-out", "b": "kfmc-every-rule-exception", "relation": "supports"},
], note="Crawled 2015-08-11; no relative date in the text, so every date is null.")

# ---------------------------------------------------------------------------------------------- alweeam
SRC1 = ("a-source", ANON, "مصدر")
article("alweeam-2015-08-01-908", "2015-08-01", [
    A("judicial-sources-300-sentenced", "judicial-sources", ANON, "مصادر قضائية", "قالت",
      "دائرة الإرهاب في محكمة الجنايات بمحافظة الشرقية المصرية حكمت اليوم السبت بالسجن المشدد بين ثلاث وعشر سنوات على 300 من مؤيدي جماعة الإخوان المسلمين المحظورة",
      date="2015-08-01", note="اليوم السبت = 2015-08-01, the crawl day."),
    A("source-prosecution-charged-them", *SRC1, "قال",
      "النيابة العامة قدمتهم للمحاكمة بتهم “الانضمام لجماعة إرهابية وارتكاب أعمال عنف والتحريض عليها وحيازة أسلحة وألعاب نارية ومقاومة السلطات وخرق قانون التظاهر وقطع الطرق وتعطيل الحركة المرورية وإتلاف منشآت عامة وخاصة.”",
      cue_ctx="وقال مصدر إن النيابة",
      alt=["النيابة العامة قدمتهم للمحاكمة"],
      note="The closing mark follows the final period: kept to keep the quotation balanced."),
    A("prosecution-charges", "public-prosecution", GOV, "النيابة العامة", "بتهم",
      "الانضمام لجماعة إرهابية وارتكاب أعمال عنف والتحريض عليها وحيازة أسلحة وألعاب نارية ومقاومة السلطات وخرق قانون التظاهر وقطع الطرق وتعطيل الحركة المرورية وإتلاف منشآت عامة وخاصة",
      via="a-source", alt_cues=["بتهم “"],
      note="An accusation with its accuser (بتهم after النيابة العامة), relayed by the source: nested, via."),
    A("source-five-cases-protests", *SRC1, "أضاف",
      "عوقبوا في خمس قضايا تتصل باحتجاجات تحول بعضها إلى العنف في مدينة الزقازيق عاصمة الشرقية ومدينتي أبو حماد والعاشر من رمضان بالمحافظة نظمت في أوقات مختلفة بعد عزل الرئيس السابق محمد مرسي المنتمي للجماعة في منتصف 2013",
      coref=True, alt=["أنهم عوقبوا في خمس قضايا تتصل باحتجاجات تحول بعضها إلى العنف في مدينة الزقازيق عاصمة الشرقية ومدينتي أبو حماد والعاشر من رمضان بالمحافظة"],
      note="Elided subject of أضاف: the source of the previous sentence."),
    A("army-announced-morsi-removal", "egyptian-army", GOV, "الجيش", "أعلن", "عزل مرسي",
      src_ctx="وأعلن الجيش", after="وأعلن الجيش", alt=["عزل مرسي بعد احتجاجات حاشدة على حكمه الذي استمر عاما"],
      note="Background (2013) in a speech verb: an attributed claim; the reason clause is the outlet's."),
    O("protests-against-morsi-rule", "احتجاجات حاشدة على حكمه الذي استمر عاما"),
    O("sessions-in-bilbeis", "عقدت الجلسات في مدينة بلبيس بالشرقية لأسباب أمنية"),
    O("court-near-air-base", "يوجد مقر المحكمة بالقرب من قاعدة جوية ومعسكر لقوات الأمن المركزي في بلبيس القريبة من القاهرة"),
    A("source-31-ten-years", "a-source", ANON, "مصدر", "قال",
      "31 من المحكوم عليهم عوقبوا بالسجن عشر سنوات في إحدى القضايا", cue_ctx="وقال مصدر إن 31",
      src_ctx="وقال مصدر إن 31",
      alt=["31 من المحكوم عليهم عوقبوا بالسجن عشر سنوات في إحدى القضايا بينما عوقب 269 بالسجن ثلاث سنوات في القضايا الأربع الأخرى"],
      note="مصدر again, indefinite: taken as the same unnamed source (doubtful). The بينما clause plainly goes on "
           "with the source's figures; by the guide's literal rule it is an optional outlet claim, the wider "
           "attributed span is an alt."),
    O("269-three-years", "عوقب 269 بالسجن ثلاث سنوات في القضايا الأربع الأخرى"),
    A("lawyers-harsh-prison-no-remission", "legal-experts", OTHER, "قانونيون", "يقول",
      "السجن المشدد يحرم المحكوم عليه من العفو عن جزء من العقوبة لحسن السير والسلوك خلال قضائها",
      alt=["إن السجن المشدد يحرم المحكوم عليه من العفو عن جزء من العقوبة لحسن السير والسلوك خلال قضائها"]),
    O("protests-turned-violent",
      "تحول كثير من احتجاجات نظمها إسلاميون على عزل مرسي إلى العنف الذي اوقع آلاف القتلى والمصابين أغلبهم من مؤيدي الإخوان وبينهم رجال أمن ومواطنون لا صلة مباشرة لهم بالاحداث"),
], note="Crawled Saturday 2015-08-01; اليوم السبت = 2015-08-01. The trailing \"رابط الخبر ...\" is not annotated.")

# ---------------------------------------------------------------------------------------------- alyaum
KERRY = ("john-kerry", OFF)
article("alyaum-2015-08-03-969", "2015-08-03", [
    A("kerry-us-will-speed-arms-sales", *KERRY, "وزير الخارجية الاميركي جون كيري", "اعلن",
      "الولايات المتحدة \"ستسرع\" بيع الاسلحة لدول الخليج", date="2015-08-03",
      note="الاثنين = 2015-08-03, the crawl day."),
    O("gcc-ministers-worried", "نظرائه في مجلس التعاون الخليجي القلقين من الاتفاق النووي مع ايران", date="2015-08-03",
      note="The outlet's own description of the GCC ministers, inside the attributed lead."),
    A("kerry-agreed-speed-arms", *KERRY, "كيري", "قال",
      "توافقنا على تسريع بيع بعض الاسلحة الضرورية والتي استغرقت وقتا طويلا في الماضي",
      cue_ctx="وقال كيري في مؤتمر", src_ctx="وقال كيري في مؤتمر", date="2015-08-03",
      alt=["توافقنا على تسريع بيع بعض الاسلحة الضرورية"]),
    A("kerry-ready-to-confront-destabilising", *KERRY, "كيري", "قال",
      "الولايات المتحدة وحلفاءها العرب في الخليج يستعدون للتصدي للأعمال التي تزعزع الاستقرار في الخليج",
      cue_ctx="كما قال كيري", src_ctx="كما قال كيري", date="2015-08-03"),
    A("kerry-deal-will-help-security", *KERRY, "كيري", "أضاف",
      "اتفق ونظراؤه في مجلس التعاون الخليجي على أنه بمجرد تطبيق الاتفاق بالكامل فإنه سيسهم في أمن المنطقة",
      src_ctx="وأضاف كيري", date="2015-08-03",
      alt=["بمجرد تطبيق الاتفاق بالكامل فإنه سيسهم في أمن المنطقة"],
      note="Kerry reports a shared view (اتفق ونظراؤه على أن ...): one claim, his."),
    A("kerry-ministers-discussed-missile-defence", *KERRY, "كيري", "تابع",
      "الوزراء بحثوا أيضا الدفاع الصاروخي ونقل السلاح", coref=True, date="2015-08-03",
      note="Elided subject: Kerry of the previous sentence."),
    A("kerry-more-cooperation-intel-training", *KERRY, "كيري", "أشار",
      "هناك المزيد من التعاون الأمريكي مع دول الخليج يشمل تبادل معلومات المخابرات وتدريب القوات الخاصة",
      coref=True, date="2015-08-03", alt_cues=["أشار إلى"]),
], relations=[
    {"a": "kerry-us-will-speed-arms-sales", "b": "kerry-agreed-speed-arms", "relation": "supports"},
], note="Crawled Monday 2015-08-03; every statement is from the Doha press conference of that Monday.")

# ---------------------------------------------------------------------------------------------- sabq
HINDI = ("mulhem-hindi", PERSON)
HINDI_FULL = "الباحث الفلكي، بقسم علوم الفلك والفضاء بجامعة الملك عبدالعزيز، ملهم بن محمد هندي"
article("sabq-2015-08-10-1497", "2015-08-10", [
    O("perseids-peak-thursday",
      "تدخل الأرض في نهر من الشهب التي يخلفها مذنب (سويفت تتل)، حيث تبرز زخات شهابية كثيفة تسمى بشهب \"الغوليات أو البرشاويات\"، وتصل إلى ذروتها مع بزوع فجر الخميس المقبل",
      core=True, date="2015-08-13", note="Lead fact in the outlet's voice; الخميس المقبل = 2015-08-13."),
    A("hindi-peak-28-shawwal", *HINDI, HINDI_FULL, "قال",
      "هذه الشهب تصل إلى ذروتها فجر الخميس 28 شوال، وهو الموعد الذي ينتظره الكثير من الفلكيين وهواة الفلك على مدار العام",
      cue_ctx="وقال الباحث الفلكي،", date="2015-08-13",
      alt=["هذه الشهب تصل إلى ذروتها فجر الخميس 28 شوال"],
      note="28 Shawwal 1436 = Thursday 2015-08-13, as الخميس المقبل of the lead."),
    A("hindi-60-per-hour", *HINDI, HINDI_FULL, "أضاف",
      "شهُب البرشاويات تعتبر من الزخات الكثيفة الصيفية، حيث تمطر الأرض بـمعدل يزيد عن 60 زخة شهابية في الساعة",
      coref=True, cue_ctx="وأضاف: \"شهُب"),
    A("hindi-imo-forecast-and-moonless", *HINDI, HINDI_FULL, "أردف",
      "توقعت منظمة الشهب العالمية أن يصل معدل تساقط البرشاويات هذا العام إلى مائة شهاب في الساعة وسيكون هذا العام فرصة مميزة لرصدها بسبب غياب القمر عن السماء طوال الليل",
      coref=True, cue_ctx="وأردف: \"توقعت",
      alt=["سيكون هذا العام فرصة مميزة لرصدها بسبب غياب القمر عن السماء طوال الليل"],
      note="Hindi's quotation relays the IMO's forecast (nested claim below) and adds his own point."),
    A("imo-100-per-hour-forecast", "international-meteor-organization", INTL, "منظمة الشهب العالمية", "توقعت",
      "يصل معدل تساقط البرشاويات هذا العام إلى مائة شهاب في الساعة", via="mulhem-hindi", hedged=True,
      alt=["أن يصل معدل تساقط البرشاويات هذا العام إلى مائة شهاب في الساعة"],
      note="A forecast (توقعت): hedged; relayed by Hindi."),
    A("hindi-name-from-perseus", *HINDI, HINDI_FULL, "تابع",
      "تسمية هذه الشهب بالبرشاويات راجع إلى أن منبعها يظهر من المجموعة النجمية (برشاوس) التي أطلق عليها العرب قديمًا \"حامل رأس الغول\" جهة الشمال، وعادة ما تنشط هذه الشهب ما بين 23 يوليو و29 أغسطس من كل عام",
      coref=True, cue_ctx="وتابع: \"تسمية"),
    A("hindi-swift-tuttle-facts", *HINDI, "الباحث الفلكي \"هندي\"", "قال",
      "تنتج هذه الشهب من مخلفات مذنب (سويفت-تتل) الذي يتوقع زيارته لنا عام 2122م فهو يزور الأرض كل 133 عاماً وكانت آخر زيارة له في عام 1992م \xa0ويقدر قطره بـ27 كلم وهو مغطى بطبقات من الصخور والجليد",
      cue_ctx="وقال الباحث الفلكي \"هندي\"",
      note="The text has a space and an NBSP before ويقدر. The name written again with its title: as written, no coref. يتوقع in a relative clause about a "
           "detail does not hedge the claim."),
    A("hindi-comet-leaves-debris", *HINDI, "الباحث الفلكي \"هندي\"", "أضاف",
      "كلما زار المذنب الشمس قامت حرارة الشمس والرياح الشمسية بإذابة الجليد وتفتيت الصخور فيترك المذنب خلفه نهراً من المخلفات التي تتراوح ما بين 1 ملم إلى 2 سم",
      coref=True, cue_ctx="وأضاف: \"كلما"),
    A("hindi-debris-burns-harmless", *HINDI, "الباحث الفلكي \"هندي\"", "أردف",
      "نظراً لأن مدار هذا المذنب يتقاطع مع مدار الأرض تدخل مخلفاته الغلاف الغازي بسرعات كبيرة عند عبور الأرض من هذا النهر مما يؤدي إلى احتراق هذه المخلفات في طبقات الجو العليا على ارتفاع مائة كلم، وقد تستمر لأجزاء من الثانية أو عدة ثوانٍ قليلة قبل أن تتبخر تمامًا ولا يصل لسطح الأرض إلا نادراً وليس لها أخطار على كوكب الأرض أو على البشر",
      coref=True, cue_ctx="وأردف: \"نظراً",
      alt=["ليس لها أخطار على كوكب الأرض أو على البشر"],
      note="وقد تستمر ... (duration of a meteor) is a detail inside a longer quotation: not hedged."),
    A("hindi-observe-away-from-cities", *HINDI, "هندي", "أشار",
      "يفضل رصد هذه الشهب في مناطق بعيدة عن المدن في حال صفاء الأجواء لتخفيف تلوث الإضاءة والغازي",
      src_ctx="وأشار \"هندي\"", alt_cues=["أشار \"هندي\" إلى"],
      alt=["أنه يفضل رصد هذه الشهب في مناطق بعيدة عن المدن في حال صفاء الأجواء لتخفيف تلوث الإضاءة والغازي"],
      note="Quotation marks around the whole name are left out of the label."),
    A("hindi-visible-naked-eye", *HINDI, "هندي", "أوضح",
      "يمكن رصدها بالعين بدون استخدام أي معدات من بعد منتصف الليل ناحية الشمال وقد تُرى بأرجاء السماء حتى شروق الشمس ، وهي فرصة مميزة لهواة التصوير حيث يمكن تصويرها عبر التعريض الطويل لمحاولة صيد شهاب في لقطة مميزة",
      coref=True, alt=["يمكن رصدها بالعين بدون استخدام أي معدات من بعد منتصف الليل ناحية الشمال"],
      note="Elided subject: هندي of the previous sentence. يمكن (ability) is not a hedge."),
], relations=[
    {"a": "perseids-peak-thursday", "b": "hindi-peak-28-shawwal", "relation": "supports"},
], note="Crawled Monday 2015-08-10; الخميس المقبل = 28 Shawwal 1436 = 2015-08-13. The byline (فهد العتيبي- سبق) is not a claim.")
