"""Whether two claims that share a story and a wording state one fact: what a stored corroboration needs
besides the model's or the encoder's agreement (kg.relate.rails.corroboration_rail).

Read on fresh news (tests/gold/graph-relations-sample-6: 12 of 38 stored independent supports wrong), a pair
that shares most of its words is still not one fact when:
- one side is a prayer or wish («يمن الله على المصابين بالشفاء العاجل»): it asserts nothing that a second source
  could confirm (`prayer`);
- the two fill one template with different specifics: an interior-ministry statement «بشأن تنفيذ حكم القتل …»
  about another execution, in another place, with other numbers, or on another day (`different_fact`).
Each test reads only the two texts (and their dates), never a pair's label."""

from __future__ import annotations

import re
from datetime import date, timedelta
from difflib import SequenceMatcher

from ..places import GAZETTEER, apart, places_in
from ..text import light_stem, normalize
from .claims import ClaimFacts, _numbers
from .lexicon import _STOP

# A claim that opens with one of these (after «أن»/«و») is a prayer to God for someone: the extraction keeps
# the wish of «… داعياً الله أن يتغمد …» without its verb of praying. Normalized (ة→ه, ى→ي, one alef).
PRAYER_VERBS = frozenset("""
يرحم يرحمهم يرحمه يتغمد يتغمدهم يتغمده يتقبل يتقبلهم يتقبله يدخلهم يدخله يسكنهم يسكنه يلهم يلهمهم يشفي يمن
يعجل يجزي يجزيهم يحفظ يحفظها يحفظه يديم يكلل يرزقهم يربط يثبت يسدد
""".split())
# openers that are prayers whatever follows
PRAYER_OPENERS = ("اللهم", "نسال الله", "نسال المولي", "ندعو الله", "اسال الله", "رحم الله", "رحمهم الله",
                  "رحمه الله", "تقبل الله", "عظم الله", "انا لله", "حفظ الله", "داعيا الله", "سايلا الله",
                  "سايلا المولي", "سايلين الله", "داعين الله")
_LEADING = frozenset(("ان", "وان", "بان", "و", "ف", "كما"))  # particles before the wish's verb
# a wish verb may also be a statement's verb («يحفظ القانون …»): these two need a wish's object after them
_NEED_OBJECT = frozenset(("يحفظ", "يحفظها", "يحفظه", "يديم", "يثبت", "يسدد", "يربط", "يمن", "يعجل"))
_WISH_OBJECT = re.compile(r"\b(?:الله|بلادنا|وطننا|بلادها|المصابين|بالشفاء|الشفاء|شر|سوء|مكروه|امنها|عزها|المولي)\b")


def prayer(f: ClaimFacts) -> str | None:
    """The opening words when the claim is a prayer or wish to God (no proposition to corroborate), else None."""
    toks = list(f.toks)
    while toks and toks[0] in _LEADING:
        toks = toks[1:]
    if not toks:
        return None
    head = " ".join(toks[:2])
    if any(head.startswith(o) for o in PRAYER_OPENERS) or toks[0] in PRAYER_OPENERS:
        return " ".join(toks[:3])
    verb = toks[0][1:] if toks[0][:1] in "وف" and toks[0][1:] in PRAYER_VERBS else toks[0]
    if verb in PRAYER_VERBS and (verb not in _NEED_OBJECT or _WISH_OBJECT.search(" ".join(toks[1:8]))):
        return " ".join(toks[:3])
    return None


# nouns that name the place after them, by level: a province or region («بمحافظة جدة», «منطقة جازان») or a
# city («مدينة سيفاري»). Words after a place noun of two levels are not compared (a district lies in its city, a
# city in its province); the gazetteer's places are compared by its containment (kg.places).
PLACE_NOUNS = {"محافظه": "province", "منطقه": "province", "ولايه": "province", "اقليم": "province",
               "مدينه": "city", "مديريه": "city", "بلده": "city"}
