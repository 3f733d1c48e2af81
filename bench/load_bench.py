"""HTTP load on a running Sanad (issue 16), loopback only, one command:

    python bench/load_bench.py --store DIR                 # starts `sanad serve` on DIR twice: cache off, cache on
    python bench/load_bench.py --url http://127.0.0.1:8000 # a server already running (no baseline run)

N concurrent clients (default 50), each a closed loop (send, wait for the answer, send the
next) for T seconds (default 60), over the routes in rotation: `/`, `/claims/{key}`,
`/cards/{key}`, `/search?q=`, `/api/relations`, `/sparql` (a card-sized query and a heavy
aggregate); claim keys are drawn from the store. Printed per route: requests/s, p50, p99,
errors (a status other than 2xx/304; the documented 503s of the SPARQL query limits and 429s
of the rate limit are counted apart) and, with a baseline, the ratio against the baseline
measured in the same run: the same load on the same store with the response cache and the
SPARQL answer cache off (SANAD_RESPONSE_CACHE_MB=0, SANAD_SPARQL_CACHE_MB=0), so the ratio is
the caches' alone; `--baseline no-sparql-cache` turns off the SPARQL cache alone, for its share.

`--writes`: while the load runs, a writer adds articles through the server, as a newsroom
does while readers read: small batches (`--write-batch`, default 3) of SaudiNewsNet articles
POSTed to /api/articles (rules only unless `--write-parse`), each job polled until done, then
the next batch. Articles not yet in the store go first, then ones re-posted (replaced). Each
write starts a new store generation, so the caches are emptied as they would be in service.
Printed besides: jobs, articles written (new / replaced), job errors, write latency per job
(POST to done) p50/p99. With --store each run serves a fresh copy of the store, so the runs
start equal and DIR itself is not written.

`--code /work/main` starts another checkout's server (its code, this bench), to compare versions.
`--routes claim,card` measures a subset (the hot routes of an embedded card: the closed loop
otherwise waits on the slow routes); `--conditional` makes each client remember ETags like a
browser cache and send If-None-Match.

The client is aiohttp on uvloop: each request costs it a small fraction of what the server
spends, so on a 2-core machine it leaves the server its core (the client's CPU time is
printed, to check).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"
WRITE_TOKEN = "load-bench-" + os.urandom(8).hex()  # the servers this bench starts take writes with it
JOB_POLL_SECONDS = 0.2

# a card-sized query (one claim, its source) and a heavy aggregate (every claim, grouped)
SPARQL_CARD = """PREFIX sanad: <https://w3id.org/sanad/ns#> PREFIX schema: <http://schema.org/>
SELECT ?quote ?name WHERE { ?c sanad:key "%s" ; schema:author ?s . OPTIONAL { ?c sanad:quote ?quote }
OPTIONAL { ?s schema:name ?name } } LIMIT 5"""
SPARQL_AGGREGATE = """PREFIX sanad: <https://w3id.org/sanad/ns#> PREFIX schema: <http://schema.org/>
SELECT ?type (COUNT(DISTINCT ?c) AS ?claims) (COUNT(DISTINCT ?s) AS ?sources) WHERE {
  ?c a schema:Claim ; schema:author ?s . OPTIONAL { ?s sanad:sourceType ?type } } GROUP BY ?type ORDER BY DESC(?claims)"""
SEARCH_WORDS = ["قال", "النظام", "تدمر", "داعش", "روسيا", "المعارضة", "حلب", "أعلنت", "مدينه", "Syria"]
ROUTES = ["home", "claim", "card", "search", "relations", "sparql-card", "sparql-aggregate"]
# answers that are the documented behaviour of a limit, not failures (README: Limits, Abuse limits)
LIMIT_STATUSES = {"sparql-card": {503, 429}, "sparql-aggregate": {503, 429}, "search": {429}}


def route_url(route: str, key: str, rng: random.Random) -> str:
    if route == "home":
        return "/"
    if route == "claim":
        return f"/claims/{key}"
    if route == "card":
        return f"/cards/{key}"
    if route == "search":
        return "/search?" + urllib.parse.urlencode({"q": rng.choice(SEARCH_WORDS)})
    if route == "relations":
        return "/api/relations"
    query = SPARQL_CARD % key if route == "sparql-card" else SPARQL_AGGREGATE
    return "/sparql?" + urllib.parse.urlencode({"query": query})


@dataclass
class RouteStats:
    latencies: list[float] = field(default_factory=list)  # seconds, every answered request
    errors: int = 0
    limited: int = 0  # documented 503/429 of the limits
    not_modified: int = 0
    first_error: str = ""


@dataclass
class WriteStats:
    jobs: int = 0
    written: int = 0  # articles the jobs ingested
    new: int = 0
    replaced: int = 0
    job_errors: int = 0  # articles a job listed as bad, failed jobs, refused or unanswered POSTs
    first_error: str = ""
    latencies: list[float] = field(default_factory=list)  # seconds from POST to the job done, per job
    stage_seconds: dict[str, float] = field(default_factory=dict)  # queued / extracting / relating, all jobs

    def error(self, message: str) -> None:
        self.job_errors += 1
        self.first_error = self.first_error or message


class Writer:
    """Posts batches of articles to /api/articles and follows each job to its end, one job at a
    time, until the load's deadline (the job in flight then is followed to its end)."""

    def __init__(self, articles: list[bytes], batch: int, parse: bool, token: str = WRITE_TOKEN):
        self.articles = articles  # JSONL lines, new ones first
        self.batch = batch
        self.parse = parse
        self.token = token
        self.stats = WriteStats()
        self._next = 0

    def _take(self) -> bytes:
        lines = [self.articles[(self._next + i) % len(self.articles)] for i in range(self.batch)]
        self._next += self.batch
        return b"".join(lines)

    async def run(self, session, base: str, deadline: float) -> None:
        import aiohttp

        headers = {"Authorization": f"Bearer {self.token}", "Content-Type": "application/x-ndjson",
                   "Accept": "application/json"}
        url = base + "/api/articles" + ("" if self.parse else "?parse=false")
        s = self.stats
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                async with session.post(url, data=self._take(), headers=headers) as r:
                    if r.status != 202:
                        s.error(f"POST /api/articles: HTTP {r.status}: {(await r.text())[:120]}")
                        await asyncio.sleep(1)
                        continue
                    job = await r.json()
                seen = time.perf_counter()
                while job["status"] not in ("done", "failed"):
                    stage = job["stage"] or job["status"]  # to within a poll: where the job's time goes
                    await asyncio.sleep(JOB_POLL_SECONDS)
                    async with session.get(f"{base}/api/jobs/{job['id']}", headers=headers) as r:
                        job = await r.json()
                    now = time.perf_counter()
                    s.stage_seconds[stage] = s.stage_seconds.get(stage, 0.0) + now - seen
                    seen = now
            except (aiohttp.ClientError, asyncio.TimeoutError, ValueError, KeyError) as e:
                s.error(f"writer: {type(e).__name__}: {e}")
                continue
            s.latencies.append(time.perf_counter() - started)
            s.jobs += 1
            s.written += job["articles"]["ingested"]
            s.new += job["articles"]["new"]
            s.replaced += job["articles"]["replaced"]
            for e in job["errors"]:
                s.error(f"job {job['id']}: {e['origin']}: {e['error']}"[:200])
            if job["status"] == "failed":
                s.error(f"job {job['id']} failed: {job.get('failure')}")

    def summary(self) -> dict:
        lat = sorted(self.stats.latencies)
        s = self.stats
        return {"jobs": s.jobs, "articles_written": s.written, "new": s.new, "replaced": s.replaced,
                "job_errors": s.job_errors, "first_error": s.first_error,
                "write_p50_s": percentile(lat, 50), "write_p99_s": percentile(lat, 99),
                "seconds_per_article": sum(lat) / s.written if s.written else float("nan"),
                "stage_seconds": {k: round(v, 1) for k, v in s.stage_seconds.items()}}


