"""Rule signals of a claim against each sentence of a passage (kg.relate.passage reads them, issue 13).

Read on the out-of-fold errors of the passage layer (session 16): half the contradictions it called unrelated
are seen by a reader in one sentence that the encoder's ranking did not put first, by one of a few marks — a
figure that differs for the same counted noun («مقتل 43» against «57 قتيلا», «(59 عاما)» against «(58 عاماً)»),
a denial of what the claim reports («نفى المتحدث … تعرض أي مقر لهجوم», «أخبار مغلوطة لا صحة لها»), or
opposite events (advanced into / failed to storm). Most missed supports repeat the claim's figures or are the
rules' one event with the same details. (The rules' opposition — kg.relate.rules' opposite polarity or events,
kg.relate.events.holding_of's taken against besieged — fired on none of the 921 training pairs against a
sentence: it needs most words shared, which a claim and an article sentence rarely do; it is left out.) Each
function here reads one (claim, sentence) pair of `kg.relate.claims.ClaimFacts`; `passage_maxima` takes the
largest over every sentence of the passage, so a mark counts wherever it stands (cheap: rules only, no model).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text import light_stem
from .claims import ClaimFacts
from .conflicts import _COUNT_CLASS
from .contradiction_rails import _DENIAL_CUE
from .events import _number, figures_apart, tolls_differ
from .figures import Figure, figure_at
from .injuries import injured_differ
from .lexicon import _strip_proclitic
from .rails import anchor
from .rules import rule_compare

# a number right before one of these counts no thing of its own: a multiplier, a date's or a clock's unit
_NOT_COUNTED = {"الف", "الاف", "الفا", "مليون", "ملايين", "مليار", "مليارات", "يوليو", "اغسطس", "يونيو", "مايو",
                "ابريل", "مارس", "فبراير", "يناير", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "تموز", "اب", "حزيران",
                "ساعه", "دقيقه", "بالمئه", "بالمائه", "في", "من"}
YEARS = (1900, 2100)  # a four-digit number in this range is a year, not a count


def noun_key(tok: str) -> str:
    """A counted noun's key: its count class, else its light stem. (Tried by story-grouped CV over the training
    parts and left out, none higher: folding the accusative «ا» so «مدنيا» and «مدنيين» share a key; reading
    «133 ألف طن» as 133,000 and «كلم» as «كيلومترا»; dropping running totals and a period's totals.)"""
    if tok in _COUNT_CLASS:
        return _COUNT_CLASS[tok]
    return light_stem(tok)


def counted_figures(f: ClaimFacts) -> dict[str, frozenset[Figure]]:
    """What the text counts: the noun right after a number (past «من»: «17 من مقاتليه») → the figures it is given
    (kg.relate.figures: «نحو 17» is a range), keyed by `noun_key`. Negated texts count nothing."""
    if f.negated:
        return {}
    toks, out = f.toks, {}
    for i, t in enumerate(toks):
        n = _number(t)
        if n is None or YEARS[0] <= n <= YEARS[1] or i + 1 >= len(toks):
            continue
        k = i + 2 if _strip_proclitic(toks[i + 1]) == "من" and i + 2 < len(toks) else i + 1
        noun = _strip_proclitic(toks[k])
        if noun in _NOT_COUNTED or _number(toks[k]) is not None or len(noun) < 2:
            continue
        fig = figure_at(toks, i, n)
        if fig is not None:
            out.setdefault(noun_key(noun), set()).add(fig)
    return {k: frozenset(v) for k, v in out.items()}


def figures_conflict(c: ClaimFacts, s: ClaimFacts) -> float:
    """1 when the two give one counted thing figures that cannot be the same (a death toll, the wounded, or the
    same counted noun: kg.relate.events.figures_apart, so a part or a total the other says is no conflict)."""
    if tolls_differ(c, s) or injured_differ(c, s):
        return 1.0
    fc, fs = counted_figures(c), counted_figures(s)
    return float(any(figures_apart(fc[k], fs[k], c, s) for k in fc.keys() & fs.keys()))


def figures_agree(c: ClaimFacts, s: ClaimFacts) -> float:
    """The share of the claim's counted things that the sentence gives the same exact figure (a repeated toll is
    the same report)."""
    fc, fs = counted_figures(c), counted_figures(s)
    if not fc:
        return 0.0
    return sum(bool(fc[k] & fs.get(k, frozenset())) for k in fc) / len(fc)


def _denies(f: ClaimFacts) -> bool:
    return bool(f.sentence_denials) or bool(_DENIAL_CUE.search(" ".join(f.toks)))


def denial_about(c: ClaimFacts, s: ClaimFacts) -> float:
    """A denial or negation on one side only, weighed by the share of rare words both say (kg.relate.rails.anchor):
    a denial of something else shares none."""
    return anchor(c, s) if _denies(c) != _denies(s) else 0.0


# Words that call a report false without a denial verb: «أخبار مغلوطة», «شائعات», «مزاعم», «لا أساس لها من الصحة»,
# «معلومات غير دقيقة» (the coalition's answer to the Aden landing reports; normalized text, kg.text.normalize)
_FALSE_REPORT = re.compile(r"(?<!\w)[وف]?(?:مغلوط|مغلوطه|شايعات|شايعه|مزاعم|ادعاءات|اكاذيب|مفبرك|مفبركه|ملفق|ملفقه|"
                           r"لا اساس|غير دقيق|غير دقيقه|عدم صحه)(?!\w)")


def _calls_false(f: ClaimFacts) -> bool:
    """An explicit denial (kg.relate.contradiction_rails: «نفى», «لا صحة», «كذب») or a word that calls a report
    false; not a bare negator, which most article sentences hold about something else."""
    text = " ".join(f.toks)
    return bool(_DENIAL_CUE.search(text)) or bool(_FALSE_REPORT.search(text))


def denial_cue_about(c: ClaimFacts, s: ClaimFacts) -> float:
    """An explicit denial on one side only (`_calls_false`), weighed by the share of rare words both say."""
    return anchor(c, s) if _calls_false(c) != _calls_false(s) else 0.0


def rules_support(c: ClaimFacts, s: ClaimFacts) -> float:
    """1 when kg.relate.rules sees one event with the same polarity and shared details."""
    return float(rule_compare(c, s).relation == "supports")


PER_SENTENCE = {"figures_conflict": figures_conflict, "figures_agree": figures_agree, "denial_about": denial_about,
                "denial_cue_about": denial_cue_about, "rules_support": rules_support}


def passage_maxima(c: ClaimFacts, sentences: Sequence[ClaimFacts]) -> dict[str, float]:
    """Each PER_SENTENCE signal's largest value over all the passage's sentences, named «<signal>_max»."""
    return {f"{name}_max": max((fn(c, s) for s in sentences), default=0.0) for name, fn in PER_SENTENCE.items()}


def passage_wide(c: ClaimFacts, p: ClaimFacts) -> dict[str, float]:
    """Signals of the claim against the whole passage: «figures_conflict_passage», a counted thing whose figures in
    the claim the passage gives nowhere (a sentence's other figure does not conflict when another sentence repeats
    the claim's, as an updated toll or a part counted apart)."""
    return {"figures_conflict_passage": figures_conflict(c, p)}


WIDE = ("figures_conflict_passage",)

