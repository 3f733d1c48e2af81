"""The outlet's own voice: its headline, or else its lead sentence (or the lead's unattributed clause)."""

from __future__ import annotations

import re

from ..checkworthy import checkworthiness
from ..model import Claim
from ..sources import outlet_ref
from ..text import normalize
from .document import arabic_punctuation
from .parse import starts_with_verb
from .verbs import cue_lemma

# A dateline or by-line before the lead ("عبدالله البرقاوي-سبق-الرياض: ", "عين اليوم – عمّان").
DATELINE_RE = re.compile(r"^\s*(?:[^\s:.،]++[\s\-–—]*+){1,6}:\s*")  # possessive: no backtracking through a long word
LEAD_MIN_CHECKWORTHINESS = 0.5
LETTER_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# A date with its year and era: "25 شوال 1436 هـ", "10 أغسطس 2015 م" (normalized text).
DATE_LINE_RE = re.compile(r"[0-9٠-٩]{1,2}\s+\S+\s+[0-9٠-٩]{4}\s*(?:ه|م)(?![\w])")
LEAD_END_RE = re.compile(r"،\s*(?:حيث|فيما|في حين|بينما)\s")
LEAD_TRIM = " .،:؛\u00a0\n"
# The outlet's own clause inside an attributed lead.
LEAD_CLAUSE_RE = re.compile(r"،\s*(?:فيما|في حين|بينما)\s+")
# An attributed aside that ends the lead: "… فيما قال مسؤولون إن …" right before the report's verb.
LEAD_ASIDE_RE = re.compile(r"(?:،\s*|\s)(?:فيما|في حين|بينما)\s+$")


def lead_claims(registry, article, sentences, claims, words=()) -> list[Claim]:
    """Without a headline in the text, the outlet's own voice is its lead sentence (after a dateline)
    when nobody is quoted in it, or the unattributed clause of an attributed lead: after it ("، فيما …")
    or before it, when that clause opens with a verb ("شهدت تركيا … هجوما …، نسبته الحكومة إلى …")."""
    # the commas are searched in the Arabic marks ("،" written "," as in web and wire copy); one character for
    # one keeps the offsets, and the quote is taken from the text as written
    raw, text = article.text, arabic_punctuation(article.text)
    for idx, span in enumerate(sentences[:4]):
        bounds = lead_bounds(text, span)
        if bounds is None:
            continue
        s0, s1 = bounds
        mine = [c for c in claims if c.sentence == idx]
        if mine:
            first = min(mine, key=lambda c: min(c.start, c.cue_start if c.cue_start is not None else c.start))
            at = min(first.start, first.cue_start if first.cue_start is not None else first.start)
            comma = text.rfind("،", s0, at)
            m = LEAD_CLAUSE_RE.search(text, s0, s1)
            aside = LEAD_ASIDE_RE.search(text, s0, at)
            if aside and len(text[s0:aside.start()].split()) >= 6:
                # "تعتزم شركة … سحب 1.4 مليون سيارة … فيما قال مسؤولون إن …": the report is an aside
                s1 = aside.start()
            elif comma != -1 and len(text[comma:at].split()) <= 3:
                # the attributed clause follows the lead's own clause at once ("…، نسبته الحكومة إلى …");
                # a longer stretch may hold the speaker ("رفض مصدر في الخارجية، أمس، …")
                # the attributed clause follows the lead's own clause
                sub = re.match(r"\s*(?:فيما|بينما|في حين|و)?\s*", text[s0:comma])
                c0 = s0 + sub.end()
                aside = sub.group(0).strip() in ("فيما", "بينما", "في حين")  # "فيما وصل الوزير …، أكد X"
                # "أدخل قرد الرعب في قلوب …، وأوضح عدد من الحاضرين أنهم …", "عرض برنامج …، حيث أكد البلوي أن":
                # a report joined by و or حيث after a comma follows a clause of its own (not its subject), so the
                # words before it are the outlet's statement even where no parse says they open with a verb
                joined = re.fullmatch(r"،\s*(?:و|حيث\s+)", text[comma:at]) is not None \
                    and not cue_lemma(text[c0:comma].split()[0])  # "أعلنت المعارضة أمس …": a report missed
                if len(text[c0:comma].split()) < 6 or not (aside or joined or starts_with_verb(words, c0)):
                    return []
                s0, s1 = c0, comma
            elif joined_without_comma(text[s0:at]):
                # "ارتفعت حصيلة … إلى 120 قتيلا على الأقل وأعلن تنظيم … مسؤوليته": wire copy joins the report to
                # the lead's own clause with و and no comma; the words before it are the outlet's statement
                s1 = s0 + len(text[s0:at].rstrip()[:-1].rstrip())
            elif not m or any(c.end > m.end() for c in mine):
                return []
            else:
                s0 = m.end()
            if len(text[s0:s1].split()) < 4:
                return []
        else:
            cut = LEAD_END_RE.search(text, s0, s1)
            if cut and len(text[s0:cut.start()].split()) >= 6:
                s1 = cut.start()  # the lead's first statement ("، حيث …" elaborates it)
        quote = raw[s0:s1]
        claim = Claim(article_key=article.key, text=" ".join(quote.split()), quote=quote, start=s0, end=s1,
                      sentence=idx, source=outlet_ref(article.publisher, article.key), cue=None,
                      cue_start=None, cue_end=None, polarity="asserted", date=article.date, own=True)
        # only a lead that states a checkable fact (an opinion column's opening line is not a claim)
        return [claim] if checkworthiness(claim, registry) >= LEAD_MIN_CHECKWORTHINESS else []
    return []


