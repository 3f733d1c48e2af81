"""Word lists and indices the relation steps read (normalized forms, see kg.text.normalize): event
classes, antonyms, negators and denials, reversals, directions, stop words, place-ish stems, the
named-entity index, and the word-level helpers over them (proclitics, rough roots)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import light_stem, normalize


# Event classes by normalized stem (after light_stem).
_EVENTS = {
    "enter": {"دخول", "دخل", "تدخل", "يدخل", "دخلت", "اقتحام", "اقتحم"},
    "withdraw": {"انسحاب", "انسحب", "انسحبت", "تنسحب", "ينسحب"},
    "control": {"سيطر", "سيطره", "سيطرت", "استعاد", "استعادت", "استعاده", "تحرير", "حرر"},
    "lose": {"فقد", "فقدت", "خسر", "خسرت", "خساره"},
    "clash": {"اشتباك", "اشتبك", "معارك", "معرك", "قتال", "مواجه"},
    "strike": {"ضرب", "ضربات", "غار", "غارات", "قصف", "قصفت"},
    "kill": {"قتل", "مقتل", "قتلي", "قتيل"},
    "rise": {"ارتفع", "ارتفاع", "زياد", "تزايد"},
    "fall": {"انخفض", "انخفاض", "تراجع"},
}
_EVENT_OF = {stem: ev for ev, stems in _EVENTS.items() for stem in stems}
_ANTONYMS = {frozenset(p) for p in [("enter", "withdraw"), ("control", "lose"), ("rise", "fall")]}

# Aspect: an event said to be over vs. said to go on ("تقضي على آخر" vs "لاتزال مستمرة").
_ENDED = ("تقضي علي اخر", "قضت علي اخر", "القضاء علي اخر", "انتهت", "توقفت", "انتهاء", "طرد")
_ONGOING = ("لاتزال", "لا تزال", "مازالت", "ما زالت", "مستمره", "متواصله", "تتواصل", "تستمر")

# Denials negate the whole claim wherever they stand; particles only the event right after them.
_DENIAL = re.compile(r"(?<!\w)(?:لا صحه|غير صحيح|عار عن الصحه|عاري عن الصحه|نفي|نفت|ينفي|تنفي|نفوا|كذب|كذبت)(?!\w)")
_PARTICLES = {"لم", "لن", "ليس", "ليست", "لا"}  # not "ما": far more often "what/that" than "not"
_NOT_NEGATING = {"تزال", "يزال", "زال", "زالت", "سيما"}  # "لا تزال" = still, "لا سيما" = especially
_SCOPE = 2  # tokens a particle reaches forward: "لم تدخل", "لم تتمكن من دخول"

_STOP = set("""في من الي علي عن مع بين او ثم ان انه انها ما لا لم لن قد هذا هذه ذلك تلك التي الذي الذين كان كانت
و ف ب ل ك هو هي هم كل بعد قبل عند منذ حتي اي غير حيث كما ايضا فقط وانما ليس صحه جهه اخري
يكون تكون كون اما عليه منه منها فيها""".split())
# Stems (after light_stem) that locate an event: "the south-western entrance of the city".
_PLACEISH = {"مدين", "مدخل", "مدخلي", "مداخل", "غرب", "جنوب", "شمال", "شرق", "حي", "بساتين", "محيط", "قسم", "تخوم", "طرف", "اطراف"}

# Negators anywhere in the text (the words, not their scope): one side has one, the other not.
# words before a place name that make what follows a part, a landmark or the surroundings of the place, not the place
# itself («قرب تدمر», «مطار عدن», «معظم أحياء حلب»); kg.relate.control, still_held and antecedent each add their own
PLACE_PARTS = {"قرب", "محيط", "اطراف", "مشارف", "ريف", "حي", "احياء", "مطار", "معبر", "جبل", "تل", "اجزاء", "معظم",
               "بعض", "نقاط", "مواقع", "مناطق", "منطقه"}
_NEGATORS = {"لا", "لم", "لن", "ليس", "ليست", "غير", "عدم", "دون", "بدون", "بلا", "لايوجد", "لاصحه"}
# Predicates that deny, refuse, cancel, postpone or undo ("معارضه" is left out: in war news it is
# "the opposition", not "opposing").
_REVERSALS = {light_stem(w) for w in """نفي نفى ينفي تنفي نفت نفوا رفض يرفض ترفض رفضت رفضه يرفضون فشل يفشل تفشل فشلت
الغاء يلغي تلغي الغت الغي تاجيل يوجل توجل اجلت اجل وقف يوقف توقف اوقف تعليق يعلق تعلق علقت تجميد يجمد
تنفي يستبعد تستبعد استبعد استبعاد يتجاهل تتجاهل تجاهل يعارض تعارض ينتقد تنتقد يدين تدين ادان يحذر تحذر
تكذيب كذب يكذب يتراجع تتراجع تراجعت عجز يعجز تعجز اغلاق يغلق تغلق براءه يمنع تمنع منع حظر يحظر""".split()}
# Direction of change: "rises" on one side and "falls" on the other.
_UP = {light_stem(w) for w in """ارتفاع ارتفع يرتفع ترتفع ارتفعت صعود يصعد تصعد صعد قفز يقفز تقفز قفزه زياده يزيد تزيد زاد
ازدياد تزايد يتزايد اعلي مكاسب ربح ارباح نمو ينمو تنمو تحسن يتحسن تتحسن انتعاش تنتعش ينتعش مرتفع يتخطي تتخطي
تجاوز يتجاوز تتجاوز""".split()}
_DOWN = {light_stem(w) for w in """انخفاض انخفض ينخفض تنخفض انخفضت هبوط يهبط تهبط هبط تراجع يتراجع تتراجع تراجعت نقص
ينقص تنقص ادني خسائر خساير خسر خساره خسارة تدهور يتدهور تتدهور يهوي تهوي هوي انهيار ينهار تنهار تباطؤ تباطو
انكماش يقل تقل ضعف يضعف تضعف""".split()}

# Antonymous predicates and states (each pair: words of one side, words of the other).
_ANTONYM_WORDS = [
    ("دخول دخل يدخل تدخل دخلت", "خروج خرج يخرج تخرج خرجت مغادره يغادر تغادر غادر انسحاب ينسحب تنسحب انسحب انسحبت"),
    ("فوز فاز يفوز تفوز فازت نجاح ينجح تنجح نجح انتصار ينتصر", "خساره خسر يخسر تخسر خسرت هزيمه يهزم ينهزم فشل يفشل تفشل فشلت اخفاق"),
    ("يظهر تظهر ظهور ظهر عوده يعود تعود عاد", "يختفي تختفي اختفاء اختفي غياب يغيب تغيب"),
    ("يرفع ترفع رفع رفعت", "يخفض تخفض خفض خفضت تخفيض"),
    ("يدعم تدعم دعم دعمت تاييد يؤيد تؤيد يويد تويد ترحيب يرحب ترحب اشاد يشيد تشيد اشادت اشاده", "يعارض تعارض رفض يرفض ترفض ينتقد تنتقد انتقاد انتقد انتقدت يدين تدين ادانه"),
    ("قبول يقبل تقبل قبل موافقه يوافق توافق وافق", "رفض يرفض ترفض رفضت"),
    ("افراج الافراج يفرج تفرج براءه تبرئه", "حبس سجن اعتقال يعتقل تعتقل اعدام ادانه احتجاز"),
    ("فتح يفتح تفتح افتتاح", "اغلاق يغلق تغلق غلق اقفال"),
    ("بدء يبدا تبدا بدات انطلاق استئناف استيناف", "تاجيل يوجل توجل الغاء يلغي تلغي تعليق وقف توقف انتهاء"),
    ("استمرار يستمر تستمر متواصل مستمر", "توقف يتوقف تتوقف انتهاء وقف"),
    ("سلام هدوء هدنه تهدئه استقرار مصالحه تصالح اتفاق", "حرب اشتباكات اشتباك مواجهات مواجهه تصعيد توتر صراع خلاف نزاع"),
    # not حياة/أحياء: as "حياً"/"أحياء" they are mostly neighbourhoods in war news
    ("ينجو تنجو نجا نجاه", "وفاه موت مقتل قتل يموت مصرع"),
    ("اعلي", "ادني"),
    ("يسمح تسمح سماح", "يمنع تمنع منع حظر يحظر"),
    ("زياده يزيد تزيد ارتفاع يرتفع ترتفع صعود يصعد تصعد مكاسب", "نقص ينقص تنقص انخفاض ينخفض تنخفض هبوط يهبط تهبط خساير خسائر تراجع يتراجع تتراجع تراجعت"),
    ("تقدم يتقدم تتقدم", "تاخر يتاخر تتاخر تراجع يتراجع تتراجع"),
    ("ينفي تنفي نفي", "يؤكد تؤكد يوكد توكد تاكيد اكد"),
    ("سيطره سيطر يسيطر تسيطر سيطرت استعاد يستعيد تستعيد استعادت استعاده", "فقد يفقد تفقد فقدت فقدان"),
]


def _antonym_index() -> dict[str, frozenset[tuple[int, int]]]:
    """Word (and its light stem) → every (pair, side) it stands on: a word may belong to several
    pairs (رفض is the opposite of قبول and of دعم). A key on both sides of one pair is dropped
    from that pair: it would make a word the opposite of itself."""
    out: dict[str, set[tuple[int, int]]] = {}
    for i, pair in enumerate(_ANTONYM_WORDS):
        for side, words in enumerate(pair):
            for w in words.split():
                w = normalize(w)
                for key in (w, light_stem(w)):
                    out.setdefault(key, set()).add((i, side))
    return {k: frozenset(e for e in v if (e[0], 1 - e[1]) not in v) for k, v in out.items()}


_ANTONYM_OF = _antonym_index()


@lru_cache(maxsize=65536)
def _antonym_side(t: str) -> frozenset[tuple[int, int]]:
    for k in (t, _strip_proclitic(t), light_stem(t)):
        if _ANTONYM_OF.get(k):
            return _ANTONYM_OF[k]
    return frozenset()


def _antonym_pairs(words_a: list[str], words_b: list[str]) -> list[tuple[str, str]]:
    """Pairs (word of a, word of b) that the lexicon calls opposite."""
    sa = [(x, _antonym_side(x)) for x in words_a]
    sb = [(y, {(i, 1 - side) for i, side in _antonym_side(y)}) for y in words_b]
    return [(x, y) for x, px in sa if px for y, opp in sb if px & opp]


_SKEL_PRE = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "س")
_SKEL_VERB = ("است", "ي", "ت", "ن", "ا", "م")
_SKEL_SUF = ("يين", "يون", "ات", "ون", "ين", "ان", "ها", "هم", "وا", "يه", "ه", "ت", "ي")


@lru_cache(maxsize=65536)
def skeleton(t: str) -> str:
    """A rough root: clitics and one verbal/nominal affix off, long vowels out
    ("تدين"/"ادانت" → "دن", "يصعد"/"صعود" → "صعد", "حرب"/"بحروب" → "حرب")."""
    for p in _SKEL_PRE:
        if t.startswith(p) and len(t) - len(p) >= 3:
            t = t[len(p):]
            break
    for p in _SKEL_VERB:
        if t.startswith(p) and len(t) - len(p) >= 3:
            t = t[len(p):]
            break
    for x in _SKEL_SUF:
        if t.endswith(x) and len(t) - len(x) >= 3:
            t = t[:-len(x)]
            break
    core = t[0] + "".join(c for c in t[1:] if c not in "اوي")
    return core if len(core) >= 2 else t


# Named entities a headline may swap: countries (and their adjectives), capitals, leaders, currencies.
_ENTITY_GROUPS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "egypt": (("مصر", "القاهره"), "مصري"), "syria": (("سوريا", "سوريه", "دمشق"), "سوري"),
    "iraq": (("العراق", "بغداد"), "عراقي"), "lebanon": (("لبنان", "بيروت"), "لبناني"),
    "jordan": (("الاردن", "عمان"), "اردني"), "palestine": (("فلسطين", "غزه", "رام الله"), "فلسطيني"),
    "israel": (("اسرائيل", "تل ابيب"), "اسرائيلي"), "saudi": (("السعوديه", "الرياض", "المملكه"), "سعودي"),
    "uae": (("الامارات", "ابوظبي", "دبي"), "اماراتي"), "qatar": (("قطر", "الدوحه"), "قطري"),
    "kuwait": (("الكويت",), "كويتي"), "bahrain": (("البحرين", "المنامه"), "بحريني"),
    "oman": (("سلطنه",), "عماني"), "yemen": (("اليمن", "صنعاء", "صنعا", "عدن", "الحديده"), "يمني"),
    "libya": (("ليبيا", "طرابلس", "بنغازي"), "ليبي"), "tunisia": (("تونس",), "تونسي"),
    "algeria": (("الجزاير",), "جزايري"), "morocco": (("المغرب", "الرباط"), "مغربي"),
    "sudan": (("السودان", "الخرطوم"), "سوداني"), "turkey": (("تركيا", "انقره", "اسطنبول"), "تركي"),
    "iran": (("ايران", "طهران"), "ايراني"), "usa": (("امريكا", "اميركا", "واشنطن", "الولايات المتحده"), "امريكي"),
    "usa2": ((), "اميركي"), "russia": (("روسيا", "موسكو"), "روسي"), "china": (("الصين", "بكين"), "صيني"),
    "japan": (("اليابان", "طوكيو"), "ياباني"), "india": (("الهند",), "هندي"),
    "pakistan": (("باكستان",), "باكستاني"), "afghanistan": (("افغانستان", "كابول"), "افغاني"),
    "uk": (("بريطانيا", "لندن"), "بريطاني"), "france": (("فرنسا", "باريس"), "فرنسي"),
    "germany": (("المانيا", "برلين"), "الماني"), "italy": (("ايطاليا", "روما"), "ايطالي"),
    "spain": (("اسبانيا", "مدريد"), "اسباني"), "greece": (("اليونان",), "يوناني"),
    "europe": (("اوروبا",), "اوروبي"), "korea": (("كوريا",), "كوري"), "ethiopia": (("اثيوبيا",), "اثيوبي"),
    "brazil": (("البرازيل",), "برازيلي"), "canada": (("كندا",), "كندي"), "somalia": (("الصومال",), "صومالي"),
    "venezuela": (("فنزويلا",), "فنزويلي"), "nigeria": (("نيجيريا",), "نيجيري"), "kurds": ((), "كردي"),
    "trump": (("ترامب",), None), "putin": (("بوتين",), None), "erdogan": (("اردوغان",), None),
    "assad": (("الاسد",), None), "macron": (("ماكرون",), None), "merkel": (("ميركل",), None),
    "netanyahu": (("نتنياهو",), None), "rouhani": (("روحاني",), None), "sisi": (("السيسي",), None),
    "khamenei": (("خامنيي",), None), "may": (("ماي",), None), "kim": (("كيم",), None),
    "dollar": (("الدولار",), None), "euro": (("اليورو",), None), "lira": (("الليره",), None),
    "pound": (("الجنيه", "الاسترليني"), None), "riyal": (("الريال",), None), "gold": (("الذهب",), None),
    "oil": (("النفط", "الخام"), None), "bitcoin": (("بيتكوين",), None), "yuan": (("اليوان",), None),
    "yen": (("الين",), None), "rouble": (("الروبل",), None), "dinar": (("الدينار",), None),
    "isis": (("داعش",), None), "hezbollah": (("حزب الله",), None), "hamas": (("حماس",), None),
    "houthis": (("الحوثيين", "الحوثي", "الحوثيون"), None), "nato": (("الناتو",), None),
}
_PROCLITICS = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف")


def _entity_index() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    single: dict[str, str] = {}
    double: dict[tuple[str, str], str] = {}
    for key, (names, adj) in _ENTITY_GROUPS.items():
        key = key.rstrip("2")
        if adj:  # a country: its names (not its adjective) say where a claim is
            for n in names:
                n = normalize(n)
                if " " not in n:
                    _COUNTRY_NAME[n] = key
                    _COUNTRY_NAME[n[2:] if n.startswith("ال") else "ال" + n] = key
        forms = list(names)
        if adj:
            forms += [adj + s for s in ("", "ه", "ين", "ون", "يه", "يين", "يون")]
        for f in forms:
            f = normalize(f)
            if " " in f:
                x, y = f.split(" ", 1)
                double[(x, y)] = key
                continue
            single[f] = key
            if f.startswith("ال") and len(f) > 4:
                single[f[2:]] = key
            elif not f.startswith("ال"):
                single["ال" + f] = key
    return single, double


_COUNTRY_NAME: dict[str, str] = {}
_ENT_SINGLE, _ENT_DOUBLE = _entity_index()


@lru_cache(maxsize=65536)
def _strip_proclitic(t: str) -> str:
    for p in _PROCLITICS:
        if t.startswith(p) and len(t) - len(p) >= 3:
            return t[len(p):]
    return t


# Used by the sentence rail (kg.relate.rails); here because ClaimFacts caches its matches.
# Denial and ruling-out verbs, and the perfect/future negators: in a sentence-length pair, the
# evidence of a contradiction that survives rewording by another outlet.
_SENTENCE_DENIAL = re.compile(r"(?<!\w)(?:نفي|نفت|نفوا|ينفي|تنفي|ينفون|نافي|نافيه|نافيا|شكك|شككت|يشكك|تشكك|"
                              r"استبعد|استبعدت|استبعدوا|يستبعد|تستبعد|كذب|كذبت|يكذب|غير صحيح|غير صحيحه|"
                              r"لا صحه|ليس صحيحا|عار عن الصحه|عاريه عن الصحه|عاري عن الصحه|لم|لن)(?!\w)")
