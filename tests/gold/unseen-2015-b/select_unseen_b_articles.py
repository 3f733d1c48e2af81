"""Picks the articles of tests/gold/unseen-2015-b from the SaudiNewsNet 2015 zips (seeded, reproducible).

Every (outlet, month) pair of SaudiNewsNet 2015 except arreyadi 2015-08 is already used by an older gold set
(saudinewsnet, dev, dev-2, unseen-2015), so the unit kept apart is the (outlet, crawl day): no article is
taken from a day on which any older gold set took an article of the same outlet, and no article of
saudinewsnet-syria-2015.jsonl (the corpus) is taken (by URL or opening text). Opinion columns are left
out (alwatan Articles/, aawsat columnist URLs). Candidates: 80-450 words,
at least three reporting words by a plain substring count, no CR or BOM, deduplicated by opening text.
Draw: random.Random(SEED).shuffle of the candidates in zip order, then at most PER_OUTLET per outlet and
at most one per (outlet, day), until N articles. arreyadi 2015-08 (the only unused outlet-month) is
taken first, all its candidates.

Usage: python tests/gold/unseen-2015-b/select_unseen_b_articles.py [--zips DIR] [--gold tests/gold]
"""

from __future__ import annotations

import argparse
import json
import random
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
SHARED_NEWS = REPO.parent / "shared" / "data" / "news"
SEED = 14  # issue #14
N = 24
PER_OUTLET = 3
CUES = ("قال", "أكد", "اكد", "أعلن", "اعلن", "أوضح", "اوضح", "نفى", "أشار", "اشار", "ذكر", "أضاف", "اضاف",
        "كشف", "بحسب", "وفقا", "وفقاً", "صرح", "أفاد", "افاد", "حذر", "دعا", "بيّن", "بين أن", "لا صحة")


def used_outlet_days(gold: Path, syria: list[dict]) -> set[tuple[str, str]]:
    used = set()
    for d in ("saudinewsnet", "dev"):
        for p in (gold / d).glob("*.gold.json"):
            row = syria[json.loads(p.read_text(encoding="utf-8"))["article"]["line"]]
            used.add((row["source"], row["date_extracted"][:10]))
    for p in (gold / "dev-2").glob("*.json"):
        if not p.name.endswith(".gold.json"):
            d = json.loads(p.read_text(encoding="utf-8"))
            used.add((d["publisher"], d["date"]))
    for p in (gold / "unseen-2015").glob("*.gold.json"):
        s = json.loads(p.read_text(encoding="utf-8"))["source_article"]
        used.add((s["source"], s["date_extracted"][:10]))
    return used


def is_column(source: str, url: str) -> bool:
    """Opinion columns, not news: alwatan's Articles/ pages, aawsat's /article/<id>/<columnist>/<title>."""
    if source == "alwatan":
        return "/Articles/" in url
    if source == "aawsat":
        return url.rstrip("/").count("/") >= 7
    return False


def cue_count(text: str) -> int:
    return sum(text.count(c) for c in CUES)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--zips", type=Path, default=SHARED_NEWS / "saudinewsnet-2015")
    ap.add_argument("--gold", type=Path, default=HERE.parent)
    args = ap.parse_args()
    syria = [json.loads(line) for line in (SHARED_NEWS / "saudinewsnet-syria-2015.jsonl").open(encoding="utf-8")]
    syria_urls = {r["url"] for r in syria}
    syria_heads = {r["content"].strip()[:80] for r in syria}
    used = used_outlet_days(args.gold, syria)
    cands, seen_heads = [], set()
    for z in sorted(args.zips.glob("*.zip")):
        with zipfile.ZipFile(z) as f:
            for member in f.namelist():
                for i, r in enumerate(json.loads(f.read(member))):
                    text, head = r["content"], r["content"].strip()[:80]
                    day = r["date_extracted"][:10]
                    if (r["source"], day) in used or r["url"] in syria_urls or head in syria_heads:
                        continue
                    if "\r" in text or text.startswith("\ufeff") or head in seen_heads:
                        continue
                    if is_column(r["source"], r["url"]):
                        continue
                    if not 80 <= len(text.split()) <= 450 or cue_count(text) < 3:
                        continue
                    seen_heads.add(head)
                    cands.append({"zip": z.name, "member": member, "index": i, "source": r["source"],
                                  "day": day, "words": len(text.split()), "url": r["url"], "title": r["title"]})
    rng = random.Random(SEED)
    rng.shuffle(cands)
    cands.sort(key=lambda c: not (c["source"] == "arreyadi" and c["day"] >= "2015-08"))  # stable: arreyadi-08 first
    picked, per_outlet, days = [], {}, set()
    for c in cands:
        if len(picked) == N:
            break
        if per_outlet.get(c["source"], 0) >= PER_OUTLET or (c["source"], c["day"]) in days:
            continue
        picked.append(c)
        per_outlet[c["source"]] = per_outlet.get(c["source"], 0) + 1
        days.add((c["source"], c["day"]))
    print(f"{len(used)} (outlet, day) pairs used by older gold; {len(cands)} candidates; picked {len(picked)}")
    for c in sorted(picked, key=lambda c: (c["source"], c["day"], c["index"])):
        print(json.dumps(c, ensure_ascii=False))


if __name__ == "__main__":
    main()
