"""Nominal frames: "بحسب المرصد، …", "…، وفق اعتراف الأطراف": the source follows the cue, the content is
before or after it."""

from __future__ import annotations

import re

from ..sources import unregistered_ref
from ..text import normalize
from .claim import make_claim
from .coreference import Discourse, unregistered_source
from .document import Cue, Sentence, end_with_marks
from .noun_phrase import city_name_end, np_after
from .recipients import is_recipient
from .source_phrases import source_like, source_like_text, titled_or_body
from .source_words import ISSUED_IN_FRAME_RE, MEDIA_HEADS, NP_STOP, RECIPIENT_WORD_RE, REPORT_NOUNS
from .subjects import active_subject, definite_subject_end, phrase_source, sentence_subject
from .syntax import STRIP, TIME_LEAD_RE, clause_end


# A complementizer right after a nominal frame's source ("على لسان X، بأنه …"): what X said follows it.
COMPLEMENTIZER_AFTER_SOURCE_RE = re.compile(r'\s*"?\s*،?\s*(?:[بف]?ان|[بف]?انه|[بف]?انها|[بف]?انهم)(?![\w])\s*')


# A frame that names its verb of saying ("وفقا لما ذكره", "بحسب ما أعلنت"): whoever follows it said it.
FRAME_WITH_VERB_RE = re.compile(r"(?:^|\s|ل)ما\s+\S+$|^حسبما\s+\S+$")
# The relayer after "حسب ما نقل(ت)" (up to six words, no mark) and the «عن» before the one it quotes (GUIDE: the
# innermost speaker named is the source).
RELAYED_IN_FRAME_RE = re.compile(r"\s*(?:[^\s،.:«\"]+\s+){1,6}?عن\s+(?=[^\s،.:])")


def says_who(cue: Cue, phrase: str) -> bool:
    """The noun phrase after a frame with its own verb of saying ("وفقا لما ذكره الناتو") is its speaker, whatever
    its head: a name the registry does not know, or a definite noun ("بحسب ما أعلن الجيش")."""
    words = phrase.split()
    return bool(FRAME_WITH_VERB_RE.search(cue.lemma)) and 1 <= len(words) <= 6 and words[0] not in NP_STOP \
        and (len(words[0]) >= 3 or city_name_end(phrase, 0, len(phrase)) == len(phrase))  # "تل أبيب": its government


# "وبحسب الاستخبارات الأميركية فإن …", "ووفق لائحة الاتهام، فإن …": فإن after the frame's noun phrase opens what it
# says, so that phrase is the source whatever its head (not "وفق مبادئ جنيف", "حسب المواصفات": nothing follows).
THEN_CONTENT_RE = re.compile(r"\s*،?\s*(?:فان|فانه|فانها|فانهم)(?![\w])")
# When a frame's own verb was said, before who said it: "أول من أمس", "أمس", "مساء الخميس".
FRAME_TIME_RE = re.compile(r"\s*(?:اول من امس|امس الاول)\s+(?=\S)|" + TIME_LEAD_RE.pattern)


# A word that makes a phrase after a frame a common noun, not a name: the article ال (لل after the frame's ل), a
# pronoun suffix or ة (ه once normalized), a feminine plural ("تقديرات").
COMMON_NOUN_RE = re.compile(r"^(?:ال|لل)|(?:ه|ها|هم|هما|نا|كم|ات)$")


def bare_name_set_off(s: Sentence, cue: Cue, np0: int, np1: int) -> bool:
    """A name the registry does not know, set off by the frame's comma ("وفقاً لباركر، …", "…، بحسب هاريس."), as
    translated wire copy writes foreign names: one or two words, none of them definite or with a pronoun suffix
    (not "وفقا للقانون"، "بحسب الاتفاق"، "حسب خطته"), with the comma or the sentence's end right after them,
    and the frame at the sentence's start or after a comma."""
    words = s.norm[s.norm.rfind(" ", 0, np0) + 1:np1].split()  # whole words: "للقانون" after "وفقا ل"
    before = s.norm[:cue.start].rstrip()
    return 1 <= len(words) <= 2 and not any(COMMON_NOUN_RE.search(w) or w in NP_STOP | REPORT_NOUNS for w in words) \
        and all(len(w) >= 3 for w in words) and (not before or before.endswith("،")) \
        and re.match(r"\s*(?:،|[.!]?\s*$)", s.norm[np1:]) is not None


