"""Relations between two claims: contradicts / supports / unrelated, with a confidence and a reason.

Two layers, one contract (`relate`, `compare` → `Relation(relation, confidence, why, method)`):

1. A structured comparison of the two claims (`facts` → `ClaimFacts`): event classes,
   negation scope and denials, antonymous events, "over vs. still going on", places,
   numbers, named entities (countries, capitals, leaders, currencies), directional
   predicates (rise/fall), reversal predicates (reject, postpone, fail), and the
   overlap of light-stemmed words after Arabic normalization. `rule_compare` is the
   first, rule-only verdict over it (method `rules-v1`).
2. A learned classifier (`models/relate-model.joblib`, trained by
   `python -m training.train_relate` on ANS stance-train (also with each second headline buried in
   a longer sentence) plus ArbTEDS train (headline against article sentence, the claim/sentence
   shape), tuned on ANS stance-dev): logistic
   regression over those facts as features, plus character n-grams of the words that
   differ between the two texts and learned pairs of substituted stems (word-vector
   features are wired in but did not help on dev, so none ship). Its probabilities are
   temperature-calibrated on dev. The explanation names the present evidence that pushed
   the model most toward its verdict.

Guard rails (`guard_rail`): claims about different places are unrelated; the rules'
contradiction stands; the rules' corroboration stands unless the model sees an explicit
contradiction signal; claims about different events neither contradict nor support.
Across a graph (`predict(..., graph=True)`, used at ingest) the model's verdicts also need
what a headline pair takes for granted, one story: no different countries or names, and a
contradiction needs a polarity, antonym or aspect conflict on a shared event (`graph_rail`).
Between a claim and an article sentence (`sentence_rail`, pairwise `relate` only: the longer text over 20
words), a contradiction needs a denial verb or negator on one side only about rare shared words, since
another outlet's wording is not a contradiction (measured on tests/gold/relations*).
Candidate pairs across a graph come from blocking (`candidate_pairs`), never all pairs.
"""

from __future__ import annotations

import math
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

from .model import Relation
from .places import places_in
from .text import light_stem, normalize, tokens

RULES_METHOD = "rules-v1"
MODEL_VERSION = "logreg-v1"
METHOD = f"ans-{MODEL_VERSION}"  # the method written into the graph for learned relations
MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "relate-model.joblib"
VECTORS_PATH = Path(__file__).resolve().parent.parent / "models" / "relate-vectors.npz"
DF_PATH = Path(__file__).resolve().parent.parent / "models" / "word-df.json.gz"
TRAIN_COMMAND = "python -m training.train_relate"
LABELS = ("contradicts", "supports", "unrelated")
# gold labels accepted by `sanad eval relate`: ours, and ANS's stance names
GOLD_ALIASES = {"contradicts": "contradicts", "supports": "supports", "unrelated": "unrelated",
                "disagree": "contradicts", "agree": "supports", "other": "unrelated"}

# ---------------------------------------------------------------------------------------------
# Lexicons (normalized forms, see kg.text.normalize)

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