# words after a place noun that describe it instead of naming it («منطقة حدودية», «مدينة تحت سيطرة …»)
NOT_PLACE_NAMES = frozenset("""
حدوديه امنه عازله سكنيه صناعيه ريفيه جبليه نايه محاذيه قريبه مجاوره واحده اخري كبيره صغيره جديده قديمه مختلفه
عديده عده تحت شمال جنوب شرق غرب وسط شماليه جنوبيه شرقيه غربيه ساحليه مهمه استراتيجيه محرره محاصره مدمره منكوبه
واقعه خاضعه عسكريه مغلقه اخرى ثانيه اولي كامله باكملها بكاملها نفسها ذاتها
""".split())
_CLITICS = ("وب", "ول", "وف", "ب", "ل", "و", "ف")


def _bare(t: str) -> str:
    for p in _CLITICS:
        if t.startswith(p) and t[len(p):] in PLACE_NOUNS:
            return t[len(p):]
    return t


def _article_free(t: str) -> str:
    return t[2:] if t.startswith("ال") and len(t) > 4 else t


def place_names(f: ClaimFacts) -> dict[str, frozenset[str]]:
    """The places a claim names in its own words, by level: the gazetteer's (kg.places, cities) and the word
    after a place noun."""
    named: dict[str, set[str]] = {"province": set(), "city": set(places_in(f.text))}  # gazetteer slugs
    toks = f.toks
    for i, t in enumerate(toks[:-1]):
        level = PLACE_NOUNS.get(_bare(t))
        nxt = toks[i + 1]
        if level and nxt not in _STOP and nxt not in NOT_PLACE_NAMES and not nxt.isdigit() and len(nxt) > 2:
            named[level].add(_article_free(nxt))
    return {k: frozenset(v) for k, v in named.items()}


def _spellings(place: str) -> set[str]:
    """A place's words as a claim writes them: a gazetteer slug's Arabic names («jeddah» → «جده»), else the word."""
    if place not in GAZETTEER:
        return {place}
    ar, _en, alts = GAZETTEER[place]
    return {_article_free(n) for n in (normalize(x) for x in (ar, *alts)) if " " not in n}


def _mentions(f: ClaimFacts, place: str) -> bool:
    """The claim writes the place, even where the gazetteer does not read it as one («جدة» with no «في» before it).
    A gazetteer place is compared by its Arabic names, not its slug (the slug is never a word of the claim)."""
    return any(name in (t, _article_free(t)) or t.endswith(name) and len(t) - len(name) <= 2
               for name in _spellings(place) for t in f.toks)


# a number right after one of these names a unit, a road or a text («الفرقة 30», «اللواء 117», «القرار 2254»),
# it counts nothing
NUMBER_LABELS = frozenset("""
الفرقه فرقه اللواء لواء الفوج فوج الكتيبه كتيبه القرار قرار رقم المرسوم مرسوم الماده ماده البند بند الطريق طريق
الدوري العام عام سنه السنه رحله الرحله
""".split())
# numbers written as words, read only to find a count the other side gives in digits («ثمانية» / «8»)
NUMBER_WORDS = {w: n for n, ws in {
    1: "واحد واحده", 2: "اثنان اثنين اثنتين اثنتان", 3: "ثلاث ثلاثه", 4: "اربع اربعه", 5: "خمس خمسه", 6: "ست سته",
    7: "سبع سبعه", 8: "ثمان ثماني ثمانيه", 9: "تسع تسعه", 10: "عشر عشره", 20: "عشرون عشرين", 30: "ثلاثون ثلاثين",
    40: "اربعون اربعين", 50: "خمسون خمسين", 60: "ستون ستين", 70: "سبعون سبعين", 80: "ثمانون ثمانين",
    90: "تسعون تسعين", 100: "مييه مايه ميه", 1000: "الف"}.items() for w in ws.split()}


