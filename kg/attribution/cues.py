"""Reporting cues of a sentence: verbs (by form and by the parse's lemma), participles, nominal frames
("بحسب"), "جاء في", pretexts ("بدعوى"), one's own words ("حسب قوله") and a bare colon; and whether a cue
opens a new attribution or sits inside another's content."""

from __future__ import annotations

import re

from ..text import light_stem, normalize
from .document import Cue, Sentence, inside_mention
from .parse import word_at
from .source_phrases import source_like
from .source_words import DOCUMENT_WORDS, ISSUED_IN_FRAME_RE, NP_STOP, SOURCE_HEADS, TITLE_WORDS
from .syntax import (
    COMPLEMENTIZER_RE, MAX_COMP_GAP, MAX_GAP, NEW_CLAUSE_RE, OPENER_NEAR_RE, PREPOSITION_BEFORE_RE, QUOTE_OPEN_RE,
    RELATIVE_BEFORE_RE, SOON_RE, is_speech
)
from .verbs import (
    AMBIGUOUS_FORMS, BELIEF_VERBS, CALL_NOUN_RE, CERTAIN_ADJECTIVES, CALL_VERBS, OBJECT_VERBS, FEMININE_PARTICIPLE, NEEDS_COMPLEMENT, NORM_LEMMA, NOT_LEMMA_CUES, OBJECT_THEN_B,
    PARTICIPLE_FORM, PREP_OPENER, THREATS, TIGHT_PREP, VERB_FORM
)

# Optional و/ف (and ل in "لتضيف") before, optional object pronoun after (ذكّره، أبلغها).
VERB_RE = re.compile(
    r"(?<![\w])(?:[وف]|ول|وقد|فقد|قد|ولقد)?\s?(" + "|".join(sorted(VERB_FORM, key=len, reverse=True))
    + r")(?:ه|ها|هم|هما|ني|نا)?(?![\w])"
)
# The past plural drops its alif before an object pronoun ("وصفوهم بأنهم …", "اتهموه بـ…"): a cue only with the
# pronoun. Not عد ("عدوهم" is "their enemy").
PLURAL_OBJECT_FORM = {f[:-1]: lemma for f, lemma in VERB_FORM.items() if f.endswith("وا") and lemma != "عد"}
PLURAL_OBJECT_RE = re.compile(
    r"(?<![\w])(?:[وف]|وقد|فقد|قد)?\s?(" + "|".join(sorted(PLURAL_OBJECT_FORM, key=len, reverse=True))
    + r")(?:ه|ها|هم|هما|ني|نا)(?![\w])"
)
PARTICIPLE_RE = re.compile(
    r"(?<![\w])[وف]?(" + "|".join(sorted(PARTICIPLE_FORM, key=len, reverse=True)) + r")(?![\w])")
# Certainty as a plain predicate of its subject ("والوزير واثق من أن …", "أمين عام الوكالة متيقنٌ: «…»"): the
# subject asserts what it is sure of, as with "واثقاً من أن" (not after a complementizer with its pronoun, "إنه
# متيقن من أن …", where it is the teller's content: content.CERTAINTY_LEAD_RE).
CERTAIN_PREDICATE_RE = re.compile(r"(?<![\w])(" + "|".join(CERTAIN_ADJECTIVES) + r")(?:ون|ين|ه|ان)?\s*"
                                  r"(?=(?:من\s+|ب)(?:ان|انه|انها|انهم)(?![\w])|:)")
# "وجاء في X أن …" / "وورد في X": the source is what the text came in.
CAME_IN_RE = re.compile(r"(?<![\w])[وف]?(?:جاء|ورد|وجاء)(?:ت)? في(?![\w])")

# Nominal / prepositional attributions; the source follows, the content is elsewhere.
NOMINAL_RE = re.compile(
    r"(?<![\w])(?:و)?((?:بحسب|حسب|وفق|وفقا ل|طبقا ل)\s?ما (?:ذكر|اورد|افاد|اعلن|نقل|نشر|قال|اكد|اوضح)(?:ت|وا)?(?:ه|ها)?|"
    r"حسبما (?:ذكر|اورد|افاد|اعلن|نقل|نشر|قال|اكد|اوضح)(?:ت|وا)?(?:ه|ها)?|حسبما|"
    r"بحسب ما (?:ذكر|ذكرت|افاد|افادت|اعلن|اعلنت|اورد|اوردت|نقل|نقلت)|بحسب|"
    r"حسب ما (?:ذكر|ذكرت|افاد|افادت|اعلن|اعلنت|اورد|اوردت|نقل|نقلت)|حسب|"
    r"وفق ما (?:ذكر|ذكرت|افاد|افادت|اعلن|اعلنت|اورد|اوردت)|وفق اعتراف|وفق|استنادا الي|"
    r"نقلا عن|علي لسان|علي حد (?:ما ذكر|ما ذكرت|قول|تعبير|وصف))(?![\w])|(?<![\w])(?:و)?(وفقا ل|طبقا ل)"
)
# Unnamed reports with their content right after them: "من تقارير بأن …", "وسط أنباء عن أن …".
REPORT_NOUN_RE = re.compile(r"(?<![\w])(?:[وب]|من|وسط|مع)?\s?((?:تقارير|انباء|معلومات|شايعات)(?:\s+[^\s،.:\"]+يه)?)"
                            r"(?=\s+(?:بان|بانه|بانها|بانهم|عن ان|عن انه|عن انها)(?![\w]))")
