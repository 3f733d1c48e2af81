"""Denials worded differently from what they deny: a denied claim against a claim of another source that is close
to it in meaning (the encoder's cosine, kg.encoder) and says what is denied (its head act).

The word rule (kg.relate.conflicts.denial_conflict) needs two rare words on both sides; a denial often names the
act and the actors in common words and the report names them otherwise («نفت أنقرة اتهامات الوحدات الكردية بقصف
الجيش التركي مواقعها في قرية حدودية» against «الجيش التركي قصف مواقع تابعة لها في قرية على مشارف بلدة جرابلس»:
cosine 0.67, no rare word shared). Here closeness in meaning stands in for the rare words; the denied act must still
be in the other claim, most of the denied words too, and neither names places the other does not.
"""

from __future__ import annotations

from ..model import Relation
from .claims import ClaimFacts
from .contradiction_rails import both_deny_rail
from .single_event import single_event_rail
from .conflicts import (DENIAL_DAYS, DENIED_COVERED, METHOD, _generic, _idf, _roots, _w, _weight, _within, denied,
                        denies_the_proposition, negated_stems, own_places_differ, repeated_after, says_not)

DENIAL_COS = 0.6  # USE cosine of a denial and the report it denies (hand-found: 0.63–0.67; unrelated pairs ~0.1–0.3)


def denial_by_meaning(a: ClaimFacts, b: ClaimFacts, cos: float, date_a: str | None = None, date_b: str | None = None,
                      same_source: bool = False) -> Relation | None:
    """One source denies what another asserts: exactly one claim is denied, the two are within DENIAL_DAYS
    (either first: a report after a denial that repeats the act contradicts it too, as Nusra's video two days
    after the Pentagon's denial), close in meaning (cosine ≥ DENIAL_COS), the denied act and one of its participants
    are in the other claim (kg.relate.conflicts.denies_the_proposition), the other claim has at least DENIED_COVERED of
    the denied words (idf-weighted, by rough root) and does not negate them itself."""
    if same_source or cos < DENIAL_COS or not _within(date_a, date_b, DENIAL_DAYS) or denied(a) == denied(b):
        return None
    neg_f, other = (a, b) if denied(a) else (b, a)
    if "؟" in neg_f.text or "?" in neg_f.text or own_places_differ(a, b):
        return None
    date_neg, date_other = (date_a, date_b) if neg_f is a else (date_b, date_a)
    if repeated_after(other, date_other, date_neg):
        return None  # reported after the denial as happening again: another occurrence (kg.relate.conflicts)
    head = denies_the_proposition(neg_f, other)
    if head is None:
        return None  # the other claim does not say the denied act and who or what it is about
    neg, words = negated_stems(neg_f)
    # what is denied starts at its act: «اتهامات وحدات الحماية الكردية بقصف …» denies a shelling, not the accusers
    after_head = {neg_f.stem_of[t] for t in neg_f.toks[neg_f.toks.index(head):] if t in neg_f.stem_of}
    neg_root, other_roots = _roots(neg_f), set(_roots(other).values())
    neg = frozenset(x for x in neg & after_head if not _generic(x))
    shared = sorted((x for x in neg if neg_root[x] in other_roots), key=lambda x: (-_idf(x), x))
    if _weight(shared) < DENIED_COVERED * _weight(neg) or negated_stems(other)[0] & set(shared) \
            or says_not(other, set(shared)) or both_deny_rail(a, b) is not None:
        return None
    who = "the first" if neg_f is a else "the second"
    how = "is denied" if words == ["denied"] else f"denies it ({_w(words, 2)})"
    return Relation("contradicts", round(min(0.85, cos), 4),
                    f"one claim asserts what the other denies: {who} {how}; the denied act «{head}» and words both "
                    f"share ({_w(shared)}) are in the other, close in meaning (cosine {cos:.2f})", METHOD)


def corpus_verdict(rel: Relation | None, a: ClaimFacts, b: ClaimFacts, cos: float, date_a: str | None = None,
                   date_b: str | None = None, same_source: bool = False, same_article: bool = False) -> Relation | None:
    """The verdict on a corpus pair: the conflict rules' contradiction (kg.relate.conflicts.graph_conflict; a place
    taken vs still besieged, kg.relate.control), else a denial by meaning, else the model's verdict `rel` within the
    graph rail (kg.relate.conflicts.graph_verdict); for a pair only the conflict channels found (`rel` None) the
    rules' verdict or None. A contradiction must then be about one event (kg.relate.single_event: `same_article`,
    the two claims are of one article)."""
    from .conflicts import graph_conflict, graph_verdict
    from .control import control_conflict
    from .events import event_conflict
    from .breakdown import breakdown_conflict
    from .injuries import injury_conflict
    from .arrests import arrest_conflict
    from .times import time_conflict

    found = (graph_conflict(a, b, date_a, date_b, same_source) or control_conflict(a, b, date_a, date_b, same_source)
             or denial_by_meaning(a, b, cos, date_a, date_b, same_source)
             or event_conflict(a, b, cos, date_a, date_b, same_source)  # kg.relate.events: places, tolls, aircraft
             or injury_conflict(a, b, cos, date_a, date_b, same_source)  # kg.relate.injuries: the wounded
             or breakdown_conflict(a, b, cos, date_a, date_b, same_source)  # kg.relate.breakdown: a toll's parts
             or arrest_conflict(a, b, cos, date_a, date_b, same_source)  # kg.relate.arrests: a raid's arrested
             or time_conflict(a, b, cos, date_a, date_b, same_source))  # kg.relate.times: one event's clock time
    verdict = found if found is not None or rel is None else graph_verdict(rel, a, b, date_a, date_b, same_source)
    stopped = single_event_rail(verdict, a, b, date_a, date_b, same_article)
    if stopped is None:
        return verdict
    return stopped if rel is not None else None
