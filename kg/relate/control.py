"""Who holds a place: one source says a town was taken, another, the same day or a day later, that it is still
besieged or fought over on its edges (the fresh set's «taken» vs «besieged»; tests/gold/relations' Zabadani pairs).

`control_of(f)` reads, word by word, the places a claim says were taken (سيطرت على، استولت على، حررت، استعادت،
سقوط) and those it says are contested (حصار، تحاصر، المحاصرة، اشتباكات على أطراف / مشارف / تخوم، محاولات اقتحام):
the place is the first one after the verb within a few words (its subject may stand between: «سيطرت قوات النظام
على مدينة الزبداني»), and none of the words that make it a landmark come first, so «سيطرت على قرية قرب تدمر» or
«على نقاط بمحيط تدمر» took something else than Palmyra. A claim that says both of one place says neither.
"""

from __future__ import annotations

import re

from ..model import Relation
from ..places import places_in
from .claims import ClaimFacts
from .conflicts import METHOD, SAME_EVENT_DAYS, _after, _days, _within
from .edges import EDGE_WORDS, on_the_edges
from .lexicon import PLACE_PARTS, _strip_proclitic
from .antecedent import taken_antecedents
from .still_held import held_places

# a change of hands: the place is taken now (not "controls": a state that a siege by another side coexists with)
_TAKEN = {"سيطرت", "سيطر", "سيطروا", "استولت", "استولي", "استولوا", "حررت", "حرر", "حرروا", "تحرير", "استعادت",
          "استعاد", "استعاده", "استعادوا", "سقوط", "سقطت", "انتزعت", "انتزع"}
_CONTESTED = {"حصار", "تحاصر", "يحاصر", "حاصرت", "حاصر", "يحاصرون", "محاصره", "اطراف", "مشارف", "تخوم", "ابواب",
              "اقتحام"}
_CONTESTED_AFTER = {"المحاصره", "محاصره"}  # «بلدة مضايا المحاصرة»: the adjective follows the place
_FILLERS = {"علي", "كامل", "مدينه", "بلده", "قريه", "السيطره", "المدينه", "البلده", "القريه"}
# before the place, these make it a landmark of what was taken or fought over (near it, its countryside, a point of it)
_NOT_THE_PLACE = PLACE_PARTS | {"بالقرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "طريق",
                                 "نقطه", "حاجز", "كتيبه", "لواء", "مبني", "تخوم", "ابواب", "داخل", "وسط", "من", "في",
                                 "الي", "نحو", "قريتي", "قري", "بلدات", "مدخل", "ضواحي", "ضاحيه", "مثلث"}
# («مثلث العند»: the road junction by the base, not the base; sample 12 read it as al-Anad taken)
# a fall is of the place itself («سقوط جسر الشغور»); «سقطت على بلدتي الفوعة» is shells falling on it
_FALL = {"سقوط", "سقطت"}
# an aim or a campaign, not a fact: «معركة تحرير درعا», «عملية استعادة تدمر», «لا تستطيع استعادة …»
# … and a forecast («يتوقع تحرير تعز بالكامل»: sample 6, read as Taiz taken), and «عدم تحرير …» (not taken:
# kg.relate.still_held reads it as held)
_CAMPAIGN = {"عدم", "يتوقع", "تتوقع", "توقع", "متوقع", "المتوقع", "يرجح", "ترجح",
             "معركه", "عمليه", "محاوله", "محاولات", "خطه", "هدف", "بهدف", "تستطيع", "يستطيع", "لاتستطيع", "تسعي",
             "يسعي", "تريد", "يريد", "مكلفا", "اجل", "استعدادات", "تمهيدا", "لن", "لم", "لا", "قد", "ستعمل", "تحاول",
             "يحاول", "ستحاول", "بدء", "اطلاق", "اطلقت", "اعلنت"}
# The masdar of a taking names the event, which is as often an aim or a plan as a fact («الخطة … في تحرير مدينة
# الرمادي», «استعادة داريا … يبقى هدفًا استراتيجيًا»: seen on fresh news, both read as "taken"): it states a taking
# only as the claim's head (a headline: «سقوط مدينة جسر الشغور بيد جيش الفتح») in a claim with no word of an aim.
_MASDAR = {"تحرير", "استعاده", "سقوط"}
_AIM = {"هدف", "هدفا", "الهدف", "خطه", "الخطه", "يسعي", "تسعي", "يريد", "تريد", "يحاول", "تحاول", "ستحاول", "مرحله",
        "المرحله", "معركه", "عمليه", "عمليات", "العمليات", "اقتراب", "وشك", "بانتظار", "تمهيدا", "استعدادات"}
