"""Scoring claim extraction against hand-annotated gold files (`sanad eval extract`).

Definitions (pure functions below; the CLI only loads files and prints):

- **Span overlap** of two character spans = shared characters / length of the shorter span.
- **Claim match**: a system claim and a gold claim match when their overlap is ≥ 0.5 (MATCH_OVERLAP),
  taking the best of the gold span and its `alt_spans`. Matching is one-to-one and greedy: all
  candidate pairs sorted by overlap (highest first; ties: the closer span by
  intersection over union, then the earliest gold), each claim used once.
- **Optional gold claims** neither reward nor penalize: a system claim matched to one is left out of
  precision, an unmatched optional gold claim is left out of recall; a system claim that overlaps an
  optional gold claim already taken is left out too (not a false positive).
- **Precision / recall / F1** over core gold claims, micro-averaged over articles for the overall line.
- **Source accuracy** on matched core claims: gold `outlet` needs the system's `own` flag; a gold source
  that is a registry key needs the same canonical key; any other gold source (one the registry does
  not know) is right when the labels overlap — normalized, light-stemmed words of the system's
  as-written label and the gold `source_label` share at least half of the shorter label's words
  (SOURCE_LABEL_OVERLAP), or the system's canonical Arabic name does.
- **Polarity accuracy** on matched core claims: the same `asserted` / `denied`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .text import light_stem, tokens

MATCH_OVERLAP = 0.5
SOURCE_LABEL_OVERLAP = 0.5


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the length of the shorter span (0 for empty spans)."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    shorter = min(a[1] - a[0], b[1] - b[0])
    return inter / shorter if shorter > 0 else 0.0


def gold_spans(g: dict) -> list[tuple[int, int]]:
    spans = [(g["start"], g["end"])]
    spans += [(s["start"], s["end"]) for s in g.get("alt_spans", []) if "start" in s and "end" in s]
    return spans


def best_overlap(system: dict, g: dict) -> float:
    return max(overlap((system["start"], system["end"]), s) for s in gold_spans(g))


def _iou(system: dict, g: dict) -> float:
    """Tie-break between equal overlaps: shared characters over the union (the closer span wins)."""
    a = (system["start"], system["end"])
    best = 0.0
    for b in gold_spans(g):
        inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
        union = max(a[1], b[1]) - min(a[0], b[0])
        best = max(best, inter / union if union else 0.0)
    return best


def match(system: list[dict], gold: list[dict], threshold: float = MATCH_OVERLAP) -> list[tuple[int, int]]:
    """One-to-one greedy matching: (system index, gold index) pairs, best overlaps first."""
    cands = []
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            ov = best_overlap(s, g)
            if ov >= threshold:
                cands.append((-ov, -_iou(s, g), j, i))
    cands.sort()
    used_s: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, j, i in cands:
        if i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
        pairs.append((i, j))
    pairs.sort()
    return pairs


def _label_words(label: str | None) -> set[str]:
    return {light_stem(t) for t in tokens(label or "") if len(t) > 1}


def labels_overlap(a: str | None, b: str | None, threshold: float = SOURCE_LABEL_OVERLAP) -> bool:
    wa, wb = _label_words(a), _label_words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) >= threshold * min(len(wa), len(wb))


def source_correct(system: dict, g: dict, registry_keys: Iterable[str]) -> bool:
    gold_source = g.get("source")
    if gold_source == "outlet" or g.get("own"):
        return bool(system.get("own"))
    if system.get("own"):
        return False
    src = system.get("source") or {}
    if gold_source in set(registry_keys):
        return src.get("key") == gold_source
    return labels_overlap(src.get("label"), g.get("source_label")) or labels_overlap(
        src.get("name_ar"), g.get("source_label"))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    source_ok: int = 0
    polarity_ok: int = 0
    errors: list[dict] = field(default_factory=list)  # what went wrong, for reading

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.source_ok += other.source_ok
        self.polarity_ok += other.polarity_ok

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def source_accuracy(self) -> float:
        return self.source_ok / self.tp if self.tp else 0.0

    @property
    def polarity_accuracy(self) -> float:
        return self.polarity_ok / self.tp if self.tp else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "source_accuracy": round(self.source_accuracy, 3), "source_correct": self.source_ok,
                "polarity_accuracy": round(self.polarity_accuracy, 3), "polarity_correct": self.polarity_ok}


def score_article(system: list[dict], gold: list[dict], registry_keys: Iterable[str]) -> Score:
    """Score one article's system claims (extract JSON dicts) against its gold claims."""
    keys = set(registry_keys)
    pairs = match(system, gold)
    sc = Score()
    matched_s = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, j in pairs:
        g, s = gold[j], system[i]
        if g.get("optional"):
            continue
        sc.tp += 1
        src_ok = source_correct(s, g, keys)
        pol_ok = s.get("polarity") == g.get("polarity")
        sc.source_ok += src_ok
        sc.polarity_ok += pol_ok
        if not src_ok:
            got = "outlet" if s.get("own") else (s.get("source") or {}).get("key")
            sc.errors.append({"kind": "source", "gold": g.get("id"), "want": g.get("source"),
                              "want_label": g.get("source_label"), "got": got,
                              "got_label": (s.get("source") or {}).get("label"), "quote": s.get("quote", "")[:60]})
        if not pol_ok:
            sc.errors.append({"kind": "polarity", "gold": g.get("id"), "want": g.get("polarity"),
                              "got": s.get("polarity"), "quote": s.get("quote", "")[:60]})
    optional = [g for g in gold if g.get("optional")]
    for i, s in enumerate(system):
        if i in matched_s:
            continue
        if any(best_overlap(s, g) >= MATCH_OVERLAP for g in optional):
            continue
        sc.fp += 1
        sc.errors.append({"kind": "extra", "start": s["start"], "end": s["end"], "quote": s.get("quote", "")[:60],
                          "got": "outlet" if s.get("own") else (s.get("source") or {}).get("key")})
    for j, g in enumerate(gold):
        if j not in matched_g and not g.get("optional"):
            sc.fn += 1
            sc.errors.append({"kind": "missed", "gold": g.get("id"), "quote": g.get("quote", "")[:60],
                              "want": g.get("source")})
    return sc


