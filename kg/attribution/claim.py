"""A Claim from a content span and its cue: trimmed, with polarity, hedge and date."""

from __future__ import annotations

import re

from ..model import Claim
from .dates import resolve_date
from .document import Sentence, end_with_marks
from .polarity import DENIAL_VERBS, denial_opening, denial_verb_opening, denied_predicate, hedge_marker
from .syntax import ANSWER_WORDS, STRIP

# A prayer said aside at the end of a statement ("ــ لا قدر الله", the tatweel dashes normalized away).
PRAYER = r"(?:لا قدر الله|لا سمح الله)"
PRAYER_END_RE = re.compile(r"[\s،,(]+" + PRAYER + r"[\s)]*$")


def make_claim(article, s: Sentence, c0, c1, source, cue_s, cue_e, lemma):
    norm, sent, offsets = s.norm, s.text, s.offsets
    # trim punctuation/space, and unbalanced outer quotes
    while c0 < c1 and norm[c0] in STRIP:
        c0 += 1
    if norm[c0:c1].startswith('"') and norm[:c0].count('"') % 2 and norm[c0 + 1:c0 + 2] in tuple(STRIP):
        # the mark closes a quotation opened before the content ("وبحسب "رويترز"، فقد ذكر"): not the content's
        c0 += 1
        while c0 < c1 and norm[c0] in STRIP:
            c0 += 1
    while c1 > c0 and norm[c1 - 1] in STRIP:
        c1 -= 1
    if norm[c0:c1].count('"') == 1 and norm[c1 - 1:c1] == '"' and norm[:c0].rstrip(" ").endswith('"') \
            and norm[:c0].count('"') % 2:
        # "وذكّر بـ«ما يحصل الآن …»، مؤكدا": content opened at a quotation mark ends at its closing mark, without it
        c1 -= 1
        while c1 > c0 and norm[c1 - 1] in STRIP:
            c1 -= 1
    prayer = PRAYER_END_RE.search(norm, c0, c1)
    if prayer:  # "… تؤدي إلى فقدان البصر ــ لا قدر الله": the aside (God forbid) is no part of what was said
        c1 = prayer.start()
    tail = re.search(r"[،\s]+(?:بعدما|بعد ان|عندما|حين|حينما|لان|قبل ان|كما|و)$", norm[c0:c1])
    if tail:  # "…، بعدما" + a report of its own: not part of this content
        c1 = c0 + tail.start()
    # (one word is no statement, except an answer: "قال المندوب «نعم»" to the question before it)
    if c1 - c0 < 3 and norm[c0:c1] != "لا" or len(norm[c0:c1].split()) < 2 and not norm[c0:c1].startswith('"') \
            and norm[c0:c1] not in ANSWER_WORDS:
        return None
    polarity = "denied" if lemma in DENIAL_VERBS else "asserted"
    denial = denial_verb_opening(norm, c0, c1)
    if denial:  # "قالت البعثة إنها «نفت بشدة» الاتهامات": the speaker's denial of what follows its verb
        polarity = "denied"
        cue_s, cue_e = offsets[denial.start(1)], end_with_marks(sent, offsets[denial.end(1) - 1] + 1)
        c0 = denial.end()
    st, e = offsets[c0], end_with_marks(sent, offsets[c1 - 1] + 1)
    quote = sent[st:e]
    cue = sent[cue_s:cue_e]
    dm = denial_opening(norm, c0, c1)
    if dm is None and denied_predicate(norm, c0, c1):
        polarity = "denied"  # "الخبر المتداول … غير صحيح": the verb's cue stays, what it says is a denial
    if dm:
        polarity = "denied"
        cue_s, cue_e = offsets[dm.start()], end_with_marks(sent, offsets[dm.end() - 1] + 1)
        cue = sent[cue_s:cue_e]
    hedge = hedge_marker(s, lemma, c0, c1)
    text = quote.strip("«»“”\" ")
    if quote.startswith("«") and quote.endswith("»") and quote.count("«") == 1:
        text = quote[1:-1]
    return Claim(
        article_key=article.key, text=" ".join(text.split()), quote=quote,
        start=s.start + st, end=s.start + e, sentence=s.index, source=source,
        cue=cue, cue_start=s.start + cue_s, cue_end=s.start + cue_e,
        polarity=polarity, date=resolve_date(norm, article.date),
        hedged=hedge is not None, hedge=hedge,
    )
