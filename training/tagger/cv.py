"""Leave-one-folder-out measure of the CRF tagger (training/tagger/tagger.py) on the development gold, scored
with the project's scorer (kg.extract_eval.score_article), rules with --no-parse:

- rules: the pipeline as `sanad eval extract --no-parse` runs it;
- tagger: the tagger's claims alone (no outlet voice);
- rules+tagger: the rules' claims, plus the tagger's in sentences where the rules made no attributed claim
  (`+drop own`: and the rules' own-voice claims those overlap are dropped).

Tagger claims carry a confidence (the mean marginal of CONTENT over their tokens); each table row keeps those at
or over a threshold.

    python -m training.tagger.cv [--c1 0.1 --c2 0.05]
"""

from __future__ import annotations

import argparse
import json
import copy
import tempfile
from pathlib import Path

from kg.attribution import AttributionExtractor
from kg.attribution.pipeline import place_and_rank
from kg.extract_eval import Score, match, overlap, score_article, source_correct

from .data import RULES, items
from .tagger import tag_claims

THRESHOLDS = (0.0, 0.5, 0.7, 0.8, 0.9)


def train(its, path: str, c1: float, c2: float, iterations: int = 150) -> None:
    import pycrfsuite

    tr = pycrfsuite.Trainer(verbose=False)
    for it in its:
        for f, y in zip(it.feats, it.labels):
            if f:
                tr.append(f, y)
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    tr.train(path)


def tagged(tagger, feats) -> tuple[list[str], list[float]]:
    if not feats:
        return [], []
    tags = tagger.tag(feats)
    conf = [tagger.marginal("B-CONTENT", i) + tagger.marginal("I-CONTENT", i) for i in range(len(feats))]
    return tags, conf


def proposals(doc, it, tagger, rules) -> list[tuple[float, object, bool]]:
    """(confidence, claim, in a sentence with no attributed rule claim) for each tagger claim of an article."""
    out = []
    prev = None
    by_sentence = {c.sentence for c in rules if not c.own}
    for s, toks, feats in zip(doc.sentences, it.toks, it.feats):
        tags, conf = tagged(tagger, feats)
        ruled = [c for c in rules if not c.own and c.sentence == s.index]
        if ruled:
            prev = ruled[-1].source
        for cl in tag_claims(doc, s, toks, tags, prev):
            i0 = next(i for i, t in enumerate(toks) if s.start + t.end > cl.start)
            i1 = max(i for i, t in enumerate(toks) if s.start + t.start < cl.end) + 1
            out.append((sum(conf[i0:i1]) / (i1 - i0), cl, s.index not in by_sentence))
            prev = cl.source
    return out


