"""Rule-based Arabic attribution: who said what, with which cue, in which words.

A processor over one article: sentences → reporting cues → source → content span →
polarity and date. It works on normalized text and maps every span back to exact
offsets in the original article, so `article.text[start:end] == quote` always holds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .model import Article, Claim, Extraction, SourceRef
from .places import places_in
from .sources import Mention, Registry, load_registry, outlet_ref, unregistered_ref
from .text import DIACRITICS, normalize_with_offsets, split_sentences

# Reporting verbs by lemma, as normalized surface stems (past 3rd m/f/pl, present 3rd m/f).
_VERBS = {
    "قال": ["قال", "قالت", "قالوا", "يقول", "تقول", "يقولون"],
    "أعلن": ["اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن"],
    "ذكر": ["ذكر", "ذكرت", "ذكروا", "يذكر", "تذكر"],
    "أفاد": ["افاد", "افادت", "افادوا", "يفيد", "تفيد"],
    "أكد": ["اكد", "اكدت", "اكدوا", "يوكد", "توكد"],
    "نفى": ["نفي", "نفت", "نفوا", "ينفي", "تنفي"],
    "أوضح": ["اوضح", "اوضحت", "يوضح", "توضح"],
    "أشار": ["اشار", "اشارت", "يشير", "تشير"],
    "اعتبر": ["اعتبر", "اعتبرت", "يعتبر", "تعتبر"],
    "أضاف": ["اضاف", "اضافت", "يضيف", "تضيف"],
    "حذر": ["حذر", "حذرت", "يحذر", "تحذر"],
    "كشف": ["كشف", "كشفت", "يكشف", "تكشف"],
    "زعم": ["زعم", "زعمت", "يزعم", "تزعم"],
    "أشاد": ["اشاد", "اشادت", "يشيد", "تشيد"],
    "دعا": ["دعا", "دعت", "يدعو", "تدعو"],
    "نشر": ["نشر", "نشرت"],
    "رد": ["رد", "ردت"],
    "صرح": ["صرح", "صرحت", "يصرح", "تصرح"],
    "أعرب": ["اعرب", "اعربت"],
    "كذب": ["كذب", "كذبت"],
}
_DENIAL_VERBS = {"نفى", "كذب"}
# Verbs whose content is their object, not a clause: "دعا X من تبقى … للخروج".
_DIRECTIVE = {"دعا"}
# Verbs that can take the content as a plain object: "أعلنت X دخول القوات …".
_OBJECT_VERBS = {"أعلن", "ذكر", "أكد", "نفى", "كشف", "نشر", "أشاد", "حذر", "رد", "كذب"}
_VERB_FORM = {}
for lemma, forms in _VERBS.items():
    for f in forms:
        _VERB_FORM[f] = lemma
# Optional و/ف before, optional object pronoun after (ذكّره، أبلغها).
_VERB_RE = re.compile(
    r"(?<![\w])[وف]?(" + "|".join(sorted(_VERB_FORM, key=len, reverse=True)) + r")(?:ه|ها|هم)?(?![\w])"
)

# Nominal / prepositional attributions; the source follows, the content is elsewhere.
_NOMINAL_RE = re.compile(
    r"(?<![\w])(?:و)?(بحسب|حسب ما (?:ذكر|ذكرت|افاد|افادت|اعلن|اعلنت)|حسب|وفقا ل|وفق اعتراف|وفق|نقلا عن)(?![\w])"
)
_DENIAL_RE = re.compile(r"(?<![\w])(لا صحه|عار عن الصحه|عاري عن الصحه|غير صحيح|لا اساس له من الصحه)(?![\w])")
# Complementizers and markers that open the content after cue + source.
_OPEN_RE = re.compile(
    r"(?<![\w])(?<!بعد )(?<!قبل )(?<!منذ )(?<!دون )(?:ب?ان(?:ه|ها|هم)?|الي ان(?:ه|ها)?|بكون)(?![\w])|[\"«“:]"
)
_COMPLEMENTIZER_RE = re.compile(_OPEN_RE.pattern.replace('|[\\"«“:]', ""))
# Where a content clause stops even inside one sentence.
_CLAUSE_END_RE = re.compile(r"،\s*(?:في حين|بينما|فيما|لكنه|لكنها|لكن)(?![\w])")
_MAX_GAP = 45  # chars allowed between cue+source and the opener ("للافروف عند بدء اللقاء «")
_RELATIVE_RE = re.compile(r"^\s*\"?\s*(?:الذي|التي|الذين)(?![\w])")
_CHANNEL_RE = re.compile(r"^\s*(?:عبر|على|في)\s+\S+(?:\s+(?:الصوت|الرسميه|الرسمي))?")

_RELATIVE_DAYS = {"امس": -1, "اليوم": 0, "غدا": 1}
_RELATIVE_RE_DAYS = re.compile(r"(?<![\w])(امس|اليوم|غدا)(?![\w])")
_STRIP = " \t\n،,.:؛;"


@dataclass
class _Cue:
    start: int  # normalized offsets within the sentence
    end: int
    lemma: str
    nominal: bool


class AttributionExtractor:
    """Finds attributed statements in an article. One job: text in, claims out."""

    method = "rules-v1"

    def __init__(self, registry: Registry | None = None):
        self.registry = registry or load_registry()

    def extract(self, article: Article) -> Extraction:
        text = article.text
        sentences = split_sentences(text)
        ext = Extraction(article=article, sentences=[(s.start, s.end) for s in sentences])
        doc_mentions = self.registry.mentions(text)
        last_source: SourceRef | None = None
        seen_spans: set[tuple[int, int]] = set()
        for idx, span in enumerate(sentences):
            sent = text[span.start:span.end]
            norm, offsets = normalize_with_offsets(sent)
            mentions = [
                Mention(m.source, m.label, m.start - span.start, m.end - span.start, m.contextual)
                for m in doc_mentions if span.start <= m.start and m.end <= span.end
            ]
            # Mention offsets are in original-sentence coordinates; map to normalized.
            o2n = {o: i for i, o in enumerate(offsets)}
            nm = [(o2n.get(m.start, 0), o2n.get(m.end, len(norm)), m) for m in mentions]
            cues = self._cues(norm)
            prev_source: SourceRef | None = None
            for ci, cue in enumerate(cues):
                next_cue = cues[ci + 1].start if ci + 1 < len(cues) else len(norm)
                claim = self._attribute(article, idx, span.start, sent, norm, offsets, nm, cue,
                                        next_cue, prev_source, last_source)
                if claim is None:
                    continue
                if claim[0] is not None:
                    c = claim[0]
                    if (c.start, c.end) not in seen_spans:
                        seen_spans.add((c.start, c.end))
                        ext.claims.append(c)
                prev_source = claim[1]
                last_source = claim[1]
        ext.claims += self._headline_claims(article, sentences, seen_spans)
        ext.claims.sort(key=lambda c: (c.start, c.end))
        for c in ext.claims:
            # where the claim is about: its own words, else its sentence, else the headline
            span = sentences[c.sentence]
            c.places = (places_in(c.quote) or places_in(text[span.start:span.end])
                        or places_in(article.title or ""))
        return ext

    def _headline_claims(self, article, sentences, seen_spans):
        """The outlet's own voice: its headline, split at ".." into statements."""
        title = (article.title or "").strip()
        out = []
        for idx, span in enumerate(sentences[:4]):
            line = article.text[span.start:span.end]
            if not title or line.strip() != title:
                continue
            for m in re.finditer(r"[^.]+", line):
                part = m.group(0)
                lead = len(part) - len(part.lstrip())
                s = span.start + m.start() + lead
                e = span.start + m.end() - (len(part) - len(part.rstrip()))
                if article.text[s] == "و" and article.text[s + 1] in "«\"":
                    s += 1  # "و«داعش» …": the conjunction joins the two halves
                if e - s < 3 or (s, e) in seen_spans:
                    continue
                out.append(Claim(
                    article_key=article.key, text=article.text[s:e], quote=article.text[s:e],
                    start=s, end=e, sentence=idx, source=outlet_ref(article.publisher, article.key), cue=None,
                    cue_start=None, cue_end=None, polarity="asserted", date=article.date, own=True))
            break
        return out

    # -------------------------------------------------------------- cues
    def _cues(self, norm: str) -> list[_Cue]:
        cues = [_Cue(m.start(1), m.end(), _VERB_FORM[m.group(1)], False) for m in _VERB_RE.finditer(norm)]
        cues += [_Cue(m.start(), m.end(), m.group(1), True) for m in _NOMINAL_RE.finditer(norm)]
        cues.sort(key=lambda c: c.start)
        return cues

    # -------------------------------------------------------------- one cue
    def _attribute(self, article, idx, sent_start, sent, norm, offsets, nm, cue, next_cue,
                   prev_source, last_source):
        """Returns (claim or None, the cue's source) or None if the cue has no source."""

        def orig(i: int) -> int:
            return offsets[min(i, len(offsets) - 1)]

        if cue.nominal:
            after = [x for x in nm if cue.end <= x[0] <= cue.end + 3]
            if not after:
                return None
            s0, s1, mention = after[0]
            source = self.registry.ref(mention)
            rest = norm[s1:]
            if norm[:cue.start].strip(_STRIP):  # content precedes the cue: "X، وفق اعتراف Y"
                c0, c1 = 0, cue.start
            elif rest.strip(_STRIP):  # "بحسب Y، X"
                c0, c1 = s1, len(norm)
            else:
                return None
            return self._claim(article, idx, sent_start, sent, norm, offsets, c0, c1,
                               source, orig(cue.start), orig(cue.end), cue.lemma, denial=False), source

        # Verb cue: explicit subject right after the verb (VSO, Arabic's default)…
        source: SourceRef | None = None
        comp = _COMPLEMENTIZER_RE.search(norm, cue.end, next_cue)
        limit = comp.start() if comp else next_cue
        subj_end = None
        for s0, s1, mention in nm:
            if cue.end <= s0 <= min(limit, cue.end + 40):
                source, subj_end = self.registry.ref(mention), s1
                # a title before a name ("وزير الدفاع الفرنسي جان ايف لودريان") is one mention
                for t0, t1, m2 in nm:
                    if s1 <= t0 <= s1 + 2 and m2.source is mention.source:
                        subj_end = t1
                        label_end = orig(t1)
                        source.label = sent[orig(s0):label_end]
                break
        # …or topicalized before it ("أما المرصد …، فقد ذكر"), within a short distance…
        if source is None:
            before = [x for x in nm if x[1] <= cue.start and cue.start - x[1] <= 12]
            if before:
                source = self.registry.ref(before[-1][2])
        # …or a pronoun subject: a relative clause's head, the sentence's earlier agent,
        # or the previous sentence's source ("لكنه أضاف", "وذكّره").
        if source is None:
            rel = [x for x in nm if x[1] < cue.start and _RELATIVE_RE.match(norm[x[1]:])]
            if rel:
                source = self.registry.ref(rel[-1][2])
            elif prev_source is not None:
                source = prev_source
            else:
                first = [x for x in nm if x[1] <= cue.start]
                if first:
                    source = self.registry.ref(first[0][2])
                elif last_source is not None:
                    source = last_source
        if source is None:
            source = self._unregistered_subject(sent, norm, offsets, cue, limit)
            if source is None:
                return None

        start_at = subj_end if subj_end is not None else cue.end
        if subj_end is not None and norm[subj_end:subj_end + 1] == '"':  # ودعا «داعش» …
            start_at += 1
        content = self._content(norm, cue, start_at, next_cue)
        if content is None:
            return None, source
        c0, c1 = content
        return self._claim(article, idx, sent_start, sent, norm, offsets, c0, c1, source,
                           orig(cue.start), _end_with_marks(sent, orig(cue.end)), cue.lemma,
                           denial=cue.lemma in _DENIAL_VERBS), source

    def _content(self, norm, cue, start_at, next_cue):
        open_m = _OPEN_RE.search(norm, start_at, next_cue)
        if open_m and open_m.start() - start_at > _MAX_GAP:
            open_m = None  # too far: that quote or "أن" belongs to something else
        if open_m:
            tok = open_m.group(0)
            if tok == '"' or tok == "«" or tok == "“":
                close = norm.find('"', open_m.end())
                if close == -1:
                    return None
                return open_m.end(), close
            c0 = open_m.end()
            # "إن «…»": the whole content is one quotation → take its inside.
            rest = norm[c0:]
            lead = len(rest) - len(rest.lstrip())
            if rest.lstrip().startswith('"'):
                q0 = c0 + lead + 1
                close = norm.find('"', q0)
                tail = norm[close + 1:] if close != -1 else ""
                if close != -1 and not tail.strip(_STRIP):
                    return q0, close
            end = self._clause_end(norm, c0, next_cue)
            return c0, end
        if cue.lemma in _DIRECTIVE or cue.lemma in _OBJECT_VERBS:
            rest = norm[start_at:]
            ch = _CHANNEL_RE.match(rest)
            c0 = start_at + (ch.end() if ch else 0)
            end = self._clause_end(norm, c0, next_cue)
            comma = norm.find("،", c0, end)
            if cue.lemma in _DIRECTIVE and comma != -1:  # the call itself, not its reasons
                end = comma
            return c0, end
        return None

    @staticmethod
    def _clause_end(norm, c0, next_cue):
        m = _CLAUSE_END_RE.search(norm, c0)
        end = m.start() if m and m.start() < next_cue else next_cue
        return end

    def _unregistered_subject(self, sent, norm, offsets, cue, limit):
        """An unknown source named right after the verb, up to the complementizer."""
        phrase = norm[cue.end:limit].strip(_STRIP)
        words = phrase.split()
        if not phrase or not (1 <= len(words) <= 6) or "،" in phrase:
            return None
        s = norm.index(phrase, cue.end)
        label = sent[offsets[s]:offsets[s + len(phrase)]]
        t = "anonymous-source" if re.match(r"(مصدر|مصادر)", words[0]) else "unknown"
        return unregistered_ref(label, t)

    def _claim(self, article, idx, sent_start, sent, norm, offsets, c0, c1, source, cue_s, cue_e,
               lemma, denial):
        # trim punctuation/space, and unbalanced outer quotes
        while c0 < c1 and norm[c0] in _STRIP:
            c0 += 1
        while c1 > c0 and norm[c1 - 1] in _STRIP:
            c1 -= 1
        if c1 - c0 < 3:
            return None
        s, e = offsets[c0], _end_with_marks(sent, offsets[c1 - 1] + 1)
        quote = sent[s:e]
        cue = sent[cue_s:cue_e]
        polarity = "denied" if denial else "asserted"
        dm = _DENIAL_RE.search(norm, c0, c1)
        if dm and dm.start() - c0 <= 12:
            polarity = "denied"
            cue_s, cue_e = offsets[dm.start()], _end_with_marks(sent, offsets[dm.end() - 1] + 1)
            cue = sent[cue_s:cue_e]
        text = quote.strip("«»“”\" ")
        if quote.startswith("«") and quote.endswith("»") and quote.count("«") == 1:
            text = quote[1:-1]
        return Claim(
            article_key=article.key, text=" ".join(text.split()), quote=quote,
            start=sent_start + s, end=sent_start + e, sentence=idx, source=source,
            cue=cue, cue_start=sent_start + cue_s, cue_end=sent_start + cue_e,
            polarity=polarity, date=_resolve_date(norm, article.date),
        )


def _end_with_marks(text: str, end: int) -> int:
    """Extend an exclusive end over diacritics that belong to the last letter (سناً)."""
    while end < len(text) and text[end] in DIACRITICS:
        end += 1
    return end


def _resolve_date(norm_sentence: str, published: str | None) -> str | None:
    """A relative date in the sentence resolves against the publication date;
    otherwise the claim is dated by its publication."""
    if not published:
        return None
    try:
        base = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    m = _RELATIVE_RE_DAYS.search(norm_sentence)
    delta = _RELATIVE_DAYS[m.group(1)] if m else 0
    return (base + dt.timedelta(days=delta)).isoformat()


def extract(article: Article) -> Extraction:
    return AttributionExtractor().extract(article)


__all__ = ["AttributionExtractor", "extract", "outlet_ref"]
