"""Claim search from a full-text index: SQLite FTS5 in a side file beside the store.

Search used to be a SPARQL FILTER(CONTAINS) over every claim's `sanad:normalizedText`, linear in
the store. The same texts (the very literals written to the store) are kept here in an FTS5 table
with the trigram tokenizer, which answers substring queries: a word matches inside a longer word
exactly as CONTAINS did (اعلن inside واعلنت, proclitics and all), so recall is unchanged. Words
shorter than three characters (no trigram) are checked with instr() on the rows the longer words
found, or on every row when the query has no longer word (still SQLite, not SPARQL).

Kept in step with the store:
- `index_article` (one call in kg.ingest.write_extraction) replaces an article's rows whenever its
  graph is written, so a replaced article leaves none behind.
- Every write of Sanad's own that the index follows says so with the generation it made
  (`followed`): an article graph once its rows are replaced, and the writes that hold no claim
  text (the reference, relations, speakers, pending and counts graphs). The index is in step at a
  generation when every write up to it was followed, so an ingest run or a relating pass costs no
  check at all.
- Anything else may write claims without telling us: a SPARQL Update or Graph Store PUT, an older
  `sanad`, a restored backup. Whenever the store's generation moved past a write the index did not
  follow, the claim texts in the store are counted (one COUNT, ~2 ms at 3k claims) against the
  index's rows; a difference makes the index stale: search answers from SPARQL until it is rebuilt
  (`sanad reindex`, or automatically, in the background, when the server starts or finds it stale).
- While an article is being written (the store, then its rows here), searches answer from SPARQL
  rather than count a store that is one article ahead of the index and rebuild it for nothing.
- Every hit is re-checked against the store (CONTAINS on the hits alone, by IRI) before it is
  shown, so an index that drifted without its count changing can cost recall until the next
  rebuild, never show a wrong claim; a hit the store no longer has makes the index stale.

A remote SPARQL store has an index too (`$SANAD_SEARCH_INDEX`, else in the user's cache, named after
its query URL; `SANAD_SEARCH_INDEX=off`: none), filled by `sanad ingest` through that URL and rebuilt by
`sanad reindex --store URL` or by `sanad serve`. There others may write without telling us (several
`sanad` processes, anyone through the server's own endpoint), and this process's generation does not
see their writes: the count is asked again whenever it is older than RECOUNT_SECONDS, so a write by
others leaves search answering by SPARQL (the same claims, slower) within that time. A difference that
stays RECOUNT_SECONDS with the index not moving starts a rebuild: an index still moving is being filled by
another `sanad` writing articles, and catches up by itself. A server's own free-text index (Virtuoso's
bif:contains) matches whole words or word prefixes only, not a word inside a longer one (اعلن inside
واعلنت, مدينه inside بالمدينه), so it cannot give the CONTAINS results search has always given.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time
import weakref
from pathlib import Path
from typing import Iterable

from .store import is_server, server_side_file

VERSION = "1"  # the layout below; another value in a file means rebuild
NORMALIZED_TEXT = "https://w3id.org/sanad/ns#normalizedText"
TRIGRAM = 3  # the trigram tokenizer cannot match a shorter string with MATCH
MAX_FOLLOWED = 10_000  # followed generations kept past a write the index did not follow
RECOUNT_SECONDS = 5.0  # a remote store's count is asked again after this long (others may write there)
PAGE = 5000  # claim texts read from a SPARQL server per request when rebuilding (servers cap result rows)
_COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?claim <{NORMALIZED_TEXT}> ?text }}"
_ALL = f"SELECT ?g ?claim ?text WHERE {{ GRAPH ?g {{ ?claim <{NORMALIZED_TEXT}> ?text }} }}"


def index_path_for(store_location: str | os.PathLike) -> Path | None:
    """Beside an embedded store's directory: `./sanad-data` → `./sanad-data.search.sqlite`; for a
    SPARQL server's query URL, `$SANAD_SEARCH_INDEX` or the user's cache (None: `off`)."""
    loc = str(store_location)
    if is_server(loc):
        chosen = os.environ.get("SANAD_SEARCH_INDEX", "")
        if chosen.lower() == "off":
            return None
        if chosen:
            return Path(chosen)
        return server_side_file(loc, "search")
    p = Path(loc).resolve()
    return p.with_name(p.name + ".search.sqlite")


def _remote(location: str) -> bool:
    return location.startswith(("http://", "https://"))

_CLAIMS_TABLE = ("CREATE TABLE IF NOT EXISTS claims (id INTEGER PRIMARY KEY, graph TEXT NOT NULL, claim TEXT NOT NULL, "
                 "norm TEXT NOT NULL)")
_SCHEMA = (
    _CLAIMS_TABLE,
    "CREATE INDEX IF NOT EXISTS claims_by_graph ON claims (graph)",
    # external content: the text is stored once, in `claims`; case-sensitive, as CONTAINS is
    "CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5 (norm, content='claims', content_rowid='id', "
    "tokenize='trigram case_sensitive 1')",
    "CREATE TRIGGER IF NOT EXISTS claims_added AFTER INSERT ON claims BEGIN "
    "INSERT INTO claims_fts (rowid, norm) VALUES (new.id, new.norm); END",
    "CREATE TRIGGER IF NOT EXISTS claims_removed AFTER DELETE ON claims BEGIN "
    "INSERT INTO claims_fts (claims_fts, rowid, norm) VALUES ('delete', old.id, old.norm); END",
)


def _create(db: sqlite3.Connection) -> None:
    for statement in _SCHEMA:
        db.execute(statement)
    db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (VERSION,))


def _drop(db: sqlite3.Connection) -> None:
    db.execute("DROP TABLE IF EXISTS claims_fts")
    db.execute("DROP TABLE IF EXISTS claims")  # its triggers and index go with it


class _transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, value, tb):
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


class SearchIndex:
    """The side file: rows (graph, claim IRI, normalized text) and their FTS5 trigram index.
    Safe across threads (one connection behind a lock: each call is a few ms)."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._db = self._open(self.path)

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        path.parent.mkdir(parents=True, exist_ok=True)
        # autocommit; transactions are explicit (BEGIN … COMMIT), DDL included
        db = sqlite3.connect(str(path), check_same_thread=False, timeout=30, isolation_level=None)
        # WAL, synced at checkpoints only: a rollback journal synced every article's commit, ~16 ms of
        # waiting per article in an ingest at 20k articles (the writer's largest wait). A power cut can
        # lose the last rows, never the file: the index then counts short and is rebuilt (in_step).
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        version = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        with _transaction(db):
            if version and version[0] != VERSION:
                _drop(db)
            _create(db)
        return db

    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM claims").fetchone()[0]

    def replace_graph(self, graph: str, rows: Iterable[tuple[str, str]]) -> None:
        """The claims (IRI, normalized text) of one article graph, in place of its old ones."""
        rows = [(graph, claim, norm) for claim, norm in rows]
        with self._lock, _transaction(self._db):
            self._db.execute("DELETE FROM claims WHERE graph = ?", (graph,))
            self._db.executemany("INSERT INTO claims (graph, claim, norm) VALUES (?, ?, ?)", rows)

    def rebuild(self, rows: Iterable[tuple[str, str, str]]) -> int:
        """Every (graph, claim, text) anew, in one transaction: the rows first, then the full-text
        index over them in one pass (faster than row by row); the old index serves until it commits."""
        n = 0
        with self._lock:
            with _transaction(self._db):
                _drop(self._db)
                self._db.execute(_CLAIMS_TABLE)
                for chunk in _chunks(rows, 2000):
                    self._db.executemany("INSERT INTO claims (graph, claim, norm) VALUES (?, ?, ?)", chunk)
                    n += len(chunk)
                _create(self._db)
                self._db.execute("INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the rebuilt index in the file itself (size_bytes)
        return n

    def matching(self, words: list[str], limit: int | None) -> list[str]:
        """Claim IRIs whose text contains every word (substrings, as SPARQL CONTAINS), in IRI order."""
        long_words = [w for w in words if len(w) >= TRIGRAM]
        where = " AND ".join("instr(c.norm, ?) > 0" for _ in words)
        params: list = list(words)
        if long_words:
            # each word a quoted FTS5 string (a " inside is doubled): a substring, not a query operator
            match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
            sql = (f"SELECT DISTINCT c.claim FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid "
                   f"WHERE claims_fts MATCH ? AND {where} ORDER BY c.claim")
            params.insert(0, match)
        else:
            sql = f"SELECT DISTINCT c.claim FROM claims c WHERE {where} ORDER BY c.claim"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        with self._lock:
            return [r[0] for r in self._db.execute(sql, params)]

    def size_bytes(self) -> int:
        return self.path.stat().st_size if self.path.exists() else 0

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _chunks(rows: Iterable, n: int):
    chunk = []
    for r in rows:
        chunk.append(r)
        if len(chunk) >= n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _State:
    """The index of one open store and what this process knows of its freshness."""

    def __init__(self, index: SearchIndex, shared: bool = False):
        self.index = index
        self.shared = shared  # a SPARQL server others may write to: counts expire (RECOUNT_SECONDS)
        self.counted = 0.0  # when a count last matched (time.monotonic)
        self.mismatch: tuple[int, int, float, int] | None = None  # a difference: (store count, index count,
        # first seen, times seen)
        self.synced: int | None = None  # the store generation the index is known to match
        self.followed: set[int] = set()  # generations after `synced` whose writes the index followed
        self.writing = 0  # article writes between the store's and the index's
        self.rebuilding: threading.Thread | None = None
        self.lock = threading.Lock()  # held through a rebuild
        self.steps = threading.Lock()  # synced, followed and writing (never held for long)

    def advance(self) -> None:
        """(under `steps`) `synced` up to the last generation before a write not followed."""
        if self.synced is None:
            self.followed.clear()
            return
        while self.synced + 1 in self.followed:
            self.synced += 1
        self.followed = {g for g in self.followed if g > self.synced}
        if len(self.followed) > MAX_FOLLOWED:  # a gap that stays: the next search counts instead
            self.followed.clear()


_STATES: "weakref.WeakKeyDictionary[object, _State | None]" = weakref.WeakKeyDictionary()
_STATES_LOCK = threading.Lock()


def _state(store) -> _State | None:
    """The index state of an embedded store written by this process, or of a SPARQL server's store;
    None for a read-only embedded store (or a server's with SANAD_SEARCH_INDEX=off)."""
    if not hasattr(store, "path"):
        return None
    shared = is_server(str(store.path))
    if not shared and getattr(store, "read_only", True):
        return None
    with _STATES_LOCK:
        if store in _STATES:
            return _STATES[store]
        path = index_path_for(store.path)
        try:
            state = None if path is None else _State(SearchIndex(path), shared=shared)
        except (sqlite3.Error, OSError) as e:  # e.g. a folder we may not write: search by SPARQL
            print(f"sanad: no search index for {store.path} at {path} ({e}); searching by SPARQL", file=sys.stderr)
            state = None
        _STATES[store] = state
        return state


def store_count(store) -> int:
    rows = store.select(_COUNT)
    return int(rows[0]["n"]) if rows else 0


def in_step(store, state: _State) -> bool:
    """Whether the index matches the store now: known for this generation (every write up to it
    followed), else counted. False, without counting, while an article is half-way written."""
    generation = store.generation
    with state.steps:
        if state.synced == generation and (not state.shared or time.monotonic() - state.counted < RECOUNT_SECONDS):
            return True
        if state.writing:
            return False
    if state.rebuilding is not None and state.rebuilding.is_alive():
        return False
    counted = time.monotonic()
    in_store, in_index = store_count(store), state.index.count()
    if in_store == in_index:
        with state.steps:
            if state.writing:  # an article write began while counting: the count may straddle it
                return False
            state.synced = max(generation, state.synced or 0)
            state.counted, state.mismatch = counted, None
            state.advance()
        return True
    with state.steps:
        if state.shared:
            seen = state.mismatch if state.mismatch and state.mismatch[:2] == (in_store, in_index) else None
            # a new difference may be another writer's article, its rows not yet written
            state.mismatch = (in_store, in_index, seen[2], seen[3] + 1) if seen else (in_store, in_index, counted, 1)
    return False


def _settled(state: _State) -> bool:
    """Whether a difference is the index's to fix: always on an embedded store (no one else writes it);
    on a server, once the same counts were seen again RECOUNT_SECONDS or more after first (another
    `sanad` filling the index moves its count)."""
    if not state.shared:
        return True
    with state.steps:
        m = state.mismatch
        return m is not None and m[3] > 1 and time.monotonic() - m[2] >= RECOUNT_SECONDS


def followed(store, generation: int | None) -> None:
    """The write that made `generation` is one the index follows: it held no claim text (a
    reference, relations, speakers, pending or counts graph), or the index took its texts."""
    state = _state(store)
    if state is None or generation is None:
        return
    with state.steps:
        if state.synced is not None and generation > state.synced:
            state.followed.add(generation)
            state.advance()


class article_write:
    """Around an article's write to the store and to the index (kg.ingest.write_extraction): in
    between, searches answer from SPARQL instead of finding the index one article behind."""

    def __init__(self, store):
        self.state = _state(store)

    def __enter__(self):
        if self.state is not None:
            with self.state.steps:
                self.state.writing += 1
        return self

    def __exit__(self, *exc):
        if self.state is not None:
            with self.state.steps:
                self.state.writing -= 1


def index_article(store, graph: str, g, generation: int | None = None) -> None:
    """After an article graph `g` (rdflib) was written to `store` as `graph` by the write that
    made `generation`: its claims' texts."""
    state = _state(store)
    if state is None:
        return
    if generation is None:  # a caller that does not know its write's generation: the one just before
        generation = store.generation
    rows = [(str(s), str(o)) for s, o in g.subject_objects(_rdflib_predicate())]
    try:
        state.index.replace_graph(graph, rows)
    except sqlite3.Error as e:  # the article is stored; search answers by SPARQL until a rebuild
        print(f"sanad: search index not updated ({e}); searching by SPARQL until it is rebuilt", file=sys.stderr)
        with state.steps:
            state.synced = None
            state.advance()
        return
    followed(store, generation)


def _rdflib_predicate():
    from rdflib import URIRef

    return URIRef(NORMALIZED_TEXT)


def matching_claims(store, words: list[str], limit: int | None) -> list[str] | None:
    """Claim IRIs from the index, or None when there is no index in step with the store
    (the caller searches by SPARQL; a rebuild is started in the background)."""
    state = _state(store)
    if state is None:
        return None
    if not in_step(store, state):
        if not state.writing and _settled(state):  # mid-article the count is not asked: nothing says it is stale
            rebuild_in_background(store)
        return None
    try:
        return state.index.matching(words, limit)
    except sqlite3.Error as e:  # a damaged file: rebuilt; SPARQL answers meanwhile
        print(f"sanad: search index unreadable ({e}); rebuilding it", file=sys.stderr)
        mark_stale(store)
        return None


def mark_stale(store) -> None:
    """A hit the store does not confirm: stop trusting the index until it is rebuilt."""
    state = _state(store)
    if state is not None:
        with state.steps:
            state.synced = None
            state.advance()
        rebuild_in_background(store)


def rebuild(store, progress: bool = False) -> dict:
    """Rebuild the index of `store` from its claim texts; {"claims", "bytes"}."""
    state = _state(store)
    if state is None:
        raise ValueError("only a store directory opened for writing, or a SPARQL server's store (unless "
                         "SANAD_SEARCH_INDEX=off), has a search index")
    with state.lock:
        generation = store.generation
        total = store_count(store)
        # a server's rows are read in full before the index is touched: the old index serves meanwhile
        rows = list(_server_rows(store)) if state.shared else store.select(_ALL)
        if progress:
            from tqdm import tqdm

            rows = tqdm(rows, total=total, unit="claim", desc="search index", file=sys.stderr)
        n = state.index.rebuild((r["g"], r["claim"], r["text"]) for r in rows)
        if progress:
            rows.close()
        with state.steps:
            state.synced = generation if store.generation == generation else None
            state.mismatch = None
            state.advance()
    return {"claims": n, "bytes": state.index.size_bytes()}


def _server_rows(store):
    """Every row {g, claim, text} of a SPARQL server, PAGE rows a request, in claim IRI order (as strings:
    Virtuoso orders IRIs by its internal ids) from after
    the last claim read: servers cap a result's rows (Virtuoso's ResultSetMaxRows) and refuse deep
    OFFSETs under ORDER BY (its MaxSortedTopRows), so neither one query nor OFFSET paging reads them all.
    A page's last claim is read again with the next page, so a claim in several graphs is not split."""
    from .repository import literal  # (repository imports this module)

    after = ""
    while True:
        bound = f"FILTER(STR(?claim) > {literal(after)})" if after else ""
        page = store.select(f"SELECT ?g ?claim ?text WHERE {{ GRAPH ?g {{ ?claim <{NORMALIZED_TEXT}> ?text }} "
                            f"{bound} }} ORDER BY STR(?claim) LIMIT {PAGE}")
        # read on to an empty page: a server capping rows below PAGE makes a short page that is not the last
        if not page:
            return
        last = page[-1]["claim"]
        kept = [r for r in page if r["claim"] != last]
        if not kept:
            if len(page) >= PAGE:
                raise ValueError(f"one claim holds {PAGE} texts or more: {last}")
            kept = page  # the last claim left, whole
        yield from kept
        after = kept[-1]["claim"]


def rebuild_in_background(store, progress: bool = False) -> threading.Thread | None:
    """Start a rebuild unless one runs; searches answer from SPARQL meanwhile."""
    state = _state(store)
    if state is None:
        return None
    with _STATES_LOCK:
        if state.rebuilding is not None and state.rebuilding.is_alive():
            return state.rebuilding

        def run():
            try:
                rebuild(store, progress=progress)
            except Exception as e:  # noqa: BLE001 - the SPARQL search still answers
                print(f"sanad: search index not rebuilt ({type(e).__name__}: {e}); searching by SPARQL",
                      file=sys.stderr)
                with state.steps:
                    state.mismatch = None  # the difference must be seen twice again: no rebuild on every search

        state.rebuilding = threading.Thread(target=run, name="sanad-search-index", daemon=True)
        state.rebuilding.start()
        return state.rebuilding


def ensure(store, progress: bool = False) -> bool:
    """At server start: rebuild now if the index is missing or stale (searches that arrive
    meanwhile answer from SPARQL); whether it was rebuilt."""
    state = _state(store)
    if state is None or in_step(store, state):
        return False
    worker = rebuild_in_background(store, progress=progress)
    if worker is not None:
        worker.join()
    return True
