"""A Virtuoso 7 server of its own for a test module: a fresh database in a temp folder, on free
loopback ports, the anonymous SPARQL user allowed to update (as the README's set-up does).
Debian's `virtuoso-opensource-7-bin` provides `virtuoso-t` and `isql-vt`."""

from __future__ import annotations

import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")

_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = ., {d}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


class Virtuoso:
    """`url` is its SPARQL endpoint (queries and updates)."""

    def __init__(self, folder: Path, sql_port: int, http_port: int):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "virtuoso.ini").write_text(_INI.format(d=folder, sql=sql_port, http=http_port))
        self.sql_port = sql_port
        self.url = f"http://127.0.0.1:{http_port}/sparql"
        self.log = folder / "virtuoso.log"
        # -f: in the foreground, so that this process owns it and stop() ends exactly it
        self.proc = subprocess.Popen([VIRTUOSO, "-f", "-c", "virtuoso.ini"], cwd=folder,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"virtuoso exited: {self.log.read_text(errors='replace')[-2000:]}")
            try:
                urllib.request.urlopen(self.url + "?query=ASK%7B%7D", timeout=2)
                break
            except OSError:
                time.sleep(0.3)
        else:
            self.stop()
            raise RuntimeError("virtuoso did not start in 60 s")
        subprocess.run([ISQL, str(sql_port), "dba", "dba", "exec=GRANT SPARQL_UPDATE TO \"SPARQL\";"],
                       check=True, capture_output=True, timeout=60)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def serving(folder: Path, store_dir):
    """A Virtuoso of its own in `folder` holding a copy of an embedded store (a fixture's body: yields
    the server, stops it after)."""
    from .conftest import free_port

    server = Virtuoso(folder, free_port(), free_port())
    try:
        copy_store(store_dir, server.url)
        yield server
    finally:
        server.stop()


def copy_store(store_dir, url: str) -> None:
    """Every graph of an embedded store into the server at `url`, one replace per graph."""
    from collections import defaultdict

    from kg.store import OxigraphStore, SparqlStore

    embedded = OxigraphStore(store_dir, read_only=True)
    graphs: dict[str, list[str]] = defaultdict(list)
    try:
        for line in embedded.export("nquads").decode("utf-8").splitlines():
            if line.strip():
                head, graph = line.rstrip(" .").rsplit(" ", 1)
                graphs[graph.strip("<>")].append(head + " .")
    finally:
        embedded.close()
    remote = SparqlStore(url)
    for graph, triples in graphs.items():
        remote.replace_graph(graph, "\n".join(triples))
