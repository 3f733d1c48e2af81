"""Clause-level patterns the steps share: complementizers, quotation openers, clause ends, relatives."""

from __future__ import annotations

import re

# Complementizers and markers that open the content after cue + source; never before a full stop ("سي. إن. إن.",
# CNN spelled letter by letter, is no "إن") nor right after one ("دي.إيه.إن", DAN written with its dots glued).
COMP = r"(?<![\w])(?<!\.)(?<!بعد )(?<!قبل )(?<!منذ )(?<!دون )(?<!بدلا من )(?<!عوضا عن )(?<!حتي )(?:[بف]?ان(?:ه|ها|هم|هما|نا)?|الي ان(?:ه|ها)?|بكون)(?![\w.])"
COMPLEMENTIZER_RE = re.compile(COMP)
QUOTE_OPEN_RE = re.compile(r"[\"«“:]")
# Where a content clause stops even inside one sentence.
CLAUSE_END_RE = re.compile(r"،\s*(?:في حين|بينما|فيما|لكنه|لكنها|لكن|غير ان|كما يصفها|كما يصفه|حسبما|وهو ما|الامر الذي)(?![\w])"
                           # a wish after the statement is the speaker's next act ("…، متمنيا من جميع الأمانات أن …")
                           r"|،\s*(?:متمنيا|متمنيه|متمنين|متمنيان)(?![\w])"
                           # "at the same time" opens the speaker's next act ("…، وبنفس الوقت يقدم الشكر …")
                           r"|(?:،\s*|\s)و(?:ب|في)\s*(?:نفس الوقت|الوقت نفسه|الوقت ذاته|ذات الوقت)(?![\w])"
                           # without the comma: a contrast that opens a clause ("… منذ عام 2006 فيما يعكف مسؤولو …")
                           r"|\.{2,}\s*(?:لكن|ولكن|غير ان|بينما|في حين|فيما)(?![\w])|\sفي حين\s|\sفيما\s+(?=[يت]\S{3,})(?!(?:يتعلق|يخص|يتصل|يبدو|يلي)(?![\w]))")
MAX_GAP = 45  # chars allowed between cue+source and a quote opener ("للافروف عند بدء اللقاء «")
MAX_COMP_GAP = 150  # and before a complementizer, past an interjection ("، في رسالة … ، إن")
# What may stand between a speaker and a far complementizer or quotation: a comma, a relative or
# appositive clause ("وهي نائبة كبيرة عن …"), a channel or an occasion ("في تصريح لـ…", "عبر الهاتف").
INTERJECTION_RE = re.compile(r"،|(?<![\w])(?:الذي|التي|الذين|وهو|وهي|وهم|عبر|امس|اليوم|خلال|بيان|تصريح|حديث|حوار|"
                             r"مقابله|موتمر|لوكاله|لرويترز|لصحيفه|للصحفيين|للصحافيين)(?![\w])")
# "وسرعان ما ندد" (soon), "وعادة ما تتهم" (usually), "غالبا ما يؤكد", "كثيرا ما": an adverb of time or frequency
# with ما before a verb, not a negation or a relative
SOON_RE = re.compile(r"(?<![\w])[وف]?(?:سرعان|عاده|غالبا|كثيرا|دايما|نادرا|قليلا) ما\s*$")
RELATIVE_RE = re.compile(r"^\s*\"?\s*(?:الذي|التي|الذين)(?![\w])")
RELATIVE_BEFORE_RE = re.compile(r"(?<![\w])(?:الذي|التي|الذين|اللذين|اللتين|ما|من)\s*$")
PREPOSITION_BEFORE_RE = re.compile(r"(?<![\w])(?:عن|في|من|على|علي|الي|بعد|قبل|حول|خلال|اثر|عقب)\s*$")
CHANNEL_RE = re.compile(r"^\s*(?:عبر|على|علي|في)\s+\S+(?:\s+(?:الصوت|الرسميه|الرسمي))?")
# A second content clause of the same verb: "… وأن …", "…، وأنها …".
COORDINATED_COMP_RE = re.compile(r"(?:،\s*|\s)(?:و(?:ان|انه|انها|انهم|بان|بانه|بانها)|(?:كما|بل)\s+(?:ان|انه|انها|انهم))(?![\w])")
# A cue found only by the parse (or a weak one) must be followed by a complementizer, colon or quotation.
OPENER_NEAR_RE = re.compile(r"(?<![\w])(?:ان|انه|انها|انهم|بان|بانه|بانها|قايلا)(?![\w])|[:\"]")
# Words that open a clause after a verb of saying with no complementizer ("وأضاف بلغت التكلفة …").
CLAUSE_OPENERS = {"بلغ", "بلغت", "تم", "يتم", "وصل", "وصلت", "قام", "قامت", "اصبح", "اصبحت", "كان", "كانت", "تجاوز",
                  "تجاوزت", "ارتفع", "ارتفعت", "بات", "باتت", "ظل", "ظلت", "لا", "لم", "لن", "هناك", "ثمه", "نحن",
                  "انا", "هذا", "هذه", "يجب", "ينبغي", "سيتم", "ستكون", "سيكون", "تبلغ", "يبلغ", "هي", "هو", "اما",
                  # a speaker's own comment or condition, never a subject or an occasion ("قال للأسف الوضع سيئ …",
                  # "وأضاف إذا لم يستطع …")
                  "للاسف", "اذا"}
