"""Who heard it and who relayed it: the outlet told between the verb and its subject ("وقال
لـ«الاقتصادية» مسؤول …"), a name written with ل, the speaker a relay names ("نقل X عن Y قوله"), and the
occasion words that make "في …" the statement's occasion rather than the speaker's body."""

from __future__ import annotations

import re

from ..model import SourceRef
from .coreference import Discourse, unregistered_source
from .document import Cue, Sentence, end_with_marks
from .source_phrases import source_like_text
from .source_words import BODY_HEADS, MEDIA_HEADS, NP_STOP, RECIPIENT_WORD_RE, TITLE_WORDS
from .syntax import WORD_RE
from .verbs import cue_lemma


def after_recipient(s: Sentence, at: int, limit: int) -> int:
    """Past the one who heard it when it comes between the verb and its subject ("وقال لـ«الاقتصادية» مسؤول في
    …", "وقال لوكالة الأنباء الألمانية مصدر …"): the outlet told is not the source. Unchanged when nothing
    but the content follows the recipient ("وقال لـ«سبق»: …")."""
    norm = s.norm
    m = re.match(r'\s*ل\s?"([^"]{1,40})"', norm[at:limit]) or re.match(r'\s*(\S+)', norm[at:limit])
    if not m:
        return at
    end = at + m.end()
    if m.group(0).lstrip().startswith(("ل ", 'ل"')):
        pass  # لـ«الاقتصادية»
    elif RECIPIENT_WORD_RE.match(m.group(1)) or any(x[0] == at + m.start(1) + 1 and is_recipient(norm, x[0])
                                                    for x in s.mentions):
        named = [x for x in s.mentions if at + m.start(1) < x[0] <= end + 1 and x[1] > end]
        if named:
            end = named[0][1]  # "لوكالة الأناضول": the registered name
        else:
            for w in WORD_RE.finditer(norm, end, limit):  # "لوكالة الأنباء الألمانية": its definite words
                if not w.group(0).startswith("ال") or w.start() - end > 1:
                    break
                end = w.end()
    else:
        return at
    rest = norm[end:limit].lstrip(" ،")
    subject_at = end + len(norm[end:limit]) - len(rest)
    # a speaker must follow: a named source, a title or a source noun ("مسؤول في …"), not the object
    # ("نفى لـ«الشرق الأوسط» وصول القضية …")
    if not rest or not (any(x[0] == subject_at for x in s.mentions) or source_like_text(" ".join(rest.split()[:2]))):
        return at
    return end


# Words that make "في …" the occasion of a statement, not the speaker's body ("قال الوزير في مؤتمر صحافي إن").
OCCASION_WORDS = {"موتمر", "الموتمر", "مقابله", "المقابله", "تصريح", "تصريحات", "بيان", "البيان", "حديث", "الحديث",
                  "لقاء", "اللقاء", "كلمه", "الكلمه", "اتصال", "اجتماع", "الاجتماع", "حوار", "الحوار", "رساله", "تغريده",
                  "تغريدات", "ندوه", "جلسه", "الجلسه", "زياره", "ختام", "افتتاح", "معرض", "رده", "سياق", "اطار", "وقت"}


def relayed_speaker(registry, s: Sentence, cue: Cue, state: Discourse) -> SourceRef | None:
    norm = s.norm
    if re.search(r"(?<![\w])(?:عنه|عنها|عنهم)\s*$", norm[:cue.start]):
        return state.last_source  # "ونقلت الصحيفة عنه قوله": the one just quoted
    an = None
    for m in re.finditer(r"(?<![\w])عن\s+", norm[max(0, cue.start - 120):cue.start]):
        an = max(0, cue.start - 120) + m.end()
    if an is None:
        return None
    np0, np1 = an, cue.start
    while np1 > np0 and norm[np1 - 1] in " ،":
        np1 -= 1
    if np1 <= np0 or len(norm[np0:np1].split()) > 16:
        return None
    inside = [x for x in s.mentions if np0 <= x[0] < np1]
    if inside and inside[0][0] - np0 <= 1:
        ref = registry.ref(inside[0][2])
        return ref
    label = s.text[s.orig(np0):end_with_marks(s.text, s.orig(np1 - 1) + 1)]
    return unregistered_source(registry, s, np0, np1, label, state)


def is_recipient(norm: str, m0: int) -> bool:
    """A name written with the preposition ل ("لوكالة", "للافروف", "لـ«الشرق الأوسط»")."""
    w = norm.rfind(" ", 0, m0) + 1
    prefix = norm[w:m0].replace('"', "")
    before = norm[:w].split()[-1:]
    if before and before[0] in BELONGING_WORDS:
        return False  # "اللجنة التابعة للأمم المتحدة": whom the body belongs to, not who heard it
    if before and before[0] in ISSUED_DOCUMENTS and not RECIPIENT_WORD_RE.match(norm[w:].split()[0]):
        return False  # "وجاء في بيان للأمم المتحدة أن": who issued it (not a medium: "في بيان لرويترز")
    return prefix in ("ل", "لل", "ول", "لـ")


# Documents named with whoever issued them written with ل: "بيان للأمم المتحدة", "تقرير لوزارة الصحة" (not a
# letter, a notice or a complaint, whose ل is rather whom it is sent to: "رسالة للرئيس", "بلاغ للشرطة").
ISSUED_DOCUMENTS = {"بيان", "تقرير", "وثيقه", "دراسه"}
BELONGING_WORDS = {"التابع", "التابعه", "التابعين", "التابعون", "تابع", "تابعه", "الموالي", "المواليه", "الموالين",
                   "موالي", "مواليه", "المنتمي", "المنتميه", "المنتمين", "المناصر", "المناصره", "المناصرين"}


