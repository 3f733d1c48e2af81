"""`sanad ingest --store URL` into Virtuoso 7, the way a newsroom scales out: the seed goes in through the
command, relations and per-source counts included, and reads back as it does from the embedded store. Virtuoso
7.2.5 cannot compile `!?x` inside COALESCE (SP031 "unsupported mode for 'not(X)'"), which the per-source counts
update used: every ingest into Virtuoso failed in its relating step until session 11."""

from __future__ import annotations

import json

import pytest

from kg.repository import Repository
from kg.store import SparqlStore

from .conftest import ROOT, free_port, sanad
from .virtuoso import ISQL, VIRTUOSO, Virtuoso

pytestmark = pytest.mark.skipif(VIRTUOSO is None or ISQL is None,
                                reason="Virtuoso 7 (Debian virtuoso-opensource-7-bin) is not installed")


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso-ingest"), free_port(), free_port())
    yield server
    server.stop()


def test_the_seed_goes_into_virtuoso_through_sanad_ingest(virtuoso, tmp_path, monkeypatch):
    monkeypatch.setenv("SANAD_SEARCH_INDEX", str(tmp_path / "search.sqlite"))
    run = sanad("ingest", str(ROOT / "seeds"), "--store", virtuoso.url, "--no-parse", "--format", "json", "--quiet", check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads(run.stdout)
    assert report["claims"] == 18
    repo = Repository(SparqlStore(virtuoso.url))
    kinds = [r["relation"] for r in repo.relations()]
    assert kinds.count("contradicts") == 3 and kinds.count("supports") == 1