# Seen on fresh news (samples 10 and 11, session 11): «يتجهون لحصار صنعاء قبل أن يحرروها» and «تحرير صنعاء يعد من
# أولويات القوات» read as a siege and a taking and paired as "taken vs still besieged"; a verbal noun with «ل» is a
# purpose, and a priority is an aim.
_PRIORITY = {"اولويه", "اولويات", "الاولويه", "الاولويات", "باولويه"}
_SIEGE_AND_TAKING_NOUNS = {"حصار", "تحرير", "تطهير", "اقتحام", "استعاده", "سقوط"}


def is_purpose(tok: str, bare: str) -> bool:
    """«لتحرير …», «لحصار …»: a verbal noun of taking or siege with «ل» names what is to be done, not what was."""
    return bare in _SIEGE_AND_TAKING_NOUNS and tok.startswith("ل") and tok[1:] == bare


MASDAR_HEAD = 1  # token positions from the claim's start where a masdar heads it (after «و» or one word such as «بعد»)
# the edges of a place are contested only where the claim says there is fighting (not «بقيت لهم منطقة … عند أطراف الحسكة»)
_FIGHTING = ("اشتباك", "معارك", "مواجهات", "قتال", "هجوم", "تقدم", "قصف", "معركه", "اقتحام")
REACH = 8  # tokens from the verb to the place: the verb's subject may stand between («سيطرت قوات النظام على …»)
EDGE_REACH = 3  # from «أطراف»/«مشارف» to the place: fillers only
_EDGES = EDGE_WORDS


def _bare(t: str) -> str:
    b = _strip_proclitic(t)
    return b if b in _TAKEN | _CONTESTED | _FILLERS | _CONTESTED_AFTER else t


def _place_at(toks: list[str], pos: int) -> str | None:
    """The place named by the tokens at `pos` (one or two words: «جسر الشغور»), None when none starts there."""
    one = places_in(toks[pos], framed=True) if pos < len(toks) else []  # the place slot (kg.places.FRAMED)
    if one:
        return one[0]
    two = places_in(" ".join(toks[pos:pos + 2]), framed=True) if pos + 1 < len(toks) else []
    return two[0] if two and not places_in(toks[pos + 1]) else None


def control_of(f: ClaimFacts) -> dict[str, str]:
    """Place → "taken" | "contested" | "edges" | "held", as the claim's own words say; places it says both taken and
    held or contested of are left out. "held": still held by its holder or not yet taken (kg.relate.still_held),
    read in a negated claim too («لم تسيطر القوات على …»)."""
    if f.denied:
        return {}
    toks = f.toks
    held = {place: {"held"} for place in held_places(toks, _place_at)}
    if f.negated:
        return settled(held, toks)
    aim = any(t in _AIM | _PRIORITY or _strip_proclitic(t) in _AIM | _PRIORITY for t in toks)
    found: dict[str, set[str]] = {}
    for i, t in enumerate(toks):
        b = _bare(t)
        if b in _CONTESTED_AFTER and i > 0:
            place = _place_at(toks, i - 1) or (_place_at(toks, i - 2) if i > 1 else None)
            if place:
                found.setdefault(place, set()).add("contested")
            continue
        kind = "taken" if b in _TAKEN else state_of(b) if b in _CONTESTED else None
        if kind is None or {v for u in toks[max(0, i - 2):i] for v in (u, _strip_proclitic(u))} & _CAMPAIGN:
            continue
        if is_purpose(t, b):
            continue
        if b in _MASDAR and (i > MASDAR_HEAD or aim):
            continue  # an aim or a plan («خطة تحرير …»), not a taking
        edge = on_the_edges(toks, i)  # kg.relate.edges: held or not as `settled` reads the rest
        if edge and not any(w in u for u in toks for w in _FIGHTING):
            continue
        if edge:
            kind = "edges"
        if b in _FALL:
            place = _place_at(toks, i + 1) or (_place_at(toks, i + 2) if i + 2 < len(toks) and
                                               _strip_proclitic(toks[i + 1]) in _FILLERS - {"علي"} else None)
            if place:
                found.setdefault(place, set()).add(kind)
            continue
        for pos in range(i + 1, min(len(toks), i + 1 + (EDGE_REACH if edge else REACH))):
            place = _place_at(toks, pos)
            if place:
                found.setdefault(place, set()).add(kind)
                break
            bare = _strip_proclitic(toks[pos])
            if edge and bare not in _FILLERS or bare in _NOT_THE_PLACE or toks[pos] in _NOT_THE_PLACE:
                break
    for place in held:
        found.setdefault(place, set()).add("held")
    for place in taken_antecedents(toks, _place_at):  # «قصر المعاشيق …، الذي كان الثوار استعادوه»
        found.setdefault(place, set()).add("taken")
    return settled(found, toks)