# "هبت الطائفة … بدعوى أنها …", "أصدر القضاء أحكاما … بتهمة …": the claim, charge or pretext of the
# sentence's subject.
PRETEXT_RE = re.compile(r"(?<![\w])(?:و)?(بدعوي|بتهمه|بتهم|بحجه|بذريعه)(?![\w])")
# "ردا، حسب قولها، على …": in the words of the sentence's own subject.
OWN_WORDS_RE = re.compile(r"(?<![\w])(?:و)?((?:حسب|بحسب|وفق|علي حد) (?:قوله|قولها|قولهم|تعبيره|تعبيرها|تعبيرهم|"
                          r"وصفه|وصفها|اقواله|اقوالها))(?![\w])")


# Deny and confirm joined by "or" / "nor" ("نفي أو تأكيد", "تأكيد أو نفي", "لا ينفي ولا يؤكد", "لم ينف ولم يؤكد"):
# the speaker neither confirms nor denies. The GUIDE's rule for "لم يؤكدها X" (an outlet statement, not a denial
# by X) holds for both halves, so neither is a report: no denied claim and no asserted one.
DENY_FORMS = r"(?:نفي|ينفي|تنفي|ينف|تنف|نفيا|النفي)"
CONFIRM_FORMS = r"(?:تاكيد|يوكد|توكد|تاكيدا|التاكيد)"
JOIN = r"\s+(?:او|ولا|ولم)\s+"
NEITHER_NOR_RE = re.compile(rf"(?<![\w])[وف]?(?:{DENY_FORMS}{JOIN}{CONFIRM_FORMS}|{CONFIRM_FORMS}{JOIN}{DENY_FORMS})(?![\w])")
# Refusing or declining to deny ("رفض نفي", "امتنع عن نفي", "تجنب نفي") is no denial either.
REFUSED_BEFORE_RE = re.compile(r"(?<![\w])[وف]?(?:رفض|رفضت|رفضوا|يرفض|ترفض|امتنع|امتنعت|يمتنع|تمتنع|تجنب|تجنبت|"
                               r"يتجنب|تتجنب|تحاشي|تحاشت)(?:\s+\S+){0,4}?\s+(?:عن\s+)?$")


def neither_nor(norm: str, c: Cue) -> bool:
    """A denial or confirmation that is one half of "neither … nor" (or "refused to deny …")."""
    near = NEITHER_NOR_RE.search(norm, max(0, c.start - 20), min(len(norm), c.end + 20))
    if near and near.start() <= c.start < near.end():
        return True
    # (the verbal noun only, nothing glued to it: "رفضت الحكومة الاتهامات ونفت …" denies)
    return c.lemma == "نفى" and norm[c.start:c.end] in ("نفي", "النفي") and norm[c.start - 1:c.start] == " " \
        and bool(REFUSED_BEFORE_RE.search(norm, max(0, c.start - 60), c.start))


# Quotation marks that hold the verb itself and at most two words after it (its adverb): "البعثة «نفت بشدة»
# الاتهامات". The outlet quotes the speaker's wording of the act; no one's speech is inside them.
OWN_MARKS_BEFORE_RE = re.compile(r"\"\s*(?:[وف]|قد|وقد|فقد)?\s*$")
OWN_MARKS_AFTER_RE = re.compile(r"(?:\s+[^\s\"،.:]+){0,2}\s*\"")


def verb_in_its_own_marks(norm: str, c: Cue) -> bool:
    """(Not after a complementizer: "قالت إنها «نفت بشدة» …" is قالت's content, whose claim turns to a denial.)"""
    marks = OWN_MARKS_BEFORE_RE.search(norm, max(0, c.start - 8), c.start)
    return c.kind == "verb" and marks is not None and bool(OWN_MARKS_AFTER_RE.match(norm, c.end)) \
        and not BELIEF_AFTER_COMP_RE.search(norm, 0, marks.start())


# A negated verb, then "أو" and this one: "العائلة لم تبايع أو تعلن الولاء".
NEGATED_BEFORE_OR_RE = re.compile(r"(?<![\w])و?(?:لم|لا|لن)\s+[^\s،.:\"]+\s+او\s+$")


def in_object_slot(norm: str, cues: list[Cue], c: Cue) -> bool:
    """A noun-spelled form (طلب، نشر، نقل …) right after an object-taking verb and its one- or two-word subject,
    with no و or comma before it, is that verb's object, a verbal noun: "ووصفت واشنطن طلب التأشيرة بأنه …",
    "أعلن الجيش نشر قوات …" (Arabic does not chain two finite verbs that way)."""
    prev = cues[-1] if cues else None
    if c.form not in AMBIGUOUS_FORMS or prev is None or prev.kind != "verb" or prev.lemma not in OBJECT_VERBS \
            or norm[c.start:c.end] != c.form or norm[c.start - 1:c.start] != " ":
        return False
    between = norm[prev.end:c.start]
    return not re.search(r"[،,.:\"]", between) and 1 <= len(between.split()) <= 2


