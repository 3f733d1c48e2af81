"""The steps chained over one Document, the way stanza chains its processors.

    read_sentences → attribute_sentences → issued_statements → outlet_voice → propose_missed → place_and_rank

Each step reads and writes the shared Document (kg.attribution.document); AttributionExtractor
builds it for an article, runs STEPS in order and returns the Extraction they filled."""

from __future__ import annotations

import re

from ..checkworthy import checkworthiness
from ..model import Article, Extraction, SourceRef
from ..places import places_in
from ..sources import Registry, load_registry, name_as_first_written
from ..text import normalize, split_sentences_abbrev, straight_quote_marks
from .attribute import CALL_OBJECT_PREP, REPORTING_HEADS, attribute_cue
from .content import LABEL_VERBS, carried_over, covered, overlap, quotation_after_participle, split_coordinated
from .coreference import cue_gender
from .denials import anaphor_start, anaphoric_denial, denied_anaphor
from .cues import attribution_start, complement_subject, find_cues, nested_in_content, opens_attribution, subordinate
from .document import Document, read_sentence, writes_ya_for_maqsura
from .narration import narration_claims
from .own_voice import headline_claims, lead_claims, lead_index
from .parse import parse_index
from .proposer import load_model as load_proposer, propose_missed
from .source_phrases import balanced_label, source_like_text
from .statements import issued_statements
from .source_words import ANONYMITY_RE, MEDIA_HEADS, NP_STOP
from .subjects import RELATIVE_JUST_BEFORE_RE, STATEMENT_NOUN_RE
from .syntax import PREPOSITION_BEFORE_RE
from .verbs import SAY_VERBS, cue_lemma


def read_sentences(doc: Document) -> None:
    """Sentences with their normalized text, registry mentions and (when parsed) words and entities."""
    text = doc.article.text
    doc.words, doc.entities = parse_index(doc.parses, [sp.start for sp in doc.spans]) if doc.parses else ([], [])
    mentions = doc.registry.mentions(text)
    ya = writes_ya_for_maqsura(text)
    doc.sentences = [read_sentence(idx, span, text, mentions, doc.words, doc.entities, ya)
                     for idx, span in enumerate(doc.spans)]


