"""The explanation: one English line naming the evidence that pushed the model toward its verdict.
(Named explanation.py, not explain.py, so that `kg.relate.explain` stays the function.)"""

from __future__ import annotations

from typing import Any


def _w(xs, n=4) -> str:
    """The first n words, joined; a set's in sorted order (its own order follows string hashing,
    which changes from one process to the next)."""
    return "، ".join((sorted(xs) if isinstance(xs, (set, frozenset)) else list(xs))[:n])


# Evidence each verdict may be explained by (a feature that pushed toward a verdict it cannot
# explain in words, e.g. "no negation" toward unrelated, is left out of the sentence).
_CONTRA_EVIDENCE = ("neg_mismatch", "neg_mismatch_x_overlap", "negator_diff", "antonym_events", "antonym_x_overlap",
                    "aspect_conflict", "direction_conflict", "direction_x_overlap", "reversal_one_side",
                    "num_mismatch", "antonym_lex", "antonym_lex_x_overlap")
_ALLOWED = {
    "contradicts": set(_CONTRA_EVIDENCE) | {"ent_mismatch", "ent_mismatch_x_overlap", "one_swap", "swap_dice",
                                            "vec_sub_max", "vec_sub_x_overlap", "rule_contradicts", "__text__",
                                            "one_side_only"},
    "supports": {"overlap", "overlap_all", "jaccard", "char_jaccard", "shared_n", "num_match", "rule_supports",
                 "root_matches", "lcs_ratio", "order_kept", "vec_cos", "vec_align", "both_negated", "ent_shared",
                 "shared_event", "__text__", "__meaning__"},
    "unrelated": {"places_differ", "overlap", "overlap_all", "jaccard", "char_jaccard", "shared_n", "diff_n",
                  "diff_max", "eff_diff_min", "eff_diff_max", "ent_mismatch", "ent_mismatch_x_overlap", "vec_cos",
                  "vec_align", "__text__", "__meaning__"},
}


def _evidence_text(name: str, ev: dict[str, Any], label: str) -> str | None:
    oa, ob = ev["eff"]
    if name in ("neg_mismatch", "neg_mismatch_x_overlap"):
        what = f"same event ({', '.join(ev['events'])}: {_w(ev['shared'], 5)})" if ev["events"] else \
            f"same subject ({_w(ev['shared'], 5)})" if ev["shared"] else "the same claim"
        return f"{what}, opposite polarity: one asserts it, the other denies it"
    if name == "both_negated":
        return "both deny it"
    if name == "negator_diff":
        na, nb = ev["negators"]
        return f"a negation on one side only ({_w(na or nb)})"
    if name in ("antonym_events", "antonym_x_overlap") and ev["antonym"]:
        x, y = ev["antonym"][0]
        return f"opposite events ({x} vs {y}) about the same thing ({_w(ev['shared'])})"
    if name in ("antonym_lex", "antonym_lex_x_overlap") and ev["lex"]:
        x, y = ev["lex"][0]
        return f"opposite words ({x} vs {y})"
    if name == "aspect_conflict":
        return "one says it is over, the other that it goes on"
    if name in ("direction_conflict", "direction_x_overlap"):
        ua, ub = ev["up_down"]
        return f"opposite directions ({_w(ua, 2)} vs {_w(ub, 2)})"
    if name == "reversal_one_side":
        ra, rb = ev["rev"]
        return f"a refusal, denial or reversal on one side only ({_w(ra or rb, 2)})"
    if name == "places_differ":
        pa, pb = ev["places"]
        return f"about different places ({', '.join(pa)} vs {', '.join(pb)})"
    if name == "num_mismatch":
        na, nb = ev["numbers"]
        return f"numbers differ ({', '.join(na)} vs {', '.join(nb)})"
    if name == "num_match":
        return f"same numbers ({', '.join(ev['numbers'][0])})"
    if name in ("ent_mismatch", "ent_mismatch_x_overlap"):
        xa, xb = ev["entities"]
        return f"different names ({', '.join(xa)} vs {', '.join(xb)})"
    if name == "ent_shared":
        return None
    if name in ("one_swap", "swap_dice") and len(oa) == 1 and len(ob) == 1:
        return f"one word swapped ({oa[0]} vs {ob[0]})"
    if name == "one_side_only" and (oa or ob):
        return f"one side adds words ({_w(oa or ob, 3)})"
    if name in ("vec_sub_max", "vec_sub_x_overlap") and ev["sub_pair"]:
        x, y = ev["sub_pair"]
        return f"a word swapped for a related one ({x} vs {y})"
    if name == "root_matches":
        return "the same words in other forms"
    if name in ("lcs_ratio", "order_kept") and label == "supports":
        return f"the same wording ({_w(ev['shared'], 5)})" if ev["shared"] else None
    if name == "shared_event" and ev["events"]:
        return f"same event ({', '.join(ev['events'])})"
    if name in ("overlap", "overlap_all", "jaccard", "char_jaccard", "shared_n", "vec_cos", "vec_align"):
        if label == "unrelated":
            return f"little in common ({_w(ev['shared'], 3) or 'no shared word'}; {ev['overlap']:.0%} of the words)"
        if not ev["shared"]:
            return None
        return f"shared details ({_w(ev['shared'], 5)}; {ev['overlap']:.0%} of the words)"
    if name in ("diff_n", "diff_max", "eff_diff_min", "eff_diff_max"):
        return f"many words differ ({_w(oa, 3) or '—'} vs {_w(ob, 3) or '—'})" if oa or ob else None
    if name == "__text__":
        if not (oa or ob):
            return None
        return f"{'the words that differ' if label == 'contradicts' else 'wording that differs'} " \
               f"({_w(oa, 3) or '—'} vs {_w(ob, 3) or '—'})"
    if name == "__meaning__":  # the sentence encoder's reading of the pair (no words to name)
        return "the same content in other words" if label == "supports" else "far apart in meaning"
    if name in ("rule_contradicts", "rule_supports"):
        return ev["rule"].why if ev["rule"].relation == label else None
    return None


def explain(label: str, contributions: dict[str, float], ev: dict[str, Any], raw: dict[str, float] | None = None) -> str:
    """The evidence that pushed the model most toward `label`, in words, most influential first.
    Only evidence that is present and that can speak for this verdict counts."""
    allowed = _ALLOWED[label]
    order = sorted(((k, v) for k, v in contributions.items()
                    if v > 0 and k in allowed and (raw is None or k.startswith("__") or raw.get(k))),
                   key=lambda kv: -kv[1])
    parts: list[str] = []
    for name, _ in order:
        text = _evidence_text(name, ev, label)
        if text and text not in parts:
            parts.append(text)
        if len(parts) == 3:
            break
    if label == "contradicts" and ev["negated"][0] != ev["negated"][1] and not any("opposite polarity" in p for p in parts):
        parts.insert(0, _evidence_text("neg_mismatch", ev, label))
    if not parts:
        parts.append(_evidence_text("__text__", ev, label) or {
            "contradicts": "the model's reading of the pair", "supports": "the same report in other words",
            "unrelated": "little in common"}[label])
    return "; ".join(parts[:3])
