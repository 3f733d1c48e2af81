"""A toll given as its parts: «مقتل ضابط وثلاثة جنود» is four dead, «ضابطين و3 آخرين» five.

Seen on 599 fresh articles: «مقتل أربعة بينهم ضابط» against «مقتل ضابط وثلاثة جنود» was stored twice as a
conflict (4 vs 3) — the count rule (kg.relate.conflicts.count_conflict) and the toll rule (kg.relate.events) read
only the «ثلاثة». The same four, counted as a total including an officer on one side and as an officer and three
others on the other: agreement. Here the people coordinated with «و» are added up, and that sum is a number the
claim says (kg.relate.events._numbers_said, the count rule's clash), so a total equal to it is not a conflict.
"""

from __future__ import annotations

import re

from .conflicts import _NUMBER_WORDS
from .figures import _DUALS, _PERSON
from .lexicon import _strip_proclitic

_DIGITS = re.compile(r"(\d+)")
# the toll's nouns that end a coordination: «25 قتيلا و35 جريحا» is the dead and the wounded, not 60 of one
_NOT_PEOPLE = {"جريحا", "جرحي", "جريح", "مصابا", "مصابين", "مصابون", "اصابات", "قتيلا", "قتلي", "قتيل", "شهيدا",
               "شهداء"}


# what a number of people is said of («ثلاثة جنود», «11 فرد شرطة», «و3 آخرين», «خمسة من الجنود»), normalized; a number
# before any other noun («3 منازل و4 سيارات») counts things, not people
_PEOPLE = {"جنود", "عسكريين", "عسكريون", "ضباط", "مدنيين", "مدنيون", "اطفال", "نساء", "رجال", "اشخاص", "شخصا", "شخص",
           "افراد", "فرد", "عناصر", "عنصرا", "مقاتلين", "مقاتلا", "مسلحين", "مسلحا", "شرطيين", "عمال", "مواطنين", "اخرين",
           "اخرون", "مهاجمين", "ارهابيين", "ارهابيا", "مجندين", "من"}


def _count(tok: str) -> int | None:
    """The number a token says: digits, a number word, a dual (2) or one person noun (1); None otherwise."""
    m = _DIGITS.fullmatch(tok)
    if m:
        return int(m.group(1)) if len(m.group(1)) < 4 else None  # «عامي 2014 و2015»: years
    bare = _strip_proclitic(tok)
    if bare in _NUMBER_WORDS:
        return _NUMBER_WORDS[bare]
    return 2 if bare in _DUALS or tok in _DUALS else 1 if bare in _PERSON or tok in _PERSON else None


def _part(toks: list[str], i: int, first: bool) -> tuple[int, int] | None:
    """(people, next position) of the part at `i`: a person noun, a dual, or a number with its noun after it; a
    later part starts with «و». None where no part stands there or its noun counts the dead or wounded."""
    t = toks[i]
    if not first:
        if not t.startswith("و") or len(t) < 2:
            return None
        t = t[1:]
    n = _count(t)
    if n is None:
        return None
    if _DIGITS.fullmatch(t) or _strip_proclitic(t) in _NUMBER_WORDS:
        noun = toks[i + 1] if i + 1 < len(toks) else ""
        if _strip_proclitic(noun) in _NOT_PEOPLE or noun and noun not in _PEOPLE | _PERSON \
                and _strip_proclitic(noun) not in _PEOPLE | _PERSON:
            return None
        return n, i + 2 if noun and not noun.startswith("و") else i + 1
    return n, i + 1


def coordinated_totals(toks: list[str]) -> set[int]:
    """The sums of people coordinated with «و» («ضابط وثلاثة جنود» → 4, «جنديين ومدني و3 آخرين» → 6): every
    running sum of two or more parts."""
    out: set[int] = set()
    for i in range(len(toks)):
        if toks[i].startswith("و") and i and _part(toks, i, False) is not None:
            continue  # a later part of a coordination, not the start of one
        first = _part(toks, i, True)
        if first is None:
            continue
        total, k, parts = first[0], first[1], 1
        while k < len(toks) and (nxt := _part(toks, k, False)) is not None:
            total, k, parts = total + nxt[0], nxt[1], parts + 1
            out.add(total)
    return out
