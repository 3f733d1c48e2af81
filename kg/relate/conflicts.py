"""Conflicts between claims across a corpus that the headline model does not see (graph only).

The model learned from headline pairs (one story, a headline and its rewrite). Across a corpus of
news, the contradictions a fact-checker wants look different (tests/gold/relations, 26 hand-found
cross-outlet conflicts): one outlet reports an event and another source denies it days later in
other words («خطفت جبهة النصرة ثمانية …» vs «نفت وزارة الدفاع الأمريكية خطف جبهة النصرة …»), or
two reports of one event give different counts («ثلاث طائرات» vs «أربع مقاتلات»). Two rules read
them, each with the words it rests on in `why`:

- `denial_conflict`: a denied claim (its polarity, or «لا صحة», «نفت» in it) against a claim of another
  source that says the proposition it denies: its act and a participant of the act (`denies_the_proposition`),
  and most of its rare words, within a week, the report not later;
- `count_conflict`: one day, one thing counted (the same noun, or nouns of one class: fighters,
  aircraft…; the dead are not the dead and wounded) after the same verb, different numbers, two sources,
  about the same event (rare words shared, a shared place or a word as rare as a name; no place or country
  named on each side apart); numbers as `number_at` reads them (teens, scale words, ranges; since session 19);
- `cause_conflict`: one explosion, one place, one day, two sources: an attack (car bomb, suicide bomber)
  against an accident (munitions blowing up, demining);
- `inclusion_conflict`: "X includes Y" against "X will not include Y" (the negator on the verb itself).

`graph_contradiction_rail` is the other side: a contradiction of the model or the rules in the graph
must be one of those shapes in time — a polarity conflict needs a negation that reaches a shared
word; an antonym or "over vs. going on" conflict needs the two claims within a day.
`conflict_prone` says which claims the candidate step (kg.relate.candidates.conflict_pairs) pairs
by shared rare words, beyond the event blocks and the neighbours by meaning. Measured on the corpus
(seed + 449 SaudiNewsNet articles; tests/gold/graph-contradictions-sample-3): 11 stored
contradictions, 9 correct and 2 doubtful, where main stored 5 with 2 correct; with the cause and
inclusion rules and the wider pairing (tests/gold/graph-contradictions-sample-5, rules-only ingest):
23 stored, 21 correct and 2 doubtful. On fresh news (tests/gold/graph-relations-sample-6, 598 articles) every
stored contradiction of these rules was wrong or doubtful: a denial matched by content words of two propositions,
«كذب على» (lied to) read as a denial, tolls of two countries or of the dead against the dead and wounded; the checks
of one proposition above were written after reading them (and sample 5's fresh check), so those sets are no longer
blind to them.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..model import Relation
from ..places import apart, overlap, places_in
from ..speakers import HONORIFICS, OFFICE_WORDS
from ..text import light_stem, normalize
from .claims import ClaimFacts, _entities, places_differ
from .contradiction_rails import _DENIAL_CUE, _SAME_ACT, _root, both_deny_rail, model_contradiction_rail
from .explanation import _w
from .lexicon import _COUNTRY_NAME, _ENT_SINGLE, _NOT_NEGATING, _STOP, _strip_proclitic, skeleton
from .rails import _idf

METHOD = "conflict-rules-v1"
RARE_IDF = 3.0  # a stem in fewer than ~1,500 of SaudiNewsNet's 31k articles: it names a thing, not a topic
DENIAL_DAYS = 7  # a denial answers a report within a week (the hand-found ones: up to 6 days)
SAME_EVENT_DAYS = 1  # counts, antonyms and "over vs. going on" hold for one day's news
NEGATION_REACH = 6  # tokens a negator reaches forward ("لن تشمل فرض منطقة حظر طيران")
MIN_RARE = 2  # rare shared stems a conflict needs (one shared name is not one event)
NAMED_IDF = 6.0  # a stem this rare (in under ~80 of 31k articles) names one place, person or event
ANSWER_DAYS = 1  # a denial may be dated this much before the report it answers (one outlet prints it late)
DENIED_COVERED = 0.4  # idf-weighted share of the denied words the asserting claim must have
ASSERTED_COVERED = 0.1  # and of the asserting claim's own words that the denial has
REPORTED_ACT_REACH = 5  # tokens after «اتهامات» where the act reported stands («اتهامات وحدات الحماية الكردية بقصف»)

# negators whose scope is the words after them; "لا" + a definite noun is "X, not Y" (contrast), not negation
_NEGATORS = {"لم", "لن", "ليس", "ليست", "لا", "عدم", "دون", "بدون"}
_CLAUSE_END = {"بل", "لكن", "ولكن", "وانما", "انما", "الا", "بينما", "فيما", "حيث", "كما"}
# a denied claim's content ends where the sentence turns to its source or to another fact
_SOURCE_CLAUSE = {"خلافا", "بحسب", "حسب", "وفق", "وفقا", "كما", "وقت", "بينما", "فيما", "حين"}

_NUMBER_WORDS = {
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5,
    "خمسه": 5, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9,
    "عشر": 10, "عشره": 10, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "اربعون": 40,
    "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70, "ثمانين": 80, "ثمانون": 80,
    "تسعين": 90, "تسعون": 90, "مئه": 100, "مائه": 100,
    # normalized text (kg.text.normalize) writes «مئة» «ميه», «مائتين» «مايتين»: the forms above never matched
    "ميه": 100, "مايه": 100, "ميتين": 200, "مايتين": 200, "ميتان": 200, "مايتان": 200,
}
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_COUNT_DIGITS = re.compile(r"[وفب]?(\d+)")
# a bound is not a count ("at least nine", "about 100")
_APPROX = {"نحو", "قرابه", "حوالي", "اكثر", "اقل", "زهاء", "عشرات", "مئات", "الاف", "الاقل", "يقارب", "ما", "يزيد",
           "يفوق", "يقل", "تقل", "اصل", "فاق"}
# counted things of one class (normalized surface forms without proclitics): a report of "seven members"
# and one of "17 fighters" count the same people; "مقاتلات" are aircraft, not fighters
_COUNT_CLASS = {
    **{w: "fighters" for w in "عناصر عنصر عنصرا مقاتلين مقاتلا مقاتل مسلحين مسلحا جنود جنديا جندي".split()},
    **{w: "aircraft" for w in "طايرات طايره مقاتلات مقاتلتين طايرتين".split()},
    **{w: "killed" for w in "قتلي قتيلا قتيل".split()},
    **{w: "wounded" for w in "جرحي جريحا جريح مصابين".split()},
    **{w: "children" for w in "اطفال طفلا طفل".split()},
    **{w: "women" for w in "نساء سيده سيدات امراه".split()},
}
_SKIP_TO_NOUN = {"من"}  # "17 من مقاتليه"
# A toll of the killed and the wounded together («بمقتل وجرح 110», «110 بين قتيل وجريح») counts other people than a
# toll of the dead («قتلى داعش ارتفع إلى 25»): seen on fresh news, stored as one count against the other.
_KILLED_WORDS = {"مقتل", "قتل", "قتلي", "قتيل", "قتيلا", "مصرع", "سقوط"}
_WOUNDED_WORDS = {"جرح", "اصابه", "جرحي", "جريح", "جريحا", "اصابات", "مصابين"}
BOTH_TOLL_REACH = 3  # tokens before a count («بمقتل وجرح 110») or after it («بين قتيل وجريح») that say a joint toll


# stems that name a country, capital or leader (kg.relate.lexicon's entity index), and dates: shared,
# they say two claims are about one country or month, not about one event
_DATE_STEMS = frozenset(light_stem(normalize(w)) for w in """يناير فبراير براير مارس ابريل مايو يونيو يوليو اغسطس
    سبتمبر اكتوبر نوفمبر ديسمبر شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين كانون السبت الاحد الاثنين الثلاثاء
    الاربعاء الخميس الجمعه""".split())
_ENTITY_STEMS = frozenset(light_stem(w) for w in list(_ENT_SINGLE) + list(_COUNTRY_NAME)) | frozenset(
    light_stem(normalize(w)) for w in "بشار سوري سوريه سوريا السوري السوريه اسد".split()) | _DATE_STEMS


def _generic(stem: str) -> bool:
    """Stop-like or numeric stems that say nothing about which event."""
    return stem.isdigit() or stem in _STOP or len(stem) < 2


def _days(date_a: str | None, date_b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(str(date_a)[:10]) - date.fromisoformat(str(date_b)[:10])).days)
    except ValueError:
        return None


def _after(later: str | None, earlier: str | None) -> int:
    """Days from `earlier` to `later` (0 when either is unknown)."""
    try:
        return (date.fromisoformat(str(later)[:10]) - date.fromisoformat(str(earlier)[:10])).days
    except ValueError:
        return 0


def _within(date_a: str | None, date_b: str | None, days: int) -> bool:
    d = _days(date_a, date_b)
    return d is None or d <= days


# «again»: a report that the act happened once more («خطفت جبهة النصرة من جديد خمسة مقاتلين»)
_ANEW = re.compile(r"(?<!\w)(?:من جديد|مجددا|مره اخري|مره ثانيه)(?!\w)")


def repeated_after(other: ClaimFacts, date_other: str | None, date_neg: str | None) -> bool:
    """The other claim, reported after the denial, tells the act happening again: a new occurrence the earlier
    denial cannot have been about (the corpus: the Pentagon's denial of 31 July that Nusra took Division 30's men,
    against the report of 4 August that Nusra took five more «من جديد»)."""
    return _after(date_other, date_neg) > 0 and bool(_ANEW.search(normalize(other.text)))


@lru_cache(maxsize=65536)
def _rare(stem: str) -> bool:
    return not stem.isdigit() and _idf(stem) >= RARE_IDF


# prepositions and particles that carry a pronoun («بينهم»، «منهم»، «عليها»): their light stems («ينهم») are rare
# in the idf table, but they name nothing (seen on fresh news: «… بينهم قياديان» on both sides of two tolls in two
# countries was taken as a sign of one event)
_FUNCTION = _STOP | {"بين", "لدي", "حول", "ضد", "خلال", "امام", "وراء", "فوق", "تحت", "دون", "لكن", "نفس", "ذات"}
_PRONOUN_SUFFIX = re.compile(r"(?:هما|هم|هن|ها|ه|كم|نا)$")


@lru_cache(maxsize=65536)
def _function_word(tok: str) -> bool:
    """A preposition or particle, bare or with a clitic and a pronoun («بينهم»، «ومنهم»، «عليها»)."""
    bare = _strip_proclitic(tok)
    return any(w in _FUNCTION or _PRONOUN_SUFFIX.sub("", w) in _FUNCTION for w in (tok, bare))


def rare_stems(f: ClaimFacts) -> frozenset[str]:
    """The claim's rare stems, leaving out those it only has as function words («بينهم» → «ينهم»)."""
    content = {s for t, s in f.stem_of.items() if not _function_word(t)}
    return frozenset(s for s in content if _rare(s))


