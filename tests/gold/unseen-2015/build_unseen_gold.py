"""Builds the held-out extraction gold of tests/gold/unseen-2015 from the annotations in unseen_annotations.py.

The annotations are strings (source as written, cue, quote); this script finds their offsets in the
article text files next to it (`<stem>.txt`, the `content` of one SaudiNewsNet 2015 article, byte for
byte), checks every span and writes `<stem>.gold.json` and the reader's sidecar `<stem>.meta.json`.
Offsets are never counted by hand.

Usage:
  python tests/gold/unseen-2015/build_unseen_gold.py            # write the gold files from the .txt files
  python tests/gold/unseen-2015/build_unseen_gold.py --extract  # first (re)write the .txt files from the zips
      [--zips ../shared/data/news/saudinewsnet-2015]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
DEFAULT_ZIPS = REPO.parent / "shared" / "data" / "news" / "saudinewsnet-2015"
sys.path.insert(0, str(HERE))

from unseen_annotations import ARTICLES  # noqa: E402  (the annotations live beside this script)

# How far (characters) a cue may sit from its quote: one long Arabic sentence.
CUE_WINDOW = 400


class SpecError(Exception):
    pass


def occurrences(text: str, s: str, lo: int = 0) -> list[int]:
    out, i = [], text.find(s, lo)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def find_quote(text: str, quote: str, after: str | None, cid: str) -> int:
    lo = 0
    if after is not None:
        lo = text.find(after)
        if lo < 0:
            raise SpecError(f"{cid}: anchor {after!r} not in text")
    hits = occurrences(text, quote, lo)
    if not hits:
        raise SpecError(f"{cid}: quote not found: {quote[:60]!r}")
    if after is None and len(hits) > 1:
        raise SpecError(f"{cid}: quote occurs {len(hits)} times; give an 'after' anchor")
    return hits[0]


def find_near(text: str, s: str, ctx: str | None, start: int, end: int, cid: str, what: str,
              before_only: bool = False, closest: bool = False) -> int:
    """Offset of s: inside the unique context string ctx when given; else the nearest occurrence before
    [start, end) (the last one when before_only), or with closest the nearest on either side."""
    if ctx is not None:
        hits = occurrences(text, ctx)
        if len(hits) != 1:
            raise SpecError(f"{cid}: {what} context {ctx!r} occurs {len(hits)} times")
        k = ctx.find(s)
        if k < 0:
            raise SpecError(f"{cid}: {what} {s!r} not inside its context {ctx!r}")
        return hits[0] + k
    hits = occurrences(text, s)
    if closest and hits:
        return min(hits, key=lambda h: start - (h + len(s)) if h + len(s) <= start else abs(h - end))
    before = [h for h in hits if h + len(s) <= start]
    if before and (before_only or start - before[-1] <= CUE_WINDOW):
        return before[-1]
    after = [h for h in hits if h >= end]
    if after and not before_only:
        return after[0]
    if before:
        return before[-1]
    raise SpecError(f"{cid}: {what} {s!r} not found near the quote")


def build_claim(text: str, ref_date: str, spec: tuple) -> dict:
    cid, source, source_type, label, cue, quote, o = spec
    start = find_quote(text, quote, o.get("after"), cid)
    end = start + len(quote)
    own = source == "outlet"
    c: dict = {"id": cid, "source_label": label, "source": source,
               "source_type": "news-outlet" if own else source_type,
               "source_start": None, "source_end": None, "cue": cue, "cue_start": None, "cue_end": None}
    if not own:
        if not (label and cue):
            raise SpecError(f"{cid}: an attributed claim needs a source label and a cue")
        cs = find_near(text, cue, o.get("cue_ctx"), start, end, cid, "cue")
        c["cue_start"], c["cue_end"] = cs, cs + len(cue)
        coref = bool(o.get("coref"))
        # a subject named at this verb sits next to it; a coreferent one is the last mention before it
        ss = find_near(text, label, o.get("src_ctx"), cs, cs + len(cue), cid, "source", before_only=coref,
                       closest=not coref)
        c["source_start"], c["source_end"] = ss, ss + len(label)
    elif label or cue:
        raise SpecError(f"{cid}: an outlet claim has no source label or cue")
    hint_from = min(start, c["cue_start"]) if c["cue_start"] is not None else start
    c.update({"quote": quote, "start": start, "end": end, "polarity": o.get("pol", "asserted"),
              "hedged": bool(o.get("hedged", False)), "own": own,
              "sentence_hint": text[hint_from:hint_from + 60].strip(),
              "date": o.get("date"), "checkworthy": bool(o.get("cw", True)),
              "optional": bool(o.get("opt", False))})
    if o.get("coref"):
        c["coref"] = True
    if o.get("via"):
        c["via"] = o["via"]
    alts = []
    for a in o.get("alt", []):
        hits = occurrences(text, a, max(0, start - len(a)))
        hits = [h for h in hits if h <= end]
        if not hits:
            raise SpecError(f"{cid}: alt span not at the quote: {a[:60]!r}")
        alts.append({"quote": a, "start": hits[0], "end": hits[0] + len(a)})
    if alts:
        c["alt_spans"] = alts
    alt_cues = []
    for a in o.get("alt_cues", []):
        inside = [h for h in occurrences(text, a, start) if h + len(a) <= end]  # a denial cue inside its quote
        s = inside[0] if inside else find_near(text, a, None, start, end, cid, "alt cue")
        alt_cues.append({"cue": a, "cue_start": s, "cue_end": s + len(a)})
    if alt_cues:
        c["alt_cues"] = alt_cues
    if o.get("note"):
        c["note"] = o["note"]
    if not c["date"] is None and len(c["date"]) != 10:
        raise SpecError(f"{cid}: bad date {c['date']!r}")
    return c


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def extract(zips: Path, articles: dict = ARTICLES, here: Path = HERE) -> None:
    """Writes each article's `content` from its zip, unchanged, and checks it against the pinned sha256."""
    cache: dict[str, list] = {}
    for stem, art in articles.items():
        src = art["source_article"]
        if src["zip"] not in cache:
            with zipfile.ZipFile(zips / src["zip"]) as z:
                cache[src["zip"]] = json.loads(z.read(src["member"]))
        row = cache[src["zip"]][src["index"]]
        for k in ("source", "url", "title"):
            if row[k] != src[k]:
                raise SpecError(f"{stem}: {k} in the zip is {row[k]!r}, not {src[k]!r}")
        text = row["content"]
        if "\r" in text or text.startswith("\ufeff"):
            raise SpecError(f"{stem}: content has CR or a BOM, which the reader would change")
        (here / f"{stem}.txt").write_text(text, encoding="utf-8", newline="")
        print(f"wrote {stem}.txt ({len(text)} chars)")


