"""Reading the graph back as plain objects (the claim JSON of the CLI contract).

Pages, the JSON API and `sanad relations` all read through here, over SPARQL,
so they show what is stored, never a re-extraction.
"""

from __future__ import annotations

import re
import threading
from typing import Any, Iterable

from . import search_index
from .claim_rows import claim_rows
from . import stats as kg_stats
from .model import RELATIONS_GRAPH, claim_iri
from .store import OxigraphStore, Store
from .sources import preferred_label, preferred_type
from .speakers import SPEAKERS_GRAPH
from .text import normalize

PREFIX = """PREFIX sanad: <https://w3id.org/sanad/ns#>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

SKOS = "http://www.w3.org/2004/02/skos/core#"
SANAD = "https://w3id.org/sanad/ns#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_TYPE_CLAIM_RELATION = SANAD + "ClaimRelation"

_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$")


def valid_key(key: str) -> bool:
    return bool(_KEY.match(key))


def literal(s: str) -> str:
    """A SPARQL string literal for untrusted text."""
    esc = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f'"{esc}"'


_CLAIM_CORE = """
  ?claim a schema:Claim ; sanad:key ?key ; schema:text ?text ; sanad:sentenceIndex ?sentence ;
         sanad:ownStatement ?own ; sanad:polarity ?pol ; prov:wasDerivedFrom ?article ;
         schema:author ?src ; schema:appearance ?app ; prov:qualifiedAttribution ?att .
  ?pol skos:notation ?polarity .
  ?app oa:hasSelector ?qs, ?ps .
  ?qs a oa:TextQuoteSelector ; oa:exact ?quote .
  ?ps a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  ?article sanad:key ?articleKey .
