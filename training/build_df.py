"""Document frequencies of light stems over SaudiNewsNet 2015 (31k articles) → models/word-df.json.gz.

    python -m training.build_df

kg.relate weighs the words two texts share by their rarity (idf) when it compares a claim with a
long article sentence: sharing "الزبداني" says more than sharing "قال". Stems in fewer than 3
articles are left out (an unknown stem counts as the rarest). Deterministic; about 3 minutes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from kg.relate import DF_PATH
from kg.text import light_stem, tokens
from training.train_vectors import articles

NEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "news" / "saudinewsnet-2015"
MIN_DF = 3


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--news", default=str(NEWS), help="folder of SaudiNewsNet daily .zip files")
    ap.add_argument("--out", default=str(DF_PATH))
    args = ap.parse_args(argv)
    df: Counter[str] = Counter()
    n = 0
    for art in articles(sorted(Path(args.news).glob("*.zip"))):
        n += 1
        df.update({light_stem(t) for t in tokens(f"{art.get('title', '')} {art.get('content', '')}")})
    if not n:
        print(f"no articles under {args.news}", file=sys.stderr)
        return 2
    kept = {k: v for k, v in sorted(df.items()) if v >= MIN_DF}
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump({"documents": n, "min_df": MIN_DF, "source": "SaudiNewsNet 2015", "df": kept}, fh,
                  ensure_ascii=False, separators=(",", ":"))
    print(f"{n} articles, {len(kept)} stems (df ≥ {MIN_DF}) → {args.out} ({Path(args.out).stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
