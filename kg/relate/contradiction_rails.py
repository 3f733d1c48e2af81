"""Rails on a contradiction between two claims of a corpus (issue 13: the model's graph contradictions on
fresh news). The headline model learned from pairs that are one story; across a corpus it reads a
contradiction into any negator or antonym. On 600 fresh SaudiNewsNet articles (tests/gold/
graph-contradictions-sample-5/fresh-labels.tsv) its five stored contradictions were all wrong: a negator
about something else («إغلاق تويتر ليس حلاً لمواجهة الإرهاب» against a conference "to confront
terrorism", «لم يخالف القانون بقتل الأسد»), antonymous events with no participant in common (entering a
university vs a withdrawal from the city months before; entering a battle vs a march going out), and a
long analysis against a one-line report; one of the conflict rules' denials was two claims that both say
no («غير مرتبطة» against a denial of «مرتبطة»). Each rail below is one of those shapes, and says so in
`why` («rail <name>: …»); a pair a rail stops is not stored (the graph's relation kinds are contradicts and
supports only, so "unrelated" is what remains: the two claims may still be one story, they do not
contradict each other).

- `denial_target_rail`: one side negated or denied, the other not; what the negation is about (a particle's
  head, a denial's reach) must be said by the other claim (by rough root), else it is about something else;
- `both_deny_rail`: both claims negate or deny a rare word they share: they agree;
- `shared_participant_rail`: opposite events (enter / withdraw …) need a participant in common: a word
  rarer than «قوات» near the opposed word on both sides;
- `bound_rail`: a rise against a fall where one side's direction word is negated («لا يقل عن 56», at least
  56) is a bound, not a fall (written after reading tests/gold/graph-relations-sample-6, not blind);
- `mixed_directions_rail`: a rise against a fall where one side names both a rise and a fall («الانخفاض … صعود
  الدولار») reads a commentary on several things moving, not one thing moving the other way (written after
  reading tests/gold/graph-relations-sample-10's stored pairs, not blind);
- `analysis_rail` (a backstop, last): a claim of over ANALYSIS_WORDS tokens is beyond what the headline model judges.
`model_contradiction_rail` runs them, in that order, on the model's contradictions (kg.relate.conflicts.
graph_verdict); the conflict rules' denials use `both_deny_rail` (kg.relate.conflicts.denial_conflict).
On ANS dev's 471 contradicting headline pairs (one story each) the rails would stop 1 (see the README).
"""

from __future__ import annotations

import re

from ..model import Relation
from ..text import light_stem
from .claims import ClaimFacts
from .explanation import _w
from .features import DENSE, pair_features
from .lexicon import _ANTONYMS, _DOWN, _EVENT_OF, _UP, _NOT_NEGATING, _STOP, _antonym_side, _strip_proclitic, skeleton
from .rails import _idf

RAIL = "rail"  # prefix of every `why` written here, so a reader sees a rail stopped the pair
_RISE_FALL = frozenset(("rise", "fall"))
RARE_IDF = 3.0  # as kg.relate.conflicts: a stem in under ~1,500 of SaudiNewsNet's 31k articles names a thing
NEGATION_REACH = 6  # tokens a negation reaches forward (as kg.relate.conflicts)
ARG_WINDOW = 4  # content words either side of an event word where its participants stand
# a participant is a word less common than «قوات» (2.25), «مدينة» (1.57), «تنظيم» (2.24): «الدولار» (2.65),
# «الجيش» (2.97) and names qualify (idf over SaudiNewsNet, kg.relate.rails._idf)
PARTICIPANT_IDF = 2.5
# a claim this long is an analysis or a paragraph, not a report a headline model judges: longer than any side
# of the 26 hand-found contradictions of tests/gold/relations (at most 60 tokens); the model's wrong ones on
# fresh news had 66 and 102 (each also stopped by another rail: this one is a backstop)
ANALYSIS_WORDS = 60

