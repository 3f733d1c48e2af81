"""The source's span: the subject after the verb (its noun phrase bounded by kg.attribution.noun_phrase, the
registry and the parse; an unnamed source's request for anonymity; a statement's issuer), before it, of the
sentence, or a title named in it. What a phrase names is kg.attribution.source_phrases; who heard or relayed
it, kg.attribution.recipients."""

from __future__ import annotations

import re
from dataclasses import replace

from ..countries import COUNTRY_NAMES
from ..model import SourceRef
from ..text import normalize
from .coreference import Discourse, cue_gender, described_person, unregistered_source
from .denials import denied_head
from .polarity import DENIAL_VERBS
from .document import Cue, Sentence, end_with_marks
from .own_voice import DATELINE_RE
from .noun_phrase import (
    FORMER_BEFORE_NAME_RE, LONG_TITLE_WORDS, NISBA_RE, body_in_body_end, speaker_body_end, city_name_end, clause_starts, definite_body_end, name_ali,
    np_after, parse_np_end,
    title_in_body_end, title_in_country_end, with_place, with_region
)
from .parse import subtree, word_index_at
from .recipients import OCCASION_WORDS, SINGULAR_NISBA_RE, after_recipient, hearer_start, is_recipient
from .source_phrases import (
    described_by_head, names_another_body, own_body_with_adjective, source_like_text, titled_or_body,
    with_relative_clause
)
from .source_words import (
    ANONYMITY_RE, BODY_HEADS, NP_STOP, PARTICLES, object_masdar, possessed_masdar, RECIPIENT_WORD_RE, SOURCE_HEADS,
    SPOKESPERSON_RE, TITLE_WORDS
)
from .syntax import COMPLEMENTIZER_RE, TIME_LEAD_RE, WORD_RE
from .verbs import (
    cue_lemma, BOUNDED_OBJECT_VERBS, CALL_VERBS, DIRECTIVE, OBJECT_HEAD_RE, NEEDS_COMPLEMENT, OBJECT_VERBS,
    PREP_OPENER, SAY_VERBS
)


ADJECTIVE_NISBA_RE = re.compile(r"\S{3,}(?:ي|يه|يين|يون|يان)$")
SPOKESPERSON_LEAD_RE = re.compile(r"(?:ال)?(?:متحدث|ناطق)(?:ه)?(?:\s+(?:ال)?رسمي(?:ه)?)?\s+باسم\s+")


def spokesperson_end(s: Sentence, b0: int, np1: int) -> int:
    """Where "المتحدث باسم X" ends before a verb's object ("وأدان المتحدث باسم الخارجية هجوما …"): X is a
    registered name, or a noun with one definite genitive if it has none ("وزارة الخارجية"), and the nisba
    adjectives after it ("الأمريكية"); a second definite noun that is no adjective is the object."""
    norm = s.norm
    named = [x for x in s.mentions if b0 <= x[0] <= b0 + 1 and x[1] <= np1 + 1]
    words = list(WORD_RE.finditer(norm, named[0][1] if named else b0, np1))
    if not named:
        if not words:
            return np1
        first, words = words[0], words[1:]
        end = first.end()
        if not first.group(0).startswith("ال") and words and words[0].group(0).startswith("ال"):
            end, words = words[0].end(), words[1:]  # a construct: "وزارة الخارجية"
    else:
        end = named[0][1]
    rest = iter(words)
    w = next(rest, None)
    while w is not None and w.group(0).startswith("ال") and ADJECTIVE_NISBA_RE.search(w.group(0)):
        end, w = w.end(), next(rest, None)
    names = 0  # the spokesperson's name after the body ("… باسم الائتلاف سالم المسلط"), not an indefinite object
    while w is not None and names < 3 and not w.group(0).startswith("ال") and not w.group(0).endswith("ا") \
            and w.group(0) not in NP_STOP:
        end, w, names = w.end(), next(rest, None), names + 1
    if names and w is not None and w.group(0).startswith("ال"):
        end = w.end()  # a family name with ال ("المسلط")
    return min(end, np1)


# Verbs whose object must stand before their preposition ("اتهم X بـ", "وصف X بأنه"): a single noun
# phrase between the verb and it is that object, and the subject is the one named before.
OBJECT_BEFORE_PREP = {"اتهم": r"ب\S", "وصف": r"ب\S"}  # not حث: "وحث الحمادي على ضرورة …" has no object
# What may stand between that object and its preposition: a time or a prepositional phrase, no comma.
OBJECT_ADJUNCT_RE = r"(?:\s+(?:في|خلال|منذ|امس|اليوم|يوم|مساء|صباح)\s+[^،.:\"]{0,80}?)?"
# The label that وصف gives ("بالضارية", "بالإرهابي"): it follows the thing described, or the subject at once when
# the verb carries the thing as a pronoun.
LABEL_AFTER_RE = re.compile(r"(?<![\w])بال\S{2,}")


def surname_end(s: Sentence, cue: Cue, state: Discourse, limit: int) -> int | None:
    """Where a source named in full earlier and now by its last name alone ends ("وقال زعيم الحوثيين عبدالملك
    الحوثي …. واعتبر الحوثي نجاح المقاومة …"): a verb whose object follows its subject bare (BOUNDED_OBJECT_VERBS)
    has its subject end there, not run on into the object."""
    m = re.match(r"\s*(\S{3,})", s.norm[cue.end:limit])
    if not m or m.group(1) in NP_STOP:
        return None
    for src in state.sources:
        for name in state.names_of(src):
            words = normalize(name).split()
            if len(words) >= 2 and words[-1] == m.group(1):
                return cue.end + m.end()
    return None


def cause_object_at(s: Sentence, cue: Cue, limit: int) -> int | None:
    """Where the object of a verb of OBJECT_HEAD_RE starts, before `limit` (the cause put down to something, the
    thing described): that word after the verb ends its subject, or is the object at once, the subject elided
    ("كما أرجع سبب التأخر إلى …")."""
    if cue.lemma not in OBJECT_HEAD_RE or cue.kind != "verb":
        return None
    m = OBJECT_HEAD_RE[cue.lemma].search(s.norm, cue.end, limit)
    return m.start() if m and len(s.norm[cue.end:m.start()].split()) <= 8 else None
# The gender of a pronoun ending a word (ه, ها; a plural or dual's none to compare).
PRONOUN_GENDER = {"ه": "m", "ها": "f"}


