"""The time of day of one event, told differently by two sources (issue 13: the time or date of one event).

Read on the hand-hunted conflicts of fresh news (sample 10, session 17): the civil defence's report of the projectile
that killed a man in Najran «عند الساعة الرابعة من فجر أمس الأحد» in one paper and «عند الساعة الرابعة عصر يوم أمس»
in another — the same hour word, opposite halves of the day. Only a clock time is read («الساعة» + an hour, then
within a few words its part of the day): a part of the day alone («صباح أمس», «مساء السبت») often dates another
stage of the event (the attack in the morning, the toll in the evening). Two times are apart when they differ by
APART_HOURS or more: reports round the hour, and «الرابعة» against «الخامسة» is as often the act against its report.
One event as kg.relate.events reads figures of one event (`figures_of_one_event`): two sources, one date, close in
meaning, sharing rare words and no two different places.
"""

from __future__ import annotations

import re

from ..model import Relation
from .claims import ClaimFacts
from .conflicts import METHOD
from .events import figures_of_one_event
from .explanation import _w
from .lexicon import _strip_proclitic

_CLOCK = {"الساعه", "ساعه"}
_HOURS = {"الاولي": 1, "الواحده": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "السادسه": 6,
          "السابعه": 7, "الثامنه": 8, "التاسعه": 9, "العاشره": 10, "الحاديه": 11}  # «الثانية عشرة» is left out
_AM = {"فجر", "الفجر", "فجرا", "صباح", "الصباح", "صباحا"}
_PM = {"عصر", "العصر", "عصرا", "مساء", "المساء", "مساءا"}
_NIGHT = {"ليلا", "الليل", "ليل", "ليله", "الليله"}  # the late evening, or past midnight for a small hour
_PARTS = (("am", _AM), ("pm", _PM), ("night", _NIGHT))
PART_REACH = 3  # tokens from the hour to its part of the day: «الرابعة من فجر», «الرابعة والنصف عصرا»
APART_HOURS = 3
_DIGIT_HOUR = re.compile(r"(\d{1,2})(?::\d{2})?")


def _hour(tok: str) -> int | None:
    m = _DIGIT_HOUR.fullmatch(tok)
    if m:
        h = int(m.group(1))
        return h if 1 <= h <= 11 else None
    return _HOURS.get(tok)


def clock_times(f: ClaimFacts) -> frozenset[int]:
    """The clock times (hour of a 24-hour day) the claim gives with their part of the day: «الساعة الرابعة عصر» → 16."""
    toks, out = f.toks, set()
    for i, t in enumerate(toks[:-1]):
        if t not in _CLOCK and _strip_proclitic(t) not in _CLOCK:
            continue
        hour = _hour(toks[i + 1])
        if hour is None:
            continue
        for u in toks[i + 2:i + 2 + PART_REACH]:
            bare = _strip_proclitic(u)
            part = next((p for p, words in _PARTS if u in words or bare in words), None)
            if part is not None:
                pm = part == "pm" or part == "night" and hour >= 6
                out.add(hour + 12 if pm else hour)
                break
    return frozenset(out)


def times_apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both claims give a clock time and none of the one's is within APART_HOURS of the other's."""
    ta, tb = clock_times(a), clock_times(b)
    return bool(ta and tb) and all(min(abs(x - y), 24 - abs(x - y)) >= APART_HOURS for x in ta for y in tb)


def time_conflict(a: ClaimFacts, b: ClaimFacts, cos: float, date_a: str | None = None, date_b: str | None = None,
                  same_source: bool = False) -> Relation | None:
    """Two sources give one event (one date: `figures_of_one_event`) clock times APART_HOURS or more apart."""
    shared = figures_of_one_event(a, b, cos, date_a, date_b, same_source, 0, times_apart)
    if shared is None:
        return None
    return Relation("contradicts", 0.6, f"different times of day of one event ({_show(clock_times(a))} vs "
                                        f"{_show(clock_times(b))}; both: {_w(shared)}, close in meaning, cosine "
                                        f"{cos:.2f})", METHOD)


def _show(times: frozenset[int]) -> str:
    return ", ".join(f"{t:02d}:00" for t in sorted(times))