def rare_shared(a: ClaimFacts, b: ClaimFacts) -> list[str]:
    """Rare stems both claims have, rarest first (ties by the stem, so `why` is stable)."""
    return sorted(rare_stems(a) & rare_stems(b), key=lambda s: (-_idf(s), s))


def denied(f: ClaimFacts) -> bool:
    """The claim as a whole is denied: its polarity, or a denial phrase («لا صحة», «نفت») in it."""
    return f.denied or bool(_DENIAL_CUE.search(" ".join(f.toks)))


def negated_stems(f: ClaimFacts) -> tuple[frozenset[str], list[str]]:
    """The stems a claim denies or negates, and the words that do it: every stem of a denied
    claim; otherwise those a negator reaches (up to NEGATION_REACH tokens, not past a clause end)."""
    if denied(f):  # all its words, up to "contrary to what X said" and the like
        end = next((i for i, t in enumerate(f.toks) if t in _SOURCE_CLAUSE), len(f.toks))
        return (frozenset(f.stem_of[t] for t in f.toks[:end] if t in f.stem_of),
                ["denied"] if f.denied else _DENIAL_CUE.findall(" ".join(f.toks)))
    out: set[str] = set()
    words: list[str] = []
    toks = f.toks
    for i, t in enumerate(toks):
        if t not in _NEGATORS or i + 1 >= len(toks) or toks[i + 1] in _NOT_NEGATING:
            continue
        if t == "لا" and toks[i + 1].startswith("ال"):
            continue  # "تخدم مصالح أنقرة لا القتال ضد النظام": contrast, not a negation
        reached = []
        for u in toks[i + 1:i + 1 + NEGATION_REACH]:
            if u in _CLAUSE_END or _strip_proclitic(u) in _CLAUSE_END:
                break
            if u in f.stem_of:
                reached.append(f.stem_of[u])
        if reached:
            out.update(reached)
            words.append(t)
    return frozenset(out), words


