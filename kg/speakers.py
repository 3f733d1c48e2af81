"""One speaker, one source: the names one person or body goes by across articles, and whom
a speaker speaks for (issue #13: corroboration is counted between independent sources only).

A source the registry does not know is keyed by its name as written, so one speaker has
several keys: «رئيس الوزراء التركي أحمد داود أوغلو», «أحمد داود أوغلو», «داود أوغلو»; «مدير
المرصد رامي عبد الرحمن» speaks for the Syrian Observatory. `resolve` maps every source key
to one canonical speaker and to the bodies it speaks for, from the names alone:

- a name is split into its title («مدير المرصد», «وزير الخارجية الأمريكي», «الدكتور») and the
  person's name; two sources are one speaker when their person names agree (equal, one the
  other's last or first names, a one-letter slip) and their titles do not disagree (no title,
  or a title word in common); a lone surname joins a speaker only when exactly one fits;
- a person name or a title that is a registered person's alias is that person; an office
  alone («وزير الخارجية الأمريكي», a registered contextual alias) is its holder only when the
  registry gives the holder's term and every claim of the source falls within it;
- a title that names a body its holder speaks for («مدير X», «الناطق باسم X», «رئيس X»)
  links the speaker to X (the registered body, else the body's own source key), and the
  registry's schema:affiliation links a registered source to the body it belongs to;
- an unregistered organ of a registered state (its adjective right after a ministry, army, office, official or
  broadcaster word: «وزارة الداخلية التركية», «مسؤول أمريكي») speaks for that government (`state_of`); a body
  named without the «لـ» complement of its name («القيادة المشتركة») is the body whose name goes on so
  (`_short_names`).

Names are never rewritten: each source keeps its label as written; the speaker is a link
(`sanad:speaker`, `sanad:speaksFor`, in the speakers graph)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rdflib import Graph, URIRef
from rdflib.namespace import PROV

from .anonymous import anonymous_label, in_report
from .model import BASE, source_iri
from .sources import SANAD, load_registry, registry_graph, unregistered_ref
from .text import normalize

SPEAKERS_GRAPH = f"{BASE}graph/speakers"
SCHEMA_AFFILIATION = URIRef("http://schema.org/affiliation")
SCHEMA_JOB_TITLE = URIRef("http://schema.org/jobTitle")

# Words of a title, office or description (normalized: ئ→ي, ؤ→و, ة→ه), never part of a name.
OFFICE_WORDS = frozenset("""
رييس الرييس رييسه نايب النايب نايبه وزير الوزير وزيره مدير المدير مديره امين الامين سفير السفير
ناطق الناطق ناطقه الناطقه متحدث المتحدث متحدثه المتحدثه ممثل الممثل مبعوث المبعوث قايد القايد
حاكم الحاكم محافظ المحافظ عضو العضو مسوول المسوول منسق المنسق مستشار المستشار رييسا قاضي القاضي
زعيم الزعيم محرر المحرر مراسل المراسل الباحث باحث الكاتب كاتب الاعلامي المذيع مذيع الخبير خبير
المعارض معارض القيادي قيادي الامير امير الملك ملك الوكيل وكيل المنسقه عميد
""".split())
HONORIFICS = frozenset("""
معالي معاليه سعاده فخامه سمو سموه الدكتور الدكتوره د اللواء العميد العقيد المقدم الرايد النقيب الجنرال الفريق المشير الشيخ المهندس
السيد السيده الاستاذ الاستاذه الحاج المستشار القاضي جنرال البريجادير بريجادير الركن
""".split())
# the office words whose holder speaks for the body named after them
SPEAKS_FOR = frozenset("""
رييس الرييس رييسه نايب النايب نايبه مدير المدير مديره ناطق الناطق ناطقه الناطقه متحدث المتحدث
متحدثه المتحدثه قايد القايد امين الامين ممثل الممثل زعيم الزعيم مسوول المسوول
""".split())
# words between such an office and its body: «الناطق باسم X», «المدير الإقليمي لـX», «الأمين العام لـX»
OFFICE_MODIFIERS = frozenset("""
باسم بلسان العام عام الاقليمي الطبي الفني الاعلامي الامني التنفيذي الرسمي رسمي السابق الجديد مكتب
""".split())
CONNECTORS = frozenset("في من عن لدى على و ال".split())
# nouns an office is held over, in construct without the article: «قائد شرطة محافظة الأنبار»
INSTITUTION_NOUNS = frozenset("""
محافظه شرطه مجلس قوات حزب هييه وزاره جهاز قياده عمليات مكتب منطقه قضاء حي لجنه اقليم فرقه لواء كتيبه
جبهه حركه تنظيم اتحاد جمعيه منظمه هيئه برنامج مركز جامعه دوله حكومه خارجيه دفاع داخليه اركان مديريه
""".split())
# a name's particles are joined to the next word («عبد الرحمن» = «عبدالرحمن»), a Turkish
# «-oğlu» to the word before («داود أوغلو»)
_PARTICLE = frozenset("عبد ابو ابن بن ام ال".split())
_SUFFIX = frozenset(("اوغلو",))
_PUNCT = re.compile(r"[«»\"'“”()\[\]/\\:،,.!?؟-]+")
_YEARS = re.compile(r"\((\d{4})\s*[–-]\s*(\d{4})?\)")
PERSON_TYPES = frozenset(("unknown", "government-official"))  # types a named person can carry


@dataclass(frozen=True)
class ParsedName:
    title: tuple[str, ...]  # the title or description words, in order
    name: tuple[str, ...]  # the person's name, particles joined
    body: str  # the body a speaks-for office names («المرصد السوري لحقوق الانسان»), normalized


def _join_name(words: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for w in words:
        if out and w in ("بن", "ابن"):  # «بدر بن عبدالرحمن السمحان» = «بدر عبدالرحمن السمحان»
            continue
        if out and out[-1] in _PARTICLE:
            out[-1] += w
        elif out and w == "الدين":  # «صلاح الدين», «نور الدين»: one given name
            out[-1] += w
        elif out and any(_near(w, x) for x in _SUFFIX):  # «داود اأوغلو»: a slip in the suffix too
            out[-1] += w
        else:
            out.append(w)
    return tuple(out)


def _is_title(w: str) -> bool:
    return w in OFFICE_WORDS or w in HONORIFICS


def _construct_head(w: str) -> bool:
    """An institution noun without the article, which the next word completes («منطقة عسير», «بمحافظة جدة»)."""
    return w in INSTITUTION_NOUNS or (w[:1] in "بل" and w[1:] in INSTITUTION_NOUNS)


def _name_word(words: list[str], start: int, i: int) -> bool:
    """An office word inside a name («حسين أمير عبد اللهيان»: Amir, not emir): after a name word, and before
    a name particle («عبد», «عبداللهيان») or the span's cut last letters («… أمير عب»), where a title would
    have its body."""
    if i == start or words[i] not in OFFICE_WORDS or words[i].startswith("ال") or i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return nxt in _PARTICLE - {"ال"} or nxt.startswith(("عبد", "ابو")) or (i + 2 == len(words) and len(nxt) <= 2)


def parse_name(name: str) -> ParsedName:
    """Split a source's name into title words and the person's name: the name follows the
    last honorific («… الدكتور بدر عبد الرحمن السمحان»), else the title phrase that opens the
    label (an office word, then its definite words and connectors: «مدير المرصد رامي عبد
    الرحمن»), and ends at a title word after it («ياسين أوزتورك رئيس حي هارفان»)."""
    words = [w for w in _PUNCT.sub(" ", normalize(name)).split() if w]
    if not words:
        return ParsedName((), (), "")
    start = 0
    honorific = [i for i, w in enumerate(words) if w in HONORIFICS]
    if honorific:
        start = honorific[-1] + 1
        while start < len(words) - 1 and words[start].startswith("ال"):  # «جنرال الأمريكي كيفين كيليا»
            start += 1
    elif words[0] in OFFICE_WORDS:
        start = 1
        while start < len(words) and (_is_title(words[start]) or words[start].startswith(("ال", "ل", "بال", "وال"))
                                      or words[start] in OFFICE_MODIFIERS or words[start] in CONNECTORS
                                      or words[start] in INSTITUTION_NOUNS or words[start] in _place_words()
                                      or (words[start][:1] in "بل" and words[start][1:] in INSTITUTION_NOUNS)
                                      # the noun an institution noun is in construct with: «أمير منطقة عسير»
                                      or (start + 1 < len(words) and _is_title(words[start + 1])
                                          and _construct_head(words[start - 1]))):
            start += 1
    end = start
    while end < len(words) and (not _is_title(words[end]) or _name_word(words, start, end)):
        end += 1
    if start == 0 and end < len(words):  # «هيثم مناع عضو لجنة …»: name first, title after
        title = words[end:]
    else:
        title = words[:start] + words[end:]
    return ParsedName(tuple(title), _join_name(words[start:end]), _body(words[:start]))


GENERIC_BODIES = frozenset(("الوزراء", "الحكومه", "الجمهوريه", "الدوله"))  # «رئيس الوزراء» alone: whose?


def _body(title: list[str]) -> str:
    """The body an opening speaks-for office names: «الناطق باسم الجبهة الجنوبية» → «الجبهه الجنوبيه»."""
    if not title or title[0] not in SPEAKS_FOR:
        return ""
    i = 1
    while i < len(title) and (title[i] in OFFICE_MODIFIERS or title[i] in SPEAKS_FOR):
        i += 1
    rest = [w for w in title[i:] if w not in HONORIFICS]
    if rest and rest[0].startswith("لل"):  # «المدير الإقليمي للحملة» → «الحملة»
        rest[0] = "ال" + rest[0][2:]
    return " ".join(rest)


def _content(title: tuple[str, ...]) -> set[str]:
    """A title's words that say which office, without their article or clitics."""
    out = set()
    for w in title:
        if w in HONORIFICS or w in CONNECTORS or w in OFFICE_MODIFIERS:
            continue
        for p in ("وال", "بال", "لل", "ال"):
            if w.startswith(p) and len(w) > len(p) + 2:
                w = w[len(p):]
                break
        out.add(w)
    return out