# Two-word openers of the same kind: "وأضاف في حال تم بيع أي لاعب …" (a condition, not an occasion «في …»).
CLAUSE_OPENER_RE = re.compile(r"\s*(?:في حال|في حاله)\s+(?=\S)")
# A new clause starts here: sentence start, punctuation, or a clause connective.
NEW_CLAUSE_RE = re.compile(r"(?:^|[،.:;؛,]|(?<![\w])(?:كما|فيما|بينما|حيث|ثم|لكن|لكنه|لكنها|ولكن|وقد|فقد|قد))\s*$")
# When, said between the subject and the object: not part of what was said.
TIME_LEAD_RE = re.compile(r"\s*،?\s*(?:امس|اليوم|الليله الماضيه|في وقت (?:سابق|لاحق)(?: من (?:اليوم|امس|الشهر|العام|الاسبوع))?|(?:هذا|الاسبوع|الشهر|العام) (?:الاسبوع|الشهر|العام|الماضي)|"
                          r"(?:يوم|صباح|مساء|ليل|فجر|ظهر|بعد ظهر|عصر) (?:امس|اليوم|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد))"
                          r"(?: (?:الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|الماضي))?\s*،?\s*(?=\S)")
# How, said right after a reporting verb or its subject ("ونفت حماس فورا أنها …", "نفى الجيش قطعيا …", "نفت إيران
# بشدة وجود …"): neither the subject's last word nor the start of what was said.
MANNER_ADVERBS = ("فورا", "بشده", "بقوه", "قطعيا", "قطعا", "تماما", "مطلقا", "علنا")
MANNER_LEAD_RE = re.compile(r"\s*(?:" + "|".join(MANNER_ADVERBS) + r")\s+(?=\S)")
STRIP = " \t\n،,.:؛;"
WORD_RE = re.compile(r"[^\s،,.:؛;\"()\[\]]+")


def is_speech(norm: str, open_at: int, limit: int) -> bool:
    """A quotation that is speech: several words, or running to the end of the clause."""
    close = norm.find('"', open_at + 1)
    if close == -1:
        return True
    inner = norm[open_at + 1:close].split()
    tail = norm[close + 1:limit].strip(STRIP)
    return len(inner) >= 4 or not tail


def clause_end(norm, c0, next_cue):
    """Where the content from c0 stops: a contrast or aside that opens a clause outside a quotation, else next_cue."""
    for m in CLAUSE_END_RE.finditer(norm, c0, max(c0, next_cue)):
        if norm[c0:m.start()].count('"') % 2 == 0:  # "«لا يمكن أن تقف مكتوفة اليدين بينما …»": still the quotation
            return m.start()
    return next_cue


# A whole answer in one word (normalized): "قال المندوب «نعم»" to the question put to him.
ANSWER_WORDS = {"نعم", "لا", "كلا", "اجل", "بالتاكيد", "طبعا", "ابدا"}
