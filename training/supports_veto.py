"""Can a learned veto on stored corroborations ("supports") carry over from sample to sample? Leave-one-sample-out.

    python -m training.supports_veto --loso [--data DIR] [--relations DIR] [--out FILE]   # the LOSO table

Rows: every stored support of a store (`sanad relations --format jsonl`, files relS.jsonl in --relations) joined with
judge13's candidate-pair row of the same two statements (training/judge_data.py: judge-S.jsonl in --data, features
of training/pair_features.py), plus cheap features that could tell "one proposition" from "one story": the
corroboration rail's path (the model's support ≥ 0.6, or only the encoder's cosine ≥ 0.7; whether it named shared
events), the outlet's own narration, anonymous or hedged sides, a number or place on one side only, token ratio.
Labels: blind labels of stored supports (tests/gold/graph-relations-sample-N/labels.tsv, relation == supports; the
corpus: tests/gold/graph-contradictions-sample-3/supports-sample.jsonl): correct = 1, detail / wrong = 0. Only pairs
stored now count; independent supports are the table, non-independent ones are reported apart.

LOSO: for each held store, a model is trained on the other six stores' labelled independent supports; its threshold
is chosen on those six alone, from their own inner leave-one-sample-out scores: the highest that keeps ≥ 90 % of
their corrects. The held store's supports scored below it are vetoed. Fixed seeds; logistic regression only."""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
SAMPLES = ("6", "8", "10", "11", "12", "13", "corp")
HELD_LATE = ("10", "11", "12", "13")  # the samples blind until session 12: the veto must carry over to these
STORE_NAME = {"6": "6ok"}  # judge13 / session 12 file names of a sample's store
# samples whose supports labels are jsonl files with `key` and `label`; "4" (graph-supports-sample-4, 600 fresh
# articles) has no judge13 rows: `--build-4` makes them (its store: `sanad ingest fresh.jsonl --no-parse`, README)
SUPPORT_FILES = {"corp": [GOLD / "graph-contradictions-sample-3" / "supports-sample.jsonl"],
                 "4": [GOLD / "graph-supports-sample-4" / "supports-sample.jsonl",
                       GOLD / "graph-supports-sample-4" / "rest-of-store.jsonl"]}
SEED = 13
KEEP_CORRECT = 0.90  # the threshold keeps at least this share of the training folds' corrects
RAIL_SUPPORT, RAIL_MEANING = 0.6, 0.7  # kg.relate.rails.CORROBORATION_SUPPORT / _MEANING (the rail's two paths)


def support_labels(sample: str) -> dict[str, str]:
    """Relation key → correct / detail / wrong of the sample's labelled supports."""
    if sample in SUPPORT_FILES:
        rows = [json.loads(line) for f in SUPPORT_FILES[sample] for line in open(f, encoding="utf-8")]
    else:
        rows = [r for r in csv.DictReader(open(GOLD / f"graph-relations-sample-{sample}" / "labels.tsv",
                                               encoding="utf-8"), delimiter="\t") if r["relation"] == "supports"]
    return {r["key"]: r["label"] for r in rows if r.get("label") in ("correct", "detail", "wrong")}


def support_key(a: str, b: str) -> str:
    from kg.model import short_hash
    x, y = sorted([a, b])
    return short_hash("relation", x, y, "supports")


def extra_features(rel: dict, base: dict) -> dict[str, float]:
    """What the pair features lack: the rail's path, each side's voice, and facts one side has alone."""
    from kg.ingest import claim_facts
    a, b = rel["a"], rel["b"]
    fa, fb = claim_facts(a), claim_facts(b)
    types = [a["source"].get("type"), b["source"].get("type")]
    na, nb = len(fa.toks), len(fb.toks)
    model_path = base["p_supports"] >= RAIL_SUPPORT
    return {
        "rail_model": float(model_path), "rail_meaning_only": float(not model_path and base["cos"] >= RAIL_MEANING),
        "rail_events": float(" — " in rel["why"]), "confidence": float(rel["confidence"]),
        "own_any": float(bool(a.get("own")) or bool(b.get("own"))), "own_both": float(bool(a.get("own")) and bool(b.get("own"))),
        "anonymous_any": float("anonymous-source" in types), "hedged_any": float(bool(a.get("hedged")) or bool(b.get("hedged"))),
        "numbers_one_side": float(bool(fa.numbers) != bool(fb.numbers)),
        "places_one_side": float(bool(fa.places) != bool(fb.places)),
        "events_one_side": float(bool(fa.events - fb.events) or bool(fb.events - fa.events)),
        "token_ratio": min(na, nb) / max(na, nb, 1),
    }


