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
from .events import (_WOUNDED_AFTER, _WOUNDED_NOUNS, _number, counted_up, figures_apart, figures_differ,
                     figures_of_one_event, period_near, running_total, tolls)
from .figures import BOUND_WORDS, TWO, WOUNDED_DUALS, Figure, dual_count, exact, figure_at
from .lexicon import _strip_proclitic

_WOUND = {"اصابه", "اصيب", "اصيبوا", "اصيبت", "جرح", "اصابات"}  # the act: its count follows
# between «أصيب» and its count: «أصيب خلاله شخص واحد», «أصيب فيه 18»
_BETWEEN = {"خلاله", "خلالها", "فيه", "فيها", "بها", "به", "ايضا", "جراءه", "جراءها"}
_ONE = {"واحد", "واحده"}
INJURY_DAYS = 1  # the next day's report too, when it gives fewer (see the module)


def _count_after(toks: list[str], i: int) -> tuple[int, int] | None:
    """The count after the wound word at `i` and where it stands (a bound's words skipped: «جرح قرابة 30»)."""
    k = i + 1
    while k < len(toks) and toks[k] in _BETWEEN:
        k += 1
    j = k
    while j < len(toks) and j - k < 4 and _strip_proclitic(toks[j]) in BOUND_WORDS:
        j += 1
    if j < len(toks) and j > k and _number(toks[j]) is not None:
        return _number(toks[j]), j
    if k >= len(toks):
        return None
    n = _number(toks[k])
    if n is not None:
        return n, k
    if (pair := dual_count(toks, k)) is not None:
        return pair, k
    return (1, k) if k + 1 < len(toks) and toks[k + 1] in _ONE else None


def injured_figures(f: ClaimFacts) -> frozenset[Figure]:
    """The counts of the wounded the claim gives, as figures (kg.relate.figures: «قرابة 30» is 24–36); «العشرات»,
    negated claims, running totals and a period's totals give none."""
    toks = f.toks
    if f.negated or running_total(toks):
        return frozenset()
    out: set[Figure] = set()
    for i, t in enumerate(toks):
        bare = _strip_proclitic(t)
        if bare in _WOUND or t in _WOUND or bare in _WOUNDED_AFTER:
            found = _count_after(toks, i) if bare != "جرحوا" else None
            # not a range's end: «ما بين 20 و25 شخصاً أصيبوا»
            if found is None and bare in _WOUNDED_AFTER and i > 1 and _number(toks[i - 2]) is not None \
                    and not toks[i - 2].startswith("و"):
                found = _number(toks[i - 2]), i - 2  # «أربعة أشخاص أصيبوا»: the count before a plural verb
            if found is None:
                continue
            n, at = found
        elif bare in _WOUNDED_NOUNS and i > 0 and _number(toks[i - 1]) is not None:
            n, at = _number(toks[i - 1]), i - 1
        elif bare in WOUNDED_DUALS or bare in _WOUNDED_NOUNS and i + 1 < len(toks) and toks[i + 1] in TWO:
            n, at = 2, i  # «وقوع جريحين», «مصابين اثنين»: two wounded in a dual or a noun and «اثنين»
        else:
            continue
        fig = figure_at(toks, at, n) if _number(toks[at]) is not None else (n, n)  # «شخصان»: no number to bound
        if n is None or n > 100000 or fig is None or period_near(toks, at):
            continue
        out.add(fig)
    return frozenset(out)


def injured(f: ClaimFacts) -> frozenset[int]:
    """The exact counts of the wounded of `injured_figures` («نحو 30», «على الأقل» give none)."""
    return exact(injured_figures(f))


def injured_differ(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both give a count of the wounded, none of one is any number the other says, and their ranges cannot
    overlap (kg.relate.events.figures_apart)."""
    return figures_apart(injured_figures(a), injured_figures(b), a, b)


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
    fa, fb = injured_figures(a), injured_figures(b)
    if counted_up(fa, fb, date_a, date_b) or _same_casualties(a, b, injured(a), injured(b)):
        return None  # counted up the next day, or the wounded who died counted among the dead: an update
    return figures_differ("different counts of the wounded of one event", fa, fb, shared, cos)