_SAYS_NOT = {"غير", "لا", "لم", "لن", "ليس", "ليست", "عدم"}
SAYS_NOT_REACH = 2  # «غير مرتبطة»، «ولا تستلم أي توجيهات»: the negator right before the word


def says_not(f: ClaimFacts, stems: set[str]) -> bool:
    """A negator (with «غير», which `negated_stems` leaves to the model) stands right before one of `stems`: the claim
    says no about it (seen on 600 fresh articles: «… وغير مرتبطة بحزب العمال» against a denial that the group is
    «مرتبطة تنظيميًا بحزب العمال» — both say no, stored as a contradiction)."""
    toks = f.toks
    return any(_strip_proclitic(t) in _SAYS_NOT or t in _SAYS_NOT
               for i, t in enumerate(toks)
               for u in toks[i + 1:i + 1 + SAYS_NOT_REACH] if f.stem_of.get(u) in stems)


def _weight(stems) -> float:
    return sum(_idf(x) for x in stems)


def _roots(f: ClaimFacts) -> dict[str, str]:
    """Stem → rough root (kg.relate.lexicon.skeleton), so «خطفت»/«خطف» and «تدريبات»/«لتدريب» match, and
    the words of one act («أسر»، «اعتقال»، «خطف») are one."""
    return {x: _root(x) for x in f.all_stems}


_EXISTENCE = {"وجود", "حصول", "تكون", "يكون", "كون", "قيام", "اي", "ان", "انه", "انها", "قد", "اطلاقا"}


# What is denied is often named as a report of it: «نفت أنقرة اتهامات الوحدات الكردية بقصف …» denies the shelling,
# «نفى الأنباء عن وصول قوات …» the arrival, «نفى ما تردد عن لقاء …» the meeting
_ACCUSATIONS = {"اتهامات", "اتهام", "ادعاءات", "مزاعم"}  # these name the act with «ب»: «اتهامات … بقصف»
_REPORT_WORDS = _ACCUSATIONS | {"انباء", "تقارير", "تقرير", "اخبار", "شايعات", "روايه", "معلومات", "تصريحات", "تحدثت",
                                "تحدث", "تفيد", "افادت", "اشارت", "تشير", "تردد", "يتردد", "نشر", "نشرت", "ذكر", "ذكرت",
                                "اشيع", "تداول", "تداولت", "تناقلت", "زعمت", "زعم", "قالت"}


def _denied_head(f: ClaimFacts) -> str | None:
    """What a denial denies first: the masdar or verb that heads the denied clause («نفت خطف …» →
    خطف); for a denial of existence («نفى وجود منطقة حظر …», «أن تكون القوات …») the word after; for a
    denial of a report («الأنباء عن وصول …», «ما تردد عن لقاء …») the act it reports: after an accusation
    the word with «ب» («اتهامات وحدات الحماية الكردية بقصف …»), else the first word after the report's."""
    from .person_names import person_names
    who = person_names(f)  # «الرئيس التونسي الباجي قائد السبسي …»: who, not the act
    toks = [t for t in f.toks if t in f.stem_of and t not in _EXISTENCE and _strip_proclitic(t) not in _EXISTENCE
            and f.stem_of[t] not in _ENTITY_STEMS  # who or when («تركيا لم تقم …»), not what is denied
            and t not in OFFICE_WORDS and t not in HONORIFICS and f.stem_of[t] not in who]
    framed = 0
    while framed < len(toks) and _strip_proclitic(toks[framed]) in _REPORT_WORDS:
        framed += 1
    if not toks or framed == len(toks):
        return toks[0] if toks else None
    rest = toks[framed:]
    if framed and _strip_proclitic(toks[0]) in _ACCUSATIONS:
        return next((t for t in rest[:REPORTED_ACT_REACH] if t.startswith("ب") and len(t) > 3), rest[0])
    return rest[0]


PARTICIPANT_REACH = 3  # content words after the denied act where its participants stand («خطف جبهة النصرة مقاتلين»)


# «على وجه الخصوص», «على وجه التحديد», «بوجه عام»: «وجه» in a manner phrase names no act (its rough root is that of
# «التوجه», «مواجهة»); fresh sample C of session 21 stored «التوجه» denied against «… على وجه الخصوص»
_MANNER_AFTER = {"الخصوص", "التحديد", "العموم", "السرعه", "الاطلاق", "التقريب", "عام", "خاص"}