def _lcs(x: list[str], y: list[str]) -> int:
    """Length of the longest common subsequence (word order kept)."""
    if not x or not y:
        return 0
    prev = [0] * (len(y) + 1)
    for xi in x:
        cur = [0]
        for j, yj in enumerate(y):
            cur.append(prev[j] + 1 if xi == yj else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


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


def _dice(x: str, y: str) -> float:
    gx = {x[i:i + 2] for i in range(len(x) - 1)}
    gy = {y[i:i + 2] for i in range(len(y) - 1)}
    return 2 * len(gx & gy) / (len(gx) + len(gy)) if gx and gy else float(x == y)


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


def _countries(toks: list[str]) -> frozenset[str]:
    return frozenset(_COUNTRY_NAME[c] for t in toks for c in (t, _strip_proclitic(t)) if c in _COUNTRY_NAME)


@lru_cache(maxsize=65536)
def _strip_proclitic(t: str) -> str:
    for p in _PROCLITICS:
        if t.startswith(p) and len(t) - len(p) >= 3:
            return t[len(p):]
    return t


def _entities(toks: list[str]) -> frozenset[str]:
    found = set()
    for i, t in enumerate(toks):
        for cand in (t, _strip_proclitic(t), _strip_proclitic(t)[:-1] if t.endswith("ا") else ""):
            if cand in _ENT_SINGLE:
                found.add(_ENT_SINGLE[cand])
                break
        if i + 1 < len(toks):
            k = (_strip_proclitic(t), toks[i + 1])
            if k in _ENT_DOUBLE or (t, toks[i + 1]) in _ENT_DOUBLE:
                found.add(_ENT_DOUBLE.get(k) or _ENT_DOUBLE[(t, toks[i + 1])])
    return frozenset(found)


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _numbers(norm: str) -> frozenset[str]:
    s = norm.translate(_DIGITS).replace("٬", "").replace(",", "")
    return frozenset(n.rstrip("0").rstrip(".") if "." in n else n.lstrip("0") or "0" for n in _NUMBER.findall(s))


# ---------------------------------------------------------------------------------------------
# One claim's facts


@dataclass
class ClaimFacts:
    text: str
    negated: bool
    events: set[str]
    stems: set[str]  # content stems (no stop words, no event stems): the rules' overlap
    ended: bool
    ongoing: bool
    places: frozenset[str] = frozenset()
    toks: list[str] = field(default_factory=list)  # normalized tokens
    stem_of: dict[str, str] = field(default_factory=dict)  # token → light stem (non-stop tokens)
    numbers: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()  # countries named (not by adjective): where the claim is

    @cached_property
    def all_stems(self) -> frozenset[str]:
        return frozenset(self.stem_of.values())

    @cached_property
    def grams(self) -> frozenset[str]:
        s = " " + " ".join(self.toks) + " "
        return frozenset(s[i:i + 3] for i in range(len(s) - 2))

    @cached_property
    def sentence_denials(self) -> list[str]:
        """Denial verbs and negators that the sentence rail reads (`_SENTENCE_DENIAL`), in text order."""
        return [m.group(0) for m in _SENTENCE_DENIAL.finditer(" ".join(self.toks))]

    @cached_property
    def negators(self) -> frozenset[str]:
        return frozenset(t for t in self.toks if t in _NEGATORS or _strip_proclitic(t) in _NEGATORS)


def facts(text: str, polarity: str | None = None, places: list[str] | None = None) -> ClaimFacts:
    """`places`: where the claim is about when known from its context (kg.attribution);
    by default, the places its own words name."""
    norm = normalize(text)
    toks = tokens(text)
    stems = {light_stem(t) for t in toks}
    # "تحت سيطرة X" describes who holds a place, not an event of taking it
    norm_for_events = re.sub(r"تحت سيطره|الخاضع(?:ه)? لسيطره", " ", norm)
    event_stems = {light_stem(t) for t in norm_for_events.split()}
    stems = {s for s in stems if s not in _STOP and len(s) > 1}
    events = {_EVENT_OF[s] for s in event_stems if s in _EVENT_OF}
    negated = polarity == "denied" or bool(_DENIAL.search(norm)) or any(
        t in _PARTICLES and toks[i + 1:i + 2] != [] and toks[i + 1] not in _NOT_NEGATING
        and any(light_stem(u) in _EVENT_OF for u in toks[i + 1:i + 1 + _SCOPE])
        for i, t in enumerate(toks))
    content = {s for s in stems if s not in _EVENT_OF}
    stem_of = {t: light_stem(t) for t in toks if t not in _STOP and len(t) > 1}
    return ClaimFacts(text=text, negated=negated, events=events, stems=content,
                      ended=any(e in norm for e in _ENDED), ongoing=any(o in norm for o in _ONGOING),
                      places=frozenset(places_in(text) if places is None else places),
                      toks=toks, stem_of=stem_of, numbers=_numbers(norm), entities=_entities(toks),
                      countries=_countries(toks))


def places_differ(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both claims say where they are about, and no place is shared."""
    return bool(a.places and b.places and not a.places & b.places)


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


# ---------------------------------------------------------------------------------------------
# The rule verdict (rules-v1): a component, a feature of the model, and the source of guard rails


def rule_compare(a: ClaimFacts, b: ClaimFacts) -> Relation:
    shared_events = a.events & b.events
    shared = sorted(a.stems & b.stems)
    ov = _overlap(a.stems, b.stems)
    words = "، ".join(shared[:5])
    if places_differ(a, b):
        return Relation("unrelated", 0.8, f"about different places ({', '.join(sorted(a.places))} vs "
                                          f"{', '.join(sorted(b.places))})", RULES_METHOD)
    if shared_events and a.negated != b.negated and ((ov >= 0.6 and len(shared) >= 2) or (ov >= 0.4 and len(shared) >= 3)):
        ev = ", ".join(sorted(shared_events))
        return Relation("contradicts", min(0.95, 0.6 + 0.35 * ov),
                        f"same event ({ev}: {words}), opposite polarity: one asserts it, the other denies it", RULES_METHOD)
    for x in a.events:
        for y in b.events:
            if frozenset((x, y)) in _ANTONYMS and ov >= 0.35 and len(shared) >= 3 and a.negated == b.negated:
                return Relation("contradicts", min(0.9, 0.55 + 0.3 * ov),
                                f"opposite events ({x} vs {y}) about the same thing ({words})", RULES_METHOD)
    place_shared = set(shared) & _PLACEISH
    if (a.ended and b.ongoing or a.ongoing and b.ended) and len(place_shared) >= 2:
        return Relation("contradicts", 0.55,
                        f"tension: one says the fighting is over, the other that it goes on, at the same place ({words})",
                        RULES_METHOD)
    if shared_events and a.negated == b.negated and (
            (ov >= 0.35 and len(shared) >= 3) or (ov >= 0.2 and len(place_shared) >= 2)):
        ev = ", ".join(sorted(shared_events))
        return Relation("supports", min(0.9, 0.5 + 0.4 * ov),
                        f"same event ({ev}) reported by both, same polarity, shared details ({words})", RULES_METHOD)
    return Relation("unrelated", round(max(0.5, 1.0 - ov), 3),
                    "no shared event with matching details" if not shared_events
                    else f"shared event but too little in common ({words or 'nothing else'})", RULES_METHOD)


# ---------------------------------------------------------------------------------------------
# Pair features for the learned model

DENSE = (
    "rule_contradicts", "rule_supports", "rule_conf",
    "neg_mismatch", "both_negated", "negator_diff", "shared_event", "antonym_events", "aspect_conflict",
    "direction_conflict", "reversal_one_side", "places_differ", "places_shared",
    "overlap", "overlap_all", "jaccard", "char_jaccard", "shared_n", "diff_n", "diff_min", "diff_max", "len_ratio",
    "num_both", "num_match", "num_mismatch", "num_one_side",
    "ent_shared", "ent_mismatch", "ent_one_side", "ent_mismatch_x_overlap",
    "neg_mismatch_x_overlap", "antonym_x_overlap", "direction_x_overlap",
    "antonym_lex", "antonym_lex_x_overlap", "eff_diff_min", "eff_diff_max", "one_swap", "one_side_only", "swap_dice", "lcs_ratio", "order_kept", "root_matches",
    "len_a", "len_b", "cover_a", "cover_b",
    "vec_cos", "vec_align", "vec_sub_max", "vec_diff_cos", "vec_sub_x_overlap",
)


@dataclass
class PairFeatures:
    dense: list[float]
    diff_text: str  # the words that differ, both sides ("a-only … | b-only …")
    swaps: str  # learned substitution features: "stemA|stemB" for each differing stem pair
    ev: dict[str, Any]  # evidence for the explanation


class _Vectors:
    """Word vectors (models/relate-vectors.npz: `words`, unit-length float16 `vectors`)."""

    def __init__(self, path: Path):
        import numpy as np

        data = np.load(path)
        self.index = {w: i for i, w in enumerate(data["words"].tolist())}
        self.vectors = data["vectors"].astype(np.float32)
        self.dim = self.vectors.shape[1]

    def lookup(self, toks: Iterable[str]):
        import numpy as np

        rows, words = [], []
        for t in toks:
            i = self.index.get(t)
            if i is None:
                i = self.index.get(_strip_proclitic(t))
            if i is not None:
                rows.append(i)
                words.append(t)
        return words, (self.vectors[rows] if rows else np.zeros((0, self.dim), np.float32))


def _unit_mean(m):
    import numpy as np

    if len(m) == 0:
        return None
    v = m.mean(axis=0)
    n = float(np.linalg.norm(v))
    return v / n if n else None


def pair_features(a: ClaimFacts, b: ClaimFacts, vectors: _Vectors | None = None) -> PairFeatures:
    rule = rule_compare(a, b)
    sa, sb = a.all_stems, b.all_stems
    only_a, only_b = sa - sb, sb - sa
    shared = sa & sb
    ov = _overlap(a.stems, b.stems)
    ov_all = _overlap(set(sa), set(sb))
    jac = len(shared) / len(sa | sb) if sa | sb else 0.0
    cj = len(a.grams & b.grams) / len(a.grams | b.grams) if a.grams | b.grams else 0.0
    words_a = [t for t, s in a.stem_of.items() if s in only_a]
    words_b = [t for t, s in b.stem_of.items() if s in only_b]
    # spelling and clitic variants ("عسيري"/"عسيرى", "تتمسك"/"وتمسك") are not real differences
    # and neither are forms of one root ("تدين"/"ادانت", "يصعد"/"صعود")
    eff_a, matched_b = [], set()
    best_dice = 0.0
    n_root = 0
    for x in words_a:
        m = max(((_dice(x, y), y) for y in words_b if y not in matched_b), default=(0.0, None))
        if m[0] >= 0.6 and min(len(x), len(m[1])) >= 3:
            matched_b.add(m[1])
            continue
        sx = skeleton(x)
        r = next((y for y in words_b if y not in matched_b and len(sx) >= 2 and skeleton(y) == sx), None)
        if r is not None:
            matched_b.add(r)
            n_root += 1
        else:
            eff_a.append(x)
    eff_b = [y for y in words_b if y not in matched_b]
    if len(eff_a) == 1 and len(eff_b) == 1:
        best_dice = _dice(eff_a[0], eff_b[0])
    lex = _antonym_pairs(words_a, words_b)
    # word order: an edited headline keeps it, a paraphrase often reorders
    seq_a = [a.stem_of[t] for t in a.toks if t in a.stem_of]
    seq_b = [b.stem_of[t] for t in b.toks if t in b.stem_of]
    lcs = _lcs(seq_a, seq_b)
    neg_mismatch = a.negated != b.negated
    negator_diff = bool(a.negators) != bool(b.negators)
    antonym = [(x, y) for x in a.events for y in b.events if frozenset((x, y)) in _ANTONYMS]
    aspect = (a.ended and b.ongoing) or (a.ongoing and b.ended)
    up_a, up_b = only_a & _UP, only_b & _UP
    dn_a, dn_b = only_a & _DOWN, only_b & _DOWN
    direction = bool((up_a and dn_b and not up_b) or (dn_a and up_b and not dn_b))
    rev_a, rev_b = only_a & _REVERSALS, only_b & _REVERSALS
    reversal = bool(rev_a) != bool(rev_b)
    differ = places_differ(a, b)
    na, nb = a.numbers, b.numbers
    ea, eb = a.entities, b.entities
    ent_mismatch = bool(ea - eb and eb - ea)
    ent_one = bool(ea ^ eb) and not ent_mismatch
    vec = [0.0] * 5
    sub_pair = None
    if vectors is not None:
        wa, ma = vectors.lookup(a.stem_of)
        wb, mb = vectors.lookup(b.stem_of)
        ua, ub = _unit_mean(ma), _unit_mean(mb)
        if ua is not None and ub is not None:
            sims = ma @ mb.T
            vec[0] = float(ua @ ub)
            vec[1] = float((sims.max(axis=1).mean() + sims.max(axis=0).mean()) / 2)
            ia = [i for i, w in enumerate(wa) if a.stem_of[w] in only_a]
            ib = [j for j, w in enumerate(wb) if b.stem_of[w] in only_b]
            if ia and ib:
                sub = sims[ia][:, ib]
                k = int(sub.argmax())
                vec[2] = float(sub.max())
                sub_pair = (wa[ia[k // len(ib)]], wb[ib[k % len(ib)]])
                da, db = _unit_mean(ma[ia]), _unit_mean(mb[ib])
                vec[3] = float(da @ db) if da is not None and db is not None else 0.0
            vec[4] = vec[2] * ov_all
    dense = [
        rule.relation == "contradicts", rule.relation == "supports", rule.confidence,
        neg_mismatch, a.negated and b.negated, negator_diff, bool(a.events & b.events), bool(antonym), aspect,
        direction, reversal, differ, bool(a.places & b.places),
        ov, ov_all, jac, cj, math.log1p(len(shared)), math.log1p(len(only_a) + len(only_b)),
        math.log1p(min(len(only_a), len(only_b))), math.log1p(max(len(only_a), len(only_b))),
        min(len(sa), len(sb)) / max(len(sa), len(sb), 1),
        bool(na and nb), bool(na and nb and na == nb), bool(na and nb and na != nb), bool(na) != bool(nb),
        bool(ea & eb), ent_mismatch, ent_one, ent_mismatch * ov_all ** 2,
        neg_mismatch * ov_all, bool(antonym) * ov_all, direction * ov_all,
        bool(lex), bool(lex) * ov_all, math.log1p(min(len(eff_a), len(eff_b))), math.log1p(max(len(eff_a), len(eff_b))),
        len(eff_a) == 1 and len(eff_b) == 1, (not eff_a) != (not eff_b), best_dice,
        lcs / max(min(len(seq_a), len(seq_b)), 1), lcs / len(shared) if shared else 0.0, math.log1p(n_root),
        # lengths and one-sided coverage: a claim against a long article sentence is covered by it
        # without covering it, unlike a headline and its rewrite
        math.log1p(len(sa)), math.log1p(len(sb)), len(shared) / max(len(sa), 1), len(shared) / max(len(sb), 1),
        *vec,
    ]
    stems_a = sorted({a.stem_of[w] for w in words_a})[:12]
    stems_b = sorted({b.stem_of[w] for w in words_b})[:12]
    swaps = " ".join("|".join(sorted((x, y))) for x in stems_a for y in stems_b)
    ev = {"rule": rule, "shared": sorted(shared & (a.stems | b.stems)), "only_a": words_a, "only_b": words_b,
          "events": sorted(a.events & b.events), "antonym": antonym, "up_down": (up_a | dn_a, up_b | dn_b),
          "rev": (rev_a, rev_b), "numbers": (sorted(na), sorted(nb)), "entities": (sorted(ea - eb), sorted(eb - ea)),
          "places": (sorted(a.places), sorted(b.places)), "negated": (a.negated, b.negated),
          "negators": (sorted(a.negators), sorted(b.negators)), "overlap": ov_all, "sub_pair": sub_pair,
          "vec_cos": vec[0], "lex": lex, "eff": (eff_a, eff_b), "event_sets": (a.events, b.events),
          "countries": (a.countries, b.countries)}
    return PairFeatures([float(x) for x in dense], " ".join(eff_a) + " | " + " ".join(eff_b), swaps, ev)


# ---------------------------------------------------------------------------------------------
# The explanation: one English line naming the evidence


def _w(xs, n=4) -> str:
    """The first n words, joined; a set's in sorted order (its own order follows string hashing,
    which changes from one process to the next)."""
    return "، ".join((sorted(xs) if isinstance(xs, (set, frozenset)) else list(xs))[:n])


# Evidence each verdict may be explained by (a feature that pushed toward a verdict it cannot
# explain in words, e.g. "no negation" toward unrelated, is left out of the sentence).
_CONTRA_EVIDENCE = ("neg_mismatch", "neg_mismatch_x_overlap", "negator_diff", "antonym_events", "antonym_x_overlap",
                    "aspect_conflict", "direction_conflict", "direction_x_overlap", "reversal_one_side",
                    "num_mismatch", "antonym_lex", "antonym_lex_x_overlap")
_ALLOWED = {
    "contradicts": set(_CONTRA_EVIDENCE) | {"ent_mismatch", "ent_mismatch_x_overlap", "one_swap", "swap_dice",
                                            "vec_sub_max", "vec_sub_x_overlap", "rule_contradicts", "__text__",
                                            "one_side_only"},
    "supports": {"overlap", "overlap_all", "jaccard", "char_jaccard", "shared_n", "num_match", "rule_supports",
                 "root_matches", "lcs_ratio", "order_kept", "vec_cos", "vec_align", "both_negated", "ent_shared",
                 "shared_event", "__text__"},
    "unrelated": {"places_differ", "overlap", "overlap_all", "jaccard", "char_jaccard", "shared_n", "diff_n",
                  "diff_max", "eff_diff_min", "eff_diff_max", "ent_mismatch", "ent_mismatch_x_overlap", "vec_cos",
                  "vec_align", "__text__"},
}


def _evidence_text(name: str, ev: dict[str, Any], label: str) -> str | None:
    oa, ob = ev["eff"]
    if name in ("neg_mismatch", "neg_mismatch_x_overlap"):
        what = f"same event ({', '.join(ev['events'])}: {_w(ev['shared'], 5)})" if ev["events"] else \
            f"same subject ({_w(ev['shared'], 5)})" if ev["shared"] else "the same claim"
        return f"{what}, opposite polarity: one asserts it, the other denies it"
    if name == "both_negated":
        return "both deny it"
    if name == "negator_diff":
        na, nb = ev["negators"]
        return f"a negation on one side only ({_w(na or nb)})"
    if name in ("antonym_events", "antonym_x_overlap") and ev["antonym"]:
        x, y = ev["antonym"][0]
        return f"opposite events ({x} vs {y}) about the same thing ({_w(ev['shared'])})"
    if name in ("antonym_lex", "antonym_lex_x_overlap") and ev["lex"]:
        x, y = ev["lex"][0]
        return f"opposite words ({x} vs {y})"
    if name == "aspect_conflict":
        return "one says it is over, the other that it goes on"
    if name in ("direction_conflict", "direction_x_overlap"):
        ua, ub = ev["up_down"]
        return f"opposite directions ({_w(ua, 2)} vs {_w(ub, 2)})"
    if name == "reversal_one_side":
        ra, rb = ev["rev"]
        return f"a refusal, denial or reversal on one side only ({_w(ra or rb, 2)})"
    if name == "places_differ":
        pa, pb = ev["places"]
        return f"about different places ({', '.join(pa)} vs {', '.join(pb)})"
    if name == "num_mismatch":
        na, nb = ev["numbers"]
        return f"numbers differ ({', '.join(na)} vs {', '.join(nb)})"
    if name == "num_match":
        return f"same numbers ({', '.join(ev['numbers'][0])})"
    if name in ("ent_mismatch", "ent_mismatch_x_overlap"):
        xa, xb = ev["entities"]
        return f"different names ({', '.join(xa)} vs {', '.join(xb)})"
    if name == "ent_shared":
        return None
    if name in ("one_swap", "swap_dice") and len(oa) == 1 and len(ob) == 1:
        return f"one word swapped ({oa[0]} vs {ob[0]})"
    if name == "one_side_only" and (oa or ob):
        return f"one side adds words ({_w(oa or ob, 3)})"
    if name in ("vec_sub_max", "vec_sub_x_overlap") and ev["sub_pair"]:
        x, y = ev["sub_pair"]
        return f"a word swapped for a related one ({x} vs {y})"
    if name == "root_matches":
        return "the same words in other forms"
    if name in ("lcs_ratio", "order_kept") and label == "supports":
        return f"the same wording ({_w(ev['shared'], 5)})" if ev["shared"] else None
    if name == "shared_event" and ev["events"]:
        return f"same event ({', '.join(ev['events'])})"
    if name in ("overlap", "overlap_all", "jaccard", "char_jaccard", "shared_n", "vec_cos", "vec_align"):
        if label == "unrelated":
            return f"little in common ({_w(ev['shared'], 3) or 'no shared word'}; {ev['overlap']:.0%} of the words)"
        if not ev["shared"]:
            return None
        return f"shared details ({_w(ev['shared'], 5)}; {ev['overlap']:.0%} of the words)"
    if name in ("diff_n", "diff_max", "eff_diff_min", "eff_diff_max"):
        return f"many words differ ({_w(oa, 3) or '—'} vs {_w(ob, 3) or '—'})" if oa or ob else None
    if name == "__text__":
        if not (oa or ob):
            return None
        return f"{'the words that differ' if label == 'contradicts' else 'wording that differs'} " \
               f"({_w(oa, 3) or '—'} vs {_w(ob, 3) or '—'})"
    if name in ("rule_contradicts", "rule_supports"):
        return ev["rule"].why if ev["rule"].relation == label else None
    return None


def explain(label: str, contributions: dict[str, float], ev: dict[str, Any], raw: dict[str, float] | None = None) -> str:
    """The evidence that pushed the model most toward `label`, in words, most influential first.
    Only evidence that is present and that can speak for this verdict counts."""
    allowed = _ALLOWED[label]
    order = sorted(((k, v) for k, v in contributions.items()
                    if v > 0 and k in allowed and (raw is None or k == "__text__" or raw.get(k))),
                   key=lambda kv: -kv[1])
    parts: list[str] = []
    for name, _ in order:
        text = _evidence_text(name, ev, label)
        if text and text not in parts:
            parts.append(text)
        if len(parts) == 3:
            break
    if label == "contradicts" and ev["negated"][0] != ev["negated"][1] and not any("opposite polarity" in p for p in parts):
        parts.insert(0, _evidence_text("neg_mismatch", ev, label))
    if not parts:
        parts.append(_evidence_text("__text__", ev, label) or {
            "contradicts": "the model's reading of the pair", "supports": "the same report in other words",
            "unrelated": "little in common"}[label])
    return "; ".join(parts[:3])


# ---------------------------------------------------------------------------------------------
# The learned model


class ModelMissing(RuntimeError):
    pass


class RelateModel:
    """The trained classifier (a dict of scikit-learn objects saved by training.train_relate)."""

    def __init__(self, bundle: dict[str, Any], vectors: _Vectors | None):
        self.b = bundle
        self.vectors = vectors
        self.labels: list[str] = list(bundle["labels"])
        self.temperature: float = float(bundle.get("temperature", 1.0))
        self.method: str = bundle.get("method", METHOD)

    @classmethod
    def load(cls, path: Path | str | None = None) -> "RelateModel":
        path = Path(path or os.environ.get("SANAD_RELATE_MODEL") or MODEL_PATH)
        if not path.exists():
            raise ModelMissing(f"relation model not found at {path}; train it with `{TRAIN_COMMAND}`")
        try:
            import joblib
        except ImportError as e:  # pragma: no cover
            raise ModelMissing(f"scikit-learn/joblib are needed to load {path}: pip install -e . ({e})")
        bundle = joblib.load(path)
        vectors = None
        if bundle.get("uses_vectors"):
            vpath = path.parent / bundle.get("vectors_file", VECTORS_PATH.name)
            if not vpath.exists():
                raise ModelMissing(f"word vectors not found at {vpath}; train them with "
                                   f"`python -m training.train_vectors`, then `{TRAIN_COMMAND}`")
            vectors = _Vectors(vpath)
        return cls(bundle, vectors)

    @cached_property
    def _push(self):
        """Each feature's push toward a class's logit, against the mean of the other classes."""
        coef = self.b["clf"].coef_  # (classes, features)
        return coef - (coef.sum(axis=0, keepdims=True) - coef) / (len(self.labels) - 1)

    def features(self, pairs: Sequence[tuple[ClaimFacts, ClaimFacts]]) -> list[PairFeatures]:
        return [pair_features(a, b, self.vectors) for a, b in pairs]

    def matrix(self, feats: list[PairFeatures]):
        import numpy as np
        from scipy.sparse import csr_matrix, hstack

        dense = np.array([f.dense for f in feats], dtype=np.float64).reshape(len(feats), len(DENSE))
        parts = [csr_matrix(self.b["scaler"].transform(dense))]
        parts.append(self.b["text"].transform([f.diff_text for f in feats]) * self.b.get("text_weight", 1.0))
        if self.b.get("swaps") is not None:
            parts.append(self.b["swaps"].transform([f.swaps for f in feats]) * self.b.get("swaps_weight", 1.0))
        return hstack(parts).tocsr(), dense

    def logits(self, X):
        return self.b["clf"].decision_function(X)

    def probabilities(self, X):
        import numpy as np

        z = self.logits(X) / self.temperature
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def predict(self, pairs: Sequence[tuple[ClaimFacts, ClaimFacts]], explain_all: bool = True,
                graph: bool = False) -> list[Relation]:
        """`graph`: the pairs come from blocking across a corpus, not from one story (see graph_rail)."""
        if not pairs:
            return []
        feats = self.features(pairs)
        X, _ = self.matrix(feats)
        P = self.probabilities(X)
        out = self.decide(feats, X, P, explain_all, graph)
        if graph:  # claims against claims: graph_rail already asks for a polarity conflict
            return out
        for i, (a, b) in enumerate(pairs):
            rail = sentence_rail(out[i], a, b, {c: float(P[i, j]) for j, c in enumerate(self.labels)})
            if rail is not None:
                out[i] = Relation(rail.relation, rail.confidence, rail.why, self.method)
        return out

    def decide(self, feats: list[PairFeatures], X, P, explain_all: bool = True, graph: bool = False) -> list[Relation]:
        """Verdicts from probabilities, within the rule guard rails, with their explanations."""
        out: list[Relation] = []
        rel = self._push
        nd = len(DENSE)
        for i, f in enumerate(feats):
            k = int(P[i].argmax())
            label = self.labels[k]
            guard = (country_rail(f, float(P[i, k])) or restatement_rail(label, f)) if graph else None
            if guard is None:
                guard = guard_rail(label, f, {c: float(P[i, j]) for j, c in enumerate(self.labels)})
            if guard is None and graph:
                guard = graph_rail(label, f, float(P[i, k]))
            if guard is not None:
                out.append(Relation(guard.relation, guard.confidence, guard.why, self.method))
                continue
            why = ""
            if explain_all or label != "unrelated":
                lo, hi = X.indptr[i], X.indptr[i + 1]
                idx, val = X.indices[lo:hi], X.data[lo:hi]
                push = rel[k, idx] * val
                dense_mask = idx < nd
                contrib = {DENSE[j]: float(c) for j, c in zip(idx[dense_mask], push[dense_mask])}
                contrib["__text__"] = float(push[~dense_mask].sum())
                why = explain(label, contrib, f.ev, dict(zip(DENSE, f.dense)))
            out.append(Relation(label, round(float(P[i, k]), 4), why, self.method))
        return out


def guard_rail(label: str, f: PairFeatures, probs: dict[str, float]) -> Relation | None:
    """Rule verdicts the model may not cross (the rules are the structured comparison built
    for news claims; the model learned from headline pairs that are all about one story):
    - claims about different places are unrelated;
    - the rules' contradiction (same event with opposite polarity, antonymous events, over vs.
      going on at the same place) stands;
    - the rules' corroboration stands unless the model sees explicit contradiction evidence
      (a negation, antonym, opposite direction, reversal or number mismatch on one side);
    - two claims about different events (each names one, they share none, and they are not
      antonyms like enter/withdraw) neither contradict nor support each other."""
    rule = f.ev["rule"]
    if rule.relation == "unrelated" and rule.why.startswith("about different places"):
        return Relation("unrelated", max(rule.confidence, probs["unrelated"]), rule.why)
    if rule.relation == label != "unrelated":
        return Relation(label, round(max(rule.confidence, probs[label]), 4), rule.why)
    if rule.relation == "contradicts":
        return Relation("contradicts", round(max(rule.confidence, probs["contradicts"]), 4), rule.why)
    dense = dict(zip(DENSE, f.dense))
    if rule.relation == "supports" and not any(dense[n] for n in _CONTRA_EVIDENCE):
        return Relation("supports", round(max(rule.confidence, probs["supports"]), 4), rule.why)
    ea, eb = f.ev["event_sets"]
    if label != "unrelated" and ea and eb and not ea & eb and not f.ev["antonym"]:
        return Relation("unrelated", round(max(0.5, probs["unrelated"]), 4),
                        f"different events ({', '.join(sorted(ea))} vs {', '.join(sorted(eb))})")
    return None


def country_rail(f: PairFeatures, p: float) -> Relation | None:
    """In the graph, claims that name different countries as where they happen (and no
    common one) are about different events, whatever else they share."""
    ca, cb = f.ev["countries"]
    if ca and cb and not ca & cb:
        return Relation("unrelated", 0.8, f"about different countries ({', '.join(sorted(ca))} vs {', '.join(sorted(cb))})")
    return None


RESTATEMENT_OVERLAP = 0.9
_GRAPH_CONTRA = ("neg_mismatch", "antonym_events", "aspect_conflict", "antonym_lex", "direction_conflict")


def restatement_rail(label: str, f: PairFeatures) -> Relation | None:
    """In the graph, a contradiction (by the model or the rules) between claims that share
    nearly every content word, neither denying it, is the same statement reported twice
    (seen on the corpus: one official quoted by two outlets, "fall vs rise" read into the
    words the second copy adds). It supports."""
    dense = dict(zip(DENSE, f.dense))
    if label != "unrelated" and dense["overlap"] >= RESTATEMENT_OVERLAP and not dense["neg_mismatch"] \
            and (label == "contradicts" or dense["rule_contradicts"]):
        return Relation("supports", 0.6, "the same statement restated (nearly all its words shared, same polarity)")
    return None


def graph_rail(label: str, f: PairFeatures, p: float) -> Relation | None:
    """Across a corpus, a candidate pair is not known to be about one story (ANS pairs are:
    a headline and its rewrite). There, a different country, name or number more often means
    a different event than a contradiction. So in the graph the model's contradiction also
    needs a polarity, antonym or aspect signal on a shared (or antonymous) event, and
    neither verdict may stand on claims naming different entities."""
    if label == "unrelated":
        return None
    dense = dict(zip(DENSE, f.dense))
    same_event = bool(f.ev["events"] or f.ev["antonym"])
    if dense["ent_mismatch"]:
        xa, xb = f.ev["entities"]
        return Relation("unrelated", round(1 - p, 4), f"about different names ({', '.join(xa)} vs {', '.join(xb)})")
    if label == "contradicts" and not (same_event and any(dense[n] for n in _GRAPH_CONTRA)):
        return Relation("unrelated", round(1 - p, 4),
                        "no polarity or antonym conflict on a shared event (a different detail is not a contradiction "
                        "between claims that may be about different events)")
    if label == "supports" and not same_event:
        return Relation("unrelated", round(1 - p, 4), "no shared event")
    return None


SENTENCE_WORDS = 20  # a headline rarely has more words, an article sentence usually does
SENTENCE_ANCHOR = 0.1  # share of the shorter text's rare-word weight that the other must share
SENTENCE_SUPPORT = 0.3  # without a denial, a model contradiction sharing this much is the same details
# Denial and ruling-out verbs, and the perfect/future negators: in a sentence-length pair, the
# evidence of a contradiction that survives rewording by another outlet.
_SENTENCE_DENIAL = re.compile(r"(?<!\w)(?:نفي|نفت|نفوا|ينفي|تنفي|ينفون|نافي|نافيه|نافيا|شكك|شككت|يشكك|تشكك|"
                              r"استبعد|استبعدت|استبعدوا|يستبعد|تستبعد|كذب|كذبت|يكذب|غير صحيح|غير صحيحه|"
                              r"لا صحه|ليس صحيحا|عار عن الصحه|عاريه عن الصحه|عاري عن الصحه|لم|لن)(?!\w)")


@lru_cache(maxsize=1)
def _df() -> tuple[int, dict[str, int]]:
    """Document frequencies of stems (training/build_df.py); without the file every stem weighs 1."""
    if not DF_PATH.exists():
        return 0, {}
    import gzip
    import json

    with gzip.open(DF_PATH, "rt", encoding="utf-8") as fh:
        d = json.load(fh)
    return int(d["documents"]), d["df"]


def _idf(stem: str) -> float:
    n, df = _df()
    return math.log((n + 1) / (df.get(stem, 0) + 1)) if n else 1.0


def anchor(a: ClaimFacts, b: ClaimFacts) -> float:
    """How much of the shorter text's rare-word weight (idf) the other shares, in [0, 1]."""
    sa, sb = a.all_stems, b.all_stems
    short = sa if len(sa) <= len(sb) else sb
    total = sum(_idf(x) for x in short)
    return sum(_idf(x) for x in sa & sb) / total if total else 0.0


