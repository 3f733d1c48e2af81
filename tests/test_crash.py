"""Crash safety under SIGKILL, bounded for the default suite (the full run over the 449 corpus
articles, with the parse too, is `python bench/crash_bench.py`)."""

from __future__ import annotations

import random

import pytest

from bench.crash_bench import (CORPUS, first_articles, graphs_of, kill_ingests, kill_user_writes,
                               kill_verdict_writes, reference_run)

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason=f"{CORPUS} (the shared corpus) is missing")


def test_killed_ingests_leave_whole_graphs_and_a_rerun_gives_the_uninterrupted_store(tmp_path):
    data = first_articles(24, tmp_path)
    reference = reference_run(data, tmp_path / "reference", parse=False)
    assert sum("/graph/article/" in g for g in reference.graphs) == 24
    assert any(g.endswith("/graph/relations") for g in reference.graphs)
    report = kill_ingests(data, tmp_path / "killed", reference, kills=5, rng=random.Random(16), parse=False,
                          label="test")
    assert report.problems == []
    assert report.tried >= 3 and report.survived == report.tried
    assert report.final_equal


def test_a_graph_that_differs_from_the_uninterrupted_run_is_reported(tmp_path):
    """The check above can fail: a store with one quad missing from an article graph is damage."""
    from bench.crash_bench import Reference, damage
    from kg.store import OxigraphStore

    store = OxigraphStore(tmp_path / "store")
    g = "https://w3id.org/sanad/id/graph/article/x"
    store.replace_graph(g, "<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> <urn:d> .")
    full = store.export("nquads")
    store.replace_graph(g, "<urn:a> <urn:b> <urn:c> .")
    store.close()
    problems, present = damage(tmp_path / "store", Reference(full, graphs_of(full), 1.0))
    assert present == 1 and len(problems) == 1 and "1 missing" in problems[0]


def test_killed_user_writes_never_corrupt_or_lose_the_users_file(tmp_path):
    report = kill_user_writes(tmp_path, cli_kills=4, loop_kills=3, rng=random.Random(16))
    assert report.problems == []
    assert report.tried == 7 and report.acknowledged >= 2


def test_a_killed_server_loses_no_acknowledged_verdict(tmp_path):
    report = kill_verdict_writes(tmp_path, kills=2, rng=random.Random(16))
    assert report.problems == []
    assert report.tried == 2 and report.acknowledged > 0


def test_users_added_at_once_by_two_processes_are_all_kept(tmp_path):
    """`sanad user add` reads, changes and rewrites the file: without a lock, two at once lose one."""
    import subprocess
    import sys

    from bench.crash_bench import ROOT, _env

    path = tmp_path / "users.json"
    adders = [subprocess.Popen([sys.executable, "-c", f"""
from kg.users import UserDirectory
users = UserDirectory({str(path)!r})
for i in range(6):
    users.add("p{p}-" + str(i), "correct horse battery")
"""], cwd=ROOT, env=_env()) for p in range(2)]
    assert [a.wait(120) for a in adders] == [0, 0]
    from kg.users import UserDirectory

    assert sorted(u.name for u in UserDirectory(path).list()) == sorted(f"p{p}-{i}" for p in range(2) for i in range(6))
    assert [f.name for f in tmp_path.iterdir() if ".tmp-" in f.name] == []
