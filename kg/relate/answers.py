"""A denial that points back at the report it answers in the same article (issue 13, recall).

News often prints a report and its denial in one article, the denial naming the report only by a pointer:
«واتهمت إيران رضائيان بجمع معلومات سرية …» … «ونفت "واشنطن بوست" التهم الموجهة إليه»; «قال معهد العلوم والأمن
الدولي … إن إيران ربما كانت تطهر الموقع» … «ونفى رئيس البرلمان الإيراني ما قاله المعهد». The denied claim
(«التهم الموجهة إليه», «ما قاله المعهد») shares no word with the report, so no word, meaning or denial channel
pairs them, and no rule could judge them from their texts alone (read on sample 8's hunted conflicts f8-19,
f8-20). What ties them is the article: a charge noun points at the article's accusations (their cue is «اتهم»,
«تتهم» …), «ما قاله المعهد» at the claims whose source is named «معهد …». Both sides are claims of that one
article, by two sources, so the pair is the denial and what it denies: a contradiction by construction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..model import Relation
from ..text import light_stem, tokens
from .conflicts import METHOD
from .lexicon import _strip_proclitic

# «التهم الموجهة إليه», «الاتهامات», «هذه المزاعم»: the denied thing is the charges made in the article
_CHARGES = {"التهم", "التهمه", "تهم", "تهمه", "الاتهامات", "اتهامات", "الاتهام", "اتهام", "المزاعم", "مزاعم",
            "الادعاءات", "ادعاءات"}
# the cues that make a claim a charge: to accuse, to allege (normalized, proclitics stripped)
_CHARGE_CUES = {"اتهم", "اتهمت", "اتهموا", "تتهم", "يتهم", "يتهمون", "اتهام", "متهمه", "متهما", "زعم", "زعمت", "يزعم",
                "تزعم", "ادعي", "ادعت", "يدعي", "تدعي"}
# «ما قاله المعهد», «ما ذكرته الصحيفة», «ما أوردته الوكالة»: the denied thing is what the named source said
_SAID = {"قاله", "قالته", "ذكره", "ذكرته", "اورده", "اوردته", "نشره", "نشرته", "اعلنه", "اعلنته", "نقله", "نقلته",
         "تداولته", "تناقلته", "روجه", "روجته", "زعمه", "زعمته", "ادعاه", "ادعته"}
_DEMONSTRATIVES = {"هذه", "هذا", "تلك", "ذلك", "كل", "جميع"}
POINTER_TOKENS = 8  # a denial longer than this says its own proposition: the other rules read it
PER_DENIAL = 2  # charges: the nearest accusations of the article, not every one it prints
NAME_REACH = 3  # tokens after «ما قاله» where the named source stands


def pointer(text: str) -> tuple[str, frozenset[str]] | None:
    """("charges", ∅) when the denied text is the charges («التهم الموجهة إليه»), ("said", stems of the named
    source) when it is what someone said («ما قاله المعهد» → {معهد}); None when it says a proposition of its own."""
    toks = tokens(text)
    if not toks or len(toks) > POINTER_TOKENS:
        return None
    start = 1 if toks[0] in _DEMONSTRATIVES else 0
    head = _strip_proclitic(toks[start]) if start < len(toks) else ""
    if head in _CHARGES or (start < len(toks) and toks[start] in _CHARGES):
        return "charges", frozenset()
    if toks[start:start + 1] == ["ما"] and start + 1 < len(toks) and toks[start + 1] in _SAID:
        named = {light_stem(t) for t in toks[start + 2:start + 2 + NAME_REACH] if len(t) > 2}
        return ("said", frozenset(named)) if named else None
    return None


def _is_charge(claim: dict) -> bool:
    cue = tokens(claim.get("cue") or "")
    return bool(cue) and (cue[0] in _CHARGE_CUES or _strip_proclitic(cue[0]) in _CHARGE_CUES)


def _named(claim: dict, stems: frozenset[str]) -> bool:
    label = " ".join(filter(None, (claim["source"].get("label"), claim["source"].get("name"))))
    return bool(stems & {light_stem(t) for t in tokens(label) if len(t) > 2})


def answers(denial: dict, report: dict) -> str | None:
    """How `denial` (a claim) points at `report` (another claim of its article, by another source): "charges"
    or "said"; None when it does not."""
    if denial["polarity"] != "denied" or report["polarity"] == "denied" or denial["article"] != report["article"] \
            or denial["source"]["key"] == report["source"]["key"]:
        return None
    found = pointer(denial["text"])
    if found is None:
        return None
    kind, stems = found
    if kind == "charges":
        return kind if _is_charge(report) else None
    return kind if _named(report, stems) else None


def answer_pairs(claims: list[dict]) -> Iterable[tuple[int, int]]:
    """(denial, report) claim positions: each pointing denial with the reports of its article it points at
    (`answers`); for charges the PER_DENIAL nearest in the article. Linear in the claims (by article)."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for n, c in enumerate(claims):
        by_article[c["article"]].append(n)
    for n, c in enumerate(claims):
        if c["polarity"] != "denied" or pointer(c["text"]) is None:
            continue
        found = [m for m in by_article[c["article"]] if m != n and answers(c, claims[m])]
        found.sort(key=lambda m: (abs((claims[m].get("start") or 0) - (c.get("start") or 0)), m))
        yield from ((n, m) for m in found[:PER_DENIAL])


def answer_conflict(a: dict, b: dict) -> Relation | None:
    """The contradiction of a denial and the report it points at in its article (`answers`, either way round)."""
    for denial, report in ((a, b), (b, a)):
        kind = answers(denial, report)
        if kind is not None:  # the stored pair's order is not this one: the denial is named by its words
            what = "the charges made in their article" if kind == "charges" else "what the other's source said"
            return Relation("contradicts", 0.6, f"one claim denies what the other reports: «{denial['text'][:40]}» "
                                                f"denies {what}, and the other is that report, in the same article",
                            METHOD)
    return None


def statements_answer(claims: list[dict], members_a: Iterable[int], members_b: Iterable[int]) -> Relation | None:
    """`answer_conflict` for two statements (reprints grouped, kg.reprints): the first pair of their members, one
    the denial and the other the report it points at, in one article."""
    members_b = list(members_b)
    for x in members_a:
        for y in members_b:
            found = answer_conflict(claims[x], claims[y])
            if found is not None:
                return found
    return None
