"""What the in-process app benchmarks share (cards_bench.py, pages_bench.py): a store to
measure (given, or the seeds + the SaudiNewsNet Syria articles ingested into a temp
store), timed GETs through Starlette's TestClient, and median/p95/max."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"

# Starlette's TestClient calls from the address "testclient", which the per-client rate limit
# (api.limits) counts like any remote client: these benches measure render time, not the limit.
os.environ.setdefault("SANAD_RATE_LIMIT_PER_MINUTE", "0")


def stats(ms: list[float]) -> tuple[float, float, float]:
    """Median, p95 and max of timings in milliseconds."""
    ms = sorted(ms)
    return statistics.median(ms), ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))], ms[-1]


def timed(client, url: str, headers: dict | None = None, expect: int = 200) -> float:
    """One GET through the app, in milliseconds; any other status ends the bench."""
    t = time.perf_counter()
    r = client.get(url, headers=headers or {})
    dt = (time.perf_counter() - t) * 1000
    if r.status_code != expect:
        raise SystemExit(f"{url}: HTTP {r.status_code}: {r.text[:300]}")
    return dt


def store_to_measure(store: str | None, data: str, prefix: str) -> tuple[str, tempfile.TemporaryDirectory | None]:
    """`store` as given, or seeds/ + `data` ingested into a new temp store (kept alive by
    the returned TemporaryDirectory). Exits 2 when the ingest fails outright."""
    if store is not None:
        return store, None
    tmp = tempfile.TemporaryDirectory(prefix=prefix)
    store = str(Path(tmp.name) / "store")
    inputs = [str(ROOT / "seeds")] + ([data] if Path(data).exists() else [])
    if len(inputs) == 1:
        print(f"warning: {data} not found; seeds only", file=sys.stderr)
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", *inputs, "--store", store, "--quiet"],
                          cwd=ROOT, capture_output=True, text=True)
    print(f"ingest: {time.perf_counter() - t:.1f} s · {proc.stdout.strip() or proc.stderr.strip()}")
    if proc.returncode not in (0, 1):  # 1: some input rejected, the rest ingested
        print(proc.stderr, file=sys.stderr)
        raise SystemExit(2)
    return store, tmp


class QueryLog:
    """Every query a store answers, with its time: `with QueryLog(store) as log:` wraps the
    store's select/ask/query for the block. `log.take()` returns and clears what was logged:
    [(shape, ms)], the shape being the query text with IRIs, literals and numbers blanked, so
    one kind of lookup counts as one shape whatever claim it reads."""

    _BLANK = None

    def __init__(self, store):
        import re

        self.store = store
        self.entries: list[tuple[str, float]] = []
        if QueryLog._BLANK is None:
            QueryLog._BLANK = re.compile(r'<[^>\s]*>|"(?:[^"\\]|\\.)*"|\b\d+\b|\s+')

    def shape(self, sparql: str) -> str:
        body = sparql[sparql.find("SELECT") if "SELECT" in sparql else 0:]
        return QueryLog._BLANK.sub(lambda m: " " if m.group(0).isspace() else "_", body).strip()

    def __enter__(self):
        for name in ("select", "ask", "query"):
            original = getattr(self.store, name)

            def logged(sparql, *a, _original=original, **kw):
                t = time.perf_counter()
                try:
                    return _original(sparql, *a, **kw)
                finally:
                    self.entries.append((self.shape(sparql), (time.perf_counter() - t) * 1000))

            setattr(self.store, name, logged)
        return self

    def __exit__(self, *exc):
        for name in ("select", "ask", "query"):
            self.store.__dict__.pop(name, None)

    def take(self) -> list[tuple[str, float]]:
        out, self.entries = self.entries, []
        return out
