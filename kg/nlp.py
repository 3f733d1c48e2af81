"""The project's only door to stanza: an Arabic pipeline trained here and shipped in models/stanza/.

    from kg.nlp import analyse
    doc = analyse(text)          # stanza Document: sentences, words (lemma/upos/feats/head/deprel), doc.ents
    for tok in doc.sentences[0].tokens:
        text[tok.start_char:tok.end_char]   # offsets point into the ORIGINAL text

Input normalization. The models were trained (training/train_stanza.py) on text with
diacritics and tatweel removed, hamza/madda alef forms written as bare alef, Latin , ? ; as
Arabic ، ؟ ؛, zero-width marks removed and exotic spaces as a plain space (`stanza_normalize`). Every step is a deletion or a
1:1 replacement, so `analyse` feeds stanza the normalized string and then maps every token,
word and entity offset back into the original text; `doc.text` is the original text again.
Token/word `.text` and lemmas stay in the normalized spelling (what the models saw); slice the
original text with start_char/end_char when the surface form is needed.

No stanza downloads: stanza.Pipeline gets explicit model paths from MODEL_DIR
(models/stanza/, or $SANAD_STANZA_DIR). If a model is missing, NLPModelMissing names the
files and the command that trains them; if stanza/torch cannot be imported, NLPUnavailable.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Iterable

from kg.resources import data_dir
from kg.text import DIACRITICS

TRAIN_COMMAND = "python -m training.train_stanza"
DEFAULT_PROCESSORS = "tokenize,pos,lemma,depparse,ner"

# The NER label set the shipped model emits (NewsFANE's 50 fine classes mapped in training/train_stanza.py).
NER_LABELS = ("PER", "ORG", "LOC", "GOV", "MEDIA", "MISC")

# File names in MODEL_DIR, per processor. The word-vector file is shared by pos, depparse and ner.
MODEL_FILES = {
    "tokenize": "ar_pud_tokenizer.pt",
    "pos": "ar_padt_tagger.pt",
    "lemma": "ar_padt_lemmatizer.pt",
    "depparse": "ar_padt_parser.pt",
    "ner": "ar_newsfane_nertagger.pt",
}
PRETRAIN_FILE = "ar_saudinewsnet_vectors.pt"
USES_PRETRAIN = ("pos", "depparse", "ner")

# Bare alef for hamza/madda/wasla alef; Latin , ? ; as their Arabic forms: the tokenizer's data (PUD)
# writes Latin commas, the tagger's and NER's data (PADT, NewsFANE) Arabic ones, run-time text both.
_REPLACE = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", ",": "،", "?": "؟", ";": "؛"}
_DELETE = set(DIACRITICS) | {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2066", "\u2067", "\u2068",
                             "\u2069", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\ufeff"}
_SPACES = {"\u00a0", "\u2007", "\u202f", "\u2009", "\u200a", "\u2002", "\u2003", "\u3000"}


def model_dir() -> Path:
    """models/stanza in the repository, or $SANAD_STANZA_DIR (read at call time, so tests can point elsewhere)."""
    return Path(os.environ.get("SANAD_STANZA_DIR") or (data_dir("models") / "stanza"))


MODEL_DIR = model_dir()


class NLPError(RuntimeError):
    """The stanza pipeline cannot be used."""


class NLPModelMissing(NLPError):
    """A model file is not in the model directory."""


class NLPUnavailable(NLPError):
    """stanza or torch cannot be imported."""


def stanza_normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """The normalization the shipped models were trained on, with offsets[i] = original index of char i.

    offsets has one extra entry, len(text). Used by training/train_stanza.py on every training text.
    """
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DELETE:
            continue
        if ch in _SPACES:
            ch = " "
        out.append(_REPLACE.get(ch, ch))
        offsets.append(i)
    offsets.append(len(text))
    return "".join(out), offsets


def stanza_normalize(text: str) -> str:
    return stanza_normalize_with_offsets(text)[0]


def _threads() -> int:
    try:
        return max(1, int(os.environ.get("SANAD_NLP_THREADS", "1")))
    except ValueError:
        return 1


def _paths(processors: list[str], directory: Path) -> dict[str, str]:
    kwargs: dict[str, str] = {}
    missing: list[str] = []
    for proc in processors:
        if proc not in MODEL_FILES:
            raise ValueError(f"unknown processor {proc!r}; known: {', '.join(MODEL_FILES)}")
        path = directory / MODEL_FILES[proc]
        if not path.is_file():
            missing.append(str(path))
        kwargs[f"{proc}_model_path"] = str(path)
        if proc in USES_PRETRAIN:
            pre = directory / PRETRAIN_FILE
            if not pre.is_file() and str(pre) not in missing:
                missing.append(str(pre))
            kwargs[f"{proc}_pretrain_path"] = str(pre)
    if missing:
        raise NLPModelMissing(
            "stanza model file(s) missing: " + ", ".join(missing)
            + f". Train them with `{TRAIN_COMMAND}` (needs ../shared data), or set SANAD_STANZA_DIR "
            "to a directory holding them.")
    return kwargs


_CACHE: dict[tuple[str, str], object] = {}
_LOCK = threading.Lock()


def load_pipeline(processors: str = DEFAULT_PROCESSORS):
    """A cached stanza.Pipeline over the shipped Arabic models (CPU, no downloads)."""
    procs = [p.strip() for p in processors.split(",") if p.strip()]
    directory = model_dir()
    key = (",".join(procs), str(directory))
    with _LOCK:
        if key in _CACHE:
            return _CACHE[key]
        kwargs = _paths(procs, directory)
        try:
            import stanza
            import torch
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise NLPUnavailable(
                f"stanza/torch cannot be imported ({exc}); install the project's dependencies "
                "(`pip install -e .`, which pins torch==2.13.0 CPU)") from exc
        torch.set_num_threads(_threads())
        if not (directory / "resources.json").is_file():
            raise NLPModelMissing(f"{directory / 'resources.json'} missing (an empty JSON object `{{}}` will do); "
                                  f"`{TRAIN_COMMAND}` writes it")
        # ERROR, not WARN: stanza warns on every load that "ar" is an unknown language, which
        # is expected with models of our own and printed on every `sanad` command otherwise
        pipe = stanza.Pipeline(
            "ar", dir=str(directory), processors=",".join(procs), download_method=None,
            allow_unknown_language=True, use_gpu=False, logging_level="ERROR", **kwargs)
        _CACHE[key] = pipe
        return pipe


def _restore_offsets(doc, original: str, offsets: list[int]) -> None:
    """Map token/word/entity offsets from the normalized string back into `original`."""
    def start(i):
        return offsets[i]

    def end(j):  # exclusive end: past the last kept char and the diacritics/tatweel that follow it
        e = offsets[j - 1] + 1 if j > 0 else 0
        while e < len(original) and original[e] in DIACRITICS:
            e += 1
        return e

    for sent in doc.sentences:
        for tok in sent.tokens:
            if tok.start_char is None or tok.end_char is None:
                continue
            s, e = start(tok.start_char), end(tok.end_char)
            tok._start_char, tok._end_char = s, e  # Token has no public setter in stanza 1.15
            for word in tok.words:
                word.start_char, word.end_char = s, e
    doc.text = original
    if any(tok.ner for sent in doc.sentences for tok in sent.tokens):
        doc.build_ents()


def _document(text: str):
    import stanza
    norm, offsets = stanza_normalize_with_offsets(text)
    return stanza.Document([], text=norm), offsets


def analyse(text: str, processors: str = DEFAULT_PROCESSORS):
    """Run the pipeline on `text`; offsets on tokens, words and doc.ents index into `text` itself."""
    return analyse_many([text], processors)[0]


def analyse_many(texts: Iterable[str], processors: str = DEFAULT_PROCESSORS) -> list:
    """Analyse several texts in one stanza call (stanza batches across documents)."""
    texts = list(texts)
    pipe = load_pipeline(processors)
    if not texts:
        return []
    prepared = [_document(t) for t in texts]
    docs = pipe([d for d, _ in prepared])
    for doc, original, (_, offsets) in zip(docs, texts, prepared):
        _restore_offsets(doc, original, offsets)
    return docs