def articles_to_write(base: str, path: Path) -> list[bytes]:
    """The corpus's articles as JSONL lines for POST /api/articles: those whose URL the store
    lacks first, then the rest (re-posted: replaced, which is a write all the same)."""
    query = "PREFIX schema: <http://schema.org/> SELECT (STR(?u) AS ?url) WHERE { ?a a schema:NewsArticle ; schema:url ?u }"
    req = urllib.request.Request(base + "/sparql?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        stored = {b["url"]["value"] for b in json.load(r)["results"]["bindings"]}
    try:
        objs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as e:
        raise SystemExit(f"--articles {path}: {e}")
    objs.sort(key=lambda o: o.get("url") in stored)  # stable: file order within each group
    return [json.dumps({**o, "origin": f"{path.name}:{o.get('url', '?')}"}, ensure_ascii=False).encode() + b"\n"
            for o in objs]


async def load(base: str, keys: list[str], routes: list[str], clients: int, seconds: float,
               conditional: bool, seed: int, writer: Writer | None = None) -> tuple[dict[str, RouteStats], float]:
    import aiohttp

    stats = {r: RouteStats() for r in routes}
    deadline = time.perf_counter() + seconds
    connector = aiohttp.TCPConnector(limit=clients, force_close=False)
    timeout = aiohttp.ClientTimeout(total=120)

    async def client(i: int, session) -> None:
        rng = random.Random(seed * 1000 + i)
        etags: dict[str, str] = {}
        n = i  # each client starts at another route: the rotation is spread from the start
        while time.perf_counter() < deadline:
            route = routes[n % len(routes)]
            n += 1
            url = route_url(route, rng.choice(keys), rng)
            headers = {"If-None-Match": etags[url]} if conditional and url in etags else {}
            s = stats[route]
            t = time.perf_counter()
            try:
                async with session.get(base + url, headers=headers, allow_redirects=False) as r:
                    await r.read()
                    status = r.status
                    if conditional and r.headers.get("ETag"):
                        etags[url] = r.headers["ETag"]
            except (aiohttp.ClientError, asyncio.TimeoutError) as e:
                s.errors += 1
                s.first_error = s.first_error or f"{type(e).__name__}: {e}"
                continue
            s.latencies.append(time.perf_counter() - t)
            if status == 304:
                s.not_modified += 1
            elif status in LIMIT_STATUSES.get(route, ()):
                s.limited += 1
            elif not 200 <= status < 300:
                s.errors += 1
                s.first_error = s.first_error or f"HTTP {status} on {url[:80]}"

    started = time.perf_counter()
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        readers = asyncio.gather(*(client(i, session) for i in range(clients)))
        if writer is None:
            await readers
            return stats, time.perf_counter() - started
        # the writer has a connection of its own: it must not queue behind 50 readers
        async with aiohttp.ClientSession(timeout=timeout) as write_session:
            writing = asyncio.ensure_future(writer.run(write_session, base, deadline))
            await readers
            elapsed = time.perf_counter() - started
            await writing
    return stats, elapsed


async def prime(base: str, keys: list[str], routes: list[str]) -> None:
    """Every claim page and card of the drawn keys fetched once (4 at a time), so the
    measured run sees a warm cache: the steady state of pages read many times."""
    import aiohttp

    rng = random.Random()
    queue = [route_url(r, "", rng) for r in routes if r in ("home", "relations")]
    queue += [route_url(r, k, rng) for k in keys for r in routes if r in ("claim", "card")]

    async def worker(session) -> None:
        while queue:
            async with session.get(base + queue.pop()) as r:
                await r.read()

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(worker(session) for _ in range(4)))


