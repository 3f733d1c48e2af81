"""A store's statements and candidate pairs rebuilt as relating sees them (kg.ingest.relate_claims), and hunted
sentence pairs matched to its claims: shared by the recall funnel (tests/gold/graph-contradictions-sample-3/funnel.py)
and the judge's dataset builder (training/judge_data.py), so both read a store the same way."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

MATCH_SHARE = 0.6  # a claim matches a hunted sentence when this share of the shorter text's stemmed words is shared


class StorePairs:
    """Claims, their vectors, statements (reprints grouped), facts, KeepChecks and candidate channels of one store.

    Pairs are positions of statements (`canon[p]` is the canonical claim of statement p), lowest first; `channel`
    maps every candidate pair to its channel, in `graph_candidates` order. The store's vector side file is used
    and filled."""

    def __init__(self, store_dir: str | Path):
        from kg.ingest import KeepChecks, article_outlets, claim_facts, graph_candidates, vector_cache
        from kg.neighbours import neighbours
        from kg.ingest import NEIGHBOUR_COS, NEIGHBOURS
        from kg.reprints import group
        from kg.repository import Repository
        from kg.store import open_store

        self.store = open_store(str(store_dir))
        self.claims = claims = Repository(self.store).all_claims()
        cache = vector_cache(self.store)
        try:
            self.vecs = vecs = cache.embed([c["text"] for c in claims])
        finally:
            cache.close()
        self.near = near = list(neighbours(vecs, k=NEIGHBOURS, min_cos=NEIGHBOUR_COS))
        self.statements = statements = group(claims, near)
        self.canon = [s.canonical for s in statements]
        self.position = {i: p for p, i in enumerate(self.canon)}
        self.statement_of = {m: s.canonical for s in statements for m in s.members}
        self.items = [(claims[i]["key"], claim_facts(claims[i])) for i in self.canon]
        self.outlets = article_outlets(self.store)
        self.checks = KeepChecks(claims, statements, self.items, self.outlets)
        self.channel = {(i, j): ch for i, j, ch in graph_candidates(claims, statements, self.items, near, vecs,
                                                                    authors=self.checks.authors())}
        self.by_article: dict[str, list[int]] = defaultdict(list)
        for n, c in enumerate(claims):
            self.by_article[c["article_key"]].append(n)

    def cos(self, i: int, j: int) -> float:
        """The encoder's cosine of two statements' canonical claims."""
        return float(self.vecs[self.canon[i]] @ self.vecs[self.canon[j]])

    def pair_of(self, x: int, y: int) -> tuple[int, int] | None:
        """The statement pair (lowest position first) of two claims (indices in `claims`); None for one statement."""
        px, py = self.position[self.statement_of[x]], self.position[self.statement_of[y]]
        return None if px == py else (min(px, py), max(px, py))

    def matches(self, text: str, article_key: str, claim_inside: bool) -> list[int]:
        """Up to three claims of the article sharing ≥ MATCH_SHARE of their stemmed words with `text` (of the
        claim's words when `claim_inside`, else of the shorter one's), best first."""
        from kg.text import light_stem, tokens

        def words(t: str) -> set[str]:
            return {light_stem(w) for w in tokens(t) if len(w) > 1}

        wt, out = words(text), []
        for n in self.by_article[article_key]:
            wc = words(self.claims[n]["text"])
            share = len(wt & wc) / (len(wc) if claim_inside else min(len(wc), len(wt))) if wc and wt else 0
            if share >= MATCH_SHARE:
                out.append((share, n))
        return [n for _, n in sorted(out, reverse=True)][:3]

    def hunted_sides(self, hunted: dict, article_key: list[str]) -> tuple[list[int], list[int]]:
        """The claims matching a hunted pair's two sentences (`a_article`, `b_article`: line numbers of the
        articles file whose keys are `article_key`): a's claim may be part of a's sentence, b's claim lies in b's."""
        return (self.matches(hunted["a"], article_key[hunted["a_article"]], claim_inside=False),
                self.matches(hunted["b"], article_key[hunted["b_article"]], claim_inside=True))


def read_articles(corpus: str | Path) -> list:
    """The articles of an articles file in line order, as `sanad ingest` reads them (kg.reader)."""
    from kg.reader import read
    return [item.article for item in read(Path(corpus)) if item.article]


def article_keys(corpus: str | Path) -> list[str]:
    """The article key of each line of an articles file."""
    return [a.key for a in read_articles(corpus)]
