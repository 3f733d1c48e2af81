"""Relations between two claims: contradicts / supports / unrelated, with a confidence and a reason.

Two layers, one contract (`relate`, `compare` → `Relation(relation, confidence, why, method)`):

1. A structured comparison of the two claims (`facts` → `ClaimFacts`): event classes,
   negation scope and denials, antonymous events, "over vs. still going on", places,
   numbers, named entities (countries, capitals, leaders, currencies), directional
   predicates (rise/fall), reversal predicates (reject, postpone, fail), and the
   overlap of light-stemmed words after Arabic normalization. `rule_compare` is the
   first, rule-only verdict over it (method `rules-v1`).
2. A learned classifier (`models/relate-model.joblib`, trained by
   `python -m training.train_relate` on ANS stance-train (also with each second headline buried in
   a longer sentence) plus ArbTEDS train (headline against article sentence, the claim/sentence
   shape), tuned on ANS stance-dev): logistic
   regression over those facts as features, plus character n-grams of the words that
   differ between the two texts and learned pairs of substituted stems (word-vector
   features are wired in but did not help on dev, so none ship; so is the sentence encoder's pair head,
   whose probabilities a model may read as three more features — callers holding the claims' vectors pass
   them, `predict(..., vectors=)` — better by CV on ANS train, not on dev, so none ship). Its probabilities are
   temperature-calibrated on dev. The explanation names the present evidence that pushed
   the model most toward its verdict.

Guard rails (`guard_rail`): claims about different places are unrelated; the rules'
contradiction stands; the rules' corroboration stands unless the model sees an explicit
contradiction signal; claims about different events neither contradict nor support.
Across a graph (`predict(..., graph=True)`, used at ingest) the model's verdicts also need
what a headline pair takes for granted, one story: no different countries or names, and a
contradiction needs a polarity, antonym or aspect conflict on a shared event (`graph_rail`).
Between a claim and an article sentence (`sentence_rail`, pairwise `relate` only: the longer text over 20
words), a contradiction needs a denial verb or negator on one side only about rare shared words, since
another outlet's wording is not a contradiction (measured on tests/gold/relations*).
Candidate pairs across a graph come from blocking (`candidate_pairs`), never all pairs.

Steps (each a module of this package, testable alone; this module is the contract and re-exports
the names other code imports from kg.relate):
- `lexicon`: word lists and indices; `claims`: `facts` → `ClaimFacts`, `places_differ`;
- `rules`: `rule_compare`; `features`: `pair_features`, `DENSE`; `explanation`: `explain`;
- `rails`: the guard rails, the idf `anchor`, `far_apart`, `corroboration_rail` (what a stored support needs);
  `same_fact`: what makes two claims of one story one fact (not a prayer; the same counts, places, template
  slot words and event day), read by `corroboration_rail`;
  `classifier`: `RelateModel`, `model()`;
- `candidates`: `candidate_pairs`, `conflict_pairs` (denied, counting or inclusion claims, by rare words),
  `cause_pairs` (an explosion's attack vs accident causes, by place), `control_pairs` (a place taken vs still
  besieged, by place) and `denial_pairs` (a denial with its nearest claims by meaning of other sources);
- `conflicts`: across a corpus, denial, count, cause and inclusion conflicts the model does not see, and
  the time limits on its contradictions (`graph_verdict`); `control`: a place taken vs still besieged;
  `denials`: a denial close in meaning to what it denies, and `corpus_verdict` (rules, then the model);
  `breakdown`: a toll's parts («بينهم خمسة جنود») that two sources give differently; `arrests`: a raid's arrested
  counted differently; `quoted`: one speaker's figure
  quoted differently by two outlets on one day, kept as a conflict of the record;
- `single_event`: a contradiction the rules or the model found must be about one event (an anaphoric denial and a
  report of its own day, a count with a place named, the model alone inside one article, not one speaker's update);
- `contradiction_rails`: what the model's contradiction in the graph must be about (`model_contradiction_rail`:
  a negation of the other claim's words, not two claims that both deny, a participant shared by opposite
  events, no rise against a fall where one claim names both, not a paragraph-long analysis); each rail names
  itself in `why`;
- `passage`: a claim against an article sentence or passage (`stance_many`): the passage's
  sentences ranked by the encoder (kg.encoder) and shared rare words, the lexical model on the best
  ones, and a layer trained on hand-labelled claim/passage pairs over both (models/passage-stance.joblib).
"""

from __future__ import annotations

from typing import Any, Sequence

from ..model import Relation
from .candidates import candidate_pairs, conflict_pairs
from .claims import ClaimFacts, _countries, _entities, _numbers, _overlap, facts, places_differ
from .classifier import (METHOD, MODEL_PATH, MODEL_VERSION, TRAIN_COMMAND, VECTORS_PATH, ModelMissing, RelateModel,
                         model)
