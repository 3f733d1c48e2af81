"""Pretrain a small BERT-style encoder from scratch (MLM on normalized SaudiNewsNet), then fine-tune it
as a 3-class claim-pair cross-encoder ("[CLS] a [SEP] b [SEP]") and score it on ANS stance-dev.

    PYTHONUNBUFFERED=1 python pretrain_finetune.py --data DATA --out OUT [--pretrain-s 270 --deadline-s 480]

DATA is prepare.py's output. Plain PyTorch (torch + numpy only), no pretrained weights anywhere.
Every phase stops on a wall-clock budget; results are written after each phase/run so a later failure
keeps what came before. Writes into OUT: log.txt, results.json, dev_probs.npz (per run and epoch,
class probabilities on ANS dev in stance-dev.csv row order; labels contradicts/supports/unrelated),
and the weights (float16 state dict, split into ≤15 MB parts weights.pt.partN: the pretrained encoder
until fine-tuning finishes, then the fine-tuned model of the chosen variant's seed 0).
"""
from __future__ import annotations

import argparse
import io
import json
import lzma
import math
import os
import random
import sys
import time
import traceback
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

PAD, UNK, CLS, SEP, MASK = range(5)
LABELS = ("contradicts", "supports", "unrelated")
T0 = time.time()
OUT: Path = Path(".")


def log(*a):
    msg = f"[{time.time() - T0:6.1f}s] " + " ".join(str(x) for x in a)
    print(msg, flush=True)
    with open(OUT / "log.txt", "a", encoding="utf-8") as fh:
        fh.write(msg + "\n")


# ----------------------------------------------------------------------------------------------- model