def attribute_sentences(doc: Document) -> None:
    """Each sentence's cues, in order, each to its source and content; the discourse remembers sources
    for the pronouns and short references of later sentences."""
    article, registry, state, seen_spans = doc.article, doc.registry, doc.discourse, doc.seen_spans
    claims = doc.extraction.claims
    pending = None  # (source, cue claim-less) of a sentence that ends in a colon
    for idx, s in enumerate(doc.sentences):
        state.earlier = doc.sentences[:idx]
        # a request for anonymity ("مصدر طلب عدم نشر اسمه") is part of how its source is written, not a report
        anonymity = [(m.start(), m.end()) for m in ANONYMITY_RE.finditer(s.norm)]
        cues = [c for c in find_cues(s) if not any(a <= c.start < b for a, b in anonymity)]
        cues = [c for c in cues if not not_a_verb(s, c)]
        cues = [c for k, c in enumerate(cues) if not (k and relay_frame(s, cues[k - 1], c))]
        carried = carried_over(article, s, cues, claims, pending)
        pending = None
        if carried is not None and (carried.start, carried.end) not in seen_spans:
            seen_spans.add((carried.start, carried.end))
            claims.append(carried)
        prev_source: SourceRef | None = None
        verb_source: SourceRef | None = None  # the last reporting verb's, for a participle
        said = False
        # a denial of the statement before it ("…، وهو ما تنفيه الدوحة") ends that statement's words
        anaphoric = [denied_anaphor(s, c) for c in cues]
        strong = [(opens_attribution(s, c, cues[k + 1].start if k + 1 < len(cues) else len(s.norm))
                   or subordinate(s, c)) and not (k and nested_in_content(s, c)) or anaphoric[k]
                  for k, c in enumerate(cues)]
        for ci, cue in enumerate(cues):
            later = [anaphor_start(s, c) if an else attribution_start(s, c)
                     for c, st, an in zip(cues[ci + 1:], strong[ci + 1:], anaphoric[ci + 1:]) if st]
            next_cue = later[0] if later else len(s.norm)
            speaker = verb_source if cue.kind == "participle" and verb_source is not None else prev_source
            got = attribute_cue(registry, article, s, cue, next_cue, speaker, state)
            if got is not None and later and (got[0] is None or cut_at_next_cue(s, got[0], later[0])):
                inner = next(c for c, st in zip(cues[ci + 1:], strong[ci + 1:]) if st)
                got = content_through_inner_cue(registry, article, s, cue, inner, later, got, speaker, state) or got
            if got is None:
                continue
            claim, source = got
            denial = anaphoric_denial(article, doc.sentences, idx, cue, source, claims) if anaphoric[ci] else None
            if denial is not None:  # "…، غير أن طالبان نفت ذلك": the statement before, denied
                if (denial.start, denial.end) not in seen_spans:
                    seen_spans.add((denial.start, denial.end))
                    claims.append(denial)  # it holds the statement it denies: not "covered" by it
                said = True
                prev_source = verb_source = source
                state.remember(source, as_antecedent=True)
                continue
            # (not a frame inside a quotation: "وأضاف: «… وفقا للتقرير الطبي»" is the speaker's own citation)
            if claim is not None and cue.nominal and claims and claims[-1].sentence == idx \
                    and overlap(claim, claims[-1]) > 0 and not inside_quotation(s, cue):
                prev = claims[-1]
                # (not a speaker's citing a document: "وعليه فإن صحة حائل توضح أن الخبر … غير صحيح حسب تقرير اللجنة" is
                # its evidence in its own words; people cited, "ووفقا لشهود عيان", relay the facts to it)
                if not prev.source.registered and not source_like_text(prev.source.label) \
                        and not relaying_media(source) and not (cue_lemma(prev.cue or "") in SAY_VERBS | {"ذكر", "صرح"}
                                                                and CITED_DOCUMENT_RE.match(s.norm, cue.end)):
                    # "وتشير حصيلة الهجوم إلى … بحسب الحاكم": the figures are the governor's
                    prev.source = source
                else:  # the speaker's own evidence: the speaker, not the document, is who a later verb goes on with
                    continue  # ("… غير صحيح حسب تقرير اللجنة، وفي ذات الوقت تؤكد حرصها …" is صحة حائل's)
                claim = None
            quoted = None  # "وقال X، مشيرا إلى أن A: «Q»": Q is the verb's words, A the participle's
            if claim is not None and cue.kind == "participle" and not said and ci and cues[ci - 1].kind == "verb" \
                    and not cues[ci - 1].nominal:  # (the participle's speaker is the verb's subject)
                claim, quoted = quotation_after_participle(article, s, claim, cues[ci - 1], source) \
                    or (claim, None)
            said = said or claim is not None
            if claim is None and ci == len(cues) - 1 and not said and s.norm.rstrip(" ").endswith(":"):
                pending = (source, cue, s)  # "وكتب X … هذا القول عن عمل حسام:" + «…» in the next sentence
            nested = claim is not None
            # "قال X إن أوساط الاستخبارات أكدت وفاة …": X's words hold the inner speaker's report, a claim of its own
            inner = ci > 0 and not strong[ci] and complement_subject(s, cue) is not None
            # "… من تصاعد الهجمات التي قال إنها خلفت ثلاثة قتلى": the speaker's own report in a relative clause
            # inside its words, about the thing the clause describes: a claim of its own, the same speaker's
            inner = inner or ci > 0 and not strong[ci] and claim is not None and prev_source is not None \
                and source.key == prev_source.key and relative_about_its_object(s, cue)
            # "… تواصل مع الهيئة الوطنية التي أفادته بتشكيل لجنة": the body named right before the relative pronoun
            # told it, a claim of its own inside the speaker's words (GUIDE: the innermost speaker)
            inner = inner or ci > 0 and not strong[ci] and claim is not None and prev_source is not None \
                and source.key != prev_source.key and cue.lemma == "أفاد" and relative_teller(s, cue, source)
            for part in split_coordinated(article, s, claim, source) if claim is not None else []:
                inside = strong[ci] and reported_inside(article.text, part, cue, claims) or inner
                if (part.start, part.end) not in seen_spans and (not covered(part, claims) or inside):
                    seen_spans.add((part.start, part.end))
                    claims.append(part)
                    nested = False
            if inner and not nested:
                drop_relaying_outer(claims, s, cue)
            if quoted is not None and (quoted.start, quoted.end) not in seen_spans:
                seen_spans.add((quoted.start, quoted.end))
                claims.append(quoted)
            if nested and ci and not strong[ci] or ci and subordinate(s, cue) or inner:
                continue  # a report inside another's words ("إن الدلائل تشير إلى أن …") is not the speaker
            prev_source = source
            if not cue.nominal:  # "أعلنت الوزارة …، وفقا للترميز الدولي …، مبينة أن": the participle is the verb's
                verb_source = source
            if claim is not None:  # a cue that said nothing ("ويقدر محصول سورية …") names no antecedent
                # nor does one inside a quotation ("وقال X: «… أفادنا الطبيب المشرف أنه …». وأضاف:" is X)
                state.remember(source, as_antecedent=not cue.nominal and cue.kind != "pretext"
                               and not inside_quotation(s, cue))


