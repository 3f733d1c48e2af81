"""The official W3C SPARQL 1.1 query tests, run through Sanad's HTTP endpoint.

Every test must pass except those listed, with their reason, in
tests/w3c_expected_failures.txt; a listed test that starts passing is reported too
(strict xfail), so the list cannot go stale.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import Server
from .w3c import SUITE, Runner, collect

TOKEN = "w3c-conformance-token"
EXPECTED = Path(__file__).with_name("w3c_expected_failures.txt")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

pytestmark = pytest.mark.skipif(not SUITE.exists(), reason=f"W3C test suite not found at {SUITE}")

TESTS = collect() if SUITE.exists() else []


def _expected_failures() -> dict[str, str]:
    out = {}
    for line in EXPECTED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            tid, _, reason = line.partition(" ")
            out[tid] = reason.strip().lstrip("# ").strip()
    return out


FAILURES = _expected_failures()
RESULTS: dict[str, tuple[bool, str]] = {}


@pytest.fixture(scope="module")
def runner(tmp_path_factory):
    srv = Server(tmp_path_factory.mktemp("w3c") / "store", env={"SANAD_WRITE_TOKEN": TOKEN})
    yield Runner(srv.url, TOKEN)
    srv.stop()
    ARTIFACTS.mkdir(exist_ok=True)
    passed = sum(ok for ok, _ in RESULTS.values())
    (ARTIFACTS / "w3c-sparql11.json").write_text(json.dumps({
        "passed": passed, "failed": len(RESULTS) - passed,
        "failures": {k: why for k, (ok, why) in sorted(RESULTS.items()) if not ok}}, indent=2, ensure_ascii=False))


@pytest.mark.parametrize("test", TESTS, ids=[t.id for t in TESTS])
def test_w3c(runner, test):
    ok, why = runner.run(test)
    RESULTS[test.id] = (ok, why)
    if test.id in FAILURES:
        if ok:
            pytest.fail(f"{test.id} is listed as an expected failure ({FAILURES[test.id]}) but passes now: "
                        "remove it from tests/w3c_expected_failures.txt")
        pytest.xfail(FAILURES[test.id])
    assert ok, why
