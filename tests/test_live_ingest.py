"""Adding articles while serving (issue 15): POST /api/articles and its jobs, `sanad ingest`
through the server that holds the store, and the add-article form, on a real uvicorn server."""

from __future__ import annotations

import http.client
import json
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import httpx
import pytest

from .conftest import SEEDS, Server, http_get, sanad, sparql_json

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"
TOKEN = "live-ingest-test-token"
PASSWORD = "correct horse battery"
ENV = {"SANAD_WRITE_TOKEN": TOKEN}

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason=f"{CORPUS} (shared data) is missing")


def corpus_lines(start: int, n: int) -> list[dict]:
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in list(f)[start:start + n]]


def write_jsonl(path: Path, articles: list[dict], extra_lines: tuple[str, ...] = ()) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles) + "".join(extra_lines),
                    encoding="utf-8")
    return path


def post(url: str, body: bytes, content_type: str, token: str | None = TOKEN) -> tuple[int, dict]:
    headers = {"Content-Type": content_type}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(url, data=body, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        text = e.read().decode()
        try:
            return e.code, json.loads(text)
        except ValueError:
            return e.code, {"detail": text}


def get_job(base: str, url: str, token: str | None = TOKEN) -> tuple[int, dict]:
    """GET a job (it needs the write token, as the writes do)."""
    req = urllib.request.Request(base + url, headers={"Authorization": f"Bearer {token}"} if token else {})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, {"detail": e.read().decode()}


def wait_for(base: str, job: dict, timeout: float = 300) -> dict:
    deadline = time.time() + timeout
    while job["status"] not in ("done", "failed"):
        assert time.time() < deadline, f"job still {job['status']} after {timeout} s"
        time.sleep(0.3)
        status, job = get_job(base, job["url"])
        assert status == 200, job
    return job


def nquads(store: Path) -> set[str]:
    return {line for line in sanad("export", "--store", str(store), "--format", "nquads").stdout.splitlines()
            if line.strip()}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """The seed ingested offline once, and a fact-checker's account."""
    base = tmp_path_factory.mktemp("live")
    sanad("ingest", str(SEEDS), "--store", str(base / "seed"), "--quiet")
    users = base / "users.json"
    sanad("user", "add", "reem", "--password-stdin", "--users", str(users), input=PASSWORD + "\n")
    return base, users


def seed_copy(base: Path, name: str) -> Path:
    """A copy of the seed store (taken while no process has it open)."""
    shutil.copytree(base / "seed", base / name)
    return base / name


def serve(store: Path, users: Path) -> Server:
    return Server(store, env={**ENV, "SANAD_USERS": str(users), "SANAD_MAX_UPLOAD_BYTES": "1000000"})


@pytest.fixture(scope="module")
def stores(seeded):
    """A store for the module's server, and its twin for offline ingests to compare with."""
    base, users = seeded
    return base, seed_copy(base, "served"), seed_copy(base, "offline"), users


@pytest.fixture(scope="module")
def server(stores):
    base, served, _, users = stores
    srv = serve(served, users)
    yield srv
    srv.stop()


def test_the_server_file_names_the_live_server(server, stores):
    from kg.server_file import live_server, path_for

    _, served, _, _ = stores
    held = live_server(served)
    assert held is not None and held.url == server.url and held.pid == server.proc.pid
    assert held.max_body_bytes == 1_000_000
    assert path_for(served).is_file()


def test_unauthenticated_and_bad_posts_are_refused_and_change_nothing(server):
    before = sparql_json(server.url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    article = json.dumps({"text": "قال المرصد إن القوات دخلت المدينة."}, ensure_ascii=False).encode()
    assert post(server.url + "/api/articles", article, "application/json", token=None)[0] == 401
    assert post(server.url + "/api/articles", article, "application/json", token="wrong")[0] == 401
    status, body = post(server.url + "/api/articles", b'{"text": "unterminated', "application/json")
    assert status == 400 and "malformed JSON" in body["detail"]
    status, body = post(server.url + "/api/articles", b'[{"title": "no text"}]', "application/json")
    assert status == 202  # a batch goes on past a bad article: the job lists its error
    job = wait_for(server.url, body)
    assert job["status"] == "done" and job["articles"]["ingested"] == 0
    assert job["errors"] == [{"index": 0, "origin": "body[0]",
                              "error": "body[0]: no 'text' or 'content' field with article text"}]
    assert post(server.url + "/api/articles", b"\xff\xfe", "application/json")[0] == 400
    assert post(server.url + "/api/articles", b"{bad\n{worse\n", "application/x-ndjson")[0] == 400
    assert post(server.url + "/api/articles", b"[]", "application/json")[0] == 400
    assert post(server.url + "/api/articles", article, "text/csv")[0] == 415
    # refused on its Content-Length, before the body is read (the server does not wait for it)
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    conn.putrequest("POST", "/api/articles")
    for name, value in (("Authorization", f"Bearer {TOKEN}"), ("Content-Type", "application/json"),
                        ("Content-Length", "1100000")):
        conn.putheader(name, value)
    conn.endheaders(b"[")
    too_big = conn.getresponse()
    assert too_big.status == 413 and b"SANAD_MAX_UPLOAD_BYTES" in too_big.read()
    conn.close()
    assert post(server.url + "/api/articles?parse=maybe", article, "application/json")[0] == 400
    assert get_job(server.url, "/api/jobs/no-such-job")[0] == 404
    # a job's errors name the client's files: read with the write token only (or signed in)
    assert get_job(server.url, job["url"], token=None)[0] == 401
    assert get_job(server.url, job["url"], token="wrong")[0] == 401
    assert get_job(server.url, "/api/jobs/no-such-job", token=None)[0] == 401  # nor whether an id exists
    after = sparql_json(server.url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert before == after


def test_a_batch_while_clients_read_then_the_graph_equals_an_offline_ingest(seeded):
    base, users = seeded
    served, offline = seed_copy(base, "batch-served"), seed_copy(base, "batch-offline")
    server = serve(served, users)
    try:
        articles = corpus_lines(0, 6)
        home = http_get(server.url + "/")
        stats_before = json.loads(http_get(server.url + "/api/stats"))  # cached per store generation
        claim_key = re.findall(r'href="/claims/([0-9a-f]{12})"', home)[0]
        pages = ["/", f"/claims/{claim_key}", "/api/relations", "/articles", "/api/stats"]
        count_claims = ("PREFIX schema: <http://schema.org/> "
                        "SELECT ?g (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a schema:Claim } "
                        "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/sanad/id/graph/article/')) } GROUP BY ?g")
        stop = threading.Event()
        errors: list[str] = []
        reads = [0]
        seen_counts: list[dict[str, int]] = []

        def reader(i: int):
            while not stop.is_set():
                path = pages[(reads[0] + i) % len(pages)]
                try:
                    with urllib.request.urlopen(server.url + path, timeout=60) as r:
                        if r.status != 200:
                            errors.append(f"{path}: {r.status}")
                        r.read()
                    rows = sparql_json(server.url, count_claims)["results"]["bindings"]
                    seen_counts.append({b["g"]["value"]: int(b["n"]["value"]) for b in rows})
                except Exception as e:  # noqa: BLE001 - every failure is a test failure, counted
                    errors.append(f"{path}: {type(e).__name__}: {e}")
                reads[0] += 1

        threads = [threading.Thread(target=reader, args=(i,)) for i in range(3)]
        for t in threads:
            t.start()
        try:
            status, job = post(server.url + "/api/articles", write_jsonl(base / "batch.jsonl", articles).read_bytes(),
                               "application/x-ndjson")
            assert status == 202 and job["status"] in ("queued", "running") and job["articles"]["total"] == 6
            job = wait_for(server.url, job)
            time.sleep(0.5)  # reads after the job, too
        finally:
            stop.set()
            for t in threads:
                t.join(60)
        assert errors == [] and reads[0] > 10
        assert job["status"] == "done" and job["errors"] == [], job
        assert job["articles"] == {"total": 6, "done": 6, "ingested": 6, "new": 6, "replaced": 0}
        assert job["claims"] > 0 and set(job["relations"]) <= {"contradicts", "supports"}
        # the caches keyed on the store's generation followed the writes
        stats = json.loads(http_get(server.url + "/api/stats"))
        assert stats["articles"] == stats_before["articles"] + 6
        assert stats["claims"] == stats_before["claims"] + job["claims"]
        assert {k: stats.get(k, 0) for k in ("contradicts", "supports")} == \
            {k: job["relations"].get(k, 0) for k in ("contradicts", "supports")}
        # readers never saw half an article: each article graph had no claim or all of them
        final = {b["g"]["value"]: int(b["n"]["value"])
                 for b in sparql_json(server.url, count_claims)["results"]["bindings"]}
        for seen in seen_counts:
            for graph, n in seen.items():
                assert n == final[graph], (graph, n, final[graph])
        # the same articles ingested offline into a copy of the store before the job: the same quads
        # (article graphs carry no time of ingest; the relations graph is recomputed from the claims)
        sanad("ingest", str(base / "batch.jsonl"), "--store", str(offline), "--quiet")
    finally:
        server.stop()
    assert nquads(served) == nquads(offline)


def test_jobs_outlive_the_server(seeded):
    """A finished job reads the same after a restart (kg.jobs: the jobs file beside the store)."""
    base, users = seeded
    store = seed_copy(base, "restarted")
    server = serve(store, users)
    try:
        body = json.dumps([{"text": "قال المرصد السوري لحقوق الإنسان إن القوات دخلت مدينة تدمر.", "title": "خبر",
                            "origin": "client/secret-name.json:1"}, {"title": "no text", "origin": "client/bad.json:2"}],
                          ensure_ascii=False).encode()
        status, job = post(server.url + "/api/articles?parse=false", body, "application/json")
        assert status == 202
        job = wait_for(server.url, job)
        assert job["status"] == "done" and job["articles"]["ingested"] == 1 and job["interrupted"] is False
    finally:
        server.stop()
    server = serve(store, users)
    try:
        assert get_job(server.url, job["url"]) == (200, job)
        assert get_job(server.url, job["url"], token=None)[0] == 401
    finally:
        server.stop()


def test_a_job_cut_by_a_crash_reads_interrupted_and_its_articles_are_related_at_restart(seeded):
    """The server is killed (SIGKILL) while a job relates: at restart the job reads as interrupted,
    its articles are in the store, and the restarted server relates them (the pending marks)."""
    from kg.incremental import PENDING_GRAPH

    base, users = seeded
    store = seed_copy(base, "crashed")
    server = serve(store, users)
    pending = f"ASK {{ GRAPH <{PENDING_GRAPH}> {{ ?s ?p ?o }} }}"
    try:
        body = write_jsonl(base / "crash.jsonl", corpus_lines(20, 3)).read_bytes()
        status, job = post(server.url + "/api/articles?parse=false", body, "application/x-ndjson")
        assert status == 202
        deadline = time.time() + 120
        while job["stage"] != "relating":  # relating loads the models: seconds, time enough to kill it
            assert time.time() < deadline and job["status"] != "done", job
            time.sleep(0.05)
            job = get_job(server.url, job["url"])[1]
        server.proc.kill()
        server.proc.wait(10)
    finally:
        server.stop()
    server = serve(store, users)
    try:
        status, after = get_job(server.url, job["url"])
        assert status == 200 and after["status"] == "failed" and after["interrupted"] is True, after
        assert after["articles"]["ingested"] == 3 and "3 of 3 articles" in after["failure"]
        deadline = time.time() + 300
        while sparql_json(server.url, pending)["boolean"]:  # related by the restarted server
            assert time.time() < deadline, "the pending articles were not related"
            time.sleep(0.5)
        titles = {a["title"] for a in json.loads(http_get(server.url + "/api/articles?limit=100"))["items"]}
        assert {a["title"] for a in corpus_lines(20, 3)} <= titles
    finally:
        server.stop()


def test_sanad_ingest_goes_through_the_server_with_the_offline_report(server, stores, tmp_path):
    base, served, offline, _ = stores
    files = tmp_path / "articles"
    files.mkdir()
    write_jsonl(files / "more.jsonl", corpus_lines(6, 3), extra_lines=("{not json\n",))
    write_jsonl(files / "again.jsonl", corpus_lines(0, 1))
    (files / "empty.txt").write_text("", encoding="utf-8")
    args = ("ingest", str(files), "--format", "json", "--quiet")
    # without the token it says which server holds the store, and writes nothing
    refused = sanad(*args, "--store", str(served), check=False, env={"SANAD_WRITE_TOKEN": ""})
    assert refused.returncode == 2 and server.url in refused.stderr and "SANAD_WRITE_TOKEN" in refused.stderr
    live = sanad(*args, "--store", str(served), check=False, env=ENV)
    assert "in use by another process" not in live.stderr
    offline_run = sanad(*args, "--store", str(offline), check=False)
    assert live.returncode == offline_run.returncode == 1  # the bad line and the empty file
    live_report, offline_report = json.loads(live.stdout), json.loads(offline_run.stdout)
    assert live_report == offline_report
    assert live_report["articles"] == live_report["new"] == 4 and len(live_report["errors"]) == 2
    assert sorted(live.stderr.splitlines()) == sorted(offline_run.stderr.splitlines())
    # nothing readable: no job, and the report still gives the graph's relations
    nothing = [sanad("ingest", str(files / "empty.txt"), "--store", str(store), "--format", "json", "--quiet",
                     check=False, env=ENV) for store in (served, offline)]
    assert [r.returncode for r in nothing] == [1, 1]
    assert json.loads(nothing[0].stdout) == json.loads(nothing[1].stdout)
    # and the text summary, for an article now stored
    text = sanad("ingest", str(files / "again.jsonl"), "--store", str(served), "--quiet", env=ENV).stdout
    assert text.startswith("ingested 1 article(s) from 1 file(s): 0 new, 1 replaced;")


def test_a_stale_server_file_is_ignored(tmp_path):
    from kg.server_file import path_for, write

    store = tmp_path / "store"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    write(store, "http://127.0.0.1:9", 1000)
    data = json.loads(path_for(store).read_text())
    path_for(store).write_text(json.dumps({**data, "pid": int(dead.stdout)}))
    out = sanad("ingest", str(SEEDS), "--store", str(store), "--quiet", "--no-parse", "--format", "json",
                env={"SANAD_WRITE_TOKEN": TOKEN})
    assert json.loads(out.stdout)["articles"] == 1


def test_the_server_file_is_removed_at_exit(tmp_path):
    from kg.server_file import path_for

    store = tmp_path / "store"
    srv = Server(store)
    assert path_for(store).is_file()
    srv.stop()
    assert srv.proc.returncode is not None and not path_for(store).exists()


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_the_add_article_form_for_signed_in_fact_checkers(server):
    with httpx.Client(base_url=server.url, timeout=60) as client:
        assert client.get("/add-article").status_code == 303  # sign in first
        login = client.get("/login")
        r = client.post("/login", data={"username": "reem", "password": PASSWORD, "csrf": _csrf(login.text),
                                        "next": "/add-article"})
        assert r.status_code == 303
        form = client.get("/add-article?lang=ar")
        assert form.status_code == 200 and 'href="/add-article"' in form.text and "نص المقال" in form.text
        article = {"text": "قال المرصد السوري لحقوق الإنسان إن قوات النظام دخلت مدينة تدمر صباح اليوم.",
                   "title": "خبر تجريبي", "publisher": "موقع تجريبي", "date": "2016-03-27",
                   "url": "https://example.org/form-article"}
        assert client.post("/add-article", data=article).status_code == 403  # no CSRF token
        r = client.post("/add-article", data={**article, "csrf": _csrf(form.text)})
        assert r.status_code == 303 and r.headers["location"].startswith("/jobs/")
        job_id = r.headers["location"].rsplit("/", 1)[1]
        job = wait_for(server.url, {"status": "queued", "url": f"/api/jobs/{job_id}"})
        assert job["status"] == "done" and job["articles"]["ingested"] == 1 and job["claims"] >= 1
        page = client.get(f"/jobs/{job_id}?lang=ar")
        assert page.status_code == 200 and 'data-status="done"' in page.text and "اكتمل" in page.text
        assert client.get(f"/api/jobs/{job_id}").json() == job  # signed in: the JSON too
        with httpx.Client(base_url=server.url, timeout=60) as stranger:
            assert stranger.get(f"/api/jobs/{job_id}").status_code == 401
            assert stranger.get(f"/jobs/{job_id}").status_code == 303  # sign in first
        assert 'http-equiv="refresh"' not in page.text  # finished: the page stops reloading
        assert {"title": "خبر تجريبي", "date": "2016-03-27", "claims": job["claims"]}.items() <= \
            next(a for a in client.get("/api/articles").json()["items"] if a["title"] == "خبر تجريبي").items()
        empty = client.post("/add-article", data={"csrf": _csrf(form.text), "text": " "})
        assert empty.status_code == 400 and 'class="error"' in empty.text
        # by web address: fetched with kg.fetch's rules, so a loopback address is refused (one line, on the form)
        by_url = client.post("/add-article", data={"csrf": _csrf(form.text), "page_url": server.url + "/articles"})
        from api.jobs import reads_web_pages

        assert by_url.status_code == 400 and 'class="error"' in by_url.text
        if not reads_web_pages():  # (in Arabic: the interface language chosen above is remembered)
            assert "غير مدعومة على هذا الخادم" in by_url.text


def test_request_bodies_read_as_the_file_reader_reads_files():
    from kg.jobs import InputError, items_from_body

    one = items_from_body('\ufeff{"text": "نص", "title": " عنوان ", "date": "2016-03-27T10:00:00Z"}'.encode(), "json")
    assert [(i.origin, i.article.title, i.article.date) for i in one] == [("body", "عنوان", "2016-03-27")]
    batch = items_from_body(b'[{"text": "a"}, {"content": "b", "origin": "x.json:7"}, 3, {"text": "c", '
                            b'"date": "March"}]', "json")
    assert [i.origin for i in batch] == ["body[0]", "x.json:7", "body[2]", "body[3]"]
    assert [bool(i.error) for i in batch] == [False, False, True, True] and "ISO 8601" in batch[3].error
    lines = items_from_body(b'{"text": "a"}\n\n{oops\n', "jsonl", "feed")
    assert [i.origin for i in lines] == ["feed:1", "feed:3"] and "malformed JSON" in lines[1].error
    text = items_from_body("نص المقال\r\n".encode(), "text", "a.txt", {"title": "T", "url": "https://e.org/a"})
    assert text[0].article.text == "نص المقال\n" and text[0].article.url == "https://e.org/a"
    for body, kind in ((b"", "json"), (b"\xff", "json"), (b'"text"', "json"), (b"[]", "json"), (b"{x\n", "jsonl"),
                       (b"\x00\x01", "text")):
        with pytest.raises(InputError):
            items_from_body(body, kind)


def test_stopping_the_queue_finishes_the_article_being_written_and_fails_the_rest():
    from kg.ingest import Report
    from kg.jobs import JobQueue, items_from_body

    written: list[str] = []
    started = threading.Event()

    def slow_ingest(items, store, report: Report, **kw):
        for item in items:
            started.set()
            time.sleep(0.2)
            written.append(item.origin)
            report.articles += 1
        return report

    jobs = JobQueue(store=None, ingest=slow_ingest, relate=lambda store, changed: {"supports": 1})
    first = jobs.submit(items_from_body(b'[{"text": "a"}, {"text": "b"}, {"text": "c"}]', "json"))
    second = jobs.submit(items_from_body(b'{"text": "d"}', "json"))
    assert started.wait(10)
    jobs.close()
    assert written == ["body[0]"]  # whole articles only, and none after the stop
    assert jobs.view(first.id)["status"] == "failed" and "1 of 3" in jobs.view(first.id)["failure"]
    assert jobs.view(second.id)["status"] == "failed" and jobs.view(second.id)["articles"]["done"] == 0
