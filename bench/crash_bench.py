"""Crash safety under SIGKILL (issue 16), one command:

    python bench/crash_bench.py                      # the full run: 20 kills of `sanad ingest --no-parse` over the
                                                     # 449 SaudiNewsNet articles, 3 with the parse, users, verdicts
    python bench/crash_bench.py --articles 60 --kills 8 --parse-kills 0   # a quick one

What is killed, and what must hold after every kill:

- `sanad ingest` (the CLI, in a subprocess) at a random moment of its run (seeded RNG, uniform over the
  duration of an uninterrupted run, so kills land in extraction, article writes, relating and closing).
  The store opens; every graph in it is either absent or exactly (quad for quad) the graph of the same
  name after an uninterrupted run — article graphs, and the relations, sources and vocabulary graphs;
  the vectors side file passes SQLite's integrity check. The next kill falls on a run over the same store
  (so later runs re-ingest what killed ones stored), and after the last kill a run completes: its N-Quads
  must equal the uninterrupted run's.
- `sanad user add` (the CLI), and a loop adding users through kg.users: the users file is never missing,
  empty or unreadable once written, and holds every user whose add was acknowledged (exit 0 / returned).
- `sanad serve` while a signed-in client records verdicts over HTTP: after a restart every verdict
  the server acknowledged (303) is in the store.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # kg/, api/

CORPUS = Path("/work/shared/data/news/saudinewsnet-syria-2015.jsonl")
if not CORPUS.exists():
    CORPUS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"
SEEDS = ROOT / "seeds"
PASSWORD = "correct horse battery"


def sanad_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg.cli", *args]


def _env() -> dict:
    # the worktree's code, whatever the caller's PYTHONPATH says
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}


def first_articles(n: int, directory: Path) -> Path:
    """The first `n` articles of the corpus as a JSONL file of their own."""
    lines = CORPUS.read_text(encoding="utf-8").splitlines(keepends=True)
    path = directory / f"articles-{n}.jsonl"
    path.write_text("".join(lines[:n]), encoding="utf-8")
    return path


# --- the store as graphs of N-Quads lines

def graphs_of(nquads: bytes) -> dict[str, frozenset[str]]:
    """graph IRI → its quads (one N-Quads line each). Sanad's graphs hold no blank nodes, so
    lines compare exactly."""
    out: dict[str, set[str]] = {}
    for line in nquads.decode("utf-8").splitlines():
        if not line:
            continue
        head, graph, dot = line.rsplit(" ", 2)
        assert dot == "." and graph.startswith("<"), f"not a quad in a named graph: {line[:200]}"
        out.setdefault(graph[1:-1], set()).add(head)
    return {g: frozenset(q) for g, q in out.items()}


def export_nquads(store_dir: Path) -> bytes:
    """Open the store as `sanad` does (read-write: a store a crash left unopenable fails here)."""
    from kg.store import OxigraphStore

    store = OxigraphStore(store_dir)
    try:
        return store.export("nquads")
    finally:
        store.close()


def vectors_file(store_dir: Path) -> Path:
    return store_dir.parent / f"{store_dir.name}.vectors.sqlite"


def vectors_intact(store_dir: Path) -> str | None:
    """None when the vectors side file is absent or passes SQLite's integrity check, else why not."""
    path = vectors_file(store_dir)
    if not path.exists():
        return None
    db = sqlite3.connect(str(path))
    try:
        verdict = db.execute("PRAGMA integrity_check").fetchone()[0]
        db.execute("SELECT count(*) FROM vectors").fetchone()
    except sqlite3.DatabaseError as e:
        return f"vectors file unreadable: {e}"
    finally:
        db.close()
    return None if verdict == "ok" else f"vectors file: {verdict}"


@dataclass
class Reference:
    nquads: bytes
    graphs: dict[str, frozenset[str]]
    seconds: float  # wall time of the uninterrupted `sanad ingest` process


def ingest_args(data: Path, store_dir: Path, parse: bool) -> list[str]:
    return sanad_command("ingest", str(data), "--store", str(store_dir), "--quiet", *([] if parse else ["--no-parse"]))


def reference_run(data: Path, store_dir: Path, parse: bool, again: bool = False) -> Reference:
    """The uninterrupted run. `again`: run it a second time over the same store, which must change
    nothing, and time that one (vectors cached, as in every killed run after the first)."""
    def run() -> float:
        t0 = time.monotonic()
        proc = subprocess.run(ingest_args(data, store_dir, parse), cwd=ROOT, env=_env(), capture_output=True,
                              text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"the uninterrupted ingest failed ({proc.returncode}): {proc.stderr[-2000:]}")
        return time.monotonic() - t0

    seconds = run()
    nquads = export_nquads(store_dir)
    if again:
        seconds = run()
        if export_nquads(store_dir) != nquads:
            raise RuntimeError("ingesting the same articles twice changed the store")
    return Reference(nquads, graphs_of(nquads), seconds)


