"""Conflicts that one article ties together: a denial and the report it points at, two accounts of one aircraft
(issue 13, recall).

News often prints a report and its denial in one article, the denial naming the report only by a pointer:
«واتهمت إيران رضائيان بجمع معلومات سرية …» … «ونفت "واشنطن بوست" التهم الموجهة إليه»; «قال معهد العلوم والأمن
الدولي … إن إيران ربما كانت تطهر الموقع» … «ونفى رئيس البرلمان الإيراني ما قاله المعهد»; «وتتهم مصر قطر بدعم جماعة
الأخوان … وهو ما تنفيه الدوحة». The denied claim («التهم الموجهة إليه», «ما قاله المعهد», «وهو ما تنفيه الدوحة»)
shares no word with the report, so no word, meaning or denial channel pairs them, and no rule could judge them from
their texts alone (sample 8's hunted conflicts f8-18, f8-19, f8-20). What ties them is the article: a charge noun
points at the article's accusations (their cue is «اتهم», «تتهم» …), «ما قاله المعهد» at the claims whose source is
named «معهد …», «وهو ما تنفيه …» at the claim just before it. Likewise an article about a helicopter that came down
is about one helicopter: «أسقطت المروحية بصاروخ» (the Taliban) against «المروحية سقطت بسبب عطل تقني» (the defence
ministry) in one article (sample 6, fh-16) share no place and little meaning (kg.relate.events.downing_conflict
asks for one of those). Both sides are claims of that one article by two sources: a contradiction by construction.
Charges a denial says are against someone («الاتهامات الموجهة إلى نظام طهران») do not answer a charge that someone
makes (`accused_by_themselves`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from ..model import Relation
from ..text import light_stem, tokens
from .claims import _entities
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
# «وهو ما تنفيه الدوحة», «وهي مزاعم تنفيها بكين», «الأمر الذي نفته …»: a clause denying what was just said (the
# denial verb is in the claim's own text, whatever polarity extraction gave it)
_PRIOR = re.compile(r"^و?(?:هو|هي|هذا|الامر الذي|وهو)? ?(?:ما|مزاعم|اتهامات|امر) (?:ت|ي)?(?:نفيه|نفيها|نفته|نفاه|نفتها|"
                    r"نفوه|نفوها)(?!\w)")
POINTER_TOKENS = 8  # a denial longer than this says its own proposition: the other rules read it
PER_DENIAL = 2  # charges: the nearest accusations of the article, not every one it prints
NAME_REACH = 3  # tokens after «ما قاله» where the named source stands
# the raw text's aircraft words, before normalizing it (most of the cost): «طائرة», «مروحية», «أباتشي», «مقاتلة»
_AIRCRAFT_RAW = re.compile(r"طائر|طاير|مروحي|باتش|مقاتل[ةه]|مقاتلات")
POINTER_CHARS = 120  # a cheap test before tokenizing: no claim this long is a pointer of POINTER_TOKENS words
# and the raw words one of the pointers needs (a charge, a saying verb after «ما», a denial verb)
_POINTER_RAW = re.compile(r"تها?م|مزاعم|ادعاء|ما [أا]?(?:قال|ذكر|ورد|نشر|علن|نقل|تداول|تناقل|روج|زعم|دعا)|"
                          r"نفي|نفت|نفا|نفو")


def pointer(text: str) -> tuple[str, frozenset[str]] | None:
    """("charges", ∅) when the denied text is the charges («التهم الموجهة إليه»), ("said", stems of the named
    source) when it is what someone said («ما قاله المعهد» → {معهد}), ("prior", ∅) when it is a clause denying what
    was just said («وهو ما تنفيه الدوحة»); None when it says a proposition of its own."""
    toks = tokens(text) if len(text) <= POINTER_CHARS and _POINTER_RAW.search(text) else []
    if not toks or len(toks) > POINTER_TOKENS:
        return None
    if _PRIOR.match(" ".join(toks)):
        return "prior", frozenset()
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


# «الاتهامات الموجهة إلى نظام طهران», «التهم ضد الحكومة»: whom the denied charges are against
_AIMED = {"الموجهه", "الموجه", "الموجهين"}
_AT = {"الي", "ضد", "بحق", "نحو"}
_VERDICT = {"غير", "لا", "ليس", "ليست", "عار", "عاريه", "باطله", "كاذبه", "ملفقه", "مفبركه"}  # where the target ends
AIMED_REACH = 3  # words after «إلى» that name whom the charges are against
SUBJECT_WORDS = 2  # the first words of a charge's text that name its accuser when the text starts at the verb


def _party(toks: list[str]) -> frozenset[str]:
    """Who a few words name: their countries and named groups (kg.relate.claims._entities: «طهران», «الإيراني» are
    Iran) and their content words' light stems («نظام»)."""
    return _entities(toks) | frozenset(light_stem(_strip_proclitic(t)) for t in toks if len(t) > 2)


def charged_party(text: str) -> frozenset[str]:
    """Whom a denial of charges says they are against («الاتهامات الموجهة إلى نظام طهران» → Iran, «نظام»); empty when
    it names no one («التهم الموجهة إليه»: a pronoun)."""
    toks = tokens(text)
    for i, t in enumerate(toks):
        at = i + 1 if t in _AIMED and i + 1 < len(toks) and toks[i + 1] in _AT else i if t in _AT - {"الي"} else None
        if at is not None and i > 0:
            named = []
            for u in toks[at + 1:at + 1 + AIMED_REACH]:
                if not u.isalpha() or u in _VERDICT:
                    break
                named.append(u)
            return _party(named)
    return frozenset()


