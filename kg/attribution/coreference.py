"""Coreference: what the article has said so far, and an unregistered phrase resolved against it
("وأضاف البيان", "وأضاف المصدر", "المنظمتان", "الوزير" → who was quoted before), else a new source."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import SourceRef
from ..sources import unregistered_ref
from ..text import light_stem, normalize
from .source_words import ANONYMOUS_HEADS, BODY_HEADS, DOCUMENT_WORDS, NER_TYPE, NP_STOP, SOURCE_HEADS, TITLE_WORDS

if TYPE_CHECKING:  # document.py holds a Discourse
    from .document import Sentence

@dataclass
class Discourse:
    """What the article has said so far: for pronoun/elided subjects and nominal coreference."""
    last_source: SourceRef | None = None
    sources: list[SourceRef] = field(default_factory=list)
    # every way each source has been written so far: a later «الوزارة» must not hide «وزارة الخارجية الروسية»
    written: dict[str, list[str]] = field(default_factory=dict)
    # the sentences before the one being read, for a body named in full outside any report
    earlier: list = field(default_factory=list)

    def remember(self, src: SourceRef, as_antecedent: bool = True) -> None:
        if as_antecedent:
            self.last_source = src
        self.sources = [s for s in self.sources if s.key != src.key] + [src]
        names = self.written.setdefault(src.key, [])
        for name in (src.label, src.name_ar, src.name):
            if name and name not in names:
                names.append(name)

    def names_of(self, src: SourceRef) -> list[str]:
        return self.written.get(src.key) or [n for n in (src.label, src.name) if n]


def unregistered_source(registry, s: Sentence, np0: int, np1: int, label: str, state: Discourse) -> SourceRef:
    phrase = s.norm[np0:np1]
    words = [w for w in phrase.split() if w not in ("نفسه", "نفسها", "ذاته", "ذاتها")] or phrase.split()
    stems = {plural_stem(w) for w in words}
    if len(words) == 1 and words[0] in DOCUMENT_WORDS and state.last_source is not None:
        # "وأضاف البيان": a statement stands for whoever issued it, the body just quoted (an official
        # quoted in between speaks, the statement is still the body's)
        bodies = [p for p in state.sources if not is_person(registry, p)]
        prev = state.last_source if not is_person(registry, state.last_source) or not bodies else bodies[-1]
        return SourceRef(key=prev.key, label=label, name=prev.name, name_ar=prev.name_ar, type=prev.type,
                         registered=prev.registered)
    if len(words) == 1 and words[0] == "الدراسه":
        # "وخلصت الدراسة إلى أن …": the study (or the body that issued it) quoted before ("وأشار بحث أكاديمي إلى
        # أن …"); never a person quoted in between, and as written when no such source came before
        bodies = [p for p in state.sources if not is_person(registry, p)]
        if bodies:
            prev = bodies[-1]
            return SourceRef(key=prev.key, label=label, name=prev.name, name_ar=prev.name_ar, type=prev.type,
                             registered=prev.registered)
    if len(words) == 1 and words[0] in ("المصدر", "المصادر", "المسوول"):
        # "وأضاف المصدر": the unnamed source(s) quoted before ("وأفادت مصادر أن …")
        for prev in reversed(state.sources):
            if prev.type == "anonymous-source":
                return SourceRef(key=prev.key, label=label, name=prev.name, name_ar=prev.name_ar,
                                 type=prev.type, registered=prev.registered)
    prev = described_source(words, state)
    if prev is None and without_article(words[0]) in BODY_HEADS:
        # "… أعلنت فيه وزارة الخدمة المدنية أسماء …. وأوضحت الوزارة": a body named in full outside any report,
        # before a looser match on an earlier speaker's words below
        prev = named_in_text(registry, words, state)
    if prev is not None:  # "وأضافت الوزارة", "الأمين العام", "متحدث باسم الإدارة": the body or person named before
        return SourceRef(key=prev.key, label=label, name=prev.name, name_ar=prev.name_ar, type=prev.type,
                         registered=prev.registered)
    dual = re.match(r"^ال(\S{3,})(?:تان|تين)$", words[0]) if len(words) == 1 else None
    if dual:
        # "وكتبت المنظمتان": the two bodies named together before ("منظمة الأغذية … وبرنامج الأغذية")
        single = dual.group(1) + "ه"
        for prev in reversed(state.sources):
            if single in normalize(prev.label) and " و" in normalize(prev.label):
                return SourceRef(key=prev.key, label=label, name=prev.name, name_ar=prev.name_ar,
                                 type=prev.type, registered=prev.registered)
    # a short reference back to someone already quoted: "الأمين" → "الهادي محمد الأمين", "الوزير"
    if len(words) <= 2:
        for prev in reversed(state.sources):
            for name in state.names_of(prev):
                prev_words = normalize(name).split()
                prev_stems = {plural_stem(w) for w in prev_words}
                if prev_words and (words[-1] == prev_words[-1] or stems <= prev_stems):
                    return SourceRef(key=prev.key, label=label, name=prev.name, name_ar=prev.name_ar,
                                     type=prev.type, registered=prev.registered)
    prev = named_in_text(registry, words, state)
    if prev is not None:  # "… أطلق الامين العام للامم المتحدة …. وقال الامين العام": named outside any report
        return SourceRef(key=prev.key, label=label, name=prev.name, name_ar=prev.name_ar, type=prev.type,
                         registered=prev.registered)
    prev = described_person(registry, words, state)
    if prev is not None:  # "وقال اللاعب …", "وبيّن المهاجم السوري": the man just quoted by name
        return SourceRef(key=prev.key, label=label, name=prev.name, name_ar=prev.name_ar, type=prev.type,
                         registered=prev.registered)
    t = "unknown"
    head = words[0]
    if head in ANONYMOUS_HEADS or (head.startswith("مصادر") or head.startswith("مصدر")):
        t = "anonymous-source"
    for a, b, et in s.entities if t == "unknown" else ():  # "مسؤول في وزارة المالية" stays unnamed
        if s.to_norm(a) < np1 and s.to_norm(b) > np0 and et in NER_TYPE:
            t = NER_TYPE[et]
            break
    return unregistered_ref(label, t)


def plural_stem(word: str) -> str:
    """light_stem, and a sound plural in construct loses its ending too: «المسؤولون» names «مسؤولو صحة»."""
    stem = light_stem(word)
    return stem[:-1] if stem.endswith("و") and len(stem) > 4 and stem == word else stem


SPOKESPERSON_OF_RE = re.compile(r"^(?:ال)?(?:متحدث|ناطق|متحدثه|ناطقه)[اً]*(?: \S+)?(?: (?:ال)?رسمي(?:ا|ه)?)? باسم ")


def without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def described_source(words: list[str], state: Discourse) -> SourceRef | None:
    """The source an anaphoric definite description names: «الوزارة» → «وزارة الخدمة المدنية», «الأمين العام»
    → «الأمين العام للأمم المتحدة بان كي مون», «الحركة» → «حركة حماس». The description's words, without the
    article, are words of an earlier source's name and its head is that name's head; the latest such source
    wins. "متحدث باسم الإدارة": a spokesperson of a body described so speaks for that body."""
    spokesperson = SPOKESPERSON_OF_RE.match(" ".join(words))
    if spokesperson:
        words = " ".join(words)[spokesperson.end():].strip(' "').split()
    if not words or not words[0].startswith("ال") or len(words) > 4:
        return None
    want = [without_article(w) for w in words]
    for prev in reversed(state.sources):
        for name in state.names_of(prev):
            prev_words = [without_article(w) for w in normalize(name).split()]
            if len(prev_words) > len(want) and prev_words[0] == want[0] and set(want) <= set(prev_words):
                return prev
    if want == ["صحف"]:  # "وكشفت الصحف أن …" after "أشارت تقارير صحفية في غانا إلى …": the press reports named before
        for prev in reversed(state.sources):
            if any(normalize(name).split()[:2] == ["تقارير", "صحفيه"] for name in state.names_of(prev)):
                return prev
    if len(want) == 1 and want[0] in BODY_HEADS:
        # "كما أعلنت الحركة …" after "طالبان" spoke and the text wrote "حركة طالبان": the body the text named
        # with that head, though it was quoted by its bare name
        for prev in reversed(state.sources):
            for name in state.names_of(prev):
                pattern = re.compile(r"(?<![\w])" + re.escape(want[0] + " " + normalize(name)) + r"(?![\w])")
                if len(normalize(name).split()) <= 2 and any(pattern.search(e.norm) for e in state.earlier):
                    return prev
    return None


# What a person is described as, after a name ("عمر السومه … وقال اللاعب", "وبيّن المهاجم السوري"), normalized.
PERSON_ROLES = {"لاعب", "مدرب", "مهاجم", "حارس", "مدافع", "نجم", "فنان", "فنانه", "ممثل", "ممثله", "مطرب", "مطربه",
                "مولف", "شاعر", "رجل", "شاب", "طبيب", "مريض", "مريضه", "مواطن", "مواطنه", "داعيه", "رحاله"}


def described_person(registry, words: list[str], state: Discourse) -> SourceRef | None:
    """The latest person quoted by name that a definite role noun, maybe with a nisba adjective, describes
    ("اللاعب", "المهاجم السوري"); the role's gender must agree."""
    if not 1 <= len(words) <= 2 or not words[0].startswith("ال") or without_article(words[0]) not in PERSON_ROLES \
            or len(words) == 2 and not re.fullmatch(r"ال\S{2,}(?:ي|يه)", words[1]):
        return None
    gender = "f" if words[0].endswith("ه") and without_article(words[0])[:-1] in PERSON_ROLES else "m"
    def named(name: str) -> bool:
        # a person's name has two words at least (not «رويترز», «داعش»: an outlet or a group named in one word)
        words = normalize(name).split()
        return len(words) >= 2 and not words[0].startswith("ال") and without_article(words[0]) not in (
            BODY_HEADS | SOURCE_HEADS | ANONYMOUS_HEADS)

    for prev in reversed(state.sources):
        if (is_person(registry, prev) or prev.type not in ("news-outlet", "outlet-own")
                and any(named(n) for n in state.names_of(prev))) \
                and source_gender(registry, prev) in (None, gender):
            return prev
    return None