def own_verbal_noun(cue: Cue, written: str, word: str) -> bool:
    """A verbal noun right after the verb whose pronoun may be the verb's own subject ("وأكدت حرصها …", "وأعلن
    عزمه …", "وأكدا التزامهما …"): the object, the subject elided. A pronoun of the other gender points to a thing
    or person named before, and the subject may still follow ("هذه المعلومات أكد صحتها مصدر في …")."""
    if not possessed_masdar(word):
        return False
    pronoun = next((p for p in ("هما", "هم", "ها", "ه") if word.endswith(p)), "")
    gender = cue_gender(cue.form, written, cue.kind)
    return gender is None or PRONOUN_GENDER.get(pronoun) in (None, gender)


# An accusative or genitive plural ("الكينيين", "السوريين"): never the subject after a verb (that is "-ون").
OBLIQUE_PLURAL_RE = re.compile(r"^ال\S{2,}يين$")
# The people a call is addressed to, right after a call verb that does not agree with them: a feminine verb before
# a masculine word ("ودعت المجتمع الدولي إلى …", "ودعت المواطنين إلى …"), a masculine one before «الدول» (a plural of
# things takes a feminine verb: "دعت الدول"). Such a word is the one called on; the caller is elided.
ADDRESSEE_GENDER = {"المجتمع": "m", "المواطنين": "m", "مواطني": "m", "اهالي": "m", "سكان": "m", "ابناء": "m",
                    "الدول": "f"}


# «جميع», «كافة» right after «حث» or «ناشد» (urged, appealed to: whom comes first): "وحث جميع مديري المدارس على …".
URGED_ALL = {"جميع", "كافه"}


def called_on_at_once(cue: Cue, written: str, first_word: str) -> bool:
    """The word right after a call verb is whom it calls on (ADDRESSEE_GENDER by the verb's gender, URGED_ALL)."""
    if first_word in URGED_ALL and cue.lemma in ("حث", "ناشد"):
        return True
    want = ADDRESSEE_GENDER.get(first_word)
    if want is None or cue.lemma not in CALL_VERBS:
        return False
    gender = cue_gender(cue.form, written, cue.kind)
    return gender is not None and gender != want


def not_a_subject(registry, s: Sentence, cue: Cue, source, end: int) -> bool:
    """The noun phrase after the verb is its object, not its subject: a verb with the plural ending وا has its
    subject in itself ("لكن كثيرين حثوا أنقرة على"); an oblique plural is an object ("ودعت الكينيين الى");
    a short noun phrase that names no speaker right before the preposition of a verb that needs an object there
    ("واتهم أوكرانيا بشن …", "ووصف قصف الانفصاليين في الساعات الأخيرة بأنه …")
    is that object, unless the verb carries it as a pronoun ("واتهمه الجيش بـ")."""
    if cue.kind != "verb":
        return False
    written = s.norm[cue.start:cue.end]
    if written.endswith("وا"):  # (the plural forms in the lexicon too: "طالبوا فيه وزير التعليم … بالتدخل")
        return True
    words = normalize(source.label).split()
    if not source.registered and words and OBLIQUE_PLURAL_RE.match(words[0]):
        return True
    if words and called_on_at_once(cue, written, words[0]):
        return True
    if not source.registered and len(words) == 1 and words[0].startswith("ب") and "ب" in PREP_OPENER.get(cue.lemma, ()) \
            and s.norm[cue.end:].lstrip().startswith(words[0]) and document_before(s.norm, cue.start):
        return True  # "تقريرا يفيد بنقل 25 حالة": the verb's own ب-complement at once, the document its subject
    if not source.registered and words and "ب" in PREP_OPENER.get(cue.lemma, ()) and s.norm[cue.end:].lstrip() \
            .startswith(words[0]) and (words[0].startswith("بال") or object_masdar(words[0][1:])):
        return True  # "ونصح باستخدام تعشيق ثقيل …", "وطالب بإعادة المباراة": the ب-complement at once, no subject
    prep = OBJECT_BEFORE_PREP.get(cue.lemma)
    if prep is None or (cue.form and written != cue.form) or not words or len(words) > 4:
        return False
    reg = registry.sources.get(source.key) if source.registered else None
    if reg is not None and reg.is_person or source_like_text(source.label) or titled_or_body(" ".join(words)):
        return False
    # a subject in the nominative plural ("معارضون سوريون بارزون خطاب …") or a definite phrase that ran on into
    # the object ("الحكومة الأوكرانية الانفصاليين …"; "قصف الانفصاليين" is a construct) is no lone object
    if words[0].endswith("ون") or words[0].startswith("ال") and any(OBLIQUE_PLURAL_RE.match(w) for w in words[1:]):
        return False
    if len(words) > 1 and not (source.registered or words[0].startswith("ال") or object_masdar(words[0])):
        return False  # "واتهم راهول غاندي مودي بـ": an unknown name may be the subject with its object
    # the parse may end a definite object before its adjectives ("الأطراف | المتحاربة على")
    adjectives = r"(?:\s+ال\S+){0,2}" if words[0].startswith("ال") and not source.registered else ""
    return bool(re.match(adjectives + OBJECT_ADJUNCT_RE + r"\s*" + prep, s.norm[end:]))


def subject_after(registry, s: Sentence, cue: Cue, limit: int, state: Discourse, comp_found: bool = True):
    """The explicit subject after the verb (VSO, Arabic's default): (source, end) or (None, None). An unnamed
    source's request for anonymity right after it ("مسؤول أمريكي رفض الكشف عن اسمه") is part of it as written."""
    cause = cause_object_at(s, cue, limit)
    surname = surname_end(s, cue, state, limit) if cue.lemma in BOUNDED_OBJECT_VERBS and cause is None else None
    cause = surname if surname is not None else cause
    if cause is not None and not s.norm[cue.end:cause].strip():
        return None, None  # the object at once: the subject is elided
    label = LABEL_AFTER_RE.search(s.norm, cue.end, limit) if cue.lemma == "وصف" and cue.kind == "verb" else None
    if label is not None and cause is None and s.norm[cue.end:label.start()].strip():
        cause = label.start()  # "مواجهات، وصفتها المصادر بالضارية": the label is no part of who gave it
    source, end = subject_with_anonymity(registry, s, cue, cause if cause is not None else limit, state, comp_found)
    if source is not None and not_a_subject(registry, s, cue, source, end):
        return None, None
    return source, told_before_colon(s, end, limit)


