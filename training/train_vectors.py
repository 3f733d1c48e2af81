"""Word vectors for relation features, trained here on SaudiNewsNet (July 2015 zips).

    nice python -m training.train_vectors            # → models/relate-vectors.npz
    python -m training.train_vectors --stanza --out models/stanza/ar_saudinewsnet_vectors.pt

--stanza trains the vectors the stanza models use (training/train_stanza.py runs it): tokens are
kg.nlp.stanza_normalize'd text split into words and punctuation (the spelling the stanza models
see, hamza letters and ta marbuta kept), 50 dimensions, written as stanza's pretrain .pt file.

gensim CBOW on normalized tokens (kg.text.tokens: the same normalization `relate` uses),
fixed seed and one worker thread, so the run is reproducible. Only the most frequent
words are kept and stored as float16 (numpy .npz: `words`, `vectors`), which keeps the
shipped file small and the runtime free of gensim.
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np

import re

from kg.text import split_sentences, tokens

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-2015"
DEFAULT_ZIPS = ["2015-07-21.zip", "2015-07-22.zip", "2015-07-23.zip", "2015-07-24.zip",
                "2015-07-25.zip", "2015-07-26.zip", "2015-07-27.zip", "2015-07-31.zip"]
OUT = ROOT / "models" / "relate-vectors.npz"


def sentences(zips: list[Path]):
    return sentences_for(zips, tokens)


_STANZA_TOKEN = re.compile(r"\w+|[^\w\s]")


def stanza_tokens(text: str) -> list[str]:
    from kg.nlp import stanza_normalize
    return _STANZA_TOKEN.findall(stanza_normalize(text))


def articles(zips) -> Iterator[dict]:
    """The SaudiNewsNet articles (title, content, …) of these daily .zip files, in file order."""
    for z in zips:
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if name.endswith(".json"):
                    yield from json.loads(zf.read(name).decode("utf-8"))


def sentences_for(zips: list[Path], tokenize):
    for art in articles(zips):
        for field in ("title", "content"):
            text = art.get(field) or ""
            for sp in split_sentences(text):
                toks = tokenize(text[sp.start:sp.end])
                if len(toks) >= 3:
                    yield toks


def write_stanza_pretrain(words: list[str], vecs: np.ndarray, out: Path) -> None:
    """stanza's pretrain file (stanza.models.common.pretrain), via its own text-format reader."""
    import tempfile
    from stanza.models.common.pretrain import Pretrain
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        txt = Path(tmp) / "vectors.txt"
        with open(txt, "w", encoding="utf-8") as fh:
            fh.write(f"{len(words)} {vecs.shape[1]}\n")
            for w, v in zip(words, vecs):
                fh.write(w + " " + " ".join(f"{x:.4f}" for x in v) + "\n")
        pre = Pretrain(str(out), str(txt))
        pre.load()  # converts and saves to `out`


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--news", default=str(NEWS))
    ap.add_argument("--zips", nargs="*", default=DEFAULT_ZIPS)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--keep", type=int, default=30000, help="most frequent words kept in the shipped file")
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--out", default=None, help=f"default {OUT}")
    ap.add_argument("--stanza", action="store_true", help="stanza pretrain .pt for the stanza models")
    args = ap.parse_args(argv)
    if args.stanza:
        if args.dim == 100:
            args.dim = 50
        if args.keep == 30000:
            args.keep = 50000
    args.out = args.out or str(OUT)
    from gensim.models import Word2Vec  # training-time only

    t0 = time.time()
    zips = [Path(args.news) / z for z in args.zips]
    sents = list(sentences_for(zips, stanza_tokens) if args.stanza else sentences(zips))
    ntok = sum(map(len, sents))
    print(f"{len(sents)} sentences, {ntok} tokens read in {time.time() - t0:.0f} s")
    m = Word2Vec(sents, vector_size=args.dim, window=5, min_count=5, sg=0, workers=1, seed=13,
                 epochs=args.epochs)
    words = m.wv.index_to_key[:args.keep]
    vecs = np.stack([m.wv[w] for w in words]).astype(np.float32)
    if args.stanza:
        write_stanza_pretrain(words, vecs, Path(args.out))
        print(f"{len(words)} words × {args.dim} d → {args.out} ({Path(args.out).stat().st_size / 1e6:.1f} MB) "
              f"in {time.time() - t0:.0f} s")
        return 0
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, words=np.array(words), vectors=vecs.astype(np.float16))
    print(f"{len(words)} words × {args.dim} d → {args.out} ({Path(args.out).stat().st_size / 1e6:.1f} MB) "
          f"in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
