"""Place mentions: a gazetteer of towns, cities and provinces (kg/places.tsv), matched after normalization, with
each place's container (city → province or region → country).

Places let the relation model tell "regime forces entered the city" in Palmyra from the same words about Daraa.
Countries are containers only, never matched: "in Syria" does not separate two claims. Containment makes a city
and its province one place for the checks that ask whether two claims are about one event («أبها» and «عسير»:
`overlap`), while two towns of one province stay two places (`apart`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .text import normalize

DATA = Path(__file__).with_name("places.tsv")

# the word before a `framed` name that makes it a place: a preposition or a place noun (normalized)
FRAMES = frozenset(normalize(w) for w in """
في وفي على الى إلى نحو داخل قرب بمحيط محيط شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط مدينة ومدينة بمدينة لمدينة
مدينتي محافظة ومحافظة بمحافظة لمحافظة محافظتي منطقة ومنطقة بمنطقة لمنطقة منطقتي ولاية بولاية إقليم بإقليم مديرية بمديرية
قضاء بقضاء ناحية بلدة ببلدة ريف بريف قاعدة بقاعدة مطار بمطار ميناء بميناء أمير أمارة إمارة سجن بسجن جامعة شرطة
العاصمة عاصمة ضواحي أهالي مستشفى مستشفيات جبهة أطراف مشارف مدن محافظات مناطق محافظ أمن تفجير تفجيري مسجد
حي بحي وحي حيي أحياء بأحياء
""".split())


def _load() -> tuple[dict[str, tuple[str, str, tuple[str, ...]]], dict[str, str], frozenset[str], frozenset[str],
                    frozenset[str]]:
    places, parent, countries, framed, districts = {}, {}, set(), set(), set()
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        slug, ar, en, up, alts, flags = line.split("\t")
        flags_set = set(flags.split("|")) - {"-"}
        if up != "-":
            parent[slug] = up
        if "country" in flags_set:
            countries.add(slug)
            continue
        places[slug] = (ar, en, tuple(a for a in alts.split("|") if a != "-"))
        if "framed" in flags_set:
            framed.add(slug)
        if "district" in flags_set:
            districts.add(slug)
    return places, parent, frozenset(countries), frozenset(framed), frozenset(districts)


# slug: (Arabic name, English name, other Arabic spellings); PARENT: slug → its container's slug
GAZETTEER, PARENT, COUNTRIES, FRAMED, DISTRICTS = _load()
# a district named after one of these is the landmark's name («مطار المزة العسكري» faces Darayya's front), not where
# the text is (normalized)
LANDMARKS = frozenset(normalize(w) for w in "مطار بمطار قاعدة بقاعدة سجن بسجن معسكر بمعسكر مستشفى بمستشفى جامعة".split())


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
    by_name: dict[str, str] = {}
    # every name as written first, then the names without their «ال» (only after «ل»: «للرقة» is ل + الرقة, its
    # alef dropped) where no place is written so: registering both in one pass let the file's order decide
    # whether a clipped name took a written one's slot (and made the written name need a «ل»)
    for slug, (ar, _en, alts) in GAZETTEER.items():
        for name in (ar, *alts):
            by_name.setdefault(normalize(name), slug)
    clipped: set[str] = set()
    for slug, (ar, _en, alts) in GAZETTEER.items():
        for name in (ar, *alts):
            n = normalize(name)
            if n.startswith("ال") and n[2:] not in by_name:
                by_name[n[2:]] = slug
                clipped.add(n[2:])
    alt = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
    return re.compile(rf"(?<!\w)([وبلف]{{0,2}}|ال)?({alt})(?!\w)"), by_name, frozenset(clipped)


def _framed_ok(norm: str, m: re.Match) -> bool:
    """A name that is also a common word («حائل», «جدة», «عسير»: hard) counts as a place only with «ب» before it,
    a preposition or place noun as the word before («في جدة», «محافظة عمران»), or another place before it in a
    list («عدن ولحج»)."""
    if "ب" in (m.group(1) or ""):
        return True
    before = norm[:m.start()].split()
    if not before:
        return False
    prev = before[-1].strip("،,:؛")
    if prev in FRAMES:
        return True
    pattern, _, _ = _matcher()
    listed = pattern.fullmatch(prev)  # «عدن ولحج», «عدن، لحج»: a place before, then «و» or a comma
    return bool(listed) and not _rejected(listed) and ("و" in (m.group(1) or "") or prev != before[-1])


def _rejected(m: re.Match) -> bool:
    """The match is a clipped name («رقه», «عند») without the «ل» that clips it: «وعند» is "and at", not al-Anad."""
    _, _, clipped = _matcher()
    return m.group(2) in clipped and not (m.group(1) or "").endswith("ل")


def _quoted(norm: str, m: re.Match) -> bool:
    """A name in quotation marks is a title, not a place: the newspapers «الرياض», «المدينة» («قال لـ"الرياض"»), an
    operation or a group («ولاية سيناء»)."""
    return norm[m.start() - 1:m.start()] == '"' and norm[m.end():m.end() + 1] == '"'


def places_in(text: str, framed: bool = False) -> list[str]:
    """Slugs of the places named in text, in order of first mention. `framed`: the text stands where a place is
    expected (after «سيطرت على», a place noun: kg.relate.events), so names that are common words count too."""
    out: list[str] = []
    for slug, _, _ in mentions(normalize(text), framed):
        if slug not in out:
            out.append(slug)
    return out


def mentions(norm: str, framed: bool = False) -> list[tuple[str, int, int]]:
    """(slug, start, end) of each place named in normalized text, in order (see `places_in`)."""
    pattern, by_name, _ = _matcher()
    out = []
    for m in pattern.finditer(norm):
        slug = by_name[m.group(2)]
        if _rejected(m) or slug in FRAMED and not (framed or _framed_ok(norm, m)) or _quoted(norm, m):
            continue
        if slug in DISTRICTS and norm[:m.start()].split()[-1:] and norm[:m.start()].split()[-1] in LANDMARKS:
            continue
        out.append((slug, m.start(), m.end()))
    return out


# the words between two places that make the second a bearing for the first: «ديالى شمال شرق بغداد», «تعز (جنوب
# صنعاء)», «الحبيبية بمدينة الصدر، شرقي بغداد»
_BEARING = re.compile(r"^[\s،,(]*(?:[وب]?(?:شمال|جنوب|شرق|غرب)(?:ي)?)(?:\s+(?:شرق|غرب)(?:ي)?)?\s+"
                      r"(?:(?:ال)?(?:عاصمه|مدينه|محافظه)\s+)?$")


_LIST_JOIN = re.compile(r"^\s*[،,]?\s*(?:و\s*)?(?:(?:محافظه|مدينه|منطقه|مديريه)\s+)?$")


def listed_places(text: str) -> set[str]:
    """The places of the first list of two or more places named together («في محافظتي أبين ولحج», «عدن، لحج»): what a
    figure said of them covers them all. Empty when the text lists none."""
    norm = normalize(text)
    found = mentions(norm)
    group: list[str] = []
    for k in range(1, len(found)):
        if _LIST_JOIN.match(norm[found[k - 1][2]:found[k][1]]):
            group += [found[k - 1][0], found[k][0]]
        elif group:
            break
    return set(group)


def event_places(text: str) -> list[str]:
    """`places_in`, less the places named only as a bearing from another place just before them (_BEARING) and the
    city in a command's name («قيادة عمليات بغداد»): where the text says its event is."""
    norm = normalize(text)
    found = mentions(norm)
    out: list[str] = []
    for k, (slug, start, _end) in enumerate(found):
        if k and _BEARING.match(norm[found[k - 1][2]:start]):
            continue
        if norm[:start].split()[-1:] == ["عمليات"]:
            continue
        if slug not in out:
            out.append(slug)
    return out