def accused_by_themselves(denial: dict, report: dict) -> bool:
    """The charges a denial says are against X cannot be a report where X is the accuser: when a charge's text starts
    right at its verb («يتهم النظام الإيراني المعارضة … بالتهويل»: the cue, then the text), its first words are the
    verb's subject, the accuser, whoever extraction named as the source (fresh sample 11: the Iranian regime's charge
    against the opposition was stored as what «الاتهامات الموجهة إلى نظام طهران غير صحيحة» denies)."""
    if report.get("start") is None or report.get("cue_end") is None or report["start"] - report["cue_end"] > 1:
        return False
    aimed = charged_party(denial["text"])
    return bool(aimed) and bool(aimed & _party(tokens(report["text"])[:SUBJECT_WORDS]))


def _named(claim: dict, stems: frozenset[str]) -> bool:
    label = " ".join(filter(None, (claim["source"].get("label"), claim["source"].get("name"))))
    return bool(stems & {light_stem(t) for t in tokens(label) if len(t) > 2})


def _apart(a: dict, b: dict) -> bool:
    """Two claims of one article by two sources."""
    return a["article"] == b["article"] and a["source"]["key"] != b["source"]["key"]


def answers(denial: dict, report: dict) -> str | None:
    """How `denial` (a claim) points at `report` (another claim of its article, by another source): "charges",
    "said" or "prior" (a report before it: `article_pairs` keeps the nearest); None when it does not."""
    found = pointer(denial["text"])
    if found is None or report["polarity"] == "denied" or not _apart(denial, report):
        return None
    kind, stems = found
    if kind == "prior":
        return kind if (report.get("start") or 0) < (denial.get("start") or 0) else None
    if denial["polarity"] != "denied":
        return None
    if kind == "charges":
        return kind if _is_charge(report) and not accused_by_themselves(denial, report) else None
    return kind if _named(report, stems) else None


def _outcome(claim: dict) -> str | None:
    """kg.relate.events.outcome_of for a claim naming an aircraft (its words read first: facts cost more)."""
    from . import facts
    from .events import _AIRCRAFT, outcome_of

    if not _AIRCRAFT_RAW.search(claim["text"]) or not {_strip_proclitic(t) for t in tokens(claim["text"])} & _AIRCRAFT:
        return None
    return outcome_of(facts(claim["text"], claim["polarity"], claim.get("places")))


def one_aircraft(a: dict, b: dict) -> bool:
    """Two sources of one article: one says the aircraft was shot down, the other that it came down by a fault."""
    return _apart(a, b) and {_outcome(a), _outcome(b)} == {"downed", "fault"}


def article_pairs(claims: list[dict]) -> Iterable[tuple[int, int]]:
    """Claim positions (x, y) that one article ties: each pointing denial with the reports it points at (`answers`;
    for charges the PER_DENIAL nearest in the article, for a denying clause the claim just before it), and two
    sources' opposite accounts of an aircraft (`one_aircraft`). Linear in the claims (by article)."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for n, c in enumerate(claims):
        by_article[c["article"]].append(n)
    for n, c in enumerate(claims):
        found = pointer(c["text"])
        if found is None:
            continue
        reports = [m for m in by_article[c["article"]] if m != n and answers(c, claims[m])]
        reports.sort(key=lambda m: (abs((claims[m].get("start") or 0) - (c.get("start") or 0)), m))
        yield from ((n, m) for m in reports[:1 if found[0] == "prior" else PER_DENIAL])
    outcome = {n: o for n, c in enumerate(claims) if (o := _outcome(c)) is not None}
    for n, o in outcome.items():
        if o == "downed":
            yield from ((n, m) for m in by_article[claims[n]["article"]]
                        if outcome.get(m) == "fault" and one_aircraft(claims[n], claims[m]))


def article_conflict(a: dict, b: dict) -> Relation | None:
    """The contradiction one article ties (`answers` either way round, `one_aircraft`), or None."""
    for denial, report in ((a, b), (b, a)):
        kind = answers(denial, report)
        if kind is not None:  # the stored pair's order is not this one: the denial is named by its words
            what = {"charges": "the charges made in their article", "said": "what the other's source said",
                    "prior": "what was said just before it"}[kind]
            return Relation("contradicts", 0.6, f"one claim denies what the other reports: «{denial['text'][:40]}» "
                                                f"denies {what}, and the other is that report, in the same article",
                            METHOD)
    if one_aircraft(a, b):
        return Relation("contradicts", 0.6, "one article, two sources: one says the aircraft was shot down, the other "
                                            "that it came down by a fault or landed", METHOD)
    return None


def statements_conflict(claims: list[dict], members_a: Iterable[int], members_b: Iterable[int]) -> Relation | None:
    """`article_conflict` for two statements (reprints grouped, kg.reprints): the first pair of their members that
    one article ties."""
    members_b = list(members_b)
    for x in members_a:
        for y in members_b:
            found = article_conflict(claims[x], claims[y])
            if found is not None:
                return found
    return None