def told_before_colon(s: Sentence, end: int | None, limit: int) -> int | None:
    """Past whom the speaker told, up to the colon that opens the words ("وقال اللاعب لبرنامج في المرمى مع
    الإعلامي بتال القوس: سأغادر …"): the hearer and the occasion are neither the speaker nor the content."""
    if end is None:
        return end
    told = re.match(r"\s*(\S+)", s.norm[end:limit])
    colon = s.norm.find(":", end, limit)
    if not told or not RECIPIENT_WORD_RE.match(told.group(1)) or colon < 0 or colon - end > 100 \
            or re.search(r'[.«"]', s.norm[end:colon]):
        return end
    return colon


def subject_with_anonymity(registry, s: Sentence, cue: Cue, limit: int, state: Discourse, comp_found: bool = True):
    """subject_after before the object test."""
    anon = ANONYMITY_RE.search(s.norm, cue.end, limit)
    if anon is None:
        return with_relative_clause(s, *subject_np_after(registry, s, cue, limit, state, comp_found), limit,
                                    comp_found, cue)
    before = anon.start()
    while before > cue.end and s.norm[before - 1] in " ،,":
        before -= 1
    source, end = subject_np_after(registry, s, cue, before, state, comp_found)
    if source is None:
        return source, end
    if end < before - 1 and not (source.type == "anonymous-source" and not source.registered and len(
            s.norm[end:before].split()) <= 8 and not re.search(r'[،.:"]', s.norm[end:before])):
        # (an unnamed official's body runs on to the request: "مسؤول كبير في إدارة الرئيس باراك أوباما وطلب
        # عدم نشر اسمه")
        return source, end
    label = source.label + s.text[end_with_marks(s.text, s.orig(end - 1) + 1):s.orig(anon.end())]
    # whoever asks not to be named is an unnamed source; its key and name stay the noun phrase's, so that
    # «مسؤول تركي» of one reprint and «مسؤول تركي طلب عدم نشر اسمه» of another remain one source
    kind = "anonymous-source" if source.type == "unknown" and not source.registered else source.type
    return replace(source, label=label, type=kind), anon.end()


# Whom a call is addressed to ("دعت المنظمة الدول الأعضاء إلى …", "حث المجلس المحلي أهالي المدينة على …"): after a
# definite word (no construct head, whose genitive it would be: "ممثل أهالي", "جامعة الدول") they begin the object.
ADDRESSEE_RE = re.compile(r"\s(?:اهالي|سكان|المواطنين|مواطني|ابناء|الدول|المجتمع الدولي|جميع|كافه)(?![\w])")


def before_called_on(s: Sentence, cue: Cue, np0: int, np1: int) -> int:
    """A call's subject ends where a registered name begins after a name of one to three words
    ("وطالب مكاوي الأمم المتحدة والصليب الأحمر بضرورة …"): that name is the one called on, the call's object."""
    if cue.kind != "verb" or cue.lemma not in CALL_VERBS:
        return np1
    norm = s.norm
    people = ADDRESSEE_RE.search(norm, np0, np1)
    if people and re.search(r"(?:^|\s)ال\S+\s$", norm[np0:people.start() + 1]):
        return people.start()  # "دعا رئيس المجلس المحلي أهالي المدينة إلى …": the people called on
    later = [x for x in s.mentions if np0 + 1 < x[0] < np1]
    if not later or any(np0 <= x[0] <= np0 + 1 for x in s.mentions):
        return np1
    words = norm[np0:later[0][0]].split()
    if not 1 <= len(words) <= 3 or any(w in TITLE_WORDS or w in NP_STOP or w.startswith("ال") for w in words[:1]):
        return np1  # "وطالب رئيس الوزراء …": a title's genitive, not its object
    return norm.rfind(" ", np0, later[0][0])


# A noun with an attached pronoun («لسانها»، «حسابه»): never a name after Ali.
PRONOUN_SUFFIXED_RE = re.compile(r"\S{2,}(?:ها|هما|هم|هن|كم|نا)")


def named_ali(s: Sentence, cue: Cue, at: int, limit: int) -> bool:
    """"وقال علي الدغريري: …": علي written with ي (the preposition is written على, both normalize to علي) and
    followed by a name, after a verb that takes no على, is the name Ali opening the subject."""
    m = re.match(r"\s*(علي)\s+(\S+)", s.norm[at:limit])
    if not m or "علي" in PREP_OPENER.get(cue.lemma, ()) or COMPLEMENTIZER_RE.fullmatch(m.group(2)) \
            or m.group(2) in NP_STOP:
        return False
    if s.ya_for_maqsura:
        # the article writes على as علي too («وما ذكر علي لسانها»، «نشر علي موقع الجماعة»): Ali is a known name or a
        # parsed person starting there, or follows a verb of saying that never takes على («وقال علي الدغريري»)
        a = at + m.start(1)
        return any(x[0] == a for x in s.mentions) or any(
            t == "PER" and s.to_norm(e0) == a for e0, _, t in s.entities) or (
            cue.lemma in SAY_VERBS - {"أكد"} and not PRONOUN_SUFFIXED_RE.fullmatch(m.group(2)))
    return s.text[s.orig(at + m.end(1) - 1)] == "\u064a"


# Participles of address: who is addressed follows them ("وأضاف مخاطبا رئيس الوزراء التركي …").
ADDRESSING = {"مخاطبا", "مخاطبه", "متوجها", "متوجهه", "موجها", "موجهه"}


