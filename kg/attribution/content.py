"""Content spans: what a cue's source said, from a complementizer, a quotation, a colon, a preposition or a
plain object to the clause's end; two clauses of one verb; words whose cue is in the sentence before."""

from __future__ import annotations

import re

from ..model import Claim, SourceRef
from .claim import make_claim
from .polarity import DENIAL_VERBS
from .cues import OBJECT_THEN_ILA_RE, find_cues
from .document import Cue, Sentence, end_with_marks
from .parse import word_at
from .syntax import (
    CHANNEL_RE, COMPLEMENTIZER_RE, COORDINATED_COMP_RE, INTERJECTION_RE, MAX_COMP_GAP, MAX_GAP, QUOTE_OPEN_RE,
    MANNER_LEAD_RE, STRIP, TIME_LEAD_RE, WORD_RE, clause_end, is_speech
)
from .source_words import NP_STOP, OWN_MASDARS, object_masdar
from .verbs import (
    AMBIGUOUS_FORMS, PASSIVE_PRESENT, BOUNDED_OBJECT_VERBS, CALL_VERBS, CAUSE_VERBS, CERTAIN_ADJECTIVES,
    CAUSE_WORD_RE, DIRECTIVE, OBJECT_HEAD_RE as VERB_OBJECT_HEAD_RE, OBJECT_THEN_B, THREATS, TIGHT_PREP,
    NEEDS_COMPLEMENT, OBJECT_VERBS, PREP_OPENER, SAY_VERBS, cue_lemma
)


# Adverbs between a subject and its preposition: "وهدد المجلس بالفعل بعواقب …" (بالفعل is no ب-complement).
# "مشيدا في الوقت ذاته باهتمام …": "at the same time" before it too.
ADVERB_LEAD_RE = re.compile(r"\s*(?:(?:بالفعل|بدوره|بدورها|بدورهم|ايضا|مجددا|مرارا|كذلك|بشده|في الوقت (?:نفسه|ذاته))\s+)+")
# An occasion said between a speaker and the preposition: "أكد الجبير خلال مؤتمر صحفي عقده … مع شكري على أهمية …".
OCCASION_LEAD = r"(?:(?:خلال|في|عقب|اثناء|لدي|عند|امام)\s+(?:[^\s،.:\"]+\s+){1,14}?)?"
# The nouns that head such an object ("أكد الرئيس أهمية التعاون على الصعيد …"): a subject that runs into one
# has taken in the object, and على is that object's.
OBJECT_HEAD_RE = re.compile(r"(?<![\w])(?:اهميه|ضروره|حرص|التزام|دعم|رفض|استمرار|موقف|استعداد|عزم)(?![\w])")


# Words in ب that are no ب-complement after an object: "مطالبا الحكومة في بغداد بوقف …".
NOT_B_COMPLEMENT = r"(?:سبب|شكل|حسب|دون|حيث|لاد|لد|عض|كل|ين|غداد|يروت|ريطانيا|كين|روكسل|نغازي|اسم)"


# The one called on by a verb of OBJECT_THEN_B, of up to four words and a relative clause of up to fourteen, then a
# comma and ب + a definite or verbal noun: the comma closes the object, so ب opens what is called for.
CALLED_ON_COMMA_B_RE = re.compile(r"\s*(?:(?:فيه|فيها|فيهم|فيهما)\s+)?(?:[^\s،.:\"]+\s+){0,6}?(?:[^\s،.:\"]+)?\s*"
                                  r"(?:(?:الذي|التي|الذين)\s+(?:[^\s.:\"]+\s+){0,13}?[^\s.:\"]+\s*)?،\s*"
                                  r"ب(?!" + NOT_B_COMPLEMENT + r")(?=(?:ال|م|ت)\S{2})")

# The rest of the subject's name closed by a comma, then the one called on (one to six words) and ب: "طالب ممثل
# المرجعية الدينية في كربلاء أحمد الصافي، رئيس الوزراء العراقي حيدر العبادي بمكافحة الفساد".
NAME_COMMA_CALLED_ON_B_RE = re.compile(r"\s*(?:[^\s،.:\"]+\s+){0,3}[^\s،.:\"]+\s*،\s*(?:[^\s،.:\"]+\s+){1,6}?"
                                       r"ب(?!" + NOT_B_COMPLEMENT + r")(?=(?:ال|م|ت)\S{2})")


def prep_opener(preps, text: str, tight: bool = False, object_first: bool = False, call: bool = False):
    """Where the content after a prepositional cue starts: "ب" glued to the next word right away
    ("أفاد المرصد بمقتل", past an adverb: "هدد المجلس بالفعل بعواقب") or before a quotation further on
    ("ندد … خلال زيارة … بـ«هجوم إرهابي»"), another preposition within eight words ("أفادت معلومات عن
    تعرض …"), or for a `tight` verb right away or after an occasion ("أكد … خلال مؤتمر صحفي … على أهمية"); with
    `object_first`, ب + a verbal or definite noun after an object of up to four words ("مطالبا نظام الأسد بوقف …");
    for a `call`, an occasion before those eight words ("ودعا الرئيس خلال الاتصال الهاتفي حسب الإذاعة الجمعة نظيره
    إلى …": when and where it was said, then whom it called on, then what for)."""
    found = []
    adverb = ADVERB_LEAD_RE.match(text)
    skip = adverb.end() if adverb else 0
    for prep in preps:
        if prep == "ب":
            # not ب + a pronoun ("اعترف المشتبه به الرئيسي بانتمائه": "به" ends the suspect's name)
            m = re.match(r"\s*ب(?=\S)(?!(?:ه|ها|هم|هما)(?![\w]))", text[skip:]) or re.match(r"\s*(?:[^\s،]+\s+){0,16}?ب(?=\")", text[skip:]) \
                or object_first and re.match(r"\s*(?:[^\s،.:\"]+\s+){1,4}?ب(?!" + NOT_B_COMPLEMENT + r")(?=\S{3})",
                                             text[skip:]) \
                or re.match(r"\s*(?:في|خلال|عقب|اثناء|لدي|عبر)\s+(?:[^\s،.:]+\s+){1,8}?ب(?=ال\S{3}|ضروره)", text[skip:])
            # "وطالب مورار في ختام زيارة استمرت ثلاثة أيام لليمن بالسماح …": the occasion before the ب; "وطالب عبر
            # تصريح خاص لـ«الجزيرة» بضرورة …": the channel, its quoted outlet too
            end = skip + m.end() if m else None
        else:
            gap = OCCASION_LEAD if tight else (OCCASION_LEAD if call else "") + r"(?:[^\s،]+\s+){0,8}?"
            m = re.match(r"\s*" + gap + prep + r"\s+", text)
            end = m.end() if m else None
        if end is not None:
            found.append(end)
    return min(found) if found else None