def named_in_text(registry, words: list[str], state: Discourse) -> SourceRef | None:
    """The body or title an anaphoric description names when its full name came earlier outside any report
    ("يأتي ذلك في الوقت الذي أعلنت فيه وزارة الخدمة المدنية أسماء …. وأوضحت الوزارة أن …", "أطلق الامين العام
    للامم المتحدة بان كي مون نداء …. وقال الامين العام …"): the nearest earlier mention of its head, in construct
    or definite, with its genitive and its definite words, when it holds every word of the description and more."""
    if not words or not words[0].startswith("ال") or len(words) > 3 \
            or without_article(words[0]) not in BODY_HEADS | SOURCE_HEADS and words[0] not in TITLE_WORDS:
        return None  # only a body, a document or a title ("البراك التهنئة" is a name and its object)
    want = [without_article(w) for w in words]
    head = re.compile(r"(?<![\w])(?:ال)?" + re.escape(want[0]) + r"(?![\w])")
    for sent in reversed(state.earlier):
        for m in reversed(list(head.finditer(sent.norm))):
            end = full_name_end(sent.norm, m.start(), m.end(), {x[0] for x in sent.mentions})
            found = [without_article(w) for w in sent.norm[m.start():end].split()]
            if len(found) <= len(want) or not set(want) <= set(found):
                continue
            named = [x for x in sent.mentions if m.start() <= x[0] <= m.start() + 1]
            if named:
                return registry.ref(named[0][2])
            return unregistered_ref(sent.text[sent.orig(m.start()):sent.orig(end - 1) + 1])
    return None


