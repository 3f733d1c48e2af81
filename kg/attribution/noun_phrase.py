"""Where the subject's noun phrase ends: after the verb up to a stop word, punctuation or a quotation; a
definite body before its object; a title with its body across في; a region in a body's name; the parse's
nsubj subtree, else a noun, its genitive and nisba adjectives; and whether a clause, not a subject, begins."""

from __future__ import annotations

import re

from ..countries import COUNTRY_NAMES
from ..places import GAZETTEER
from ..text import normalize
from .cues import PARTICIPLE_RE
from .denials import denied_head
from .document import Cue, Sentence
from .parse import subtree, word_at, word_index_at
from .recipients import OCCASION_WORDS
from .source_words import ANONYMOUS_HEADS, BODY_HEADS, NP_STOP, object_masdar, RECIPIENT_WORD_RE, TITLE_WORDS
from .syntax import ANSWER_WORDS, CLAUSE_OPENER_RE, CLAUSE_OPENERS, MANNER_LEAD_RE, STRIP, WORD_RE
from .verbs import PREP_OPENER


LONG_TITLE_WORDS = 18


def title_in_body_end(s: Sentence, np0: int, np1: int, limit: int) -> int:
    """A title or an unnamed official with the body they belong to and their name, up to the complementizer
    ("مسؤول في وزارة المالية إن", "رئيس لجنة الشؤون الخارجية في مجلس الشورى علاء الدين بروجردي إن"): the
    subject runs on across في (or لدى, where an envoy is posted) when nothing but that body and a name stands
    before إن/أن, or a country or capital and a name before a stop word (title_in_country_end)."""
    norm = s.norm
    words = norm[np0:np1].split()
    # a name with its title after it too ("سعدي حجي الجردان رئيس شؤون رعايا السعوديين في السفارة بأن")
    if not words or not (words[0] in TITLE_WORDS or words[0] in ANONYMOUS_HEADS or any(w in TITLE_WORDS for w in words)):
        return np1
    rest = re.match(r" (?:في|لدي) ((?:[^\s،.:\"()]+(?: |$)){1,8})\s*$", norm[np1:limit])
    if not rest:
        return title_in_country_end(s, np0, np1, limit)
    words = rest.group(1).split()
    heard = [k for k, w in enumerate(words) if RECIPIENT_WORD_RE.match(w)]
    words = words[:heard[0]] if heard else words  # "… في الخارجية الأمريكية للصحافيين": who heard it
    at = np1 + rest.start(1)
    if not words or any((w in NP_STOP and not name_ali(s, at + sum(len(v) + 1 for v in words[:k]), w))
                        or w in OCCASION_WORDS for k, w in enumerate(words)):
        return title_in_country_end(s, np0, np1, limit)
    return np1 + len(rest.group(0)[:rest.start(1)]) + len(" ".join(words))


def name_ali(s: Sentence, at: int, word: str) -> bool:
    """The word at normalized offset `at` is the name Ali: written «علي», with ي (the preposition «على» normalizes
    to the same letters), or after «بن» whatever its spelling («وليد بن على الجلال»)."""
    return word == "علي" and (s.text[s.orig(at + 2)] == "\u064a" or s.norm[:at].split()[-1:] in (["بن"], ["ابن"]))


# What may follow a title's country as a person's name: a word that is no stop word, occasion, date or verbal noun.
def _name_word(s: Sentence, at: int, w: str) -> bool:
    return bool(w) and (w not in NP_STOP or name_ali(s, at, w)) and w not in OCCASION_WORDS \
        and not object_masdar(w) and not re.match(r"^[0-9٠-٩]|[بلك]ال", w) and not RECIPIENT_WORD_RE.match(w)


# Titles of a post held abroad: the country after them is part of the title, even with no name after it.
POSTED_TITLES = {"سفير", "السفير", "مندوب", "المندوب", "ممثل", "الممثل", "قنصل", "القنصل", "مبعوث", "المبعوث",
                 "مراسل", "المراسل"}


