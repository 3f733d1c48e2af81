"""A place still held by its holder, or not yet taken: the other side of «X took T» (issue 13, control of a place).

Read on the hand-hunted conflicts of fresh news (samples 10–12, session 17): «قصر المعاشيق … لا يزال بأيدي
المتمردين» against «استعادوه» the day before; «عدم تحرير مدينة الحوطة … حتى الآن» against «أكملوا سيطرتهم على
المدينة». A siege or fighting on a place's edges coexists with its fall the same day (one offensive's stages:
kg.relate.control.opposite_holdings), but these words state who holds the place at the time of writing, so a
report of its taking dated the same day or earlier is contradicted by them.

`held_places(toks, place_at)` → the places so read, `place_at(toks, pos)` naming the place that starts at `pos`
(kg.relate.control's gazetteer reading or kg.relate.events' rare-word anchor).
"""

from __future__ import annotations

from collections.abc import Callable

from .lexicon import PLACE_PARTS, _strip_proclitic

# «لا يزال»، «ما زالت»، «لازال»: still (normalized, the particle a token of its own or joined)
_STILL = {"يزال", "تزال", "زال", "زالت", "لازال", "لازالت", "مازال", "مازالت", "لاتزال", "لايزال"}
# the holder's hand or control right after «still»: «بأيدي المتمردين»، «تحت سيطرة …»، «في قبضة …»، «يسيطرون على …»
PlaceAt = Callable[[list[str], int], "str | None"]
_RELATIVE = {"التي", "الذي", "اللتي", "الذين", "اللذين"}
_HAND = {"بايدي", "ايدي", "بيد", "يد", "تحت", "قبضه", "بقبضه", "يسيطر", "يسيطرون", "تسيطر", "يحتل", "يحتلون", "تحتل"}
HAND_REACH = 3  # tokens from «still» to the hand word: «لا يزال في يد …»، «لا تزال الحوطة تحت سيطرة …»
SUBJECT_REACH = 8  # tokens before «still» where its subject, the place, may start («قصر المعاشيق الرئاسي في حي كريتر»)
# a taking that has not happened: «عدم تحرير …», «لم تسيطر على …», «لم يتم تحرير …», «لم تتمكن من دخول …»
_NOT = {"عدم", "لم"}
_NOT_YET_NOUNS = {"تحرير", "استعاده", "دخول", "سقوط", "السيطره", "اقتحام"}
_NOT_YET_VERBS = {"تسيطر", "يسيطر", "يسيطروا", "تدخل", "يدخل", "يدخلوا", "تحرر", "يحرر", "يحرروا", "تستعد", "يستعد",
                  "تسقط", "يسقط", "تقتحم", "يقتحم"}
_AUX = {"يتم", "تتمكن", "يتمكن", "يتمكنوا", "تستطع", "يستطع", "يستطيعوا", "تنجح", "ينجح", "ينجحوا", "من", "في", "بعد"}
AUX_REACH = 3  # «لم تتمكن القوات من دخول …»: the subject may stand between the auxiliary and the verbal noun
# between the taking word and the place: its subject or frame («لم تسيطر القوات على مدينة …»)
_FILL = {"علي", "مدينه", "بلده", "قريه", "كامل", "القوات", "قوات", "الجيش", "المقاومه", "الان", "بعد", "النظام",
         "الحوثيون", "الحوثيين", "المتمردون", "المتمردين", "الثوار", "المسلحون", "المسلحين", "التنظيم", "الشعبيه",
         "ميليشيات", "مليشيات", "الميليشيات", "المليشيات"}
FILL_REACH = 4
# the place is the one held only when nothing of it comes first: «لا يزال الحوثيون يسيطرون على مطار عدن» holds the
# airport, not Aden
_LANDMARK = PLACE_PARTS | {"قاعده", "ضواحي", "مداخل", "مدخل", "كثيرا", "كثير", "عدد", "جزء", "غالبيه", "اغلب"}
# «زعم أن عدن لا تزال في أيدي جنوده»: the speaker tells what another claimed, to deny it (sample 6: an analyst on
# the rebels' leader, read as Aden still held against its liberation)
_CLAIMED = {"زعم", "زعمت", "يزعم", "تزعم", "ادعي", "ادعت", "يدعي", "تدعي", "مزاعم", "ادعاءات", "ادعاء"}


