"""Words that shape a source's noun phrase: where it stops, titles, source head nouns, anonymous heads,
spokespersons, recipients ("لوكالة …")."""

from __future__ import annotations

import re

from .syntax import MANNER_ADVERBS

# Words allowed between a nominal cue and its source ("وفقاً لآخر تقديرات مفوضية …").
REPORT_NOUNS = {"اخر", "احدث", "حصيله", "تقرير", "تقارير", "بيان", "بيانات", "تقديرات", "احصاءات", "احصاييات", "ارقام", "معلومات",
                "حيثيات", "مصادر", "تصريحات", "تصريح", "رسالة", "رساله", "وثيقه", "صحيفه", "موقع", "حساب",
                "صفحه", "الصادر", "الصادره", "عن", "من"}
# A frame's report noun with the verb of its issuer: "وفق حصيلة جديدة أعلنها مسؤولون …", "بحسب أرقام نشرتها
# الأمم المتحدة", "بحسب بيان أصدره الجيش" (an indefinite noun, maybe an adjective, then a past verb of issuing
# with its object pronoun): the one who issued it is the source, the verb no report of its own.
ISSUED_IN_FRAME_RE = re.compile(r"\s*(?!ما\s)[^\s،.:\"]+\s+(?:[^\s،.:\"]+\s+)?"
                                r"((?:اعلن|نشر|اصدر|ذكر|اورد|اعد|بث|وزع|قدم)(?:ت|وا)?(?:ه|ها|هم))\s+")
# Where the source's noun phrase after a verb stops (normalized words).
# Coordinators and particles (normalized): they join or qualify clauses and never name who speaks ("نفي أو
# تأكيد" gave the source «أو»).
PARTICLES = {"او", "و", "ف", "ثم", "بل", "الا", "لكن", "ولكن", "لكنه", "لكنها", "غير", "بيد", "حتي", "اما", "اذ",
             "اذا", "لا", "لم", "لن", "قد", "وقد", "فقد", "لقد", "سوف", "ان", "انه", "انها", "كي", "لو", "ولا", "ولم",
             "وان", "فان", "كما", "سواء", "ايضا", "بشده", "قطعيا", "تماما", "جمله", "مجددا",
             # a preposition with its pronoun ("مقالين تنفي فيهما فكرة أنها …"): an adjunct, never the subject
             "فيه", "فيها", "فيهما", "فيهم", "منه", "منها", "منهما", "منهم", "به", "بها", "بهما", "بهم", "عليه",
             "عليها", "عليهم", "اليه", "اليها", "اليهم", "له", "لها", "لهما", "لهم"}


NP_STOP = {
    "في", "خلال", "عبر", "امس", "اليوم", "يوم", "مساء", "صباح", "ليل", "ليله", "فجر", "ظهر", "مع", "على", "علي",
    "عن", "الي", "امام", "لدي", "حول", "بعد", "قبل", "اثناء", "عند", "ايضا", "كذلك", "مجددا", "من", "الذي", "التي",
    "الذين", "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم", "ل", "لـ", "كما", "حيث", "الاثنين",
    "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "اول", "الاسبوع", "الشهر", "اليوم،", "قبيل", "لدى",
    "بدوره", "بدورها", "ذلك", "هذا", "هذه", "وسط", "بين", "ضمن", "نقلا", "بحسب", "حسب", "وفق", "وفقا", "عقب", "اثر",
    "وهو", "وهي", "وهم", "وهما", "انذاك", "حينها", "فان", "فانه", "فانها", "الرغم", "هولاء", "عنه", "عنها", "عنهم", "عدم", "طلب", "رفض", "ويدعي", "يدعي", "الانتباه", "النظر", "حينه", "سابقا", "لاحقا", "مؤخرا", "موخرا", "المولي", "حاليا", "رسميا", "حين", "حينما", "عندما", "صراحه", "بوضوح", "ممازحا", "مازحا", "بالقول", "قايلا", "فقد", "وقد", "بالنسبه",
    "فقط",  # "يشير فقط إلى": an adverb, never a subject
    "بقوله", "بقولها", "بقولهم",  # "ويشرح X الأمر بقوله إن": how he said it, never the subject
    *MANNER_ADVERBS, "بشكل",  # "نفى الجيش قطعيا", "رد بشكل قاطع": how it was said, never the subject's last word
}
TITLE_WORDS = {"مدير", "المدير", "رييس", "الرييس", "متحدث", "المتحدث", "ناطق", "الناطق", "ناطقه", "الناطقه",
               "متحدثه", "المتحدثه", "مسوول", "المسوول", "عضو", "قايد", "القايد", "وزير", "الوزير", "سفير",
               "السفير", "مندوب", "المندوب", "ممثل", "الممثل", "مستشار", "المستشار", "نايب", "النايب", "امين",
               "الامين", "منسق", "المنسق", "مساعد", "المساعد", "قياديا", "القيادي", "قيادي", "مراسل", "المراسل",
               "الخبير", "خبير", "محلل", "المحلل", "استاذ", "الاستاذ", "الصحافي", "الصحفي", "الكاتب", "الباحث",
               # military and police ranks before a name ("الرائد عامر السرطاوي المتحدث الرسمي بمديرية الأمن العام"),
               # an agent or under-secretary ("وكيل أعمال اللاعب", "وكيل وزارة الداخلية")
               "الرايد", "العقيد", "العميد", "المقدم", "النقيب", "اللواء", "الملازم", "وكيل", "الوكيل",
               # a chargé d'affaires ("القائم بالأعمال الأمريكي في دمشق …"), an envoy's title like سفير
               "القايم", "قايم"}
