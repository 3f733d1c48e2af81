"""Backup and restore: `sanad export --format trig` then `sanad restore` into an empty store
gives the same quads (articles, sources, vocabulary, relations with reprint links, reviews),
and a bad dump changes nothing."""

from __future__ import annotations

import pytest

from kg.repository import Repository
from kg.reviews import REVIEWS_GRAPH, Reviews
from kg.store import open_store
from kg.users import User

from .conftest import SEEDS, sanad
from .test_reprints import write_reprint_articles

GRAPH = "https://w3id.org/sanad/id/graph/"


def _quads(store) -> list[str]:
    """The store's quads as sorted N-Quads lines (exported by the real command)."""
    out = sanad("export", "--store", str(store), "--format", "nquads").stdout
    return sorted(line for line in out.splitlines() if line.strip())


@pytest.fixture(scope="module")
def backup(tmp_path_factory):
    """Store A: the seed plus a wire text printed twice (a reprint link) and two verdicts;
    its TriG dump."""
    base = tmp_path_factory.mktemp("backup")
    arts = base / "articles"
    write_reprint_articles(arts)
    a = base / "A"
    sanad("ingest", str(SEEDS), str(arts), "--store", str(a), "--quiet")
    store = open_store(a)  # verdicts as the review form records them
    try:
        repo = Repository(store)
        keys = [c["key"] for c in repo.all_claims()]
        reviews = Reviews(store, repo)
        reem = User("reem", "Reem H")
        reviews.record(keys[0], "misleading", "First reading.", reem, evidence=["https://example.org/a"])
        reviews.record(keys[0], "false", "Second reading.", reem, supporting_keys=[keys[1]])
    finally:
        store.close()
    dump = base / "backup.trig"
    dump.write_bytes(sanad("export", "--store", str(a), "--format", "trig").stdout.encode("utf-8"))
    return base, a, dump


def test_export_then_restore_into_an_empty_store_gives_identical_quads(backup):
    base, a, dump = backup
    want = _quads(a)
    graphs = {line.rsplit(" ", 2)[-2] for line in want}
    for g in ("sources", "vocabulary", "relations", "reviews"):
        assert f"<{GRAPH}{g}>" in graphs, g
    assert sum(g.startswith(f"<{GRAPH}article/") for g in graphs) == 4
    assert any("#reprintOf>" in line for line in want), "the dump should hold a reprint link"
    assert any("ClaimReview" in line and f"<{REVIEWS_GRAPH}>" in line for line in want)

    b = base / "B"
    proc = sanad("restore", str(dump), "--store", str(b))
    assert f"restored {len(want)} quads in {len(graphs)} graph(s)" in proc.stderr
    assert _quads(b) == want
    # N-Quads in, by suffix, just as well
    nq = base / "backup.nq"
    nq.write_text("\n".join(want) + "\n", encoding="utf-8")
    sanad("restore", str(nq), "--store", str(base / "B-nq"))
    assert _quads(base / "B-nq") == want


def test_restore_into_a_store_that_is_not_empty_is_refused_unless_replace(backup):
    base, a, dump = backup
    c = base / "C"
    sanad("ingest", str(SEEDS / "palmyra-kerry-lavrov.ar.txt"), "--store", str(c), "--quiet", "--no-parse")
    before = _quads(c)
    proc = sanad("restore", str(dump), "--store", str(c), check=False)
    assert proc.returncode == 2
    assert "not empty" in proc.stderr and "--replace" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert _quads(c) == before
    # --replace: each graph of the dump replaces the store's graph of that name
    extra = "<https://example.org/s> <https://example.org/p> \"kept\" <https://example.org/other-graph> .\n"
    (base / "extra.nq").write_text(extra, encoding="utf-8")
    sanad("restore", str(base / "extra.nq"), "--store", str(c), "--replace")
    proc = sanad("restore", str(dump), "--store", str(c), "--replace")
    assert "1 graph(s) not in the dump left as they were" in proc.stderr
    assert _quads(c) == sorted(_quads(a) + [extra.strip()])


@pytest.mark.parametrize("damage", ["truncated", "malformed", "utf-16", "latin-1", "empty"])
def test_a_bad_dump_fails_with_one_line_and_changes_nothing(backup, damage):
    base, a, dump = backup
    text = dump.read_text(encoding="utf-8")
    bad = base / f"bad-{damage}.trig"
    if damage == "truncated":
        bad.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    elif damage == "malformed":
        bad.write_text(text.replace(" ;\n", " ,,\n", 1), encoding="utf-8")
    elif damage == "utf-16":
        bad.write_bytes(text.encode("utf-16"))
    elif damage == "latin-1":
        bad.write_bytes(text.replace("الجيش", "caf\u00e9").encode("latin-1", "replace"))
    else:
        bad.write_bytes(b"")
    # a store with data, even with --replace, is left as it was
    target = base / f"target-{damage}"
    sanad("restore", str(dump), "--store", str(target))
    before = _quads(target)
    proc = sanad("restore", str(bad), "--store", str(target), "--replace", check=False)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"sanad: error: {bad}"), proc.stderr
    assert "nothing was restored" in lines[0]
    if damage in ("utf-16", "latin-1"):
        assert "UTF-8" in lines[0]
    if damage == "truncated":
        assert "Unexpected end" in lines[0]
    assert _quads(target) == before
    # and a new store directory is not even created
    fresh = base / f"fresh-{damage}"
    assert sanad("restore", str(bad), "--store", str(fresh), check=False).returncode == 2
    assert not fresh.exists()


def test_restore_help_says_the_users_file_is_not_in_the_store():
    out = " ".join(sanad("restore", "--help").stdout.split())
    assert "sanad-users.json" in out and "Not in the store" in out
    proc = sanad("restore", "backup.ttl", "--store", "/nonexistent/x", check=False)
    assert proc.returncode == 2 and "--format" in proc.stderr
