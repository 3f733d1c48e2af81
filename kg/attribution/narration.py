"""The outlet's own narration after its lead: the sentences it writes without a cue that state a checkable
fact ("قُتل 12 شخصا في …", "سيطرت قوات … على …", "ارتفع عدد الضحايا إلى …"). A fact-checker compares outlets
on these ("Outlet A reports 20 dead, Outlet B 30"): the outlet is their source, as of its headline and lead.

The gate (why so narrow): an article's unattributed sentences are mostly background, context and analysis,
which no reader checks and which would crowd the graph with false pairs. A sentence is taken only when
- it is the outlet's (no claim, no reporting cue, not inside or right after a quotation, not a question)
  and does not retell an attributed claim of the article (that claim's source carries the fact);
- it is the day's news: it names its day (أمس, اليوم, a weekday) or opens as a roundup ("في غضون ذلك",
  "وفي <place>"); not background ("يذكر أن", "وكان …" pluperfect history, "ويأتي …"), a forecast, a hedge,
  an aim, the outlet's own doubt ("وتضاربت الروايات"), an opinion or a list of names;
- it is one of four checkable kinds: a toll or count (a number with the dead, wounded, held or displaced),
  control of a place (taken, entered, besieged), a dated event in a place (an attack, blast, strike), a
  decision taken (a court's ruling, a body's decision), read on its opening words (the main verb of an
  Arabic narrative sentence comes first);
- and kg.checkworthy scores it at least NARRATION_MIN_CHECKWORTHINESS (numbers, places, dates, events)."""

from __future__ import annotations

import re

from ..checkworthy import NUMBER_RE, DATE_RE, checkworthiness
from ..model import Claim
from ..places import places_in
from ..sources import outlet_ref
from ..text import light_stem, normalize, tokens
from .cues import find_cues
from .document import arabic_punctuation

NARRATION_MIN_CHECKWORTHINESS = 0.75
MIN_WORDS, MAX_WORDS = 6, 70
RESTATE_SHARE, RESTATE_MIN = 0.5, 5  # half the attributed claim's words, and at least five
TRIM = " .،:؛\u00a0\n-–—"

_W = r"(?<![\w])(?:[وف]?(?:ل|ب|ال|بال|لل)?)"  # a word's conjunction, preposition and article
# The dead, wounded, held or displaced of a toll or count (with a number in the same sentence).
TOLL_RE = re.compile(_W + r"(?:قتل|قتلي|قتيل|مقتل|مصرع|حتفه|حتفهم|استشهد|استشهاد|شهيد|شهدا|جرح|جرحي|جريح|"
                     r"اصيب|اصابه|اصابات|مصاب|مصابين|اعتقل|اعتقال|معتقل|اوقف|توقيف|اسري|اسير|اختطف|نزح|نازح|نزوح|"
                     r"لاجي|ضحايا|حصيله|جثث|جثه|مفقود)\w{0,4}(?![\w])")
# Control of a place: taken back, entered, stormed, besieged, fallen (the deed, not "واستهدف الهجوم السيطرة على").
CONTROL_RE = re.compile(r"(?<![\w])[وف]?(?:سيطر|سيطره|استعاد|استعادت|استرد|استردت|استرجع|حرر|حررت|تحرير|حاصر|حاصرت|"
                        r"اقتحم|اقتحمت|دخل|دخلت|سقط|سقطت|سقوط|انسحب|انسحبت)\w{0,3}(?![\w])")
# An event a place and a date can pin down.
EVENT_RE = re.compile(_W + r"(?:هجوم|هجمات|هاجم|انفجار|انفجر|انفجرت|تفجير|فجر|غاره|غارات|قصف|قصفت|شن|شنت|"
                      r"اشتباك|اشتباكات|استهدف|استهدفت|ضربه|ضربات|عمليه)\w{0,3}(?![\w])")
# A decision taken: a ruling, a decree, an approval.
DECISION_RE = re.compile(_W + r"(?:قرر|قررت|اقر|اقرت|وافق|وافقت|صادق|صادقت|اصدر|اصدرت|قضت|حكمت|اعدم|اعدمت)"
                         r"(?![\w])")
# A place the gazetteer may not hold, named by its kind ("على معسكر «الصدرين»", "مدينة زنجبار").
PLACE_NOUN_RE = re.compile(r"(?<![\w])(?:[وفبل]?(?:ال)?)(?:مدينه|بلده|قريه|معسكر|مطار|حي|محافظه|منطقه|قاعده|جبل|"
                           r"مدن|بلدات|قري|مناطق|احياء|مواقع|موقع|ميناء|معبر|سجن)(?![\w])")