def _manner_word(toks: list[str], i: int) -> bool:
    """toks[i] is «وجه» of a manner phrase («على وجه الخصوص», «بوجه عام»)."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    return nxt in _MANNER_AFTER and (t == "بوجه" or t == "وجه" and i > 0 and toks[i - 1] in ("علي", "وعلي"))


def _act_roots(f: ClaimFacts) -> set[str]:
    """Rough roots of the claim's words that can say what is denied: not the names of countries, leaders or dates
    («الجمعة» is when, and shares its rough root with «المجموعة»), nor «وجه» of a manner phrase (`_manner_word`)."""
    return {_root(t) for i, t in enumerate(f.toks) if f.stem_of.get(t) not in _ENTITY_STEMS
            and not _manner_word(f.toks, i)}


def denied_participants(f: ClaimFacts, head: str) -> list[str]:
    """The words that say who or what the denied act is about: the first PARTICIPANT_REACH content words after it
    (an Arabic masdar or verb takes its subject, object and adjectives after it: «خطف جبهة النصرة لمقاتلين»,
    «التدمير الذري الذي حدث في المدينتين»), leaving out words of the same act («أسر أو اعتقال») and names of
    countries, leaders or dates (they say where or when, not which event)."""
    at = f.toks.index(head)
    act = _root(head)
    out: list[str] = []
    for t in f.toks[at + 1:]:
        if t in _SOURCE_CLAUSE or t in _CLAUSE_END or _strip_proclitic(t) in _CLAUSE_END:
            break
        s = f.stem_of.get(t)
        if s is None or _generic(s) or _function_word(t) or t in _EXISTENCE or _root(t) == act:
            continue
        if s not in _ENTITY_STEMS:
            out.append(t)
        if len(out) == PARTICIPANT_REACH:
            break
    return out


def denies_the_proposition(neg_f: ClaimFacts, other: ClaimFacts) -> str | None:
    """The denied act (kg.relate.conflicts._denied_head) when the other claim says it (by rough root: «خطفت» is
    «خطف») and one of its participants (`denied_participants`, by light stem); None when it does not: shared
    content words alone are not the same proposition (seen on fresh news: al-Sisi's «إطالة الصراع ستؤدي إلى تدمير
    البنية التحتية» against a denial that «التدمير الذري الذي حدث في المدينتين» was needed: the destruction of other
    things)."""
    head = _denied_head(neg_f)
    if head is None or _root(head) not in _act_roots(other) or countries_differ(neg_f, other):
        return None
    participants = denied_participants(neg_f, head)
    if _denies_existence(neg_f, head):
        # «نفى وجود شرطة فضائيين في معسكر …» denies ghost police, not the police or the camp: the word right after
        # the thing is what it is said not to be
        participants = participants[:1]
    # a participant is the same word (its light stem), not a word of the same rough root: «تنظيميًا»
    # (organizationally) is not «تنظيم» (an organization), though one skeleton
    if not any(neg_f.stem_of[t] in other.all_stems for t in participants):
        return None
    return head


def _denies_existence(f: ClaimFacts, head: str) -> bool:
    """The denial is of a thing's existence: «وجود» stands just before the denied head («نفى وجود منطقة حظر …»)."""
    at = f.toks.index(head)
    return at > 0 and f.toks[at - 1] in ("وجود", "بوجود", "لوجود")


_COUNTRIES = frozenset(_COUNTRY_NAME.values())


def _countries_named(toks: list[str]) -> frozenset[str]:
    """The countries a stretch of words names, by name, capital or nationality («الجنسية السعودية», «السوري»)."""
    return frozenset(e for e in _entities(toks) if e in _COUNTRIES)


def countries_differ(neg_f: ClaimFacts, other: ClaimFacts) -> bool:
    """The denied clause names a country the other claim does not, and the other names one the denial does not: the
    other says something else about whom or where, and may agree with the denial (the ambassador denies the killer
    «يحمل الجنسية السعودية»; the investigators call him «الإعلامي السوري»; seen on fresh news, sample 14). A
    country only one side names («مقتل أي مدنيين أفغان» against «مقتل خمسة مدنيين») is no evidence either way."""
    mine, theirs = _countries_named(_denied_part(neg_f).split()), other.entities & _COUNTRIES
    return bool(mine - theirs) and bool(theirs - mine)


@lru_cache(maxsize=65536)
def _own_places(text: str) -> frozenset[str]:
    return frozenset(places_in(text))


