"""The source table (kg.repository): read whole once per store generation, or for the sources a page
shows alone while it is not read yet (a server's first pages need not wait for it), with the same
rows either way; and one thread computes a cached value while the others wait for it."""

from __future__ import annotations

import threading
import time

from kg.repository import Repository
from kg.store import OxigraphStore


def _repo(seed_store_dir) -> Repository:
    return Repository(OxigraphStore(seed_store_dir, read_only=True))


def test_sources_read_apart_equal_the_whole_table(seed_store_dir):
    whole = _repo(seed_store_dir)._sources()
    assert len(whole) >= 5 and all(r["srcType"] for r in whole.values())
    iris = sorted(whole)
    repo = _repo(seed_store_dir)
    some = repo._sources_of(iris[:3] + ["https://example.org/not-a-source"])
    assert some == {i: whole[i] for i in iris[:3]}
    assert repo._fresh("sources-table") is None  # the whole table was not read for them
    assert repo._sources_of(iris) == whole


def test_a_claim_list_before_the_table_reads_its_sources_alone(seed_store_dir):
    """Search and the relations list on a repository that has not read the table: the same claims
    and relations as one that has, and still no whole table."""
    warm, cold = _repo(seed_store_dir), _repo(seed_store_dir)
    warm._sources()
    assert cold.search("تدمر") == warm.search("تدمر") != []
    assert cold.relations() == warm.relations() != []
    assert cold._fresh("sources-table") is None


def test_one_thread_computes_a_cached_value_the_others_wait_for_it(seed_store_dir):
    repo = _repo(seed_store_dir)
    calls = []

    def slow():
        calls.append(1)
        time.sleep(0.3)
        return {"n": len(calls)}

    got = []
    threads = [threading.Thread(target=lambda: got.append(repo._cached("slow", slow))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == [1] and got == [{"n": 1}] * 4
