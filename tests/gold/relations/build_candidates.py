"""Build candidate claim / sentence pairs for the in-domain relation gold set.

No model is involved: candidates come from idf-weighted overlap of rare content words
(after light Arabic normalisation) between an extracted claim and a sentence of a
*different* article, within +-10 days.  Pairs are drawn stratified by overlap
(high / medium / low) with a fixed seed; a second pass lists denial / conflict
candidates ("hunt") for the manual search for contradictions.

Rebuild:
    python -m kg.cli extract ../shared/data/news/saudinewsnet-syria-2015.jsonl \
        --no-parse --format jsonl > /tmp/claims.jsonl
    python tests/gold/relations/build_candidates.py --claims /tmp/claims.jsonl \
        --out tests/gold/relations/candidates.jsonl
"""
import argparse
import collections
import datetime as dt
import json
import math
import os
import random
import re

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data", "news", "saudinewsnet-syria-2015.jsonl")

HARAKAT = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
TOKEN = re.compile(r"[\u0621-\u064a]+|\d+")
STOP = set("""
في من على الى إلى عن مع ان أن إن او أو ثم قد لقد كان كانت يكون تكون هذا هذه ذلك تلك التي الذي الذين اللذين
هو هي هم انه أنه انها أنها وقال قال قالت وقالت اضاف أضاف وأضاف واضاف مضيفا مشيرا اشار أشار وأشار كما بعد قبل
بين حيث حتى عند عندما لدى منذ خلال ضد اكثر أكثر اي أي كل بعض غير لم لن لا ما ماذا ليس وهو وهي وفي ومن وعلى
الي بان بأن لان لأن فيما بينما وذلك وكان وكانت اليوم امس أمس الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت
الاحد سوريا السورية السوري سورية السوريين النظام قوات تنظيم داعش عام العام يوم اليوم مدينة منطقة وقد كما
""".split())

PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال")


def norm(s):
    s = HARAKAT.sub("", s)
    s = re.sub("[إأآٱ]", "ا", s)
    s = s.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    s = s.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    return s


STOPN = {norm(w) for w in STOP}


def stem(t):
    for p in PREFIXES:
        if t.startswith(p) and len(t) - len(p) >= 3:
            return t[len(p):]
    if t.startswith("و") and len(t) >= 5:
        return t[1:]
    return t


def tokens(s):
    out = set()
    for t in TOKEN.findall(norm(s)):
        if t in STOPN:
            continue
        if t.isdigit():
            if len(t) >= 2 or t not in {"1", "2"}:
                out.add(t)
            continue
        t = stem(t)
        if len(t) >= 3 and t not in STOPN:
            out.add(t)
    return out


SPLIT = re.compile(r"(?<=[.!?؟])\s+|\n+")


def sentences(content):
    """Full sentences of an article, exact substrings of content, 10-60 words."""
    out = []
    for piece in SPLIT.split(content):
        piece = piece.strip()
        n = len(piece.split())
        if 10 <= n <= 60:
            out.append(piece)
    return out


def load_corpus(path=CORPUS):
    return [json.loads(l) for l in open(path, encoding="utf-8")]


def art_date(row):
    d = row.get("date") or row.get("date_extracted") or ""
    try:
        return dt.date.fromisoformat(d[:10])
    except ValueError:
        return None


def claim_line(claim, corpus, by_date):
    """0-based corpus line of the claim's article: content contains the quote, same date preferred."""
    hits = [i for i, r in enumerate(corpus) if claim["text"] in r["content"] or claim["text"] in r["title"]]
    if not hits:
        return None
    same = [i for i in hits if art_date(corpus[i]) and str(art_date(corpus[i])) == claim.get("date")]
    return (same or hits)[0]