RELATIVE_WORD_RE = re.compile(r"(?<![\w])(?:الذي|التي|الذين|اللذين|اللتين)\s+(\S+)")


def relative_report(norm: str, c0: int, end: int):
    """Where a relative clause with a reporting verb starts in [c0, end) ("إلى اتخاذ عمل عاجل لإلغاء هذه الزيارة التي
    وصفتها بضد المصالح …"), else None: the speaker's own account of the thing called for is another report."""
    for m in RELATIVE_WORD_RE.finditer(norm, c0):  # its verb may lie past `end` (the next cue)
        if m.start() >= end:
            break
        word = re.sub(r"(?:ه|ها|هم|هما)$", "", m.group(1))
        if m.group(1) not in AMBIGUOUS_FORMS and (cue_lemma(word) or cue_lemma(m.group(1))):  # not "التي بين يديه"
            return m.start()
    return None


# A feminine past verb joined by و ("ووفرت", "وأكدت"; not a plural noun "والمدارات", "وحركات"): the same
# feminine subject's next act after a feminine call verb ("دعت …"), found without the parse.
JOINED_FEMININE_PAST_RE = re.compile(r"و(?!ال)\S{3,5}(?<!ا)ت")


def coordinated_verb(s: Sentence, c0: int, end: int, cue=None):
    """Where a verb joined by و starts in [c0, end) by the parse ("دعت الحكومة الأهالي إلى الخروج من المدينة
    ووفرت لهم ملاذات …": the subject's next act, not its words), or by its agreement with a feminine past cue
    («دعت» … «ووفرت») when there is no parse; else None."""
    feminine = cue is not None and cue.kind == "verb" and s.norm[cue.start:cue.end].endswith("ت") and not s.words
    for w in WORD_RE.finditer(s.norm, c0, end):
        tags = {getattr(word_at(s, s.orig(w.start() + k)), "upos", None) for k in (0, 1)}
        if w.group(0).startswith("و") and len(w.group(0)) > 3 and "VERB" in tags:
            return w.start()
        if (feminine or s.norm[:w.start()].rstrip().endswith("،")) and w.start() > c0 \
                and JOINED_FEMININE_PAST_RE.fullmatch(w.group(0)):
            return w.start()  # (after a comma whatever the cue's person: "…، وتباينت الروايات" opens a clause)
    return None


# A quotation closed right before a complementizer: "وأوضح مساعد المدير … "خالد بن حماد البلوي"؛ أن …" quotes the
# speaker's name; his words are the complementizer's clause.
NAME_THEN_COMP_RE = re.compile(r'\s*[؛،,]?\s*(?:ان|انه|انها|انهم|بان|بانه|بانها)(?![\w])')


def name_before_complementizer(norm: str, open_at: int) -> bool:
    close = norm.find('"', open_at + 1)
    return close != -1 and bool(NAME_THEN_COMP_RE.match(norm, close + 1))


# The speaker's certainty right after the complementizer ("إنه متيقن من أن …", "أنه على يقين بأن …"): it asserts
# the clause it opens, which is the content.
CERTAINTY_LEAD_RE = re.compile(r"\s*(?:" + "|".join((*CERTAIN_ADJECTIVES, "مقتنع", "علي يقين", "علي ثقه", "علي قناعه"))
                               + r")(?:ون|ين|ه)?\s+"
                               r"(?:من\s+|ب)?(?:ان|انه|انها|انهم|انني|اننا)(?![\w])")


def inside_nominal_complement(norm: str, cue, start_at: int, open_at: int, limit: int) -> bool:
    """A quotation inside the noun phrase that the verb's own preposition opens, with the phrase going on after it
    ("أعلن … عن رسو السفينة "إم في هان زي" بميناء البريقة"): a name in the complement, not the speaker's words."""
    preps = tuple(p for p in PREP_OPENER.get(cue.lemma, ()) if p != "ب")
    if not preps or prep_opener(preps, norm[start_at:open_at]) is None or not re.search(r"(?<![\w])(?:" + "|".join(preps) + r")\s+[^\s،.:\"]+(?:\s+[^\s،.:\"]+){0,3}\s*$",
                                  norm[start_at:open_at]):
        return False
    close = norm.find('"', open_at + 1, limit)
    return close != -1 and len(norm[open_at + 1:close].split()) <= 6 and bool(norm[close + 1:limit].strip(STRIP))


# An object (not a prepositional phrase) between a subject and a ب-complement: the verb is active.
ACTIVE_OBJECT_RE = re.compile(r"\s*(?!(?:في|من|علي|عن|الي|منذ|خلال|امس|اليوم)\s)[^\s،.:\"]+\s+(?:[^\s،.:\"]+\s+){0,6}?ب\S")


