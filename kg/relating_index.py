"""The relating index: what incremental relating reads of every claim, in a SQLite side file beside the store.

A live job relates only the changed claims (kg.incremental), but it used to read every claim from the store
(the claim pattern over the whole graph), look every vector up by text in the embedding file and derive every
claim's facts and reprint signature again from its text: ~20 s of a 3-article job at 3k claims, minutes at
31k articles. Here, per claim, is what none of that changes between jobs: its claim row as the store gives it
(article-local: text, polarity, article, date, source IRI, places), its vector (float16, as the embedding side
file keeps it), what kg.ingest.ClaimDerivations derives from its text (reprint key and signature, facts,
conflict pairing keys) and its nearest claims by meaning (kg.neighbours): a job searches only for its new
claims' neighbours and for those of claims whose list named a changed or removed claim, and merges the new
claims into every other list (kg.neighbours.update_lists: the same lists as a fresh exact search; above
kg.neighbours.EXACT_MAX claims, where a fresh search is approximate, they can differ from it). The denial
channel's deeper lists (kg.relate.candidates.denial_pairs: each denied statement's nearest statements) are
kept the same way, per canonical claim (`denial`: its list if it is denied, b"" if not; NULL for a claim
that was not a statement's canonical claim when they were saved): a job searches only for the denied
statements that are new or whose list named a statement that is gone, and merges the new statements into
the other lists; it used to search every denied statement against every statement (an HNSW index of all
statements above EXACT_MAX, 3.7 s of a 17.7 s 3-article job at 24k claims).
A job re-reads from the store only the claims of the articles it relates (changed or pending); the source
table (names and types, which other articles change) is read fresh every time.

Kept in step with the store:
- The store holds a stamp (`…/graph/relating-index`) written in the same update as the relations the index
  was used for; the index holds the same stamp (a digest of the claim rows it holds: the same claims give
  the same stamp however they were read, so a store's quads do not depend on the way it was written). A different or missing stamp means something wrote the store
  without this index following it: kg.stats.mark_stale, which runs before every raw write (SPARQL Update,
  Graph Store, restore), drops the stamp, and a relating by an older Sanad or another copy writes none.
  Then the index is rebuilt from the store (one read of every claim, as before).
- Article writes by Sanad are marked relating-pending in the update that writes them (kg.incremental), so
  the next job re-reads them; and the store's claim count must equal the index's rows after that re-read.
- What is derived from a claim's text depends on the code that derives it: the index records a digest of
  the kg package's sources, and derived values from another digest are thrown away (vectors are kept: they
  are keyed by the encoder, as in the embedding file).

Only an embedded store opened for writing has an index; a remote store relates as before.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import numpy as np

from .encoder import DIM, NAME as ENCODER
from .model import BASE
from .rdf import SANAD

VERSION = "2"  # the layout below
EMBED_CHUNK = 4096
STAMP_GRAPH = f"{BASE}graph/relating-index"
_STAMP = f"<{BASE}relating-index> <{SANAD}indexStamp>"
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # row: the claim pattern's row and the claim's places (pickled: dates and numbers as the store gives them)
    "CREATE TABLE IF NOT EXISTS claims (id TEXT PRIMARY KEY, article_key TEXT NOT NULL, start INTEGER, "
    "row BLOB NOT NULL, vector BLOB, derived BLOB, near BLOB, denial BLOB)",
    "CREATE INDEX IF NOT EXISTS claims_by_article ON claims (article_key, start)",
)


def index_path_for(store_location: str | os.PathLike) -> Path:
    """Beside an embedded store's directory: `./sanad-data` → `./sanad-data.relating.sqlite`."""
    p = Path(store_location).resolve()
    return p.with_name(p.name + ".relating.sqlite")


@lru_cache(maxsize=1)
def code_digest() -> str:
    """The kg package's sources, its data tables (the gazetteer kg/places.tsv: claims' places are derived values)
    and the word frequencies the conflict keys read: derived values made by other code or data are not reused."""
    from .relate.rails import DF_PATH

    h = hashlib.sha1()
    package = Path(__file__).parent
    for p in [*sorted(package.rglob("*.py")), *sorted(package.rglob("*.tsv")), Path(DF_PATH)]:
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()


def stamp_operations(stamp: str) -> list[str]:
    """Update operations that record `stamp` in the store (with the write the index was used for)."""
    return [f"DROP SILENT GRAPH <{STAMP_GRAPH}>",
            f'INSERT DATA {{ GRAPH <{STAMP_GRAPH}> {{ {_STAMP} "{stamp}" }} }}']


def drop_stamp_operation() -> str:
    return f"DROP SILENT GRAPH <{STAMP_GRAPH}>"


def _order(row: dict[str, Any]) -> tuple:
    return row["articleKey"], row["start"] if isinstance(row["start"], int) else -1, row["claim"]


