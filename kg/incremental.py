"""Incremental relating: after articles are added or replaced, judge only what changed.

A full recompute (kg.ingest.relate_store) judges every candidate pair of the whole graph again, so
a three-article live job paid for all stored claims. Here the candidate search still runs over all
stored claims, exactly as the full recompute runs it (blocks, neighbours by meaning, the conflict
channel, each bounded per claim), but the model and the rules judge only the pairs with a *touched*
statement: one with a claim of a changed article, or whose reprint group is not the stored one.
A candidate pair of two untouched statements keeps its stored relation (the same claims, the same
group sources, so the same verdict); a stored relation whose pair is no longer a candidate, or
whose claim is gone, is dropped. The difference is written to the relations graph in one SPARQL
update, so readers see the old relations or the new ones, never half.

What may differ from a full recompute: the per-claim bounds. A new claim can take a slot in an
old claim's bounded candidates; the pair it displaces is dropped here as in a full recompute, but
the displaced partner's freed slot can make a pair of two *untouched* statements a candidate only
now (or a removed claim can shrink a block under its size limit). A full recompute judges such a
pair; here it waits until one of its statements changes. On the corpus (seed + 429 articles, then
the last 20) no such pair arose: the same 61 relations and the same relations-graph triples as a
full recompute (bench/incremental_relate_bench.py). Two checks read beyond the pair and are applied
only to the pairs judged in a run: a denial's partners must agree with one another (kg.relate.fan_out),
and a speaker's figure that two outlets quoted apart is a contradiction unless one outlet carried both
(kg.relate.quoted); an old pair that a new article would change by these waits, as above. Nor does
relating here re-judge untouched pairs after an upgrade of the rules (the method names only the learned
model): run `sanad relate-store` after upgrading. `sanad relate-store` (relate_store) recomputes
everything, and is used by itself when the stored relations were made by another relating method
(kg.relate.METHOD) or there are none.

What the relating index (kg.relating_index, a side file) spares each run: reading every claim from
the store, looking every vector up by text, and deriving every claim's facts and reprint signature
again; only the changed articles' claims are read from the store. What stays linear in the store on
every run: loading the index's rows, the source table, the neighbour search over all vectors, and the
candidate search over all statements (in memory; bounded per claim, so its result depends on all).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from . import relating_index, search_index
from .model import BASE, RELATIONS_GRAPH
from .rdf import RELATION_PROPERTY, SANAD, relations_graph
from .relate import METHOD as RELATE_METHOD
from .repository import Repository, literal
from .stats import PREFIX as STATS_PREFIX, relations_counts_operations
from .speakers import SPEAKERS_GRAPH, appearances, reports, speakers_graph
from .store import Store

_PREFIX = f"PREFIX sanad: <{SANAD}> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX schema: <http://schema.org/>"
# Articles written but not yet related: marked in the update that writes each article, cleared by the
# update that relates them, so articles left unrelated (a job stopped half-way, a crash, an ingest
# with relate=False) are related by the next incremental run, not forgotten.
PENDING_GRAPH = f"{BASE}graph/relating-pending"
_PENDING = f"<{PENDING_GRAPH}> <{SANAD}pendingArticle>"
_KIND_OF = {str(v): k for k, v in (("contradicts", SANAD.Contradiction), ("supports", SANAD.Support))}


class _Stored:
    """The relations graph as stored: its method, relation nodes by claim pair, reprint triples."""

    def __init__(self, store: Store):
        g = RELATIONS_GRAPH
        methods = store.select(f"""{_PREFIX} SELECT ?method WHERE {{ GRAPH <{g}> {{
            <{g}> prov:wasGeneratedBy ?act . ?act sanad:method ?method }} }}""")
        self.method = methods[0]["method"] if len(methods) == 1 else None
        claims_of: dict[str, list[str]] = defaultdict(list)
        self.kind: dict[str, str] = {}
        self.independent = {r["node"]: r["ind"] in (True, "true") for r in store.select(f"""{_PREFIX} SELECT ?node ?ind
            WHERE {{ GRAPH <{g}> {{ ?node a sanad:ClaimRelation ; sanad:independent ?ind }} }}""")}
        for r in store.select(f"""{_PREFIX} SELECT ?node ?kind ?c WHERE {{ GRAPH <{g}> {{
                ?node a sanad:ClaimRelation ; sanad:relationKind ?kind ; sanad:claim ?c }} }}"""):
            claims_of[r["node"]].append(r["c"])
            self.kind[r["node"]] = _KIND_OF.get(r["kind"], "")
        self.claims = {n: tuple(sorted(cs)) for n, cs in claims_of.items()}
        self.by_pair: dict[tuple[str, str], list[str]] = defaultdict(list)
        for n, pair in self.claims.items():
            self.by_pair[pair].append(n)
        self.reprint_of = {r["c"]: r["first"] for r in store.select(
            f"{_PREFIX} SELECT ?c ?first WHERE {{ GRAPH <{g}> {{ ?c sanad:reprintOf ?first }} }}")}
        self.first_appearance = {(r["c"], r["app"]) for r in store.select(
            f"{_PREFIX} SELECT ?c ?app WHERE {{ GRAPH <{g}> {{ ?c schema:firstAppearance ?app }} }}")}

    def group(self, claim_id: str) -> set[str] | None:
        """The stored statement a canonical claim heads (None: it was stored as another's reprint)."""
        if claim_id in self.reprint_of:
            return None
        return {claim_id, *self._reprints.get(claim_id, ())}

    @property
    def _reprints(self) -> dict[str, set[str]]:
        if not hasattr(self, "_reprints_cache"):
            out: dict[str, set[str]] = defaultdict(set)
            for c, first in self.reprint_of.items():
                out[first].add(c)
            self._reprints_cache = out
        return self._reprints_cache


def pending_mark(article_key: str) -> str:
    """The update operation marking an article pending; it goes in the update that writes the
    article (kg.stats.replace_article_graph), so an article is never stored unmarked."""
    return f"INSERT DATA {{ GRAPH <{PENDING_GRAPH}> {{ {_PENDING} {literal(article_key)} }} }}"


def pending_articles(store: Store) -> set[str]:
    return {r["k"] for r in store.select(f"SELECT ?k WHERE {{ GRAPH <{PENDING_GRAPH}> {{ {_PENDING} ?k }} }}")}


def relate_changes(store: Store, changed_articles: Iterable[str]) -> dict[str, int]:
    """Relate after the articles with these keys were written (added or replaced), and any left
    pending by an earlier write; the counts of all relations in the graph afterwards, by kind, as
    relate_store returns them."""
    from .ingest import (article_outlets, independent_statements, relate_claims, relate_store, statement_printed,
                         vector_cache)

    stored = _Stored(store)
    if stored.method != RELATE_METHOD:
        return relate_store(store)  # none stored yet, or made by another method: nothing to keep
    pending = pending_articles(store)
    changed = set(changed_articles) | pending
    cache = vector_cache(store)
    try:
        # the claims from the relating index, re-reading only the changed articles (kg.relating_index)
        prepared = relating_index.prepare(store, changed, cache)
    except BaseException:
        cache.close()
        raise
    if prepared is not None:
        claims, embed, derived = prepared.claims, (lambda texts: prepared.vecs), prepared.derived
    else:
        claims, embed, derived = Repository(store).all_claims(), cache.embed, None
    ids = [c["id"] for c in claims]
    touched: set[int] = set()

    def judge_only(i: int, j: int) -> bool:
        return i in touched or j in touched

    try:
        # the statements are known only inside relate_claims; it asks judge_only after grouping
        found = relate_claims(claims, embed, judge_only=judge_only, derived=derived, outlets=article_outlets(store),
                              on_statements=lambda statements: touched.update(
                                  s.canonical for s in statements
                                  if any(claims[m]["article_key"] in changed for m in s.members)
                                  or stored.group(ids[s.canonical]) != {ids[m] for m in s.members}))
        stamp = prepared.save() if prepared is not None else [relating_index.drop_stamp_operation()]
    finally:
        cache.close()
        if prepared is not None:
            prepared.close()
    kept = {n for i, j in found.skipped for n in stored.by_pair.get(tuple(sorted((ids[i], ids[j]))), ())}
    # A new name can join two sources into one speaker (kg.speakers): a kept relation's independence
    # is recomputed, as a full recompute would.
    report = reports(claims)
    group_sources = {ids[s.canonical]: appearances(claims, s.members, report) for s in found.statements}
    group_printed = {ids[s.canonical]: statement_printed(claims, s) for s in found.statements}
    text_of = dict(zip(ids, (c["text"] for c in claims)))
    independence = {n: independent_statements(text_of.get(a, ""), text_of.get(b, ""), group_sources.get(a, set()),
                                              group_sources.get(b, set()), found.speakers,
                                              stored.kind.get(n) == "supports", group_printed.get(a, ((), "")),
                                              group_printed.get(b, ((), "")))
                    for n in kept for a, b in [(stored.claims[n][0], stored.claims[n][-1])]}
    flipped = {n: v for n, v in independence.items() if stored.independent.get(n) is not None
               and stored.independent[n] != v}
    dropped = set(stored.claims) - kept
    added = relations_graph(found.relations, RELATE_METHOD)
    reprints = relations_graph([], RELATE_METHOD, found.statements, claims)
    want_reprint = {(str(s), str(o)) for s, p, o in reprints if p == SANAD.reprintOf}
    want_first = {(str(s), str(o)) for s, p, o in reprints if str(p) == "http://schema.org/firstAppearance"}
    have_reprint = set(stored.reprint_of.items())
    _write(store, dropped, stored, added, pending,
           reprint_out=have_reprint - want_reprint, reprint_in=want_reprint - have_reprint,
           first_out=stored.first_appearance - want_first, first_in=want_first - stored.first_appearance,
           flipped=flipped, speakers=speakers_graph(found.speakers, RELATE_METHOD), also=stamp)
    counts: dict[str, int] = defaultdict(int)
    for n in kept:
        counts[stored.kind[n]] += 1
    for r in found.relations:
        counts[r.relation.relation] += 1
    return dict(counts)


def _write(store: Store, dropped: set[str], stored: _Stored, added, pending: set[str], reprint_out, reprint_in, first_out,
           first_in, flipped: dict[str, bool], speakers, also: list[str] = ()) -> None:
    """One SPARQL update: deletions first (a re-judged relation keeps its IRI), then insertions,
    each one operation however many relations changed (a flipped independence included);
    the speakers graph (kg.speakers, cheap to recompute from all claims) is replaced whole. `also`:
    more operations of the same write (the relating index's stamp)."""
    g = RELATIONS_GRAPH
    ops = []
    if dropped:
        values = " ".join(f"<{n}>" for n in sorted(dropped))
        ops.append(f"DELETE {{ GRAPH <{g}> {{ ?n ?p ?o }} }} WHERE {{ VALUES ?n {{ {values} }} GRAPH <{g}> {{ ?n ?p ?o }} }}")
    links = []
    for n in sorted(dropped):
        prop = RELATION_PROPERTY.get(stored.kind[n])
        a, b = stored.claims[n][0], stored.claims[n][-1]
        if prop is not None:
            links.append(f"<{a}> <{prop}> <{b}> . <{b}> <{prop}> <{a}> .")
    links += [f"<{c}> <{SANAD.reprintOf}> <{f}> ." for c, f in sorted(reprint_out)]
    links += [f"<{c}> <http://schema.org/firstAppearance> <{a}> ." for c, a in sorted(first_out)]
    # a kept relation whose independence flipped: its old value goes with the deletions, the new with the insertions
    links += [f"<{n}> <{SANAD.independent}> {str(not value).lower()} ." for n, value in sorted(flipped.items())]
    if links:
        ops.append(f"DELETE DATA {{ GRAPH <{g}> {{\n" + "\n".join(links) + "\n}}")
    inserts = added.serialize(format="nt").strip()
    more = [f"<{c}> <{SANAD.reprintOf}> <{f}> ." for c, f in sorted(reprint_in)]
    more += [f"<{c}> <http://schema.org/firstAppearance> <{a}> ." for c, a in sorted(first_in)]
    more += [f"<{n}> <{SANAD.independent}> {str(value).lower()} ." for n, value in sorted(flipped.items())]
    ops.append(f"INSERT DATA {{ GRAPH <{g}> {{\n{inserts}\n" + "\n".join(more) + "\n}}")
    ops.append(f"DROP SILENT GRAPH <{SPEAKERS_GRAPH}>")
    ops.append(f"INSERT DATA {{ GRAPH <{SPEAKERS_GRAPH}> {{\n{speakers.serialize(format='nt').strip()}\n}}}}")
    if pending:  # related now, in the same update (the store has one writer: none was marked since)
        ops.append(f"DROP SILENT GRAPH <{PENDING_GRAPH}>")
    ops += also
    ops.append(relations_counts_operations())  # the counts pages read (kg.stats) follow, in the same update
    search_index.followed(store, store.write_update(STATS_PREFIX + " ;\n".join(ops)))  # no claim text in it