# "In line with", said of a plan, a rule, an agreement ("وفق معايير محددة", "وفقا لمقررات جنيف"): inside what was
# said unless a source follows (the inner cue's own attribution then names it). Not "بحسب"/"حسب"/"نقلا عن", which
# relay a report ("… وهو بحسب الفاو أدنى مستوى …").
ACCORDING_TO_RULES = {"وفق", "وفقا ل", "طبقا ل", "استنادا الي"}


def cut_at_next_cue(s, claim, at: int) -> bool:
    """Whether a claim's words end where the next cue's attribution starts (only spaces and commas between)."""
    end = s.to_norm(claim.end - s.start)
    return end <= at and not s.norm[end:at].strip(" ،,")


def content_through_inner_cue(registry, article, s, cue, inner, later, got, speaker, state):
    """"وأعلنت تركيا يوم أمس أنها أقرت قيام «منطقة …»", "وأشار X إلى أن الانتخابات جاءت في ختام …", "وقال أردوغان
    إن هذه القاعدة ستستخدم وفق معايير محددة": a word of the cue list inside what a verb's subject said, that names
    no speaker of its own (the content's own verb, "وفق" of a plain phrase, "قدر الإمكان"), cut what was said
    short; what it says then runs on to the next cue after that word. (claim, source), or None when the inner cue
    is an attribution of its own (it names a speaker, even with no content: "وقال أحد الشهود … قائلا إن …").
    Only a verb's content: a frame's or a participle's words stay as they are; and not past a verb of saying or a
    colon ("قال الله تعالى: …")."""
    if cue.kind != "verb" or cue.nominal or cue_lemma(inner.form) in SAY_VERBS \
            or ":" in s.norm[inner.end:inner.end + 40] \
            or not (inner.kind in ("verb", "came-in") or inner.nominal and inner.lemma in ACCORDING_TO_RULES):
        return None
    if inner.kind == "came-in" and got[0] is not None:
        return None  # "…، الذي جاء في أعقاب تفجير …": came after, no statement; only a content cut to nothing goes on
    after = later[1] if len(later) > 1 else len(s.norm)
    if attribute_cue(registry, article, s, inner, after, got[1], state) is not None:
        return None
    longer = attribute_cue(registry, article, s, cue, after, speaker, state)
    if longer is None or longer[0] is None:
        return None
    if inner.kind == "came-in" and normalize(article.text[longer[0].start:s.start + s.orig(later[0])]).split()[:1] \
            in ([], ["ما"]):
        return None  # "قالت المتحدثة: جاء في تقارير …", "ما جاء في بيان …": where something was said
    return longer if longer[0].end > s.start + s.orig(later[0]) else None