class RelatingIndex:
    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._db = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        version = self._meta("version") if self._has_meta() else None
        if version is not None and version != VERSION:
            self._db.execute("DROP TABLE IF EXISTS claims")
            self._db.execute("DROP TABLE IF EXISTS meta")
        for statement in _SCHEMA:
            self._db.execute(statement)
        if "denial" not in {r[1] for r in self._db.execute("PRAGMA table_info(claims)")}:  # an index of session 8
            self._db.execute("ALTER TABLE claims ADD COLUMN denial BLOB")
        self._set_meta("version", VERSION)
        if self._meta("code") != code_digest():
            self._db.execute("UPDATE claims SET derived = NULL, near = NULL, denial = NULL")
            self._set_meta("code", code_digest())
        if self._meta("encoder") != ENCODER:
            self._db.execute("UPDATE claims SET vector = NULL, near = NULL, denial = NULL")
            self._set_meta("encoder", ENCODER)

    def _has_meta(self) -> bool:
        return self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is not None

    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    @property
    def stamp(self) -> str | None:
        return self._meta("stamp")

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM claims").fetchone()[0]

    def replace(self, rows: list[tuple[dict[str, Any], list[str]]], article_keys: list[str] | None) -> None:
        """These claim rows in place of those of `article_keys` (of every article, for None), in one
        transaction, under no stamp until `new_stamp`: a crash in between leaves an index not trusted."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.execute("DELETE FROM meta WHERE key = 'stamp'")
            if article_keys is None:
                self._db.execute("DELETE FROM claims")
            else:
                self._db.executemany("DELETE FROM claims WHERE article_key = ?", [(k,) for k in article_keys])
            self._db.executemany(
                "INSERT OR REPLACE INTO claims (id, article_key, start, row) VALUES (?, ?, ?, ?)",
                [(r["claim"], r["articleKey"], _order(r)[1], pickle.dumps((r, places), protocol=5))
                 for r, places in rows])
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def load(self) -> tuple[list[str], list[tuple[dict, list[str]]], list[bytes | None], list[bytes | None],
                            list[bytes | None], list[bytes | None]]:
        """Every claim in the order the store's claim list has (article key, then position):
        ids, rows, vectors, derived values, neighbour lists and denial lists (None where not kept yet)."""
        ids, rows, vectors, derived, near, denial = [], [], [], [], [], []
        digest = hashlib.sha1(VERSION.encode())
        for cid, row, vec, der, nb, dn in self._db.execute(
                "SELECT id, row, vector, derived, near, denial FROM claims ORDER BY article_key, start, id"):
            ids.append(cid)
            rows.append(pickle.loads(row))
            digest.update(repr((sorted(rows[-1][0].items()), rows[-1][1])).encode())
            vectors.append(vec)
            derived.append(der)
            near.append(nb)
            denial.append(dn)
        self.content = digest.hexdigest()
        return ids, rows, vectors, derived, near, denial

    def save(self, vectors: dict[str, bytes], derived: dict[str, bytes], near: dict[str, bytes], stamp: str,
             denial: dict[str, bytes | None] | None = None) -> None:
        """New vectors, derived values, neighbour and denial lists by claim id, and the stamp the store will
        hold, in one transaction."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.executemany("UPDATE claims SET vector = ? WHERE id = ?", [(v, k) for k, v in vectors.items()])
            self._db.executemany("UPDATE claims SET derived = ? WHERE id = ?", [(v, k) for k, v in derived.items()])
            self._db.executemany("UPDATE claims SET near = ? WHERE id = ?", [(v, k) for k, v in near.items()])
            self._db.executemany("UPDATE claims SET denial = ? WHERE id = ?", [(v, k) for k, v in (denial or {}).items()])
            self._set_meta("stamp", stamp)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self._db.close()


