"""Verdicts on claims: schema:ClaimReview with PROV, history kept.

Each save writes a NEW review node into the reviews graph; an edit points back to the
review it replaces with prov:wasRevisionOf, so the latest is the one nothing revises
(the shape Repository.latest_review reads) and the history stays queryable.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef

from .model import BASE
from .repository import PREFIX, Repository, literal
from .sources import ONTOLOGY_DIR
from .store import Store
from .users import User

REVIEWS_GRAPH = f"{BASE}graph/reviews"
SCHEMA = Namespace("http://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SANAD = Namespace("https://w3id.org/sanad/ns#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
MAX_RATIONALE = 10_000
MAX_LINKS = 20
_URL = re.compile(r"^https?://[^\s<>\"'`{}|\\^]{1,2000}$")


class ReviewError(ValueError):
    pass


@dataclass(frozen=True)
class Rating:
    notation: str
    iri: str
    label_en: str
    label_ar: str
    value: int | None


@lru_cache(maxsize=1)
def ratings() -> tuple[Rating, ...]:
    """The rating scheme (ontology/ratings.ttl), best first."""
    g = Graph().parse(ONTOLOGY_DIR / "ratings.ttl", format="turtle")
    out = []
    for c in g.subjects(SKOS.inScheme, SANAD.RatingScheme):
        labels = {lit.language: str(lit) for lit in g.objects(c, SKOS.prefLabel)}
        value = g.value(c, SCHEMA.ratingValue)
        out.append(Rating(str(g.value(c, SKOS.notation)), str(c), labels["en"], labels["ar"],
                          int(value) if value is not None else None))
    return tuple(sorted(out, key=lambda r: -(r.value or 0)))


def rating(notation: str) -> Rating:
    for r in ratings():
        if r.notation == notation:
            return r
    raise ReviewError(f"unknown rating {notation!r}; one of: {', '.join(r.notation for r in ratings())}")


def _links(urls: list[str]) -> list[str]:
    out = []
    for u in urls:
        u = u.strip()
        if not u:
            continue
        if not _URL.match(u):
            raise ReviewError(f"evidence links must be http(s) URLs: {u[:80]!r}")
        out.append(u)
    if len(out) > MAX_LINKS:
        raise ReviewError(f"at most {MAX_LINKS} evidence links")
    return out


def review_graph(claim_iri: str, claim_key: str, rating_notation: str, rationale: str, evidence: list[str],
                 supporting: list[str], author: User, replaces: str | None, when: datetime,
                 base_url: str | None = None) -> tuple[str, Graph]:
    r = rating(rating_notation)
    rationale = rationale.strip()
    if not rationale:
        raise ReviewError("a verdict needs a written rationale")
    if len(rationale) > MAX_RATIONALE:
        raise ReviewError(f"the rationale is limited to {MAX_RATIONALE} characters")
    review = URIRef(f"{BASE}review/{claim_key}-{when.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(3)}")
    node = URIRef(f"{review}#rating")
    person = URIRef(author.iri)
    stamp = Literal(when.isoformat(), datatype=XSD.dateTime)
    g = Graph()
    g.add((review, RDF.type, SCHEMA.ClaimReview))
    g.add((review, RDF.type, PROV.Entity))
    g.add((review, SCHEMA.itemReviewed, URIRef(claim_iri)))
    g.add((review, SCHEMA.datePublished, Literal(when.date().isoformat(), datatype=XSD.date)))
    g.add((review, SCHEMA.dateModified, stamp))
    g.add((review, PROV.generatedAtTime, stamp))
    g.add((review, SCHEMA.reviewBody, Literal(rationale)))
    g.add((review, SANAD.key, Literal(str(review).rsplit("/", 1)[-1])))
    if base_url:
        g.add((review, SCHEMA.url, Literal(f"{base_url}/claims/{claim_key}#review")))
    for u in _links(evidence):
        g.add((review, SCHEMA.citation, URIRef(u)))
    for other in supporting:
        g.add((review, SCHEMA.isBasedOn, URIRef(other)))
    g.add((review, SCHEMA.author, person))
    g.add((review, PROV.wasAttributedTo, person))
    g.add((person, RDF.type, SCHEMA.Person))
    g.add((person, RDF.type, PROV.Agent))
    g.add((person, SCHEMA.name, Literal(author.display_name)))
    g.add((review, SCHEMA.reviewRating, node))
    g.add((node, RDF.type, SCHEMA.Rating))
    g.add((node, SANAD.ratingConcept, URIRef(r.iri)))
    g.add((node, SCHEMA.alternateName, Literal(r.label_en, lang="en")))
    g.add((node, SCHEMA.alternateName, Literal(r.label_ar, lang="ar")))
    if r.value is not None:
        g.add((node, SCHEMA.ratingValue, Literal(r.value)))
        g.add((node, SCHEMA.bestRating, Literal(5)))
        g.add((node, SCHEMA.worstRating, Literal(1)))
    if replaces:
        g.add((review, PROV.wasRevisionOf, URIRef(replaces)))
    return str(review), g


class Reviews:
    def __init__(self, store: Store, repo: Repository):
        self.store = store
        self.repo = repo

    def record(self, claim_key: str, rating_notation: str, rationale: str, author: User,
               evidence: list[str] = (), supporting_keys: list[str] = (), base_url: str | None = None,
               now: datetime | None = None) -> str:
        """Store a verdict; returns the new review's IRI. The previous latest review (any
        author) becomes history through prov:wasRevisionOf."""
        claim = self.repo.claim(claim_key)
        if claim is None:
            raise ReviewError(f"no claim with key {claim_key!r}")
        others = self.repo.claims_by_keys([k for k in supporting_keys if k and k != claim_key])
        missing = [k for k in supporting_keys if k and k != claim_key and k not in others]
        if missing:
            raise ReviewError(f"no claim with key {missing[0]!r}")
        latest = self.repo.latest_review(claim_key)
        when = (now or datetime.now(timezone.utc)).replace(microsecond=0)
        iri, g = review_graph(claim["id"], claim_key, rating_notation, rationale, list(evidence),
                              [c["id"] for c in others.values()], author, latest["id"] if latest else None,
                              when, base_url)
        self.store.update(f"INSERT DATA {{ GRAPH <{REVIEWS_GRAPH}> {{\n{g.serialize(format='nt')}\n}} }}")
        return iri

    def history(self, claim_key: str) -> list[dict[str, Any]]:
        """Every review of a claim, newest first, with rating, author, rationale, evidence."""
        iri = self.repo._claim_iri(claim_key)
        if iri is None or not self.repo.reviewed(iri):
            return []
        rows = self.store.select(f"""{PREFIX}