def _titles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    ca, cb = _content(a), _content(b)
    return not ca or not cb or bool(ca & cb)


def _near(a: str, b: str) -> bool:
    """Equal, or one letter apart in words of five letters or more (a slip: «اأوغلو», «واود»)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) == 4 and len(long_) == 5:  # a long vowel written or not: «كيفن» / «كيفين»
        return any(long_[:i] + long_[i + 1:] == short and long_[i] in "اوي" for i in range(1, 4))
    if len(short) < 5:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# first words of a name that make it a description, not a person («بيان المكتب», «تقارير إعلامية»)
NOT_NAMES = frozenset("""
بيان البيان تقارير تقرير مصادر مصدر مواقع موقع قوات قوه فصايل بعض عدد اسم مكتب وسايل جماعه مسوولون مسوولين
صحف صحيفه وكاله وكالات منظمه هييه لجنه مجلس حكومه وزاره جيش حزب جبهه اتحاد تنظيم شبكه مركز ناشطون ناشطين
سكان اهالي معارضون مقاتلون مقاتلين شهود مراقبون مصادرها حيثيات نص رساله وثيقه دراسه تركيا سوريا سوريه
""".split())


# countries named without the article in a title («وزير خارجية قطر», «سفير تركيا»)
COUNTRIES = frozenset("قطر تركيا سوريا سوريه ايران لبنان مصر روسيا امريكا اميركا فرنسا بريطانيا المانيا عمان ليبيا تونس "
                      "اسراييل فلسطين الصين واشنطن موسكو طهران انقره دمشق بغداد".split())


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    from .places import GAZETTEER

    return COUNTRIES | frozenset(normalize(w) for ar, _, alt in GAZETTEER.values() for w in (ar, *alt) if " " not in w)


def is_person_name(name: tuple[str, ...]) -> bool:
    """A name that can be a person's: not a description («بيان …», «الفصائل …», «بمحافظة …») nor a place."""
    first = name[0] if name else ""
    return (bool(name) and first not in NOT_NAMES and first not in INSTITUTION_NOUNS and not first.startswith(("ال", "لل"))
            and not (first[:1] in "بل" and first[1:] in INSTITUTION_NOUNS) and not (len(name) == 1 and first in _place_words()))