def title_in_country_end(s: Sentence, np0: int, np1: int, limit: int) -> int:
    """A title held in a country or capital, and the holder's name, end the subject even where an occasion or a
    time follows before the complementizer ("سفير المملكة في لبنان علي عواض عسيري في تصريح …", "ممثل المنظمة لدى
    الأردن …"): the world's countries are known (kg.countries), so the name after one is the title's holder."""
    m = re.match(r" (?:في|لدي) ", s.norm[np1:limit])
    if not m:
        return np1
    at = np1 + m.end()
    place = max((len(n) for n in COUNTRY_NAMES if s.norm.startswith(n, at)
                 and (at + len(n) == limit or not s.norm[at + len(n)].isalnum())), default=0)
    if not place:
        return np1
    end = at + place
    names = 0
    posted = s.norm[np0:np1].split()[0] in POSTED_TITLES
    for w in WORD_RE.finditer(s.norm, end, limit):
        if w.start() - end > 1 or names == 6 or len(w.group(0)) < 2 or not _name_word(s, w.start(), w.group(0)):
            # (a one-letter abbreviation, «د.», ends it: the name after it is past a full stop)
            break
        end, names = w.end(), names + 1
    # with no name after it, the place is where an envoy is posted («سفير المملكة في لبنان»), but only where
    # the speaker spoke for other titles («وقال الوزير في بيروت أمس إن»)
    return end if names or posted else np1


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
    if m.group(1) in CLAUSE_OPENERS or CLAUSE_OPENER_RE.match(s.norm, at):
        return True
    w = word_at(s, s.orig(at + m.start(1)))
    return w is not None and w.upos == "VERB"


def parse_np_end(s: Sentence, cue: Cue, np0: int, np1: int, parse_only: bool = False) -> int:
    """For verbs whose object follows the subject ("نشرت صحف سودانية نعيا …"), the parse's nsubj
    subtree bounds the subject; without a parse, an unnamed subject is taken as two words (`parse_only`: the
    noun phrase stays whole when the parse does not bound it)."""
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
    if parse_only:
        return np1
    first = s.norm[np0:np1].split()[:1]
    if any(np0 <= x[0] <= np0 + 1 for x in s.mentions) or first and first[0] in TITLE_WORDS:
        return np1  # a name or a title opens the subject: the registry and the title rules bound it
    if first and first[0].startswith("ال") and first[0][2:] in BODY_HEADS:
        # "نفت المديرية العامة للشئون الصحية بعسير ما …": a definite body with its adjectives, its ل-complement
        # and its place (definite_body_end, with_place) bound it
        return np1
    kin = KIN_NAME_RE.match(s.norm, np0, np1)
    if kin:  # "اتهم والد الطفلة عبدالعزيز سعد العنزي المستشفى بـ": a kinship, whose it is, then the name
        return kin.end()
    possessed = POSSESSED_NAME_RE.match(s.norm, np0, np1)
    if possessed:  # "أعلن خصمه فرابوو سوبيانتو انتصاره": a relation with its pronoun, then the name
        return possessed.end()
    return heuristic_np_end(s, np0, np1)


# A relative described by kinship and named after it ("والد الطفلة عبدالعزيز سعد العنزي", "شقيق الضحية محمد"):
# the kinship word, its definite genitive, then one to four words of the name (no article: the object follows),
# and after two of them a family name in ال ("… عبدالعزيز سعد العنزي").
KIN_NAME_RE = re.compile(r"(?:والد|والده|شقيق|شقيقه|ابن|ابنه|زوج|زوجه|عم|خال|جد|جده) ال\S{2,}"
                         r"(?:(?: (?!ال)[^\s،.:\"]{2,}){2,4}(?: ال[^\s،.:\"]{2,})?|(?: (?!ال)[^\s،.:\"]{2,}))")


