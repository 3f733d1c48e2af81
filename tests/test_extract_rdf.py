"""Check-worthiness and hedging in the graph: kg/rdf.py writes them, ontology/shapes.ttl checks them."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import XSD, Graph, Literal, Namespace

from kg.attribution import AttributionExtractor
from kg.model import Article
from kg.rdf import article_graph, relations_graph, sources_graph

pyshacl = pytest.importorskip("pyshacl")

REPO = Path(__file__).resolve().parent.parent
SANAD = Namespace("https://w3id.org/sanad/ns#")
TEXT = ("قال المرصد السوري لحقوق الإنسان إن 27 شخصا قتلوا في انفجار سيارة مفخخة في الحسكة. "
        "ورجّح المرصد أن يرتفع عدد القتلى.")


@pytest.fixture(scope="module")
def data() -> Graph:
    ex = AttributionExtractor()
    ext = ex.extract(Article(text=TEXT, url="https://example.org/hasakah", date="2015-07-21", title="t"))
    g = Graph()
    g += article_graph(ext, ex.method)
    g += sources_graph()
    g += relations_graph([], "none")  # the vocabulary names the relations graph; it must be described
    g.parse(REPO / "ontology" / "sanad.ttl", format="turtle")
    return g


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(REPO / "ontology" / "shapes.ttl", format="turtle")


def validate(g, shapes):
    conforms, _, text = pyshacl.validate(g, shacl_graph=shapes, inference="none", advanced=True)
    return conforms, text


def test_claims_carry_checkworthiness_and_hedging(data, shapes):
    scores = list(data.objects(None, SANAD.checkworthiness))
    assert len(scores) == 2 and all(s.datatype == XSD.double and 0 <= s.toPython() <= 1 for s in scores)
    hedged = {o.toPython() for o in data.objects(None, SANAD.hedged)}
    assert hedged == {True, False}
    assert [str(h) for h in data.objects(None, SANAD.hedge)] == ["رجح"]
    conforms, text = validate(data, shapes)
    assert conforms, text


def test_shapes_reject_a_score_out_of_range_or_a_missing_hedged_flag(data, shapes):
    claim = next(data.subjects(SANAD.checkworthiness, None))
    bad = Graph()
    bad += data
    bad.set((claim, SANAD.checkworthiness, Literal(1.5, datatype=XSD.double)))
    conforms, text = validate(bad, shapes)
    assert not conforms and "checkworthiness" in text
    bad = Graph()
    bad += data
    bad.remove((claim, SANAD.hedged, None))
    conforms, text = validate(bad, shapes)
    assert not conforms and "hedged" in text
