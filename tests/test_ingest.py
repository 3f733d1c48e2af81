"""Ingest: idempotence, replacement of exactly one article graph, and bad input."""

from __future__ import annotations

import json
import shutil

import pytest

from kg.ingest import ingest
from kg.repository import Repository
from kg.store import StoreError, open_store

from .conftest import SEEDS, sanad


def _dump(store) -> set[bytes]:
    return set(store.export("nquads").splitlines())


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "store")
    yield s
    s.close()


def test_ingesting_twice_leaves_the_graph_unchanged(store):
    r1 = ingest([str(SEEDS)], store, progress=False)
    first = _dump(store)
    r2 = ingest([str(SEEDS)], store, progress=False)
    assert r1.new == 1 and r2.replaced == 1 and r2.new == 0
    assert _dump(store) == first
    assert r1.errors == [] and r1.relations.get("contradicts", 0) >= 1


def test_one_named_graph_per_article_and_provenance(store):
    ingest([str(SEEDS)], store, progress=False)
    graphs = store.graphs()
    assert sum("/graph/article/" in g for g in graphs) == 1
    assert any(g.endswith("/graph/relations") for g in graphs) and any(g.endswith("/graph/sources") for g in graphs)
    assert store.ask("""PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX sanad: <https://w3id.org/sanad/ns#>
        ASK { GRAPH ?g { ?g a sanad:ArticleGraph ; prov:wasGeneratedBy ?act .
                         ?act prov:wasAssociatedWith ?sw . ?sw a prov:SoftwareAgent } }""")


def test_reingesting_a_changed_article_replaces_exactly_its_graph(store, tmp_path, seed_text):
    a = tmp_path / "a.json"
    b = tmp_path / "b.json"
    a.write_text(json.dumps({"url": "https://example.org/a", "text": "قال المرصد السوري إن الاشتباكات مستمرة في تدمر."},
                            ensure_ascii=False), encoding="utf-8")
    b.write_text(json.dumps({"url": "https://example.org/b", "text": "أعلن التلفزيون السوري أن الجيش دخل حمص."},
                            ensure_ascii=False), encoding="utf-8")
    ingest([str(a), str(b)], store, progress=False)
    repo = Repository(store)
    b_claims = {c["key"] for c in repo.all_claims() if "حمص" in c["text"]}
    a.write_text(json.dumps({"url": "https://example.org/a", "text": "نفى المرصد السوري أن الجيش دخل تدمر."},
                            ensure_ascii=False), encoding="utf-8")
    r = ingest([str(a)], store, progress=False)
    assert r.replaced == 1
    texts = [c["text"] for c in repo.all_claims()]
    assert not any("مستمرة" in t for t in texts)  # the old version is gone
    assert any("دخل تدمر" in t for t in texts)
    assert {c["key"] for c in repo.all_claims() if "حمص" in c["text"]} == b_claims  # the other is untouched


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    ("latin1.txt", "قال".encode("utf-8")[:1] + b"\xe9t\xe9", "not valid UTF-8"),
    ("broken.json", b'{"text": "abc",', "malformed JSON"),
    ("notext.json", b'{"title": "x"}', "no 'text' or 'content'"),
    ("list.jsonl", b'\n[1, 2]\n', "expected a JSON object"),
    ("image.png", b"\x89PNG", "unsupported file type"),
    ("baddate.json", '{"text": "قال كيري إن المحادثات مفيدة.", "date": "25/03/2016"}'.encode(), "not an ISO 8601 date"),
])
def test_bad_files_get_a_one_line_error_naming_the_file_and_lose_nothing(store, tmp_path, name, content, message):
    ingest([str(SEEDS)], store, progress=False)
    before = _dump(store)
    bad = tmp_path / name
    bad.write_bytes(content)
    r = ingest([str(bad)], store, progress=False)
    assert r.errors, "expected an error"
    assert any(name in e and message in e for e in r.errors), r.errors
    assert all("\n" not in e for e in r.errors)
    assert _dump(store) == before


def test_batch_goes_on_past_bad_files(store, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-bad.txt").write_bytes(b"\xff\xfe\x00bad")
    shutil.copy(SEEDS / "palmyra-kerry-lavrov.ar.txt", folder / "b-good.txt")
    (folder / "c.jsonl").write_text('{"content": "قالت الأمم المتحدة إن المساعدات وصلت إلى حلب.", "source": "صحيفة"}\n'
                                    "{oops\n", encoding="utf-8")
    r = ingest([str(folder)], store, progress=False)
    assert r.articles == 2 and len(r.errors) == 2
    assert any("c.jsonl:2" in e for e in r.errors)


def test_huge_article_is_refused_not_truncated(store, tmp_path, monkeypatch):
    import kg.reader

    monkeypatch.setattr(kg.reader, "MAX_TEXT_CHARS", 1000)
    big = tmp_path / "big.txt"
    big.write_text("قال كيري إن " + "كلام " * 1000, encoding="utf-8")
    r = ingest([str(big)], store, progress=False)
    assert r.articles == 0 and "too large" in r.errors[0]


def test_sidecar_metadata_is_read(store):
    ingest([str(SEEDS)], store, progress=False)
    arts = Repository(store).articles()
    assert arts[0]["date"] == "2016-03-25" and "تدمر" in arts[0]["title"]


def test_cli_ingest_exit_code_and_summary(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    proc = sanad("ingest", str(SEEDS), str(bad), "--store", str(tmp_path / "s"), "--quiet", "--format", "json",
                 check=False)
    assert proc.returncode == 1
    summary = json.loads(proc.stdout)
    assert summary["articles"] == 1 and len(summary["errors"]) == 1 and "bad.txt" in summary["errors"][0]
    assert "bad.txt: empty file" in proc.stderr


def test_a_locked_store_gives_a_clear_error(tmp_path):
    s = open_store(tmp_path / "locked")
    try:
        with pytest.raises(StoreError, match="in use"):
            open_store(tmp_path / "locked")
    finally:
        s.close()
