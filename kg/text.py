"""Arabic text normalization that keeps character offsets, and sentence splitting.

Every normalization here is a per-character deletion or 1:1 replacement, so a
position in the normalized string maps back to exactly one position in the
original text. That is what lets claims carry exact `start`/`end` offsets
while matching is done on normalized text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Harakat, Quranic marks, superscript alef; tatweel is removed as well.
DIACRITICS = set(chr(c) for c in range(0x0610, 0x061B)) | set(
    chr(c) for c in range(0x064B, 0x0660)
) | {"\u0670", "\u0640"} | set(chr(c) for c in range(0x06D6, 0x06EE))

_REPLACE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
    "«": '"', "»": '"', "“": '"', "”": '"',
    "\u200f": "", "\u200e": "", "\u200b": "", "\u200c": "", "\u200d": "",
}


def normalize(text: str) -> str:
    """Normalize Arabic for matching: no diacritics/tatweel, one alef, ه for ة, ي for ى."""
    return normalize_with_offsets(text)[0]


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Return (normalized, offsets) where offsets[i] is the original index of normalized char i.

    offsets has one extra entry, len(text), so an exclusive end maps back too.
    """
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch in DIACRITICS:
            continue
        rep = _REPLACE.get(ch, ch)
        if rep == "":
            continue
        out.append(rep.lower())
        offsets.append(i)
    offsets.append(len(text))
    return "".join(out), offsets


def collapse_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Span:
    start: int
    end: int


_QUOTE_OPEN = {"«": "»", "“": "”"}


def straight_quote_marks(text: str) -> list[tuple[int, bool]]:
    """Straight double quotes ("…", as many sites write «…») as (index, opens): a mark opens when a word follows it
    and none is glued before it but a clitic or tatweel («لـ"سبق"», «ب"…»); it closes when a word precedes it."""
    marks = []
    for i, ch in enumerate(text):
        if ch != '"':
            continue
        prev, nxt = text[i - 1:i], text[i + 1:i + 2]
        clitic = prev == "ـ" or prev in ("ل", "ب", "و", "ف") and (i < 2 or text[i - 2].isspace())
        if nxt and not nxt.isspace() and (not prev or not prev.isalnum() or clitic):
            marks.append((i, True))
        elif prev and not prev.isspace():
            marks.append((i, False))
    return marks


def straight_quote_pairs(text: str) -> dict[int, int]:
    """{opening index: closing index} of straight quotes within one paragraph: an opener pairs with the next closer;
    an opener followed by another opener first never closed and pairs with nothing."""
    pairs: dict[int, int] = {}
    opened = None
    for i, opens in straight_quote_marks(text):
        if opens:
            opened = i
        elif opened is not None:
            if "\n" not in text[opened:i]:
                pairs[opened] = i
            opened = None
    return pairs


_CLOSING_MARKS = ('"', *_QUOTE_OPEN.values())  # a straight quote, », ”


def split_sentences(text: str) -> list[Span]:
    """Split into sentences, never inside «…», “…” or paired "…" quotes.

    Boundaries: line breaks, and . ! ? ؟ followed by whitespace. A run of two
    or more dots is a headline separator ("تدمر.. و«داعش»"), not a boundary.
    """
    spans: list[Span] = []
    start = 0
    depth: list[str] = []
    i = 0
    n = len(text)
    straight = straight_quote_pairs(text)

    def emit(end: int) -> None:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(s, e))

    while i < n:
        ch = text[i]
        if ch in _QUOTE_OPEN:
            depth.append(_QUOTE_OPEN[ch])
        elif depth and ch == depth[-1]:
            depth.pop()
        elif i in straight:
            i = straight[i]  # "…": one quotation, closed by its pair in the same paragraph
            continue
        if ch == "\n":
            depth.clear()  # an unclosed quote never spans a paragraph
            emit(i)
            start = i + 1
        elif ch in ".!?؟" and not depth:
            j = i
            while j + 1 < n and text[j + 1] in ".!?؟":
                j += 1
            run_is_ellipsis = text[i:j + 1].count(".") >= 2
            if (j + 1 == n or text[j + 1].isspace()) and not run_is_ellipsis:
                emit(j + 1)
                start = j + 1
            i = j
        if ch in _CLOSING_MARKS and not depth and i > start and text[i - 1] in ".!?؟" and text[i - 2:i - 1] != "." \
                and (i + 1 == n or text[i + 1].isspace()):
            # «… قدما.» وقال, "… أوروبا." وقتل: a full stop inside the closing mark ends the sentence there, as it
            # does before a line break (web copy that lost its line breaks runs such sentences on)
            emit(i + 1)
            start = i + 1
        i += 1
    emit(n)
    return spans


