"""A CRF sequence tagger for attributed speech (issue 14): tokens of a sentence labelled CUE / SOURCE / CONTENT
in BIO, and the claims read off those labels.

Tokens are words (letters with their diacritics) and single marks of the sentence's original text. Features,
all without the parse: the normalized word, the word without a leading و/ف, its 2–3-letter prefixes and suffixes,
the clitic it opens with (و ف ب ل), whether it lies in a reporting cue of kg/attribution's lexicon (find_cues, the
cue's kind and lemma; those the pipeline's not_a_verb drops marked so), in a registry mention, inside quotation
marks, whether it is a quotation mark or a complementizer (إن/أن/بأن …), whether a complementizer follows within
three tokens, its distance to the sentence start and to the nearest cue before it; and the words and cue marks of
its neighbours (±2).

A claim is a run of CONTENT tokens (≥ MIN_CONTENT tokens); its source the SOURCE run nearest before it in its
sentence (else the nearest after it), read by the subject step's own `subject_in_span` (a registered name opening
it gives the registry's source, else the phrase as written, with the discourse's resolution of short references);
its cue the CUE run nearest before it. With no SOURCE run in its sentence a claim takes the source of the claim
before it in the article, or is dropped when there is none."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.attribution.attribute import subject_in_span
from kg.attribution.cues import find_cues
from kg.model import Claim
from kg.text import normalize

TOKEN_RE = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+|[^\s\w\u0640\u064b-\u065f\u0670]")
COMPLEMENTIZERS = {"ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم", "فان", "وان", "لان", "بكون"}
QUOTES = set('«»"“”')
LABELS = ("CUE", "SOURCE", "CONTENT")
MIN_CONTENT = 3
TRIM = ' .،,:؛;«»"“”()-'


@dataclass
class Tok:
    start: int  # sentence-relative original offsets
    end: int
    norm: str


def tokens(s) -> list[Tok]:
    out = []
    for m in TOKEN_RE.finditer(s.text):
        w = normalize(m.group(0)).strip()
        if w or m.group(0) in QUOTES:
            out.append(Tok(m.start(), m.end(), w or m.group(0)))
    return out


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-6" if n < 7 else "7-12" if n < 13 else "13+"


def sentence_features(s, toks: list[Tok], dropped=None) -> list[list[str]]:
    """Feature strings per token of Sentence `s`. `dropped(cue)`: whether the pipeline drops a cue
    (pipeline.not_a_verb), marked as its own feature."""
    cue_of = [None] * len(toks)
    for c in find_cues(s):
        a, b = s.orig(c.start), s.orig(c.end - 1) + 1
        kind = c.kind + ("_drop" if dropped is not None and dropped(s, c) else "")
        for i, t in enumerate(toks):
            if t.start < b and a < t.end and cue_of[i] is None:
                cue_of[i] = (kind, c.lemma)
    ment = [any(s.orig(m0) <= t.start < s.orig(max(m0, m1 - 1)) + 1 for m0, m1, _ in s.mentions) for t in toks]
    base = []
    opened = 0
    last_cue = None
    for i, t in enumerate(toks):
        w = t.norm
        stripped = w[1:] if len(w) > 3 and w[0] in "وف" else w
        f = [f"w={w}", f"ws={stripped}", f"p2={stripped[:2]}", f"p3={stripped[:3]}", f"s2={w[-2:]}",
             f"s3={w[-3:]}", f"pos={_bucket(i)}"]
        if len(w) > 2 and w[0] in "وفبل":
            f.append(f"cl={w[0]}")
        if len(w) > 3 and w[:2] in ("وب", "ول", "فب", "فل"):
            f.append(f"cl2={w[:2]}")
        if w in COMPLEMENTIZERS:
            f.append("comp")
        if any(x.norm in COMPLEMENTIZERS for x in toks[i + 1:i + 4]):
            f.append("comp_after")
        if w in QUOTES:
            f.append("quote")
            opened = 1 - opened if w == '"' else (1 if w in "«“" else 0)
        elif opened:
            f.append("in_quote")
        if not w[0].isalnum():
            f.append("punct")
        if w.isdigit():
            f.append("digit")
        if cue_of[i] is not None:
            f += [f"cue={cue_of[i][0]}", f"cuelemma={cue_of[i][1]}"]
            last_cue = i
        elif last_cue is not None:
            f.append(f"since_cue={_bucket(i - last_cue)}")
        else:
            f.append("no_cue_before")
        if ment[i]:
            f.append("mention")
        base.append(f)
    out = []
    for i, f in enumerate(base):
        g = list(f) + ["bias"]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < len(toks):
                g.append(f"{d}:w={toks[j].norm}")
                g += [f"{d}:{x}" for x in base[j] if x.startswith(("cue=", "comp", "mention", "quote", "punct"))]
            else:
                g.append(f"{d}:edge")
        out.append(g)
    return out


def gold_labels(s, toks: list[Tok], gold: list[dict]) -> list[str]:
    """BIO labels of a sentence's tokens from the gold claims that are attributed (not the outlet's own): the
    cue and the source label over any token they touch, the content over tokens whose middle lies inside it;
    cue before source before content where they overlap."""
    a0 = s.start
    lab = ["O"] * len(toks)
    for g in gold:
        if g.get("own") or g.get("source") == "outlet":
            continue
        spans = [("CONTENT", g.get("start"), g.get("end"), True), ("SOURCE", g.get("source_start"),
                                                                   g.get("source_end"), False),
                 ("CUE", g.get("cue_start"), g.get("cue_end"), False)]
        for name, x, y, mid in spans:
            if x is None or y is None:
                continue
            x, y = x - a0, y - a0
            first = True
            for i, t in enumerate(toks):
                inside = x <= (t.start + t.end) / 2 < y if mid else (t.start < y and x < t.end)
                if not inside:
                    first = True
                    continue
                cur = lab[i][2:]
                if cur and LABELS.index(cur) < LABELS.index(name):
                    continue
                lab[i] = ("B-" if first or not lab[i - 1].endswith(name) else "I-") + name
                first = False
    # a run of one label must open with B-
    for i, l in enumerate(lab):
        if l.startswith("I-") and (i == 0 or lab[i - 1][2:] != l[2:]):
            lab[i] = "B-" + l[2:]
    return lab


def runs(tags: list[str], name: str) -> list[tuple[int, int]]:
    """(first, last+1) token runs of one label."""
    out, cur = [], None
    for i, t in enumerate(tags + ["O"]):
        if t[2:] == name and (t.startswith("I-") and cur is not None):
            continue
        if cur is not None:
            out.append((cur, i))
            cur = None
        if t[2:] == name:
            cur = i
    return out


def trimmed(text: str, x: int, y: int) -> tuple[int, int]:
    """text[x:y] less the spaces, marks and brackets (TRIM) at either end."""
    piece = text[x:y]
    head = len(piece) - len(piece.lstrip(TRIM))
    return (x + head, x + head + len(piece.strip(TRIM))) if piece.strip(TRIM) else (x, x)


def tag_claims(doc, s, toks: list[Tok], tags: list[str], prev_source=None) -> list[Claim]:
    """The claims a sentence's tags give (see the module's docstring). `prev_source`: the source of the claim
    before this sentence, for a content run with no SOURCE run in its sentence."""
    art = doc.article
    srcs, cues = runs(tags, "SOURCE"), runs(tags, "CUE")
    out = []
    for c0, c1 in runs(tags, "CONTENT"):
        if sum(1 for t in toks[c0:c1] if t.norm[0].isalnum()) < MIN_CONTENT:
            continue
        x, y = trimmed(s.text, toks[c0].start, toks[c1 - 1].end)
        if y <= x:
            continue
        before = [r for r in srcs if r[1] <= c0]
        after = [r for r in srcs if r[0] >= c1]
        pick = before[-1] if before else after[0] if after else None
        if pick is not None:
            k0, k1 = s.to_norm(toks[pick[0]].start), s.to_norm(toks[pick[1] - 1].end)
            while k1 > k0 and s.norm[k1 - 1] == " ":
                k1 -= 1
            source = subject_in_span(doc.registry, s, k0, k1, doc.discourse) if k1 > k0 else None
        else:
            source = prev_source
        if source is None:
            continue
        prev_source = source
        cue = [r for r in cues if r[1] <= c0] or [r for r in cues if r[0] >= c0]
        cs = ce = None
        if cue:
            r = cue[-1] if cue[-1][1] <= c0 else cue[0]
            cs, ce = s.start + toks[r[0]].start, s.start + toks[r[1] - 1].end
        quote = art.text[s.start + x:s.start + y]
        out.append(Claim(article_key=art.key, text=" ".join(quote.split()), quote=quote, start=s.start + x,
                         end=s.start + y, sentence=s.index, source=source,
                         cue=art.text[cs:ce] if cs is not None else None, cue_start=cs, cue_end=ce,
                         polarity="asserted"))
    return out