DENIAL = ["نفى", "نفت", "ينفي", "تنفي", "غير صحيح", "عار عن الصحة", "عارية عن الصحة", "لا صحة", "كذب",
          "تضارب", "بينما قال", "في حين", "نافيا", "نافية", "مزاعم", "زعم", "ادعاء", "ادعاءات", "أكاذيب",
          "صد هجوم", "صد ", "تم صد", "دحر", "استعاد", "استعادت", "خلافا", "لم يتم", "لم تتم", "لم يحدث"]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", default="/tmp/claims.jsonl")
    ap.add_argument("--corpus", default=CORPUS)
    ap.add_argument("--urls", action="store_true", help="record each side's article url (a_url, b_url)")
    ap.add_argument("--out", default="tests/gold/relations/candidates.jsonl")
    ap.add_argument("--hunt", default="tests/gold/relations/hunt.jsonl")
    ap.add_argument("--seed", type=int, default=2015)
    ap.add_argument("--n-copy", type=int, default=30)
    ap.add_argument("--n-high", type=int, default=150)
    ap.add_argument("--n-med", type=int, default=90)
    ap.add_argument("--n-low", type=int, default=70)
    args = ap.parse_args(argv)

    corpus = load_corpus(args.corpus)

    def urls(a_line, b_line):
        return dict(a_url=corpus[a_line]["url"], b_url=corpus[b_line]["url"]) if args.urls else {}
    dates = [art_date(r) for r in corpus]
    sents = []  # (line, sentence)
    for i, r in enumerate(corpus):
        for s in sentences(r["content"]):
            sents.append((i, s))
    stoks = [tokens(s) for _, s in sents]
    df = collections.Counter(t for ts in stoks for t in ts)
    N = len(sents)
    idf = {t: math.log(N / c) for t, c in df.items()}
    RARE = math.log(N / 60)  # tokens in at most ~60 sentences count as rare
    index = collections.defaultdict(list)
    for k, ts in enumerate(stoks):
        for t in ts:
            if idf[t] >= RARE:
                index[t].append(k)

    claims = []
    seen = set()
    for l in open(args.claims, encoding="utf-8"):
        c = json.loads(l)
        n = len(c["text"].split())
        if c.get("own") or n < 6 or n > 40 or c["text"] in seen:
            continue
        seen.add(c["text"])
        line = claim_line(c, corpus, None)
        if line is None:
            continue
        claims.append((line, c))

    def score_pairs(line, text):
        ct = {t for t in tokens(text) if idf.get(t, 0) >= RARE}
        acc = collections.Counter()
        shared = collections.defaultdict(list)
        for t in sorted(ct):  # a fixed order: float sums and most_common ties then never depend on hashing
            for k in index[t]:
                bl = sents[k][0]
                if bl == line:
                    continue
                if dates[line] and dates[bl] and abs((dates[line] - dates[bl]).days) > 10:
                    continue
                acc[k] += idf[t]
                shared[k].append(t)
        return acc, shared

    pool = []
    for line, c in claims:
        acc, shared = score_pairs(line, c["text"])
        ranked = [k for k, _ in acc.most_common(40)
                  if sents[k][1].strip() != c["text"].strip() and c["text"] not in sents[k][1]]
        if not ranked:
            continue
        ta = tokens(c["text"])
        # containment of the claim's words in the sentence; > 0.5 is mostly a wire-copy of the same text
        cont = {k: len(ta & stoks[k]) / max(1, len(ta)) for k in ranked}
        fresh = [k for k in ranked if cont[k] <= 0.5]
        copies = [k for k in ranked if cont[k] > 0.5]
        top = (fresh or ranked)[0]
        p = dict(a=c["text"], a_article=line, a_source=c["source"]["label"],
                 top=(top, acc[top], shared[top]), copy=None)
        if copies:
            k = copies[0]
            p["copy"] = (k, acc[k], shared[k])
        pool.append(p)

    rng = random.Random(args.seed)
    pool = [p for p in pool if p["top"][0] is not None]
    tops = sorted((p["top"][1] for p in pool))
    q_hi = tops[int(len(tops) * 0.75)]
    q_lo = tops[int(len(tops) * 0.40)]
    hi = [p for p in pool if p["top"][1] >= q_hi]
    med = [p for p in pool if q_lo <= p["top"][1] < q_hi]
    rng.shuffle(hi)
    rng.shuffle(med)
    lo_pool = list(pool)
    rng.shuffle(lo_pool)

    out = []
    used_b = collections.Counter()
    used_a_art = collections.Counter()
    used_a = set()

    def take(p, which, stratum):
        k, sc, sh = p[which]
        if used_b[k] >= 1 or used_a_art[p["a_article"]] >= 3 or p["a"] in used_a:
            return False
        used_a.add(p["a"])
        used_b[k] += 1
        used_a_art[p["a_article"]] += 1
        out.append(dict(cand=f"{stratum}-{len(out):04d}", stratum=stratum, score=round(sc, 2),
                        shared=sorted(sh), a=p["a"], b=sents[k][1], a_article=p["a_article"],
                        b_article=sents[k][0], **urls(p["a_article"], sents[k][0])))
        return True

    copies = [p for p in pool if p["copy"]]
    rng.shuffle(copies)
    for stratum, src, n, which in (("copy", copies, args.n_copy, "copy"), ("high", hi, args.n_high, "top"), ("med", med, args.n_med, "top"),
                                   ("low", lo_pool, args.n_low, None)):
        got = 0
        for p in src:
            if got >= n:
                break
            if which is None:
                # low overlap: a random sentence of another article, dated within the window
                cands = [k for k, (bl, _) in enumerate(sents) if bl != p["a_article"] and dates[bl]
                         and dates[p["a_article"]] and abs((dates[bl] - dates[p["a_article"]]).days) <= 10]
                k = rng.choice(cands)
                sh = sorted(tokens(p["a"]) & stoks[k])
                p = dict(p, low=(k, sum(idf[t] for t in sh), sh))
                which_ = "low"
            else:
                which_ = which
            if take(p, which_, stratum):
                got += 1

    with open(args.out, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # hunt: claims or sentences carrying denial / conflict cues, paired with their best overlaps
    hunt = []
    for line, c in claims:
        if not any(d in c["text"] for d in DENIAL) and c.get("polarity") != "denied":
            continue
        acc, shared = score_pairs(line, c["text"])
        for k, sc in acc.most_common(4):
            hunt.append(dict(kind="claim-denial", score=round(sc, 2), a=c["text"], b=sents[k][1],
                             a_article=line, b_article=sents[k][0], shared=sorted(shared[k]),
                             **urls(line, sents[k][0])))
    # numeric mismatch: high overlap pairs with different numbers on both sides
    for p in pool:
        k, sc, sh = p["top"]
        na = set(re.findall(r"\d+", norm(p["a"])))
        nb = set(re.findall(r"\d+", norm(sents[k][1])))
        if na and nb and na != nb and sc >= q_lo:
            hunt.append(dict(kind="numbers", score=round(sc, 2), a=p["a"], b=sents[k][1],
                             a_article=p["a_article"], b_article=sents[k][0], shared=sorted(sh),
                             **urls(p["a_article"], sents[k][0])))
    with open(args.hunt, "w", encoding="utf-8") as f:
        for r in hunt:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"claims {len(claims)} pool {len(pool)} sentences {N} candidates {len(out)} hunt {len(hunt)}"
          f" q_lo {q_lo:.1f} q_hi {q_hi:.1f}")


if __name__ == "__main__":
    main()
