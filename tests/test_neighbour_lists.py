"""Kept neighbour lists brought up to date (kg.neighbours.update_lists) against a fresh exact search."""

from __future__ import annotations

import numpy as np

from kg.neighbours import neighbour_lists, neighbours, update_lists


def _unit(rng, n: int, d: int = 32) -> np.ndarray:
    v = rng.standard_normal((n, d)).astype(np.float32)
    v[n // 3] = v[n // 4]  # a tie: equal cosines are ordered by position
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_updated_lists_are_the_fresh_exact_lists_after_claims_are_added_changed_and_removed():
    rng = np.random.default_rng(7)
    old = _unit(rng, 300)
    keys, sims = neighbour_lists(old, 8)
    # remove 5 claims, change 3 (a re-read article), insert 12 new ones at various positions
    gone = set(rng.choice(300, 5, replace=False).tolist())
    changed = set(rng.choice(sorted(set(range(300)) - gone), 3, replace=False).tolist())
    kept = [i for i in range(300) if i not in gone]
    rows, was = [], []
    for i in kept:
        rows.append(_unit(rng, 1)[0] if i in changed else old[i])
        was.append(None if i in changed else i)
        if i % 25 == 0:
            rows.append(_unit(rng, 1)[0])
            was.append(None)
    vecs = np.stack(rows)
    n = len(vecs)
    position = {o: p for p, o in enumerate(was) if o is not None}
    new = [p for p in range(n) if was[p] is None]
    k_keys = np.full((n, 8), -1, dtype=np.int64)
    k_sims = np.full((n, 8), -np.inf, dtype=np.float32)
    redo = set(new)
    for p, o in enumerate(was):
        if o is None:
            continue
        at = [position.get(int(q)) for q in keys[o]]
        if any(q is None for q in at):  # named a claim that is gone or changed
            redo.add(p)
            continue
        k_keys[p], k_sims[p] = at, sims[o]
    assert len(redo) > len(new), "some kept lists named a changed or removed claim"
    got = update_lists(vecs, k_keys, k_sims, np.array(sorted(redo)), np.array(new))
    want = neighbour_lists(vecs, 8)
    assert np.array_equal(got[0], want[0])
    assert np.allclose(got[1], want[1], atol=1e-6)
    kept, fresh = list(neighbours(vecs, 8, 0.1, lists=got)), list(neighbours(vecs, 8, 0.1))
    # the same pairs; a similarity may differ in its last float32 bit (the BLAS kernel sums in another order)
    assert [(i, j) for i, j, _ in kept] == [(i, j) for i, j, _ in fresh]
    assert np.allclose([s for _, _, s in kept], [s for _, _, s in fresh], atol=1e-6)