# The media heads that name an outlet inside a longer phrase ("أخبار التاسعة في قناة بريزبان"), a network too.
OUTLET_IN_PHRASE_HEADS = MEDIA_HEADS | {"شبكه"}


def sentence_final_source_end(norm: str, cue: Cue, np0: int, np1: int) -> int:
    """"…، بحسب أخبار التاسعة في قناة بريزبان.": a frame after a comma that ends the sentence names its source
    with all the words up to the full stop, a place in it included, when a media noun stands in them (the
    noun phrase rule stops at "في"); np1 otherwise."""
    if np1 <= np0 or not norm[:cue.start].rstrip().endswith("،") or FRAME_WITH_VERB_RE.search(cue.lemma):
        return np1  # "…، بحسب ما قال مسؤول تركي لوكالة الصحافة الفرنسية.": a verb's speaker, then who heard it
    end = re.match(r"[^،.:\"]*?(?=\s*[.!]?\s*$)", norm[np0:])
    words = norm[np0:np0 + end.end()].split() if end else []
    if not end or np0 + end.end() <= np1 or len(words) > 8 \
            or not any(re.sub(r"^(?:ال|لل|ب|ل)", "", w) in OUTLET_IN_PHRASE_HEADS for w in words) \
            or any(RECIPIENT_WORD_RE.match(w) for w in norm[np1:np0 + end.end()].split()):
        return np1
    return np0 + end.end()


def quoted_before(phrase: str, state: Discourse | None) -> bool:
    """The frame's noun phrase is (the end of) a source quoted earlier as written ("وفق عبد الرحمن" after "رامي عبد
    الرحمن"): a name the discourse knows, whatever its head."""
    if state is None or len(phrase.split()) > 3:
        return False
    return any(normalize(name) == phrase or normalize(name).endswith(" " + phrase)
               for src in state.sources for name in state.names_of(src))


def attribute_nominal(registry, article, s: Sentence, cue: Cue, next_cue: int, state: Discourse | None = None,
                      speaker=None):
    """"بحسب المرصد، …" / "…، وفق اعتراف الأطراف كافة": the source follows the cue. `speaker`: the source of
    the sentence's verb before it, who is the one relayed in "وقال X، بحسب ما نقلت عنه وكالة Y، إن …"."""
    norm = s.norm
    at = cue.end
    if FRAME_WITH_VERB_RE.search(cue.lemma):
        prep = re.match(r"\s*(?:به|بها|بهم)\s+(?=[^\s،.])", norm[at:next_cue])
        at += prep.end() if prep else 0  # "بحسب ما أفاد به المرصد": the verb's preposition, then who said it
    # skip report nouns between the cue and the source ("وفقاً لآخر تقديرات مفوضية …"), unless the
    # report noun heads the source itself ("بحسب ما أفادت مصادر أمنية وطبية")
    start = at
    for _ in range(3):
        w = re.match(r"\s*(?:ل|ال|لل)?(\S+)", norm[at:])
        if w and (w.group(1) in REPORT_NOUNS or w.group(0).strip() in REPORT_NOUNS):
            if any(at <= x[0] <= at + 3 for x in s.mentions):
                break
            at += w.end()
        else:
            break
    issued = ISSUED_IN_FRAME_RE.match(norm, start)
    if issued and not any(start <= x[0] < issued.start(1) for x in s.mentions):
        at = issued.end()  # "وفق حصيلة جديدة أعلنها مسؤولون في الجيش": who issued the figures is the source
    when = FRAME_TIME_RE.match(norm, at, next_cue) if FRAME_WITH_VERB_RE.search(cue.lemma) else None
    if when:  # "بحسب ما أعلن أول من أمس مساعد المتحدث …": when it was said, before who said it
        at = when.end()
    relayed = RELAYED_IN_FRAME_RE.match(norm[:next_cue], at) if re.search(r"نقل\S*$", cue.lemma) else None
    if relayed:  # "حسب ما نقلت وكالة رويترز عن وزير الخارجية": the agency relays, the one it quotes said it
        at = relayed.end()
    after = [x for x in s.mentions if at <= x[0] <= at + 3]
    if after:
        s0, s1, mention = after[0]
        source = registry.ref(mention)
    else:
        np0, np1 = np_after(norm, at, next_cue, max_words=6)
        if (np1 <= np0 or not source_like(s, np0, np1)) and at > start:
            np0, np1 = np_after(norm, start, next_cue, max_words=6)
        final = sentence_final_source_end(norm, cue, np0, np1)
        np1, media_final = final, final > np1
        if np1 <= np0 or not (media_final or source_like(s, np0, np1) or says_who(cue, norm[np0:np1])
                              or THEN_CONTENT_RE.match(norm, np1) or quoted_before(norm[np0:np1], state)
                              or bare_name_set_off(s, cue, np0, np1)):
            return None
        s1 = np1
        label = s.text[s.orig(np0):end_with_marks(s.text, s.orig(np1 - 1) + 1)]
        source = unregistered_source(registry, s, np0, np1, label, state) if state is not None else unregistered_ref(
            label, "anonymous-source" if norm[np0:np1].startswith("مصادر") else "unknown")
    if speaker is not None and re.match(r"\s*(?:عنه|عنها|عنهم)(?![\w])", norm[cue.end:]):
        source = speaker  # the agency relays what the speaker said: he said it
    rest = norm[s1:]
    comp = COMPLEMENTIZER_AFTER_SOURCE_RE.match(rest)
    if comp and len(rest[comp.end():].strip(STRIP).split()) >= 2:
        # "فيما جاء التأكيد على لسان «النصرة»، بأنه موجه …": the content follows the source's complementizer
        c0, c1 = s1 + comp.end(), clause_end(norm, s1 + comp.end(), max(next_cue, s1 + comp.end()))
    elif len(norm[:cue.start].strip(STRIP).split()) >= 3:  # content precedes the cue: "X، وفق اعتراف Y"
        c0, c1 = 0, cue.start
    elif len(rest.strip(STRIP).split()) >= 2:  # "بحسب Y، X"
        c0, c1 = s1, max(next_cue, s1)
    else:
        return None
    return make_claim(article, s, c0, c1, source, s.orig(cue.start),
                      end_with_marks(s.text, s.orig(cue.end - 1) + 1), cue.lemma), source


