"""The persons a claim names after a title or office: a name shared by two claims says who, not which event (a
denial of one thing by a politician is not a denial of every claim naming him: kg.relate.fan_out, and the denial
rules of kg.relate.conflicts and kg.relate.denials)."""

from __future__ import annotations

from ..speakers import HONORIFICS, OFFICE_MODIFIERS, OFFICE_WORDS
from .claims import ClaimFacts
from .conflicts import _rare, _strip_proclitic

NAME_WORDS = 4  # words of a person's name after the title («الرئيس اليمني عبد ربه منصور هادي»)
_NAME_PARTICLES = {"عبد", "ابو", "بن", "ابن"}


def person_names(f: ClaimFacts) -> frozenset[str]:
    """Stems of the persons named after a title or office in the claim: the rare words (and name particles) after
    «الرئيس»، «الوزير»، «الشيخ» … and its definite adjectives («اليمني»، «السابق»), up to NAME_WORDS of them."""
    toks, out = f.toks, set()
    for i, t in enumerate(toks):
        if t not in OFFICE_WORDS and t not in HONORIFICS and _strip_proclitic(t) not in OFFICE_WORDS:
            continue
        j = i + 1
        while j < len(toks) and (toks[j] in OFFICE_MODIFIERS
                                 or toks[j].startswith("ال") and not _rare(f.stem_of.get(toks[j], ""))):
            j += 1  # «الرئيس اليمني»، «الأمين العام»: the title's adjectives
        name = toks[j:j + NAME_WORDS]
        for k, u in enumerate(name):
            s = f.stem_of.get(u)
            if u in _NAME_PARTICLES:
                continue
            # an office word between name words is a name word («الباجي قائد السبسي»)
            inside = k and k + 1 < len(name) and _rare(f.stem_of.get(name[k + 1], ""))
            if s is None or not _rare(s) or (u in OFFICE_WORDS or u in HONORIFICS) and not inside:
                break
            out.add(s)
    return frozenset(out)
