"""Runs the rule extractor (no parse) over the development gold articles and writes, per article, its text,
sentence spans, the rules' claims and the gold claims: the data every proposer experiment reads.

    python -m training.proposer.dump OUT.json

Only the development folders (DEV_FOLDERS) and the seed; the held-out sets unseen-2015-d/-e are never read."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kg.attribution import AttributionExtractor
from kg.extract_eval import gold_files, load_article

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"
DEV_FOLDERS = ("dev", "dev-2", "unseen-2015", "unseen-2015-b", "unseen-2015-c", "saudinewsnet")
CORPUS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"


def dev_articles():
    """(folder, gold path, gold dict, Article) for every development gold file."""
    for folder in DEV_FOLDERS:
        for f in gold_files([GOLD / folder]):
            gold = json.loads(f.read_text(encoding="utf-8"))
            yield folder, f, gold, load_article(gold, f, CORPUS, ROOT / "seeds")


def main(out: str) -> None:
    extractor = AttributionExtractor(nlp=False)
    rows = []
    for folder, f, gold, art in dev_articles():
        ext = extractor.extract(art)
        rows.append({"folder": folder, "gold_file": str(f.relative_to(ROOT)), "text": art.text,
                     "title": art.title, "sentences": ext.sentences,
                     "system": [c.to_json() for c in ext.claims], "gold": gold["claims"]})
    Path(out).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} articles, {sum(len(r['system']) for r in rows)} rule claims, "
          f"{sum(len(r['gold']) for r in rows)} gold claims")


if __name__ == "__main__":
    main(sys.argv[1])