def own_places_differ(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Both claims' own words name places, and none is shared. A denial names the accusation, not where
    it happened, and its sentence's places are often the denier's («نفت أنقرة اتهامات … بقصف … قرية
    حدودية»: Ankara, against Jarabulus in the report it denies), so the places of the claims' contexts
    (`places_differ`) are no evidence against a denial."""
    return apart(_own_places(_denied_part(a)), _own_places(_denied_part(b)))


def _denied_part(f: ClaimFacts) -> str:
    """A denied claim's words up to where its sentence turns to a source or another fact («… في وقت انتزع
    فيه الأكراد السيطرة على بلدة صرين»: Sarrin is not where the denied shelling was); others whole."""
    if not denied(f):
        return f.text
    end = next((i for i, t in enumerate(f.toks) if t in _SOURCE_CLAUSE), len(f.toks))
    return " ".join(f.toks[:end])


def _numbered(f: ClaimFacts) -> frozenset[str]:
    """A word with a number right after it («الفرقة 30», «اللواء 93»): a name, as rare as one."""
    toks = f.toks
    return frozenset(f"{f.stem_of[t]} {u}" for t, u in zip(toks, toks[1:])
                     if t in f.stem_of and not t.isdigit() and u.translate(_DIGITS).isdigit())


def pairing_keys(f: ClaimFacts) -> frozenset[str]:
    """What the conflict candidates pair claims by (kg.relate.candidates.conflict_pairs): rare stems, words
    with their number («الفرقة 30»), the act of taking people whatever the word («أسر»، «خطف») and what an
    inclusion verb names, synonyms as one («حظر جوي» = «حظر طيران»)."""
    acts = frozenset(f"act:{r}" for r in _roots(f).values() if r in _SAME_ACT.values())
    included = frozenset(f"inc:{x}" for _, what in _inclusions(f) for x in what if _rare(x) or x == _FLIGHT)
    return rare_stems(f) | _numbered(f) | acts | included


def denial_conflict(a: ClaimFacts, b: ClaimFacts, date_a: str | None = None,
                    date_b: str | None = None, same_source: bool = False) -> Relation | None:
    """One claim denies what the other asserts, within DENIAL_DAYS: the denied claim (its polarity, or
    a denial phrase in it) shares its words largely with the other claim (idf-weighted share ≥
    DENIED_COVERED, words matched by their rough root), the other claim is partly about them (≥
    ASSERTED_COVERED of its own weight), at least MIN_RARE rare words that are not names of countries,
    leaders or dates are among them, and the report is not later than the denial (ANSWER_DAYS).
    A negator particle is not enough (on the corpus, «لن/لا/ليس» against a report sharing rare words
    was right 3 times in 20: a policy or opinion said in the negative, not a denial); a question
    denies nothing. The denial must be of the other claim's proposition: its act and a participant of the act
    (`denies_the_proposition`). One source's report and its own denial are a correction, not a conflict
    between sources."""
    if same_source or not _within(date_a, date_b, DENIAL_DAYS) or own_places_differ(a, b):
        return None
    if denied(a) == denied(b):
        return None  # neither is denied, or both are
    first = denied(a)
    neg_f, other = (a, b) if first else (b, a)
    if "؟" in neg_f.text or "?" in neg_f.text:
        return None
    neg, words = negated_stems(neg_f)
    date_neg, date_other = (date_a, date_b) if first else (date_b, date_a)
    if _after(date_other, date_neg) > ANSWER_DAYS:
        return None  # a denial answers what was said before it (or the same day), not a later report
    if repeated_after(other, date_other, date_neg):
        return None  # a later report of the act happening again: another occurrence
    neg_root, other_root = _roots(neg_f), _roots(other)
    other_roots = set(other_root.values())
    neg = frozenset(x for x in neg if not _generic(x))
    shared = frozenset(x for x in neg if neg_root[x] in other_roots)
    reached = sorted((x for x in shared if _rare(x) and x not in _ENTITY_STEMS), key=lambda x: (-_idf(x), x))
    reached += sorted(_numbered(neg_f) & _numbered(other))  # «الفرقة 30» on both sides names one unit
    if len(reached) < MIN_RARE or _weight(shared) < DENIED_COVERED * _weight(neg):
        return None
    from .person_names import person_names
    if not set(reached) - person_names(neg_f):
        return None  # only the name of the person the denial is about: who, not which claim («الباجي قائد السبسي»)
    if negated_stems(other)[0] & set(reached) or says_not(other, set(reached)) \
            or both_deny_rail(a, b) is not None:
        return None  # the other claim negates them too («غير مرتبطة» against a denial of «مرتبطة»): both say no
    if denies_the_proposition(neg_f, other) is None:
        return None  # the other claim does not say what is denied (its act and who or what it is about)
    neg_roots = {neg_root[x] for x in neg}
    own = frozenset(x for x in other.all_stems if not _generic(x))
    if _weight(x for x in own if other_root[x] in neg_roots) < ASSERTED_COVERED * _weight(own):
        return None
    who = "the first" if first else "the second"
    how = "is denied" if words == ["denied"] else f"negates them ({_w(words, 2)})"
    return Relation("contradicts", round(min(0.9, 0.6 + 0.05 * len(reached)), 4),
                    f"one claim asserts what the other denies: {who} {how} about words both share "
                    f"({_w(reached)})", METHOD)


def count_class(noun: str) -> str | None:
    """The count class of a counted noun (proclitics stripped), a possessive dropped: «مقاتليه» is «مقاتلين»."""
    noun = re.sub(r"(?:ه|هم|ها)$", "", noun) if noun not in _COUNT_CLASS else noun  # مقاتليه → مقاتلي
    return _COUNT_CLASS.get(noun) or _COUNT_CLASS.get(noun + "ن") or _COUNT_CLASS.get(noun + "ه")


# Numbers said in more than one token (issue 13, the passage layer's figure reader and `_counted` read them alike):
# a unit before «عشر» is a teen («ثلاثة عشر» is 13, not 3 then 10), a scale word multiplies («3 آلاف» is 3,000, «1.5
# مليون» — tokens «1» «5» «مليون» — 1,500,000, «مليون ونصف» 1,500,000), and the vague plurals are ranges («عشرات» 10–99,
# «مئات» 100–999, «آلاف» 1,000–999,999, «عشرات الآلاف» 10,000–99,999): no exact figure, but not any figure either.
_TEEN_UNITS = {**{w: n for w, n in _NUMBER_WORDS.items() if n < 10}, "احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2}
_TEN = {"عشر", "عشره"}
_SCALE = {"الف": 1000, "الفا": 1000, "الاف": 1000, "الالاف": 1000, "مليون": 10 ** 6, "ملايين": 10 ** 6,
          "مليار": 10 ** 9, "مليارات": 10 ** 9}
_BARE_SCALE = {"الف": 1000, "مليون": 10 ** 6, "مليار": 10 ** 9}  # «مليون شخص» is one million
_VAGUE = {"عشرات": (10, 99), "مئات": (100, 999), "الاف": (1000, 999999), "الالاف": (1000, 999999)}
_HALF = {"ونصف"}


def _one_token(t: str) -> int | None:
    digits = _COUNT_DIGITS.fullmatch(t.translate(_DIGITS))  # "12", "و12"
    return int(digits.group(1)) if digits else _NUMBER_WORDS.get(_strip_proclitic(t))


def _ranged(toks: list[str], i: int) -> bool:
    """`toks[i]` opens a range «بين 10 و15»: «بين» before it, «و» and a number after it."""
    return 0 < i < len(toks) - 1 and _strip_proclitic(toks[i - 1]) == "بين" and _one_token(toks[i]) is not None \
        and toks[i + 1].startswith("و") and _one_token(toks[i + 1][1:]) is not None


def number_at(toks: list[str], i: int) -> tuple[int, int, int] | None:
    """(low, high, last token) of the number that starts at `toks[i]` (low == high: an exact number), None when no
    number starts there: «عشر» after a unit and the second half of a split decimal belong to the number before."""
    t = toks[i]
    bare = _strip_proclitic(t)
    prev = toks[i - 1] if i else ""
    if bare in _TEN and prev in _TEEN_UNITS or t.isdigit() and prev.isdigit() or _ranged(toks, i - 1):
        return None
    if bare in _VAGUE and not (prev and _one_token(prev) is not None) and _strip_proclitic(prev) not in _VAGUE:
        low, high = _VAGUE[bare]
        if bare in ("عشرات", "مئات") and i + 1 < len(toks) and _strip_proclitic(toks[i + 1]) in ("الاف", "الالاف"):
            return low * 1000, high * 1000, i + 1
        return low, high, i
    if bare in _BARE_SCALE and not (prev and _one_token(prev) is not None):
        n, scale, end = 1, _BARE_SCALE[bare], i
    else:
        n = _TEEN_UNITS.get(bare) if i + 1 < len(toks) and toks[i + 1] in _TEN else _one_token(t)
        if n is None:
            return None
        end = i
        if i + 1 < len(toks) and toks[i + 1] in _TEN:
            n, end = 10 + n, i + 1
        elif _ranged(toks, i):  # «بين 10 و15 شخصا»: one figure between the two
            return n, _one_token(toks[i + 1][1:]), i + 1
        elif t.isdigit() and i + 2 < len(toks) and toks[i + 1].isdigit() and toks[i + 2] in _SCALE:
            n, end = float(f"{t}.{toks[i + 1]}"), i + 1  # «1.5 مليون»: the tokenizer splits the decimal
        scale = _SCALE.get(_strip_proclitic(toks[end + 1])) if end + 1 < len(toks) else None
        if scale is None:
            return n, n, end
        end += 1
    if end + 1 < len(toks) and toks[end + 1] in _HALF:  # «مليون ونصف», «3 ملايين ونصف»
        n, end = n + 0.5, end + 1
    return int(n * scale), int(n * scale), end


def numbers_counting(toks: list[str]) -> list[tuple[int, int, int, int, int]]:
    """(start, last, low, high, noun) for each number of `toks` and the token it counts: the one right after it, past
    «من» («17 من مقاتليه»). kg.relate.passage_signals.counted_figures and `_counted` read counts through it."""
    out = []
    for i in range(len(toks)):
        got = number_at(toks, i)
        if got is None:
            continue
        low, high, end = got
        j = end + 1
        while j < len(toks) and toks[j] in _SKIP_TO_NOUN:
            j += 1
        if j < len(toks):
            out.append((i, end, low, high, j))
    return out


def _counted(f: ClaimFacts) -> list[tuple[int, str, int]]:
    """(position, class, number) of each count in the claim ("ثمانية عناصر" → fighters 8), bounds and vague counts
    («عشرات») left out."""
    out = []
    toks = f.toks
    for i, end, n, high, j in numbers_counting(toks):
        if n != high or _APPROX & set(toks[max(0, i - 3):i]):  # "أكثر من 27", "لا يقل عن 12"
            continue
        if i and _strip_proclitic(toks[i - 1]) in _WOUNDED_WORDS and not _joint_toll(toks, i):
            continue  # «استشهاد ثلاثة وإصابة سبعة من عناصر …»: seven wounded, not seven of the dead
        if "الاقل" in toks[j + 1:j + 4]:  # "27 شخصا على الأقل"
            continue
        cls = count_class(_strip_proclitic(toks[j]))
        if cls:
            out.append((i, cls + " killed or wounded" if _joint_toll(toks, i) else cls, n))
    return out


def _joint_toll(toks: list[str], i: int) -> bool:
    """The count at `i` is of the killed and the wounded together: both words just before it («بمقتل وجرح 110»,
    «قتلى وجرحى»), or «بين قتيل وجريح» just after it."""
    for window in (toks[max(0, i - BOTH_TOLL_REACH):i], toks[i + 1:i + 1 + 2 * BOTH_TOLL_REACH]):
        bare = {_strip_proclitic(t) for t in window} | set(window)
        if bare & _KILLED_WORDS and bare & _WOUNDED_WORDS:
            return True
    return False


def counts(f: ClaimFacts) -> dict[str, set[int]]:
    """Counted things → the numbers given for them ("ثمانية عناصر" → {"fighters": {8}}), bounds left out."""
    out: dict[str, set[int]] = {}
    for _, cls, n in _counted(f):
        out.setdefault(cls, set()).add(n)
    return out


def _count_positions(f: ClaimFacts, cls: str) -> list[int]:
    return [i for i, c, _ in _counted(f) if c == cls]


# The words of any toll («مقتل 33 مسلحاً», «أوقع 30 قتيلاً», «250 كم شمال بغداد»): shared, they say two claims
# count dead, not that they count one event's (seen on 600 fresh articles: four Iraqi tolls of different
# places paired by «مقتل، مسلحا»).
_TOLL_STEMS = frozenset(light_stem(w) for w in list(_COUNT_CLASS) + "مقتل اوقع اسفر كم مسلحا عنصرا اصابه".split())

COUNT_CONTEXT = 6  # tokens before a count where its verb stands ("وخطفت قائد الفرقة نديم الحسن مع 17")


def _count_context(f: ClaimFacts, cls: str) -> set[str]:
    """Rough roots of the content words just before each count of `cls`: the same verb on both sides
    («خطفت … ثمانية» / «خطفت … 17») says one act was counted; «استشهاد 9 مقاتلين» against «مقتل 30
    عنصراً» counts two sides' dead."""
    out: set[str] = set()
    for i in _count_positions(f, cls):
        out |= {skeleton(t) for t in f.toks[max(0, i - COUNT_CONTEXT):i] if t in f.stem_of}
    return out