def full_name_end(norm: str, start: int, end: int, named: set[int]) -> int:
    """Where a name opened by its head noun at [start, end) ends: an indefinite head's genitive, then definite or
    ل-words ("وزارة الخدمة المدنية", "الامين العام للامم المتحدة"), eight words at most (`named`: where registered
    names start, a genitive too: "حركة طالبان")."""
    indefinite = not norm[start:end].startswith("ال")
    for k in range(8):
        w = re.match(r" (\S+)", norm[end:])
        if not w:
            break
        word = w.group(1)
        # an indefinite head's genitive: a definite word or a nisba ("مصادر تركية"), not a verb ("دراسة أعدها")
        genitive = k == 0 and indefinite and (re.fullmatch(r"[^\W\d]{2,}(?:ي|يه|يين|يون)", word)
                                              or end + w.start(1) in named)
        if word in NP_STOP or not (genitive or re.fullmatch(r"(?:ال|لل|وال)[^\W\d]{2,}", word)):
            break
        end += w.end()
    return end


def is_person(registry, ref: SourceRef) -> bool:
    reg = registry.sources.get(ref.key) if ref.registered else None
    if reg is not None:
        return reg.is_person
    words = normalize(ref.label).split()
    return bool(words) and words[0] in TITLE_WORDS


