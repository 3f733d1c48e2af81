"""The denial channel's lists kept in the relating index (kg.relating_index: each denied statement's nearest
statements) brought up to date as statements come, go and change, against a fresh search
(kg.ingest.ClaimDerivations.denial_nearest, i.e. kg.neighbours.nearest_of)."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

import kg.ingest
from kg.relating_index import _kept_derivations


def _unit(rng, n: int, d: int = 12) -> np.ndarray:
    v = rng.standard_normal((n, d)).astype(np.float32)
    v[n // 3] = v[n // 4]  # a tie: equal cosines are ordered by position
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _kept(ids, denial):
    n = len(ids)
    return _kept_derivations([{} for _ in range(n)], [pickle.dumps({"key": i}) for i in range(n)], ids, [None] * n,
                             denial)


def _by_row(found) -> dict[int, list[tuple[int, float]]]:
    out: dict[int, list] = {}
    for r, j, s in found:
        out.setdefault(r, []).append((j, round(s, 5)))
    return out


def test_kept_denial_lists_are_the_fresh_search_after_statements_come_go_and_change(monkeypatch):
    rng = np.random.default_rng(11)
    n = 2000
    vecs = _unit(rng, n)
    ids = [f"c{i:03d}" for i in range(n)]
    denied = set(rng.choice(n, 60, replace=False).tolist())
    canon1 = sorted(rng.choice(n, 1600, replace=False).tolist())

    def rows_of(canon):
        return [p for p, c in enumerate(canon) if c in denied]

    first = _kept(ids, [None] * n)  # nothing kept yet: searched afresh
    rows1 = rows_of(canon1)
    got = first.denial_nearest(canon1, vecs[canon1], rows1)
    assert _by_row(got) == _by_row(kg.ingest.ClaimDerivations.denial_nearest(canon1, vecs[canon1], rows1))
    denial = [None] * n
    for cid, blob in first.denial_changed.items():
        denial[ids.index(cid)] = blob
    assert sum(b is not None for b in denial) == len(canon1)

    # 2 statements gone, 12 new ones, 2 changed (their article re-read: nothing kept for them)
    gone = set(rng.choice(canon1, 2, replace=False).tolist())
    new = set(rng.choice(sorted(set(range(n)) - set(canon1)), 12, replace=False).tolist())
    changed = set(rng.choice(sorted(set(canon1) - gone), 2, replace=False).tolist())
    for c in changed:
        denial[c] = None
        vecs[c] = _unit(rng, 1)[0]
    canon2 = sorted((set(canon1) - gone) | new)
    rows2 = rows_of(canon2)
    fresh = _by_row(kg.ingest.ClaimDerivations.denial_nearest(canon2, vecs[canon2], rows2))
    monkeypatch.setattr(kg.ingest.ClaimDerivations, "denial_nearest",
                        staticmethod(lambda *a: pytest.fail("searched afresh instead of kept")))
    second = _kept(ids, denial)
    assert _by_row(second.denial_nearest(canon2, vecs[canon2], rows2)) == fresh
    assert any(fresh.values()), "some denied statement has neighbours above the threshold"
    for cid, blob in second.denial_changed.items():
        denial[ids.index(cid)] = blob
    assert all(denial[c] is None for c in gone) and all(denial[c] is not None for c in canon2)
    # nothing moved since: the same lists, nothing to save
    third = _kept(ids, denial)
    assert _by_row(third.denial_nearest(canon2, vecs[canon2], rows2)) == fresh
    assert third.denial_changed == {}
