"""Object model → RDF, in one place. Terms come from ontology/sanad.ttl.

Each article becomes one named graph (nanopublication style): the article, its
claims with their exact quotes (Web Annotation selectors), attributions (PROV
qualified attribution with the cue) and the provenance of the extraction. All
node IRIs are derived from content keys, so the same input always gives the
same graph, and no blank nodes are used.
"""

from __future__ import annotations

from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from . import __version__
from .model import BASE, NS, RELATIONS_GRAPH, SOURCES_GRAPH, ClaimRelation, Extraction, place_iri, source_iri
from .places import GAZETTEER
from .outlets import outlet_labels
from .sources import OUTLET_TYPE, registry_graph
from .text import normalize

SANAD = Namespace(NS)
SCHEMA = Namespace("http://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")

PREFIXES = {
    "sanad": NS, "schema": str(SCHEMA), "prov": str(PROV), "oa": str(OA),
    "dcterms": str(DCTERMS), "skos": str(SKOS), "xsd": str(XSD),
    "claim": f"{BASE}claim/", "source": f"{BASE}source/", "article": f"{BASE}article/",
    "relation": f"{BASE}relation/", "place": f"{BASE}place/",
}

POLARITY = {"asserted": SANAD.Asserted, "denied": SANAD.Denied}
RELATION_KIND = {"contradicts": SANAD.Contradiction, "supports": SANAD.Support}
RELATION_PROPERTY = {"contradicts": SANAD.contradicts, "supports": SANAD.supports}
SOURCE_TYPE = {
    "state-media": SANAD.StateMedia, "news-outlet": SANAD.NewsOutlet,
    "government-official": SANAD.GovernmentOfficial, "monitoring-group": SANAD.MonitoringGroup,
    "local-activist-network": SANAD.LocalActivistNetwork, "armed-group": SANAD.ArmedGroup,
    "anonymous-source": SANAD.AnonymousSource, "collective": SANAD.Collective,
    OUTLET_TYPE: SANAD.Outlet, "unknown": SANAD.UnknownSourceType,
}
SOFTWARE = URIRef(f"{BASE}agent/sanad-{__version__}")
_CONTEXT = 32  # chars of prefix/suffix kept in the TextQuoteSelector


def new_graph(identifier: str | None = None) -> Graph:
    g = Graph(identifier=URIRef(identifier) if identifier else None)
    for p, ns in PREFIXES.items():
        g.bind(p, ns)
    return g


def _date(value: str | None):
    if not value:
        return None
    return Literal(value[:10], datatype=XSD.date) if len(value) >= 10 else Literal(value)


def _software(g: Graph) -> None:
    g.add((SOFTWARE, RDF.type, PROV.SoftwareAgent))
    g.add((SOFTWARE, SCHEMA.name, Literal("Sanad")))
    g.add((SOFTWARE, SCHEMA.softwareVersion, Literal(__version__)))


