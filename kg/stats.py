"""Counts that pages would otherwise aggregate per request, kept in the named graph
`…/graph/stats` and updated in the same SPARQL update as the write that changes them.

What is kept (terms in ontology/sanad.ttl, shapes in ontology/shapes.ttl):
- the whole store (`sanad:Counts`, one node, `…/id/stats`): articles, claims; and per relation kind
  (`sanad:RelationKindCounts`) the relations stored. The `a sanad:Counts` triple doubles as the
  mark that the counts are complete: a full recompute writes it, a raw write (a user's SPARQL
  Update or Graph Store request, a restore) removes it first, and the next read recomputes.
- per source and month (`sanad:SourceMonthCounts`; the month of the claim's date, else its
  article's, "" when neither): claims, and how many of them a relation with another source
  contradicts or corroborates (the source page's record per month);
- per source (`sanad:SourceCounts`): relations with other sources, by kind (the source page's
  record line).

Writers: an article graph goes through `replace_article_graph` (the claim counts of its sources
move by the difference between the old and the new graph, and the relation counts of every source
sharing a relation with one of its claims are recounted), the relations graph through
`replace_relations_graph` (relation counts recounted whole); any other writer of relations calls
`refresh_relation_counts`. Each is one SPARQL update: atomic on the embedded store, and one request
to a SPARQL server. Every pattern names its graph (GRAPH ?g): in an update the default graph is
the store's own default graph, not the union that queries read. `aggregate_*` are the per-request aggregates the counts replace (the fallback
on a store this process cannot write, and what the tests compare the kept counts with).
"""

from __future__ import annotations

import re
from typing import Any, Sequence

import pyoxigraph as ox

from .model import BASE, RELATIONS_GRAPH
from .store import Store, StoreError

STATS_GRAPH = f"{BASE}graph/stats"
COUNTS = f"{BASE}stats"
_CELL = f"{BASE}stats/source/"