# Media that relay a speaker's words: "وكان جنتي قال … إنه «…»، حسبما ذكرت أمس وكالة الأنباء" is still Janati's.
MEDIA_HEAD_RE = re.compile(r"^(?:ال)?(?:" + "|".join(sorted(MEDIA_HEADS | {"وسايل"})) + r")(?![\w])")  # وسائل الإعلام


# A document (or its findings) named right after a frame: "حسب تقرير اللجنة", "وفقا لنتائج التحقيق".
CITED_DOCUMENT_RE = re.compile(r"\s*(?:ما\s+\S+\s+)?ل?(?:ال)?(?:تقرير|تقارير|بيان|دراسه|نتايج|وثيقه|وثايق|تحقيق|تحقيقات|"
                               r"احصاي|سجلات|معطيات|تشخيص)")


def relaying_media(source) -> bool:
    """A frame's source that is a news medium (registered as one, or headed by وكالة, صحيفة, قناة …)."""
    return source.type in ("news-outlet", "state-media") or bool(MEDIA_HEAD_RE.match(normalize(source.label)))


def drop_relaying_outer(claims, s, cue) -> None:
    """A chain inside one sentence, a medium relaying a speaker ("وأضافت الوكالة أن الوزيرين قالا إن …"): the
    innermost speaker named is the source (GUIDE: source the innermost, via the outer), so the medium's claim whose
    words are nothing but that report (they start at the inner speaker and end where its words end) goes. A speaker
    who tells what another said ("وأضاف نجيب أن سفير الصين عبر عن …") keeps a claim of its own, and so does a
    medium whose words go on past the report."""
    if not claims:  # a cue that made no claim (hostile text: «قال إن ء ء قال إن»)
        return
    inner = claims[-1]
    k = complement_subject(s, cue)
    if k is None or inner.sentence != s.index:
        return
    at = s.start + s.orig(k[0])
    for c in claims[-2::-1]:
        if c.sentence != s.index:
            break
        if c.start == at and inner.end - 1 <= c.end <= inner.end + 1 and c.cue_end <= at and relaying_media(c.source):
            claims.remove(c)
            return


def inside_quotation(s, cue) -> bool:
    """The cue stands inside «…», “…” or "…" opened before it in its sentence (by the marks as written: a text that
    closes every quotation with » «وقال:» … وقال:» …» opens none)."""
    at = s.orig(cue.start)
    before = s.text[:at]
    if before.count("«") + before.count("“") > before.count("»") + before.count("”"):
        return True
    opened = False  # straight quotes: an opening mark before the cue that no closing mark follows before it
    for i, opens in straight_quote_marks(s.text):
        if i >= at:
            break
        opened = opens
    return opened


def reported_inside(text, part, cue, claims) -> bool:
    """A report with its own verb and speaker inside another speaker's quotation («… أفادنا الطبيب أنه بحاجة
    إلى عملية أخرى مدعيا أن الأولى لا تكفي»): a claim of that speaker too, not a part of the quotation."""
    # (a participle's closing mark is the quotation's, kept on its span: "… مدعيا أن الاولى لا تكفي»" ends inside it)
    end = part.end - 1 if cue.kind == "participle" and text[part.end - 1:part.end] in '»”"' else part.end
    return cue.kind in ("verb", "participle") and any(
        c.start < part.cue_start and end <= c.end and c.source.label != part.source.label
        and any(q in text[c.cue_end:c.start + 1] for q in '«"“')
        for c in claims)


# A bare frame and its agency right before the complementizer: "وقال X بحسب "الفرنسية" إن …".
RELAY_FRAME_RE = re.compile(r'\s*"?[^\s"،.:]+(?:\s+[^\s"،.:]+){0,2}"?\s*،?\s*[بف]?ان(?:ه|ها|هم)?(?![\w])')


