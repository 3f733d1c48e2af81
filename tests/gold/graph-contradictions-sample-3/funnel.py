"""Where the 26 gold contradictions of tests/gold/relations are lost when their articles are in the graph.

    python tests/gold/graph-contradictions-sample-3/funnel.py --store DIR [--verbose]

DIR is a store holding the seed and ../shared/data/news/saudinewsnet-syria-2015.jsonl (`sanad ingest`);
its vector side file (DIR.vectors.sqlite) is used and filled. For each gold pair (side a: a claim of article
`a_article`; side b: a sentence of article `b_article`, corpus line numbers), the stages are:

1. extracted: a stored claim of a_article shares ≥ 60 % of the shorter text's light-stemmed words with a,
   and a stored claim of b_article has ≥ 60 % of its words in b;
2. candidate: the two claims' statements (reprints grouped) are a candidate pair (blocks, meaning,
   conflict, denial, event or article channel: kg.ingest.graph_candidates);
3. model: the learned model's top class before any rail (graph mode);
4. verdict: what relating the graph decides (rules and rails, kg.relate.denials.corpus_verdict; an "article" pair:
   kg.relate.one_article.statements_conflict);
5. judged: a candidate, judged contradicts with confidence ≥ kg.ingest.MIN_CONFIDENCE;
6. stored: what the store keeps of those (kg.ingest.KeepChecks, as relating does): not one source's two statements
   in one article, not one speaker's or body's revision of its own figure, not the model's "fall vs rise" against a
   forecast (kg.relate.single_event's own_revision_rail, revision_rail, outlook_rail); one speaker's figures that
   two outlets carried on one day are kept (kg.relate.quoted; outlets from the store's schema:publisher).
A gold pair counts at a stage when any of its matched claim pairs reaches it (a rule can contradict
where the model did not, so "verdict contradicts" may exceed "model contradicts"). With --oracle, a matched pair that
is no candidate is judged as if the meaning or a conflict channel had paired it: an upper bound on what widening the
candidate channels could gain. With --pairwise (and --verbose), each matched pair also shows what pairwise relating
(`sanad relate`, kg.relate.relate) says of the two claims' texts: whether a pairwise signal sees what the graph's judge
does not (session 21: of 58 hunted conflicts of samples 10-13 extracted but not stored, pairwise relating called 9).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "tests" / "gold" / "relations" / "syria-claim-sentence.jsonl"
CORPUS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"
STAGES = ("gold", "extracted", "candidate", "model contradicts", "verdict contradicts", "judged", "stored")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", required=True)
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--verbose", action="store_true", help="one line per matched claim pair")
    ap.add_argument("--oracle", action="store_true",
                    help="for a claim pair that is no candidate, judge it as if a channel had paired it: whether "
                         "widening the candidate channels could store it")
    ap.add_argument("--pairwise", action="store_true",
                    help="with --verbose: also pairwise relating (kg.relate.relate) on each matched pair's claim texts")
    args = ap.parse_args()

    import sys
    sys.path.insert(0, str(ROOT))
    from kg.ingest import CONFLICT_CHANNELS, MIN_CONFIDENCE
    from kg.relate import model, relate
    from kg.relate.one_article import statements_conflict
    from training.graph_pairs import StorePairs, article_keys

    sp = StorePairs(args.store)  # the store's statements and candidate pairs as relating rebuilds them
    claims, vecs, canon, statements, items = sp.claims, sp.vecs, sp.canon, sp.statements, sp.items
    checks, channel, position, statement_of = sp.checks, sp.channel, sp.position, sp.statement_of
    article_key = article_keys(args.corpus)

    m = model()
    gold = [json.loads(line) for line in open(args.gold, encoding="utf-8")]
    gold = [g for g in gold if g["gold"] == "contradicts"]
    reached: Counter = Counter()
    for g in gold:
        side_a, side_b = sp.hunted_sides(g, article_key)
        flags = {"gold": True, "extracted": bool(side_a and side_b)}
        for x in side_a:
            for y in side_b:
                px, py = position[statement_of[x]], position[statement_of[y]]
                pair = (min(px, py), max(px, py))
                a, b = claims[canon[pair[0]]], claims[canon[pair[1]]]
                fa, fb = items[pair[0]][1], items[pair[1]][1]
                rel, probs = m.predict_with_probabilities([(fa, fb)], explain_all=True, graph=True)
                top = m.labels[int(probs[0].argmax())]
                ch = channel.get(pair) if px != py else "same statement"
                cos = float(vecs[canon[pair[0]]] @ vecs[canon[pair[1]]])
                verdict = (statements_conflict(claims, statements[pair[0]].members, statements[pair[1]].members)
                           if ch == "article" else
                           checks.verdict(pair[0], pair[1], None if ch in CONFLICT_CHANNELS else rel[0], cos)
                           ) or rel[0]
                candidate = ch in ("blocks", "meaning") + CONFLICT_CHANNELS
                if args.oracle and not candidate and ch != "same statement":
                    # the meaning channel (model and rules) and a conflict channel (rules only)
                    judged_as = [checks.verdict(pair[0], pair[1], mode, cos) or rel[0] for mode in (rel[0], None)]
                    best = max(judged_as, key=lambda v: (v.relation == "contradicts", v.confidence))
                    flags["oracle"] = flags.get("oracle") or (best.relation == "contradicts"
                                                              and best.confidence >= MIN_CONFIDENCE)
                    print(f"  {g['id']} [oracle] {best.relation} {best.confidence:.2f}: {best.why[:100]}")
                contra = verdict.relation == "contradicts"
                flags["candidate"] = flags.get("candidate") or candidate
                flags["model contradicts"] = flags.get("model contradicts") or (candidate and top == "contradicts")
                flags["verdict contradicts"] = flags.get("verdict contradicts") or (candidate and contra)
                judged = candidate and contra and verdict.confidence >= MIN_CONFIDENCE
                flags["judged"] = flags.get("judged") or judged
                # what relating keeps (kg.ingest.relate_claims): one source's statements in one article go together;
                # one speaker's or body's two figures are its revision
                independent = checks.independent(pair[0], pair[1], False)
                verdict = checks.quoted_apart(pair[0], pair[1], verdict, independent) or verdict
                dropped = (a["article"] == b["article"] and a["source"]["key"] == b["source"]["key"]) or (
                    judged and checks.stopped(pair[0], pair[1], verdict, independent) is not None)
                flags["stored"] = flags.get("stored") or (judged and not dropped)
                if args.verbose:
                    p = ", ".join(f"{lab[0]}{v:.2f}" for lab, v in zip(m.labels, probs[0]))
                    kept = " (not kept: one source in one article, a revision or an outlook)" if judged and dropped else ""
                    print(f"  {g['id']} [{ch}] model {top} ({p}) → {verdict.relation} {verdict.confidence:.2f}{kept}: "
                          f"{verdict.why[:120]}")
                    if args.pairwise:
                        pw = relate(claims[x]["text"], claims[y]["text"])
                        print(f"  {g['id']} [pairwise] {pw.relation} {pw.confidence:.2f}: {pw.why[:120]}")
        reached.update(k for k, v in flags.items() if v)
        furthest = [k for k in STAGES if flags.get(k)][-1]
        print(f"{g['id']}: {furthest}  ({g['note'][:80]})")
    print("; ".join(f"{s} {reached[s]}" for s in STAGES))
    if args.oracle:
        print(f"no candidate, judged contradicts were it one: {reached['oracle']}")


if __name__ == "__main__":
    main()