def _named_apart(a: ClaimFacts, b: ClaimFacts) -> bool:
    """The claims' own words name places, or countries, and none is shared: two events (a toll near Ramadi in Iraq
    and one on the Afghan border; Mosul and Falluja), whatever the places of their contexts."""
    return apart(_own_places(a.text), _own_places(b.text)) or bool(a.countries and b.countries and not a.countries & b.countries)


def count_conflict(a: ClaimFacts, b: ClaimFacts, date_a: str | None = None, date_b: str | None = None,
                   same_source: bool = False) -> Relation | None:
    """The same day, the same thing counted (a toll of the dead is not one of the dead and wounded), different
    numbers, about one event (rare words shared, and a shared place or a word as rare as a name; no place or
    country named on each side that the other does not name), told by two sources: one source's new count is
    an update of its toll (seen on the corpus: the Observatory's 170 then 173 civilians)."""
    if same_source or not _within(date_a, date_b, SAME_EVENT_DAYS) or places_differ(a, b) or _named_apart(a, b):
        return None
    from .sums import coordinated_totals
    ca, cb = counts(a), counts(b)
    sa, sb = coordinated_totals(a.toks), coordinated_totals(b.toks)  # «ضابط وثلاثة جنود» is four: a total of four
    clash = [(k, ca[k], cb[k]) for k in sorted(ca.keys() & cb.keys()) if not ca[k] & (cb[k] | sb)
             and not cb[k] & sa and _count_context(a, k) & _count_context(b, k)]
    rare = [x for x in rare_shared(a, b) if x not in _ENTITY_STEMS and x not in _TOLL_STEMS]
    if not clash or len(rare) < MIN_RARE or a.negated != b.negated:
        return None
    if not (overlap(a.places, b.places) or _idf(rare[0]) >= NAMED_IDF):
        return None  # one event: a shared place, or a word as rare as a name (سروج، نديم)
    k, x, y = clash[0]
    return Relation("contradicts", round(min(0.85, 0.55 + 0.05 * len(rare)), 4),
                    f"different counts of the same thing ({k}: {', '.join(map(str, sorted(x)))} vs "
                    f"{', '.join(map(str, sorted(y)))}) on the same day, about one event ({_w(rare)})", METHOD)