def sentence_rail(rel: Relation, a: ClaimFacts, b: ClaimFacts, probs: dict[str, float]) -> Relation | None:
    """A claim against an article sentence (the longer text over SENTENCE_WORDS words) is not a
    headline against its rewrite, which is all the model learned from: there another outlet's
    sentence words the same event differently, and a different name, number or detail is mostly
    another detail, not a denial. So in that shape a contradiction is what a denial or negation on
    one side only says about rare words both share; a model contradiction without it becomes
    supports (most rare words shared) or unrelated. Measured on real claim/sentence pairs of the
    Syria corpus (tests/gold/relations; README › Relations)."""
    if max(len(a.toks), len(b.toks)) <= SENTENCE_WORDS or (rel.relation == "unrelated" and places_differ(a, b)):
        return None  # a headline pair, or the guard rail's verdict on claims about different places
    share = anchor(a, b)
    da, db = a.sentence_denials, b.sentence_denials
    shared = sorted(a.all_stems & b.all_stems, key=lambda x: (-_idf(x), x))[:4]  # rarest first, ties fixed
    if bool(da) != bool(db) and share >= SENTENCE_ANCHOR:
        return Relation("contradicts", round(max(probs["contradicts"], 0.5 + 0.3 * min(share, 1.0)), 4),
                        f"a denial or negation on one side only ({_w(da or db, 2)}) about details both share "
                        f"({_w(shared)}; {share:.0%} of the rarer words)")
    if rel.relation == "contradicts":
        label = "supports" if share >= SENTENCE_SUPPORT else "unrelated"
        return Relation(label, round(max(probs[label], 0.5), 4),
                        f"a claim against a longer sentence with no denial or negation on one side only: "
                        f"{'the same details' if label == 'supports' else 'another detail'} "
                        f"({_w(shared)}; {share:.0%} of the rarer words shared)")
    return None


