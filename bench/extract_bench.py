"""Extraction speed on the 449 SaudiNewsNet Syria articles, split between stanza and Sanad's own code.

    python bench/extract_bench.py [--corpus PATH] [--limit N] [--json]

Per article: one stanza call on its sentences as one batch (kg.nlp.analyse_many through
AttributionExtractor.analyse), then the extractor over that parse (kg.attribution). Baselines measured in the same run on the same articles:
plain sentence splitting (kg.text) and the rules-only extractor (no parse). The pipeline is loaded once,
and its load time is reported apart. Single-threaded unless SANAD_NLP_THREADS says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.attribution import AttributionExtractor  # noqa: E402
from kg.reader import read  # noqa: E402
from kg.text import split_sentences_abbrev  # noqa: E402


def articles(corpus: Path, limit: int | None):
    out = []
    for item in read(corpus):
        if item.article is not None:
            out.append(item.article)
        if limit and len(out) >= limit:
            break
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"))
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    ap.add_argument("--proposer", action="store_true", help="with the learned proposer (kg/attribution/proposer.py)")
    args = ap.parse_args()
    arts = articles(Path(args.corpus), args.limit)
    n_chars = sum(len(a.text) for a in arts)

    t = time.perf_counter()
    n_sent = sum(len(split_sentences_abbrev(a.text)) for a in arts)
    split_s = time.perf_counter() - t

    rules = AttributionExtractor(nlp=False, proposer=args.proposer)
    t = time.perf_counter()
    rules_claims = sum(len(rules.extract(a).claims) for a in arts)
    rules_s = time.perf_counter() - t

    from kg import nlp

    t = time.perf_counter()
    nlp.load_pipeline()
    load_s = time.perf_counter() - t
    full = AttributionExtractor(nlp=nlp.analyse_many, proposer=args.proposer)
    stanza_s = own_s = 0.0
    full_claims = 0
    for a in arts:
        t0 = time.perf_counter()
        docs = full.analyse(a.text)  # the article's sentences, one stanza batch
        t1 = time.perf_counter()
        full_claims += len(full.extract(a, docs=docs).claims)
        t2 = time.perf_counter()
        stanza_s += t1 - t0
        own_s += t2 - t1
    total_s = stanza_s + own_s
    res = {
        "articles": len(arts), "sentences": n_sent, "chars": n_chars,
        "pipeline_load_s": round(load_s, 2),
        "full": {"seconds": round(total_s, 2), "articles_per_s": round(len(arts) / total_s, 2),
                 "sentences_per_s": round(n_sent / total_s, 1), "claims": full_claims,
                 "stanza_s": round(stanza_s, 2), "own_code_s": round(own_s, 2),
                 "stanza_share": round(stanza_s / total_s, 3)},
        "baseline_rules_only": {"seconds": round(rules_s, 2), "articles_per_s": round(len(arts) / rules_s, 1),
                                "sentences_per_s": round(n_sent / rules_s, 1), "claims": rules_claims},
        "baseline_sentence_split": {"seconds": round(split_s, 3),
                                    "sentences_per_s": round(n_sent / split_s, 1)},
        "ratio_full_vs_rules_only": round(total_s / rules_s, 1),
        "ratio_full_vs_sentence_split": round(total_s / split_s, 1),
    }
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    f, r = res["full"], res["baseline_rules_only"]
    print(f"{len(arts)} articles, {n_sent} sentences, {n_chars:,} chars; stanza pipeline loaded once in {load_s:.1f} s")
    print(f"full (stanza + rules): {f['seconds']:.1f} s  {f['articles_per_s']:.2f} articles/s  "
          f"{f['sentences_per_s']:.1f} sentences/s  {f['claims']} claims")
    print(f"  stanza (kg.nlp.analyse_many): {f['stanza_s']:.1f} s ({100 * f['stanza_share']:.1f}%)   "
          f"own code (kg.attribution): {f['own_code_s']:.1f} s ({100 * (1 - f['stanza_share']):.1f}%)")
    print(f"baseline rules only: {r['seconds']:.2f} s  {r['articles_per_s']:.1f} articles/s  "
          f"{r['sentences_per_s']:.1f} sentences/s  {r['claims']} claims")
    print(f"baseline sentence splitting: {split_s:.3f} s  {res['baseline_sentence_split']['sentences_per_s']:.0f} sentences/s")
    print(f"full / rules only: {res['ratio_full_vs_rules_only']}x   full / sentence splitting: "
          f"{res['ratio_full_vs_sentence_split']}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