"""
# One OPTIONAL per property, not one multi-pattern OPTIONAL: Oxigraph evaluates each
# OPTIONAL on its own before the join, so each is kept to one triple pattern (plus the
# scope below when the claims are known).
_CLAIM_OPTIONALS = (
    "?article schema:headline ?articleTitle", "?article schema:datePublished ?articleDate",
    "?att sanad:asWritten ?label", "?att sanad:cue ?cue", "?att sanad:cueStart ?cueStart",
    "?att sanad:cueEnd ?cueEnd", "?claim schema:datePublished ?date",
    "?claim sanad:checkworthiness ?checkworthiness", "?claim sanad:hedged ?hedged", "?claim sanad:hedge ?hedge",
)


def _claim_pattern(scope: str = "") -> str:
    """The claim pattern; `scope` is put inside every OPTIONAL, so that with the claims
    given (VALUES) each OPTIONAL reads only their triples, not the whole graph's
    (measured at 30k claims: 220 ms for 40 claims unscoped, 12 ms scoped)."""
    return _CLAIM_CORE + "".join(f"  OPTIONAL {{ {scope}{body} }}\n" for body in _CLAIM_OPTIONALS)


def _scope(iris: list[str]) -> str:
    return (f"VALUES ?claim {{ {' '.join(f'<{i}>' for i in iris)} }} "
            "?claim prov:qualifiedAttribution ?att ; prov:wasDerivedFrom ?article . ")


_CLAIM_PATTERN = _claim_pattern()
# claims read through a scoped pattern at most; more (a whole source's record) read unscoped
SCOPED_CLAIMS_MAX = 500
# up to this many claims by key are read one by one as star lookups (kg.claim_rows): on Virtuoso
# the claim pattern's ten OPTIONALs take seconds to compile for every new IRI
FEW_CLAIMS = 50

_CLAIM_VARS = ("?claim ?key ?text ?sentence ?own ?polarity ?article ?articleKey ?articleTitle ?articleDate "
               "?quote ?start ?end ?label ?cue ?cueStart ?cueEnd ?src ?date ?checkworthiness ?hedged ?hedge")

# Sources are read apart from claims: a source the registry does not know is described
# in every article graph that cites it, and joining those repeated descriptions into
# the claim query multiplies rows (measured: 24 s instead of 0.2 s on 1.7k claims).
# Graph by graph (GRAPH ?g): over the union, a source described in k article graphs gives
# k^3 rows for three triple patterns. Names are read by separate queries and merged in
# Python. Together 0.4 s on 450 articles before, ~40 ms so. Each graph's description is matched
# from sanad:sourceType, which only sources have (Oxigraph joins in the order written), without a
# subquery or an ORDER BY (the table is a dict): from `a sanad:Source` then sanad:key, in a DISTINCT
# subquery, sorted, it took 9.9 s at 31k articles, 1.1-2.5 s so (the same rows).
_SOURCES_QUERY = """SELECT ?src ?srcKey ?srcType (COUNT(DISTINCT ?g) AS ?graphs) WHERE { SOME_SOURCES
  GRAPH ?g { ?src sanad:sourceType ?stype . ?src sanad:key ?srcKey . ?src a sanad:Source } ?stype skos:notation ?srcType
} GROUP BY ?src ?srcKey ?srcType"""
# a source's type in one rule (kg.sources.preferred_type), for the table and for one source
_SOURCE_TYPES_QUERY = """SELECT ?srcKey ?srcType (COUNT(DISTINCT ?g) AS ?graphs) WHERE {
  GRAPH ?g { <IRI> sanad:key ?srcKey ; sanad:sourceType ?stype } ?stype skos:notation ?srcType .
} GROUP BY ?srcKey ?srcType"""
# both languages in one pass (one per language took 2.2 s + 10 s at 31k articles; 2.4 s so)
_SOURCE_LABELS_QUERY = """SELECT DISTINCT ?src ?name (lang(?name) AS ?lang) WHERE { SOME_SOURCES
  GRAPH ?g { ?src skos:prefLabel ?name . ?src a sanad:Source } FILTER(lang(?name) IN ("en", "ar")) }"""


def _claim_json(r: dict[str, Any], src: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": r["claim"], "key": r["key"], "text": r["text"], "quote": r["quote"],
        "start": r["start"], "end": r["end"], "sentence": r["sentence"],
        "source": {"label": r["label"] or "", "name": src["srcName"] or src["srcNameAr"] or src["srcKey"],
                   "name_ar": src["srcNameAr"], "type": src["srcType"], "iri": r["src"], "key": src["srcKey"]},
        "cue": r["cue"], "cue_start": r["cueStart"], "cue_end": r["cueEnd"],
        "polarity": r["polarity"], "article": r["article"], "article_key": r["articleKey"],
        "article_title": r["articleTitle"], "date": r["date"], "own": r["own"],
        "checkworthiness": r.get("checkworthiness"), "hedged": bool(r.get("hedged")), "hedge": r.get("hedge"),
    }


def _by_article_and_position(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (r["articleKey"], r["start"]))


def _newest_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # as ORDER BY DESC(?date): claims without a date last; ties by article and position (a stable sort)
    return sorted(_by_article_and_position(rows), key=lambda r: (r["date"] is not None, str(r["date"] or "")),
                  reverse=True)


# the orders of _claims' lists, done in Python on star-read rows (same order as the SPARQL)
_PYTHON_ORDERS = {"ORDER BY ?articleKey ?start": _by_article_and_position,
                  "ORDER BY DESC(?date) ?articleKey ?start": _newest_first}
# known claims read as star lookups at most (BATCH a request, kg.claim_rows); more by the pattern
STAR_LIST_MAX = 200

CACHE_SECONDS = 30.0
# sources read for a list alone at most, before the whole table is read (_sources_of)
SOURCES_READ_APART = 5000


def _independent(r: dict[str, Any]) -> bool:
    v = r.get("independent")
    return (not r["same"]) if v is None else bool(v)


class Repository:
    def __init__(self, store: Store):
        self.store = store
        self._cache: dict[str, tuple[int, float, Any]] = {}
        self._computing: dict[str, threading.Lock] = {}  # one computation of a cached value at a time
        self._computing_lock = threading.Lock()

    def _claims(self, where: str = "", order: str = "ORDER BY ?articleKey ?start", limit: int | None = None,
                offset: int = 0, first: str = "") -> list[dict[str, Any]]:
        """`first`: patterns that bind ?claim selectively, placed before the rest so
        the engine starts from them."""
        rows = self._claim_rows(where, order, limit, offset, first)
        return self._claims_from_rows(rows) if rows else []

    def _claim_rows(self, where: str = "", order: str = "ORDER BY ?articleKey ?start", limit: int | None = None,
                    offset: int = 0, first: str = "") -> list[dict[str, Any]]:
        lim = f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        pattern = _CLAIM_PATTERN
        if first:
            # the claims first, by IRI; then the pattern scoped to them (see _claim_pattern)
            iris = [r["claim"] for r in self.store.select(
                f"{PREFIX} SELECT DISTINCT ?claim WHERE {{ {first} ?claim a schema:Claim }}")]
            if not iris:
                return []
            if not where and len(iris) <= STAR_LIST_MAX and order in _PYTHON_ORDERS and self._lists_by_star():
                rows = _PYTHON_ORDERS[order](list(claim_rows(self.store, iris).values()))
                if limit is not None:
                    rows = rows[int(offset):int(offset) + int(limit)]
                return rows
            if len(iris) <= SCOPED_CLAIMS_MAX:
                first = f"VALUES ?claim {{ {' '.join(f'<{i}>' for i in iris)} }}"
                pattern = _claim_pattern(_scope(iris))
        q = f"{PREFIX} SELECT DISTINCT {_CLAIM_VARS} WHERE {{ {first} {pattern} {where} }} {order} {lim}"
        return self.store.select(q)

    def claim_rows(self, article_keys: list[str] | None = None) -> list[tuple[dict[str, Any], list[str]]]:
        """The claims of these articles (all, for None) as the claim pattern reads them, each with its
        places, before the source table is joined in (`claims_from_rows` does that): what an article
        graph says of its claims alone, which kg.relating_index keeps per article."""
        if article_keys is None:
            rows = self._claim_rows()
        else:
            keys = [k for k in article_keys if valid_key(k)]
            rows = []
            for i in range(0, len(keys), SCOPED_CLAIMS_MAX):
                values = " ".join(literal(k) for k in keys[i:i + SCOPED_CLAIMS_MAX])
                rows += self._claim_rows(first=f"VALUES ?ak {{ {values} }} ?article sanad:key ?ak . "
                                               "?claim prov:wasDerivedFrom ?article .")
        places = self._places([r["key"] for r in rows])
        return [(r, places.get(r["key"], [])) for r in rows]

    def claims_from_rows(self, rows: list[tuple[dict[str, Any], list[str]]]) -> list[dict[str, Any]]:
        """Claim objects from `claim_rows` (with the source table of the store as it is now)."""
        sources = self._sources_of({r["src"] for r, _ in rows})
        out = []
        for r, places in rows:
            if r["src"] in sources:
                c = _claim_json(r, sources[r["src"]])
                c["places"] = list(places)
                out.append(c)
        return out

    def _lists_by_star(self) -> bool:
        """Whether a list of known claims is read as star lookups (kg.claim_rows) rather than the
        scoped claim pattern: on a SPARQL server, where the pattern's ten OPTIONALs cost Virtuoso
        ~0.5 s to compile for every new list (a source page, a search); the embedded Oxigraph
        answers the pattern faster than the stars."""
        return not isinstance(self.store, OxigraphStore)

    def _claims_from_rows(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Claim rows (the claim pattern's, or kg.claim_rows') as claim objects with source and places."""
        sources = self._sources_of({r["src"] for r in rows})
        claims = [_claim_json(r, sources[r["src"]]) for r in rows if r["src"] in sources]
        # the star reads (kg.claim_rows) bring each claim's places; the claim pattern's rows do not
        places = {} if all("places" in r for r in rows) else self._places([c["key"] for c in claims])
        for c, r in zip(claims, (r for r in rows if r["src"] in sources)):
            c["places"] = r["places"] if "places" in r else places.get(c["key"], [])
        return claims

    def _places(self, keys: list[str]) -> dict[str, list[str]]:
        if not keys:
            return {}
        values = " ".join(literal(k) for k in keys) if len(keys) <= 500 else ""
        rows = self.store.select(f"""{PREFIX}
SELECT ?key (GROUP_CONCAT(DISTINCT ?slug; separator=" ") AS ?places) WHERE {{
  {f"VALUES ?key {{ {values} }}" if values else ""}
  ?claim sanad:key ?key ; schema:spatialCoverage ?p . ?p sanad:key ?slug .
}} GROUP BY ?key""")
        return {r["key"]: sorted(r["places"].split()) for r in rows}

    def _cached(self, name: str, compute):
        """Per-repository cache of whole-graph lookups (source table, relation index), valid
        while the store has seen no write through this process, and, where other processes
        may write (a remote store), for at most CACHE_SECONDS. One thread computes a value while
        others asking for it wait for that result (a request arriving while `sanad serve` warms
        the caches took twice as long when both computed the source table)."""
        hit = self._fresh(name)
        if hit is not None:
            return hit[0]
        with self._computing_lock:
            lock = self._computing.setdefault(name, threading.Lock())
        with lock:
            hit = self._fresh(name)  # computed while this thread waited
            if hit is not None:
                return hit[0]
            import time

            generation, now = getattr(self.store, "generation", 0), time.monotonic()
            value = compute()
            self._cache[name] = (generation, now, value)
            return value

    def _fresh(self, name: str) -> tuple[Any] | None:
        """(value,) of a cached value still valid (see _cached), else None."""
        import time

        hit = self._cache.get(name)
        if not hit or hit[0] != getattr(self.store, "generation", 0):
            return None
        if getattr(self.store, "sole_writer", False) or time.monotonic() - hit[1] < CACHE_SECONDS:
            return (hit[2],)
        return None

    def _sources(self) -> dict[str, dict[str, Any]]:
        return self._cached("sources-table", self._source_table)

    def _sources_of(self, iris: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The source table's rows of these sources: from the whole table once it is read, until then
        read for them alone (SCOPED_CLAIMS_MAX a query) and kept for the store generation, so the
        first pages after `sanad serve` starts (a claim list, a search, the relations) need not wait
        for the whole table (3-10 s at 32,517 sources), which the server reads meanwhile."""
        iris = list(iris)
        whole = self._fresh("sources-table")
        if whole is not None:
            return {i: whole[0][i] for i in iris if i in whole[0]}
        some = self._cached("sources-some", dict)
        missing = sorted(set(iris) - set(some))
        if len(missing) > SOURCES_READ_APART:  # most of the table: the table
            whole = self._sources()
            return {i: whole[i] for i in iris if i in whole}
        for i in range(0, len(missing), SCOPED_CLAIMS_MAX):
            chunk = missing[i:i + SCOPED_CLAIMS_MAX]
            found = self._source_table(chunk)
            some.update({i: found.get(i) for i in chunk})  # a source read and not found: None
        return {i: some[i] for i in iris if some.get(i) is not None}

    def _source_table(self, iris: list[str] | None = None) -> dict[str, dict[str, Any]]:
        """The source table (a row per source IRI: key, type, English and Arabic name) of every source,
        or of `iris`."""
        values = f"VALUES ?src {{ {' '.join(f'<{i}>' for i in iris)} }}" if iris is not None else ""
        out: dict[str, dict[str, Any]] = {}
        types: dict[str, dict[str, int]] = {}
        for r in self.store.select(PREFIX + _SOURCES_QUERY.replace("SOME_SOURCES", values)):
            out.setdefault(r["src"], {"src": r["src"], "srcKey": r["srcKey"], "srcName": None, "srcNameAr": None})
            counts = types.setdefault(r["src"], {})
            counts[r["srcType"]] = counts.get(r["srcType"], 0) + int(r["graphs"])
        for src, counts in types.items():
            out[src]["srcType"] = preferred_type(counts)
        names: dict[tuple[str, str], list[str]] = {}
        for r in self.store.select(PREFIX + _SOURCE_LABELS_QUERY.replace("SOME_SOURCES", values)):
            if r["src"] in out:
                names.setdefault((r["src"], r["lang"]), []).append(r["name"])
        for (src, lang), labels in names.items():
            out[src]["srcName" if lang == "en" else "srcNameAr"] = preferred_label(labels)
        return out

    # -- claims
    def claim(self, key: str) -> dict[str, Any] | None:
        """One claim by key, read by IRI (see claim_by_iri), which stays ~1 ms where the general
        pattern bound by key grows with the graph (0.64 s at 100k claims, bench/sparql_bench.py).
        Sanad names a claim by its key (kg.model.claim_iri), so that IRI is read first, in one
        request; a claim stored under another IRI is looked up by key."""
        if not valid_key(key):
            return None
        c = self.claim_by_iri(claim_iri(key))
        if c is not None and c["key"] == key:
            self._cached("claim-iris", dict)[key] = c["id"]  # the claim's other reads need not look it up
            return c
        iri = self._claim_iri(key)
        return self.claim_by_iri(iri) if iri and iri != claim_iri(key) else None

    def claims_by_keys(self, keys: list[str]) -> dict[str, dict[str, Any]]:
        keys = [k for k in keys if valid_key(k)]
        if not keys:
            return {}
        values = " ".join(literal(k) for k in keys)
        if len(keys) > FEW_CLAIMS:
            return {c["key"]: c for c in self._claims(first=f"VALUES ?key {{ {values} }} ?claim sanad:key ?key .")}
        # by the IRIs Sanad gives claims (kg.model.claim_iri), one request; keys not found so, by key
        found = claim_rows(self.store, sorted(claim_iri(k) for k in keys))
        rows = [r for r in found.values() if r["claim"] == claim_iri(r["key"])]
        missing = sorted(set(keys) - {r["key"] for r in rows})
        if missing:
            iris = [r["claim"] for r in self.store.select(
                f"{PREFIX} SELECT DISTINCT ?claim WHERE {{ VALUES ?key {{ {' '.join(literal(k) for k in missing)} }} "
                "?claim sanad:key ?key ; a schema:Claim }")]
            rows += claim_rows(self.store, sorted(set(iris) - set(found))).values()
        return {c["key"]: c for c in self._claims_from_rows(rows)}

    def all_claims(self) -> list[dict[str, Any]]:
        return self._claims()

    def article_claims(self, article_key: str) -> list[dict[str, Any]]:
        if not valid_key(article_key):
            return []
        return self._claims(first=f"?article sanad:key {literal(article_key)} . ?claim prov:wasDerivedFrom ?article .")

    def source_claims(self, source_key: str, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """A source's claims, newest first; `limit` pages them (the list reads a page of
        claim IRIs first, then only those claims in full)."""
        src = self._source_iri(source_key)
        if src is None:
            return []
        # the source by IRI, a constant: joined through its key, which an unregistered source repeats
        # in every article graph citing it, one page took 33 s for an outlet of 444 claims at 5k
        # articles (49 ms so)
        if limit is None:
            return self._claims(first=f"?claim schema:author <{src}> .",
                                order="ORDER BY DESC(?date) ?articleKey ?start")
        page = (f"{{ SELECT DISTINCT ?claim ?k ?d WHERE {{ ?claim schema:author <{src}> ; "
                f"sanad:key ?k . OPTIONAL {{ ?claim schema:datePublished ?d }} }} "
                f"ORDER BY DESC(?d) ?k LIMIT {int(limit)} OFFSET {int(offset)} }}")
        return self._claims(first=page, order="ORDER BY DESC(?date) ?articleKey ?start")

    def search(self, q: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Full text over claims and quotes, after Arabic normalization (اعلن finds أعلن): the claims
        whose sanad:normalizedText (normalized source label, cue and quote) contains every word. Pages
        are cut in IRI order (`offset`, then `limit`), so each page is what the one before left, and a
        page's claims are shown by article and position. From the full-text index (kg.search_index)
        when it is in step with the store, else by SPARQL; same claims either way."""
        words = normalize(q).split()[:10]
        if not words:
            return []
        filters = " ".join(f"FILTER(CONTAINS(?norm, {literal(w)}))" for w in words)
        wanted = int(limit) + int(offset) if limit is not None else None
        hits = search_index.matching_claims(self.store, words, wanted)
        if hits is not None:
            if not hits:
                return []
            # each hit confirmed by the store itself: an index that drifted shows no wrong claim
            values = " ".join(f"<{i}>" for i in hits)
            confirmed = self.store.select(
                f"{PREFIX} SELECT DISTINCT ?claim WHERE {{ VALUES ?claim {{ {values} }} "
                f"?claim sanad:normalizedText ?norm . {filters} }}")
            if len(confirmed) == len(hits):
                page = hits[int(offset):]
                return self._claims(first=f"VALUES ?claim {{ {' '.join(f'<{i}>' for i in page)} }}") if page else []
            search_index.mark_stale(self.store)
        # the matching claims first, in a subquery, so the engine filters before it joins
        cut = (f"LIMIT {int(limit)} " if limit is not None else "") + f"OFFSET {int(offset)}"
        return self._claims(
            first=f"{{ SELECT ?claim WHERE {{ ?claim sanad:normalizedText ?norm . {filters} }} ORDER BY ?claim {cut} }}")

    # -- relations
    def relations(self, kind: str | None = None, source_key: str | None = None, limit: int | None = None,
                  offset: int = 0, claim_key: str | None = None, source_type: str | None = None,
                  place: str | None = None, date_from: str | None = None, date_to: str | None = None,
                  sort: str = "confidence", independent: bool | None = None) -> list[dict[str, Any]]:
        """Relations, strongest first (sort="confidence") or newest first (sort="date").
        Filters hold when EITHER claim matches: its source (key or type), a place it is
        about, its date (the claim's own, else its article's) within [date_from, date_to].
        `independent=True`: only relations between statements that share no source (a
        relations graph written before reprints were grouped counts a different-source pair
        as independent)."""
        index = self._relation_index()
        for value in (claim_key, source_key, source_type, place):
            if value and not valid_key(value):
                return []

        def passes(c: dict[str, Any]) -> bool:
            return ((not source_key or c["source"] == source_key)
                    and (not source_type or c["type"] == source_type)
                    and (not place or place in c["places"])
                    and (not (date_from or date_to) or c["date"] != "")
                    and (not date_from or c["date"] >= date_from)
                    and (not date_to or c["date"] <= date_to))

        rows = []
        for r in index:
            if kind and r["kind"] != kind:
                continue
            if claim_key is not None and claim_key not in (r["a"], r["b"]):
                continue
            if independent is not None and _independent(r) != independent:
                continue
            if (source_key or source_type or place or date_from or date_to) and not any(
                    passes(c) for c in r["claims"]):
                continue
            rows.append(r)
        if sort == "date":
            rows.sort(key=lambda r: r["relKey"])  # ties stay in key order: the sort below is stable
            rows.sort(key=lambda r: (max(c["date"] for c in r["claims"]), r["confidence"]), reverse=True)
        else:
            rows.sort(key=lambda r: (-r["confidence"], r["relKey"]))
        if limit is not None:
            rows = rows[int(offset):int(offset) + int(limit)]
        claims = self.claims_by_keys(sorted({r["a"] for r in rows} | {r["b"] for r in rows}))
        texts = self._relation_texts([r["rel"] for r in rows])
        out = []
        for r in rows:
            r = {**r, **texts.get(r["rel"], {"why": "", "method": ""})}
            a, b = claims.get(r["a"]), claims.get(r["b"])
            if a is None or b is None:
                continue
            # show the asserting side first: "X says …; Y denies it"
            if a["polarity"] == "denied" and b["polarity"] != "denied":
                a, b = b, a
            out.append({"relation": r["kind"], "confidence": r["confidence"], "why": r["why"],
                        "method": r["method"], "same_source": r["same"], "independent": _independent(r),
                        "key": r["relKey"],
                        "id": r["rel"], "a": a, "b": b})
        return out

    def warm(self) -> None:
        """Fill the per-generation caches the home page reads; errors are left to the
        request that meets them."""
        try:
            self._relation_index()
            self.sources()
            self.places()
            self.stats()
        except Exception:  # noqa: BLE001 - a cache warmer must never take the server down
            pass
        try:
            search_index.ensure(self.store, progress=True)  # a missing or stale index: rebuilt now
        except Exception:  # noqa: BLE001 - search answers from SPARQL without it
            pass

    def _relation_texts(self, iris: list[str]) -> dict[str, dict[str, str]]:
        """Explanation and method of the relations shown (kept out of the index: long
        strings for every relation of the graph)."""
        out: dict[str, dict[str, str]] = {}
        for i in range(0, len(iris), SCOPED_CLAIMS_MAX):
            values = " ".join(f"<{x}>" for x in iris[i:i + SCOPED_CLAIMS_MAX])
            for r in self.store.select(f"""{PREFIX}
SELECT ?rel ?why ?method WHERE {{ VALUES ?rel {{ {values} }}
  GRAPH <{RELATIONS_GRAPH}> {{ ?rel sanad:explanation ?why ; sanad:method ?method }} }}"""):
                out[r["rel"]] = {"why": r["why"], "method": r["method"]}
        return out

    def _relation_index(self) -> list[dict[str, Any]]:
        """Every relation with what the filters and sorts need of its two claims (key,
        source key and type, date: the claim's own, else its article's; places), read by
        three plain queries once per store generation. Filtering, sorting and paging then
        run in Python: as SPARQL over the union graph a filtered or date-sorted page took
        0.1-0.2 s on 450 articles, and grows with the graph."""
        def compute():
            facets: dict[str, dict[str, Any]] = {}
            rows = self.store.select(f"""{PREFIX}
SELECT ?c ?ck ?src ?date WHERE {{
  {{ SELECT DISTINCT ?c WHERE {{ GRAPH <{RELATIONS_GRAPH}> {{ ?r sanad:claim ?c }} }} }}
  ?c sanad:key ?ck ; schema:author ?src .
  OPTIONAL {{ ?c schema:datePublished ?cd }} OPTIONAL {{ ?c prov:wasDerivedFrom/schema:datePublished ?ad }}
  BIND(STR(COALESCE(?cd, ?ad, "")) AS ?date)
}}""")
            sources = self._sources_of({r["src"] for r in rows})
            for r in rows:
                src = sources.get(r["src"]) or {}
                facets.setdefault(r["c"], {"key": r["ck"], "source": src.get("srcKey"), "type": src.get("srcType"),
                                           "date": r["date"] or "", "places": set()})
            for r in self.store.select(f"""{PREFIX}
SELECT DISTINCT ?c ?place WHERE {{
  {{ SELECT DISTINCT ?c WHERE {{ GRAPH <{RELATIONS_GRAPH}> {{ ?r sanad:claim ?c }} }} }}
  GRAPH ?g {{ ?c schema:spatialCoverage ?p . ?p sanad:key ?place }}
}}"""):
                if r["c"] in facets:
                    facets[r["c"]]["places"].add(r["place"])
            by_rel: dict[str, dict[str, Any]] = {}
            for r in self.store.select(f"""{PREFIX}
SELECT ?rel ?relKey ?kind ?confidence ?same ?independent ?c WHERE {{
  GRAPH <{RELATIONS_GRAPH}> {{
    ?rel a sanad:ClaimRelation ; sanad:key ?relKey ; sanad:relationKind ?k ; sanad:confidence ?confidence ;
         sanad:sameSource ?same ; sanad:claim ?c .
    OPTIONAL {{ ?rel sanad:independent ?independent }}
  }}
  ?k skos:notation ?kind .
}}"""):
                rel = by_rel.setdefault(r["rel"], {**r, "claims": []})
                if r["c"] in facets and all(c["key"] != facets[r["c"]]["key"] for c in rel["claims"]):
                    rel["claims"].append(facets[r["c"]])
            out = []
            for rel in by_rel.values():
                if len(rel["claims"]) != 2:
                    continue
                a, b = sorted(c["key"] for c in rel["claims"])
                out.append({**rel, "a": a, "b": b})
            return out

        return self._cached("relation-index", compute)

    def places(self) -> list[dict[str, Any]]:
        """Places claims are about, with claim counts (for filters). Names come from the
        gazetteer: a place is described in every article graph that mentions it, and
        joining those repeated descriptions multiplies rows."""
        from .places import GAZETTEER

        def compute():
            # graph by graph, counted per place IRI, keys read apart: joined over the union
            # default graph (a place is described in every article graph naming it) this
            # took 6.6 s at 100k claims, 0.36 s so
            counts = self.store.select(f"""{PREFIX}
SELECT ?p (COUNT(?c) AS ?claims) WHERE {{
  {{ SELECT DISTINCT ?c ?p WHERE {{ GRAPH ?g {{ ?c schema:spatialCoverage ?p }} }} }} }} GROUP BY ?p""")
            keys = {r["p"]: r["key"] for r in self.store.select(
                f"{PREFIX} SELECT DISTINCT ?p ?key WHERE {{ GRAPH ?g {{ ?p a schema:Place ; sanad:key ?key }} }}")}
            rows = sorted(({"key": keys[r["p"]], "claims": r["claims"]} for r in counts if r["p"] in keys),
                          key=lambda r: (-r["claims"], r["key"]))
            return [{"key": r["key"], "name": GAZETTEER.get(r["key"], (None, r["key"]))[1],
                     "nameAr": GAZETTEER.get(r["key"], (r["key"], None))[0], "claims": r["claims"]} for r in rows]

        return self._cached("places-list", compute)

    def source_timeline(self, source_key: str) -> list[dict[str, Any]]:
        """A source's record over time: per month (claim date, else article date), its
        claims and how many of them other sources contradict or corroborate."""
        if not valid_key(source_key):
            return []
        # read from the counts kept at each write (kg.stats); where they cannot be kept (a store
        # opened read-only), counted per request (source_timeline_aggregate)
        src = self._source_iri(source_key)
        if src is None:
            return []
        if self._counts_kept():
            return kg_stats.source_months(self.store, src)
        return self.source_timeline_aggregate(source_key, src)

    def source_timeline_aggregate(self, source_key: str, src: str) -> list[dict[str, Any]]:
        """source_timeline counted over the graph (what the kept counts hold)."""
        months = {r["month"]: r["claims"] for r in self.store.select(f"""{PREFIX}
SELECT ?month (COUNT(DISTINCT ?c) AS ?claims) WHERE {{
  GRAPH ?g {{ ?c schema:author <{src}> ; prov:wasDerivedFrom ?a .
             OPTIONAL {{ ?c schema:datePublished ?cd }} OPTIONAL {{ ?a schema:datePublished ?ad }} }}
  BIND(SUBSTR(STR(COALESCE(?cd, ?ad, "")), 1, 7) AS ?month)
}} GROUP BY ?month""")}
        record: dict[str, dict[str, set]] = {}
        for rel in self._relation_index():
            if not _independent(rel):  # the record counts other sources, never reprints
                continue
            for c in rel["claims"]:
                if c["source"] == source_key:
                    sets = record.setdefault(c["date"][:7], {"contradicts": set(), "supports": set()})
                    sets.setdefault(rel["kind"], set()).add(c["key"])
        return [{"month": m or None, "claims": n,
                 "contradicted": len(record.get(m, {}).get("contradicts", ())),
                 "corroborated": len(record.get(m, {}).get("supports", ()))} for m, n in sorted(months.items())]

    def related(self, claim_key: str, claim: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Relations of one claim, the other claim as `other`: what relations(claim_key=…) gives,
        read for this claim alone (its relations, then their claims by IRI), so that a claim page
        never waits for the whole graph's relation index (read again after every write, and every
        CACHE_SECONDS on a SPARQL server). A reprint shares the relations of the statement it
        reprints (relations are found between statements, kg.reprints). `claim`: the claim already
        read (claim()), not read again."""
        key = self.statement_key(claim_key)
        iri = self._claim_iri(key)
        if iri is None:
            return []
        rels: dict[str, dict[str, list[Any]]] = {}
        kinds: dict[str, str] = {}
        # the relation nodes whole (no OPTIONALs: Virtuoso compiles those slowly), and their kinds' notations
        for r in self.store.select(f"""{PREFIX}
