"""A learned proposer for the attributed statements the rules miss (issue 14): one pipeline step after the
rules and the outlet's voice.

Candidates are clause pieces of every sentence (split at ، : ؛ and quotation marks, runs of two pieces, the
whole sentence), each with the 3 words before it and what the rules saw around it: the reporting cue right
before it and whether a rule claim came of that cue, how much of it a rule claim already covers. A logistic
regression over character n-grams of the piece and those context tokens (models/proposer.joblib, trained by
`python -m training.train_proposer` on the development gold) scores them; those over THRESHOLD, none
overlapping another, with a rules' cue before them in their sentence or inside them, become claims. The rules
still decide the source: a candidate holding a verb cue the rules left without a claim becomes that verb's
subject's words (subjects.subject_after); any other takes the source of the nearest rule claim before it (its
sentence first), else it is the outlet's.

The step runs only for an extractor made with proposer=True (`sanad extract --proposer`, `sanad eval extract
--proposer`) and with the model file there: in cross-validation most of the claims it adds have a wrong source or
fall where the gold scores nothing (the outlet's narration), so it is not on by default."""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..extract_eval import overlap as span_overlap  # shared characters over the shorter span
from ..model import Claim
from ..resources import data_dir
from ..sources import outlet_ref
from ..text import normalize, normalize_with_offsets
from .cues import find_cues
from .dates import resolve_date
from .subjects import subject_after
from .syntax import COMPLEMENTIZER_RE

MODEL_FILE = "proposer.joblib"
# cross-validated on the development gold (training/proposer/README.md): at 0.8, 14 claims gained for 5 false
# added, leaving one gold folder out
THRESHOLD = 0.8
SPLIT_RE = re.compile(r"[،,:؛;«»“”\"]")
MIN_WORDS = 3
SPACE = " \n\t\u00a0."


def model_path() -> Path:
    return data_dir("models") / MODEL_FILE


@lru_cache(maxsize=1)
def load_model():
    """The trained ProposerModel, or None when its file is missing (the step is then off)."""
    path = model_path()
    if not path.exists():
        return None
    import joblib

    return joblib.load(path)


def trim(text: str, x: int, y: int) -> tuple[int, int]:
    while x < y and text[x] in SPACE:
        x += 1
    while y > x and text[y - 1] in SPACE:
        y -= 1
    return x, y


def pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Clause pieces of the sentence text[a:b], runs of two adjacent pieces and the whole sentence, each
    trimmed and at least MIN_WORDS words, in order, without repeats."""
    cuts = [a] + [a + m.start() for m in SPLIT_RE.finditer(text[a:b])] + [b]
    raw = [trim(text, x + (1 if x > a else 0), y) for x, y in zip(cuts, cuts[1:])]
    out = raw + [(p[0], q[1]) for p, q in zip(raw, raw[1:]) if p[1] > p[0] and q[1] > q[0]] + [trim(text, a, b)]
    seen, uniq = set(), []
    for p in out:
        if p not in seen and p[1] > p[0] and len(text[p[0]:p[1]].split()) >= MIN_WORDS:
            seen.add(p)
            uniq.append(p)
    return uniq


def candidates(text: str, sentences: list[tuple[int, int]], claims: list[dict], cues: list[list]) -> list[dict]:
    """Every candidate of an article with its features. `claims`: the rules' claims as dicts with start, end,
    cue_start; `cues`: the rules' cues as [start, end, kind, lemma] in article offsets."""
    out = []
    for k, (a, b) in enumerate(sentences):
        # normalization is per character (kg.text), so a piece's normal form is a slice of its sentence's
        norm, offsets = normalize_with_offsets(text[a:b])
        at = lambda i: bisect.bisect_left(offsets, i - a)  # noqa: E731
        in_sent = [c for c in claims if a <= c["start"] < b]
        here = [c for c in cues if a <= c[0] < b]
        starts = [c["cue_start"] for c in claims if c.get("cue_start") is not None]
        used = {tuple(c[:2]) for c in here if any(c[0] <= st < c[1] for st in starts)}
        for x, y in pieces(text, a, b):
            cov = max([span_overlap((x, y), (c["start"], c["end"])) for c in claims] + [0.0])
            before = [c for c in here if c[1] <= x]
            inside = [c for c in here if x <= c[0] < y]
            gap = x - before[-1][1] if before else 999
            # the cue the rules saw right before the piece and those inside it, and whether a claim came of them
            tags = [f"CUE_{c[2]}_{c[3]}_{'used' if tuple(c[:2]) in used else 'unused'}" for c in before[-1:]]
            tags += [f"IN_{c[2]}_{'used' if tuple(c[:2]) in used else 'unused'}" for c in inside]
            left = " ".join(norm[:at(x)].split()[-3:])
            out.append({"start": x, "end": y, "sentence": k, "piece": norm[at(x):at(y)], "cued": bool(before or inside),
                        "left": " ".join([left] + tags) or "<s>",
                        "num": [cov, float(bool(in_sent)), float(k == 0), min(len(text[x:y].split()), 60) / 60,
                                float(x == a), float(y >= b - 1), float(gap <= 3), float(gap <= 15),
                                float(gap <= 40), float(bool(before) and tuple(before[-1][:2]) not in used),
                                float(bool(inside)), float(any(tuple(c[:2]) not in used for c in inside))]})
    return out