# negators (a clitic و/ف stripped: «ولا تستلم»); «غير» + adjective or participle negates it («غير مرتبطة»)
_NEGATORS = {"لم", "لن", "ليس", "ليست", "لا", "عدم", "دون", "بدون", "غير", "بلا"}
# A denial verb may carry the conjunction «و»/«ف» («ونفت الوزارة …», «فنفى …»). «كذّب» denies a report («كذّب الجيش
# الرواية»); «كذب على» is "lied to", an accusation of lying (seen on fresh news: «كذب الرئيس الأميركي على الشعب»
# against «يتهمون إدارة أوباما بالكذب», both say he lied), so «على» within a few words after it makes it no denial.
# (kg.relate.lexicon's _DENIAL and _SENTENCE_DENIAL, which the pairwise model and the sentence rail read, are left
# as they are: with the same two changes the held-out claim/sentence set fell from 0.637 to 0.625 macro-F1.)
_BELIE_TO = r"(?!(?:\s+\S+){0,3}\s+علي(?:ه|ها|هم)?(?!\w))"
_DENIAL_CUE = re.compile(r"(?<!\w)(?:(?:لا صحه|غير صحيح|غير صحيحه|عار عن الصحه|عاري عن الصحه|عاريه عن الصحه)(?!\w)|"
                         r"[وف]?(?:نفي|نفت|ينفي|تنفي|نفوا|نافيه|نافيا)(?!\w)|"
                         r"[وف]?(?:كذب|كذبت|يكذب)(?!\w)" + _BELIE_TO + ")")
_CUE_WORDS = {"صحه", "صحيح", "صحيحه", "عار", "عاري", "عاريه", "الصحه"}
# words a negation passes over before what it negates: being, existence, "any", "that"
_PASS_OVER = {"وجود", "حصول", "تكون", "يكون", "كون", "قيام", "اي", "ان", "انه", "انها", "قد", "اطلاقا", "هناك",
              "ثمه", "يوجد", "توجد", "صحيحا"}
_CLAUSE_END = {"بل", "لكن", "ولكن", "وانما", "انما", "الا", "بينما", "فيما", "حيث", "كما"}


def _bare(t: str) -> str:
    """The token without a conjunction clitic («ولا» → «لا», «فلم» → «لم»)."""
    return t[1:] if len(t) > 2 and t[0] in "وف" and t[1:] in _NEGATORS else t


def _content(t: str) -> bool:
    return t not in _STOP and _strip_proclitic(t) not in _STOP and t not in _PASS_OVER and \
        _strip_proclitic(t) not in _PASS_OVER and t not in _CUE_WORDS and len(t) > 1


def negations(f: ClaimFacts) -> list[tuple[str, int]]:
    """(cue, position of what it reaches first) for each negation in the claim: a denial phrase
    («لا صحة لـ», «نفت») or a negator particle; for a claim whose polarity is denied (the extractor kept
    only the denied content: «أن تكون هذه المجموعة مرتبطة …»), the whole claim from its start."""
    toks = f.toks
    out: list[tuple[str, int]] = []
    starts: list[tuple[str, int]] = []
    text = " ".join(toks)
    for m in _DENIAL_CUE.finditer(text):
        starts.append((m.group(0), len(text[:m.end()].split())))
    for i, t in enumerate(toks):
        b = _bare(t)
        if b in _NEGATORS and i + 1 < len(toks) and toks[i + 1] not in _NOT_NEGATING:
            if b == "لا" and toks[i + 1] in _CUE_WORDS:
                continue  # «لا صحة»: the denial phrase above
            if b == "غير" and toks[i + 1] in _CUE_WORDS:
                continue
            if b in ("لا", "غير") and toks[i + 1].startswith("ال"):
                continue  # «… لا القتال ضد النظام»: a contrast; «المهاجرين غير الشرعيين»: an attribute, not a negation
            starts.append((b, i + 1))
    if f.denied:
        starts.append(("denied", 0))
    for cue, s in starts:
        for j in range(s, min(len(toks), s + NEGATION_REACH)):
            if toks[j] in _CLAUSE_END:
                break
            if _content(toks[j]):
                out.append((cue, j))
                break
    return sorted(set(out), key=lambda x: (x[1], x[0]))