# A prepositional phrase right after the speaker, before a far complementizer: where, when or in what matter it was
# said ("قال القاضي في قضية دافي الخاصة بالاحتيال وخيانة الأمانة إن …"), no clause of its own between them.
ADJUNCT_AFTER_SPEAKER_RE = re.compile(r"\s*في\s+[^،.:\"]+$")


# Verbs that call a thing something (وصف X بأنه «Y»): their content is the label, not what follows it.
LABEL_VERBS = {"وصف"}


def far_quoted_name(norm: str, start_at: int, q) -> bool:
    """A quotation past a comma (and no other interjection) that is a name of one to three words, closed in the
    sentence: "أعلنت وكالة ناسا اكتشاف كوكب …، وقد التقطه التليسكوب «كيبلر»" names the telescope in the outlet's
    clause, "ونقلت «الألمانية»، عن X … «إم دبليو في» قوله" the relayed speaker's body; neither is what was said
    (speech that far from its verb opens a sentence of its own)."""
    if q.group(0) != '"' or any(m.group(0) != "،" for m in INTERJECTION_RE.finditer(norm, start_at, q.start())):
        return False
    close = norm.find('"', q.start() + 1)
    return close != -1 and len(norm[q.start() + 1:close].split()) <= 3


# Another speaker's report joined after a quotation left open: "كشف مسؤول … "عن تواصل …، وقال المرصد السوري إن …".
REPORT_JOINED_RE = re.compile(r"\s*[،,.]\s*و$")
OWN_SUBJECT_RE = re.compile(r"\s+(?!(?:ان|انه|انها|انهم|انني|اننا|بان|بانه|بانها)(?![\w]))[^\s:،,\"]")


def unclosed_end(s: Sentence, at: int) -> int:
    """Where speech opened at a quotation mark and never closed in its sentence stops: before a verb of saying
    joined after a comma with a subject of its own ("…، وقال المرصد السوري إن 18 برميلاً سقطت …": the outlet's
    narration goes on with another speaker), else at the sentence's end."""
    norm = s.norm
    for c in find_cues(s):
        if c.start <= at or c.kind != "verb" or c.lemma not in SAY_VERBS:
            continue
        joined = REPORT_JOINED_RE.search(norm, at, c.start)
        if joined and OWN_SUBJECT_RE.match(norm, c.end):
            return joined.start()
    return len(norm)


