"""The /sparql endpoint's time limit and result cap (issue 4), against `sanad serve` over HTTP.

A server is started on a synthetic store big enough for a cartesian product to run for
hours (3,000 triples: COUNT over ?a ?b ?c . ?d ?e ?f . ?g ?h ?i is 2.7e10 rows), with a
2 s time limit given by `--query-timeout`, a cap of 50 results by $SANAD_RESULT_LIMIT and
4 GB of address space per query worker by $SANAD_QUERY_MEMORY_MB (LIMITED_MEMORY_MB: with
1 GB, a worker running the cartesian product once reached the address-space cap before the
2 s time limit, on an idle CI machine, and the time-limit test saw the memory message; the cap
itself is tested on the server below).

The memory limit is tested on a server of its own whose time limit is far beyond the test's
own bound (MEMORY_TEST_S), so that only the memory cap can stop its query, however busy the
machine: under load a 2 s time limit could fire first.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from .conftest import Server

TIMEOUT_S = 2
CAP = 50
MEMORY_MB = 1024
LIMITED_MEMORY_MB = 4096  # the time-limited server's cap: out of HOSTILE's reach within TIMEOUT_S
TOKEN = "limits-test-token"
HOSTILE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
# A string doubled 24 times: 64 B * 2**24 = 1 GiB, more than the whole address space allowed,
# in one row and a few allocations, whatever the data (no time spent joining or sorting).
MEMORY_HOG = ("SELECT (STRLEN(?s24) AS ?n) WHERE {\n  BIND(\"" + "x" * 64 + "\" AS ?s0)\n"
              + "".join(f"  BIND(CONCAT(?s{i - 1}, ?s{i - 1}) AS ?s{i})\n" for i in range(1, 25)) + "}")
MEMORY_TEST_S = 60  # the memory test's own bound on its wall time
MEMORY_SERVER_TIMEOUT_S = 3600  # the time limit of its server: never reached within MEMORY_TEST_S
EX = "http://example.org/limits/"


def _start(store: Path, env: dict, *extra: str) -> Server:
    """conftest's Server, with extra `sanad serve` options (it builds the command line
    itself, so they are appended at its subprocess.Popen call)."""
    real_popen = subprocess.Popen

    def popen(cmd, *args, **kwargs):
        return real_popen([*cmd, *extra], *args, **kwargs)

    subprocess.Popen = popen
    try:
        return Server(store, env)
    finally:
        subprocess.Popen = real_popen


@pytest.fixture(scope="module")
def limited(tmp_path_factory):
    store_dir = tmp_path_factory.mktemp("limits") / "store"
    store = ox.Store(str(store_dir))
    graph = ox.NamedNode(EX + "graph")
    store.extend(ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p{i % 7}"), ox.Literal(f"value {i}"), graph)
                 for i in range(3000))
    store.flush()
    del store
    # SANAD_SPARQL_CACHE_MB=0: these tests time the query workers, so every query, repeated or
    # sent together with its twin, must reach one (api.sparql_cache would answer or join it)
    env = {"SANAD_RESULT_LIMIT": str(CAP), "SANAD_QUERY_WORKERS": "2", "SANAD_WRITE_TOKEN": TOKEN,
           "SANAD_QUERY_MEMORY_MB": str(LIMITED_MEMORY_MB), "SANAD_SPARQL_CACHE_MB": "0",
           "SANAD_QUERY_TIMEOUT": "99"}  # the command-line option must win over the environment
    srv = _start(store_dir, env, "--query-timeout", str(TIMEOUT_S))
    try:
        ask(srv, "ASK { ?s ?p ?o }")  # the worker processes are started by the first query
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def memory_limited(tmp_path_factory):
    """A server with the 1 GB memory cap and a time limit that cannot fire during the test."""
    store_dir = tmp_path_factory.mktemp("memory-limit") / "store"
    store = ox.Store(str(store_dir))
    store.add(ox.Quad(ox.NamedNode(f"{EX}s"), ox.NamedNode(f"{EX}p"), ox.Literal("o"), ox.NamedNode(EX + "graph")))
    store.flush()
    del store
    srv = Server(store_dir, {"SANAD_QUERY_WORKERS": "2", "SANAD_QUERY_MEMORY_MB": str(MEMORY_MB),
                             "SANAD_QUERY_TIMEOUT": str(MEMORY_SERVER_TIMEOUT_S)})
    try:
        ask(srv, "ASK { ?s ?p ?o }")  # the worker processes are started by the first query
        yield srv
    finally:
        srv.stop()


def request(srv: Server, query: str, accept: str = "application/sparql-results+json", timeout: float = 60):
    """(status, headers, body) of a POST application/sparql-query."""
    req = urllib.request.Request(srv.url + "/sparql", data=query.encode(), method="POST",
                                 headers={"Content-Type": "application/sparql-query", "Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def ask(srv: Server, query: str) -> bool:
    status, _, body = request(srv, query)
    assert status == 200, body
    return json.loads(body)["boolean"]


def worker_pids(server_pid: int) -> set[int]:
    """The server's query worker processes, from /proc."""
    pids = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == server_pid and b"kg.query_workers" in cmdline and stat.rsplit(")", 1)[1].split()[0] != "Z":
            pids.add(int(entry.name))
    return pids


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def test_hostile_query_is_stopped_while_the_server_keeps_answering(limited):
    before = worker_pids(limited.proc.pid)
    assert len(before) == 2, before
    outcome = {}

    def hostile():
        started = time.monotonic()
        outcome["answer"] = request(limited, HOSTILE)
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=hostile)
    thread.start()
    time.sleep(0.5)
    # While the hostile query runs: a worker burns CPU, and other queries are answered fast.
    busy = [pid for pid in before if cpu_ticks(pid) > 0]
    ask_times = []
    while thread.is_alive() and len(ask_times) < 5:
        started = time.monotonic()
        assert ask(limited, f"ASK {{ <{EX}s1> ?p ?o }}") is True
        ask_times.append(time.monotonic() - started)
        time.sleep(0.1)
    thread.join(30)
    assert ask_times and max(ask_times) < 1.0, ask_times

    status, headers, body = outcome["answer"]
    assert status == 503
    assert headers["Content-Type"].startswith("text/plain")
    assert f"query exceeded the {TIMEOUT_S} s time limit" in body.decode()
    assert TIMEOUT_S <= outcome["seconds"] < TIMEOUT_S + 1.5, outcome["seconds"]

    # The worker that ran it was killed (its CPU is freed) and replaced by a fresh one.
    after = worker_pids(limited.proc.pid)
    assert len(after) == 2, after
    gone = before - after
    assert len(gone) == 1, (before, after)
    assert not Path(f"/proc/{gone.pop()}").exists()
    ticks = {pid: cpu_ticks(pid) for pid in after}
    time.sleep(1.0)
    assert sum(cpu_ticks(pid) - t for pid, t in ticks.items()) < 20  # < 0.2 s of CPU in 1 s: idle
    assert busy, "the hostile query should have been running in a worker process"

    # And the server is healthy: pages, the JSON API and queries still work.
    with urllib.request.urlopen(limited.url + "/api/stats", timeout=10) as resp:
        assert resp.status == 200
    # (the data's own graph: /api/stats has just written its kept counts, kg.stats, into theirs)
    status, _, body = request(limited, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{EX}graph> {{ ?s ?p ?o }} }}")
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "3000"


