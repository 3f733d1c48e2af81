"""Candidate pairs across a graph (`candidate_pairs`): blocking, never all pairs."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable, Iterable, Sequence

from .claims import ClaimFacts
from .lexicon import _PLACEISH

# past a denial's nearest claims by meaning, how many more of those that say the denied act it is paired with
# (`denial_pairs`); within kg.ingest.DENIAL_NEIGHBOURS searched, so still linear in the denials
SAYING_THE_ACT = 4


def candidate_pairs(items: list[tuple[str, ClaimFacts]], max_block: int = 200, window: int = 20,
                    per_claim: int = 12, order: Sequence[Any] | None = None) -> Iterable[tuple[int, int]]:
    """Blocking: only claims that share an event class and a content stem (or, for claims
    about an event, a word that locates it) are compared, never all pairs.

    - Very common keys (blocks over `max_block` claims) make no pairs.
    - Rarer keys go first: a shared rare word says more than a shared common one.
    - Inside a block, claims are sorted by `order` (their dates, so this is a time window;
      by default their position) and each is compared with the next `window` ones.
    - Each claim takes part in at most `per_claim` pairs (its most specific ones).
    So the number of pairs is at most per_claim × claims / 2: linear in the claims.
    Pairs come out as (i, j) with i < j, each once, in a deterministic order."""
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
    used: dict[int, int] = defaultdict(int)
    blocks = sorted(((len(m), k) for k, m in index.items() if 2 <= len(m) <= max_block))
    for _, key in blocks:
        members = index[key]
        if order is not None and len(members) > 2:
            members = sorted(members, key=lambda i: (order[i] is None, order[i] or "", i))
        for x in range(len(members)):
            i = members[x]
            if used[i] >= per_claim:
                continue
            for y in range(x + 1, min(len(members), x + 1 + window)):
                j = members[y]
                pair = (i, j) if i < j else (j, i)
                if pair in seen or used[j] >= per_claim:
                    continue
                seen.add(pair)
                used[i] += 1
                used[j] += 1
                yield pair
                if used[i] >= per_claim:
                    break


def _inverted(keys: Iterable[tuple[int, Iterable[str]]]) -> dict[str, list[int]]:
    """Pairing stem → the claims (row numbers, in the order given) that have it."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, stems in keys:
        for s in stems:
            index[s].append(i)
    return index


def _sharing(i: int, stems: Iterable[str], index: dict[str, list[int]], max_block: int,
             other: Callable[[int], bool] | None = None) -> tuple[dict[int, float], dict[int, int]]:
    """The claims sharing pairing stems with claim `i` (and passing `other`): their idf-weighted score (a name
    key, with a space or a colon, weighs as a name) and how many stems they share. A stem more than `max_block`
    claims have is no evidence."""
    from .conflicts import NAMED_IDF, _idf

    score: dict[int, float] = defaultdict(float)
    shared: dict[int, int] = defaultdict(int)
    for s in stems:
        if len(index[s]) > max_block:
            continue
        for j in index[s]:
            if j != i and (other is None or other(j)):
                score[j] += _idf(s) if " " not in s and ":" not in s else NAMED_IDF
                shared[j] += 1
    return score, shared


def conflict_pairs(items: list[tuple[str, ClaimFacts]], dates: Sequence[Any], per_claim: int = 8,
                   max_block: int = 200, min_shared: int = 2, keys: Sequence[frozenset[str]] | None = None,
                   prone: Sequence[bool] | None = None) -> Iterable[tuple[int, int]]:
    """Pairs for the conflict rules (kg.relate.conflicts): each claim that negates or counts something
    with the claims sharing the most rare words with it (idf-weighted, at least `min_shared` stems)
    within DENIAL_DAYS. A denial rarely shares an event word with the report it denies («نفت … خطف»
    against «أسر أو اعتقال»), and many reports of one event crowd out the event blocks, so these
    pairs are looked for apart. Stems shared by more than `max_block` claims are no evidence.
    At most `per_claim` pairs per conflict-prone claim: linear in the claims. `keys` and `prone`: each
    item's pairing_keys and conflict_prone, as kept (kg.relating_index), else computed here."""
    from .conflicts import DENIAL_DAYS, _days, conflict_prone, pairing_keys

    rare = list(keys) if keys is not None else [pairing_keys(f) for _, f in items]
    index = _inverted(enumerate(rare))
    for i, (_, f) in enumerate(items):
        if len(rare[i]) < min_shared or not (prone[i] if prone is not None else conflict_prone(f)):
            continue
        score, shared = _sharing(i, rare[i], index, max_block)
        best = sorted((j for j in score if shared[j] >= min_shared
                       and (_days(dates[i], dates[j]) or 0) <= DENIAL_DAYS), key=lambda j: (-score[j], j))
        for j in best[:per_claim]:
            yield (i, j) if i < j else (j, i)
    yield from cause_pairs(items, dates, per_claim)
    yield from control_pairs(items, dates, per_claim)


