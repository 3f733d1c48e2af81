"""Ingest jobs inside a running server.

`sanad serve` holds its embedded store's lock, so it is the store's only writer: articles that
arrive while it serves are queued as jobs and written by one background thread, through the same
loop as `sanad ingest` (kg.ingest.ingest_items). Each article is one atomic graph replacement, so
readers never see half of one; the relations graph is brought up to date once, when a job's
articles are all written (kg.incremental: only the pairs they touch are judged). Jobs run one at a time, in the order they came.

Each job's state (status, counts, per-article errors, times) is kept in a small SQLite file beside
the store (`./sanad-data.jobs.sqlite`, as the vectors and the search index are), so GET /api/jobs/{id}
answers after a restart. A job the server was running or had queued when it stopped, or died, is
reported as failed and `interrupted`: the articles it wrote stay, marked relating-pending
(kg.incremental), and the restarted server relates them first (a job of no article). The articles
a job was sent are not kept.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import queue
import re
import secrets
import sqlite3
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from .ingest import Report, ingest_items, relate_changes
from .reader import Item, ReadError, article_from_obj, article_from_fields
from .store import Store, is_server, server_side_file

MAX_ARTICLES_PER_JOB = 10_000
DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024  # a request's articles; the 449-article SaudiNewsNet sample is 1.7 MB
JOBS_KEPT = 500  # finished jobs held in memory; the oldest are forgotten first (the jobs file keeps them)
JOBS_FILE_KEPT = 5_000  # jobs in the jobs file: the newest, and none older than JOBS_FILE_DAYS
JOBS_FILE_DAYS = 30
SAVE_EVERY_SECONDS = 1.0  # a running job's progress is written at most this often (its end always)
_ORIGIN_CHARS = 200
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


class InputError(ValueError):
    """A request body that holds no article to ingest (one line, for a 400)."""


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise InputError(f"{name}: empty")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary data (NUL bytes), expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not valid UTF-8 (byte {e.start})") from None


def _origin(obj: object, default: str) -> str:
    """How error messages name an article: its "origin" field when the client gave one (the
    CLI sends the file and line it read), else where it sits in the body."""
    given = obj.get("origin") if isinstance(obj, dict) else None
    if isinstance(given, str) and given.strip():
        return _UNPRINTABLE.sub("", given.strip())[:_ORIGIN_CHARS]
    return default


def _item(obj: object, where: str) -> Item:
    where = _origin(obj, where)
    try:
        return Item(where, article=article_from_obj(obj, where))
    except ReadError as e:
        return Item(where, error=str(e))


def items_from_body(data: bytes, kind: str, name: str = "body", meta: dict | None = None) -> list[Item]:
    """The articles of a request body or uploaded file, as kg.reader reads files.

    `kind`: "json" (one article object or an array of them), "jsonl" (one object per line) or
    "text" (the article's text; `meta` holds its title, publisher, date, url). A body that cannot
    be read at all raises InputError; one bad article in a batch is an Item with an error, and the
    batch goes on, as in `sanad ingest`."""
    text = _decode(data, name)
    if kind == "text":
        try:
            items = [Item(name, article=article_from_fields(text, meta or {}, name))]
        except ReadError as e:
            raise InputError(str(e)) from None
    elif kind == "json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            raise InputError(f"{name}: malformed JSON at line {e.lineno} column {e.colno}: {e.msg}") from None
        except RecursionError:
            raise InputError(f"{name}: JSON nested too deeply") from None
        if isinstance(obj, list):
            items = [_item(o, f"{name}[{i}]") for i, o in enumerate(obj)]
        elif isinstance(obj, dict):
            items = [_item(obj, name)]
        else:
            raise InputError(f"{name}: expected a JSON object (one article) or an array of them")
    elif kind == "jsonl":
        items = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{name}:{n}"
            try:
                items.append(_item(json.loads(line), where))
            except json.JSONDecodeError as e:
                items.append(Item(where, error=f"{where}: malformed JSON (column {e.colno}: {e.msg})"))
            except RecursionError:
                items.append(Item(where, error=f"{where}: JSON nested too deeply"))
        if items and all(i.error for i in items):
            raise InputError(f"no article could be read: {items[0].error}")
    else:
        raise InputError(f"unknown body kind {kind!r}")
    if not items:
        raise InputError(f"{name}: no article in it")
    if len(items) > MAX_ARTICLES_PER_JOB:
        raise InputError(f"{name}: {len(items):,} articles; at most {MAX_ARTICLES_PER_JOB:,} per job")
    return items


def _iso(t: dt.datetime | None) -> str | None:
    return t.isoformat(timespec="seconds") if t else None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass
class Job:
    """One batch of articles sent to the server, and how far its ingest got."""

    id: str
    items: list[Item]
    parse: bool = True
    status: str = QUEUED
    stage: str | None = None  # while running: "extracting" the articles, then "relating" the graph
    done: int = 0  # articles handled (written or refused)
    current: int = 0  # index of the article being written
    report: Report = field(default_factory=Report)
    errors: list[dict] = field(default_factory=list)  # {"index", "origin", "error"} per refused article
    failure: str | None = None  # why the whole job failed
    interrupted: bool = False  # the server stopped (or died) before the job finished
    created: dt.datetime = field(default_factory=_now)
    started: dt.datetime | None = None
    finished: dt.datetime | None = None

    @property
    def total(self) -> int:
        return len(self.items)

    def to_json(self) -> dict:
        r = self.report
        return {"id": self.id, "status": self.status, "stage": self.stage,
                "articles": {"total": self.total, "done": self.done, "ingested": r.articles,
                             "new": r.new, "replaced": r.replaced},
                "claims": r.claims, "relations": dict(r.relations), "errors": list(self.errors),
                "failure": self.failure, "interrupted": self.interrupted, "parse": self.parse,
                "created": _iso(self.created), "started": _iso(self.started), "finished": _iso(self.finished)}


def jobs_path_for(store) -> Path | None:
    """The jobs file of a store: beside an embedded store's directory (`./sanad-data` →
    `./sanad-data.jobs.sqlite`); for a remote SPARQL store, in the user's cache; None (jobs in
    memory only) for anything else."""
    location = getattr(store, "path", None)
    if location is None:
        return None
    location = str(location)
    if is_server(location):  # a SPARQL store's path is its query URL
        return server_side_file(location, "jobs")
    p = Path(location).resolve()
    return p.with_name(p.name + ".jobs.sqlite")


class JobFile:
    """Jobs as their JSON views, one row each, in SQLite: what GET /api/jobs/{id} answers once a
    job has left memory, or the server restarted. Callers serialize access (the queue's lock)."""

    def __init__(self, path: Path | None):
        self.path = path
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path) if path else ":memory:", check_same_thread=False, timeout=30,
                                   isolation_level=None)
        self._db.execute("CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, created TEXT NOT NULL, "
                         "updated TEXT NOT NULL, status TEXT NOT NULL, view TEXT NOT NULL)")
        self._db.execute("CREATE INDEX IF NOT EXISTS jobs_by_created ON jobs (created)")

    def save(self, view: dict) -> None:
        self._db.execute("INSERT OR REPLACE INTO jobs VALUES (?, ?, ?, ?, ?)",
                         (view["id"], view["created"], _iso(_now()), view["status"],
                          json.dumps(view, ensure_ascii=False)))

    def get(self, job_id: str) -> dict | None:
        row = self._db.execute("SELECT view FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def interrupt_unfinished(self) -> int:
        """At start-up: the jobs a stopped (or crashed) server left queued or running are failed,
        `interrupted`; how many."""
        rows = self._db.execute("SELECT view, updated FROM jobs WHERE status IN (?, ?)", (QUEUED, RUNNING)).fetchall()
        for raw, updated in rows:
            view = json.loads(raw)
            done, total = view["articles"]["done"], view["articles"]["total"]
            if view["status"] == QUEUED or done == 0:
                why = "interrupted: the server stopped before the job ran; send its articles again"
            else:
                why = (f"interrupted: the server stopped after about {done} of {total} articles; the articles "
                       "written stay, and are related when the server starts again")
            view.update(status=FAILED, stage=None, failure=why, interrupted=True, finished=view["finished"] or updated)
            self._db.execute("UPDATE jobs SET status = ?, view = ? WHERE id = ?",
                             (FAILED, json.dumps(view, ensure_ascii=False), view["id"]))
        return len(rows)

    def prune(self) -> None:
        """Forget finished jobs older than JOBS_FILE_DAYS, and all but the newest JOBS_FILE_KEPT."""
        keep = JOBS_FILE_KEPT
        oldest = _iso(_now() - dt.timedelta(days=JOBS_FILE_DAYS))
        self._db.execute("DELETE FROM jobs WHERE status IN (?, ?) AND (created < ? OR id NOT IN "
                         "(SELECT id FROM jobs ORDER BY created DESC LIMIT ?))", (DONE, FAILED, oldest, keep))

    def close(self) -> None:
        self._db.close()


class JobQueue:
    """Jobs of one server, written one at a time by a single background thread; their state is
    kept in the jobs file (`path`; default: beside the store, jobs_path_for)."""

    def __init__(self, store: Store, ingest: Callable[..., Report] = ingest_items,
                 relate: Callable[[Store, list[str]], dict[str, int]] = relate_changes,
                 path: Path | str | None = None, relate_pending: bool = True):
        """`relate_pending=False` (`sanad serve --no-relate-pending`): articles a stop or a crash
        left written but not related stay marked, and the next job relates them with its own,
        instead of a job started now: a server that must answer at once after a restart on a
        big store does not spend its first minutes relating."""
        self.store = store
        self._ingest = ingest
        self._relate = relate
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._saved_at: dict[str, float] = {}
        try:
            self._file = JobFile(Path(path) if path is not None else jobs_path_for(store))
        except (sqlite3.Error, OSError) as e:  # e.g. a folder we may not write: jobs in memory, as before
            print(f"sanad: no jobs file ({e}); jobs are kept in memory only", file=sys.stderr)
            self._file = JobFile(None)
        interrupted = self._file.interrupt_unfinished()
        if interrupted:
            print(f"sanad: {interrupted} ingest job(s) were interrupted by the last stop; "
                  "their written articles are related by the next job", file=sys.stderr)
        self._file.prune()
        self._pending: queue.Queue[Job | None] = queue.Queue()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._work, name="sanad-ingest-writer", daemon=True)
        self._thread.start()
        self.relating_pending = self._relate_pending(start=relate_pending)

    def _relate_pending(self, start: bool = True) -> Job | None:
        """Articles written but never related (a job the last stop or crash cut short): a job of no
        article that relates them, first in the queue, so they do not wait for the next ingest."""
        if self.store is None or getattr(self.store, "read_only", False):
            return None
        from .incremental import pending_articles

        try:
            pending = pending_articles(self.store)
        except Exception as e:  # noqa: BLE001 - an unreachable store: the next job relates them
            print(f"sanad: relating-pending articles not read ({type(e).__name__}: {e})", file=sys.stderr)
            return None
        if not pending:
            return None
        if not start:
            print(f"sanad: {len(pending)} article(s) written but not related; the next job relates them "
                  "(--no-relate-pending)", file=sys.stderr)
            return None
        job = self.submit([], parse=False)
        print(f"sanad: {len(pending)} article(s) written but not related; relating them (job {job.id})",
              file=sys.stderr)
        return job

    def submit(self, items: list[Item], parse: bool = True) -> Job:
        if self._stopping.is_set():
            raise RuntimeError("the server is stopping")
        job = Job(id=secrets.token_urlsafe(12), items=items, parse=parse)
        with self._lock:
            self._jobs[job.id] = job
            self._save(job)
            self._forget_old()
        self._pending.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def view(self, job_id: str) -> dict | None:
        """A consistent picture of the job (taken under the lock the writer updates it with); a job
        no longer in memory (older, or from before a restart) as the jobs file has it."""
        with self._lock:
            job = self._jobs.get(job_id)
            return job.to_json() if job else self._file.get(job_id)

    def _save(self, job: Job, force: bool = True) -> None:
        """Write the job's state to the jobs file (under the lock); `force=False`: only if the last
        write of this job is older than SAVE_EVERY_SECONDS (per-article progress)."""
        now = time.monotonic()
        if not force and now - self._saved_at.get(job.id, 0.0) < SAVE_EVERY_SECONDS:
            return
        try:
            self._file.save(job.to_json())
            self._saved_at[job.id] = now
        except sqlite3.Error as e:  # the job goes on; only its record after a restart suffers
            print(f"sanad: job {job.id} not saved ({e})", file=sys.stderr)

    def _forget_old(self) -> None:
        finished = [j for j in self._jobs.values() if j.status in (DONE, FAILED)]
        for j in finished[: max(0, len(finished) - JOBS_KEPT)]:
            del self._jobs[j.id]
            self._saved_at.pop(j.id, None)
        self._file.prune()

    def close(self, timeout: float = 60.0) -> None:
        """Stop after the article being written (never half of one); jobs not finished are
        marked failed, and the relations graph is left as it was."""
        self._stopping.set()
        self._pending.put(None)
        self._thread.join(timeout)
        with self._lock:
            if not self._thread.is_alive():  # else the writer still runs: the next start marks its job
                self._file.close()

    # -- the writer thread
    def _work(self) -> None:
        while True:
            job = self._pending.get()
            if job is None or self._stopping.is_set():
                break
            self._run(job)
        with self._lock:
            for job in self._jobs.values():
                if job.status in (QUEUED, RUNNING):
                    self._fail(job, "interrupted: the server stopped before the job ran; send its articles again",
                               interrupted=True)

    def _fail(self, job: Job, why: str, interrupted: bool = False) -> None:
        """(under the lock)"""
        job.status, job.stage, job.failure, job.finished = FAILED, None, why, _now()
        job.interrupted = interrupted
        self._save(job)

    def _counted(self, job: Job) -> Iterator[Item]:
        """The job's items, counting each one done once the loop asks for the next."""
        for i, item in enumerate(job.items):
            if self._stopping.is_set():
                return
            job.current = i
            yield item
            with self._lock:
                job.done = i + 1
                self._save(job, force=False)

    def _run(self, job: Job) -> None:
        with self._lock:
            job.status, job.stage, job.started = RUNNING, "extracting", _now()
            self._save(job)

        def refused(message: str) -> None:
            i = job.current
            with self._lock:
                job.errors.append({"index": i, "origin": job.items[i].origin, "error": message})
                self._save(job, force=False)

        try:
            # the report is the job's own: its counters move as each article is written
            self._ingest(self._counted(job), self.store, job.report, progress=False, on_error=refused,
                         parse=job.parse, relate=False)
            if self._stopping.is_set():
                with self._lock:
                    self._fail(job, f"interrupted: the server stopped after {job.done} of {job.total} articles; the "
                                    "articles written stay, and are related when the server starts again",
                               interrupted=True)
                return
            with self._lock:
                job.stage = "relating"
                self._save(job)
            relations = self._relate(self.store, job.report.changed)  # once per job: readers see the old graph until then
            with self._lock:
                job.report.relations = relations
                job.status, job.stage, job.finished = DONE, None, _now()
                self._save(job)
        except Exception as e:  # noqa: BLE001 - a failed job must not stop the writer
            with self._lock:
                self._fail(job, f"{type(e).__name__}: {e}")