def _names_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two person names (the shorter of two words or more) that are one name: the shorter is the
    longer's last words («داود أوغلو»), its first words («محمد إسماعيل» / «محمد إسماعيل الزعبي»)
    or its first and family name, word by word up to a slip, one word at least spelled alike."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < 2 or not set(short) & set(long_):  # one word at least spelled alike
        return False
    k = len(short)
    return (all(_near(x, y) for x, y in zip(short, long_[-k:]))
            or all(_near(x, y) for x, y in zip(short, long_[:k]))
            # first and family name: «بدر السمحان» / «بدر عبدالرحمن السمحان»
            or (k == 2 and _near(short[0], long_[0]) and _near(short[1], long_[-1]))
            or _cut_short(a, b) or _cut_short(b, a))


def _cut_short(cut: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A source span cut inside the name's last word («حسين أمير عب» / «حسين أمير عبداللهيان»): two words or
    more spelled alike, then the start of the other's next word."""
    n = len(cut)
    return (n >= 3 and len(full) >= n and cut[:-1] == full[:n - 1] and len(cut[-1]) >= 2
            and full[n - 1] != cut[-1] and full[n - 1].startswith(cut[-1]))


@dataclass
class SourceInfo:
    key: str
    name: str
    type: str
    registered: bool
    dates: set[str] = field(default_factory=set)
    claims: int = 0
    labels: set[str] = field(default_factory=set)  # as written in the articles (a registered source's name is the registry's)


@dataclass
class Resolution:
    """`speaker[key]`: the canonical source key of the speaker behind a source key (itself when
    nothing merges it); `speaks_for[key]`: the bodies a source speaks for (source keys); `unnamed`: the
    source keys whose name identifies no one (`names_someone`); `own_voice`: the outlets' own narration."""
    speaker: dict[str, str]
    speaks_for: dict[str, set[str]]
    names: dict[str, str]
    unnamed: frozenset[str] = frozenset()
    own_voice: frozenset[str] = frozenset()
    # generic anonymous labels («مصادر أمنية», «شهود عيان»): one speaker only within one report (kg.anonymous)
    anonymous: frozenset[str] = frozenset()
    # source keys one of which relays the other (`relay_links`): one voice when they agree
    relays: frozenset[frozenset[str]] = frozenset()

    def identities(self, key: str) -> frozenset[str]:
        """Whom a statement by this source comes from: its speaker and the bodies he speaks for."""
        sp = self.speaker.get(key, key)
        return frozenset({sp} | self.speaks_for.get(sp, set()) | self.speaks_for.get(key, set()))


@dataclass(frozen=True)
class RegistryPerson:
    key: str
    aliases: frozenset[str]
    offices: frozenset[str]  # contextual aliases: an office named alone
    term: tuple[int, int | None] | None


@lru_cache(maxsize=1)
def registry_links() -> tuple[dict[str, str], dict[str, RegistryPerson], dict[str, str]]:
    """From the registry: each registered source's affiliation (key → body key), its people,
    and every alias or contextual alias of a body (normalized → key)."""
    g = registry_graph()
    key_of = {node: str(k) for node, k in g.subject_objects(SANAD.key)}
    affiliation = {key_of[n]: key_of[o] for n, o in g.subject_objects(SCHEMA_AFFILIATION) if n in key_of and o in key_of}
    reg = load_registry()
    people: dict[str, RegistryPerson] = {}
    bodies: dict[str, str] = {}
    for node, key in key_of.items():
        src = reg.get(key)
        if src is None:
            continue
        if src.is_person:
            term = None
            for t in g.objects(node, SCHEMA_JOB_TITLE):
                m = _YEARS.search(str(t))
                if m:
                    term = (int(m.group(1)), int(m.group(2)) if m.group(2) else None)
            people[key] = RegistryPerson(key, frozenset(normalize(a) for a in src.aliases),
                                         frozenset(normalize(a) for a in src.contextual), term)
        else:
            for a in src.aliases + src.contextual:
                bodies.setdefault(normalize(a), key)
    return affiliation, people, bodies


def _in_term(dates: set[str], term: tuple[int, int | None] | None) -> bool:
    """Every date within the holder's term (years); no dates or no term: unknown, so no."""
    if term is None or not dates or not all(d[:4].isdigit() for d in dates):
        return False
    return all(term[0] <= int(d[:4]) and (term[1] is None or int(d[:4]) <= term[1]) for d in dates)


def _body_key(body: str) -> str | None:
    """The source key of a body named in a title: a registered body (by alias, contextual or
    not, or by an alias inside the phrase), else the body's own unregistered key."""
    if not body or body in GENERIC_BODIES:
        return None
    _, _, bodies = registry_links()
    if body in bodies:
        return bodies[body]
    for m in load_registry().mentions(body):
        if m.source is not None and not load_registry().get(m.source.key).is_person:
            return m.source.key
    return unregistered_ref(body).key


# words no name or description of a speaker holds: the extraction ran into the sentence («البيان فقد أقدم كل»)
CLAUSE_WORDS = frozenset("""
فقد قد لقد تم كل بعض كما حيث الذي التي الذين اللذين ان انه انها ان هذا هذه ذلك تلك لا لم لن ما ثم او بل فيما بينما اذ
اذا حتي ايضا بقوله وقال قال يقول وقد فان لان لكن ولكن عندما
""".split())
# words that point back to a speaker named earlier in the article («المصادر نفسها», «الأخير»)
ANAPHORS = frozenset("نفسه نفسها نفسهم انفسهم ذاته ذاتها المذكور المذكوره الاخير الاخيره".split())
# heads of a description that is not of a speaker («الحصيلة السابقة», «صورة»; «معلومات»: word that came from no
# one named)
NOT_SPEAKERS = frozenset("حصيله صوره فيديو مقطع خريطه جدول احصاييه ارقام معلومات".split())
# nouns that, alone and with the article, point back to a speaker named before («الحكومة», «الوزارة», «المصدر»,
# «الجانبان»); without it they describe an unnamed one («مصادر», «مسؤول»: a description, which counts)
GENERIC_SPEAKERS = frozenset("""
مصدر مصادر حكومه وزاره بيان جانبان جانبين طرفان طرفين سلطات رياسه جهات جهه مسوولون مسوولين وكاله صحيفه
""".split())
QUANTIFIERS = frozenset("بعض عدد وسايل كل اسم نص حيثيات".split())  # «بعض»: the head of a cut span
# a document named alone («تقرير», «التقارير», «دراسة», «بيان»): whose, the name does not say (with its author it
# names him: «تقرير الأمم المتحدة», «بيان الخارجية»). A statement is a document, not a description of a speaker like
# «مصادر»: the corpus's «بيان» alone was cut from «حسب بيان نشر على صفحة حركة نور الدين الزنكي», that group's own
# later toll set against its earlier one
DOCUMENTS = frozenset("تقرير تقارير دراسه دراسات وثيقه وثايق بيان بيانات".split())
_POSSESSIVE = ("ته", "تها", "تهم", "نا", "هم", "ها", "كم", "هما")  # «سماحته», «شبابنا», «حقهم»


def _without_article(w: str) -> str:
    for p in ("وال", "بال", "لل", "ال"):
        if w.startswith(p) and len(w) > len(p) + 2:
            return w[len(p):]
    return w


def names_someone(name: str, type_: str = "unknown", registered: bool = False) -> bool:
    """Whether a source's name identifies a speaker (a person, a body, or a described one: «مصادر محلية»,
    «مسؤول يمني رفيع») and not a span the extraction cut from the sentence («البيان فقد أقدم كل»,
    «تضامن» cannot be told apart from a name), an anaphor («سماحته», «المصادر نفسها», «الحكومة», «الوزارة»:
    someone named earlier, so possibly the other side's speaker) or a kind of speaker alone («قاضي»).
    Such a source cannot make two statements independent: who it is is unknown."""
    if registered or type_ == "outlet-own" or not name.strip():
        return True  # a source known by its key alone (no name read): the key is who it is
    words = [w for w in _PUNCT.sub(" ", normalize(name)).split() if w]
    while len(words) > 1 and words[-1] in ("بقوله", "قوله", "قايلا"):  # «… الساعاتي بقوله»: the quote's verb
        words.pop()
    if not words or any(w in CLAUSE_WORDS or w in ANAPHORS for w in words):
        return False
    if _without_article(words[0]) in NOT_SPEAKERS:
        return False
    if len(words) == 1:
        w = words[0]
        bare = _without_article(w)
        if (len(w) > 4 and w.endswith(_POSSESSIVE) and not w.startswith("ال")) or w in HONORIFICS or w in QUANTIFIERS \
                or bare in DOCUMENTS:
            return False
        return bare == w or not (bare in GENERIC_SPEAKERS or bare in NOT_NAMES or bare in INSTITUTION_NOUNS
                                 or bare in _BARE_OFFICES)
    return True


_BARE_OFFICES = frozenset(_without_article(o) for o in OFFICE_WORDS | HONORIFICS)


# Words that make a name an organ of a state: its ministries, army, security, offices and broadcaster («وزارة
# الداخلية التركية», «الجيش الأمريكي», «السفير السعودي في لبنان», «النظام السوري», «مؤسسة الإذاعة والتلفزيون
# التركية»: the registry affiliates state media with their government too).
STATE_ORGANS = frozenset("""
وزاره الوزاره وزير الوزير جيش الجيش القوات المسلحه رياسه الرياسه رييس الرييس مكتب سلطات السلطات حكومه
الحكومه شرطه الشرطه امن الامن الامنيه المخابرات مخابرات الاستخبارات استخبارات الخارجيه الداخليه الدفاع
سفاره السفاره سفير السفير مسوول المسوول مسوولو مسوولون مسوولين المسوولين النظام الوزراء امني الامني
التلفزيون والتلفزيون الاذاعه
""".split())
# …and what makes it not one: a former office holder, the armed opposition («الجيش السوري الحر»), an
# opposition's interim government («الحكومة السورية المؤقتة»)
NOT_STATE = frozenset(normalize(w) for w in "السابق سابق الحر المعارض المعارضة المعارضون معارض الثوار المؤقتة".split())


# people described, not named («متعاملون», «مسؤولون», «ناشطون»), normalized: the head of a description of unnamed
# speakers (without the article: with it they point back, GENERIC_SPEAKERS)
_PEOPLE = frozenset("مصادر مصدر مسوولون مسوولين ناشطون ناشطين معارضون مقاتلون مقاتلين شهود مراقبون سكان اهالي "
                    "متعاملون متعاملين خبراء محللون محللين مختصون مختصين".split())


def describes_people(name: str) -> bool:
    """The source's name describes unnamed people («متعاملون في قطاع التأمين», «مسؤولون في النظام», «مصادر محلية»)
    instead of naming a speaker or a body: its first word is such a head (`_PEOPLE`), without the article
    (kg.ingest.restated_in_report)."""
    words = [w for w in _PUNCT.sub(" ", normalize(name)).split() if w]
    return bool(words) and words[0] in _PEOPLE


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Each registered government's nationality adjective in its written forms → its key, read from its own
    two-word alias «الحكومة X» (X = «التركية»: تركي، تركية، تركيون، تركيين, with and without the article)."""
    out: dict[str, str] = {}
    for src in load_registry().sources.values():
        for alias in src.aliases:
            words = normalize(alias).split()
            if len(words) == 2 and words[0] == "الحكومه" and words[1].startswith("ال") and words[1].endswith("يه"):
                stem = words[1][2:-1]  # «التركيه» → «تركي»
                for form in (stem, stem + "ه", stem + "ون", stem + "ين"):
                    out.setdefault(form, src.key)
                    out.setdefault("ال" + form, src.key)
    return out


def _words_of(name: str) -> tuple[str, ...]:
    return tuple(_PUNCT.sub(" ", normalize(name)).split())


def state_of(name: str) -> str | None:
    """The registered government a source's name makes it an organ of, if any: the government's nationality
    adjective right after a state organ word («وزارة الداخلية التركية», «مسؤول أمريكي», not «رئيس المرصد السوري»
    nor «رئيس الائتلاف الوطني السوري»: there it qualifies another body), nothing in the name that makes it a
    former holder or the opposition. Two organs of one state agreeing are one voice, not two independent sources."""
    words = _words_of(name)
    if set(words) & NOT_STATE:
        return None
    states = {_demonyms()[w] for prev, w in zip(words, words[1:]) if prev in STATE_ORGANS and w in _demonyms()}
    return states.pop() if len(states) == 1 else None


def _short_names(sources: list[SourceInfo], speaker: dict[str, str]) -> dict[str, str]:
    """A body named without the «لـ» complement of its name («القيادة المشتركة» for «القيادة المشتركة لقوات
    التحالف الدولي», «الشبكة السورية» for «الشبكة السورية لحقوق الإنسان») is that body: source key → the whole
    name's speaker, when the short name begins with a definite noun that is no title or office («المدير الإقليمي
    …», «الخبير …» are people's titles, and a title's holder differs from story to story), is no unnamed
    informant («مصدر أمني»), exactly one speaker's name as written continues it so, and the two are quoted on one
    day at least. Not where the name goes on with an adjective, «في» or «و» («النيابة العامة الإماراتية»,
    «المقاومة الشعبية في إقليم تهامة», «… والجيش الوطني»): there the short name is the general one."""
    continuing: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for s in sources:
        for label in s.labels | {s.name}:
            words = _words_of(label)
            for n in range(2, len(words)):
                if words[n].startswith("ل") and not words[n].startswith("ال"):  # «… لقوات التحالف», «… لحقوق الإنسان»
                    continuing[words[:n]].add(speaker.get(s.key, s.key))
    dates = defaultdict(set)
    for s in sources:
        dates[speaker.get(s.key, s.key)] |= s.dates
    out: dict[str, str] = {}
    for s in sources:
        words = _words_of(s.name)
        if (s.registered or s.type == "outlet-own" or len(words) < 2 or not words[0].startswith("ال")
                or words[0] in OFFICE_WORDS or words[0] in HONORIFICS or anonymous_label(s.name, s.type)
                or not names_someone(s.name, s.type)):
            continue
        whole = continuing.get(words, set()) - {speaker.get(s.key, s.key)}
        if len(whole) == 1 and s.dates & dates[next(iter(whole))]:
            out[s.key] = next(iter(whole))
    return out


def resolve(sources: list[SourceInfo]) -> Resolution:
    """One speaker per person across the given sources (see the module doc)."""
    affiliation, people, _ = registry_links()
    speaker: dict[str, str] = {}
    speaks_for: dict[str, set[str]] = defaultdict(set)
    names = {s.key: s.name for s in sources}
    for key, body in affiliation.items():  # every registered source, quoted here or not
        speaks_for[key].add(body)
    parsed = {s.key: parse_name(s.name) for s in sources
              if not s.registered and s.type in PERSON_TYPES and s.name}
    info = {s.key: s for s in sources}
    # a registered person by name, or by office within his term
    by_alias = {" ".join(_join_name(a.split())): p.key for p in people.values() for a in p.aliases}
    for key, p in parsed.items():
        named = [by_alias[" ".join(p.name[:n])] for n in range(len(p.name), 1, -1) if " ".join(p.name[:n]) in by_alias]
        if p.name and " ".join(p.name) in by_alias:
            speaker[key] = by_alias[" ".join(p.name)]
        elif named:  # a registered name of two words or more, then words the extraction ran on with
            speaker[key] = named[0]  # («… سيرغي لافروف الولايات المتحدة»)
        elif not p.name:
            office = " ".join(_PUNCT.sub(" ", normalize(names[key])).split())
            holders = [q.key for q in people.values() if office in q.offices | q.aliases
                       and _in_term(info[key].dates, q.term)]
            if len(holders) == 1:
                speaker[key] = holders[0]
    # union of sources whose full names (two words or more) agree
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    multi = sorted(k for k, p in parsed.items() if len(p.name) >= 2 and k not in speaker and is_person_name(p.name))
    # blocks: names that agree share their first or last word's first or last three letters
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in multi:
        for w in {parsed[k].name[0], parsed[k].name[-1]}:
            blocks[("<", w[:3])].append(k)
            blocks[(">", w[-3:])].append(k)
    tried: set[tuple[str, str]] = set()
    agree: dict[str, set[str]] = defaultdict(set)
    for group in blocks.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if (a, b) in tried or a == b:
                    continue
                tried.add((a, b))
                pa, pb = parsed[a], parsed[b]
                if _names_agree(pa.name, pb.name) and _titles_agree(pa.title, pb.title):
                    agree[a].add(b)
                    agree[b].add(a)

    def ambiguous(k: str) -> bool:
        """«محمد إسماعيل» agrees with «محمد إسماعيل الزعبي» and «محمد صادق إسماعيل», which are two people."""
        longer = [m for m in agree[k] if len(parsed[m].name) > len(parsed[k].name)]
        return any(not _names_agree(parsed[x].name, parsed[y].name) for i, x in enumerate(longer) for y in longer[i + 1:])

    for a, partners in agree.items():
        for b in partners:
            shorter = a if len(parsed[a].name) < len(parsed[b].name) else b
            if not ambiguous(shorter):
                parent[find(a)] = find(b)
    # a lone surname (one word) joins the one speaker whose name ends with it
    taken = {" ".join(_join_name(a.split())) for q in people.values() for a in q.aliases | q.offices}
    # by last word, and the titled names' speakers: looked up per lone surname, not rescanned for each
    # (quadratic in the sources: minutes at 31k articles). Joining a lone surname to a speaker never
    # changes a longer name's speaker, so `titled` stays what a rescan would find.
    ending: dict[str, list[str]] = defaultdict(list)
    for m in multi:
        ending[parsed[m].name[-1]].append(m)
    titled = {find(m) for m in multi if parsed[m].title}
    for k, p in parsed.items():
        if (len(p.name) != 1 or len(p.name[0]) < 4 or k in speaker or p.name[0] in taken
                or p.name[0] in NOT_NAMES):  # «الأسد» is Bashar's, not any al-Assad's
            continue
        if not is_person_name(p.name):
            continue
        fits = {find(m) for m in ending.get(p.name[0], ()) if _titles_agree(p.title, parsed[m].title)}
        fits &= titled  # «نتنياهو» joins «رئيس الوزراء الإسرائيلي بنيامين نتنياهو», «صالح» not «بيناز صالح»
        if len(fits) == 1:
            parent[find(k)] = fits.pop()
    # one-word names alike where no longer name fits: «قطان» and «السفير قطان» (a title on one side at least)
    lone: dict[str, list[str]] = defaultdict(list)
    for k, p in parsed.items():
        if len(p.name) == 1 and k not in speaker and find(k) == k and len(p.name[0]) >= 4 and is_person_name(p.name) \
                and p.name[0] not in taken:
            lone[p.name[0]].append(k)
    for ks in lone.values():
        offices = {frozenset(_content(parsed[k].title)) for k in ks if parsed[k].title}
        if len(offices) == 1 and next(iter(offices)):  # one office named, the others bare names
            for k in ks[1:]:
                parent[find(k)] = find(ks[0])
    clusters: dict[str, list[str]] = defaultdict(list)
    for k in list(parent):
        clusters[find(k)].append(k)
    for members in clusters.values():
        if len(members) < 2:
            continue
        # the canonical source: the one with the most claims, then the fullest name, then the key
        canon = max(members, key=lambda k: (info[k].claims, len(parsed[k].name), len(parsed[k].title), k))
        for k in members:
            speaker[k] = canon
    for key, whole in _short_names(sources, speaker).items():
        speaker[key] = whole
    # whom each speaker speaks for: the body his title names, and that body's own affiliation
    for key, p in parsed.items():
        body = _body_key(p.body)
        if body:
            sp = speaker.get(key, key)
            speaks_for[sp].add(body)
            if body in affiliation:
                speaks_for[sp].add(affiliation[body])
    # an organ of a registered state speaks for its government («وزارة الداخلية التركية»)
    for s in sources:
        state = None if s.registered or s.type == "outlet-own" else state_of(s.name)
        if state:
            speaks_for[speaker.get(s.key, s.key)].add(state)
    unnamed = frozenset(s.key for s in sources if not names_someone(s.name, s.type, s.registered))
    own_voice = frozenset(s.key for s in sources if s.type == "outlet-own")
    anonymous = frozenset(s.key for s in sources if anonymous_label(s.name, s.type, s.registered))
    return Resolution(speaker, dict(speaks_for), names, unnamed, own_voice, anonymous)


def resolve_claims(claims: list[dict]) -> Resolution:
    """`resolve` over the sources of stored claims (kg.repository's claim objects)."""
    reg = load_registry()
    found: dict[str, SourceInfo] = {}
    for c in claims:
        src = c["source"]
        key = src["key"]
        info = found.get(key)
        if info is None:
            info = found[key] = SourceInfo(key, src.get("name_ar") or src.get("name") or "", src.get("type") or "unknown",
                                           reg.get(key) is not None)
        info.claims += 1
        if src.get("label"):
            info.labels.add(src["label"])
        if c.get("date"):
            info.dates.add(str(c["date"])[:10])
    return replace(resolve(sorted(found.values(), key=lambda s: s.key)), relays=relay_links(claims))


def relay_links(claims: list[dict]) -> frozenset[frozenset[str]]:
    """Pairs of source keys where one source's claim holds another's within its span in one article: «قال X إن
    أوساط الاستخبارات أكدت …» is X's claim and the intelligence circles' (kg.attribution's report inside another
    speaker's content). X only relays them, so the two agreeing is one voice, not a corroboration. An outlet's own
    narration is left to `Resolution.own_voice` (one report)."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    for c in claims:
        if c.get("start") is not None and c.get("end") is not None and c["source"].get("type") != "outlet-own":
            by_article[c["article"]].append(c)
    links = set()
    for inside in by_article.values():
        for outer in inside:
            for inner in inside:
                if outer["source"]["key"] != inner["source"]["key"] and outer["start"] <= inner["start"] \
                        and inner["end"] <= outer["end"] \
                        and (outer["start"], outer["end"]) != (inner["start"], inner["end"]):
                    links.add(frozenset((outer["source"]["key"], inner["source"]["key"])))
    return frozenset(links)


def independent(keys_a: set[str], keys_b: set[str], resolution: Resolution) -> bool:
    """Two statements (the source keys of all their appearances) are independent when each has a source that
    names someone (`names_someone`) and no speaker, and no body a speaker speaks for, is behind both."""
    named_a, named_b = keys_a - resolution.unnamed, keys_b - resolution.unnamed
    if not named_a or not named_b:
        return False
    who_a = set().union(*(resolution.identities(k) for k in named_a))
    who_b = set().union(*(resolution.identities(k) for k in named_b))
    return not who_a & who_b


def appearance_identities(apps: set[tuple[str, str]], resolution: Resolution, per_report: bool = True) -> set[str]:
    """Whom a statement's appearances (source key, report) come from, names that identify no one left out; with
    `per_report`, a generic anonymous label is its own speaker in each report (kg.anonymous: two outlets' «مصادر
    أمنية» are two informants), the bodies it speaks for stay shared."""
    out: set[str] = set()
    for key, report in apps:
        if key in resolution.unnamed:
            continue
        ids = resolution.identities(key)
        if per_report and key in resolution.anonymous:
            ids = (ids - {resolution.speaker.get(key, key)}) | {in_report(key, report)}
        out |= ids
    return out


def reports(claims: list[dict]) -> dict[str, str]:
    """Each article (of the given claims) → the report it belongs to: its outlet where one of its claims is the
    outlet's own voice (an outlet's narration and what it quotes, in any of its articles, are one chain of
    report), else the article itself."""
    out = {c["article"]: c["article"] for c in claims}
    out.update({c["article"]: c["source"]["key"] for c in claims if c["source"].get("type") == "outlet-own"})
    return out


def appearances(claims: list[dict], members: list[int], report: dict[str, str]) -> set[tuple[str, str]]:
    """A statement's appearances (source key, report: `reports`) for `independent_appearances`."""
    return {(claims[m]["source"]["key"], report[claims[m]["article"]]) for m in members}


