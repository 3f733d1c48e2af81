"""Query worker processes: how a SPARQL query past its time limit is really stopped.

pyoxigraph (0.5) has no way to interrupt a running query from Python: one call into it
can compute for hours, and a thread cannot be killed. So queries from untrusted users
run in a few long-lived worker processes, each holding a read-only pyoxigraph store
opened on a snapshot of the served store (see OxigraphStore._reader_snapshot). The
caller waits for the answer up to the time limit; past it, the worker is killed
(SIGKILL: the CPU it was burning is freed at once) and a fresh one takes its place.

Requests and answers travel as pickles over a socket pair (multiprocessing's
Connection): the query text in, the serialized result (QueryResult) or the error out.
Workers are new interpreters importing this same kg/ (whatever the current directory),
never forks: the serving process has threads and an open RocksDB, neither of which
survives a fork safely; and unlike multiprocessing's "spawn" they do not re-import the
host's __main__.
"""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Callable

from . import store as kg_store
from .store import QueryBusy, QueryOutOfMemory, QueryResult, QueryTimeout, StoreError

_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)
# Put this kg/'s parent first on the path: `python -m` would take the current directory's.
_WORKER_COMMAND = ("import sys; sys.path.insert(0, sys.argv[1]); from kg.query_workers import worker_main; "
                   "worker_main(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))")
_ERRORS = {cls.__name__: cls for cls in (kg_store.QuerySyntaxError, kg_store.QueryEvaluationError,
                                         kg_store.QueryRefused, StoreError)}


def _exit_with_parent(parent_pid: int) -> None:
    """A worker must not outlive the server (a hostile query would run on forever)."""
    while True:
        if os.getppid() != parent_pid:
            os._exit(0)
        time.sleep(1.0)


def _worker_main(conn: Connection, parent_pid: int, memory_mb: int = 0) -> None:
    """The worker loop: (snapshot directory, request) in, ("ok", QueryResult) or
    ("error", kind, message) out. The store is reopened when the snapshot changes."""
    import pyoxigraph as ox

    if memory_mb:
        import resource

        # An allocation past it fails and Rust aborts the process: the caller reports it.
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C on `sanad serve`: the server stops us
    threading.Thread(target=_exit_with_parent, args=(parent_pid,), daemon=True).start()
    conn.send(("ready",))  # imports done: a query's time limit starts only now
    store, opened = None, None
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        snapshot, request = message
        try:
            if snapshot != opened:
                store, opened = None, None
                store, opened = ox.Store.read_only(snapshot), snapshot
            res = kg_store.run_query(store, request["sparql"], request["dataset"], request["base_iri"])
            reply: tuple = ("ok", kg_store.serialize_result(res, request["result_format"],
                                                            request["graph_format"], request["max_results"]))
            del res
        except kg_store.FormatNotAcceptable as e:
            reply = ("error", "FormatNotAcceptable", e.kind)
        except StoreError as e:
            reply = ("error", type(e).__name__, str(e))
        except Exception as e:  # e.g. an OSError from the storage: the message, not a crash
            reply = ("error", "StoreError", f"{type(e).__name__}: {e}")
        conn.send(reply)


@dataclass
class _Worker:
    process: subprocess.Popen
    conn: Connection
    snapshot: str | None = None  # the snapshot it has open (or is opening)
    ready: bool = False  # has said "ready" (a fresh interpreter takes ~0.3 s to import)


WORKER_START_TIMEOUT = 60.0


class QueryWorkers:
    """A fixed number of warm worker processes. A query that finds none free waits for one
    up to its time limit (QueryBusy past it), then has its full time limit to run: so a
    query is never charged for someone else's hostile query (worst case: twice the limit)."""

    def __init__(self, size: int, on_release: Callable[[set[str]], None] | None = None, memory_mb: int = 0):
        self._memory_mb = memory_mb
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()  # the warmest worker first
        self._lock = threading.Lock()
        self._closed = False
        self._all: list[_Worker] = []
        self._on_release = on_release  # told which snapshots are still open after each query
        for _ in range(size):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        parent_end, child_end = socket.socketpair()
        with child_end:
            process = subprocess.Popen(
                [sys.executable, "-c", _WORKER_COMMAND, _PACKAGE_ROOT, str(child_end.fileno()), str(os.getpid()),
                 str(self._memory_mb)],
                pass_fds=[child_end.fileno()], stdin=subprocess.DEVNULL)
        worker = _Worker(process, Connection(parent_end.detach()))
        with self._lock:
            self._all.append(worker)
        return worker

    def _kill(self, worker: _Worker) -> None:
        worker.process.kill()  # SIGKILL: a query deep in Rust code would never see a gentler signal
        try:
            worker.process.wait(5)
        except subprocess.TimeoutExpired:
            pass
        worker.conn.close()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)

    def _replace(self, worker: _Worker) -> None:
        self._kill(worker)
        if not self._closed:
            self._idle.put(self._start())

    def pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._all]

    def snapshots_in_use(self) -> set[str]:
        with self._lock:
            return {w.snapshot for w in self._all if w.snapshot}

    def run(self, snapshot: Callable[[], str], request: dict, timeout: float) -> QueryResult:
        """Evaluate `request` on a worker: wait up to `timeout` seconds for a free one, then
        up to `timeout` seconds for the answer. `snapshot()` names the store snapshot to read."""
        limit = f"{timeout:g} s"
        directory = snapshot()
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryBusy(f"the server is busy: no query worker became free within the {limit} time limit "
                            "(other queries are running); try again later") from None
        try:
            if not worker.ready:
                if not worker.conn.poll(WORKER_START_TIMEOUT):
                    raise OSError("the query worker did not start")
                worker.conn.recv()
                worker.ready = True
            deadline = time.monotonic() + timeout
            worker.snapshot = directory
            worker.conn.send((directory, request))
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._replace(worker)
                worker = None
                raise QueryTimeout(f"query exceeded the {limit} time limit and was stopped")
            reply = worker.conn.recv()
        except (EOFError, OSError) as e:  # the worker died: out of memory, most likely
            returncode = None
            if worker is not None:
                self._replace(worker)
                returncode, worker = worker.process.returncode, None
            if returncode in (-signal.SIGABRT, -signal.SIGKILL):  # allocation failed / the kernel's OOM killer
                limit_note = f" ({self._memory_mb} MB per query)" if self._memory_mb else ""
                raise QueryOutOfMemory(f"query exceeded the memory limit{limit_note} and was stopped") from None
            raise StoreError(f"the query worker stopped unexpectedly ({type(e).__name__}: {e}, "
                             f"exit status {returncode})") from None
        except BaseException:
            if worker is not None:
                self._replace(worker)  # in an unknown state: never reuse it
                worker = None
            raise
        finally:
            if worker is not None:
                self._idle.put(worker)
            if self._on_release is not None:
                self._on_release(self.snapshots_in_use())
        if reply[0] == "ok":
            return reply[1]
        _, kind, message = reply
        if kind == "FormatNotAcceptable":
            raise kg_store.FormatNotAcceptable(message)
        raise _ERRORS.get(kind, StoreError)(message)

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._kill(worker)


def worker_main(fd: int, parent_pid: int, memory_mb: int) -> None:
    """Entry point of a worker process (see _WORKER_COMMAND)."""
    _worker_main(Connection(fd), parent_pid, memory_mb)