PREFIX = """PREFIX sanad: <https://w3id.org/sanad/ns#>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

# the month of a claim: its own date, else its article's ("" when neither), as pages show it
_MONTH = 'BIND(SUBSTR(STR(COALESCE(?cd, ?ad, "")), 1, 7) AS ?month)'
_DATES = "OPTIONAL { ?c schema:datePublished ?cd } OPTIONAL { ?a schema:datePublished ?ad }"
# cells are named after the source's key (any other source IRI: escaped whole)
_SRC_PART = (f'IF(STRSTARTS(STR(?src), "{BASE}source/"), STRAFTER(STR(?src), "{BASE}source/"), '
             'ENCODE_FOR_URI(STR(?src)))')
_MONTH_CELL = (f'BIND(IRI(CONCAT("{_CELL}", {_SRC_PART}, "/", '
               'IF(?month = "", "undated", ?month))) AS ?cell)')
_SOURCE_CELL = f'BIND(IRI(CONCAT("{_CELL}", {_SRC_PART})) AS ?node)'

# A relation counts for a source's record when it is between statements that share no source
# (sanad:independent; a relations graph written before that term: not sameSource) and both its
# claims are stored (a relation left pointing at a claim that a re-ingest removed is not shown).
# The OPTIONAL and the FILTERs come after every required pattern: before a join, Oxigraph 0.5
# evaluated them over the whole graph (35 s on 450 articles, 30 ms so).
def _independent_relation(claim: str = "") -> str:
    """Pattern binding ?r ?k ?c ?src (and what `claim` adds inside the claim's graph)."""
    return f"""GRAPH <{RELATIONS_GRAPH}> {{ ?r sanad:relationKind ?k ; sanad:sameSource ?same ; sanad:claim ?c }}
    GRAPH ?gc {{ ?c schema:author ?src . {claim} }}
    OPTIONAL {{ GRAPH <{RELATIONS_GRAPH}> {{ ?r sanad:independent ?ind }} }}
    FILTER(COALESCE(?ind, IF(?same, false, true)))
    FILTER NOT EXISTS {{ GRAPH <{RELATIONS_GRAPH}> {{ ?r sanad:claim ?x }} FILTER NOT EXISTS {{ GRAPH ?gx {{ ?x schema:author ?y }} }} }}"""
_KIND_PROPS = {"record": ("sanad:contradictedByOthers", "sanad:corroboratedByOthers"),
               "month": ("sanad:contradictedClaimCount", "sanad:corroboratedClaimCount")}


def _kind_prop(which: str) -> str:
    contradicts, supports = _KIND_PROPS[which]
    return (f"FILTER(?k IN (sanad:Contradiction, sanad:Support)) "
            f"BIND(IF(?k = sanad:Contradiction, {contradicts}, {supports}) AS ?prop)")


def _claim_delta(graph: str, sign: str) -> str:
    """Add (`sign` "+") or take away ("-") one article graph's claims and article from the counts."""
    return f"""DELETE {{ GRAPH <{STATS_GRAPH}> {{ ?cell sanad:claimCount ?n }} }}
INSERT {{ GRAPH <{STATS_GRAPH}> {{ ?cell a sanad:SourceMonthCounts ; sanad:countsFor ?src ; sanad:month ?month ;
                                          sanad:claimCount ?m }} }}
WHERE {{
  {{ SELECT ?src ?month (COUNT(DISTINCT ?c) AS ?k) WHERE {{
      GRAPH <{graph}> {{ ?c a schema:Claim ; schema:author ?src ; prov:wasDerivedFrom ?a . {_DATES} }}
      {_MONTH} }} GROUP BY ?src ?month }}
  {_MONTH_CELL}
  # ?src in the OPTIONAL too: joined on the computed ?cell alone, Oxigraph 0.5 read every cell
  # of the store for each article (14 ms at 1.2k cells; 1 ms so)
  OPTIONAL {{ GRAPH <{STATS_GRAPH}> {{ ?cell sanad:countsFor ?src ; sanad:claimCount ?n }} }}
  BIND(COALESCE(?n, 0) {sign} ?k AS ?m)
}} ;
DELETE {{ GRAPH <{STATS_GRAPH}> {{ <{COUNTS}> sanad:articleCount ?na ; sanad:claimCount ?nc }} }}
INSERT {{ GRAPH <{STATS_GRAPH}> {{ <{COUNTS}> sanad:articleCount ?ma ; sanad:claimCount ?mc }} }}
WHERE {{
  {{ SELECT (COUNT(DISTINCT ?a) AS ?ka) (COUNT(DISTINCT ?c) AS ?kc) WHERE {{
      GRAPH <{graph}> {{ {{ ?a a schema:NewsArticle }} UNION {{ ?c a schema:Claim }} }} }} }}
  OPTIONAL {{ GRAPH <{STATS_GRAPH}> {{ <{COUNTS}> sanad:articleCount ?na ; sanad:claimCount ?nc }} }}
  BIND(COALESCE(?na, 0) {sign} ?ka AS ?ma) BIND(COALESCE(?nc, 0) {sign} ?kc AS ?mc)
}}"""


def _mark_related_sources(graph: str) -> str:
    """Mark (sanad:recount, in the stats graph) every source with a claim in a relation that
    touches a claim of `graph`: their records change when that graph does."""
    return f"""INSERT {{ GRAPH <{STATS_GRAPH}> {{ ?src sanad:recount true }} }} WHERE {{
  {{ SELECT DISTINCT ?src WHERE {{ GRAPH <{graph}> {{ ?c0 a schema:Claim }}
      GRAPH <{RELATIONS_GRAPH}> {{ ?r sanad:claim ?c0, ?c }} GRAPH ?g {{ ?c schema:author ?src }} }} }} }}"""


def _relation_counts(scope: str = "") -> str:
    """Insert the relation-derived counts (per source, and per source and month), for every
    source or, with `scope`, the sources it binds to ?src."""
    return f"""INSERT {{ GRAPH <{STATS_GRAPH}> {{ ?cell ?prop ?n }} }} WHERE {{
  {{ SELECT ?src ?month ?k (COUNT(DISTINCT ?c) AS ?n) WHERE {{
      {scope} {_independent_relation(f"?c prov:wasDerivedFrom ?a . {_DATES}")} {_MONTH}
    }} GROUP BY ?src ?month ?k }}
  {_kind_prop("month")} {_MONTH_CELL}
}} ;
INSERT {{ GRAPH <{STATS_GRAPH}> {{ ?node a sanad:SourceCounts ; sanad:countsFor ?src ; ?prop ?n }} }} WHERE {{
  {{ SELECT ?src ?k (COUNT(DISTINCT ?r) AS ?n) WHERE {{ {scope} {_independent_relation()} }} GROUP BY ?src ?k }}
  {_kind_prop("record")} {_SOURCE_CELL}
}}"""


def _drop_relation_counts(scope: str = "") -> str:
    """Remove the relation-derived counts of every source (or of those `scope` binds to ?src)."""
    month_props = " ".join(_KIND_PROPS["month"])
    return f"""DELETE {{ GRAPH <{STATS_GRAPH}> {{ ?cell ?p ?o }} }} WHERE {{
  {scope} GRAPH <{STATS_GRAPH}> {{ ?cell sanad:countsFor ?src ; ?p ?o }} VALUES ?p {{ {month_props} }} }} ;
DELETE {{ GRAPH <{STATS_GRAPH}> {{ ?node ?p ?o }} }} WHERE {{
  {scope} GRAPH <{STATS_GRAPH}> {{ ?node a sanad:SourceCounts ; sanad:countsFor ?src ; ?p ?o }} }}"""


_RECOUNT_SCOPE = f"GRAPH <{STATS_GRAPH}> {{ ?src sanad:recount true }}"
# a month with no claim left is dropped whole (it can hold no relation counts either)
_DROP_EMPTY = f"DELETE {{ GRAPH <{STATS_GRAPH}> {{ ?cell ?p ?o }} }} WHERE {{ GRAPH <{STATS_GRAPH}> {{ ?cell sanad:claimCount 0 ; ?p ?o }} }}"


def _kind_totals() -> str:
    return f"""DELETE {{ GRAPH <{STATS_GRAPH}> {{ ?node ?p ?o }} }} WHERE {{
  GRAPH <{STATS_GRAPH}> {{ ?node a sanad:RelationKindCounts ; ?p ?o }} }} ;
INSERT {{ GRAPH <{STATS_GRAPH}> {{ ?node a sanad:RelationKindCounts ; sanad:relationKind ?k ; sanad:relationCount ?n }} }}
WHERE {{
  {{ SELECT ?k (COUNT(?r) AS ?n) WHERE {{ GRAPH <{RELATIONS_GRAPH}> {{ ?r sanad:relationKind ?k }} }} GROUP BY ?k }}
  GRAPH ?gv {{ ?k skos:notation ?kind }}
  BIND(IRI(CONCAT("{BASE}stats/relations/", ENCODE_FOR_URI(STR(?kind)))) AS ?node)
}}"""


def _added_counts(graph: str, ntriples: str) -> str | None:
    """The counts' "+" move for a graph that is not stored yet, with its numbers read from the
    graph alone (an in-memory store, the same patterns as _claim_delta) and written as VALUES:
    the store's update then touches only the cells, where _claim_delta's aggregates over the
    stored graph cost ~8 ms an article at 20k articles against ~1 ms so. None when a source is
    not an IRI (VALUES cannot name a blank node): _claim_delta then counts in the store."""
    mem = ox.Store()
    mem.load(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))
    cells = list(mem.query(PREFIX + f"""SELECT ?src ?month (COUNT(DISTINCT ?c) AS ?k) WHERE {{
      GRAPH <{graph}> {{ ?c a schema:Claim ; schema:author ?src ; prov:wasDerivedFrom ?a . {_DATES} }}
      {_MONTH} }} GROUP BY ?src ?month"""))
    if any(not isinstance(row["src"], ox.NamedNode) for row in cells):
        return None
    totals = next(iter(mem.query(PREFIX + f"""SELECT (COUNT(DISTINCT ?a) AS ?ka) (COUNT(DISTINCT ?c) AS ?kc) WHERE {{
      GRAPH <{graph}> {{ {{ ?a a schema:NewsArticle }} UNION {{ ?c a schema:Claim }} }} }}""")))
    rows = " ".join(f"({row['src']} {row['month']} {row['k']})" for row in cells)  # N-Triples forms
    return f"""DELETE {{ GRAPH <{STATS_GRAPH}> {{ ?cell sanad:claimCount ?n }} }}
INSERT {{ GRAPH <{STATS_GRAPH}> {{ ?cell a sanad:SourceMonthCounts ; sanad:countsFor ?src ; sanad:month ?month ;
                                          sanad:claimCount ?m }} }}
WHERE {{
  VALUES (?src ?month ?k) {{ {rows} }}
  {_MONTH_CELL}
  OPTIONAL {{ GRAPH <{STATS_GRAPH}> {{ ?cell sanad:countsFor ?src ; sanad:claimCount ?n }} }}
  BIND(COALESCE(?n, 0) + ?k AS ?m)
}} ;
DELETE {{ GRAPH <{STATS_GRAPH}> {{ <{COUNTS}> sanad:articleCount ?na ; sanad:claimCount ?nc }} }}
INSERT {{ GRAPH <{STATS_GRAPH}> {{ <{COUNTS}> sanad:articleCount ?ma ; sanad:claimCount ?mc }} }}
WHERE {{
  VALUES (?ka ?kc) {{ ({totals['ka']} {totals['kc']}) }}
  OPTIONAL {{ GRAPH <{STATS_GRAPH}> {{ <{COUNTS}> sanad:articleCount ?na ; sanad:claimCount ?nc }} }}
  BIND(COALESCE(?na, 0) + ?ka AS ?ma) BIND(COALESCE(?nc, 0) + ?kc AS ?mc)
}}"""