# The same set off by commas, up to eight words: "وأكد الوزير، بحسب وكالة الأنباء الرسمية، أن …".
SET_OFF_FRAME_RE = re.compile(r'\s*(?:[^\s،.:«]+\s+){0,7}[^\s،.:«]+\s*،\s*[بف]?ان(?:ه|ها|هم)?(?![\w])')


# "على لسان" + the spokesman (up to twelve words, no comma or mark) + the verb's complementizer.
CHANNEL_FRAME_RE = re.compile(r'\s*(?:[^\s"،.:]+\s+){1,12}?[بف]?ان(?:ه|ها|هم)?(?![\w])')


def spoken_through(s, verb, cue) -> bool:
    """"وأكدت الشؤون الصحية على لسان متحدثها عارف الشمري أن …": "على لسان" between a verb of saying (nothing but its
    subject between them: no complementizer, mark or comma) and the verb's complementizer names the channel, not
    a second speaker with words of its own."""
    return verb.kind == "verb" and cue.nominal and s.norm[cue.start:cue.end].lstrip("و") == "علي لسان" \
        and not re.search(r'(?<![\w])[بف]?(?:ان|انه|انها|انهم)(?![\w])|["«:،.]', s.norm[verb.end:cue.start]) \
        and bool(CHANNEL_FRAME_RE.match(s.norm, cue.end))


# The same between a call and its preposition, past the relayer, a time and whom it calls on ("ودعا الرئيس خلال
# الاتصال حسب الإذاعة الجمعة نظيره إلى …"); not طالب, whose بـ could be any word of those eight.
CALL_RELAYED_RE = {lemma: re.compile(r'\s*"?[^\s"،.:]+(?:\s+[^\s"،.:]+){0,7}?\s+' + CALL_OBJECT_PREP[lemma])
                   for lemma in ("دعا", "حث")}


# The gender of a relative pronoun, to compare with the verb right after it.
RELATIVE_GENDER = {"الذي": "m", "التي": "f"}


def relative_about_its_object(s, cue) -> bool:
    """A reporting verb right after a relative pronoun whose noun is the verb's object, not its subject: the verb
    carries the noun again as its pronoun ("هذه الزيارة التي وصفتها بأنها …") or disagrees with it in gender
    ("الهجمات التي قال إنها …"). (A noun the verb agrees with may be its subject: "الأسد الذي أقر بأن …"; what a
    relative clause calls its noun is how it is described: "الاشتباكات التي وصفها بأنها عنيفة تركزت …".)"""
    rel = RELATIVE_JUST_BEFORE_RE.search(s.norm, max(0, cue.start - 24), cue.start)
    if rel is None or cue.kind != "verb" or cue.lemma in LABEL_VERBS:
        return False
    written = s.norm[cue.start:cue.end]
    if written != cue.form and written.startswith(cue.form) and written[len(cue.form):] in ("ه", "ها", "هم"):
        return True
    pronoun = RELATIVE_GENDER.get(rel.group(0).split()[0])
    gender = cue_gender(cue.form, written, cue.kind)
    return pronoun is not None and gender is not None and gender != pronoun


def relative_teller(s, cue, source) -> bool:
    """The verb right after a relative pronoun whose noun, just before it, is the verb's source as found (registered,
    or headed by a title or a body): "الهيئة الوطنية لحقوق الإنسان التي أفادته …"."""
    rel = RELATIVE_JUST_BEFORE_RE.search(s.norm, max(0, cue.start - 24), cue.start)
    if rel is None or cue.kind != "verb" or not (source.registered or source_like_text(source.label)):
        return False
    return s.norm[:rel.start()].rstrip(' "»').endswith(normalize(source.label).strip(' "«»'))