def rows(sample: str, data: Path, relations: Path) -> list[dict]:
    """Every stored support of the sample's store with its features, independence and label (None: unlabelled)."""
    name = STORE_NAME.get(sample, sample)
    stored = [r for r in map(json.loads, open(relations / f"rel{name}.jsonl", encoding="utf-8"))
              if r["relation"] == "supports"]
    want = {r["key"] for r in stored}
    labels = support_labels(sample)
    base, out = {}, []
    for line in open(data / f"judge-{sample}.jsonl", encoding="utf-8"):
        r = json.loads(line)
        k = support_key(r["a"], r["b"])
        if k in want:
            base[k] = r["features"]
        elif k in labels and r["verdict"] == "supports" and r["features"]["independent"]:
            # an older draw's support the current code judges "supports" but no longer stores (the rail, the date
            # limit): training rows only, with the pair features alone (kind "small+")
            out.append({"sample": sample, "key": k, "independent": True, "stored": False, "gold": labels[k],
                        "label": int(labels[k] == "correct"), "features": r["features"]})
    for r in stored:
        f = dict(base[r["key"]])  # every stored support is a candidate pair of judge13's rows
        f.update(extra_features(r, f))
        gold = labels.get(r["key"])
        out.append({"sample": sample, "key": r["key"], "independent": r["independent"], "stored": True, "gold": gold,
                    "label": None if gold is None else int(gold == "correct"), "features": f})
    return out


# Feature sets: "rail" = what relating already has at `keep` (no candidate counts, no verdict bookkeeping);
# "all" = every judge13 pair feature plus the extras.
RAIL = ("p_supports", "p_unrelated", "p_contradicts", "cos", "rare_share_min", "rare_share_max", "rare_weighted",
        "rare_shared", "stem_share_min", "stem_share_max", "stem_weighted", "places_shared", "numbers_shared",
        "events_shared", "entities_shared", "tokens_min", "tokens_max", "same_day", "gap_days", "rail_model",
        "rail_meaning_only", "rail_events", "own_any", "own_both", "anonymous_any", "hedged_any", "numbers_one_side",
        "places_one_side", "events_one_side", "token_ratio")
CONSTANT_HERE = ("channel_none", "verdict_contradicts", "verdict_confidence")  # always 0 on stored supports


SMALL = ("rare_weighted", "rare_share_min", "p_supports", "cos")  # the brief's "same proposition" cues, few enough
# for 23 negatives


def names(kind: str, example: dict) -> list[str]:
    if kind == "rail":
        return list(RAIL)
    if kind.startswith("small"):
        return list(SMALL)
    return [k for k in example["features"] if k not in CONSTANT_HERE]


def matrix(rs: list[dict], cols: list[str]) -> np.ndarray:
    return np.array([[r["features"][c] for c in cols] for r in rs], dtype=np.float64)


def fit(rs: list[dict], cols: list[str], c: float | None):
    """A scorer of rows (higher: more likely correct). `c` None: the one feature of `cols` that best ranks the
    training rows (ROC AUC, either direction), chosen on them alone; else a balanced logistic regression."""
    y = np.array([r["label"] for r in rs])
    x = matrix(rs, cols)
    if c is None:
        from sklearn.metrics import roc_auc_score
        aucs = [roc_auc_score(y, x[:, k]) if len(set(x[:, k])) > 1 else 0.5 for k in range(len(cols))]
        k = int(np.argmax([abs(a - 0.5) for a in aucs]))
        sign = 1.0 if aucs[k] >= 0.5 else -1.0
        scorer = lambda m: sign * m[:, k]  # noqa: E731
        scorer.what = f"{'' if sign > 0 else '-'}{cols[k]}"
        return scorer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    m = make_pipeline(StandardScaler(), LogisticRegression(C=c, class_weight="balanced", max_iter=2000,
                                                           random_state=SEED))
    m.fit(x, y)
    scorer = lambda z: m.predict_proba(z)[:, 1]  # noqa: E731
    scorer.what = "logreg"
    return scorer