# Background, context and commentary at a sentence's opening: not a report of the day's facts.
BACKGROUND_RE = re.compile(r"^(?:[وف]?(?:يذكر|يشار|تجدر|الجدير|يعد|تعد|يعتبر|تعتبر|ياتي|تاتي|كان|كانت|كانوا|"
                           r"سبق|سبقت|يعرف|يبدو|تبدو|من المعروف|من المتوقع|من المقرر|من المنتظر|يتوقع|"
                           r"يحتمل|ربما|لعل|لكن|غير ان|اذا|لو|عندما|منذ|قبل|وفي وقت سابق|في وقت سابق))(?![\w])")
# "وكانت المقاومة سيطرت الجمعة الماضي على …": the pluperfect of a day named in the same week is the news
# before today's, not history.
RECENT_PLUPERFECT_RE = re.compile(r"^[وف]?(?:كان|كانت|كانوا)\s(?:\S+\s){0,4}?(?:قد\s)?\S+\s(?:\S+\s)?"
                                  r"(?:امس|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)(?![\w])")
AUXILIARY_RE = re.compile(r"^[وف]?(?:تمكن|تمكنت|تمكنوا|نجح|نجحت|نجحوا|استطاع|استطاعت|اكمل|اكملت|استكمل|"
                          r"استكملت|واصل|واصلت)(?![\w])")
# The day's news names its day: yesterday, today, a weekday of this week (not "صلاة الجمعة", a prayer);
# an undated toll later in an article is as often a recap of an earlier attack ("كما قام التنظيم بتفجير مسجد
# … ما أسفر عن سقوط 21 قتيلا") that a count of the day's event would wrongly contradict.
DAY_RE = re.compile(r"(?<![\w])(?:امس|اليوم|الليله الماضيه|(?<!صلاه )(?:الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|"
                    r"السبت|الاحد))(?![\w])")
# A roundup of the day's other fronts opens with "meanwhile" or "elsewhere" ("في غضون ذلك، شنت طائرات …").
ROUNDUP_RE = re.compile(r"^[وف]?(?:في غضون ذلك|في غضون|الي ذلك|ميدانيا|في الاثناء|في هذه الاثناء|من جهه اخري|"
                        r"في سياق متصل|في تطور \S+|علي صعيد \S+|في المقابل)(?![\w])")
# "كما قتل 7 أشخاص …" right after a taken sentence of the day's news goes on with the same report ("also"), so
# it has that sentence's day.
GOES_ON_RE = re.compile(r"^[وف]?كما\s+(?!(?:ان|انه|انها|يذكر|يشار|كان|كانت)(?![\w]))")
# A forecast, a hedge, a condition or a wish anywhere: not a fact taken.
UNSURE_RE = re.compile(r"(?<![\w])(?:سوف|قد(?=\s+[يتن])|ربما|يحتمل|محتمل|المحتمل|يتوقع|متوقع|المتوقع|يرجح|يعتقد|يبدو|"
                       r"لو|اذا|يمكن|يفترض)(?![\w])"
                       # an aim, not a deed ("ويسعى الجيش لاستعادة …"); the outlet's own doubt ("وتضاربت الروايات")
                       r"|(?<![\w])[وف]?(?:يسعي|تسعي|يحاول|تحاول|يعتزم|تعتزم|يخطط|تخطط|يهدف|تهدف|ينوي|تنوي|"
                       r"تضارب|تضاربت|متضارب|متضاربه)(?![\w])")
# A reporting word the cue finder does not hold as a cue (its complementizer gives it away).
REPORTED_RE = re.compile(r"(?<![\w])(?:[وف]?(?:ان|انه|انها|انهم|بان|بانه|بانها))(?![\w])")
QUESTION_RE = re.compile(r"[؟?]")


def narration_claims(registry, article, sentences, claims, after: int) -> list[Claim]:
    """Claims of the outlet for its checkable unattributed sentences after sentence `after` (its lead)."""
    text = article.text
    taken = {c.sentence for c in claims}
    reported = [stems(c.quote) for c in claims if not c.own]
    out = []
    for s in sentences:
        if s.index <= after or s.index in taken or s.index - 1 in quoting_ends(sentences, s.index):
            continue
        s0, s1 = s.start, s.start + len(s.text)
        while s0 < s1 and text[s0] in TRIM:
            s0 += 1
        while s1 > s0 and text[s1 - 1] in TRIM:
            s1 -= 1
        quote = text[s0:s1]
        continues = s.index - 1 in {c.sentence for c in out} and bool(GOES_ON_RE.match(normalize(quote)))
        if not narration_gate(quote, text[:s0], continues) or any(c.kind != "verb" or c.start < opening_end(s.norm)
                                                       for c in find_cues(s)):
            continue  # a frame, a participle ("بحسب", "نقلا عن", "مؤكدا") or an opening verb ("واعتبر الشامي …")
            # attributes it; a verb cue inside with no claim and no complementizer (REPORTED_RE) is a noun or a
            # name ("إضافة إلى", "أبين")
        if restates(quote, reported):
            continue
        claim = Claim(article_key=article.key, text=" ".join(quote.split()), quote=quote, start=s0, end=s1,
                      sentence=s.index, source=outlet_ref(article.publisher, article.key), cue=None,
                      cue_start=None, cue_end=None, polarity="asserted", date=article.date, own=True)
        if checkworthiness(claim, registry) >= NARRATION_MIN_CHECKWORTHINESS:
            out.append(claim)
    return out


