"""Prepare the encoder experiment's data: normalized SaudiNewsNet text → a WordPiece tokenizer and a
uint16 token stream for MLM pretraining, plus the tokenized fine-tuning/eval pairs.

    /work/venv-enc/bin/python training/encoder/prepare.py --out /work/main/.enc/data [--max-articles N]

Writes into --out:
  tokenizer.json       WordPiece, vocab --vocab (default 16000), trained on the normalized news text
  corpus.npy.xz        uint16 ids, articles joined with [SEP] (lzma-compressed .npy)
  pairs.json.xz        {"labels", "ans_train", "drawn_unrelated", "ans_dev", "arbteds", "arnli"}: lists of [ids_a, ids_b, label]
                       (ans_dev in stance-dev.csv row order)
Only SaudiNewsNet 2015 (the zips; the syria jsonl is a subset of them), ANS stance-train/dev and the
`train` files of ArbTEDS / ArNLI are read.
"""
from __future__ import annotations

import argparse
import csv
import glob
import io
import json
import lzma
import re
import sys
import time
import zipfile
from pathlib import Path

import numpy as np

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"  # ../shared beside the checkout
LABELS = ("contradicts", "supports", "unrelated")
ANS_MAP = {"agree": "supports", "disagree": "contradicts", "other": "unrelated"}
ARNLI_MAP = {"0": "unrelated", "1": "supports", "2": "contradicts"}
ARBTEDS_MAP = {"0": "unrelated", "1": "supports"}
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]

_HARAKAT = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # diacritics + tatweel
_TRANS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي",
                        **{chr(0x660 + i): str(i) for i in range(10)}, **{chr(0x6f0 + i): str(i) for i in range(10)},
                        "“": '"', "”": '"', "«": '"', "»": '"', "’": "'", "‘": "'", "\u200f": " ", "\u200e": " ",
                        "\u200b": " ", "\xa0": " "})


def normalize(text: str) -> str:
    """No harakat/tatweel, one alef, ى→ي, Arabic-Indic digits → ASCII, quotes unified, spaces collapsed."""
    return re.sub(r"\s+", " ", _HARAKAT.sub("", text).translate(_TRANS)).strip().lower()


def desegment(text: str) -> str:  # as training/nli_data.py: ArbTEDS's "ل لحوار مع ها" → "للحوار معها"
    pre = re.compile(r"(?<!\S)([وفبلكس]) (?=\S)")
    suf = re.compile(r"(?<=\S) (ه|ها|هم|هما|هن|ك|كم|كن|ي|نا)(?!\S)")
    t, prev = re.sub(r"\s+", " ", text).strip(), None
    while prev != t:
        prev, t = t, pre.sub(r"\1", t)
    return suf.sub(r"\1", t)


def articles(max_articles: int | None):
    n = 0
    for z in sorted(glob.glob(str(SHARED / "news" / "saudinewsnet-2015" / "*.zip"))):
        with zipfile.ZipFile(z) as f:
            for name in f.namelist():
                for a in json.loads(f.read(name)):
                    text = normalize((a.get("title") or "") + " . " + (a.get("content") or ""))
                    if len(text) > 50:
                        yield text
                        n += 1
                        if max_articles and n >= max_articles:
                            return


def read_pairs(path: Path, a: str, b: str, lab: str, mapping, fix=lambda s: s):
    with open(path, encoding="utf-8") as fh:
        rd = csv.DictReader(fh)
        assert {a, b, lab} <= set(rd.fieldnames), (path, rd.fieldnames)
        return [(normalize(fix(r[a])), normalize(fix(r[b])), mapping[r[lab].strip()]) for r in rd]