SELECT ?rel ?p ?o WHERE {{
  {{ GRAPH <{RELATIONS_GRAPH}> {{ ?rel sanad:claim <{iri}> . ?rel ?p ?o }} }}
  UNION {{ GRAPH <{RELATIONS_GRAPH}> {{ ?x sanad:claim <{iri}> ; sanad:relationKind ?rel }} ?rel skos:notation ?o
          BIND(skos:notation AS ?p) }}
}}"""):
            if r["p"] == SKOS + "notation":
                kinds.setdefault(r["rel"], r["o"])
            else:
                rels.setdefault(r["rel"], {}).setdefault(r["p"], []).append(r["o"])
        found = []
        for rel, props in rels.items():
            one = {p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]: v[0] for p, v in props.items()}
            others = [c for c in props.get(SANAD + "claim", []) if c != iri]
            if (RDF_TYPE_CLAIM_RELATION not in props.get(RDF_TYPE, []) or len(others) != 1
                    or kinds.get(one.get("relationKind")) is None
                    or any(one.get(p) is None for p in ("key", "confidence", "sameSource"))):
                continue
            found.append({"rel": rel, "relKey": one["key"], "kind": kinds[one["relationKind"]],
                          "confidence": one["confidence"], "same": one["sameSource"],
                          "independent": one.get("independent"), "other": others[0],
                          # as _relation_texts: both texts, or neither
                          **({"why": one["explanation"], "method": one["method"]}
                             if one.get("explanation") is not None and one.get("method") is not None
                             else {"why": "", "method": ""})})
        found.sort(key=lambda r: (-r["confidence"], r["relKey"]))
        have = {claim["id"]: claim} if claim is not None and claim["key"] == key else {}
        # with their sources: no source table
        claims = {**self.claims_by_iris([i for i in [iri] + [r["other"] for r in found] if i not in have]), **have}
        out = []
        for r in found:
            a, b = claims.get(iri), claims.get(r["other"])
            if a is None or b is None or a["key"] == b["key"]:
                continue
            if a["key"] > b["key"]:
                a, b = b, a
            this, other = (a, b) if a["key"] == key else (b, a)
            # show the asserting side first: "X says …; Y denies it"
            if a["polarity"] == "denied" and b["polarity"] != "denied":
                a, b = b, a
            out.append({"relation": r["kind"], "confidence": r["confidence"], "why": r["why"],
                        "method": r["method"], "same_source": r["same"], "independent": _independent(r),
                        "key": r["relKey"], "id": r["rel"], "a": a, "b": b, "other": other})
        return out

    def statement_key(self, claim_key: str) -> str:
        """The canonical claim of the statement a claim belongs to (itself unless a reprint)."""
        return self._reprint_group(claim_key)[0]

    def _reprint_group(self, claim_key: str) -> tuple[str, list[str]]:
        """(canonical key, its reprints' keys) of the statement a claim belongs to. On a SPARQL server
        the whole reprint map (29,740 rows at 31k articles, 0.6 s) would be read again every
        CACHE_SECONDS, on the request of some claim page: there the group of this one claim is read
        (one request, ~2 ms on Virtuoso), remembered for the generation; the same group as the map.
        An embedded store, even read-only, reads the map: Oxigraph answers the one-claim query in
        1.6 s there (it starts from the reprint triples)."""
        if isinstance(self.store, OxigraphStore) or not valid_key(claim_key):
            of, members = self._reprints()
            canon = of.get(claim_key, claim_key)
            return canon, members.get(canon, [])
        known = self._cached("reprint-groups", dict)
        if claim_key not in known:
            if len(known) > 100_000:  # bounded, as claim-iris
                known.clear()
            known[claim_key] = self._read_reprint_group(claim_key)
        return known[claim_key]

    def _read_reprint_group(self, claim_key: str) -> tuple[str, list[str]]:
        # ?via "of": the claim is a reprint, ?c its canonical claim; "canon": ?c is the claim itself
        rows = self.store.select(f"""{PREFIX}
SELECT DISTINCT ?via ?ck ?rk WHERE {{
  {{ ?x sanad:key {literal(claim_key)} GRAPH <{RELATIONS_GRAPH}> {{ ?x sanad:reprintOf ?c }} BIND("of" AS ?via) }}
  UNION {{ ?c sanad:key {literal(claim_key)} GRAPH <{RELATIONS_GRAPH}> {{ ?y sanad:reprintOf ?c }} BIND("canon" AS ?via) }}
  ?c sanad:key ?ck . GRAPH <{RELATIONS_GRAPH}> {{ ?r sanad:reprintOf ?c }} ?r sanad:key ?rk .
}}""")
        of = [r for r in rows if r["via"] == "of"]
        # as the map: a reprint of two canonical claims (never written) maps to the last in key order
        canon = max((r["ck"] for r in of), default=claim_key)
        members = sorted({r["rk"] for r in (of or rows) if r["ck"] == canon})
        return canon, members

    def appearances(self, claim_key: str) -> list[dict[str, Any]]:
        """Every print of the statement a claim belongs to, earliest first: claim key, article key,
        title, outlet and date. One entry when the statement was printed once."""
        canon, reprints = self._reprint_group(claim_key)
        keys = [canon] + reprints
        if not all(valid_key(k) for k in keys):
            return []
        values = " ".join(literal(k) for k in keys)
        rows = self.store.select(f"""{PREFIX}
SELECT DISTINCT ?key ?articleKey ?title ?publisher ?date WHERE {{
  VALUES ?key {{ {values} }}
  ?claim a schema:Claim ; sanad:key ?key ; prov:wasDerivedFrom ?article .
  ?article a schema:NewsArticle ; sanad:key ?articleKey .
  OPTIONAL {{ ?article schema:headline ?title }} OPTIONAL {{ ?article schema:publisher ?publisher }}
  OPTIONAL {{ ?article schema:datePublished ?date }}
}}""")
        order = {k: i for i, k in enumerate(keys)}
        rows.sort(key=lambda r: (order.get(r["key"], len(order)), r["articleKey"]))
        seen: set[str] = set()
        out = []
        for r in rows:
            if r["key"] in seen:
                continue
            seen.add(r["key"])
            out.append({"claim": r["key"], "article": r["articleKey"], "title": r["title"],
                        "publisher": r["publisher"], "date": r["date"], "canonical": r["key"] == canon})
        return out

    def _reprints(self) -> tuple[dict[str, str], dict[str, list[str]]]:
        """(reprint key → canonical key, canonical key → its reprints' keys), once per generation."""
        def compute():
            of: dict[str, str] = {}
            members: dict[str, list[str]] = {}
            for r in self.store.select(f"""{PREFIX}
SELECT ?rk ?ck WHERE {{ GRAPH <{RELATIONS_GRAPH}> {{ ?r sanad:reprintOf ?c }} ?r sanad:key ?rk . ?c sanad:key ?ck }}
ORDER BY ?ck ?rk"""):
                of[r["rk"]] = r["ck"]
                members.setdefault(r["ck"], []).append(r["rk"])
            return of, members

        return self._cached("reprints", compute)

    # -- articles and sources
    def article(self, key: str) -> dict[str, Any] | None:
        if not valid_key(key):
            return None
        rows = self.store.select(f"""{PREFIX}
SELECT ?article ?text ?title ?url ?publisher ?date ?lang ?graph WHERE {{
  ?article a schema:NewsArticle ; sanad:key {literal(key)} ; schema:text ?text .
  OPTIONAL {{ ?article schema:headline ?title }} OPTIONAL {{ ?article schema:url ?url }}
  OPTIONAL {{ ?article schema:publisher ?publisher }} OPTIONAL {{ ?article schema:datePublished ?date }}
  OPTIONAL {{ ?article schema:inLanguage ?lang }}
  OPTIONAL {{ ?graph prov:wasDerivedFrom ?article ; a sanad:ArticleGraph }}
}} LIMIT 1""")
        if not rows:
            return None
        r = rows[0]
        return {"id": r["article"], "key": key, "text": r["text"], "title": r["title"], "url": r["url"],
                "publisher": r["publisher"], "date": r["date"], "lang": r["lang"] or "ar", "graph": r["graph"]}

    def articles(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """A page of articles, newest first, with their claim counts: the page first, then the claims of
        its articles alone counted (grouped over every article's claims, then sorted, a page took
        3.5 s at 31k articles; 0.56 s so). The rows of the one grouped query, restricted to the page."""
        article = ("?article a schema:NewsArticle ; sanad:key ?key . "
                   "OPTIONAL { ?article schema:headline ?title } OPTIONAL { ?article schema:datePublished ?date }")
        page = self.store.select(f"""{PREFIX}
SELECT DISTINCT ?key ?title ?date WHERE {{ {article} }} ORDER BY DESC(?date) ?key LIMIT {int(limit)} OFFSET {int(offset)}""")
        keys = sorted({r["key"] for r in page})
        counted: dict[tuple, int] = {}
        for i in range(0, len(keys), SCOPED_CLAIMS_MAX):
            counted.update({(r["key"], r["title"], r["date"]): r["claims"] for r in self.store.select(f"""{PREFIX}
SELECT ?key ?title ?date (COUNT(?claim) AS ?claims) WHERE {{
  VALUES ?key {{ {" ".join(literal(k) for k in keys[i:i + SCOPED_CLAIMS_MAX])} }}
  {article} OPTIONAL {{ ?claim prov:wasDerivedFrom ?article ; a schema:Claim }}
}} GROUP BY ?key ?title ?date""")})
        return [{**r, "claims": counted.get((r["key"], r["title"], r["date"]), 0)} for r in page]

    def source(self, key: str) -> dict[str, Any] | None:
        if not valid_key(key):
            return None
        rows = self.store.select(f"""{PREFIX}
SELECT ?src ?type ?typeLabel ?wikidata ?affiliation ?affKey ?jobTitle WHERE {{
  ?src sanad:key {literal(key)} ; sanad:sourceType ?t . ?t skos:notation ?type .
  OPTIONAL {{ ?t skos:prefLabel ?typeLabel FILTER(lang(?typeLabel) = "en") }}
  OPTIONAL {{ ?src sanad:wikidata ?wikidata }}
  OPTIONAL {{ ?src schema:jobTitle ?jobTitle }}
  OPTIONAL {{ ?src schema:affiliation ?affiliation . OPTIONAL {{ ?affiliation sanad:key ?affKey }} }}
}} LIMIT 1""")
        if not rows:
            return None
        r = rows[0]
        found = self._source_type(r["src"])
        if found and found[1] != r["type"]:  # typed otherwise in other article graphs: one rule for all reads
            r["type"] = found[1]
            label = self.store.select(f"""{PREFIX} SELECT ?l WHERE {{ ?t skos:notation {literal(found[1])} ;
  skos:prefLabel ?l FILTER(lang(?l) = "en") }} LIMIT 1""")
            r["typeLabel"] = label[0]["l"] if label else None
        names = self._source_names(r["src"])
        r["nameEn"], r["nameAr"] = names["en"], names["ar"]
        aliases = [x["a"] for x in self.store.select(
            f"{PREFIX} SELECT DISTINCT ?a WHERE {{ ?s sanad:key {literal(key)} ; sanad:alias ?a }} ORDER BY ?a")]
        record = (kg_stats.source_record(self.store, r["src"]) if self._counts_kept()
                  else self.source_record_aggregate(key))
        speaker = self._speaker(r["src"])
        return {"id": r["src"], "key": key, "type": r["type"], "type_label": r["typeLabel"],
                "name": r["nameEn"] or r["nameAr"] or key, "name_ar": r["nameAr"], "wikidata": r["wikidata"],
                "affiliation": r["affiliation"], "affiliation_key": r["affKey"], "job_title": r["jobTitle"],
                "aliases": aliases, "record": record, **speaker}

    def _speaker(self, iri: str) -> dict[str, Any]:
        """Who stands behind a source (kg.speakers, the speakers graph): `speaker_key`, the canonical
        source of its speaker when that is another source, and `speaks_for`, the keys of the bodies
        the speaker speaks for."""
        rows = self.store.select(f"""{PREFIX}
SELECT ?sp ?body WHERE {{ GRAPH <{SPEAKERS_GRAPH}> {{
  {{ <{iri}> sanad:speaker ?sp OPTIONAL {{ ?sp sanad:speaksFor ?body }} }}
  UNION {{ <{iri}> sanad:speaksFor ?body }} }} }}""")
        sp = next((x["sp"] for x in rows if x.get("sp")), None)
        bodies = sorted({x["body"].rsplit("/", 1)[-1] for x in rows if x.get("body")})
        return {"speaker_key": sp.rsplit("/", 1)[-1] if sp and sp != iri else None, "speaks_for": bodies}

    def _source_iri(self, key: str) -> str | None:
        """A source's IRI from its key (LIMIT 1: an unregistered source is described in every
        article graph citing it)."""
        if not valid_key(key):
            return None
        rows = self.store.select(f"{PREFIX} SELECT ?s WHERE {{ ?s a sanad:Source ; sanad:key {literal(key)} }} LIMIT 1")
        return rows[0]["s"] if rows else None

    def source_record_aggregate(self, key: str) -> dict[str, int]:
        """A source's relations with other sources, by kind, counted from the relation index (what
        the kept counts hold; read where they cannot be kept)."""
        record: dict[str, int] = {}
        for rel in self._relation_index():
            if _independent(rel) and any(c["source"] == key for c in rel["claims"]):
                record[rel["kind"]] = record.get(rel["kind"], 0) + 1
        return record

    def _counts_kept(self) -> bool:
        """Whether the counts kept at each write (kg.stats) can be read, recomputing them once if
        a raw write marked them stale; False on a store this process cannot write."""
        return self._cached("counts-kept", lambda: kg_stats.ensure(self.store))

    def sources(self) -> list[dict[str, Any]]:
        """Sources that claims are attributed to, most claims first. Claims are counted
        per source IRI and named from the source table: joining names onto the repeated
        descriptions of unregistered sources took 22 s on 450 articles."""
        def compute():
            table = self._sources()
            counts = (kg_stats.source_claim_counts(self.store) if self._counts_kept()
                      else self.source_claim_counts_aggregate())
            out = [{"key": t["srcKey"], "name": t["srcName"], "nameAr": t["srcNameAr"], "type": t["srcType"],
                    "claims": n} for src, n in counts.items() if (t := table.get(src))]
            return sorted(out, key=lambda x: (-x["claims"], x["key"]))

        return self._cached("sources-list", compute)

    def sources_named(self, q: str) -> list[dict[str, Any]]:
        """The sources whose English or Arabic name contains `q`, in `sources()` order, matched
        normalized (hamza and alef forms, taa marbuta, diacritics, case), as search is. The
        names are normalized once per store generation: 32,517 sources take ~0.1 s to normalize."""
        needle = normalize(q.strip())
        if not needle:
            return self.sources()
        names = self._cached("sources-names", lambda: [
            (normalize(s["name"] or ""), normalize(s["nameAr"] or ""), s) for s in self.sources()])
        return [s for en, ar, s in names if needle in en or needle in ar]

    def source_types(self) -> list[str]:
        """The types of the sources claims are attributed to, sorted (for filters): kept per
        store generation, as the list it comes from (10 ms a request over 32,517 sources)."""
        return self._cached("source-types", lambda: sorted({s["type"] for s in self.sources()}))

    def source_claim_counts_aggregate(self) -> dict[str, int]:
        """Claims per source IRI, counted over the graph."""
        return {r["src"]: r["claims"] for r in self.store.select(f"""{PREFIX}
SELECT ?src (COUNT(?claim) AS ?claims) WHERE {{
  {{ SELECT DISTINCT ?claim ?src WHERE {{ ?claim a schema:Claim ; schema:author ?src }} }}
}} GROUP BY ?src""")}

    def stats(self) -> dict[str, int]:
        return self._cached("stats", lambda: kg_stats.totals(self.store) if self._counts_kept() else self._stats())

    def _stats(self) -> dict[str, int]:
        r = self.store.select(f"""{PREFIX}
SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?c) AS ?claims) WHERE {{
  {{ ?a a schema:NewsArticle }} UNION {{ ?c a schema:Claim }} }}""")[0]
        rel = self.store.select(f"""{PREFIX}
SELECT ?kind (COUNT(?r) AS ?n) WHERE {{ GRAPH <{RELATIONS_GRAPH}> {{ ?r sanad:relationKind ?k }} ?k skos:notation ?kind }}
GROUP BY ?kind""")
        out = {"articles": r["articles"], "claims": r["claims"]}
        out.update({x["kind"]: x["n"] for x in rel})
        return out

    # -- single-claim reads by IRI: the IRI is a constant in the query and only the
    # claim's own source is read, so the cost does not grow with the graph; the result
    # is the same object as the list reads (_claims) give.

    def _claim_iri(self, key: str) -> str | None:
        """A claim's IRI from its key, remembered for the store generation (a claim page asked for
        it up to six times, each a request to a SPARQL server)."""
        if not valid_key(key):
            return None
        known = self._cached("claim-iris", dict)
        if key not in known:
            rows = self.store.select(
                f"{PREFIX} SELECT ?claim WHERE {{ ?claim a schema:Claim ; sanad:key {literal(key)} }} LIMIT 1")
            if len(known) > 100_000:  # bounded: a crawl over every claim must not grow it forever
                known.clear()
            known[key] = rows[0]["claim"] if rows else None
        return known[key]

    def _source_names(self, iri: str) -> dict[str, str | None]:
        """A source's name per language, picked as the source table picks (kg.sources.preferred_label)."""
        rows = self.store.select(f"""{PREFIX}
SELECT DISTINCT ?name (lang(?name) AS ?lang) WHERE {{ <{iri}> skos:prefLabel ?name FILTER(lang(?name) IN ("en", "ar")) }}""")
        return {lang: preferred_label(r["name"] for r in rows if r["lang"] == lang) for lang in ("en", "ar")}

    def _source_type(self, iri: str) -> tuple[str, str] | None:
        """(key, type) of one source, the type picked as the source table picks it."""
        rows = self.store.select(PREFIX + _SOURCE_TYPES_QUERY.replace("IRI", iri))
        if not rows:
            return None
        counts: dict[str, int] = {}
        for r in rows:
            counts[r["srcType"]] = counts.get(r["srcType"], 0) + int(r["graphs"])
        return rows[0]["srcKey"], preferred_type(counts)

    def claim_by_iri(self, iri: str, places: bool = True) -> dict[str, Any] | None:
        """The claim object of claim(), read by IRI (fast)."""
        return self.claims_by_iris([iri], places).get(iri)

    def claims_by_iris(self, iris: list[str], places: bool = True) -> dict[str, dict[str, Any]]:
        """{IRI: claim object of claim()} for the claims that exist among `iris`: each with its own
        source and places in the star reads (kg.claim_rows; one request for them all on a SPARQL
        server), so it does not wait for the source table."""
        iris = [i for i in iris if i.startswith(claim_iri("")) and valid_key(i.rsplit("/", 1)[-1])]
        out = {}
        for iri, r in (claim_rows(self.store, iris, sources=True) if iris else {}).items():
            if r["source"] is not None:
                out[iri] = {**_claim_json(r, r["source"]), "places": r["places"] if places else []}
        return out

    def claim_relations(self, claim_key: str) -> list[dict[str, Any]]:
        """The relations of one claim without loading the other claims: kind, confidence,
        why, same_source, relation IRI and the other claim's IRI; strongest first."""
        iri = self._claim_iri(claim_key)
        if iri is None:
            return []
        rows = self.store.select(f"""{PREFIX}
SELECT DISTINCT ?rel ?kind ?confidence ?why ?same ?other WHERE {{
  GRAPH <{RELATIONS_GRAPH}> {{
    ?rel sanad:claim <{iri}>, ?other ; sanad:relationKind ?k ; sanad:confidence ?confidence ;
         sanad:explanation ?why ; sanad:sameSource ?same .
  }}
  FILTER(?other != <{iri}>)
  ?k skos:notation ?kind .
}} ORDER BY DESC(?confidence) ?rel""")
        return [{"id": r["rel"], "relation": r["kind"], "confidence": r["confidence"], "why": r["why"],
                 "same_source": r["same"], "other": r["other"]} for r in rows]

    def article_meta(self, key: str) -> dict[str, Any] | None:
        """article() without the text."""
        if not valid_key(key):
            return None
        rows = self.store.select(f"""{PREFIX}
SELECT ?article ?title ?url ?publisher ?date ?lang WHERE {{
  ?article sanad:key {literal(key)} . ?article a schema:NewsArticle .
  OPTIONAL {{ ?article schema:headline ?title }} OPTIONAL {{ ?article schema:url ?url }}
  OPTIONAL {{ ?article schema:publisher ?publisher }} OPTIONAL {{ ?article schema:datePublished ?date }}
  OPTIONAL {{ ?article schema:inLanguage ?lang }}
}} LIMIT 1""")
        if not rows:
            return None
        r = rows[0]
        return {"id": r["article"], "key": key, "title": r["title"], "url": r["url"], "publisher": r["publisher"],
                "date": r["date"], "lang": r["lang"] or "ar"}

    def reviewed(self, iri: str) -> bool:
        """Whether any ClaimReview is about this claim: the set of reviewed claims is read once per
        store generation, so that a claim page or card of a claim never reviewed (nearly all) sends
        no review query (each a request to a SPARQL server, and on Virtuoso a compilation)."""
        return iri in self._cached("reviewed-claims", lambda: {r["c"] for r in self.store.select(
            f"{PREFIX} SELECT DISTINCT ?c WHERE {{ ?review a schema:ClaimReview ; schema:itemReviewed ?c }}")})

    def latest_review(self, claim_key: str) -> dict[str, Any] | None:
        """The latest schema:ClaimReview of a claim, or None. Reviews are written by the
        review workflow (issue 5); this reads whatever is stored, in any graph:

            ?review a schema:ClaimReview ; schema:itemReviewed ?claim ;
                    schema:datePublished ?d ; schema:dateModified ?m (optional) ;
                    schema:url ?u ; schema:reviewBody ?body ;
                    schema:author ?who (schema:name / skos:prefLabel, schema:url, a schema:Person|Organization) ;
                    schema:reviewRating ?r .
            ?r schema:alternateName ?label (plain or @en, @ar) — or skos:prefLabel when ?r is a
               SKOS concept — and optionally schema:ratingValue / bestRating / worstRating.

        A review replaced by another (`?newer prov:wasRevisionOf ?review`) or invalidated
        (`prov:invalidatedAtTime`) is history, not the latest."""
        iri = self._claim_iri(claim_key)
        if iri is None or not self.reviewed(iri):
            return None
        rows = self.store.select(f"""{PREFIX}
SELECT ?review ?date ?modified ?url ?body ?rating ?alt ?altEn ?altAr ?prefEn ?prefAr ?value ?best ?worst
       ?author ?authorName ?authorLabel ?authorUrl ?person WHERE {{
  ?review schema:itemReviewed <{iri}> .
  ?review a schema:ClaimReview .
  FILTER NOT EXISTS {{ ?newer prov:wasRevisionOf ?review }}
  FILTER NOT EXISTS {{ ?review prov:invalidatedAtTime ?gone }}
  OPTIONAL {{ ?review schema:datePublished ?date }}
  OPTIONAL {{ ?review schema:dateModified ?modified }}
  OPTIONAL {{ ?review schema:url ?url }}
  OPTIONAL {{ ?review schema:reviewBody ?body }}
  OPTIONAL {{ ?review schema:reviewRating ?rating .
    OPTIONAL {{ ?rating schema:alternateName ?alt FILTER(lang(?alt) = "") }}
    OPTIONAL {{ ?rating schema:alternateName ?altEn FILTER(langMatches(lang(?altEn), "en")) }}
    OPTIONAL {{ ?rating schema:alternateName ?altAr FILTER(langMatches(lang(?altAr), "ar")) }}
    OPTIONAL {{ ?rating skos:prefLabel ?prefEn FILTER(langMatches(lang(?prefEn), "en")) }}
    OPTIONAL {{ ?rating skos:prefLabel ?prefAr FILTER(langMatches(lang(?prefAr), "ar")) }}
    OPTIONAL {{ ?rating schema:ratingValue ?value }}
    OPTIONAL {{ ?rating schema:bestRating ?best }}
    OPTIONAL {{ ?rating schema:worstRating ?worst }}
  }}
  OPTIONAL {{ ?review schema:author ?author .
    OPTIONAL {{ ?author schema:name ?authorName }}
    OPTIONAL {{ ?author skos:prefLabel ?authorLabel }}
    OPTIONAL {{ ?author schema:url ?authorUrl }}
    BIND(EXISTS {{ ?author a schema:Person }} AS ?person)
  }}
}} ORDER BY DESC(STR(COALESCE(?modified, ?date, ""))) DESC(STR(?review)) LIMIT 1""")
        if not rows:
            return None
        r = rows[0]
        label = r["altEn"] or r["alt"] or r["prefEn"] or r["altAr"] or r["prefAr"]
        rating = None
        if r["rating"] is not None:
            rating = {"id": r["rating"], "label": label, "label_ar": r["altAr"] or r["prefAr"],
                      "value": r["value"], "best": r["best"], "worst": r["worst"]}
        author = None
        if r["author"] is not None:
            author = {"id": r["author"], "name": r["authorName"] or r["authorLabel"], "url": r["authorUrl"],
                      "type": "Person" if r["person"] else "Organization"}
        return {"id": r["review"], "date": r["date"], "modified": r["modified"], "url": r["url"],
                "body": r["body"], "rating": rating, "author": author}
