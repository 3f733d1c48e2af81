"""The batch driver: read → extract → write each article's graph → relate across the graph."""

from __future__ import annotations

import itertools
import json
import sys
from collections import defaultdict
from collections.abc import Sized
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Graph
from tqdm import tqdm

from . import search_index
from .model import BASE, Extraction, SOURCES_GRAPH, ClaimRelation, source_iri
from .rdf import article_graph, relations_graph, sources_graph
from .reader import Item, ReadError, _decode, discover, read  # _decode: count as the reader reads
from .relate import METHOD as RELATE_METHOD
from .neighbours import nearest_of, neighbours
from .relate import candidate_pairs, conflict_pairs, corroboration_rail, facts, far_apart, model
from .relate.arrests import arrest_figures, arrests_differ
from .relate.breakdown import part_figures, parts_differ
from .relate.events import TOLL_DAYS
from .relate.candidates import denial_pairs, downing_pairs, holding_pairs, toll_pairs
from .relate.denials import corpus_verdict
from .relate.fan_out import drop_fan_out
from .relate.injuries import INJURY_DAYS, injured_differ, injured_figures
from .relate.one_article import article_pairs, statements_conflict
from .relate.quoted import figure_verdict, quoted_why, revised_in_one_outlet
from .relate.quoted import figures as quoted_figures
from .relate.quoted import figures_differ as quoted_differ
from .relate.single_event import RevisedFigures, outlook, outlook_rail, own_revision_rail, revision_rail
from .reprints import Statement, reworded, worded_alike
from .reprints import group as group_reprints
from .repository import Repository
from .stats import ensure as ensure_counts, replace_article_graph, replace_relations_graph
from .sources import ONTOLOGY_DIR, name_as_first_written, preferred_label
from .anonymous import in_report
from .speakers import (SPEAKERS_GRAPH, Resolution, appearance_identities, appearances, describes_people,
                       independent_appearances, reports, resolve_claims, speakers_graph)
from .store import Store
from .incremental import PENDING_GRAPH, pending_mark
from .workers import MIN_ARTICLES_PER_WORKER, workers_for

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
    changed: list[str] = field(default_factory=list)  # keys of the articles written (for relating; not in to_json)

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
    # no claim text in either: the search index stays in step (one count per run saved)
    search_index.followed(store, store.replace_graph(VOCABULARY_GRAPH, _nt(vocab)))
    search_index.followed(store, store.replace_graph(SOURCES_GRAPH, _nt(sources_graph())))
    ensure_counts(store)  # complete before the writes move them (recomputed once on an older store)


def stored_source_names(store: Store, ext) -> dict[str, str]:
    """The names that the article's unregistered sources already have in other article
    graphs, so that a source keeps one label in the store however later articles spell it
    (the first article to name it decides). Only a stored name that some attribution wrote
    (sanad:asWritten) is kept: older versions labelled these sources with the normalized
    matching form, which gives way to this article's spelling."""
    keys = sorted({c.source.key for c in ext.claims if not c.source.registered and c.source.name})
    if not keys:
        return {}
    values = " ".join(f"<{source_iri(k)}>" for k in keys)
    prefixes = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX sanad: <https://w3id.org/sanad/ns#>"""
    # Two lookups joined here, not one query with FILTER EXISTS: that re-scanned every attribution
    # of a source for each graph naming it, which grew with the square of the store (252 ms an
    # article at 1.3k SaudiNewsNet articles, 92 % of the ingest); these grow with it linearly.
    labelled = store.select(f"""{prefixes}
SELECT DISTINCT ?src ?name WHERE {{ VALUES ?src {{ {values} }}
  GRAPH ?g {{ ?src skos:prefLabel ?name }} FILTER(?g != <{ext.article.graph}>) }}""")
    if not labelled:
        return {}
    written = {(r["src"], r["w"]) for r in store.select(f"""{prefixes}
SELECT DISTINCT ?src ?w WHERE {{ VALUES ?src {{ {values} }} ?att prov:agent ?src ; sanad:asWritten ?w }}""")}
    found: dict[str, list[str]] = defaultdict(list)
    for r in labelled:
        if (r["src"], r["name"]) in written:
            found[r["src"].rsplit("/", 1)[-1]].append(r["name"])
    return {key: best for key, names in found.items() if (best := preferred_label(names))}


