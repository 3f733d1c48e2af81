"""Denials whose object is no clause: what is denied named by a report noun or «أي …» ("نفت الوزارة الأنباء عن
…", "نفى المتهمون أي ضلوع لهم …"), and a denial of the statement just before it, by an anaphor ("…، غير أن
طالبان نفت ذلك", "…، وهو ما نفاه المتحدث"). News print a side of a conflict in these shapes; a report noun
or «أي» after the verb is what is denied, never who denies, so the subject ends before it."""

from __future__ import annotations

import re

from .polarity import DENIAL_VERBS
from .source_words import object_masdar

# What a denial verb takes as its object when no clause follows: reports, claims, charges, or «أي» + noun
# ("نفى أي علاقة"). Normalized spelling (kg.text); a subject never starts with one of them.
DENIED_HEADS = {"الانباء", "الاخبار", "التقارير", "المزاعم", "الادعاءات", "الاتهامات", "التهم", "الشايعات",
                "الروايات", "الروايه", "المعلومات", "الانباء،", "اي"}
# The object within four words after the subject found: a name the subject's noun phrase left out may stand
# before it ("نفى القنصل السعودي عبدالله الحمراني الأخبار التي …").
DENIED_HEAD_RE = re.compile(r"\s*،?\s*(?:[^\s،.:\"]+\s+){0,4}?(" + "|".join(sorted(DENIED_HEADS, key=len, reverse=True))
                            + r")(?![\w])")


def denied_head(word: str) -> bool:
    """A word that opens what a denial verb denies, never its subject."""
    return word in DENIED_HEADS


def denied_object_at(lemma: str, norm: str, at: int) -> int | None:
    """Where a denial verb's object opens with a report noun or «أي» within four words of `at` (the subject's
    end): the verb reports a denial whatever its subject looks like ("نفى المتهمون الآخرون أي ضلوع …" is no
    plain object after a common noun). None when the verb is no denial or no such object follows."""
    m = DENIED_HEAD_RE.match(norm, at) if lemma in DENIAL_VERBS else None
    if m is None:
        return None
    first = re.match(r"\s*،?\s*(\S+)", norm[at:])
    return at if first and object_masdar(first.group(1)) else m.start(1)  # "نفت الوزارة صحة الأنباء": from صحة
