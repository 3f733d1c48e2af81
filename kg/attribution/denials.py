"""Denials whose object is no clause: what is denied named by a report noun or «أي …» ("نفت الوزارة الأنباء عن
…", "نفى المتهمون أي ضلوع لهم …"), and a denial of the statement just before it, by an anaphor ("…، غير أن
طالبان نفت ذلك", "…، وهو ما نفاه المتحدث"). News print a side of a conflict in these shapes; a report noun
or «أي» after the verb is what is denied, never who denies, so the subject ends before it."""

from __future__ import annotations

import re

from ..model import Claim
from .cues import CONTRAST_SUBJECT_RE, attribution_start
from .dates import resolve_date
from .document import end_with_marks
from .polarity import DENIAL_VERBS
from .source_words import object_masdar

# What a denial verb takes as its object when no clause follows: reports, claims, charges, or «أي» + noun
# ("نفى أي علاقة"). Normalized spelling (kg.text); a subject never starts with one of them.
DENIED_HEADS = {"الانباء", "الاخبار", "التقارير", "المزاعم", "الادعاءات", "الاتهامات", "التهم", "الشايعات",
                "الروايات", "الروايه", "المعلومات", "اي",
                # indefinite, with their genitive: "نفت بشدة مزاعم قتل مدنيين", "نفى اتهامات بالتورط"
                "مزاعم", "ادعاءات", "اتهامات", "شايعات", "انباء", "اخبار"}
# The object within three words after the subject found: a name the subject's noun phrase left out may stand
# before it ("نفى القنصل السعودي عبدالله الحمراني الأخبار التي …"), not an object of its own joined by "or"
# ("تنفي الوزارة أسر أو اعتقال أي من أفرادها").
# An aside between commas may come first: "ونفى التقي، مستندًا إلى معلومات، أي تنسيق …".
DENIED_HEAD_RE = re.compile(r"\s*(?:،[^،.:\"]{3,60}،)?\s*،?\s*(?:(?!او\s)[^\s،.:\"]+\s+){0,3}?("
                            + "|".join(sorted(DENIED_HEADS, key=len, reverse=True)) + r")(?![\w])")


def denied_head(word: str) -> bool:
    """A word that opens what a denial verb denies, never its subject."""
    return word in DENIED_HEADS


def denied_object_at(lemma: str, norm: str, at: int) -> int | None:
    """Where a denial verb's object opens with a report noun or «أي» within three words of `at` (the subject's
    end): the verb reports a denial whatever its subject looks like ("نفى المتهمون الآخرون أي ضلوع …" is no
    plain object after a common noun). None when the verb is no denial or no such object follows."""
    m = DENIED_HEAD_RE.match(norm, at) if lemma in DENIAL_VERBS else None
    if m is None:
        return None
    first = re.match(r"\s*،?\s*(\S+)", norm[at:])
    return at if first and object_masdar(first.group(1)) else m.start(1)  # "نفت الوزارة صحة الأنباء": from صحة


# ----------------------------------------------------------------------------- a denial of what was just said
# The verb's pronoun standing for the statement before: "…، وهو ما نفاه المتحدث", "وهو أمر نفته الوزارة".
PRONOUN_BEFORE_RE = re.compile(r"[،,]?\s*(?<!\w)(?:و|ف)?(?:(?:هذا|ذلك|هو|هي)\s+(?:ما|امر)|الامر الذي|امر)\s*$")
# A demonstrative as the object, ending the clause: "غير أن طالبان نفت ذلك.", "ونفت الوزارة هذه الأنباء،"; or
# "the matter", "the news" alone, which point back the same way ("إلا أن وزارة الدفاع نفت الأمر.").
DEMONSTRATIVE_RE = re.compile(r"\s*(?:[^\s،.:\"]+\s+){0,6}?((?:ذلك|هذا|هذه|تلك)(?:\s+ال[^\s،.:\"]+)?|الامر|الخبر)"
                              r"(?=\s*(?:$|[.،:؛\"]|و\S|جمله|تماما|قطعيا|بشده|مو?كد|مشير|قايل|واصف|معتبر))")
# What stands before a past نفى (spelled as the noun نفي) that opens a clause: "ونفى", "وقد نفى", "، نفى".
VERB_OPENS_RE = re.compile(r"(?:^|[،.:؛]|(?<![\w])(?:و|ف|قد|وقد|فقد|لقد|ولقد))\s*$")
# Where the denier's clause ends.
CLAUSE_STOP_RE = re.compile(r"[.،:؛]")


