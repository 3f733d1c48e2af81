"""Where extraction runs: in this process, in a pool of worker processes, or on a Dask cluster.

Every way takes `kg.reader.Item`s in article order and gives each one back, in the same order,
with its extraction or the error that stopped it. At most a window of articles is in flight, so
memory stays bounded whatever the corpus size. Writing is not done here: the store has one
writer (the caller), and an article's sources must be looked up in the store just before it is
written, after every article before it.

Worker processes and Dask workers each build one AttributionExtractor (the stanza pipeline, the
slow part, loads once per worker) and keep it for every article they are given.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Iterable, Iterator

from .attribution import AttributionExtractor
from .model import Article, Extraction
from .nlp import NLPError
from .reader import Item

IN_FLIGHT_PER_WORKER = 4  # enough queued work that no worker waits for the writer, little memory
# a worker process loads its own parse (~5 s of CPU): fewer articles than this each do not repay it
MIN_ARTICLES_PER_WORKER = 4
WAIT_FOR_DASK_WORKERS_S = 60  # a scheduler started just before its workers gets this long to see one
LOCAL_DASK = "local"


class WorkersError(RuntimeError):
    """The workers could not be started or reached, or stopped under us (one line, for the CLI)."""


@dataclass
class Extracted:
    """One item back from the workers: its extraction and the method that made it, or an error."""

    item: Item
    extraction: Extraction | None = None
    method: str | None = None
    error: str | None = None


def cores() -> int:
    """The cores this process may run on (fewer than os.cpu_count() in a container or under taskset)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# ------------------------------------------------------------------ worker side
_EXTRACTORS: dict[bool, AttributionExtractor] = {}  # per worker process: one extractor per parse setting
_EXTRACTORS_LOCK = threading.Lock()  # a Dask worker may run tasks on several threads


def extractor_for(parse: bool) -> AttributionExtractor:
    with _EXTRACTORS_LOCK:
        if parse not in _EXTRACTORS:
            _EXTRACTORS[parse] = AttributionExtractor(nlp=None if parse else False)
        return _EXTRACTORS[parse]


def extract(article: Article, parse: bool) -> tuple[Extraction, str]:
    """The task a worker runs: one article's claims, and the extraction method for its provenance."""
    extractor = extractor_for(parse)
    return extractor.extract(article), extractor.method


def _warm_up(parse: bool) -> None:
    """Pool initializer: load the pipeline while the first articles are being read. A failure is
    left for the first task to raise (with its own message) instead of breaking the pool."""
    try:
        extractor_for(parse)
    except Exception:
        pass


# ------------------------------------------------------------------ caller side
class Workers:
    """Runs `extract` somewhere; `extract_all` keeps article order and a bounded window."""

    window = 1

    def submit(self, article: Article) -> Future:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def extract_all(self, items: Iterable[Item]) -> Iterator[Extracted]:
        pending: deque[tuple[Item, Future | None]] = deque()
        for item in items:
            pending.append((item, None if item.error else self.submit(item.article)))
            if len(pending) >= self.window:
                yield self._collect(*pending.popleft())
        while pending:
            yield self._collect(*pending.popleft())

    def _collect(self, item: Item, future: Future | None) -> Extracted:
        if future is None:
            return Extracted(item, error=item.error)
        try:
            extraction, method = future.result()
        except (NLPError, WorkersError):  # the extractor cannot run at all: no article would fare better
            raise
        except BrokenProcessPool as e:
            raise WorkersError(f"an extraction worker process died ({e}); the articles before "
                               f"{item.origin} are stored") from e
        except Exception as e:  # one bad article must not stop the batch
            return Extracted(item, error=f"{item.origin}: extraction failed ({type(e).__name__}: {e})")
        return Extracted(item, extraction, method)


class InProcess(Workers):
    """Extraction in this process, one article at a time (`--workers 1`)."""

    def __init__(self, parse: bool = True):
        self.extractor = AttributionExtractor(nlp=None if parse else False)

    def submit(self, article: Article) -> Future:
        done: Future = Future()
        try:
            done.set_result((self.extractor.extract(article), self.extractor.method))
        except Exception as e:
            done.set_exception(e)
        return done


class ProcessPool(Workers):
    """`n` worker processes on this machine (`--workers N`). Spawned, not forked: the parent holds
    the store (RocksDB threads and file locks) that a forked child must not inherit."""

    def __init__(self, n: int, parse: bool = True):
        self.parse = parse
        self.window = n * IN_FLIGHT_PER_WORKER
        self.pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_warm_up, initargs=(parse,))

    def submit(self, article: Article) -> Future:
        try:
            return self.pool.submit(extract, article, self.parse)
        except BrokenProcessPool as e:
            raise WorkersError(f"an extraction worker process died ({e})") from e

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskWorkers(Workers):
    """Extraction as Dask tasks: `address` is a scheduler (tcp://host:8786) whose workers have Sanad
    installed, or "local" for a LocalCluster of `n` single-threaded worker processes here."""

    def __init__(self, address: str, parse: bool = True, n: int = 2):
        try:
            from distributed import Client, LocalCluster
        except ImportError as e:  # pragma: no cover - a runtime dependency
            raise WorkersError(f"--dask needs the `distributed` package ({e})") from e
        self.parse = parse
        self.cluster = None
        try:
            if address == LOCAL_DASK:
                import logging

                import dask

                # the workers' statistical profiler samples every thread 100 times a second: CPU the parse needs
                with dask.config.set({"distributed.worker.profile.enabled": False}):
                    self.cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                                dashboard_address=None, silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout=10)
        except (OSError, TimeoutError, ValueError) as e:
            self.close()
            raise WorkersError(f"cannot reach the Dask scheduler {address}: {e}") from e
        try:
            self.client.wait_for_workers(1, timeout=WAIT_FOR_DASK_WORKERS_S)
        except TimeoutError as e:
            self.close()
            raise WorkersError(f"the Dask scheduler {address} has had no worker for {WAIT_FOR_DASK_WORKERS_S} s") from e
        self.window = sum(self.client.nthreads().values()) * IN_FLIGHT_PER_WORKER

    def submit(self, article: Article) -> Future:
        # pure=False: each article is its own task; Dask must not hash whole texts into keys
        return self.client.submit(extract, article, self.parse, pure=False)

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()


def workers_for(parse: bool = True, workers: int = 1, dask: str | None = None,
                articles: int | None = None) -> Workers:
    """The extraction workers asked for. A known article count caps the processes (each loads the
    parse; a handful of articles are done sooner without); one worker runs in this process."""
    if dask:
        return DaskWorkers(dask, parse, n=max(1, workers))
    if articles is not None:
        workers = min(workers, -(-articles // MIN_ARTICLES_PER_WORKER))
    n = max(1, workers)
    return InProcess(parse) if n == 1 else ProcessPool(n, parse)

