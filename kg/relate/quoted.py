"""One speaker's figure as two outlets quote it: a conflict of the record (issue 13, recall).

Relating drops two different figures behind which one speaker stands as the speaker's revision of its own figure
(kg.relate.single_event: own_revision_rail, revision_rail), and the figure rules do not compare one source's two
claims at all. That is right for one outlet following a toll as it rises, or for a later day's report; it is not
when two outlets quote one spokesman on one day with different numbers (sample 8: the Afghan health ministry's
spokesman quoted by aawsat with a woman and a child among the wounded and by aljazirah among the dead; the Egyptian
health ministry's spokesman giving four injured to one outlet and «the three injured» to another). The record then
disagrees with itself: at least one outlet misquoted, or the speaker said two things, and a fact-checker should
see both. Such a pair is kept as a contradiction whose `why` says so («quoted figures: <speaker>'s figure as quoted
by A vs by B: …»), only where:

- both claims are dated, on the same day (a later day's figure is an update);
- every appearance of each statement has a known outlet (the article's publisher, or the outlet whose own voice
  the report is), and no outlet is on both sides;
- no outlet quoted that speaker with both figures that day (one outlet carrying both followed a revision).
"""

from __future__ import annotations

from ..model import Relation
from ..outlets import outlet_name
from .claims import ClaimFacts
from .conflicts import count_conflict, counts
from .events import toll_conflict, tolls, tolls_differ
from .injuries import injured, injured_differ, injury_conflict
from .single_event import single_event_rail

QUOTED = "quoted figures"  # prefix of every `why` written here


def figures(f: ClaimFacts) -> frozenset[int]:
    """The exact figures a claim gives: death tolls, counts of the wounded, counted things."""
    return tolls(f) | injured(f) | frozenset(n for ns in counts(f).values() for n in ns)


def figures_differ(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Two claims' figures of one kind differ (death tolls, the wounded, or one counted thing)."""
    ca, cb = counts(a), counts(b)
    return tolls_differ(a, b) or injured_differ(a, b) or any(not ca[k] & cb[k] for k in ca.keys() & cb.keys())


def figure_verdict(a: ClaimFacts, b: ClaimFacts, cos: float, date_a: str | None, date_b: str | None,
                   same_article: bool) -> Relation | None:
    """The figure rules alone (counts, death tolls, the wounded) on two claims of one speaker, as if two sources
    had given them, within the one-event checks (kg.relate.single_event); None when none finds a conflict."""
    found = (count_conflict(a, b, date_a, date_b) or toll_conflict(a, b, cos, date_a, date_b)
             or injury_conflict(a, b, cos, date_a, date_b))
    if found is None or single_event_rail(found, a, b, date_a, date_b, same_article) is not None:
        return None
    return found


def quoted_why(rel: Relation, speaker: str, outlets_a: list[str], outlets_b: list[str]) -> Relation:
    """The contradiction restated as one speaker's figure quoted differently by two outlets (named as they write
    themselves, not by their publisher keys)."""
    by_a, by_b = (", ".join(outlet_name(o) or o for o in outlets) for outlets in (outlets_a, outlets_b))
    return Relation(rel.relation, rel.confidence, f"{QUOTED}: {speaker}'s figure as quoted by {by_a} vs by {by_b}: "
                                                  f"{rel.why}", rel.method)


def revised_in_one_outlet(given: dict[tuple[str, str], dict[str, set[int]]], who: set[str], day: str,
                          fig_a: frozenset[int], fig_b: frozenset[int]) -> bool:
    """Some outlet quoted one of the speakers `who` with a figure of each side on `day` (`given`: (identity, day) →
    outlet → the figures it quoted): that outlet followed the speaker's revision."""
    return any(figs & fig_a and figs & fig_b for w in who for figs in given.get((w, day), {}).values())