SPOKESPERSON_RE = re.compile(r"^(?:ال)?(?:متحدث|ناطق|متحدثه|ناطقه)[اً]*(?: \S+)?(?: (?:ال)?رسمي(?:ا|ه)?)? باسم \"?$")
# The nouns that head a news medium's name (normalized): "وكالة الأنباء", "قناة الجزيرة", "صحيفة الحياة".
MEDIA_HEADS = frozenset({"وكاله", "صحيفه", "قناه", "موقع", "تلفزيون", "اذاعه", "جريده", "مجله"})
RECIPIENT_WORD_RE = re.compile(r'^(?:ل"|لل?(?:وكاله|صحيفه|قناه|موقع|صحفيين|صحافيين|وسايل|تلفزيون|اذاعه|جريده|'
                               r'مراسل|مجله|الصحفيين|الصحافيين|اعلاميين|الاعلاميين|صحافه|الصحافه|اعلام|الاعلام|'
                               r'مراسلين|المراسلين|رويترز|فرانس|الشرق|العربيه|الجزيره|CNN|نظيره|نظيرته|نظرايه|نظيريه|'
                               r'برنامج|البرنامج)(?![\w]))')  # "وقال اللاعب لبرنامج في المرمى": a show heard it
# "وكان X قد أعلن": the subject sits between كان and قد.
# Searched only in the stretch before the verb that ten words can fill (a search of the whole sentence prefix
# at every verb cost more than the rest of the rules together).
KANA_WINDOW = 160
# Words are separated by spaces (a "word" that may split anywhere made the search backtrack exponentially).
# (an existential "كان هناك …" has no subject, and a semicolon ends the clause: "وحول ما إذا كان هناك تأثيرات …؛ قال")
# (not كان of a question, "ولدى سؤاله عما إذا كان البشير سيحضر القمة قال …": whether he would, not who said it)
KANA_SUBJECT_RE = re.compile(r"(?<![\w])(?<!ما اذا )(?<!هل )[وف]?كان(?:ت)?\s+(?!(?:هناك|هنا|ثمه)\s)((?:[^\s،.؛]+\s+){0,9}?[^\s،.؛]+)"
                             r"\s*،?\s*(?:قد|ولقد|وقد)?\s*$")
