"""A place taken, told in a relative clause after it: «قصر المعاشيق الرئاسي في عدن، الذي كان الثوار استعادوه في
وقت متأخر» (sample 11, session 17: the palace retaken on the Monday, against the same palace «لا يزال بأيدي
المتمردين» the next day). The verb of taking comes after the place, its object a pronoun that points back to it,
so the readers that look for the place after the verb (kg.relate.control, kg.relate.events.holding_of) miss it.

`taken_antecedents(toks, named_at)`: the places so taken, `named_at(toks, pos)` reading a gazetteer place.
"""

from __future__ import annotations

from collections.abc import Callable

from .lexicon import PLACE_PARTS, _strip_proclitic

_RELATIVE = {"الذي", "التي"}
# a verb of taking with the pronoun of its object: «استعادوه», «حررتها», «سيطروا عليه/عليها»
# («استعاده» is left out: normalized, it is also the verbal noun «استعادة»)
_TAKEN_IT = {"استعادوه", "استعادوها", "استعادته", "استعادتها", "استعادها", "حرروه", "حرروها", "حررته",
             "حررتها", "حرره", "حررها", "دخلوه", "دخلوها", "دخلته", "دخلتها", "انتزعوه", "انتزعوها", "انتزعته",
             "انتزعتها"}
_CONTROL_VERBS = {"سيطروا", "سيطرت", "سيطر", "استولوا", "استولت", "استولي"}
_ON_IT = {"عليه", "عليها"}
VERB_REACH = 4  # from the relative to the verb: «الذي كان الثوار استعادوه», «التي سيطرت عليها قوات …»
ANTECEDENT_REACH = 6  # tokens before the relative where the place stands («قصر المعاشيق الرئاسي في عدن، الذي»)
# the relative's antecedent is then something of the place, not the place («مطار عدن الذي …», «باقي المحافظات التي
# حررتها …»: the airport, the other provinces); a base is not here: the gazetteer's al-Anad is the base itself
_LANDMARK = PLACE_PARTS | {"المحافظات", "محافظات", "المدن", "مدن", "البلدات", "بلدات", "القري", "قري", "المناطق",
                          "باقي", "بقيه"}
_IN = {"في", "ب"}  # «قصر المعاشيق الرئاسي في عدن، الذي …»: a place in a phrase of place is where the antecedent is
# a taking dated by its own words to a month or a past span is the place's history, not the news of the claim's day
# («الرمادي … التي سيطر عليها مايو الماضي», «تدمر … التي سيطر عليها في 21 مايو»)
_PAST = {"الماضي", "الماضيه", "منذ", "عام", "العام", "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو",
         "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"}
PAST_REACH = 4  # tokens after the verb where its date stands
# an aim or a negation between: «التي لم يستعيدوها», «التي يسعون إلى استعادتها»
_NOT = {"لم", "لن", "لا", "يسعون", "تسعي", "يسعي", "يريدون", "تريد", "بهدف", "ل", "الي"}


def _taking_at(toks: list[str], k: int) -> bool:
    t = toks[k]
    return t in _TAKEN_IT or (t in _CONTROL_VERBS and k + 1 < len(toks) and toks[k + 1] in _ON_IT)


def taken_antecedents(toks: list[str], named_at: Callable[[list[str], int], str | None]) -> set[str]:
    """The places a relative clause right after them says were taken."""
    out: set[str] = set()
    for i, t in enumerate(toks):
        if t not in _RELATIVE:
            continue
        verb = next((k for k in range(i + 1, min(len(toks), i + 1 + VERB_REACH)) if _taking_at(toks, k)), None)
        if verb is None or any(u in _NOT or _strip_proclitic(u) in _NOT for u in toks[i + 1:verb]) \
                or any(u in _PAST for u in toks[verb + 1:verb + 1 + PAST_REACH]):
            continue
        place = _antecedent(toks, i, named_at)
        if place:
            out.add(place)
    return out


def _antecedent(toks: list[str], i: int, named_at: Callable[[list[str], int], str | None]) -> str | None:
    """The place the relative at `i` follows: the nearest before it that is not in a phrase of place («في عدن»),
    with no landmark or other noun of places between."""
    for pos in range(i - 1, max(-1, i - 1 - ANTECEDENT_REACH), -1):
        if toks[pos] in _LANDMARK or _strip_proclitic(toks[pos]) in _LANDMARK:
            return None
        if toks[pos] in _IN:
            continue  # the place read from the preposition on is the one after it, in the phrase of place
        place = named_at(toks, pos)
        if place and pos > 0 and (toks[pos - 1] in _LANDMARK or _strip_proclitic(toks[pos - 1]) in _LANDMARK):
            return None  # «مطار عدن الذي …»: the airport's
        if place and not (pos > 0 and toks[pos - 1] in _IN or toks[pos].startswith("ب")):
            return place
    return None