# A lead that opens on its occasion or its speaker's setting, not on a fact of its own ("في مؤتمر صحفي عقده …
# وأعلن فيه", "خلال لقائه … وأكد").
OCCASION_OPENING_RE = re.compile(r"^\s*[وف]?(?:في|خلال|على|علي|من|عقب|بعد|قبل|اثناء|لدي|لدى|امام|مع)(?![\w])")


def joined_without_comma(before: str) -> bool:
    """The lead's words before a report's verb are a clause of their own joined to it by a bare و: at least six
    words, not opening on a reporting verb (its speaker would be among them) or on the report's occasion."""
    words = before.split()
    return len(words) >= 7 and words[-1] == "و" and "،" not in before and not cue_lemma(words[0]) \
        and not OCCASION_OPENING_RE.match(normalize(before))


def lead_bounds(text, span) -> tuple[int, int] | None:
    """The sentence's span after a dateline, or None for a dateline or by-line line itself
    ("عين اليوم – ديار بكر", "عمان 25 شوال 1436 هـ الموافق …")."""
    s0, s1 = span.start, span.end
    dateline = DATELINE_RE.match(text[s0:s1])
    if dateline:
        s0 += dateline.end()
    while s1 > s0 and text[s1 - 1] in LEAD_TRIM:
        s1 -= 1
    if len(LETTER_WORD_RE.findall(text[s0:s1])) < 6 or DATE_LINE_RE.search(normalize(text[s0:s1])) \
            and len(text[s0:s1].split()) < 14:
        return None
    return s0, s1


def lead_index(article, sentences) -> int:
    """The index of the lead sentence (the first of the first four that is not a dateline), else 3."""
    return next((i for i, sp in enumerate(sentences[:4]) if lead_bounds(article.text, sp) is not None), 3)


def headline_claims(article, sentences, seen_spans):
    """The outlet's own voice: its headline, split at ".." into statements."""
    title = (article.title or "").strip()
    out = []
    for idx, span in enumerate(sentences[:4]):
        line = article.text[span.start:span.end]
        if not title or line.strip() != title:
            continue
        for m in re.finditer(r"[^.]+", line):
            part = m.group(0)
            lead = len(part) - len(part.lstrip())
            s = span.start + m.start() + lead
            e = span.start + m.end() - (len(part) - len(part.rstrip()))
            if article.text[s] == "و" and article.text[s + 1] in "«\"":
                s += 1  # "و«داعش» …": the conjunction joins the two halves
            if e - s < 3 or (s, e) in seen_spans:
                continue
            out.append(Claim(
                article_key=article.key, text=article.text[s:e], quote=article.text[s:e],
                start=s, end=e, sentence=idx, source=outlet_ref(article.publisher, article.key), cue=None,
                cue_start=None, cue_end=None, polarity="asserted", date=article.date, own=True))
        break
    return out