CORROBORATION_DAYS = 7


def far_apart(date_a: str | None, date_b: str | None, days: int = CORROBORATION_DAYS) -> bool:
    """In the graph, two claims dated a week or more apart do not corroborate each other: on the
    corpus, such "supports" were the same kind of report about another day (a strike tally of
    21 July against one of 31 July). Read by hand in a sample of 50 stored corroborations, all 6
    pairs that far apart were wrong and none right (README › Measured)."""
    try:
        return abs((date.fromisoformat(str(date_a)[:10]) - date.fromisoformat(str(date_b)[:10])).days) >= days
    except ValueError:
        return False


_MODEL: RelateModel | None = None


def model() -> RelateModel:
    """The shipped model, loaded once (lazily: nothing is loaded until a relation is asked for)."""
    global _MODEL
    if _MODEL is None:
        _MODEL = RelateModel.load()
    return _MODEL


# ---------------------------------------------------------------------------------------------
# The contract


def compare(a: ClaimFacts, b: ClaimFacts) -> Relation:
    return model().predict([(a, b)])[0]


def compare_many(pairs: Sequence[tuple[ClaimFacts, ClaimFacts]], batch: int = 4096) -> list[Relation]:
    m = model()
    out: list[Relation] = []
    for i in range(0, len(pairs), batch):
        out += m.predict(pairs[i:i + batch])
    return out