def independent_appearances(apps_a: set[tuple[str, str]], apps_b: set[tuple[str, str]],
                            resolution: Resolution, agreeing: bool = True) -> bool:
    """`independent` over appearances (source key, report: the outlet or article, `appearances`): besides, when
    the two agree (`agreeing`: a corroboration), an outlet's own narration and a source it quotes are one report
    (the lead restates what the outlet quotes), so such a pair is not independent, nor is a speaker and one he
    relays (`Resolution.relays`). An outlet's headline against
    a denial it quotes is not a restatement: for a contradiction only the speakers count, and a generic anonymous
    label is one speaker only within one report (`appearance_identities`). Not for a corroboration: two outlets'
    «مصادر عسكرية» agreeing were, every time read (sample 8: 6 of 6), one wire story's source printed twice, its
    wording barely changed («سيطرت القوات الموالية لحكومة الرئيس … على زنجبار» / «… للحكومة اليمنية الشرعية …»)."""
    if agreeing:
        own_a = {art for key, art in apps_a if key in resolution.own_voice}
        own_b = {art for key, art in apps_b if key in resolution.own_voice}
        if own_a & {art for _, art in apps_b} or own_b & {art for _, art in apps_a}:
            return False
        if any(frozenset((ka, kb)) in resolution.relays for ka, _ in apps_a for kb, _ in apps_b):
            return False  # one relays the other (`relay_links`)
    who_a = appearance_identities(apps_a, resolution, per_report=not agreeing)
    who_b = appearance_identities(apps_b, resolution, per_report=not agreeing)
    return bool(who_a and who_b) and not who_a & who_b


def speakers_graph(resolution: Resolution, method: str) -> Graph:
    """The resolution as RDF: `source sanad:speaker canonical` for every source merged with
    another (or resolved to a registered person), `speaker sanad:speaksFor body` for every
    body a title names (the registry's own schema:affiliation stays in the sources graph)."""
    from .rdf import new_graph

    g = new_graph(SPEAKERS_GRAPH)
    # resolved while relating: the relations graph describes that activity (kg.rdf.relations_graph)
    g.add((URIRef(SPEAKERS_GRAPH), PROV.wasGeneratedBy, URIRef(f"{BASE}activity/relate/{method}")))
    for key, sp in sorted(resolution.speaker.items()):
        g.add((URIRef(source_iri(key)), SANAD.speaker, URIRef(source_iri(sp))))
    affiliation, _, _ = registry_links()
    for sp, bodies in sorted(resolution.speaks_for.items()):
        for body in sorted(bodies):
            if affiliation.get(sp) != body:
                g.add((URIRef(source_iri(sp)), SANAD.speaksFor, URIRef(source_iri(body))))
    return g