def relay_frame(s, verb, cue) -> bool:
    """A frame between a verb of saying and its complementizer only names who relayed the words ("وقال X
    بحسب "الفرنسية" إن …"), or between a call and its preposition (CALL_RELAYED_RE): the verb's subject said
    them, so the frame neither ends nor takes the content. So does "على لسان Y" there ("أكدت المديرية على لسان
    متحدثها الرسمي أن …"): the body spoke through its spokesman, the verb's subject is the speaker."""
    if spoken_through(s, verb, cue):
        return True
    between = s.norm[verb.end:cue.start]
    set_off = re.search(r"،\s*$", between)  # "وأكد X، بحسب Y، أن …": the frame set off by commas
    if not (verb.kind == "verb" and cue.nominal and s.norm[cue.start:cue.end].lstrip("و") in ("بحسب", "حسب")
            and not re.search(r'(?<![\w])[بف]?(?:ان|انه|انها|انهم)(?![\w])|["«:،]',
                              between[:set_off.start()] if set_off else between)):
        return False
    if set_off:  # and the comma that closes it, the complementizer right after
        return bool(SET_OFF_FRAME_RE.match(s.norm, cue.end))
    frame = RELAY_FRAME_RE.match(s.norm, cue.end)
    call = CALL_RELAYED_RE.get(verb.lemma)
    return bool(frame or call is not None and call.match(s.norm, cue.end))


# what follows بيّن, never the preposition بين: a complementizer or a colon ("الوزير بين أن الحكومة ستتدخل")
BAYYANA_OBJECT_RE = re.compile(r"\s*(?:ان|انه|انها|انهم|بان|بانه|بانها|:)(?![\w])")
# "صالح بن طالب": a cue's word right after a particle of a name is the name; "وتم نقله": after تم, a verbal noun
NOT_A_VERB_BEFORE_RE = re.compile(r"(?<![\w])(?:بن|ابن|بنت|ابو|ابي|[وف]?(?:تم|يتم|سيتم|تمت|ستتم))\s+$")


def reports_nearby(norm: str, cue) -> bool:
    """Reports or a medium named within three words before the verb, not after a preposition, or right after it
    ("وكانت تقارير إخبارية تحدثت", "تحدثت صحيفة الحياة"): the one speaking of something that reports it
    (REPORTING_HEADS); "تحقق في تقارير تحدثت عن …" names what is looked into, inside another's words."""
    before = norm[:cue.start].split()
    after = norm[cue.end:].split()[:1]
    heads = [k for k in range(max(0, len(before) - 3), len(before))
             if before[k].lstrip("و").removeprefix("ال") in REPORTING_HEADS and (k == 0 or before[k - 1] not in NP_STOP)]
    return bool(heads) or any(w.removeprefix("ال") in REPORTING_HEADS for w in after)


# A verb with its object pronoun right after a statement noun, with no relative word: a clause that says which
# statement it is ("بيان نشرته وكالة أنباء البحرين", "تقرير نشرته صحيفة الحياة").
DOCUMENT_DESCRIBED_RE = re.compile(r"ه|ها")
# Verbs spelled as their verbal noun, and a و that joins one to the verbal noun of تم in the same clause.
MASDAR_SPELLED = {"نقل", "نشر", "كشف", "طلب", "شرح", "ذكر"}
JOINED_TO_TAMMA_RE = re.compile(r"(?<![\w])[وف]?(?:تم|يتم|سيتم|تمت|ستتم)\s+(?:[^\s،.:؛\"]+\s+){1,6}و$")


# "anything" (normalized) before a passive يُذكر: "شيئا يذكر", "بشيء يذكر" ("worth mentioning").
THING_WORDS = {"شييا", "شيء", "شي", "بشيء", "بشي"}