def build(stem: str, art: dict, here: Path = HERE) -> dict:
    text = (here / f"{stem}.txt").read_text(encoding="utf-8")
    src = dict(art["source_article"])
    src["text_sha256"] = sha256(text)
    claims = [build_claim(text, art["ref_date"], spec) for spec in art["claims"]]
    ids = [c["id"] for c in claims]
    if len(ids) != len(set(ids)):
        raise SpecError(f"{stem}: duplicate claim ids")
    for r in art.get("relations", []):
        if r["a"] not in ids or r["b"] not in ids:
            raise SpecError(f"{stem}: relation {r} names an unknown claim")
    return {"article": f"{stem}.txt", "source_article": src, "reference_date": art["ref_date"],
            "note": art.get("note", ""), "claims": claims, "relations": art.get("relations", [])}


def main(articles: dict = ARTICLES, here: Path = HERE, doc: str = __doc__) -> int:
    """Also the builder of other held-out sets in this layout (unseen-2015-b): their annotations and folder."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--extract", action="store_true", help="(re)write the article .txt files from the zips first")
    ap.add_argument("--zips", type=Path, default=Path(os.environ.get("SANAD_SNN_ZIPS", DEFAULT_ZIPS)))
    args = ap.parse_args()
    try:
        if args.extract:
            extract(args.zips, articles, here)
        for stem, art in articles.items():
            gold = build(stem, art, here)
            src = gold["source_article"]
            meta = {"source": src["source"], "url": src["url"], "title": src["title"], "date": art["ref_date"]}
            (here / f"{stem}.meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
            (here / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
            core = sum(not c["optional"] for c in gold["claims"])
            print(f"{stem}: {len(gold['claims'])} claims ({core} core)")
    except SpecError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