def _label_word(t: str) -> bool:
    return t in NUMBER_LABELS or any(t.startswith(p) and ("ال" + t[len(p):] in NUMBER_LABELS or t[len(p):] in NUMBER_LABELS)
                                     for p in ("لل", "ل", "ب", "و"))


def counts(f: ClaimFacts) -> frozenset[str]:
    """The numbers a claim gives as counts or amounts: its digits (kg.relate.claims._numbers) less the ones that
    label a unit, a road or a text."""
    labels = {_numbers(t) for i, t in enumerate(f.toks[1:], 1) if _label_word(f.toks[i - 1])}
    return f.numbers - frozenset().union(*labels) if labels else f.numbers


def _word_numbers(f: ClaimFacts) -> frozenset[str]:
    out = set()
    for t in f.toks:
        for w in (t, t[1:] if t[:1] in "وبل" else t, t[2:] if t.startswith("ال") else t):
            if w in NUMBER_WORDS:
                out.add(str(NUMBER_WORDS[w]))
    return frozenset(out)


def _compatible(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Two sets of numbers share one, or two are within a tenth of each other («أكثر من 30» / «32»); a decimal
    comma is read as a thousands one by kg.relate.claims._numbers («9,8 ملايين» → 98), so digits alike match."""
    if xs & ys or {x.replace(".", "") for x in xs} & {y.replace(".", "") for y in ys}:
        return True
    for x in xs:
        for y in ys:
            try:
                fx, fy = float(x), float(y)
            except ValueError:
                continue
            if fx and fy and max(fx, fy) / min(fx, fy) <= 1.1:
                return True
    return False


WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
_PAST = frozenset(("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفايت"))
# words before a weekday that make it a date («يوم الخميس», «مساء الأربعاء»), not a name («صلاة الجمعة»)
_DAY_WORDS = frozenset("يوم اليوم صباح مساء فجر ليل ليله ظهر عصر ظهيره صبيحه".split())
_SINCE = frozenset(("منذ", "بعد", "قبل", "عقب", "اثر", "خلال"))  # a day named as background, not as the event's


def event_day(f: ClaimFacts, published: str | None) -> date | None:
    """The day the claim's event happened when the claim names it by weekday («الجمعة الماضي», «يوم الخميس»)
    relative to its publication date; None when it names none (or the date is unknown)."""
    found = _named_day(f, published)
    return found[0] if found else None


def _named_day(f: ClaimFacts, published: str | None) -> tuple[date, int] | None:
    """`event_day` and the weekday named."""
    try:
        day = date.fromisoformat(str(published)[:10])
    except ValueError:
        return None
    toks = f.toks
    for i, t in enumerate(toks):
        w = t[1:] if t[:1] in "وب" and t[1:] in WEEKDAYS else t
        if w not in WEEKDAYS or any(u in _SINCE for u in toks[max(0, i - 3):i]):
            continue
        past = i + 1 < len(toks) and toks[i + 1] in _PAST
        if not past and not (i > 0 and toks[i - 1] in _DAY_WORDS):
            continue
        back = (day.weekday() - WEEKDAYS[w]) % 7
        if past and back == 0:
            back = 7  # «الجمعة الماضي» in Friday's paper: a week ago
        return day - timedelta(days=back), WEEKDAYS[w]
    return None


TEMPLATE_WORDS = 6  # words two claims share in order, at least, to be one wording with slots
TEMPLATE_SHARE = 0.5  # … and at least this share of the longer claim: one wording, not one restated in another
SLOT_WORDS = 3  # a slot: at most this many words on each side, between shared words
RARE_IDF = 5.0  # a slot filler is a word at most ~1 article in 150 uses (idf over SaudiNewsNet)


def _verb_free(w: str) -> str:
    """Without an imperfect verb's person prefix («يشن» / «تشن»)."""
    return w[1:] if len(w) >= 3 and w[0] in "يتنا" else w


def _similar(x: str, ys: set[str]) -> bool:
    """A word that is another's form or spelling: same light stem, one the other's start, or one letter apart."""
    x = _verb_free(x)
    for y in map(_verb_free, ys):
        if x == y or (min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x))):
            return True
        if min(len(x), len(y)) >= 4 and SequenceMatcher(None, x, y).ratio() >= 0.8:
            return True
    return False


