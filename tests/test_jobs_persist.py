"""Ingest jobs outlive the server (kg.jobs: the jobs file beside the store): a finished job reads
the same after a restart, one the server was running when it died reads as interrupted, and the
articles it wrote stay, marked for the next run to relate."""

from __future__ import annotations

import json
import sqlite3
import threading
import time

from kg.ingest import Report
from kg.jobs import JobQueue, items_from_body, jobs_path_for
from kg.store import open_store


def _wait(jobs: JobQueue, job_id: str, *statuses: str, timeout: float = 60) -> dict:
    deadline = time.time() + timeout
    while (view := jobs.view(job_id))["status"] not in statuses:
        assert time.time() < deadline, view
        time.sleep(0.05)
    return view


def _counting_ingest(items, store, report: Report, on_error=None, **kw):
    for item in items:
        if item.error:
            on_error(item.error)
            continue
        report.articles += 1
        report.new += 1
        report.claims += 2
    return report


def test_a_finished_job_reads_the_same_after_a_restart(tmp_path):
    path = tmp_path / "store.jobs.sqlite"
    jobs = JobQueue(store=None, ingest=_counting_ingest, relate=lambda store, changed: {"supports": 3}, path=path)
    job = jobs.submit(items_from_body(b'[{"text": "a"}, {"title": "no text"}, {"text": "c"}]', "json", "mine.json"))
    done = _wait(jobs, job.id, "done")
    assert done["articles"]["ingested"] == 2 and done["errors"][0]["origin"] == "mine.json[1]"
    jobs.close()
    again = JobQueue(store=None, ingest=_counting_ingest, relate=lambda store, changed: {}, path=path)
    assert again.view(job.id) == done and done["interrupted"] is False
    assert again.view("no-such-job") is None
    again.close()


def test_a_job_running_when_the_server_died_reads_as_interrupted_and_its_articles_stay(tmp_path):
    """The server 'dies' while relating: its writer thread never ends and nothing closes it; a
    new queue on the same files (the restarted server) reports the job interrupted, and the
    articles it wrote are in the store, relating-pending."""
    from kg.incremental import pending_articles
    from kg.ingest import ingest_items

    store = open_store(tmp_path / "store")
    stuck = threading.Event()
    jobs = JobQueue(store, ingest=ingest_items, relate=lambda store, changed: stuck.wait() and {})
    body = "\n".join(json.dumps({"text": f"قال المرصد السوري لحقوق الإنسان إن {n} مدنيين قتلوا في حلب اليوم.",
                                 "title": f"خبر {n}", "url": f"https://example.org/{n}"}, ensure_ascii=False)
                     for n in (3, 4)).encode()
    job = jobs.submit(items_from_body(body, "jsonl", "two.jsonl"), parse=False)
    deadline = time.time() + 120
    while jobs.view(job.id)["stage"] != "relating":
        assert time.time() < deadline and jobs.view(job.id)["status"] != "failed", jobs.view(job.id)
        time.sleep(0.05)
    written = pending_articles(store)
    assert len(written) == 2
    related = []
    restarted = JobQueue(store, ingest=ingest_items, relate=lambda store, changed: related.append(
        pending_articles(store)) or {"supports": 0})
    view = restarted.view(job.id)
    assert view["status"] == "failed" and view["interrupted"] is True
    assert "2 of 2 articles" in view["failure"] and "related when the server starts again" in view["failure"]
    assert view["articles"]["ingested"] == 2 and view["finished"] is not None
    assert pending_articles(store) == written  # for the next relating (kg.incremental) to relate
    # the restarted queue relates them first: a job of no article
    assert restarted.relating_pending is not None
    assert _wait(restarted, restarted.relating_pending.id, "done", "failed")["status"] == "done"
    assert related == [written]
    restarted.close()
    stuck.set()
    jobs.close()
    store.close()


def test_queued_jobs_at_a_stop_are_interrupted_and_saved(tmp_path):
    path = tmp_path / "jobs.sqlite"
    started, release = threading.Event(), threading.Event()

    def slow(items, store, report, **kw):
        for _ in items:
            started.set()
            release.wait(10)
            report.articles += 1
        return report

    jobs = JobQueue(store=None, ingest=slow, relate=lambda store, changed: {}, path=path)
    first = jobs.submit(items_from_body(b'[{"text": "a"}, {"text": "b"}]', "json"))
    second = jobs.submit(items_from_body(b'{"text": "c"}', "json"))
    assert started.wait(10)
    threading.Timer(0.2, release.set).start()
    jobs.close()
    again = JobQueue(store=None, path=path)
    assert again.view(first.id)["interrupted"] and "1 of 2" in again.view(first.id)["failure"]
    assert again.view(second.id)["interrupted"] and again.view(second.id)["articles"]["done"] == 0
    again.close()