# A relation named by a noun with a pronoun suffix, then the name in apposition ("خصمه فرابوو سوبيانتو",
# "شقيقته منى", "محاميه جون سميث"): the name is one to three words without the article and without a pronoun
# suffix of their own (the verbal noun after it is the object: "… انتصاره", "… دعمها"; "عبدالله" is a name).
POSSESSED_NAME_RE = re.compile(
    r"(?:خصم|منافس|غريم|شقيق|شقيقت|زوج|زوجت|ابن|ابنت|والد|والدت|محامي|مساعد|نايب)(?:ه|ها|هم)"
    r"(?: (?!ال)(?:[^\s،.:\"]*الله|(?![^\s،.:\"]*(?:ه|ها|هم)(?=[\s،.:\"]|$))[^\s،.:\"]{2,})(?=[\s،.:\"]|$)){1,3}")


PLACE_AFTER_RE = re.compile(r" (ب[^ا\s،.:\"]\S{2,})(?=[\s،.]|$)")


# What a body belongs to, after its name and place: "التابعة لوزارة الصحة", "التابع للأمم المتحدة".
AFFILIATION_RE = re.compile(r" (?:التابع|التابعه|التابعين|التابعون) ل\S{2,}(?: (?:ال|لل|وال)\S{2,})*")


def with_place(s: Sentence, cue: Cue, end: int, limit: int) -> int:
    """A definite body's place right after it ("الشئون الصحية بحائل", "المديرية العامة … بعسير", "… بمنطقة الباحة"):
    ب + a name, unless the verb's content opens with ب ("أفادت الوزارة بمقتل …") or the word is a verbal noun; then
    what it belongs to ("… بمنطقة الباحة التابعة لوزارة الصحة"), all of it the body's name as written."""
    region = with_region(s.norm, end, limit)
    place = PLACE_AFTER_RE.match(s.norm[:limit] + " ", end)
    if region > end:
        end = region
    elif place and place.end(1) <= limit and "ب" not in PREP_OPENER.get(cue.lemma, ()) \
            and not object_masdar(place.group(1)[1:]) and place.group(1) not in NP_STOP:
        end = place.end(1)
    else:
        return end
    owner = AFFILIATION_RE.match(s.norm, end, limit)
    return owner.end() if owner else end


def body_in_body_end(norm: str, np0: int, np1: int, limit: int) -> int:
    """A body inside another, named with في ("لجنة الشؤون الخارجية في المجلس الوطني للمقاومة الإيرانية في بيان إن"):
    the subject runs on across في when a definite body noun follows it, up to the next stop word."""
    first = norm[np0:np1].split()[:1]
    if not first or re.sub(r"^ال", "", first[0]) not in BODY_HEADS:
        return np1
    inner = re.match(r" في (ال(\S+))", norm[np1:limit])
    if not inner or inner.group(2) not in BODY_HEADS:
        return np1
    i0, i1 = np_after(norm, np1 + 4, limit)
    return i1 if i1 > i0 else np1


# Unnamed speakers who belong to a body ("مصدر في وزارة الداخلية", "مصادر في المعارضة السورية", "قيادي في حزب
# الله"), normalized, without ال: after في their body follows, not where or when they spoke.
SPEAKER_HEADS = {"مصدر", "مصادر", "مسوول", "مسوولون", "مسوولين", "متحدث", "متحدثه", "ناطق", "ناطقه", "عضو", "اعضاء",
                 "قيادي", "قياديه", "قياديون", "قياديين"}
# Bodies named after في besides BODY_HEADS (normalized, with ال): the parties and forces of the news.
BODY_WORDS = {"المعارضه", "الجيش", "النظام", "القوات", "التحالف", "الايتلاف", "الامم", "الكونغرس", "البرلمان", "الحرس",
              "الامن", "المخابرات", "الاستخبارات", "الخارجيه", "الداخليه", "الدفاع", "الوحدات", "وحدات", "الفصايل",
              "الكرملين", "البنتاغون", "البنتاجون", "السلطه", "الهلال", "الصليب", "البيت", "الادعاء"}
# Another unnamed speaker joined to the first ("مصدر في وزارة الداخلية ومصادر طبية"), with his nisba adjectives.
JOINED_SPEAKER_RE = re.compile(r" و(?:" + "|".join(sorted(SPEAKER_HEADS)) + r")(?: \S{2,}(?:ي|يه|يين|يون))*(?![\w])")


