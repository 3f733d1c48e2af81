"""A toll's breakdown that two sources give differently: the parts conflict where the totals agree or are not
given (issue 13, recall).

«قتل 12 شخصاً، بينهم خمسة عسكريين» against «12 قتيلا بينهم أربعة جنود» agree on the toll and disagree on who
died; kg.relate.events compares totals only, and kg.relate.conflicts.counts knows a few counted nouns (children,
women, «جنود» as fighters) but not the kinds a breakdown names («عسكريين», «رجال الأمن», «العاملين», «الأجانب»,
«المهاجمين»), nor that a part follows «بينهم/منهم/ضمنهم». Here a part is a number (or a dual: «عسكريان») and a
kind of person right after a part word, or coordinated after such a part («بينهم خمسة جنود، وأربعة من المهاجمين»),
under the casualty word before it (the dead or the wounded). Two claims conflict when they give one kind's part
of one casualty with figures that cannot be one (`kg.relate.figures`), about one event as for tolls
(kg.relate.events.figures_of_one_event: the same day, close in meaning, rare words and a place in common).
"""

from __future__ import annotations

from ..model import Relation
from .claims import ClaimFacts
from .events import (_DEAD_NOUNS, _DEATH, _DIED_AFTER, _WOUNDED, _WOUNDED_NOUNS, _number, figures_differ, figures_of_one_event, period_near, running_total, TOLL_DAYS)
from .figures import Figure, figure_at, ranges_apart
from .lexicon import _strip_proclitic

_PART_WORDS = {"بينهم", "منهم", "ضمنهم", "بينها", "منها", "ضمنها"}  # «من بينهم»: «بينهم» after «من»
# the kinds of person a breakdown names (normalized; plural, accusative singular and dual forms)
_KINDS = {
    **{w: "soldiers" for w in "جنود جنديا جندي عسكريين عسكريا عسكري عسكريون جنديان جنديين عسكريان عسكريين مجندين "
                              "مجندا ضباط ضابطا".split()},
    **{w: "security men" for w in "امن شرطه شرطيين شرطيا شرطيان".split()},  # «من رجال الأمن», «أفراد الشرطة»
    **{w: "children" for w in "اطفال اطفالا طفلا طفل طفلان طفلين".split()},
    **{w: "women" for w in "نساء سيده سيدات امراه امراتان امراتين".split()},
    **{w: "workers" for w in "عاملين عمال عاملا عاملان".split()},
    **{w: "foreigners" for w in "اجانب اجنبيا اجنبيان اجنبيين".split()},
    **{w: "attackers" for w in "مهاجمين مهاجما المهاجمين ارهابيين ارهابيا مسلحين مسلحا انتحاريين".split()},
    **{w: "civilians" for w in "مدنيين مدنيا مدنيان".split()},
}
_DUAL_KINDS = {"جنديان": "soldiers", "جنديين": "soldiers", "عسكريان": "soldiers", "شرطيان": "security men",
               "طفلان": "children", "طفلين": "children", "امراتان": "women", "امراتين": "women", "عاملان": "workers",
               "اجنبيان": "foreigners", "اجنبيين": "foreigners", "مدنيان": "civilians"}
# words between a number and its kind: «خمسة من القوات», «12 من رجال الأمن», «3 من العاملين»
_FILLERS = {"من", "رجال", "افراد", "عناصر", "منسوبي", "القوات", "قوات", "الجيش", "ال"}
_FORCES = {"القوات", "قوات", "الجيش"}
REACH = 4  # tokens from a number to its kind
CHAIN = 4  # tokens from one part to the next coordinated one («… خمسة جنود، وأربعة من المهاجمين»)


def _kind_after(toks: list[str], k: int) -> str | None:
    """The kind of person within REACH tokens after the number at `k`, over fillers only; «خمسة من القوات
    المالية» (of the forces, no other kind named): soldiers."""
    forces = None
    for u in toks[k + 1:k + 1 + REACH]:
        bare = _strip_proclitic(u)
        for w in (u, bare, bare[2:] if bare.startswith("ال") else bare):
            if w in _KINDS:
                return _KINDS[w]
        if bare in _FORCES:
            forces = "soldiers"
        if bare not in _FILLERS and u not in _FILLERS:
            return forces
    return forces