def percentile(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(round(p / 100 * (len(sorted_values) - 1))))]


def summarize(stats: dict[str, RouteStats], elapsed: float) -> dict[str, dict]:
    out = {}
    for route, s in stats.items():
        lat = sorted(s.latencies)
        out[route] = {"requests": len(lat), "rps": len(lat) / elapsed, "p50_ms": percentile(lat, 50) * 1000,
                      "p99_ms": percentile(lat, 99) * 1000, "errors": s.errors, "limited": s.limited,
                      "not_modified": s.not_modified, "first_error": s.first_error}
    total = sum(v["requests"] for v in out.values())
    out["all"] = {"requests": total, "rps": total / elapsed,
                  "p50_ms": percentile(sorted(x for s in stats.values() for x in s.latencies), 50) * 1000,
                  "p99_ms": percentile(sorted(x for s in stats.values() for x in s.latencies), 99) * 1000,
                  "errors": sum(v["errors"] for v in out.values()), "limited": sum(v["limited"] for v in out.values()),
                  "not_modified": sum(v["not_modified"] for v in out.values()), "first_error": ""}
    return out


def print_table(title: str, summary: dict[str, dict], baseline: dict[str, dict] | None = None) -> None:
    print(f"\n{title}")
    head = f"{'route':<17} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6} {'503/429':>7} {'304':>6}"
    if baseline:
        head += f" {'req/s ×':>8} {'p99 ×':>7}"
    print(head)
    for route, v in summary.items():
        if route == "writes":
            continue
        line = (f"{route:<17} {v['rps']:>8.1f} {v['p50_ms']:>8.1f} {v['p99_ms']:>8.1f} {v['errors']:>6} "
                f"{v['limited']:>7} {v['not_modified']:>6}")
        if baseline and route in baseline and baseline[route]["requests"]:
            b = baseline[route]
            line += f" {v['rps'] / b['rps']:>8.1f} {v['p99_ms'] / b['p99_ms']:>7.2f}"
        print(line)
        if v["first_error"]:
            print(f"{'':<17} first error: {v['first_error']}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`sanad serve` on a store, in a child process (loopback only)."""

    def __init__(self, store: str, cache: bool, log_dir: str, code: Path = ROOT, sparql_cache: bool | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        sparql_cache = cache if sparql_cache is None else sparql_cache
        env = {**os.environ, "SANAD_WRITE_TOKEN": WRITE_TOKEN,
               "SANAD_RESPONSE_CACHE_MB": os.environ.get("SANAD_RESPONSE_CACHE_MB", "64") if cache else "0",
               "SANAD_SPARQL_CACHE_MB": os.environ.get("SANAD_SPARQL_CACHE_MB", "16") if sparql_cache else "0"}
        self.log = open(Path(log_dir) / f"serve-{'cache' if cache else 'nocache'}-{self.port}.log", "wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "serve", "--store", store, "--host", "127.0.0.1",
             "--port", str(self.port)], cwd=code, env={**env, "PYTHONPATH": str(code)}, stdout=self.log, stderr=subprocess.STDOUT)

    def wait_ready(self, limit: float = 120) -> None:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"sanad serve exited with {self.proc.returncode}; see {self.log.name}")
            try:
                with urllib.request.urlopen(self.url + "/api/stats", timeout=30) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise SystemExit(f"sanad serve did not answer within {limit:.0f} s")

    def cpu_seconds(self) -> float:
        """User + system CPU of the server process so far (Linux /proc)."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return float("nan")

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def claim_keys(base: str, n: int, seed: int) -> list[str]:
    query = "PREFIX sanad: <https://w3id.org/sanad/ns#> PREFIX schema: <http://schema.org/> " \
            "SELECT ?key WHERE { ?c a schema:Claim ; sanad:key ?key }"
    req = urllib.request.Request(base + "/sparql?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        keys = sorted(b["key"]["value"] for b in json.load(r)["results"]["bindings"])
    if not keys:
        raise SystemExit("the store holds no claims")
    return random.Random(seed).sample(keys, min(n, len(keys)))


def client_cpu() -> float:
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


def store_copy(store: str, into: str) -> str:
    """A fresh copy of a store directory (and its vectors file), for a run that writes."""
    target = Path(into) / f"store-{time.monotonic_ns()}"
    shutil.copytree(store, target)
    vectors = Path(store).with_name(Path(store).name + ".vectors.sqlite")
    if vectors.exists():
        shutil.copy2(vectors, target.with_name(target.name + ".vectors.sqlite"))
    return str(target)


def measure(label: str, base: str, keys: list[str], args, server: Server | None) -> dict[str, dict]:
    try:
        import uvloop
        runner = uvloop.run
    except ImportError:
        runner = asyncio.run
    if args.prime:
        runner(prime(base, keys, args.routes))
    if args.warmup:
        runner(load(base, keys, args.routes, args.clients, args.warmup, args.conditional, args.seed + 1))
    writer = Writer(articles_to_write(base, Path(args.articles)), args.write_batch, args.write_parse,
                    WRITE_TOKEN if server else os.environ["SANAD_WRITE_TOKEN"]) if args.writes else None
    cpu0, scpu0 = client_cpu(), server.cpu_seconds() if server else float("nan")
    stats, elapsed = runner(load(base, keys, args.routes, args.clients, args.seconds, args.conditional, args.seed,
                                 writer))
    summary = summarize(stats, elapsed)
    cpu = client_cpu() - cpu0
    scpu = (server.cpu_seconds() - scpu0) if server else float("nan")
    print(f"{label}: {summary['all']['requests']} requests in {elapsed:.1f} s; CPU: client {cpu:.1f} s "
          f"({cpu / max(1, summary['all']['requests']) * 1e6:.0f} µs a request), server {scpu:.1f} s")
    if writer is not None:
        w = summary["writes"] = writer.summary()
        print(f"  writes: {w['jobs']} jobs of {args.write_batch}, {w['articles_written']} articles written "
              f"({w['new']} new, {w['replaced']} replaced), {w['job_errors']} job errors; write latency per job "
              f"p50 {w['write_p50_s']:.2f} s, p99 {w['write_p99_s']:.2f} s ({w['seconds_per_article']:.2f} s an article); "
              f"job seconds by stage: {', '.join(f'{k} {v:.0f}' for k, v in w['stage_seconds'].items()) or '-'}")
        if w["first_error"]:
            print(f"  first write error: {w['first_error']}")
    return summary


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--store", help="a store directory: the bench starts `sanad serve` on it (loopback)")
    where.add_argument("--url", help="a running server on loopback (e.g. http://127.0.0.1:8000); no baseline run")
    ap.add_argument("--clients", type=int, default=50, help="concurrent clients (default: %(default)s)")
    ap.add_argument("--seconds", type=float, default=60, help="measured seconds per run (default: %(default)s)")
    ap.add_argument("--warmup", type=float, default=5, help="unmeasured seconds before each run (default: %(default)s)")
    ap.add_argument("--routes", default=",".join(ROUTES),
                    help=f"comma-separated, in rotation (default: all: {','.join(ROUTES)})")
    ap.add_argument("--keys", type=int, default=300, help="claim keys drawn from the store (default: %(default)s)")
    ap.add_argument("--baseline", choices=["nocache", "no-sparql-cache", "none"], default="nocache",
                    help="nocache: first the same load on a server with the response and SPARQL caches off "
                         "(default); no-sparql-cache: with the SPARQL cache alone off")
    ap.add_argument("--writes", action="store_true",
                    help="add articles through POST /api/articles while the load runs (each run on a copy of --store)")
    ap.add_argument("--write-batch", type=int, default=3, help="articles per job with --writes (default: %(default)s)")
    ap.add_argument("--write-parse", action="store_true", help="parse written articles (default: rules only, faster)")
    ap.add_argument("--articles", default=str(ARTICLES), help="JSONL articles for --writes (default: %(default)s)")
    ap.add_argument("--conditional", action="store_true", help="clients revalidate with If-None-Match")
    ap.add_argument("--prime", action="store_true",
                    help="fetch every drawn claim page and card once before measuring (a warm cache)")
    ap.add_argument("--code", default=str(ROOT),
                    help="the checkout whose server to start (default: this one), to compare two versions")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--json", help="also write the figures to this JSON file")
    args = ap.parse_args()
    args.routes = [r.strip() for r in args.routes.split(",") if r.strip()]
    unknown = [r for r in args.routes if r not in ROUTES]
    if unknown:
        ap.error(f"unknown route(s) {unknown}; known: {ROUTES}")
    if args.url:
        host = urllib.parse.urlsplit(args.url).hostname
        if host not in ("127.0.0.1", "localhost", "::1"):
            ap.error("--url must be a loopback address: this bench is not for other people's servers")

    if args.write_batch < 1:
        ap.error("--write-batch must be at least 1")
    if args.writes and args.url and not os.environ.get("SANAD_WRITE_TOKEN"):
        ap.error("--writes with --url needs $SANAD_WRITE_TOKEN, the server's write token")

    print(f"{args.clients} clients, {args.seconds:g} s, routes: {', '.join(args.routes)}"
          f"{', conditional' if args.conditional else ''}{', writes' if args.writes else ''}; "
          f"{os.cpu_count()} CPUs, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} (others' work on a shared machine skews every figure)")
    results: dict[str, dict] = {}
    if args.url:
        keys = claim_keys(args.url.rstrip("/"), args.keys, args.seed)
        results["server"] = measure("server", args.url.rstrip("/"), keys, args, None)
        print_table("per route (the given server)", results["server"])
    else:
        baseline_label = {"nocache": "baseline: caches off", "no-sparql-cache": "baseline: SPARQL cache off"}
        runs = [(baseline_label[args.baseline], args.baseline == "no-sparql-cache", False)] \
            if args.baseline in baseline_label else []
        runs.append(("caches on", True, True))
        with tempfile.TemporaryDirectory(prefix="sanad-load-") as scratch:
            keys = None
            for label, cache, sparql_cache in runs:
                store = store_copy(args.store, scratch) if args.writes else args.store
                server = Server(store, cache, scratch, Path(args.code).resolve(), sparql_cache)
                try:
                    server.wait_ready()
                    keys = keys or claim_keys(server.url, args.keys, args.seed)
                    results[label] = measure(label, server.url, keys, args, server)
                finally:
                    server.stop()
                    if args.writes:
                        shutil.rmtree(store, ignore_errors=True)
        baseline = results.get(baseline_label.get(args.baseline, ""))
        if baseline:
            print_table(baseline_label[args.baseline], baseline)
        print_table("caches on" + (" (× = against the baseline)" if baseline else ""), results["caches on"], baseline)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