def article_update(graph: str, ntriples: str, related: bool = True, also: Sequence[str] = (),
                   stored: bool = True) -> str:
    """The SPARQL update that replaces an article graph and moves the counts with it. `related`:
    whether a relation may touch a claim of the old or the new graph (then the records of the
    sources on both ends are recounted in the same update). `also`: more operations of the same
    write, run first (the article's relating-pending mark, kg.incremental). `stored=False`: the
    graph is known to be absent (read by the one writer just before), so there are no old counts
    to take away and the new ones are counted here (_added_counts), not in the store."""
    added = None if stored else _added_counts(graph, ntriples)
    recount = [
        _mark_related_sources(graph),
        _drop_relation_counts(_RECOUNT_SCOPE),
        _relation_counts(_RECOUNT_SCOPE),
        f"DELETE WHERE {{ GRAPH <{STATS_GRAPH}> {{ ?src sanad:recount true }} }}",
    ] if related else []
    return PREFIX + " ;\n".join([
        *also,
        *([_mark_related_sources(graph)] if related else []),
        *([_claim_delta(graph, "-")] if added is None else []),
        f"DROP SILENT GRAPH <{graph}>",
        f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}} }}",
        added or _claim_delta(graph, "+"),
        *recount,
        _DROP_EMPTY,
    ])


