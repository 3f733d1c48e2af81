"""One cue to its claim and source: the source after the verb, before it, in the parse, or the discourse's;
then the content span (kg.attribution.content)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import SourceRef
from ..text import normalize
from .claim import make_claim
from .cues import (
    CERTAIN_PREDICATE_RE, STATEMENT_BEFORE_RE, complement_subject, predicate_subject_span, denial_with_object,
    stated_before
)
from .content import NOT_B_COMPLEMENT, OBJECT_START_RE, bounded_object, content_span, quote_before
from .coreference import Discourse, agreeing_antecedent, cue_gender, unregistered_source
from .denials import denied_object_at
from .polarity import DENIAL_VERBS
from .document import Cue, Sentence, end_with_marks
from .frames import attribute_colon, attribute_report_noun, attribute_nominal, attribute_own_words, attribute_pretext
from .noun_phrase import clause_starts, definite_body
from .recipients import OCCASION_WORDS, is_recipient, relayed_speaker, teller_before
from .source_phrases import source_like_text, titled_or_body
from .source_words import (
    ANONYMITY_RE, ANONYMOUS_HEADS, KANA_SUBJECT_RE, KANA_WINDOW, MEDIA_HEADS, NP_STOP, SPOKESPERSON_BEFORE_RE,
    TITLE_WORDS, object_masdar, speech_masdar
)
from .subjects import (
    cause_object_at, nationality_and_name, surname_end, parse_subject_before, relative_head, statement_issuer,
    after_byline, sentence_subject, speaker_of_sentence, subject_after
)
from .syntax import (
    CLAUSE_END_RE, COMPLEMENTIZER_RE, PREPOSITION_BEFORE_RE, RELATIVE_BEFORE_RE, RELATIVE_RE, SOON_RE, STRIP, WORD_RE,
    clause_end
)
from .verbs import NEEDS_COMPLEMENT, PASSIVE_PRESENT, SAY_VERBS


KANA_QAD_RE = re.compile(r"(?<![\w])[وف]?(?:كان|كانت|كانوا)\s+(?:قد\s+)?$")


# Heads of sources whose speaking of something reports it: unnamed reports and the media.
REPORTING_HEADS = {"تقارير", "تقرير", "انباء", "مصادر", "وسايل", "صحف", "تسريبات"} | MEDIA_HEADS


# A definite noun (up to three words) and a verb of the future or a negated present: a clause of its own
# ("المؤسسة ستراعي …", "الحكومة لن تتراجع …").
NOMINAL_CLAUSE_RE = re.compile(r"\s*ال\S+(?:\s+ال\S+){0,2}\s+(?:س[يتن]\S{2,}|(?:لن|لم|لا)\s+[يتن]\S{2,})")

def reports_speak(source) -> bool:
    """Reports, the news or a medium (registered as one or headed by one): what they speak of is reported."""
    words = normalize(source.label or "").split()
    head = words[0][2:] if words and words[0].startswith("ال") else (words[0] if words else "")
    return source.type in ("news-outlet", "state-media") or head in REPORTING_HEADS


def relayed_verbal_noun(norm: str, at: int, limit: int) -> tuple[int, int] | None:
    """After «نقل X عن»: the speaker's verbal noun with his pronoun («نفيه», «تأكيده»), after one to eight words
    of his name with no punctuation between: (start, end), else None."""
    for k, w in enumerate(WORD_RE.finditer(norm, at, limit)):
        if k == 9 or re.search(r"[،.:\"]", norm[at:w.start()]):
            return None
        if k and speech_masdar(w.group(0)):
            return w.start(), w.end()
    return None


def relay_before_verbal_noun(norm: str, cue: Cue, limit: int) -> int | None:
    """Where «عن» starts after «نقل» when what is relayed is a verbal noun of saying with no complementizer
    ("ونقلت خدمة الأنباء التابعة للانفصاليين عن أحد قادتهم نفيه الهجوم …"), else None."""
    if cue.lemma != "نقل":
        return None
    an = re.search(r"(?<![\w])عن\s+", norm[cue.end:limit])
    if an is None or relayed_verbal_noun(norm, cue.end + an.end(), limit) is None:
        return None
    return cue.end + an.start()


def subject_before_kana_qad(registry, s: Sentence, cue: Cue, state: Discourse) -> SourceRef | None:
    """The subject before كان when كان (قد) stands right before the verb ("لأن النائب العام السابق خيسيوس موريلو
    كان قد قال إن …", "يذكر أن سفير بنجلاديش لدى المملكة كان قد نفى …"): the words back to a complementizer,
    a stop word or punctuation, when they name a source."""
    norm = s.norm
    kana = KANA_QAD_RE.search(norm, max(0, cue.start - 30), cue.start)
    if not kana:
        return None
    words = []
    for w in reversed(list(WORD_RE.finditer(norm, max(0, kana.start() - 120), kana.start()))):
        gap = norm[w.end():words[0].start() if words else kana.start()]
        if w.group(0) in NP_STOP and w.group(0) not in ("لدي", "لدى") or COMPLEMENTIZER_RE.fullmatch(w.group(0)) \
                or w.group(0) in ("لان", "لانه", "لانها", "اذ", "بعدما", "كما", "وكما", "لكن", "ولكن", "بينما", "فيما") \
                or re.search(r"[،.:\"«»()]", gap) or len(words) == 8:
            break
        words.insert(0, w)
    if not words:
        return None
    k0, k1 = words[0].start(), words[-1].end()
    named = [x for x in s.mentions if k0 <= x[0] <= k0 + 1 and x[1] >= k1 - 1]
    if named:
        return registry.ref(named[0][2])
    label = s.text[s.orig(k0):end_with_marks(s.text, s.orig(k1 - 1) + 1)]
    if not source_like_text(label) and not any(k0 <= x[0] < k1 for x in s.mentions):
        return None
    return unregistered_source(registry, s, k0, k1, label, state)


# A subject put first: at the sentence's start, after أما or "but" (tried first: "غير أن الحركة نفت"), then the
# verb, maybe after "من جانبها" and ف
# ("أما صحيفة «الجارديان» البريطانية فأكدت", "صحيفة «نيويورك تايمز» الأميركية من جانبها قالت").
# The outlet's own background connectives and their أنّ ("جدير بالذكر أن المريضة ذكرت أن …", "يذكر أن …", "تجدر
# الإشارة إلى أن …"): the writer's aside, not the last speaker going on, so the noun after أنّ is the verb's subject.
BACKGROUND_THAT = r"(?:(?:ال)?جدير (?:بالذكر|ذكره)|يذكر|يشار الي|تجدر الاشاره الي|من المعروف) ان"
BACKGROUND_THAT_RE = re.compile(r"[وف]?" + BACKGROUND_THAT)
TOPIC_RE = re.compile(r"(?:(?<![\w])(?:غير ان|الا ان|بيد ان|حتي ان|ولكن|لكن|(?:ال)?رغم\s+(?:من\s+)?ان|[وف]?" + BACKGROUND_THAT + r")\s+|[،,]\s*فان\s+|^\s*(?:و|ف)?(?!و?اما\s)|(?<![\w])و?اما\s+)"
                      r"((?:[^\s،.:]+\s+){0,10}?[^\s،.:]+)\s*،?\s*"
                      r"(?:(?:من جانبه|من جانبها|من جهته|من جهتها|بدوره|بدورها|من ناحيته|من ناحيتها)\s*،?\s*)?ف?$")


# Marks that hold a verb and at most two words, written against them: "«نفت بشدة»". Not a quotation that ends before
# the verb and another that opens after it ('…." وأضاف "بحكم …'): there the marks stand apart from the words.
# Stricter than cues.verb_in_its_own_marks, which keeps such a verb as a cue: moving where the content starts needs
# the marks to be the verb's for sure (the looser test here dropped right claims on the development gold).
VERB_MARKS_BEFORE_RE = re.compile(r'"(?:قد\s+)?$')
VERB_MARKS_AFTER_RE = re.compile(r'(?:\s+[^\s"،.:]+){0,2}"')


# Who heard it, quoted, right after the subject: "لـ«الشرق الأوسط»".
QUOTED_RECIPIENT_RE = re.compile(r'\s*،?\s*ل\s?"[^"]{1,40}"\s*،?')


# "although" and its أنّ after the verb: "، رغم أنها …", "على الرغم من أن …".
CONCESSION_AFTER_RE = re.compile(r"[،,]?\s*(?<![\w])(?:علي\s+)?(?:ال)?رغم\s+(?:من\s+)?(?:ان|انه|انها|انهم)(?![\w])")


# "but" and one to six words right before the verb, none of them a stop word (checked by topic_subject).
# "ورغم …، فإن X نفى": فإنّ after a clause (its answer) takes its noun first as well.
CONTRAST_TOPIC_RE = re.compile(r"(?:(?<![\w])(?:غير|الا|بيد|حتي) ان|(?<![\w])و?لكن|[،,]\s*فان|(?<![\w])(?:ال)?رغم\s+(?:من\s+)?ان|"
                               r"(?<![\w])[وف]?" + BACKGROUND_THAT + r")\s+(?:[^\s،.:\"]+\s+){1,6}$")


# Adverbs that stand between "but" and a verb, never its subject: "لكن سرعان ما أوضح", "لكن بالمقابل أكد".
TOPIC_ADVERBS = {"سرعان", "ما", "بالمقابل", "المقابل", "ايضا", "بدوره", "بدورها", "بالتالي"}


# "التي كانت قد تأسست حديثاً اعتبرت": كان with قد and a verb of its own is a clause (a relative's), the words
# after it hold no subject of the reporting verb.
PLUPERFECT_CLAUSE_RE = re.compile(r"(?:و|ل)?قد\s+\S")


# The head of a relative clause that opens the sentence, after an optional "but" ("لكن جمهورية الصين التي …").
RELATIVE_HEAD_OPENING_RE = re.compile(r"^\s*(?:[وف]?لكن|غير ان|الا ان|بيد ان)?\s*((?:[^\s،.:\"]+\s+){1,5}?)"
                                      r"(?:الذي|التي|الذين)\s+$")


def head_of_relative_before(registry, s: Sentence, at: int, state: Discourse) -> SourceRef | None:
    """"لكن جمهورية الصين التي كانت قد تأسست حديثاً اعتبرت أن": the relative clause's head, opening the
    sentence, is the subject of the verb after the clause."""
    m = RELATIVE_HEAD_OPENING_RE.match(s.norm[:at])
    if not m or any(w in NP_STOP for w in m.group(1).split()):
        return None
    k0, k1 = m.start(1), m.start(1) + len(m.group(1).rstrip())
    return subject_in_span(registry, s, k0, k1, state)


def subject_in_span(registry, s: Sentence, k0: int, k1: int, state: Discourse) -> SourceRef:
    """The source a noun phrase names: the registry's when a registered name opens and fills it, else as written."""
    named = [x for x in s.mentions if k0 <= x[0] <= k0 + 1 and x[1] >= k1 - 1]
    if named:
        return registry.ref(named[0][2])
    return unregistered_source(registry, s, k0, k1, s.text[s.orig(k0):end_with_marks(s.text, s.orig(k1 - 1) + 1)],
                               state)


def topic_subject(registry, s: Sentence, cue: Cue, state: Discourse) -> SourceRef | None:
    """A source-like noun phrase put before its verb at the sentence's start or after أما."""
    topic = TOPIC_RE.search(s.norm, max(0, cue.start - 120), cue.start)
    if not topic or s.norm[:topic.start(1)].count('"') % 2:
        return None
    k0, k1 = topic.start(1), topic.end(1)
    # "وزارة الداخلية إذ تعلن ذلك", "لكن الجانب الكردي سرعان ما نفى": no part of the subject
    trail = re.search(r"\s+(?:اذ|وهي|وهو|وهم|(?:سرعان|عاده|غالبا|كثيرا|دايما) ما)$", s.norm[k0:k1])
    k1 = k0 + trail.start() if trail else k1
    # "لكن سكانا تحدثوا مع رويترز هاتفيا قالوا": who spoke to the outlet is how the speakers are described,
    # a clause of its own after their noun, not part of it
    spoke = re.search(r"\s+(?:(?:الذي|التي|الذين)\s+)?تحدث(?:وا|ت|ا)?\s+(?:الي|مع|ل)", s.norm[k0:k1])
    k1 = k0 + spoke.start() if spoke else k1
    if s.norm[k0:k1].count('"') % 2:  # "إلا أن البعثة «نفت بشدة» …": the mark opens the verb's quotation
        k1 = k0 + len(s.norm[k0:k1].rstrip(' "'))
    named = [x for x in s.mentions if k0 <= x[0] <= k0 + 1]
    label = s.text[s.orig(k0):end_with_marks(s.text, s.orig(k1 - 1) + 1)]
    if named and named[0][1] >= k1 - 1:
        return registry.ref(named[0][2])
    # "لكن الرئيس باراك أوباما قال": a title (one to three words) before a registered name that ends the topic
    titled = [x for x in s.mentions if k0 < x[0] and x[1] >= k1 - 1 and x[1] <= k1
              and 1 <= len(s.norm[k0:x[0]].split()) <= 3 and s.norm[k0:x[0]].split()[0] in TITLE_WORDS]
    if titled:
        return registry.ref(titled[0][2])
    # "أما المعارضة فقالت", "غير أن مسؤولين محليين وصفوهم": a topic for sure
    lead = re.sub(r"^(?:ال)?رغم\s+(?:من\s+)?ان$", "رغم ان", s.norm[topic.start():k0].strip(" ،,").lstrip("و"))
    after_amma = lead in ("اما", "غير ان", "الا ان", "بيد ان", "حتي ان", "لكن", "فان", "رغم ان") \
        or bool(BACKGROUND_THAT_RE.fullmatch(lead))
    # "أما (هيا) صاحبة أحد أكشاك …، فأكدت": after أما, the ف that opens the verb marks its topic as the subject
    resumed = s.norm[cue.start - 1:cue.start] == "ف"
    # "غير أن طالبان نفت ذلك": after "but", a short name right before the verb is its subject
    but = lead in ("غير ان", "الا ان", "بيد ان", "حتي ان", "لكن", "فان", "رغم ان")  # (حتى أنّ: "so much that")
    but_name = but and len(s.norm[k0:k1].split()) <= 3
    if but and not s.norm[:topic.start()].strip(" و") and len(s.norm[k0:k1].split()) == 1 \
            and s.norm[k0:k1].startswith("ال") and not named and cue.lemma not in DENIAL_VERBS:
        # "لكن المصادر رجحت" opening a sentence: a short reference, for the coreference to resolve (not a
        # denial's: "غير أن الحركة نفت ذلك" answers the one said before, it does not go on with him)
        return None
    # after "but", a body's name holds its place or post ("إلا أن بعثة الاتحاد الإفريقي في الصومال نفت")
    body_in = ("في", "لدي") if but and titled_or_body(s.norm[k0:k1]) else ()
    if any(w.group(0) in NP_STOP and w.group(0) not in body_in or w.group(0) in TOPIC_ADVERBS
           for w in WORD_RE.finditer(s.norm, k0, k1)) or not (
            source_like_text(label) or body_in
            or after_amma and (s.norm[k0:k1].startswith("ال") or resumed or but_name)):
        return None
    return unregistered_source(registry, s, k0, k1, label, state)


# The occasion after the one relayed ("نقلا عن مصادر محلية في بيان صدر الليلة قبل الماضية أن"): not the speaker.
RELAY_OCCASION_RE = re.compile(r"\s(?:في|خلال|عبر)\s+(?:" + "|".join(sorted(OCCASION_WORDS)) + r")(?![\w])")
# "وقال X، بحسب ما نقلت عنه وكالة Y، إن …": the frame right after the speaker relays him (عنه).
RELAYED_BY_NEXT_RE = re.compile(r"\s*،?\s*(?:و)?(?:بحسب|حسب|وفق|وفقا ل)\s?ما\s+\S+\s+(?:عنه|عنها|عنهم)(?![\w])")


# Calls whose object stands before their preposition ("حث الحكومة على", "طالب الأمم المتحدة بـ", "دعا الحزب إلى").
CALL_OBJECT_PREP = {"حث": r"علي\s", "طالب": r"ب\S", "دعا": r"(?:الي|الى)\s"}


# Who speak rather than are called on, right after a joined call verb.
PEOPLE_WORDS = ANONYMOUS_HEADS | {"بعض", "عدد", "احد", "احدي", "كل", "جميع", "معظم", "اغلب", "كثيرون", "اخرون", "اهالي",
                                  "سكان", "ناشطون", "ناشطين", "نشطاء", "متظاهرون", "متظاهرين", "مواطنون", "مواطنين",
                                  "نواب", "اعضاء", "خبراء", "مراقبون", "محللون"}


# A call that goes on from the clause before: joined by و, or "while" ("وطالب مورار … بالسماح … في حين حث
# الأطراف المتحاربة على …").
JOINED_CALL_BEFORE_RE = re.compile(r"(?:[ ،]و|(?<![\w])في حين )$")


def joined_call(s: Sentence, cue: Cue, next_cue: int) -> bool:
    """A call joined to an earlier clause of the same sentence, with its preposition within five words and
    no registered name right after it ("ودعا دمرداش الحزب إلى … وحث الحكومة على بدء محادثات"): the speaker
    goes on, the noun phrase after the verb is who is called on."""
    norm = s.norm
    if cue.kind != "verb" or cue.lemma not in CALL_OBJECT_PREP or not JOINED_CALL_BEFORE_RE.search(norm, 0, cue.start):
        return False
    if any(cue.end <= x[0] <= cue.end + 2 for x in s.mentions):
        return False
    first = re.match(r"\s*(\S+)", norm[cue.end:next_cue])
    if first and (first.group(1) in TITLE_WORDS or re.sub(r"^ال", "", first.group(1)) in PEOPLE_WORDS):
        return False  # "وطالب بعض الأهالي بإعدامه", "وحث الوزير …": a new subject (a body is rather the one called on)
    return bool(re.match(r"\s*(?:[^\s،.:\"]+\s+){1,5}?" + CALL_OBJECT_PREP[cue.lemma], norm[cue.end:next_cue]))


def joined_verb(s: Sentence, cue: Cue) -> bool:
    """A verb joined by و inside its sentence ("وتحدثت صحيفة ذي ديلي نيشن عن … ودعت الكينيين الى"): with no
    subject of its own it goes on with the subject of the sentence's first verb, like a participle (when the
    sentence opens with that verb, not with a phrase: "وفي مؤشر …، ترى الوثيقة …")."""
    first = s.norm[after_byline(s):].split()[:1]
    opens_with_verb = bool(first) and first[0] not in NP_STOP and first[0][1:] not in NP_STOP  # not "وفي مؤشر …"
    # (or a plural verb after a comma, its subject in itself: "دشن طلاب جامعة نجران … هاشتاقاً …، طالبوا فيه وزير
    # التعليم … بالتدخل": the students, not the minister they call on)
    joined = s.norm[cue.start - 1] == "و" and s.norm[cue.start - 2] == " " \
        or s.norm[cue.start:cue.end].endswith("وا") and re.search(r"،\s*$", s.norm[:cue.start]) is not None
    return cue.kind == "verb" and cue.start > 2 and joined and opens_with_verb


# "…، كما أفاد المرصد": "as" right before the cue, whose source follows the words it said.
AS_BEFORE_RE = re.compile(r"(?<![\w])[وف]?كما\s*$")
# A clause that hangs on the one before it: purpose ("بهدف"), result ("مما أسفر"), "بما", "ما أدى".
DEPENDENT_LEAD_RE = re.compile(r"\s*(?:بهدف|بغيه|لغرض|مما|بما|ما ادي|ما اسفر|الامر الذي)(?![\w])")
# Only when it was said, after a source that follows its content ("…، كما أفاد المرصد أمس", "… اليوم (الخميس)").
TIME_ONLY_RE = re.compile(r"(?:(?:امس|اليوم|يوم|مساء|صباح|ليل|ليله|فجر|ظهر|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|"
                          r"الاحد|الماضي|الماضيه)[\s()]*)+")


# The subject's title in apposition, then the time between commas, then what was said: "أعلن ميشيل بلاتيني رئيس
# الاتحاد الأوروبي لكرة القدم، اليوم الأربعاء، ترشحه …" (the wire's lead: the commas set off the time, so the
# title before them still belongs to the subject).
APPOSITION_TIME_RE = re.compile(r"\s*((?:" + "|".join(sorted(TITLE_WORDS)) + r")\s[^،.:\"]{2,80}?)\s*،\s*"
                                + TIME_ONLY_RE.pattern + r"\s*،\s*(?=\S)")


def past_apposition(s: Sentence, source: SourceRef, subj_end: int, c0: int, c1: int) -> tuple[int, SourceRef]:
    """The content's start past a title in apposition and the time after the subject, with the title in its label."""
    m = APPOSITION_TIME_RE.match(s.norm, subj_end)
    if not m or not subj_end <= c0 <= m.start(1) or m.end() >= c1:
        return c0, source
    written = s.text[:s.orig(subj_end - 1) + 1].rstrip()
    if not source.registered and source.label and written.endswith(source.label):
        # the label as written, now with its title ("ميشيل بلاتيني رئيس الاتحاد الأوروبي لكرة القدم")
        # (a copy: the discourse may hold this reference for later mentions)
        source = replace(source, label=s.text[len(written) - len(source.label):end_with_marks(
            s.text, s.orig(m.end(1) - 1) + 1)])
    return m.end(), source


def quoted_speaker_acts(s: Sentence, cue: Cue, source, state: Discourse) -> bool:
    """"ورفع المهندس المبطي … شكره …، مؤكدًا سعي الغرفة إلى …": a participle after its comma, in a sentence whose
    verb is no report but whose subject is a speaker the article has already quoted, reports that speaker's words
    in its plain object, as it would after a reporting verb (kg.attribution.content.bounded_object)."""
    return cue.kind == "participle" and bool(re.search(r"[،,]\s*$", s.norm[:cue.start])) \
        and any(p.key == source.key for p in state.sources)


def attribute_cue(registry, article, s: Sentence, cue: Cue, next_cue: int, prev_source, state: Discourse):
    """Returns (claim or None, the cue's source) or None if the cue has no source."""
    norm = s.norm
    if cue.nominal:
        return attribute_nominal(registry, article, s, cue, next_cue, state, prev_source)
    if cue.kind == "own-words":
        return attribute_own_words(registry, article, s, cue, next_cue, prev_source, state)
    if cue.kind == "pretext":
        return attribute_pretext(registry, article, s, cue, next_cue, state)
    if cue.kind == "colon":
        return attribute_colon(registry, article, s, cue, prev_source, state)
    if cue.kind == "report-noun":
        return attribute_report_noun(registry, article, s, cue, next_cue, state)

    concession = CONCESSION_AFTER_RE.search(norm, cue.end, next_cue)
    if concession and not COMPLEMENTIZER_RE.search(norm, cue.end, concession.start()):
        # "وكانت واشنطن نفت التنسيق مع النظام، رغم أنها لم تنفِ …": the أنّ of "although" is no complementizer of
        # the verb; the concession is the outlet's, it ends what was said
        next_cue = concession.start()
    comp = COMPLEMENTIZER_RE.search(norm, cue.end, next_cue)
    limit = comp.start() if comp else next_cue
    relay_at = relay_before_verbal_noun(norm, cue, limit) if comp is None else None
    limit = relay_at if relay_at is not None else limit  # "ونقلت خدمة … الإخبارية عن …": عن ends the subject
    source: SourceRef | None = None
    subj_end = None
    if cue.form in ("قوله", "قولها", "قولهم"):
        # "ونقل X عن Y قوله: …": Y, the innermost speaker named, said it (X relayed it)
        source = relayed_speaker(registry, s, cue, state)
        if source is not None:
            subj_end = cue.end
    if source is None and cue.kind == "verb":
        # "وكانت الشركة قدّرت الخسائر …": كان's subject is the verb's, what follows the verb is its object
        kana = KANA_SUBJECT_RE.search(norm, max(0, cue.start - KANA_WINDOW), cue.start)
        if kana and not kana.group(0).rstrip().endswith("قد") and not PLUPERFECT_CLAUSE_RE.match(kana.group(1)) \
                and 1 <= len(kana.group(1).split()) <= 6 \
                and not any(w.strip("،") in NP_STOP and not (w == "في" and source_like_text(kana.group(1)))
                            for w in kana.group(1).split()) \
                and norm[:kana.start()].count('"') % 2 == 0:
            k0, k1 = kana.start(1), kana.start(1) + len(kana.group(1).rstrip(" ،"))
            named = [x for x in s.mentions if k0 <= x[0] < k1]
            source = registry.ref(named[0][2]) if named and named[0][0] - k0 <= 1 else unregistered_source(
                registry, s, k0, k1, s.text[s.orig(k0):end_with_marks(s.text, s.orig(k1 - 1) + 1)].strip(' "«»“”'),
                state)
    if cue.lemma in PASSIVE_PRESENT and re.match(r"\s*ب(?!" + NOT_B_COMPLEMENT + r")\S", norm[cue.end:]):
        return None  # "اتُّهمت بالتعامل مع …": a passive, the charge follows at once, nobody accuses
    if cue.lemma == "وصف" and cue.kind == "verb" and re.fullmatch(r"[وف]?وصفت?", norm[cue.start:cue.end]) \
            and re.match(r"\s*بال\S", norm[cue.end:]):
        return None  # "ووُصفت بالاحتراف": a passive too (the active names its object first: "ووصف X بالـ")
    if source is None and cue.kind == "verb":  # "… موريلو كان قد قال إن …": the subject stands before كان
        source = subject_before_kana_qad(registry, s, cue, state)
    if source is None and joined_call(s, cue, next_cue):
        # "ودعا X إلى … وحث الحكومة على …": the same speaker, the noun phrase is the object; with no report before
        # it in the sentence, the subject of its first verb ("أعلن العبادي، التزامه … ودعا القوى السياسية إلى")
        source = prev_source or speaker_of_sentence(registry, s, state, cue.start)
    if source is None and cue.kind == "verb" and CONTRAST_TOPIC_RE.search(norm, max(0, cue.start - 120), cue.start):
        # "إلا أن بعثة الاتحاد الإفريقي نفت بشدة مزاعم …": after "but" (أنّ takes its noun first) the words before
        # the verb are its subject, and what follows the verb (an adverb, the claims denied) is not
        source = topic_subject(registry, s, cue, state)
    inner = complement_subject(s, cue) if source is None else None
    if inner is not None:  # "قال X إن أوساط الاستخبارات أكدت …": the inner report's subject, before its verb
        source = subject_in_span(registry, s, inner[0], inner[1], state)
    if source is None:  # "X أخبر Y أن": the teller stands before the verb, Y heard it
        source = teller_before(registry, s, cue, state)
    if source is None and cue.kind == "participle" and CERTAIN_PREDICATE_RE.match(norm, cue.start):
        # "والوزير واثق من أن …": the predicate's subject opens the sentence (a pronoun's is its antecedent, below)
        at = predicate_subject_span(norm, cue.start)
        source = subject_in_span(registry, s, at[0], at[1], state) if at else None
    if source is None and cue.kind != "participle":
        source, subj_end = subject_after(registry, s, cue, limit, state,
                                         comp_found=comp is not None or relay_at is not None)
    # …or topicalized before the verb ("أما المرصد …، فقد ذكر"), within a short distance (not before a
    # participle, whose speaker is the clause's: "… في قرية بشمال سوريا نافيا رواية …")…
    if source is None and cue.kind != "participle":
        before = [x for x in s.mentions if x[1] <= cue.start and cue.start - x[1] <= 12
                  and not is_recipient(norm, x[0])  # "لرويترز عبر الهاتف قائلا": who heard it
                  and '"' not in norm[x[1]:cue.start]  # "عن «ظاهرة أوباما» ودعت": a name quoted
                  and not re.search(r"(?<![\w])(?:ضد|في|من|علي|على|الي|عن|مع|بين)\s*$", norm[:x[0]])]
        if before:
            m0, m1, mention = before[-1]
            source = registry.ref(mention)
            title = SPOKESPERSON_BEFORE_RE.search(norm[:m0])
            if title:  # "متحدثا باسم وحدات حماية الشعب قال": the body, as written in full
                source.label = s.text[s.orig(title.start()):end_with_marks(s.text, s.orig(m1 - 1) + 1)]
    if source is None and cue.kind == "verb":
        source = parse_subject_before(registry, s, cue, state)
    if source is None and cue.kind == "verb":
        source = topic_subject(registry, s, cue, state)
    if source is None and cue.kind != "participle":  # "…أيا كانت جنسيته، مشيرة أن": no subject there
        kana = KANA_SUBJECT_RE.search(norm, max(0, cue.start - KANA_WINDOW), cue.start)
        if kana and norm[:kana.start()].count('"') % 2:
            kana = None  # "«… وكانت هناك أنشطة …» مضيفة أن": inside the quotation, not a subject
        if kana and PLUPERFECT_CLAUSE_RE.match(kana.group(1)):
            source = head_of_relative_before(registry, s, kana.start(), state)
            kana = None
        if kana and kana.group(1).strip() in ("قد", "وقد", "لقد"):
            kana = None  # "كان قد قال": no subject between كان and its verb
        if kana and not any(kana.start(1) <= x[0] < kana.end(1) for x in s.mentions):
            k0, k1 = kana.start(1), kana.end(1)
            label = s.text[s.orig(k0):end_with_marks(s.text, s.orig(k1 - 1) + 1)].strip(' "«»“”')
            if label:
                source = unregistered_source(registry, s, k0, k1, label, state)
    # …or a pronoun subject: a relative clause's head, the sentence's earlier agent,
    # or the previous sentence's source ("لكنه أضاف", "وذكّره", "وأضاف").
    if source is None:
        rel = [x for x in s.mentions if x[1] < cue.start and RELATIVE_RE.match(norm[x[1]:])]
        head = relative_head(registry, s, cue, state) or statement_issuer(registry, s, cue, state) \
            if cue.kind == "verb" else None
        if head is not None:
            source = head
        elif rel:
            source = registry.ref(rel[-1][2])
        elif prev_source is not None:
            source = agreeing_antecedent(registry, cue_gender(cue.form, norm[cue.start:cue.end], cue.kind),
                                         prev_source, state)
        else:
            first = [x for x in s.mentions if x[1] <= cue.start and x[0] <= 20
                     and not PREPOSITION_BEFORE_RE.search(norm[max(0, x[0] - 6):x[0]])
                     and norm[max(0, x[0] - 1):x[0]] not in ("ب", "ل")]
            if first:
                source = registry.ref(first[0][2])
            elif cue.kind == "participle":
                source = sentence_subject(registry, s, state, before=cue.start)
            elif joined_verb(s, cue):
                source = sentence_subject(registry, s, state, before=cue.start)
                if source is not None and not (source.registered or source_like_text(source.label)
                                               or titled_or_body(normalize(source.label))
                                               or norm[cue.start:cue.end].endswith("وا")):  # people
                    source = None  # "وبدت مظاهر التطرف عليه … ورجح أنه": a thing's verb, no speaker
            if source is None:
                source = agreeing_antecedent(registry, cue_gender(cue.form, norm[cue.start:cue.end], cue.kind),
                                             state.last_source, state)
            if source is None and cue.kind == "verb" and state.earlier and re.fullmatch(r"\s*[وف]?", norm[:cue.start]):
                # "ورحب المدير الإقليمي … الدكتور بدر السمحان بالزيارة. وأوضح أن …": nobody quoted yet, the
                # elided subject is the one the sentence before named as its verb's subject, if a speaker
                source = speaker_of_sentence(registry, state.earlier[-1], state, len(state.earlier[-1].norm))
    if source is None:
        return None
    if cue.lemma == "تحدث" and not reports_speak(source):
        return None  # "تحدث الوزير عن أهمية التعاون": a topic; "تحدثت تقارير عن تحويل …": a report of a fact
    if cue.lemma in ("أثبت", "أظهر") and not (source.registered or source_like_text(source.label)):
        return None  # "أثبتت الأيام", "أظهرت لقطات": only studies, reports, bodies prove or show as sources
    if cue.lemma in NEEDS_COMPLEMENT and subj_end is not None and not source.registered and re.match(
            r"^(?:بعض|معظم|اغلب|كل|جميع|احد|احدي)(?:ها|هم|هما|ه)$", normalize(source.label)):
        return None  # "هجمات نُسب بعضها إلى التنظيم": a passive, nobody named attributes them

    # a plain object after an unregistered common noun is rarely a report ("ونقل العدوى إليهم")
    plausible = source.registered or subj_end is None or source_like_text(source.label) \
        or titled_or_body(normalize(source.label)) or nationality_and_name(source.label) \
        or any(p.key == source.key for p in state.sources) or cue.lemma in NEEDS_COMPLEMENT \
        or not normalize(source.label).startswith("ال") or definite_dual(normalize(source.label)) or any(
            s.to_norm(a) < subj_end and s.to_norm(b) > cue.end and t in ("PER", "ORG", "GOV", "MEDIA")
            for a, b, t in s.entities)
    start_at = subj_end if subj_end is not None else cue.end
    if subj_end is not None and norm[subj_end:subj_end + 1] == '"':  # ودعا «داعش» …
        start_at += 1
    told = QUOTED_RECIPIENT_RE.match(norm, start_at, next_cue)
    if told and cue.kind == "verb" and (normalize(source.label).split() or [""])[0] not in TITLE_WORDS:
        # "نفى المصدر لـ«الشرق الأوسط» وصول …": the outlet told is not what was said (after a title it is the
        # title's body: "المستشار القانوني لـ«الجيش السوري الحر» أسامة أبو زيد")
        start_at = told.end()
    own_marks = VERB_MARKS_AFTER_RE.match(norm, start_at) if start_at == cue.end and cue.kind == "verb" \
        and VERB_MARKS_BEFORE_RE.search(norm, max(0, cue.start - 6), cue.start) else None
    if own_marks:  # "إلا أن البعثة «نفت بشدة» مزاعم …": what was said starts after the verb's own marks, not inside
        start_at = own_marks.end()
    denied_at = denied_object_at(cue.lemma, norm, start_at) if cue.kind == "verb" else None
    if denied_at is not None:  # "نفى المتهمون الآخرون أي ضلوع …": what is denied, whoever denies it
        plausible, start_at = True, denied_at
    relayed = relayed_cue = None  # a relay's verbal noun of saying, and its content with no complementizer
    if cue.lemma == "نقل":
        relay = re.match(r"\s*(?:\S+\s+){0,2}?عن\s+", norm[start_at:next_cue])
        comp = COMPLEMENTIZER_RE.search(norm, start_at, next_cue)
        said_as = relayed_verbal_noun(norm, start_at + relay.end(), comp.start() if comp else next_cue) \
            if relay else None
        if relay and (comp and comp.start() - start_at < 120 or said_as):
            # "نقلت الصحيفة عن مواقع معارضة أن …": the innermost speaker named said it; "نقلت الوكالة عن أحد
            # القادة نفيه الهجوم …", "… عن الوزير تأكيده أن …": what he said as a verbal noun of his
            r0, r1 = start_at + relay.end(), said_as[0] if said_as else comp.start()
            relayed_cue = said_as  # the verbal noun is the cue, as «قوله» is
            occasion = RELAY_OCCASION_RE.search(norm, r0, r1)
            r1 = occasion.start() if occasion and occasion.start() > r0 else r1  # "… في بيان صدر أمس أن"
            while r1 > r0 and norm[r1 - 1] in " ،":
                r1 -= 1
            inside = [x for x in s.mentions if r0 <= x[0] < r1]
            if r1 > r0 and inside and inside[0][0] - r0 <= 1:
                source = registry.ref(inside[0][2])
            elif r1 > r0:
                source = unregistered_source(
                    registry, s, r0, r1, s.text[s.orig(r0):end_with_marks(s.text, s.orig(r1 - 1) + 1)], state)
            if comp and not (said_as and norm[said_as[1]:comp.start()].strip()):
                start_at = comp.start()
            else:  # "… نفيه الهجوم على قوات حكومية": what the verbal noun says, right after it
                start_at = len(norm) - len(norm[said_as[1]:].lstrip())
                relayed = start_at, clause_end(norm, start_at, next_cue)
    in_relative = bool(RELATIVE_BEFORE_RE.search(norm[max(0, cue.start - 8):cue.start])) \
        and not SOON_RE.search(norm[:cue.start])
    # "…، وهو ما يتوقعه المراقبون": the words are the clause before, whatever follows the speaker
    denial_object = cue.kind == "participle" and denial_with_object(s.norm, cue.start, cue.end, cue.lemma) \
        and (source.registered or prev_source is not None)  # a guessed subject of a non-reporting verb is not
    if relayed is not None:
        content = relayed
    elif denial_object:
        # "شككت الوزارة في التقرير نافيةً أسر أو اعتقال أي من أفراد «القوة …»": what is denied is the object
        # (a quoted name in it is no quotation), the speaker the clause's subject even without a reporting verb
        content = bounded_object(s, cue, start_at, next_cue, True)
    elif denied_at is not None and not in_relative:
        # "ونفى التقي، مستندًا إلى معلومات، أي تنسيق …، «لأن …»": what is denied is the object found, not a
        # quotation or clause further on
        end = clause_end(norm, start_at, next_cue)
        reason = re.search(r'،\s*"', norm[start_at:end])  # "…، «لأن …»": the speaker's reason, quoted apart
        content = (start_at, start_at + reason.start() if reason else end)
    else:
        content = quote_before(s, cue) if stated_before(s, cue) else \
            content_span(s, cue, start_at, next_cue, in_relative, plausible)
    if content is not None and not norm[content[0]:content[1]].strip(STRIP + '"') \
            and AS_BEFORE_RE.search(norm[:cue.start]):
        content = None  # "…، كما ذكر التلفزيون الرسمي.": nothing but the full stop after the source (its words before)
    if content is None and not in_relative and (cue.kind != "participle" or prev_source is not None
                                                or quoted_speaker_acts(s, cue, source, state)):
        # "أوضحت الوزارة احتواء …", "وكانت الشركة قدّرت الخسائر بـ…": an object after a subject that surely
        # ends there (or stands before the verb); a participle's when a report of this sentence names its speaker
        anonymity = ANONYMITY_RE.search(norm, cue.end, subj_end) if subj_end is not None else None
        bounded = subj_end is None or source.registered or source.label != source.name \
            or definite_body(normalize(source.label)) or nationality_and_name(source.label) \
            or source.type == "anonymous-source" \
            or anonymity is not None and anonymity.end() == subj_end \
            or cause_object_at(s, cue, next_cue) is not None or subj_end == surname_end(s, cue, state, next_cue) \
            or subj_end is not None and object_masdar((norm[subj_end:next_cue].split() or [""])[0])
        # (the anonymity: "الضابط رافضا الكشف عن هويته وجود …"; a cause word ends the subject: "أرجع X سبب …";
        # so does an earlier-named source's last name: "واعتبر الحوثي نجاح …", and a verbal noun, which no speaker
        # is named by: "اعتبر اقتصادي سعودي اعتزام مؤسسة النقد إنشاء صندوق … خطوة إيجابية")
        content = bounded_object(s, cue, start_at, next_cue, bounded)
    if content is None and subj_end is None and cue.lemma in SAY_VERBS and cue.kind == "verb" \
            and clause_starts(s, cue.end):
        # "وأضاف بلغت التكلفة …": the words follow without a complementizer
        content = (cue.end, clause_end(norm, cue.end, next_cue))
    if content is None and subj_end is None and cue.lemma in SAY_VERBS and cue.kind == "participle" \
            and NOMINAL_CLAUSE_RE.match(norm, cue.end):
        # "…، مضيفا المؤسسة ستراعي الاستقرار …": a participle has no subject of its own, so a definite noun and a
        # verb of the future or a negated present right after it open its words without a complementizer
        content = (cue.end, clause_end(norm, cue.end, next_cue))
    if content is None and subj_end is not None and cue.lemma in SAY_VERBS and cue.kind == "verb":
        kama = re.match(r"\s*،?\s*كما\s+(?=\S)", norm[subj_end:next_cue])
        if kama:  # "وأضاف البيان كما استهدفت طائرات التحالف …": the words follow كما
            content = (subj_end + kama.end(), clause_end(norm, subj_end + kama.end(), next_cue))
    if content is None and cue.form in ("قوله", "قولها", "قولهم") and subj_end == cue.end:
        # "ونقلت عن شهود عيان قولهم سقوط قنابل …": a nominal content right after قوله (not a hearer: "لرؤساء …")
        obj = OBJECT_START_RE.match(norm[cue.end:next_cue])
        if obj and obj.group(1) not in NP_STOP and not obj.group(1).startswith("ل") \
                and not COMPLEMENTIZER_RE.fullmatch(obj.group(1)):
            content = (cue.end + obj.start(1), clause_end(norm, cue.end + obj.start(1), next_cue))
    if content is None and subj_end is not None and AS_BEFORE_RE.search(norm[:cue.start]) \
            and (not norm[subj_end:next_cue].strip(STRIP) or CLAUSE_END_RE.match(norm, subj_end)
                 or TIME_ONLY_RE.fullmatch(norm[subj_end:next_cue].strip(STRIP + "\"")) is not None):
        # "استهدف هجوم آخر … حاجزا أمنيا …، كما أفاد المرصد": the clause before كما, from its comma
        k = AS_BEFORE_RE.search(norm[:cue.start]).start()
        while k > 0 and norm[k - 1] in " ،,":
            k -= 1
        c0 = norm.rfind("،", 0, k) + 1
        for _ in range(2):
            if c0 > 0 and DEPENDENT_LEAD_RE.match(norm, c0):
                # "…، حيث شنت قوات المعارضة هجوما …، بهدف الضغط على …، كما قال معارضون": a purpose or result
                # clause goes with the clause it depends on
                c0 = norm.rfind("،", 0, c0 - 1) + 1
        if len(norm[c0:k].split()) >= 4 and norm[:c0].count('"') % 2 == 0:
            content = (c0, k)
    if content is None:
        content = quote_before(s, cue)
    if content is None:
        # a verb with a source but no content: its subject may still be the next cue's ("وذكّره",
        # "وقال أحد الشهود لرويترز عبر الهاتف قائلا إن …")
        # (after "وهو ما أكدته", whose pronoun is the object, the noun phrase after the verb is surely its subject:
        # "وهو ما أكدته أم فهد …، مؤكدة أن …" names the speaker of the participles after it)
        return (None, source) if source.registered or subj_end is not None and (
            source_like_text(source.label) or RELAYED_BY_NEXT_RE.match(norm, subj_end)
            or STATEMENT_BEFORE_RE.search(norm[:cue.start]) and norm[cue.start:cue.end] != cue.form) else None
    c0, c1 = content
    if subj_end is not None and cue.kind == "verb":
        c0, source = past_apposition(s, source, subj_end, c0, c1)
    if cue.lemma == "أدان" and subj_end is not None and cue.end < c0 < subj_end and not source.registered:
        # the subject ran into what is condemned: it ends before it
        k1 = c0
        while k1 > cue.end and norm[k1 - 1] in " ،,":
            k1 -= 1
        k0 = subj_end - len(normalize(source.label)) if normalize(source.label) == norm[
            max(0, subj_end - len(normalize(source.label))):subj_end] else None
        if k0 is not None and k0 < k1:
            source = unregistered_source(registry, s, k0, k1, s.text[s.orig(k0):end_with_marks(
                s.text, s.orig(k1 - 1) + 1)], state)
    cue_end = end_with_marks(s.text, s.orig(cue.end))
    if cue.kind == "verb" and cue.form and norm[cue.start:cue.end] != cue.form:
        cue_end = end_with_marks(s.text, s.orig(cue.start + len(cue.form)))  # without an object pronoun
    if relayed_cue is not None:  # "… عن أحد القادة نفيه الهجوم": a denial, cued by what he said
        q0, q1 = relayed_cue
        return make_claim(article, s, c0, c1, source, s.orig(q0), end_with_marks(s.text, s.orig(q1)),
                          speech_masdar(norm[q0:q1])), source
    return make_claim(article, s, c0, c1, source, s.orig(cue.start), cue_end, cue.lemma), source


# Definite nouns in «ان» that are no duals.
NOT_DUALS = {"الانسان", "الايمان", "السودان", "الميدان", "الطيران", "الاحسان", "العنوان", "الحيوان", "الاوان", "البيان",
             "الامان", "الاذان", "اللسان", "الديوان", "البنيان", "البستان", "الشيطان", "الرحمن", "رمضان", "العدوان",
             "الفرقان", "القران", "الكيان", "المكان", "الزمان", "الجولان", "الهذيان", "النسيان", "الغليان"}


def definite_dual(label: str) -> bool:
    """A subject that is two of a kind ("الفريقان الخاسران", "الطرفان", "الجانبان"): parties that act, as a body
    does ("وقد طلب الفريقان الخاسران … فتح تحقيق في الحادثتين")."""
    first = label.split()[:1]
    return bool(first) and bool(re.fullmatch(r"ال\S{3,}ان", first[0])) and first[0] not in NOT_DUALS \
        and not first[0].endswith("يان")
