"""Checks the gold claim files of real SaudiNewsNet articles (tests/gold/saudinewsnet/sn-<line>.gold.json).

Usage: python tests/gold/verify_real.py [GOLD_JSON ...] [--corpus JSONL]
Default: every sn-*.gold.json in tests/gold/saudinewsnet/; the corpus is $SANAD_SNN_SYRIA or
../shared/data/news/saudinewsnet-syria-2015.jsonl next to the repository. Offsets are Python str
indices into the `content` field of line N (0-based) exactly as json.loads returns it.
Exit status 1 when any file has an error. See tests/gold/GUIDE.md, "Real articles (SaudiNewsNet)".
"""
from __future__ import annotations

import datetime
import glob
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
GOLD_DIR = os.path.join(HERE, "saudinewsnet")
DEFAULT_CORPUS = os.path.join(os.path.dirname(REPO), "shared", "data", "news", "saudinewsnet-syria-2015.jsonl")

SOURCE_TYPES = {
    "state-media", "government-official", "government-body", "monitoring-group", "local-activist-network",
    "armed-group", "anonymous-source", "news-outlet", "international-organization", "person", "other",
}
POLARITIES = {"asserted", "denied"}
RELATIONS = {"contradicts", "supports", "tension", "unrelated"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ARTICLE_FIELDS = ("line", "source", "url", "title", "date", "text_sha256")
CLAIM_FIELDS = ("id", "source_label", "source", "source_type", "source_start", "source_end", "cue", "cue_start",
                "cue_end", "quote", "start", "end", "polarity", "own", "date", "checkworthy", "optional")
BOOL_FIELDS = ("own", "checkworthy", "optional", "hedged", "coref")


def corpus_path() -> str:
    return os.environ.get("SANAD_SNN_SYRIA", DEFAULT_CORPUS)


def load_corpus(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def gold_files() -> list[str]:
    paths = glob.glob(os.path.join(GOLD_DIR, "sn-*.gold.json"))
    return sorted(paths, key=lambda p: int(re.search(r"sn-(\d+)\.gold\.json$", p).group(1)))


def _iso_date(value) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def check(path: str, articles: list[dict]) -> tuple[dict, list[str]]:
    """Returns (gold, errors) for one gold file; an empty error list means the file is consistent."""
    errs: list[str] = []
    gold = json.load(open(path, encoding="utf-8"))
    meta = gold.get("article", {})
    for k in ARTICLE_FIELDS:
        if k not in meta:
            errs.append(f"article: missing field {k}")
    line = meta.get("line")
    if not isinstance(line, int) or not 0 <= line < len(articles):
        return gold, errs + [f"article: bad line {line!r}"]
    if os.path.basename(path) != f"sn-{line}.gold.json":
        errs.append(f"file name does not match line {line}")
    art = articles[line]
    text = art["content"]
    if meta.get("text_sha256") != hashlib.sha256(text.encode("utf-8")).hexdigest():
        errs.append("article: text_sha256 does not match the corpus content")
    for k in ("source", "url", "title"):
        if meta.get(k) != art[k]:
            errs.append(f"article: {k} {meta.get(k)!r} != corpus {art[k]!r}")
    want_date = (art.get("date_extracted") or "")[:10] or None
    if meta.get("date") != want_date:
        errs.append(f"article: date {meta.get('date')!r} != date_extracted {want_date!r}")

    def span(label, s, e, want):
        if not isinstance(want, str) or not want:
            errs.append(f"{label}: empty or non-string text {want!r}")
        elif not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errs.append(f"{label}: bad offsets {s}:{e}")
        elif text[s:e] != want:
            errs.append(f"{label}: content[{s}:{e}]={text[s:e]!r} != {want!r}")

    claims = gold.get("claims")
    if not isinstance(claims, list) or not claims:
        return gold, errs + ["no claims"]
    ids: set[str] = set()
    for c in claims:
        cid = c.get("id")
        missing = [k for k in CLAIM_FIELDS if k not in c]
        if missing:
            errs.append(f"{cid}: missing fields {missing}")
            continue
        if not isinstance(cid, str) or not SLUG.match(cid):
            errs.append(f"{cid!r}: id must be a lower-case slug")
        if cid in ids:
            errs.append(f"duplicate id {cid}")
        ids.add(cid)
        if not isinstance(c["source"], str) or not SLUG.match(c["source"]):
            errs.append(f"{cid}: source {c['source']!r} is not a slug")
        if c["source_type"] not in SOURCE_TYPES:
            errs.append(f"{cid}: source_type {c['source_type']!r}")
        if c["polarity"] not in POLARITIES:
            errs.append(f"{cid}: polarity {c['polarity']!r}")
        for k in BOOL_FIELDS:
            if k in c and not isinstance(c[k], bool):
                errs.append(f"{cid}: {k} must be a bool")
        if (c["source"] == "outlet") != c["own"]:
            errs.append(f"{cid}: own must be true iff source == outlet")
        span(f"{cid}.quote", c["start"], c["end"], c["quote"])
        if c["own"]:
            if c["source_type"] != "news-outlet":
                errs.append(f"{cid}: outlet-own claim must have source_type news-outlet")
            if any(c[k] is not None for k in ("source_label", "source_start", "source_end", "cue", "cue_start", "cue_end")):
                errs.append(f"{cid}: outlet-own claim must leave source_label and cue (and offsets) null")
            if c.get("coref") or c.get("via"):
                errs.append(f"{cid}: outlet-own claim cannot have coref/via")
        else:
            if c["cue"] is None or c["source_label"] is None:
                errs.append(f"{cid}: attributed claim needs a cue and a source_label")
            else:
                span(f"{cid}.cue", c["cue_start"], c["cue_end"], c["cue"])
                span(f"{cid}.source_label", c["source_start"], c["source_end"], c["source_label"])
        if "via" in c and not (isinstance(c["via"], str) and SLUG.match(c["via"])):
            errs.append(f"{cid}: via {c['via']!r} is not a slug")
        for i, a in enumerate(c.get("alt_spans", [])):
            span(f"{cid}.alt_spans[{i}]", a.get("start"), a.get("end"), a.get("quote"))
        for i, a in enumerate(c.get("alt_cues", [])):
            span(f"{cid}.alt_cues[{i}]", a.get("cue_start"), a.get("cue_end"), a.get("cue"))
        if c["date"] is not None and not _iso_date(c["date"]):
            errs.append(f"{cid}: bad date {c['date']!r}")
    pairs: set[frozenset] = set()
    for r in gold.get("relations", []):
        for k in ("a", "b"):
            if r.get(k) not in ids:
                errs.append(f"relation references unknown id {r.get(k)!r}")
        if r.get("relation") not in RELATIONS:
            errs.append(f"relation {r.get('a')}/{r.get('b')}: bad type {r.get('relation')!r}")
        key = frozenset((r.get("a"), r.get("b")))
        if key in pairs:
            errs.append(f"duplicate relation pair {r.get('a')}/{r.get('b')}")
        pairs.add(key)
    return gold, errs


def summary(gold: dict) -> str:
    cl = gold.get("claims") or []
    core = sum(not c.get("optional") for c in cl)
    denied = sum(c.get("polarity") == "denied" for c in cl)
    hedged = sum(bool(c.get("hedged")) for c in cl)
    return f"{len(cl)} claims ({core} core, {denied} denied, {hedged} hedged), {len(gold.get('relations', []))} relations"


def main(argv: list[str]) -> int:
    corpus = corpus_path()
    files: list[str] = []
    it = iter(argv)
    for a in it:
        if a == "--corpus":
            corpus = next(it)
        else:
            files.append(a)
    files = files or gold_files()
    if not os.path.exists(corpus):
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 2
    articles = load_corpus(corpus)
    bad = 0
    for f in files:
        gold, errs = check(f, articles)
        print(f"{os.path.basename(f)}: {summary(gold)}, {'OK' if not errs else str(len(errs)) + ' ERRORS'}")
        for e in errs:
            print("  -", e)
        bad += bool(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
