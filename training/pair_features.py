"""Features of a candidate pair of statements that do not name any one story's words: what a learned contradiction
judge reads (training/judge_data.py builds them from stores; training/train_judge.py measures them sample by sample).
A judge built into relating would compute them here too, so that training and judging read a pair one way."""

from __future__ import annotations

from datetime import date

from kg.relate.claims import ClaimFacts
from kg.relate.conflicts import denied, rare_stems
from kg.relate.rails import _idf

CHANNELS = ("article", "blocks", "meaning", "conflict", "denial", "event", "none")
METHODS = ("ans-logreg-v1", "conflict-rules-v1")
FRAGMENT_TOKENS = 5  # a claim this short is a clause cut off its sentence, rarely a whole proposition


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except (TypeError, ValueError):
        return None


def _shares(x: frozenset, y: frozenset) -> tuple[float, float, float]:
    """|x∩y| over |x|, over |y|, and the idf-weighted share of the union."""
    both = x & y
    wu = sum(_idf(s) for s in x | y)
    return (len(both) / len(x) if x else 0.0, len(both) / len(y) if y else 0.0,
            sum(_idf(s) for s in both) / wu if wu else 0.0)


def pair_features(fa: ClaimFacts, fb: ClaimFacts, a: dict, b: dict, *, cos: float, probs: dict[str, float],
                  channel: str, independent: bool, same_outlet: bool | None, partners: tuple[int, int],
                  verdict_contradicts: bool, verdict_confidence: float, method: str | None) -> dict[str, float]:
    """One pair's features: `a`, `b` the stored claims (text, date, article, source), `probs` the lexical model's
    graph-mode probabilities by label, `partners` how many candidate pairs each statement is in, the verdict what
    the current model and rules say."""
    ra, rb = rare_stems(fa), rare_stems(fb)
    rare_a, rare_b, rare_w = _shares(ra, rb)
    stem_a, stem_b, stem_w = _shares(frozenset(fa.stems), frozenset(fb.stems))
    na, nb = len(fa.toks), len(fb.toks)
    gap = _days(a.get("date"), b.get("date"))
    da, db = denied(fa), denied(fb)
    f = {
        "p_contradicts": probs.get("contradicts", 0.0), "p_supports": probs.get("supports", 0.0),
        "p_unrelated": probs.get("unrelated", 0.0), "cos": cos,
        "rare_share_min": min(rare_a, rare_b), "rare_share_max": max(rare_a, rare_b), "rare_weighted": rare_w,
        "rare_shared": float(len(ra & rb)), "stem_share_min": min(stem_a, stem_b), "stem_share_max": max(stem_a, stem_b),
        "stem_weighted": stem_w,
        "places_shared": float(bool(fa.places & fb.places)), "places_apart": float(bool(fa.places and fb.places
                                                                                          and not fa.places & fb.places)),
        "countries_apart": float(bool(fa.countries and fb.countries and not fa.countries & fb.countries)),
        "numbers_shared": float(bool(fa.numbers & fb.numbers)),
        "numbers_apart": float(bool(fa.numbers and fb.numbers and not fa.numbers & fb.numbers)),
        "events_shared": float(len(fa.events & fb.events)), "entities_shared": float(len(fa.entities & fb.entities)),
        "denied_one": float(da != db), "denied_both": float(da and db), "negated_one": float(fa.negated != fb.negated),
        "tokens_min": float(min(na, nb)), "tokens_max": float(max(na, nb)),
        "fragment": float(min(na, nb) <= FRAGMENT_TOKENS),
        "same_article": float(a.get("article") == b.get("article")),
        "same_outlet": float(bool(same_outlet)), "outlet_unknown": float(same_outlet is None),
        "same_day": float(gap == 0), "gap_days": float(min(gap, 30)) if gap is not None else 30.0,
        "no_date": float(gap is None),
        "independent": float(independent), "same_source": float(a["source"]["key"] == b["source"]["key"]),
        "partners_min": float(min(partners)), "partners_max": float(max(partners)),
        "verdict_contradicts": float(verdict_contradicts), "verdict_confidence": verdict_confidence,
    }
    for ch in CHANNELS:
        f[f"channel_{ch}"] = float(channel == ch)
    for m in METHODS:
        f[f"method_{m}"] = float(method == m)
    return f
