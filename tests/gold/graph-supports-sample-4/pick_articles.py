"""The 600 SaudiNewsNet articles of the fresh store: not in saudinewsnet-syria-2015.jsonl (the corpus every earlier
sample came from), at least three Syria words in the text, the 600 with the most (ties by URL).

    python tests/gold/graph-supports-sample-4/pick_articles.py ../shared/data/news > fresh.jsonl"""

from __future__ import annotations

import glob
import json
import re
import sys
import zipfile

SYRIA = re.compile(r"سوري|سورية|الأسد|داعش|حلب|دمشق|درعا|إدلب|الرقة|الزبداني")


def fresh_articles(news: str) -> list[dict]:
    """The 600 articles, in the printed order (sample 6 imports this to leave them out)."""
    seen = {json.loads(line)["url"] for line in open(f"{news}/saudinewsnet-syria-2015.jsonl", encoding="utf-8")}
    found: dict[str, dict] = {}
    for path in sorted(glob.glob(f"{news}/saudinewsnet-2015/*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                for a in json.load(zf.open(name)):
                    text = a.get("content", "")
                    if a["url"] not in seen and len(SYRIA.findall(text)) >= 3 and len(text) > 400:
                        found.setdefault(a["url"], a)
    return sorted(found.values(), key=lambda a: (-len(SYRIA.findall(a["content"])), a["url"]))[:600]


def main(news: str) -> None:
    for a in fresh_articles(news):
        print(json.dumps(a, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
