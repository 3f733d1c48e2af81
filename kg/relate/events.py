"""Conflicts about one event that the gazetteer and the counted-noun classes do not see (issue 13, recall).

Three shapes, read on sample 6's hunted conflicts (tests/gold/graph-relations-sample-6/hunt.jsonl):

- who holds a place (`holding_of`, `holding_conflict`): kg.relate.control reads the same taken / besieged words,
  but only for the places of kg.places' gazetteer (Syrian towns until session 11), so «بسطت سيطرتها على مدينة
  زنجبار» against «واصل … حصارهم لمدينة زنجبار» found no place. Here the place is a gazetteer place or, failing that, a rare word
  (a name: idf ≥ PLACE_IDF over SaudiNewsNet) after the verb and its fillers;
- a death toll (`tolls`, `toll_conflict`): «استشهاد 13 من منسوبي …» against «استشهاد 15 شخصًا، ضمنهم 12 …»: the
  number right after a death word, whatever noun follows (kg.relate.conflicts.counts needs a counted noun
  class: «عناصر»، «قتلى»). One event: the same day (or the next, with a lower toll: `counted_up`), two sources,
  close in meaning (the encoder's cosine, or two names in common: NAMED_COS) and sharing rare words that are not
  toll words;
- an aircraft shot down against the same aircraft come down by a fault or landed (`outcome_of`, `downing_conflict`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Relation
from ..places import overlap, places_in
from ..text import light_stem
from .claims import ClaimFacts, places_differ
from .conflicts import (_ENTITY_STEMS, _NUMBER_WORDS, _TEEN_UNITS, _TEN, _TOLL_STEMS, METHOD, NAMED_IDF, RARE_IDF,
                        SAME_EVENT_DAYS, _after, _idf, _within, rare_shared)
from .control import _AIM as _CONTROL_AIM
from .control import _PRIORITY, _SIEGE_AND_TAKING_NOUNS, is_purpose, settled, state_of
from .control import (_CAMPAIGN, _CONTESTED, _CONTESTED_AFTER, _EDGES, _FIGHTING, _NOT_THE_PLACE, _TAKEN, REACH,
                      opposite_holdings)
from .explanation import _w
from .figures import DEAD_DUALS, Figure, bound_start, dual_count, exact, figure_at, ranges_apart, show
from .lexicon import _strip_proclitic
from .edges import on_the_edges
from .antecedent import taken_antecedents
from .still_held import held_places
from .sums import coordinated_totals

PLACE_IDF = 4.0  # a word this rare after «سيطرت على» names the place (زنجبار 5.7, أبين 4.8; قوات, النظام far below)
# taken: control.py's verbs, and the clearing or extending of control over a place
_TAKEN_MORE = {"بسطت", "بسط", "بسطوا", "طهرت", "طهر", "تطهير", "طردت"}
# the words between the verb and the place: its object's frame, not the place («بسطت سيطرتها على مدينة زنجبار»)
_FRAME = {"علي", "كامل", "مدينه", "لمدينه", "بمدينه", "بلده", "قريه", "محافظه", "محافظتي", "السيطره", "سيطرتها",
          "سيطرته", "سيطرتهم", "المدينه", "البلده", "القريه", "قاعده", "ميناء", "عاصمه", "تم", "بالكامل", "تماما"}
# what comes next, not what happened: «الخطوة المقبلة … هي تطهير محافظتي أبين ولحج»
_AIM = {"المقبله", "المقبل", "القادمه", "القادم", "ستكون", "سيتم", "الوجهه", "صوب"}
_MASDAR = _SIEGE_AND_TAKING_NOUNS  # verbal nouns: their object follows them
# A verbal noun of taking names the event, which is as often an aim as a fact: with «ل» it is a purpose («تعد الآن
# لتحرير قاعدة العند», «يتجهون لحصار صنعاء»), and a word of aim or priority anywhere in the claim makes it one
# («تحرير صنعاء يعد من أولويات القوات»; kg.relate.control.is_purpose, _PRIORITY).
# «الأطراف الشمالية لمحافظة عدن»: the edges of a province are not its city's edges — fighting in a province's
# outskirts a day after its city was taken is the front moving on, not the city still fought over (sample 11:
# 8 such pairs stored, all wrong, session 11)
_PROVINCE_FRAME = {"محافظه", "لمحافظه", "بمحافظه", "محافظتي", "منطقه", "لمنطقه", "بمنطقه", "ولايه", "لولايه",
                   "مديريه", "لمديريه"}
_FALL = {"سقوط", "سقطت"}  # the place right after: «سقوط زنجبار», not «سقطت قذائف على …»
# «فك الحصار عن …»: the siege ends; «تحرك … نحو تحرير شبوة»: an aim; «إذا سقطت جورين»: a condition
_LIFTED = {"رفع", "فك", "كسر", "انهاء", "نحو", "باتجاه", "اذا", "لو", "حال", "حاله"}
# «قتلت»: the killers' verb before its count («قوات الأمن قتلت ستة أشخاص», sample 10's Nalchik raid: no toll read)
_DEATH = {"استشهاد", "مقتل", "قتل", "مصرع", "وفاه", "استشهد", "استشهدوا", "قتلوا", "قتلت", "توفي"}  # «توفي 7 معتمرين»
_PART = {"ضمنهم", "بينهم", "منهم", "بينها", "منها", "ضمنها"}  # what follows counts a part of the toll
_WOUNDED = {"اصابه", "اصيب", "اصيبوا", "جرح", "جرحي", "الجرحي", "المصابين", "مصابين"}
_ADDED = {"اضافه", "بالاضافه"}
SUM_REACH = 10  # tokens after a toll where a number added to it stands («… من منسوبي القوات وثلاثة من العاملين»)
_PLACE_NOUNS = {"مدينه", "منطقه", "محافظه", "بلده", "قضاء", "ناحيه", "ولايه", "مقاطعه", "قريه", "مخيم", "مديريه",
                "بلدات", "قري", "محافظتي", "منطقتي"}
_WOUNDED_NOUNS = {"جريحا", "جرحي", "جريح", "مصابا", "مصابين", "مصابون", "اصابات"}  # the wounded: the count precedes
_WOUNDED_STEMS = frozenset(light_stem(w) for w in _WOUNDED | {"اصابات", "الاصابات"})
_DEATH_STEMS = frozenset(light_stem(w) for w in _DEATH)
_DEAD_NOUNS = {"قتيلا", "قتلي", "قتيل", "شهيدا", "شهداء"}
# a toll over a period or a running total is another count than one event's («منذ بداية العام»، «ارتفعت الحصيلة»)
_AGGREGATE = {"منذ", "خلال", "ارتفع", "ارتفعت", "ارتفاع", "حصيله", "اجمالي", "مجموع", "ليرتفع", "لترتفع"}
_SPAN = {"منذ", "خلال"}  # a period: it qualifies the toll only next to it (`period_near`)
# «خلال» is a period only before a stretch of time («خلال الشهر الماضي»), not «وقع خلال مسيرة» (during a march)
_PERIODS = {"الشهر", "شهر", "الاسبوع", "اسبوع", "العام", "عام", "الايام", "ايام", "الساعات", "ساعات", "الاشهر", "اشهر",
            "السنوات", "سنوات", "الفتره", "فتره", "اليومين", "يومين", "الاسابيع", "اسابيع", "ساعه", "يوما", "اياما",
            "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"}
# a period framing the sentence before the toll is its period («خلال الأيام الثلاثة الماضية … أرواح 29»); one after
# it qualifies it only next to it («مقتل 300 مدني منذ بداية العام»): further on it is another clause's, «14 قتيلا …
# حيث هطلت أمطار لم تشهد المنطقة مثيلا لها منذ قرن» (sample 8) dates the rain, not the typhoon's toll
PERIOD_REACH = 6
# a period before these is another clause's: «… منذ قرن، وذلك بعد مروره في تايون حيث أدى إلى سقوط ستة قتلى»
_NEW_CLAUSE = {"حيث", "وذلك", "وحيث"}
# a past plural death verb after the counted noun: «نحو 17 شخصا استشهدوا»
_DIED_AFTER = {"استشهدوا", "قتلوا", "لقوا", "توفوا", "قضوا", "مصرعهم", "مصرعهما"}  # «لقي تسعة أشخاص مصرعهم»
# the dual's death verb after a count of two: «جنديين قتلا», «اثنان استشهدا» (a plural count takes `_DIED_AFTER`)
_TWO_DIED_AFTER = {"قتلا", "استشهدا", "لقيا", "توفيا", "قضيا"}
# a plural verb of the wounded after its counted noun: «أربعة أشخاص أصيبوا» (sample 8), «11 شخصا قتلوا و32 أصيبوا»
# (sample 12), as tolls read «17 شخصا استشهدوا»
_WOUNDED_AFTER = {"اصيبوا", "جرحوا"}
TOLL_DAYS = 0  # one date: a toll revised the next day (13 on the 6th, 15 on the 7th) is an update, not a conflict
# ... unless the next day's toll is lower: tolls are counted up as the hours pass, so a later report giving fewer
# dead is no update (sample 10: 14 killed in Nalchik on the 3rd, six on the 4th; sample 11: 14 soldiers in Ain Defla
# on the 21st, nine on the 22nd); as kg.relate.injuries reads the wounded (`counted_up`)
DEATH_DAYS = 1
TOLL_COS = 0.6  # encoder cosine of two reports of one attack (the Asir pair: 0.69; other bombings of the day below)
# Shared words as rare as names (a town and its region: idf ≥ NAMED_IDF) say one event more surely than the encoder,
# whose cosine falls when one outlet's sentence carries more than the other's («مقتل 14 مقاتلا … في نالتشيك في
# كاباردينو» vs «قوات الأمن قتلت ستة أشخاص … في مدينة نالتشيك عاصمة منطقة كاباردينو»: 0.47). Two of them, not one:
# an inflected common word can be as rare as a name («تفجيرا», «متمردا»), and one name (Boko Haram, a camp) is
# shared by a day's other attacks (samples 6, 10 and 14: seven wrong tolls stored with one name below TOLL_COS)
NAMED_COS = 0.45
NAMES_SHARED = 2
TOLL_SHARED = 2  # rare words both share that are not toll words: one event, not two tolls of the day
_DIGITS = re.compile(r"[وفب]?(\d+)")


def _number(tok: str) -> int | None:
    m = _DIGITS.fullmatch(tok)
    return int(m.group(1)) if m else _NUMBER_WORDS.get(_strip_proclitic(tok))


def _anchor(toks: list[str], pos: int, named_only: bool = False) -> str | None:
    """The place named at `pos`: a gazetteer place, else (unless `named_only`) a rare word (its stem) that is not a
    country or leader."""
    # the place slot: a name that is also a common word («أبين», «لحج») is the place here (kg.places.FRAMED)
    found = places_in(toks[pos], framed=True) or (places_in(" ".join(toks[pos:pos + 2]), framed=True)
                                                  if pos + 1 < len(toks) else [])
    if found:
        return found[0]
    if named_only:
        return None
    stem = light_stem(_strip_proclitic(toks[pos]))
    return stem if not stem.isdigit() and stem not in _ENTITY_STEMS and _idf(stem) >= PLACE_IDF else None


def holding_of(f: ClaimFacts) -> dict[str, str]:
    """Place → "taken" | "contested" | "edges" as the claim's words say (kg.relate.control's reading, places by `_anchor`);
    places coordinated after the first («تطهير محافظتي أبين وزنجبار») share its state; both states: left out. "held":
    still held or not yet taken (kg.relate.still_held), read in a negated claim too."""
    if f.denied:
        return {}
    toks = f.toks
    found: dict[str, set[str]] = {place: {"held"} for place in held_places(toks, _anchor, _named)}
    if f.negated:
        return settled(found, toks)
    aimed = any(t in _CONTROL_AIM | _PRIORITY or _strip_proclitic(t) in _CONTROL_AIM | _PRIORITY for t in toks)
    for i, t in enumerate(toks):
        b = _strip_proclitic(t)
        b = b if b in _TAKEN | _TAKEN_MORE | _CONTESTED else re.sub(r"(?:هم|ها)$", "", b)  # «حصارهم لمدينة …»
        if b in _CONTESTED_AFTER and i > 0:
            place = _anchor(toks, i - 1)
            if place:
                found.setdefault(place, set()).add("contested")
            continue
        kind = "taken" if b in _TAKEN | _TAKEN_MORE or t in _TAKEN_MORE else state_of(b) if b in _CONTESTED else None
        before = {v for u in toks[max(0, i - 2):i] for v in (u, _strip_proclitic(u))}
        if kind is None or before & (_CAMPAIGN | _LIFTED) or set(toks[:i]) & _AIM:
            continue
        if b in _MASDAR and (is_purpose(t, b) or aimed):
            continue  # a purpose or an aim («لتحرير …», «تحرير … من أولويات …»), not a taking or a siege
        if b in _FALL:
            place = _anchor(toks, i + 1, named_only=b not in _MASDAR) if i + 1 < len(toks) else None  # «سقطت قذائف»
            if place:
                found.setdefault(place, set()).add(kind)
            continue
        if on_the_edges(toks, i):  # kg.relate.edges («أطرافها» too): the edges, held or not as `settled` reads the rest
            if not any(w in u for u in toks for w in _FIGHTING):
                continue
            kind = "edges"
        for pos in range(i + 1, min(len(toks), i + 1 + REACH)):
            if b in _EDGES and toks[pos] in _PROVINCE_FRAME:
                break  # a province's edges, not its city's
            if toks[pos] in _THE_TOWN or _strip_proclitic(toks[pos]) in _THE_TOWN:
                place = (_anchor(toks, pos + 1, named_only=True) if pos + 1 < len(toks) else None) or _context_place(f)
                if place:
                    found.setdefault(place, set()).add(kind)
                break
            if toks[pos] in _FRAME or _strip_proclitic(toks[pos]) in _FRAME:
                continue
            if toks[pos] in _NOT_THE_PLACE or _strip_proclitic(toks[pos]) in _NOT_THE_PLACE:
                break
            # a rare word is the place only right after the verb or its frame («على مدينة زنجبار»), not further on
            # past its subject («سيطرت قوات النظام على …» names the place after «على»)
            # a verbal noun takes its object next («حصار زنجبار»), a verb its subject first («حاصرت ميليشيات …»)
            framed = toks[pos - 1] in _FRAME | _EDGES or _strip_proclitic(toks[pos - 1]) in _FRAME | _EDGES
            place = _anchor(toks, pos, named_only=not (framed or pos == i + 1 and b in _MASDAR))
            if place:
                found.setdefault(place, set()).add(kind)
                if pos + 1 < len(toks) and toks[pos + 1].startswith("و"):
                    other = _anchor([toks[pos + 1][1:]], 0) if len(toks[pos + 1]) > 3 else None
                    if other:
                        found.setdefault(other, set()).add(kind)
                break
    for place in taken_antecedents(toks, _named):  # kg.relate.antecedent: «…، الذي كان الثوار استعادوه»
        found.setdefault(place, set()).add("taken")
    return settled(found, toks)


def _named(toks: list[str], pos: int) -> str | None:
    """A gazetteer place at `pos` (`_anchor` without its rare-word reading)."""
    return _anchor(toks, pos, named_only=True)


# «سيطروا على المدينة»: the definite noun is the town the article is about; the word after it is not its name
# («أكملوا سيطرتهم الكاملة على المدينة، وشرعوا في تمشيط …» read «وشرعوا» as the place, sample 10), unless a
# gazetteer place («على المدينة عدن»)
_THE_TOWN = {"المدينه", "البلده", "القريه"}


def _context_place(f: ClaimFacts) -> str | None:
    """The one place the claim is about when its own words name none: its sentence's or headline's
    (kg.attribution.pipeline.place_and_rank); None when there are several or the claim names its own."""
    return next(iter(f.places)) if len(f.places) == 1 and not places_in(f.text) else None


def holding_conflict(a: ClaimFacts, b: ClaimFacts, date_a: str | None = None, date_b: str | None = None,
                     same_source: bool = False) -> Relation | None:
    """kg.relate.control.control_conflict over `holding_of`: two sources within SAME_EVENT_DAYS, one says a place was
    taken, the other, on a later day, that it is besieged or fought over (kg.relate.control.opposite_holdings)."""
    if same_source or not _within(date_a, date_b, SAME_EVENT_DAYS):
        return None
    return opposite_holdings(holding_of(a), holding_of(b), date_a, date_b)


def _toll_at(toks: list[str], i: int, n: int) -> set[int]:
    """The toll read at `i` and, where numbers are added to it («استشهاد 10 من منسوبي القوات وثلاثة من العاملين»,
    «إضافة إلى 3»), its total: {10, 13}. A part («ضمنهم 12»، «من بينهم 3») adds nothing; the wounded end it."""
    total, out, prev = n, {n}, ""
    span = toks[i + 1:i + 1 + SUM_REACH]
    for k, t in enumerate(span):
        bare = _strip_proclitic(t)
        if bare in _WOUNDED or t in _WOUNDED:
            break
        if (bare in _PART or t in _PART) and any(_number(u) is not None for u in span[k + 1:k + 3] if u[0] != "و"):
            break  # «ضمنهم 12»، «من بينهم 3 عاملين»; but «استشهاد 10 منهم وثلاثة من العاملين» adds the three
        m = _number(t[1:]) if t.startswith("و") and len(t) > 1 else None  # «وثلاثة»، «و3»
        if m is not None and k + 1 < len(span) and _wounded_next(span, k):
            break  # «25 قتيلا و35 جريحا», «11 شخصا قتلوا و32 أصيبوا»: the wounded, not more dead
        if m is None and prev == "الي" and _ADDED & set(toks[i + 1:i + 1 + SUM_REACH]):  # «إضافة إلى ثلاثة»
            m = _number(t)
        prev = t
        if m is not None:
            total += m
            out.add(total)
    return out


def _wounded_next(toks: list[str], k: int) -> bool:
    """The word after the number at `k` says the wounded: a wounded noun («35 جريحا») or a plural wound verb after
    its count («32 أصيبوا»; «278 وإصابة 356» starts the wounded's own clause)."""
    nxt = toks[k + 1] if k + 1 < len(toks) else ""
    return _strip_proclitic(nxt) in _WOUNDED_NOUNS or nxt in _WOUNDED_AFTER


def running_total(toks: list[str]) -> bool:
    """A running total anywhere in the claim («ارتفعت حصيلة القتلى إلى 15»): no figure of it is one event's."""
    return bool(({_strip_proclitic(t) for t in toks} | set(toks)) & (_AGGREGATE - _SPAN))


def period_near(toks: list[str], i: int) -> bool:
    """A period before the number at `i`, or after it within PERIOD_REACH tokens: «منذ», or «خلال» before a stretch
    of time («خلال شهر يوليو», «خلال الـ48 ساعة»)."""
    start = max([k + 1 for k in range(i) if toks[k] in _NEW_CLAUSE], default=0)
    for k in range(start, min(len(toks), i + PERIOD_REACH + 1)):
        b = _strip_proclitic(toks[k])
        if b == "منذ" or b == "خلال" and any(_strip_proclitic(u) in _PERIODS for u in toks[k + 1:k + 4]):
            return True
    return False


def toll_figures(f: ClaimFacts) -> frozenset[Figure]:
    """The death tolls the claim gives, as figures (kg.relate.figures: «نحو 17» is 14–21, «على الأقل 12» is ≥12):
    the number after a death word («استشهاد 15 شخصا», «مقتل نحو 17»), before a dead noun («ثمانية قتلى») or before
    a noun and a death verb («17 شخصا استشهدوا»); exact ones with their totals where numbers are added to them
    (`_toll_at`). Negated tolls, running totals and a period's totals give none."""
    toks = f.toks
    if f.negated or running_total(toks):
        return frozenset()
    out: set[Figure] = set()
    last = -2  # where the last toll was read
    for i, t in enumerate(toks):
        n = _number(t)
        e = i  # the number's last token: «ثلاثة عشر» is 13 (kg.relate.conflicts.number_at), not 3
        if i + 1 < len(toks) and toks[i + 1] in _TEN and _strip_proclitic(t) in _TEEN_UNITS:
            n, e = 10 + _TEEN_UNITS[_strip_proclitic(t)], i + 1
        two_died = _two_died_after(toks, i)  # «جنديين قتلا», «جنديين تركيين قتلا»
        if n is None and (i > 0 and _strip_proclitic(toks[i - 1]) in _DEATH or two_died):
            n = dual_count(toks, i)  # «مقتل جنديين», «مقتل ضابطين ومجند»: a count no number word says
        if n is None and _strip_proclitic(t) in DEAD_DUALS:
            n = 2  # «سقوط قتيلين»: the dual of a dead noun is a toll of two
        two_died = two_died and n == 2
        if n is None or n < 2 or n > 100000 or (i > 0 and _number(toks[i - 1]) is not None) \
                or t in _TEN and i > 0 and _strip_proclitic(toks[i - 1]) in _TEEN_UNITS:
            continue  # «(15) خمسة عشر»: the number spelled out again; the «عشر» of a teen
        if t.startswith("و") and last == i - 1:
            continue  # «مقتل جنديين وثلاثة»: added to the toll before it (`_toll_at`), not a toll of its own
        lead = bound_start(toks, i, _strip_proclitic)
        before = {_strip_proclitic(u) for u in toks[max(0, lead - 2):lead] + toks[max(0, i - 2):i]}
        after = [_strip_proclitic(u) for u in toks[e + 1:e + 3]]
        if not (before & _DEATH or after[:1] and after[0] in _DEAD_NOUNS or set(after) & _DIED_AFTER or two_died
                or _strip_proclitic(t) in DEAD_DUALS):
            continue
        fig = figure_at(toks, i, n, e)
        if fig is None or period_near(toks, i) or i > 0 and _strip_proclitic(toks[i - 1]) in _WOUNDED \
                or _wounded_next(toks, e):
            continue  # a period's total; «قتلوا وأصيب 72», «قتلوا و32 أصيبوا»: the number of the wounded
        out |= {(m, m) for m in _toll_at(toks, e, n)} if fig == (n, n) else {fig}
        last = e
    return frozenset(out)


def _two_died_after(toks: list[str], i: int) -> bool:
    """A dual death verb follows the count at `i`, right after it or after its dual adjective: a dual noun's adjective
    is dual too («جنديين تركيين قتلا», «شرطيان مصريان قتلا»)."""
    k = i + 2 if i + 2 < len(toks) and toks[i + 1].endswith(("يين", "يان")) else i + 1
    return k < len(toks) and toks[k] in _TWO_DIED_AFTER


def tolls(f: ClaimFacts) -> frozenset[int]:
    """The exact death tolls of `toll_figures` («نحو 17»، «على الأقل» give none)."""
    return exact(toll_figures(f))


# a number before one of these is the day of a date, not a count: «يوم 26 يونيو … 27 قتيلا» against «مقتل 26 شخصا»
# (set f, the Imam Sadiq mosque bombing) read 26 as said on both sides, so the two tolls did not differ
_MONTHS = {"يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر",
           "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين"}


def _numbers_said(f: ClaimFacts, days: bool = True) -> set[int]:
    """Every number the claim says, its tolls, and its people added up («ضابط وثلاثة جنود» is 4: kg.relate.sums);
    `days=False`: not the day of a date («26 يونيو»)."""
    toks = f.toks
    return ({n for i, t in enumerate(toks) if (n := _said_at(toks, i)) is not None
             and (days or not (i + 1 < len(toks) and toks[i + 1] in _MONTHS))} | set(tolls(f)) | coordinated_totals(toks))


def _said_at(toks: list[str], i: int) -> int | None:
    """The number said at `toks[i]`, a teen whole («ثلاثة عشر» is 13; its «عشر» none)."""
    bare = _strip_proclitic(toks[i])
    if i + 1 < len(toks) and toks[i + 1] in _TEN and bare in _TEEN_UNITS:
        return 10 + _TEEN_UNITS[bare]
    if toks[i] in _TEN and i > 0 and _strip_proclitic(toks[i - 1]) in _TEEN_UNITS:
        return None
    return _number(toks[i])


def tolls_differ(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both give a toll, no toll or total of one is any number the other says (a part counted, «ضمنهم 12», or a
    total, «10 … وثلاثة», is the same toll), and their ranges cannot overlap (`figures_apart`)."""
    return figures_apart(toll_figures(a), toll_figures(b), a, b)


def figures_apart(fa: frozenset[Figure], fb: frozenset[Figure], a: ClaimFacts, b: ClaimFacts,
                  counted: frozenset[int] = frozenset()) -> bool:
    """Both give figures, no exact one of either is a number the other says (a part, a total), and no two of their
    ranges overlap («نحو 17» against 15: no conflict). `counted`: figures said in words no number reads («شخصان»)."""
    if not (fa and fb):
        return False
    ea, eb = exact(fa), exact(fb)  # the day of a date («26 يونيو») is no part or total of a figure
    return not ea & (_numbers_said(b, days=False) | eb | counted) and not eb & (_numbers_said(a, days=False) | ea | counted) \
        and ranges_apart(fa, fb)


def places_named(f: ClaimFacts) -> frozenset[str]:
    """Where the claim says it happened: gazetteer places and the word after a place noun («منطقة عسير», «ناحية
    الكرمة»; a name: not a country or leader, rarer than RARE_IDF − 0.5 — «عسير» is common in Saudi news)."""
    toks, found = f.toks, set(f.places)
    for k in range(len(toks) - 1):
        if _strip_proclitic(toks[k]) in _PLACE_NOUNS and not toks[k + 1].startswith("و"):
            stem = light_stem(_strip_proclitic(toks[k + 1]))
            if not stem.isdigit() and stem not in _ENTITY_STEMS and _idf(stem) >= RARE_IDF - 0.5:
                found.add(stem)
    return frozenset(found)


def one_event(a: ClaimFacts, b: ClaimFacts) -> list[str] | None:
    """The rare words two toll claims share (toll, wounded, country and leader words left out), when they say one
    event: at least TOLL_SHARED of them and a place both name (`places_named`) or a word as rare as a name
    (kg.relate.conflicts.count_conflict's test); rare words alone («انفجار، مدني»، «إرهابيا، عبوة ناسفة») are
    shared by the tolls of a day's other attacks (seen on 5k July articles). None otherwise."""
    shared = [x for x in rare_shared(a, b) if x not in _ENTITY_STEMS | _TOLL_STEMS | _DEATH_STEMS | _WOUNDED_STEMS]
    if len(shared) < TOLL_SHARED or not (overlap(places_named(a), places_named(b)) or _idf(shared[0]) >= NAMED_IDF):
        return None
    return shared


def toll_conflict(a: ClaimFacts, b: ClaimFacts, cos: float, date_a: str | None = None, date_b: str | None = None,
                  same_source: bool = False) -> Relation | None:
    """Two sources give one event's dead different tolls on one date, or the next day a lower one (`tolls_differ`,
    `counted_up`), name one place (or share a word as rare as a name), the claims are close in meaning
    (`figures_of_one_event`) and share TOLL_SHARED rare words that are not toll, country or leader words."""
    shared = figures_of_one_event(a, b, cos, date_a, date_b, same_source, DEATH_DAYS, tolls_differ)
    fa, fb = toll_figures(a), toll_figures(b)
    if shared is None or counted_up(fa, fb, date_a, date_b):
        return None
    when = "on the same day" if _after(date_a, date_b) == 0 else "on two days, the later one lower"
    return figures_differ(f"different death tolls of one event {when}", fa, fb, shared, cos)


def counted_up(fa: frozenset[Figure], fb: frozenset[Figure], date_a: str | None, date_b: str | None) -> bool:
    """Figures of two days where the later report's highest figure reaches the earlier's lowest: an event's dead and
    wounded are counted up as the hours pass, so that is an update; a later, lower figure is not."""
    later, earlier = (fa, fb) if _after(date_a, date_b) > 0 else (fb, fa) if _after(date_b, date_a) > 0 else (None, None)
    return later is not None and max(hi for _, hi in later) >= min(lo for lo, _ in earlier)


def figures_of_one_event(a: ClaimFacts, b: ClaimFacts, cos: float, date_a: str | None, date_b: str | None,
                         same_source: bool, days: int, differ: Callable[[ClaimFacts, ClaimFacts], bool]
                         ) -> list[str] | None:
    """The rare words two sources' claims share (`one_event`) when they give figures that differ (`differ`: death
    tolls, counts of the wounded) of one event: close in meaning (cosine ≥ TOLL_COS, or ≥ NAMED_COS with NAMES_SHARED
    words as rare as names in common), dated within `days`, no two different places; None otherwise."""
    if same_source or cos < NAMED_COS or not _within(date_a, date_b, days) or places_differ(a, b) or not differ(a, b):
        return None
    shared = one_event(a, b)
    if shared is None or cos < TOLL_COS and sum(_idf(x) >= NAMED_IDF for x in shared) < NAMES_SHARED:
        return None  # below TOLL_COS only with names in common (NAMED_COS)
    return shared


def figures_differ(what: str, fa: frozenset[Figure], fb: frozenset[Figure], shared: list[str], cos: float
                   ) -> Relation:
    """The contradiction of two figures of one event (`what`: which figures, and when)."""
    return Relation("contradicts", 0.6, f"{what} ({show(fa)} vs {show(fb)}; both: {_w(shared)}, close in meaning, "
                                        f"cosine {cos:.2f})", METHOD)


# An aircraft shot down against the same aircraft come down by a fault or landed (sample 6: the Houthis' «إسقاط
# الأباتشي» against the joint command's «هبوطًا اضطراريًا»; the Taliban's «أسقطت المروحية بصاروخ» against «سقطت بسبب
# عطل تقني»). Normalized text (kg.text.normalize). «تسقط»/«يسقط» may be «falls»: left out.
_AIRCRAFT = {"طايره", "طايرات", "طايرتين", "مروحيه", "مروحيات", "مروحيتين", "اباتشي", "مقاتله", "مقاتلات"}
_DOWNED = re.compile(r"(?<!\w)[وفب]?(?:اسقاط|اسقطت|اسقط|اسقطوا|اسقطنا)(?:ها|ه)?(?!\w)")
_FAULT = re.compile(r"(?<!\w)(?:عطل|خلل) (?:فني|تقني)(?!\w)|(?<!\w)(?:هبوط|هبوطا|هبوطها|هبطت|هبط) "
                    r"(?:اضطراري|اضطراريا)(?!\w)")
_ALLEGED = {"زاعمه", "زاعما", "زاعمين", "مزاعم", "زعمت", "زعم", "ادعت", "ادعي", "ادعاء", "ادعاءات", "مزاعمها"}
_OUTCOME_STEMS = frozenset(light_stem(w) for w in _AIRCRAFT | {"اسقاط", "اسقطت", "عطل", "خلل", "فني", "تقني", "هبوط",
                                                                "هبوطا", "اضطراري", "اضطراريا", "سقطت"})
DOWNING_COS = 0.5  # or a shared place or rare word: one aircraft, not two incidents of the day


def outcome_of(f: ClaimFacts) -> str | None:
    """"downed" (shot down) or "fault" (a technical fault, an emergency landing) for a claim about an aircraft that says
    one of them as its own; None when it says both, neither, reports the downing as an allegation («زاعمة أنها
    تمكنت من إسقاط الطائرة») or is negated."""
    if f.negated or f.denied or not {_strip_proclitic(t) for t in f.toks} & _AIRCRAFT:
        return None
    text = " ".join(f.toks)
    down, fault = _DOWNED.search(text), _FAULT.search(text)
    if down:  # what is brought down is the aircraft («أسقطت المروحية»), not what it drops («أسقطت قنبلة»)
        at = len(text[:down.start()].split())
        named = {_strip_proclitic(t) for t in f.toks[at + 1:at + 3]} & _AIRCRAFT
        if not (down.group(0).endswith(("ها", "ه")) or named):
            down = None  # «إسقاطها»: the aircraft as a pronoun
    if bool(down) == bool(fault):
        return None
    if down:
        at = len(text[:down.start()].split())
        if {_strip_proclitic(t) for t in f.toks[max(0, at - 4):at]} & _ALLEGED:
            return None
        return "downed"
    return "fault"


def downing_conflict(a: ClaimFacts, b: ClaimFacts, cos: float, date_a: str | None = None, date_b: str | None = None,
                     same_source: bool = False) -> Relation | None:
    """Two sources within SAME_EVENT_DAYS: one says an aircraft was shot down, the other that it came down by a fault or
    landed; one aircraft: a shared place, a shared rare word that is not the aircraft or the outcome, or close in
    meaning (cosine ≥ DOWNING_COS)."""
    if same_source or not _within(date_a, date_b, SAME_EVENT_DAYS) or places_differ(a, b):
        return None
    oa, ob = outcome_of(a), outcome_of(b)
    if oa is None or ob is None or oa == ob:
        return None
    shared = [x for x in rare_shared(a, b) if x not in _ENTITY_STEMS and x not in _OUTCOME_STEMS]
    if not (overlap(a.places, b.places) or shared or cos >= DOWNING_COS):
        return None
    return Relation("contradicts", 0.6, f"one claim says the aircraft was shot down, the other that it came down by a "
                                        f"fault or landed ({'the first' if oa == 'downed' else 'the second'} says shot "
                                        f"down; both: {_w(shared) if shared else f'cosine {cos:.2f}'})", METHOD)


def event_conflict(a: ClaimFacts, b: ClaimFacts, cos: float, date_a: str | None = None, date_b: str | None = None,
                   same_source: bool = False) -> Relation | None:
    """A place taken vs besieged, two death tolls of one event, or an aircraft shot down vs come down by a fault (see
    the module)."""
    return (holding_conflict(a, b, date_a, date_b, same_source) or toll_conflict(a, b, cos, date_a, date_b, same_source)
            or downing_conflict(a, b, cos, date_a, date_b, same_source))
