"""What a number in a toll stands for: one figure, or a range (issue 13, recall of count conflicts).

Reports of one attack often give «نحو 17» ("about 17"), «أكثر من 30», «ما لا يقل عن 56» or «12 قتيلا على الأقل»;
kg.relate.events and kg.relate.injuries used to read no figure from them at all, so «جرح قرابة 30» against
«أصيب 7» (sample 6, the Asir bombing) was no conflict. Here such a number is the range it allows, and two figures
conflict only when their ranges cannot overlap: «نحو 17» is compatible with 15, «قرابة 30» is not with 7.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from .lexicon import _NEGATORS, _strip_proclitic

Figure = tuple[int, int]  # (low, high); an exact figure is (n, n)
OPEN = 10 ** 9  # no upper end: «أكثر من 30»
# «نحو 30» is a rounded report: news round to the nearest 5 or 10, so ±20% holds the figure it rounds
ABOUT_SPREAD = 0.2
_ABOUT = {"نحو", "حوالي", "قرابه", "زهاء", "يقارب", "يناهز"}
# «أكثر من 30»، «ما يزيد على 30»، «فاق الأربعة»: more than the number
_OVER = {"اكثر", "يزيد", "يفوق", "يتجاوز", "تجاوز", "فاق", "تخطي", "يتخطي"}
_NOT_LESS = {"يقل", "تقل"}  # after «لا»: «ما لا يقل عن 56» is at least 56
_UNDER = {"اقل"}  # «أقل من 10»
# no figure: «عشرات الآلاف» has no number of its own, «من أصل 20» is the whole a part is taken from
_NO_FIGURE = {"عشرات", "مئات", "الاف", "اصل"}
_MULTIPLIERS = {"الف", "الاف", "الفا", "مليون", "ملايين", "مليار"}  # «3 آلاف» is 3000, not 3: left unread
# the words a bound puts between the act and its number («مقتل ما لا يقل عن 56», «جرح قرابة 30»)
BOUND_WORDS = _ABOUT | _OVER | _NOT_LESS | _UNDER | {"ما", "لا", "عن", "من", "علي", "الاقل"}


# a dual noun counts two («أصيب شخصان», «مقتل جنديين», «إصابة ضابطين»); only forms no plural shares: «مدنيين»,
# «شرطيين», «مجندين» are also plurals («مقتل مدنيين» is civilians killed), «ضابطين» is not (ضباط)
_DUALS = {"شخصان", "شخصين", "جنديان", "جنديين", "شرطيان", "مدنيان", "طفلان", "طفلين", "ضابطان", "ضابطين", "عنصران",
          "عنصرين", "رجلان", "رجلين", "مجندان", "امراتان", "امراتين"}
# the dead or the wounded counted in a dual noun: «سقوط قتيلين», «وقوع جريحين» are a toll of two
DEAD_DUALS = {"قتيلان", "قتيلين"}
WOUNDED_DUALS = {"جريحان", "جريحين"}
TWO = {"اثنان", "اثنين"}  # after a plural noun it says the noun's count: «مصابين اثنين», «قتلى اثنين»
# one more person coordinated after the dual: «إصابة ضابطين ومجند» is three (sample 8, the Cairo court bomb)
_PERSON = {"مجند", "مجندا", "مدني", "مدنيا", "شرطي", "شرطيا", "جندي", "جنديا", "ضابط", "ضابطا", "طفل", "طفلا", "امراه",
           "رجل", "مواطن", "مواطنا", "عامل", "عاملا", "عسكري", "عسكريا"}


def dual_count(toks: list[str], k: int) -> int | None:
    """The people a dual at `k` counts: 2, or 3 with one more person coordinated after it; None if no dual."""
    if toks[k] not in _DUALS:
        return None
    more = toks[k + 1] if k + 1 < len(toks) else ""
    return 3 if more.startswith("و") and more[1:] in _PERSON else 2


def bound_start(toks: list[str], i: int, form: Callable[[str], str] | None = None) -> int:
    """Where the words bounding the number at `i` begin («مقتل ما لا يقل عن 56» → at «ما»), each word read in `form`
    (default `_bare`): at most 4 words, nothing between them and the number."""
    form = form or _bare
    k = i
    while k > 0 and i - k < 4 and form(toks[k - 1]) in BOUND_WORDS:
        k -= 1
    return k


def _bound_run(toks: list[str], i: int) -> list[str]:
    """The bounding words right before the number at `i` («ما لا يقل عن», «أكثر من»), nothing between them and it:
    «مقتل ما يقارب 278 وإصابة 356» bounds the 278 only."""
    return [_bare(u) for u in toks[bound_start(toks, i):i]]


def _bare(t: str) -> str:
    """A token without «و»/«ب»/«ف» before it; «الأقل» keeps its article (stripped, it would read «أقل»: under)."""
    return t[1:] if len(t) > 3 and t[0] in "وبف" else t


def figure_at(toks: list[str], i: int, n: int, end: int | None = None) -> Figure | None:
    """The range the number `n` at `toks[i]` stands for as its neighbours qualify it; None when it is no figure of
    its own (see _NO_FIGURE, _MULTIPLIERS) or when a negation governs it («لم يسفر عن مقتل 5»). `end`: the number's
    last token when it takes more than one (kg.relate.conflicts.number_at: «ثلاثة عشر», «1.5 مليون»; `n` is its value)."""
    end = i if end is None else end
    near = [_strip_proclitic(u) for u in toks[max(0, i - 2):i]]
    if end + 1 < len(toks) and _strip_proclitic(toks[end + 1]) in _MULTIPLIERS or set(near) & _NO_FIGURE:
        return None
    run = _bound_run(toks, i)
    not_less = any(b in _NOT_LESS and k > 0 and run[k - 1] == "لا" for k, b in enumerate(run))
    # the «لا» of «لا يقل» bounds the number, it negates nothing
    window = toks[max(0, i - 5):i]
    if set(window) & _NEGATORS and not (not_less and window.count("لا") == 1 and not set(window) & (_NEGATORS - {"لا"})):
        return None
    # «12 قتيلا على الأقل»: the bound follows the number and its noun, before another number
    after = toks[end + 1:end + 5]
    least_after = "الاقل" in after and not any(u[:1].isdigit() or u.startswith("و") and u[1:2].isdigit()
                                               for u in after[:after.index("الاقل")])
    if not_less or least_after or "الاقل" in run:
        return (n, OPEN)
    if set(run) & _OVER:
        return (n + 1, OPEN)
    if set(run) & _UNDER:
        return (0, max(0, n - 1))
    if set(run) & _ABOUT or "تقريبا" in toks[end + 1:end + 3]:
        return (math.floor(n * (1 - ABOUT_SPREAD)), math.ceil(n * (1 + ABOUT_SPREAD)))
    if set(run) & _NOT_LESS:
        return None  # «يقل عن» without «لا»: a comparison, no figure
    return (n, n)


def exact(figures: frozenset[Figure]) -> frozenset[int]:
    return frozenset(lo for lo, hi in figures if lo == hi)


def ranges_apart(fa: frozenset[Figure], fb: frozenset[Figure]) -> bool:
    """No figure of one can be a figure of the other: every pair of ranges is disjoint."""
    return all(ha < lb or hb < la for la, ha in fa for lb, hb in fb)


def show(figures: frozenset[Figure]) -> str:
    """«13, 16», «≥56», «14–21» for a `why`."""
    def one(f: Figure) -> str:
        lo, hi = f
        return str(lo) if lo == hi else f"≥{lo}" if hi >= OPEN else f"≤{hi}" if lo == 0 else f"{lo}–{hi}"
    return ", ".join(one(f) for f in sorted(figures))