def test_when_every_worker_is_busy_a_query_waits_up_to_the_limit(limited):
    """Two workers. Time 0: hostile H1, H2 take both. 0.5: an ASK waits; at 2 (H1, H2
    stopped) it gets a worker and its answer. 1.0: hostile H3, H4 queue behind it and take the
    workers when they free. 1.5: another ASK waits for a worker until 3.5, in vain: 503 busy."""
    answers: dict[str, tuple] = {}
    seconds: dict[str, float] = {}
    started = time.monotonic()

    def send(name: str, query: str, at: float) -> threading.Thread:
        def go():
            time.sleep(max(0.0, started + at - time.monotonic()))
            answers[name] = request(limited, query)
            seconds[name] = time.monotonic() - started
        thread = threading.Thread(target=go)
        thread.start()
        return thread

    ask_query = f"ASK {{ <{EX}s1> ?p ?o }}"
    threads = [send("H1", HOSTILE, 0), send("H2", HOSTILE, 0), send("ask waits", ask_query, 0.5),
               send("H3", HOSTILE, 1.0), send("H4", HOSTILE, 1.0), send("ask busy", ask_query, 1.5)]
    for t in threads:
        t.join(30)
    for name in ("H1", "H2", "H3", "H4"):
        status, _, body = answers[name]
        assert status == 503 and f"exceeded the {TIMEOUT_S} s time limit".encode() in body, (name, body)
    status, _, body = answers["ask waits"]
    assert status == 200 and json.loads(body)["boolean"] is True
    assert seconds["ask waits"] > TIMEOUT_S, seconds  # it waited for H1 or H2 to be stopped
    status, headers, body = answers["ask busy"]
    assert status == 503, (body, seconds)
    assert b"busy: no query worker became free within the 2 s time limit" in body
    assert headers["Retry-After"] == str(TIMEOUT_S)
    assert 1.5 + TIMEOUT_S <= seconds["ask busy"] < 1.5 + TIMEOUT_S + 1, seconds
    assert len(worker_pids(limited.proc.pid)) == 2


