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
