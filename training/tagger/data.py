"""The tagger's data: the development gold articles, the rules' Document of each, and per sentence its tokens,
features and gold BIO labels.

Development folders only (FOLDERS, plus the seed's gold); the held-out sets (unseen-2015-e/-f/-g/-h,
pud-speech/heldout) are never read."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kg.attribution import AttributionExtractor
from kg.attribution.pipeline import attribute_sentences, issued_statements, not_a_verb, outlet_voice, read_sentences
from kg.extract_eval import gold_files, load_article

from .tagger import gold_labels, sentence_features, tokens

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"
FOLDERS = ("dev", "dev-2", "unseen-2015", "unseen-2015-b", "unseen-2015-c", "unseen-2015-d", "saudinewsnet",
           "pud-speech/dev")
SEED_GOLD = GOLD / "palmyra-kerry-lavrov.gold.json"
CORPUS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-syria-2015.jsonl"
RULES = (read_sentences, attribute_sentences, issued_statements, outlet_voice)  # the pipeline less its last steps


@dataclass
class Item:
    folder: str
    name: str
    article: object
    gold: list
    toks: list  # per sentence
    feats: list
    labels: list


def gold_paths():
    for folder in FOLDERS:
        for f in gold_files([GOLD / folder]):
            yield folder, f
    yield "seed", SEED_GOLD


def items(extractor: AttributionExtractor | None = None) -> list[Item]:
    extractor = extractor or AttributionExtractor(nlp=False)
    out = []
    for folder, f in gold_paths():
        gold = json.loads(f.read_text(encoding="utf-8"))
        art = load_article(gold, f, CORPUS, ROOT / "seeds")
        doc = extractor.document(art, steps=(read_sentences,))
        toks = [tokens(s) for s in doc.sentences]
        feats = [sentence_features(s, t, not_a_verb) for s, t in zip(doc.sentences, toks)]
        labels = [gold_labels(s, t, gold["claims"]) for s, t in zip(doc.sentences, toks)]
        out.append(Item(folder, f.name, art, gold["claims"], toks, feats, labels))
    return out