def damage(store_dir: Path, reference: Reference) -> tuple[list[str], int]:
    """What is wrong with a store that a killed ingest left: graphs that are neither absent nor
    exactly the uninterrupted run's, an unreadable vectors file ([] when nothing); and how many
    article graphs it holds (-1: the store does not open)."""
    try:
        stored = graphs_of(export_nquads(store_dir))
    except Exception as e:  # a store that no longer opens is the worst outcome: say so, don't raise
        return [f"store does not open: {type(e).__name__}: {e}"], -1
    problems = []
    from kg.incremental import PENDING_GRAPH
    from kg.stats import STATS_GRAPH

    for graph, quads in sorted(stored.items()):
        want = reference.graphs.get(graph)
        if graph == PENDING_GRAPH:  # articles written but not yet related: the next run relates them
            if any("pendingArticle" not in q for q in quads):
                problems.append(f"{graph}: holds more than pending-article marks")
            continue
        if graph == STATS_GRAPH:  # counts of what is stored (kg.stats), not of the finished run
            if quads != (fresh := recomputed_counts(store_dir)):
                problems.append(f"{graph}: the kept counts differ from a recount of the store "
                                f"({len(quads - fresh)} quads extra, {len(fresh - quads)} missing)")
            continue
        if want is None:
            problems.append(f"{graph}: not in the uninterrupted run")
        elif quads != want:
            problems.append(f"{graph}: {len(quads - want)} quads extra, {len(want - quads)} missing "
                            f"(e.g. {sorted(quads ^ want)[0][:300]})")
    if (bad := vectors_intact(store_dir)) is not None:
        problems.append(bad)
    return problems, sum(1 for g in stored if "/graph/article/" in g)


def recomputed_counts(store_dir: Path) -> frozenset[str]:
    """The stats graph a full recount gives for this store (on a copy: the store is left as the kill left it)."""
    import shutil
    import tempfile

    from kg.stats import STATS_GRAPH, recompute
    from kg.store import OxigraphStore

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(store_dir, copy)
        store = OxigraphStore(copy)
        try:
            recompute(store)
            return graphs_of(store.export("nquads")).get(STATS_GRAPH, frozenset())
        finally:
            store.close()


@dataclass
class KillReport:
    label: str
    tried: int = 0
    survived: int = 0  # kills after which the store was whole (absent-or-identical graphs)
    finished_before_kill: int = 0
    articles_present: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    final_equal: bool = False
    seconds: float = 0.0

    def line(self) -> str:
        return (f"{self.label}: {self.survived}/{self.tried} kills survived, final re-run "
                f"{'equals' if self.final_equal else 'DIFFERS from'} the uninterrupted run, "
                f"articles present after each kill {self.articles_present}"
                + (f", {self.finished_before_kill} runs ended before their kill time" if self.finished_before_kill else "")
                + f", {self.seconds:.0f} s")