def test_the_jobs_file_is_bounded(tmp_path, monkeypatch):
    import kg.jobs

    monkeypatch.setattr(kg.jobs, "JOBS_KEPT", 2)
    monkeypatch.setattr(kg.jobs, "JOBS_FILE_KEPT", 3)
    path = tmp_path / "jobs.sqlite"
    jobs = JobQueue(store=None, ingest=_counting_ingest, relate=lambda store, changed: {}, path=path)
    ids = []
    for n in range(6):
        ids.append(jobs.submit(items_from_body(b'{"text": "a"}', "json")).id)
        _wait(jobs, ids[-1], "done")
    jobs.submit(items_from_body(b'{"text": "a"}', "json"))  # pruning happens as jobs come
    jobs.close()
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM jobs").fetchone()[0] <= 3 + 1
    # and none older than the days kept, however few
    db.execute("UPDATE jobs SET created = '2000-01-01T00:00:00+00:00'")
    db.commit()
    db.close()
    again = JobQueue(store=None, path=path)
    assert all(again.view(i) is None for i in ids)
    again.close()


def test_the_jobs_file_sits_beside_the_store(tmp_path):
    store = open_store(tmp_path / "sanad-data")
    assert jobs_path_for(store) == (tmp_path / "sanad-data.jobs.sqlite").resolve()
    store.close()
    assert jobs_path_for(None) is None


def _store_with_pending_articles(path) -> tuple:
    """A store holding two articles written by an ingest that did not relate them (as a stop or a
    crash leaves them): both marked relating-pending."""
    from kg.incremental import pending_articles
    from kg.ingest import ingest_items

    store = open_store(path)
    body = "\n".join(json.dumps({"text": f"قال المرصد السوري لحقوق الإنسان إن {n} مدنيين قتلوا في حلب اليوم.",
                                 "title": f"خبر {n}", "url": f"https://example.org/{n}"}, ensure_ascii=False)
                     for n in (5, 6)).encode()
    ingest_items(items_from_body(body, "jsonl", "two.jsonl"), store, progress=False, parse=False, relate=False)
    written = pending_articles(store)
    assert len(written) == 2
    return store, written


def test_no_relate_pending_leaves_them_to_the_next_job(tmp_path):
    """`sanad serve --no-relate-pending`: no relating job at start; the marks stay, and the next
    job's relating finds them with its own article (kg.incremental.relate_changes relates both)."""
    from kg.incremental import pending_articles
    from kg.ingest import ingest_items

    store, written = _store_with_pending_articles(tmp_path / "store")
    seen = []
    jobs = JobQueue(store, ingest=ingest_items, relate=lambda store, changed: seen.append(
        (pending_articles(store), list(changed))) or {}, relate_pending=False)
    assert jobs.relating_pending is None
    time.sleep(0.3)  # a relating job, were one started, would have run by now
    assert seen == [] and pending_articles(store) == written
    job = jobs.submit(items_from_body('{"text": "نفى المرصد السوري أن مدنيين قتلوا في حلب.", "title": "نفي"}'
                                      .encode(), "json"), parse=False)
    assert _wait(jobs, job.id, "done", "failed")["status"] == "done"
    (pending, changed), = seen
    assert written < pending and len(pending) == 3 and set(changed) == pending - written
    jobs.close()
    # the default still relates them at start
    again = JobQueue(store, ingest=ingest_items, relate=lambda store, changed: seen.append("started") or {})
    assert again.relating_pending is not None
    assert _wait(again, again.relating_pending.id, "done", "failed")["status"] == "done"
    assert seen[-1] == "started"
    again.close()
    store.close()


def test_serve_no_relate_pending_reaches_the_app(tmp_path, monkeypatch):
    """The switch on the command line and in $SANAD_RELATE_PENDING reaches the app's job queue."""
    import pytest
    from fastapi.testclient import TestClient

    from api.app import create_app
    from kg.cli import build_parser

    assert build_parser().parse_args(["serve", "--no-relate-pending"]).no_relate_pending is True
    assert build_parser().parse_args(["serve"]).no_relate_pending is False
    store, written = _store_with_pending_articles(tmp_path / "store")
    store.close()
    for how in ("argument", "environment"):
        if how == "environment":
            monkeypatch.setenv("SANAD_RELATE_PENDING", "0")
        app = create_app(str(tmp_path / "store"), users=str(tmp_path / "users.json"),
                         relate_pending=False if how == "argument" else None)
        with TestClient(app) as client:
            assert client.get("/api/stats").status_code == 200
            assert app.state.jobs.relating_pending is None
    monkeypatch.setenv("SANAD_RELATE_PENDING", "no")
    with pytest.raises(ValueError, match="SANAD_RELATE_PENDING"):
        create_app(str(tmp_path / "store"))
