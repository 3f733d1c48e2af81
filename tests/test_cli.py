"""`sanad query` and `sanad export` on a real store."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Dataset, Graph

from .conftest import ROOT, sanad


def test_query_json_csv_table(seed_store_dir):
    q = "SELECT (COUNT(?c) AS ?n) WHERE { ?c a schema:Claim }"
    out = json.loads(sanad("query", q, "--store", str(seed_store_dir), "--format", "json").stdout)
    n = int(out["results"]["bindings"][0]["n"]["value"])
    assert n >= 15
    rows = list(csv.reader(io.StringIO(sanad("query", q, "--store", str(seed_store_dir), "--format", "csv").stdout)))
    assert rows[0] == ["n"] and int(rows[1][0]) == n
    table = sanad("query", q, "--store", str(seed_store_dir)).stdout
    assert str(n) in table and "(1 row)" in table


def test_query_from_rq_files(seed_store_dir):
    out = json.loads(sanad("query", "@" + str(ROOT / "ontology/queries/contradictions.rq"), "--store",
                           str(seed_store_dir), "--format", "json").stdout)
    quotes = {b["quoteB"]["value"] for b in out["results"]["bindings"]} | \
             {b["quoteA"]["value"] for b in out["results"]["bindings"]}
    assert "لا صحة لدخول قوات النظام للمدينة" in quotes
    rec = json.loads(sanad("query", "@" + str(ROOT / "ontology/queries/source-record.rq"), "--store",
                           str(seed_store_dir), "--format", "json").stdout)
    by_name = {b["name"]["value"]: int(b["contradicted"]["value"]) for b in rec["results"]["bindings"]}
    assert by_name["Palmyra Coordination (local activists)"] >= 1
    dated = json.loads(sanad("query", "@" + str(ROOT / "ontology/queries/claims-by-date.rq"), "--store",
                             str(seed_store_dir), "--format", "json").stdout)
    assert dated["results"]["bindings"]


def test_query_syntax_error_is_clear(seed_store_dir):
    proc = sanad("query", "SELECT WHERE {", "--store", str(seed_store_dir), check=False)
    assert proc.returncode == 2 and "syntax error" in proc.stderr


@pytest.mark.parametrize("fmt", ["trig", "nquads", "turtle", "jsonld"])
def test_export_parses_back(seed_store_dir, fmt):
    data = sanad("export", "--store", str(seed_store_dir), "--format", fmt).stdout
    if fmt in ("trig", "nquads"):
        ds = Dataset()
        ds.parse(data=data, format=fmt)
        assert len(list(ds.graphs())) >= 4
    else:
        g = Graph()
        g.parse(data=data, format="json-ld" if fmt == "jsonld" else fmt)
        assert len(g) > 200


def test_no_parse_extracts_by_rules_alone_and_says_so(tmp_path):
    seed = ROOT / "seeds" / "palmyra-kerry-lavrov.ar.txt"
    parsed = json.loads(sanad("extract", str(seed)).stdout)
    rules = json.loads(sanad("extract", "--no-parse", str(seed)).stdout)
    assert {c["quote"] for c in rules} >= {"لا صحة لدخول قوات النظام للمدينة"}
    assert len(rules) >= 15 and abs(len(rules) - len(parsed)) <= 3
    store = tmp_path / "store"
    sanad("ingest", "--no-parse", "-q", str(seed), "--store", str(store))
    methods = json.loads(sanad("query", "SELECT DISTINCT ?m WHERE { ?x a sanad:Extraction ; sanad:method ?m }",
                               "--store", str(store), "--format", "json").stdout)
    assert [b["m"]["value"] for b in methods["results"]["bindings"]] == ["rules-v2"]
