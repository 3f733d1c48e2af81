"""The object the steps share: the article's Document, its Sentences, their Cues and parsed Words."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..model import Article, Extraction
from ..sources import Mention, Registry
from ..text import DIACRITICS, normalize_with_offsets
from .coreference import Discourse

@dataclass
class Cue:
    start: int  # normalized offsets within the sentence
    end: int
    lemma: str
    kind: str  # "verb" | "nominal" | "participle" | "came-in"
    form: str = ""

    @property
    def nominal(self) -> bool:
        return self.kind == "nominal"


@dataclass
class Sentence:
    """One sentence: original text, its normalized form with offsets, registry mentions (normalized
    offsets) and, when the parse is available, its words."""
    index: int
    start: int
    text: str
    norm: str
    offsets: list[int]
    mentions: list[tuple[int, int, Mention]]
    words: list = field(default_factory=list)  # Word, sentence-relative original offsets
    entities: list = field(default_factory=list)  # (start, end, type), sentence-relative original offsets
    # the article writes a word's final ى as ي (as many sites do): its «علي» is the preposition as often as the name
    ya_for_maqsura: bool = False

    def orig(self, i: int) -> int:
        return self.offsets[min(i, len(self.offsets) - 1)]

    def to_norm(self, orig_i: int) -> int:
        return bisect.bisect_left(self.offsets, orig_i)


@dataclass
class Word:
    start: int
    end: int
    lemma: str
    upos: str
    head: int  # index in the sentence's word list, -1 for the root
    deprel: str


# Words that end in ى in standard spelling and are never names (إلى، حتى، أخرى، الكبرى، مستشفى …), as an
# article writes them when it spells every final ى as ي; hamza-less, as such sites also write them.
_MAQSURA_AS_YA = re.compile(r"(?<![\w\u064b-\u0652])(?:الي|حتي|[اأ]خري|الأخري|الاخري|الاولي|الأولي|الكبري|الصغري|"
                            r"الوسطي|مستشفي|المستشفي|[اأ]دني|الذكري)(?![\w])")
_MAQSURA = re.compile(r"\u0649(?![\w])")


def writes_ya_for_maqsura(text: str) -> bool:
    """The article never ends a word in ى, and writes at least one ى-word (إلى، حتى، أخرى …) with ي instead."""
    return not _MAQSURA.search(text) and bool(_MAQSURA_AS_YA.search(text))


# Latin punctuation as many sites (and translated wire copy) write it: a comma not between digits («1,500»),
# a semicolon, a question mark. The rules read the Arabic marks; one character for one keeps the offsets.
_LATIN_MARK = re.compile(r",(?![0-9٠-٩])|(?<![0-9٠-٩]),|;|\?")
_ARABIC_MARK = {",": "،", ";": "؛", "?": "؟"}


def arabic_punctuation(norm: str) -> str:
    return _LATIN_MARK.sub(lambda m: _ARABIC_MARK[m.group(0)], norm)


def read_sentence(idx, span, text, doc_mentions, words, ents, ya_for_maqsura: bool = False) -> Sentence:
    sent = text[span.start:span.end]
    norm, offsets = normalize_with_offsets(sent)
    norm = arabic_punctuation(norm)
    s = Sentence(idx, span.start, sent, norm, offsets, [], ya_for_maqsura=ya_for_maqsura)
    for m in doc_mentions:
        if span.start <= m.start and m.end <= span.end:
            rel = Mention(m.source, m.label, m.start - span.start, m.end - span.start, m.contextual)
            s.mentions.append((s.to_norm(rel.start), s.to_norm(rel.end), rel))
    if words:
        lo = bisect.bisect_left([w[0] for w in words], span.start)
        hi = bisect.bisect_left([w[0] for w in words], span.end)
        for w in words[lo:hi]:
            head = w[4] - lo if lo <= w[4] < hi else -1
            s.words.append(Word(w[0] - span.start, w[1] - span.start, w[2], w[3], head, w[5]))
        s.entities = [(a - span.start, b - span.start, t) for a, b, t in ents if span.start <= a and b <= span.end]
    return s


def inside_mention(s: Sentence, i: int) -> bool:
    return any(m0 < i < m1 for m0, m1, _ in s.mentions)


def end_with_marks(text: str, end: int) -> int:
    """Extend an exclusive end over diacritics that belong to the last letter (سناً)."""
    while end < len(text) and text[end] in DIACRITICS:
        end += 1
    return end


@dataclass
class Document:
    """One article as the pipeline's steps see it: each step reads what earlier ones wrote and adds its own."""
    article: Article
    registry: Registry
    spans: list  # the sentences' spans in the article (kg.text.split_sentences_abbrev)
    extraction: Extraction  # the claims found so far
    parses: list | None = None  # stanza Documents, one per sentence span, or None without the parse
    words: list = field(default_factory=list)  # (start, end, lemma, upos, head, deprel), article offsets
    entities: list = field(default_factory=list)  # (start, end, type), article offsets
    sentences: list[Sentence] = field(default_factory=list)
    discourse: Discourse = field(default_factory=Discourse)  # the sources said so far
    seen_spans: set[tuple[int, int]] = field(default_factory=set)  # claim spans already taken
    proposer: object = None  # the learned proposer's model when the extractor uses it (kg.attribution.proposer)
