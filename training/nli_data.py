"""Arabic NLI pairs (../shared/data/nli) as relation pairs, and a proxy for the claim/article-sentence domain.

    python -m training.nli_data --out /tmp/proxy        # → proxy-dev.jsonl, proxy-test.jsonl (+ parts)
    sanad eval relate --pairs /tmp/proxy/proxy-dev.jsonl

Label mappings (checked by reading examples, not taken on trust):
- ArNLI (a translation of SICK): 0 = neutral, 1 = entailment, 2 = contradiction. Label 2 rows are the
  SICK negation pairs ("عائلة تشتري شيئا" / "عائلة لا تشتري شيئا"), label 1 near-paraphrases, label 0
  related but neither. Its English columns are not aligned with the Arabic ones in every row, so only
  the Arabic `t`, `h` and `label` are read. → unrelated / supports / contradicts.
- ArbTEDS: news, `t` an article sentence, `h` a headline; 1 = entailed, 0 = not entailed (same topic,
  another detail — what a claim meets in most sentences of an article about it). → supports / unrelated.
  Its text is clitic-segmented ("ل إطلاق", "حكومت ها"); `desegment` joins the clitics back.

The sealed claim/article-sentence set cannot be seen: this proxy takes a claim (ArbTEDS headline,
ArNLI hypothesis) against a longer sentence, mostly "unrelated", plus unrelated pairs of ANS dev
headlines from different stories. Splits: proxy-dev = the `valid` files, proxy-test = the `test`
files; training (`--nli` in training.train_relate) reads only the `train` files.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NLI = ROOT.parent / "shared" / "data" / "nli"
ARNLI_MAP = {"0": "unrelated", "1": "supports", "2": "contradicts"}
ARBTEDS_MAP = {"0": "unrelated", "1": "supports"}
_PRE = re.compile(r"(?<!\S)([وفبلكس]) (?=\S)")
_SUF = re.compile(r"(?<=\S) (ه|ها|هم|هما|هن|ك|كم|كن|ي|نا)(?!\S)")


def desegment(text: str) -> str:
    """ArbTEDS's "ل لحوار مع ها" → "للحوار معها" (single-letter proclitics and pronoun suffixes rejoined)."""
    t = re.sub(r"\s+", " ", text).strip()
    prev = None
    while prev != t:  # "و ب ال..." needs two passes
        prev = t
        t = _PRE.sub(r"\1", t)
    return _SUF.sub(r"\1", t)


def read_arnli(split: str) -> list[tuple[str, str, str]]:
    """(premise t, hypothesis h, relation) of ArNLI `train` / `valid` / `test`."""
    with open(NLI / "ArNLI" / f"{split}_nli.csv", encoding="utf-8") as fh:
        return [(r["t"].strip(), r["h"].strip(), ARNLI_MAP[r["label"].strip()]) for r in csv.DictReader(fh)
                if r["t"].strip() and r["h"].strip()]


def read_arbteds(split: str) -> list[tuple[str, str, str]]:
    """(headline h as the claim, article sentence t, relation) of ArbTEDS."""
    with open(NLI / "ArbTEDS" / f"{split}_ArbTEDS.csv", encoding="utf-8") as fh:
        return [(desegment(r["h"]), desegment(r["t"]), ARBTEDS_MAP[r["label"].strip()]) for r in csv.DictReader(fh)
                if r["t"].strip() and r["h"].strip()]


def nli_train() -> list[tuple[str, str, str]]:
    return read_arnli("train") + read_arbteds("train")


def proxy(split: str, n_drawn: int = 200, seed: int = 29) -> dict[str, list[tuple[str, str, str]]]:
    """The proxy set's parts for `valid` (proxy-dev) or `test` (proxy-test)."""
    from training.train_relate import ANS, read_ans, unrelated_pairs

    ans = read_ans(ANS / "stance-dev.csv")
    drawn = unrelated_pairs(ans, 2 * n_drawn, seed)
    drawn = drawn[:n_drawn] if split == "valid" else drawn[n_drawn:]
    return {"arnli": read_arnli(split), "arbteds": read_arbteds(split), "ans-unrelated": drawn}


def write_jsonl(rows, path: Path, prefix: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for n, (a, b, g) in enumerate(rows, 1):
            fh.write(json.dumps({"id": f"{prefix}-{n}", "a": a, "b": b, "gold": g}, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, help="folder for the JSONL files")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for split, name in (("valid", "proxy-dev"), ("test", "proxy-test")):
        parts = proxy(split)
        for k, rows in parts.items():
            write_jsonl(rows, out / f"{name}-{k}.jsonl", f"{name}-{k}")
        write_jsonl([r for rows in parts.values() for r in rows], out / f"{name}.jsonl", name)
        print(f"{name}: " + ", ".join(f"{k} {len(v)}" for k, v in parts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
