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

from .store import Store

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


def _star_query(iri: str) -> str:
    # One claim per query, bound by VALUES: on Oxigraph 1 ms a claim where the IRI written as a
    # constant in each branch took 80 ms, and one VALUES over 8 IRIs 40 ms (it is not pushed
    # into the UNION); on Virtuoso ~10 ms a claim, cold.
    values = f"VALUES ?c {{ <{iri}> }}"
    branches = [f"{{ {values} ?c ?p ?o BIND(?c AS ?s) }}"]
    for path, props in _LINKED:
        only = f"VALUES ?p {{ {' '.join(f'<{p}>' for p in props)} }} " if props else ""
        branches.append(f"{{ {values} ?c {path} ?s . {only}?s ?p ?o }}")
    return "SELECT DISTINCT ?s ?p ?o WHERE { " + " UNION ".join(branches) + " }"


def _first(values: dict[str, list[Any]], prop: str) -> Any:
    found = values.get(prop)
    return found[0] if found else None


def claim_rows(store: Store, iris: list[str]) -> dict[str, dict[str, Any]]:
    """{claim IRI: row} for the claims that exist with everything the claim pattern requires;
    a claim missing a required part is left out, as the pattern's inner join leaves it out.
    One query per claim: meant for the few claims a claim page or card shows."""
    rows: dict[str, dict[str, Any]] = {}
    for iri in iris:
        nodes: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))  # node → property → values
        for r in store.select(_star_query(iri)):
            nodes[r["s"]][r["p"]].append(r["o"])
        row = _assemble(iri, nodes)
        if row is not None:
            rows[iri] = row
    return rows


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