# (the documents a body publishes stand for it: "بحسب ويكيليكس … وتابعت الوثائق", "ويطلب القرار من بان")
DOCUMENT_WORDS = {"البيان", "التقرير", "الرساله", "التصريح", "التعميم", "الوثايق", "الوثيقه", "القرار"}
SPOKESPERSON_BEFORE_RE = re.compile(r"(?<![\w])(?:ال)?(?:متحدث|ناطق|متحدثه|ناطقه)[اً]*(?: (?:ال)?رسمي(?:ا|ه)?)? باسم $")
# Head nouns that can be a source after a nominal cue ("بحسب مصادر محلية", "وفقا لبيان الوزارة");
# "حسب المواصفات" is not an attribution.
SOURCE_HEADS = {"وكاله", "صحيفه", "مصدر", "مصادر", "مسوول", "مسوولين", "مسوولون", "بيان", "تقرير", "تقارير",
                "وزاره", "وزير", "منظمه", "هييه", "مكتب", "متحدث", "ناطق", "رييس", "مدير", "شهود", "سكان",
                "ناشطين", "ناشطون", "نشطاء", "موقع", "قناه", "تلفزيون", "اذاعه", "جريده", "مجله", "مراسل",
                "حاكم", "محافظ", "قايد", "قياده", "جيش", "مجلس", "لجنه", "حكومه", "سلطات", "شرطه", "مركز",
                "مرصد", "احصاءات", "احصاييات", "ارقام", "تقديرات", "شبكه", "مفوضيه", "اتحاد", "حركه", "جبهه",
                "حزب", "وسايل", "اعلام", "صحف", "صحيفتي", "معلومات", "روايه", "شاهد", "خبير", "محلل", "دراسه",
                "استطلاع", "استطلاعات", "مسح", "دراسات", "ابحاث", "بحوث", "الامم", "مواقع", "وكالات", "قنوات", "منظمات", "مسوولي", "مصادرنا", "تقارير", "روايات",
                "مراقبون", "مراقبين", "محللون", "محللين", "خبراء", "دبلوماسيون", "دبلوماسيين", "ناشطون", "الناطق", "المتحدث", "وثيقه", "رساله", "تصريح", "تصريحات", "اهالي"}
ANONYMOUS_HEADS = {"مصدر", "مصادر", "مسوول", "مسوولون", "مسوولين", "دبلوماسي", "دبلوماسيون", "ضابط", "مصدرا",
                   "مسوولا", "مصادر،"}
NER_TYPE = {"GOV": "government-official", "MEDIA": "news-outlet"}
# Heads of a body's name (normalized, without ال): a definite one takes no indefinite word after it, so
# "أوضحت الوزارة احتواء …" ends the subject at الوزارة (a person's title, "الدكتور سامي", does take a name).
BODY_HEADS = {"وزاره", "وكاله", "منظمه", "هييه", "مكتب", "لجنه", "حكومه", "سلطات", "شرطه", "مركز", "مرصد", "شبكه",
              "مفوضيه", "اتحاد", "حركه", "جبهه", "حزب", "شركه", "اداره", "مديريه", "امانه", "جامعه", "جمعيه",
              "بلديه", "محكمه", "نيابه", "رياسه", "قياده", "مجلس", "صحيفه", "مجله", "قناه", "اذاعه", "جريده",
              "موسسه", "مصلحه", "دايره", "فرقه", "بعثه", "سفاره", "قنصليه", "نقابه", "غرفه", "ديوان",
              "تنظيم", "جماعه", "معهد", "مستشفي", "صندوق", "بنك", "شيون", "شوون"}
# An unnamed source's request for anonymity right after it ("مسؤول أمريكي رفض الكشف عن اسمه", "مصدر أمني طلب
# عدم نشر اسمه لأنه غير مخول بالحديث لوسائل الإعلام", "الضابط رافضا الكشف عن هويته"): part of how the source is
# written, and its verb (طلب, رافضا) reports nothing (normalized text).
ANONYMITY_RE = re.compile(
    r"(?<![\w])و?(?:طلب|طلبت|طلبوا|رفض|رفضت|رفضوا|فضل|فضلت|فضلوا|اشترط|اشترطت|طالبا|طالبه|طالبين|رافضا|رافضه|رافضين|"
    r"مفضلا|مفضله|مفضلين|مشترطا|مشترطه)\s+(?:عدم\s+)?(?:نشر|ذكر|كشف|الكشف\s+عن|الافصاح\s+عن|الاعلان\s+عن|"
    r"الاشاره\s+الي|تحديد|الكشف|الافصاح|كشف\s+عن)\s+"
    r"(?:اسمه|اسمها|اسميهما|اسماءهم|اسمايهم|اسماءهما|هويته|هويتها|هويتهم|هويتهما|هوياتهم|اسمه\s+او\s+منصبه)"
    r"(?:\s*،?\s*(?:ل(?:انه|انها|انهم|انهما)\s+(?:غير\s+)?(?:مخول|مخوله|مخولين|مصرح|مصرح\s+له)|لعدم\s+\S+)"
    r"(?:\s+(?:بالحديث|بالتحدث|بالتصريح|بالكلام)(?:\s+(?:لوسايل\s+الاعلام|للاعلام|للصحافه|علنا|علانيه|الي\s+وسايل"
    r"\s+الاعلام|الي\s+الاعلام|عن\s+الموضوع|في\s+الموضوع))?)?)?(?![\w])")