def negation_targets(f: ClaimFacts) -> list[tuple[str, list[int]]]:
    """(cue, positions it may be about) for each negation: a particle («لم», «ليس», «غير») negates the word
    right after it (its head); a denial («نفت», «لا صحة لـ», or a claim whose polarity is denied) the content
    words within NEGATION_REACH, since its subject may come first («نفت وزارة الدفاع خطف …»)."""
    out: list[tuple[str, list[int]]] = []
    for cue, j in negations(f):
        if cue in _NEGATORS:
            out.append((cue, [j]))
            continue
        reach = []
        for k in range(j, min(len(f.toks), j + NEGATION_REACH)):
            if f.toks[k] in _CLAUSE_END:
                break
            if _content(f.toks[k]):
                reach.append(k)
        out.append((cue, reach))
    return out


def negated_stems(f: ClaimFacts) -> frozenset[str]:
    """The stems the claim's negations reach (NEGATION_REACH tokens, not past a clause end); every stem of
    a denied claim."""
    if f.denied:
        return f.all_stems
    toks = f.toks
    out: set[str] = set()
    for _, j in negations(f):
        for t in toks[j:j + NEGATION_REACH]:
            if t in _CLAUSE_END:
                break
            if t in f.stem_of:
                out.add(f.stem_of[t])
    return frozenset(out)


def _negated(f: ClaimFacts) -> bool:
    return f.negated or bool(negations(f))


# Rough roots of one act: a denial of «أسر أو اعتقال» answers a report of «خطفت» (taking people).
_SAME_ACT = {"ختطف": "خطف", "اسر": "خطف", "عتقل": "خطف", "حتجز": "خطف"}


def _root(t: str) -> str:
    r = skeleton(t)
    return _SAME_ACT.get(r, r)


def _token_roots(t: str) -> set[str]:
    return {_root(t), _root(_strip_proclitic(t))}


def _roots(f: ClaimFacts) -> set[str]:
    return {r for t in f.toks if len(t) > 1 for r in _token_roots(t)}


def _rare(stem: str) -> bool:
    return not stem.isdigit() and _idf(stem) >= RARE_IDF


def denial_target_rail(a: ClaimFacts, b: ClaimFacts) -> Relation | None:
    """One side is negated or denied, the other not (the model's "opposite polarity"): what a negation is
    about (`negation_targets`: a particle's head, a denial's reach) must be a word the other claim says (by
    rough root, «لا صحة لدخول» ~ «تدخل», one act in other words: «أسر» ~ «خطف»). A negator inside an unrelated
    statement («لم يخالف القانون بقتل الأسد», «ليس حلاً») denies nothing the other claim says."""
    if a.negated == b.negated:
        return None  # the polarity the model reads (`ClaimFacts.negated`) is the same: not this rail's case
    neg, other = (a, b) if a.negated else (b, a)
    targets = negation_targets(neg)
    if not targets:
        return None  # a negation with nothing after it («… والسعودية تنفي») denies what came before: cannot tell
    roots = _roots(other)
    if any(_token_roots(neg.toks[j]) & roots for _, at in targets for j in at):
        return None
    said = [f"«{c}» {neg.toks[at[0]]}" for c, at in targets]
    return Relation("unrelated", 0.5, f"{RAIL} denial-target: the negation ({_w(said, 2)}) is not about "
                                      f"anything the other claim says")


def both_deny_rail(a: ClaimFacts, b: ClaimFacts) -> Relation | None:
    """Both claims negate or deny a word they share («غير مرتبطة بحزب العمال» against a denial that the
    group «تكون مرتبطة تنظيمياً بحزب العمال»): they say the same no, which is agreement."""
    if not (_negated(a) and _negated(b)):
        return None
    both = negated_stems(a) & negated_stems(b)
    shared = sorted((s for s in both if not s.isdigit() and s not in _STOP), key=lambda s: (-_idf(s), s))
    if not any(_rare(s) for s in shared):
        return None  # a common word negated on both sides («سوريا») is not one thing both deny
    return Relation("unrelated", 0.5, f"{RAIL} both-deny: both claims negate what they share "
                                      f"({_w(shared)}): they agree, they do not contradict")


