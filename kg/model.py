"""The one object model: articles, sources, claims and relations.

The CLI JSON, the RDF written to the store (kg.rdf) and what pages render are all
derived from these objects, so the three cannot drift apart.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

BASE = "https://w3id.org/sanad/id/"
NS = "https://w3id.org/sanad/ns#"


def short_hash(*parts: str) -> str:
    """Deterministic 12-hex key: same inputs give the same key on every machine."""
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:12]


def article_iri(key: str) -> str:
    return f"{BASE}article/{key}"


def article_graph_iri(key: str) -> str:
    return f"{BASE}graph/article/{key}"


def claim_iri(key: str) -> str:
    return f"{BASE}claim/{key}"


def source_iri(key: str) -> str:
    return f"{BASE}source/{key}"


def place_iri(slug: str) -> str:
    return f"{BASE}place/{slug}"


def relation_iri(key: str) -> str:
    return f"{BASE}relation/{key}"


SOURCES_GRAPH = f"{BASE}graph/sources"
RELATIONS_GRAPH = f"{BASE}graph/relations"


@dataclass
class Article:
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    date: str | None = None  # ISO date of publication
    lang: str = "ar"
    path: str | None = None  # where it was read from (not part of its identity)
    author: str | None = None  # the byline, as the page gives it

    @property
    def key(self) -> str:
        # Identity is the URL when there is one, else the exact text: renaming a
        # file does not change the article, and editing the text makes a new one.
        return short_hash("url", self.url) if self.url else short_hash("text", self.text)

    @property
    def iri(self) -> str:
        return article_iri(self.key)

    @property
    def graph(self) -> str:
        return article_graph_iri(self.key)


@dataclass
class SourceRef:
    key: str
    label: str  # as written in the text at this attribution
    name: str  # canonical name (English when the registry has it)
    name_ar: str | None
    type: str  # notation of a sanad:SourceTypeScheme concept, e.g. "state-media"
    registered: bool = True

    @property
    def iri(self) -> str:
        return source_iri(self.key)

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "name": self.name, "name_ar": self.name_ar,
                "type": self.type, "iri": self.iri, "key": self.key}


@dataclass
class Claim:
    article_key: str
    text: str
    quote: str
    start: int
    end: int
    sentence: int
    source: SourceRef
    cue: str | None  # None for the outlet's own statements
    cue_start: int | None
    cue_end: int | None
    polarity: str  # "asserted" | "denied"
    date: str | None = None
    own: bool = False  # the outlet's own statement, not attributed to anyone
    places: list[str] = field(default_factory=list)  # gazetteer slugs (kg.places)
    hedged: bool = False  # the source marks it as uncertain (رجّح، ربما، يُعتقد، زعم …)
    hedge: str | None = None  # the marker, as written (or the hedging verb's lemma)
    checkworthiness: float | None = None  # [0, 1]: checkable facts high, greetings and opinions low

    @property
    def key(self) -> str:
        return short_hash("claim", self.article_key, str(self.start), str(self.end))

    @property
    def iri(self) -> str:
        return claim_iri(self.key)

    @property
    def article(self) -> str:
        return article_iri(self.article_key)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.iri, "key": self.key, "text": self.text, "quote": self.quote,
            "start": self.start, "end": self.end, "sentence": self.sentence,
            "source": self.source.to_json(), "cue": self.cue,
            "cue_start": self.cue_start, "cue_end": self.cue_end,
            "polarity": self.polarity, "article": self.article, "date": self.date,
            "own": self.own, "places": self.places, "hedged": self.hedged, "hedge": self.hedge,
            "checkworthiness": self.checkworthiness,
        }


@dataclass
class Relation:
    relation: str  # "contradicts" | "supports" | "unrelated"
    confidence: float
    why: str
    method: str = "rules-v1"


@dataclass
class ClaimRelation:
    """A relation found between two stored claims (claims as JSON dicts)."""

    a: dict[str, Any]
    b: dict[str, Any]
    relation: Relation
    same_source: bool = False  # the two claims have one author
    independent: bool = True  # the two statements (with all their reprints) share no source

    @property
    def key(self) -> str:
        x, y = sorted([self.a["key"], self.b["key"]])
        return short_hash("relation", x, y, self.relation.relation)

    @property
    def iri(self) -> str:
        return relation_iri(self.key)

    def to_json(self) -> dict[str, Any]:
        return {"relation": self.relation.relation, "confidence": round(self.relation.confidence, 3),
                "why": self.relation.why, "method": self.relation.method,
                "same_source": self.same_source, "independent": self.independent, "key": self.key, "id": self.iri,
                "a": self.a, "b": self.b}


@dataclass
class Extraction:
    article: Article
    claims: list[Claim] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
