"""schemathesis against a real `sanad serve` (uvicorn): no request, however odd, gets a 500.

Two descriptions are fuzzed: the published OpenAPI (/openapi.json: the JSON API, /sparql, the
Graph Store, VoID), and the same app's every route — pages, cards, oEmbed, sign-in, the verdict
form — described by FastAPI from the route signatures with nothing hidden (so the parameters are
the real ones, not a copy), plus the parameters that /sparql and /graph-store read by hand.
Examples per operation are bounded so the whole module runs in about a minute."""

from __future__ import annotations

import warnings

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from .conftest import http_get

EXAMPLES = 12  # per operation and mode: 33 operations → about 1,000 requests


def every_route_description() -> dict:
    """OpenAPI for every route of the app, pages included (they are left out of /openapi.json)."""
    import copy

    from fastapi.openapi.utils import get_openapi
    from fastapi.routing import APIRoute

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from api import auth, cards, graph_store, jobs, json_api, pages, sparql

        routes = []
        for module in (pages, auth, cards, json_api, jobs, sparql, graph_store):
            for route in module.router.routes:
                if isinstance(route, APIRoute):
                    route = copy.copy(route)  # the app's own routes keep what /openapi.json shows
                    route.include_in_schema = True
                    routes.append(route)
        spec = get_openapi(title="Sanad (every route)", version="test", routes=routes)
    text = {"schema": {"type": "string"}}
    spec["paths"].setdefault("/sparql", {})["get"] = {"parameters": [
        {"name": "query", "in": "query", **text}, {"name": "default-graph-uri", "in": "query", **text},
        {"name": "format", "in": "query", **text}], "responses": {"200": {"description": "results"}}}
    spec["paths"]["/sparql"]["post"] = {"requestBody": {"content": {"application/x-www-form-urlencoded": {
        "schema": {"type": "object", "properties": {"query": {"type": "string"}, "update": {"type": "string"}}}}}},
        "responses": {"200": {"description": "results"}}}
    spec["paths"].setdefault("/graph-store", {})["get"] = {"parameters": [{"name": "graph", "in": "query", **text}],
                                                           "responses": {"200": {"description": "a graph"}}}
    return spec


SCHEMA = schemathesis.openapi.from_dict(every_route_description())
OPERATIONS = {f"{op.method.upper()} {op.path}": op for op in (r.ok() for r in SCHEMA.get_all_operations())
              if not op.path.startswith(("/static", "/docs", "/redoc", "/openapi"))}
# 5xx answers that are the documented contract, not faults: oEmbed's 501 for a format it does
# not serve (oEmbed 1.0 §2.3.4); /sparql's 503 for a query past the time/memory limits
DOCUMENTED_5XX = {"/oembed": (501,), "/sparql": (503,)}
REQUESTS_SENT: dict[str, int] = {}  # operation → generated requests sent (reported at the end)
BOUNDED = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                   suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def claim_key(server) -> str:
    """A stored claim's key, so that query parameters are also fuzzed on pages that exist."""
    return requests.get(f"{server.url}/api/search", params={"q": "تدمر"}, timeout=30).json()["items"][0]["key"]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE, "stored key"])
@pytest.mark.parametrize("label", sorted(OPERATIONS))
def test_no_route_answers_500(server, claim_key, label, mode):
    operation = OPERATIONS[label]
    if mode == "stored key":
        if "{key}" not in operation.path:
            pytest.skip("no {key} in the path")
        strategy = operation.as_strategy(GenerationMode.POSITIVE, path_parameters={"key": claim_key})
    else:
        strategy = operation.as_strategy(mode)

    @given(case=strategy)
    @BOUNDED
    def no_server_error(case):
        response = case.call(base_url=server.url, timeout=30)
        REQUESTS_SENT[label] = REQUESTS_SENT.get(label, 0) + 1
        documented = DOCUMENTED_5XX.get(case.path, ())
        assert response.status_code < 500 or response.status_code in documented, (
            f"{response.status_code} for {response.request.method} {response.request.url}:\n{response.text[:500]}")

    try:
        no_server_error()
    except Unsatisfiable:
        if mode != GenerationMode.NEGATIVE:
            raise
        pytest.skip("no parameter that a request could break")


# What the fuzzing found (each was a 500), kept as plain regressions
def test_an_invalid_dataset_iri_on_sparql_is_a_400(server):
    for name in ("default-graph-uri", "named-graph-uri"):
        r = requests.get(f"{server.url}/sparql", params={"query": "ASK {}", name: "\U000e0000 \\"}, timeout=30)
        assert r.status_code == 400 and "must be absolute IRIs" in r.text, (r.status_code, r.text)
        r = requests.post(f"{server.url}/sparql", data={"query": "ASK {}", name: "no scheme"}, timeout=30)
        assert r.status_code == 400 and "must be absolute IRIs" in r.text, (r.status_code, r.text)


def test_an_invalid_graph_iri_on_the_graph_store_is_a_400(server):
    for graph in (":", "a b:c", "http://example.org/{x}"):
        r = requests.get(f"{server.url}/graph-store", params={"graph": graph}, timeout=30)
        assert r.status_code == 400 and "absolute IRI" in r.text, (graph, r.status_code, r.text)


def test_a_huge_offset_is_a_422(server):
    for path in ("/api/search?q=0&", "/api/articles?", "/api/relations?"):
        r = requests.get(f"{server.url}{path}limit=1&offset=18446744073709551615", timeout=30)
        assert r.status_code == 422, (path, r.status_code, r.text[:300])


def test_the_published_description_is_fuzzed_too(server):
    """Every operation of /openapi.json is among those fuzzed above."""
    published = requests.get(f"{server.url}/openapi.json", timeout=30).json()
    ops = {f"{m.upper()} {p}" for p, item in published["paths"].items() for m in item}
    assert ops and ops <= set(OPERATIONS)


def test_server_still_answers_after_the_fuzzing(server):
    if REQUESTS_SENT:  # when the fuzzing ran in this session (not deselected)
        print(f"\nschemathesis: {sum(REQUESTS_SENT.values())} requests over {len(REQUESTS_SENT)} operations")
        assert len(REQUESTS_SENT) == len(OPERATIONS)
    assert '"claims"' in http_get(f"{server.url}/api/stats")
    assert requests.get(f"{server.url}/", timeout=30).status_code == 200