def _fillers(a: ClaimFacts, b: ClaimFacts, idf) -> tuple[str, str] | None:
    """In two claims of one wording (TEMPLATE_WORDS shared in order), a slot that each fills with a rare word the
    other lacks («قصاصًا في أحد الجناة» / «تعزيرًا في جانيين أثيوبيين»): the two words, else None."""
    sa = [light_stem(t) for t in a.toks]
    sb = [light_stem(t) for t in b.toks]
    sm = SequenceMatcher(None, sa, sb, autojunk=False)
    shared = sum(m.size for m in sm.get_matching_blocks())
    if shared < TEMPLATE_WORDS or shared < TEMPLATE_SHARE * max(len(sa), len(sb)):
        return None
    all_a, all_b = set(sa), set(sb)

    def rare(words: list[str], other: set[str]) -> list[str]:
        return [w for w in words if w not in _STOP and len(w) > 2 and not any(c.isdigit() for c in w)
                and idf(w) >= RARE_IDF and not _similar(w, other)]

    ops = sm.get_opcodes()
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "replace" and 0 < k < len(ops) - 1 and i2 - i1 <= SLOT_WORDS and j2 - j1 <= SLOT_WORDS:
            xa, xb = rare(sa[i1:i2], all_b), rare(sb[j1:j2], all_a)
            if xa and xb:
                return xa[0], xb[0]
    return None


DIFFERENT_DAYS = 2  # as kg.relate.rails.CORROBORATION_DAYS: one event is reported the same day or the next


def different_fact(a: ClaimFacts, b: ClaimFacts, date_a: str | None = None, date_b: str | None = None,
                   idf=None) -> str | None:
    """Why two claims of one story are not one fact, or None: they give counts in digits and share none (nor
    close ones, nor one the other writes in words), they name places and neither names the other's, they fill
    one template's slot with different rare words, or one names its event's day and the two days are
    DIFFERENT_DAYS or more apart."""
    na, nb = counts(a), counts(b)
    if na and nb and not _compatible(na | _word_numbers(a), nb | _word_numbers(b)):
        return f"different numbers ({', '.join(sorted(na)[:3])} vs {', '.join(sorted(nb)[:3])})"
    places_a, places_b = place_names(a), place_names(b)
    for level in ("province", "city"):
        pa, pb = places_a[level], places_b[level]
        # the gazetteer's places by containment (kg.places.apart: a city and its province are one place)
        if (apart(pa, pb) if level == "city" else pa and pb and not pa & pb) and not any(
                _mentions(b, p) for p in pa) and not any(_mentions(a, p) for p in pb):
            return f"different places ({', '.join(sorted(pa)[:2])} vs {', '.join(sorted(pb)[:2])})"
    if idf is not None:
        slot = _fillers(a, b, idf)
        if slot:
            return f"one wording with other specifics ({slot[0]} vs {slot[1]})"
    named_a, named_b = _named_day(a, date_a), _named_day(b, date_b)
    if named_a and named_b and named_a[1] == named_b[1]:
        return None  # one weekday named by both: one day («الأربعاء الماضي» / «مساء الأربعاء»), dates a day off or not
    da, db = named_a and named_a[0], named_b and named_b[0]
    if da or db:
        try:
            xa = da or date.fromisoformat(str(date_a)[:10])
            xb = db or date.fromisoformat(str(date_b)[:10])
        except ValueError:
            return None
        if abs((xa - xb).days) >= DIFFERENT_DAYS:
            return f"events on different days ({xa.isoformat()} vs {xb.isoformat()})"
    return None
