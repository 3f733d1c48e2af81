"""Virtuoso 7.2's result habits normalized to SPARQL 1.1 (kg.store._standard_results). The bodies
below are what Virtuoso 7.2.5 (Debian virtuoso-opensource-7-bin) answered here to a SELECT and an
ASK posted as forms with Accept: application/sparql-results+json."""

from __future__ import annotations

import json

import pytest

from kg.store import StoreError, _standard_results

SELECT_BODY = b'''{ "head": { "link": [], "vars": ["o"] },
  "results": { "distinct": false, "ordered": true, "bindings": [
    { "o": { "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#nonNegativeInteger", "value": "1" }} ] } }'''
ASK_TRUE = b'''{ "head": { "link": [], "vars": ["__ASK_RETVAL"] },
  "results": { "distinct": false, "ordered": true, "bindings": [
    { "__ASK_RETVAL": { "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "1" }} ] } }'''
ASK_FALSE = b'''{ "head": { "link": [], "vars": ["__ASK_RETVAL"] },
  "results": { "distinct": false, "ordered": true, "bindings": [ ] } }'''


def test_typed_literals_become_sparql_11_literals():
    out = json.loads(_standard_results(SELECT_BODY, "solutions", "json"))
    assert out["head"]["vars"] == ["o"]
    assert out["results"]["bindings"] == [{"o": {"type": "literal", "value": "1",
                                                 "datatype": "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"}}]
    assert b"typed-literal" not in _standard_results(SELECT_BODY, "solutions", "xml")
    assert _standard_results(SELECT_BODY, "solutions", "tsv").splitlines()[1] == \
        b'"1"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>'


@pytest.mark.parametrize("body, answer", [(ASK_TRUE, True), (ASK_FALSE, False)])
def test_ask_answered_as_a_select_becomes_a_boolean(body, answer):
    assert json.loads(_standard_results(body, "boolean", "json")) == {"head": {}, "boolean": answer}
    assert f"<boolean>{str(answer).lower()}</boolean>".encode() in _standard_results(body, "boolean", "xml")


def test_a_standard_boolean_passes_unchanged():
    assert json.loads(_standard_results(b'{"head":{},"boolean":true}', "boolean", "json"))["boolean"] is True


def test_results_that_do_not_parse_are_a_store_error():
    with pytest.raises(StoreError, match="do not parse"):
        _standard_results(b"<html>proxy error</html>", "solutions", "json")