def attribute_own_words(registry, article, s: Sentence, cue: Cue, next_cue: int, prev_source,
                        state: Discourse):
    """"ردا، حسب قولها، على …": the words of the sentence's own subject, after the frame or before it."""
    norm = s.norm
    # "ردا، حسب قولها، على …": in the words of the sentence's own subject
    source = prev_source or sentence_subject(registry, s, state, before=cue.start) or state.last_source
    if source is None:
        return None
    after = norm[cue.end:].strip(STRIP)
    c0, c1 = (cue.end, clause_end(norm, cue.end, next_cue)) if len(after.split()) >= 3 \
        else (0, cue.start)
    return make_claim(article, s, c0, c1, source, s.orig(cue.start),
                      end_with_marks(s.text, s.orig(cue.end - 1) + 1), cue.lemma), source


def attribute_pretext(registry, article, s: Sentence, cue: Cue, next_cue: int, state: Discourse):
    """"هبت الطائفة … بدعوى أنها …": the claim, charge or pretext of the active verb's subject."""
    norm = s.norm
    source = active_subject(registry, s, state, before=cue.start) if s.words else pretext_subject(registry, s, cue, state)
    if source is None:
        return None
    opener = re.match(r"\s*(?:ان|انه|انها|انهم)?(?![\w])", norm[cue.end:])
    c0 = cue.end + opener.end()
    comma = norm.find("،", c0, next_cue)
    return make_claim(article, s, c0, comma if comma != -1 else next_cue, source, s.orig(cue.start),
                      end_with_marks(s.text, s.orig(cue.end - 1) + 1), cue.lemma), source


# How many words may stand between the pretext's subject and the pretext ("أحكاما بالإعدام على خمسة أشخاص",
# "في إسرائيل ضد السلطات الإسرائيلية"): its verb's object and a phrase or two.
PRETEXT_REACH = 8
# Who brings a charge or a pretext besides the speakers of SOURCE_HEADS/BODY_HEADS: the judiciary ("قضاء النظام")
# and a community ("الطائفة الدرزية"); as speakers of other cues they are not heads (a «قضاء» is also a district).
PRETEXT_HEADS = {"قضاء", "طايفه"}


