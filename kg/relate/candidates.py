"""Candidate pairs across a graph (`candidate_pairs`): blocking, never all pairs."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable, Sequence

from .claims import ClaimFacts
from .lexicon import _PLACEISH


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