def cause_pairs(items: list[tuple[str, ClaimFacts]], dates: Sequence[Any], per_claim: int = 8
                ) -> Iterable[tuple[int, int]]:
    """Claims giving an explosion an attack's cause with those giving it an accident's, at a place both name,
    within a day (kg.relate.conflicts.cause_conflict): «سيارة ملغومة» and «انفجار عتاد» share no word a rare-word
    pairing can read. Few claims name a cause; at most `per_claim` pairs each, nearest in time first."""
    from .conflicts import cause_of

    def read(f: ClaimFacts) -> Iterable[tuple[str, str]]:
        cause = cause_of(f)
        return [(place, cause[0]) for place in f.places] if cause is not None else []

    return _opposites_at_place(items, dates, read, ("attack", "accident"), per_claim)


def _opposites_at_place(items: list[tuple[str, ClaimFacts]], dates: Sequence[Any],
                        read: Callable[[ClaimFacts], Iterable[tuple[str, str]]], kinds: tuple[str, str],
                        per_claim: int) -> Iterable[tuple[int, int]]:
    """Pairs of claims that `read` as (place, kinds[0]) and (place, kinds[1]) within SAME_EVENT_DAYS, each claim of the
    first kind with at most `per_claim` of the second, nearest in time first; each pair once."""
    from .conflicts import SAME_EVENT_DAYS, _days

    by_place: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (_, f) in enumerate(items):
        for place, kind in read(f):
            by_place[(place, kind)].append(i)
    seen: set[tuple[int, int]] = set()
    for (place, kind), members in sorted(by_place.items()):
        if kind != kinds[0]:
            continue
        others = by_place.get((place, kinds[1]), [])
        for i in members:
            near = sorted((j for j in others if j != i and (_days(dates[i], dates[j]) or 0) <= SAME_EVENT_DAYS),
                          key=lambda j: ((_days(dates[i], dates[j]) or 0), j))
            for j in near[:per_claim]:
                pair = (i, j) if i < j else (j, i)
                if pair not in seen:
                    seen.add(pair)
                    yield pair


def denial_pairs(items: list[tuple[str, ClaimFacts]], dates: Sequence[Any], sources: Sequence[str],
                 nearest: Callable[[list[int]], Iterable[tuple[int, int, float]]], per_claim: int = 6,
                 saying: int = SAYING_THE_ACT) -> Iterable[tuple[int, int, float]]:
    """Denials with what they deny when worded differently (kg.relate.denials): each denied claim with its nearest
    claims by meaning (`nearest(rows)` → (row, j, cosine), best first) of other sources within DENIAL_DAYS, at most
    `per_claim` each, and past those up to `saying` more that say the denied act and one of its participants
    (kg.relate.conflicts.denies_the_proposition, what kg.relate.denials.denial_by_meaning asks): linear in the
    denials. Yields (i, j, cosine) with i < j.

    Why the second budget: a denial of a much-reported act has many neighbours by meaning that only share its topic
    (the corpus: Ankara's denial that its army shelled Kurdish positions has, before the YPG's report of the
    shelling near Jarabulus, six neighbours of other sources such as Nusra handing over border posts and Turkey's
    strikes on ISIS); the report it denies came seventh and was never judged (gold cs-335)."""
    from .conflicts import DENIAL_DAYS, _days, denied, denies_the_proposition

    rows = [i for i, (_, f) in enumerate(items) if denied(f)]
    taken: dict[int, int] = defaultdict(int)
    extra: dict[int, int] = defaultdict(int)
    for i, j, cos in nearest(rows):
        if sources[i] == sources[j] or (_days(dates[i], dates[j]) or 0) > DENIAL_DAYS:
            continue
        if taken[i] < per_claim:
            taken[i] += 1
        elif extra[i] < saying and not denied(items[j][1]) \
                and denies_the_proposition(items[i][1], items[j][1]) is not None:
            extra[i] += 1
        else:
            continue
        yield ((i, j) if i < j else (j, i)) + (cos,)


def control_pairs(items: list[tuple[str, ClaimFacts]], dates: Sequence[Any], per_claim: int = 8
                  ) -> Iterable[tuple[int, int]]:
    """Claims saying a place was taken with those saying it is besieged or fought over on its edges, within a day
    (kg.relate.control): «سيطرت على الزبداني» and «اشتباكات على أطراف الزبداني» share only the place. Few claims say
    either; at most `per_claim` pairs each, nearest in time first."""
    from .control import control_of

    return _opposites_at_place(items, dates, lambda f: _pairing(control_of(f)), ("taken", "contested"), per_claim)