def ingest(paths: list[str], store: Store, progress: bool = True,
           on_error: Callable[[str], None] | None = None, parse: bool = True, *,
           workers: int = 1, dask: str | None = None) -> Report:
    """Ingest article files and folders. `parse=False`: extraction by the rules alone, without
    stanza (much faster, a little less accurate; the method recorded in each article graph's
    provenance says which). `workers`/`dask`: where extraction runs (kg.workers)."""
    files = discover(paths)
    report = Report(files=len(files))
    items = (item for f in files for item in read(f))
    return ingest_items(items, store, report, progress=progress, on_error=on_error, parse=parse,
                        workers=workers, dask=dask, total=count_articles(files))


def count_articles(targets: Iterable[Path | str]) -> int | None:
    """How many items `read` will yield for these files, counted without extracting anything (for
    the progress bar's total and ETA): a JSONL file's non-blank lines, a JSON array's elements, one
    for any other file (an unreadable file is one error). None when a URL is among them: a feed's
    items are known only once it is fetched."""
    total = 0
    for f in targets:
        if isinstance(f, str):
            return None
        suffix = f.suffix.lower()
        try:
            if suffix == ".jsonl":
                # splitlines, as the reader splits: it also breaks at U+2028 and friends
                total += sum(1 for line in _decode(f).splitlines() if line.strip())
                continue
            if suffix == ".json":
                obj = json.loads(_decode(f))
                total += len(obj) if isinstance(obj, list) else 1
                continue
        except (ReadError, ValueError, RecursionError):
            pass  # the reader reports it as one error
        total += 1
    return total


def ingest_items(items: Iterable[Item], store: Store, report: Report | None = None, progress: bool = True,
                 on_error: Callable[[str], None] | None = None, parse: bool = True,
                 relate: bool = True, *, workers: int = 1, dask: str | None = None,
                 total: int | None = None) -> Report:
    """The one ingest loop behind every way articles arrive (files, and any other reader that
    yields `kg.reader.Item`s): each article is extracted and written as one atomic graph
    replacement, a bad one is reported and skipped, and the graph is related once at the end.

    Extraction runs in this process (`workers=1`), in `workers` processes, or on Dask (`dask`:
    "local" or a scheduler address); the writes stay here, one per article, in article order, so
    the store ends the same whichever runs it. `total`: the number of items, when the caller knows
    it (a list's length is used by itself), for the progress bar's rate and ETA. Relating judges
    only the pairs the written articles touch (kg.incremental)."""
    report = report or Report()
    if total is None and isinstance(items, Sized):
        total = len(items)
    if total is None and workers > 1 and not dask:
        items, total = _peek_total(items, workers * MIN_ARTICLES_PER_WORKER)
    with workers_for(parse, workers, dask, articles=total) as extraction:
        write_reference_graphs(store)
        bar = tqdm(total=total, unit="article", disable=not progress, file=sys.stderr, desc="ingest")
        try:
            for done in extraction.extract_all(items):
                bar.update(1)
                if done.error:
                    _failed(report, done.error, on_error)
                    continue
                try:
                    existed = write_extraction(done.extraction, done.method, store)
                except Exception as e:  # one bad article must not stop the batch
                    _failed(report, f"{done.item.origin}: extraction failed ({type(e).__name__}: {e})", on_error)
                    continue
                report.articles += 1
                report.changed.append(done.extraction.article.key)
                report.replaced += existed
                report.new += not existed
                report.claims += len(done.extraction.claims)
        finally:
            bar.close()
    if relate:
        report.relations = relate_changes(store, report.changed)
    return report


def _peek_total(items: Iterable[Item], enough: int) -> tuple[Iterable[Item], int | None]:
    """Read up to `enough` items ahead: a stream that ends sooner (one URL, a short feed) has a
    known length, which sizes the pool and the progress bar. The items are given back in full."""
    it = iter(items)
    head = list(itertools.islice(it, enough))
    return itertools.chain(head, it), (len(head) if len(head) < enough else None)


def write_extraction(ext: Extraction, method: str, store: Store) -> bool:
    """Replace the article's graph with its extraction in one write; whether it was stored before.
    Its unregistered sources take the names already stored for them, so this reads the store and
    must run after every earlier article is written."""
    name_as_first_written(ext.claims, stored_source_names(store, ext))
    g = article_graph(ext, method)
    existed = store.ask(f"ASK {{ GRAPH <{ext.article.graph}> {{ ?s ?p ?o }} }}")
    # the graph, its counts and its relating-pending mark: one update, so no article is stored unmarked
    with search_index.article_write(store):  # searches meanwhile answer from SPARQL
        generation = replace_article_graph(store, ext.article.graph, _nt(g), also=[pending_mark(ext.article.key)],
                                           stored=existed)
        search_index.index_article(store, ext.article.graph, g, generation)
    return existed


