"""The proposer's data: the development gold articles, the rules' claims on them, every candidate and its label.

Only the development folders (DEV_FOLDERS); the held-out sets unseen-2015-d/-e are never read.

Label of a candidate, found by scoring (kg.extract_eval): adding its proposal alone to the rules' claims of its
article gains a core gold claim with a tight span (1), adds a false claim (0), or does neither (None: it
overlaps an optional gold claim, or matches only loosely — a whole sentence round a short quotation passes the
scorer's overlap of the shorter span; such candidates are left out of training)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kg.attribution import AttributionExtractor
from kg.attribution.pipeline import attribute_sentences, outlet_voice, place_and_rank, read_sentences
from kg.attribution.proposer import article_candidates, proposal, propose_missed, subject_finder
from kg.extract_eval import _iou, gold_files, load_article, match, score_article, source_correct

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"
DEV_FOLDERS = ("dev", "dev-2", "unseen-2015", "unseen-2015-b", "unseen-2015-c", "saudinewsnet")
CORPUS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"
RULES = (read_sentences, attribute_sentences, outlet_voice)  # the steps before the proposer's
TIGHT = 0.5  # intersection over union a gained claim's span needs with its gold span to count as tight


@dataclass
class Item:
    folder: str
    article: object
    gold: list
    sentences: list
    cues: list
    cands: list
    rules: list  # the rules' claims, as the extractor's JSON
    labels: list


def dev_articles():
    """(folder, gold path, gold dict, Article) for every development gold file."""
    for folder in DEV_FOLDERS:
        for f in gold_files([GOLD / folder]):
            gold = json.loads(f.read_text(encoding="utf-8"))
            yield folder, f, gold, load_article(gold, f, CORPUS, ROOT / "seeds")


def gained(rules: list, props: list, gold: list, keys) -> tuple[int, int]:
    """Of the core gold claims the proposals take that the rules alone did not: how many with a tight span,
    and how many of those with the right source."""
    base = {j for _, j in match(rules, gold)}
    tight = right = 0
    for i, j in match(rules + props, gold):
        g = gold[j]
        if i >= len(rules) and j not in base and not g.get("optional") and _iou(props[i - len(rules)], g) >= TIGHT:
            tight += 1
            right += source_correct(props[i - len(rules)], g, keys)
    return tight, right


def label(rules: list, prop: dict, gold: list, keys, base) -> int | None:
    sc = score_article(rules + [prop], gold, keys)
    if sc.tp > base.tp:
        return 1 if gained(rules, [prop], gold, keys)[0] else None
    return 0 if sc.fp > base.fp else None


def items(extractor: AttributionExtractor | None = None) -> list[Item]:
    extractor = extractor or AttributionExtractor(nlp=False)
    keys = set(extractor.registry.sources)
    out = []
    for folder, _f, gold, art in dev_articles():
        doc = extractor.document(art, steps=RULES)
        sentences, cues, cands = article_candidates(doc)
        claims = doc.extraction.claims
        rules = [c.to_json() for c in claims]
        base = score_article(rules, gold["claims"], keys)
        subject = subject_finder(doc)
        labels = [label(rules, proposal(art, sentences, cues, claims, c, subject).to_json(), gold["claims"], keys,
                        base) for c in cands]
        out.append(Item(folder, art, gold["claims"], sentences, cues, cands, rules, labels))
    return out


def training_set(its: list[Item]) -> tuple[list, list]:
    cands = [c for it in its for c, y in zip(it.cands, it.labels) if y is not None]
    return cands, [y for it in its for y in it.labels if y is not None]


def extract_with(extractor, article, model, threshold: float | None):
    """The article's claims (JSON) from the rules, then the proposer with `model` (none when threshold is None)."""
    steps = RULES + ((lambda doc: propose_missed(doc, model, threshold)),) if threshold is not None else RULES
    return [c.to_json() for c in extractor.extract(article, steps=steps + (place_and_rank,)).claims]