# Verbal nouns that open a report verb's object, never its subject ("ونفى وجود معتقلين", "وأكد ضرورة أن …"):
# the subject is the pronoun in the verb, the speaker named before (normalized, indefinite).
OBJECT_MASDARS = {"وجود", "ضروره", "اهميه", "صحه", "حدوث", "وقوع", "مقتل", "سقوط", "استمرار", "تعرض", "اعتقال",
                  "ارتفاع", "انخفاض", "تراجع", "دخول", "انسحاب", "استعداد", "دعم", "التزام", "نيه", "عزم", "بدء",
                  "انتهاء", "تمسك", "حرص", "رغبه", "امكانيه", "احتمال", "مسووليه", "مشاركه", "تورط", "اصابه",
                  "فرار", "هروب", "استهداف", "تنفيذ", "تسجيل", "ارسال", "تاجيل", "الغاء", "اطلاق", "وصول",
                  "قصف"}  # "ووصف قصف الانفصاليين … بأنه": shelling is described, it describes nothing
# The shapes of verbal nouns (انسحاب، انصياع، استمرار، اعتقال، ارتفاع, and of a hollow root's استفعال with its ة:
# استقالة، استعانة، استجابة): a report verb's object, not its subject; bodies whose names have those shapes are
# left out.
MASDAR_SHAPE_RE = re.compile(r"^(?:(?:ان\S\S|است\S\S|ا\Sت\S)ا\S|است\Sا\Sه)$")
MASDAR_SHAPED_NAMES = {"ايتلاف", "اجتماع", "اتحاد", "انتلاف"}


def object_masdar(word: str) -> bool:
    """An indefinite verbal noun that opens a report verb's object ("ونفى وجود …", "ووصف … انتشار الخنازير …")."""
    return word in OBJECT_MASDARS or bool(MASDAR_SHAPE_RE.match(word)) and word not in MASDAR_SHAPED_NAMES


# Verbal nouns a speaker says of itself, with its pronoun: "أعلن العبادي، التزامه بتوجيهات …", "أعلنت الوزارة
# عزمها …" (kg.attribution.content.own_masdar_object).
OWN_MASDARS = {"عزم", "رفض", "دعم", "تمسك", "ترحيب", "تاييد", "قبول", "استعداد", "التزام"}
POSSESSED_RE = re.compile(r"(\S{3,}?)(?:ه|ها|هم|هما)")


# Verbal nouns of saying (normalized) and the verb each reports as: "ونقلت الوكالة عن الوزير تأكيده أن …", "… عن
# أحد القادة نفيه الهجوم".
SPEECH_MASDARS = {"تاكيد": "أكد", "نفي": "نفى", "تحذير": "حذر", "اشاره": "أشار", "دعوه": "دعا", "مطالبه": "طالب",
                  "اعلان": "أعلن", "اعتراف": "اعترف", "تشديد": "شدد", "توضيح": "أوضح", "اتهام": "اتهم",
                  "ترجيح": "رجح", "توقع": "توقع"}


def masdar_stems(word: str) -> tuple[str, ...]:
    """The verbal noun a word with a pronoun is made of ("رغبتهم" → رغبة written رغبه), or () when it has none."""
    m = POSSESSED_RE.fullmatch(word)
    if m is None:
        return ()
    stem = m.group(1)
    return (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)  # رغبت|ه: the ة of رغبة before a pronoun


def possessed_masdar(word: str) -> bool:
    """A verbal noun with a pronoun ("حرصها", "عزمه", "رغبتهم"): what a speaker says of itself (or of one named
    before), never the speaker."""
    return any(object_masdar(x) or x in OWN_MASDARS for x in masdar_stems(word))


def speech_masdar(word: str) -> str | None:
    """The verb a verbal noun of saying with a pronoun reports as ("نفيه" → نفى, "تأكيده" → أكد), else None."""
    return next((SPEECH_MASDARS[x] for x in masdar_stems(word) if x in SPEECH_MASDARS), None)