def not_a_verb(s, cue) -> bool:
    """A verb cue that is a name, a verbal noun after تم, or a noun or adjective in ة ("لجنة تابعة للأمم …")."""
    if cue.kind != "verb":
        return False
    if cue.lemma == "أدان" and (s.text[s.orig(cue.start)] == "\u0625" or cue.form.endswith("ت")
                                and s.norm[cue.start:cue.end] != cue.form):
        return True  # "إدانته", "عن إدانتهم": the verbal noun, not أدان
    if cue.form == "رد" and s.norm[cue.start - 1:cue.start] == "ف" and not s.norm[cue.end:cue.end + 1].strip():
        if not re.search(r"(?:^|[.،:]|(?<![\w])و)\s*$", s.norm[:cue.start - 1]):
            return True  # "لوجود فرد يقوم …": the noun "an individual", not ف + ردّ
    if cue.form == "دان" and not re.search(r"(?:^|[.،:\n]|(?<![\w])و)[^\S\n]*$", s.norm[:cue.start]):
        return True  # "وصف دان دي لوس", "المليون فدان": a name or a noun, not دان opening its clause
    if cue.form == "بين" and "\u0651" not in s.text[s.orig(cue.start):s.orig(cue.end - 1) + 2] \
            and re.search(r"(?<![\w])(?!(?:كما|حيث|فيما|بينما|وقد|فقد|قد)\s)\S*[^\W\d]\s+$", s.norm[:cue.start]) \
            and not BAYYANA_OBJECT_RE.match(s.norm, cue.end):
        return True  # "في اشتباكات بين قوات الأمن ومقاتلين": the preposition after a noun, not بيّن (unless «أن» follows)
    if s.norm[cue.start:cue.end] in MASDAR_SPELLED and JOINED_TO_TAMMA_RE.search(s.norm, 0, cue.start):
        return True  # "تم استكمال جميع الشبكات ونقل خطوط الهاتف": a second verbal noun of تم, not نقل
    if cue.lemma == "تحدث" and not reports_nearby(s.norm, cue):
        return True  # "ويتحدث اللهجة المغاربية", "وتحدث عن سقوط …": a speaker's topic, no report that ends another's
    before = s.norm[:cue.start].split()[-1:]
    written = s.norm[cue.start:cue.end]
    if cue.lemma == "ذكر" and written in ("يذكر", "تذكر") and before and before[0] in THING_WORDS:
        return True  # "لم يفعل شيئا يُذكر لمنع …": "worth mentioning", the passive after "anything", nobody speaks
    if before and STATEMENT_NOUN_RE.fullmatch(before[0]) and written != cue.form \
            and DOCUMENT_DESCRIBED_RE.fullmatch(written[len(cue.form):]):
        return True  # "وذكر بيان نشرته وكالة الأنباء أن …": which document it is, not a report of its words
    return bool(NOT_A_VERB_BEFORE_RE.search(s.norm, 0, cue.start)) or s.text[s.orig(cue.end - 1)] == "\u0629" \
        or verbal_noun_in_ha(s, cue)


# The word after "إضافة"/"إفادة" that makes it a noun: "إضافة إلى", "إضافة لفقرات …", "إفادة بأن".
NOUN_PREPOSITION_AFTER_RE = re.compile(r"\s+(?:الي|لل|ل(?=\w)|ب(?=\w))")


def verbal_noun_in_ha(s, cue) -> bool:
    """A verbal noun whose ة web copy writes ه ("في إفاده صحفيه", "اضافه لفقرات …"), spelled like the verb with
    an object pronoun (أفاده، أضافه): a noun after a preposition (no verb follows one), or before the preposition
    that a form-IV verbal noun takes when it means "in addition to" (the verb with a pronoun object would have
    its subject first)."""
    if s.text[s.orig(cue.end - 1)] != "ه" or s.norm[cue.start:cue.end] != cue.form + "ه":
        return False
    if PREPOSITION_BEFORE_RE.search(s.norm, max(0, cue.start - 8), cue.start):
        return True
    return cue.form.startswith("ا") and len(cue.form) == 4 and bool(NOUN_PREPOSITION_AFTER_RE.match(s.norm, cue.end))


