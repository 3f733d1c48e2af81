"""The source's span: the subject after the verb (bounded by stop words, the registry and the parse), before
it, of the sentence, or the speaker a relay names ("نقل X عن Y قوله")."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import SourceRef
from ..text import light_stem, normalize
from .coreference import Discourse, unregistered_source
from .cues import PARTICIPLE_RE
from .document import Cue, Sentence, end_with_marks
from .parse import subtree, word_at, word_index_at
from .source_words import ANONYMITY_RE, ANONYMOUS_HEADS, BODY_HEADS, NP_STOP, object_masdar, RECIPIENT_WORD_RE, SOURCE_HEADS, SPOKESPERSON_RE, TITLE_WORDS
from .syntax import CLAUSE_OPENERS, COMPLEMENTIZER_RE, STRIP, WORD_RE
from .verbs import DIRECTIVE, NEEDS_COMPLEMENT, OBJECT_VERBS, PREP_OPENER, SAY_VERBS


def subject_after(registry, s: Sentence, cue: Cue, limit: int, state: Discourse, comp_found: bool = True):
    """The explicit subject after the verb (VSO, Arabic's default): (source, end) or (None, None). An unnamed
    source's request for anonymity right after it ("مسؤول أمريكي رفض الكشف عن اسمه") is part of it as written."""
    anon = ANONYMITY_RE.search(s.norm, cue.end, limit)
    if anon is None:
        return with_relative_clause(s, *subject_np_after(registry, s, cue, limit, state, comp_found), limit,
                                    comp_found, cue)
    before = anon.start()
    while before > cue.end and s.norm[before - 1] in " ،,":
        before -= 1
    source, end = subject_np_after(registry, s, cue, before, state, comp_found)
    if source is None or end < before - 1:
        return source, end
    label = source.label + s.text[end_with_marks(s.text, s.orig(end - 1) + 1):s.orig(anon.end())]
    # whoever asks not to be named is an unnamed source; its key and name stay the noun phrase's, so that
    # «مسؤول تركي» of one reprint and «مسؤول تركي طلب عدم نشر اسمه» of another remain one source
    kind = "anonymous-source" if source.type == "unknown" and not source.registered else source.type
    return replace(source, label=label, type=kind), anon.end()


TRAILING_TIME_RE = re.compile(r"(?:\s+(?:يوم|مساء|صباح|ليل|ليله|فجر|ظهر|امس|اليوم|الاثنين|الثلاثاء|الاربعاء|الخميس|"
                              r"الجمعه|السبت|الاحد|الماضي|الماضيه|الجاري|الحالي))+\s*$")
def described_by_head(phrase: str, mention, state: Discourse):
    """A registered alias that is a definite description ("المنظمة الدولية" → the UN) names the source just
    quoted when that source's name has the same head ("منظمة الصحة العالمية … ولفتت المنظمة الدولية")."""
    words = phrase.split()
    last = state.last_source
    if not 1 < len(words) <= 3 or not words[0].startswith("ال") or last is None or last.key == mention.source.key:
        return None
    names = [normalize(n).split() for n in state.names_of(last)]
    return last if any(n and n[0] == words[0][2:] for n in names) else None


RELATIVE_AFTER_RE = re.compile(r"\s*،?\s*(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)\s")


def with_relative_clause(s: Sentence, source, end, limit: int, comp_found: bool, cue: Cue | None = None):
    """A relative clause between the subject and the complementizer is part of the subject as written
    ("قال المجلس الوطني السوري المعارض الذي يتخذ من إسطنبول مقرا إن …", "ذكر التقرير الذي أعدته لجنة …
    أن"): its label runs on to the complementizer, its key and name stay the noun phrase's. Not before بأن,
    the second complement of a verb with an object ("اتهمت المؤسسة التي … الحكومة … بأنها")."""
    if source is None or not comp_found or not RELATIVE_AFTER_RE.match(s.norm, end, limit) \
            or cue is not None and cue.lemma in DIRECTIVE | set(NEEDS_COMPLEMENT) or s.norm[limit:limit + 1] == "ب" \
            or not (titled_or_body(normalize(source.label)) or source.type == "anonymous-source"):
        return source, end  # a person's relative clause is an aside ("نييتو الذي عاد من زيارة لفرنسا")
    e = limit
    while e > end and s.norm[e - 1] in " ،,":
        e -= 1
    rel = RELATIVE_AFTER_RE.match(s.norm, end, limit).end()
    if e - end > 100 or len(s.norm[end:e].split()) > 10 or re.search(r'["()\-–،]', s.norm[rel:e]) \
            or COMPLEMENTIZER_RE.search(s.norm, end, e):
        return source, end
    when = TRAILING_TIME_RE.search(s.norm, end, e)  # "… مقرا لها مساء الأحد إن": the time is the verb's
    e = when.start() if when and when.start() > end else e
    label = source.label + s.text[end_with_marks(s.text, s.orig(end - 1) + 1):end_with_marks(s.text, s.orig(e - 1) + 1)]
    return replace(source, label=label), e


LONG_TITLE_WORDS = 18
# Bodies that speak for a country's government when its adjective follows ("وزارة الخارجية السعودية").
STATE_BODY_HEADS = {"وزاره", "حكومه", "سلطات", "رياسه", "سفاره", "قنصليه", "ديوان", "قياده", "جيش", "مجلس"}


def own_body_with_adjective(phrase: str, mention) -> bool:
    """A non-state body ("الجمعية", "هيئة", "شركة") whose name holds a registered government's alias only as an
    adjective after the head ("الجمعية السعودية", "شركة أرامكو السعودية")."""
    words = phrase.split()
    if len(words) < 2 or mention.source is None or mention.source.is_person \
            or mention.source.type != "government-official":
        return False
    head = re.sub(r"^ال", "", words[0])
    return head in BODY_HEADS - STATE_BODY_HEADS and not phrase.startswith(normalize(mention.label))


def titled_or_body(phrase: str) -> bool:
    """A phrase headed by a title ("المتحدث الرسمي …") or a body noun ("هيئة …", "الجمعية …")."""
    first = phrase.split()[:1]
    return bool(first) and (first[0] in TITLE_WORDS or re.sub(r"^ال", "", first[0]) in BODY_HEADS | SOURCE_HEADS)


def subject_np_after(registry, s: Sentence, cue: Cue, limit: int, state: Discourse, comp_found: bool = True):
    """subject_after without an anonymity clause: the noun phrase up to `limit`."""
    norm = s.norm
    if cue.lemma in SAY_VERBS and clause_starts(s, cue.end):
        return None, None  # "وأضاف بلغت التكلفة …": no subject, the words begin at once
    at = after_recipient(s, cue.end, limit)
    q = re.match(r'\s*"', norm[at:limit])
    quoted_name = bool(q) and any(x[0] == at + q.end() for x in s.mentions)
    np0, np1 = np_after(norm, at, limit, quoted_name=quoted_name)
    if norm[np0:np1].split()[:1] and object_masdar(norm[np0:np1].split()[0]):
        return None, None  # "ونفى وجود معتقلين": the verb's object, its subject is the one named before
    if not comp_found or cue.lemma in NEEDS_COMPLEMENT:
        # "ووصف وزير الزراعة لوبي كولديريتي انتشار الخنازير … بأنه": the object begins at its verbal noun
        later = [w for w in WORD_RE.finditer(norm, np0, np1) if w.start() > np0 and object_masdar(w.group(0))]
        if later:
            np1 = norm.rfind(" ", np0, later[0].start()) if norm.rfind(" ", np0, later[0].start()) > np0 else np1
    if comp_found and len(norm[np0:np1].split()) >= 10 and titled_or_body(norm[np0:np1]):
        # a title, its body and a full name run long before the complementizer bounds them ("مدير عام كلية
        # الملك فهد الأمنية اللواء سعد بن عبدالله الخليوي إن"): stop words still end it, not a word count
        np0, np1 = np_after(norm, at, limit, max_words=LONG_TITLE_WORDS, quoted_name=quoted_name)
    for _ in range(3):  # a registered name runs on past a stop word ("… لنصرة الأشقاء في سوريا الدكتور …")
        across = [x for x in s.mentions if np0 <= x[0] < np1 < x[1]]
        if not across or np1 <= np0:
            break
        more0, more1 = np_after(norm, across[0][1], limit)
        np1 = more1 if more1 > more0 and more0 <= across[0][1] + 1 else across[0][1]
    if "ب" in PREP_OPENER.get(cue.lemma, ()) and np1 > np0:  # "وطالب محلب بتوعية الشباب": the object starts at ب
        for w in WORD_RE.finditer(norm, np0, np1):
            if (w.start() > np0 or re.match(r"ب(?:ال|م|ت)\S{2}", w.group(0))) and w.group(0).startswith("ب") \
                    and not NISBA_RE.search(w.group(0)) and not any(x[0] in (w.start(), w.start() + 1) for x in
                                                                      s.mentions):
                # "بريطانيون" is an adjective, not ب + noun; "وأفاد بمقتل …" has no subject after the verb
                np1 = w.start() - 1
                break
    np1 = definite_body_end(norm, np0, np1, s.mentions)
    if comp_found:
        np1 = title_in_body_end(norm, np0, np1, limit)
    has_opener = bool(comp_found and COMPLEMENTIZER_RE.search(norm, cue.end, limit + 12)
                      or ":" in norm[np1:np1 + 3])
    if cue.kind == "verb" and cue.lemma in OBJECT_VERBS | DIRECTIVE and np1 > np0 and not has_opener:
        np1 = parse_np_end(s, cue, np0, np1)
    if np1 <= np0:
        return None, None
    if len(norm[np0:np1].split()) == 1 and "\u064b" in s.text[s.orig(np0):s.orig(np1 - 1) + 2]:
        return None, None  # an adverbial accusative ("مستحيلاً", "ممازحاً"), not a subject
    titled = norm[np0:np1].split()[:1] and norm[np0:np1].split()[0] in TITLE_WORDS
    recipient = [x for x in s.mentions if np0 < x[0] < np1 and not titled and (
        is_recipient(norm, x[0]) or cue.lemma == "أبلغ" and x[1] >= np1 - 1)]  # "أبلغ مسؤولون رويترز أنهم"
    if recipient:  # "وروى أحد السكان لوكالة فرانس برس": the agency heard it, the resident said it
        np1 = norm.rfind(" ", np0, recipient[0][0]) if norm.rfind(" ", np0, recipient[0][0]) > np0 else np0
        if np1 <= np0:
            return None, None
    issued = ISSUED_BY_RE.match(norm, np0, limit)
    if issued:
        # "أفاد بيان صادر عن وزارة الداخلية بأن …": a statement stands for its issuer, written in full
        i0, i1 = np_after(norm, issued.end(), limit)
        i1 = with_region(norm, definite_body_end(norm, i0, i1, s.mentions), limit)
        if i1 > i0:
            named = [x for x in s.mentions if i0 <= x[0] <= i0 + 1]
            label = s.text[s.orig(np0):end_with_marks(s.text, s.orig(i1 - 1) + 1)]
            ref = registry.ref(named[0][2]) if named else unregistered_source(
                registry, s, i0, i1, s.text[s.orig(i0):end_with_marks(s.text, s.orig(i1 - 1) + 1)], state)
            ref.label = label
            return ref, max(i1, named[0][1] if named else i1)
    inside = [x for x in s.mentions if np0 <= x[0] < np1]
    phrase = norm[np0:np1]
    label = s.text[s.orig(np0):end_with_marks(s.text, s.orig(np1 - 1) + 1)]
    if inside:
        m0, m1, mention = inside[0]
        if m0 > np0 and SPOKESPERSON_RE.match(norm[np0:m0]):
            # a spokesperson speaks for the body named: that body is the source, as written in full
            ref = registry.ref(mention)
            ref.label = label
            return ref, np1
        if m0 - np0 <= 1 and comp_found and names_another_body(norm, mention, m1, np1):
            # "التحالف الدولي لدعم اللاجئين بقيادة ألمانيا" is not the registered "التحالف الدولي"
            return unregistered_source(registry, s, np0, np1, label, state), np1
        if m0 - np0 <= 1 and m1 >= np1 - 1:
            earlier = described_by_head(phrase, mention, state)
            if earlier is not None:
                return replace(earlier, label=label), np1
        if m0 - np0 <= 1:
            ref = registry.ref(mention)
            end = m1
            joined = [x for x in s.mentions if x[0] > m1]
            while joined and re.fullmatch(r"\s*،?\s*و", norm[end:joined[0][0]]) and joined[0][1] <= limit:
                end = joined[0][1]  # "بريطانيا وفرنسا والولايات المتحدة": one joint subject, the first named
                ref.label = s.text[s.orig(m0):end_with_marks(s.text, s.orig(end - 1) + 1)]
                joined = joined[1:]
            adjective = re.match(r"\s*\"?\s*(ال\S{2,}(?:ي|يه|يون|يين))(?![\w])", norm[end:limit])
            if adjective and end - m1 < 2:  # "«وحدات حماية الشعب» الكردية": its adjective too
                end += adjective.end()
            if end > m1:
                return ref, end
            # a title before a name ("وزير الدفاع الفرنسي جان ايف لودريان") is one mention
            for t0, t1, m2 in s.mentions:
                if m1 <= t0 <= m1 + 2 and m2.source is mention.source:
                    end = t1
                    ref.label = s.text[s.orig(m0):s.orig(t1)]
            return ref, end
        last = inside[-1]
        if own_body_with_adjective(phrase, last[2]):
            # "الجمعية السعودية لحقوق الإنسان", "هيئة الهلال الأحمر السعودي": a body of its own that the
            # country's adjective describes, not the country's government
            return unregistered_source(registry, s, np0, np1, label, state), np1
        if last[1] >= np1 - 1 and (last[2].source.is_person or phrase.split()[0] not in TITLE_WORDS):
            ref = registry.ref(last[2])  # title + name: "وزير الدفاع الفرنسي جان ايف لودريان"
            ref.label = label
            return ref, np1
        if phrase.split()[0] in TITLE_WORDS:
            # "مدير مكتب الحملة بلبنان وليد بن علي الجلال": a person of that body, not the body
            return unregistered_source(registry, s, np0, np1, label, state), np1
        if m0 > np0 + 1 and m1 < np1 - 1 and normalize(phrase.split()[0]).lstrip("ال") in SOURCE_HEADS | BODY_HEADS:
            # a registered name inside a longer one: "منظمة الأمم المتحدة للأغذية والزراعة (فاو) وبرنامج …"
            return unregistered_source(registry, s, np0, np1, label, state), np1
        return registry.ref(mention), m1
    return unregistered_source(registry, s, np0, np1, label, state), np1


# A statement and its issuer: "بيان صادر عن وزارة …", "تقرير لمنظمة …", "بيان مشترك لـ…".
ISSUED_BY_RE = re.compile(r"(?:بيان|تقرير|رساله|تعميم|بلاغ)(?: (?:صادر|رسمي|مشترك))? (?:عن |من |ل(?=[^ل\s]\S{2}))")


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


def title_in_body_end(norm: str, np0: int, np1: int, limit: int) -> int:
    """A title or an unnamed official with the body they belong to and their name, up to the complementizer
    ("مسؤول في وزارة المالية إن", "رئيس لجنة الشؤون الخارجية في مجلس الشورى علاء الدين بروجردي إن"): the
    subject runs on across في when nothing but that body and a name stands before إن/أن."""
    first = norm[np0:np1].split()[:1]
    if not first or not (first[0] in TITLE_WORDS or first[0] in ANONYMOUS_HEADS):
        return np1
    rest = re.match(r" في ((?:[^\s،.:\"()]+(?: |$)){1,8})\s*$", norm[np1:limit])
    if not rest:
        return np1
    words = rest.group(1).split()
    heard = [k for k, w in enumerate(words) if RECIPIENT_WORD_RE.match(w)]
    words = words[:heard[0]] if heard else words  # "… في الخارجية الأمريكية للصحافيين": who heard it
    if not words or any(w in NP_STOP or w in OCCASION_WORDS for w in words):
        return np1
    return np1 + len(" في " + " ".join(words))


def definite_body(phrase: str) -> bool:
    """A normalized phrase headed by a definite body noun ("الوزاره", "الهييه العامه للسياحه")."""
    first = phrase.split()[:1]
    return bool(first) and first[0].startswith("ال") and first[0][2:] in BODY_HEADS


def definite_body_end(norm: str, np0: int, np1: int, mentions) -> int:
    """A definite body noun ("الوزارة", "الهيئة العامة للسياحة") ends before the first indefinite word after
    it, which begins the verb's object ("أوضحت الوزارة احتواء الدليل …"): Arabic adds no genitive to a
    definite noun. Its adjectives (ال…), its ل-complement ("لدعم اللاجئين", "للسياحة"), a coordinated
    definite ("والصناعة"), "بقيادة X" and a quoted or registered name stay in."""
    words = list(WORD_RE.finditer(norm, np0, np1))
    if not words or not words[0].group(0).startswith("ال") or words[0].group(0)[2:] not in BODY_HEADS \
            or any(x[0] <= words[0].start() < x[1] for x in mentions):
        return np1
    lead = None  # the word that governs an indefinite genitive ("بقيادة ألمانيا", "لدعم اللاجئين")
    for w in words[1:]:
        t = w.group(0).strip('"«»“”')
        if w.group(0)[:1] in '"«“' or any(x[0] <= w.start() < x[1] for x in mentions):
            return np1
        if t.startswith(("ال", "وال", "لل")) or re.match(r"^ل\S{3,}", t) or t in ("بقياده", "برياسه", "بزعامه"):
            lead = t if not t.startswith(("ال", "وال")) else None
            continue
        if lead is not None:  # "بقيادة ألمانيا": the genitive of the word before
            lead = None
            continue
        return norm.rfind(" ", np0, w.start()) if norm.rfind(" ", np0, w.start()) > np0 else np1
    return np1


def clause_starts(s: Sentence, at: int) -> bool:
    """A finite clause begins right here: a frequent verb or pronoun, or a word the parse tags VERB."""
    m = re.match(r"\s*(\S+)", s.norm[at:])
    if not m:
        return False
    if m.group(1) in CLAUSE_OPENERS:
        return True
    w = word_at(s, s.orig(at + m.start(1)))
    return w is not None and w.upos == "VERB"


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
    if np1 <= np0 or len(norm[np0:np1].split()) > 10:
        return None
    inside = [x for x in s.mentions if np0 <= x[0] < np1]
    if inside and inside[0][0] - np0 <= 1:
        ref = registry.ref(inside[0][2])
        return ref
    label = s.text[s.orig(np0):end_with_marks(s.text, s.orig(np1 - 1) + 1)]
    return unregistered_source(registry, s, np0, np1, label, state)


def parse_np_end(s: Sentence, cue: Cue, np0: int, np1: int) -> int:
    """For verbs whose object follows the subject ("نشرت صحف سودانية نعيا …"), the parse's nsubj
    subtree bounds the subject; without a parse, an unnamed subject is taken as two words."""
    if s.words:
        verb = word_index_at(s, s.orig(cue.start))
        if verb is not None:
            for i, w in enumerate(s.words):
                if w.head == verb and w.deprel.startswith("nsubj"):
                    a, b = subtree(s, i)
                    n1 = s.to_norm(b)
                    if np0 <= s.to_norm(a) <= np0 + 2 and n1 <= np1 and len(s.norm[np0:n1].split()) <= 3:
                        if s.norm[np0:np1].startswith("ال") and not any(np0 <= x[0] < n1 for x in s.mentions):
                            # a definite noun takes no genitive: "أثبتت الدراسات المدى …" ends at الدراسات
                            return min(n1, heuristic_np_end(s, np0, np1))
                        return with_region(s.norm, n1, np1)
    first = s.norm[np0:np1].split()[:1]
    if any(np0 <= x[0] <= np0 + 1 for x in s.mentions) or first and first[0] in TITLE_WORDS:
        return np1  # a name or a title opens the subject: the registry and the title rules bound it
    return heuristic_np_end(s, np0, np1)


# Adjectives of a definite genitive that are no nisba ("مكتب النائب العام"); a definite noun after it is the object
# ("حذر صندوق النقد الدولي اليابان من …").
GENITIVE_ADJECTIVES = {"العام", "العامه", "الجديد", "الجديده", "العملاق", "العملاقه", "القديم", "القديمه", "الاعلي", "الاول", "الاولي", "الكبير", "الكبري", "الاعظم", "الموقت", "الموقته"}
NISBA_RE = re.compile(r"\S{3,}(?:ي|يين|يون|يان)$")
CONSTRUCT_PLURAL_RE = re.compile(r"^\S{3,}[^ا]و$")


def heuristic_np_end(s: Sentence, np0: int, np1: int) -> int:
    words = list(WORD_RE.finditer(s.norm, np0, np1))
    if not words:
        return np1
    # a noun, its genitive when it is indefinite ("وزارة الداخلية"), then nisba adjectives ("سودانية")
    end = words[0].end()
    k = 1
    head = words[0].group(0)
    if not head.startswith("ال") and k < len(words) and (
            words[k].group(0).startswith("ال") or CONSTRUCT_PLURAL_RE.search(head) or head in BODY_HEADS
            and not object_masdar(words[k].group(0))):
        # "ممثلو ادعاء": a plural that lost its ن takes a genitive, definite or not; "حركة طالبان": a body its name
        end = words[k].end()
        k += 1
        if s.norm[words[k - 1].start() - 1:words[k - 1].start()] == '"' and s.norm[end:end + 1] == '"':
            end += 1  # "تنظيم «داعش»": the name in its quotation marks
        while k < len(words) and words[k - 1].group(0).startswith("ال") and words[k].group(0).startswith("ال") \
                and (NISBA_RE.search(words[k].group(0)) or words[k].group(0) in GENITIVE_ADJECTIVES) \
                and words[k].group(0) not in TITLE_WORDS and words[k].start() - words[k - 1].end() <= 1:
            end = words[k].end()  # "مكتب النائب العام": the genitive's adjectives
            k += 1
    while k < len(words):
        w = words[k].group(0)
        if re.search(r"(?:ي|يه|يين|يون|يان)$", w) and len(w) > 3 \
                or k >= 2 and words[k - 1].group(0).startswith("ال") and w.startswith("وال"):  # "التجارة والصناعة"
            end = words[k].end()
            k += 1
        elif with_region(s.norm, end, np1) > end:
            end = with_region(s.norm, end, np1)
            k += 2
        else:
            break
    return end


REGION_RE = re.compile(r" [بل](?:منطقه|محافظه|مدينه) [^\s،.:\"()]+")


def with_region(norm: str, end: int, limit: int) -> int:
    """"مديرية الشؤون الصحية بمنطقة جازان": the body's region is part of its name."""
    m = REGION_RE.match(norm, end, limit)
    return m.end() if m else end


def parse_subject_before(registry, s: Sentence, cue: Cue, state: Discourse) -> SourceRef | None:
    """The parse's nominal subject of the cue verb when it stands before the verb, close to it
    ("غير أن المراقبين يؤكدون أن …")."""
    if not s.words:
        return None
    verb = word_index_at(s, s.orig(cue.start))
    if verb is None:
        return None
    for i, w in enumerate(s.words):
        if w.head == verb and w.deprel.startswith("nsubj") and w.end <= s.orig(cue.start):
            a, b = subtree(s, i)
            n0, n1 = s.to_norm(a), s.to_norm(b)
            if cue.start - n1 > 30 or n1 <= n0 or len(s.norm[n0:n1].split()) > 8 \
                    or s.norm[n0:n1].split()[0] in NP_STOP:
                return None
            inside = [x for x in s.mentions if n0 <= x[0] < n1]
            if inside:
                return registry.ref(inside[0][2])
            label = s.text[a:b]
            return unregistered_source(registry, s, n0, n1, label, state) if source_like_text(label) else None
    return None


def active_subject(registry, s: Sentence, state: Discourse, before: int) -> SourceRef | None:
    """The parse's subject of the verb that governs the clause before `before`, when that verb is
    active (a passive's subject, "اعتقل X بتهمة …", is not the accuser)."""
    for i, w in enumerate(s.words):
        if w.deprel == "nsubj" and 0 <= w.head < len(s.words) and s.words[w.head].upos == "VERB" \
                and s.to_norm(s.words[w.head].start) < before:
            a, b = subtree(s, i)
            n0, n1 = s.to_norm(a), s.to_norm(b)
            if n1 > before or not 0 < len(s.norm[n0:n1].split()) <= 6:
                return None
            inside = [x for x in s.mentions if n0 <= x[0] < n1]
            if inside:
                return registry.ref(inside[0][2])
            return unregistered_source(registry, s, n0, n1, s.text[a:b], state)
    return None


def sentence_subject(registry, s: Sentence, state: Discourse, before: int) -> SourceRef | None:
    """The subject of the sentence's first verb, for a participle cue ("وحدد المنشور …، مضيفا أن");
    none when the cue opens the sentence (it goes on from the previous one)."""
    if len(s.norm[:before].split()) < 2:
        return None
    for i, w in enumerate(s.words):  # the parse: nsubj of the first verb that has one
        if w.deprel.startswith("nsubj") and 0 <= w.head < len(s.words) and s.words[w.head].upos == "VERB":
            a, b = subtree(s, i)
            n0, n1 = s.to_norm(a), s.to_norm(b)
            if n1 > before:
                break
            if 0 < len(s.norm[n0:n1].split()) <= 6:
                inside = [x for x in s.mentions if n0 <= x[0] < n1]
                if inside:
                    return registry.ref(inside[0][2])
                verb = s.words[w.head]
                if normalize(s.text[verb.start:verb.end]).lstrip("وف") not in ("تم", "يتم", "سيتم", "تمت"):
                    return unregistered_source(registry, s, n0, n1, s.text[a:b], state)
            break  # "تم عقد لقاء …": the subject of تم is an event, not a speaker; the rules look further
    m = re.match(r"\s*(?:و|ف)?\S+\s", s.norm)
    if not m:
        return None
    first = m.group(0).split()[0]
    if first in NP_STOP or first[1:] in NP_STOP and first[0] in "وف" or first in ("ثم", "لكن", "ولكن", "اما", "واما"):
        # "وبعد الانتهاء من …"، "ثم تجول سموه …، ثم ألقى مدير إدارة المهرجان … كلمة …، لافتاً": the sentence
        # opens with no verb, its speaker is the title named in it, if any
        return titled_in_sentence(registry, s, state, before)
    np0, np1 = np_after(s.norm, m.end() - 1, len(s.norm))
    words = s.norm[np0:np1].split()
    if not words or len(words) > 6:
        return None
    inside = [x for x in s.mentions if np0 <= x[0] < np1]
    if inside:
        return registry.ref(inside[0][2])
    label = s.text[s.orig(np0):end_with_marks(s.text, s.orig(np1 - 1) + 1)]
    return unregistered_source(registry, s, np0, np1, label, state)


def titled_in_sentence(registry, s: Sentence, state: Discourse, before: int) -> SourceRef | None:
    """The first registered name or title + name before `before` ("… لقاء مدير عام الكلية اللواء سعد الخليوي حيث
    …، مؤكدا"), else none."""
    for w in WORD_RE.finditer(s.norm, 0, before):
        named = [x for x in s.mentions if x[0] == w.start() and x[1] <= before]
        if named and not is_recipient(s.norm, w.start()):
            return registry.ref(named[0][2])
        if w.group(0) in TITLE_WORDS:
            np0, np1 = np_after(s.norm, w.start(), before, max_words=LONG_TITLE_WORDS)
            occasion = [o for o in WORD_RE.finditer(s.norm, np0, np1) if o.group(0) in OCCASION_WORDS]
            np1 = s.norm.rfind(" ", np0, occasion[0].start()) if occasion else np1  # "… كلمة اللجنة": its object
            if np1 > np0:
                label = s.text[s.orig(np0):end_with_marks(s.text, s.orig(np1 - 1) + 1)]
                return unregistered_source(registry, s, np0, np1, label, state)
    return None


def np_after(norm: str, at: int, limit: int, max_words: int = 10, quoted_name: bool = False) -> tuple[int, int]:
    """The noun phrase right after a verb: words up to a stop word, punctuation, a quote or `limit`."""
    i = at
    while i < limit and norm[i] == " ":
        i += 1
    while True:  # pronoun-carrying prepositions and adverbs before the subject ("يرى فيه الناطق …")
        skip = re.match(r"(?:فيه|فيها|عنه|عنها|له|لها|لهم|عليه|عليها|منه|منها|خلاله|خلالها|ايضا|كذلك|بدوره|بدورها|بذلك|"
                        r"مجددا|بدورهم)(?:،)?\s+", norm[i:limit])
        if not skip:
            break
        i += skip.end()
    if i < limit and norm[i] == '"':
        close = norm.find('"', i + 1)
        if close == -1 or (len(norm[i + 1:close].split()) > 3 and not quoted_name):
            return i, i  # a quotation right after the verb is speech, not its subject
        i += 1
    start = i
    end = start
    n = 0
    for m in re.finditer(r"\S+", norm[start:limit]):
        w = m.group(0)
        glued = re.search(r'"?:', w[1:])
        if glued:  # "وأضاف الجهني":عند وصول …": the name ends at the colon glued to it
            w = w[:glued.start() + 1]
        core = w.strip('",.:؛;()،')
        if RECIPIENT_WORD_RE.match(w):
            break  # "… لـ«الشرق الأوسط»", "… لوكالة الأنباء": who heard it
        if w[0] == "(" and re.match(r"^\([^\s()]+\)[،,]?$", w) and n:
            end = start + m.start() + len(w.rstrip(",،"))  # an acronym in brackets: "الزراعة (فاو) وبرنامج …"
            if w.endswith(("،", ",")):
                break
            continue
        if core in NP_STOP or not core or w[0] in "(،:":
            break
        if re.match(r"^[0-9٠-٩]", core):
            break
        if w.startswith('"') and m.start() > 0:
            close = norm.find('"', start + m.start() + 1, limit)
            inner = norm[start + m.start() + 1:close].split() if close != -1 else []
            tail = norm[close + 1:limit].strip(" ") if close != -1 else ""
            if close == -1 or len(inner) > 4 or len(inner) >= 3 and (
                    not tail.strip(STRIP) or PARTICIPLE_RE.match(tail) or tail[:1] in "،."):
                break  # a quotation opens: the content, not the name ("وقال مدير المرصد «شوهد …» مضيفا")
        end = start + m.start() + len(w.rstrip('",.:؛;،'))
        n += 1
        closes_name = w.endswith('"') and norm[start:start + m.end()].count('"') % 2 == 0
        if w.endswith(("،", ",", ":")) or (w.endswith('"') and not closes_name) or n >= max_words or glued:
            break
    return start, end if n else start


def is_recipient(norm: str, m0: int) -> bool:
    """A name written with the preposition ل ("لوكالة", "للافروف", "لـ«الشرق الأوسط»")."""
    w = norm.rfind(" ", 0, m0) + 1
    prefix = norm[w:m0].replace('"', "")
    if norm[:w].split()[-1:] and norm[:w].split()[-1] in BELONGING_WORDS:
        return False  # "اللجنة التابعة للأمم المتحدة": whom the body belongs to, not who heard it
    return prefix in ("ل", "لل", "ول", "لـ")


BELONGING_WORDS = {"التابع", "التابعه", "التابعين", "التابعون", "تابع", "تابعه", "الموالي", "المواليه", "الموالين",
                   "موالي", "مواليه", "المنتمي", "المنتميه", "المنتمين", "المناصر", "المناصره", "المناصرين"}


def source_like_text(label: str) -> bool:
    words = normalize(label).split()
    if len(words) > 1 and words[0] in ("احد", "احدي", "بعض"):
        words = words[1:]  # "أحد الشهود", "بعض المسؤولين"
    if not words:
        return False
    bare = re.sub(r"^(?:ال|لل|ل)", "", words[0])
    return words[0] in TITLE_WORDS or bare in SOURCE_HEADS or light_stem(bare) in SOURCE_HEADS


def source_like(s: Sentence, np0: int, np1: int) -> bool:
    """An unregistered phrase after a nominal cue names a source: a source-like head noun, a
    title, or a person/organization the NER marks there."""
    first = s.norm[np0:np1].split()[0]
    bare = re.sub(r"^(?:ال|لل|ل)", "", first)
    if first in TITLE_WORDS or bare in SOURCE_HEADS or light_stem(bare) in SOURCE_HEADS:
        return True
    return any(s.to_norm(a) <= np0 + 1 and s.to_norm(b) > np0 and t in ("PER", "ORG", "GOV", "MEDIA")
               for a, b, t in s.entities)


MEDIA_TYPES = {"news-outlet", "state-media"}


def names_another_body(norm: str, mention, m1: int, np1: int) -> bool:
    """A registered body's name followed, inside the subject, by a complement with ل ("لدعم", "للهجرة")
    names another, longer body; not a person's name, an agency's ("وكالة الأناضول للأنباء"), a recipient
    ("ناشطون لشبكة …") or a word of the registered names."""
    if mention.source is None or mention.source.is_person or mention.source.type in MEDIA_TYPES:
        return False
    rest = norm[m1:np1].split()
    if not rest or not rest[0].startswith("ل") or rest[0].startswith("ال") or len(rest[0]) < 4:
        return False
    bare = re.sub(r"^(?:لل|ل)", "", rest[0])
    if bare in SOURCE_HEADS or bare in TITLE_WORDS or "ال" + bare in TITLE_WORDS or RECIPIENT_WORD_RE.match(rest[0]):
        return False
    return not any(rest[0] in normalize(a).split() for a in mention.source.aliases + (mention.source.name_ar,))


MARK_PAIRS = {"«": "»", "“": "”", '"': '"', "(": ")"}


def balanced_label(label: str, text: str) -> str:
    """A label as written with its quotation marks balanced: «صحيفة «واشنطن بوست» with the closing mark that
    follows it in its sentence `text`, «داعش» without the marks that enclose the whole name
    (tests/gold/GUIDE.md)."""
    for opener, closer in MARK_PAIRS.items():
        marks = label.count(opener) + (label.count(closer) if opener != closer else 0)
        if len(label) > 2 and label[0] == opener and label[-1] == closer and marks == 2 and opener != "(":
            return label[1:-1]
        open_left = label.count(opener) % 2 if opener == closer else label.count(opener) - label.count(closer)
        at = text.find(label)
        if open_left > 0 and at != -1 and text[at + len(label):at + len(label) + 1] == closer:
            return label + closer
    return label