_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف")
_SUFFIXES = ("ات", "ون", "ين", "هم", "ها", "ه", "ي")
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Normalized word tokens."""
    return _TOKEN.findall(normalize(text))


def light_stem(token: str) -> str:
    """Strip one common clitic prefix and one suffix, keeping at least three letters."""
    for p in _PREFIXES:
        if token.startswith(p) and len(token) - len(p) >= 3:
            token = token[len(p):]
            break
    for s in _SUFFIXES:
        if token.endswith(s) and len(token) - len(s) >= 3:
            token = token[: -len(s)]
            break
    return token


# One-letter abbreviations before a name: "د." (doctor), "م." (engineer), "أ." (professor).
_ABBREVIATION_END = re.compile(r"(?:^|[\s(])[\u0621-\u064a]\.$")


# A Latin acronym spelled letter by letter in Arabic, each with its dot: "سي. إن. إن.", "بي. بي. سي.", "(جي. بي.
# إس.)". Its dots end no sentence: the last two words before a stop are such letters, or the next "sentence" is one.
_ACRONYM_TAIL = re.compile(r"(?:^|[\s(])[\u0621-\u064a]{1,3}\.\s+[\u0621-\u064a]{1,3}\.$")
_ACRONYM_LETTER = re.compile(r"(?:^|[\s(])[\u0621-\u064a]{1,3}\.$")
_ACRONYM_NEXT = re.compile(r"^\s*[\u0621-\u064a]{1,2}\.\)?\s*$")


def _dotted_acronym(prev: str, nxt: str) -> bool:
    return bool(_ACRONYM_TAIL.search(prev) or _ACRONYM_LETTER.search(prev) and _ACRONYM_NEXT.match(nxt))


_GLUED_STOP = re.compile(r"(?<=[\u0621-\u064a]{3})\.(?=[\u0621-\u064a]{2})")


def _in_dotted_acronym(text: str, at: int) -> bool:
    """The full stop at `at` is one of two or more inside one word, between short letter groups ("دي.إيه.إن"):
    an acronym's, no sentence's end."""
    w0 = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    w1 = min([k for k in (text.find(" ", at), text.find("\n", at)) if k != -1] or [len(text)])
    groups = text[w0:w1].split(".")
    return len(groups) >= 3 and all(1 <= len(g) <= 3 for g in groups[1:-1])


def _unclosed_quotes_split(text: str, spans: list[Span]) -> list[Span]:
    """Split again a sentence that a quotation mark opened and never closed held together up to its paragraph's
    end, when another mark of that kind opens inside it («… تنظيم «داعش « بخطف … . وقال …», «تحدثوا عن «اشتباكات
    … . وأشاروا إلى أن «المعارك …»): the first mark is a typo or a quotation closed unmarked, and its full stops end
    sentences as elsewhere. Speech that simply runs unclosed to the paragraph's end («قال: «… . … . …\n») is one
    speaker's words and stays one sentence, as a quotation closed before the line ends does."""
    out: list[Span] = []
    for sp in spans:
        open_at: list[int] = []
        for i in range(sp.start, sp.end):
            ch = text[i]
            if ch in _QUOTE_OPEN:
                open_at.append(i)
            elif open_at and ch == _QUOTE_OPEN[text[open_at[-1]]]:
                open_at.pop()
        unclosed = [i for i in open_at if any(text[j] == text[i] for j in range(i + 1, sp.end))]
        if not unclosed:
            out.append(sp)
            continue
        part = list(text[sp.start:sp.end])
        for i in open_at:
            part[i - sp.start] = " "  # same length: offsets hold
        out += [Span(sp.start + x.start, sp.start + x.end) for x in split_sentences("".join(part))]
    return out


def split_sentences_abbrev(text: str) -> list[Span]:
    """split_sentences, split again at a full stop glued to the next word ("سببه.وقال"), then re-joined where a sentence "ended" at a one-letter abbreviation
    ("المدير الطبي د. محمد الزعبي") and the next one continues on the same line."""
    out: list[Span] = []
    spans: list[Span] = []
    for sp in _unclosed_quotes_split(text, split_sentences(text)):  # "سببه.وقال": a full stop with the space left out
        start = sp.start
        for m in _GLUED_STOP.finditer(text, sp.start, sp.end):
            if _in_dotted_acronym(text, m.start()):
                continue
            spans.append(Span(start, m.start() + 1))
            start = m.start() + 1
        spans.append(Span(start, sp.end))
    for sp in spans:
        if out and (_ABBREVIATION_END.search(text[out[-1].start:out[-1].end])
                    or _dotted_acronym(text[out[-1].start:out[-1].end], text[sp.start:sp.end])) \
                and "\n" not in text[out[-1].end:sp.start]:
            out[-1] = Span(out[-1].start, sp.end)
        else:
            out.append(sp)
    return out