def article_graph(ext: Extraction, method: str) -> Graph:
    art = ext.article
    g = new_graph(art.graph)
    a = URIRef(art.iri)
    g.add((a, RDF.type, SCHEMA.NewsArticle))
    g.add((a, RDF.type, PROV.Entity))
    g.add((a, SANAD.key, Literal(art.key)))
    g.add((a, SCHEMA.text, Literal(art.text, lang=art.lang or None)))
    g.add((a, SCHEMA.inLanguage, Literal(art.lang)))
    if art.title:
        g.add((a, SCHEMA.headline, Literal(art.title, lang=art.lang or None)))
    if art.url:
        g.add((a, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)))
    if art.publisher:
        g.add((a, SCHEMA.publisher, Literal(art.publisher)))
    if art.author:
        g.add((a, SCHEMA.author, Literal(art.author)))
    if art.date:
        g.add((a, SCHEMA.datePublished, _date(art.date)))

    # provenance of this graph: which software made it from which article
    graph_node = URIRef(art.graph)
    activity = URIRef(f"{BASE}activity/extract/{art.key}")
    g.add((graph_node, RDF.type, SANAD.ArticleGraph))
    g.add((graph_node, PROV.wasDerivedFrom, a))
    g.add((graph_node, PROV.wasGeneratedBy, activity))
    g.add((activity, RDF.type, SANAD.Extraction))
    g.add((activity, PROV.used, a))
    g.add((activity, PROV.wasAssociatedWith, SOFTWARE))
    g.add((activity, SANAD.method, Literal(method)))
    _software(g)

    registered = set(str(s) for s in registry_graph().subjects(SANAD.key, None))
    text = art.text
    described: set[str] = set()
    for c in sorted(ext.claims, key=lambda c: (c.start, c.end)):
        node = URIRef(c.iri)
        src = URIRef(c.source.iri)
        g.add((node, RDF.type, SCHEMA.Claim))
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, SANAD.key, Literal(c.key)))
        g.add((node, SCHEMA.text, Literal(c.text, lang=art.lang or None)))
        # searchable: who (as written), the cue and the quote, normalized
        g.add((node, SANAD.normalizedText, Literal(normalize(" ".join(x for x in (c.source.label, c.cue, c.quote) if x)))))
        g.add((node, SANAD.polarity, POLARITY[c.polarity]))
        g.add((node, SANAD.sentenceIndex, Literal(c.sentence, datatype=XSD.nonNegativeInteger)))
        g.add((node, SANAD.ownStatement, Literal(c.own)))
        g.add((node, SANAD.hedged, Literal(c.hedged)))
        if c.hedge:
            g.add((node, SANAD.hedge, Literal(c.hedge)))
        if c.checkworthiness is not None:
            g.add((node, SANAD.checkworthiness, Literal(float(c.checkworthiness), datatype=XSD.double)))
        g.add((node, SCHEMA.author, src))
        g.add((node, PROV.wasAttributedTo, src))
        g.add((node, PROV.wasDerivedFrom, a))
        g.add((node, PROV.wasGeneratedBy, activity))
        if c.date:
            g.add((node, SCHEMA.datePublished, _date(c.date)))
        for slug in c.places:
            place = URIRef(place_iri(slug))
            ar, en, _ = GAZETTEER[slug]
            g.add((node, SCHEMA.spatialCoverage, place))
            g.add((place, RDF.type, SCHEMA.Place))
            g.add((place, SANAD.key, Literal(slug)))
            g.add((place, SCHEMA.name, Literal(ar, lang="ar")))
            g.add((place, SCHEMA.name, Literal(en, lang="en")))

        att = URIRef(f"{c.iri}#attribution")
        g.add((node, PROV.qualifiedAttribution, att))
        g.add((att, RDF.type, PROV.Attribution))
        g.add((att, PROV.agent, src))
        if c.source.label:
            g.add((att, SANAD.asWritten, Literal(c.source.label, lang=art.lang or None)))
        if c.cue:
            g.add((att, SANAD.cue, Literal(c.cue, lang=art.lang or None)))
            g.add((att, SANAD.cueStart, Literal(c.cue_start, datatype=XSD.nonNegativeInteger)))
            g.add((att, SANAD.cueEnd, Literal(c.cue_end, datatype=XSD.nonNegativeInteger)))

        app = URIRef(f"{c.iri}#appearance")
        quote_sel = URIRef(f"{c.iri}#quote")
        pos_sel = URIRef(f"{c.iri}#position")
        g.add((node, SCHEMA.appearance, app))
        g.add((app, RDF.type, OA.SpecificResource))
        g.add((app, OA.hasSource, a))
        g.add((app, OA.hasSelector, quote_sel))
        g.add((app, OA.hasSelector, pos_sel))
        g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
        g.add((quote_sel, OA.exact, Literal(c.quote)))
        g.add((quote_sel, OA.prefix, Literal(text[max(0, c.start - _CONTEXT):c.start])))
        g.add((quote_sel, OA.suffix, Literal(text[c.end:c.end + _CONTEXT])))
        g.add((pos_sel, RDF.type, OA.TextPositionSelector))
        g.add((pos_sel, OA.start, Literal(c.start, datatype=XSD.nonNegativeInteger)))
        g.add((pos_sel, OA.end, Literal(c.end, datatype=XSD.nonNegativeInteger)))

        if c.source.iri not in registered and c.source.iri not in described:
            # sources the registry does not know are described in the article's own graph;
            # one label per key: the name as written at the source's first mention (the key
            # is made from its normalized form, which is for matching only; kg.ingest keeps
            # the name a source already has in the store, so the union has one label too)
            described.add(c.source.iri)
            g.add((src, RDF.type, SANAD.Source))
            g.add((src, SANAD.key, Literal(c.source.key)))
            if c.source.type == OUTLET_TYPE:
                # the outlet's names (kg.outlets): a SaudiNewsNet key's Arabic and English, not the key
                for name, lang in outlet_labels(c.source.name if art.publisher else None, art.lang):
                    g.add((src, SKOS.prefLabel, Literal(name, lang=lang)))
            else:
                g.add((src, SKOS.prefLabel, Literal(c.source.name, lang=art.lang)))
            g.add((src, SANAD.sourceType, SOURCE_TYPE.get(c.source.type, SANAD.UnknownSourceType)))
    return g