# What set off an explosion: an attack (a car bomb, a suicide bomber) or an accident (munitions blowing up,
# demining, a gas leak). Normalized text (kg.text.normalize), matched as phrases.
_ATTACK_CAUSE = re.compile(r"(?<!\w)(?:[وبل]?(?:ال)?سيار(?:ه|ات) (?:ال)?(?:مفخخه|ملغومه)|[وبل]?(?:ال)?(?:شاحنه|صهريج) "
                           r"(?:ال)?(?:مفخخه|ملغومه)|(?:ال)?انتحاري(?:ه|ا|ون|ين)?|(?:ب)?حزام ناسف)(?!\w)")
# A depot alone is no accident («قصف … مخازن للأسلحة» is an air strike, seen on 600 fresh articles): only its
# blowing up.
_ACCIDENT_CAUSE = re.compile(r"(?<!\w)(?:انفجار (?:عتاد|ذخيره|ذخاير|مخلفات)|انفجار (?:مستودع|مخزن) "
                             r"(?:لل|ال)?(?:ذخيره|ذخاير|اسلحه)|عن طريق الخطا|بطريق الخطا|ماس كهرباي[يى]?|تسرب (?:لل)?غاز|"
                             r"(?:ازاله|لازاله|نزع|تفكيك|لتفكيك) (?:ال)?(?:عبوات|الغام|مخلفات|عبوه))(?!\w)")
_EXPLOSION = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:انفجار|انفجارات|تفجير|تفجيرات|انفجر|انفجرت)(?!\w)|"
                        r"(?<!\w)[وف]?فجر(?:ت)? (?:نفسه|نفسها)(?!\w)")


def cause_of(f: ClaimFacts) -> tuple[str, str] | None:
    """("attack" | "accident", the words) for a claim that says what caused an explosion, None otherwise (or
    when it names both, as in «ليست سيارة مفخخة بل انفجار ذخيرة»: a rule cannot tell which it asserts)."""
    text = " ".join(f.toks)
    attack, accident = _ATTACK_CAUSE.search(text), _ACCIDENT_CAUSE.search(text)
    if bool(attack) == bool(accident) or f.negated:
        return None
    if accident is None and not (_EXPLOSION.search(text) or "مفخخه" in text or "ملغومه" in text):
        return None  # "انتحاري" alone may be a fighter, not what blew up
    m = attack or accident
    return ("attack" if attack else "accident"), m.group(0)


def cause_conflict(a: ClaimFacts, b: ClaimFacts, date_a: str | None = None, date_b: str | None = None,
                   same_source: bool = False) -> Relation | None:
    """Two sources give one explosion different causes: an attack (a car bomb, a suicide bomber) against an
    accident (munitions blowing up during demining), the same day at a place both name («سيارة ملغومة
    استهدفت نقطة تفتيش … عين العرب» vs «انفجارات وقعت في كوباني نتيجة انفجار عتاد»: the hand-found Kobani
    conflicts of tests/gold/relations). One source's own later account is a correction, not a conflict."""
    if same_source or not _within(date_a, date_b, SAME_EVENT_DAYS) or not overlap(a.places, b.places):
        return None
    ca, cb = cause_of(a), cause_of(b)
    if ca is None or cb is None or ca[0] == cb[0]:
        return None
    place = sorted(overlap(a.places, b.places))[0]
    return Relation("contradicts", 0.7, f"different causes of one explosion at {place} on the same day: "
                                        f"«{ca[1]}» vs «{cb[1]}»", METHOD)


# "X includes Y" against "X will not include Y": an inclusion verb with the same object, one side negated
# right before the verb («يتضمن إقامة منطقة حظر طيران» vs «لن تشمل فرض منطقة حظر طيران»).
_INCLUDE = {"يتضمن", "تتضمن", "تضمن", "تضمنت", "يشمل", "تشمل", "شمل", "شملت", "ينص", "تنص", "نص", "نصت"}
_INCLUDE_NEGATORS = {"لن", "لا", "لم"}
INCLUDED_WORDS = 6  # tokens after the verb that name what is included
_FLIGHT = light_stem("طيران")
_SAME_THING = {"جوي": _FLIGHT, "الجوي": _FLIGHT}  # «حظر جوي» is «حظر طيران»