def _failed(report: Report, msg: str, on_error: Callable[[str], None] | None) -> None:
    report.errors.append(msg)
    if on_error:
        on_error(msg)


MIN_CONFIDENCE = 0.5  # a stored relation is the model's clear verdict, not a three-way toss-up
_BATCH = 4096
NEIGHBOURS = 8  # candidates by meaning per claim (kg.neighbours), on top of the shared-word blocks
NEIGHBOUR_COS = 0.5  # below this cosine two claims are not about one thing (USE: unrelated pairs ~0.1–0.3)
DENIAL_NEIGHBOURS = 24  # neighbours by meaning searched per denied claim (kg.relate.candidates.denial_pairs)
# a denial's candidates reach lower than a denial by meaning is judged (kg.relate.denials.DENIAL_COS): the word rule
# may find its rare words in a pair the rare-word pairing missed (on the corpus: 65 pairs at 0.45, 15 at 0.6)
DENIAL_PAIR_COS = 0.45


@dataclass
class Relating:
    """What relating the graph found: relations between statements, and the statements (a claim
    and its reprints) they stand on."""
    relations: list[ClaimRelation]
    statements: list[Statement]
    speakers: Resolution | None = None
    # candidate pairs (claim positions of two canonical claims) that `judge_only` kept from the model
    skipped: list[tuple[int, int]] = field(default_factory=list)


def find_relations(claims: list[dict], embed: Callable | None = None) -> list[ClaimRelation]:
    return relate_claims(claims, embed).relations


