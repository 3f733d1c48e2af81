"""Select Syria-war articles from SaudiNewsNet 2015, excluding the 449 of the first gold set.

    python tests/gold/relations-heldout/select_articles.py --out /tmp/syria-heldout.jsonl
"""
import argparse
import glob
import json
import os
import re
import zipfile

# ../shared beside the checkout (this file is tests/gold/relations-heldout/ in it)
NEWS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data", "news")
ZIPS = os.path.join(NEWS, "saudinewsnet-2015", "*.zip")
FIRST = os.path.join(NEWS, "saudinewsnet-syria-2015.jsonl")

# strong Syria-war cues; counted as occurrences in the content
CUES = ["سوريا", "سورية", "السوري", "السورية", "داعش", "الأسد", "حلب", "إدلب", "ادلب", "درعا", "الزبداني",
        "دمشق", "حمص", "حماة", "الرقة", "دير الزور", "تدمر", "كوباني", "عين العرب", "جبهة النصرة", "النصرة",
        "الحسكة", "اللاذقية", "القنيطرة", "الغوطة", "دوما", "البراميل", "الجيش الحر", "المعارضة السورية",
        "حزب الله", "الائتلاف", "جيش الفتح", "سهل الغاب", "تل أبيض", "جرابلس", "منبج", "الأكراد", "الكردية"]
CORE = re.compile(r"سوري|الأسد|حلب|إدلب|ادلب|درعا|الزبداني|دمشق|حمص|حماة|الرقة|دير الزور|تدمر|كوباني|عين العرب|"
                  r"النصرة|الحسكة|اللاذقية|القنيطرة|الغوطة|سروج")


def first_urls():
    return {json.loads(l)["url"] for l in open(FIRST, encoding="utf-8")}


def load_all():
    for z in sorted(glob.glob(ZIPS)):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if name.endswith(".json"):
                    for r in json.loads(zf.read(name).decode("utf-8")):
                        yield r


def score(r):
    c = r.get("content") or ""
    return sum(c.count(w) for w in CUES)


def is_syria(r):
    c = r.get("content") or ""
    t = r.get("title") or ""
    n_core = len(CORE.findall(c))
    has_syria = ("سوري" in c) or ("سوري" in t)
    return has_syria and n_core >= 4 and score(r) >= 6 and len(c.split()) >= 80


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/syria-heldout.jsonl")
    args = ap.parse_args()
    excl = first_urls()
    seen = set()
    n_all = n_ex = 0
    out = []
    for r in load_all():
        n_all += 1
        if r["url"] in excl:
            n_ex += 1
            continue
        if r["url"] in seen or not is_syria(r):
            continue
        seen.add(r["url"])
        out.append(dict(source=r["source"], url=r["url"], date=(r.get("date_extracted") or "")[:10],
                        title=r.get("title") or "", content=r["content"]))
    with open(args.out, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"articles {n_all} excluded(first set) {n_ex} selected {len(out)}")


if __name__ == "__main__":
    main()