def state_of(contested: str) -> str:
    """A contested word's state: "edges" for fighting on a place's edges («على أطراف المدينة»), else "contested"."""
    return "edges" if contested in _EDGES else "contested"


# Fighting on a place's edges that has not got in («دون تحقيق أي تقدم», «لم تتمكن», «صدت», «لا تزال»): the place holds,
# as a siege says
_NOT_IN = {"تتمكن", "يتمكن", "تتمكنا", "يتمكنوا", "فشل", "فشلت", "فشلوا", "صد", "صدت", "تصدت", "تصدي", "احبطت",
           "لاتزال", "مازالت", "مازال", "تزال", "يزال", "زالت", "زال"}


# «دون» only before a gain («دون تحقيق أي تقدم», «دون أن تتمكن»), not «دون سابق إنذار»
_NO_GAIN = re.compile(r"(?<!\S)دون\s+(?:تحقيق|احراز|اي\s+تقدم|ان)(?!\S)")


def settled(found: dict[str, set[str]], toks: list[str] | tuple[str, ...] = ()) -> dict[str, str]:
    """Place → its one state; fighting on the edges of a place besieged, or that has not got in (_NOT_IN), is
    contested; still held ("held") says more than contested; a place said both taken and contested or held is left
    out."""
    holds = any(t in _NOT_IN or _strip_proclitic(t) in _NOT_IN for t in toks) or bool(_NO_GAIN.search(" ".join(toks)))
    out = {}
    for place, kinds in found.items():
        kinds = {"contested" if k == "edges" and (holds or "contested" in kinds) else k for k in kinds}
        if "held" in kinds:
            kinds -= {"contested", "edges"}
        if len(kinds) == 1:
            out[place] = next(iter(kinds))
    return out


def control_conflict(a: ClaimFacts, b: ClaimFacts, date_a: str | None = None, date_b: str | None = None,
                     same_source: bool = False) -> Relation | None:
    """Two sources on one place within SAME_EVENT_DAYS: one says it was taken, the other, on a later day, that it is
    besieged or fought over on its edges (a siege then a fall is the town's history, not a conflict). One source's
    own two accounts are an update."""
    if same_source or not _within(date_a, date_b, SAME_EVENT_DAYS):
        return None
    return opposite_holdings(control_of(a), control_of(b), date_a, date_b)


def opposite_holdings(ha: dict[str, str], hb: dict[str, str], date_a: str | None,
                      date_b: str | None) -> Relation | None:
    """A place one claim says was taken and the other, dated a day or more after it, says is still besieged or
    fought over. The same day is no contradiction: news days cannot order an attack on a place and its fall (on
    the blind sample 8 all 5 same-day pairs were two stages of one offensive; on sample 6, 2 of 2 were real).
    Fighting on a place's edges ("edges": «اشتباكات على أطراف المدينة») does not deny that it was taken: the side
    that lost it fights back at its edges (blind sample 11: a city's own edges fought over a day after it fell,
    read as a contradiction); a siege does."""
    for place in sorted(ha.keys() & hb.keys()):
        if {ha[place], hb[place]} == {"taken", "held"}:
            found = still_held_conflict(place, ha[place] == "taken", date_a, date_b)
            if found is not None:
                return found
            continue
        if {ha[place], hb[place]} != {"taken", "contested"}:
            continue
        taken_first = ha[place] == "taken"
        d_taken, d_contested = (date_a, date_b) if taken_first else (date_b, date_a)
        if _after(d_contested, d_taken) <= 0:
            continue  # besieged, then taken; or the same day, or a date unknown
        return Relation("contradicts", 0.65, f"one claim says {place} was taken, the other that it is still "
                                             f"besieged or fought over ({'the first' if taken_first else 'the second'}"
                                             f" says taken), a day or more later", METHOD)
    return None


def still_held_conflict(place: str, taken_first: bool, date_a: str | None, date_b: str | None) -> Relation | None:
    """A place one claim says was taken and the other, dated the same day or later, says is still held or not yet
    taken (kg.relate.still_held): these words state who holds it at the time of writing, so unlike a siege they do
    not coexist with a fall reported for that day. Held before the taking is the town's history; unknown dates say
    nothing."""
    d_taken, d_held = (date_a, date_b) if taken_first else (date_b, date_a)
    if _days(d_taken, d_held) is None or _after(d_held, d_taken) < 0:
        return None
    when = "the same day" if _after(d_held, d_taken) == 0 else "a day or more later"
    return Relation("contradicts", 0.65, f"one claim says {place} was taken, the other that it is still held or not "
                                         f"yet taken ({'the first' if taken_first else 'the second'} says taken), "
                                         f"{when}", METHOD)