def pretext_subject(registry, s: Sentence, cue: Cue, state: Discourse):
    """Without the parse: the subject right after the verb that opens the pretext's clause (the sentence, or what
    follows its last comma), when it names a speaker (registered, a title or a body: "وأصدر قضاء النظام السوري
    أحكاما … بتهمة …", "…، هبت الطائفة الدرزية في إسرائيل … بدعوى أنها …"); a plain noun may be a passive's
    subject, who is charged, not who charges ("اعتقل شخص بتهمة …"), and gives none."""
    norm = s.norm
    k = norm.rfind("،", 0, cue.start) + 1
    first = re.match(r"\s*(\S+)\s", norm[k:cue.start])
    if first is None or first.group(1) in NP_STOP or first.group(1)[1:] in NP_STOP and first.group(1)[0] in "وف" \
            or norm[:k].count('"') % 2:
        return None
    np0, np1 = np_after(norm, k + first.end(1), cue.start)
    np1 = definite_subject_end(norm, np0, np1)
    words = list(re.finditer(r"\S+", norm[np0:np1]))
    for prev, w in zip(words, words[1:]):
        if prev.group().startswith("ال") and not w.group().startswith("ال") and w.group().endswith("ا"):
            np1 = np0 + prev.end()  # "قضاء النظام السوري أحكاما …": an indefinite accusative is the verb's object
            break
    if not 0 < len(norm[np0:np1].split()) <= 6 or len(norm[np1:cue.start].split()) > PRETEXT_REACH:
        return None  # (far from it, "…المعتقل منذ شباط/فبراير 2012 بتهمة", the pretext is another word's)
    source = phrase_source(registry, s, np0, np1, state)
    if not (source.registered or source_like_text(source.label) or titled_or_body(normalize(source.label))
            or re.sub(r"^ال", "", normalize(source.label).split()[0]) in PRETEXT_HEADS):
        return None
    return source


def attribute_colon(registry, article, s: Sentence, cue: Cue, prev_source, state: Discourse):
    """"ولكنه …: «…»": a quotation after a bare colon, said by the last name before it or the discourse's."""
    norm = s.norm
    before = [x for x in s.mentions if x[1] <= cue.start and not is_recipient(norm, x[0])]
    source = registry.ref(before[-1][2]) if before else (prev_source or named_again(registry, s, cue, state)
                                                         or state.last_source)
    if source is None:
        return None
    q0 = norm.index('"', cue.end)
    close = norm.find('"', q0 + 1)
    if close == -1:  # "يجيب هول: «علينا … . ويضيف: «…»": speech left unclosed ends with its sentence
        close = len(norm.rstrip(" .!?؟"))
    return make_claim(article, s, q0 + 1, close, source, s.orig(cue.start), s.orig(cue.start) + 1,
                      ":"), source


def named_again(registry, s: Sentence, cue: Cue, state: Discourse):
    """"وواصل الدغريري في سرد معاناة شقيقه …: «…»": the subject of the sentence's verb, when it names a source
    quoted before (the discourse's last speaker may be someone named inside the earlier quotation)."""
    source = sentence_subject(registry, s, state, before=cue.start)
    return source if source is not None and any(p.key == source.key for p in state.sources) else None


def attribute_report_noun(registry, article, s: Sentence, cue: Cue, next_cue: int, state: Discourse):
    """"بعد أيام من تقارير بأن باحثين استخدموا …", "وسط أنباء عن أن …": unnamed reports are the source, the
    clause after the complementizer their content."""
    norm = s.norm
    comp = re.match(r"\s*(?:بان|بانه|بانها|بانهم|عن ان|عن انه|عن انها)(?![\w])", norm[cue.end:])
    if comp is None:
        return None
    label = s.text[s.orig(cue.start):end_with_marks(s.text, s.orig(cue.end - 1) + 1)]
    source = unregistered_source(registry, s, cue.start, cue.end, label, state)
    source.type = "anonymous-source"
    c0 = cue.end + comp.end()
    return make_claim(article, s, c0, clause_end(norm, c0, next_cue), source, s.orig(cue.start),
                      end_with_marks(s.text, s.orig(cue.end - 1) + 1), "تقارير"), source
