"""Counts of the wounded of one event that two sources give differently (issue 13, recall).

kg.relate.events reads death tolls only, and kg.relate.conflicts.counts needs a counted noun class, so «أصيب
خلاله شخص واحد بجروح خطيرة» against «أصيب شخصان في إطلاق للنار … في مدينة فيرجسون» (sample 8, hunt f8-25: the
Ferguson shooting; the pair was stored as a *support*) gave no count at all. Here: the number right after a
wound word («إصابة 7», «أصيب 18 آخرون», «أصيب شخصان», «شخص واحد»), or before a wounded noun («35 جريحا»), with
the tolls' exclusions (bounds, running totals, negation). One event as for tolls (kg.relate.events.one_event,
cosine ≥ TOLL_COS). Dates: the same day, or the next day with a lower count — the wounded of an event are
counted up as the hours pass (a later, higher figure is an update), so a later report giving fewer is no update,
unless the dead and the wounded add up to the same figure on both sides (the wounded who died).
"""

from __future__ import annotations

from ..model import Relation
from .claims import ClaimFacts
from .conflicts import _APPROX, _after
from .events import _AGGREGATE, _number, _numbers_said, figures_differ, figures_of_one_event, tolls
from .lexicon import _NEGATORS, _strip_proclitic

_WOUND = {"اصابه", "اصيب", "اصيبوا", "اصيبت", "جرح", "اصابات"}  # the act: its count follows
_WOUNDED_NOUNS = {"جريحا", "جرحي", "جريح", "مصابا", "مصابين", "مصابون", "اصابات"}  # the wounded: the count precedes
# between «أصيب» and its count: «أصيب خلاله شخص واحد», «أصيب فيه 18»
_BETWEEN = {"خلاله", "خلالها", "فيه", "فيها", "بها", "به", "ايضا", "جراءه", "جراءها"}
_ONE = {"واحد", "واحده"}
# a dual noun after «أصيب» counts two («أصيب شخصان», «أصيب جنديان»)
_DUALS = {"شخصان", "شخصين", "جنديان", "جنديين", "شرطيان", "شرطيين", "مدنيان", "مدنيين", "طفلان", "طفلين"}
# «خلال» is a period only before a stretch of time («خلال الشهر الماضي»), not «وقع خلال مسيرة» (during a march)
_PERIODS = {"الشهر", "شهر", "الاسبوع", "اسبوع", "العام", "عام", "الايام", "ايام", "الساعات", "ساعات", "الاشهر", "اشهر",
            "السنوات", "سنوات", "الفتره", "فتره", "اليومين", "يومين", "الاسابيع", "اسابيع"}
INJURY_DAYS = 1  # the next day's report too, when it gives fewer (see the module)


def _count_after(toks: list[str], i: int) -> int | None:
    k = i + 1
    while k < len(toks) and toks[k] in _BETWEEN:
        k += 1
    if k >= len(toks):
        return None
    n = _number(toks[k])
    if n is not None:
        return n
    if toks[k] in _DUALS:
        return 2
    return 1 if k + 1 < len(toks) and toks[k + 1] in _ONE else None


def _aggregate(toks: list[str]) -> bool:
    """A running or period total (kg.relate.events' words; «خلال» only before a stretch of time)."""
    words = {_strip_proclitic(t) for t in toks} | set(toks)
    during = any(t == "خلال" and k + 1 < len(toks) and toks[k + 1] in _PERIODS for k, t in enumerate(toks))
    return bool(words & (_AGGREGATE - {"خلال"})) or during


def injured(f: ClaimFacts) -> frozenset[int]:
    """The counts of the wounded the claim gives (see the module); bounds («نحو 30», «العشرات»), negated claims and
    running or period totals give none."""
    toks = f.toks
    if f.negated or _aggregate(toks):
        return frozenset()
    out: set[int] = set()
    for i, t in enumerate(toks):
        bare = _strip_proclitic(t)
        if bare in _WOUND or t in _WOUND:
            n, at = _count_after(toks, i), i + 1
        elif bare in _WOUNDED_NOUNS and i > 0 and _number(toks[i - 1]) is not None:
            n, at = _number(toks[i - 1]), i - 1
        else:
            continue
        if n is None or n > 100000 or set(toks[max(0, at - 3):at]) & _APPROX or "الاقل" in toks[at + 1:at + 6] \
                or set(toks[max(0, at - 5):at]) & _NEGATORS:
            continue
        out.add(n)
    return frozenset(out)


def injured_differ(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both give a count of the wounded, and none of one is any number the other says."""
    ia, ib = injured(a), injured(b)  # «شخصان», «شخص واحد» are counts no digit or number word says
    return bool(ia and ib) and not ia & (_numbers_said(b) | ib) and not ib & (_numbers_said(a) | ia)


def _same_casualties(a: ClaimFacts, b: ClaimFacts, ia: frozenset[int], ib: frozenset[int]) -> bool:
    """Both give a death toll and a count of the wounded, and the dead and wounded add up to one figure: wounded who
    died («استشهاد 10 … وثلاثة … وإصابة تسعة» then «استشهاد 15 … وإصابة 7», the Asir bombing in sample 6), an
    update of one count, not two counts."""
    ta, tb = tolls(a), tolls(b)
    return bool(ta and tb) and bool({t + w for t in ta for w in ia} & {t + w for t in tb for w in ib})


def injury_conflict(a: ClaimFacts, b: ClaimFacts, cos: float, date_a: str | None = None, date_b: str | None = None,
                    same_source: bool = False) -> Relation | None:
    """Two sources count one event's wounded differently (`injured_differ`; one event as for death tolls:
    kg.relate.events.figures_of_one_event), the same day or, the next day, the later one giving fewer."""
    shared = figures_of_one_event(a, b, cos, date_a, date_b, same_source, INJURY_DAYS, injured_differ)
    if shared is None:
        return None
    ia, ib = injured(a), injured(b)
    later, earlier = (ia, ib) if _after(date_a, date_b) > 0 else (ib, ia) if _after(date_b, date_a) > 0 else (None, None)
    if later is not None and max(later) >= min(earlier) or _same_casualties(a, b, ia, ib):
        return None  # counted up the next day, or the wounded who died counted among the dead: an update
    return figures_differ("different counts of the wounded of one event", ia, ib, shared, cos)