def score(m, rs: list[dict], cols: list[str]) -> np.ndarray:
    return m(matrix(rs, cols)) if rs else np.zeros(0)


def threshold(by_sample: dict[str, list[dict]], cols: list[str], c: float | None,
              extra: dict[str, list[dict]]) -> tuple[float, float]:
    """The highest threshold keeping ≥ KEEP_CORRECT of the corrects, on the samples' own inner LOSO scores
    (`extra`: more training rows per sample, never scored), and the precision of what those scores keep."""
    scores, labels = [], []
    for s in by_sample:
        train = [r for t, rs in by_sample.items() if t != s for r in rs + extra.get(t, [])]
        scores.extend(score(fit(train, cols, c), by_sample[s], cols))
        labels.extend(r["label"] for r in by_sample[s])
    pos = np.sort(np.array([x for x, y in zip(scores, labels) if y == 1]))
    # keep ≥ KEEP_CORRECT of positives: the threshold is the score of the positive at the allowed loss
    lose = int(np.floor(len(pos) * (1 - KEEP_CORRECT)))
    t = float(pos[lose])
    kept = [y for x, y in zip(scores, labels) if x >= t]
    return t, sum(kept) / len(kept)


def tally(rs: list[dict], kept: np.ndarray) -> dict:
    lab = [r for r in rs if r["label"] is not None]
    k = [r for r, x in zip(rs, kept) if x and r["label"] is not None]
    c0 = sum(r["label"] for r in lab)
    c1 = sum(r["label"] for r in k)
    return {"n": len(lab), "correct": c0, "prec_before": c0 / len(lab) if lab else None,
            "kept": len(k), "prec_after": c1 / len(k) if k else None, "correct_lost": c0 - c1,
            "neg_dropped": (len(lab) - c0) - (len(k) - c1),
            "detail_dropped": sum(r["gold"] == "detail" for r, x in zip(rs, kept) if not x),
            "wrong_dropped": sum(r["gold"] == "wrong" for r, x in zip(rs, kept) if not x)}


def held_out(all_rows: dict[str, list[dict]], held: str, kind: str, c: float | None) -> dict:
    """One held sample: the model trained on the others' labelled stored independent supports (and, for a kind
    ending in "+", their older labelled ones), its threshold from their inner LOSO, and the held sample's tallies."""
    indep = {s: [r for r in rs if r["stored"] and r["independent"] and r["label"] is not None]
             for s, rs in all_rows.items()}
    extra = {s: [r for r in rs if not r["stored"]] for s, rs in all_rows.items()} if kind.endswith("+") else {}
    cols = names(kind, indep[held][0])
    train = {s: rs for s, rs in indep.items() if s != held}
    t, inner = threshold(train, cols, c, extra)
    m = fit([r for s, rs in train.items() for r in rs + extra.get(s, [])], cols, c)
    other = [r for r in all_rows[held] if r["stored"] and not r["independent"] and r["label"] is not None]
    sc, so = score(m, indep[held], cols), score(m, other, cols)
    unl = [r for r in all_rows[held] if r["stored"] and r["label"] is None]
    return {"threshold": t, "inner_precision": inner, "indep": tally(indep[held], sc >= t),
            "nonindep": tally(other, so >= t), "unlabelled_vetoed": int((score(m, unl, cols) < t).sum()),
            "unlabelled": len(unl), "what": m.what if c is None else f"{kind} C={c}",
            "scores": [(r["gold"], round(float(x), 3)) for r, x in zip(indep[held], sc)]}


def loso(all_rows: dict[str, list[dict]], kind: str, c: float | None) -> dict:
    """Per held sample: tally of its labelled independent supports before/after, and the non-independent ones."""
    return {held: held_out(all_rows, held, kind, c) for held in all_rows}


def nested(all_rows: dict[str, list[dict]], configs) -> dict:
    """The whole procedure held out: per held sample, the configuration whose inner LOSO keeps the most precise
    set on the other samples (first listed on a tie) is the one scored, so no choice sees the held sample."""
    out = {}
    for held in all_rows:
        runs = [held_out(all_rows, held, kind, c) for kind, c in configs]
        out[held] = max(runs, key=lambda r: r["inner_precision"])
    return out


