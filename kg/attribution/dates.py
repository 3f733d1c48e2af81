"""The date a claim speaks of: a relative day or weekday resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re

RELATIVE_DAYS = {"اول من امس": -2, "امس": -1, "اليوم": 0, "غدا": 1}
WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
RELATIVE_RE_DAYS = re.compile(r"(?<![\w])(اول من امس|امس|اليوم|غدا)(?![\w])")
WEEKDAY_RE = re.compile(r"(?<![\w])(?:يوم )?(الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)"
                        r"(?: (الماضي|المقبل|القادم))?(?![\w])")


def resolve_date(norm_sentence: str, published: str | None) -> str | None:
    """A relative date in the sentence resolves against the publication date (أمس, أول من أمس,
    اليوم, غداً, a weekday: the last one on or before publication, "الماضي" strictly before);
    otherwise the claim is dated by its publication."""
    if not published:
        return None
    try:
        base = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    m = RELATIVE_RE_DAYS.search(norm_sentence)
    if m:
        return (base + dt.timedelta(days=RELATIVE_DAYS[m.group(1)])).isoformat()
    w = WEEKDAY_RE.search(norm_sentence)
    if w:
        target = WEEKDAYS[w.group(1)]
        back = (base.weekday() - target) % 7
        if w.group(2) in ("المقبل", "القادم"):
            fwd = (target - base.weekday()) % 7 or 7
            return (base + dt.timedelta(days=fwd)).isoformat()
        if w.group(2) == "الماضي" and back == 0:
            back = 7
        return (base - dt.timedelta(days=back)).isoformat()
    return base.isoformat()