class ProposerModel:
    """Char n-grams of the piece, word n-grams of its context, the numeric features; logistic regression."""

    def __init__(self, seed: int = 13):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self.piece = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True,
                                     max_features=50000, dtype=np.float32)
        self.left = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"\S+", dtype=np.float32)
        self.clf = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000, random_state=seed)

    def features(self, cands: list[dict], fit: bool = False):
        from scipy.sparse import csr_matrix, hstack

        p, l = [c["piece"] for c in cands], [c["left"] for c in cands]
        if fit:
            self.piece.fit(p)
            self.left.fit(l)
        num = csr_matrix(np.array([c["num"] for c in cands], dtype=np.float32))
        return hstack([self.piece.transform(p), self.left.transform(l), num]).tocsr()

    def fit(self, cands: list[dict], labels: list[int]) -> "ProposerModel":
        self.clf.fit(self.features(cands, fit=True), labels)
        return self

    def proba(self, cands: list[dict]) -> np.ndarray:
        return self.clf.predict_proba(self.features(cands))[:, 1] if cands else np.zeros(0)


def choose(cands: list[dict], probs, threshold: float) -> list[dict]:
    """Candidates over the threshold, most probable first, none overlapping one already chosen."""
    chosen = []
    for i in np.argsort(-np.asarray(probs), kind="stable"):
        if probs[i] < threshold:
            break
        c = cands[i]
        if not any(c["start"] < d["end"] and d["start"] < c["end"] for d in chosen):
            chosen.append(c)
    return chosen


def source_claim(claims: list, start: int, sentence: int):
    """The rule claim whose source a proposal takes: the nearest attributed one before it in its sentence,
    else the nearest before it in the article; None (the outlet's own voice) when there is none."""
    before = sorted((c for c in claims if c.start < start and not c.own), key=lambda c: (c.start, c.end))
    same = [c for c in before if c.sentence == sentence]
    return (same or before or [None])[-1]