SELECT ?review ?modified ?body ?label ?labelAr ?notation ?author ?authorName ?previous
       (GROUP_CONCAT(DISTINCT STR(?cite); separator=" ") AS ?evidence)
       (GROUP_CONCAT(DISTINCT STR(?basis); separator=" ") AS ?basedOn) WHERE {{
  ?review a schema:ClaimReview ; schema:itemReviewed <{iri}> .
  OPTIONAL {{ ?review schema:dateModified ?modified }}
  OPTIONAL {{ ?review schema:reviewBody ?body }}
  OPTIONAL {{ ?review schema:reviewRating ?r .
    OPTIONAL {{ ?r schema:alternateName ?label FILTER(langMatches(lang(?label), "en")) }}
    OPTIONAL {{ ?r schema:alternateName ?labelAr FILTER(langMatches(lang(?labelAr), "ar")) }}
    OPTIONAL {{ ?r sanad:ratingConcept/skos:notation ?notation }} }}
  OPTIONAL {{ ?review schema:author ?author OPTIONAL {{ ?author schema:name ?authorName }} }}
  OPTIONAL {{ ?review prov:wasRevisionOf ?previous }}
  OPTIONAL {{ ?review schema:citation ?cite }}
  OPTIONAL {{ ?review schema:isBasedOn ?basis }}
}} GROUP BY ?review ?modified ?body ?label ?labelAr ?notation ?author ?authorName ?previous
ORDER BY DESC(STR(?modified)) DESC(STR(?review))""")
        rows = _chain_order(rows)
        basis_iris = sorted({b for r in rows for b in (r["basedOn"] or "").split()})
        keys = [b.rsplit("/", 1)[-1] for b in basis_iris]
        basis = self.repo.claims_by_keys(keys)
        out = []
        for r in rows:
            out.append({
                "id": r["review"], "modified": r["modified"], "rationale": r["body"],
                "rating": {"notation": r["notation"], "label": r["label"], "label_ar": r["labelAr"]},
                "author": {"id": r["author"], "name": r["authorName"]},
                "replaces": r["previous"],
                "evidence": sorted((r["evidence"] or "").split()),
                "supporting": [basis[k] for k in sorted(b.rsplit("/", 1)[-1] for b in (r["basedOn"] or "").split())
                               if k in basis],
            })
        return out


def _chain_order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Newest first by the revision chain (a save within the same second as the one it
    replaces still comes first); reviews off the chain follow, newest first."""
    by_id = {r["review"]: r for r in rows}
    revised = {r["previous"] for r in rows if r["previous"]}
    heads = [r for r in rows if r["review"] not in revised]  # rows arrive newest first
    out, seen = [], set()
    for head in heads:
        node = head
        while node is not None and node["review"] not in seen:
            out.append(node)
            seen.add(node["review"])
            node = by_id.get(node["previous"])
    out.extend(r for r in rows if r["review"] not in seen)
    return out
