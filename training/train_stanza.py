"""Train the shipped Arabic stanza pipeline (models/stanza/) from the data in ../shared, on CPU.

    python -m training.train_stanza                         # all models: ~75 min wall clock, one thread
    python -m training.train_stanza --only score            # re-measure the shipped models → SCORES.json
    python -m training.train_stanza --only pos,depparse     # some of them
    python -m training.train_stanza --quick --out /tmp/m    # smoke run: a minute or so per model

Every text goes through kg.nlp.stanza_normalize (no diacritics/tatweel, bare alef, Arabic
punctuation) first, so
training and run time (kg.nlp.analyse) see the same spelling. Data is prepared in a scratch
directory (--work, default /tmp/sanad-stanza-work), never in the repository; training uses
stanza's own `stanza.utils.training.run_*` entry points with --no_charlm (no Arabic charlm
can be downloaded here), one thread, fixed seeds.

Models, data and held-out splits (all fixed, in file order):
  tokenize  UD_Arabic-PUD (1,000 sentences, test file only): sentences 1-800 train,
            801-900 dev, 901-1000 test; consecutive sentences grouped 8 to a paragraph
  pos, lemma, depparse
            UD_Arabic-PADT v1 dev+test: dev file sentences 1-708 train, 709-786 dev;
            test file (704 sentences) = test
  ner       NewsFANE gold, sentences split 80/10/10 in file order; 50 fine classes mapped to
            PER/ORG/LOC/GOV/MEDIA/MISC by NER_MAP below
  vectors   gensim CBOW on SaudiNewsNet (training/train_vectors.py --stanza), used by pos,
            depparse and ner

Each model is trained under a wall-clock budget, BUDGET_MIN (stanza keeps the best-on-dev checkpoint, so a
stopped run still leaves its best model), then scored here through the shipped loader
(kg.nlp) on the held-out test split; scores go to <out>/SCORES.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from kg.nlp import MODEL_FILES, PRETRAIN_FILE, stanza_normalize

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "models" / "stanza"
SEED = 1234
ALL = ("vectors", "tokenize", "pos", "lemma", "depparse", "ner")

PUD = "UD_Arabic-PUD"     # stanza shorthand ar_pud
PUD_PARAGRAPH = 8         # sentences per paragraph in the tokenizer's training text
PADT = "UD_Arabic-PADT"   # stanza shorthand ar_padt
NER_SHORT = "ar_newsfane"          # NewsFANE's own tokens
NER_RETOK = "ar_newsfanetok"       # the same sentences re-tokenized by the shipped tokenizer (run-time tokens)
# prefix clitics the PUD tokenizer splits off; split from the first token of an entity they stay outside it
PREFIX_CLITICS = {"و", "ف", "ب", "ل", "ك", "س"}

# NewsFANE fine class → label shipped. Government bodies, armies, police forces, parliaments and
# ministries are GOV; news agencies, papers and channels MEDIA; other organisations (UN, parties,
# armed groups, companies, clubs, universities) ORG; places LOC; people PER (Group = a people,
# "العرب", is not a person and goes to MISC with works, products and events).
NER_MAP = {
    # people
    "Politician": "PER", "Athlete": "PER", "Artist": "PER", "Other_PER": "PER", "Religious_PER": "PER",
    "Scientist": "PER", "Businessperson": "PER", "Lawyer": "PER", "Engineer": "PER", "Police": "PER",
    # state institutions
    "Government": "GOV",
    # media
    "Media": "MEDIA",
    # other organisations
    "Non-Governmental": "ORG", "Commercial": "ORG", "Sports": "ORG", "Educational": "ORG",
    "Medical-Science": "ORG", "Entertainment": "ORG", "Religious_ORG": "ORG",
    # places
    "Nation": "LOC", "Population-Center": "LOC", "State-or-Province": "LOC", "GPE-Cluster": "LOC",
    "County-or-District": "LOC", "Continent": "LOC", "Water-Body": "LOC", "Land": "LOC",
    "Land-Region-Natural": "LOC", "Celestial": "LOC", "Building-Grounds": "LOC", "Path": "LOC",
    "Airport": "LOC", "Subarea-Facility": "LOC",
    # everything else
    "Group": "MISC", "Book": "MISC", "Movie": "MISC", "Software": "MISC", "Hardware": "MISC",
    "Air": "MISC", "Water": "MISC", "Projectile": "MISC", "Shooting": "MISC", "Food": "MISC",
    "Drug": "MISC", "Plant": "MISC",
}

# Minutes of wall clock per model (one thread each) and step caps; --quick shrinks both.
BUDGET_MIN = {"tokenize": 8, "pos": 20, "lemma": 4, "depparse": 23, "ner": 13}
QUICK_MIN = {"tokenize": 1.5, "pos": 1.5, "lemma": 1, "depparse": 1.5, "ner": 1.5}
HIDDEN = ["--hidden_dim", "200", "--char_hidden_dim", "200"]


def train_args(component: str, quick: bool) -> list[str]:
    if component == "tokenize":
        return ["--steps", "300" if quick else "6000", "--eval_steps", "100" if quick else "200",
                "--seed", str(SEED)]
    if component == "pos":
        return ["--batch_size", "32", *HIDDEN, "--deep_biaff_hidden_dim", "200", "--max_steps",
                "60" if quick else "3000", "--eval_interval", "20" if quick else "50", "--seed", str(SEED)]
    if component == "lemma":
        return ["--num_epoch", "2" if quick else "10", "--seed", str(SEED)]
    if component == "depparse":
        return ["--batch_size", "1000", "--num_layers", "2", *HIDDEN, "--deep_biaff_hidden_dim", "200",
                "--max_steps", "60" if quick else "3000", "--eval_interval", "20" if quick else "100",
                "--seed", str(SEED)]
    if component == "ner":
        return ["--max_steps", "200" if quick else "20000", "--eval_interval", "100" if quick else "300",
                "--seed", str(SEED)]
    raise ValueError(component)


# ---------------------------------------------------------------- data preparation

def read_conllu(path: Path) -> list[list[str]]:
    """Sentences as lists of lines (comments and token lines)."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        sents.append(cur)
    return sents