_CLAIM_SUBJECT = re.compile(r"^(<[^>]+>) <http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type> <http://schema\.org/Claim> \.",
                            re.MULTILINE)


def replace_article_graph(store: Store, graph: str, ntriples: str, also: Sequence[str] = (),
                          stored: bool = True) -> int | None:
    """Replace an article graph (its whole content, N-Triples) and its share of the counts, in one
    update; the store generation it made (kg.search_index follows it). The recount of relation counts is left out when no relation names a claim of the old or
    the new graph (every new article): the update is then about 40 % cheaper. That check is read
    before the update, which is exact while relations and articles are written by one writer at a
    time, as they are (`sanad ingest` holds the store's lock; a server writes its jobs one by one
    and marks the counts stale before a raw write). `stored`: as in article_update (False only when
    that one writer has just read that the graph is absent)."""
    claims = " ".join(_CLAIM_SUBJECT.findall(ntriples))
    related = store.ask(f"""{PREFIX} ASK {{ {{ GRAPH <{graph}> {{ ?c a schema:Claim }} }}
  {f"UNION {{ VALUES ?c {{ {claims} }} }}" if claims else ""}
  GRAPH <{RELATIONS_GRAPH}> {{ ?r sanad:claim ?c }} }}""")
    return store.write_update(article_update(graph, ntriples, related, also, stored))


