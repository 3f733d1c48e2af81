"""Relations between two claims: contradicts / supports / unrelated, with a reason.

First version: an explainable rule model over a structured comparison of the two
claims (shared event, polarity, antonymous or aspect-conflicting predicates, overlap
of content stems after Arabic normalization). The learned model of a later issue
replaces `relate()`'s internals, not its contract.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from .model import Relation
from .places import places_in
from .text import light_stem, normalize, tokens

METHOD = "rules-v1"

# Event classes by normalized stem (after light_stem).
_EVENTS = {
    "enter": {"دخول", "دخل", "تدخل", "يدخل", "دخلت", "اقتحام", "اقتحم"},
    "withdraw": {"انسحاب", "انسحب", "انسحبت", "تنسحب", "ينسحب"},
    "control": {"سيطر", "سيطره", "سيطرت", "استعاد", "استعادت", "استعاده", "تحرير", "حرر"},
    "lose": {"فقد", "فقدت", "خسر", "خسرت", "خساره"},
    "clash": {"اشتباك", "اشتبك", "معارك", "معرك", "قتال", "مواجه"},
    "strike": {"ضرب", "ضربات", "غار", "غارات", "قصف", "قصفت"},
    "kill": {"قتل", "مقتل", "قتلي", "قتيل"},
    "rise": {"ارتفع", "ارتفاع", "زياد", "تزايد"},
    "fall": {"انخفض", "انخفاض", "تراجع"},
}
_EVENT_OF = {stem: ev for ev, stems in _EVENTS.items() for stem in stems}
_ANTONYMS = {frozenset(p) for p in [("enter", "withdraw"), ("control", "lose"), ("rise", "fall")]}

# Aspect: an event said to be over vs. said to go on ("تقضي على آخر" vs "لاتزال مستمرة").
_ENDED = ("تقضي علي اخر", "قضت علي اخر", "القضاء علي اخر", "انتهت", "توقفت", "انتهاء", "طرد")
_ONGOING = ("لاتزال", "لا تزال", "مازالت", "ما زالت", "مستمره", "متواصله", "تتواصل", "تستمر")

# Denials negate the whole claim wherever they stand; particles only the event right after them.
_DENIAL = re.compile(r"(?<!\w)(?:لا صحه|غير صحيح|عار عن الصحه|عاري عن الصحه|نفي|نفت|ينفي|تنفي|نفوا|كذب|كذبت)(?!\w)")
_PARTICLES = {"لم", "لن", "ليس", "ليست", "لا"}  # not "ما": far more often "what/that" than "not"
_NOT_NEGATING = {"تزال", "يزال", "زال", "زالت", "سيما"}  # "لا تزال" = still, "لا سيما" = especially
_SCOPE = 2  # tokens a particle reaches forward: "لم تدخل", "لم تتمكن من دخول"

_STOP = set("""في من الي علي عن مع بين او ثم ان انه انها ما لا لم لن قد هذا هذه ذلك تلك التي الذي الذين كان كانت
و ف ب ل ك هو هي هم كل بعد قبل عند منذ حتي اي غير حيث كما ايضا فقط وانما ليس صحه جهه اخري
يكون تكون كون اما عليه منه منها فيها""".split())
# Stems (after light_stem) that locate an event: "the south-western entrance of the city".
_PLACEISH = {"مدين", "مدخل", "مدخلي", "مداخل", "غرب", "جنوب", "شمال", "شرق", "حي", "بساتين", "محيط", "قسم", "تخوم", "طرف", "اطراف"}


@dataclass
class ClaimFacts:
    text: str
    negated: bool
    events: set[str]
    stems: set[str]
    ended: bool
    ongoing: bool
    places: frozenset[str] = frozenset()


def facts(text: str, polarity: str | None = None, places: list[str] | None = None) -> ClaimFacts:
    """`places`: where the claim is about when known from its context (kg.attribution);
    by default, the places its own words name."""
    norm = normalize(text)
    stems = {light_stem(t) for t in tokens(text)}
    # "تحت سيطرة X" describes who holds a place, not an event of taking it
    norm_for_events = re.sub(r"تحت سيطره|الخاضع(?:ه)? لسيطره", " ", norm)
    event_stems = {light_stem(t) for t in norm_for_events.split()}
    stems = {s for s in stems if s not in _STOP and len(s) > 1}
    events = {_EVENT_OF[s] for s in event_stems if s in _EVENT_OF}
    toks = tokens(text)
    negated = polarity == "denied" or bool(_DENIAL.search(norm)) or any(
        t in _PARTICLES and toks[i + 1:i + 2] != [] and toks[i + 1] not in _NOT_NEGATING
        and any(light_stem(u) in _EVENT_OF for u in toks[i + 1:i + 1 + _SCOPE])
        for i, t in enumerate(toks))
    content = {s for s in stems if s not in _EVENT_OF}
    return ClaimFacts(text=text, negated=negated, events=events, stems=content,
                      ended=any(e in norm for e in _ENDED), ongoing=any(o in norm for o in _ONGOING),
                      places=frozenset(places_in(text) if places is None else places))


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def compare(a: ClaimFacts, b: ClaimFacts) -> Relation:
    shared_events = a.events & b.events
    shared = sorted(a.stems & b.stems)
    ov = _overlap(a.stems, b.stems)
    words = "، ".join(shared[:5])
    if a.places and b.places and not a.places & b.places:
        return Relation("unrelated", 0.8, f"about different places ({', '.join(sorted(a.places))} vs "
                                          f"{', '.join(sorted(b.places))})", METHOD)
    if shared_events and a.negated != b.negated and ((ov >= 0.6 and len(shared) >= 2) or (ov >= 0.4 and len(shared) >= 3)):
        ev = ", ".join(sorted(shared_events))
        return Relation("contradicts", min(0.95, 0.6 + 0.35 * ov),
                        f"same event ({ev}: {words}), opposite polarity: one asserts it, the other denies it", METHOD)
    for x in a.events:
        for y in b.events:
            if frozenset((x, y)) in _ANTONYMS and ov >= 0.35 and len(shared) >= 3 and a.negated == b.negated:
                return Relation("contradicts", min(0.9, 0.55 + 0.3 * ov),
                                f"opposite events ({x} vs {y}) about the same thing ({words})", METHOD)
    place_shared = set(shared) & _PLACEISH
    if (a.ended and b.ongoing or a.ongoing and b.ended) and len(place_shared) >= 2:
        return Relation("contradicts", 0.55,
                        f"tension: one says the fighting is over, the other that it goes on, at the same place ({words})",
                        METHOD)
    if shared_events and a.negated == b.negated and (
            (ov >= 0.35 and len(shared) >= 3) or (ov >= 0.2 and len(place_shared) >= 2)):
        ev = ", ".join(sorted(shared_events))
        return Relation("supports", min(0.9, 0.5 + 0.4 * ov),
                        f"same event ({ev}) reported by both, same polarity, shared details ({words})", METHOD)
    return Relation("unrelated", round(max(0.5, 1.0 - ov), 3),
                    "no shared event with matching details" if not shared_events
                    else f"shared event but too little in common ({words or 'nothing else'})", METHOD)


def relate(a: str, b: str, polarity_a: str | None = None, polarity_b: str | None = None) -> Relation:
    return compare(facts(a, polarity_a), facts(b, polarity_b))


def candidate_pairs(items: list[tuple[str, ClaimFacts]], max_block: int = 200) -> Iterable[tuple[int, int]]:
    """Blocking: only claims that share an event class and a content stem are compared,
    never all pairs. Very common stems (blocks over max_block) do not create pairs."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (_, f) in enumerate(items):
        for ev in f.events:
            for s in f.stems:
                index[(ev, s)].append(i)
        # antonym and aspect checks need cross-event blocks: key them by content stem only
        if f.ended or f.ongoing or f.events:
            for s in f.stems & _PLACEISH:
                index[("*place*", s)].append(i)
    seen: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > max_block:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pair = (members[x], members[y])
                if pair not in seen:
                    seen.add(pair)
                    yield pair
