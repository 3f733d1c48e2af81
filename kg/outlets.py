"""The outlets whose articles name their publisher by a short key (SaudiNewsNet's `source` field:
"aawsat", "okaz", …): each key's names as the outlet writes them, Arabic and English (issue 14,
"Display": a page shows a source as written or by its registry name, never a key). The key stays
what is stored as the article's schema:publisher and what an outlet's key and IRI are made from
(kg.sources.outlet_ref): these names are the outlet's labels only. Keys from
../shared/data/news/SaudiNewsNet.README.md, every one that occurs in saudinewsnet-2015 and
saudinewsnet-syria-2015.jsonl."""

from __future__ import annotations

import re

# key → (Arabic name, English name), as the outlets write them on their mastheads
OUTLETS: dict[str, tuple[str, str]] = {
    "aawsat": ("الشرق الأوسط", "Asharq Al-Awsat"),
    "aleqtisadiya": ("الاقتصادية", "Al Eqtisadiya"),
    "aljazirah": ("الجزيرة", "Al Jazirah"),
    "almadina": ("المدينة", "Al Madina"),
    "alriyadh": ("الرياض", "Al Riyadh"),
    "alwatan": ("الوطن", "Al Watan"),
    "alweeam": ("الوئام", "Al Weeam"),
    "alyaum": ("اليوم", "Al Yaum"),
    "arreyadi": ("الرياضي", "Arreyadi"),
    "arreyadiyah": ("الرياضية", "Arriyadiyah"),
    "arriyadiyah": ("الرياضية", "Arriyadiyah"),
    "okaz": ("عكاظ", "Okaz"),
    "sabq": ("سبق", "Sabq"),
    "was": ("واس", "Saudi Press Agency"),
    "3alyoum": ("عين اليوم", "Ain Alyoum"),
}

# the article's own voice when its publisher is not known (one such outlet per article)
UNKNOWN_OUTLET = ("الوسيلة الناشرة (غير معروفة)", "the publishing outlet (unknown)")

_ARABIC = re.compile(r"[\u0600-\u06FF]")


def outlet_labels(publisher: str | None, lang: str | None) -> list[tuple[str, str | None]]:
    """The labels (text, language tag) of the outlet that published an article: a known key's Arabic
    and English names; an unknown outlet's both; any other publisher as written, tagged with the
    article's language when it is written in Arabic script and "en" when Latin (a key like
    "alarabiya" is not Arabic)."""
    name = " ".join(publisher.split()) if publisher else ""
    if not name:
        return [(UNKNOWN_OUTLET[0], "ar"), (UNKNOWN_OUTLET[1], "en")]
    known = OUTLETS.get(name.lower())
    if known:
        return [(known[0], "ar"), (known[1], "en")]
    if _ARABIC.search(name):
        return [(name, lang or "ar")]
    return [(name, "en")]


def outlet_name(publisher: str | None, lang: str = "en") -> str | None:
    """A publisher's name for display in `lang` ("ar" or "en"): the known key's name, else as written."""
    if not publisher:
        return None
    known = OUTLETS.get(" ".join(publisher.split()).lower())
    return (known[0] if lang == "ar" else known[1]) if known else publisher


def _known_key(name: str | None) -> str | None:
    key = " ".join(name.split()).lower() if name else ""
    return key if key in OUTLETS else None


def outlet_source_names(name: str | None, name_ar: str | None) -> tuple[str | None, str | None]:
    """An outlet source's (English, Arabic) names for display. A store built before this module named each
    SaudiNewsNet outlet by its key (`skos:prefLabel "aawsat"@ar`), and keeps that label until its articles are
    ingested again (an ingest keeps the label a source already has): a name that is a known key is shown as
    that outlet's name in its language, and a missing name beside it is filled in. Other names stay as given."""
    key = _known_key(name) or _known_key(name_ar)
    if key is None:
        return name, name_ar
    ar, en = OUTLETS[key]
    return (en if name is None or _known_key(name) else name,
            ar if name_ar is None or _known_key(name_ar) else name_ar)


def publisher_names(publisher: str | None) -> dict[str, str | None]:
    """An article's publisher named beside its stored value (a SaudiNewsNet key stays the public `publisher`):
    `publisher_name` (English) and `publisher_name_ar`, as a source has `name` and `name_ar`; a publisher
    that is not a known key is named as written in both; none, none."""
    return {"publisher_name": outlet_name(publisher, "en"), "publisher_name_ar": outlet_name(publisher, "ar")}
