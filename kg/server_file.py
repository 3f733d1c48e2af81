"""The file that says which running server holds an embedded store.

Oxigraph's directory lock lets one process write a store; while `sanad serve` holds it, other
commands learn from `<store>.server.json` (beside the directory, like the vectors side file)
where that server listens, so `sanad ingest` can send the articles through it instead of
failing on the lock. The file is written once the server has the store, and removed at exit;
one whose process is gone (a crash), or that names a store nobody holds, is ignored.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".server.json"


@dataclass
class LiveServer:
    url: str  # where to reach it from this machine
    pid: int
    host: str  # the machine it runs on
    max_body_bytes: int | None = None  # the largest request body POST /api/articles takes


def path_for(store_dir: str | os.PathLike) -> Path:
    """`./sanad-data` → `./sanad-data.server.json`"""
    p = Path(store_dir).resolve()
    return p.with_name(p.name + SUFFIX)


def reachable_url(host: str, port: int) -> str:
    """A URL a client on this machine can use for a server bound to host:port."""
    if host in ("", "0.0.0.0"):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


def write(store_dir: str | os.PathLike, url: str, max_body_bytes: int | None = None) -> Path:
    path = path_for(store_dir)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"url": url, "pid": os.getpid(), "host": socket.gethostname(),
                               "max_body_bytes": max_body_bytes}), encoding="utf-8")
    os.replace(tmp, path)  # readers see the old file or the new one, never half of it
    return path


def remove(store_dir: str | os.PathLike) -> None:
    """Remove the file if this process wrote it (a second server that failed to get the
    lock must not remove the first one's)."""
    path = path_for(store_dir)
    found = _read(path)
    if found is not None and found.pid == os.getpid() and found.host == socket.gethostname():
        path.unlink(missing_ok=True)


def _read(path: Path) -> LiveServer | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LiveServer(url=str(data["url"]), pid=int(data["pid"]), host=str(data["host"]),
                          max_body_bytes=data.get("max_body_bytes"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    return True


def _held(store_dir: str | os.PathLike) -> bool:
    """Some process holds the store's lock (RocksDB's LOCK file, an fcntl lock: taking and
    dropping it here at once is harmless, and fails while another process has it)."""
    try:
        fd = os.open(Path(store_dir) / "LOCK", os.O_RDWR)
    except OSError:
        return False  # no store there yet
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.lockf(fd, fcntl.LOCK_UN)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)


def live_server(store_dir: str | os.PathLike) -> LiveServer | None:
    """The server holding this store, when its file names a process still running here that
    has the store locked (a server on another machine sharing the directory is taken at its word)."""
    found = _read(path_for(store_dir))
    if found is None:
        return None
    if found.host == socket.gethostname() and not (_alive(found.pid) and _held(store_dir)):
        return None  # stale: the server died without removing it (or its pid is another process's now)
    return found