def content_span(s: Sentence, cue: Cue, start_at: int, next_cue: int, in_relative: bool,
                 plausible_subject: bool = True):
    norm = s.norm
    if cue.lemma in PASSIVE_PRESENT and cue.kind == "verb" and not cue.form.startswith(PASSIVE_PRESENT[cue.lemma]) \
            and not COMPLEMENTIZER_RE.search(norm, start_at, next_cue) \
            and not ACTIVE_OBJECT_RE.match(norm, start_at, next_cue):
        # "يُتّهم X بالعمل …": the present is mostly passive, nobody accuses; a second noun phrase between the
        # subject and the charge is its object ("وتتهم بريطانيا وفرنسا والولايات المتحدة النظام السوري بتنفيذ …")
        return None
    if cue.lemma == "أدان":  # what is condemned is the object, an act ("أدانت المحكمة ثلاثة آخرين" convicts)
        c0 = condemned_object(norm, cue.end, start_at, next_cue)
        if in_relative or cue.kind != "verb" or not plausible_subject or c0 is None:
            return None
        return c0, clause_end(norm, c0, next_cue)
    if cue.lemma in THREATS:
        m = None if in_relative else prep_opener(("ب",), norm[start_at:next_cue], object_first=True)
        if m is None:
            return None
        c0 = start_at + m
        end = clause_end(norm, c0, next_cue)
        return c0, coordinated_verb(s, c0, end, cue) or end
    label = re.match(r"\s*(بال[^،.:\"]*[^\s،.:\"])", norm[start_at:next_cue]) if cue.lemma in LABEL_VERBS else None
    if label and norm[cue.start:cue.end] != cue.form and norm[cue.end:start_at].strip(STRIP):
        # "مواجهات، وصفتها المصادر بالضارية، أسفرت عن …": the thing described is the pronoun, the label all
        # that its subject says (what follows it is the outlet's); with no subject, "وصفها" is a verbal noun
        return start_at + label.start(1), start_at + label.end(1)
    comp = COMPLEMENTIZER_RE.search(norm, start_at, next_cue)
    quote = None
    at = start_at
    while at < next_cue:
        # the first quotation mark or colon that opens speech; a quoted name (في حوار لـ"سبق":) is
        # passed over; a far opener needs an interjection between ("وهو سياسي محلي لرويترز عبر الهاتف")
        q = QUOTE_OPEN_RE.search(norm, at, next_cue)
        if q is None or q.start() - start_at > MAX_COMP_GAP:
            break
        if q.group(0) == '"' and (not is_speech(norm, q.start(), next_cue) or name_before_complementizer(norm, q.start())
                                  or inside_nominal_complement(norm, cue, start_at, q.start(), next_cue)):
            close = norm.find('"', q.start() + 1, next_cue)
            if close == -1:
                break
            at = close + 1
            continue
        if q.start() - start_at <= MAX_GAP or INTERJECTION_RE.search(norm[start_at:q.start()]) \
                and not (cue.lemma not in LABEL_VERBS and far_quoted_name(norm, start_at, q)):
            quote = q
        break
    if comp and comp.start() - start_at > MAX_COMP_GAP:
        comp = None
    if comp and quote and quote.start() < comp.start() and quote.group(0) == ":":
        comp = None
    open_m = None
    if comp and quote:
        open_m = quote if quote.start() < comp.start() else comp
    else:
        open_m = comp or quote
    if open_m and open_m is comp and comp.start() - start_at > MAX_GAP and not INTERJECTION_RE.search(
            norm[start_at:comp.start()]) and not ADJUNCT_AFTER_SPEAKER_RE.match(norm[start_at:comp.start()]):
        # a far complementizer without an interjection between belongs to another clause
        open_m = quote
    if open_m:
        tok = open_m.group(0)
        if tok in ('"', "«", "“"):
            close = norm.find('"', open_m.end())
            if close == -1:  # the quotation runs on past this sentence (into the next paragraph)
                return open_m.end(), unclosed_end(s, open_m.end())
            return open_m.end(), close
        c0 = open_m.end()
        if tok == ":":  # "وقالت إيران …: إنها ستطرح …": the complementizer after the colon
            after = re.match(r"\s*(?:ان|انه|انها|انهم|انني|اننا)(?![\w])", norm[c0:next_cue])
            c0 += after.end() if after else 0
        # "إن «…»" / ": «…»": the whole content is one quotation → take its inside.
        rest = norm[c0:]
        lead = len(rest) - len(rest.lstrip())
        if rest.lstrip().startswith('"'):
            q0 = c0 + lead + 1
            close = norm.find('"', q0)
            tail = norm[close + 1:next_cue] if close != -1 else ""  # up to the next cue ("«…»، مقللا من …")
            if close != -1 and cue.lemma in LABEL_VERBS:
                # "وفيما وصفه X بأنه «معركة …» سمحت تركيا …": the quoted label is all it says; a one-word label
                # ("بأنه «مؤسف»") keeps its marks, which make it a claim (kg.attribution.claim)
                one_word = len(norm[q0:close].split()) == 1
                return (q0 - 1, close + 1) if one_word else (q0, close)
            if close != -1 and not tail.strip(STRIP):
                return q0, close
            if close == -1:  # ": «إن …" never closed in its sentence: the speech without its mark and complementizer
                after = re.match(r"\s*(?:ان|انه|انها|انهم|انني|اننا)(?![\w])", norm[q0:next_cue])
                c0 = q0 + (after.end() if after else 0)
        certain = CERTAINTY_LEAD_RE.match(norm, c0) if open_m is comp else None
        c0 = certain.end() if certain else c0  # "قال إنه متيقن من أن …": what he is sure of is the claim
        end = clause_end(norm, c0, next_cue)
        described = norm[start_at:open_m.start()].strip(STRIP)
        if cue.lemma in LABEL_VERBS and len(norm[c0:end].strip(STRIP).split()) == 1 and described:
            # "ووصف X الوضع بأنه كارثي": a one-word label says nothing without the thing it describes
            return norm.index(described, start_at), end
        return c0, end
    prep = PREP_OPENER.get(cue.lemma)
    if prep:
        # "أفاد المرصد أمس بتقدم …", "أفاد المرصد بعد ظهر أمس بسيطرة …": the time said before the preposition
        when = TIME_LEAD_RE.match(norm, start_at)
        start_at = when.end() if when and when.end() < next_cue else start_at
        tight = cue.lemma in TIGHT_PREP
        # a participle after its clause ("…، مطالبا نظام الأسد بوقف …"), not a noun ("41 متهما من عدة جنسيات بينهم")
        object_first = cue.kind == "participle" and cue.lemma in OBJECT_THEN_B \
            and bool(re.search(r"(?:[،,]|(?<![\w])و)\s*$", norm[:cue.start])) \
            or cue.kind == "verb" and cue.lemma in OBJECT_THEN_B and start_at == cue.end \
            and norm[cue.start - 1:cue.start] == "و" \
            or cue.kind == "verb" and cue.lemma in OBJECT_THEN_B and start_at > cue.end \
            and any(x[0] in (start_at + 1, start_at + 2) for x in s.mentions)
        # "… وطالب الحكومة بـ…": the joined verb's object first; "وطالب مكاوي الأمم المتحدة … بضرورة": a named object
        m = prep_opener(prep, norm[start_at:next_cue], tight, object_first, call=cue.lemma in CALL_VERBS)
        ila = OBJECT_THEN_ILA_RE.match(norm[:next_cue], start_at) if m is None and object_first \
            and cue.kind == "participle" else None
        m = ila.end() - start_at if ila else m  # "، مطالبة جميع مدافعي … إلى اتخاذ عمل عاجل"
        if m is None and cue.kind == "verb" and cue.lemma in OBJECT_THEN_B:
            # "طالب مواطن الجهات المختصة، بالتحقيق …", "وأوصت الأمانة … أهل فلسطين الذين هم …، بتقوى الله": the
            # one called on (with its relative clause) closed by a comma, then what is asked for
            called = CALLED_ON_COMMA_B_RE.match(norm[:next_cue], start_at) \
                or NAME_COMMA_CALLED_ON_B_RE.match(norm[:next_cue], start_at)
            m = called.end() - start_at if called else None
        if tight and (OBJECT_HEAD_RE.search(norm, cue.end, start_at) or COMPLEMENTIZER_RE.search(
                norm, start_at, min(next_cue, start_at + MAX_COMP_GAP))):
            m = None  # "أكد المشرف على البرامج … أن …": the complementizer's clause is the content
        # (in a relative clause only "… التي أفادته بتشكيل لجنة": أفاد with its ب right after it, what it told)
        told = in_relative and cue.lemma == "أفاد" and m is not None and re.fullmatch(r"\s*ب", norm[cue.end:start_at + m])
        if m is not None and (not in_relative or told) and not norm[start_at + m:].startswith("عد "):
            c0 = start_at + m
            end = clause_end(norm, c0, next_cue)
            if cue.lemma in CALL_VERBS:  # a call or a threat ends where the subject's next act is joined
                end = coordinated_verb(s, c0, end, cue) or end
                end = relative_report(norm, c0, end) or end
            return c0, end
    if (cue.lemma in DIRECTIVE or cue.lemma in OBJECT_VERBS) and (not in_relative or cue.lemma == "نسب") \
            and cue.kind == "verb" \
            and (plausible_subject or cue.lemma in OBJECT_VERBS and (own_masdar_object(norm, start_at, cue.form)
                                                                  or NEED_RE.match(norm, start_at))):
        rest = norm[start_at:]
        if cue.kind == "verb" and re.fullmatch(r"[وف]?\S{3,}(?:ها|هم|هما)", norm[cue.start:cue.end]) \
                and re.match(r"\s*ل(?!(?:ا|ن|م|كن|ان|انه|انها|ماذا)(?![\w]))\S{2,}", rest):
            # "ونشرها الروائي … لمجموعة من طلابه": the verb's object is its pronoun, said before; to whom it
            # went is no content ("وصفها X بـ«…»" keeps its ب)
            return None
        if cue.lemma == "نقل" and re.match(r"\s*(?:\S+\s+){0,2}(?:عن|عنه|عنها|عنهم|من|الي)(?![\w])", rest):
            return None  # "ونقل X عن Y قوله: …": the content comes with قوله
        # (not a time: "نفت في وقت سابق التنسيق …" is no channel "في وقت")
        ch = CHANNEL_RE.match(rest) if not TIME_LEAD_RE.match(norm, start_at) else None
        if cue.lemma == "نشر" and ch and start_at == cue.end:
            return None  # "في بيان نشر على مواقع التواصل الاجتماعي": published (passive) somewhere, nobody says
        c0 = start_at + (ch.end() if ch else 0)
        adjective = re.match(r"\s+ال\S{2,}(?:ي|يه)(?=\s)", norm[c0:]) if ch else None
        c0 += adjective.end() if adjective else 0  # "في الوقت الإضافي": the channel's or time's adjective too
        if re.match(r"\s*،\s*(?:الذي|التي|الذين)(?![\w])", norm[c0:]):
            return None  # "اتهمت «الوحدات» الكردية، التي تقاتل …": the subject's relative clause, not the object
        when = TIME_LEAD_RE.match(norm, c0)
        c0 = when.end() if when and when.end() < next_cue else c0  # "أعلنت واشنطن هذا الأسبوع عزمها …"
        how = MANNER_LEAD_RE.match(norm, c0)
        c0 = how.end() if how and how.end() < next_cue else c0  # "نفت إيران بشدة وجود …"
        end = clause_end(norm, c0, next_cue)
        if cue.lemma in NEEDS_COMPLEMENT or cue.lemma in CALL_VERBS:
            # "نسبته أنقرة إلى التنظيم واستهدف ناشطين …": the attribution ends where the next verb is joined
            end = coordinated_verb(s, c0, end, cue) or end
        comma = norm.find("،", c0, end)
        if cue.lemma in DIRECTIVE and comma != -1:  # the call itself, not its reasons
            end = comma
        return c0, end
    need = NEED_AFTER_CALLED_RE.match(norm[:next_cue], start_at) \
        if cue.lemma in CALL_VERBS | {"نبه"} and not in_relative else None
    if need is None and cue.lemma == "حث" and not in_relative:
        need = URGED_MASDAR_RE.match(norm[:next_cue], start_at)
    if need:  # "ونبهت على مرتادي هذه المتنزهات عدم إطعام …": the one called on, then what is (not) to be done
        return need.end(), clause_end(norm, need.end(), next_cue)
    return None


