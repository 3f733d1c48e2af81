"""Builds tests/gold/unseen-2015-h (`<stem>.gold.json` and `<stem>.meta.json`) from unseen_h_annotations.py.

unseen-2015's builder does the work on this folder: it finds every offset by substring search in `<stem>.txt`
and checks every span. Usage: python tests/gold/unseen-2015-h/build_unseen_h_gold.py [--extract [--zips DIR]]
(--extract first rewrites the .txt files from the SaudiNewsNet zips, checked against nothing but the zip).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "unseen-2015")]

import build_unseen_gold as builder  # noqa: E402
from unseen_h_annotations import ARTICLES  # noqa: E402


def build(stem: str, art: dict) -> dict:
    return builder.build(stem, art, HERE)


if __name__ == "__main__":
    sys.exit(builder.main(ARTICLES, HERE, __doc__))
