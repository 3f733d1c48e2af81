"""The issue's 15-line heuristic, to calibrate our dev and proxy sets against the sealed sets.

    python -m training.heuristic_baseline FILE.jsonl [FILE.jsonl ...]

Issue #7 quotes this heuristic's scores on the sealed sets: macro-F1 ~0.30 with contradicts-F1 0.15
on ANS-style headline pairs, 0.67 with contradicts-F1 0.29 on claim/article-sentence pairs. Scoring
the same heuristic on a set of ours tells how much that set looks like the sealed one: on ANS dev it
matches (contradicts-F1 0.157), on the NLI proxy it does not (contradicts-F1 0.55: ArNLI's
contradictions are SICK's negation pairs, which this heuristic catches by construction).
"""

from __future__ import annotations

import argparse
import json
import re
import sys

from kg.relate import scores
from kg.text import normalize

NEGATIONS = {"لا", "لم", "لن", "ليس", "ليست", "غير", "عدم", "دون", "نفي", "نفت", "ينفي", "تنفي"}


def heuristic(a: str, b: str, low_overlap: float = 0.3) -> str:
    """Negation-word mismatch → contradicts, low word overlap → unrelated, else supports."""
    wa, wb = set(re.findall(r"\w+", normalize(a))), set(re.findall(r"\w+", normalize(b)))
    if bool(NEGATIONS & wa) != bool(NEGATIONS & wb):
        return "contradicts"
    overlap = len(wa & wb) / max(1, min(len(wa), len(wb)))
    return "unrelated" if overlap < low_overlap else "supports"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pairs", nargs="+", help='JSONL files of {"a", "b", "gold"}')
    ap.add_argument("--low-overlap", type=float, default=0.3, help="overlap under which a pair is unrelated")
    args = ap.parse_args(argv)
    for path in args.pairs:
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        s = scores([r["gold"] for r in rows], [heuristic(r["a"], r["b"], args.low_overlap) for r in rows])
        print(f"{path}: {len(rows)} pairs  macro-F1 {s['macro_f1']:.3f}  macro-F1(c,s) {s['macro_f1_cs']:.3f}  "
              f"contradicts-F1 {s['classes']['contradicts']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