def auc(res: dict, negative: str) -> float:
    """How well the held scores rank corrects above one kind of negative."""
    from sklearn.metrics import roc_auc_score
    pairs = [(g == "correct", x) for r in res.values() for g, x in r["scores"] if g in ("correct", negative)]
    return float(roc_auc_score([y for y, _ in pairs], [x for _, x in pairs]))


def combine(tallies: list[dict]) -> dict:
    s = {k: sum(t[k] for t in tallies) for k in ("n", "correct", "kept", "correct_lost", "neg_dropped",
                                                   "detail_dropped", "wrong_dropped")}
    kept_correct = s["correct"] - s["correct_lost"]
    s["prec_before"] = s["correct"] / s["n"] if s["n"] else None
    s["prec_after"] = kept_correct / s["kept"] if s["kept"] else None
    return s


def fmt(t: dict) -> str:
    pa = "—" if t["prec_after"] is None else f"{t['prec_after']:.2f}"
    pb = "—" if t["prec_before"] is None else f"{t['prec_before']:.2f}"
    return (f"{t['n']:3d} {t['correct']:3d} {pb:>5} {t['kept']:4d} {pa:>5} {t['correct_lost']:4d} "
            f"{t['neg_dropped']:3d} ({t['detail_dropped']}d/{t['wrong_dropped']}w)")


def report(all_rows: dict[str, list[dict]], configs) -> str:
    lines = ["Stored supports per store: independent labelled (correct/detail/wrong), non-independent labelled, unlabelled"]
    for s, every in all_rows.items():
        rs = [r for r in every if r["stored"]]
        ind = Counter(r["gold"] for r in rs if r["independent"] and r["gold"])
        non = Counter(r["gold"] for r in rs if not r["independent"] and r["gold"])
        more = Counter(r["gold"] for r in every if not r["stored"])
        lines.append(f"  {s:5s} stored {len(rs):3d}: indep {sum(ind.values()):3d} ({ind['correct']}/{ind['detail']}/"
                     f"{ind['wrong']}), non-indep {sum(non.values())} ({non['correct']}/{non['detail']}/{non['wrong']}), "
                     f"unlabelled {sum(r['gold'] is None for r in rs)}; older labelled supports judged supports, "
                     f"not stored now (training rows of small+): {sum(more.values())} ({more['correct']}/"
                     f"{more['detail']}/{more['wrong']})")
    head = "  held    n cor  prec kept  prec lost neg dropped   thr   (independent labelled stored supports)"
    example = next(r for r in all_rows["6"] if r["stored"])
    runs = [(f"features {kind} ({len(names(kind, example))}), "
             + ("the best single feature on the training folds" if c is None else f"logistic regression C={c}, balanced"),
             loso(all_rows, kind, c)) for kind, c in configs]
    runs.append(("nested: per held sample, the configuration (of all above) with the most precise inner-LOSO keep",
                 nested(all_rows, configs)))
    runs.append(("nested, deployable configurations only (not \"all\")", nested(all_rows, DEPLOYABLE)))
    for title, res in runs:
        lines += ["", f"{title}, threshold keeps ≥{KEEP_CORRECT:.0%} of training corrects (inner LOSO)", head]
        for s, r in res.items():
            lines.append(f"  {s:5s} {fmt(r['indep'])}  {r['threshold']:.3f}   non-indep {fmt(r['nonindep'])}; "
                         f"unlabelled vetoed {r['unlabelled_vetoed']}/{r['unlabelled']}; {r['what']}")
        lines.append(f"  10-13 {fmt(combine([res[s]['indep'] for s in HELD_LATE]))}")
        if "4" in res:  # the other fresh sample: 600 articles no rule was tuned on before session 10
            lines.append(f"  4,10-13 {fmt(combine([res[s]['indep'] for s in HELD_LATE + ('4',)]))}")
        lines.append(f"  all   {fmt(combine([r['indep'] for r in res.values()]))}")
        lines.append("  held-out ROC AUC, all samples pooled (scores of different folds compared): correct vs detail "
                     f"{auc(res, 'detail'):.2f}, correct vs wrong {auc(res, 'wrong'):.2f}")
    return "\n".join(lines)


# what relating can compute where it keeps a support (kg.ingest.relate_claims' `keep`): "all" needs the candidate
# channel and partner counts, so it is measured but never chosen
DEPLOYABLE = [("rail", None), ("small", 0.03), ("small", 1.0), ("small+", 0.03), ("small+", 1.0), ("rail", 0.03),
              ("rail", 0.1), ("rail", 1.0)]