def find_cues(s: Sentence) -> list[Cue]:
    norm = s.norm
    candidates = [Cue(m.start(1), m.end(), VERB_FORM[m.group(1)], "verb", m.group(1))
                  for m in VERB_RE.finditer(norm)]
    candidates += [Cue(m.start(1), m.end(), PLURAL_OBJECT_FORM[m.group(1)], "verb", m.group(1))
                   for m in PLURAL_OBJECT_RE.finditer(norm)
                   if not any(c.start <= m.start(1) < c.end for c in candidates)]
    candidates.sort(key=lambda c: c.start)
    taken = [(c.start, c.end) for c in candidates]
    frames = [(m.start(), m.end()) for m in NOMINAL_RE.finditer(norm)] + [
        (m.start(), m.end()) for m in OWN_WORDS_RE.finditer(norm)] + [
        (m.start(), m.end()) for m in PARTICIPLE_RE.finditer(norm)]
    # the parse finds reporting verbs by lemma where the surface forms miss them (other persons,
    # clitics, spellings); a verb or an untagged word (X) whose lemma is a reporting verb's
    for w in s.words:
        lemma = NORM_LEMMA.get(normalize(w.lemma or ""))
        if lemma and w.upos == "VERB":
            n0, n1 = s.to_norm(w.start), s.to_norm(w.end)
            form = norm[n0:n1]
            if n1 > n0 and not form.startswith("ال") and form not in NOT_LEMMA_CUES and not form.endswith("ا") \
                    and norm[max(0, n0 - 1):n0] != "س" \
                    and OPENER_NEAR_RE.search(norm[n1:n1 + 80]) \
                    and not any(a < n1 and n0 < b for a, b in taken + frames):
                candidates.append(Cue(n0, n1, lemma, "verb", form))
    cues: list[Cue] = []
    for c in candidates:
        form = c.form
        if is_noun(s, c) or c.kind == "verb" and norm[c.start:c.end] == form \
                and s.text[s.orig(c.end - 1) + 1:s.orig(c.end - 1) + 2] == "\u064b":
            continue  # a verb never takes tanween: "ما اعتبره السوريون كذباً" is the noun "a lie"
        if (norm[c.start:c.end] != form or PASSIVE_RELAY_RE.match(norm, c.end)) and OCCASION_BEFORE_RE.search(
                norm[:c.start]):
            continue  # "قال X في مقابلة نشرتها صحيفة Y إن …": the occasion's publisher relays, X speaks
        if form == "يذكر" and norm[c.start:c.end] == form and re.match(r"\s*(?:ان|انه|انها|بان)(?![\w])",
                                                                         norm[c.end:]):
            continue  # "يُذكر أن …": "it is worth noting", the outlet's own voice, nobody reports
        if c.lemma in ("تابع", "واصل", "استدرك") and not OPENER_NEAR_RE.search(norm[c.end:c.end + 60]):
            continue  # "تابع"/"واصل" report only with what follows them: "وتابع: «…»", "وتابع أن"
        if c.lemma == "أعلن" and norm[c.start:c.end] != form and DECLARED_AS_RE.match(norm, c.end) \
                and not names_speaker(norm, c.end):
            continue  # "التي حظرتها القاهرة وأعلنتها جماعة إرهابية": declared it (to be) something, no report
        if c.lemma == "أبلغ" and c.form[:1] in ("ي", "ت") and AMOUNT_AFTER_RE.match(norm, c.end):
            continue  # "تبلغ 420 مليون لتر": the present of بلغ "amounts to", nobody informs
        if c.lemma == "زاد" and not (re.search(r"(?:^|[.،:])\s*و$", norm[:c.start]) and re.search(
                r"(?<![\w])(?:ان|انه|انها|بان|بانه|بانها)(?![\w])|:", norm[c.end:c.end + 60])):
            continue  # "وزاد حول … أن …" adds; "زاد عدد القتلى" increases
        shadda = "\u0651" in s.text[s.orig(c.start):s.orig(c.end - 1) + 2]
        if form in ("بين", "كتب") and (norm[c.start:c.end] != form or norm[max(0, c.start - 1):c.start] == "ب") \
                or form == "بين" and not re.search(r"(?<![\w])(?:ان|انه|انها|بان|:)(?![\w])",
                                                   norm[c.end:c.end + (160 if shadda else 80)]) \
                or form == "كتب" and not (re.search(r"(?<![\w])(?:ان|انه|انها|بان|:)(?![\w])|\"",
                                                    norm[c.end:c.end + 80]) or norm.rstrip().endswith(":")):
            continue  # "بين" is mostly "between" (unless written بيّن), "كتب" mostly "books"
        if c.lemma == "أطلق" and not re.match(r"\s*(?:\S+\s+){0,8}?" + CALL_NOUN_RE.pattern, norm[c.end:]):
            continue  # "أطلق النار", "أطلق سراح": it launched no call (CALL_NOUN_RE)
        if c.lemma == "عد" and not shadda:
            continue
        if c.lemma == "آمن" and s.text[s.orig(c.start):s.orig(c.start) + 1] != "\u0622":
            continue  # "أمن" (security) and "امن" spelled without its madda: not "believed"
        if c.lemma in NEEDS_COMPLEMENT and (
                not re.search(NEEDS_COMPLEMENT[c.lemma], norm[c.end:c.end + 120])
                or s.text[s.orig(c.end - 1)] == "\u0629"):
            continue  # "نسبة" (a rate) is spelled like نسبه; a report needs its second complement
        if re.search(r"(?<![\w])(?:لا|لم|لن|ما|ولم|ولا|ولن)\s*$", norm[max(0, c.start - 5):c.start]) \
                and not SOON_RE.search(norm[:c.start]) and not stated_before(s, c):
            # "سرعان ما ندد": soon; "وهذا ما أكده": what he confirmed
            continue  # "لا ينفي", "لم يؤكد": a report that was not made
        if NEGATED_BEFORE_OR_RE.search(norm, max(0, c.start - 40), c.start):
            continue  # "لم تبايع أو تعلن الولاء": the negation covers the verb after "أو" too
        if c.lemma in ("نفى", "أكد") and neither_nor(norm, c):
            continue  # "رفضت الوزارة نفي أو تأكيد الأنباء": nobody denies (GUIDE: no denial by X), nobody confirms
        if re.search(r"(?<![\w])(?:من|ما|مما|عما|بما|لما)\s*$", norm[max(0, c.start - 5):c.start]) \
                and not SOON_RE.search(norm[:c.start]) and not stated_before(s, c) \
                and not re.match(r"(?:ه|ها|هم)?\s*(?:ان|انه|انها|:)", norm[c.end:]):
            continue  # "كل من ينشر أخبار التنظيم": a relative clause, not a report
        if in_object_slot(norm, cues, c) or describes_a_thing(s, c) or describes_the_speaker(norm, cues, c):
            continue
        cues.append(c)
    for m in PARTICIPLE_RE.finditer(norm):
        if PARTICIPLE_FORM[m.group(1)] == "حمل" and not BLAME_RE.match(norm, m.end()):
            continue
        if m.group(1) in FEMININE_PARTICIPLE and not re.match(
                r"\s*(?:في الوقت (?:نفسه|ذاته)\s*،?\s*)?(?:ان|انه|انها|بان|بانه|بانها|الي ان|من ان|:|\")", norm[m.end():]) \
                and not denial_with_object(norm, m.start(1), m.end(), PARTICIPLE_FORM[m.group(1)]) \
                and not ((prep_follows(norm, m.end(), PARTICIPLE_FORM[m.group(1)])
                          or object_then_b(norm, m.end(), PARTICIPLE_FORM[m.group(1)]))
                         and (re.search(r"(?:^|[،,:])\s*$", norm[:m.start(1)]) or bare_after_clause(norm, m))) \
                and not stresses_a_need(norm, m, cues):
            continue
        cues.append(Cue(m.start(1), m.end(), PARTICIPLE_FORM[m.group(1)], "participle", m.group(1)))
    cues += [Cue(m.start(1), m.end(1), CERTAIN_ADJECTIVES[m.group(1)], "participle", m.group(1))
             for m in CERTAIN_PREDICATE_RE.finditer(norm)
             if (predicate_subject_span(norm, m.start(1)) is not None
                 or re.search(r"(?<![\w])[وف]?(?:هو|هي|هم)\s*$", norm[:m.start(1)]))
             and not any(c.start == m.start(1) for c in cues)]
    cues += [Cue(m.start(), m.end(), "جاء في", "came-in") for m in CAME_IN_RE.finditer(norm)]
    cues += [Cue(m.start(1), m.end(1), "تقارير", "report-noun") for m in REPORT_NOUN_RE.finditer(norm)
             if norm[:m.start()].count('"') % 2 == 0]
    cues += [Cue(m.start(1), m.end(1), m.group(1), "pretext") for m in PRETEXT_RE.finditer(norm)
             if norm[:m.start()].count('"') % 2 == 0]  # not inside a quotation
    own = [(m.start(1), m.end(1)) for m in OWN_WORDS_RE.finditer(norm)]
    cues += [Cue(a, b, norm[a:b], "own-words") for a, b in own]
    for m in NOMINAL_RE.finditer(norm):
        g = 1 if m.group(1) else 2
        if not any(a <= m.start(g) < b for a, b in own):
            cues.append(Cue(m.start(g), m.end(g), m.group(g), "nominal"))
    for m in re.finditer(r':\s*"', norm):
        # "ولكنه …: «…»": a quotation introduced by a colon alone, when no cue comes before it
        if not any(c.start < m.start() for c in cues) and is_speech(norm, m.end() - 1, len(norm)) \
                and norm[:m.start()].count('"') % 2 == 0:
            cues.append(Cue(m.start(), m.start() + 1, ":", "colon", ":"))
    cues = [c for c in cues if not inside_mention(s, c.start) and not (
        c.kind in ("verb", "participle") and norm[:c.start].count('"') % 2 == 1
        and (c.kind == "verb" or '"' in norm[c.end:])  # a participle: only when the quotation closes after it
        and not COMPLEMENTIZER_RE.search(norm, c.end, min(len(norm), c.end + 60))
        and not verb_in_its_own_marks(norm, c))]  # a verb or participle inside a quotation
    # "وفق حصيلة أعلنها مسؤولون": the issuer's verb belongs to the frame, it is no report of its own
    issued = [(m.end(), f.end()) for m in NOMINAL_RE.finditer(norm)
              for f in [ISSUED_IN_FRAME_RE.match(norm, m.end())] if f]
    cues = [c for c in cues if not (c.kind == "verb" and any(a <= c.start < b for a, b in issued))]
    cues.sort(key=lambda c: c.start)
    out: list[Cue] = []
    for c in cues:  # one cue per position (a verb form inside a nominal frame: "حسب ما ذكرت")
        if out and c.start < out[-1].end:
            continue
        if c.kind == "report-noun" and out and out[-1].kind == "verb" and c.start - out[-1].end <= 2:
            continue  # "أفادت تقارير إعلامية بأن": the reports are the verb's subject
        out.append(c)
    return out