def subject_np_after(registry, s: Sentence, cue: Cue, limit: int, state: Discourse, comp_found: bool = True):
    """subject_after without an anonymity clause: the noun phrase up to `limit`."""
    norm = s.norm
    if cue.lemma in SAY_VERBS and clause_starts(s, cue.end):
        return None, None  # "وأضاف بلغت التكلفة …": no subject, the words begin at once
    at = after_recipient(s, cue.end, limit)
    when = TIME_LEAD_RE.match(norm, at, limit)
    if when and (re.match(r"\s*(?:مساء|صباح|ليل|فجر|ظهر|بعد ظهر|عصر|يوم)(?![\w])", norm[at:when.end()])
                 or re.match(r"\s*(?:امس|اليوم)\s+(?:الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)",
                             norm[at:when.end()])):
        at = when.end()  # "أكدت مساء أمس الأربعاء سفارة …": the time said before the subject
        past = re.match(r"\s*(?:الماضي|الماضيه|الفايت|الفايته|المقبل|المقبله)(?![\w])", norm[at:limit])
        at += past.end() if past else 0
    q = re.match(r'\s*"', norm[at:limit])
    quoted_name = bool(q) and any(x[0] == at + q.end() for x in s.mentions)
    ali = named_ali(s, cue, at, limit)
    np0, np1 = np_after(norm, at, limit, quoted_name=quoted_name, name_first=ali)
    denial = cue.lemma in DENIAL_VERBS
    first = norm[np0:np1].split()[:1]
    if first and (object_masdar(first[0]) or own_verbal_noun(cue, norm[cue.start:cue.end], first[0])
                  or denial and denied_head(first[0])):
        # "ونفى وجود معتقلين", "ونفى المزاعم …", "وأكدت حرصها التام على …": the verb's object, its subject named
        # before
        return None, None
    if first and first[0] in PARTICLES:
        return None, None  # "نفي أو …", "إلا أن …": a coordinator or particle is never a subject
    if first and re.match(r"[بلك]ـ*(?:\"|$)", first[0]):
        return None, None  # "وذكّر بـ«ما يحصل …»": a preposition written apart from its quoted object, no subject
    if first and first[0] == "غير":
        return None, None  # "بحركة اعتبرت غير مقبولة": a predicate ("not …"), never a subject
    if first and first[0] in ADDRESSING or first and re.fullmatch(r"م\S{3,}ا", first[0]) \
            and "\u064b" in s.text[s.orig(np0):s.orig(np0 + len(first[0]) - 1) + 2]:
        return None, None  # "وأضاف مخاطبا رئيس الوزراء …", "مؤكداً": a circumstantial participle, not a subject
    said_how = re.match(r"\s*(?:بقوله|بقولها|بقولهم)(?![\w])", norm[np1:limit])
    topic = re.search(r"\s(?:الامر|الموضوع|الوضع|المساله|القضيه|السبب|ذلك)$", norm[np0:np1]) if said_how else None
    if topic:  # "ويشرح المعارض … الحاج الأمر بقوله إن …": what he explained, then how; not the subject's last word
        np1 = np0 + topic.start()
    accusative = [w for w in WORD_RE.finditer(norm, np0, np1) if w.start() > np0
                  and "\u064b" in s.text[s.orig(w.start()):s.orig(w.end() - 1) + 2]]
    if accusative and not any(x[0] <= accusative[0].start() < x[1] for x in s.mentions):
        # "اعتبر برلماني فرنسي تقريرًا يتألف من …": an indefinite accusative (its tanwin written) is the verb's
        # object, never part of its (nominative) subject
        np1 = norm.rfind(" ", np0, accusative[0].start())
    if not comp_found or cue.lemma in NEEDS_COMPLEMENT:
        # "ووصف وزير الزراعة لوبي كولديريتي انتشار الخنازير … بأنه": the object begins at its verbal noun;
        # "نفى القنصل … الأخبار التي …": a denial's at its report noun
        later = [w for w in WORD_RE.finditer(norm, np0, np1) if w.start() > np0 and (
            object_masdar(w.group(0)) or denial and denied_head(w.group(0)))]
        if later:
            np1 = norm.rfind(" ", np0, later[0].start()) if norm.rfind(" ", np0, later[0].start()) > np0 else np1
    if comp_found and len(norm[np0:np1].split()) >= 10 and titled_or_body(norm[np0:np1]):
        # a title, its body and a full name run long before the complementizer bounds them ("مدير عام كلية
        # الملك فهد الأمنية اللواء سعد بن عبدالله الخليوي إن"): stop words still end it, not a word count
        np0, np1 = np_after(norm, at, limit, max_words=LONG_TITLE_WORDS, quoted_name=quoted_name, name_first=ali)
    for _ in range(3):  # a registered name runs on past a stop word ("… لنصرة الأشقاء في سوريا الدكتور …")
        across = [x for x in s.mentions if np0 <= x[0] < np1 < x[1]]
        if not across or np1 <= np0:
            break
        more0, more1 = np_after(norm, across[0][1], limit)
        np1 = more1 if more1 > more0 and more0 <= across[0][1] + 1 else across[0][1]
    b_complementizer = comp_found and norm.startswith("بان", limit)
    if "ب" in PREP_OPENER.get(cue.lemma, ()) and np1 > np0 and not b_complementizer:
        # "وطالب محلب بتوعية الشباب": the object starts at ب (not "تعهد … رئيس نادي برشلونة … بأنه": the content
        # opens with بأن, a ب-word before it is a name)
        for w in WORD_RE.finditer(norm, np0, np1):
            if (w.start() > np0 or re.match(r"ب(?:ال|م|ت)\S{2}", w.group(0))) and w.group(0).startswith("ب") \
                    and not NISBA_RE.search(w.group(0)) and not any(x[0] in (w.start(), w.start() + 1) for x in
                                                                      s.mentions):
                # "بريطانيون" is an adjective, not ب + noun; "وأفاد بمقتل …" has no subject after the verb
                if re.match(r"\s*(\S+)", norm[w.end():]) and re.match(r"\s*(\S+)", norm[w.end():]).group(1) \
                        in TITLE_WORDS:
                    continue  # "تعهد خوسيب ماريا بارتوميو رئيس نادي برشلونة بأن": a name before its title
                np1 = w.start() - 1
                break
    body_end = definite_body_end(norm, np0, np1, s.mentions)  # np1 itself unless a definite body heads it
    np1 = with_place(s, cue, body_end, np1) if body_end < np1 else np1
    if comp_found:
        np1 = body_in_body_end(norm, np0, title_in_body_end(s, np0, np1, limit), limit)
    has_opener = bool(comp_found and COMPLEMENTIZER_RE.search(norm, cue.end, limit + 12)
                      or ":" in norm[np1:np1 + 3]
                      or comp_found and cue.lemma == "نقل" and re.match(r"\s*عن\s", norm[limit:]))
    # (a relay's «عن» bounds its subject as a complementizer does: "ونقلت خدمة … الإخبارية عن …")
    if cue.kind == "verb" and cue.lemma in OBJECT_VERBS | CALL_VERBS and np1 > np0 and not has_opener:
        spokes = SPOKESPERSON_LEAD_RE.match(norm, np0, np1)
        wide = np1
        # a call's subject is cut before its object only where the parse says so ("وطالب مسعود البارزاني رئيس
        # إقليم كردستان العراق بوقف …": two words would be a guess)
        named_end = None if spokes else honorific_name_end(s, np0, np1, limit)
        if named_end:  # "حذر استشاري طب وجراحة العيون الدكتور ياسر عطية المزروعي هواة الصيد": title, name, object
            np1 = named_end
        else:
            np1 = spokesperson_end(s, spokes.end(), np1) if spokes else parse_np_end(
                s, cue, np0, np1, parse_only=cue.lemma not in OBJECT_VERBS | DIRECTIVE)
        if not spokes and np1 < wide and norm[np0:np0 + 2] == "ال" and norm[np0 + 2:np1].split()[:1] \
                and norm[np0 + 2:np1].split()[0] in BODY_HEADS:
            np1 = with_place(s, cue, np1, wide)  # the parse's body without its place ("الشئون الصحية | بحائل")
        if not spokes and nationality_and_name(norm[np0:wide]):
            np1 = max(np1, definite_subject_end(norm, np0, wide))  # "أعلن الفرنسي ميشيل بلاتيني ترشحه"
    np1 = max(np1, speaker_body_end(s, np0, np1, limit))  # "مصادر في المعارضة السورية": the speaker's body
    np1 = before_called_on(s, cue, np0, np1)
    np1 = hearer_start(s, cue, np0, np1)  # "وأبلغ المسؤول المقاتلين الأكراد أن": who was told
    city = city_name_end(norm, np0, limit)
    if city is not None and city > np1:  # "ونفت إسلام آباد الاتهامات": a two-word name is not cut after its first word
        np1 = city
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
    if leaked_documents(norm[np0:np1]):
        # "وكشفت وثائق حكومية سورية مسربة أن …، بحسب ما نقله موقع زمان الوصل": a leak is the report of whoever
        # published it, not a statement of the body its documents came from
        label = s.text[s.orig(np0):end_with_marks(s.text, s.orig(np1 - 1) + 1)]
        return published_by(registry, s, np1, state) or unregistered_source(registry, s, np0, np1, label, state), np1
    inside = [x for x in s.mentions if np0 <= x[0] < np1]
    phrase = norm[np0:np1]
    label = s.text[s.orig(np0):end_with_marks(s.text, s.orig(np1 - 1) + 1)]
    if inside and described_person(registry, phrase.split(), state) is not None:
        # "وبيّن المهاجم السوري": a role and its nisba describe the man just quoted, not Syria
        return unregistered_source(registry, s, np0, np1, label, state), np1
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
        if m0 > np0 and re.fullmatch(r"ال\S+(?:يه|ي)", norm[m0:m1]) and re.search(r"(?:^|\s)ال\S+\s*$", norm[np0:m0]):
            # "سيدة الأعمال السعودية رئيسة لجنة … أميمة عزوز": the country's adjective describes the noun before
            # it, the subject is the person the whole phrase names, not the country's government
            return unregistered_source(registry, s, np0, np1, label, state), np1
        return registry.ref(mention), m1
    return unregistered_source(registry, s, np0, np1, label, state), np1


