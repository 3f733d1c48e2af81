"""Arabic attribution: who said what, with which cue, in which words.

A processor over one article: sentences → reporting cues → source → content span →
polarity, hedging, date, places and check-worthiness. Rules are the backbone; the
stanza pipeline (kg.nlp, run once per article) adds reporting verbs found by lemma,
drops verb-looking nouns, bounds a source's noun phrase by the parse (nsubj subtree)
and types unregistered sources from NER. The source registry stays the first choice
for a source's identity. Everything is matched on normalized text and mapped back to
exact offsets, so `article.text[start:end] == quote` always holds.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from .checkworthy import checkworthiness
from .model import Article, Claim, Extraction, SourceRef
from .places import places_in
from .sources import Mention, Registry, load_registry, name_as_first_written, outlet_ref, unregistered_ref
from .text import DIACRITICS, light_stem, normalize, normalize_with_offsets, split_sentences_abbrev

# ----------------------------------------------------------------------------- reporting verbs
# lemma: (past stem, present stem after the person prefix, kind). Normalized spelling (kg.text).
# Sound verbs get every person/number/gender form generated; weak ones are listed.
_SOUND = {
    "أعلن": ("اعلن", "علن"), "ذكر": ("ذكر", "ذكر"), "أكد": ("اكد", "وكد"), "أوضح": ("اوضح", "وضح"),
    "اعتبر": ("اعتبر", "عتبر"), "حذر": ("حذر", "حذر"), "كشف": ("كشف", "كشف"), "زعم": ("زعم", "زعم"),
    "طالب": ("طالب", "طالب"), "شدد": ("شدد", "شدد"), "لفت": ("لفت", "لفت"), "صرح": ("صرح", "صرح"),
    "تابع": ("تابع", "تابع"), "ختم": ("ختم", "ختم"), "رجح": ("رجح", "رجح"), "أعرب": ("اعرب", "عرب"),
    "نوه": ("نوه", "نوه"), "أبلغ": ("ابلغ", "بلغ"), "اتهم": ("اتهم", "تهم"), "تناقل": ("تناقل", "تناقل"),
    "اعترف": ("اعترف", "عترف"), "نبه": ("نبه", "نبه"), "طلب": ("طلب", "طلب"), "نقل": ("نقل", "نقل"),
    "نشر": ("نشر", "نشر"), "كذب": ("كذب", "كذب"), "أشاد": ("اشاد", "شيد"), "توقع": ("توقع", "توقع"),
    "استبعد": ("استبعد", "ستبعد"), "أورد": ("اورد", "ورد"), "قدر": ("قدر", "قدر"),
    "واصل": ("واصل", "واصل"), "استطرد": ("استطرد", "ستطرد"), "ندد": ("ندد", "ندد"), "كتب": ("كتب", "كتب"),
    "بين": ("بين", "بين"), "نسب": ("نسب", "نسب"), "وصف": ("وصف", "وصف"),
}
_WEAK = {
    "قال": ["قال", "قالت", "قالوا", "قالا", "قالتا", "يقول", "تقول", "يقولون", "تقولون", "يقولان", "اقول",
            "نقول", "قلت", "قوله", "قولها", "قولهم"],
    "أفاد": ["افاد", "افادت", "افادوا", "افادا", "يفيد", "تفيد", "يفيدون", "نفيد"],
    "نفى": ["نفي", "نفت", "نفوا", "نفيا", "ينفي", "تنفي", "ينفون", "ننفي", "انفي"],
    "أشار": ["اشار", "اشارت", "اشاروا", "اشارا", "يشير", "تشير", "يشيرون", "نشير", "اشير"],
    "أضاف": ["اضاف", "اضافت", "اضافوا", "اضافا", "يضيف", "تضيف", "يضيفون", "نضيف"],
    "دعا": ["دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "ندعو", "ادعو"],
    "رأى": ["راي", "رات", "راوا", "يري", "تري", "يرون", "نري"],
    "رد": ["رد", "ردت", "ردوا", "يرد", "ترد"],
    "أبان": ["ابان", "ابانت"],
    "ادعى": ["ادعي", "ادعت", "ادعوا"],
    "روى": ["روي", "روت", "رووا", "يروي", "تروي"],
    "أقر": ["اقر", "اقرت", "اقروا", "يقر", "تقر"],
    # عدّ "considered": only the past with its shadda written (عد is also "count", وعد "promise")
    "عد": ["عد", "عدت", "عدوا"],
    # أثبت "proved": the past only (يثبت "it proves" has an abstract subject, not a source)
    "أثبت": ["اثبت", "اثبتت", "اثبتوا"],
}
# Active participles used as a second cue of the same speaker ("، مضيفا أن …").
_PARTICIPLES = {
    "أضاف": ["مضيفا", "مضيفين"], "أكد": ["موكدا", "موكدين"], "أشار": ["مشيرا", "مشيرين"],
    "أوضح": ["موضحا"], "اعتبر": ["معتبرا"], "حذر": ["محذرا"], "لفت": ["لافتا"],
    "قال": ["قايلا"], "نوه": ["منوها"], "أعرب": ["معربا"], "شدد": ["مشددا"],
    "نفى": ["نافيا"], "طالب": ["مطالبا"], "دعا": ["داعيا"], "كشف": ["كاشفا"],
    "تابع": ["متابعا"], "رجح": ["مرجحا"], "اتهم": ["متهما"], "أبان": ["مبينا"], "وصف": ["واصفا"],
}
_DENIAL_VERBS = {"نفى", "كذب"}
_HEDGE_VERBS = {"رجح": "رجح", "توقع": "توقع", "زعم": "زعم", "ادعى": "ادعى", "استبعد": "استبعد", "قدر": "قدر"}
# Verbs whose content is their object, not a clause: "دعا X من تبقى … للخروج".
_DIRECTIVE = {"دعا", "طلب"}
# Verbs that can take the content as a plain object: "أعلنت X دخول القوات …".
_OBJECT_VERBS = {"أعلن", "ذكر", "أكد", "نفى", "كشف", "نشر", "أشاد", "حذر", "رد", "كذب", "نقل", "تناقل", "أورد",
                 "نسب", "وصف", "عد", "أثبت"}
# Verbs whose object is only a report with a second complement: "نسب الهجوم إلى التنظيم",
# "وصف الخطاب بالفارغ", "عدّ البرنامج من البرامج المهمة".
_NEEDS_COMPLEMENT = {"نسب": r"(?<![\w])(?:الي|الى)(?![\w])", "وصف": r"(?<![\w])ب\S", "عد": r"(?<![\w])(?:من|ب\S)"}
# Verbs whose content follows a preposition ("أشار إلى ارتفاع …", "كشف عن …").
_PREP_OPENER = {"ندد": ("ب",), "شدد": ("علي",), "أشار": ("الي",), "لفت": ("الي",), "نوه": ("الي", "ب"),
                "دعا": ("الي",), "كشف": ("عن",), "أعرب": ("عن",), "تناقل": ("عن",), "أعلن": ("عن",), "حذر": ("من",),
                "طالب": ("ب",), "تحدث": ("عن",), "أفاد": ("ب", "عن")}


def _prep_opener(preps, text: str):
    """Where the content after a prepositional cue starts: "ب" glued to the next word right away
    ("أفاد المرصد بمقتل") or before a quotation further on ("ندد … خلال زيارة … بـ«هجوم إرهابي»"),
    another preposition within eight words ("أفادت معلومات عن تعرض …")."""
    found = []
    for prep in preps:
        if prep == "ب":
            m = re.match(r"\s*ب(?=\S)", text) or re.match(r"\s*(?:[^\s،]+\s+){0,16}?ب(?=\")", text)
        else:
            m = re.match(r"\s*(?:[^\s،]+\s+){0,8}?" + prep + r"\s+", text)
        if m:
            found.append(m)
    return min(found, key=lambda m: m.end()) if found else None
# Past 3rd masculine forms that are spelled like a noun (نشر "publishing", ذكر "mention"):
# a parse that calls them nouns, or a preposition before them, rules them out.
_AMBIGUOUS_FORMS = {"كتب", "بين", "نسب", "وصف", "عد", "نفي", "نشر", "ذكر", "كشف", "نقل", "رد", "طلب", "زعم", "حذر", "صرح", "ختم", "قدر", "راي", "توقع",
                    "تابع", "طالب"}


def _sound_forms(past: str, present: str) -> list[str]:
    forms = [past + s for s in ("", "ت", "وا", "ا", "تا", "نا")]
    forms += [p + present + s for p in ("ي", "ت") for s in ("", "ون", "ان")]
    forms += ["ن" + present, "ا" + present] if len(present) >= 3 else []
    return forms


_VERB_FORM: dict[str, str] = {}
for _lemma, (_past, _present) in _SOUND.items():
    for _f in _sound_forms(_past, _present):
        _VERB_FORM.setdefault(_f, _lemma)
for _lemma, _forms in _WEAK.items():
    for _f in _forms:
        _VERB_FORM[_f] = _lemma
_PARTICIPLE_FORM = {f: lemma for lemma, forms in _PARTICIPLES.items() for f in forms}
# Feminine participles double as adjectives (مؤكدة "confirmed"): cues only before a complementizer or quotation.
_FEMININE_PARTICIPLE = {f[:-1] + "ه": lemma for f, lemma in _PARTICIPLE_FORM.items() if f.endswith("ا")}
_PARTICIPLE_FORM.update(_FEMININE_PARTICIPLE)
# Forms that collide with frequent other words.
for _f in ("تري", "نري", "نقول", "ترد", "نشرت", "تقر", "يقر", "نقلا", "ذكرا", "طلبا", "ردا", "كشفا", "زعما",
           "نشرا", "قدرا", "تابعا", "ختما", "حذرا", "صرحا", "شددا", "نقلنا", "طالبا", "تبين", "رات", "يرد"):
    _VERB_FORM.pop(_f, None)
_VERB_FORM["نشرت"] = "نشر"  # "نشرت تنسيقية تدمر …" is common; the noun reading needs a preposition first
# Stems that are also frequent common nouns are only cues with a source: handled by the caller.
LEMMAS = set(_SOUND) | set(_WEAK)
_NORM_LEMMA = {normalize(lemma).replace("ي", "ي"): lemma for lemma in LEMMAS}

# Optional و/ف (and ل in "لتضيف") before, optional object pronoun after (ذكّره، أبلغها).
_VERB_RE = re.compile(
    r"(?<![\w])(?:[وف]|ول|وقد|فقد|قد|ولقد)?\s?(" + "|".join(sorted(_VERB_FORM, key=len, reverse=True))
    + r")(?:ه|ها|هم|هما|ني|نا)?(?![\w])"
)
_PARTICIPLE_RE = re.compile(
    r"(?<![\w])[وف]?(" + "|".join(sorted(_PARTICIPLE_FORM, key=len, reverse=True)) + r")(?![\w])")
# "وجاء في X أن …" / "وورد في X": the source is what the text came in.
_CAME_IN_RE = re.compile(r"(?<![\w])[وف]?(?:جاء|ورد|وجاء)(?:ت)? في(?![\w])")

# Nominal / prepositional attributions; the source follows, the content is elsewhere.
_NOMINAL_RE = re.compile(
    r"(?<![\w])(?:و)?((?:بحسب|حسب|وفق|وفقا ل|طبقا ل)\s?ما (?:ذكر|اورد|افاد|اعلن|نقل|نشر|قال|اكد|اوضح)(?:ت|وا)?(?:ه|ها)?|"
    r"حسبما (?:ذكر|اورد|افاد|اعلن|نقل|نشر|قال|اكد|اوضح)(?:ت|وا)?(?:ه|ها)?|حسبما|"
    r"بحسب ما (?:ذكر|ذكرت|افاد|افادت|اعلن|اعلنت|اورد|اوردت|نقل|نقلت)|بحسب|"
    r"حسب ما (?:ذكر|ذكرت|افاد|افادت|اعلن|اعلنت|اورد|اوردت|نقل|نقلت)|حسب|"
    r"وفق ما (?:ذكر|ذكرت|افاد|افادت|اعلن|اعلنت|اورد|اوردت)|وفق اعتراف|وفق|استنادا الي|"
    r"نقلا عن|علي لسان|علي حد (?:ما ذكر|ما ذكرت|قول|تعبير|وصف))(?![\w])|(?<![\w])(?:و)?(وفقا ل|طبقا ل)"
)
# "هبت الطائفة … بدعوى أنها …", "أصدر القضاء أحكاما … بتهمة …": the claim, charge or pretext of the
# sentence's subject.
_PRETEXT_RE = re.compile(r"(?<![\w])(?:و)?(بدعوي|بتهمه|بتهم|بحجه|بذريعه)(?![\w])")
# "ردا، حسب قولها، على …": in the words of the sentence's own subject.
_OWN_WORDS_RE = re.compile(r"(?<![\w])(?:و)?((?:حسب|بحسب|وفق|علي حد) (?:قوله|قولها|قولهم|تعبيره|تعبيرها|تعبيرهم|"
                           r"وصفه|وصفها|اقواله|اقوالها))(?![\w])")
# Words allowed between a nominal cue and its source ("وفقاً لآخر تقديرات مفوضية …").
_REPORT_NOUNS = {"اخر", "تقرير", "تقارير", "بيان", "بيانات", "تقديرات", "احصاءات", "احصاييات", "ارقام", "معلومات",
                 "حيثيات", "مصادر", "تصريحات", "تصريح", "رسالة", "رساله", "وثيقه", "صحيفه", "موقع", "حساب",
                 "صفحه", "الصادر", "الصادره", "عن", "من"}
_DENIAL_RE = re.compile(
    r"(?<![\w])(لا صحه|عار عن الصحه|عاري عن الصحه|عاريه عن الصحه|غير صحيح|غير صحيحه|لا اساس له من الصحه|"
    r"لا اساس لها من الصحه|عار تماما عن الصحه|محض افتراء|مجرد شايعات)(?![\w])")
# Hedges in the content: possibility, belief, unconfirmed reports.
_HEDGE_RE = re.compile(
    r"(?<![\w])(ربما|قد (?=[يتن])|يحتمل|من المحتمل|المحتمل|من المتوقع|المتوقع|يرجح|من المرجح|المرجح|يعتقد|يبدو|على ما يبدو|"
    r"علي ما يبدو|يتردد|غير مؤكد|غير موكد|غير موكده|لم يتسن|لا يمكن التاكد|لم يتم التاكد|يشتبه|المشتبه|مزعوم|"
    r"المزعوم|بحسب ما يعتقد|ان صح|ان صحت|امكانيه|لم يعرف|لم يعرف ما اذا|من غير المعروف|غير معروف|يقدر|يرجح ان)")
# Complementizers and markers that open the content after cue + source.
_COMP = r"(?<![\w])(?<!بعد )(?<!قبل )(?<!منذ )(?<!دون )(?:[بف]?ان(?:ه|ها|هم|هما|نا)?|الي ان(?:ه|ها)?|بكون)(?![\w])"
_COMPLEMENTIZER_RE = re.compile(_COMP)
_QUOTE_OPEN_RE = re.compile(r"[\"«“:]")
# Where a content clause stops even inside one sentence.
_CLAUSE_END_RE = re.compile(r"،\s*(?:في حين|بينما|فيما|لكنه|لكنها|لكن|كما يصفها|كما يصفه|حسبما|وهو ما|الامر الذي)(?![\w])")
_MAX_GAP = 45  # chars allowed between cue+source and a quote opener ("للافروف عند بدء اللقاء «")
_MAX_COMP_GAP = 150  # and before a complementizer, past an interjection ("، في رسالة … ، إن")
# What may stand between a speaker and a far complementizer or quotation: a comma, a relative or
# appositive clause ("وهي نائبة كبيرة عن …"), a channel or an occasion ("في تصريح لـ…", "عبر الهاتف").
_INTERJECTION_RE = re.compile(r"،|(?<![\w])(?:الذي|التي|الذين|وهو|وهي|وهم|عبر|امس|اليوم|خلال|بيان|تصريح|حديث|حوار|"
                              r"مقابله|موتمر|لوكاله|لرويترز|لصحيفه|للصحفيين|للصحافيين)(?![\w])")
_SOON_RE = re.compile(r"(?<![\w])[وف]?سرعان ما\s*$")  # "وسرعان ما ندد": "soon", not a negation or relative
_RELATIVE_RE = re.compile(r"^\s*\"?\s*(?:الذي|التي|الذين)(?![\w])")
_RELATIVE_BEFORE_RE = re.compile(r"(?<![\w])(?:الذي|التي|الذين|اللذين|اللتين|ما|من)\s*$")
_PREPOSITION_BEFORE_RE = re.compile(r"(?<![\w])(?:عن|في|من|على|علي|الي|بعد|قبل|حول|خلال|اثر|عقب)\s*$")
_CHANNEL_RE = re.compile(r"^\s*(?:عبر|على|علي|في)\s+\S+(?:\s+(?:الصوت|الرسميه|الرسمي))?")

# Where the source's noun phrase after a verb stops (normalized words).
_NP_STOP = {
    "في", "خلال", "عبر", "امس", "اليوم", "يوم", "مساء", "صباح", "ليل", "ليله", "فجر", "ظهر", "مع", "على", "علي",
    "عن", "الي", "امام", "لدي", "حول", "بعد", "قبل", "اثناء", "عند", "ايضا", "كذلك", "مجددا", "من", "الذي", "التي",
    "الذين", "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم", "ل", "لـ", "كما", "حيث", "الاثنين",
    "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "اول", "الاسبوع", "الشهر", "اليوم،", "قبيل", "لدى",
    "بدوره", "بدورها", "ذلك", "هذا", "هذه", "وسط", "بين", "ضمن", "نقلا", "بحسب", "حسب", "وفق", "وفقا", "عقب", "اثر",
    "وهو", "وهي", "وهم", "وهما", "انذاك", "حينها", "فان", "فانه", "فانها", "الرغم", "هولاء", "عنه", "عنها", "عنهم", "عدم", "طلب", "رفض", "ويدعي", "يدعي", "الانتباه", "النظر", "حينه", "سابقا", "لاحقا", "مؤخرا", "موخرا", "صراحه", "بوضوح", "ممازحا", "مازحا", "بالقول", "قايلا",
}
_TITLE_WORDS = {"مدير", "المدير", "رييس", "الرييس", "متحدث", "المتحدث", "ناطق", "الناطق", "ناطقه", "الناطقه",
                "متحدثه", "المتحدثه", "مسوول", "المسوول", "عضو", "قايد", "القايد", "وزير", "الوزير", "سفير",
                "السفير", "مندوب", "المندوب", "ممثل", "الممثل", "مستشار", "المستشار", "نايب", "النايب", "امين",
                "الامين", "منسق", "المنسق", "مساعد", "المساعد", "قياديا", "القيادي", "قيادي", "مراسل", "المراسل",
                "الخبير", "خبير", "محلل", "المحلل", "استاذ", "الاستاذ", "الصحافي", "الصحفي", "الكاتب", "الباحث"}
_SPOKESPERSON_RE = re.compile(r"^(?:ال)?(?:متحدث|ناطق|متحدثه|ناطقه)[اً]*(?: \S+)?(?: (?:ال)?رسمي(?:ا|ه)?)? باسم \"?$")
_RECIPIENT_WORD_RE = re.compile(r'^(?:ل"|لل?(?:وكاله|صحيفه|قناه|موقع|صحفيين|صحافيين|وسايل|تلفزيون|اذاعه|جريده|'
                                r'مراسل|مجله|الصحفيين|الصحافيين|اعلاميين|الاعلاميين|صحافه|الصحافه|اعلام|الاعلام|'
                                r'مراسلين|المراسلين|رويترز|فرانس|الشرق|العربيه|الجزيره|CNN)(?![\w]))')
# "وكان X قد أعلن": the subject sits between كان and قد.
_KANA_SUBJECT_RE = re.compile(r"(?<![\w])[وف]?كان(?:ت)?\s+((?:[^\s،.]+\s*){1,10}?)\s*،?\s*(?:قد|ولقد|وقد)?\s*$")
# A dateline or by-line before the lead ("عبدالله البرقاوي-سبق-الرياض: ", "عين اليوم – عمّان").
_DATELINE_RE = re.compile(r"^\s*(?:[^\s:.،]++[\s\-–—]*+){1,6}:\s*")  # possessive: no backtracking through a long word
LEAD_MIN_CHECKWORTHINESS = 0.5
_LETTER_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# A date with its year and era: "25 شوال 1436 هـ", "10 أغسطس 2015 م" (normalized text).
_DATE_LINE_RE = re.compile(r"[0-9٠-٩]{1,2}\s+\S+\s+[0-9٠-٩]{4}\s*(?:ه|م)(?![\w])")
_LEAD_END_RE = re.compile(r"،\s*(?:حيث|فيما|في حين|بينما)\s")
_LEAD_TRIM = " .،:؛\u00a0\n"
# The outlet's own clause inside an attributed lead.
_LEAD_CLAUSE_RE = re.compile(r"،\s*(?:فيما|في حين|بينما)\s+")
# A second content clause of the same verb: "… وأن …", "…، وأنها …".
_COORDINATED_COMP_RE = re.compile(r"(?:،\s*|\s)و(?:ان|انه|انها|انهم|بان|بانه|بانها)(?![\w])")
_DOCUMENT_WORDS = {"البيان", "التقرير", "الرساله", "التصريح", "التعميم"}
# A cue found only by the parse (or a weak one) must be followed by a complementizer, colon or quotation.
_OPENER_NEAR_RE = re.compile(r"(?<![\w])(?:ان|انه|انها|انهم|بان|بانه|بانها|قايلا)(?![\w])|[:\"]")
_SAY_VERBS = {"قال", "أضاف", "تابع", "أوضح", "أكد", "استطرد", "واصل"}
# Words that open a clause after a verb of saying with no complementizer ("وأضاف بلغت التكلفة …").
_CLAUSE_OPENERS = {"بلغ", "بلغت", "تم", "يتم", "وصل", "وصلت", "قام", "قامت", "اصبح", "اصبحت", "كان", "كانت", "تجاوز",
                   "تجاوزت", "ارتفع", "ارتفعت", "بات", "باتت", "ظل", "ظلت", "لا", "لم", "لن", "هناك", "ثمه", "نحن",
                   "انا", "هذا", "هذه", "يجب", "ينبغي", "سيتم", "ستكون", "سيكون", "تبلغ", "يبلغ", "هي", "هو"}
# Words the parse may lemmatize to a reporting verb that are something else here ("ويدعى" "is called",
# "يشار إلى" agentless, "تبين" "it turned out").
_NOT_LEMMA_CUES = {"يدعي", "تدعي", "يشار", "تبين", "يبين", "ينقل", "تنقل", "يقال", "قيل", "يذكر", "ذكرا"}
# A new clause starts here: sentence start, punctuation, or a clause connective.
_NEW_CLAUSE_RE = re.compile(r"(?:^|[،.:;؛,]|(?<![\w])(?:كما|فيما|بينما|حيث|ثم|لكن|لكنه|لكنها|ولكن|وقد|فقد|قد))\s*$")
_SPOKESPERSON_BEFORE_RE = re.compile(r"(?<![\w])(?:ال)?(?:متحدث|ناطق|متحدثه|ناطقه)[اً]*(?: (?:ال)?رسمي(?:ا|ه)?)? باسم $")
# Head nouns that can be a source after a nominal cue ("بحسب مصادر محلية", "وفقا لبيان الوزارة");
# "حسب المواصفات" is not an attribution.
_SOURCE_HEADS = {"وكاله", "صحيفه", "مصدر", "مصادر", "مسوول", "مسوولين", "مسوولون", "بيان", "تقرير", "تقارير",
                 "وزاره", "وزير", "منظمه", "هييه", "مكتب", "متحدث", "ناطق", "رييس", "مدير", "شهود", "سكان",
                 "ناشطين", "ناشطون", "نشطاء", "موقع", "قناه", "تلفزيون", "اذاعه", "جريده", "مجله", "مراسل",
                 "حاكم", "محافظ", "قايد", "قياده", "جيش", "مجلس", "لجنه", "حكومه", "سلطات", "شرطه", "مركز",
                 "مرصد", "احصاءات", "احصاييات", "ارقام", "تقديرات", "شبكه", "مفوضيه", "اتحاد", "حركه", "جبهه",
                 "حزب", "وسايل", "اعلام", "صحف", "صحيفتي", "معلومات", "روايه", "شاهد", "خبير", "محلل", "دراسه",
                 "استطلاع", "مسح", "دراسات", "ابحاث", "بحوث", "الامم", "مواقع", "وكالات", "قنوات", "منظمات", "مسوولي", "مصادرنا", "تقارير", "روايات",
                 "مراقبون", "مراقبين", "محللون", "محللين", "خبراء", "دبلوماسيون", "دبلوماسيين", "ناشطون", "الناطق", "المتحدث", "وثيقه", "رساله", "تصريح", "تصريحات", "اهالي"}
_ANONYMOUS_HEADS = {"مصدر", "مصادر", "مسوول", "مسوولون", "مسوولين", "دبلوماسي", "دبلوماسيون", "ضابط", "مصدرا",
                    "مسوولا", "مصادر،"}
_NER_TYPE = {"GOV": "government-official", "MEDIA": "news-outlet"}

_RELATIVE_DAYS = {"اول من امس": -2, "امس": -1, "اليوم": 0, "غدا": 1}
_WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
_RELATIVE_RE_DAYS = re.compile(r"(?<![\w])(اول من امس|امس|اليوم|غدا)(?![\w])")
_WEEKDAY_RE = re.compile(r"(?<![\w])(?:يوم )?(الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)"
                         r"(?: (الماضي|المقبل|القادم))?(?![\w])")
_STRIP = " \t\n،,.:؛;"
_WORD_RE = re.compile(r"[^\s،,.:؛;\"()\[\]]+")


@dataclass
class _Cue:
    start: int  # normalized offsets within the sentence
    end: int
    lemma: str
    kind: str  # "verb" | "nominal" | "participle" | "came-in"
    form: str = ""

    @property
    def nominal(self) -> bool:
        return self.kind == "nominal"


@dataclass
class _Sentence:
    """One sentence: original text, its normalized form with offsets, registry mentions (normalized
    offsets) and, when the parse is available, its words."""
    index: int
    start: int
    text: str
    norm: str
    offsets: list[int]
    mentions: list[tuple[int, int, Mention]]
    words: list = field(default_factory=list)  # _Word, sentence-relative original offsets
    entities: list = field(default_factory=list)  # (start, end, type), sentence-relative original offsets

    def orig(self, i: int) -> int:
        return self.offsets[min(i, len(self.offsets) - 1)]

    def to_norm(self, orig_i: int) -> int:
        return bisect.bisect_left(self.offsets, orig_i)


@dataclass
class _Word:
    start: int
    end: int
    lemma: str
    upos: str
    head: int  # index in the sentence's word list, -1 for the root
    deprel: str


@dataclass
class _State:
    """What the article has said so far: for pronoun/elided subjects and nominal coreference."""
    last_source: SourceRef | None = None
    sources: list[SourceRef] = field(default_factory=list)

    def remember(self, src: SourceRef, as_antecedent: bool = True) -> None:
        if as_antecedent:
            self.last_source = src
        self.sources = [s for s in self.sources if s.key != src.key] + [src]


class AttributionExtractor:
    """Finds attributed statements in an article. One job: text in, claims out.

    `nlp`: a function list of sentence texts → stanza Documents (kg.nlp.analyse_many), None to load
    kg.nlp's pipeline (raising kg.nlp.NLPModelMissing when its models are not there), or False for the
    rules alone."""

    def __init__(self, registry: Registry | None = None, nlp=None):
        self.registry = registry or load_registry()
        if nlp is None:
            from . import nlp as _nlp

            _nlp.load_pipeline()  # fail now, with the clear message, if the models are missing
            nlp = _nlp.analyse_many
        self.nlp = nlp or None
        self.method = "rules-v2+stanza" if self.nlp else "rules-v2"

    # ------------------------------------------------------------------ article
    def analyse(self, text: str) -> list:
        """One stanza call per article: its sentences (split here) go to the pipeline as one batch."""
        spans = split_sentences_abbrev(text)
        return self.nlp([text[sp.start:sp.end] for sp in spans]) if self.nlp else []

    def extract(self, article: Article, docs: list | None = None) -> Extraction:
        """`docs`: the stanza analysis of the article's sentences (as `analyse` returns it), if already made."""
        text = article.text
        spans = split_sentences_abbrev(text)
        ext = Extraction(article=article, sentences=[(s.start, s.end) for s in spans])
        if docs is None and self.nlp is not None:
            docs = self.analyse(text)
        words, ents = _parse_index(docs, [sp.start for sp in spans]) if docs else ([], [])
        doc_mentions = self.registry.mentions(text)
        state = _State()
        seen_spans: set[tuple[int, int]] = set()
        pending = None  # (source, cue claim-less) of a sentence that ends in a colon
        for idx, span in enumerate(spans):
            s = self._sentence(idx, span, text, doc_mentions, words, ents)
            cues = self._cues(s)
            carried = self._carried_over(article, s, cues, ext.claims, pending)
            pending = None
            if carried is not None and (carried.start, carried.end) not in seen_spans:
                seen_spans.add((carried.start, carried.end))
                ext.claims.append(carried)
            prev_source: SourceRef | None = None
            said = False
            strong = [(self._opens_attribution(s, c, cues[k + 1].start if k + 1 < len(cues) else len(s.norm))
                       or _subordinate(s, c)) and not (k and self._nested(s, c)) for k, c in enumerate(cues)]
            for ci, cue in enumerate(cues):
                later = [c.start for c, st in zip(cues[ci + 1:], strong[ci + 1:]) if st]
                next_cue = later[0] if later else len(s.norm)
                got = self._attribute(article, s, cue, next_cue, prev_source, state)
                if got is None:
                    continue
                claim, source = got
                if claim is not None and cue.nominal and ext.claims and ext.claims[-1].sentence == idx \
                        and _overlap(claim, ext.claims[-1]) > 0:
                    prev = ext.claims[-1]
                    if not prev.source.registered and not _source_like_text(prev.source.label):
                        # "وتشير حصيلة الهجوم إلى … بحسب الحاكم": the figures are the governor's
                        prev.source = source
                    claim = None
                said = said or claim is not None
                if claim is None and ci == len(cues) - 1 and not said and s.norm.rstrip(" ").endswith(":"):
                    pending = (source, cue, s)  # "وكتب X … هذا القول عن عمل حسام:" + «…» in the next sentence
                nested = claim is not None
                for part in self._split_coordinated(article, s, claim, source) if claim is not None else []:
                    if (part.start, part.end) not in seen_spans and not _covered(part, ext.claims):
                        seen_spans.add((part.start, part.end))
                        ext.claims.append(part)
                        nested = False
                if nested and ci and not strong[ci] or ci and _subordinate(s, cue):
                    continue  # a report inside another's words ("إن الدلائل تشير إلى أن …") is not the speaker
                prev_source = source
                if claim is not None:  # a cue that said nothing ("ويقدر محصول سورية …") names no antecedent
                    state.remember(source, as_antecedent=not cue.nominal and cue.kind != "pretext")
        own = self._headline_claims(article, spans, seen_spans)
        ext.claims += own or self._lead_claims(article, spans, ext.claims, words)
        ext.claims.sort(key=lambda c: (c.start, c.end))
        name_as_first_written(ext.claims)
        for c in ext.claims:
            # where the claim is about: its own words, else its sentence, else the headline
            span = spans[c.sentence]
            c.places = (places_in(c.quote) or places_in(text[span.start:span.end])
                        or places_in(article.title or ""))
            c.checkworthiness = checkworthiness(c, self.registry)
        return ext

    def _sentence(self, idx, span, text, doc_mentions, words, ents) -> _Sentence:
        sent = text[span.start:span.end]
        norm, offsets = normalize_with_offsets(sent)
        s = _Sentence(idx, span.start, sent, norm, offsets, [])
        for m in doc_mentions:
            if span.start <= m.start and m.end <= span.end:
                rel = Mention(m.source, m.label, m.start - span.start, m.end - span.start, m.contextual)
                s.mentions.append((s.to_norm(rel.start), s.to_norm(rel.end), rel))
        if words:
            lo = bisect.bisect_left([w[0] for w in words], span.start)
            hi = bisect.bisect_left([w[0] for w in words], span.end)
            for w in words[lo:hi]:
                head = w[4] - lo if lo <= w[4] < hi else -1
                s.words.append(_Word(w[0] - span.start, w[1] - span.start, w[2], w[3], head, w[5]))
            s.entities = [(a - span.start, b - span.start, t) for a, b, t in ents if span.start <= a and b <= span.end]
        return s

    def _carried_over(self, article, s: _Sentence, cues, claims, pending) -> Claim | None:
        """Words whose cue is in the sentence before: a quotation after a sentence ending in a colon, or
        a second content clause after a full stop ("… قائلا إن … . وأنها ملتزمة …")."""
        if pending is not None:
            source, cue, prev = pending
            m = re.match(r'\s*"', s.norm)
            close = s.norm.find('"', m.end()) if m else -1
            if m and close != -1 and not any(c.start < close for c in cues):
                claim = self._claim(article, s, m.end(), close, source, 0, 0, cue.lemma)
                if claim is not None:
                    claim.cue_start = prev.start + prev.orig(cue.start)
                    claim.cue_end = prev.start + _end_with_marks(prev.text, prev.orig(cue.end))
                    claim.cue = article.text[claim.cue_start:claim.cue_end]
                return claim
        m = re.match(r"\s*و(?:ان|انه|انها|انهم|بان|بانه|بانها)(?![\w])", s.norm)
        if m and claims and claims[-1].sentence == s.index - 1 and claims[-1].cue is not None \
                and not claims[-1].own and not any(c.start < len(s.norm) // 2 for c in cues):
            last = claims[-1]
            end = min([c.start for c in cues] + [len(s.norm)])
            lemma = _VERB_FORM.get(normalize(last.cue).lstrip("وف"), "")
            claim = self._claim(article, s, m.end(), self._clause_end(s.norm, m.end(), end), last.source, 0, 0,
                                lemma)
            if claim is not None:
                claim.cue, claim.cue_start, claim.cue_end = last.cue, last.cue_start, last.cue_end
            return claim
        return None

    def _split_coordinated(self, article, s: _Sentence, claim: Claim, source: SourceRef) -> list[Claim]:
        """One verb, two content clauses ("أشار إلى أنه … وأن …"): two claims with the same cue."""
        if claim.cue is None or claim.polarity == "denied" and claim.cue_start >= claim.start:
            return [claim]
        c0, c1 = s.to_norm(claim.start - s.start), s.to_norm(claim.end - s.start)
        parts, at = [], c0
        for m in _COORDINATED_COMP_RE.finditer(s.norm, c0, c1):
            if s.norm[c0:m.start()].count('"') % 2:
                continue  # inside a quotation
            if len(s.norm[at:m.start()].split()) >= 3 and len(s.norm[m.end():c1].split()) >= 3:
                parts.append((at, m.start()))
                at = m.end()
        if not parts:
            return [claim]
        parts.append((at, c1))
        lemma = _VERB_FORM.get(normalize(claim.cue).lstrip("وف"), "")
        out = []
        for a, b in parts:
            c = self._claim(article, s, a, b, source, claim.cue_start - s.start, claim.cue_end - s.start, lemma)
            if c is not None:
                c.polarity = claim.polarity if c.polarity == "asserted" else c.polarity
                out.append(c)
        return out or [claim]

    def _lead_claims(self, article, sentences, claims, words=()) -> list[Claim]:
        """Without a headline in the text, the outlet's own voice is its lead sentence (after a dateline)
        when nobody is quoted in it, or the unattributed clause of an attributed lead: after it ("، فيما …")
        or before it, when that clause opens with a verb ("شهدت تركيا … هجوما …، نسبته الحكومة إلى …")."""
        text = article.text
        for idx, span in enumerate(sentences[:4]):
            s0, s1 = span.start, span.end
            dateline = _DATELINE_RE.match(text[s0:s1])
            if dateline:
                s0 += dateline.end()
            while s1 > s0 and text[s1 - 1] in _LEAD_TRIM:
                s1 -= 1
            if len(_LETTER_WORD_RE.findall(text[s0:s1])) < 6 or _DATE_LINE_RE.search(normalize(text[s0:s1])) \
                    and len(text[s0:s1].split()) < 14:
                continue  # a dateline or a by-line ("عين اليوم – ديار بكر", "عمان 25 شوال 1436 هـ الموافق …")
            mine = [c for c in claims if c.sentence == idx]
            if mine:
                first = min(mine, key=lambda c: min(c.start, c.cue_start if c.cue_start is not None else c.start))
                at = min(first.start, first.cue_start if first.cue_start is not None else first.start)
                comma = text.rfind("،", s0, at)
                m = _LEAD_CLAUSE_RE.search(text, s0, s1)
                if comma != -1 and len(text[comma:at].split()) <= 3:
                    # the attributed clause follows the lead's own clause at once ("…، نسبته الحكومة إلى …");
                    # a longer stretch may hold the speaker ("رفض مصدر في الخارجية، أمس، …")
                    # the attributed clause follows the lead's own clause
                    sub = re.match(r"\s*(?:فيما|بينما|في حين|و)?\s*", text[s0:comma])
                    c0 = s0 + sub.end()
                    if len(text[c0:comma].split()) < 6 or not _starts_with_verb(words, c0):
                        return []
                    s0, s1 = c0, comma
                elif not m or any(c.end > m.end() for c in mine):
                    return []
                else:
                    s0 = m.end()
                if len(text[s0:s1].split()) < 4:
                    return []
            else:
                cut = _LEAD_END_RE.search(text, s0, s1)
                if cut and len(text[s0:cut.start()].split()) >= 6:
                    s1 = cut.start()  # the lead's first statement ("، حيث …" elaborates it)
            quote = text[s0:s1]
            claim = Claim(article_key=article.key, text=" ".join(quote.split()), quote=quote, start=s0, end=s1,
                          sentence=idx, source=outlet_ref(article.publisher, article.key), cue=None,
                          cue_start=None, cue_end=None, polarity="asserted", date=article.date, own=True)
            # only a lead that states a checkable fact (an opinion column's opening line is not a claim)
            return [claim] if checkworthiness(claim, self.registry) >= LEAD_MIN_CHECKWORTHINESS else []
        return []

    def _headline_claims(self, article, sentences, seen_spans):
        """The outlet's own voice: its headline, split at ".." into statements."""
        title = (article.title or "").strip()
        out = []
        for idx, span in enumerate(sentences[:4]):
            line = article.text[span.start:span.end]
            if not title or line.strip() != title:
                continue
            for m in re.finditer(r"[^.]+", line):
                part = m.group(0)
                lead = len(part) - len(part.lstrip())
                s = span.start + m.start() + lead
                e = span.start + m.end() - (len(part) - len(part.rstrip()))
                if article.text[s] == "و" and article.text[s + 1] in "«\"":
                    s += 1  # "و«داعش» …": the conjunction joins the two halves
                if e - s < 3 or (s, e) in seen_spans:
                    continue
                out.append(Claim(
                    article_key=article.key, text=article.text[s:e], quote=article.text[s:e],
                    start=s, end=e, sentence=idx, source=outlet_ref(article.publisher, article.key), cue=None,
                    cue_start=None, cue_end=None, polarity="asserted", date=article.date, own=True))
            break
        return out

    # -------------------------------------------------------------- cues
    def _cues(self, s: _Sentence) -> list[_Cue]:
        norm = s.norm
        candidates = [_Cue(m.start(1), m.end(), _VERB_FORM[m.group(1)], "verb", m.group(1))
                      for m in _VERB_RE.finditer(norm)]
        taken = [(c.start, c.end) for c in candidates]
        frames = [(m.start(), m.end()) for m in _NOMINAL_RE.finditer(norm)] + [
            (m.start(), m.end()) for m in _OWN_WORDS_RE.finditer(norm)] + [
            (m.start(), m.end()) for m in _PARTICIPLE_RE.finditer(norm)]
        # the parse finds reporting verbs by lemma where the surface forms miss them (other persons,
        # clitics, spellings); a verb or an untagged word (X) whose lemma is a reporting verb's
        for w in s.words:
            lemma = _NORM_LEMMA.get(normalize(w.lemma or ""))
            if lemma and w.upos == "VERB":
                n0, n1 = s.to_norm(w.start), s.to_norm(w.end)
                form = norm[n0:n1]
                if n1 > n0 and not form.startswith("ال") and form not in _NOT_LEMMA_CUES and not form.endswith("ا") \
                        and norm[max(0, n0 - 1):n0] != "س" \
                        and _OPENER_NEAR_RE.search(norm[n1:n1 + 80]) \
                        and not any(a < n1 and n0 < b for a, b in taken + frames):
                    candidates.append(_Cue(n0, n1, lemma, "verb", form))
        cues: list[_Cue] = []
        for c in candidates:
            form = c.form
            if self._is_noun(s, c):
                continue
            if c.lemma in ("تابع", "واصل") and not _OPENER_NEAR_RE.search(norm[c.end:c.end + 60]):
                continue  # "تابع"/"واصل" report only with what follows them: "وتابع: «…»", "وتابع أن"
            shadda = "\u0651" in s.text[s.orig(c.start):s.orig(c.end - 1) + 2]
            if form in ("بين", "كتب") and (norm[c.start:c.end] != form or norm[max(0, c.start - 1):c.start] == "ب") \
                    or form == "بين" and not re.search(r"(?<![\w])(?:ان|انه|انها|بان|:)(?![\w])",
                                                       norm[c.end:c.end + (160 if shadda else 80)]) \
                    or form == "كتب" and not (re.search(r"(?<![\w])(?:ان|انه|انها|بان|:)(?![\w])|\"",
                                                         norm[c.end:c.end + 80]) or norm.rstrip().endswith(":")):
                continue  # "بين" is mostly "between" (unless written بيّن), "كتب" mostly "books"
            if c.lemma == "عد" and not shadda:
                continue
            if c.lemma in _NEEDS_COMPLEMENT and (
                    not re.search(_NEEDS_COMPLEMENT[c.lemma], norm[c.end:c.end + 120])
                    or s.text[s.orig(c.end - 1)] == "\u0629"):
                continue  # "نسبة" (a rate) is spelled like نسبه; a report needs its second complement
            if re.search(r"(?<![\w])(?:لا|لم|لن|ما|ولم|ولا|ولن)\s*$", norm[max(0, c.start - 5):c.start]) \
                    and not _SOON_RE.search(norm[:c.start]):  # "سرعان ما ندد": soon
                continue  # "لا ينفي", "لم يؤكد": a report that was not made
            if re.search(r"(?<![\w])(?:من|ما|مما|عما|بما|لما)\s*$", norm[max(0, c.start - 5):c.start]) \
                    and not _SOON_RE.search(norm[:c.start]) \
                    and not re.match(r"(?:ه|ها|هم)?\s*(?:ان|انه|انها|:)", norm[c.end:]):
                continue  # "كل من ينشر أخبار التنظيم": a relative clause, not a report
            cues.append(c)
        for m in _PARTICIPLE_RE.finditer(norm):
            if m.group(1) in _FEMININE_PARTICIPLE and not re.match(r"\s*(?:ان|انه|انها|بان|بانه|بانها|الي ان|:|\")",
                                                                    norm[m.end():]):
                continue
            cues.append(_Cue(m.start(1), m.end(), _PARTICIPLE_FORM[m.group(1)], "participle", m.group(1)))
        cues += [_Cue(m.start(), m.end(), "جاء في", "came-in") for m in _CAME_IN_RE.finditer(norm)]
        cues += [_Cue(m.start(1), m.end(1), m.group(1), "pretext") for m in _PRETEXT_RE.finditer(norm)
                 if norm[:m.start()].count('"') % 2 == 0]  # not inside a quotation
        own = [(m.start(1), m.end(1)) for m in _OWN_WORDS_RE.finditer(norm)]
        cues += [_Cue(a, b, norm[a:b], "own-words") for a, b in own]
        for m in _NOMINAL_RE.finditer(norm):
            g = 1 if m.group(1) else 2
            if not any(a <= m.start(g) < b for a, b in own):
                cues.append(_Cue(m.start(g), m.end(g), m.group(g), "nominal"))
        for m in re.finditer(r':\s*"', norm):
            # "ولكنه …: «…»": a quotation introduced by a colon alone, when no cue comes before it
            if not any(c.start < m.start() for c in cues) and _is_speech(norm, m.end() - 1, len(norm)) \
                    and norm[:m.start()].count('"') % 2 == 0:
                cues.append(_Cue(m.start(), m.start() + 1, ":", "colon", ":"))
        cues = [c for c in cues if not _inside_mention(s, c.start) and not (
            c.kind == "verb" and norm[:c.start].count('"') % 2 == 1
            and not _COMPLEMENTIZER_RE.search(norm, c.end, min(len(norm), c.end + 60)))]  # a verb inside a quotation
        cues.sort(key=lambda c: c.start)
        out: list[_Cue] = []
        for c in cues:  # one cue per position (a verb form inside a nominal frame: "حسب ما ذكرت")
            if out and c.start < out[-1].end:
                continue
            out.append(c)
        return out

    @staticmethod
    def _opens_attribution(s: _Sentence, cue: _Cue, following: int) -> bool:
        """Whether a cue starts a new attribution and so ends the content before it. A verb taking a
        plain object inside someone's content ("إن التنظيم ربما نقل مقاتليه") does not, unless it
        opens a new clause (after a comma or و) or has its own complementizer or quotation."""
        if cue.kind == "pretext":
            return False  # "أعدم رجلين بتهمة …" inside a report: the charge is part of it
        if cue.kind != "verb":
            return True
        before = s.norm[:cue.start]
        if _NEW_CLAUSE_RE.search(before) or (before[-1:] in ("و", "ف") and before[-2:-1] in ("", " ")):
            return True
        window = s.norm[cue.end:min(following, cue.end + _MAX_COMP_GAP)]
        return bool(_COMPLEMENTIZER_RE.search(window) or _QUOTE_OPEN_RE.search(window[:_MAX_GAP]))

    @staticmethod
    def _nested(s: _Sentence, cue: _Cue) -> bool:
        """A verb cue inside an earlier cue's content: in a relative clause ("الاشتباكات التي وصفها بأنها …")
        or a subordinate one ("بعد أن أثبتت الدراسات"), or right after that content's complementizer and
        its subject ("قال مسؤولان إن الدلائل الأولية تشير إلى أن …")."""
        if cue.kind != "verb":
            return False
        before = s.norm[:cue.start]
        after_comp = re.search(r"(?<![\w])(?:ان|بان|انه|انها)\s+((?:[^\s،]+\s+){1,3})$", before)
        if after_comp and re.search(r"(?<![\w])(?:لكن|لكنه|لكنها|بل|ثم|بينما|فيما|حين|و\S+)(?![\w])",
                                    after_comp.group(1)):
            after_comp = None  # "يعتقدون أنه قتل لكن آخرين قالوا …": a new clause, a new speaker
        return bool(_RELATIVE_BEFORE_RE.search(before[-10:]) and not _subordinate(s, cue) or after_comp)

    def _is_noun(self, s: _Sentence, cue: _Cue) -> bool:
        """A verb-looking word that is a noun here: after a preposition (عن نشر أخباره), or tagged
        NOUN/ADJ by the parse when its spelling is also a noun's."""
        if cue.form not in _AMBIGUOUS_FORMS:
            return False
        if cue.form in ("عد", "بين") and "\u0651" in s.text[s.orig(cue.start):s.orig(cue.end - 1) + 2]:
            return False  # عدّ, بيّن: the shadda makes the verb
        if _PREPOSITION_BEFORE_RE.search(s.norm[max(0, cue.start - 8):cue.start]):
            return True
        if re.search(r"(?<![\w])(?:ان|بان|لان|لكن|اي|كل|دون|عدم)\s*$", s.norm[max(0, cue.start - 6):cue.start]):
            return True  # "إن طالب الصيدلة …": a complementizer is followed by a noun, not a past verb
        if any(cue.end <= x[0] <= cue.end + 2 for x in s.mentions):
            return False  # a named source right after it: "ورد كيري «…»" is a verb whatever the tagger says
        w = _word_at(s, s.orig(cue.start))
        return w is not None and w.upos in ("NOUN", "ADJ", "PROPN")

    # -------------------------------------------------------------- one cue
    def _attribute(self, article, s: _Sentence, cue: _Cue, next_cue: int, prev_source, state: _State):
        """Returns (claim or None, the cue's source) or None if the cue has no source."""
        norm = s.norm
        if cue.nominal:
            return self._nominal(article, s, cue, next_cue, state)
        if cue.kind == "own-words":
            # "ردا، حسب قولها، على …": in the words of the sentence's own subject
            source = prev_source or self._sentence_subject(s, state, before=cue.start) or state.last_source
            if source is None:
                return None
            after = norm[cue.end:].strip(_STRIP)
            c0, c1 = (cue.end, self._clause_end(norm, cue.end, next_cue)) if len(after.split()) >= 3 \
                else (0, cue.start)
            return self._claim(article, s, c0, c1, source, s.orig(cue.start),
                               _end_with_marks(s.text, s.orig(cue.end - 1) + 1), cue.lemma), source
        if cue.kind == "pretext":
            source = self._active_subject(s, state, before=cue.start)
            if source is None:
                return None
            opener = re.match(r"\s*(?:ان|انه|انها|انهم)?(?![\w])", norm[cue.end:])
            c0 = cue.end + opener.end()
            comma = norm.find("،", c0, next_cue)
            return self._claim(article, s, c0, comma if comma != -1 else next_cue, source, s.orig(cue.start),
                               _end_with_marks(s.text, s.orig(cue.end - 1) + 1), cue.lemma), source
        if cue.kind == "colon":
            before = [x for x in s.mentions if x[1] <= cue.start and not _is_recipient(norm, x[0])]
            source = self.registry.ref(before[-1][2]) if before else (prev_source or state.last_source)
            if source is None:
                return None
            q0 = norm.index('"', cue.end)
            close = norm.find('"', q0 + 1)
            if close == -1:
                return None
            return self._claim(article, s, q0 + 1, close, source, s.orig(cue.start), s.orig(cue.start) + 1,
                               ":"), source

        comp = _COMPLEMENTIZER_RE.search(norm, cue.end, next_cue)
        limit = comp.start() if comp else next_cue
        source: SourceRef | None = None
        subj_end = None
        if cue.form in ("قوله", "قولها", "قولهم"):
            # "ونقل X عن Y قوله: …": Y, the innermost speaker named, said it (X relayed it)
            source = self._relayed_speaker(s, cue, state)
            if source is not None:
                subj_end = cue.end
        if source is None and cue.kind != "participle":
            source, subj_end = self._subject_after(s, cue, limit, state, comp_found=comp is not None)
        # …or topicalized before the verb ("أما المرصد …، فقد ذكر"), within a short distance…
        if source is None:
            before = [x for x in s.mentions if x[1] <= cue.start and cue.start - x[1] <= 12
                      and not _is_recipient(norm, x[0])  # "لرويترز عبر الهاتف قائلا": who heard it
                      and not re.search(r"(?<![\w])(?:ضد|في|من|علي|على|الي|عن|مع|بين)\s*$", norm[:x[0]])]
            if before:
                m0, m1, mention = before[-1]
                source = self.registry.ref(mention)
                title = _SPOKESPERSON_BEFORE_RE.search(norm[:m0])
                if title:  # "متحدثا باسم وحدات حماية الشعب قال": the body, as written in full
                    source.label = s.text[s.orig(title.start()):_end_with_marks(s.text, s.orig(m1 - 1) + 1)]
        if source is None and cue.kind == "verb":
            source = self._parse_subject_before(s, cue, state)
        if source is None and cue.kind != "participle":  # "…أيا كانت جنسيته، مشيرة أن": no subject there
            kana = _KANA_SUBJECT_RE.search(norm[:cue.start])
            if kana and norm[:kana.start()].count('"') % 2:
                kana = None  # "«… وكانت هناك أنشطة …» مضيفة أن": inside the quotation, not a subject
            if kana and not any(kana.start(1) <= x[0] < kana.end(1) for x in s.mentions):
                k0, k1 = kana.start(1), kana.end(1)
                label = s.text[s.orig(k0):_end_with_marks(s.text, s.orig(k1 - 1) + 1)].strip(' "«»“”')
                if label:
                    source = self._unregistered(s, k0, k1, label, state)
        # …or a pronoun subject: a relative clause's head, the sentence's earlier agent,
        # or the previous sentence's source ("لكنه أضاف", "وذكّره", "وأضاف").
        if source is None:
            rel = [x for x in s.mentions if x[1] < cue.start and _RELATIVE_RE.match(norm[x[1]:])]
            if rel:
                source = self.registry.ref(rel[-1][2])
            elif prev_source is not None:
                source = prev_source
            else:
                first = [x for x in s.mentions if x[1] <= cue.start and x[0] <= 20
                         and not _PREPOSITION_BEFORE_RE.search(norm[max(0, x[0] - 6):x[0]])
                         and norm[max(0, x[0] - 1):x[0]] not in ("ب", "ل")]
                if first:
                    source = self.registry.ref(first[0][2])
                elif cue.kind == "participle":
                    source = self._sentence_subject(s, state, before=cue.start)
                if source is None:
                    source = state.last_source
        if source is None:
            return None
        if cue.lemma == "أثبت" and not (source.registered or _source_like_text(source.label)):
            return None  # "أثبتت الأيام": only studies, reports, bodies prove as sources
        if cue.lemma in _NEEDS_COMPLEMENT and subj_end is not None and not source.registered and re.match(
                r"^(?:بعض|معظم|اغلب|كل|جميع|احد|احدي)(?:ها|هم|هما|ه)$", normalize(source.label)):
            return None  # "هجمات نُسب بعضها إلى التنظيم": a passive, nobody named attributes them

        # a plain object after an unregistered common noun is rarely a report ("ونقل العدوى إليهم")
        plausible = source.registered or subj_end is None or _source_like_text(source.label) \
            or any(p.key == source.key for p in state.sources) or cue.lemma in _NEEDS_COMPLEMENT \
            or not normalize(source.label).startswith("ال") or any(
                s.to_norm(a) < subj_end and s.to_norm(b) > cue.end and t in ("PER", "ORG", "GOV", "MEDIA")
                for a, b, t in s.entities)
        start_at = subj_end if subj_end is not None else cue.end
        if subj_end is not None and norm[subj_end:subj_end + 1] == '"':  # ودعا «داعش» …
            start_at += 1
        if cue.lemma == "نقل":
            relay = re.match(r"\s*(?:\S+\s+){0,2}?عن\s+", norm[start_at:next_cue])
            comp = _COMPLEMENTIZER_RE.search(norm, start_at, next_cue)
            if relay and comp and comp.start() - start_at < 120:
                # "نقلت الصحيفة عن مواقع معارضة أن …": the innermost speaker named said it
                r0, r1 = start_at + relay.end(), comp.start()
                while r1 > r0 and norm[r1 - 1] in " ،":
                    r1 -= 1
                inside = [x for x in s.mentions if r0 <= x[0] < r1]
                if r1 > r0 and inside and inside[0][0] - r0 <= 1:
                    source = self.registry.ref(inside[0][2])
                elif r1 > r0:
                    source = self._unregistered(
                        s, r0, r1, s.text[s.orig(r0):_end_with_marks(s.text, s.orig(r1 - 1) + 1)], state)
                start_at = comp.start()
        in_relative = bool(_RELATIVE_BEFORE_RE.search(norm[max(0, cue.start - 8):cue.start])) \
            and not _SOON_RE.search(norm[:cue.start])
        content = self._content(s, cue, start_at, next_cue, in_relative, plausible)
        if content is None and subj_end is None and cue.lemma in _SAY_VERBS and cue.kind == "verb" \
                and self._clause_starts(s, cue.end):
            # "وأضاف بلغت التكلفة …": the words follow without a complementizer
            content = (cue.end, self._clause_end(norm, cue.end, next_cue))
        if content is None and subj_end is not None and cue.lemma in _SAY_VERBS and cue.kind == "verb":
            kama = re.match(r"\s*،?\s*كما\s+(?=\S)", norm[subj_end:next_cue])
            if kama:  # "وأضاف البيان كما استهدفت طائرات التحالف …": the words follow كما
                content = (subj_end + kama.end(), self._clause_end(norm, subj_end + kama.end(), next_cue))
        if content is None and subj_end is not None and re.search(r"(?<![\w])[وف]?كما\s*$", norm[:cue.start]) \
                and not norm[subj_end:next_cue].strip(_STRIP):
            # "استهدف هجوم آخر … حاجزا أمنيا …، كما أفاد المرصد": the clause before كما, from its comma
            k = re.search(r"(?<![\w])[وف]?كما\s*$", norm[:cue.start]).start()
            while k > 0 and norm[k - 1] in " ،,":
                k -= 1
            c0 = norm.rfind("،", 0, k) + 1
            if len(norm[c0:k].split()) >= 4 and norm[:c0].count('"') % 2 == 0:
                content = (c0, k)
        if content is None:
            content = self._quote_before(s, cue)
        if content is None:
            # a verb with a source but no content: its subject may still be the next cue's ("وذكّره",
            # "وقال أحد الشهود لرويترز عبر الهاتف قائلا إن …")
            return (None, source) if source.registered or subj_end is not None and _source_like_text(source.label) \
                else None
        c0, c1 = content
        cue_end = _end_with_marks(s.text, s.orig(cue.end))
        if cue.kind == "verb" and cue.form and norm[cue.start:cue.end] != cue.form:
            cue_end = _end_with_marks(s.text, s.orig(cue.start + len(cue.form)))  # without an object pronoun
        return self._claim(article, s, c0, c1, source, s.orig(cue.start), cue_end, cue.lemma), source

    def _subject_after(self, s: _Sentence, cue: _Cue, limit: int, state: _State, comp_found: bool = True):
        """The explicit subject after the verb (VSO, Arabic's default): (source, end) or (None, None)."""
        norm = s.norm
        if cue.lemma in _SAY_VERBS and self._clause_starts(s, cue.end):
            return None, None  # "وأضاف بلغت التكلفة …": no subject, the words begin at once
        q = re.match(r'\s*"', norm[cue.end:limit])
        quoted_name = bool(q) and any(x[0] == cue.end + q.end() for x in s.mentions)
        np0, np1 = _np_after(norm, cue.end, limit, quoted_name=quoted_name)
        for _ in range(3):  # a registered name runs on past a stop word ("… لنصرة الأشقاء في سوريا الدكتور …")
            across = [x for x in s.mentions if np0 <= x[0] < np1 < x[1]]
            if not across or np1 <= np0:
                break
            more0, more1 = _np_after(norm, across[0][1], limit)
            np1 = more1 if more1 > more0 and more0 <= across[0][1] + 1 else across[0][1]
        if "ب" in _PREP_OPENER.get(cue.lemma, ()) and np1 > np0:  # "وطالب محلب بتوعية الشباب": the object starts at ب
            for w in _WORD_RE.finditer(norm, np0, np1):
                if w.start() > np0 and w.group(0).startswith("ب") and not any(
                        x[0] == w.start() + 1 for x in s.mentions):
                    np1 = w.start() - 1
                    break
        has_opener = bool(comp_found and _COMPLEMENTIZER_RE.search(norm, cue.end, limit + 12)
                          or ":" in norm[np1:np1 + 3])
        if cue.kind == "verb" and cue.lemma in _OBJECT_VERBS | _DIRECTIVE and np1 > np0 and not has_opener:
            np1 = self._parse_np_end(s, cue, np0, np1)
        if np1 <= np0:
            return None, None
        if len(norm[np0:np1].split()) == 1 and "\u064b" in s.text[s.orig(np0):s.orig(np1 - 1) + 2]:
            return None, None  # an adverbial accusative ("مستحيلاً", "ممازحاً"), not a subject
        titled = norm[np0:np1].split()[:1] and norm[np0:np1].split()[0] in _TITLE_WORDS
        recipient = [x for x in s.mentions if np0 < x[0] < np1 and not titled and _is_recipient(norm, x[0])]
        if recipient:  # "وروى أحد السكان لوكالة فرانس برس": the agency heard it, the resident said it
            np1 = norm.rfind(" ", np0, recipient[0][0]) if norm.rfind(" ", np0, recipient[0][0]) > np0 else np0
            if np1 <= np0:
                return None, None
        inside = [x for x in s.mentions if np0 <= x[0] < np1]
        phrase = norm[np0:np1]
        label = s.text[s.orig(np0):_end_with_marks(s.text, s.orig(np1 - 1) + 1)]
        if inside:
            m0, m1, mention = inside[0]
            if m0 > np0 and _SPOKESPERSON_RE.match(norm[np0:m0]):
                # a spokesperson speaks for the body named: that body is the source, as written in full
                ref = self.registry.ref(mention)
                ref.label = label
                return ref, np1
            if m0 - np0 <= 1:
                ref = self.registry.ref(mention)
                end = m1
                # a title before a name ("وزير الدفاع الفرنسي جان ايف لودريان") is one mention
                for t0, t1, m2 in s.mentions:
                    if m1 <= t0 <= m1 + 2 and m2.source is mention.source:
                        end = t1
                        ref.label = s.text[s.orig(m0):s.orig(t1)]
                return ref, end
            last = inside[-1]
            if last[1] >= np1 - 1 and (last[2].source.is_person or phrase.split()[0] not in _TITLE_WORDS):
                ref = self.registry.ref(last[2])  # title + name: "وزير الدفاع الفرنسي جان ايف لودريان"
                ref.label = label
                return ref, np1
            if phrase.split()[0] in _TITLE_WORDS:
                # "مدير مكتب الحملة بلبنان وليد بن علي الجلال": a person of that body, not the body
                return self._unregistered(s, np0, np1, label, state), np1
            if m0 > np0 + 1 and m1 < np1 - 1 and normalize(phrase.split()[0]).lstrip("ال") in _SOURCE_HEADS:
                # a registered name inside a longer one: "منظمة الأمم المتحدة للأغذية والزراعة (فاو) وبرنامج …"
                return self._unregistered(s, np0, np1, label, state), np1
            return self.registry.ref(mention), m1
        return self._unregistered(s, np0, np1, label, state), np1

    @staticmethod
    def _clause_starts(s: _Sentence, at: int) -> bool:
        """A finite clause begins right here: a frequent verb or pronoun, or a word the parse tags VERB."""
        m = re.match(r"\s*(\S+)", s.norm[at:])
        if not m:
            return False
        if m.group(1) in _CLAUSE_OPENERS:
            return True
        w = _word_at(s, s.orig(at + m.start(1)))
        return w is not None and w.upos == "VERB"

    def _relayed_speaker(self, s: _Sentence, cue: _Cue, state: _State) -> SourceRef | None:
        norm = s.norm
        if re.search(r"(?<![\w])(?:عنه|عنها|عنهم)\s*$", norm[:cue.start]):
            return state.last_source  # "ونقلت الصحيفة عنه قوله": the one just quoted
        an = None
        for m in re.finditer(r"(?<![\w])عن\s+", norm[max(0, cue.start - 120):cue.start]):
            an = max(0, cue.start - 120) + m.end()
        if an is None:
            return None
        np0, np1 = an, cue.start
        while np1 > np0 and norm[np1 - 1] in " ،":
            np1 -= 1
        if np1 <= np0 or len(norm[np0:np1].split()) > 10:
            return None
        inside = [x for x in s.mentions if np0 <= x[0] < np1]
        if inside and inside[0][0] - np0 <= 1:
            ref = self.registry.ref(inside[0][2])
            return ref
        label = s.text[s.orig(np0):_end_with_marks(s.text, s.orig(np1 - 1) + 1)]
        return self._unregistered(s, np0, np1, label, state)

    def _parse_np_end(self, s: _Sentence, cue: _Cue, np0: int, np1: int) -> int:
        """For verbs whose object follows the subject ("نشرت صحف سودانية نعيا …"), the parse's nsubj
        subtree bounds the subject; without a parse, an unnamed subject is taken as two words."""
        if s.words:
            verb = _word_index_at(s, s.orig(cue.start))
            if verb is not None:
                for i, w in enumerate(s.words):
                    if w.head == verb and w.deprel.startswith("nsubj"):
                        a, b = _subtree(s, i)
                        n1 = s.to_norm(b)
                        if np0 <= s.to_norm(a) <= np0 + 2 and n1 <= np1 and len(s.norm[np0:n1].split()) <= 3:
                            if s.norm[np0:np1].startswith("ال") and not any(np0 <= x[0] < n1 for x in s.mentions):
                                # a definite noun takes no genitive: "أثبتت الدراسات المدى …" ends at الدراسات
                                return min(n1, self._heuristic_np_end(s, np0, np1))
                            return n1
        first = s.norm[np0:np1].split()[:1]
        if any(np0 <= x[0] <= np0 + 1 for x in s.mentions) or first and first[0] in _TITLE_WORDS:
            return np1  # a name or a title opens the subject: the registry and the title rules bound it
        return self._heuristic_np_end(s, np0, np1)

    @staticmethod
    def _heuristic_np_end(s: _Sentence, np0: int, np1: int) -> int:
        words = list(_WORD_RE.finditer(s.norm, np0, np1))
        if not words:
            return np1
        # a noun, its genitive when it is indefinite ("وزارة الداخلية"), then nisba adjectives ("سودانية")
        end = words[0].end()
        k = 1
        if not words[0].group(0).startswith("ال") and k < len(words) and words[k].group(0).startswith("ال"):
            end = words[k].end()
            k += 1
        while k < len(words) and re.search(r"(?:ي|يه|يين|يون|يان)$", words[k].group(0)) and len(words[k].group(0)) > 3:
            end = words[k].end()
            k += 1
        return end

    def _unregistered(self, s: _Sentence, np0: int, np1: int, label: str, state: _State) -> SourceRef:
        phrase = s.norm[np0:np1]
        words = [w for w in phrase.split() if w not in ("نفسه", "نفسها", "ذاته", "ذاتها")] or phrase.split()
        stems = {light_stem(w) for w in words}
        if len(words) == 1 and words[0] in _DOCUMENT_WORDS and state.last_source is not None:
            # "وأضاف البيان": a statement stands for whoever issued it, the body just quoted (an official
            # quoted in between speaks, the statement is still the body's)
            bodies = [p for p in state.sources if not self._is_person(p)]
            prev = state.last_source if not self._is_person(state.last_source) or not bodies else bodies[-1]
            return SourceRef(key=prev.key, label=label, name=prev.name, name_ar=prev.name_ar, type=prev.type,
                             registered=prev.registered)
        if len(words) == 1 and words[0] in ("المصدر", "المصادر", "المسوول"):
            # "وأضاف المصدر": the unnamed source(s) quoted before ("وأفادت مصادر أن …")
            for prev in reversed(state.sources):
                if prev.type == "anonymous-source":
                    return SourceRef(key=prev.key, label=label, name=prev.name, name_ar=prev.name_ar,
                                     type=prev.type, registered=prev.registered)
        dual = re.match(r"^ال(\S{3,})(?:تان|تين)$", words[0]) if len(words) == 1 else None
        if dual:
            # "وكتبت المنظمتان": the two bodies named together before ("منظمة الأغذية … وبرنامج الأغذية")
            single = dual.group(1) + "ه"
            for prev in reversed(state.sources):
                if single in normalize(prev.label) and " و" in normalize(prev.label):
                    return SourceRef(key=prev.key, label=label, name=prev.name, name_ar=prev.name_ar,
                                     type=prev.type, registered=prev.registered)
        # a short reference back to someone already quoted: "الأمين" → "الهادي محمد الأمين", "الوزير"
        if len(words) <= 2:
            for prev in reversed(state.sources):
                prev_words = normalize(prev.label).split()
                prev_stems = {light_stem(w) for w in prev_words}
                if prev_words and (words[-1] == prev_words[-1] or stems <= prev_stems):
                    return SourceRef(key=prev.key, label=label, name=prev.name, name_ar=prev.name_ar,
                                     type=prev.type, registered=prev.registered)
        t = "unknown"
        head = words[0]
        if head in _ANONYMOUS_HEADS or (head.startswith("مصادر") or head.startswith("مصدر")):
            t = "anonymous-source"
        for a, b, et in s.entities:
            if s.to_norm(a) < np1 and s.to_norm(b) > np0 and et in _NER_TYPE:
                t = _NER_TYPE[et]
                break
        return unregistered_ref(label, t)

    def _is_person(self, ref: SourceRef) -> bool:
        reg = self.registry.sources.get(ref.key) if ref.registered else None
        if reg is not None:
            return reg.is_person
        words = normalize(ref.label).split()
        return bool(words) and words[0] in _TITLE_WORDS

    def _parse_subject_before(self, s: _Sentence, cue: _Cue, state: _State) -> SourceRef | None:
        """The parse's nominal subject of the cue verb when it stands before the verb, close to it
        ("غير أن المراقبين يؤكدون أن …")."""
        if not s.words:
            return None
        verb = _word_index_at(s, s.orig(cue.start))
        if verb is None:
            return None
        for i, w in enumerate(s.words):
            if w.head == verb and w.deprel.startswith("nsubj") and w.end <= s.orig(cue.start):
                a, b = _subtree(s, i)
                n0, n1 = s.to_norm(a), s.to_norm(b)
                if cue.start - n1 > 30 or n1 <= n0 or len(s.norm[n0:n1].split()) > 8 \
                        or s.norm[n0:n1].split()[0] in _NP_STOP:
                    return None
                inside = [x for x in s.mentions if n0 <= x[0] < n1]
                if inside:
                    return self.registry.ref(inside[0][2])
                label = s.text[a:b]
                return self._unregistered(s, n0, n1, label, state) if _source_like_text(label) else None
        return None

    def _active_subject(self, s: _Sentence, state: _State, before: int) -> SourceRef | None:
        """The parse's subject of the verb that governs the clause before `before`, when that verb is
        active (a passive's subject, "اعتقل X بتهمة …", is not the accuser)."""
        for i, w in enumerate(s.words):
            if w.deprel == "nsubj" and 0 <= w.head < len(s.words) and s.words[w.head].upos == "VERB" \
                    and s.to_norm(s.words[w.head].start) < before:
                a, b = _subtree(s, i)
                n0, n1 = s.to_norm(a), s.to_norm(b)
                if n1 > before or not 0 < len(s.norm[n0:n1].split()) <= 6:
                    return None
                inside = [x for x in s.mentions if n0 <= x[0] < n1]
                if inside:
                    return self.registry.ref(inside[0][2])
                return self._unregistered(s, n0, n1, s.text[a:b], state)
        return None

    def _sentence_subject(self, s: _Sentence, state: _State, before: int) -> SourceRef | None:
        """The subject of the sentence's first verb, for a participle cue ("وحدد المنشور …، مضيفا أن");
        none when the cue opens the sentence (it goes on from the previous one)."""
        if len(s.norm[:before].split()) < 2:
            return None
        for i, w in enumerate(s.words):  # the parse: nsubj of the first verb that has one
            if w.deprel.startswith("nsubj") and 0 <= w.head < len(s.words) and s.words[w.head].upos == "VERB":
                a, b = _subtree(s, i)
                n0, n1 = s.to_norm(a), s.to_norm(b)
                if n1 > before:
                    break
                if 0 < len(s.norm[n0:n1].split()) <= 6:
                    inside = [x for x in s.mentions if n0 <= x[0] < n1]
                    if inside:
                        return self.registry.ref(inside[0][2])
                    return self._unregistered(s, n0, n1, s.text[a:b], state)
                break
        m = re.match(r"\s*(?:و|ف)?\S+\s", s.norm)
        if not m:
            return None
        np0, np1 = _np_after(s.norm, m.end() - 1, len(s.norm))
        words = s.norm[np0:np1].split()
        if not words or len(words) > 6:
            return None
        inside = [x for x in s.mentions if np0 <= x[0] < np1]
        if inside:
            return self.registry.ref(inside[0][2])
        label = s.text[s.orig(np0):_end_with_marks(s.text, s.orig(np1 - 1) + 1)]
        return self._unregistered(s, np0, np1, label, state)

    def _nominal(self, article, s: _Sentence, cue: _Cue, next_cue: int, state: _State | None = None):
        """"بحسب المرصد، …" / "…، وفق اعتراف الأطراف كافة": the source follows the cue."""
        norm = s.norm
        at = cue.end
        # skip report nouns between the cue and the source ("وفقاً لآخر تقديرات مفوضية …"), unless the
        # report noun heads the source itself ("بحسب ما أفادت مصادر أمنية وطبية")
        start = at
        for _ in range(3):
            w = re.match(r"\s*(?:ل|ال|لل)?(\S+)", norm[at:])
            if w and (w.group(1) in _REPORT_NOUNS or w.group(0).strip() in _REPORT_NOUNS):
                if any(at <= x[0] <= at + 3 for x in s.mentions):
                    break
                at += w.end()
            else:
                break
        after = [x for x in s.mentions if at <= x[0] <= at + 3]
        if after:
            s0, s1, mention = after[0]
            source = self.registry.ref(mention)
        else:
            np0, np1 = _np_after(norm, at, next_cue, max_words=6)
            if (np1 <= np0 or not self._source_like(s, np0, np1)) and at > start:
                np0, np1 = _np_after(norm, start, next_cue, max_words=6)
            if np1 <= np0 or not self._source_like(s, np0, np1):
                return None
            s1 = np1
            label = s.text[s.orig(np0):_end_with_marks(s.text, s.orig(np1 - 1) + 1)]
            source = self._unregistered(s, np0, np1, label, state) if state is not None else unregistered_ref(
                label, "anonymous-source" if norm[np0:np1].startswith("مصادر") else "unknown")
        rest = norm[s1:]
        if len(norm[:cue.start].strip(_STRIP).split()) >= 3:  # content precedes the cue: "X، وفق اعتراف Y"
            c0, c1 = 0, cue.start
        elif len(rest.strip(_STRIP).split()) >= 2:  # "بحسب Y، X"
            c0, c1 = s1, max(next_cue, s1)
        else:
            return None
        return self._claim(article, s, c0, c1, source, s.orig(cue.start),
                           _end_with_marks(s.text, s.orig(cue.end - 1) + 1), cue.lemma), source

    @staticmethod
    def _source_like(s: _Sentence, np0: int, np1: int) -> bool:
        """An unregistered phrase after a nominal cue names a source: a source-like head noun, a
        title, or a person/organization the NER marks there."""
        first = s.norm[np0:np1].split()[0]
        bare = re.sub(r"^(?:ال|لل|ل)", "", first)
        if first in _TITLE_WORDS or bare in _SOURCE_HEADS or light_stem(bare) in _SOURCE_HEADS:
            return True
        return any(s.to_norm(a) <= np0 + 1 and s.to_norm(b) > np0 and t in ("PER", "ORG", "GOV", "MEDIA")
                   for a, b, t in s.entities)

    def _content(self, s: _Sentence, cue: _Cue, start_at: int, next_cue: int, in_relative: bool,
                 plausible_subject: bool = True):
        norm = s.norm
        comp = _COMPLEMENTIZER_RE.search(norm, start_at, next_cue)
        quote = None
        at = start_at
        while at < next_cue:
            # the first quotation mark or colon that opens speech; a quoted name (في حوار لـ"سبق":) is
            # passed over; a far opener needs an interjection between ("وهو سياسي محلي لرويترز عبر الهاتف")
            q = _QUOTE_OPEN_RE.search(norm, at, next_cue)
            if q is None or q.start() - start_at > _MAX_COMP_GAP:
                break
            if q.group(0) == '"' and not _is_speech(norm, q.start(), next_cue):
                close = norm.find('"', q.start() + 1, next_cue)
                if close == -1:
                    break
                at = close + 1
                continue
            if q.start() - start_at <= _MAX_GAP or _INTERJECTION_RE.search(norm[start_at:q.start()]):
                quote = q
            break
        if comp and comp.start() - start_at > _MAX_COMP_GAP:
            comp = None
        if comp and quote and quote.start() < comp.start() and quote.group(0) == ":":
            comp = None
        open_m = None
        if comp and quote:
            open_m = quote if quote.start() < comp.start() else comp
        else:
            open_m = comp or quote
        if open_m and open_m is comp and comp.start() - start_at > _MAX_GAP and not _INTERJECTION_RE.search(
                norm[start_at:comp.start()]):
            # a far complementizer without an interjection between belongs to another clause
            open_m = quote
        if open_m:
            tok = open_m.group(0)
            if tok in ('"', "«", "“"):
                close = norm.find('"', open_m.end())
                if close == -1:  # the quotation runs on past this sentence (into the next paragraph)
                    return open_m.end(), len(norm)
                return open_m.end(), close
            c0 = open_m.end()
            if tok == ":":  # "وقالت إيران …: إنها ستطرح …": the complementizer after the colon
                after = re.match(r"\s*(?:ان|انه|انها|انهم|انني|اننا)(?![\w])", norm[c0:next_cue])
                c0 += after.end() if after else 0
            # "إن «…»" / ": «…»": the whole content is one quotation → take its inside.
            rest = norm[c0:]
            lead = len(rest) - len(rest.lstrip())
            if rest.lstrip().startswith('"'):
                q0 = c0 + lead + 1
                close = norm.find('"', q0)
                tail = norm[close + 1:] if close != -1 else ""
                if close != -1 and not tail.strip(_STRIP):
                    return q0, close
            end = self._clause_end(norm, c0, next_cue)
            return c0, end
        prep = _PREP_OPENER.get(cue.lemma)
        if prep:
            m = _prep_opener(prep, norm[start_at:next_cue])
            if m and not in_relative and not norm[start_at + m.end():].startswith("عد "):
                c0 = start_at + m.end()
                return c0, self._clause_end(norm, c0, next_cue)
        if (cue.lemma in _DIRECTIVE or cue.lemma in _OBJECT_VERBS) and (not in_relative or cue.lemma == "نسب") \
                and cue.kind == "verb" \
                and plausible_subject:
            rest = norm[start_at:]
            if cue.lemma == "نقل" and re.match(r"\s*(?:\S+\s+){0,2}(?:عن|عنه|عنها|عنهم|من|الي)(?![\w])", rest):
                return None  # "ونقل X عن Y قوله: …": the content comes with قوله
            ch = _CHANNEL_RE.match(rest)
            c0 = start_at + (ch.end() if ch else 0)
            end = self._clause_end(norm, c0, next_cue)
            if cue.lemma in _NEEDS_COMPLEMENT:
                # "نسبته أنقرة إلى التنظيم واستهدف ناشطين …": the attribution ends where the next verb is joined
                for w in _WORD_RE.finditer(norm, c0, end):
                    tags = {getattr(_word_at(s, s.orig(w.start() + k)), "upos", None) for k in (0, 1)}
                    if w.group(0).startswith("و") and len(w.group(0)) > 3 and "VERB" in tags:
                        end = w.start()
                        break
            comma = norm.find("،", c0, end)
            if cue.lemma in _DIRECTIVE and comma != -1:  # the call itself, not its reasons
                end = comma
            return c0, end
        return None

    @staticmethod
    def _quote_before(s: _Sentence, cue: _Cue):
        """Speaker after the quotation: "«…»، قال المرصد" / "«…» قال X"."""
        before = s.norm[:cue.start].rstrip(" ،,")
        if before.endswith('"') and before.count('"') % 2 == 0:
            open_at = before.rfind('"', 0, len(before) - 1)
            if open_at != -1 and len(before[open_at + 1:-1].split()) >= 3:
                return open_at + 1, len(before) - 1
        return None

    @staticmethod
    def _clause_end(norm, c0, next_cue):
        m = _CLAUSE_END_RE.search(norm, c0)
        end = m.start() if m and m.start() < next_cue else next_cue
        return end

    def _claim(self, article, s: _Sentence, c0, c1, source, cue_s, cue_e, lemma):
        norm, sent, offsets = s.norm, s.text, s.offsets
        # trim punctuation/space, and unbalanced outer quotes
        while c0 < c1 and norm[c0] in _STRIP:
            c0 += 1
        while c1 > c0 and norm[c1 - 1] in _STRIP:
            c1 -= 1
        tail = re.search(r"[،\s]+(?:بعدما|بعد ان|عندما|حين|حينما|لان|قبل ان|كما|و)$", norm[c0:c1])
        if tail:  # "…، بعدما" + a report of its own: not part of this content
            c1 = c0 + tail.start()
        if c1 - c0 < 3 or len(norm[c0:c1].split()) < 2 and not norm[c0:c1].startswith('"'):
            return None
        st, e = offsets[c0], _end_with_marks(sent, offsets[c1 - 1] + 1)
        quote = sent[st:e]
        cue = sent[cue_s:cue_e]
        polarity = "denied" if lemma in _DENIAL_VERBS else "asserted"
        dm = _DENIAL_RE.search(norm, c0, c1)
        if dm and dm.start() - c0 <= 12:
            polarity = "denied"
            cue_s, cue_e = offsets[dm.start()], _end_with_marks(sent, offsets[dm.end() - 1] + 1)
            cue = sent[cue_s:cue_e]
        hedge = _HEDGE_VERBS.get(lemma)
        if hedge is None:
            hm = _HEDGE_RE.search(norm, c0, c1)
            if hm:
                hedge = sent[offsets[hm.start()]:_end_with_marks(sent, offsets[hm.end() - 1] + 1)].strip()
        text = quote.strip("«»“”\" ")
        if quote.startswith("«") and quote.endswith("»") and quote.count("«") == 1:
            text = quote[1:-1]
        return Claim(
            article_key=article.key, text=" ".join(text.split()), quote=quote,
            start=s.start + st, end=s.start + e, sentence=s.index, source=source,
            cue=cue, cue_start=s.start + cue_s, cue_end=s.start + cue_e,
            polarity=polarity, date=_resolve_date(norm, article.date),
            hedged=hedge is not None, hedge=hedge,
        )


# ----------------------------------------------------------------------------- helpers
def _subordinate(s: _Sentence, cue: _Cue) -> bool:
    """A report in a temporal/causal clause ("بعدما أفادت معلومات عن …", "بعد أن أثبتت الدراسات …"):
    its own claim, but not the speaker that a later participle goes on with."""
    return cue.kind == "verb" and bool(re.search(r"(?<![\w])(?:بعد ان|بعدما|قبل ان|لان|عندما|حين|حينما)\s*$",
                                                  s.norm[:cue.start]))


def _starts_with_verb(words, at: int) -> bool:
    """Whether the parse tags the first word at or after article offset `at` as a verb."""
    for w in words:
        if w[1] > at:
            return w[3] in ("VERB", "AUX")
    return False


def _overlap(a: Claim, b: Claim) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _source_like_text(label: str) -> bool:
    words = normalize(label).split()
    if len(words) > 1 and words[0] in ("احد", "احدي", "بعض"):
        words = words[1:]  # "أحد الشهود", "بعض المسؤولين"
    if not words:
        return False
    bare = re.sub(r"^(?:ال|لل|ل)", "", words[0])
    return words[0] in _TITLE_WORDS or bare in _SOURCE_HEADS or light_stem(bare) in _SOURCE_HEADS


def _covered(claim: Claim, claims: list[Claim]) -> bool:
    """A claim whose span lies mostly inside one already found (a nominal frame inside a quote)."""
    for c in claims:
        inter = min(c.end, claim.end) - max(c.start, claim.start)
        if inter > 0 and inter >= 0.5 * (claim.end - claim.start):
            return True
    return False


def _is_recipient(norm: str, m0: int) -> bool:
    """A name written with the preposition ل ("لوكالة", "للافروف", "لـ«الشرق الأوسط»")."""
    w = norm.rfind(" ", 0, m0) + 1
    prefix = norm[w:m0].replace('"', "")
    return prefix in ("ل", "لل", "ول", "لـ")


def _inside_mention(s: _Sentence, i: int) -> bool:
    return any(m0 < i < m1 for m0, m1, _ in s.mentions)


def _np_after(norm: str, at: int, limit: int, max_words: int = 10, quoted_name: bool = False) -> tuple[int, int]:
    """The noun phrase right after a verb: words up to a stop word, punctuation, a quote or `limit`."""
    i = at
    while i < limit and norm[i] == " ":
        i += 1
    while True:  # pronoun-carrying prepositions and adverbs before the subject ("يرى فيه الناطق …")
        skip = re.match(r"(?:فيه|فيها|عنه|عنها|له|لها|لهم|عليه|عليها|منه|منها|خلاله|خلالها|ايضا|كذلك|بدوره|بدورها|"
                        r"مجددا|بدورهم)(?:،)?\s+", norm[i:limit])
        if not skip:
            break
        i += skip.end()
    if i < limit and norm[i] == '"':
        close = norm.find('"', i + 1)
        if close == -1 or (len(norm[i + 1:close].split()) > 3 and not quoted_name):
            return i, i  # a quotation right after the verb is speech, not its subject
        i += 1
    start = i
    end = start
    n = 0
    for m in re.finditer(r"\S+", norm[start:limit]):
        w = m.group(0)
        core = w.strip('",.:؛;()،')
        if _RECIPIENT_WORD_RE.match(w):
            break  # "… لـ«الشرق الأوسط»", "… لوكالة الأنباء": who heard it
        if w[0] == "(" and re.match(r"^\([^\s()]+\)[،,]?$", w) and n:
            end = start + m.start() + len(w.rstrip(",،"))  # an acronym in brackets: "الزراعة (فاو) وبرنامج …"
            if w.endswith(("،", ",")):
                break
            continue
        if core in _NP_STOP or not core or w[0] in "(،:":
            break
        if re.match(r"^[0-9٠-٩]", core):
            break
        if w.startswith('"') and m.start() > 0:
            close = norm.find('"', start + m.start() + 1, limit)
            inner = norm[start + m.start() + 1:close].split() if close != -1 else []
            tail = norm[close + 1:limit].strip(" ") if close != -1 else ""
            if close == -1 or len(inner) > 4 or len(inner) >= 3 and (
                    not tail.strip(_STRIP) or _PARTICIPLE_RE.match(tail) or tail[:1] in "،."):
                break  # a quotation opens: the content, not the name ("وقال مدير المرصد «شوهد …» مضيفا")
        end = start + m.start() + len(w.rstrip('",.:؛;،'))
        n += 1
        closes_name = w.endswith('"') and norm[start:start + m.end()].count('"') % 2 == 0
        if w.endswith(("،", ",", ":")) or (w.endswith('"') and not closes_name) or n >= max_words:
            break
    return start, end if n else start


def _is_speech(norm: str, open_at: int, limit: int) -> bool:
    """A quotation that is speech: several words, or running to the end of the clause."""
    close = norm.find('"', open_at + 1)
    if close == -1:
        return True
    inner = norm[open_at + 1:close].split()
    tail = norm[close + 1:limit].strip(_STRIP)
    return len(inner) >= 4 or not tail


def _parse_index(docs, starts: list[int]) -> tuple[list, list]:
    """Words of stanza Documents (one per sentence, the sentence starting at `starts[k]` in the article)
    as tuples (start, end, lemma, upos, head, deprel) sorted by start, where head is the index of the
    governing word in the returned list (-1 for a root); entities as (start, end, type). Offsets index
    the article. Where stanza splits a token into several words (clitics), the token keeps one word:
    the content word (verb, noun, adjective) if there is one."""
    rows: list[list] = []
    ents: list[tuple[int, int, str]] = []
    for doc, base in zip(docs, starts):
        for sent in doc.sentences:
            by_id: dict[int, list] = {}
            mine: list[list] = []
            for tok in sent.tokens:
                if tok.start_char is None or tok.end_char is None:
                    continue
                words = sorted(tok.words, key=lambda w: 0 if w.upos in ("VERB", "NOUN", "PROPN", "ADJ") else 1)
                for k, w in enumerate(tok.words):
                    row = [base + tok.start_char, base + tok.end_char, w.lemma or w.text, w.upos or "",
                           w.head or 0, w.deprel or "", w is words[0]]
                    by_id[w.id] = row
                    mine.append(row)
            for row in mine:  # a clitic's head is the token's head word
                row[4] = by_id.get(row[4])
            rows += mine
        ents += [(base + e.start_char, base + e.end_char, e.type) for e in getattr(doc, "ents", [])]
    kept = [r for r in rows if r[6]]
    kept.sort(key=lambda r: r[0])
    index = {id(r): k for k, r in enumerate(kept)}
    by_token = {(r[0], r[1]): r for r in kept}

    def head_of(r):
        h = r[4]
        if h is None:
            return -1
        h = by_token.get((h[0], h[1]), h)  # a head that is a clitic stands for its token's kept word
        return index.get(id(h), -1)

    words = [(r[0], r[1], r[2], r[3], head_of(r), r[5]) for r in kept]
    return words, ents


def _word_index_at(s: _Sentence, orig_i: int) -> int | None:
    for i, w in enumerate(s.words):
        if w.start <= orig_i < w.end:
            return i
    return None


def _word_at(s: _Sentence, orig_i: int) -> _Word | None:
    i = _word_index_at(s, orig_i)
    return s.words[i] if i is not None else None


def _subtree(s: _Sentence, i: int) -> tuple[int, int]:
    """Original-offset extent of word i and everything it governs."""
    members = {i}
    changed = True
    while changed:
        changed = False
        for j, w in enumerate(s.words):
            if j not in members and w.head in members:
                members.add(j)
                changed = True
    return min(s.words[j].start for j in members), max(s.words[j].end for j in members)


def _end_with_marks(text: str, end: int) -> int:
    """Extend an exclusive end over diacritics that belong to the last letter (سناً)."""
    while end < len(text) and text[end] in DIACRITICS:
        end += 1
    return end


def _resolve_date(norm_sentence: str, published: str | None) -> str | None:
    """A relative date in the sentence resolves against the publication date (أمس, أول من أمس,
    اليوم, غداً, a weekday: the last one on or before publication, "الماضي" strictly before);
    otherwise the claim is dated by its publication."""
    if not published:
        return None
    try:
        base = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    m = _RELATIVE_RE_DAYS.search(norm_sentence)
    if m:
        return (base + dt.timedelta(days=_RELATIVE_DAYS[m.group(1)])).isoformat()
    w = _WEEKDAY_RE.search(norm_sentence)
    if w:
        target = _WEEKDAYS[w.group(1)]
        back = (base.weekday() - target) % 7
        if w.group(2) in ("المقبل", "القادم"):
            fwd = (target - base.weekday()) % 7 or 7
            return (base + dt.timedelta(days=fwd)).isoformat()
        if w.group(2) == "الماضي" and back == 0:
            back = 7
        return (base - dt.timedelta(days=back)).isoformat()
    return base.isoformat()


def extract(article: Article) -> Extraction:
    return AttributionExtractor().extract(article)


__all__ = ["AttributionExtractor", "extract", "outlet_ref", "LEMMAS"]