# An indefinite noun right after أعلن with its object pronoun: what the thing was declared to be
# ("أعلنتها جماعة إرهابية", "أعلنها منطقة منكوبة"), not a complementizer, a preposition or a definite subject.
DECLARED_AS_RE = re.compile(r"\s*(?!(?:ال|ان|انه|انها|بان|عن|في|من|علي|امس|اليوم|يوم|مساء|صباح|رسميا|صراحه)(?![\w]))"
                            r"(?!ال)[^\s،.:\"0-9]{3,}\s+[^\s،.:\"]+")
def names_speaker(norm: str, at: int) -> bool:
    """The word at `at` is a speaker's head noun or title ("أعلنها مسؤولون في الجيش"): the verb's subject."""
    m = re.match(r"\s*(\S+)", norm[at:])
    return bool(m) and (m.group(1) in TITLE_WORDS or m.group(1) in SOURCE_HEADS
                        or light_stem(m.group(1)) in SOURCE_HEADS)


# A figure right after a verb (with its "about"/"more than"): "تبلغ 420 مليون", "يبلغ نحو 30 في المئة".
AMOUNT_AFTER_RE = re.compile(r"\s*(?:(?:نحو|حوالي|قرابه|اكثر من|اقل من|ما يقارب|ما يزيد عن|ما يزيد علي)\s+)?[0-9٠-٩]")