def _write_counts(store: Store, sparql: str) -> None:
    """A write of counts or relations, never of a claim text: the search index stays in step."""
    from . import search_index

    search_index.followed(store, store.write_update(sparql))


def relations_counts_operations() -> str:
    """Update operations, without their PREFIX prologue (a request has one, at its start: see
    PREFIX), recounting every relation-derived count; appended to a write of the relations graph,
    or run alone by `refresh_relation_counts`."""
    return " ;\n".join([_drop_relation_counts(), _relation_counts(), _kind_totals()])


def replace_relations_graph(store: Store, ntriples: str) -> None:
    """Replace the relations graph and recount what depends on it, in one update."""
    _write_counts(store, PREFIX + " ;\n".join([
        f"DROP SILENT GRAPH <{RELATIONS_GRAPH}>",
        f"INSERT DATA {{ GRAPH <{RELATIONS_GRAPH}> {{\n{ntriples}\n}} }}",
        relations_counts_operations(),
    ]))


def refresh_relation_counts(store: Store) -> None:
    """Recount the relation-derived counts after relations were written some other way."""
    _write_counts(store, PREFIX + relations_counts_operations())


def recompute_update() -> str:
    """Every count from scratch: the stats graph replaced in one update."""
    return " ;\n".join([
        PREFIX + f"DROP SILENT GRAPH <{STATS_GRAPH}>",
        f"""INSERT {{ GRAPH <{STATS_GRAPH}> {{ ?cell a sanad:SourceMonthCounts ; sanad:countsFor ?src ; sanad:month ?month ;
                                          sanad:claimCount ?n }} }}
WHERE {{
  {{ SELECT ?src ?month (COUNT(DISTINCT ?c) AS ?n) WHERE {{
      GRAPH ?g {{ ?c a schema:Claim ; schema:author ?src ; prov:wasDerivedFrom ?a . {_DATES} }}
      {_MONTH} }} GROUP BY ?src ?month }}
  {_MONTH_CELL}
}}""",
        _relation_counts(),
        _kind_totals(),
        f"""INSERT {{ GRAPH <{STATS_GRAPH}> {{ <{COUNTS}> a sanad:Counts ; sanad:articleCount ?na ; sanad:claimCount ?nc }} }}
WHERE {{ SELECT (COUNT(DISTINCT ?a) AS ?na) (COUNT(DISTINCT ?c) AS ?nc) WHERE {{
  GRAPH ?g {{ {{ ?a a schema:NewsArticle }} UNION {{ ?c a schema:Claim }} }} }} }}""",
    ])


def recompute(store: Store) -> None:
    _write_counts(store, recompute_update())