def drawn_unrelated(rows, n: int, seed: int = 17):
    """n (a, b, "unrelated") pairs of ANS train headlines from different stories (texts joined by a row
    are one story), like training/train_relate.py's unrelated_pairs, without its shared-word half."""
    import random

    parent: dict[str, str] = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in rows:
        parent[find(a)] = find(b)
    texts = sorted(parent)
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        a, b = rng.sample(texts, 2)
        if find(a) != find(b):
            out.append((a, b, "unrelated"))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--vocab", type=int, default=16000)
    ap.add_argument("--max-articles", type=int, default=None, help="a small slice, for a quick test")
    args = ap.parse_args()
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    docs = list(articles(args.max_articles))
    ans_train = read_pairs(SHARED / "ans" / "stance-train.csv", "s1", "s2", "stance", ANS_MAP)
    ans_dev = read_pairs(SHARED / "ans" / "stance-dev.csv", "s1", "s2", "stance", ANS_MAP)
    # ArbTEDS: claim = headline h, sentence = t (as training/nli_data.py); ArNLI: premise t, hypothesis h
    arbteds = [(h, t, y) for t, h, y in read_pairs(SHARED / "nli" / "ArbTEDS" / "train_ArbTEDS.csv", "t", "h", "label",
                                                   ARBTEDS_MAP, desegment)]
    arnli = read_pairs(SHARED / "nli" / "ArNLI" / "train_nli.csv", "t", "h", "label", ARNLI_MAP)
    arnli = [r for r in arnli if r[0] and r[1]]
    print(f"{len(docs)} articles, {sum(map(len, docs)) / 1e6:.1f}M chars; ANS train {len(ans_train)} dev {len(ans_dev)}, "
          f"ArbTEDS {len(arbteds)}, ArNLI {len(arnli)} ({time.time() - t0:.0f} s)", flush=True)

    tok = Tokenizer(models.WordPiece(unk_token="[UNK]", max_input_chars_per_word=50))
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece()
    trainer = trainers.WordPieceTrainer(vocab_size=args.vocab, min_frequency=3, special_tokens=SPECIALS,
                                        limit_alphabet=300)
    # the pretraining text plus the ANS *train* headlines (never dev)
    tok.train_from_iterator(docs + [x for a, b, _ in ans_train for x in (a, b)], trainer=trainer)
    assert [tok.token_to_id(s) for s in SPECIALS] == list(range(5))
    tok.save(str(out / "tokenizer.json"))
    print(f"tokenizer: vocab {tok.get_vocab_size()} ({time.time() - t0:.0f} s)", flush=True)

    sep = tok.token_to_id("[SEP]")
    ids = []
    for i in range(0, len(docs), 2000):
        for e in tok.encode_batch(docs[i:i + 2000]):
            ids.extend(e.ids)
            ids.append(sep)
    arr = np.array(ids, dtype=np.uint16)
    buf = io.BytesIO()
    np.save(buf, arr)
    (out / "corpus.npy.xz").write_bytes(lzma.compress(buf.getvalue(), preset=6))
    unk = float((arr == tok.token_to_id("[UNK]")).mean())
    print(f"corpus: {len(arr) / 1e6:.2f}M tokens ({len(arr) / max(1, sum(len(d.split()) for d in docs)):.2f}/word, "
          f"UNK {unk:.4%}), {(out / 'corpus.npy.xz').stat().st_size / 1e6:.1f} MB ({time.time() - t0:.0f} s)", flush=True)

    def enc(rows):
        ea = tok.encode_batch([r[0] for r in rows], add_special_tokens=False)
        eb = tok.encode_batch([r[1] for r in rows], add_special_tokens=False)
        return [[x.ids, y.ids, LABELS.index(r[2])] for x, y, r in zip(ea, eb, rows)]

    pairs = {"labels": LABELS, "ans_train": enc(ans_train), "drawn_unrelated": enc(drawn_unrelated(ans_train, 1000)), "ans_dev": enc(ans_dev), "arbteds": enc(arbteds),
             "arnli": enc(arnli)}
    (out / "pairs.json.xz").write_bytes(lzma.compress(json.dumps(pairs).encode()))
    lens = [len(a) + len(b) + 3 for a, b, _ in pairs["ans_train"]]
    print(f"pairs: ANS train lengths median {int(np.median(lens))}, max {max(lens)}; "
          f"ArbTEDS max {max(len(a) + len(b) + 3 for a, b, _ in pairs['arbteds'])}; "
          f"{(out / 'pairs.json.xz').stat().st_size / 1e6:.2f} MB ({time.time() - t0:.0f} s)")
    print("example:", tok.encode(ans_dev[0][0]).tokens[:30])
    return 0


if __name__ == "__main__":
    sys.exit(main())