# The indefinite noun right before a verb (its last word before the verb, after a space).
WORD_BEFORE_RE = re.compile(r"(?<![\w])([^\s،.:\"()]{3,})\s+$")


def describes_a_thing(s: Sentence, c: Cue) -> bool:
    """"انطلقت … أمس تظاهرات تطالب بتحسين الأداء الحكومي": a present call verb right after an indefinite noun that
    names no speaker (no ال, not a title, a body or a registered name) describes that thing (a صفة), it is no
    report of the discourse's last speaker. "مصادر تقول", "ناشطون يطالبون" keep theirs (source heads)."""
    norm = s.norm
    if c.kind != "verb" or c.lemma not in CALL_VERBS or not c.form.startswith(("ي", "ت")) \
            or norm[c.start:c.end] != c.form:
        return False
    m = WORD_BEFORE_RE.search(norm, 0, c.start)
    if m is None or m.group(1).startswith("ال") or m.group(1) in NP_STOP or names_speaker(norm, m.start(1)):
        return False
    return not any(x[0] <= m.start(1) < x[1] for x in s.mentions)


def describes_the_speaker(norm: str, cues: list[Cue], c: Cue) -> bool:
    """"وقال دبلوماسي روسي يتابع الوضع في سوريا إن …", "وقالت مصادر تتابع المحادثات إن …": a present verb with no
    و right after the indefinite subject of the verb before it describes that subject (Arabic links no relative
    pronoun to an indefinite noun); it is no report, and what it follows ("الوضع") is no speaker."""
    if c.kind != "verb" or not c.form.startswith(("ي", "ت")) or norm[c.start:c.end] != c.form \
            or not cues or cues[-1].kind != "verb":
        return False
    words = norm[cues[-1].end:c.start].split()
    return 1 <= len(words) <= 4 and not re.search(r"[،,.:؛\"()]", norm[cues[-1].end:c.start]) \
        and not any(w.startswith("ال") or w in NP_STOP or COMPLEMENTIZER_RE.fullmatch(w) for w in words)


def prep_follows(norm: str, end: int, lemma: str) -> bool:
    """"…، مهددة بالرد على الهجوم", "…، داعية إلى ضبط النفس": a feminine participle with its own preposition at
    once reports, after a comma (not أكد's على: "معلومات مؤكدة على …"; not without the comma: "عقوبات مشددة على
    روسيا" is an adjective, "تذمر حاد … ومطالبة بالتحقيق" a verbal noun)."""
    preps = PREP_OPENER.get(lemma, ()) if lemma not in TIGHT_PREP else ()
    return any(re.match(r"\s*(?:بشده\s+)?(?:ب(?:ال|م|ت|ا)\S{2}|بهذ[اه](?![\w]))" if p == "ب" else r"\s*" + p + r"\s",
                        norm[end:]) for p in preps)


# "محملا (الحكومة) (معظم) المسؤولية": blame, the responsibility within four words of the participle.
BLAME_RE = re.compile(r"\s*(?:[^\s،.:\"]+\s+){0,4}?(?:ال)?مسووليه(?![\w])")
# An object of one to four words, then ب + a verbal or definite noun ("الأمانة بتوفير", "الحكومة المركزية بالتحقيق").
OBJECT_THEN_B_RE = re.compile(r"\s*(?:[^\s،.:\"]+\s+){1,4}?ب(?:ال|م|ت)\S{2}")


# The one called on, of up to eight words, then إلى + a definite verbal noun: "مطالبة جميع مدافعي حقوق الإنسان
# وحقوق المرأة ودعاة الديمقراطية إلى اتخاذ عمل عاجل".
OBJECT_THEN_ILA_RE = re.compile(r"\s*(?:[^\s،.:\"]+\s+){1,8}?الي\s+(?=ا\S{3})")


def bare_after_clause(norm: str, m) -> bool:
    """"… أفضل من مساعدات الضمان الاجتماعي مطالبة بتمديد فترة …": a feminine participle with its own preposition
    reports after its content clause without a comma too, when nothing is glued to it (و/ف make "ومطالبة بالتحقيق" a
    verbal noun); prep_follows and object_then_b have already asked for the preposition. Only a call: other
    participles are adjectives there ("وسبع شركات متهمة بمساعدة النظام", "مناطق مهددة بالجفاف")."""
    return PARTICIPLE_FORM[m.group(1)] in CALL_VERBS and PARTICIPLE_FORM[m.group(1)] not in THREATS \
        and m.start(1) == m.start() > 0 and norm[m.start() - 1] == " " \
        and bool(COMPLEMENTIZER_RE.search(norm, 0, m.start()))  # not "وصرخت سامال مطالبة بالمساعدة"


# "مؤكدة على ضرورة التحقق …", "مشددة على أهمية …": what is stressed is a need, not a quality ("معلومات مؤكدة").
NEED_AFTER_RE = re.compile(r"\s*(?:علي\s+)?(?:ضروره|اهميه)(?![\w])")