def _kept_derivations(claims: list[dict], kept: list[bytes | None], ids: list[str], near: list[bytes | None],
                      denial: list[bytes | None]):
    from .ingest import ClaimDerivations

    class Kept(ClaimDerivations):
        """ClaimDerivations seeded with the index's values; what it computes anew is saved after."""

        def __init__(self):
            self.claims = claims
            self.values = [pickle.loads(b) if b is not None else {} for b in kept]
            self.changed: set[int] = set()
            from .reprints import text_key

            for i, v in enumerate(self.values):
                if "key" not in v:
                    v["key"] = text_key(claims[i])
                    self.changed.add(i)
            self.text_keys = [v["key"] for v in self.values]

        def _get(self, i: int, name: str, compute: Callable[[], Any]) -> Any:
            v = self.values[i]
            if name not in v:
                v[name] = compute()
                self.changed.add(i)
            return v[name]

        def signature(self, i: int) -> tuple:
            from .reprints import signature

            return self._get(i, "signature", lambda: signature(claims[i]))

        def facts(self, i: int):
            from .ingest import claim_facts

            return self._get(i, "facts", lambda: claim_facts(claims[i]))

        def pairing_keys(self, i: int) -> frozenset[str]:
            from .relate.conflicts import pairing_keys

            return self._get(i, "pairing_keys", lambda: pairing_keys(self.facts(i)))

        def conflict_prone(self, i: int) -> bool:
            from .relate.conflicts import conflict_prone

            return self._get(i, "conflict_prone", lambda: conflict_prone(self.facts(i)))

        def neighbour_lists(self, vecs):
            """The kept lists, with only new claims and the claims whose list named a changed or gone one
            searched again (kg.neighbours.update_lists); all searched afresh when most are new."""
            from .ingest import NEIGHBOURS
            from .neighbours import neighbour_lists, update_lists

            n, k = len(ids), NEIGHBOURS
            position = {c: p for p, c in enumerate(ids)}
            keys = np.full((n, k), -1, dtype=np.int64)
            sims = np.full((n, k), -np.inf, dtype=np.float32)
            new = [p for p in range(n) if near[p] is None]
            redo = set(new)
            for p, blob in enumerate(near):
                if blob is None:
                    continue
                names, cosines = pickle.loads(blob)
                at = [position.get(c) for c in names]
                if any(q is None or near[q] is None for q in at) or len(at) > k:
                    redo.add(p)
                    continue
                keys[p, :len(at)] = at
                sims[p, :len(at)] = np.frombuffer(cosines, dtype=np.float32)
            if 4 * len(redo) > n:
                found = neighbour_lists(vecs, k)
            else:
                found = update_lists(vecs, keys, sims, np.array(sorted(redo), dtype=np.int64),
                                     np.array(new, dtype=np.int64))
            moved = np.flatnonzero(np.any(found[0] != keys, axis=1) | np.any(found[1] != sims, axis=1))
            self.near_changed = {}
            for p in moved:
                valid = found[0][p] >= 0
                self.near_changed[ids[p]] = pickle.dumps(
                    ([ids[q] for q in found[0][p][valid]], found[1][p][valid].astype(np.float32).tobytes()), protocol=5)
            return found

        def denial_nearest(self, canon: list[int], vecs, rows: list[int]):
            """The kept denial lists (the same as ClaimDerivations.denial_nearest gives): only the denied
            statements that are new, or whose list named a statement that is no longer one, are searched
            again, exactly; the statements that are new are merged into every other list. All searched
            afresh when most are to be searched again."""
            from .ingest import DENIAL_NEIGHBOURS, DENIAL_PAIR_COS, ClaimDerivations
            from .neighbours import _top_k

            n, k = len(canon), DENIAL_NEIGHBOURS
            position = {ids[c]: p for p, c in enumerate(canon)}
            was = [denial[c] is not None for c in canon]  # a statement when the lists were saved
            new = np.array([p for p in range(n) if not was[p]], dtype=np.int64)
            kept: dict[int, tuple[list[int], np.ndarray]] = {}
            for r in rows:
                if denial[canon[r]]:
                    names, cosines, searched = pickle.loads(denial[canon[r]])
                    at = [position.get(c) for c in names]
                    if searched == k and all(q is not None and was[q] for q in at):
                        kept[r] = at, np.frombuffer(cosines, dtype=np.float32)
            redo = [r for r in rows if r not in kept]
            found: dict[int, list[tuple[int, float]]] = {r: [] for r in rows}
            if n <= k + 1 or 4 * len(redo) > len(rows):
                for r, j, cos in ClaimDerivations.denial_nearest(canon, vecs, rows):
                    found[r].append((j, cos))
            elif rows:
                vecs = np.ascontiguousarray(vecs, dtype=np.float32)
                if redo:
                    keys, sims = _top_k(vecs, np.array(redo, dtype=np.int64), k)
                    for r, row_keys, row_sims in zip(redo, keys, sims):
                        found[r] = [(int(j), float(s)) for j, s in zip(row_keys, row_sims) if s >= DENIAL_PAIR_COS]
                rest = sorted(kept)
                s_new = vecs[rest] @ vecs[new].T if len(new) and rest else np.zeros((len(rest), 0), dtype=np.float32)
                for x, r in enumerate(rest):
                    at, cosines = kept[r]
                    merged = [(float(s), j) for j, s in zip(at, cosines)]
                    merged += [(float(s), int(j)) for j, s in zip(new, s_new[x]) if s >= DENIAL_PAIR_COS and j != r]
                    merged.sort(key=lambda sj: (-sj[0], sj[1]))  # ties by position, as kg.neighbours._top_k
                    found[r] = [(j, s) for s, j in merged[:k]]
            self.denial_changed: dict[str, bytes | None] = {}
            denied = set(rows)
            for p, c in enumerate(canon):
                value = (pickle.dumps(([ids[canon[j]] for j, _ in found[p]],
                                       np.array([s for _, s in found[p]], dtype=np.float32).tobytes(), k), protocol=5)
                         if p in denied else b"")
                if denial[c] != value:
                    self.denial_changed[ids[c]] = value
            now = set(canon)
            self.denial_changed.update({ids[c]: None for c, blob in enumerate(denial) if blob is not None and c not in now})
            return [(r, j, s) for r in rows for j, s in found[r]]

        def to_save(self, ids: list[str]) -> dict[str, bytes]:
            return {ids[i]: pickle.dumps(self.values[i], protocol=5) for i in sorted(self.changed)}

    return Kept()


