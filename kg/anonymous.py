"""Generic anonymous labels are not one speaker across reports (issue 13).

An unregistered source is keyed by its name as written (kg.sources.unregistered_ref), so «مصادر أمنية» in one
outlet's article and «مصادر أمنية» in another's share one key, and the registry's «شهود عيان» is one source
everywhere. Such a label describes whoever an outlet spoke to, not one person: two outlets' «مصدر عسكري مالي» are
as independent as two named officers, and two of their figures that differ are not "one speaker's revision"
(sample 6: a Malian military source's 4 and then 8 dead, in two articles of one Friday; sample 8: «مسؤولون»
quoted by aawsat with 5 dead and 18 injured and again with 6 and 21). Here such a label is one speaker only
within one report (kg.speakers.reports: an outlet, else an article) where two claims disagree: the one-source
test of the conflict rules, the one-speaker revision checks, and a contradiction's independence. Not where they
agree: two outlets' «مصادر عسكرية» saying one thing were, each time read, one wire story's source printed twice
(sample 8: 6 of 6), so a corroboration still counts them as one. Its key, the source IRI, is not changed.

A label is generic and anonymous when its head is a word for an unnamed informant («مصدر», «مصادر», «مسؤول»,
«مسؤولون», «شهود», «ناشطون», «سكان» …, after «أحد» or «بعض») and no person's name follows it (kg.speakers.parse_name:
«مسؤول لجنة حي بطن الهوى زهير الرجبي» names a man), or when the registry types it as anonymous («شهود عيان»).
"""

from __future__ import annotations

import re

from .text import normalize

ANONYMOUS_TYPE = "anonymous-source"
# heads of a label that names no one (normalized: ؤ→و, ة→ه); «أحد/بعض» before them change nothing
INFORMANT_HEADS = frozenset("""
مصدر مصادر المصدر المصادر مسوول مسوولون مسوولين مسوولو المسوول المسوولون شهود شاهد الشهود ناشطون ناشطين نشطاء
الناشطون الناشطين سكان السكان اهالي الاهالي مراقبون مراقبين مسعفون مسعفين اطباء موظفون موظفين عاملون
""".split())
_LEADS = frozenset(("احد", "بعض", "عدد"))
# a relative adjective (nisba: أمني، عراقي، عسكرية، أمريكيون) or a rank word, normalized (ة→ه)
_ADJECTIVE = re.compile(r"\S{2,}(?:ي|يه|يون|يين)|رفيع|رفيعه|كبير|كبار|بارز|سابق|مطلع|مطلعه")
_PUNCT = re.compile(r"[«»\"'“”()\[\]/\\:،,.!?؟-]+")


def anonymous_label(name: str, type_: str = "unknown", registered: bool = False) -> bool:
    """Whether a source's label is a generic description of unnamed informants (see the module)."""
    from .speakers import is_person_name, parse_name

    words = [w for w in _PUNCT.sub(" ", normalize(name or "")).split() if w]
    while words and words[0] in _LEADS:
        words = words[1:]
    if registered:
        return type_ == ANONYMOUS_TYPE  # the registry's «شهود عيان», «مصدر ميداني سوري»
    if not words or words[0] not in INFORMANT_HEADS and type_ != ANONYMOUS_TYPE:
        return False
    parsed = parse_name(" ".join(words))
    # a person named after the title («مسؤول … زهير الرجبي»): not anonymous; adjectives after it name no one
    # («مسؤول أمني عراقي», «مسؤول أمريكي رفيع»)
    named = parsed.name and not all(_ADJECTIVE.fullmatch(w) for w in parsed.name)
    return not (named and is_person_name(parsed.name) and len(parsed.name) >= 2
                and parsed.name[0] not in INFORMANT_HEADS)


def in_report(key: str, report: str) -> str:
    """The speaker identity of an anonymous label within one report: a new identity, never a source key."""
    return f"{key}@{report}"