def _opposed_positions(a: ClaimFacts, b: ClaimFacts) -> tuple[list[int], list[int]]:
    """Positions of the words of `a` and of `b` that the lexicon calls opposite (antonymous events, or
    word pairs such as enter / go out)."""
    ev_a = [(i, _EVENT_OF.get(light_stem(t))) for i, t in enumerate(a.toks)]
    ev_b = [(j, _EVENT_OF.get(light_stem(t))) for j, t in enumerate(b.toks)]
    pa = {i for i, x in ev_a for _, y in ev_b if x and y and frozenset((x, y)) in _ANTONYMS}
    pb = {j for j, y in ev_b for _, x in ev_a if x and y and frozenset((x, y)) in _ANTONYMS}
    side_a = [(i, _antonym_side(t)) for i, t in enumerate(a.toks)]
    side_b = [(j, {(k, 1 - s) for k, s in _antonym_side(t)}) for j, t in enumerate(b.toks)]
    for i, sa in side_a:
        for j, sb in side_b:
            if sa and sa & sb:
                pa.add(i)
                pb.add(j)
    return sorted(pa), sorted(pb)


def _participant(stem: str) -> bool:
    return not stem.isdigit() and _idf(stem) >= PARTICIPANT_IDF


def _around(f: ClaimFacts, positions: list[int]) -> set[str]:
    """The participant stems among the ARG_WINDOW content words either side of each position (particles and
    prepositions not counted: «انسحبت قوات النظام من مدينة تدمر» reaches تدمر)."""
    content = [i for i, t in enumerate(f.toks) if t in f.stem_of]
    out: set[str] = set()
    for p in positions:
        before = [i for i in content if i < p][-ARG_WINDOW:]
        after = [i for i in content if i > p][:ARG_WINDOW]
        out.update(f.stem_of[f.toks[i]] for i in before + after if _participant(f.stem_of[f.toks[i]]))
    return out


def shared_participant_rail(a: ClaimFacts, b: ClaimFacts) -> Relation | None:
    """Opposite events contradict only when they happen to the same participant: a word less common than
    PARTICIPANT_IDF (a place, a unit, a name, «الدولار») within ARG_WINDOW content words of the opposed word on
    both sides. «قوات الأمن دخلت جامعة الأنبار» and «امتعاضه من انسحاب القوات العراقية من مدينة الرمادي»
    share only «القوات» and «مدينة» there: two events (the withdrawal was months before)."""
    pa, pb = _opposed_positions(a, b)
    if not pa or not pb:
        return None
    if _around(a, pa) & _around(b, pb):
        return None
    x, y = a.toks[pa[0]], b.toks[pb[0]]
    return Relation("unrelated", 0.5, f"{RAIL} shared-participant: opposite words ({x} vs {y}) with no "
                                      f"participant in common near them: two events")


_BOUND_NEGATORS = {"لا", "لم", "لن", "ما"}
# the model's contradiction signals in the graph (kg.relate.rails.graph_rail) other than a direction
_OTHER_CONFLICTS = ("neg_mismatch", "antonym_events", "aspect_conflict", "antonym_lex")


def _bounded(f: ClaimFacts, stems: set[str]) -> bool:
    """Every word of `stems` in the claim comes right after a negator: «ما لا يقل عن 56» is "at least 56"."""
    at = [i for i, t in enumerate(f.toks) if f.stem_of.get(t) in stems]
    return bool(at) and all(i > 0 and _bare(f.toks[i - 1]) in _BOUND_NEGATORS for i in at)


