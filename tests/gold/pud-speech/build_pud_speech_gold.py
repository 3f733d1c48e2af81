"""Builds the reported-speech sentence gold of tests/gold/pud-speech from the annotations in pud_annotations.py.

The builder is unseen-2015's (`../unseen-2015/build_unseen_gold.py`): it finds every annotated string's offsets
in the sentence file (`<stem>.txt`, the `# text` of one UD Arabic-PUD sentence, byte for byte), checks every span
and returns the gold. This script adds what differs here: one sentence per file, the dev/heldout split by a fixed
hash of the sent_id, a sidecar without title or date (the sentence is body text, not a headline), and the
negatives, whose gold is one optional outlet claim over the whole sentence.

Usage:
  python tests/gold/pud-speech/build_pud_speech_gold.py            # write the gold files from the .txt files
  python tests/gold/pud-speech/build_pud_speech_gold.py --extract  # first (re)write the .txt files from the treebank
      [--conllu ../shared/data/ud/UD_Arabic-PUD/ar_pud-ud-test.conllu]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
DEFAULT_CONLLU = REPO.parent / "shared" / "data" / "ud" / "UD_Arabic-PUD" / "ar_pud-ud-test.conllu"
sys.path[:0] = [str(HERE), str(HERE.parent / "unseen-2015")]

import build_unseen_gold as builder  # noqa: E402
from pud_annotations import ARTICLES  # noqa: E402  (the annotations live beside this script)
from unseen_notation import O  # noqa: E402

OUTLET = "ud-pud"
META = {"source": OUTLET, "date": None}  # no title: kg.reader then reads the sentence as body text
FINAL_PUNCT = " .!?؟"


def split(sent_id: str) -> str:
    """The fixed split: heldout when the SHA-256 of the sent_id (UTF-8) is even as an integer."""
    return "heldout" if int(hashlib.sha256(sent_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "dev"


def folder(stem: str) -> Path:
    return HERE / split(ARTICLES[stem]["source_article"]["sent_id"])


def sentences(conllu: Path) -> list[dict[str, str]]:
    """The treebank's sentences in file order, each as its comment fields (sent_id, text, text_en, ...)."""
    out: list[dict[str, str]] = []
    cur: dict[str, str] = {}
    for line in conllu.read_text(encoding="utf-8").split("\n"):
        if line.startswith("# ") and " = " in line:
            k, v = line[2:].split(" = ", 1)
            cur[k] = v
        elif not line.strip() and cur:
            out.append(cur)
            cur = {}
    if cur:
        out.append(cur)
    return out


def build(stem: str, art: dict) -> dict:
    here = folder(stem)
    if art.get("negative"):  # no attributed statement: the whole sentence is outlet narration, optional
        text = (here / f"{stem}.txt").read_text(encoding="utf-8")
        art = {**art, "claims": [O("c1", text.rstrip(FINAL_PUNCT))]}
    return builder.build(stem, art, here)


def extract(conllu: Path) -> None:
    by_id = {s["sent_id"]: s for s in sentences(conllu)}
    for stem, art in ARTICLES.items():
        text = by_id[art["source_article"]["sent_id"]]["text"]
        if "\r" in text or text.startswith("\ufeff"):
            raise builder.SpecError(f"{stem}: text has CR or a BOM, which the reader would change")
        (folder(stem) / f"{stem}.txt").write_text(text, encoding="utf-8", newline="")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--extract", action="store_true", help="(re)write the sentence .txt files from the treebank")
    ap.add_argument("--conllu", type=Path, default=Path(os.environ.get("SANAD_PUD_CONLLU", DEFAULT_CONLLU)))
    args = ap.parse_args()
    try:
        if args.extract:
            extract(args.conllu)
        for stem, art in ARTICLES.items():
            gold = build(stem, art)
            (folder(stem) / f"{stem}.meta.json").write_text(json.dumps(META, indent=1) + "\n", encoding="utf-8")
            (folder(stem) / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                            encoding="utf-8")
    except builder.SpecError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    for name in ("dev", "heldout"):
        print(name, counts(name))
    return 0


def counts(name: str) -> dict[str, int]:
    """The README's counts for one split, from its gold files."""
    c = {"files": 0, "attributed": 0, "with_core_attributed": 0, "negatives": 0, "claims": 0, "core": 0,
         "core_attributed": 0, "optional_attributed": 0, "optional_outlet": 0}
    for path in sorted((HERE / name).glob("*.gold.json")):
        claims = json.loads(path.read_text(encoding="utf-8"))["claims"]
        attributed = [x for x in claims if not x["own"]]
        c["files"] += 1
        c["attributed" if attributed else "negatives"] += 1
        c["with_core_attributed"] += any(not x["optional"] for x in attributed)
        c["claims"] += len(claims)
        c["core"] += sum(not x["optional"] for x in claims)
        c["core_attributed"] += sum(not x["optional"] for x in attributed)
        c["optional_attributed"] += sum(x["optional"] for x in attributed)
        c["optional_outlet"] += sum(x["optional"] and x["own"] for x in claims)
    return c


if __name__ == "__main__":
    sys.exit(main())