def holding_pairs(items: list[tuple[str, ClaimFacts]], dates: Sequence[Any], per_claim: int = 8
                  ) -> Iterable[tuple[int, int]]:
    """control_pairs over kg.relate.events.holding_of: places outside the gazetteer too («زنجبار», a rare word after
    a place frame or a verbal noun). At most `per_claim` pairs per claim saying a place was taken, nearest in time
    first."""
    from .events import holding_of

    return _opposites_at_place(items, dates, lambda f: _pairing(holding_of(f)), ("taken", "contested"), per_claim)


def _pairing(holding: dict[str, str]) -> list[tuple[str, str]]:
    """A place's state for pairing: still held (kg.relate.still_held) pairs with a taking as contested does."""
    return [(place, "contested" if state == "held" else state) for place, state in holding.items()]


def toll_pairs(items: list[tuple[str, ClaimFacts]], dates: Sequence[Any], sources: Sequence[str], per_claim: int = 6,
               max_block: int = 200, read: Callable[[ClaimFacts], frozenset[Any]] | None = None,
               differ: Callable[[ClaimFacts, ClaimFacts], bool] | None = None, days: int | None = None
               ) -> Iterable[tuple[int, int]]:
    """Claims giving a death toll (kg.relate.events.tolls) with the other sources' claims of the same date (or the
    next: kg.relate.events.DEATH_DAYS) giving another toll (kg.relate.events.tolls_differ) about one event
    (kg.relate.events.one_event) that share the most rare words with them (idf-weighted; toll,
    country and leader words left out, at least TOLL_SHARED): «استشهاد 13 من منسوبي …» and «استشهاد 15 شخصًا» share
    no counted noun, so the count channel (conflict_pairs) never pairs them. Each claim meets each other figure once
    (its most sharing claim giving it), not once per outlet printing that figure; at most `per_claim` pairs each:
    linear in the toll claims, which are few. `read`, `differ` and `days` put another count in the place of the
    death toll (kg.relate.injuries: the wounded)."""
    from .conflicts import _days, _ENTITY_STEMS, _TOLL_STEMS, rare_stems
    from .events import _DEATH_STEMS, DEATH_DAYS, TOLL_SHARED, one_event, toll_figures, tolls_differ

    read, differ, days = read or toll_figures, differ or tolls_differ, DEATH_DAYS if days is None else days
    figure = {i: read(f) for i, (_, f) in enumerate(items)}
    rows = [i for i in figure if figure[i]]
    left_out = _ENTITY_STEMS | _TOLL_STEMS | _DEATH_STEMS
    keys = {i: {s for s in rare_stems(items[i][1]) if s not in left_out} for i in rows}
    index = _inverted(keys.items())
    seen: set[tuple[int, int]] = set()
    for i in rows:
        score, shared = _sharing(i, keys[i], index, max_block, other=lambda j: sources[j] != sources[i])
        # the same day's first: a next day's figures (DEATH_DAYS) take only the places left
        best = sorted((j for j in score if shared[j] >= TOLL_SHARED and (_days(dates[i], dates[j]) or 0) <= days
                       and differ(items[i][1], items[j][1]) and one_event(items[i][1], items[j][1]) is not None),
                      key=lambda j: (_days(dates[i], dates[j]) or 0, -score[j], j))
        met: set[frozenset[int]] = set()
        for j in best:
            if len(met) >= per_claim:
                break
            if figure[j] in met:
                continue
            met.add(figure[j])
            pair = (i, j) if i < j else (j, i)
            if pair not in seen:
                seen.add(pair)
                yield pair


def downing_pairs(items: list[tuple[str, ClaimFacts]], dates: Sequence[Any], sources: Sequence[str], per_claim: int = 6
                  ) -> Iterable[tuple[int, int]]:
    """Claims saying an aircraft was shot down with other sources' claims saying one came down by a fault or landed
    (kg.relate.events.outcome_of), within SAME_EVENT_DAYS, those sharing the most rare words first, then nearest in
    time: «أسقطت المروحية بصاروخ» and «سقطت المروحية بسبب عطل تقني» share one word. Few claims say either; at most
    `per_claim` pairs per downing claim."""
    from .conflicts import SAME_EVENT_DAYS, _days, rare_stems
    from .events import _OUTCOME_STEMS, outcome_of

    outcome = {i: outcome_of(f) for i, (_, f) in enumerate(items)}
    faults = [j for j, o in outcome.items() if o == "fault"]
    rare = {i: rare_stems(items[i][1]) - _OUTCOME_STEMS for i, o in outcome.items() if o is not None}
    for i in (i for i, o in outcome.items() if o == "downed"):
        near = sorted((j for j in faults if sources[j] != sources[i]
                       and (_days(dates[i], dates[j]) or 0) <= SAME_EVENT_DAYS),
                      key=lambda j: (-len(rare[i] & rare[j]), _days(dates[i], dates[j]) or 0, j))
        for j in near[:per_claim]:
            yield (i, j) if i < j else (j, i)