# A verbal noun with the pronoun of the verb's own subject: "أعلن العبادي، التزامه بتوجيهات …", "أعلنت الوزارة
# عزمها …". The pronoun points back to the subject, so the subject surely ended before it and this is the object.
OWN_MASDAR_RE = re.compile(r"\s*،?\s*(\S{3,}?)(ه|ها|هم|هما)(?![\w])")


# A need or a "not": "أكد البعض ضرورة عودته", "أكد الوزير عدم وجود …". No subject runs on into these words, so the
# subject ended before them.
NEED_RE = re.compile(r"\s*،?\s*(?:ضروره|عدم|اهميه)\s")
# A call's content as a need or a "not" after the one called on (up to five words): "نبهت على مرتادي هذه المتنزهات
# عدم إطعام السناجب", "حث الوزير المواطنين ضرورة الالتزام …".
NEED_AFTER_CALLED_RE = re.compile(r"\s*(?:علي\s+)?(?:[^\s،.:\"]+\s+){0,5}?(?=(?:ضروره|عدم)\s)")
# «حث» without its على: whom it urges (one to five words), then a definite verbal noun of a derived verb, what they
# are urged to do ("وحث جميع مديري المدارس التأكد من …", "حث الوزير المواطنين الالتزام بالتعليمات").
URGED_MASDAR_RE = re.compile(r"\s*(?:[^\s،.:\"]+\s+){1,5}?(?=ال(?:ت\S{3,4}|ان\S\Sا\S|است\S\Sا\S|ا\Sت\Sا\S)(?![\w]))")


def own_masdar_object(norm: str, at: int, form: str) -> bool:
    """The word at `at` (after a comma) is a verbal noun whose pronoun agrees with the verb's form (ت: ها, وا: هم,
    ا: هما, else ه): what the subject announces of itself."""
    m = OWN_MASDAR_RE.match(norm, at)
    if m is None or not (m.group(1) in OWN_MASDARS or object_masdar(m.group(1))):
        return False
    want = "ها" if form.endswith("ت") else "هم" if form.endswith("وا") else "هما" if form.endswith("ا") else "ه"
    return m.group(2) == want


