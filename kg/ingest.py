"""The batch driver: read → extract → write each article's graph → relate across the graph."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Callable

from rdflib import Graph
from tqdm import tqdm

from .attribution import AttributionExtractor
from .model import BASE, RELATIONS_GRAPH, SOURCES_GRAPH, ClaimRelation
from .rdf import article_graph, relations_graph, sources_graph
from .reader import discover, read
from .relate import METHOD as RELATE_METHOD
from .relate import candidate_pairs, facts, far_apart, model
from .repository import Repository
from .sources import ONTOLOGY_DIR
from .store import Store

VOCABULARY_GRAPH = f"{BASE}graph/vocabulary"


@dataclass
class Report:
    files: int = 0
    articles: int = 0
    new: int = 0
    replaced: int = 0
    claims: int = 0
    errors: list[str] = field(default_factory=list)
    relations: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"files": self.files, "articles": self.articles, "new": self.new, "replaced": self.replaced,
                "claims": self.claims, "relations": self.relations, "errors": self.errors}


def _nt(g: Graph) -> str:
    return g.serialize(format="nt")


def write_reference_graphs(store: Store) -> None:
    """The vocabulary and the source registry travel with the data, so SPARQL users
    get labels and source types from the store itself."""
    vocab = Graph()
    vocab.parse(ONTOLOGY_DIR / "sanad.ttl", format="turtle")
    vocab.parse(ONTOLOGY_DIR / "ratings.ttl", format="turtle")
    store.replace_graph(VOCABULARY_GRAPH, _nt(vocab))
    store.replace_graph(SOURCES_GRAPH, _nt(sources_graph()))


def ingest(paths: list[str], store: Store, progress: bool = True,
           on_error: Callable[[str], None] | None = None, parse: bool = True) -> Report:
    """`parse=False`: extraction by the rules alone, without stanza (much faster, a little
    less accurate; the method recorded in each article graph's provenance says which)."""
    report = Report()
    extractor = AttributionExtractor(nlp=None if parse else False)
    files = discover(paths)
    report.files = len(files)
    write_reference_graphs(store)
    bar = tqdm(total=len(files), unit="file", disable=not progress, file=sys.stderr, desc="ingest")
    for f in files:
        for item in read(f):
            if item.error:
                report.errors.append(item.error)
                if on_error:
                    on_error(item.error)
                continue
            art = item.article
            try:
                ext = extractor.extract(art)
                g = article_graph(ext, extractor.method)
                existed = store.ask(f"ASK {{ GRAPH <{art.graph}> {{ ?s ?p ?o }} }}")
                store.replace_graph(art.graph, _nt(g))
            except Exception as e:  # one bad article must not stop the batch
                msg = f"{item.origin}: extraction failed ({type(e).__name__}: {e})"
                report.errors.append(msg)
                if on_error:
                    on_error(msg)
                continue
            report.articles += 1
            report.replaced += existed
            report.new += not existed
            report.claims += len(ext.claims)
        bar.update(1)
    bar.close()
    report.relations = relate_store(store)
    return report


MIN_CONFIDENCE = 0.5  # a stored relation is the model's clear verdict, not a three-way toss-up
_BATCH = 4096


def find_relations(claims: list[dict]) -> list[ClaimRelation]:
    """Relations among stored claims, compared only within blocks (kg.relate.candidate_pairs),
    by the learned model in batches. Pairs from one source are kept, marked `same_source`."""
    items = [(c["key"], facts(c["text"], c["polarity"], c.get("places"))) for c in claims]
    found: list[ClaimRelation] = []
    m = model() if items else None
    batch: list[tuple[int, int]] = []

    def flush():
        rels = m.predict([(items[i][1], items[j][1]) for i, j in batch], explain_all=False, graph=True)
        for (i, j), rel in zip(batch, rels):
            if rel.relation == "unrelated" or rel.confidence < MIN_CONFIDENCE:
                continue
            a, b = claims[i], claims[j]
            if rel.relation == "supports" and far_apart(a.get("date"), b.get("date")):
                continue
            found.append(ClaimRelation(a=a, b=b, relation=rel, same_source=a["source"]["key"] == b["source"]["key"]))
        batch.clear()

    for i, j in candidate_pairs(items, order=[c.get("date") for c in claims]):
        a, b = claims[i], claims[j]
        if a["key"] == b["key"]:
            continue
        if a["article"] == b["article"] and a["source"]["key"] == b["source"]["key"]:
            continue  # one source's statements in one article (or two halves of one headline) go together
        batch.append((i, j))
        if len(batch) >= _BATCH:
            flush()
    if batch:
        flush()
    found.sort(key=lambda r: r.key)
    return found


def relate_store(store: Store) -> dict[str, int]:
    """Recompute the relations graph from every stored claim. Blocking keeps this close
    to linear in the number of claims, and a full recompute can never leave a stale
    relation behind when an article is re-ingested or changed."""
    claims = Repository(store).all_claims()
    rels = find_relations(claims)
    store.replace_graph(RELATIONS_GRAPH, _nt(relations_graph(rels, RELATE_METHOD)))
    counts: dict[str, int] = {}
    for r in rels:
        counts[r.relation.relation] = counts.get(r.relation.relation, 0) + 1
    return counts