def _casualty(toks: list[str], i: int) -> str | None:
    """"dead" or "wounded": the nearest casualty word before the part word at `i`."""
    for u in reversed(toks[:i]):
        bare = _strip_proclitic(u)
        if bare in _WOUNDED or u in _WOUNDED or bare in _WOUNDED_NOUNS:
            return "wounded"
        if bare in _DEATH or bare in _DEAD_NOUNS or bare in _DIED_AFTER or u in _DEAD_NOUNS:
            return "dead"
    return None


def _among(toks: list[str], i: int) -> str | None:
    """«بين القتلى» / «بين الجرحى» at `i`: "dead" or "wounded"; else None."""
    if _strip_proclitic(toks[i]) != "بين" or i + 1 >= len(toks):
        return None
    noun = _strip_proclitic(toks[i + 1])
    noun = noun[2:] if noun.startswith("ال") else noun
    return "dead" if noun in {"قتلي", "ضحايا", "شهداء"} else "wounded" if noun in {"جرحي", "مصابين"} else None


def parts(f: ClaimFacts) -> dict[tuple[str, str], frozenset[Figure]]:
    """(casualty, kind) → the figures the claim gives for that part of a toll (see the module); negated claims,
    running totals and a period's totals give none."""
    toks = f.toks
    if f.negated or running_total(toks):
        return {}
    out: dict[tuple[str, str], set[Figure]] = {}
    for i, t in enumerate(toks):
        among = _among(toks, i)  # «بين القتلى …»: the part word and its casualty in one
        if among is None and _strip_proclitic(t) not in _PART_WORDS and t not in _PART_WORDS:
            continue
        casualty = among or _casualty(toks, i)
        if casualty is None:
            continue
        k = last = i + 1 if among else i
        k += 1
        while k < len(toks) and k - last <= CHAIN:
            word = toks[k]
            n = _number(word) if not word.startswith("و") or word[1:2].isdigit() else _number(word[1:])
            dual = _DUAL_KINDS.get(_strip_proclitic(word))
            if dual is not None:
                out.setdefault((casualty, dual), set()).add((2, 2))
                last = k
            elif n is not None and (kind := _kind_after(toks, k)) is not None:
                fig = figure_at(toks, k, n) if _number(word) is not None else (n, n)
                if fig is not None and not period_near(toks, k):
                    out.setdefault((casualty, kind), set()).add(fig)
                last = k
            k += 1
    return {key: frozenset(v) for key, v in out.items()}


def _apart(pa: dict, pb: dict) -> list[tuple[str, str]]:
    """The parts (casualty, kind) both give whose figures cannot be one (their ranges do not overlap). Unlike
    totals (kg.relate.events.figures_apart), a part's number said elsewhere in the other claim does not make it
    agree: «خمسة جنود، وأربعة من المهاجمين» against «خمسة من القوات … وخمسة ارهابيين» differ on the attackers."""
    return [k for k in sorted(pa.keys() & pb.keys()) if ranges_apart(pa[k], pb[k])]


def parts_differ(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both give one part (casualty and kind) and no figure of one can be one of the other's."""
    return bool(_apart(parts(a), parts(b)))


def part_figures(f: ClaimFacts) -> frozenset[Figure]:
    """Every part's figures, for the candidate channel (kg.relate.candidates.toll_pairs' `read`)."""
    return frozenset(x for figs in parts(f).values() for x in figs)


def breakdown_conflict(a: ClaimFacts, b: ClaimFacts, cos: float, date_a: str | None = None,
                       date_b: str | None = None, same_source: bool = False) -> Relation | None:
    """Two sources break one event's toll down differently (`parts_differ`), one event as for death tolls."""
    shared = figures_of_one_event(a, b, cos, date_a, date_b, same_source, TOLL_DAYS, parts_differ)
    if shared is None:
        return None
    pa, pb = parts(a), parts(b)
    casualty, kind = _apart(pa, pb)[0]
    return figures_differ(f"different counts of the {kind} among the {casualty} of one event on the same day",
                          pa[(casualty, kind)], pb[(casualty, kind)], shared, cos)