# A statement and its issuer: "بيان صادر عن وزارة …", "تقرير لمنظمة …", "بيان مشترك لـ…".
# Definite, the statement is named with its issuer by «الصادر عن» or a relative clause of issuing: "البيان
# الصادر عن الخارجية الروسية", "الدراسة الصادرة عن جامعة …", "البيان الذي أصدرته وزارة الداخلية (أمس)".
ISSUED_BY_RE = re.compile(
    r"(?:بيان|تقرير|رساله|تعميم|بلاغ)(?: (?:صادر|رسمي|مشترك))? (?:عن |من |ل(?=[^ل\s]\S{2}))"
    r"|ال(?:بيان|تقرير|رساله|تعميم|بلاغ|دراسه|وثيقه|بحث|مسح|استطلاع)(?: ال(?:رسمي|مشترك|ختامي|اخير|جديد|سنوي|"
    r"صحفي|اسبوعي|شهري|دوري))? (?:(?:الصادر|الصادره) (?:عن|من) |(?:الذي|التي) (?:اصدر|نشر|اعد|وزع)(?:ت)?(?:ه|ها) "
    r"(?:(?:اليوم|امس|مساء|صباح|الليله) (?:ال\S+ )?)?)")


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


def after_byline(s: Sentence) -> int:
    """Where a lead sentence starts after its by-line and dateline ("علي حفول- سبق- نجران: دشن طلاب …"), else 0."""
    dateline = DATELINE_RE.match(s.norm) if s.index < 4 else None
    return dateline.end() if dateline and re.search(r"[-–—]", dateline.group(0)) else 0


def name_after_former_end(s: Sentence, n0: int, before: int) -> int:
    """Where the rules' noun phrase from n0 ends, past «سابقاً» + honorific + name and before a verbal noun with
    the subject's pronoun ("… سابقاً الأستاذ عابد شيخ امتعاضه")."""
    return before_own_masdar(s.norm, n0, np_after(s.norm, n0, before)[1])


def before_own_masdar(norm: str, np0: int, np1: int) -> int:
    """np1, or where a verbal noun with a pronoun inside the phrase starts: "لم يخف … الأستاذ عابد شيخ امتعاضه
    الشديد": the verbal noun with the subject's pronoun is the object, the subject ends before it."""
    owned = next((w for w in re.finditer(r"\S+", norm[np0:np1]) if w.start() and possessed_masdar(w.group(0))), None)
    return np0 + len(norm[np0:np0 + owned.start()].rstrip()) if owned else np1


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
            if re.match(r"\s*(?:سابقا|حاليا)" + FORMER_BEFORE_NAME_RE.pattern, s.norm[n1:before]):
                # "عضو الشرف الحالي وكابتن الفريق الوحداوي | سابقاً الأستاذ عابد شيخ": the parse ends the subject at
                # «سابقاً»; the honorific and the name after it are still his (as the rules read it)
                n1 = max(n1, name_after_former_end(s, n0, before))
                a, b = s.orig(n0), end_with_marks(s.text, s.orig(n1 - 1) + 1)
                if not [x for x in s.mentions if n0 <= x[0] < n1]:
                    return unregistered_source(registry, s, n0, n1, s.text[a:b], state)
            if 0 < len(s.norm[n0:n1].split()) <= 6:
                inside = [x for x in s.mentions if n0 <= x[0] < n1]
                if inside:
                    return registry.ref(inside[0][2])
                verb = s.words[w.head]
                if normalize(s.text[verb.start:verb.end]).lstrip("وف") not in ("تم", "يتم", "سيتم", "تمت"):
                    # (the parse's subtree may take the comma after it: "أعلن العبادي، التزامه")
                    return unregistered_source(registry, s, n0, n1, s.text[a:b].rstrip(" ،,:"), state)
            break  # "تم عقد لقاء …": the subject of تم is an event, not a speaker; the rules look further
    lead = CONNECTIVE_LEAD_RE.match(s.norm)
    at = lead.end() if lead else after_byline(s)
    # (a negated verb: "لم يخف عضو الشرف … امتعاضه …، وطالب …": the particle first, then the verb and its subject)
    m = re.compile(r"\s*(?:[وف]?(?:لم|لن)\s+)?(?:و|ف)?\S+\s").match(s.norm, at)
    if not m:
        return None
    first = m.group(0).split()[-1]
    if first in NP_STOP or first[1:] in NP_STOP and first[0] in "وف" or first in ("ثم", "لكن", "ولكن", "اما", "واما"):
        # "وبعد الانتهاء من …"، "ثم تجول سموه …، ثم ألقى مدير إدارة المهرجان … كلمة …، لافتاً": the sentence
        # opens with no verb, its speaker is the title named in it, if any
        return titled_in_sentence(registry, s, state, before)
    np0, np1 = np_after(s.norm, m.end() - 1, before)  # not past the participle ("وبدا الوزير واثقاً من أن")
    np1 = definite_subject_end(s.norm, np0, np1)
    np1 = before_own_masdar(s.norm, np0, np1)
    words = s.norm[np0:np1].split()
    held = False
    if words and words[0] in TITLE_WORDS and title_in_country_end(s, np0, np1, len(s.norm)) > np1:
        # "ورحب المدير الإقليمي للحملة … في سوريا الدكتور بدر … السمحان بالزيارة": a title, the country it is
        # held in and the holder's name run longer than a clause's subject
        np1 = title_in_country_end(s, np0, np1, len(s.norm))
        words, held = s.norm[np0:np1].split(), True
    # "عضو الشرف الحالي وكابتن الفريق الوحداوي سابقاً الأستاذ عابد شيخ": titles, then an honorific and the name
    held = held or bool(words) and words[0] in TITLE_WORDS and any(w in HONORIFICS for w in words[2:-1])
    if not words or len(words) > (LONG_TITLE_WORDS if held else 6):
        return None
    # a name that opens it ("… الفصائل المقاتلة المعارضة للنظام السوري" is not the government named inside)
    return phrase_source(registry, s, np0, np1, state)