def speaker_body_end(s: Sentence, np0: int, np1: int, limit: int) -> int:
    """An unnamed speaker and the body he belongs to, across في ("وأكد مصدر في وزارة الداخلية ومصادر طبية حصيلة
    …", "وصفته مصادر في المعارضة السورية بـ…", "ونفى مسؤول في الحكومة وجود …"): a speaker noun, at most three
    adjectives, then في and a body (BODY_HEADS, BODY_WORDS or a named organization), which ends as a subject does
    (its genitive and nisba adjectives, a registered name whole), and a speaker joined to it. «في مقابلة/بيان …» is
    where he spoke and «في دمشق» where: both stay out, the subject ending before في."""
    norm = s.norm
    words = norm[np0:np1].split()
    if not 1 <= len(words) <= 4 or re.sub(r"^ال", "", words[0]) not in SPEAKER_HEADS:
        return np1
    m = re.match(r' في ("?)([^\s،.:"()]+)', norm[np1:limit])
    if not m:
        return np1
    b0 = np1 + m.start(2)
    word = m.group(2)
    named = [x for x in s.mentions if x[0] == b0] + [
        (s.to_norm(a), s.to_norm(b), t) for a, b, t in s.entities if s.to_norm(a) == b0 and t in ("ORG", "GOV")]
    if not (word in BODY_WORDS or re.sub(r"^ال", "", word) in BODY_HEADS or named):
        return np1
    i0, i1 = np_after(norm, b0, limit)
    if i1 <= i0:
        return np1
    end = max([heuristic_np_end(s, i0, i1)] + [min(x[1], limit) for x in named])
    last = norm[i0:end].split()[-1:]
    more = re.match(r" (ال[^\s،.:\"()]{2,})", norm[end:limit])
    if last and not last[0].startswith("ال") and len(norm[i0:end].split()) >= 2 and more \
            and not object_masdar(more.group(1)) and not denied_head(more.group(1)):
        end += more.end()  # "قيادة عمليات الأنبار": an indefinite genitive takes its own definite one
    if m.group(1) and norm[end:end + 1] == '"':
        end += 1  # «الجيش السوري الحر» in its quotation marks
    joined = JOINED_SPEAKER_RE.match(norm, end, limit)
    return joined.end() if joined else end


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
                or k >= 2 and words[k - 1].group(0).startswith("ال") and w.startswith("وال") \
                or re.fullmatch(r"ال\S{3,}ان", words[k - 1].group(0)) and re.fullmatch(r"ال\S{3,}ان", w):
            # "التجارة والصناعة"; a dual and its adjective ("الفريقان الخاسران")
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


# Quantities whose من names who they count ("عدد من الحاضرين"), kept in a subject that they open.
PARTITIVE_HEADS = {"عدد", "بعض", "احد", "احدي", "مجموعه", "عشرات", "ميات", "الاف", "كثير", "جميع", "معظم", "اغلب"}


# An honorific (and so a name) right after «سابقا» / «حاليا» in a subject.
FORMER_BEFORE_NAME_RE = re.compile(r"\s+(?:الاستاذ|الاستاذه|الدكتور|الدكتوره|المهندس|المهندسه|الشيخ|اللواء|العميد|"
                                   r"الفريق|الكابتن|السيد|السيده)\s+(?!ال)\S")


