"""Shared fixtures: the seed ingested into a real Oxigraph store, and a real server."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILE = SEEDS / "palmyra-kerry-lavrov.ar.txt"
GOLD_FILE = ROOT / "tests" / "gold" / "palmyra-kerry-lavrov.gold.json"

# Browser tests drive Debian's chromium through Playwright (no `playwright install`)
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"  # screenshots of the main pages
try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - the [test] extra installs it
    sync_playwright = None
BROWSER_SKIPS = [
    pytest.mark.skipif(sync_playwright is None, reason="playwright is not installed (pip install -e '.[test]')"),
    pytest.mark.skipif(not os.path.exists(CHROMIUM),
                       reason=f"{CHROMIUM} is missing (Debian package `chromium`; .ci/run installs it)"),
]


@pytest.fixture(scope="session", autouse=True)
def own_cache_dir(tmp_path_factory):
    """A SPARQL server's side files (search index, vectors, jobs, feed state) live in the user's cache, keyed by
    the server's URL; tests start servers on reused ports, so a run keeps its own cache: another run's index of a
    server on the same port, with an equal claim count, would be trusted (every hit is still checked in the store,
    but claims it lacks would be missing from search)."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture(scope="module")
def browser():
    """Headless chromium for one test module (modules using it carry BROWSER_SKIPS)."""
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM,
                              args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


def sanad(*args: str, input: str | None = None, check: bool = True, env: dict | None = None):
    """Run the real `sanad` command line."""
    proc = subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=ROOT, input=input, capture_output=True,
                          text=True, timeout=300, env={**os.environ, **(env or {})})
    if check and proc.returncode != 0:
        raise AssertionError(f"sanad {' '.join(args)} exited {proc.returncode}\n{proc.stderr}")
    return proc


def write_article(directory: Path, name: str, text: str, **meta) -> Path:
    """One article as a .json file the reader takes: its text plus title, publisher, date, url …"""
    path = directory / f"{name}.json"
    path.write_text(json.dumps({**meta, "text": text}, ensure_ascii=False), encoding="utf-8")
    return path


def http_get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.read().decode("utf-8")


def sparql_json(base_url: str, query: str) -> dict:
    """A SELECT/ASK over the real /sparql endpoint, as SPARQL JSON results."""
    req = urllib.request.Request(f"{base_url}/sparql?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_store_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("seed-store") / "store"
    sanad("ingest", str(SEEDS), "--store", str(d), "--quiet")
    return d


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, store: Path, env: dict | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # the server's log goes to a file: an unread pipe fills up and blocks the server
        self.log = tempfile.NamedTemporaryFile("w+", prefix="sanad-serve-", suffix=".log", delete=False)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(self.port)],
            cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT, text=True, env={**os.environ, **(env or {})})
        deadline = time.time() + 30
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {Path(self.log.name).read_text()}")
            try:
                urllib.request.urlopen(self.url + "/api/stats", timeout=1)
                return
            except OSError:
                time.sleep(0.2)
        log = Path(self.log.name).read_text()
        self.stop()
        raise RuntimeError(f"server did not start in 30 s: {log}")

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        # the log is read only when the server fails to start; left behind, every run adds files to /tmp
        self.log.close()
        Path(self.log.name).unlink(missing_ok=True)


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """`sanad serve` over real HTTP (uvicorn) on the seed plus a hostile article."""
    base = tmp_path_factory.mktemp("served")
    articles = base / "articles"
    articles.mkdir()
    (articles / "hostile.json").write_text(json.dumps({
        "title": "<script>alert('title')</script>",
        "url": "https://example.org/hostile",
        "date": "2016-03-26",
        "text": "قال المرصد السوري لحقوق الإنسان إن «<script>alert(1)</script> و\"><img src=x onerror=alert(2)> "
                "قوات النظام لم تدخل مدينة تدمر».",
    }, ensure_ascii=False), encoding="utf-8")
    store = base / "store"
    sanad("ingest", str(SEEDS), str(articles), "--store", str(store), "--quiet")
    srv = Server(store)
    yield srv
    srv.stop()