def denied_anaphor(s, cue) -> bool:
    """A denial verb whose object is the statement before it: its pronoun after «وهو ما» or a demonstrative."""
    if cue.kind != "verb" or cue.lemma not in DENIAL_VERBS:
        return False
    norm = s.norm
    if norm[cue.start:cue.end] != cue.form:  # an object pronoun on the verb
        return bool(PRONOUN_BEFORE_RE.search(norm[:cue.start]))
    if cue.form == "نفي" and not VERB_OPENS_RE.search(norm[:cue.start]) \
            and not CONTRAST_SUBJECT_RE.search(norm[:cue.start]):
        return False  # "ويظهر في بياناته نفي ذلك": the noun "denial", no verb
    m = DEMONSTRATIVE_RE.match(norm, cue.end)
    return bool(m) and not CLAUSE_STOP_RE.search(norm, cue.end, m.start(1))


def anaphor_start(s, cue) -> int:
    """Where an anaphoric denial's clause starts (normalized offset), and so where the statement before it ends:
    at «وهو ما» before a verb with its pronoun, at "but" and the subject, else at the verb."""
    before = PRONOUN_BEFORE_RE.search(s.norm[:cue.start]) if s.norm[cue.start:cue.end] != cue.form else None
    return before.start() if before else attribution_start(s, cue)


def antecedent(text: str, sentences, idx: int, opening: int, claims, joined: bool) -> tuple[int, int, str, bool] | None:
    """What an anaphoric denial at absolute offset `opening` (where its clause starts) denies: the last claim
    ending before it in its sentence or, when the denial opens its sentence, in the sentence before; else the
    words before it in its sentence (four or more) when the denial is `joined` to them («وهو ما», "but"; not
    an occasion: "وفي سؤال … عن أسباب هذا الاختلاف، نفت الوزارة هذا الاختلاف"), else the sentence before.
    (start, end, proposition, whether they are the outlet's own words in the denial's sentence)."""
    s = sentences[idx]
    opens_sentence = len(text[s.start:opening].split()) <= 1
    near = [c for c in claims if c.end <= opening and c.polarity == "asserted"
            and (c.sentence == idx or opens_sentence and c.sentence == idx - 1)]
    if near:
        c = max(near, key=lambda c: c.end)
        return c.start, c.end, c.text, False
    if not opens_sentence and not joined:
        return None
    if not opens_sentence:
        a, b = s.start, opening
    elif idx > 0:
        a, b = sentences[idx - 1].start, sentences[idx - 1].start + len(sentences[idx - 1].text)
    else:
        return None
    while a < b and text[a] in " \n\u00a0«\"":
        a += 1
    while b > a and text[b - 1] in " \n\u00a0.،,:؛":
        b -= 1
    words = text[a:b].split()
    return (a, b, " ".join(words), not opens_sentence) if len(words) >= 4 else None


def anaphoric_denial(article, sentences, idx: int, cue, source, claims):
    """"وقالت الشرطة إن مسلحين هاجموا الحاجز، غير أن طالبان نفت ذلك": a denied claim of the denier. Its span is
    the denier's clause as written ("غير أن طالبان نفت ذلك", "وهو ما تنفيه الدوحة"), from the outlet's words it
    denies when its pronoun hangs it on them in one sentence ("ويأتي الهجوم غداة إقدام الجبهة على خطف …، وهو
    أمر نفته الوزارة": no claim of their own), its text the statement it points back to, so the two sides of
    the conflict can be compared word for word."""
    s = sentences[idx]
    n0 = anaphor_start(s, cue)
    opening = s.start + s.orig(n0)
    got = antecedent(article.text, sentences, idx, opening, claims, joined=n0 < cue.start)
    if got is None:
        return None
    lead = re.match(r"[\s،,]*(?:و(?=هو|هي|هذا|ذلك))?", s.norm[n0:])  # "، وهو ما …" → "هو ما …"
    n0 += lead.end()
    stop = CLAUSE_STOP_RE.search(s.norm, cue.end)
    n1 = stop.start() if stop else len(s.norm)
    while n1 > cue.end and s.norm[n1 - 1] == " ":
        n1 -= 1
    start, end = s.start + s.orig(n0), s.start + end_with_marks(s.text, s.orig(n1 - 1) + 1)
    pronoun = s.norm[cue.start:cue.end] != cue.form  # "، وهو أمر نفته": a clause hung on the words it denies
    start = got[0] if got[3] and pronoun else start
    cue_s = s.start + s.orig(cue.start)
    cue_e = s.start + end_with_marks(s.text, s.orig(cue.start + len(cue.form)))
    return Claim(article_key=article.key, text=got[2], quote=article.text[start:end], start=start, end=end,
                 sentence=idx, source=source, cue=article.text[cue_s:cue_e], cue_start=cue_s, cue_end=cue_e,
                 polarity="denied", date=resolve_date(s.norm, article.date))