@lru_cache(maxsize=4096)
def containers(slug: str) -> tuple[str, ...]:
    """The place and every place that holds it, countries left out: «أبها» → (abha, asir)."""
    out = [slug]
    while out[-1] in PARENT and PARENT[out[-1]] not in COUNTRIES and len(out) < 8:
        out.append(PARENT[out[-1]])
    return tuple(out)


def country_of(slug: str) -> str | None:
    """The country that holds the place, when the gazetteer says."""
    top = containers(slug)[-1]
    return PARENT.get(top) if PARENT.get(top) in COUNTRIES else None


def same_place(a: str, b: str) -> bool:
    """One place holds the other (or they are one): a city and its province, not two cities of one province."""
    return a in containers(b) or b in containers(a)


def overlap(pa, pb) -> set[str]:
    """The places of `pa` that are, hold or lie in a place of `pb`."""
    return {p for p in pa if any(same_place(p, q) for q in pb)}


def finest(slugs) -> set[str]:
    """The places of `slugs` that hold none of the others: «الكرادة وسط بغداد» names the district, not all Baghdad."""
    found = set(slugs)
    return {p for p in found if not any(q != p and p in containers(q) for q in found)}


def apart(pa, pb) -> bool:
    """Both name places and none of one is, holds or lies in one of the other: two places."""
    return bool(pa and pb and not overlap(pa, pb))