def kill_ingests(data: Path, store_dir: Path, reference: Reference, kills: int, rng: random.Random,
                 parse: bool, label: str) -> KillReport:
    """`kills` runs of `sanad ingest` over one store, each SIGKILLed at a random moment, each
    followed by the checks; then one run to the end, compared with the reference."""
    report = KillReport(label)
    t0 = time.monotonic()
    for i in range(kills):
        # stratified: one kill at a random moment within each of `kills` equal slices of the
        # uninterrupted run, so they fall in every phase (start, article writes, relating, close)
        at = (i + rng.random()) / kills * reference.seconds
        for _attempt in range(3):
            started = time.monotonic()
            proc = subprocess.Popen(ingest_args(data, store_dir, parse), cwd=ROOT, env=_env(),
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                proc.wait(at)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                break
            # ran faster than the reference did (a re-run over a filled store can): no kill this
            # time, so try again with a moment drawn within the time this run took
            report.finished_before_kill += 1
            at = rng.random() * (time.monotonic() - started)
        else:
            continue
        report.tried += 1
        problems, present = damage(store_dir, reference)
        report.articles_present.append(present)
        if problems:
            report.problems += [f"kill at {at:.1f} s: {p}" for p in problems[:5]]
        else:
            report.survived += 1
    final = subprocess.run(ingest_args(data, store_dir, parse), cwd=ROOT, env=_env(), capture_output=True, text=True)
    if final.returncode != 0:
        report.problems.append(f"the re-run after the last kill failed ({final.returncode}): {final.stderr[-1000:]}")
    else:
        after = export_nquads(store_dir)
        report.final_equal = after == reference.nquads
        if not report.final_equal:
            got = graphs_of(after)
            differ = sorted(g for g in set(got) | set(reference.graphs) if got.get(g) != reference.graphs.get(g))
            report.problems.append(f"after the final re-run {len(differ)} graphs differ: {differ[:5]}")
    report.seconds = time.monotonic() - t0
    return report


# --- users: the users file under kill

def users_in(path: Path) -> dict | None:
    """The users file's users, or None when the file is missing. Raises ValueError when it is
    empty or not the users file's JSON (a torn write)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("users"), dict) or not data.get("secret"):
        raise ValueError(f"not a users file: {str(data)[:200]}")
    return data["users"]


@dataclass
class AcknowledgedWrites:
    """Kills of a process saving what its user was told is saved (users, verdicts); at most one
    problem per kill."""
    what: str
    tried: int = 0
    acknowledged: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (f"{self.what}: {self.tried - len(self.problems)}/{self.tried} kills survived "
                f"({self.acknowledged} writes acknowledged, {'none' if not self.problems else 'some'} lost or "
                f"corrupt), {self.seconds:.0f} s")


def _check_users(path: Path, acknowledged: set[str], report: AcknowledgedWrites, when: str) -> None:
    try:
        users = users_in(path)
    except ValueError as e:
        report.problems.append(f"{when}: users file corrupt: {e}")
        return
    if users is None:
        if acknowledged:
            report.problems.append(f"{when}: users file gone")
        return
    if lost := acknowledged - set(users):
        report.problems.append(f"{when}: acknowledged users lost: {sorted(lost)}")


_ADD_LOOP = """
import sys
from kg.users import UserDirectory
users = UserDirectory(sys.argv[1])
for i in range(int(sys.argv[2]), 10**6):
    users.add(f"loop-{i}", sys.argv[3])
    print(f"loop-{i}", flush=True)
"""


def kill_user_writes(directory: Path, cli_kills: int, loop_kills: int, rng: random.Random) -> AcknowledgedWrites:
    """SIGKILL `sanad user add` at random moments, and a process adding users in a loop (so that
    kills land inside the file write too)."""
    report = AcknowledgedWrites("users file (sanad user add, and an adding loop)")
    t0 = time.monotonic()
    path = directory / "users.json"
    acknowledged: set[str] = set()
    timed = subprocess.run(sanad_command("user", "add", "first-user", "--password-stdin", "--users", str(path)),
                           input=PASSWORD + "\n", cwd=ROOT, env=_env(), capture_output=True, text=True)
    add_seconds = time.monotonic() - t0
    assert timed.returncode == 0, timed.stderr
    acknowledged.add("first-user")
    for i in range(cli_kills):
        name = f"cli-{i}"
        proc = subprocess.Popen(sanad_command("user", "add", name, "--password-stdin", "--users", str(path)),
                                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                cwd=ROOT, env=_env(), text=True)
        proc.stdin.write(PASSWORD + "\n")
        proc.stdin.close()
        try:
            if proc.wait(rng.uniform(0.3, 1.1) * add_seconds) == 0:
                acknowledged.add(name)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        report.tried += 1
        _check_users(path, acknowledged, report, f"sanad user add {name}")
    start = 0
    for i in range(loop_kills):
        proc = subprocess.Popen([sys.executable, "-c", _ADD_LOOP, str(path), str(start), PASSWORD],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT, env=_env(), text=True)
        time.sleep(rng.uniform(0.5, 3.0))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        done = out.split()
        acknowledged.update(done)
        start += len(done) + 1  # the name in flight at the kill may or may not be stored: never reuse it
        report.tried += 1
        _check_users(path, acknowledged, report, f"add loop {i}")
    report.acknowledged = len(acknowledged)
    report.seconds = time.monotonic() - t0
    return report


# --- verdicts: the server killed while a fact-checker records them

def _serve(store_dir: Path, users: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen(sanad_command("serve", "--store", str(store_dir), "--users", str(users), "--port",
                                          str(port)), cwd=ROOT, env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"sanad serve exited {proc.returncode}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
            return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("sanad serve did not start in 60 s")


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def _record_verdicts(base: str, key: str, tag: str, acknowledged: list[str], stop: threading.Event) -> None:
    """Sign in and record verdicts until the server dies; each rationale the server answered 303
    to goes to `acknowledged`."""
    import httpx

    try:
        with httpx.Client(base_url=base, timeout=10) as client:
            page = client.get("/login")
            signed = client.post("/login", data={"username": "checker", "password": PASSWORD, "csrf": _csrf(page.text)})
            token = _csrf(client.get(f"/claims/{key}/review").text)
            assert signed.status_code in (200, 303), signed.status_code
            for i in range(10**6):
                if stop.is_set():
                    return
                rationale = f"{tag} verdict {i}"
                r = client.post(f"/claims/{key}/reviews", data={"rating": "false", "rationale": rationale,
                                                                "csrf": token}, follow_redirects=False)
                if r.status_code == 303:
                    acknowledged.append(rationale)
    except (httpx.HTTPError, AttributeError):
        return  # the server was killed: what was acknowledged before is what counts


def stored_rationales(store_dir: Path) -> set[str]:
    from kg.reviews import REVIEWS_GRAPH
    from kg.store import OxigraphStore

    store = OxigraphStore(store_dir)
    try:
        rows = store.select(f"""SELECT ?body WHERE {{ GRAPH <{REVIEWS_GRAPH}> {{
            ?r <http://schema.org/reviewBody> ?body }} }}""")
    finally:
        store.close()
    return {r["body"] for r in rows}


def kill_verdict_writes(directory: Path, kills: int, rng: random.Random) -> AcknowledgedWrites:
    report = AcknowledgedWrites("verdicts (sanad serve killed while a fact-checker records them)")
    t0 = time.monotonic()
    store_dir = directory / "verdict-store"
    users = directory / "verdict-users.json"
    for args, stdin in ((("ingest", str(SEEDS), "--store", str(store_dir), "--quiet", "--no-parse"), None),
                        (("user", "add", "checker", "--password-stdin", "--users", str(users)), PASSWORD + "\n")):
        subprocess.run(sanad_command(*args), input=stdin, cwd=ROOT, env=_env(), check=True, capture_output=True,
                       text=True)
    from kg.repository import Repository
    from kg.store import OxigraphStore

    store = OxigraphStore(store_dir)
    key = Repository(store).all_claims()[0]["key"]
    store.close()
    acknowledged: list[str] = []
    for i in range(kills):
        port = _free_port()
        server = _serve(store_dir, users, port)
        stop = threading.Event()
        client = threading.Thread(target=_record_verdicts,
                                  args=(f"http://127.0.0.1:{port}", key, f"run {i}", acknowledged, stop))
        client.start()
        time.sleep(rng.uniform(0.5, 3.0))
        server.send_signal(signal.SIGKILL)
        server.wait()
        stop.set()
        client.join(30)
        report.tried += 1
        try:
            stored = stored_rationales(store_dir)
        except Exception as e:
            report.problems.append(f"kill {i}: store does not open: {e}")
            continue
        if lost := [a for a in acknowledged if a not in stored]:
            report.problems.append(f"kill {i}: {len(lost)} acknowledged verdicts lost, e.g. {lost[:3]}")
    report.acknowledged = len(acknowledged)
    report.seconds = time.monotonic() - t0
    return report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=449, help="first N corpus articles (default: %(default)s)")
    ap.add_argument("--kills", type=int, default=20, help="kills of `sanad ingest --no-parse` (default: %(default)s)")
    ap.add_argument("--parse-articles", type=int, default=12,
                    help="articles for the kills with the parse (default: %(default)s)")
    ap.add_argument("--parse-kills", type=int, default=3, help="kills of `sanad ingest` with the parse (default: %(default)s)")
    ap.add_argument("--user-kills", type=int, default=20, help="kills of `sanad user add` (default: %(default)s)")
    ap.add_argument("--user-loop-kills", type=int, default=10, help="kills of a user-adding loop (default: %(default)s)")
    ap.add_argument("--verdict-kills", type=int, default=5, help="kills of a server recording verdicts (default: %(default)s)")
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    lines, failed = [], False
    with tempfile.TemporaryDirectory(prefix="sanad-crash-bench-") as tmp:
        tmp = Path(tmp)
        campaigns = [(args.articles, args.kills, False)]
        if args.parse_kills:
            campaigns.append((args.parse_articles, args.parse_kills, True))
        for n, kills, parse in campaigns:
            data = first_articles(n, tmp)
            label = f"sanad ingest{'' if parse else ' --no-parse'}, {n} articles"
            ref = reference_run(data, tmp / f"reference-{n}-{parse}", parse, again=True)
            print(f"{label}: uninterrupted re-run {ref.seconds:.1f} s (equal to the first), {len(ref.graphs)} graphs",
                  flush=True)
            report = kill_ingests(data, tmp / f"killed-{n}-{parse}", ref, kills, rng, parse, label)
            lines.append(report.line())
            print(lines[-1], *report.problems, sep="\n  ", flush=True)
            failed |= bool(report.problems) or not report.final_equal
        if args.user_kills or args.user_loop_kills:
            users = kill_user_writes(tmp, args.user_kills, args.user_loop_kills, rng)
            lines.append(users.line())
            print(lines[-1], *users.problems, sep="\n  ", flush=True)
            failed |= bool(users.problems)
        if args.verdict_kills:
            verdicts = kill_verdict_writes(tmp, args.verdict_kills, rng)
            lines.append(verdicts.line())
            print(lines[-1], *verdicts.problems, sep="\n  ", flush=True)
            failed |= bool(verdicts.problems)
    print("\nsummary (a shared machine: times are contended)", *lines, sep="\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