def ranked(doc, claims) -> list[dict]:
    doc.extraction.claims = copy.deepcopy(claims)
    place_and_rank(doc)
    return [c.to_json() for c in doc.extraction.claims]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--folds", nargs="*", help="test only these folders (each still trained on all the others)")
    ap.add_argument("--errors", help="write the claims rules+tagger>=0.8 adds (false, gained) to this file")
    args = ap.parse_args()
    import pycrfsuite

    extractor = AttributionExtractor(nlp=False)
    keys = set(extractor.registry.sources)
    its = items(extractor)
    folders = sorted({it.folder for it in its})
    print(f"{len(its)} articles, {sum(len(t) for it in its for t in it.toks)} tokens, folders {folders}")
    rows = {"rules": Score()}
    for t in THRESHOLDS:
        rows[f"tagger>={t}"] = Score()
        rows[f"rules+tagger>={t}"] = Score()
        rows[f"rules+tagger>={t} +drop own"] = Score()
        rows[f"rules+tagger>={t} disjoint"] = Score()
        rows[f"rules+tagger>={t} cued"] = Score()
        rows[f"rules+tagger>={t} cued+named"] = Score()
    per_fold = {}
    errors = []
    reach = [0, 0, 0]  # rules' missed core gold claims the tagger (all its claims) matches; right source; in a
    # sentence where the rules made an attributed claim
    tmpdir = tempfile.TemporaryDirectory(prefix="tagger-cv-")  # the folds' model files, removed at the end
    tmp = Path(tmpdir.name)
    for folder in args.folds or folders:
        path = str(tmp / f"{folder.replace('/', '_')}.crf")
        train([it for it in its if it.folder != folder], path, args.c1, args.c2)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        fold = {k: Score() for k in rows}
        for it in (x for x in its if x.folder == folder):
            doc = extractor.document(it.article, steps=RULES)
            rules = list(doc.extraction.claims)
            props = proposals(doc, it, tagger, rules)
            with_source = {s.index for s, f in zip(doc.sentences, it.feats) if f and any(
                x.endswith("SOURCE") for x in tagger.tag(f))}
            rj = ranked(doc, rules)
            fold["rules"].add(score_article(rj, it.gold, keys))
            tj = ranked(doc, [c for _, c, _ in props])
            got = {j for _, j in match(rj, it.gold)}
            ruled = {c.sentence for c in rules if not c.own}
            for i, j in match(tj, it.gold):
                if j not in got and not it.gold[j].get("optional"):
                    reach[0] += 1
                    reach[1] += source_correct(tj[i], it.gold[j], keys)
                    reach[2] += tj[i]["sentence"] in ruled
            for t in THRESHOLDS:
                kept = [c for p, c, _ in props if p >= t]
                fold[f"tagger>={t}"].add(score_article(ranked(doc, kept), it.gold, keys))
                add = [c for p, c, free in props if p >= t and free]
                sc = score_article(ranked(doc, rules + add), it.gold, keys)
                fold[f"rules+tagger>={t}"].add(sc)
                if t == 0.8 and args.errors:
                    before = {json.dumps(e, ensure_ascii=False) for e in score_article(rj, it.gold, keys).errors}
                    errors += [{"article": it.name, **e} for e in sc.errors
                               if json.dumps(e, ensure_ascii=False) not in before]
                keep = [r for r in rules if not (r.own and any(overlap((r.start, r.end), (c.start, c.end)) >= 0.5
                                                               for c in add))]
                fold[f"rules+tagger>={t} +drop own"].add(score_article(ranked(doc, keep + add), it.gold, keys))
                cued = [c for c in add if c.cue_start is not None]
                fold[f"rules+tagger>={t} cued"].add(score_article(ranked(doc, rules + cued), it.gold, keys))
                named = [c for c in cued if c.sentence in with_source]
                fold[f"rules+tagger>={t} cued+named"].add(score_article(ranked(doc, rules + named), it.gold, keys))
                # any sentence: tagger claims that overlap no attributed rule claim (not the brief's restriction)
                apart = [c for p, c, _ in props if p >= t and not any(
                    not r.own and overlap((r.start, r.end), (c.start, c.end)) > 0 for r in rules)]
                keep = [r for r in rules if not (r.own and any(overlap((r.start, r.end), (c.start, c.end)) >= 0.5
                                                               for c in apart))]
                fold[f"rules+tagger>={t} disjoint"].add(score_article(ranked(doc, keep + apart), it.gold, keys))
        for k in rows:
            rows[k].add(fold[k])
        per_fold[folder] = fold
        f = fold["rules"], fold["rules+tagger>=0.8"]
        print(f"fold {folder}: rules tp {f[0].tp} fp {f[0].fp} fn {f[0].fn} src {f[0].source_ok} | "
              f"+tagger>=0.8 tp {f[1].tp} fp {f[1].fp} fn {f[1].fn} src {f[1].source_ok}", flush=True)
    if args.errors:
        Path(args.errors).write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in errors), encoding="utf-8")
    for folder, fold in per_fold.items():
        print(f"fold {folder}: " + "; ".join(f"{k} {fold[k].tp}/{fold[k].fp}/{fold[k].fn} src {fold[k].source_ok}"
                                             for k in ("rules", "tagger>=0.0", "rules+tagger>=0.8")))
    print(f"rules' misses the tagger's claims match: {reach[0]}, right source {reach[1]}, in a sentence with an "
          f"attributed rule claim {reach[2]}")
    print("\n| system | tp | fp | fn | P | R | F1 | source acc. (right/tp) |\n|---|---|---|---|---|---|---|---|")
    for k, s in rows.items():
        print(f"| {k} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | "
              f"{s.source_accuracy:.3f} ({s.source_ok}/{s.tp}) |")


if __name__ == "__main__":
    main()