def stresses_a_need(norm: str, m, cues: list) -> bool:
    """"وطالبت النائبة … بأن تكون هناك رقابة … مؤكدة على ضرورة التحقق …": a feminine participle of أكد/شدد
    stressing a need goes on with the report of a verb before it in the sentence (nothing glued to it: "ومؤكدة")."""
    return PARTICIPLE_FORM[m.group(1)] in ("أكد", "شدد") and bool(NEED_AFTER_RE.match(norm, m.end())) \
        and m.start(1) == m.start() and any(c.kind == "verb" and c.end <= m.start() for c in cues)


def object_then_b(norm: str, end: int, lemma: str) -> bool:
    """"…، مناشدة الأمانة بتوفير …", "…، مطالبة الحكومة بالتحقيق": a feminine participle of a call after a comma,
    with the one called on and then ب (or إلى), reports (as its masculine does) rather than names a demand."""
    return lemma in OBJECT_THEN_B and bool(OBJECT_THEN_B_RE.match(norm, end) or OBJECT_THEN_ILA_RE.match(norm, end))


# The object of a denial participle: a verbal noun or a definite noun ("نافية أسر أو اعتقال أي من …",
# "نافية الاتهامات"), not a preposition or a pronoun.
DENIAL_OBJECT_RE = re.compile(r"\s*([^\s،.:\"(]{3,})")


def denial_with_object(norm: str, start: int, end: int, lemma: str) -> bool:
    """"وشككت الوزارة في التقرير نافيةً أسر أو اعتقال أي من أفرادها": a denial participle after a main clause,
    with the denied thing as its object, reports the clause's subject's denial (the feminine is otherwise
    a cue only before a complementizer, as مؤكدة is mostly "confirmed")."""
    if lemma != "نفى" or len(norm[:start].split()) < 3:
        return False
    m = DENIAL_OBJECT_RE.match(norm[end:])
    return bool(m) and m.group(1) not in NP_STOP and not COMPLEMENTIZER_RE.fullmatch(m.group(1))


# "…، وهذا ما أكده رئيس النادي": the words before were the speaker's, named after them.
STATEMENT_BEFORE_RE = re.compile(r"\S\s*،?\s*(?:و|ف)?(?:هذا|ذلك|هو|هي)\s+ما\s*$")


# "وهو ما اعتبرته تركيا «غير مقبول»": an evaluation's content is what it calls the thing, after it.
EVALUATION_VERBS = {"اعتبر", "وصف", "عد", "رأى", "نسب"}


def stated_before(s: Sentence, cue: Cue) -> bool:
    """"…، وهو ما أكده X": the verb carries the pronoun of ما ("ما أكد وجوده" is "confirmed his presence")."""
    return cue.kind == "verb" and cue.lemma not in EVALUATION_VERBS and s.norm[cue.start:cue.end] != cue.form \
        and bool(STATEMENT_BEFORE_RE.search(s.norm[:cue.start]))


# "but" with its subject right before a verb: "، إلا أن السلطات نفت", "، غير أن طالبان نفت", "لكن الحركة نفت".
# "لكن" opens a clause without a comma too ("وأيد حلفاء غربيون الإجراءات التركية لكن كثيرين حثوا أنقرة …").
# A subject of up to six words: a body with its place ("إلا أن بعثة الاتحاد الإفريقي في الصومال نفت"); بيد أن is
# "but" as well.
CONTRAST_SUBJECT_RE = re.compile(r"(?:(?:^|[،,])\s*و?(?:(?:الا|غير|بيد) ان|لكن)|(?<![\w])و?لكن)\s+(?:[^\s،.:\"]+\s+){1,6}$")
# "although" and its subject: "على الرغم من أن X قالت في بيانها إنه …" is X's report of its own, conceded, when
# the verb has its own complementizer or quotation (opens_attribution); otherwise it stays in the words before
# ("قال إن الهجوم فشل رغم أن المسلحين أعلنوا السيطرة …").
CONCESSION_SUBJECT_RE = re.compile(r"(?<![\w])(?:علي\s+)?(?:ال)?رغم\s+(?:من\s+)?ان\s+(?:[^\s،.:\"]+\s+){1,6}$")


# "من جهته" / "من جانبها" hands the word to another party; "إذ" opens a clause that explains (and may
# report) on its own: a verb right after either is a turn of its own, not an object in the content before.
TURN_RE = re.compile(r"(?<![\w])(?:و?من (?:جهت|جانب)(?:ه|ها|هم|هما)|اذ)\s*،?\s*$")


def attribution_start(s: Sentence, cue: Cue) -> int:
    """Where the attribution a cue opens starts, and so where the content before it ends: at its "but" and
    subject when they stand before it ("…، إلا أن السلطات نفت …"), else at the cue."""
    if cue.kind != "verb":
        return cue.start
    m = CONTRAST_SUBJECT_RE.search(s.norm[:cue.start]) or CONCESSION_SUBJECT_RE.search(s.norm[:cue.start]) \
        or TURN_RE.search(s.norm[:cue.start]) or KANA_QAD_BEFORE_RE.search(s.norm[:cue.start])
    return m.start() if m else cue.start


# The pluperfect's auxiliary before a reporting verb ("…، وكان قد تنبأ هو ووالتر أن", "…، وكان الوزير قد أكد
# أن"): it opens the new report, so the content before it ends there, not at the verb.
KANA_QAD_BEFORE_RE = re.compile(r"(?<![\w])و(?:كان|كانت|كانوا|كانا)(?:\s+[^\s،,.:\"]+){0,4}?\s+قد\s*$")