class Prepared:
    """The claims, their vectors and derivations for one relating, and how to finish it."""

    def __init__(self, index: RelatingIndex, ids, claims, vecs, derived, new_vectors, rebuilt: bool):
        self.index, self.ids, self.claims, self.vecs, self.derived = index, ids, claims, vecs, derived
        self._new_vectors = new_vectors
        self.rebuilt = rebuilt
        # what the index holds, so the same claims give the same stamp whichever way they were read
        # (an offline ingest and the same articles sent through a server write the same quads)
        self.stamp = index.content

    def save(self) -> list[str]:
        """Save what was computed, under a new stamp; the update operations that give the store the same
        stamp (in the update that writes the relations)."""
        self.index.save(self._new_vectors, self.derived.to_save(self.ids), getattr(self.derived, "near_changed", {}),
                        self.stamp, getattr(self.derived, "denial_changed", {}))
        return stamp_operations(self.stamp)

    def close(self) -> None:
        self.index.close()


def open_index(store) -> RelatingIndex | None:
    """The index of an embedded store opened for writing; None otherwise (relate without one)."""
    if getattr(store, "read_only", True) or not hasattr(store, "path"):
        return None
    try:
        return RelatingIndex(index_path_for(store.path))
    except (sqlite3.Error, OSError):
        return None


def _stored_stamp(store) -> str | None:
    rows = store.select(f"SELECT ?s WHERE {{ GRAPH <{STAMP_GRAPH}> {{ {_STAMP} ?s }} }}")
    return str(rows[0]["s"]) if len(rows) == 1 else None


def _claim_count(store) -> int:
    rows = store.select("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a <http://schema.org/Claim> }")
    return int(rows[0]["n"]) if rows else 0


def prepare(store, articles: set[str] | None, cache, progress: Callable[[str], None] | None = None
            ) -> Prepared | None:
    """Bring the index in step for relating after `articles` (keys) were written (None: every article is
    read again) and read every claim from it; `cache` (kg.encoder.EmbeddingCache) embeds claims the index
    has no vector for. None where the store has no index."""
    from .repository import Repository

    index = open_index(store)
    if index is None:
        return None
    repo = Repository(store)
    in_step = articles is not None and index.stamp is not None and _stored_stamp(store) == index.stamp
    if in_step:
        keys = sorted(articles)
        index.replace(repo.claim_rows(keys), keys)
        in_step = index.count() == _claim_count(store)
    if not in_step:
        index.replace(repo.claim_rows(), None)
    ids, rows, vectors, derived, near, denial = index.load()
    sources = repo._sources()
    keep = [i for i, (r, _) in enumerate(rows) if r["src"] in sources]  # as Repository.claims_from_rows
    ids, vectors, derived, near, denial = ([x[i] for i in keep] for x in (ids, vectors, derived, near, denial))
    claims = repo.claims_from_rows([rows[i] for i in keep])
    missing = [i for i, v in enumerate(vectors) if v is None]
    new_vectors: dict[str, bytes] = {}
    # in chunks: each is saved in the embedding file as it is done, so a long first run (150k claims at 31k
    # articles) that is stopped keeps what it embedded, and only one chunk's vectors are held twice
    for n in range(0, len(missing), EMBED_CHUNK):
        part = missing[n:n + EMBED_CHUNK]
        found = cache.embed([claims[i]["text"] for i in part]).astype(np.float16)
        for i, v in zip(part, found):
            vectors[i] = new_vectors[ids[i]] = v.tobytes()
        if progress is not None:
            progress(f"embedded {min(n + EMBED_CHUNK, len(missing))}/{len(missing)} claims")
    vecs = (np.frombuffer(b"".join(vectors), dtype=np.float16).reshape(len(vectors), DIM).astype(np.float32)
            if vectors else np.zeros((0, DIM), dtype=np.float32))
    return Prepared(index, ids, claims, vecs, _kept_derivations(claims, derived, ids, near, denial), new_vectors,
                    not in_step)