def outlet_voice(doc: Document) -> None:
    """The outlet's own statements: its headline, else its lead; then its checkable narration after them."""
    claims = doc.extraction.claims
    own = headline_claims(doc.article, doc.spans, doc.seen_spans)
    own = own or lead_claims(doc.registry, doc.article, doc.spans, claims, doc.words)
    after = max([c.sentence for c in own] + [lead_index(doc.article, doc.spans)])
    claims += own
    claims += narration_claims(doc.registry, doc.article, doc.sentences, claims, after)


def balance_marks(claim, sentence_text: str) -> None:
    """The source's label (and an unregistered source's name written the same) with balanced quotation marks."""
    ref = claim.source
    label = balanced_label(ref.label, sentence_text)
    if label == ref.label:
        return
    same = not ref.registered and ref.name == ref.label
    ref.label = label
    if same:
        ref.name = ref.name_ar = label


def place_and_rank(doc: Document) -> None:
    """Claims in text order, sources named as first written, places and check-worthiness."""
    article, spans, claims = doc.article, doc.spans, doc.extraction.claims
    claims.sort(key=lambda c: (c.start, c.end))
    for c in claims:
        if not c.own and c.source.label:
            balance_marks(c, article.text[spans[c.sentence].start:spans[c.sentence].end])
    name_as_first_written(claims)
    for c in claims:
        # where the claim is about: its own words, else its sentence, else the headline
        span = spans[c.sentence]
        c.places = (places_in(c.quote) or places_in(article.text[span.start:span.end])
                    or places_in(article.title or ""))
        c.checkworthiness = checkworthiness(c, doc.registry)


# propose_missed: the learned proposer's claims for what the rules missed (when the extractor asks for it)
STEPS = (read_sentences, attribute_sentences, issued_statements, outlet_voice, propose_missed, place_and_rank)


class AttributionExtractor:
    """Finds attributed statements in an article. One job: text in, claims out.

    `nlp`: a function list of sentence texts → stanza Documents (kg.nlp.analyse_many), None to load
    kg.nlp's pipeline (raising kg.nlp.NLPModelMissing when its models are not there), or False for the
    rules alone. `proposer`: add the learned proposer's claims (off without models/proposer.joblib)."""

    def __init__(self, registry: Registry | None = None, nlp=None, proposer: bool = False):
        self.registry = registry or load_registry()
        # the learned proposer (kg.attribution.proposer) only when asked for and its model is there: in
        # cross-validation most of the claims it adds have a wrong source or none that the gold scores
        self.proposer = load_proposer() if proposer else None
        if nlp is None:
            from .. import nlp as _nlp

            _nlp.load_pipeline()  # fail now, with the clear message, if the models are missing
            nlp = _nlp.analyse_many
        self.nlp = nlp or None
        self.method = "rules-v2+stanza" if self.nlp else "rules-v2"

    def analyse(self, text: str) -> list:
        """One stanza call per article: its sentences (split here) go to the pipeline as one batch."""
        spans = split_sentences_abbrev(text)
        return self.nlp([text[sp.start:sp.end] for sp in spans]) if self.nlp else []

    def extract(self, article: Article, docs: list | None = None, steps=STEPS) -> Extraction:
        """`docs`: the stanza analysis of the article's sentences (as `analyse` returns it), if already made.
        `steps`: the steps to run (training runs the rules without the proposer)."""
        return self.document(article, docs, steps).extraction

    def document(self, article: Article, docs: list | None = None, steps=STEPS) -> Document:
        """The Document after `steps`, for what reads more than the claims (the proposer's training)."""
        spans = split_sentences_abbrev(article.text)
        ext = Extraction(article=article, sentences=[(s.start, s.end) for s in spans])
        if docs is None and self.nlp is not None:
            docs = self.analyse(article.text)
        doc = Document(article=article, registry=self.registry, spans=spans, extraction=ext, parses=docs,
                       proposer=self.proposer)
        for step in steps:
            step(doc)
        return doc


def extract(article: Article) -> Extraction:
    return AttributionExtractor().extract(article)