def opens_attribution(s: Sentence, cue: Cue, following: int) -> bool:
    """Whether a cue starts a new attribution and so ends the content before it. A verb taking a
    plain object inside someone's content ("إن التنظيم ربما نقل مقاتليه") does not, unless it
    opens a new clause (after a comma or و) or has its own complementizer or quotation."""
    if cue.kind == "pretext":
        return False  # "أعدم رجلين بتهمة …" inside a report: the charge is part of it
    if cue.kind != "verb":
        return True
    before = s.norm[:cue.start]
    if NEW_CLAUSE_RE.search(before) or (before[-1:] in ("و", "ف") and before[-2:-1] in ("", " ")):
        return True
    if CONTRAST_SUBJECT_RE.search(before):
        return True  # "…، إلا أن السلطات نفت صحة التصريح": another speaker's answer, not the first one's words
    if TURN_RE.search(before):
        return True  # "…؛ من جهته أعلن الرئيس الفرنسي …", "، إذ أكد البعض …": a new speaker's turn
    window = s.norm[cue.end:min(following, cue.end + MAX_COMP_GAP)]
    return bool(COMPLEMENTIZER_RE.search(window) or QUOTE_OPEN_RE.search(window[:MAX_GAP]))


# The occasion of a statement right before a verb with an object pronoun that points back to it
# ("في مقابلة نشرتها صحيفة لوموند", "في تصريحات نقلتها وكالة الأنباء"): that verb relays, it is not a cue.
OCCASION_BEFORE_RE = re.compile(r"(?<![\w])(?:في|خلال|عبر)\s+(?:مقابله|المقابله|حديث|الحديث|حوار|الحوار|لقاء|"
                                r"تصريحات|تصريح|مقال|كلمه|بيان|رساله|مداخله|تقرير|التقرير|دراسه)"
                                r"(?:\s+[^\s،.:\"]+){0,6}?\s+$")
# A passive relay with nothing but its time before the complementizer: "في حديث لصحيفة لوفيغارو نُشر اليوم إن".
PASSIVE_RELAY_RE = re.compile(r"(?:\s+(?:يوم|مساء|صباح|امس|اليوم|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|"
                              r"الاحد))*\s*،?\s*(?:ان|انه|انها|انهم|بان)(?![\w])")
# A complementizer right before a verb: "إنه يتوقع".
BELIEF_AFTER_COMP_RE = re.compile(r"(?<![\w])[بف]?ان(?:ه|ها|هم|هما|ني|نا)?\s*$")


# A report inside another's content with its own subject first ("قال البيت الأبيض إن أوساط الاستخبارات الأمريكية
# أكدت وفاة …", "ذكر نجيب أن أمير قطر الشيخ تميم بن حمد آل ثاني أشار إلى أن …"): after a complementizer Arabic puts
# the clause's subject before its verb, so the noun phrase between them (no preposition, time word or mark in it) is
# the one who reported. Not after "but" or "although" (their own turns: CONTRAST_SUBJECT_RE, CONCESSION_SUBJECT_RE),
# nor after a complementizer with a pronoun ("أنها تلقت بلاغاً يفيد …": the pronoun is the subject, a verb follows).
COMPLEMENT_SUBJECT_RE = re.compile(r"(?<![\w])(?<!غير )(?<!الا )(?<!بيد )(?<!رغم )(?<!الرغم من )(?<!رغم من )(?<!مع )"
                                   r"[بف]?ان\s+((?:[^\s،.:؛\"]+\s+){0,7}?[^\s،.:؛\"]+)\s*،?\s*$")


# Verbs whose plain object is what they report, inside another's words too ("أكدت وفاة …", "نفت أي تدخل").
NOMINAL_INNER = {"أكد", "نفى", "أعلن", "حذر", "كشف"}


def predicate_subject_span(norm: str, at: int) -> tuple[int, int] | None:
    """The subject that opens a nominal sentence before its predicate at `at` ("والوزير واثق …"), up to its first
    comma (an apposition follows: "أحمد أمين، أمين عام الوكالة … متيقن:"); none after a complementizer, a
    preposition or time word, or past six words."""
    # (after كان and its sisters, "وظلت الوزيرة متيقنة من أن …", the subject follows the auxiliary)
    m = re.match(r"\s*[وف]?(?:(?:كان|كانت|ظل|ظلت|بدا|بدت|اصبح|اصبحت|بات|باتت|(?:لا|ما)\s?(?:يزال|تزال|زال|زالت))\s+)?"
                 r"(?=\S)", norm)
    k0 = m.end()
    k1 = len(norm[:at].rstrip(" ،,"))
    comma = re.search(r"[،,]", norm[k0:k1])
    if comma:
        k1 = k0 + comma.start()
    words = norm[k0:k1].split()
    if not 1 <= len(words) <= 6 or words[0] in ("هو", "هي", "هم") \
            or any(w in NP_STOP or w in ("انه", "انها", "انهم", "انني", "اننا", "ان") for w in words) \
            or norm[k0:k1].count('"') % 2:
        return None
    return k0, k1


