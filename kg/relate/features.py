"""Pair features for the learned model: `DENSE` names, `pair_features` → `PairFeatures` (dense
values, the differing words as text, substituted stem pairs, and the evidence for the explanation)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .claims import ClaimFacts, _overlap, places_differ
from ..text import _TOKEN, light_stem, normalize
from .meanings import meaning
from .lexicon import _ANTONYMS, _DOWN, _EVENT_OF, _REVERSALS, _UP, _antonym_pairs, _strip_proclitic, skeleton
from .rules import rule_compare


def _lcs(x: list[str], y: list[str]) -> int:
    """Length of the longest common subsequence (word order kept)."""
    if not x or not y:
        return 0
    prev = [0] * (len(y) + 1)
    for xi in x:
        cur = [0]
        for j, yj in enumerate(y):
            cur.append(prev[j] + 1 if xi == yj else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


@lru_cache(maxsize=1 << 16)
def _bigrams(x: str) -> frozenset[str]:
    return frozenset(x[i:i + 2] for i in range(len(x) - 1))


def _dice(x: str, y: str) -> float:
    # a pair's words are compared all against all, and a word recurs across a graph's pairs: its
    # bigrams are made once (relating the corpus: 2.3M calls, half of the features' time)
    gx, gy = _bigrams(x), _bigrams(y)
    return 2 * len(gx & gy) / (len(gx) + len(gy)) if gx and gy else float(x == y)


DENSE = (
    "rule_contradicts", "rule_supports", "rule_conf",
    "neg_mismatch", "both_negated", "negator_diff", "shared_event", "antonym_events", "aspect_conflict",
    "direction_conflict", "reversal_one_side", "places_differ", "places_shared",
    "overlap", "overlap_all", "jaccard", "char_jaccard", "shared_n", "diff_n", "diff_min", "diff_max", "len_ratio",
    "num_both", "num_match", "num_mismatch", "num_one_side",
    "ent_shared", "ent_mismatch", "ent_one_side", "ent_mismatch_x_overlap",
    "neg_mismatch_x_overlap", "antonym_x_overlap", "direction_x_overlap",
    "antonym_lex", "antonym_lex_x_overlap", "eff_diff_min", "eff_diff_max", "one_swap", "one_side_only", "swap_dice", "lcs_ratio", "order_kept", "root_matches",
    "len_a", "len_b", "cover_a", "cover_b",
    "vec_cos", "vec_align", "vec_sub_max", "vec_diff_cos", "vec_sub_x_overlap",
)


def pair_vectors(u, v):
    """What a model reads of a pair of unit sentence vectors (kg.encoder): u⊙v, |u−v| and the cosine."""
    import numpy as np

    u, v = np.atleast_2d(u), np.atleast_2d(v)
    return np.hstack([u * v, np.abs(u - v), (u * v).sum(axis=1, keepdims=True)])


@dataclass
class PairFeatures:
    dense: list[float]
    diff_text: str  # the words that differ, both sides ("a-only … | b-only …")
    swaps: str  # learned substitution features: "stemA|stemB" for each differing stem pair
    ev: dict[str, Any]  # evidence for the explanation


class _Vectors:
    """Word vectors (models/relate-vectors.npz: `words`, unit-length float16 `vectors`)."""

    def __init__(self, path: Path):
        import numpy as np

        data = np.load(path)
        self.index = {w: i for i, w in enumerate(data["words"].tolist())}
        self.vectors = data["vectors"].astype(np.float32)
        self.dim = self.vectors.shape[1]

    def lookup(self, toks: Iterable[str]):
        import numpy as np

        rows, words = [], []
        for t in toks:
            i = self.index.get(t)
            if i is None:
                i = self.index.get(_strip_proclitic(t))
            if i is not None:
                rows.append(i)
                words.append(t)
        return words, (self.vectors[rows] if rows else np.zeros((0, self.dim), np.float32))


def _unit_mean(m):
    import numpy as np

    if len(m) == 0:
        return None
    v = m.mean(axis=0)
    n = float(np.linalg.norm(v))
    return v / n if n else None


def _meanings(f: ClaimFacts) -> dict[str, str]:
    """Each stem of `f` → its meaning class (the first of its tokens that has one), else itself."""
    out: dict[str, str] = {}
    for t, s in f.stem_of.items():
        m = meaning(t, s)
        if out.get(s, s) == s:
            out[s] = m
    return out


def pair_features(a: ClaimFacts, b: ClaimFacts, vectors: _Vectors | None = None,
                  meanings: bool = False) -> PairFeatures:
    """`meanings`: compare words by kg.relate.meanings (a model trained so says so: RelateModel's bundle)."""
    rule = rule_compare(a, b)
    sa, sb = a.all_stems, b.all_stems
    # with `meanings`, words compare by what they mean where news rewords («عشرين» = «20», «توفي» = «لقي مصرعه»);
    # without (the shipped model), each stem means itself: plain set operations, no map per pair
    if meanings:
        mean_a, mean_b = _meanings(a), _meanings(b)
        ka, kb = set(mean_a.values()), set(mean_b.values())
        only_a = frozenset(s for s in sa if mean_a[s] not in kb)
        only_b = frozenset(s for s in sb if mean_b[s] not in ka)
        ov = _overlap({mean_a.get(s, s) for s in a.stems}, {mean_b.get(s, s) for s in b.stems})
    else:
        ka, kb = sa, sb
        only_a, only_b = sa - sb, sb - sa
        ov = _overlap(a.stems, b.stems)
    shared = sa - only_a
    ov_all = _overlap(ka, kb)
    jac = len(ka & kb) / len(ka | kb) if ka | kb else 0.0
    cj = len(a.grams & b.grams) / len(a.grams | b.grams) if a.grams | b.grams else 0.0
    words_a = [t for t, s in a.stem_of.items() if s in only_a]
    words_b = [t for t, s in b.stem_of.items() if s in only_b]
    # spelling and clitic variants ("عسيري"/"عسيرى", "تتمسك"/"وتمسك") are not real differences
    # and neither are forms of one root ("تدين"/"ادانت", "يصعد"/"صعود")
    eff_a, matched_b = [], set()
    best_dice = 0.0
    n_root = 0
    for x in words_a:
        m = max(((_dice(x, y), y) for y in words_b if y not in matched_b), default=(0.0, None))
        if m[0] >= 0.6 and min(len(x), len(m[1])) >= 3:
            matched_b.add(m[1])
            continue
        sx = skeleton(x)
        r = next((y for y in words_b if y not in matched_b and len(sx) >= 2 and skeleton(y) == sx), None)
        if r is not None:
            matched_b.add(r)
            n_root += 1
        else:
            eff_a.append(x)
    eff_b = [y for y in words_b if y not in matched_b]
    if len(eff_a) == 1 and len(eff_b) == 1:
        best_dice = _dice(eff_a[0], eff_b[0])
    lex = _antonym_pairs(words_a, words_b)
    # word order: an edited headline keeps it, a paraphrase often reorders
    seq_a = [a.stem_of[t] for t in a.toks if t in a.stem_of]
    seq_b = [b.stem_of[t] for t in b.toks if t in b.stem_of]
    lcs = _lcs(seq_a, seq_b)
    neg_mismatch = a.negated != b.negated
    negator_diff = bool(a.negators) != bool(b.negators)
    antonym = [(x, y) for x in a.events for y in b.events if frozenset((x, y)) in _ANTONYMS]
    aspect = (a.ended and b.ongoing) or (a.ongoing and b.ended)
    up_a, up_b = only_a & _UP, only_b & _UP
    dn_a, dn_b = only_a & _DOWN, only_b & _DOWN
    direction = bool((up_a and dn_b and not up_b) or (dn_a and up_b and not dn_b))
    rev_a, rev_b = only_a & _REVERSALS, only_b & _REVERSALS
    reversal = bool(rev_a) != bool(rev_b)
    differ = places_differ(a, b)
    # number words count as their digits («عشرين» = «20»)
    na = a.numbers | {m[1:] for m in ka if m[:1] == "#"}
    nb = b.numbers | {m[1:] for m in kb if m[:1] == "#"}
    ea, eb = a.entities, b.entities
    ent_mismatch = bool(ea - eb and eb - ea)
    ent_one = bool(ea ^ eb) and not ent_mismatch
    vec = [0.0] * 5
    sub_pair = None
    if vectors is not None:
        wa, ma = vectors.lookup(a.stem_of)
        wb, mb = vectors.lookup(b.stem_of)
        ua, ub = _unit_mean(ma), _unit_mean(mb)
        if ua is not None and ub is not None:
            sims = ma @ mb.T
            vec[0] = float(ua @ ub)
            vec[1] = float((sims.max(axis=1).mean() + sims.max(axis=0).mean()) / 2)
            ia = [i for i, w in enumerate(wa) if a.stem_of[w] in only_a]
            ib = [j for j, w in enumerate(wb) if b.stem_of[w] in only_b]
            if ia and ib:
                sub = sims[ia][:, ib]
                k = int(sub.argmax())
                vec[2] = float(sub.max())
                sub_pair = (wa[ia[k // len(ib)]], wb[ib[k % len(ib)]])
                da, db = _unit_mean(ma[ia]), _unit_mean(mb[ib])
                vec[3] = float(da @ db) if da is not None and db is not None else 0.0
            vec[4] = vec[2] * ov_all
    dense = [
        rule.relation == "contradicts", rule.relation == "supports", rule.confidence,
        neg_mismatch, a.negated and b.negated, negator_diff, bool(a.events & b.events), bool(antonym), aspect,
        direction, reversal, differ, bool(a.places & b.places),
        ov, ov_all, jac, cj, math.log1p(len(shared)), math.log1p(len(only_a) + len(only_b)),
        math.log1p(min(len(only_a), len(only_b))), math.log1p(max(len(only_a), len(only_b))),
        min(len(sa), len(sb)) / max(len(sa), len(sb), 1),
        bool(na and nb), bool(na and nb and na == nb), bool(na and nb and na != nb), bool(na) != bool(nb),
        bool(ea & eb), ent_mismatch, ent_one, ent_mismatch * ov_all ** 2,
        neg_mismatch * ov_all, bool(antonym) * ov_all, direction * ov_all,
        bool(lex), bool(lex) * ov_all, math.log1p(min(len(eff_a), len(eff_b))), math.log1p(max(len(eff_a), len(eff_b))),
        len(eff_a) == 1 and len(eff_b) == 1, (not eff_a) != (not eff_b), best_dice,
        lcs / max(min(len(seq_a), len(seq_b)), 1), lcs / len(shared) if shared else 0.0, math.log1p(n_root),
        # lengths and one-sided coverage: a claim against a long article sentence is covered by it
        # without covering it, unlike a headline and its rewrite
        math.log1p(len(sa)), math.log1p(len(sb)), len(shared) / max(len(sa), 1), len(shared) / max(len(sb), 1),
        *vec,
    ]
    stems_a = sorted({a.stem_of[w] for w in words_a})[:12]
    stems_b = sorted({b.stem_of[w] for w in words_b})[:12]
    swaps = " ".join("|".join(sorted((x, y))) for x in stems_a for y in stems_b)
    ev = {"rule": rule, "shared": sorted(shared & (a.stems | b.stems)), "only_a": words_a, "only_b": words_b,
          "events": sorted(a.events & b.events), "antonym": antonym, "up_down": (up_a | dn_a, up_b | dn_b),
          "rev": (rev_a, rev_b), "numbers": (sorted(na), sorted(nb)), "entities": (sorted(ea - eb), sorted(eb - ea)),
          "places": (sorted(a.places), sorted(b.places)), "negated": (a.negated, b.negated),
          "negators": (sorted(a.negators), sorted(b.negators)), "overlap": ov_all, "sub_pair": sub_pair,
          "vec_cos": vec[0], "lex": lex, "eff": (eff_a, eff_b), "event_sets": (a.events, b.events),
          "countries": (a.countries, b.countries), "facts": (a, b)}
    return PairFeatures([float(x) for x in dense], " ".join(eff_a) + " | " + " ".join(eff_b), swaps, ev)


# Words after which an event is the background of the claim, not what it asserts: «after the jets struck …»,
# «in protest at the killing of …», «accused of killing …» (normalized tokens, as ClaimFacts.toks).
_BACKGROUND_MARKERS = (("بعد", "ان"), ("بعدما",), ("عقب",), ("اثر",), ("احتجاجا", "علي"), ("ردا", "علي"),
                       ("المتهم",), ("والمتهم",), ("متهم",), ("بتهمه",), ("خلفيه",))
BACKGROUND_SCOPE = 6  # tokens after a marker that it governs


def background_events(f: ClaimFacts) -> frozenset[str]:
    """The event classes a claim names only as background: every mention falls within BACKGROUND_SCOPE
    tokens after a background marker (seen on the corpus: a sit-in «احتجاجاً على قتل …» and an arrest
    «المتهم بقتل …» both name the killing, and neither asserts it), or further on in the clause the marker opens
    (no punctuation between them) after a mention of the same event within that scope: the clause's object or
    a second word for one act («… ستصبح منطقة آمنة بعد أن قصفت طائرات حربية تركية مواقع للجهاديين في سلسلة
    غارات»: the strikes are the safe zone's background, «غارات» their manner)."""
    toks = f.toks
    starts = [i + len(m) for i in range(len(toks)) for m in _BACKGROUND_MARKERS if tuple(toks[i:i + len(m)]) == m]
    mentions: dict[str, list[int]] = {}
    for i, t in enumerate(toks):
        event = _EVENT_OF.get(light_stem(t))
        if event:
            mentions.setdefault(event, []).append(i)
    clause = _clause_of(f) if starts else []

    def background(at: list[int], p: int) -> bool:
        return any(s <= p < s + BACKGROUND_SCOPE or (
            s <= p and any(s <= q < s + BACKGROUND_SCOPE for q in at) and clause and clause[s] == clause[p])
            for s in starts)

    return frozenset(e for e, at in mentions.items() if all(background(at, p) for p in at))


_CLAUSE_MARK = re.compile(r"[،,.؛;:!?؟()«»\"“”\-–]")


def _clause_of(f: ClaimFacts) -> list[int]:
    """Each token's clause: how many punctuation marks come before it in the claim's text (f.toks order)."""
    norm = normalize(f.text)
    out, last, n = [], 0, 0
    for m in _TOKEN.finditer(norm):
        n += len(_CLAUSE_MARK.findall(norm, last, m.start()))
        out.append(n)
        last = m.end()
    return out if len(out) == len(f.toks) else []