# A connective or a year that opens a sentence before its verb and subject ("في غضون ذلك أعلن العبادي، …",
# "وفي 2012 أصدرت المراكز الأمريكية … قائلة إن"): the verb after it is the sentence's first.
CONNECTIVE_LEAD_RE = re.compile(
    r"\s*[وف]?(?:في غضون ذلك|في الاثناء|في هذه الاثناء|الي ذلك|في سياق متصل|في السياق ذاته|في المقابل|"
    r"من جهه اخري|من ناحيه اخري|في (?:عام )?\d{4})\s*،?\s*(?=\S)")


def speaker_of_sentence(registry, s: Sentence, state: Discourse, before: int) -> SourceRef | None:
    """sentence_subject when it names a speaker: registered, a title, a source-like head, or the subject of a
    reporting verb that opens the sentence ("أعلن العبادي، التزامه …")."""
    source = sentence_subject(registry, s, state, before)
    if source is None or source.registered or source_like_text(source.label) \
            or titled_or_body(normalize(source.label)):
        return source
    lead = CONNECTIVE_LEAD_RE.match(s.norm)
    first = s.norm[lead.end() if lead else 0:].split()[:1]
    return source if first and cue_lemma(first[0]) else None


# A relative pronoun right before the verb: "… حاكم الزاملي الذي أعلن في بيان …", "الكاتب زكي عبدالهادي الذي ادعى".
RELATIVE_JUST_BEFORE_RE = re.compile(r"(?<![\w])(?:الذي|التي|الذين)\s+(?:كان\s+|كانت\s+)?(?:قد\s+)?$")


def relative_head(registry, s: Sentence, cue: Cue, state: Discourse) -> SourceRef | None:
    """The noun phrase a relative clause opened by the verb describes ("رئيس لجنة التحقيق البرلمانية في سقوط الموصل
    حاكم الزاملي الذي أعلن … أن"): its words back to punctuation or a stop word ("في" only inside a title's
    phrase), from its title if it has one, else its last four words; only a speaker (registered, a title, a
    source-like head or a name the NER marks)."""
    norm = s.norm
    rel = RELATIVE_JUST_BEFORE_RE.search(norm, max(0, cue.start - 24), cue.start)
    if rel is None:
        return None
    words = []
    for w in reversed(list(WORD_RE.finditer(norm, max(0, rel.start() - 160), rel.start()))):
        gap = norm[w.end():words[0].start() if words else rel.start()]
        if re.search(r"[،,.:;()«»\"]", gap) or len(words) == 12 or cue_lemma(w.group(0)) \
                or w.group(0) in NP_STOP and w.group(0) != "في":
            break
        words.insert(0, w)
    titles = [k for k, w in enumerate(words) if w.group(0) in TITLE_WORDS]
    if titles:
        words = words[titles[0]:]
    else:
        cut = [k for k, w in enumerate(words) if w.group(0) == "في"]
        words = words[cut[-1] + 1:] if cut else words
        words = words[-4:]
    if not words:
        return None
    k0, k1 = words[0].start(), words[-1].end()
    named = [x for x in s.mentions if k0 <= x[0] < k1]
    if named:
        return registry.ref(named[-1][2])
    label = s.text[s.orig(k0):end_with_marks(s.text, s.orig(k1 - 1) + 1)]
    person = any(s.to_norm(a) < k1 and s.to_norm(b) > k0 and t in ("PER", "ORG", "GOV") for a, b, t in s.entities)
    if not (titles or person or source_like_text(label)):
        return None
    return unregistered_source(registry, s, k0, k1, label, state)


# A statement, a document or a post right before a verb that refers back to it with فيه/فيها ("تصريحات للحكومة
# الأفغانية قالت فيها إن", "مذكرات اعتقال اتهمت فيها البشير", "تغريدة مؤثرة … قالت فيها").
STATEMENT_NOUN_RE = re.compile(
    r"(?<![\w])(?:بيان|بيانا|تصريح|تصريحا|تصريحات|رساله|تغريده|تغريدات|مذكره|مذكرات|تقرير|تقريرا|كلمه|خطاب|خطابا|"
    r"مقابله|حديث|حديثا|تسجيل|تسجيلا|شريط|وثيقه|قرار|قرارا|بلاغ|بلاغا|منشور|منشورا)(?![\w])")


def document_before(norm: str, at: int) -> bool:
    """A statement or document noun (and up to two adjectives) right before `at`: "تقريرا أوليا يفيد"."""
    return bool(re.search(STATEMENT_NOUN_RE.pattern + r"(?:\s+[^\s،.:\"]+){0,2}\s*$", norm[max(0, at - 60):at]))


