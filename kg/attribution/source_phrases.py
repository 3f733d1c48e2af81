"""Whether a phrase names a source, and its label as written: a title or body head, an unnamed source, a
registered name that is only part of a longer body's, a relative clause that belongs to the label, a
definite description of the source just quoted, quotation marks balanced."""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import light_stem, normalize
from .coreference import Discourse
from .document import Cue, Sentence, end_with_marks
from .source_words import BODY_HEADS, RECIPIENT_WORD_RE, SOURCE_HEADS, TITLE_WORDS
from .syntax import COMPLEMENTIZER_RE
from .verbs import DIRECTIVE, NEEDS_COMPLEMENT


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


def source_like_text(label: str) -> bool:
    words = normalize(label).split()
    if len(words) > 1 and words[0] in ("احد", "احدي", "بعض"):
        words = words[1:]  # "أحد الشهود", "بعض المسؤولين"
    if not words:
        return False
    bare = re.sub(r"^(?:ال|لل|ل)", "", words[0])
    return words[0] in TITLE_WORDS or source_head(bare)


def source_head(bare: str) -> bool:
    """A source's head noun without its article: as listed, lightly stemmed, or its dual or plural in ين/ان
    ("الوزيرين", "المسؤولان": light_stem would take وزيرين's و for a clitic)."""
    return bare in SOURCE_HEADS or light_stem(bare) in SOURCE_HEADS \
        or len(bare) >= 5 and bare.endswith(("ين", "ان")) and bare[:-2] in SOURCE_HEADS


def source_like(s: Sentence, np0: int, np1: int) -> bool:
    """An unregistered phrase after a nominal cue names a source: a source-like head noun, a
    title, or a person/organization the NER marks there."""
    first = s.norm[np0:np1].split()[0]
    bare = re.sub(r"^(?:ال|لل|ل)", "", first)
    if first in TITLE_WORDS or source_head(bare):
        return True
    if bare in BODY_HEADS - {"تنظيم"} and (first.startswith(("ال", "لل")) or len(s.norm[np0:np1].split()) > 1):
        return True  # a body ("بحسب المعهد", "وفقا لمستشفى الملك فهد"), not a bare indefinite noun
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
