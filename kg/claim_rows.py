"""Reading known claims by IRI as plain triple lookups, assembled in Python.

The claim pattern (kg.repository._CLAIM_PATTERN) joins ten OPTIONALs; Oxigraph answers it in
about a millisecond for one claim, Virtuoso 7.2 in 2–3 s (its optimizer on many OPTIONALs),
which made a claim page take seconds on a Virtuoso store. Here each claim is read as the
triples of a few nodes (the claim, its appearance and selectors, its attribution, its article's
key/title/date, its polarity's notation): lookups every SPARQL engine answers fast. The rows
have the same fields and values as the claim pattern's SELECT gives.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .sources import preferred_label, preferred_type
from .store import OxigraphStore, Store

SCHEMA = "http://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
SANAD = "https://w3id.org/sanad/ns#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# the nodes read beside the claim itself: (path from the claim, the properties wanted or None for all)
_LINKED = (
    (f"<{SCHEMA}appearance>", None),
    (f"<{PROV}qualifiedAttribution>", None),
    (f"<{SCHEMA}appearance>/<{OA}hasSelector>", None),
    # the article's text is long and unused here: only the fields the claim row carries
    (f"<{PROV}wasDerivedFrom>", (f"{SANAD}key", f"{SCHEMA}headline", f"{SCHEMA}datePublished")),
    (f"<{SANAD}polarity>", (f"{SKOS}notation",)),
)


# with the source (`sources=True`): how many graphs give it each (key, type) (an unregistered source
# is described in every article graph citing it, and its type is the one most graphs give,
# kg.sources), counted by the server: read graph by graph, an outlet cited by thousands of articles
# sent two rows per graph for every claim of it; the type's notation, its names
def _source_branches(values: str) -> list[str]:
    return [
        f"{{ SELECT ?s ?key ?o (COUNT(DISTINCT ?g) AS ?n) WHERE {{ {values} ?c <{SCHEMA}author> ?s . "
        f"GRAPH ?g {{ ?s <{SANAD}key> ?key ; <{SANAD}sourceType> ?o }} }} GROUP BY ?s ?key ?o }}",
        f"{{ {values} ?c <{SCHEMA}author>/<{SANAD}sourceType> ?s . VALUES ?p {{ <{SKOS}notation> }} ?s ?p ?o }}",
        f"{{ {values} ?c <{SCHEMA}author> ?s . VALUES ?p {{ <{SKOS}prefLabel> }} ?s ?p ?o "
        f"FILTER(lang(?o) IN (\"en\", \"ar\")) BIND(lang(?o) AS ?lang) }}",
    ]


# the places a claim is about, by their keys
_PLACE_BRANCH = f"?c <{SCHEMA}spatialCoverage> ?s . VALUES ?p {{ <{SANAD}key> }} ?s ?p ?o"


def _star_query(iris: list[str], sources: bool = False) -> str:
    # The claims bound by a VALUES inside every branch: on Oxigraph 1 ms a claim where the IRI
    # written as a constant in each branch took 80 ms, and one VALUES outside the UNION 40 ms for
    # 8 claims (it is not pushed into the UNION). Many claims in one query: on Virtuoso every
    # query costs a compilation (~10-40 ms whatever it reads), so a page's claims are one request.
    values = f"VALUES ?c {{ {' '.join(f'<{i}>' for i in iris)} }}"
    branches = [f"{{ {values} ?c ?p ?o BIND(?c AS ?s) }}"]
    for path, props in _LINKED:
        only = f"VALUES ?p {{ {' '.join(f'<{p}>' for p in props)} }} " if props else ""
        branches.append(f"{{ {values} ?c {path} ?s . {only}?s ?p ?o }}")
    branches.append(f"{{ {values} {_PLACE_BRANCH} }}")
    if sources:
        branches += _source_branches(values)
    return "SELECT DISTINCT ?s ?p ?o ?lang ?key ?n WHERE { " + " UNION ".join(branches) + " }"


def _first(values: dict[str, list[Any]], prop: str) -> Any:
    found = values.get(prop)
    return found[0] if found else None


# claims per star query to a SPARQL server: there each query is a request and, on Virtuoso, a
# compilation (10-40 ms whatever it reads), so a page's claims go in one; the bound keeps the query
# text small (a claim's IRI ~60 bytes in each of 7-10 branches). The embedded store reads claim by
# claim: Oxigraph joins a VALUES of several IRIs slower than it answers them one at a time (related
# claims of a claim page 7 → 14 ms on the corpus when batched).
BATCH = 50


def _batch(store: Store) -> int:
    return 1 if isinstance(store, OxigraphStore) else BATCH


def claim_rows(store: Store, iris: list[str], sources: bool = False) -> dict[str, dict[str, Any]]:
    """{claim IRI: row} for the claims that exist with everything the claim pattern requires;
    a claim missing a required part is left out, as the pattern's inner join leaves it out.
    Each row also has `places`, the sorted keys of the places the claim is about, and with
    `sources=True` `source`: the claim's source as the source table has it (srcKey, srcType,
    srcName, srcNameAr), or None. One query per claim on the embedded store, per BATCH claims
    on a SPARQL server: meant for the claims one page shows."""
    rows: dict[str, dict[str, Any]] = {}
    iris = list(dict.fromkeys(iris))
    batch = _batch(store)
    for i in range(0, len(iris), batch):
        nodes: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))  # node → property → values
        typed: dict[str, dict[tuple[str, str], int]] = defaultdict(dict)  # source → (key, type) → graphs
        labels: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))  # source → language → names
        for r in store.select(_star_query(iris[i:i + batch], sources)):
            if r.get("lang"):
                labels[r["s"]][r["lang"]].append(r["o"])
            elif r.get("n") is not None:
                typed[r["s"]][(r["key"], r["o"])] = int(r["n"])
            elif r["o"] not in nodes[r["s"]][r["p"]]:
                nodes[r["s"]][r["p"]].append(r["o"])
        for iri in iris[i:i + batch]:
            row = _assemble(iri, nodes)
            if row is None:
                continue
            claim = nodes[iri]
            row["places"] = sorted({k for p in claim.get(f"{SCHEMA}spatialCoverage", [])
                                    for k in nodes.get(p, {}).get(f"{SANAD}key", [])})
            if sources:
                row["source"] = _source(nodes, typed.get(row["src"], {}), labels.get(row["src"], {}))
            rows[iri] = row
    return rows


def _source(nodes, typed: dict[tuple[str, str], int], labels: dict[str, list[str]]) -> dict[str, Any] | None:
    """A source as the source table reads it (kg.repository._sources): its key, the type the most
    graphs give it (kg.sources.preferred_type; `typed`: graphs per (key, type IRI)), its preferred
    name in English and Arabic; None when no graph gives it both a key and a type."""
    counts: dict[str, int] = {}
    for (_, t), n in typed.items():
        for notation in nodes.get(t, {}).get(f"{SKOS}notation", []):
            counts[notation] = counts.get(notation, 0) + n
    key = min((k for k, _ in typed), default=None)
    if key is None or not counts:
        return None
    return {"srcKey": key, "srcType": preferred_type(counts),
            "srcName": preferred_label(labels.get("en", [])), "srcNameAr": preferred_label(labels.get("ar", []))}


def _assemble(iri: str, nodes: dict[str, dict[str, list[Any]]]) -> dict[str, Any] | None:
    claim = nodes.get(iri, {})
    if f"{SCHEMA}Claim" not in claim.get(RDF_TYPE, []):
        return None
    app, att, article, pol = (_first(claim, f"{ns}{p}") for ns, p in (
        (SCHEMA, "appearance"), (PROV, "qualifiedAttribution"), (PROV, "wasDerivedFrom"), (SANAD, "polarity")))
    selectors = nodes.get(app, {}).get(f"{OA}hasSelector", []) if app else []
    quote_sel = next((s for s in selectors if f"{OA}TextQuoteSelector" in nodes.get(s, {}).get(RDF_TYPE, [])), None)
    pos_sel = next((s for s in selectors if f"{OA}TextPositionSelector" in nodes.get(s, {}).get(RDF_TYPE, [])), None)
    a, at, q, ps = (nodes.get(n, {}) if n else {} for n in (article, att, quote_sel, pos_sel))
    row = {
        "claim": iri, "key": _first(claim, f"{SANAD}key"), "text": _first(claim, f"{SCHEMA}text"),
        "sentence": _first(claim, f"{SANAD}sentenceIndex"), "own": _first(claim, f"{SANAD}ownStatement"),
        "polarity": _first(nodes.get(pol, {}), f"{SKOS}notation") if pol else None,
        "article": article, "articleKey": _first(a, f"{SANAD}key"),
        "articleTitle": _first(a, f"{SCHEMA}headline"), "articleDate": _first(a, f"{SCHEMA}datePublished"),
        "quote": _first(q, f"{OA}exact"), "start": _first(ps, f"{OA}start"), "end": _first(ps, f"{OA}end"),
        "label": _first(at, f"{SANAD}asWritten"), "cue": _first(at, f"{SANAD}cue"),
        "cueStart": _first(at, f"{SANAD}cueStart"), "cueEnd": _first(at, f"{SANAD}cueEnd"),
        "src": _first(claim, f"{SCHEMA}author"), "date": _first(claim, f"{SCHEMA}datePublished"),
        "checkworthiness": _first(claim, f"{SANAD}checkworthiness"), "hedged": _first(claim, f"{SANAD}hedged"),
        "hedge": _first(claim, f"{SANAD}hedge"),
    }
    required = ("key", "text", "sentence", "own", "polarity", "article", "articleKey", "quote", "start", "end", "src")
    if att is None or any(row[k] is None for k in required):
        return None
    return row