CONFIGS = [("rail", None), ("small", 0.03), ("small", 1.0), ("small+", 0.03), ("small+", 1.0), ("rail", 0.03), ("rail", 0.1), ("rail", 1.0), ("all", 0.03), ("all", 0.1), ("all", 1.0)]


def by_channel(all_rows: dict[str, list[dict]]) -> str:
    """Labelled stored independent supports by candidate channel and the rail's path, per store and pooled: how a
    support was found, not a model (the "meaning" channel: encoder neighbours sharing no event block)."""
    def path(r: dict) -> str:
        f = r["features"]
        return ("meaning" if f["channel_meaning"] else "blocks") + (" model" if f["rail_model"] else " cos-only")

    def cell(rs: list[dict]) -> str:
        c = Counter(r["gold"] for r in rs)
        return f"{c['correct']}/{len(rs)}" + (f" = {c['correct'] / len(rs):.2f}" if rs else "")

    lab = {s: [r for r in rs if r["stored"] and r["independent"] and r["gold"]] for s, rs in all_rows.items()}
    paths = ("blocks model", "blocks cos-only", "meaning model", "meaning cos-only")
    lines = ["correct/labelled by channel and rail path (stored independent supports)",
             "store   " + " | ".join(f"{p:>16s}" for p in paths) + " |  all but meaning | all"]
    groups = {**lab, "dev 6,8,corp": [r for s in ("6", "8", "corp") for r in lab.get(s, [])],
              "fresh " + ",".join(s for s in ("4",) + HELD_LATE if s in lab):
                  [r for s in ("4",) + HELD_LATE for r in lab.get(s, [])]}
    for name, rs in groups.items():
        lines.append(f"{name:8s}" + " | ".join(f"{cell([r for r in rs if path(r) == p]):>16s}" for p in paths)
                     + f" | {cell([r for r in rs if not r['features']['channel_meaning']]):>16s} | {cell(rs)}")
    return "\n".join(lines)


def build_4(store: str, articles: str, outdir: str) -> None:
    """judge13's rows for sample 4's store: it has no contradiction labels or hunted pairs (only its stored supports
    are read here), so judge_data is told none."""
    import tempfile
    from training import judge_data
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl") as empty:
        judge_data.gold_files = lambda sample: ([], Path(empty.name))
        out = Path(outdir) / "rel4.jsonl"
        rs, vecs, stats = judge_data.build("4", store, articles, str(out))
    with open(Path(outdir) / "judge-4.jsonl", "w", encoding="utf-8") as f:
        for r in rs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(json.dumps(dict(stats)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loso", action="store_true", help="print the leave-one-sample-out table")
    ap.add_argument("--data", default="/tmp/s13/judge13/data", help="judge_data's judge-S.jsonl files")
    ap.add_argument("--relations", default="/tmp/s12/final", help="relS.jsonl: each store's relations")
    ap.add_argument("--out", help="also write the table here")
    ap.add_argument("--build-4", nargs=3, metavar=("STORE", "ARTICLES", "OUTDIR"),
                    help="write OUTDIR/judge-4.jsonl (judge13 rows, no vectors) for sample 4's store; its relations go in OUTDIR/rel4.jsonl")
    ap.add_argument("--with-4", metavar="DIR", help="add sample 4 as an eighth store: DIR holds judge-4.jsonl, rel4.jsonl")
    ap.add_argument("--by-channel", action="store_true", help="precision by candidate channel and rail path")
    ap.add_argument("--keep", type=float, default=KEEP_CORRECT, help="share of training corrects the threshold keeps")
    args = ap.parse_args()
    globals()["KEEP_CORRECT"] = args.keep
    if args.build_4:
        build_4(*args.build_4)
        return
    samples = SAMPLES + (("4",) if args.with_4 else ())
    all_rows = {s: rows(s, Path(args.with_4 if s == "4" else args.data), Path(args.with_4 if s == "4" else args.relations))
                for s in samples}
    if args.by_channel:
        print(by_channel(all_rows))
    if args.loso:
        text = report(all_rows, CONFIGS)
        print(text)
        if args.out:
            Path(args.out).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