def relate(a: str, b: str, polarity_a: str | None = None, polarity_b: str | None = None) -> Relation:
    return compare(facts(a, polarity_a), facts(b, polarity_b))


def relate_many(pairs: Sequence[tuple[str, str]]) -> list[Relation]:
    return compare_many([(facts(a), facts(b)) for a, b in pairs])


def scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Per-class precision / recall / F1 / support, macro-F1 over the three classes and over
    contradicts/supports (the two a fact-checker acts on), and accuracy."""
    out: dict[str, Any] = {"n": len(gold), "classes": {}}
    for c in LABELS:
        tp = sum(g == c and p == c for g, p in zip(gold, pred))
        fp = sum(g != c and p == c for g, p in zip(gold, pred))
        fn = sum(g == c and p != c for g, p in zip(gold, pred))
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        out["classes"][c] = {"precision": pr, "recall": rc, "f1": f1, "support": tp + fn, "predicted": tp + fp}
    present = [c for c in LABELS if out["classes"][c]["support"]]
    out["macro_f1"] = sum(out["classes"][c]["f1"] for c in present) / len(present) if present else 0.0
    out["macro_f1_cs"] = (out["classes"]["contradicts"]["f1"] + out["classes"]["supports"]["f1"]) / 2
    out["accuracy"] = sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0
    return out


def candidate_pairs(items: list[tuple[str, ClaimFacts]], max_block: int = 200, window: int = 20,
                    per_claim: int = 12, order: Sequence[Any] | None = None) -> Iterable[tuple[int, int]]:
    """Blocking: only claims that share an event class and a content stem (or, for claims
    about an event, a word that locates it) are compared, never all pairs.

    - Very common keys (blocks over `max_block` claims) make no pairs.
    - Rarer keys go first: a shared rare word says more than a shared common one.
    - Inside a block, claims are sorted by `order` (their dates, so this is a time window;
      by default their position) and each is compared with the next `window` ones.
    - Each claim takes part in at most `per_claim` pairs (its most specific ones).
    So the number of pairs is at most per_claim × claims / 2: linear in the claims.
    Pairs come out as (i, j) with i < j, each once, in a deterministic order."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (_, f) in enumerate(items):
        for ev in f.events:
            for s in f.stems:
                index[(ev, s)].append(i)
        # antonym and aspect checks need cross-event blocks: key them by content stem only
        if f.ended or f.ongoing or f.events:
            for s in f.stems & _PLACEISH:
                index[("*place*", s)].append(i)
    seen: set[tuple[int, int]] = set()
    used: dict[int, int] = defaultdict(int)
    blocks = sorted(((len(m), k) for k, m in index.items() if 2 <= len(m) <= max_block))
    for _, key in blocks:
        members = index[key]
        if order is not None and len(members) > 2:
            members = sorted(members, key=lambda i: (order[i] is None, order[i] or "", i))
        for x in range(len(members)):
            i = members[x]
            if used[i] >= per_claim:
                continue
            for y in range(x + 1, min(len(members), x + 1 + window)):
                j = members[y]
                pair = (i, j) if i < j else (j, i)
                if pair in seen or used[j] >= per_claim:
                    continue
                seen.add(pair)
                used[i] += 1
                used[j] += 1
                yield pair
                if used[i] >= per_claim:
                    break