def np_after(norm: str, at: int, limit: int, max_words: int = 10, quoted_name: bool = False,
             name_first: bool = False) -> tuple[int, int]:
    """The noun phrase right after a verb: words up to a stop word, punctuation, a quote or `limit`
    (`name_first`: its first word is a name even though it is spelled like a stop word, kg.attribution.subjects)."""
    i = at
    while i < limit and norm[i] == " ":
        i += 1
    while True:  # pronoun-carrying prepositions and adverbs before the subject ("يرى فيه الناطق …", "نفت بشدة الوزارة …")
        skip = re.match(r"(?:فيه|فيها|عنه|عنها|له|لها|لهم|عليه|عليها|منه|منها|خلاله|خلالها|ايضا|كذلك|بدوره|بدورها|بذلك|"
                        r"مجددا|بدورهم)(?:،)?\s+", norm[i:limit]) or MANNER_LEAD_RE.match(norm[i:limit])
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
        if core == "من" and n == 1 and norm[start:start + m.start()].strip() in PARTITIVE_HEADS:
            continue  # "عدد من الحاضرين", "بعض من السكان": the partitive's من belongs to the subject
        if core in ("علي", "عن") and n and re.search(r"(?<![\w])[و]?(?:ال)?(?:مشرف|مشرفه|قايم|قايمه|مسوول|مسووله)\s*$",
                                                      norm[start:start + m.start()]):
            continue  # a title that takes its preposition: "والمشرف على فريق كرة القدم الأول مروان دفتردار"
        if core in ("سابقا", "حاليا") and n and FORMER_BEFORE_NAME_RE.match(norm, start + m.end(), limit):
            # "وكابتن الفريق الوحداوي سابقاً الأستاذ عابد شيخ": "formerly" inside a title, the name after it
            end = start + m.start() + len(w)
            n += 1
            continue
        if (core in NP_STOP and not (name_first and n == 0)) or not core or w[0] in "(،:":
            break
        if re.match(r"^[0-9٠-٩]", core):
            break
        if w.startswith('"') and m.start() > 0:
            close = norm.find('"', start + m.start() + 1, limit)
            inner = norm[start + m.start() + 1:close].split() if close != -1 else []
            tail = norm[close + 1:limit].strip(" ") if close != -1 else ""
            if close == -1 or len(inner) > 4 or len(inner) >= 3 and (
                    not tail.strip(STRIP) or PARTICIPLE_RE.match(tail) or tail[:1] in "،.") \
                    or inner and all(x.strip(STRIP) in ANSWER_WORDS for x in inner):
                break  # a quotation opens: the content, not the name ("وقال مدير المرصد «شوهد …» مضيفا", "«نعم»")
        end = start + m.start() + len(w.rstrip('",.:؛;،'))
        n += 1
        closes_name = w.endswith('"') and norm[start:start + m.end()].count('"') % 2 == 0
        if w.endswith(("،", ",", ":")) or (w.endswith('"') and not closes_name) or n >= max_words or glued:
            break
    return start, end if n else start


# Capitals and cities written in two or three words that the news names for their governments or people ("ونفت
# إسلام آباد الاتهامات", "وقالت بيونغ يانغ إن …"): a subject never stops inside one. The gazetteer's own names of
# more than one word count too (it leaves out capitals named for governments, so they are listed here).
CITY_NAMES = """إسلام آباد|اسلام اباد|نيو دلهي|بيونغ يانغ|بيونج يانج|تل أبيب|أبو ظبي|أبو ظبى|عين العرب|رام الله|كوالا لمبور|
بوينس آيرس|بوينس ايرس|أديس أبابا|دار السلام|سان فرانسيسكو|لوس أنجلوس|لوس انجلوس|هونغ كونغ|هونج كونج|سان بطرسبرغ|
ريو دي جانيرو|كيب تاون|نيو يورك|مكسيكو سيتي|بندر عباس|مزار شريف|جلال آباد|سانت بطرسبرغ|شرم الشيخ|الدار البيضاء"""


def _city_name_re() -> re.Pattern:
    names = {normalize(n.strip()) for n in CITY_NAMES.split("|")}
    names |= {normalize(n) for ar, _en, alts in GAZETTEER.values() for n in (ar, *alts)}
    names = {n for n in names if " " in n}
    return re.compile(r"[وف]?(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w])")


CITY_NAME_RE = _city_name_re()


# A kunya is one name of two words: "أم فهد", "أبو محمد" ("mother/father of …").
KUNYA_RE = re.compile(r"(?:ام|ابو|ابي|ابا)\s+(?!ال)[^\s،.:\"]{2,}")


def city_name_end(norm: str, np0: int, limit: int) -> int | None:
    """Where a city named in more than one word, or a kunya, that opens the noun phrase at np0 ends, or None."""
    m = CITY_NAME_RE.match(norm, np0, limit) or KUNYA_RE.match(norm, np0, limit)
    return m.end() if m else None

