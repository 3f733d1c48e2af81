"""Reprints: one statement printed again is one statement with several appearances.

On the corpus, the "corroborations" at the top of the home page were the same wire text printed by
two outlets, or twice by one. That is not a second source agreeing. So before relating the graph,
claims whose texts are near-identical — same words after Arabic normalization, same numbers, same
polarity, and close in meaning — are grouped; each group is one statement whose earliest claim is
its canonical claim. Relations are found between statements, and a corroboration counts as
independent only when the two statements share no source (kg.ingest, `independent`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable, Sequence

from .relate.claims import _numbers
from .relate.features import _lcs
from .text import light_stem, normalize, tokens

REPRINT_COS = 0.9  # encoder cosine: a candidate reprint (the word test below decides)
REPRINT_WORDS = 0.8  # share of the shorter text's words the longer one must have, both ways ≥ 0.6
COPY_SHARE = 0.8  # `worded_alike`: share of the shorter text's words found, in their order, in the longer…
COPY_LONG = 12  # …when it has this many words; a shorter one must be found whole, and have COPY_MIN_WORDS at least:
COPY_MIN_WORDS = 8  # a short report of one fact is said with the same words by many («9 غارات على مواقع داعش في الرقة»)
REWORD_SHARE = 0.7  # `reworded`: share of the shorter text's content words found (in any order) in the longer…
REWORD_MIN_WORDS = 10  # …when it has this many content words at least (a short report of one fact is said alike by many)


def _words(text: str) -> frozenset[str]:
    return frozenset(light_stem(t) for t in tokens(text) if len(t) > 1)


def _sequence(text: str) -> list[str]:
    return [light_stem(t) for t in tokens(text) if len(t) > 1]


def worded_alike(a: str, b: str) -> bool:
    """Two texts in one wording: the shorter one's words, in their order, make up COPY_SHARE of it within the
    longer (all of it for a text under COPY_LONG words). One statement printed twice, or one wire story's
    sentence in two outlets, is worded so even where `same_statement` fails (one print runs on, gives one more
    figure, or credits the words to another name); two sources that saw the same thing say it in their own
    words. So two claims worded alike agreeing are not two independent sources (kg.ingest, kg.incremental)."""
    sa, sb = _sequence(a), _sequence(b)
    short, long_ = sorted((sa, sb), key=len)
    if len(short) < COPY_MIN_WORDS:
        return False
    need = COPY_SHARE * len(short) if len(short) >= COPY_LONG else len(short)
    return _lcs(short, long_) >= need


@lru_cache(maxsize=8192)
def _reading(text: str) -> tuple[frozenset[str], frozenset, frozenset[str]]:
    """What `reworded` compares: the text's content stems (no function word, no digits), the numbers it says (digits
    and words, kg.relate.passage_signals.numbers_of) and the countries it names or whose places it names."""
    from .places import country_of, places_in
    from .relate.claims import facts
    from .relate.conflicts import _function_word
    from .relate.passage_signals import numbers_of

    f = facts(text)
    stems = frozenset(light_stem(t) for t in tokens(normalize(text)) if len(t) > 1 and not t.isdigit()
                      and not _function_word(t))
    countries = frozenset(f.countries) | {c for p in places_in(text) if (c := country_of(p))}
    return stems, frozenset(numbers_of(f)), countries


def reworded(a: str, b: str) -> bool:
    """One wire sentence printed by two outlets with its words reordered or a few swapped («قصفت طائرات حربية تركية
    أهدافا لتنظيم الدولة الإسلامية في سوريا للمرة الأولى اليوم الجمعة» / «للمرة الأولى قصفت طائرات حربية تركية أهدافا
    لتنظيم داعش في سوريا أمس»), which the in-order test of `worded_alike` misses: REWORD_SHARE of the shorter text's
    content words (REWORD_MIN_WORDS at least) are in the longer, in any order, and the two say the same numbers (digits
    or words) and name the same countries. Two witnesses of one fact say it in their own words; two states' formulaic
    statements name their own country («وقوف دولة الكويت …» / Qatar's «تأييدها الكامل …»: countries differ)."""
    (wa, na, ca), (wb, nb, cb) = _reading(a), _reading(b)
    short, long_ = sorted((wa, wb), key=len)
    if len(short) < REWORD_MIN_WORDS or na != nb or ca != cb:
        return False
    return len(short & long_) >= REWORD_SHARE * len(short)


def text_key(claim: dict[str, Any]) -> str:
    """Claims with one key have the same words, so are always one statement."""
    return " ".join(tokens(claim["text"])) + "|" + str(claim.get("polarity"))


def signature(claim: dict[str, Any]) -> tuple:
    """What `same_statement` reads of a claim (kept per claim by kg.relating_index)."""
    # numbers read as the relation model reads them (Arabic-Indic digits, decimals, "12،" glued to punctuation)
    return claim.get("polarity"), _numbers(normalize(claim["text"])), _words(claim["text"])


def same_statement(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two claims (as stored: text, polarity) printed from one statement."""
    return same_signature(signature(a), signature(b))


def same_signature(a: tuple, b: tuple) -> bool:
    (pa, na, wa), (pb, nb, wb) = a, b
    if pa != pb or na != nb:
        return False
    if not wa or not wb:
        return False
    common = len(wa & wb)
    return common / min(len(wa), len(wb)) >= REPRINT_WORDS and common / max(len(wa), len(wb)) >= 0.6


@dataclass
class Statement:
    canonical: int  # index of the earliest claim
    members: list[int] = field(default_factory=list)  # all its claims, canonical first


def _order(c: dict[str, Any]) -> tuple:
    return (c.get("date") or "9999", c.get("article") or "", c["key"])


def group(claims: Sequence[dict[str, Any]], near: Iterable[tuple[int, int, float]],
          keys: Sequence[str] | None = None, signatures: Callable[[int], tuple] | None = None) -> list[Statement]:
    """`near`: candidate pairs (i, j, cosine) from kg.neighbours; identical normalized texts are
    always candidates. Union-find over the pairs that are the same statement. `keys` (text_key of
    each claim) and `signatures` (claim position → its signature): as kept, else computed here."""
    parent = list(range(len(claims)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    by_text: dict[str, int] = {}
    for i, c in enumerate(claims):
        key = keys[i] if keys is not None else text_key(c)
        if key in by_text:
            union(by_text[key], i)
        else:
            by_text[key] = i
    for i, j, cos in near:
        if cos >= REPRINT_COS and (same_signature(signatures(i), signatures(j)) if signatures is not None
                                   else same_statement(claims[i], claims[j])):
            union(i, j)
    members: dict[int, list[int]] = {}
    for i in range(len(claims)):
        members.setdefault(find(i), []).append(i)
    out = []
    for ms in members.values():
        ms.sort(key=lambda i: _order(claims[i]))
        out.append(Statement(ms[0], ms))
    out.sort(key=lambda s: s.canonical)
    return out