def _inclusions(f: ClaimFacts) -> list[tuple[bool, frozenset[str]]]:
    """(negated, the stems of what is included) for each inclusion verb of the claim."""
    out = []
    for i, t in enumerate(f.toks):
        bare = t[1:] if t[:1] in "وف" and t[1:] in _INCLUDE else t
        if bare not in _INCLUDE:
            continue
        prev = f.toks[i - 1] if i else ""
        negated = prev in _INCLUDE_NEGATORS or prev[:1] in "وف" and prev[1:] in _INCLUDE_NEGATORS
        what = [_SAME_THING.get(u, f.stem_of.get(u)) for u in f.toks[i + 1:i + 1 + INCLUDED_WORDS]
                if u not in _CLAUSE_END]
        out.append((negated, frozenset(x for x in what if x and not _generic(x))))
    return out if not f.denied else []  # a denied claim («نفى أن يتضمن …») is the denial rule's


def inclusion_conflict(a: ClaimFacts, b: ClaimFacts, date_a: str | None = None, date_b: str | None = None,
                       same_source: bool = False) -> Relation | None:
    """One source says an agreement or plan includes a thing, another that it will not (or does not): the
    inclusion verb negated on one side only, right before it, with at least MIN_RARE rare words of what is
    included shared, within DENIAL_DAYS (the no-fly-zone conflicts of tests/gold/relations). The negator
    must stand on the inclusion verb itself: the denial rule leaves a bare negator out (a policy said in
    the negative), but "will not include X" against "includes X" is about one agreement's content."""
    if same_source or not _within(date_a, date_b, DENIAL_DAYS) or places_differ(a, b) or _named_apart(a, b):
        return None  # (places or countries named apart: two agreements)
    for neg_a, what_a in _inclusions(a):
        for neg_b, what_b in _inclusions(b):
            if neg_a == neg_b:
                continue
            shared = sorted((x for x in what_a & what_b if (_rare(x) or x == _FLIGHT) and x not in _ENTITY_STEMS),
                            key=lambda x: (-_idf(x), x))
            if len(shared) >= MIN_RARE:
                return Relation("contradicts", 0.7, f"one claim says it includes what the other says it will not "
                                                    f"({_w(shared)})", METHOD)
    return None


def graph_conflict(a: ClaimFacts, b: ClaimFacts, date_a: str | None = None, date_b: str | None = None,
                   same_source: bool = False) -> Relation | None:
    return denial_conflict(a, b, date_a, date_b, same_source) or count_conflict(a, b, date_a, date_b, same_source) \
        or cause_conflict(a, b, date_a, date_b, same_source) or inclusion_conflict(a, b, date_a, date_b, same_source)


def graph_contradiction_rail(rel: Relation, a: ClaimFacts, b: ClaimFacts, date_a: str | None = None,
                             date_b: str | None = None) -> Relation | None:
    """A contradiction of the model or the rules, in the graph, must be a conflict in time and scope:
    a polarity conflict needs the negation to reach a word both share, within DENIAL_DAYS (seen on the
    corpus: «… مصالح أنقرة لا القتال ضد نظام الأسد», a contrast, against a US warning to the regime);
    an antonym or "over vs. going on" conflict needs the claims within SAME_EVENT_DAYS (seen: «ISIS
    lost 17,000 km²» on the 8th against «ISIS took land near the border» on the 11th)."""
    if rel.relation != "contradicts":
        return None
    if a.negated != b.negated:
        neg_f, other = (a, b) if a.negated else (b, a)
        if _denies_a_link_only(neg_f, other):
            return Relation("unrelated", 0.5, "the denial is of a link to the event, which the other claim does not "
                                              "assert", rel.method)
        neg, _ = negated_stems(neg_f)
        if neg & a.all_stems & b.all_stems and _within(date_a, date_b, DENIAL_DAYS):
            return None
        return Relation("unrelated", 0.5, "the negation does not reach what both claims share, or they are "
                                          "too far apart in time, to be one claim denied", rel.method)
    if _within(date_a, date_b, SAME_EVENT_DAYS):
        return None
    return Relation("unrelated", 0.5, "opposite events reported days apart: a change over time, not a "
                                      "contradiction", rel.method)


# What a denial of involvement denies: a link to the event («نفت أي علاقة لبلدها باشتباكات شمال بوروندي»), not the event
_LINKS = frozenset(w for link in "علاقه صله تورط ضلوع دور يد مسووليه".split() for w in (link, "ال" + link))


def _denies_a_link_only(neg_f: ClaimFacts, other: ClaimFacts) -> bool:
    """The denied claim denies a link to an event (its denied head «علاقة», «صلة», «تورط» …) and the other claim
    does not name that link: it reports the event, which the denial leaves standing (seen on fresh news, sample 11:
    Rwanda denies any link to the clashes in northern Burundi against the report of the clashes)."""
    if not denied(neg_f):
        return False
    head = _denied_head(neg_f)
    return head is not None and _strip_proclitic(head) in _LINKS and _root(head) not in _act_roots(other)


def conflict_prone(f: ClaimFacts) -> bool:
    """Claims that can stand in a denial, count or inclusion conflict: they are denied, count something, or
    say what something includes (causes are paired by place: kg.relate.candidates.cause_pairs)."""
    return denied(f) or bool(counts(f)) or bool(_inclusions(f))


def graph_verdict(rel: Relation, a: ClaimFacts, b: ClaimFacts, date_a: str | None = None,
                  date_b: str | None = None, same_source: bool = False) -> Relation:
    """The verdict on a corpus pair: a conflict rule's contradiction first, else the model's verdict
    within `graph_contradiction_rail` and the rails of kg.relate.contradiction_rails (what the model's
    contradiction is about: a negation of the other claim's words, not both denying, a shared participant
    of opposite events, not an analysis)."""
    return (graph_conflict(a, b, date_a, date_b, same_source) or graph_contradiction_rail(rel, a, b, date_a, date_b)
            or model_contradiction_rail(rel, a, b) or rel)
