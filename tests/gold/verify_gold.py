"""Sanity checks for gold annotation files in tests/gold/.

Usage: python tests/gold/verify_gold.py [GOLD_JSON | DIR ...] [--seeds DIR]
Default: every *.gold.json next to this script; a DIR stands for its *.gold.json files. Articles are
looked up next to the gold file, then in --seeds (default: $SANAD_SEEDS or /work/shared/seeds).
A gold file with "source_article" (a real article copied beside it, e.g. tests/gold/unseen-2015) is
checked on the real-article rules of verify_real.py: slug sources, source types, the text's sha256.
"""
import glob
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from verify_real import CLAIM_FIELDS, SLUG, SOURCE_TYPES  # noqa: E402

ALLOWED_SOURCES = {
    "syrian-state-media", "syrian-tv", "palmyra-coordination", "syrian-field-source",
    "sohr", "isis", "john-kerry", "sergey-lavrov", "all-parties",
    "jean-yves-le-drian", "outlet",
}
RELATIONS = {"contradicts", "supports", "tension", "unrelated"}
POLARITIES = {"asserted", "denied"}
REQUIRED = ["id", "source_label", "source", "cue", "cue_start", "cue_end", "quote",
            "start", "end", "polarity", "sentence_hint", "date", "checkworthy", "own"]


def check(path, seeds):
    errs = []
    gold = json.load(open(path, encoding="utf-8"))
    beside = os.path.join(os.path.dirname(os.path.abspath(path)), gold["article"])
    text = open(beside if os.path.exists(beside) else os.path.join(seeds, gold["article"]), encoding="utf-8").read()
    real = gold.get("source_article")
    if real is not None and real.get("text_sha256") != hashlib.sha256(text.encode("utf-8")).hexdigest():
        errs.append("source_article.text_sha256 does not match the article text")

    def span(label, s, e, want):
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errs.append(f"{label}: bad offsets {s}:{e}")
        elif text[s:e] != want:
            errs.append(f"{label}: text[{s}:{e}]={text[s:e]!r} != {want!r}")

    ids = set()
    for c in gold["claims"]:
        cid = c.get("id")
        for k in REQUIRED + (list(CLAIM_FIELDS) if real is not None else []):
            if k not in c:
                errs.append(f"{cid}: missing field {k}")
        if cid in ids:
            errs.append(f"duplicate id {cid}")
        ids.add(cid)
        if real is not None:
            if not SLUG.match(c["source"]) or c.get("source_type") not in SOURCE_TYPES:
                errs.append(f"{cid}: source {c['source']!r} must be a slug with a known source_type")
        elif c["source"] not in ALLOWED_SOURCES:
            errs.append(f"{cid}: source {c['source']!r} not allowed")
        if c["polarity"] not in POLARITIES:
            errs.append(f"{cid}: polarity {c['polarity']!r}")
        if (c["source"] == "outlet") != bool(c["own"]):
            errs.append(f"{cid}: own must be true iff source == outlet")
        span(f"{cid}.quote", c["start"], c["end"], c["quote"])
        if c["cue"] is not None:
            span(f"{cid}.cue", c["cue_start"], c["cue_end"], c["cue"])
        elif not c["own"]:
            errs.append(f"{cid}: attributed claim without cue")
        if c.get("source_start") is not None:
            span(f"{cid}.source_label", c["source_start"], c["source_end"], c["source_label"])
        elif c["source_label"] is not None and c["source_label"] not in text:
            errs.append(f"{cid}: source_label not in text")
        for i, a in enumerate(c.get("alt_spans", [])):
            span(f"{cid}.alt_spans[{i}]", a["start"], a["end"], a["quote"])
        for i, a in enumerate(c.get("alt_cues", [])):
            span(f"{cid}.alt_cues[{i}]", a["cue_start"], a["cue_end"], a["cue"])
        if c["date"] is not None and not (isinstance(c["date"], str) and len(c["date"]) == 10):
            errs.append(f"{cid}: bad date {c['date']!r}")
        if not isinstance(c["checkworthy"], bool):
            errs.append(f"{cid}: checkworthy must be bool")
    pairs = set()
    for r in gold["relations"]:
        for k in ("a", "b"):
            if r[k] not in ids:
                errs.append(f"relation references unknown id {r[k]!r}")
        if r["relation"] not in RELATIONS:
            errs.append(f"relation {r['a']}/{r['b']}: bad type {r['relation']!r}")
        key = frozenset((r["a"], r["b"]))
        if key in pairs:
            errs.append(f"duplicate relation pair {r['a']}/{r['b']}")
        pairs.add(key)
    return gold, errs


def main(argv):
    seeds = os.environ.get("SANAD_SEEDS", "/work/shared/seeds")
    files = []
    it = iter(argv)
    for a in it:
        if a == "--seeds":
            seeds = next(it)
        elif os.path.isdir(a):
            files += sorted(glob.glob(os.path.join(a, "*.gold.json")))
        else:
            files.append(a)
    if not files:
        files = sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "*.gold.json")))
    bad = 0
    for f in files:
        gold, errs = check(f, seeds)
        n = len(gold["claims"])
        core = sum(not c.get("optional") for c in gold["claims"])
        print(f"{os.path.basename(f)}: {n} claims ({core} core), {len(gold['relations'])} relations, "
              f"{'OK' if not errs else str(len(errs)) + ' ERRORS'}")
        for e in errs:
            print("  -", e)
        bad += bool(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