def _bare(t: str) -> str:
    return _strip_proclitic(t)


def _place_after(toks: list[str], start: int, place_at: PlaceAt) -> str | None:
    """The place from `start` on, past the fillers of a taking (its subject, «على», «مدينة»)."""
    for pos in range(start, min(len(toks), start + FILL_REACH)):
        if toks[pos] in _LANDMARK or _bare(toks[pos]) in _LANDMARK:
            return None
        place = place_at(toks, pos)
        if place:
            return place
        if not (toks[pos] in _FILL or _bare(toks[pos]) in _FILL):
            return None
    return None


def _still_held(toks: list[str], i: int, place_at: PlaceAt, named_at: PlaceAt) -> str | None:
    """The place that «still» at `i` says is held: named between it and the hand word («لا تزال الحوطة تحت …»), after
    the control verb («لا يزال … يسيطرون على الحوطة»), or as its subject, the first place before it. Outside the
    framed slot after a verb, only a gazetteer place (`named_at`): an unframed rare word is as often no place
    («… ناهيك عن أن الجزر الإماراتية الثلاث ما زالت تحت الاحتلال»)."""
    hand = next((k for k in range(i + 1, min(len(toks), i + 1 + HAND_REACH)) if toks[k] in _HAND
                 or _bare(toks[k]) in _HAND), None)
    if hand is None:
        return None
    for pos in range(i + 1, hand):
        place = named_at(toks, pos)
        if place:
            return place
    if _bare(toks[hand]).startswith(("يسيطر", "تسيطر", "يحتل", "تحتل")):
        return _place_after(toks, hand + 1, place_at)
    lo, hi = max(0, i - SUBJECT_REACH), i
    relative = max((k for k in range(lo, i) if toks[k] in _RELATIVE), default=None)
    if relative is not None:  # «مناطق سنجار التي مازالت …»: the subject is the relative's antecedent, right before it
        lo, hi = max(0, relative - 2), relative
    for pos in range(lo, hi):
        if toks[pos] in _LANDMARK or _bare(toks[pos]) in _LANDMARK:
            return None
        place = named_at(toks, pos)
        if place:
            return place
    return None


def _not_yet(toks: list[str], i: int, place_at: PlaceAt) -> str | None:
    """The place that the negator at `i` says is not taken: «عدم تحرير مدينة الحوطة», «لم تسيطر القوات على …»,
    «لم يتم تحرير …», «لم تتمكن القوات من دخول …»."""
    for pos in range(i + 1, min(len(toks), i + 2 + AUX_REACH)):
        b = _bare(toks[pos])
        if toks[pos] in _NOT_YET_NOUNS or b in _NOT_YET_NOUNS or (pos == i + 1 and toks[pos] in _NOT_YET_VERBS):
            return _place_after(toks, pos + 1, place_at)
        if pos == i + 1 and toks[i] == "لم" and toks[pos] not in _AUX:
            return None  # «لم يقل …»: another verb is negated
        if pos > i + 1 and toks[pos] in _NOT_YET_VERBS:
            return None
    return None


def held_places(toks: list[str], place_at: PlaceAt, named_at: PlaceAt | None = None) -> set[str]:
    """The places the claim says are still held by their holder or not yet taken; `named_at` reads only gazetteer
    places (default `place_at`)."""
    named_at = named_at or place_at
    out: set[str] = set()
    for i, t in enumerate(toks):
        if t in _CLAIMED or _bare(t) in _CLAIMED:
            break  # what follows is another's claim, told to be denied
        place = (_still_held(toks, i, place_at, named_at) if t in _STILL else
                 _not_yet(toks, i, place_at) if t in _NOT else None)
        if place:
            out.add(place)
    return out
