"""Nearest neighbours over claim embeddings: candidates by meaning, not only by shared words.

Exact cosine search in blocks (numpy) up to `EXACT_MAX` claims — deterministic and, at that
size, a few seconds; above it an HNSW index (usearch, single-threaded so the same claims always
give the same graph). Each claim gets at most `k` neighbours above `min_cos`, so the pairs grow
linearly with the claims, like kg.relate's blocking.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np

EXACT_MAX = 20_000
BLOCK = 2048


def _top_k(vecs: np.ndarray, rows: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The `k` nearest claims of each of `rows` (positions, cosines; `k` < len(vecs)), exact, in blocks:
    best first, equal similarities by position, so the order never depends on the partition."""
    keys = np.empty((len(rows), k), dtype=np.int64)
    sims = np.empty((len(rows), k), dtype=np.float32)
    for b in range(0, len(rows), BLOCK):
        chunk = rows[b:b + BLOCK]
        s = vecs[chunk] @ vecs.T
        s[np.arange(len(chunk)), chunk] = -np.inf  # not oneself
        part = np.argpartition(-s, k - 1, axis=1)[:, :k]
        ps = np.take_along_axis(s, part, axis=1)
        order = np.lexsort((part, -ps), axis=1)
        keys[b:b + len(chunk)] = np.take_along_axis(part, order, axis=1)
        sims[b:b + len(chunk)] = np.take_along_axis(ps, order, axis=1)
    return keys, sims


def _exact(vecs: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    return _top_k(vecs, np.arange(len(vecs)), min(k, len(vecs) - 1))


def _hnsw(vecs: np.ndarray):
    """An HNSW index of all claims (usearch, one thread: the same claims always give the same graph)."""
    from usearch.index import Index

    index = Index(ndim=vecs.shape[1], metric="cos", dtype="f16", connectivity=16, expansion_add=64,
                  expansion_search=64)
    index.add(np.arange(len(vecs)), vecs, threads=1)
    return index


def _approximate(vecs: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    found = _hnsw(vecs).search(vecs, k + 1, threads=1)
    keys = np.asarray(found.keys, dtype=np.int64)
    sims = 1.0 - np.asarray(found.distances, dtype=np.float32)
    out_k = np.full((len(vecs), k), -1, dtype=np.int64)
    out_s = np.full((len(vecs), k), -np.inf, dtype=np.float32)
    for i in range(len(vecs)):
        m = keys[i] != i
        kk, ss = keys[i][m][:k], sims[i][m][:k]
        out_k[i, :len(kk)], out_s[i, :len(ss)] = kk, ss
    return out_k, out_s


def neighbour_lists(vecs: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each claim's `k` nearest (positions, -1 where there are fewer) and their cosines, best first."""
    n = len(vecs)
    if n < 2 or k <= 0:
        return np.full((n, max(k, 0)), -1, dtype=np.int64), np.full((n, max(k, 0)), -np.inf, dtype=np.float32)
    keys, sims = (_exact if n <= EXACT_MAX else _approximate)(np.ascontiguousarray(vecs, dtype=np.float32), k)
    if keys.shape[1] < k:  # fewer claims than k + 1
        pad = k - keys.shape[1]
        keys = np.hstack([keys, np.full((n, pad), -1, dtype=np.int64)])
        sims = np.hstack([sims, np.full((n, pad), -np.inf, dtype=np.float32)])
    return keys, sims


def update_lists(vecs: np.ndarray, keys: np.ndarray, sims: np.ndarray, redo: np.ndarray, new: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Kept lists (`keys`, `sims`, k columns: positions in `vecs`) brought up to date without searching
    every claim again: the rows `redo` (the `new` claims, and those whose list named a claim that changed
    or is gone) are searched exactly against all claims; every other row keeps its list, merged with the
    new claims (its nearest among all are its nearest among the old ones, or new ones). Ties by
    position, as `_exact` breaks them."""
    n, k = keys.shape
    keys, sims = keys.copy(), sims.copy()
    if n < 2 or k == 0 or not len(redo):
        return keys, sims
    vecs = np.ascontiguousarray(vecs, dtype=np.float32)
    k_eff = min(k, n - 1)
    keys[redo], sims[redo] = -1, -np.inf
    keys[redo, :k_eff], sims[redo, :k_eff] = _top_k(vecs, redo, k_eff)
    if len(new):
        keep = np.ones(n, dtype=bool)
        keep[redo] = False
        rest = np.flatnonzero(keep)
        if len(rest):
            s_new = (vecs[new] @ vecs[rest].T).T  # (rest, new)
            all_keys = np.hstack([keys[rest], np.broadcast_to(new, (len(rest), len(new)))])
            all_sims = np.hstack([sims[rest], s_new.astype(np.float32)])
            order = np.lexsort((np.where(all_keys < 0, n, all_keys), -all_sims), axis=1)[:, :k]
            keys[rest] = np.take_along_axis(all_keys, order, axis=1)
            sims[rest] = np.take_along_axis(all_sims, order, axis=1)
    return keys, sims


def neighbours(vecs: np.ndarray, k: int = 8, min_cos: float = 0.5,
               lists: tuple[np.ndarray, np.ndarray] | None = None) -> Iterable[tuple[int, int, float]]:
    """(i, j, cosine) with i < j, each pair once, for each claim's `k` nearest above `min_cos`,
    in a deterministic order (by i, then by similarity). `lists`: neighbour_lists kept from before."""
    n = len(vecs)
    if n < 2 or k <= 0:
        return
    keys, sims = lists if lists is not None else neighbour_lists(vecs, k)
    seen: set[tuple[int, int]] = set()
    for i in range(n):
        for j, s in zip(keys[i], sims[i]):
            j = int(j)
            if j < 0 or s < min_cos or not np.isfinite(s):
                continue
            pair = (i, j) if i < j else (j, i)
            if pair not in seen:
                seen.add(pair)
                yield pair[0], pair[1], float(s)


def nearest_of(vecs: np.ndarray, rows: list[int], k: int, min_cos: float) -> Iterable[tuple[int, int, float]]:
    """(row, j, cosine) for each of `rows`' `k` nearest claims above `min_cos`, best first: the neighbours of a few
    claims (the denials) searched deeper than every claim's. Exact up to `EXACT_MAX` claims (rows × claims), an
    HNSW index above it, so the cost grows with rows × k, not rows × claims."""
    n = len(vecs)
    if n < 2 or not rows or k <= 0:
        return
    vecs = np.ascontiguousarray(vecs, dtype=np.float32)
    k = min(k, n - 1)
    if n <= EXACT_MAX:
        keys, sims = _top_k(vecs, np.asarray(rows), k)
        for i, row_keys, row_sims in zip(rows, keys, sims):
            for j, s in zip(row_keys, row_sims):
                if s >= min_cos:
                    yield i, int(j), float(s)
        return
    found = _hnsw(vecs).search(vecs[rows], k + 1, threads=1)
    for r, i in enumerate(rows):
        for j, d in zip(np.asarray(found.keys[r]), np.asarray(found.distances[r])):
            if int(j) != i and 1.0 - float(d) >= min_cos:
                yield i, int(j), 1.0 - float(d)
