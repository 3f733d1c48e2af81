"""Counts of the people arrested in one raid that two sources give differently (issue 13, recall).

Raids are reported with their arrests as attacks are with their dead, and two outlets' figures of one raid differ as
tolls do: «تم إيقاف أربعة إرهابيين» (alriyadh) against «اعتقلت وحدات خاصة ثلاثة عناصر إرهابية … بمدينة منزل
بورقيبة» (aljazirah, the same day: sample 12's Tunisian raids). kg.relate.events reads death tolls only and
kg.relate.conflicts.counts compares counted nouns, which «إرهابيين» and «عناصر» are not both. Here: the number after
an arrest word («اعتقال 13», «اعتقلت قوات الأمن 13», «القبض على خمسة»), its bound read as for tolls
(kg.relate.figures); one event as for tolls (kg.relate.events.figures_of_one_event) with the arrest words left out
of what both share; the same day only (arrests go on as a raid is followed up: a next day's other figure may be
more arrests, not another count).
"""

from __future__ import annotations

from ..model import Relation
from ..text import light_stem
from .claims import ClaimFacts
from .events import _PERIODS, TOLL_DAYS, TOLL_SHARED, _number, figures_apart, figures_differ, figures_of_one_event, \
    period_near, running_total
from .figures import BOUND_WORDS, Figure, figure_at
from .lexicon import _strip_proclitic

# the arrest act (normalized, proclitics stripped); «ضبط» is as often goods seized, «أسر» also families: left out
_ARREST = {"اعتقال", "اعتقلت", "اعتقل", "اعتقلوا", "ايقاف", "اوقفت", "اوقف", "توقيف", "احتجاز", "احتجزت", "قبض",
           "القبض"}
_ON = {"علي", "على"}  # «القبض على خمسة»
ARREST_REACH = 3  # words between the act and its count: its subject («اعتقلت وحدات خاصة ثلاثة عناصر»)
# what ends the search: another act's count follows («اعتقال … ومقتل 3»), or a new clause
_STOP_AT = {"مقتل", "قتل", "اصابه", "جرح", "بينهم", "منهم", "ضمنهم", "بعد", "قبل", "الذي", "التي", "الذين", "حيث"}
_ARREST_STEMS = frozenset(light_stem(w) for w in _ARREST | {"اعتقالات", "المعتقلين", "معتقلين", "الموقوفين"})


def _count_of(toks: list[str], i: int) -> tuple[int, int] | None:
    """The count the arrest word at `i` governs and where it stands: the first number within ARREST_REACH words
    (bound words and «على» not counted), none past a stop word or another number's unit of time («لمدة 15 يوما»)."""
    k, seen = i + 1, 0
    while k < len(toks) and seen <= ARREST_REACH:
        bare = _strip_proclitic(toks[k])
        if bare in _STOP_AT or toks[k] in _STOP_AT:
            return None
        n = _number(toks[k])
        if n is not None:
            unit = _strip_proclitic(toks[k + 1]) if k + 1 < len(toks) else ""
            return None if unit in _PERIODS else (n, k)
        if bare not in BOUND_WORDS and toks[k] not in _ON:
            seen += 1
        k += 1
    return None


def arrest_figures(f: ClaimFacts) -> frozenset[Figure]:
    """The counts of the arrested the claim gives, as figures (kg.relate.figures); negated claims, running totals
    («ارتفع عدد المعتقلين إلى …») and a period's totals («خلال الشهر») give none."""
    toks = f.toks
    if f.negated or running_total(toks):
        return frozenset()
    out: set[Figure] = set()
    for i, t in enumerate(toks):
        if _strip_proclitic(t) not in _ARREST and t not in _ARREST:
            continue
        found = _count_of(toks, i)
        if found is None:
            continue
        n, at = found
        fig = figure_at(toks, at, n)
        if fig is None or n < 2 or n > 100000 or period_near(toks, at):
            continue
        out.add(fig)
    return frozenset(out)


def arrests_differ(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both give a count of the arrested, none of one is a number the other says, their ranges cannot overlap
    (kg.relate.events.figures_apart)."""
    return figures_apart(arrest_figures(a), arrest_figures(b), a, b)


def arrest_conflict(a: ClaimFacts, b: ClaimFacts, cos: float, date_a: str | None = None, date_b: str | None = None,
                    same_source: bool = False) -> Relation | None:
    """Two sources count one raid's arrested differently on one day (`arrests_differ`; one event as for death tolls,
    kg.relate.events.figures_of_one_event, the arrest words themselves not counted as shared)."""
    shared = figures_of_one_event(a, b, cos, date_a, date_b, same_source, TOLL_DAYS, arrests_differ)
    shared = [x for x in shared or () if x not in _ARREST_STEMS]
    if len(shared) < TOLL_SHARED:
        return None
    return figures_differ("different counts of the arrested in one raid on the same day", arrest_figures(a),
                          arrest_figures(b), shared, cos)
