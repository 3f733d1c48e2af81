"""Extraction in worker processes (`sanad ingest --workers N`): the store ends quad for quad as an
in-process ingest leaves it, writes keep article order, the window of articles in flight is
bounded, and the progress bar counts articles."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from kg.ingest import count_articles, ingest, ingest_items
from kg.reader import Item, discover, read
from kg.store import open_store
from kg.workers import IN_FLIGHT_PER_WORKER, MIN_ARTICLES_PER_WORKER, InProcess, ProcessPool, WorkersError, workers_for

from .conftest import SEED_FILE, sanad


def seed_articles(directory: Path) -> Path:
    """A JSONL batch cut from the seed article: its paragraphs three by three (they share sources,
    so each article's source names depend on the articles written before it), the whole seed, a
    malformed line, and the first article again with new text under the same URL (the later
    version must win, so writes must keep article order)."""
    paras = [p for p in SEED_FILE.read_text(encoding="utf-8").split("\n") if p.strip()]
    rows = [{"url": f"https://example.org/part-{i}", "publisher": ["سانا", "الجزيرة"][i % 2],
             "date": f"2016-03-{20 + i % 8:02d}", "text": "\n".join(paras[i:i + 3])} for i in range(0, len(paras), 3)]
    rows.append({"url": "https://example.org/whole", "date": "2016-03-26", "text": "\n".join(paras)})
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(3, '{"text": "broken')
    lines.append(json.dumps({**rows[0], "text": "\n".join(paras[-3:])}, ensure_ascii=False))
    path = directory / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ingested(tmp_path: Path, name: str, batch: Path, **kw):
    store = open_store(tmp_path / name)
    try:
        report = ingest([str(batch)], store, progress=False, **kw)
        return report, set(store.export("nquads").splitlines())
    finally:
        store.close()


def test_two_workers_leave_the_same_store_as_one(tmp_path):
    batch = seed_articles(tmp_path)
    one, quads_one = _ingested(tmp_path, "one", batch, parse=False, workers=1)
    two, quads_two = _ingested(tmp_path, "two", batch, parse=False, workers=2)
    articles = sum(1 for i in read(batch) if i.article)
    assert one.articles == two.articles == articles > 5 and one.replaced == 1 and one.claims > 20
    assert one.to_json() == two.to_json()
    assert len(two.errors) == 1 and ":4: malformed JSON" in two.errors[0]
    assert quads_two == quads_one
    # the later version of part-0 is the one stored: its text is the seed's last paragraphs
    last = [p for p in SEED_FILE.read_text(encoding="utf-8").split("\n") if p.strip()][-1]
    lines = [q.decode("utf-8") for q in quads_two]
    part0 = {q.split(" ", 1)[0] for q in lines if '"https://example.org/part-0"' in q}
    assert len(part0) == 1
    subject = part0.pop()
    texts = [q for q in lines if q.startswith(f"{subject} <http://schema.org/text> ")]
    assert len(texts) == 1 and json.dumps(last[:40], ensure_ascii=False)[1:-1] in texts[0]


def test_two_workers_with_the_stanza_parse_leave_the_same_store_as_one(tmp_path, monkeypatch):
    items = [i for i in read(seed_articles(tmp_path)) if i.article][:3]
    monkeypatch.setattr("kg.workers.MIN_ARTICLES_PER_WORKER", 1)  # three articles, yet two processes
    made = []
    monkeypatch.setattr("kg.ingest.workers_for", lambda *a, **kw: made.append(workers_for(*a, **kw)) or made[-1])
    stores = {}
    for n in (1, 2):
        store = open_store(tmp_path / f"parse-{n}")
        try:
            report = ingest_items(items, store, progress=False, parse=True, relate=False, workers=n)
            stores[n] = set(store.export("nquads").splitlines())
        finally:
            store.close()
        assert report.articles == 3 and not report.errors
    assert [type(w) for w in made] == [InProcess, ProcessPool]
    assert stores[2] == stores[1]
    assert any(b'"rules-v2+stanza"' in q for q in stores[2])


def test_results_come_back_in_article_order_with_errors_in_place(tmp_path):
    items = list(read(seed_articles(tmp_path)))
    with ProcessPool(2, parse=False) as pool:
        back = list(pool.extract_all(items))
    assert [b.item.origin for b in back] == [i.origin for i in items]
    assert [b.error is not None for b in back] == [i.error is not None for i in items]
    assert all(b.extraction.article is not None and b.extraction.article.url == i.article.url
               for b, i in zip(back, items) if i.article)


def test_at_most_a_window_of_articles_is_in_flight(tmp_path):
    items = [i for i in read(seed_articles(tmp_path)) if i.article] * 4
    pulled = 0

    def source():
        nonlocal pulled
        for item in items:
            pulled += 1
            yield item

    with ProcessPool(2, parse=False) as pool:
        assert pool.window == 2 * IN_FLIGHT_PER_WORKER < len(items)
        for returned, _ in enumerate(pool.extract_all(source()), 1):
            assert pulled - returned < pool.window
    assert pulled == len(items)


def test_a_worker_that_dies_is_one_clear_error(tmp_path):
    items = [i for i in read(seed_articles(tmp_path)) if i.article]
    with ProcessPool(2, parse=False) as pool:
        results = pool.extract_all(items)
        next(results)
        for pid in list(pool.pool._processes):
            os.kill(pid, signal.SIGKILL)
        with pytest.raises(WorkersError, match="extraction worker process died"):
            list(results)


def test_one_worker_runs_in_process_and_a_few_articles_start_few_workers():
    assert isinstance(workers_for(parse=False, workers=1), InProcess)
    assert isinstance(workers_for(parse=False, workers=8, articles=MIN_ARTICLES_PER_WORKER), InProcess)
    with workers_for(parse=False, workers=8, articles=3 * MIN_ARTICLES_PER_WORKER) as pool:
        assert isinstance(pool, ProcessPool) and pool.pool._max_workers == 3
    with workers_for(parse=False, workers=2) as pool:  # a stream of unknown length: as many as asked
        assert isinstance(pool, ProcessPool) and pool.pool._max_workers == 2


def test_a_short_stream_is_counted_before_the_pool_is_sized(tmp_path, capsys, monkeypatch):
    items = [i for i in read(seed_articles(tmp_path)) if i.article][:3]
    sized = []
    monkeypatch.setattr("kg.ingest.workers_for", lambda *a, **kw: sized.append(kw["articles"]) or InProcess(False))
    store = open_store(tmp_path / "store")
    try:
        report = ingest_items(iter(items), store, progress=True, parse=False, relate=False, workers=2)
    finally:
        store.close()
    assert sized == [3] and report.articles == 3 and "3/3" in capsys.readouterr().err


def test_counting_articles_agrees_with_the_reader(tmp_path):
    batch = seed_articles(tmp_path)
    (tmp_path / "list.json").write_text(json.dumps([{"text": "أ"}, {"text": "ب"}, 3]), encoding="utf-8")
    (tmp_path / "empty.json").write_text("[]", encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    (tmp_path / "blank.jsonl").write_text("\n \n", encoding="utf-8")
    (tmp_path / "one.txt").write_text("قال الوزير إن الوضع هادئ.", encoding="utf-8")
    (tmp_path / "latin1.jsonl").write_bytes('{"text": "é"}\n'.encode("latin-1"))
    (tmp_path / "sep.jsonl").write_text('{"text": "a\u2028b"}\n{"text": "c"}\n', encoding="utf-8")
    (tmp_path / "nul.jsonl").write_bytes(b'{"text": "a"}\n\x00\n{"text": "b"}\n')
    files = discover([str(tmp_path)])
    assert batch in files and len(files) == 9
    assert count_articles(files) == sum(1 for f in files for _ in read(f))
    assert count_articles([*files, "https://example.org/feed.xml"]) is None  # a feed: known once fetched


def test_the_progress_bar_counts_articles_with_a_total(tmp_path, capsys):
    batch = seed_articles(tmp_path)
    store = open_store(tmp_path / "store")
    try:
        ingest([str(batch)], store, progress=True, parse=False, workers=2)
    finally:
        store.close()
    err = capsys.readouterr().err
    items = sum(1 for _ in read(batch))  # articles and the malformed line: not "1/1 files"
    assert items > 5 and f"{items}/{items}" in err and "article/s" in err


def test_progress_takes_a_list_length_as_its_total(tmp_path, capsys):
    items = [Item("x", error="x: bad"), Item("y", error="y: bad")]
    store = open_store(tmp_path / "store")
    try:
        ingest_items(items, store, progress=True, parse=False, relate=False)
    finally:
        store.close()
    assert "2/2" in capsys.readouterr().err


def test_cli_workers_option(tmp_path):
    batch = seed_articles(tmp_path)
    out = sanad("ingest", str(batch), "--store", str(tmp_path / "s"), "--workers", "2", "--no-parse", "--quiet",
                "--format", "json", check=False)
    assert out.returncode == 1  # the malformed line
    assert json.loads(out.stdout)["articles"] == sum(1 for i in read(batch) if i.article)
    bad = sanad("ingest", str(batch), "--store", str(tmp_path / "s"), "--workers", "0", check=False)
    assert bad.returncode == 2 and bad.stderr.strip() == "sanad: error: --workers must be 1 or more, not 0"


def test_missing_parse_models_in_the_workers_are_one_clear_error(tmp_path):
    batch = seed_articles(tmp_path)
    out = sanad("ingest", str(batch), "--store", str(tmp_path / "s"), "--workers", "2", "--quiet", check=False,
                env={"SANAD_STANZA_DIR": str(tmp_path / "no-models")})
    assert out.returncode == 2
    assert out.stderr.startswith("sanad: error: stanza model file(s) missing") and "Traceback" not in out.stderr
