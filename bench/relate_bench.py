"""Relation detection speed and scaling — one command:

    python bench/relate_bench.py                      # sizes 1000 10000 100000
    python bench/relate_bench.py --sizes 1000 10000   # quicker

Prints
1. `relate()` pairs per second over 10,000 pairs (ANS headline pairs and pairs of
   synthetic claims), one call per pair and batched (`relate_many`, what `sanad relate`
   and ingest use); and over 10,000 real claim/sentence pairs with and without the
   sentence rail (its cost as a ratio);
2. claim/passage pairs (tests/gold/relations-passage, passages over 40 words, cycled): pairs/s through
   the passage stance (encoder + sentence selection + trained layer) against the lexical model alone
   on the same pairs, and the ratio;
3. over N synthetic claims: embedding them (kg.encoder, no cache: what a first ingest pays),
   neighbours by meaning (kg.neighbours: exact up to 20k claims, HNSW above), and
   `kg.ingest.find_relations` (reprints → blocking + neighbours → model, embeddings given): wall
   time, candidate pairs, relations kept, and the ratio to the first size; and the conflict channel
   on its own (kg.relate.conflict_pairs + graph_conflict: pairs, seconds, share of find_relations), and the
   denial channel on its own (kg.relate.candidates.denial_pairs over kg.neighbours.nearest_of: pairs, seconds),
   and the event channel on its own (kg.relate.candidates.holding_pairs + toll_pairs + downing_pairs +
   kg.relate.events: pairs, seconds).
   `--scaling-only` runs this part alone.

Synthetic claims are real claim texts (the seed article's claims and ANS headlines)
perturbed: each story is a real text with a third of its words swapped for words of other
texts (and sometimes a place added), told by 1–4 sources in slightly different words, some
denying it, on dates over two months. A larger set holds more stories, as a larger corpus
does, rather than the same stories repeated. Seeded: every run builds the same claims.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from kg.attribution import AttributionExtractor  # noqa: E402
from kg.encoder import embed  # noqa: E402
from kg.ingest import DENIAL_NEIGHBOURS, DENIAL_PAIR_COS, NEIGHBOUR_COS, NEIGHBOURS, find_relations  # noqa: E402
from kg.neighbours import nearest_of, neighbours  # noqa: E402
from kg.relate.candidates import denial_pairs, downing_pairs, holding_pairs, toll_pairs  # noqa: E402
from kg.relate.events import event_conflict  # noqa: E402
from kg.places import GAZETTEER  # noqa: E402
from kg.reader import read  # noqa: E402
from kg.relate import candidate_pairs, conflict_pairs, facts, graph_conflict, model, relate, relate_many  # noqa: E402

ANS = ROOT.parent / "shared" / "data" / "ans"
SEED = ROOT / "seeds" / "palmyra-kerry-lavrov.ar.txt"


def base_texts() -> tuple[list[str], list[tuple[str, str]]]:
    texts: list[str] = []
    pairs: list[tuple[str, str]] = []
    for item in read(SEED):
        if item.article:
            texts += [c.text for c in AttributionExtractor().extract(item.article).claims]
    for split in ("train", "dev"):
        path = ANS / f"stance-{split}.csv"
        if path.exists():
            with open(path, encoding="utf-8") as fh:
                for r in csv.DictReader(fh):
                    pairs.append((r["s1"], r["s2"]))
                    texts += [r["s1"], r["s2"]]
    seen: set[str] = set()
    texts = [t for t in texts if not (t in seen or seen.add(t))]
    return texts, pairs


PLACES = [v[0] for v in GAZETTEER.values()]
NEGATIONS = ["لم", "لا", "نفى", "لا صحة"]


def perturb(text: str, vocab: list[str], rng: random.Random, swap: float) -> str:
    """Swap a share of the words for words of other texts, drop or renumber a few."""
    out = []
    for w in text.split():
        r = rng.random()
        if r < swap and len(w) > 2:
            out.append(rng.choice(vocab))
        elif r < swap + 0.04:
            continue
        elif r < swap + 0.06 and any(ch.isdigit() for ch in w):
            out.append(str(rng.randint(2, 900)))
        else:
            out.append(w)
    return " ".join(out)


def synthetic_claims(n: int, texts: list[str], seed: int = 7) -> list[dict]:
    """n claims as a growing corpus has them: more claims, more stories. Each story is a real
    text with a third of its words swapped (a new event), told by 1–4 sources in slightly
    different words (some deny it), over a 60-day window."""
    rng = random.Random(seed)
    vocab = sorted({w for t in texts for w in t.split() if len(w) > 2})
    sources = [f"source-{i}" for i in range(60)]
    claims: list[dict] = []
    story_n = 0
    while len(claims) < n:
        story = perturb(rng.choice(texts), vocab, rng, swap=0.35)
        if rng.random() < 0.3:
            story = f"{story} في {rng.choice(PLACES)}"
        day = rng.randrange(60)
        for _ in range(min(rng.randint(1, 4), n - len(claims))):
            text = perturb(story, vocab, rng, swap=0.08)
            denied = rng.random() < 0.1
            if denied:
                text = f"{rng.choice(NEGATIONS)} {text}"
            i = len(claims)
            claims.append({"key": f"c{i:07d}", "id": f"urn:claim:{i}", "text": text,
                           "polarity": "denied" if denied else "asserted", "places": None,
                           "article": f"urn:article:{story_n}-{i % 3}", "own": False,
                           "date": f"2016-{1 + day // 30:02d}-{1 + day % 30:02d}",
                           "source": {"key": rng.choice(sources)}})
        story_n += 1
    return claims


def bench_relate(pairs: list[tuple[str, str]], single: int) -> None:
    model()  # load once, outside the timing
    if model().uses_encoder:  # and the sentence encoder, which that model reads
        relate_many(pairs[:2])
    t = time.perf_counter()
    for a, b in pairs[:single]:
        relate(a, b)
    dt1 = time.perf_counter() - t
    t = time.perf_counter()
    relate_many(pairs)
    dt2 = time.perf_counter() - t
    print(f"relate(): {single} pairs one call each: {dt1:.1f} s = {single / dt1:,.0f} pairs/s")
    print(f"relate_many(): {len(pairs)} pairs batched: {dt2:.1f} s = {len(pairs) / dt2:,.0f} pairs/s")


CLAIM_SENTENCE = ROOT / "tests" / "gold" / "relations" / "syria-claim-sentence.jsonl"


def bench_sentence_rail(n: int) -> None:
    """Real claim/sentence pairs (tests/gold/relations, cycled to n): batched pairs/s with the
    sentence rail (idf anchor, denial cues) against the same pairs with the rail switched off."""
    import kg.relate.rails as rails_module  # sentence_rail reads SENTENCE_WORDS there, so patch it there

    rows = [json.loads(line) for line in CLAIM_SENTENCE.read_text(encoding="utf-8").splitlines()]
    pairs = [(r["a"], r["b"]) for r in (rows * (n // len(rows) + 1))[:n]]
    rails_module._df()  # the document frequencies load once, outside the timing
    relate_many(pairs[:len(rows)])  # and each text's word caches fill before either timing
    words = rails_module.SENTENCE_WORDS
    times = {}
    for label, limit in (("without the sentence rail", 10**9), ("with the sentence rail", words)):
        rails_module.SENTENCE_WORDS = limit
        t = time.perf_counter()
        relate_many(pairs)
        times[label] = time.perf_counter() - t
    rails_module.SENTENCE_WORDS = words
    for label, dt in times.items():
        print(f"claim/sentence pairs, {label}: {n} batched in {dt:.1f} s = {n / dt:,.0f} pairs/s")
    print(f"sentence rail cost: {times['with the sentence rail'] / times['without the sentence rail']:.2f}x")


PASSAGES = ROOT / "tests" / "gold" / "relations-passage" / "train.jsonl"


def bench_passage(n: int) -> None:
    from kg.relate import compare_many, passage

    rows = [json.loads(line) for line in PASSAGES.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if passage.is_passage_pair(r["a"], r["b"])]
    pairs = [(r["a"], r["b"]) for r in (rows * (n // len(rows) + 1))[:n]]
    passage.stance_many(pairs[:8])  # load the encoder and the layer outside the timing
    t = time.perf_counter()
    compare_many([(facts(a), facts(b)) for a, b in pairs])
    lexical = time.perf_counter() - t
    t = time.perf_counter()
    passage.stance_many(pairs)
    stance = time.perf_counter() - t
    print(f"claim/passage pairs, lexical model on the whole passage: {n} in {lexical:.1f} s = {n / lexical:,.0f} pairs/s")
    print(f"claim/passage pairs, passage stance (encoder, {passage.TOP} best sentences, layer): {n} in {stance:.1f} s = "
          f"{n / stance:,.0f} pairs/s")
    print(f"passage stance cost: {stance / lexical:.2f}x")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="relate() throughput and find_relations scaling")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--pairs", type=int, default=10000, help="pairs for the relate() throughput")
    ap.add_argument("--passages", type=int, default=1000, help="claim/passage pairs for the passage stance")
    ap.add_argument("--json", metavar="FILE", help="also write the numbers as JSON")
    ap.add_argument("--scaling-only", action="store_true", help="only the find_relations scaling (part 3)")
    args = ap.parse_args(argv)
    texts, ans_pairs = base_texts()
    if args.scaling_only:
        return scaling(args, texts)
    rng = random.Random(11)
    claims_for_pairs = synthetic_claims(4000, texts)
    pairs = ans_pairs[:args.pairs // 2]
    while len(pairs) < args.pairs:
        a, b = rng.sample(claims_for_pairs, 2)
        pairs.append((a["text"], b["text"]))
    print(f"{len(texts)} real claim texts (seed claims + ANS headlines) to perturb")
    bench_relate(pairs, args.pairs)
    bench_sentence_rail(args.pairs)
    bench_passage(args.passages)
    return scaling(args, texts)


def scaling(args, texts: list[str]) -> int:
    rows = []
    print(f"\n{'claims':>8} {'embed s':>8} {'neighbours s':>12} {'find_relations s':>16} {'ms/claim':>8} "
          f"{'word-block pairs':>16} {'relations':>9} {'time ratio':>10} {'size ratio':>10} "
          f"{'conflict pairs':>14} {'conflict s':>10} {'conflict share':>14} {'denial pairs':>12} {'denial s':>8} "
          f"{'event pairs':>11} {'event s':>7}")
    for n in args.sizes:
        claims = synthetic_claims(n, texts)
        t = time.perf_counter()
        vecs = embed([c["text"] for c in claims])
        dt_embed = time.perf_counter() - t
        by_text = dict(zip((c["text"] for c in claims), vecs))
        t = time.perf_counter()
        sum(1 for _ in neighbours(vecs, k=NEIGHBOURS, min_cos=NEIGHBOUR_COS))
        dt_nn = time.perf_counter() - t
        t = time.perf_counter()
        rels = find_relations(claims, embed=lambda texts: np.stack([by_text[x] for x in texts]))
        dt = time.perf_counter() - t
        items = [(c["key"], facts(c["text"], c["polarity"])) for c in claims]
        n_pairs = sum(1 for _ in candidate_pairs(items, order=[c["date"] for c in claims]))
        # the conflict channel alone (its candidates and rules; part of find_relations' time)
        t = time.perf_counter()
        dates = [c["date"] for c in claims]
        conflict = [(i, j) for i, j in conflict_pairs(items, dates)]
        for i, j in conflict:
            graph_conflict(items[i][1], items[j][1], dates[i], dates[j])
        dt_conflict = time.perf_counter() - t
        t = time.perf_counter()
        sources = [c["source"]["key"] for c in claims]
        n_denial = sum(1 for _ in denial_pairs(items, dates, sources,
                                               lambda rows: nearest_of(vecs, rows, DENIAL_NEIGHBOURS, DENIAL_PAIR_COS)))
        dt_denial = time.perf_counter() - t
        # the event channel alone (places taken vs besieged, death tolls: kg.relate.events)
        t = time.perf_counter()
        event = [*holding_pairs(items, dates), *toll_pairs(items, dates, sources), *downing_pairs(items, dates, sources)]
        for i, j in event:
            event_conflict(items[i][1], items[j][1], float(vecs[i] @ vecs[j]), dates[i], dates[j])
        dt_event = time.perf_counter() - t
        rows.append({"claims": n, "embed_seconds": dt_embed, "neighbour_seconds": dt_nn, "seconds": dt,
                     "pairs": n_pairs, "relations": len(rels), "conflict_pairs": len(conflict),
                     "conflict_seconds": dt_conflict, "denial_pairs": n_denial, "denial_seconds": dt_denial,
                     "event_pairs": len(event), "event_seconds": dt_event})
        base = rows[0]
        print(f"{n:>8} {dt_embed:>8.1f} {dt_nn:>12.2f} {dt:>16.2f} {1000 * dt / n:>8.3f} {n_pairs:>16,} "
              f"{len(rels):>9,} {dt / base['seconds']:>10.1f} {n / base['claims']:>10.0f} "
              f"{len(conflict):>14,} {dt_conflict:>10.2f} {dt_conflict / dt:>14.2f} {n_denial:>12,} {dt_denial:>8.2f} "
              f"{len(event):>11,} {dt_event:>7.2f}",
              flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