def sources_graph() -> Graph:
    """The registry as it is written to the store's sources graph."""
    g = new_graph(SOURCES_GRAPH)
    for t in registry_graph():
        g.add(t)
    return g


def relations_graph(relations: list[ClaimRelation], method: str, statements=(), claims=()) -> Graph:
    """The relations, and the reprints they were found over: for a statement printed more than
    once, each later print is `sanad:reprintOf` the canonical (earliest) claim, whose own
    appearance is its `schema:firstAppearance`. The statement's appearances are the canonical
    claim's `schema:appearance` and its reprints' (each claim keeps exactly one appearance, its
    quote in its own article: the contract of ontology/shapes.ttl and every claim query)."""
    g = new_graph(RELATIONS_GRAPH)
    activity = URIRef(f"{BASE}activity/relate/{method}")
    g.add((URIRef(RELATIONS_GRAPH), PROV.wasGeneratedBy, activity))
    g.add((activity, RDF.type, SANAD.RelationDetection))
    g.add((activity, PROV.wasAssociatedWith, SOFTWARE))
    g.add((activity, SANAD.method, Literal(method)))
    _software(g)
    for r in relations:
        kind = r.relation.relation
        if kind not in RELATION_KIND:
            continue
        node = URIRef(r.iri)
        a, b = URIRef(r.a["id"]), URIRef(r.b["id"])
        g.add((node, RDF.type, SANAD.ClaimRelation))
        g.add((node, SANAD.key, Literal(r.key)))
        g.add((node, SANAD.relationKind, RELATION_KIND[kind]))
        g.add((node, SANAD.claim, a))
        g.add((node, SANAD.claim, b))
        g.add((node, SANAD.confidence, Literal(round(r.relation.confidence, 3), datatype=XSD.double)))
        g.add((node, SANAD.explanation, Literal(r.relation.why, lang="en")))
        g.add((node, SANAD.method, Literal(r.relation.method)))
        g.add((node, SANAD.sameSource, Literal(r.same_source)))
        g.add((node, SANAD.independent, Literal(r.independent)))
        g.add((node, PROV.wasGeneratedBy, activity))
        # the direct link, both ways, so one triple pattern finds it
        g.add((a, RELATION_PROPERTY[kind], b))
        g.add((b, RELATION_PROPERTY[kind], a))
    for st in statements:
        if len(st.members) < 2:
            continue
        canon = claims[st.canonical]
        first = URIRef(canon["id"])
        g.add((first, SCHEMA.firstAppearance, URIRef(f"{canon['id']}#appearance")))
        for i in st.members:
            if i != st.canonical:
                g.add((URIRef(claims[i]["id"]), SANAD.reprintOf, first))
    return g


def source_type_iri(notation: str) -> URIRef:
    return SOURCE_TYPE.get(notation, SANAD.UnknownSourceType)


__all__ = ["article_graph", "relations_graph", "sources_graph", "PREFIXES", "source_iri"]