def normalize_sentence(lines: list[str], fix_lemma: bool) -> list[str]:
    """stanza_normalize FORM (and LEMMA) and `# text`; drop other text comments."""
    out = []
    for line in lines:
        if line.startswith("#"):
            if line.startswith("# text ="):
                out.append("# text = " + stanza_normalize(line[len("# text ="):].strip()))
            elif line.startswith("# sent_id") or line.startswith("# newdoc"):
                out.append(line)
            continue
        cols = line.split("\t")
        cols[1] = stanza_normalize(cols[1]) or cols[1]
        if fix_lemma and cols[2] != "_":
            cols[2] = stanza_normalize(cols[2]) or cols[2]
        out.append("\t".join(cols))
    return out


def write_conllu(path: Path, sents: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join("\n".join(s) + "\n\n" for s in sents), encoding="utf-8")


def prepare_ud(shared: Path, ud: Path) -> dict:
    pud = [normalize_sentence(s, True) for s in read_conllu(shared / "data/ud/UD_Arabic-PUD/ar_pud-ud-test.conllu")]
    # PUD starts a new document at every sentence; stanza's tokenizer data then has one sentence per
    # paragraph and never learns to split sentences. Keep a document break every PUD_PARAGRAPH sentences.
    for i, sent in enumerate(pud):
        if i % PUD_PARAGRAPH:
            sent[:] = [line for line in sent if not line.startswith("# newdoc")]
    split = {"train": pud[:800], "dev": pud[800:900], "test": pud[900:]}
    for name, sents in split.items():
        write_conllu(ud / PUD / f"ar_pud-ud-{name}.conllu", sents)
    padt_dir = shared / "data/ud/UD_Arabic-PADT-v1-devtest"
    dev = [normalize_sentence(s, True) for s in read_conllu(padt_dir / "ar-ud-dev.conllu")]
    test = [normalize_sentence(s, True) for s in read_conllu(padt_dir / "ar-ud-test.conllu")]
    psplit = {"train": dev[:708], "dev": dev[708:], "test": test}
    for name, sents in psplit.items():
        # PADT v1 has no `# text`: stanza's preparation wants one
        fixed = []
        for s in sents:
            words = [line.split("\t")[1] for line in s if not line.startswith("#")]
            fixed.append(["# text = " + " ".join(words)] + [x for x in s if not x.startswith("# text")])
        write_conllu(ud / PADT / f"ar_padt-ud-{name}.conllu", fixed)
    return {"tokenize": {k: len(v) for k, v in split.items()}, "padt": {k: len(v) for k, v in psplit.items()}}