def complement_subject(s: Sentence, cue: Cue) -> tuple[int, int] | None:
    """Where the subject of a reporting verb stands between an earlier complementizer and the verb, if it does."""
    if cue.kind != "verb" or cue.lemma in CALL_VERBS:
        return None  # "قال إن نادي الشباب طلب ٢٥ مليونا …": a demand told of is the teller's news, not a report
    m = COMPLEMENT_SUBJECT_RE.search(s.norm[:cue.start])
    window = s.norm[cue.end:cue.end + MAX_COMP_GAP]
    if not m or cue.lemma not in NOMINAL_INNER and not (COMPLEMENTIZER_RE.search(window)
                                                        or QUOTE_OPEN_RE.search(window[:MAX_GAP])):
        # other verbs report only with their own complementizer or quotation ("… أن خفر السواحل نشر زوارق" deployed)
        return None
    words = m.group(1).split()
    # a noun phrase: no preposition or time word (NP_STOP), no verb joined by و after its first word, no "قد", and
    # not a preposition's object ("أنه لعبد المنان": whose the recording was, not who spoke)
    if any(w in NP_STOP or w in ("و", "قد", "لقد", "لم", "لن", "لا", "ما") for w in words) \
            or any(w.startswith(("و", "ف")) and len(w) > 3 and not w.startswith(("وزير", "وزار", "وكال", "وكيل", "وفد",
                                                                               "والي", "فريق"))
                   for w in words[1:]) or words[0].startswith(("ل", "ب", "ك")) and not words[0].startswith("ال"):
        return None
    k0, k1 = m.start(1), m.end(1)
    # a speaker: a name (no article: "أمير قطر …", "أوساط الاستخبارات"), a registered source, a title or a body;
    # not a thing ("إن العناصر الأولى للتحقيق تكشف أن …" is still the speaker's evidence, as "الدلائل تشير")
    # (one word alone must name one too: "إن الرئيس أكد", "إن إيران نفت"; not "إن ذلك يؤكد", nor a document alone:
    # "أكد الوزير أن البيان قال «…»" is the minister citing it)
    named = not (words[0].startswith("ال") or len(words) == 1) or source_like(s, k0, k1) \
        or any(k0 <= x[0] <= k0 + 1 for x in s.mentions)
    if not named or all(w in DOCUMENT_WORDS for w in words):
        return None
    return k0, k1


def nested_in_content(s: Sentence, cue: Cue) -> bool:
    """A verb cue inside an earlier cue's content: in a relative clause ("الاشتباكات التي وصفها بأنها …")
    or a subordinate one ("بعد أن أثبتت الدراسات"), or right after that content's complementizer and
    its subject ("قال مسؤولان إن الدلائل الأولية تشير إلى أن …"), or a verb of belief right after it."""
    if cue.kind != "verb":
        return False
    before = s.norm[:cue.start]
    if cue.lemma in BELIEF_VERBS and BELIEF_AFTER_COMP_RE.search(before):
        return True  # "قال الوزير إنه يتوقع أن …": قال's content, hedged, not a report of يتوقع
    comp = list(COMPLEMENTIZER_RE.finditer(before))
    if cue.lemma in THREATS and comp and not re.search(r"[،.:]", before[comp[-1].end():]):
        return True  # "قال الوزير إن الخطاب الذي ألقاه خامنئي وتوعد خلاله بتحدي …": inside قال's words
    # "غير أن" / "إلا أن" ("but") open a contrast, not a content clause: "…، إلا أن السلطات نفت صحة التصريح"
    # and neither does "although" ("على الرغم من أن X قالت …": a report of its own, conceded)
    after_comp = re.search(r"(?<![\w])(?<!غير )(?<!الا )(?<!رغم )(?<!الرغم من )(?<!رغم من )"
                           r"(?:ان|بان|انه|انها)\s+((?:[^\s،]+\s+){1,3})$", before)
    if after_comp and re.search(r"(?<![\w])(?:لكن|لكنه|لكنها|بل|ثم|بينما|فيما|حين|و\S+)(?![\w])",
                                after_comp.group(1)):
        after_comp = None  # "يعتقدون أنه قتل لكن آخرين قالوا …": a new clause, a new speaker
    return bool(RELATIVE_BEFORE_RE.search(before[-10:]) and not subordinate(s, cue) or after_comp
                or complement_subject(s, cue))


def is_noun(s: Sentence, cue: Cue) -> bool:
    """A verb-looking word that is a noun here: after a preposition (عن نشر أخباره), or tagged
    NOUN/ADJ by the parse when its spelling is also a noun's."""
    if cue.form not in AMBIGUOUS_FORMS:
        return False
    if cue.form in ("عد", "بين") and "\u0651" in s.text[s.orig(cue.start):s.orig(cue.end - 1) + 2]:
        return False  # عدّ, بيّن: the shadda makes the verb
    if PREPOSITION_BEFORE_RE.search(s.norm[max(0, cue.start - 8):cue.start]):
        return True
    if re.search(r"(?<![\w])(?:ان|بان|لان|لكن|اي|كل|دون|عدم)\s*$", s.norm[max(0, cue.start - 6):cue.start]):
        return True  # "إن طالب الصيدلة …": a complementizer is followed by a noun, not a past verb
    if any(cue.end <= x[0] <= cue.end + 2 for x in s.mentions):
        return False  # a named source right after it: "ورد كيري «…»" is a verb whatever the tagger says
    w = word_at(s, s.orig(cue.start))
    return w is not None and w.upos in ("NOUN", "ADJ", "PROPN")


def subordinate(s: Sentence, cue: Cue) -> bool:
    """A report in a temporal/causal clause ("بعدما أفادت معلومات عن …", "بعد أن أثبتت الدراسات …"):
    its own claim, but not the speaker that a later participle goes on with."""
    return cue.kind == "verb" and bool(re.search(r"(?<![\w])(?:بعد ان|بعدما|قبل ان|لان|عندما|حين|حينما)\s*$",
                                                 s.norm[:cue.start]))