CLAUSE_OPENER_RE = re.compile(r"(?:^|[.،:]|(?<![\w])(?:فيما|بينما|حيث|كما))\s*")


def statement_issuer(registry, s: Sentence, cue: Cue, state: Discourse) -> SourceRef | None:
    """Who issued the statement a verb with فيه/فيها reports from: the one named with ل right after the statement
    ("تصريحات للحكومة الأفغانية"), else the subject of the verb that put it out ("وأصدرت المحكمة الجنائية الدولية …
    مذكرات اعتقال اتهمت فيها", "فيما تركت زوجته «فاطمة عدنان» تغريدة … قالت فيها")."""
    norm = s.norm
    if cue.kind != "verb":
        return None
    nouns = list(STATEMENT_NOUN_RE.finditer(norm, max(0, cue.start - 90), cue.start))
    if not nouns or norm[nouns[-1].end():cue.start].count("،") or "." in norm[nouns[-1].end():cue.start]:
        return None
    noun = nouns[-1]
    # "أصدرت الطوارئ الطبية تقريرا أوليا يفيد بنقل …", "وأصدرت الوزارة بيانا يؤكد أن …": the present of the verb
    # right after the document (and its adjectives) describes what it says, as فيه/فيها does after a past one
    describes = cue.form[:1] in ("ي", "ت") and norm[cue.start:cue.end] == cue.form and document_before(norm, cue.start)
    if not (describes or re.match(r"\s*(?:فيه|فيها|فيهما)(?![\w])", norm[cue.end:])):
        return None
    of = re.match(r"\s+(ل)(?!ل?(?:ان|كي)(?![\w]))(\S)", norm[noun.end():cue.start])
    if of:
        k0 = noun.end() + of.start(2)  # after ل (of "للحكومة": at its second ل, "ا" is added to the label)
        k1 = cue.start
        while k1 > k0 and norm[k1 - 1] in " ،":
            k1 -= 1
        named = [x for x in s.mentions if k0 - 1 <= x[0] <= k0 + 1]
        if named:
            return registry.ref(named[0][2])
        label = s.text[s.orig(k0):end_with_marks(s.text, s.orig(k1 - 1) + 1)]
        label = "ا" + label if of.group(2) == "ل" else label  # "للحكومة" is ل + "الحكومة"
        return unregistered_source(registry, s, k0, k1, label, state) if source_like_text(label) else None
    opener = list(CLAUSE_OPENER_RE.finditer(norm, 0, noun.start()))
    clause = opener[-1].end() if opener else 0
    verb = re.match(r"[وف]?(\S+)\s+", norm[clause:noun.start()])
    if not verb or verb.group(1) in NP_STOP:
        return None
    np0, np1 = np_after(norm, clause + verb.end() - 1, noun.start(), quoted_name=True)
    while np1 > np0 and norm[np1 - 1] in " ،":
        np1 -= 1
    if np1 <= np0:
        return None
    return phrase_source(registry, s, np0, np1, state)


def phrase_source(registry, s: Sentence, np0: int, np1: int, state: Discourse) -> SourceRef:
    """The source a noun phrase names: a registered name opening it, else the phrase as written, unregistered."""
    named = [x for x in s.mentions if np0 <= x[0] <= np0 + 1]
    if named:
        return registry.ref(named[0][2])
    label = s.text[s.orig(np0):end_with_marks(s.text, s.orig(np1 - 1) + 1)]
    return unregistered_source(registry, s, np0, np1, label, state)


def nationality_and_name(label: str) -> bool:
    """"الفرنسي ميشيل بلاتيني": a nationality before a name names a person (a subject that ends where it does)."""
    words = normalize(label).split()
    # (the masculine only: "اللاذقية خروج …" is a place, then what is called for; an occupation in the nisba's
    # shape with a nationality after it, "الميكانيكي السعودي أحمد الزهراني", names one too, but then the name
    # must be no body's: "الإعلامي السوري نظام الأسد" is an object)
    k = 1
    while k < min(len(words) - 1, 3) and SINGULAR_NISBA_RE.match(words[k]) and words[k].endswith("ي"):
        k += 1
    return len(words) > k and bool(SINGULAR_NISBA_RE.match(words[0])) and words[0].endswith("ي") \
        and not words[k].startswith("ال") and not object_masdar(words[k]) \
        and (k == 1 or words[k] not in BODY_HEADS | NOT_A_NAME and words[k] not in NP_STOP
             and words[k] not in COUNTRY_NAMES)


# Bare words that open a body's or a regime's name, never a person's ("نظام الأسد", "قوات سوريا الديمقراطية").
NOT_A_NAME = {"نظام", "قوات", "حكومه", "جيش", "حزب", "مجلس", "تنظيم", "حركه", "جبهه", "وزاره", "دوله", "شرطه",
              "ميليشيات", "مليشيات", "سلطات", "اداره", "قياده"}


def definite_subject_end(norm: str, np0: int, np1: int) -> int:
    """A definite subject ends before the first bare indefinite word, its verb's object ("أصدرت المراكز الأمريكية
    لمكافحة الأمراض والوقاية منها نصيحة صحية"): its words are definite, genitives with ل, joined by و, or a
    preposition with a pronoun."""
    words = list(WORD_RE.finditer(norm, np0, np1))
    if not words or not words[0].group(0).startswith("ال"):
        return np1
    for k, w in enumerate(words[1:], 1):
        if re.match(r"(?:ال|لل|وال|ل\S{3}|منها|منه|فيها|فيه)", w.group(0)):
            continue
        end = None
        if words[k - 1].group(0) in TITLE_WORDS | HONORIFICS:
            # "المدير الإقليمي للحملة الدكتور بدر السمحان بالزيارة": a title takes the name after it (up to four
            # words), up to a stop word or a preposition with its article
            for v in words[k:k + 4]:
                if v.group(0) in NP_STOP or re.match(r"[بلك]ال", v.group(0)):
                    break
                end = v.end()
        elif k <= 3 and nationality_and_name(norm[np0:np1]):
            # "أعلن الفرنسي ميشيل بلاتيني ترشحه …": a nationality (الفرنسي، الأمريكي) before a name, as a title, takes the name (up to
            # three words), which ends before a word with an object pronoun or a preposition (its verb's object)
            for v in words[k:k + 3]:
                if v.group(0) in NP_STOP | TITLE_WORDS or re.match(r"[بلك]ال", v.group(0)) or re.search(r"(?:ه|ها|هم)$", v.group(0)) \
                        and not v.group(0).endswith("الله"):
                    break
                end = v.end()
        if end is not None:
            return end
        return norm.rfind(" ", np0, w.start()) if norm.rfind(" ", np0, w.start()) > np0 else np1
    return np1