def test_a_query_past_the_memory_limit_is_stopped(memory_limited):
    """A query that allocates more than the 1 GB cap: the worker's allocation fails, it dies,
    the client gets a clear 503 and a fresh worker takes its place. The server's time limit
    (an hour) is out of reach: only the memory cap can stop the query, and the test's own
    bound (MEMORY_TEST_S, the HTTP client's timeout) keeps it from hanging."""
    before = worker_pids(memory_limited.proc.pid)
    assert len(before) == 2, before
    started = time.monotonic()
    status, _, body = request(memory_limited, MEMORY_HOG, timeout=MEMORY_TEST_S)
    assert time.monotonic() - started < MEMORY_TEST_S
    assert status == 503, body
    assert f"query exceeded the memory limit ({MEMORY_MB} MB per query)".encode() in body, body
    after = worker_pids(memory_limited.proc.pid)
    assert len(after) == 2 and len(before - after) == 1, (before, after)
    assert ask(memory_limited, f"ASK {{ <{EX}s> ?p ?o }}") is True


def test_result_cap_is_signalled_in_headers_and_body(limited):
    status, headers, body = request(limited, "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s")
    assert status == 200
    assert headers["X-Sanad-Result-Limit"] == str(CAP)
    assert headers["X-Sanad-Truncated"] == "true"
    assert "X-Sanad-Truncated" in headers["Access-Control-Expose-Headers"]
    data = json.loads(body)
    assert len(data["results"]["bindings"]) == CAP
    assert data["head"]["vars"] == ["s", "o"]
    assert data["head"]["link"] == [limited.url + "/sparql#result-limit"]
    # the first CAP rows of the ordered result, not any CAP rows
    assert [b["s"]["value"] for b in data["results"]["bindings"]] == sorted(f"{EX}s{i}" for i in range(3000))[:CAP]

    # XML: CAP results and a <link> in the head (parsed back by pyoxigraph: still valid)
    status, headers, body = request(limited, "SELECT * WHERE { ?s ?p ?o }", accept="application/sparql-results+xml")
    assert status == 200 and headers["X-Sanad-Truncated"] == "true"
    assert f'<link href="{limited.url}/sparql#result-limit"/></head>'.encode() in body
    assert len(list(ox.parse_query_results(body, format=ox.QueryResultsFormat.XML))) == CAP

    # CSV / TSV: the header line and CAP rows (the headers are the only signal)
    for media in ("text/csv", "text/tab-separated-values"):
        status, headers, body = request(limited, "SELECT * WHERE { ?s ?p ?o }", accept=media)
        assert status == 200 and headers["X-Sanad-Truncated"] == "true"
        assert len(body.decode().splitlines()) == 1 + CAP, media
    status, _, body = request(limited, "SELECT * WHERE { ?s ?p ?o }", accept="text/tab-separated-values")
    assert len(list(ox.parse_query_results(body, format=ox.QueryResultsFormat.TSV))) == CAP

    # CONSTRUCT / DESCRIBE: CAP triples
    for query in ("CONSTRUCT WHERE { ?s ?p ?o }", f"DESCRIBE ?s WHERE {{ ?s ?p ?o }}"):
        status, headers, body = request(limited, query, accept="application/n-triples")
        assert status == 200 and headers["X-Sanad-Truncated"] == "true", query
        assert len(list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))) == CAP


def test_results_within_the_cap_are_whole_and_say_so(limited):
    status, headers, body = request(limited, f"SELECT ?o WHERE {{ ?s <{EX}p3> ?o }} ORDER BY ?o LIMIT {CAP}")
    assert status == 200
    assert headers["X-Sanad-Result-Limit"] == str(CAP) and headers["X-Sanad-Truncated"] == "false"
    data = json.loads(body)
    assert len(data["results"]["bindings"]) == CAP and "link" not in data["head"]
    status, headers, body = request(limited, "ASK { ?s ?p ?o }")
    assert status == 200 and "X-Sanad-Truncated" not in headers  # a boolean is never cut


