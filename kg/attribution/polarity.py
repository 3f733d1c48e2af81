"""Polarity and hedging of a content span: denied by its verb (نفى) or by a denial phrase opening it
("لا صحة"), hedged by its verb (رجّح, توقع) or by a marker inside it (ربما, من المرجح)."""

from __future__ import annotations

import re

from .document import Sentence, end_with_marks
from .verbs import BELIEF_VERBS, VERB_FORM

DENIAL_VERBS = {"نفى", "كذب"}
HEDGE_VERBS = {"رجح": "رجح", "توقع": "توقع", "زعم": "زعم", "ادعى": "ادعى", "استبعد": "استبعد", "قدر": "قدر"}
DENIAL_RE = re.compile(
    r"(?<![\w])(لا صحه|عار عن الصحه|عاري عن الصحه|عاريه عن الصحه|غير صحيح|غير صحيحه|لا اساس له من الصحه|"
    r"لا اساس لها من الصحه|عار تماما عن الصحه|محض افتراء|مجرد شايعات)(?![\w])")
# The same judgement as the predicate of what is denied: "الخبر المتداول … غير صحيح", "تصريحات رئيس
# ريفربلايت غير صادقة"; "عدم صحة مثل هذه الرسائل" as its opening. (Not "خاطئ": mostly an adjective, "تنشر
# معلومات خاطئة".)
DENIAL_PREDICATE_RE = re.compile(r"(?<![\w])(?:غير صحيح|غير صحيحه|غير صادق|غير صادقه|غير دقيق|غير دقيقه|عار عن الصحه|"
                                 r"عاريه عن الصحه)(?![\w])")
DENIAL_OPENING_RE = re.compile(r"\s*(?:عدم صحه)(?![\w])")
FIRST_CLAUSE_END_RE = re.compile(r"[،؛]|\.{2,}|\s[وف](?:ان|انه|انها|انهم|بان|بانه|بانها)(?![\w])")
# Hedges in the content: possibility, belief, unconfirmed reports.
HEDGE_RE = re.compile(
    r"(?<![\w])(ربما|قد (?=[يتن])|يحتمل|من المحتمل|المحتمل|من المتوقع|المتوقع|يرجح|من المرجح|المرجح|يعتقد|يبدو|على ما يبدو|"
    r"علي ما يبدو|يتردد|غير مؤكد|غير موكد|غير موكده|لم يتسن|لا يمكن التاكد|لم يتم التاكد|يشتبه|المشتبه|مزعوم|"
    r"المزعوم|بحسب ما يعتقد|ان صح|ان صحت|امكانيه|لم يعرف|لم يعرف ما اذا|من غير المعروف|غير معروف|يقدر|يرجح ان)")


# A denial verb opening what a speaker says of itself, maybe quoted with its adverb: "وقالت البعثة في بيان إنها
# «نفت بشدة» الاتهامات …", "وأكد الوزير أنه نفى أن تكون …". The complementizer's pronoun is the speaker, so the
# claim is the speaker's denial of what follows the verb (the verb becomes the cue, as «لا صحة» does).
SELF_COMPLEMENTIZER_RE = re.compile(r"(?<![\w])[بف]?ان(?:ه|ها|هم|هما|ني|نا)\s*$")
DENIAL_VERB_OPENING_RE = re.compile(
    r"\s*\"?\s*(?:قد\s+)?((?:نفي|نفت|نفوا|نفينا|نفيت|ينفي|تنفي|ينفون|ننفي|انفي))"
    r"(?:\s+(?:بشده|قطعيا|تماما|مجددا|جمله\s+وتفصيلا))?\s*\"?\s*(?:(?:ان|بان)(?![\w])\s*)?"
    r"(?=\S)")


def denial_verb_opening(norm: str, c0: int, c1: int):
    """A denial verb opening the content after a complementizer with the speaker's pronoun: the match (group 1 the
    verb, its end where what is denied starts), or None."""
    if not SELF_COMPLEMENTIZER_RE.search(norm, max(0, c0 - 12), c0):
        return None
    m = DENIAL_VERB_OPENING_RE.match(norm, c0, c1)
    return m if m and c1 - m.end() >= 3 else None


def denial_opening(norm: str, c0: int, c1: int):
    """A denial phrase at the start of the content ("لا صحة لما …"): the match, which becomes the cue, or None."""
    dm = DENIAL_RE.search(norm, c0, c1)
    return dm if dm and dm.start() - c0 <= 12 else None


def hedge_marker(s: Sentence, lemma: str, c0: int, c1: int) -> str | None:
    """The hedge of a content span (normalized offsets c0..c1): its verb's, else a verb of belief opening it,
    else the first marker in it, as written."""
    hedge = HEDGE_VERBS.get(lemma)
    first = re.match(r"\S+", s.norm[c0:c1])
    if hedge is None and first and VERB_FORM.get(first.group(0)) in BELIEF_VERBS:
        # "قال إنه يتوقع أن …": the content opens with the speaker's expectation
        hedge = s.text[s.offsets[c0]:end_with_marks(s.text, s.offsets[c0 + first.end() - 1] + 1)]
    if hedge is None:
        hm = HEDGE_RE.search(s.norm, c0, c1)
        if hm:
            hedge = s.text[s.offsets[hm.start()]:end_with_marks(s.text, s.offsets[hm.end() - 1] + 1)].strip()
    return hedge


def denied_predicate(norm: str, c0: int, c1: int) -> bool:
    """What the content denies is its subject: a denial predicate in its first clause (before a comma, "..", "؛"
    or a coordinated "وأن": "تم التوقيع …، وكل ما يتداول … غير صحيح" asserts the signing), or "عدم صحة" opening
    it."""
    stop = FIRST_CLAUSE_END_RE.search(norm, c0, c1)
    first = stop.start() if stop else c1
    if DENIAL_OPENING_RE.match(norm, c0, c1):
        return True
    m = DENIAL_PREDICATE_RE.search(norm, c0, first)
    return bool(m) and not ATTRIBUTIVE_BEFORE_RE.search(norm, c0, m.start()) \
        and bool(SAID_RE.search(norm, c0, m.start()))


# What can be untrue is something said or shown: a report, a statement, a figure, "what is circulated". Other
# subjects are judged, not denied: "التوجيهات الأخيرة … غير صحيحة وغير دستورية" (directives called wrong: sample 8,
# stored as a denial against a claim that agrees with them)
SAID_RE = re.compile(r"(?<![\w])(?:ال|[وف]ال|ب?ال)?(?:خبر|اخبار|انباء|نبا|تقرير|تقارير|معلومات|معلومه|ادعاء|ادعاءات|"
                     r"مزاعم|شايعات|شايعه|اشاعات|اشاعه|تصريح|تصريحات|روايه|رسايل|رساله|صور|صوره|فيديو|مقطع|اتهامات|"
                     r"اتهام|ارقام|احصاءات|احصاييات|بيانات|بيان|كلام|حديث|انباء|ما\s+\S+|كل\s+ما)(?![\w])")


# An indefinite noun right before "غير صحيح" that it describes: after a preposition ("على أسباب غير صحيحة") or
# in the accusative ("بات فهما غير صحيح"): an adjective, not the predicate of a denial.
ATTRIBUTIVE_BEFORE_RE = re.compile(r"(?:(?<![\w])(?:علي|على|في|من|عن|الي|مع|حول|بسبب)\s+(?!ال)[^\s]+|(?<![\w])(?!ال|ما\s)[^\s]+ا)\s+$")
