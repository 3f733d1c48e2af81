"""`sanad ingest` into a store that a running `sanad serve` holds (kg.server_file names it).

The files and URLs are read here, as an offline ingest reads them (the same errors, naming the
same files and lines); the readable articles go to the server's POST /api/articles as JSONL, in as few
requests as its body limit allows, and each job is followed to its end. The report adds up the
jobs, so the command prints what an offline ingest would have printed.
"""

from __future__ import annotations

import json
import os
import sys
import time
import urllib.error
import urllib.request
from typing import Callable, Iterable

from tqdm import tqdm

from .ingest import Report
from .jobs import DEFAULT_MAX_BODY_BYTES
from .reader import Item
from .server_file import LiveServer

POLL_SECONDS = 0.5
TOKEN_ENV = "SANAD_WRITE_TOKEN"


class ServerIngestError(Exception):
    """The server could not be reached, refused the articles, or a job failed."""


def _payload(item: Item) -> bytes:
    a = item.article
    obj = {"text": a.text, "title": a.title, "url": a.url, "publisher": a.publisher, "author": a.author,
           "date": a.date, "lang": a.lang, "origin": item.origin}
    return json.dumps({k: v for k, v in obj.items() if v is not None}, ensure_ascii=False).encode("utf-8") + b"\n"


def _batches(lines: list[tuple[int, bytes]], limit: int) -> list[list[tuple[int, bytes]]]:
    out: list[list[tuple[int, bytes]]] = [[]]
    size = 0
    for pos, line in lines:
        if out[-1] and size + len(line) > limit:
            out.append([])
            size = 0
        out[-1].append((pos, line))
        size += len(line)
    return [b for b in out if b]


class _Client:
    def __init__(self, server: LiveServer, token: str):
        self.server = server
        self.token = token

    def call(self, method: str, path: str, body: bytes | None = None, content_type: str | None = None) -> dict:
        headers = {"Authorization": f"Bearer {self.token}", "Accept": "application/json"}
        if content_type:
            headers["Content-Type"] = content_type
        req = urllib.request.Request(self.server.url + path, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                return json.loads(r.read())
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace").strip()
            try:
                detail = json.loads(detail).get("detail", detail)
            except (ValueError, AttributeError):
                pass
            raise ServerIngestError(f"the server at {self.server.url} answered {e.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise ServerIngestError(f"the server at {self.server.url} (pid {self.server.pid}) holds the store "
                                    f"but does not answer ({reason})") from None


def ingest_through_server(server: LiveServer, items: Iterable[Item], report: Report, parse: bool = True,
                          progress: bool = True, on_error: Callable[[str], None] | None = None) -> Report:
    """Send `items` (as kg.reader yields them) to the server and add its jobs' counts to `report`."""
    token = os.environ.get(TOKEN_ENV)
    if not token:
        raise ServerIngestError(f"the store is held by the running server at {server.url} (pid {server.pid}); "
                                f"set {TOKEN_ENV} to its write token to ingest through it, or stop it first")
    client = _Client(server, token)
    items = list(items)
    errors: dict[int, str] = {}  # by position in the batch, so the report lists them in file order
    bar = tqdm(total=len(items), unit="article", disable=not progress, file=sys.stderr, desc="ingest")

    def failed(pos: int, msg: str) -> None:
        errors[pos] = msg
        if on_error:
            on_error(msg)

    lines = []
    for pos, item in enumerate(items):
        if item.error:
            failed(pos, item.error)
            bar.update(1)
        else:
            lines.append((pos, _payload(item)))
    limit = (server.max_body_bytes or DEFAULT_MAX_BODY_BYTES) - 1024
    query = "" if parse else "?parse=false"
    for batch in _batches(lines, limit):
        job = client.call("POST", "/api/articles" + query, b"".join(line for _, line in batch),
                          "application/x-ndjson")
        seen_errors, done = 0, 0
        while True:
            new_errors = job["errors"][seen_errors:]
            for e in new_errors:
                failed(batch[e["index"]][0], e["error"])
            seen_errors += len(new_errors)
            bar.update(job["articles"]["done"] - done)
            done = job["articles"]["done"]
            if job["status"] in ("done", "failed"):
                break
            time.sleep(POLL_SECONDS)
            job = client.call("GET", f"/api/jobs/{job['id']}")
        if job["status"] == "failed":
            bar.close()
            raise ServerIngestError(f"the server's ingest job {job['id']} failed: {job['failure']}")
        counts = job["articles"]
        report.articles += counts["ingested"]
        report.new += counts["new"]
        report.replaced += counts["replaced"]
        report.claims += job["claims"]
        report.relations = job["relations"]  # each job relates the whole graph: the last one is current
    if not lines:  # nothing readable to send: the relations in the graph, as an offline ingest reports them
        stats = client.call("GET", "/api/stats")
        report.relations = {k: stats[k] for k in ("contradicts", "supports") if stats.get(k)}
    bar.close()
    report.errors = [errors[p] for p in sorted(errors)]
    return report