# Verbs of telling: their first object is who was told ("أبلغ المسؤول المقاتلين الأكراد أن …", "أخبر الوزير
# الصحفيين أن …"), written right after the subject.
TELL_VERBS = {"أبلغ", "أخبر"}
# Definite words that follow a definite noun as its adjective, not as a verb's object: nisba adjectives in the
# singular (الأمريكي، الرسمية) and a few frequent others (normalized).
ADJECTIVES = {"العام", "العامه", "السابق", "السابقه", "الجديد", "الجديده", "الاعلي", "الاول", "الاولي", "الكبير",
              "الكبري", "الموقت", "الموقته", "المستقيل", "المكلف", "المنتخب", "الخاص", "الخاصه", "المساعد",
              "التنفيذي", "الاقليمي", "الميداني", "المحلي", "الدولي", "الاممي"}
SINGULAR_NISBA_RE = re.compile(r"^ال\S{2,}(?:ي|يه)$")
# MEDIA_HEADS head who heard it when they follow a telling verb's subject, even indefinite ("أبلغ مسؤول حكومي
# وكالة أنباء رويترز بأن …"): the media told.


# Verbs of saying whose hearer may follow a one-word definite title with ل ("وأكد الرئيس للوفد الأمريكي أن …").
SAID_TO_VERBS = TELL_VERBS | {"أكد", "قال", "أوضح", "كشف", "صرح"}


def hearer_start(s: Sentence, cue: Cue, np0: int, np1: int) -> int:
    """Where who was told begins inside the noun phrase after a verb of telling, else np1. A definite noun takes
    no genitive, so a definite word after it that is no adjective of it is the object (the hearer): "أبلغ المسؤول
    المقاتلين الأكراد" → المسؤول; a media noun after the subject is the outlet told; after a verb of saying, a
    one-word definite title is not followed by a ل-genitive of a person or group ("الرئيس للوفد"), which is the
    hearer (a title's body is: "الأمين العام للأمم المتحدة", "المنسق للشؤون الإنسانية")."""
    if cue.kind != "verb" or cue.lemma not in SAID_TO_VERBS:
        return np1
    words = [w for w in WORD_RE.finditer(s.norm, np0, np1)]
    cut = None
    if len(words) >= 2 and words[0].group(0) in TITLE_WORDS and words[0].group(0).startswith("ال") \
            and re.match(r"لل(\S{2,})$", words[1].group(0)) and words[1].group(0)[3:] not in BODY_HEADS | {"شوون", "امم"} \
            and not any(x[0] <= words[1].start() < x[1] for x in s.mentions):
        cut = words[1]
    elif cue.lemma in TELL_VERBS:
        definite = words[:1] and words[0].group(0).startswith("ال")
        for w in words[1:]:
            t = w.group(0)
            if t in MEDIA_HEADS or any(x[0] <= w.start() < x[1] for x in s.mentions):
                cut = w if t in MEDIA_HEADS else None
                break
            if not (definite and t.startswith("ال")):
                definite = False
                continue
            if not SINGULAR_NISBA_RE.match(t) and t not in ADJECTIVES:
                cut = w
                break
    return s.norm.rfind(" ", np0, cut.start()) if cut is not None else np1


# Particles that open a sentence before its verb, never a subject ("ثم أخبر", "لقد أخبر").
LEAD_PARTICLES = {"ثم", "لقد", "قد", "كما", "لكن", "لكنه", "لكنها", "ولكن", "اذ", "فقد", "وقد", "لما", "حين", "عندما"}


def teller_before(registry, s: Sentence, cue: Cue, state: Discourse) -> SourceRef | None:
    """The subject of a verb of telling written before it, as translated wire copy orders it ("المحقق الكندي لاري
    فانس أخبر دير شبيغل أنه …"): a sentence that opens with a noun phrase running straight into the verb, with no
    و or ف on it; the noun phrase after the verb is then who was told. A phrase of up to ten words,
    with no preposition word (with و or ف: "وفي وقت سابق أبلغ"), comma, quotation mark or verb in it: at the sentence's start a noun followed at
    once by a verb with no و is that verb's subject, whatever its head."""
    if cue.kind != "verb" or cue.lemma not in TELL_VERBS or s.norm[cue.start:cue.start + 1] in ("و", "ف") \
            or s.norm[cue.start - 1:cue.start].strip():  # "وأخبر": the و glued before the cue
        return None
    k0 = len(s.norm) - len(s.norm.lstrip(' "'))
    k1 = len(s.norm[:cue.start].rstrip())
    words = s.norm[k0:k1].split()
    if not 1 <= len(words) <= 10 or any(w in NP_STOP or w[:1] in "وف" and w[1:] in NP_STOP or cue_lemma(w) for w in words) \
            or re.search(r'[،,:"؛.]', s.norm[k0:k1]) or cue_lemma(words[0].lstrip("وف")) \
            or words[0] in LEAD_PARTICLES:
        return None
    named = [x for x in s.mentions if k0 <= x[0] < k1]
    label = s.text[s.orig(k0):end_with_marks(s.text, s.orig(k1 - 1) + 1)]
    if named and named[0][1] >= k1 - 1 and named[0][0] <= k0 + 1:
        return registry.ref(named[0][2])
    return unregistered_source(registry, s, k0, k1, label, state)
