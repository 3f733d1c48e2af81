"""The rule verdict (rules-v1): a component, a feature of the model, and the source of guard rails."""

from __future__ import annotations

from ..model import Relation
from .claims import ClaimFacts, _overlap, places_differ
from .lexicon import _ANTONYMS, _PLACEISH

RULES_METHOD = "rules-v1"


def rule_compare(a: ClaimFacts, b: ClaimFacts) -> Relation:
    shared_events = a.events & b.events
    shared = sorted(a.stems & b.stems)
    ov = _overlap(a.stems, b.stems)
    words = "، ".join(shared[:5])
    if places_differ(a, b):
        return Relation("unrelated", 0.8, f"about different places ({', '.join(sorted(a.places))} vs "
                                          f"{', '.join(sorted(b.places))})", RULES_METHOD)
    if shared_events and a.negated != b.negated and ((ov >= 0.6 and len(shared) >= 2) or (ov >= 0.4 and len(shared) >= 3)):
        ev = ", ".join(sorted(shared_events))
        return Relation("contradicts", min(0.95, 0.6 + 0.35 * ov),
                        f"same event ({ev}: {words}), opposite polarity: one asserts it, the other denies it", RULES_METHOD)
    for x in a.events:
        for y in b.events:
            # a claim that holds both events of the pair ("retook the positions it lost") opposes neither
            if frozenset((x, y)) in _ANTONYMS and y not in a.events and x not in b.events and ov >= 0.35 and len(shared) >= 3 and a.negated == b.negated:
                return Relation("contradicts", min(0.9, 0.55 + 0.3 * ov),
                                f"opposite events ({x} vs {y}) about the same thing ({words})", RULES_METHOD)
    place_shared = set(shared) & _PLACEISH
    if (a.ended and b.ongoing or a.ongoing and b.ended) and len(place_shared) >= 2:
        return Relation("contradicts", 0.55,
                        f"tension: one says the fighting is over, the other that it goes on, at the same place ({words})",
                        RULES_METHOD)
    if shared_events and a.negated == b.negated and (
            (ov >= 0.35 and len(shared) >= 3) or (ov >= 0.2 and len(place_shared) >= 2)):
        ev = ", ".join(sorted(shared_events))
        return Relation("supports", min(0.9, 0.5 + 0.4 * ov),
                        f"same event ({ev}) reported by both, same polarity, shared details ({words})", RULES_METHOD)
    return Relation("unrelated", round(max(0.5, 1.0 - ov), 3),
                    "no shared event with matching details" if not shared_events
                    else f"shared event but too little in common ({words or 'nothing else'})", RULES_METHOD)