# ------------------------------------------------------------------ loading gold files
class GoldError(Exception):
    """A gold file that cannot be scored (missing article, text changed)."""


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(p.glob("*.gold.json"))
        elif p.exists():
            out.append(p)
        else:
            raise GoldError(f"{p}: no such gold file or folder")
    return out


def load_article(gold: dict, gold_path: Path, corpus: Path, seeds: Path):
    """The Article a gold file annotates, read the way `sanad ingest` reads it."""
    from .reader import article_from_obj, read

    ref = gold.get("article")
    if isinstance(ref, dict):  # a line of the SaudiNewsNet JSONL, pinned by the text's sha256
        line = ref.get("line")
        if not isinstance(line, int):
            raise GoldError(f"{gold_path}: article.line must be an integer")
        try:
            with open(corpus, encoding="utf-8") as fh:
                for n, row in enumerate(fh):
                    if n == line:
                        break
                else:
                    raise GoldError(f"{gold_path}: {corpus} has no line {line}")
        except OSError as e:
            raise GoldError(f"{gold_path}: cannot read corpus {corpus} ({e.strerror})")
        art = article_from_obj(json.loads(row), f"{corpus}:{line + 1}")
        want = ref.get("text_sha256")
        if want and sha256(art.text) != want:
            raise GoldError(f"{gold_path}: text of {corpus} line {line} does not match text_sha256")
        return art
    if isinstance(ref, str):  # a file next to the seeds
        for base in (gold_path.parent, seeds):
            f = base / ref
            if f.exists():
                items = list(read(f))
                if items and items[0].article:
                    return items[0].article
        raise GoldError(f"{gold_path}: article file {ref} not found (looked in {gold_path.parent} and {seeds})")
    raise GoldError(f"{gold_path}: no 'article' reference")


def article_name(gold: dict, path: Path) -> str:
    ref = gold.get("article")
    if isinstance(ref, dict):
        return f"{path.name} (line {ref.get('line')})"
    return path.name