def directions_only(a: ClaimFacts, b: ClaimFacts) -> tuple[list[str], list[str]] | None:
    """Each side's direction words when opposite directions (rise vs fall) are the only contradiction signal the
    model sees in the pair (no negation, antonym or aspect conflict); None otherwise."""
    f = pair_features(a, b)
    dense = dict(zip(DENSE, f.dense))
    if not dense["direction_conflict"] or any(dense[n] for n in _OTHER_CONFLICTS):
        return None
    return f.ev["up_down"]


def bound_rail(a: ClaimFacts, b: ClaimFacts) -> Relation | None:
    """Opposite directions (rise vs fall) are the model's only contradiction signal, and one side's direction
    word is negated: «قتل ما لا يقل عن 56 مسلحاً» (at least 56) is a bound, not a fall, and does not
    contradict «ارتفع عدد القتلى إلى 25»."""
    directions = directions_only(a, b)
    if directions is None:
        return None
    ua, ub = directions
    for side, words in ((a, ua), (b, ub)):
        if _bounded(side, set(words) & (_UP | _DOWN)):
            return Relation("unrelated", 0.5, f"{RAIL} bound: the only opposite directions are a negated one "
                                              f"({_w(sorted(words), 2)} after a negator: a bound such as "
                                              f"«لا يقل عن», at least), not a rise against a fall")
    return None


def _both_directions(f: ClaimFacts) -> bool:
    """The claim names a rise and a fall (any of its words, shared with the other claim or not)."""
    return bool(f.all_stems & _UP) and bool(f.all_stems & _DOWN)


def rise_fall_only(a: ClaimFacts, b: ClaimFacts) -> bool:
    """A rise against a fall is the only contradiction signal the model sees: opposite directions, the events
    rise/fall or a lexicon antonym pair of direction words, and no negation or aspect conflict."""
    f = pair_features(a, b)
    dense = dict(zip(DENSE, f.dense))
    if dense["neg_mismatch"] or dense["aspect_conflict"]:
        return False
    if not (dense["direction_conflict"] or dense["antonym_events"] or dense["antonym_lex"]):
        return False
    moves = _UP | _DOWN
    return (all(frozenset(p) == _RISE_FALL for p in f.ev["antonym"])
            and all(light_stem(x) in moves and light_stem(y) in moves for x, y in f.ev["lex"]))


def mixed_directions_rail(a: ClaimFacts, b: ClaimFacts) -> Relation | None:
    """A rise against a fall is the model's only contradiction signal, and one side names both a rise and a fall:
    «مزيد من الانخفاض في الأسعار … استمرار صعود الدولار» against «التراجع الحاد … في الأسعار» is the dollar up and
    oil down in one analysis, not a rise against a fall of one thing."""
    mixed = [side for side in (a, b) if _both_directions(side)]
    if not mixed or not rise_fall_only(a, b):
        return None
    side = mixed[0]
    words = list(dict.fromkeys(t for t in side.toks if side.stem_of.get(t) in _UP | _DOWN))
    return Relation("unrelated", 0.5, f"{RAIL} mixed directions: one claim names both a rise and a fall "
                                      f"({_w(words, 4)}), several things moving, not one thing moving both ways")


def analysis_rail(a: ClaimFacts, b: ClaimFacts) -> Relation | None:
    """A claim of over ANALYSIS_WORDS tokens is an analysis or a paragraph with several statements; the
    model, trained on headline pairs, reads a contradiction into any negation inside it."""
    long = max(len(a.toks), len(b.toks))
    if long <= ANALYSIS_WORDS:
        return None
    return Relation("unrelated", 0.5, f"{RAIL} analysis: one claim is {long} words long, an analysis rather "
                                      f"than a report (beyond what the headline model judges)")


def model_contradiction_rail(rel: Relation, a: ClaimFacts, b: ClaimFacts) -> Relation | None:
    """The first rail that stops the model's contradiction, with the model's method kept; None when it stands."""
    if rel.relation != "contradicts":
        return None
    for rail in (denial_target_rail, both_deny_rail, shared_participant_rail, bound_rail, mixed_directions_rail,
                 analysis_rail):
        out = rail(a, b)
        if out is not None:
            return Relation(out.relation, out.confidence, out.why, rel.method)
    return None
