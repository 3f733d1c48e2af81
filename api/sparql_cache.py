"""SPARQL answers kept per store generation (issue 16).

A dashboard or an embedded widget sends the same query again and again; between two writes
the answer cannot change. `SparqlCache` keeps each query's serialized result (kg.store.QueryResult)
under a key made of the store's generation and everything the result depends on, after the
endpoint's own normalization: the query text, the protocol dataset (default-graph-uri /
named-graph-uri), the result formats chosen from format parameters or Accept (so
`format=json` and `Accept: application/sparql-results+json` share an entry, and CSV never
answers a JSON request), the base IRI and the result limit. A truncated result is kept with its
`truncated` flag and limit, so a cached answer carries the same X-Sanad-Truncated headers.

What is not cached: updates (they bump the generation instead, as every write does), errors
(a 503 time limit may pass once the server is idle) and answers to requests the rate limit
refused: the endpoint's limiter is a dependency that runs before the cache is consulted, so a
429 stays a 429. A store that other processes may write (a remote SPARQL server) keeps an entry
at most kg.repository.CACHE_SECONDS, as the other caches do.

The entries live in an api.cache.ResponseCache, the byte-bounded LRU of the page cache
($SANAD_SPARQL_CACHE_MB, default 16; 0 turns it off). Identical queries that arrive while the
first is running wait for its answer instead of each taking a query worker.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Awaitable, Callable

from kg.store import QueryResult, query_form

from .cache import ResponseCache

DEFAULT_MB = 16


@dataclass(frozen=True)
class QueryKey:
    """What a query's answer depends on, besides the store's contents."""

    query: str
    form: str  # kg.store.query_form: "solutions" | "boolean" | "graph"
    format: str | None  # the one format of that form the client takes
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]
    base_iri: str
    max_results: int

    @classmethod
    def of(cls, query: str, result_format: str | None, graph_format: str | None, default_graphs: list[str],
           named_graphs: list[str], base_iri: str, max_results: int) -> "QueryKey":
        """Only the format of the query's own form counts: a SELECT asked with and without a
        graph format is one answer."""
        form = query_form(query)
        return cls(query, form, graph_format if form == "graph" else result_format, tuple(default_graphs),
                   tuple(named_graphs), base_iri, max_results)


@dataclass
class CachedResult:
    """A ResponseCache entry (it reads .generation, .size and sets .key_size)."""

    result: QueryResult
    generation: int
    stored_at: float
    key_size: int = 0

    @property
    def size(self) -> int:
        return len(self.result.body) + len(self.result.media_type) + self.key_size + 200  # + the objects


class SparqlCache:
    """Query results per store generation; used from the event loop only (no lock)."""

    def __init__(self, max_bytes: int, clock: Callable[[], float] = time.monotonic):
        self.entries = ResponseCache(max_bytes)
        self.clock = clock
        self.hits = self.misses = 0
        self._running: dict[tuple, asyncio.Task] = {}  # key → the query being answered for it

    @classmethod
    def from_env(cls) -> "SparqlCache | None":
        """None when $SANAD_SPARQL_CACHE_MB is 0 (no cache); a bad value stops the app."""
        from .limits import _env_number

        mb = _env_number("SANAD_SPARQL_CACHE_MB", DEFAULT_MB)
        return cls(int(mb * 1024 * 1024)) if mb else None

    def _fresh(self, entry: CachedResult | None, store) -> CachedResult | None:
        if entry is None or getattr(store, "sole_writer", False):
            return entry
        from kg.repository import CACHE_SECONDS

        return entry if self.clock() - entry.stored_at < CACHE_SECONDS else None

    async def answer(self, key: QueryKey, store, run: Callable[[], Awaitable[QueryResult]]) -> tuple[QueryResult, bool]:
        """The result for `key` on the store as it is now, and whether it came from the cache.
        `run` evaluates the query; its exceptions (limits, syntax) reach every caller waiting on it."""
        generation = getattr(store, "generation", 0)  # read before running: a write meanwhile makes it stale
        full_key = (generation, key.query, key.form, key.format, key.default_graphs, key.named_graphs,
                    key.base_iri, key.max_results)
        entry = self._fresh(self.entries.get(full_key), store)
        if entry is not None:
            self.hits += 1
            return entry.result, True
        self.misses += 1
        task = self._running.get(full_key)
        if task is None:
            task = asyncio.ensure_future(self._run_and_keep(full_key, key.form, generation, run))
            self._running[full_key] = task
            task.add_done_callback(lambda t: self._finished(full_key, t))
        # shielded: a client that goes away does not cancel the query for the others waiting
        return await asyncio.shield(task), False

    def _finished(self, full_key: tuple, task: asyncio.Task) -> None:
        self._running.pop(full_key, None)
        if not task.cancelled():
            task.exception()  # retrieved: its callers may all have gone, and asyncio would log it as lost

    async def _run_and_keep(self, full_key: tuple, form: str, generation: int,
                            run: Callable[[], Awaitable[QueryResult]]) -> QueryResult:
        result = await run()
        if result.kind == form:  # the key named the format of this kind of result: never another's
            self.entries.put(full_key, CachedResult(result, generation, self.clock()))
        return result
