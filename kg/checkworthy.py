"""Check-worthiness of a claim: a score in [0, 1] that ranks checkable factual statements
(numbers, named sources and places, events, dates) above greetings, thanks, jokes, opinions and
vague calls. Transparent additive evidence, not a trained model: every weight is a rule below, and
`explain` says which fired.
"""

from __future__ import annotations

import re

from .places import places_in
from .text import normalize

BASE = 0.35

# Events a fact-checker can verify: violence, control, movement, decisions, aid, counts.
_EVENT_STEMS = (
    "قتل", "مقتل", "قتلي", "قتيل", "جرحي", "جريح", "اصيب", "اصابه", "سيطر", "دخل", "دخول", "انسحب", "استعاد",
    "غاره", "غارات", "قصف", "هجوم", "هجمات", "هاجم", "اشتباك", "معارك", "معركه", "انفجار", "انفجر", "تفجير",
    "فجر", "اعتقل", "اعتقال", "اختطف", "ضربات", "ضربه", "استهدف", "تدمير", "دمر", "سقوط", "سقط", "حصار",
    "لاجي", "نازح", "اعدام", "احكام", "حكم", "اتفاق", "هدنه", "وقف اطلاق", "مفاوضات", "اجتماع", "زار", "التقي",
    "ارسل", "تسليم", "مساعدات", "دولار", "عائله", "مخيم", "حالات", "حاله", "مدنيين", "المدنيين", "مسلحين",
    "مقاتل", "عناصر", "قوات", "وحدات", "طائرات", "صواريخ", "اسلحه", "تفخيخ", "يفخخ", "خروج", "فر", "منع",
    "اغلق", "افتتح", "اطلق", "نفذ", "شن", "تقدم", "تراجع", "ارتفع", "انخفض", "بلغ", "وصل", "توزيع", "تستهدف",
    "يعتقل", "يملك", "ناقش", "الغي", "قرار", "حظر", "مصادره", "تمويل", "دعم", "تجمعات", "مستمره", "تدور",
)
_EVENT_RE = re.compile(r"(?<![\w])(?:[وفبل]|ال|وال|بال|لل)?(?:" + "|".join(map(re.escape, _EVENT_STEMS)) + r")\w{0,4}")
_NUMBER_RE = re.compile(r"[0-9٠-٩]|(?<![\w])(?:[وب]?(?:الف|الاف|مليون|ملايين|مليار|عشرات|مئات|الاف|ثلاث|اربع|خمس|ست|سبع|"
                        r"ثمان|تسع|عشر|اثن|مئه|نصف|ربع|ثلث)\w{0,3})(?![\w])")
_DATE_RE = re.compile(r"(?<![\w])(?:امس|اليوم|غدا|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|يناير|فبراير|"
                      r"مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|"
                      r"ايار|حزيران|تموز|اب|ايلول|تشرين)(?![\w])")
# Social speech acts and banter: nothing to check.
_SOCIAL_RE = re.compile(r"(?:عيد ميلاد|اعياد الميلاد|بعيد ميلاده|هنا|تهنئه|يهني|الشكر|شكر|ممتن|مبروك|مازح|ممازح|"
                        r"الحكمه|احترام الاكبر|الاكبر منه|الاكبر منك|سنا(?![\w])|ترحيب|يسعدني|سعيد|تمنيات|تحيات|"
                        r"اتمني|نتمني)")
# Second person / first person singular: conversation, not report.
_PERSONAL_RE = re.compile(r"(?<![\w])(?:انك|منك|بك|لك|عليك|انت|يمكنني|انني|اني|لي|اللحاق)(?![\w])")
# Opinions, wishes, calls and praise.
_OPINION_RE = re.compile(r"(?<![\w])(?:يجب|ينبغي|لا بد|لابد|ضروره|اهميه|ندعو|نامل|يامل|تامل|نرفض|ندين|يدين|تدين|"
                         r"تطلعات|مشاعر|الانسانيه|الصادقه|الكريم|الدايم|نامل|متميزه|افضل|نثمن|يثمن|تثمين)(?![\w])")
NUMBER_RE, DATE_RE = _NUMBER_RE, _DATE_RE  # read by kg.attribution.narration's gate
_CONDITIONAL_RE = re.compile(r"(?<![\w])(?:اذا كان|اذا كانت|لو|طالما)(?![\w])")


def features(text: str, registry=None) -> dict[str, float]:
    """The evidence and its weight, by name."""
    n = normalize(text)
    words = n.split()
    f: dict[str, float] = {}
    if _NUMBER_RE.search(n):
        f["number"] = 0.2
    events = len(_EVENT_RE.findall(n))
    if events:
        f["event"] = 0.2 + 0.05 * min(events - 1, 2)
    if places_in(text):
        f["place"] = 0.1
    if registry is not None and registry.mentions(text):
        f["named-source"] = 0.1
    if _DATE_RE.search(n):
        f["date"] = 0.05
    if len(words) >= 6:
        f["length"] = 0.1
    elif len(words) <= 3:
        f["short"] = -0.15
    if _SOCIAL_RE.search(n):
        f["social"] = -0.35
    if _PERSONAL_RE.search(n):
        f["personal"] = -0.15
    if _OPINION_RE.search(n):
        f["opinion"] = -0.15
    if _CONDITIONAL_RE.search(n):
        f["conditional"] = -0.1
    return f


def score_text(text: str, registry=None) -> float:
    return round(min(1.0, max(0.0, BASE + sum(features(text, registry).values()))), 3)


def checkworthiness(claim, registry=None) -> float:
    """Score of a kg.model.Claim (its quote; a hedged claim is slightly less checkable as stated)."""
    s = BASE + sum(features(claim.quote, registry).values())
    if getattr(claim, "hedged", False):
        s -= 0.05
    return round(min(1.0, max(0.0, s)), 3)


def explain(text: str, registry=None) -> str:
    f = features(text, registry)
    return ", ".join(f"{k} {v:+.2f}" for k, v in f.items()) or "no evidence either way"