# ----------------------------------------------------------------------------- agreement of an elided subject
# An elided subject agrees with its verb: «وأضاف» (masculine) after «وقد خلصت اللجنة إلى أن …» goes on with the
# man who spoke before the committee, «وأضافت» with a body or a woman. Only what the writing shows is used: the
# verb's person ending (ت, the present's ت-, a participle's ة) and a head noun ending in ة; anything else agrees.
_MARKS_RE = re.compile(r"[\u064b-\u065f\u0670\u0640\"«»“”'()]")


def cue_gender(form: str, written: str, kind: str) -> str | None:
    """"m" or "f" for a third-person singular reporting verb or participle as written, else None. `form` is the
    lexicon's form matched (normalized), `written` the word as normalized in the text."""
    from .verbs import SOUND, VERB_FORM, WEAK

    word = written.lstrip("وف") if written[:1] in "وف" and written[1:].startswith(form[:2]) else written
    if kind == "participle":
        return "f" if word.endswith("ه") else "m" if word.endswith("ا") else None
    if kind != "verb" or not form or word != form:
        return None  # with an object pronoun, a plural or a dual, the verb says nothing here
    pasts = {stems[0] for stems in SOUND.values()} | {forms[0] for forms in WEAK.values()}
    if form in pasts:
        return "m"
    if form.endswith("ت") and (form[:-1] in pasts or form[:-1] + "ي" in pasts or form[:-1] + "ا" in pasts):
        return "f"  # قالت، نفت (نفي)، دعت (دعا)
    if form.startswith("ي") and not form.endswith(("ون", "ان")):
        return "m"
    if form.startswith("ت") and not form.endswith(("ون", "ان")) and "ي" + form[1:] in VERB_FORM:
        return "f"
    return None


# Collective heads in ة that speak like bodies ("الحملة الوطنية السعودية", "المعارضة السورية"), normalized.
FEMININE_COLLECTIVES = {"حمله", "معارضه", "دوله", "رابطه", "محافظه", "ولايه", "كتيبه", "مجموعه", "مبادره", "كليه"}


def source_gender(registry, ref: SourceRef) -> str | None:
    """"f" when the source's head noun is a body, document or title in ة (اللجنة، وزارة الصحة، الناطقة …), "m" for a registered person or
    a masculine title (الوزير، المتحدث), else None."""
    words = _MARKS_RE.sub("", ref.label or "").split()
    if not words:
        return None
    head = words[0]
    bare = without_article(normalize(head))
    # web copy writes ة as ه ("اللجنه"): the lists below hold only ة nouns, so a final ه there is ة
    if head.endswith(("ة", "ه")) and (bare in BODY_HEADS | SOURCE_HEADS | FEMININE_COLLECTIVES
                               or normalize(head) in DOCUMENT_WORDS | TITLE_WORDS):
        return "f"  # a body, a document or a woman's title: not a man's name in ة (مروة، البحرة، حمزة)
    reg = registry.sources.get(ref.key) if ref.registered else None
    if reg is not None and reg.is_person or normalize(head) in TITLE_WORDS:
        return "m"
    return None


def agreeing_antecedent(registry, gender: str | None, source: SourceRef | None, state: Discourse):
    """`source` when it may be the subject of a verb of `gender`, else the latest earlier source that may (the
    same source when none does)."""
    if source is None or gender is None or source_gender(registry, source) in (None, gender):
        return source
    for prev in reversed(state.sources):
        if prev.key != source.key and source_gender(registry, prev) in (None, gender):
            return prev
    return source