class Block(nn.Module):
    def __init__(self, d, heads, ff, drop):
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.qkv, self.proj = nn.Linear(d, 3 * d), nn.Linear(d, d)
        self.fc1, self.fc2 = nn.Linear(d, ff), nn.Linear(ff, d)
        self.heads, self.drop = heads, drop

    def forward(self, x, mask):
        B, T, D = x.shape
        q, k, v = self.qkv(self.ln1(x)).view(B, T, 3, self.heads, D // self.heads).permute(2, 0, 3, 1, 4)
        a = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        x = x + F.dropout(self.proj(a.transpose(1, 2).reshape(B, T, D)), self.drop, self.training)
        return x + F.dropout(self.fc2(F.gelu(self.fc1(self.ln2(x)))), self.drop, self.training)


class Encoder(nn.Module):
    """Pre-LN Transformer encoder with learned positions and two segment embeddings."""

    def __init__(self, vocab, d=384, layers=6, heads=6, ff=1536, maxlen=128, drop=0.1):
        super().__init__()
        self.tok, self.pos, self.seg = nn.Embedding(vocab, d), nn.Embedding(maxlen, d), nn.Embedding(2, d)
        self.blocks = nn.ModuleList(Block(d, heads, ff, drop) for _ in range(layers))
        self.ln, self.drop = nn.LayerNorm(d), drop

    def forward(self, ids, seg=None, attend=None):
        T = ids.shape[1]
        x = self.tok(ids) + self.pos(torch.arange(T, device=ids.device))[None]
        if seg is not None:
            x = x + self.seg(seg)
        x = F.dropout(x, self.drop, self.training)
        mask = attend[:, None, None, :] if attend is not None else None
        for b in self.blocks:
            x = b(x, mask)
        return self.ln(x)


class MLM(nn.Module):
    def __init__(self, enc: Encoder):
        super().__init__()
        d = enc.tok.weight.shape[1]
        self.enc, self.dense, self.ln = enc, nn.Linear(d, d), nn.LayerNorm(d)
        self.bias = nn.Parameter(torch.zeros(enc.tok.weight.shape[0]))

    def forward(self, ids, where, targets):
        h = self.enc(ids)[where]  # only the masked positions
        h = self.ln(F.gelu(self.dense(h)))
        logits = h @ self.enc.tok.weight.t() + self.bias  # tied output embedding
        return F.cross_entropy(logits.float(), targets)


class PairClassifier(nn.Module):
    def __init__(self, enc: Encoder, n=3, drop=0.1):
        super().__init__()
        d = enc.tok.weight.shape[1]
        self.enc, self.pool, self.out, self.drop = enc, nn.Linear(d, d), nn.Linear(d, n), drop

    def forward(self, ids, seg, attend):
        h = torch.tanh(self.pool(self.enc(ids, seg, attend)[:, 0]))
        return self.out(F.dropout(h, self.drop, self.training))


def init_weights(m):
    for mod in m.modules():
        if isinstance(mod, (nn.Linear, nn.Embedding)):
            nn.init.normal_(mod.weight, std=0.02)
        if isinstance(mod, nn.Linear) and mod.bias is not None:
            nn.init.zeros_(mod.bias)


# ----------------------------------------------------------------------------------------------- utils

def autocast(dev):
    """bf16 on the GPU; off on CPU (slow there without AMX; the CPU runs are only smoke tests)."""
    return torch.autocast(dev.type, dtype=torch.bfloat16, enabled=dev.type == "cuda")


def adamw(model, lr, wd, dev):
    decay = [p for n, p in model.named_parameters() if p.ndim >= 2]
    rest = [p for n, p in model.named_parameters() if p.ndim < 2]
    kw = {"fused": True} if dev.type == "cuda" else {}
    return torch.optim.AdamW([{"params": decay, "weight_decay": wd}, {"params": rest, "weight_decay": 0.0}],
                             lr=lr, betas=(0.9, 0.98), eps=1e-6, **kw)


def save_weights(state: dict, stem: str, part_mb: int = 15):
    for old in OUT.glob("weights*.part*"):
        old.unlink()
    buf = io.BytesIO()
    torch.save({k: (v.half() if v.is_floating_point() else v).cpu() for k, v in state.items()}, buf)
    b = buf.getvalue()
    step = part_mb * 1024 * 1024
    for i in range(0, len(b), step):
        (OUT / f"{stem}.part{i // step}").write_bytes(b[i:i + step])
    log(f"saved {stem} ({len(b) / 1e6:.1f} MB in {math.ceil(len(b) / step)} parts)")


def scores(gold, pred):
    out = {}
    for c in range(3):
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        np_, ng = sum(1 for p in pred if p == c), sum(1 for g in gold if g == c)
        pr, rc = (tp / np_ if np_ else 0.0), (tp / ng if ng else 0.0)
        out[LABELS[c]] = {"precision": pr, "recall": rc, "f1": 2 * pr * rc / (pr + rc) if pr + rc else 0.0}
    out["macro_f1_cs"] = (out["contradicts"]["f1"] + out["supports"]["f1"]) / 2
    out["macro_f1"] = sum(out[c]["f1"] for c in LABELS) / 3
    out["accuracy"] = sum(1 for g, p in zip(gold, pred) if g == p) / len(gold)
    return out


# ----------------------------------------------------------------------------------------------- phases

def pretrain(args, data, dev, V):
    blob = lzma.decompress((data / "corpus.npy.xz").read_bytes())
    corpus = torch.from_numpy(np.load(io.BytesIO(blob)).astype(np.int64)).to(dev)
    N, T, B = len(corpus), args.seq, args.batch
    n_val = max(T * 64, N // 100)
    train_n = N - n_val  # the last 1% is held out for an MLM loss
    log(f"corpus {N / 1e6:.2f}M tokens (train {train_n / 1e6:.2f}M, held out {n_val / 1e3:.0f}k), vocab {V}")
    enc = Encoder(V, args.d, args.layers, args.heads, args.ff, args.seq, args.drop)
    model = MLM(enc)
    init_weights(model)
    model.to(dev)
    log(f"encoder {sum(p.numel() for p in enc.parameters()) / 1e6:.1f}M params "
        f"(d {args.d}, layers {args.layers}, heads {args.heads}, ff {args.ff})")
    opt = adamw(model, args.lr, 0.01, dev)
    g = torch.Generator(device=dev)
    g.manual_seed(0)
    ar = torch.arange(T - 1, device=dev)

    def batch(lo, hi, bsz, gen):
        starts = torch.randint(lo, hi - T, (bsz,), device=dev, generator=gen)
        ids = torch.cat([torch.full((bsz, 1), CLS, device=dev, dtype=torch.long), corpus[starts[:, None] + ar]], 1)
        r = torch.rand(ids.shape, device=dev, generator=gen)
        where = (r < 0.15) & (ids > MASK)
        targets = ids[where]
        inp = ids.clone()
        u = torch.rand(ids.shape, device=dev, generator=gen)
        inp[where & (u < 0.8)] = MASK
        rnd = where & (u >= 0.8) & (u < 0.9)
        inp[rnd] = torch.randint(5, V, (int(rnd.sum()),), device=dev, generator=gen)
        return inp, where, targets

    gv = torch.Generator(device=dev)
    gv.manual_seed(1)
    val = [batch(train_n, N, 128, gv) for _ in range(8)]

    def val_loss():
        model.eval()
        with torch.no_grad(), autocast(dev):
            v = float(np.mean([model(*b).item() for b in val]))
        model.train()
        return v

    budget, warm = args.pretrain_s, 0.06
    t_start, step, losses, hist = time.time(), 0, [], []
    model.train()
    while True:
        frac = (time.time() - t_start) / budget
        if frac >= 1 or (args.max_steps and step >= args.max_steps):
            break
        lr = args.lr * (frac / warm if frac < warm else max(0.0, (1 - frac) / (1 - warm)))
        for grp in opt.param_groups:
            grp["lr"] = lr
        inp, where, targets = batch(0, train_n, B, g)
        with autocast(dev):
            loss = model(inp, where, targets)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        step += 1
        if step % 10 == 0:
            losses.append(loss.item())
        if step % args.log_every == 0:
            el = time.time() - t_start
            rec = {"step": step, "s": round(el, 1), "lr": lr, "loss": float(np.mean(losses[-10:])) if losses else None,
                   "tok_per_s": round(step * B * T / el)}
            if step % (args.log_every * 5) == 0:
                rec["val_loss"] = val_loss()
            hist.append(rec)
            log("mlm", json.dumps(rec))
    el = time.time() - t_start
    final = {"steps": step, "seconds": round(el, 1), "tokens_seen": step * B * T,
             "epochs_of_corpus": step * B * T / train_n, "final_train_loss_last200": float(np.mean(losses[-20:])) if losses else None,
             "final_val_loss": val_loss(), "history": hist}
    log("mlm done", json.dumps({k: v for k, v in final.items() if k != "history"}))
    return enc, final


def pair_batches(rows, bsz, shuffle, rng, maxlen, dev):
    order = list(range(len(rows)))
    if shuffle:
        rng.shuffle(order)
    for i in range(0, len(order), bsz):
        chunk = [rows[j] for j in order[i:i + bsz]]
        seqs, segs = [], []
        for a, b, _ in chunk:
            a, b = list(a), list(b)
            while len(a) + len(b) + 3 > maxlen:  # longest first
                (a if len(a) >= len(b) else b).pop()
            seqs.append([CLS] + a + [SEP] + b + [SEP])
            segs.append([0] * (len(a) + 2) + [1] * (len(b) + 1))
        L = max(map(len, seqs))
        ids = torch.tensor([s + [PAD] * (L - len(s)) for s in seqs], device=dev)
        seg = torch.tensor([s + [0] * (L - len(s)) for s in segs], device=dev)
        y = torch.tensor([r[2] for r in chunk], device=dev)
        yield ids, seg, ids != PAD, y


def finetune(args, enc_state, V, rows, dev_rows, seed, dev):
    torch.manual_seed(seed)
    rng = random.Random(seed)
    enc = Encoder(V, args.d, args.layers, args.heads, args.ff, args.seq, args.drop)
    model = PairClassifier(enc)
    init_weights(model)
    if enc_state is not None:
        enc.load_state_dict(enc_state)
    model.to(dev)
    opt = adamw(model, args.ft_lr, 0.01, dev)
    steps = args.epochs * math.ceil(len(rows) / args.ft_batch)
    warm = max(1, int(0.1 * steps))
    step, per_epoch = 0, []
    gold = [r[2] for r in dev_rows]
    for ep in range(args.epochs):
        model.train()
        tot = 0.0
        for ids, seg, att, y in pair_batches(rows, args.ft_batch, True, rng, args.seq, dev):
            lr = args.ft_lr * (step / warm if step < warm else max(0.0, (steps - step) / (steps - warm)))
            for grp in opt.param_groups:
                grp["lr"] = lr
            with autocast(dev):
                loss = F.cross_entropy(model(ids, seg, att).float(), y)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            tot += loss.item() * len(y)
        model.eval()
        P = []
        with torch.no_grad(), autocast(dev):
            for ids, seg, att, _ in pair_batches(dev_rows, 256, False, rng, args.seq, dev):
                P.append(torch.softmax(model(ids, seg, att).float(), -1).cpu().numpy())
        P = np.concatenate(P)
        s = scores(gold, list(P.argmax(1)))
        per_epoch.append({"P": P, "train_loss": tot / len(rows), "scores": s})
    state = {k: v.detach().cpu() for k, v in model.state_dict().items()}
    return per_epoch, state


def main() -> int:
    global OUT
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--pretrain-s", type=float, default=270)
    ap.add_argument("--deadline-s", type=float, default=480, help="from start; no fine-tuning run starts past it")
    ap.add_argument("--max-steps", type=int, default=0)
    ap.add_argument("--log-every", type=int, default=100)
    ap.add_argument("--seq", type=int, default=128)
    ap.add_argument("--batch", type=int, default=512)
    ap.add_argument("--lr", type=float, default=8e-4)
    ap.add_argument("--d", type=int, default=384)
    ap.add_argument("--layers", type=int, default=6)
    ap.add_argument("--heads", type=int, default=6)
    ap.add_argument("--ff", type=int, default=1536)
    ap.add_argument("--drop", type=float, default=0.1)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--ft-lr", type=float, default=1e-4)
    ap.add_argument("--ft-batch", type=int, default=32)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--ft-limit", type=int, default=0, help="only this many training pairs (a quick test)")
    args = ap.parse_args()
    OUT = Path(args.out)
    OUT.mkdir(parents=True, exist_ok=True)
    dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        torch.set_float32_matmul_precision("high")
    except Exception:
        pass
    data = Path(args.data)
    V = json.loads((data / "tokenizer.json").read_text(encoding="utf-8"))["model"]["vocab"].__len__()
    log(f"device {dev} {torch.cuda.get_device_name() if dev.type == 'cuda' else ''}, torch {torch.__version__}, "
        f"args {json.dumps(vars(args))}")
    results = {"args": vars(args), "device": torch.cuda.get_device_name() if dev.type == "cuda" else "cpu",
               "torch": torch.__version__, "phases_s": {}, "runs": {}}

    def dump():
        (OUT / "results.json").write_text(json.dumps(results, indent=1))

    t = time.time()
    enc_state = None
    try:
        enc, results["mlm"] = pretrain(args, data, dev, V)
        enc_state = {k: v.detach().clone() for k, v in enc.state_dict().items()}
        del enc
        save_weights(enc_state, "weights_pretrained.pt")
    except Exception:
        log("PRETRAINING FAILED\n" + traceback.format_exc())
    results["phases_s"]["pretrain_total"] = round(time.time() - t, 1)
    dump()

    pairs = json.loads(lzma.decompress((data / "pairs.json.xz").read_bytes()))
    assert tuple(pairs["labels"]) == LABELS
    lim = (lambda r: r[:args.ft_limit]) if args.ft_limit else (lambda r: r)
    ans = lim(pairs["ans_train"])
    swapped = ans + [[b, a, y] for a, b, y in ans]
    variants = {
        "ans": ans,
        "ans+swap": swapped,
        "ans+swap+unrel+nli": swapped + lim(pairs["drawn_unrelated"]) + lim(pairs["arbteds"]) + lim(pairs["arnli"]),
    }
    plan = [(v, s, True) for v in ("ans", "ans+swap") for s in range(args.seeds)]
    plan += [("ans+swap", 0, False)]
    plan += [("ans+swap+unrel+nli", s, True) for s in range(args.seeds)]
    plan += [("ans+swap", s, False) for s in range(1, args.seeds)]
    dev_rows = pairs["ans_dev"]
    probs, states, took = {}, {}, {}
    t = time.time()
    for variant, seed, pre in plan:
        if pre and enc_state is None:
            continue
        name = f"{'' if pre else 'scratch:'}{variant}:seed{seed}"
        est = max(took.values(), default=0.0) * len(variants[variant])  # seconds per pair so far × pairs
        if time.time() - T0 + est > args.deadline_s:
            log(f"skip {name}: deadline")
            continue
        t1 = time.time()
        try:
            per_epoch, state = finetune(args, enc_state if pre else None, V, variants[variant], dev_rows, seed, dev)
        except Exception:
            log(f"FINE-TUNING {name} FAILED\n" + traceback.format_exc())
            continue
        took[name] = (time.time() - t1) / len(variants[variant])
        states[name] = state
        for ep, r in enumerate(per_epoch, 1):
            probs[f"{name}:ep{ep}"] = r["P"].astype(np.float32)
        results["runs"][name] = {"seconds": round(time.time() - t1, 1), "train_pairs": len(variants[variant]),
                                 "epochs": [{"epoch": ep, "train_loss": r["train_loss"], **r["scores"]}
                                            for ep, r in enumerate(per_epoch, 1)]}
        last = per_epoch[-1]["scores"]
        log(f"{name}: {time.time() - t1:.1f}s; last epoch macro-F1(c,s) {last['macro_f1_cs']:.3f} "
            f"(c {last['contradicts']['f1']:.3f}, s {last['supports']['f1']:.3f}), 3-class {last['macro_f1']:.3f}; "
            f"per epoch c,s: {[round(r['scores']['macro_f1_cs'], 3) for r in per_epoch]}")
        np.savez_compressed(OUT / "dev_probs.npz", **probs)
        dump()
    results["phases_s"]["finetune_total"] = round(time.time() - t, 1)
    # summary: mean over seeds of the last epoch
    summ = {}
    for name, r in results["runs"].items():
        key = name.rsplit(":", 1)[0]
        summ.setdefault(key, []).append(r["epochs"][-1]["macro_f1_cs"])
    results["summary_last_epoch_macro_f1_cs"] = {k: {"mean": float(np.mean(v)), "per_seed": v} for k, v in summ.items()}
    log("summary", json.dumps(results["summary_last_epoch_macro_f1_cs"]))
    dump()
    pre_keys = [k for k in summ if not k.startswith("scratch:")]
    if pre_keys:
        best = max(pre_keys, key=lambda k: np.mean(summ[k]))
        results["weights_of"] = f"{best}:seed0"
        if f"{best}:seed0" in states:
            save_weights(states[f"{best}:seed0"], "weights_finetuned.pt")
    results["total_s"] = round(time.time() - T0, 1)
    dump()
    log("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