from .explanation import _ALLOWED, _CONTRA_EVIDENCE, _evidence_text, _w, explain
from .features import DENSE, PairFeatures, _dice, _lcs, _unit_mean, _Vectors, pair_features
from .lexicon import (_ANTONYM_OF, _ANTONYM_WORDS, _ANTONYMS, _COUNTRY_NAME, _DENIAL, _DOWN, _ENDED, _ENT_DOUBLE,
                      _ENT_SINGLE, _ENTITY_GROUPS, _EVENT_OF, _EVENTS, _NEGATORS, _NOT_NEGATING, _ONGOING,
                      _PARTICLES, _PLACEISH, _PROCLITICS, _REVERSALS, _SCOPE, _SENTENCE_DENIAL, _STOP, _UP,
                      _antonym_pairs, _antonym_side, _strip_proclitic, skeleton)
from .rails import (_GRAPH_CONTRA, CORROBORATION_DAYS, CORROBORATION_MEANING, CORROBORATION_SUPPORT, DF_PATH,
                    RESTATEMENT_OVERLAP, SENTENCE_ANCHOR, SENTENCE_SUPPORT, SENTENCE_WORDS, _df, _idf, anchor,
                    corroboration_rail, country_rail, far_apart, graph_rail, guard_rail, restatement_rail,
                    sentence_rail)
from .conflicts import count_conflict, denial_conflict, graph_conflict, graph_contradiction_rail, graph_verdict
from .contradiction_rails import model_contradiction_rail
from .passage import PASSAGE_WORDS, is_mid_pair, is_passage_pair, second_opinion, stance_many
from .rules import RULES_METHOD, rule_compare

LABELS = ("contradicts", "supports", "unrelated")
# gold labels accepted by `sanad eval relate`: ours, and ANS's stance names
GOLD_ALIASES = {"contradicts": "contradicts", "supports": "supports", "unrelated": "unrelated",
                "disagree": "contradicts", "agree": "supports", "other": "unrelated"}


def compare(a: ClaimFacts, b: ClaimFacts) -> Relation:
    return model().predict([(a, b)])[0]


def compare_many(pairs: Sequence[tuple[ClaimFacts, ClaimFacts]], batch: int = 4096) -> list[Relation]:
    m = model()
    out: list[Relation] = []
    for i in range(0, len(pairs), batch):
        out += m.predict(pairs[i:i + batch])
    return out


def relate(a: str, b: str, polarity_a: str | None = None, polarity_b: str | None = None) -> Relation:
    if polarity_a is None and polarity_b is None and (is_passage_pair(a, b) or is_mid_pair(a, b)):
        return relate_many([(a, b)])[0]
    return compare(facts(a, polarity_a), facts(b, polarity_b))


def relate_many(pairs: Sequence[tuple[str, str]]) -> list[Relation]:
    """Two headline-sized texts go to the lexical model (`compare_many`); a claim against an article
    sentence or passage (the longer side over PASSAGE_WORDS words) to the passage stance
    (`passage.stance_many`: best-matching sentences by the encoder, then a layer trained on
    claim/passage pairs); a pair of 21–40 words to the lexical model first, to the layer where that one sees no
    stance, calls a contradiction on «لم» / «لن» off target, or calls a contradiction the layer calls a support; a
    support whose figures cannot be the other's is a contradiction (`passage.second_opinion`). Results come back in
    the order of `pairs`."""
    long = [is_passage_pair(a, b) for a, b in pairs]
    rest = [p for p, x in zip(pairs, long) if not x]
    judged = compare_many([(facts(a), facts(b)) for a, b in rest])
    mid = [k for k, (a, b) in enumerate(rest) if is_mid_pair(a, b)]
    for k, r in zip(mid, second_opinion([rest[k] for k in mid], [judged[k] for k in mid]) if mid else []):
        judged[k] = r
    short = iter(judged)
    passages = iter(stance_many([p for p, x in zip(pairs, long) if x]) if any(long) else [])
    return [next(passages) if x else next(short) for x in long]


def scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Per-class precision / recall / F1 / support, macro-F1 over the three classes and over
    contradicts/supports (the two a fact-checker acts on), and accuracy."""
    out: dict[str, Any] = {"n": len(gold), "classes": {}}
    for c in LABELS:
        tp = sum(g == c and p == c for g, p in zip(gold, pred))
        fp = sum(g != c and p == c for g, p in zip(gold, pred))
        fn = sum(g == c and p != c for g, p in zip(gold, pred))
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        out["classes"][c] = {"precision": pr, "recall": rc, "f1": f1, "support": tp + fn, "predicted": tp + fp}
    present = [c for c in LABELS if out["classes"][c]["support"]]
    out["macro_f1"] = sum(out["classes"][c]["f1"] for c in present) / len(present) if present else 0.0
    out["macro_f1_cs"] = (out["classes"]["contradicts"]["f1"] + out["classes"]["supports"]["f1"]) / 2
    out["accuracy"] = sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0
    return out