OBJECT_START_RE = re.compile(r"\s*،?\s*([^\s،.:\"(]{3,})")
# What is condemned (أدان): an act or an event, not a person convicted ("أدانت المحكمة سيدة تدعى …").
CONDEMNED_HEADS = {"هجوم", "هجوما", "هجمات", "حادث", "حادثه", "حوادث", "عمل", "عملا", "اعمال", "عمليه", "عمليات",
                   "تفجير", "تفجيرات", "اعتداء", "اعتداءات", "قصف", "اقتحام", "اقتحامات", "جريمه", "جرايم", "مجزره",
                   "مجازر", "قتل", "اغتيال", "استهداف", "ممارسات", "انتهاك", "انتهاكات", "تصريحات", "قرار", "غارات",
                   "احتجاز", "اختطاف", "اعدام", "اطلاق", "تدخل", "حمله", "سياسه", "موقف"}


WEEKDAYS = {"امس", "اليوم", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد"}


def condemned_object(norm: str, verb_end: int, start_at: int, next_cue: int):
    """Where the object of أدان starts: right after its subject, or at the first act named within twelve words
    of the verb when the subject ran into it ("دان عضو مجلس الشورى الدكتور … المارك العمل الإرهابي")."""
    when = TIME_LEAD_RE.match(norm, start_at)
    c0 = when.end() if when and when.end() < next_cue else start_at
    if condemned(norm, c0):
        return c0
    words = list(WORD_RE.finditer(norm, verb_end, next_cue))[:12]
    for prev, w in zip(words, words[1:]):
        word = w.group(0)
        # a definite act, or one in construct right after the day ("دان البرزاني … السبت قصف تركيا لقرية")
        if re.sub(r"^(?:ال)", "", word) in CONDEMNED_HEADS and (word.startswith("ال") or prev.group(0) in WEEKDAYS) \
                and not re.search(r"(?<![\w])(?:محكمه|المحكمه|القاضي|قاضي|القضاء)(?![\w])", norm[verb_end:w.start()]):
            return w.start()
    return None


def condemned(norm: str, c0: int) -> bool:
    """The object of أدان names an act: a head of CONDEMNED_HEADS or a verbal noun, after ال or هذا/هذه."""
    m = re.match(r"\s*\"?\s*(?:(?:هذا|هذه|هذين|تلك|ذلك)\s+)?\"?(?:ال)?([^\s،.:\"]+)", norm[c0:])
    return bool(m) and (m.group(1) in CONDEMNED_HEADS or object_masdar(m.group(1)))


# A place ("في المنفى", "من جهتها") said between a subject and its object.
PLACE_LEAD_RE = re.compile(r"\s*،?\s*(?:في|من|داخل|خارج)\s+[^\s،.:\"]+\s*،?")


def past_adjunct(norm: str, cue: Cue, start_at: int, next_cue: int) -> int:
    """"انتقدت المعارضة الإيرانية في المنفى اليوم الزيارة …": a place or a time between the subject and an object
    head of OBJECT_HEAD_RE (the visit criticized, the cause put down to) belongs to neither: the object starts
    at its head. Elsewhere start_at as given."""
    if cue.kind != "verb" or cue.lemma not in VERB_OBJECT_HEAD_RE:
        return start_at
    at = start_at
    place = PLACE_LEAD_RE.match(norm, at, next_cue)
    at = place.end() if place else at
    when = TIME_LEAD_RE.match(norm, at, next_cue)
    at = when.end() if when else at
    head = VERB_OBJECT_HEAD_RE[cue.lemma].match(norm, at + len(norm[at:next_cue]) - len(norm[at:next_cue].lstrip()))
    return at if at > start_at and head else start_at


def bounded_object(s: Sentence, cue: Cue, start_at: int, next_cue: int, bounded: bool):
    """The plain object of a verb of BOUNDED_OBJECT_VERBS as its content: right after a past form whose subject
    ends for sure (`bounded`), or right after its participle ("مرجعا سبب رفض العرض …", "مؤكدا ضرورة …")."""
    norm = s.norm
    if cue.kind == "participle":
        if cue.lemma not in BOUNDED_OBJECT_VERBS and cue.lemma not in OBJECT_VERBS:
            return None
    elif cue.kind != "verb" or cue.lemma not in BOUNDED_OBJECT_VERBS or not bounded \
            or not cue.form.startswith(BOUNDED_OBJECT_VERBS[cue.lemma]) or norm[cue.start:cue.end] != cue.form:
        return None
    start_at = past_adjunct(norm, cue, start_at, next_cue)
    m = OBJECT_START_RE.match(norm[start_at:next_cue])
    if not m or m.group(1) in NP_STOP and not (cue.lemma in CAUSE_VERBS and CAUSE_WORD_RE.fullmatch(m.group(1))) \
            or COMPLEMENTIZER_RE.fullmatch(m.group(1)):
        return None  # "أوضح عبر تغريدات …": a preposition or an adverb, the object is further on ("عزا ذلك إلى …"
        # puts what was just said down to a cause)
    c0 = start_at + m.start(1)
    return c0, clause_end(norm, c0, next_cue)


def quote_before(s: Sentence, cue: Cue):
    """Speaker after the quotation: "«…»، قال المرصد" / "«…» قال X" / "…، وهذا ما أكده X"."""
    stated = re.search(r"\s*،?\s*(?:و|ف)?(?:هذا|ذلك|هو|هي)\s+ما\s*$", s.norm[:cue.start])
    if stated and len(s.norm[:stated.start()].split()) >= 3:
        c0 = max(s.norm.rfind(".", 0, stated.start()), s.norm.rfind(":", 0, stated.start())) + 1
        return c0, stated.start()
    if stated:
        return None
    before = s.norm[:cue.start].rstrip(" ،,")
    if before.endswith('"') and before.count('"') % 2 == 0:
        open_at = before.rfind('"', 0, len(before) - 1)
        if open_at != -1 and len(before[open_at + 1:-1].split()) >= 3:
            return open_at + 1, len(before) - 1
    return None


# A coordinated complementizer, or "، بالإضافة إلى أن …" ("in addition, that …"): a second content clause.
# The speaker's next proposition in the same words: a consequence after a comma ("…، لذلك الاعتماد على …"), or
# "، وأضاف" / "، وتابع" inside a quotation that goes on ("«طلب بول ارتداء القميص رقم 10 …، وأضاف ارتداء القميص
# …»"), or "، كذلك" + a present verb ("likewise, … are going on": another event reported). (Not "، ولكن",
# "، كما", "إلا أن", "، حيث", "..", "، و" + a verb: on the dev gold these mostly go on with the same claim, each
# added false claims there; not "، فما": "فما زال", "فما كان … سوى" go on, negated.)
NEXT_PROPOSITION = r"|،\s*(?:لذلك|لذا)\s|،\s*و(?:اضاف|تابع)\s|،\s*كذلك\s(?=[يت]\S)" \
    r"|،\s*ومن\s+(?:اهم|ابرز)\s+(?:هذه\s+|تلك\s+)?[^\s:،]+\s*:"  # "…، ومن أهم هذه المطالب: …" (the list that follows)
NEXT_PROPOSITION += r"|\s+(?:لا قدر الله|لا سمح الله)\s+و(?=\S{3})"  # "… إلى كوارث ــ لا قدر الله ــ ومراعاة …"
SECOND_CLAUSE_RE = re.compile(COORDINATED_COMP_RE.pattern + r"|(?:،\s*|\s)بالاضافه الي (?:ان|انه|انها|انهم)(?![\w])"
                              + NEXT_PROPOSITION)
# Speech opened by a quotation mark that never closes runs to its sentence's end (unclosed_end), as a speaker's
# words with no mark to bound them: its clauses are the speaker's propositions, split where a contrast («ولكن»,
# «لكن») or a new past clause («وكنا …», «وكان …», «، ولا …») begins ("وقال «لا أخفيك أنني … غير متفائلين …
# وكنا قد حذرنا … ولكن للأسف لم يوافق الرئيس العام." gives three claims).
UNCLOSED_CLAUSE_RE = re.compile(SECOND_CLAUSE_RE.pattern + r"|(?:،\s*|\s)و?لكن\s+(?=\S)"
                                r"|(?:،\s*|\s)و(?=(?:كنا|كان|كانت)\s)|،\s*و(?=لا\s)"
                                # "…، المفروض أننا …": a judgement with a complementizer of its own
                                r"|،\s*(?=(?:المفروض|المفترض|الاكيد|المؤكد|الواضح|المهم)\s+(?:ان|انه|انها|اننا|انني|انهم)(?![\w]))")
# "أن" + a present verb (the subjunctive: "أن توقف", "أن يتم"), and "وأن" + another present verb after it.
SUBJUNCTIVE_RE = re.compile(r"(?<![\w])ان\s+[يتن]\S{2,}")
PRESENT_AFTER_RE = re.compile(r"\s*[يتن]\S{2,}")


def subjunctive_chain(norm: str, at: int, m) -> bool:
    """"وأن تعلن" after "أن توقف" in the same part: the verbs that one "أن" (must, should) governs, joined."""
    return m.group(0).strip(" ،") == "وان" and bool(PRESENT_AFTER_RE.match(norm, m.end())) \
        and bool(SUBJUNCTIVE_RE.search(norm, at, m.start()))


# "ولا صحة لـ…", "ولا أساس من الصحة لـ…", "ولا علاقة لـ…" after a first content clause: a denial of its own.
COORDINATED_DENIAL_RE = re.compile(r"\sو(لا صحه|لا اساس(?: لها?)? من الصحه|لا علاقه)(?![\w])")


def split_joined_denial(article, s: Sentence, claim: Claim, source: SourceRef, c0: int, c1: int):
    """"بأن السفارة تواصلت مع الأمن … ولا صحة لمقتل …، بل الحادثة وقعت …": a denial joined by و is a second
    proposition (denied), and what corrects it after "، بل" a third (asserted); None where there is none."""
    m = COORDINATED_DENIAL_RE.search(s.norm, c0, c1)
    if m and len(s.norm[c0:m.start()].split()) >= 3 and not s.norm[c0:m.start()].count('"') % 2:
        lemma = cue_lemma(claim.cue)
        cue_s, cue_e = claim.cue_start - s.start, claim.cue_end - s.start
        # "…، بل الحادثة وقعت لشخص أردني": what corrects the denial is asserted in its own right
        bal = re.compile(r"،\s*بل\s").search(s.norm, m.start(1), c1)
        spans = [(c0, m.start()), (m.start(1), bal.start()), (bal.end(), c1)] if bal else [(c0, m.start()),
                                                                                          (m.start(1), c1)]
        parts = [make_claim(article, s, a, b, source, cue_s, cue_e, lemma) for a, b in spans]
        if all(parts):
            # its و hides "لا صحة" from the denial phrase's word boundary: the phrase is the cue, denied
            denied = parts[1]
            denied.polarity, denied.cue_start = "denied", s.start + s.orig(m.start(1))
            denied.cue_end = s.start + end_with_marks(s.text, s.orig(m.end(1) - 1) + 1)
            denied.cue = article.text[denied.cue_start:denied.cue_end]
            return [c for part in parts for c in split_coordinated(article, s, part, source)]
    return None


def split_coordinated(article, s: Sentence, claim: Claim, source: SourceRef) -> list[Claim]:
    """One verb, two content clauses ("أشار إلى أنه … وأن …"): two claims with the same cue."""
    if claim.cue is None:
        return [claim]
    # a denial whose cue is in its words ("لا صحة لـ…") splits only where a correction starts ("، بل إن …")
    denial_inside = claim.polarity == "denied" and claim.cue_start >= claim.start
    c0, c1 = s.to_norm(claim.start - s.start), s.to_norm(claim.end - s.start)
    joined = None if denial_inside else split_joined_denial(article, s, claim, source, c0, c1)
    if joined:
        return joined
    parts, at, own_polarity = [], c0, [False]
    # a claim that is all one quotation ("وأضاف: "… وأن …") is the speaker's words: its opening mark
    # does not put a coordinator inside a quotation nested in the content
    q0 = c0 + 1 if s.norm[c0:c0 + 1] == '"' else c0
    unclosed = s.norm[:c0].rstrip().endswith('"') and '"' not in s.norm[c0:]
    for m in (UNCLOSED_CLAUSE_RE if unclosed else SECOND_CLAUSE_RE).finditer(s.norm, c0, c1):
        if s.norm[q0:m.start()].count('"') % 2 or denial_inside != m.group(0).strip(" ،").startswith("بل"):
            continue  # inside a quotation; "بل إن" only corrects a denial ("لأن … ليست …، بل إن …" goes on)
        if subjunctive_chain(s.norm, at, m):
            continue  # "على الحكومة أن توقف العمليات وأن تعلن …": a second verb of the same "أن", not a second clause
        if len(s.norm[at:m.start()].split()) >= 3 and len(s.norm[m.end():c1].split()) >= 3:
            parts.append((at, m.start()))
            at = m.end()
            own_polarity.append(m.group(0).strip(" ،").startswith("بل"))
    if not parts:
        return [claim]
    parts.append((at, c1))
    lemma = cue_lemma(claim.cue)
    out = []
    for (a, b), corrects in zip(parts, own_polarity):
        c = make_claim(article, s, a, b, source, claim.cue_start - s.start, claim.cue_end - s.start, lemma)
        if c is not None:
            # a denial verb governs every clause ("نفى أن … وأن …"); a denial predicate only its own ("هذه المعلومات
            # غير صحيحة، وأن الأسرى يعاملون …" asserts the second); what corrects a denial ("… بل إن …") is asserted
            if not corrects and lemma in DENIAL_VERBS:
                c.polarity = claim.polarity if c.polarity == "asserted" else c.polarity
            out.append(c)
    return out or [claim]


# The participle's words, then a colon and a quotation that runs to its words' end: "وقال X، مشيرا إلى أن الرحلة
# ستعود في ربيع 2016: «يأتي الخفض …»".
COLON_QUOTATION_RE = re.compile(r'\s*:\s*"')


def quotation_after_participle(article, s: Sentence, claim: Claim, verb: Cue, source: SourceRef):
    """"وقال X، مشيرا إلى أن A: «Q»": the verb of saying said nothing before the participle, so the quotation after
    the colon is the verb's words and A alone the participle's. (participle claim, verb claim), or None where the
    content has no such colon and closed quotation at its end, or either part would be under two words."""
    c0, c1 = s.to_norm(claim.start - s.start), s.to_norm(claim.end - s.start)
    if s.norm[c0:c0 + 1] == '"' or s.norm[:c0].count('"') % 2:
        return None  # all of it quoted, or inside a quotation: one quoted statement
    m = next((x for x in COLON_QUOTATION_RE.finditer(s.norm, c0, c1) if not s.norm[c0:x.start()].count('"') % 2),
             None)
    close = s.norm.find('"', m.end()) if m is not None else -1
    if m is None or close == -1 or s.norm[close + 1:].strip(STRIP):
        return None  # the quotation must close at the sentence's end: "…: «Q».", not "…: «Q» وA"
    part = make_claim(article, s, c0, m.start(), source, claim.cue_start - s.start, claim.cue_end - s.start,
                      cue_lemma(claim.cue))
    quoted = make_claim(article, s, m.end(), close, source, s.orig(verb.start),
                        end_with_marks(s.text, s.orig(verb.end - 1) + 1), verb.lemma)
    return (part, quoted) if part is not None and quoted is not None else None


def carried_over(article, s: Sentence, cues, claims, pending) -> Claim | None:
    """Words whose cue is in the sentence before: a quotation after a sentence ending in a colon, or
    a second content clause after a full stop ("… قائلا إن … . وأنها ملتزمة …")."""
    if pending is not None:
        source, cue, prev = pending
        m = re.match(r'\s*"', s.norm)
        close = s.norm.find('"', m.end()) if m else -1
        if m and close != -1 and not any(c.start < close for c in cues):
            claim = make_claim(article, s, m.end(), close, source, 0, 0, cue.lemma)
            if claim is not None:
                claim.cue_start = prev.start + prev.orig(cue.start)
                claim.cue_end = prev.start + end_with_marks(prev.text, prev.orig(cue.end))
                claim.cue = article.text[claim.cue_start:claim.cue_end]
            return claim
    m = re.match(r"\s*و(?:ان|انه|انها|انهم|بان|بانه|بانها)(?![\w])", s.norm)
    if m and claims and claims[-1].sentence == s.index - 1 and claims[-1].cue is not None \
            and not claims[-1].own and not any(c.start < len(s.norm) // 2 for c in cues):
        last = claims[-1]
        end = min([c.start for c in cues] + [len(s.norm)])
        lemma = cue_lemma(last.cue)
        claim = make_claim(article, s, m.end(), clause_end(s.norm, m.end(), end), last.source, 0, 0,
                           lemma)
        if claim is not None:
            claim.cue, claim.cue_start, claim.cue_end = last.cue, last.cue_start, last.cue_end
        return claim
    return None


def covered(claim: Claim, claims: list[Claim]) -> bool:
    """A claim whose span lies mostly inside one already found (a nominal frame inside a quote)."""
    for c in claims:
        inter = min(c.end, claim.end) - max(c.start, claim.start)
        if inter > 0 and inter >= 0.5 * (claim.end - claim.start):
            return True
    return False


def overlap(a: Claim, b: Claim) -> int:
    return min(a.end, b.end) - max(a.start, b.start)