def relate_claims(claims: list[dict], embed: Callable | None = None,
                  judge_only: Callable[[int, int], bool] | None = None,
                  on_statements: Callable[[list[Statement]], None] | None = None,
                  derived: "ClaimDerivations | None" = None, outlets: dict[str, str] | None = None) -> Relating:
    """Relations among stored claims.

    1. Embed every claim (kg.encoder; `embed` is the store's cache) and find each one's nearest
       neighbours by meaning (kg.neighbours).
    2. Group reprints — the same statement printed again — into statements (kg.reprints); only
       their canonical (earliest) claims are related, so a wire story printed by five outlets is
       one statement, not ten corroborations.
    3. Candidate pairs: claims sharing an event and a content word (kg.relate.candidate_pairs)
       plus neighbours by meaning, all bounded per claim, judged by the learned model in batches
       and then by the corpus rules (kg.relate.denials.corpus_verdict: denials, counts, causes,
       control of places the model does not see; time limits on its contradictions); plus denied
       or counting claims with those sharing the most rare words with them (kg.relate.conflict_pairs)
       and denied claims with their nearest claims by meaning of other sources
       (kg.relate.candidates.denial_pairs), judged by the conflict rules alone; a denial paired with several
       claims of different content keeps the best or none (kg.relate.fan_out).
    4. A corroboration is stored only where both claims assert one proposition: the model's own support
       probability or the encoder's cosine says so (kg.relate.corroboration_rail), not a shared event word.
    A relation is `same_source` when its two claims have one author, and `independent` when no
    speaker is behind both statements among all their appearances: a source's other names and the
    body a speaker speaks for count as that speaker (kg.speakers).

    `judge_only(i, j)` (positions in `claims` of two canonical claims): which candidate pairs to
    judge; the others are listed in `Relating.skipped` (incremental relating keeps their stored
    verdicts, kg.incremental); `on_statements` is told the statements before any pair is judged.
    `derived`: what is kept per claim (kg.relating_index) instead of derived again from its text here;
    the same values either way. `outlets`: each article's publisher by article IRI (`article_outlets`), which
    tells one speaker quoted by two outlets from one outlet's revision (kg.relate.quoted)."""
    if embed is None:
        from .encoder import embed
    vecs = embed([c["text"] for c in claims]) if claims else None
    lists = derived.neighbour_lists(vecs) if derived is not None and claims else None
    near = list(neighbours(vecs, k=NEIGHBOURS, min_cos=NEIGHBOUR_COS, lists=lists)) if claims else []
    statements = (group_reprints(claims, near, derived.text_keys, derived.signature) if derived is not None
                  else group_reprints(claims, near))
    if on_statements is not None:
        on_statements(statements)
    canon = [s.canonical for s in statements]
    items = [(claims[i]["key"], derived.facts(i) if derived is not None else claim_facts(claims[i])) for i in canon]
    checks = KeepChecks(claims, statements, items, outlets)
    found: list[ClaimRelation] = []
    m = model() if len(items) > 1 else None
    batch: list[tuple[int, int, str]] = []
    skipped: list[tuple[int, int]] = []

    def keep(i: int, j: int, rel, p_support: float = 0.0, channel: str = "blocks") -> None:
        a, b = claims[canon[i]], claims[canon[j]]
        if rel.relation == "supports":
            if far_apart(a.get("date"), b.get("date")):
                return
            rel = corroboration_rail(rel, items[i][1], items[j][1], p_support, float(vecs[canon[i]] @ vecs[canon[j]]),
                                     a.get("date"), b.get("date"), by_meaning_only=channel == "meaning")
        if rel.relation == "unrelated" or rel.confidence < MIN_CONFIDENCE:
            return
        independent = checks.independent(i, j, rel.relation == "supports")
        rel = checks.quoted_apart(i, j, rel, independent) or rel  # one speaker quoted apart: said so in `why`
        if checks.stopped(i, j, rel, independent) is not None:
            return  # one speaker's update of its figure, or a forecast read as "fall vs rise" (kg.relate.single_event)
        found.append(ClaimRelation(a=a, b=b, relation=rel, same_source=a["source"]["key"] == b["source"]["key"],
                                   independent=independent))

    def judge(i: int, j: int, rel=None):
        """The model's verdict within the corpus rules (kg.relate.denials.corpus_verdict), or, for a pair
        only the conflict channels found (`rel` None), the conflict rules' verdict alone."""
        return checks.verdict(i, j, rel, float(vecs[canon[i]] @ vecs[canon[j]]))

    def flush():
        # the claims' vectors are at hand: a model that reads the encoder gets them, nothing is embedded again
        pair_vecs = (vecs[[canon[i] for i, _, _ in batch]], vecs[[canon[j] for _, j, _ in batch]]) if m.uses_encoder \
            else None
        rels, probs = m.predict_with_probabilities([(items[i][1], items[j][1]) for i, j, _ in batch],
                                                   explain_all=False, graph=True, vectors=pair_vecs)
        p_support = probs[:, m.labels.index("supports")]
        for (i, j, channel), rel, p in zip(batch, rels, p_support):
            keep(i, j, judge(i, j, rel), float(p), channel)
        batch.clear()

    for i, j, channel in graph_candidates(claims, statements, items, near, vecs, derived, checks.authors()):
        a, b = claims[canon[i]], claims[canon[j]]
        if a["article"] == b["article"] and a["source"]["key"] == b["source"]["key"]:
            continue  # one source's statements in one article (or two halves of one headline) go together
        if judge_only is not None and not judge_only(canon[i], canon[j]):
            skipped.append((canon[i], canon[j]))
            continue
        if channel in CONFLICT_CHANNELS:
            rel = (statements_conflict(claims, statements[i].members, statements[j].members) if channel == "article"
                   else judge(i, j))
            if rel is not None:
                keep(i, j, rel)
            continue
        batch.append((i, j, channel))
        if len(batch) >= _BATCH:
            flush()
    if batch:
        flush()
    facts_by_key = dict(items)
    found = drop_fan_out(found, lambda c: facts_by_key[c["key"]])  # one denial against many unrelated claims
    found.sort(key=lambda r: r.key)
    return Relating(found, statements, checks.speakers, skipped)


def independent_statements(text_a: str, text_b: str, apps_a: set[tuple[str, str]], apps_b: set[tuple[str, str]],
                           speakers: Resolution, agreeing: bool, printed_a: tuple[Iterable[str], str] = ((), ""),
                           printed_b: tuple[Iterable[str], str] = ((), "")) -> bool:
    """Whether two statements (canonical texts, appearances: kg.speakers.appearances) come from independent sources:
    no speaker behind both (kg.speakers.independent_appearances), and, when they agree, not one wording printed
    twice (kg.reprints.worded_alike) nor one wire sentence reworded (kg.reprints.reworded), nor a report's
    description of unnamed people restating a speaker it quotes (`restated_in_report`; `printed_a`/`printed_b`: the
    articles each statement is printed in and its canonical claim's source name). The graph's relating and
    kg.incremental's recompute of kept relations both ask here."""
    if agreeing and (worded_alike(text_a, text_b) or reworded(text_a, text_b)
                     or restated_in_report(*printed_a, *printed_b)):
        return False
    return independent_appearances(apps_a, apps_b, speakers, agreeing)


