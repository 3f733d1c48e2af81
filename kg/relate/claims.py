"""One claim's facts (`facts` → `ClaimFacts`): events, negation, content stems, places, numbers,
named entities and countries; and the pair-level helpers over them (`places_differ`, `_overlap`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..places import apart, places_in
from ..text import light_stem, normalize, tokens
from .lexicon import (_COUNTRY_NAME, _DENIAL, _ENDED, _ENT_DOUBLE, _ENT_SINGLE, _EVENT_OF, _NEGATORS,
                      _NOT_NEGATING, _ONGOING, _PARTICLES, _SCOPE, _SENTENCE_DENIAL, _STOP, _strip_proclitic)


def _countries(toks: list[str]) -> frozenset[str]:
    return frozenset(_COUNTRY_NAME[c] for t in toks for c in (t, _strip_proclitic(t)) if c in _COUNTRY_NAME)


def _entities(toks: list[str]) -> frozenset[str]:
    found = set()
    for i, t in enumerate(toks):
        for cand in (t, _strip_proclitic(t), _strip_proclitic(t)[:-1] if t.endswith("ا") else ""):
            if cand in _ENT_SINGLE:
                found.add(_ENT_SINGLE[cand])
                break
        if i + 1 < len(toks):
            k = (_strip_proclitic(t), toks[i + 1])
            if k in _ENT_DOUBLE or (t, toks[i + 1]) in _ENT_DOUBLE:
                found.add(_ENT_DOUBLE.get(k) or _ENT_DOUBLE[(t, toks[i + 1])])
    return frozenset(found)


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _numbers(norm: str) -> frozenset[str]:
    s = norm.translate(_DIGITS).replace("٬", "").replace(",", "")
    return frozenset(n.rstrip("0").rstrip(".") if "." in n else n.lstrip("0") or "0" for n in _NUMBER.findall(s))


@dataclass
class ClaimFacts:
    text: str
    negated: bool
    events: set[str]
    stems: set[str]  # content stems (no stop words, no event stems): the rules' overlap
    ended: bool
    ongoing: bool
    places: frozenset[str] = frozenset()
    toks: list[str] = field(default_factory=list)  # normalized tokens
    stem_of: dict[str, str] = field(default_factory=dict)  # token → light stem (non-stop tokens)
    numbers: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()  # countries named (not by adjective): where the claim is
    denied: bool = False  # its polarity is "denied" (the extractor read a denial cue: نفى، لا صحة …)

    @cached_property
    def all_stems(self) -> frozenset[str]:
        return frozenset(self.stem_of.values())

    @cached_property
    def grams(self) -> frozenset[str]:
        s = " " + " ".join(self.toks) + " "
        return frozenset(s[i:i + 3] for i in range(len(s) - 2))

    @cached_property
    def sentence_denials(self) -> list[str]:
        """Denial verbs and negators that the sentence rail reads (`_SENTENCE_DENIAL`), in text order."""
        return [m.group(0) for m in _SENTENCE_DENIAL.finditer(" ".join(self.toks))]

    @cached_property
    def negators(self) -> frozenset[str]:
        return frozenset(t for t in self.toks if t in _NEGATORS or _strip_proclitic(t) in _NEGATORS)


def facts(text: str, polarity: str | None = None, places: list[str] | None = None) -> ClaimFacts:
    """`places`: where the claim is about when known from its context (kg.attribution);
    by default, the places its own words name."""
    norm = normalize(text)
    toks = tokens(text)
    stems = {light_stem(t) for t in toks}
    # "تحت سيطرة X" describes who holds a place, not an event of taking it
    norm_for_events = re.sub(r"تحت سيطره|الخاضع(?:ه)? لسيطره", " ", norm)
    event_stems = {light_stem(t) for t in norm_for_events.split()}
    stems = {s for s in stems if s not in _STOP and len(s) > 1}
    events = {_EVENT_OF[s] for s in event_stems if s in _EVENT_OF}
    negated = polarity == "denied" or bool(_DENIAL.search(norm)) or any(
        t in _PARTICLES and toks[i + 1:i + 2] != [] and toks[i + 1] not in _NOT_NEGATING
        and any(light_stem(u) in _EVENT_OF for u in toks[i + 1:i + 1 + _SCOPE])
        for i, t in enumerate(toks))
    content = {s for s in stems if s not in _EVENT_OF}
    stem_of = {t: light_stem(t) for t in toks if t not in _STOP and len(t) > 1}
    return ClaimFacts(text=text, negated=negated, events=events, stems=content,
                      ended=any(e in norm for e in _ENDED), ongoing=any(o in norm for o in _ONGOING),
                      places=frozenset(places_in(text) if places is None else places),
                      toks=toks, stem_of=stem_of, numbers=_numbers(norm), entities=_entities(toks),
                      countries=_countries(toks), denied=polarity == "denied")


def places_differ(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both claims say where they are about, and no place of one is, holds or lies in one of the other (kg.places:
    «أبها» and «عسير» are one place, Aden and Taiz two)."""
    return apart(a.places, b.places)


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
