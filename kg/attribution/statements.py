"""A statement issued and then given in full: "أصدرت وزارة الداخلية اليوم بياناً بشأن تنفيذ حكم القتل …، وفيما يلي
نصه: …". What the statement is about is its issuer's claim, and so is each sentence of the text that follows, up to
its closing formula ("والله الهادي …") or the outlet's link line. (GUIDE: a statement's text introduced by «فيما يلي
نصه» is the issuer's, one claim per sentence.)"""

from __future__ import annotations

import re
from dataclasses import replace

from .claim import make_claim
from .coreference import unregistered_source
from .document import Document, end_with_marks
from .subjects import after_byline
from .verbs import cue_lemma

# "أصدرت وزارة الداخلية (اليوم|أمس …) بياناً بشأن|حول …": the issuer (two to eight words), then the subject matter.
ISSUED_ABOUT_RE = re.compile(r"\s*[وف]?(?:اصدرت|اصدر)\s+((?:[^\s،.:\"]+\s+){1,7}?[^\s،.:\"]+)\s+"
                             r"(?:(?:اليوم|امس|مساء|صباح|ظهر|فجر)\s+(?:ال\S+\s+)?)?بيانا\s+(?:بشان|حول)\s+")
# "(و)فيما يلي نصه :": the full text follows.
TEXT_FOLLOWS_RE = re.compile(r"(?<![\w])[وف]?(?:فيما|في ما)\s+يلي\s+نص(?:ه|ها)(?![\w])\s*:?")
# Where the text ends: its closing formula, or the outlet's "link to the story" line.
TEXT_END_RE = re.compile(r"^\s*[وف]?(?:الله\s+(?:الهادي|ولي|الموفق)|السلام)|رابط\s+الخبر")
BODY_MIN_WORDS = 5


def issued_statements(doc: Document) -> None:
    """The issuer's claims: the matter of a statement issued (in the first sentences) and, when its text follows,
    each of its sentences that no cue of its own attributed."""
    claims = doc.extraction.claims
    for idx, s in enumerate(doc.sentences[:4]):
        m = ISSUED_ABOUT_RE.match(s.norm, after_byline(s))
        if m is None:
            continue
        k0, k1 = m.start(1), m.end(1)
        named = [x for x in s.mentions if k0 <= x[0] < k1]
        source = doc.registry.ref(named[0][2]) if named and named[0][0] == k0 else unregistered_source(
            doc.registry, s, k0, k1, s.text[s.orig(k0):end_with_marks(s.text, s.orig(k1 - 1) + 1)], doc.discourse)
        follows = TEXT_FOLLOWS_RE.search(s.norm, m.end())
        comma = s.norm.find("،", m.end())
        c1 = min([x for x in (comma, follows.start() if follows else -1) if x != -1] or [len(s.norm)])
        cue_s, cue_e = s.orig(m.start(1) - 1), s.orig(m.start(1) - 1)
        verb = re.search(r"اصدر\S*", s.norm[m.start():m.start(1)])
        if verb:
            cue_s, cue_e = s.orig(m.start() + verb.start()), end_with_marks(s.text, s.orig(m.start() + verb.end() - 1) + 1)
        claim = make_claim(doc.article, s, m.end(), c1, source, cue_s, cue_e, "أصدر")
        if claim is not None and not any(c.sentence == idx and c.start < claim.end and claim.start < c.end
                                         for c in claims):
            claims.append(claim)
            doc.seen_spans.add((claim.start, claim.end))
        # the text itself: in this sentence's tail or in the next one's opening
        where = [(idx, follows)] if follows else []
        if not where and idx + 1 < len(doc.sentences):
            nxt = TEXT_FOLLOWS_RE.match(doc.sentences[idx + 1].norm.lstrip(), 0)
            where = [(idx + 1, TEXT_FOLLOWS_RE.search(doc.sentences[idx + 1].norm))] if nxt else []
        if where:
            body_text(doc, where[0][0], where[0][1], source)
        return


def body_text(doc: Document, at: int, follows, source) -> None:
    """Each sentence after the one that says "فيما يلي نصه", up to the text's end, with no claim yet."""
    intro = doc.sentences[at]
    cue_s, cue_e = intro.start + intro.orig(follows.start()), intro.start + end_with_marks(
        intro.text, intro.orig(follows.end() - 1) + 1)
    cue = doc.article.text[cue_s:cue_e].strip(" :")
    claims = doc.extraction.claims
    for s in doc.sentences[at + 1:]:
        if TEXT_END_RE.search(s.norm):
            break
        if any(c.sentence == s.index for c in claims) or len(s.norm.split()) < BODY_MIN_WORDS \
                or cue_lemma(s.norm.split()[0]):
            continue  # (a sentence that opens with a report of its own, "وقال تعالى ((…))", quotes someone else)
        lead = re.match(r"\s*(?:و(?=\S))?", s.norm)
        claim = make_claim(doc.article, s, lead.end(), len(s.norm), source, 0, 0, "نص")
        if claim is None or (claim.start, claim.end) in doc.seen_spans:
            continue
        claims.append(replace(claim, cue=cue, cue_start=cue_s, cue_end=cue_s + len(cue)))
        doc.seen_spans.add((claim.start, claim.end))