def read_newsfane(path: Path) -> list[list[tuple[str, str]]]:
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        parts = line.rstrip("\r").split("\t")
        if len(parts) != 2 or not parts[0].strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        word = stanza_normalize(parts[0]).strip()
        tag = parts[1].strip()
        if not word:
            continue
        if tag != "O":
            prefix, fine = tag.split("-", 1)
            tag = f"{prefix}-{NER_MAP[fine]}"
        cur.append((word, tag))
    if cur:
        sents.append(cur)
    # a B-/I- run that changes mapped class mid-entity stays as written (I- of another class is
    # read by stanza's BIO→BIOES conversion as a new entity)
    return sents


def prepare_ner(shared: Path, ner_dir: Path) -> dict:
    sents = read_newsfane(shared / "data/ner/newsfane-gold/NewsFANE_Gold_2014_170K.txt")
    n = len(sents)
    a, b = int(n * 0.8), int(n * 0.9)
    split = {"train": sents[:a], "dev": sents[a:b], "test": sents[b:]}
    ner_dir.mkdir(parents=True, exist_ok=True)
    for name, part in split.items():
        data = [[{"text": w, "ner": t} for w, t in s] for s in part]
        (ner_dir / f"{NER_SHORT}.{name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return {k: len(v) for k, v in split.items()}


def retokenize_ner(work: Path, out: Path) -> dict:
    """Write NER_RETOK.{train,dev,test}.json: NewsFANE sentences split by the shipped tokenizer.

    NewsFANE keeps clitics attached ("للامم"), the PUD tokenizer splits them ("ل" + "لامم"), so a
    model trained on NewsFANE tokens sees other tokens at run time. Each new token takes the label
    of the NewsFANE token it lies in; a prefix clitic split off the first token of an entity is O.
    """
    from stanza.models.common.doc import Document
    ner_dir = work / "data" / "ner"
    pipe = _pipeline(out, "tokenize", tokenize_no_ssplit=True)
    sizes = {}
    for name in ("train", "dev", "test"):
        sents = json.loads((ner_dir / f"{NER_SHORT}.{name}.json").read_text(encoding="utf-8"))
        texts = [" ".join(w["text"] for w in s) for s in sents]
        docs = pipe([Document([], text=t) for t in texts])
        new = []
        for sent, doc in zip(sents, docs):
            spans, pos = [], 0
            for w in sent:
                spans.append((pos, pos + len(w["text"])))
                pos += len(w["text"]) + 1
            idx, begun, res = 0, set(), []
            for tok in (t for s in doc.sentences for t in s.tokens):
                while idx < len(spans) - 1 and tok.start_char >= spans[idx][1]:
                    idx += 1
                tag = sent[idx]["ner"]
                if tag == "O":
                    res.append({"text": tok.text, "ner": "O"})
                    continue
                prefix, label = tag.split("-", 1)
                if prefix == "B" and idx not in begun and tok.text in PREFIX_CLITICS and tok.end_char < spans[idx][1]:
                    res.append({"text": tok.text, "ner": "O"})
                    continue
                res.append({"text": tok.text, "ner": f"{prefix}-{label}" if idx not in begun else f"I-{label}"})
                begun.add(idx)
            new.append(res)
        (ner_dir / f"{NER_RETOK}.{name}.json").write_text(json.dumps(new, ensure_ascii=False), encoding="utf-8")
        sizes[name] = len(new)
    return sizes


# ---------------------------------------------------------------- training

def env_for(work: Path) -> dict:
    env = dict(os.environ)
    env.update({"DATA_ROOT": str(work / "data"), "UDBASE": str(work / "ud"), "WORDVEC_DIR": str(work / "wordvec"),
                "STANZA_RESOURCES_DIR": str(work / "stanza_resources"),
                "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "PYTHONHASHSEED": str(SEED)})
    return env


def run(cmd: list[str], work: Path, log: Path, minutes: float | None = None) -> bool:
    """Run cmd with a wall-clock budget; True if it finished, False if stopped at the budget."""
    print("$", " ".join(cmd), f"(log {log}, budget {minutes} min)" if minutes else f"(log {log})", flush=True)
    with open(log, "a", encoding="utf-8") as fh:
        proc = subprocess.Popen(cmd, cwd=work, env=env_for(work), stdout=fh, stderr=subprocess.STDOUT,
                                start_new_session=True)
        try:
            rc = proc.wait(timeout=minutes * 60 if minutes else None)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait()
            print(f"  stopped at the {minutes} min budget; the best checkpoint so far is kept", flush=True)
            return False
    if rc != 0:
        raise SystemExit(f"failed (rc {rc}): {' '.join(cmd)}; see {log}")
    return True


def train(component: str, args, work: Path, saved: Path, vectors: Path | None) -> Path:
    py = sys.executable
    log = work / f"{component}.log"
    minutes = args.minutes or (QUICK_MIN if args.quick else BUDGET_MIN)[component]
    extra = train_args(component, args.quick)
    for flag, value in (("--max_steps", args.max_steps), ("--eval_interval", args.eval_interval)):
        if value and flag in extra:
            extra[extra.index(flag) + 1] = str(value)
    vec_args = ["--wordvec_pretrain_file", str(vectors)] if vectors else ["--no_pretrain"]
    # --force: retrain even if a model exists (run_* skip otherwise); the parser resumes from its checkpoint
    save = ["--save_dir", str(saved), "--save_name", MODEL_FILES[component], "--force"]
    if component == "tokenize":
        run([py, "-m", "stanza.utils.datasets.prepare_tokenizer_treebank", PUD], work, log)
        run([py, "-m", "stanza.utils.training.run_tokenizer", PUD, "--no_charlm", *save, *extra], work, log, minutes)
    elif component == "pos":
        run([py, "-m", "stanza.utils.datasets.prepare_pos_treebank", PADT], work, log)
        run([py, "-m", "stanza.utils.training.run_pos", PADT, "--no_charlm", *save, *vec_args, *extra],
            work, log, minutes)
    elif component == "lemma":
        run([py, "-m", "stanza.utils.datasets.prepare_lemma_treebank", PADT, "--gold"], work, log)
        run([py, "-m", "stanza.utils.training.run_lemma", PADT, "--no_charlm", *save, *extra], work, log, minutes)
    elif component == "depparse":
        run([py, "-m", "stanza.utils.datasets.prepare_depparse_treebank", PADT, "--gold"], work, log)
        run([py, "-m", "stanza.utils.training.run_depparse", PADT, "--no_charlm", *save, *vec_args, *extra],
            work, log, minutes)
    elif component == "ner":
        short = NER_SHORT if args.ner_tokens == "newsfane" else NER_RETOK
        if short == NER_RETOK:
            retokenize_ner(work, Path(args.out).resolve())
        run([py, "-m", "stanza.utils.training.run_ner", short, "--no_charlm", *save, *vec_args, *extra],
            work, log, minutes)
    model = saved / MODEL_FILES[component]
    if not model.is_file():
        raise SystemExit(f"{component}: no model saved in {saved}; see {log}")
    return model


def ship(model: Path, dest: Path) -> None:
    """Copy a trained model, its float32 weights stored as float16 (half the size in git).

    stanza loads weights with load_state_dict, which copies them into the float32 modules, so
    inference runs in float32 as trained; the scores below are measured on the shipped files.
    """
    import torch
    data = torch.load(model, map_location="cpu", weights_only=True)

    def half(obj):
        if isinstance(obj, torch.Tensor) and obj.dtype == torch.float32:
            return obj.half()
        if isinstance(obj, dict):
            return {k: half(v) for k, v in obj.items()}
        return obj

    if isinstance(data, dict) and "model" in data:
        data["model"] = half(data["model"])
    torch.save(data, dest)


# ---------------------------------------------------------------- scoring (through kg.nlp's loader)

def _pipeline(out: Path, processors: str, **kw):
    """The shipped loader (kg.nlp.load_pipeline) on `out`; with extra stanza options (pretokenized
    input), the same explicit paths, tokenizer model not needed."""
    os.environ["SANAD_STANZA_DIR"] = str(out)
    from kg import nlp
    nlp._CACHE.clear()
    if not kw:
        return nlp.load_pipeline(processors)
    import stanza
    paths = {}
    for proc in processors.split(","):
        if proc == "tokenize" and kw.get("tokenize_pretokenized"):
            continue
        paths[f"{proc}_model_path"] = str(out / MODEL_FILES[proc])
        if proc in nlp.USES_PRETRAIN and (out / PRETRAIN_FILE).is_file():
            paths[f"{proc}_pretrain_path"] = str(out / PRETRAIN_FILE)
    return stanza.Pipeline("ar", dir=str(out), processors=processors, download_method=None,
                           allow_unknown_language=True, use_gpu=False, logging_level="WARN", **paths, **kw)


def _ud(gold: Path, system_conllu: str) -> dict:
    import io
    from stanza.models.common.utils import ud_scores
    ev = ud_scores(str(gold), io.StringIO(system_conllu))
    return {k: round(100 * ev[k].f1, 2) for k in ("Tokens", "Sentences", "Words", "UPOS", "UFeats", "Lemmas",
                                                   "UAS", "LAS") if k in ev}


def score_tokenize(work: Path, out: Path) -> dict:
    from stanza.utils.conll import CoNLL
    gold = work / "ud" / PUD / "ar_pud-ud-test.conllu"
    texts = [line[len("# text = "):] for line in gold.read_text(encoding="utf-8").splitlines()
             if line.startswith("# text = ")]
    doc = _pipeline(out, "tokenize")(" ".join(texts))
    s = _ud(gold, "{:C}".format(doc) + "\n\n")
    return {"split": "UD_Arabic-PUD sentences 901-1000 (test)", "tokens_f1": s["Tokens"],
            "sentences_f1": s["Sentences"], "words_f1": s["Words"]}


def score_padt(work: Path, out: Path, processors: str, **kw) -> dict:
    gold = work / "ud" / PADT / "ar_padt-ud-test.conllu"
    sents = [[line.split("\t")[1] for line in s if not line.startswith("#")] for s in read_conllu(gold)]
    pipe = _pipeline(out, processors, tokenize_pretokenized=True, **kw)
    doc = pipe(sents)
    s = _ud(gold, "{:C}".format(doc) + "\n\n")
    keep = {"pos": ("UPOS", "UFeats"), "lemma": ("Lemmas",), "depparse": ("UAS", "LAS")}
    res = {"split": "UD_Arabic-PADT v1 test file (704 sentences), gold tokens, predicted tags"}
    for proc in processors.split(","):
        for k in keep.get(proc, ()):
            res[k] = s[k]
    return res


def _spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans, start, typ = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        p, _, c = t.partition("-")
        if start is not None and (p in ("O", "B", "S") or c != typ):
            spans.add((start, i, typ))
            start = None
        if p in ("B", "S") or (p in ("I", "E") and start is None):
            start, typ = i, c
        if p in ("E", "S") and start is not None:
            spans.add((start, i + 1, typ))
            start = None
    return spans


def score_ner(work: Path, out: Path, short: str = NER_SHORT) -> dict:
    data = json.loads((work / "data" / "ner" / f"{short}.test.json").read_text(encoding="utf-8"))
    pipe = _pipeline(out, "tokenize,ner", tokenize_pretokenized=True)
    doc = pipe([[w["text"] for w in s] for s in data])
    tp, fp, fn = Counter(), Counter(), Counter()
    for gs, ps in zip(data, doc.sentences):
        g = {(a, b, c) for a, b, c in _spans([w["ner"] for w in gs])}
        p = _spans([t.ner or "O" for t in ps.tokens])
        for x in p & g:
            tp[x[2]] += 1
        for x in p - g:
            fp[x[2]] += 1
        for x in g - p:
            fn[x[2]] += 1

    def f1(a, b, c):
        return round(200 * a / (2 * a + b + c), 2) if a else 0.0

    per = {c: {"f1": f1(tp[c], fp[c], fn[c]), "gold": tp[c] + fn[c]} for c in sorted(set(tp) | set(fn) | set(fp))}
    tokens = "NewsFANE's tokens" if short == NER_SHORT else "re-tokenized by the shipped tokenizer (run-time tokens)"
    return {"split": f"NewsFANE gold sentences, last 10% in file order ({len(data)} sentences), {tokens}",
            "micro_f1": f1(sum(tp.values()), sum(fp.values()), sum(fn.values())), "per_class": per}


# ---------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default=",".join(ALL), help=f"comma list from {','.join(ALL)}, or 'score'")
    ap.add_argument("--quick", action="store_true", help="tiny budgets: checks the whole chain in minutes")
    ap.add_argument("--shared", default=str(SHARED))
    ap.add_argument("--work", default="/tmp/sanad-stanza-work")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--no-vectors", action="store_true", help="pos/depparse without word vectors (comparison)")
    ap.add_argument("--ner-tokens", choices=("tokenizer", "newsfane"), default="newsfane",
                    help="train NER on NewsFANE's own tokens (default; shipped) or re-tokenized by the shipped tokenizer (tried: 57.9 vs 59.9 F1 on run-time tokens)")
    ap.add_argument("--minutes", type=float, default=None, help="wall-clock budget per model (default BUDGET_MIN)")
    ap.add_argument("--max-steps", type=int, default=None, help="pos/depparse/ner step cap (default in train_args)")
    ap.add_argument("--eval-interval", type=int, default=None, help="pos/depparse/ner steps between dev evaluations")
    ap.add_argument("--scores", default=None, help="scores file to update (default <out>/SCORES.json)")
    args = ap.parse_args(argv)
    random.seed(SEED)
    shared, work, out = Path(args.shared).resolve(), Path(args.work).resolve(), Path(args.out).resolve()
    only = [c.strip() for c in args.only.split(",") if c.strip()]
    work.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    (out / "resources.json").write_text("{}\n")
    (work / "stanza_resources").mkdir(exist_ok=True)
    (work / "stanza_resources" / "resources.json").write_text("{}\n")
    saved = work / "saved"
    saved.mkdir(exist_ok=True)
    t_all = time.time()
    sizes = prepare_ud(shared, work / "ud")
    sizes["ner"] = prepare_ner(shared, work / "data" / "ner")
    print("splits:", json.dumps(sizes), flush=True)
    scores_path = Path(args.scores) if args.scores else out / "SCORES.json"
    scores: dict = {}
    timing: dict = {}

    vectors = out / PRETRAIN_FILE
    if "vectors" in only:
        t0 = time.time()
        from training.train_vectors import main as train_vectors
        train_vectors(["--stanza", "--out", str(vectors)] + (["--zips", "2015-07-21.zip"] if args.quick else []))
        timing["vectors"] = round(time.time() - t0)
    use_vectors = None if args.no_vectors else vectors

    for comp in ("tokenize", "pos", "lemma", "depparse", "ner"):
        if comp not in only:
            continue
        t0 = time.time()
        if use_vectors and comp in ("pos", "depparse", "ner"):
            for _ in range(60):  # a parallel run may still be writing the vectors
                if vectors.is_file():
                    break
                time.sleep(10)
            if not vectors.is_file():
                raise SystemExit(f"{vectors} missing: run with --only vectors first")
        model = train(comp, args, work, saved, None if comp == "lemma" else use_vectors)
        if comp == "ner":
            scores["ner_trained_on"] = ("NewsFANE tokens" if args.ner_tokens == "newsfane"
                                        else "NewsFANE re-tokenized by the shipped tokenizer")
        ship(model, out / MODEL_FILES[comp])
        timing[comp] = round(time.time() - t0)
        print(f"{comp}: trained in {timing[comp]} s → {out / MODEL_FILES[comp]} "
              f"({(out / MODEL_FILES[comp]).stat().st_size / 1e6:.1f} MB)", flush=True)

    have = {c for c in MODEL_FILES if (out / MODEL_FILES[c]).is_file()}
    if "tokenize" in have and ({"tokenize", "score"} & set(only)):
        scores["tokenize"] = score_tokenize(work, out)
    padt = [c for c in ("pos", "lemma", "depparse") if c in have]
    if padt and ({"pos", "lemma", "depparse", "score"} & set(only)):
        procs = ",".join(["tokenize"] + padt)
        key = "padt_no_vectors" if args.no_vectors else "padt"
        scores[key] = score_padt(work, out, procs)
        scores[key]["vectors"] = not args.no_vectors
    if "ner" in have and ({"ner", "score"} & set(only)):
        if not (work / "data" / "ner" / f"{NER_RETOK}.test.json").is_file() and "tokenize" in have:
            retokenize_ner(work, out)
        scores["ner"] = score_ner(work, out, NER_RETOK)
        scores["ner_newsfane_tokens"] = score_ner(work, out, NER_SHORT)
    scores["splits"] = sizes
    scores["quick"] = args.quick
    # merge into the file as it is now: another run (other components) may have written it meanwhile
    merged = json.loads(scores_path.read_text(encoding="utf-8")) if scores_path.is_file() else {}
    merged.update({k: v for k, v in scores.items()})
    merged["train_seconds"] = {**merged.get("train_seconds", {}), **timing}
    merged["model_mb"] = {f: round((out / f).stat().st_size / 1e6, 1)
                          for f in sorted([*MODEL_FILES.values(), PRETRAIN_FILE]) if (out / f).is_file()}
    scores_path.write_text(json.dumps(merged, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in scores.items() if k != "splits"}, ensure_ascii=False, indent=1))
    print(f"total {time.time() - t_all:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
