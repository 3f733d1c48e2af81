"""Adding articles while serving (issue 15), one command:

    python bench/live_ingest_bench.py              # 40 SaudiNewsNet articles, rules only (--no-parse)
    python bench/live_ingest_bench.py --articles 100 --parse

Two copies of the seed store. Into one, `sanad ingest` offline (the baseline); the other is held
by a real `sanad serve` (uvicorn), and the same `sanad ingest` goes through it (POST /api/articles,
job polled), then once more while a client reads pages without pause; their latency is compared
with the same pages on the idle server. Prints wall times, the through-server/offline ratio, and page p50/p95 idle vs
during the job (0 errors expected)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"
TOKEN = "bench-token"
PAGES = ["/", "/api/relations", "/articles", "/api/stats"]


def sanad(*args: str, env: dict | None = None) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **(env or {})})
    if proc.returncode not in (0, 1):
        raise SystemExit(f"sanad {' '.join(args)} exited {proc.returncode}: {proc.stderr[-2000:]}")
    return time.perf_counter() - started, proc


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def read_pages(base: str, stop: threading.Event | None, count: int | None = None) -> tuple[list[float], int]:
    """Latencies (ms) of page reads, round robin, until `stop` is set or `count` reads; and errors."""
    times, errors, i = [], 0, 0
    while (stop is None or not stop.is_set()) and (count is None or i < count):
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(base + PAGES[i % len(PAGES)], timeout=120) as r:
                r.read()
            times.append((time.perf_counter() - started) * 1000)
        except OSError:
            errors += 1
        i += 1
    return times, errors


def pct(xs: list[float], q: float) -> float:
    return sorted(xs)[min(len(xs) - 1, int(q * len(xs)))] if xs else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--parse", action="store_true", help="with the stanza parse (default: rules only)")
    args = ap.parse_args()
    parse = [] if args.parse else ["--no-parse"]
    tmp = Path(tempfile.mkdtemp(prefix="sanad-live-bench-"))
    try:
        lines = DATA.read_text(encoding="utf-8").splitlines()[: args.articles]
        batch = tmp / "batch.jsonl"
        batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
        sanad("ingest", str(ROOT / "seeds"), "--store", str(tmp / "offline"), "--quiet", *parse)
        shutil.copytree(tmp / "offline", tmp / "served")

        offline_s, offline = sanad("ingest", str(batch), "--store", str(tmp / "offline"), "--quiet",
                                   "--format", "json", *parse)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = open(tmp / "serve.log", "w")
        server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(tmp / "served"),
                                   "--port", str(port)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                  env={**os.environ, "SANAD_WRITE_TOKEN": TOKEN})
        try:
            for _ in range(300):
                try:
                    urllib.request.urlopen(base + "/api/stats", timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            read_pages(base, None, 8)  # warm
            idle, idle_errors = read_pages(base, None, 80)
            through = ("ingest", str(batch), "--store", str(tmp / "served"), "--quiet", "--format", "json", *parse)
            live_s, live = sanad(*through, env={"SANAD_WRITE_TOKEN": TOKEN})
            # again (now replacing the same articles) while a client reads pages without pause
            stop = threading.Event()
            during: list = []
            reader = threading.Thread(target=lambda: during.append(read_pages(base, stop)))
            reader.start()
            again_s, _ = sanad(*through, env={"SANAD_WRITE_TOKEN": TOKEN})
            stop.set()
            reader.join()
        finally:
            server.terminate()
            server.wait(30)
        busy, busy_errors = during[0]
        same = json.loads(live.stdout) == json.loads(offline.stdout)
        print(f"{args.articles} articles ({'parse' if args.parse else 'rules only'}); "
              f"machine: {os.cpu_count()} cores, shared")
        print(f"offline `sanad ingest`         {offline_s:7.1f} s")
        print(f"through the server             {live_s:7.1f} s   ({live_s / offline_s:.2f}× offline; "
              f"same JSON report: {same})")
        print(f"again, while a client reads    {again_s:7.1f} s   ({again_s / offline_s:.2f}× offline; a re-ingest: "
              "the claims' vectors are cached and the server has its models loaded)")
        print(f"pages idle     p50 {pct(idle, .5):7.1f} ms  p95 {pct(idle, .95):7.1f} ms  ({len(idle)} reads, "
              f"{idle_errors} errors)")
        print(f"pages in a job p50 {pct(busy, .5):7.1f} ms  p95 {pct(busy, .95):7.1f} ms  ({len(busy)} reads, "
              f"{busy_errors} errors; p50 {statistics.median(busy) / statistics.median(idle):.1f}× idle)")
        return 0 if same and not (idle_errors or busy_errors) else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