# Honorifics before a name (normalized): "الدكتور بدر", "المهندس سعد", "الشيخ محمد".
HONORIFICS = {"الدكتور", "الدكتوره", "المهندس", "المهندسه", "الشيخ", "الشيخه", "الاستاذ", "الاستاذه", "الامير",
              "الاميره", "السيد", "السيده"}


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


# Ranks before a name, like an honorific ("مدير الدفاع المدني بالمنطقة العميد سعد الغامدي").
RANKS = {"اللواء", "العميد", "العقيد", "المقدم", "الرايد", "النقيب", "الملازم", "الفريق", "المشير"}
# Titles without the article that a specialty follows before the honorific and name ("استشاري طب وجراحة العيون
# الدكتور …", "أخصائي التغذية الدكتور …"): with TITLE_WORDS, the titles whose body a «في» may name before the name.
SPECIALIST_TITLES = {"استشاري", "استشاريه", "اخصايي", "اخصاييه", "طبيب", "طبيبه", "استاذه", "باحث", "باحثه",
                     "محاضر", "محاضره", "خبيره", "محلله", "مستشاره"}
NAME_JOINS = {"بن", "ابن", "بنت", "ابو", "ام", "ال", "عبد"}


def honorific_name_end(s: Sentence, np0: int, np1: int, limit: int) -> int | None:
    """Where the name after an honorific or a rank ends, in a subject that a title and its specialty or body
    lead up to it ("حذر استشاري طب وجراحة العيون الدكتور ياسر عطية المزروعي هواة الصيد من …", "نفى رئيس قسم
    الطوارئ في المستشفى الدكتور خالد العتيبي وجود …"), or None. The words before it are one noun phrase (no
    punctuation; no indefinite word after a definite one, which would open the verb's object: "نشر موقع الجزيرة
    صورة الشيخ …"); a title may name its body across one «في». The name is a registered mention, else up to
    five words that end at the first with the article (the family name or nisba: "… عطية المزروعي"), at a stop
    word or a verbal noun (the object: "… وجود"), or after three bare words."""
    norm = s.norm
    words = list(WORD_RE.finditer(norm, np0, limit))[:16]
    if not words:
        return None
    first = words[0].group(0)
    titled = first in TITLE_WORDS or first in SPECIALIST_TITLES
    crossed = None  # where a title's «في» was crossed
    definite = False
    for k, w in enumerate(words):
        t = w.group(0)
        if k and norm[words[k - 1].end():w.start()].strip():
            return None  # punctuation or a quotation mark between the words
        if t in HONORIFICS or t in RANKS:
            break
        if k >= 10 or object_masdar(t):
            return None
        if w.start() >= np1 and crossed is None and titled and k >= 1 and t in ("في", "لدي"):
            crossed, definite = k, False  # "رئيس قسم الطوارئ في المستشفى الدكتور …": the title's body
            continue
        if w.start() >= np1 and crossed is None or t in NP_STOP:
            return None
        bare = not re.match(r"(?:ال|وال|لل|بال|ل\S{3})", t)
        if definite and bare or crossed == k - 1 and bare:
            return None  # "نشر موقع الجزيرة صورة الشيخ …": the object begins after the definite word
        definite = definite or not bare
    else:
        return None
    named = [x for x in s.mentions if words[k].end() < x[0] <= words[k].end() + 1 and x[1] <= limit]
    if named:
        return named[0][1]
    end, bare = None, 0
    for v in words[k + 1:k + 6]:
        t = v.group(0)
        if norm[(end or words[k].end()):v.start()].strip() or t in NP_STOP and not name_ali(s, v.start(), t) \
                or re.match(r"[بلك]ال", t) or object_masdar(t) or t in HONORIFICS:
            break
        end = v.end()
        if t.startswith("ال") and t not in NAME_JOINS and t not in ("الله", "الدين") \
                and norm[:v.start()].split()[-1:] != ["عبد"]:
            return end  # the family name or nisba ("عبد العزيز", "نور الدين" go on)
        if t not in NAME_JOINS:
            bare += 1
            if bare == 3:
                break
    return end


# Documents a leak brought out ("وثائق حكومية سورية مسربة", "تسريبات", "رسائل مسربة"): their heads and the word
# that marks them leaked.
LEAK_HEADS = {"وثايق", "وثيقه", "مستندات", "مستند", "رسايل", "رساله", "مراسلات", "تسجيلات", "تسجيل", "ملفات", "برقيات"}
LEAKED_RE = re.compile(r"(?<![\w])(?:ال)?مسرب(?:ه|ات)?(?![\w])")
# The one who published it, named in the same sentence: "…، بحسب ما نقله موقع زمان الوصل السوري المعارض".
PUBLISHED_BY_RE = re.compile(r"(?<![\w])[وف]?(?:بحسب|حسب|وفق|وفقا ل)\s*ما\s+(?:نقل|نشر|اورد|كشف|ذكر|بث)(?:ت)?(?:ه|ها)\s+")


def leaked_documents(phrase: str) -> bool:
    """A subject that names leaked documents ("وثائق حكومية سورية مسربة", "الوثائق المسربة", "تسريبات")."""
    words = phrase.split()
    head = re.sub(r"^ال", "", words[0]) if words else ""
    return head == "تسريبات" or head in LEAK_HEADS and bool(LEAKED_RE.search(phrase))


def published_by(registry, s: Sentence, at: int, state: Discourse) -> SourceRef | None:
    """The outlet a sentence names as the publisher of what it reports, after `at` ("بحسب ما نقله موقع X"), or
    None: a registered name, else the phrase up to a verb joined by و ("… المعارض ونقلتها عنه …")."""
    m = PUBLISHED_BY_RE.search(s.norm, at)
    if m is None:
        return None
    named = [x for x in s.mentions if m.end() <= x[0] <= m.end() + 1]
    if named:
        return registry.ref(named[0][2])
    p0, p1 = np_after(s.norm, m.end(), len(s.norm))
    joined = re.search(r"\sو(?!ال)\S", s.norm[p0:p1])
    p1 = p0 + joined.start() if joined else p1
    if p1 <= p0:
        return None
    label = s.text[s.orig(p0):end_with_marks(s.text, s.orig(p1 - 1) + 1)]
    return unregistered_source(registry, s, p0, p1, label, state)