def restated_in_report(articles_a: Iterable[str], source_a: str, articles_b: Iterable[str], source_b: str) -> bool:
    """Two statements printed only together — in one article, or in the same articles (one story and its copies) —
    one of them by people the report describes without naming (kg.speakers.describes_people: «متعاملون في قطاع
    التأمين» beside the executive it then quotes, «مسؤولون في النظام» beside the writer citing them): the report's
    lead restating its speaker, one voice (read blind on fresh news, session 22). Two named speakers of one article
    stay two witnesses (the corpus's Jaish al-Fatah and the Observatory on one blast, read as such), and a dispute
    is never touched: only agreement asks."""
    a, b = set(articles_a), set(articles_b)
    return bool(a) and a == b and (describes_people(source_a) or describes_people(source_b))


def statement_printed(claims: list[dict], statement) -> tuple[frozenset[str], str]:
    """Where a statement (kg.reprints grouping: `members`, `canonical`) is printed and by whom, as
    `restated_in_report` reads it: the articles of its claims and its canonical claim's source name."""
    return (frozenset(claims[m]["article"] for m in statement.members),
            claims[statement.canonical]["source"].get("label") or "")


class KeepChecks:
    """What `relate_claims` asks of a judged pair of statements before it keeps it, apart from its verdict: whether
    the two statements are independent (kg.speakers: no speaker behind both among all their appearances) and whether
    a contradiction is one speaker's or body's revision of its own figure (kg.relate.single_event: own_revision_rail,
    revision_rail) or the model's "fall vs rise" with a forecast or a view on one side (outlook_rail: it reads the
    claims' hedge and cue, which the facts do not hold). One speaker's two figures that two outlets carried on one
    day are no revision but a conflict of the record (`quoted_apart`, kg.relate.quoted), and a generic anonymous
    label is one author only within one report (`same_author`, kg.anonymous). `items`: (key, facts) of each
    statement's canonical claim, in the order of `statements`; pairs are positions in it; `outlets`: each article's
    publisher (`article_outlets`). Kept apart so that the recall funnel
    (tests/gold/graph-contradictions-sample-3/funnel.py) reports what the store would keep."""

    def __init__(self, claims: list[dict], statements: list[Statement], items: list,
                 outlets: dict[str, str] | None = None):
        self.claims, self.items = claims, items
        self.canon = [s.canonical for s in statements]
        self.members = {s.canonical: s.members for s in statements}
        # each article's outlet (kg.relate.quoted): its publisher (`article_outlets`), else the outlet whose own
        # voice its report is; None where neither is known
        self._publisher = outlets or {}
        # the publisher as the article gives it (its outlet's claims' as-written label, as `article_outlets` gives it;
        # the outlet's names are kg.outlets'); an article with no publisher has none: not known
        self._outlet_name = {c["source"]["key"]: " ".join(c["source"]["label"].split()) for c in claims
                             if c["source"].get("type") == "outlet-own" and (c["source"].get("label") or "").strip()}
        self._quoted: dict[tuple[str, str], dict[str, set[int]]] | None = None
        # each statement's appearances: who said it in which outlet's report (kg.speakers.independent_appearances)
        self.report = report = reports(claims)
        self.sources = {s.canonical: appearances(claims, s.members, report) for s in statements}
        self.printed = {s.canonical: statement_printed(claims, s) for s in statements}
        self.speakers = resolve_claims(claims)
        # the tolls each speaker, body or outlet gave, by day (named sources only; an anonymous label per report),
        # read when a toll conflict asks
        self.figures = RevisedFigures(lambda: (
            (items[p][1], appearance_identities(self.sources[c], self.speakers), claims[c].get("date"))
            for p, c in enumerate(self.canon)))

    def same_author(self, i: int, j: int) -> bool:
        """The two statements' canonical claims have one author: one source key, and for a generic anonymous label
        («مصادر أمنية») one report too — two outlets' unnamed sources are two authors (kg.anonymous)."""
        a, b = self.claims[self.canon[i]], self.claims[self.canon[j]]
        key = a["source"]["key"]
        if key != b["source"]["key"]:
            return False
        return key not in self.speakers.anonymous or self.report[a["article"]] == self.report[b["article"]]

    def authors(self) -> list[str]:
        """Each statement's author for the figure channels (kg.relate.candidates.toll_pairs): its canonical claim's
        source key, a generic anonymous label's within its report and, where the outlet is known, a speaker's
        within its outlet (kg.relate.quoted: one speaker's figures two outlets carried are compared)."""
        out = []
        for c in self.canon:
            claim = self.claims[c]
            key = claim["source"]["key"]
            outlet = self._outlet(claim["article"])
            out.append(in_report(key, self.report[claim["article"]]) if key in self.speakers.anonymous
                       else f"{key}@{outlet}" if outlet else key)
        return out

    def independent(self, i: int, j: int, supports: bool) -> bool:
        a, b = self.canon[i], self.canon[j]
        return independent_statements(self.claims[a]["text"], self.claims[b]["text"], self.sources[a],
                                      self.sources[b], self.speakers, supports, self.printed[a], self.printed[b])

    def verdict(self, i: int, j: int, rel, cos: float):
        """The corpus rules' verdict on a pair (kg.relate.denials.corpus_verdict; `rel`: the model's, or None for a
        pair only the conflict channels found); for one author's two claims that two outlets carried on one day, the
        figure rules too (kg.relate.quoted: one speaker quoted with two figures)."""
        a, b = self.claims[self.canon[i]], self.claims[self.canon[j]]
        fa, fb = self.items[i][1], self.items[j][1]
        same, same_article = self.same_author(i, j), a["article"] == b["article"]
        found = corpus_verdict(rel, fa, fb, cos, a.get("date"), b.get("date"), same, same_article)
        if same and (found is None or found.relation != "contradicts") and self._outlets_apart(i, j):
            return figure_verdict(fa, fb, cos, a.get("date"), b.get("date"), same_article) or found
        return found

    def _outlet(self, article: str) -> str | None:
        report = self.report.get(article, article)
        return self._publisher.get(article) or (self._outlet_name.get(report) if report != article else None)

    def _outlets_apart(self, i: int, j: int) -> tuple[set[str], set[str]] | None:
        """Each statement's outlets, when the two are dated on one day, every outlet is known and none is on both
        sides; else None."""
        a, b = self.claims[self.canon[i]], self.claims[self.canon[j]]
        if not a.get("date") or a.get("date") != b.get("date"):
            return None
        oa = {self._outlet(self.claims[m]["article"]) for m in self.members[self.canon[i]]}
        ob = {self._outlet(self.claims[m]["article"]) for m in self.members[self.canon[j]]}
        if None in oa | ob or oa & ob:
            return None
        return oa, ob

    def quoted_given(self) -> dict[tuple[str, str], dict[str, set[int]]]:
        """(speaker identity, day) → outlet → the figures it quoted (kg.relate.quoted.figures), read once."""
        if self._quoted is None:
            given: dict[tuple[str, str], dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
            for p, c in enumerate(self.canon):
                found = quoted_figures(self.items[p][1])
                for m in self.members[c] if found else ():
                    claim = self.claims[m]
                    outlet = self._outlet(claim["article"])
                    who = appearance_identities({(claim["source"]["key"], self.report[claim["article"]])},
                                                self.speakers)
                    for w in who if outlet and claim.get("date") else ():
                        given[(w, claim["date"])][outlet] |= found
            self._quoted = given
        return self._quoted

    def quoted_apart(self, i: int, j: int, rel, independent: bool):
        """A figure contradiction between one speaker's two claims carried by two outlets on one day, none of which
        quoted both figures, restated as such (kg.relate.quoted); else None."""
        if rel.relation != "contradicts" or independent:
            return None
        fa, fb = self.items[i][1], self.items[j][1]
        apart = self._outlets_apart(i, j)
        if apart is None or not quoted_differ(fa, fb):
            return None
        who = (appearance_identities(self.sources[self.canon[i]], self.speakers)
               & appearance_identities(self.sources[self.canon[j]], self.speakers))
        day = self.claims[self.canon[i]]["date"]
        if not who or revised_in_one_outlet(self.quoted_given(), who, day, quoted_figures(fa) - quoted_figures(fb),
                                            quoted_figures(fb) - quoted_figures(fa)):
            return None
        named = sorted(self.speakers.names[w] for w in who if self.speakers.names.get(w))
        speaker = f"«{named[0] if named else min(who)}»"
        return quoted_why(rel, speaker, sorted(apart[0]), sorted(apart[1]))

    def stopped(self, i: int, j: int, rel, independent: bool):
        """The rail that stops the relation from being kept, else None."""
        a, b = self.claims[self.canon[i]], self.claims[self.canon[j]]
        fa, fb = self.items[i][1], self.items[j][1]
        if self.quoted_apart(i, j, rel, independent) is not None:  # one speaker quoted apart: not its revision
            return outlook_rail(rel, fa, fb, outlook(a), outlook(b))
        return (own_revision_rail(rel, fa, fb, independent)
                or revision_rail(rel, fa, fb, a.get("date"), b.get("date"), self.figures)
                or outlook_rail(rel, fa, fb, outlook(a), outlook(b)))


def claim_facts(claim: dict):
    """A stored claim's facts as relating reads them (kg.relate.facts)."""
    return facts(claim["text"], claim["polarity"], claim.get("places"))


class ClaimDerivations:
    """What relating derives from each claim's own text, computed on demand (kg.relating_index keeps
    it per claim): its reprint key and signature (kg.reprints) and its facts (kg.relate.facts)."""

    def __init__(self, claims: list[dict]):
        from .reprints import text_key

        self.claims = claims
        self.text_keys = [text_key(c) for c in claims]
        self._signatures: dict[int, tuple] = {}
        self._facts: dict[int, object] = {}

    def signature(self, i: int) -> tuple:
        from .reprints import signature

        if i not in self._signatures:
            self._signatures[i] = signature(self.claims[i])
        return self._signatures[i]

    def facts(self, i: int):
        if i not in self._facts:
            self._facts[i] = claim_facts(self.claims[i])
        return self._facts[i]

    def pairing_keys(self, i: int) -> frozenset[str]:
        from .relate.conflicts import pairing_keys

        return pairing_keys(self.facts(i))

    def neighbour_lists(self, vecs):
        """Each claim's NEIGHBOURS nearest by meaning (kg.neighbours.neighbour_lists)."""
        from .neighbours import neighbour_lists

        return neighbour_lists(vecs, NEIGHBOURS)

    def conflict_prone(self, i: int) -> bool:
        from .relate.conflicts import conflict_prone

        return conflict_prone(self.facts(i))

    @staticmethod
    def denial_nearest(canon: list[int], vecs, rows: list[int]) -> Iterable[tuple[int, int, float]]:
        """The denial channel's search (kg.relate.candidates.denial_pairs): for each of `rows` (denied
        statements, positions in `canon`, the canonical claims), its DENIAL_NEIGHBOURS nearest statements
        above DENIAL_PAIR_COS, best first, as (row, j, cosine); `vecs`: the statements' vectors."""
        return nearest_of(vecs, rows, DENIAL_NEIGHBOURS, DENIAL_PAIR_COS)


# judged by the conflict rules alone, not the model ("article": kg.relate.one_article, from the pair's article)
CONFLICT_CHANNELS = ("conflict", "denial", "event", "article")


def graph_candidates(claims: list[dict], statements: list[Statement], items: list, near: list[tuple[int, int, float]],
                     vecs=None, derived: ClaimDerivations | None = None, authors: list[str] | None = None
                     ) -> Iterable[tuple[int, int, str]]:
    """Candidate pairs (i, j, channel) of statements (positions in `items`, one per statement), each
    once: "blocks" (a shared event and word, kg.relate.candidate_pairs), "meaning" (nearest
    neighbours, bounded per claim like the blocks) and "conflict" (denied or counting claims with
    those sharing the most rare words, kg.relate.conflict_pairs: for the conflict rules only, since
    the model's supports between them were never read for precision); with the claims' vectors `vecs`, "denial"
    (each denied claim with its nearest claims by meaning of other sources, kg.relate.candidates.denial_pairs:
    for the conflict rules and the denial by meaning only); "event" (claims saying a place was taken with those
    saying it is besieged, death tolls of one day (and counts of the wounded: kg.relate.injuries; a toll's parts: kg.relate.breakdown;
    a raid's arrested: kg.relate.arrests) with other sources'
    ones sharing rare words with them, an aircraft
    shot down with one come down by a fault: kg.relate.candidates.holding_pairs / toll_pairs / downing_pairs, for the
    conflict rules and kg.relate.events only); "article", first (what one article ties: a denial that points at a
    report of its article, «نفى ما قاله المعهد», with that report; two sources' opposite accounts of one aircraft:
    kg.relate.one_article, judged by it alone)."""
    canon = [s.canonical for s in statements]
    position = {i: p for p, i in enumerate(canon)}
    statement_of = {m: s.canonical for s in statements for m in s.members}
    dates = [claims[i].get("date") for i in canon]
    seen = set()
    # first: what one article ties is a contradiction whatever the words say (kg.relate.one_article)
    for x, y in article_pairs(claims):
        pi, pj = position[statement_of[x]], position[statement_of[y]]
        pair = (min(pi, pj), max(pi, pj))
        if pi != pj and pair not in seen:
            seen.add(pair)
            yield pair + ("article",)
    for pair in candidate_pairs(items, order=dates):
        if pair not in seen:
            seen.add(pair)
            yield pair + ("blocks",)
    used: dict[int, int] = defaultdict(int)
    for i, j, _ in near:  # best neighbours first per claim; bounded like the blocks
        pi, pj = position[statement_of[i]], position[statement_of[j]]
        pair = (min(pi, pj), max(pi, pj))
        if pi == pj or pair in seen or used[pi] >= NEIGHBOURS or used[pj] >= NEIGHBOURS:
            continue
        seen.add(pair)
        used[pi] += 1
        used[pj] += 1
        yield pair + ("meaning",)
    kept = {} if derived is None else {"keys": [derived.pairing_keys(i) for i in canon],
                                       "prone": [derived.conflict_prone(i) for i in canon]}
    for pair in conflict_pairs(items, dates, **kept):
        if pair not in seen:
            seen.add(pair)
            yield pair + ("conflict",)
    # who gave each figure: the source key, or the author as KeepChecks.authors tells it (an anonymous label per
    # report, a speaker per outlet), so that a figure channel pairs one speaker's figures two outlets carried
    sources = authors or [claims[i]["source"]["key"] for i in canon]
    for pair in itertools.chain(holding_pairs(items, dates), toll_pairs(items, dates, sources),
                                toll_pairs(items, dates, sources, read=injured_figures, differ=injured_differ,
                                           days=INJURY_DAYS),
                                toll_pairs(items, dates, sources, read=part_figures, differ=parts_differ, days=TOLL_DAYS),
                                toll_pairs(items, dates, sources, read=arrest_figures, differ=arrests_differ,
                                           days=TOLL_DAYS),
                                downing_pairs(items, dates, sources)):
        if pair not in seen:
            seen.add(pair)
            yield pair + ("event",)
    if vecs is None or not len(canon):
        return
    canon_vecs = vecs[canon]
    search = derived if derived is not None else ClaimDerivations  # the relating index keeps these lists
    for i, j, _ in denial_pairs(items, dates, sources, lambda rows: search.denial_nearest(canon, canon_vecs, rows)):
        if (i, j) not in seen:
            seen.add((i, j))
            yield (i, j, "denial")


def vector_cache(store: Store):
    """The store's embedding side file (kg.encoder.EmbeddingCache)."""
    from .encoder import EmbeddingCache, cache_path_for

    return EmbeddingCache(cache_path_for(store.path))


def article_outlets(store: Store) -> dict[str, str]:
    """Each stored article's publisher (schema:publisher), by article IRI: the outlet of its report."""
    rows = store.select("PREFIX schema: <http://schema.org/> "
                        "SELECT ?article ?publisher WHERE { ?article schema:publisher ?publisher }")
    return {str(r["article"]): " ".join(str(r["publisher"]).split()) for r in rows if r.get("publisher")}


def relate_changes(store: Store, changed_articles: Iterable[str]) -> dict[str, int]:
    """Relate after these articles (keys) were written: incrementally (kg.incremental)."""
    from .incremental import relate_changes as incremental

    return incremental(store, changed_articles)


def relate_store(store: Store, progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Recompute the relations graph from every stored claim. Blocking keeps this close
    to linear in the number of claims, and a full recompute can never leave a stale
    relation behind when an article is re-ingested or changed. Claims are embedded once:
    their vectors are kept in the store's side file."""
    from . import relating_index

    cache = vector_cache(store)
    prepared = None
    try:
        # every claim read again; the relating index keeps them (and their facts) for the next live job
        prepared = relating_index.prepare(store, None, cache, progress)
        if prepared is not None:
            claims = prepared.claims
            if progress is not None:
                progress(f"{len(claims)} claims read and embedded; relating")
            found = relate_claims(claims, lambda texts: prepared.vecs, derived=prepared.derived,
                                  outlets=article_outlets(store))
            stamp = prepared.save()
        else:
            claims = Repository(store).all_claims()
            found = relate_claims(claims, cache.embed, outlets=article_outlets(store))
            stamp = [relating_index.drop_stamp_operation()]
    finally:
        cache.close()
        if prepared is not None:
            prepared.close()
    # the graph and the counts that depend on it, one update
    replace_relations_graph(store, _nt(relations_graph(found.relations, RELATE_METHOD, found.statements, claims)))
    speakers = _nt(speakers_graph(found.speakers, RELATE_METHOD))
    search_index.followed(store, store.replace_graph(SPEAKERS_GRAPH, speakers))
    # every article is related now; the index's stamp last: an interrupted run leaves it untrusted
    search_index.followed(store, store.write_update(" ;\n".join([f"DROP SILENT GRAPH <{PENDING_GRAPH}>", *stamp])))
    counts: dict[str, int] = {}
    for r in found.relations:
        counts[r.relation.relation] = counts.get(r.relation.relation, 0) + 1
    return counts