def stems(text: str) -> set[str]:
    return {light_stem(t) for t in tokens(text) if len(t) > 2}


def restates(quote: str, reported: list[set[str]]) -> bool:
    """The outlet retelling what a source it quotes said ("وتمكنت المقاومة أمس من تحرير مدينة زنجبار" after
    "أعلن قائد اللجان … تحرير مدينة زنجبار"): half an attributed claim of the article is in it; that claim's
    source already carries the fact, and as the outlet's it would only support its own report."""
    mine = stems(quote)
    return any(len(mine & r) >= max(RESTATE_MIN, RESTATE_SHARE * len(r)) for r in reported)


def in_place_opening(quote: str) -> bool:
    """A roundup's "and in <place>" opening ("وفي شرق اليمن قتل نحو 15 حوثيا", "وفي إسطنبول، أصيب 10 …")."""
    words = quote.split()
    if words and words[0] in ("أما", "وأما", "اما", "واما"):
        words = words[1:]  # "أما في تعز، فقد قتل 30 …": the same roundup, each front in turn
    return len(words) > 3 and words[0] in ("في", "وفي", "ففي") and bool(places_in(" ".join(words[1:4]).split("،")[0]))


def opening_end(norm: str) -> int:
    """The end of a sentence's first two words: a reporting verb there opens somebody's statement."""
    m = re.match(r"\W*\w+\W+\w+", norm)
    return m.end() if m else len(norm)


def toll_figure(words: list[str]) -> bool:
    """A number within five words of a word for the dead, wounded, held or displaced ("قتل 12 شخصا",
    "ارتفع عدد القتلى إلى 60", "ولقي أربعة أشخاص مصرعهم"): a figure elsewhere in the sentence counts other
    things ("منذ 48 عاما … الجرحى")."""
    tolls = [i for i, w in enumerate(words) if TOLL_RE.match(w)]
    figures = [i for i, w in enumerate(words) if NUMBER_RE.search(w)]
    return any(abs(i - j) <= 5 for i in tolls for j in figures)


def quoting_ends(sentences, idx: int) -> set[int]:
    """The sentence before `idx` when it ends in a colon ("وأضاف:"): the next sentence is the speaker's."""
    prev = sentences[idx - 1].text.rstrip() if idx else ""
    return {idx - 1} if prev.endswith(":") else set()


def narration_gate(quote: str, before: str, continues: bool = False) -> bool:
    """One of the four checkable kinds, in the outlet's voice (the module's docstring says why)."""
    words = quote.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or QUESTION_RE.search(quote) or quote[:1] in "«\"“'(":
        return False
    if before.count("«") + before.count("“") > before.count("»") + before.count("”") or before.count('"') % 2:
        return False  # inside a quotation opened in an earlier sentence («…» or "…", as web copy writes it)
    commas = arabic_punctuation(quote).count("،")  # "," for "،" too, not inside a number ("1,500")
    if commas >= 4 and len(words) / (commas + 1) < 4:
        return False  # a list of names
    n = normalize(quote)
    if BACKGROUND_RE.search(n) and not RECENT_PLUPERFECT_RE.search(n) or UNSURE_RE.search(n) \
            or REPORTED_RE.search(n) or ":" in quote:
        return False
    if not (DAY_RE.search(n) or ROUNDUP_RE.match(n) or in_place_opening(quote) or continues):
        return False  # undated and not a roundup: a recap of earlier events as often as the day's news
    # the deed follows an auxiliary of achievement ("وتمكنت المقاومة وقوات الجيش، أمس من تحرير مدينة …")
    head = " ".join(n.split()[:10 if AUXILIARY_RE.match(n) else 5])
    return bool(toll_figure(n.split())
                or CONTROL_RE.search(head) and (places_in(quote) or PLACE_NOUN_RE.search(n))
                or EVENT_RE.search(head) and places_in(quote) and DATE_RE.search(n)
                or DECISION_RE.search(head) and DATE_RE.search(n))
