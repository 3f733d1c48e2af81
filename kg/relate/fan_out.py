"""One denial against many claims: a denial contradicts the proposition it denies, so the claims it is paired with
should be about that one proposition, and so about one another.

Seen on 599 fresh articles: one stored claim (a report about a politician whose sentence also held a denial, so the
claim was read as denied) was paired by the denial rule with five claims that only named the same politician — each
shared the name and one other word with it, none shared anything with the others. Where a denial is right against
many claims (the Pentagon's «أسر أو اعتقال أي من أفراد الفرقة 30» against four reports of Nusra abducting Division
30's men) those claims report one event and share its words («جبهة النصرة»، «خطف») beyond what each shares with the
denial. So a denial's partners are kept where they agree with one another; of two that do not agree only the best
is kept; of three or more, those that agree with none of the others are dropped (the fan-out itself says the denied
claim is a loose match for them: no single one is its proposition more than the others).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Callable

from ..model import ClaimRelation
from .claims import ClaimFacts
from .conflicts import _ENTITY_STEMS, _numbered, denied, rare_stems
from .person_names import person_names

DENIAL_WHY = "one claim asserts what the other denies"  # the `why` both denial rules (conflicts, denials) open with


def _content(f: ClaimFacts) -> frozenset[str]:
    """What names the claim's event: its rare stems that are not countries, leaders or dates, and numbered units."""
    return frozenset(s for s in rare_stems(f) if s not in _ENTITY_STEMS) | _numbered(f)


def _partners_agree(neg_f: ClaimFacts, partners: list[ClaimFacts]) -> list[bool]:
    """Each partner agrees with another: the two share a word of the denied claim's event beyond the persons it names
    (a name all the partners share with the denial says nothing about which event)."""
    own, names = _content(neg_f), person_names(neg_f)
    words = [(_content(p) & own) - names for p in partners]
    return [any(w & v for j, v in enumerate(words) if j != i) for i, w in enumerate(words)]


def drop_fan_out(found: list[ClaimRelation], facts_of: Callable[[dict], ClaimFacts]) -> list[ClaimRelation]:
    """`found` without the denial contradictions of a denied claim paired with several claims of different content
    (see the module doc): of two that disagree the higher-confidence one is kept, of more only those that agree with
    another partner. `facts_of`: a stored claim's facts."""
    by_denied: dict[str, list[int]] = defaultdict(list)
    facts: dict[str, ClaimFacts] = {}
    for n, r in enumerate(found):
        if r.relation.relation != "contradicts" or not r.relation.why.startswith(DENIAL_WHY):
            continue
        fa, fb = (facts.setdefault(c["key"], facts_of(c)) for c in (r.a, r.b))
        if denied(fa) != denied(fb):
            by_denied[(r.a if denied(fa) else r.b)["key"]].append(n)
    drop: set[int] = set()
    for key, rels in by_denied.items():
        if len(rels) < 2:
            continue
        partners = [facts[(found[n].b if found[n].a["key"] == key else found[n].a)["key"]] for n in rels]
        agree = _partners_agree(facts[key], partners)
        if all(agree):
            continue
        if len(rels) == 2:
            drop.add(min(rels, key=lambda n: (found[n].relation.confidence, -n)))
        else:
            drop.update(n for n, ok in zip(rels, agree) if not ok)
    return [r for n, r in enumerate(found) if n not in drop]