def mark_stale(store: Store) -> None:
    """Before a write Sanad cannot follow (a user's SPARQL Update or Graph Store request, a
    restore): the counts are marked incomplete, and the next read recomputes them; and the relating
    index (kg.relating_index) loses its stamp, so the next relating reads every claim again."""
    from .relating_index import drop_stamp_operation

    _write_counts(store, f"{PREFIX} DELETE DATA {{ GRAPH <{STATS_GRAPH}> {{ <{COUNTS}> a sanad:Counts }} }} ;\n"
                  + drop_stamp_operation())


def _writable(store: Store) -> bool:
    return not getattr(store, "read_only", False)


def ensure(store: Store) -> bool:
    """Whether the kept counts can be read: complete, or recomputed now (a store this process
    cannot write, or a server refusing the update, gives False: read the aggregates instead)."""
    if store.ask(f"{PREFIX} ASK {{ GRAPH <{STATS_GRAPH}> {{ <{COUNTS}> a sanad:Counts }} }}"):
        return True
    if not _writable(store):
        return False
    try:
        recompute(store)
    except StoreError:
        return False
    return True


# -- reads

def totals(store: Store) -> dict[str, int]:
    """{"articles", "claims", and each relation kind's notation: count} (what /api/stats shows)."""
    out = {"articles": 0, "claims": 0}
    for r in store.select(f"""{PREFIX} SELECT ?articles ?claims WHERE {{ GRAPH <{STATS_GRAPH}> {{
  <{COUNTS}> sanad:articleCount ?articles ; sanad:claimCount ?claims }} }}"""):
        out = {"articles": r["articles"], "claims": r["claims"]}
    for r in store.select(f"""{PREFIX} SELECT ?kind ?n WHERE {{ GRAPH <{STATS_GRAPH}> {{
  ?node a sanad:RelationKindCounts ; sanad:relationKind ?k ; sanad:relationCount ?n }} ?k skos:notation ?kind }}"""):
        out[r["kind"]] = r["n"]
    return out


def source_claim_counts(store: Store) -> dict[str, int]:
    """Claims per source IRI."""
    return {r["src"]: r["n"] for r in store.select(f"""{PREFIX} SELECT ?src (SUM(?c) AS ?n) WHERE {{
  GRAPH <{STATS_GRAPH}> {{ ?cell a sanad:SourceMonthCounts ; sanad:countsFor ?src ; sanad:claimCount ?c }} }} GROUP BY ?src""")}


def source_record(store: Store, src: str) -> dict[str, int]:
    """Relations with other sources of one source, by kind ("contradicts", "supports")."""
    rows = store.select(f"""{PREFIX} SELECT ?contradicts ?supports WHERE {{ GRAPH <{STATS_GRAPH}> {{
  ?node a sanad:SourceCounts ; sanad:countsFor <{src}> .
  OPTIONAL {{ ?node sanad:contradictedByOthers ?contradicts }} OPTIONAL {{ ?node sanad:corroboratedByOthers ?supports }} }} }}""")
    return {k: v for r in rows for k, v in r.items() if v}


def source_months(store: Store, src: str) -> list[dict[str, Any]]:
    """One source's claims per month, with how many of them other sources contradict / corroborate."""
    rows = store.select(f"""{PREFIX} SELECT ?month ?claims ?contradicted ?corroborated WHERE {{ GRAPH <{STATS_GRAPH}> {{
  ?cell a sanad:SourceMonthCounts ; sanad:countsFor <{src}> ; sanad:month ?month ; sanad:claimCount ?claims .
  OPTIONAL {{ ?cell sanad:contradictedClaimCount ?contradicted }} OPTIONAL {{ ?cell sanad:corroboratedClaimCount ?corroborated }}
}} }} ORDER BY ?month""")
    return [{"month": r["month"] or None, "claims": r["claims"], "contradicted": r["contradicted"] or 0,
             "corroborated": r["corroborated"] or 0} for r in rows]