def test_writes_are_seen_by_the_next_query(limited):
    """Queries read a snapshot of the store: a new one is taken after every write."""
    iri = f"{EX}written-{time.time_ns()}"
    assert ask(limited, f"ASK {{ <{iri}> ?p ?o }}") is False
    req = urllib.request.Request(
        limited.url + "/sparql", method="POST",
        data=f"INSERT DATA {{ GRAPH <{EX}other> {{ <{iri}> <{EX}p> 'new' }} }}".encode(),
        headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        assert resp.status == 204
    assert ask(limited, f"ASK {{ <{iri}> ?p 'new' }}") is True
    # the JSON API (internal reads, not limited) sees it too, and no old snapshot piles up
    snapshots = list((Path(limited.proc.args[limited.proc.args.index("--store") + 1]) /
                      ".sanad-query-snapshots").iterdir())
    assert 1 <= len(snapshots) <= 3, snapshots


def test_limits_are_described_and_default_to_10_s_and_10000(limited, server):
    req = urllib.request.Request(limited.url + "/sparql", headers={"Accept": "text/turtle"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        description = resp.read().decode()
    assert f"Time limit per query: {TIMEOUT_S} s" in description
    assert f"Result limit: {CAP} rows" in description
    # the suite's default server: no setting, the defaults
    status, headers, _ = request(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    assert status == 200 and headers["X-Sanad-Result-Limit"] == "10000"
    req = urllib.request.Request(server.url + "/sparql", headers={"Accept": "text/turtle"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        assert "Time limit per query: 10 s" in resp.read().decode()


def test_workers_do_not_outlive_a_killed_server(tmp_path):
    """A server killed with SIGKILL cannot stop its workers: they notice and exit by
    themselves, even one in the middle of a hostile query."""
    store_dir = tmp_path / "store"
    store = ox.Store(str(store_dir))
    store.extend(ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(str(i)), ox.NamedNode(EX + "g"))
                 for i in range(3000))
    store.flush()
    del store
    script = f"""
import sys
sys.path.insert(0, {str(Path(__file__).resolve().parent.parent)!r})
from kg.store import OxigraphStore, QueryLimits
store = OxigraphStore({str(store_dir)!r})
limits = QueryLimits(timeout=600)
store.query("ASK {{}}", limits=limits)
print(" ".join(map(str, store._workers.pids())), flush=True)
store.query({HOSTILE!r}, limits=limits)
"""
    host = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        pids = [int(p) for p in host.stdout.readline().split()]
        assert len(pids) == 2
        time.sleep(0.5)
    finally:
        host.kill()
        host.wait()

    def alive(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    deadline = time.monotonic() + 5
    while any(alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(p) for p in pids)


@pytest.mark.parametrize("query", [
    "SELECT ?s ?o ?x WHERE { ?s ?p ?o OPTIONAL { ?s <http://example.org/limits/none> ?x } } ORDER BY ?s ?p",
    "SELECT ?t WHERE { ?s <http://example.org/limits/p> ?o BIND(<<( ?s <http://example.org/limits/p> ?o )>> AS ?t) } "
    "ORDER BY ?s",
    "SELECT (1 AS ?one) WHERE { VALUES ?x { 1 2 3 4 5 } }",
    "SELECT * WHERE { }",
    "SELECT * WHERE { ?s ?p ?o FILTER(false) }",
])
def test_a_cut_result_is_exactly_the_first_rows(query):
    """In process, no server: the cut result in each format is the uncut result's first rows,
    whatever the literals hold (quotes, backslashes, tabs, newlines, '<result>', ',{', RTL)."""
    from kg.store import serialize_result

    store = ox.Store()
    tricky = ['a,{b', '"}},{"', '\\', '\\"', 'x\\\\",{', '}]}}', '<result>', 'line\nbreak\ttab', '"', ',']
    for i in range(60):
        value = tricky[i % len(tricky)] + str(i)
        store.add(ox.Quad(ox.NamedNode(f"{EX}s{i:03d}"), ox.NamedNode(f"{EX}p"),
                          ox.Literal(value, language="ar") if i % 3 == 0 else ox.Literal(value), ox.NamedNode(EX + "g")))
        store.add(ox.Quad(ox.NamedNode(f"{EX}s{i:03d}"), ox.NamedNode(f"{EX}t"), ox.Literal(value * (i * 50)),
                          ox.NamedNode(EX + "g")))

    def run(fmt: str, cap: int):
        return serialize_result(store.query(query, use_default_graph_as_union=True), fmt, None, cap)

    full = json.loads(run("json", 0).body)
    rows = len(full["results"]["bindings"])
    full_xml = [str(s) for s in ox.parse_query_results(run("xml", 0).body, format=ox.QueryResultsFormat.XML)]
    full_tsv = run("tsv", 0).body.split(b"\n")
    for cap in sorted({1, 2, 7, max(1, rows - 1), max(1, rows), rows + 1}):
        cut = run("json", cap)
        data = json.loads(cut.body)
        assert data["head"] == full["head"] and data["results"]["bindings"] == full["results"]["bindings"][:cap]
        assert cut.truncated == (rows > cap) and cut.result_limit == cap
        xml = [str(s) for s in ox.parse_query_results(run("xml", cap).body, format=ox.QueryResultsFormat.XML)]
        assert xml == full_xml[:cap]
        assert run("tsv", cap).body.split(b"\n")[:-1] == full_tsv[: min(cap, rows) + 1]
        assert run("csv", cap).truncated == (rows > cap)
