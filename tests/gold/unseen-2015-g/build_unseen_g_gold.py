"""Builds the unseen-2015-g held-out extraction gold, tests/gold/unseen-2015-g from the annotations in unseen_g_annotations.py.

The builder is unseen-2015's (`../unseen-2015/build_unseen_gold.py`), run on this folder: it finds the
annotations' offsets in the article text files next to this script (`<stem>.txt`, the `content` of one
SaudiNewsNet 2015 article, byte for byte), checks every span and writes `<stem>.gold.json` and the reader's
sidecar `<stem>.meta.json`. Offsets are never counted by hand.

Usage:
  python tests/gold/unseen-2015-g/build_unseen_g_gold.py            # write the gold files from the .txt files
  python tests/gold/unseen-2015-g/build_unseen_g_gold.py --extract  # first (re)write the .txt files from the zips
      [--zips ../shared/data/news/saudinewsnet-2015]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "unseen-2015")]

import build_unseen_gold as builder  # noqa: E402
from unseen_g_annotations import ARTICLES  # noqa: E402  (the annotations live beside this script)


def build(stem: str, art: dict) -> dict:
    return builder.build(stem, art, HERE)


if __name__ == "__main__":
    sys.exit(builder.main(ARTICLES, HERE, __doc__))