def proposal(article, sentences, cues, claims, cand, subject=None) -> Claim:
    """A Claim for a chosen candidate. A verb cue of the rules inside it that no rule claim came of, with a subject
    the rules' finder gives (`subject(cue)` → (source, content start) or None): that subject's words after it.
    Else the source of the nearest rule claim before it (source_claim), with the rules' cue right before it in its
    sentence or that claim's when in the same sentence; with no claim before it, the outlet's own voice."""
    text, (a, b) = article.text, sentences[cand["sentence"]]
    x, y = cand["start"], cand["end"]
    date = resolve_date(normalize(text[a:b]), article.date)

    def claim(x0, source, cs, ce, own=False):
        quote = text[x0:y]
        return Claim(article_key=article.key, text=" ".join(quote.split()), quote=quote, start=x0, end=y,
                     sentence=cand["sentence"], source=source, cue=text[cs:ce] if cs is not None else None,
                     cue_start=cs, cue_end=ce, polarity="asserted", date=date, own=own)

    unused = [c for c in cues if x <= c[0] < y and c[2] == "verb"
              and not any(r.cue_start is not None and c[0] <= r.cue_start < c[1] for r in claims)]
    found = subject(unused[0]) if unused and subject is not None else None
    if found is not None and y - found[1] > 10:
        return claim(found[1], found[0], unused[0][0], unused[0][1])
    src = source_claim(claims, x, cand["sentence"])
    if src is None:
        return claim(x, outlet_ref(article.publisher, article.key), None, None, own=True)
    before = [c for c in cues if a <= c[0] and c[1] <= x][-1:]
    cs, ce = (before[0][0], before[0][1]) if before else \
        (src.cue_start, src.cue_end) if src.sentence == cand["sentence"] else (None, None)
    return claim(x, dataclasses.replace(src.source), cs, ce)


def skip(norm: str, i: int) -> int:
    while i < len(norm) and norm[i] in ' ،:"':
        i += 1
    return i


def subject_finder(doc):
    """subject(cue) for proposal(): the explicit subject right after a verb cue (Arabic's default order) as the
    rules find it, and where its words start (after a complementizer), or None."""
    def subject(cue):
        s, c = cue[4], cue[5]
        found, end = subject_after(doc.registry, s, c, len(s.norm), doc.discourse)
        if found is None or end is None:
            return None
        start = skip(s.norm, end)
        comp = COMPLEMENTIZER_RE.match(s.norm, start)
        start = skip(s.norm, comp.end()) if comp else start
        return (found, s.start + s.orig(start)) if start < len(s.norm) else None
    return subject


def rule_cues(sentences) -> list[list]:
    """The rules' cues of the document's sentences as [start, end, kind, lemma, Sentence, Cue] (article offsets),
    whether or not a claim came of them."""
    from .pipeline import not_a_verb  # the pipeline's own filter of verb-looking nouns (it imports this module)

    return [[s.start + s.orig(c.start), s.start + s.orig(c.end - 1) + 1, c.kind, c.lemma, s, c]
            for s in sentences for c in find_cues(s) if not not_a_verb(s, c)]


def claim_dicts(claims) -> list[dict]:
    return [{"start": c.start, "end": c.end, "cue_start": c.cue_start} for c in claims]


def propose_missed(doc, model=None, threshold: float = THRESHOLD) -> None:
    """The step: the chosen candidates become claims (never one with the very span of a claim already made: the
    span is a claim's identity, kg.model.Claim.key). `model`: else the Document's (None: the step is off)."""
    model = model if model is not None else doc.proposer
    if model is None:
        return
    rules = list(doc.extraction.claims)  # sources come from the rules' claims, never from another proposal
    sentences, cues, cands = article_candidates(doc)
    subject = subject_finder(doc)
    # only where the rules saw a reporting cue (before it in its sentence, or inside it): a piece of narration
    # with none took a neighbour's source and was nearly always false (CV: 0.8 → 5 false added, not 15)
    cands = [c for c in cands if c["cued"]]
    taken = doc.seen_spans | {(c.start, c.end) for c in rules}
    for cand in choose(cands, model.proba(cands), threshold):
        claim = proposal(doc.article, sentences, cues, rules, cand, subject)
        if (claim.start, claim.end) not in taken:
            taken.add((claim.start, claim.end))
            doc.seen_spans.add((claim.start, claim.end))
            doc.extraction.claims.append(claim)


def article_candidates(doc):
    """(sentence spans, the rules' cues, candidates) of a Document the rules have gone through."""
    sentences = [(sp.start, sp.end) for sp in doc.spans]
    cues = rule_cues(doc.sentences)
    return sentences, cues, candidates(doc.article.text, sentences, claim_dicts(doc.extraction.claims), cues)
