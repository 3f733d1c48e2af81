"""Cross-encoder speed on CPU, against the lexical relation model on the same pairs, one run:

    python -m training.cross_encoder.bench [--pairs 256] [--threads 1]

Pairs: the claim/sentence pairs of tests/gold/relations/syria-claim-sentence.jsonl (cycled). Prints
pairs/s for `training.cross_encoder.model.cross_probs` (batched, after a warm-up that loads the weights)
and for `kg.relate.relate_many`, and the ratio. Read the ratio: the machine may be shared.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    import torch

    from kg.relate import relate_many
    from training.cross_encoder import model as ce

    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=256)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    rows = [json.loads(l) for l in (ROOT / "tests/gold/relations/syria-claim-sentence.jsonl").read_text().splitlines() if l]
    pairs = [(r["a"], r["b"]) for r in rows]
    pairs = (pairs * (args.pairs // len(pairs) + 1))[:args.pairs]
    ce.cross_probs(pairs[:4]), relate_many(pairs[:4])  # load both models
    ce.Tokenizer.content.cache_clear()  # no tokenization cached from the warm-up
    t = time.perf_counter(); ce.cross_probs(pairs); xt = time.perf_counter() - t
    t = time.perf_counter(); relate_many(pairs); lt = time.perf_counter() - t
    print(f"{len(pairs)} claim/sentence pairs, torch threads {args.threads}, bf16 {ce.bf16_ok()}")
    print(f"cross-encoder: {len(pairs) / xt:.1f} pairs/s; lexical model: {len(pairs) / lt:.1f} pairs/s; "
          f"ratio {lt / xt:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
