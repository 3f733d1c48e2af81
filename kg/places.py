"""Place mentions: a small gazetteer of towns and cities, matched after normalization.

Places let the relation model tell "regime forces entered the city" in Palmyra from
the same words about Daraa. Countries are left out on purpose: "in Syria" does not
separate two claims.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import normalize

# slug: (Arabic name, English name, other Arabic spellings)
GAZETTEER: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "palmyra": ("تدمر", "Palmyra", ()),
    "damascus": ("دمشق", "Damascus", ()),
    "aleppo": ("حلب", "Aleppo", ()),
    "homs": ("حمص", "Homs", ()),
    "hama": ("حماة", "Hama", ("حماه",)),
    "latakia": ("اللاذقية", "Latakia", ()),
    "tartus": ("طرطوس", "Tartus", ()),
    "idlib": ("إدلب", "Idlib", ()),
    "raqqa": ("الرقة", "Raqqa", ()),
    "deir-ez-zor": ("دير الزور", "Deir ez-Zor", ()),
    "hasakah": ("الحسكة", "Hasakah", ()),
    "qamishli": ("القامشلي", "Qamishli", ()),
    "daraa": ("درعا", "Daraa", ()),
    "suwayda": ("السويداء", "Suwayda", ()),
    "quneitra": ("القنيطرة", "Quneitra", ()),
    "zabadani": ("الزبداني", "Zabadani", ()),
    "darayya": ("داريا", "Darayya", ()),
    "douma": ("دوما", "Douma", ()),
    "ghouta": ("الغوطة", "Ghouta", ()),
    "kobani": ("كوباني", "Kobani", ("عين العرب",)),
    "jisr-al-shughur": ("جسر الشغور", "Jisr al-Shughur", ()),
    "ariha": ("أريحا", "Ariha", ()),
    "marea": ("مارع", "Marea", ()),
    "tal-abyad": ("تل أبيض", "Tal Abyad", ()),
    "manbij": ("منبج", "Manbij", ()),
    "qusayr": ("القصير", "al-Qusayr", ()),
    "qalamoun": ("القلمون", "Qalamoun", ()),
    "fuah": ("الفوعة", "al-Fuah", ()),
    "kafraya": ("كفريا", "Kafraya", ()),
    "bosra": ("بصرى الشام", "Bosra", ("بصرى",)),
    "suruc": ("سروج", "Suruç", ()),
    "kilis": ("كيليس", "Kilis", ("كلس",)),
    "geneva": ("جنيف", "Geneva", ()),
    "moscow": ("موسكو", "Moscow", ()),
    "paris": ("باريس", "Paris", ()),
    "vienna": ("فيينا", "Vienna", ()),
    "baghdad": ("بغداد", "Baghdad", ()),
    "beirut": ("بيروت", "Beirut", ()),
    # added from the SaudiNewsNet Syria articles (2015)
    "arsal": ("عرسال", "Arsal", ()),
    "jarablus": ("جرابلس", "Jarabulus", ()),
    "azaz": ("أعزاز", "Azaz", ("اعزاز", "إعزاز")),
    "al-bab": ("مدينة الباب", "al-Bab", ()),
    "maarat-al-numan": ("معرة النعمان", "Maarat al-Numan", ()),
    "khan-shaykhun": ("خان شيخون", "Khan Shaykhun", ()),
    "saraqib": ("سراقب", "Saraqib", ()),
    "madaya": ("مضايا", "Madaya", ()),
    "nubl": ("نبل", "Nubl", ()),
    "al-ghab": ("سهل الغاب", "al-Ghab plain", ()),
    "jableh": ("جبلة", "Jableh", ()),
    "salamiyah": ("السلمية", "Salamiyah", ()),
    "mayadin": ("الميادين", "al-Mayadin", ()),
    "albukamal": ("البوكمال", "Abu Kamal", ()),
    "sarrin": ("صرين", "Sarrin", ()),
    "qaryatayn": ("القريتين", "al-Qaryatayn", ()),
    "yarmouk": ("مخيم اليرموك", "Yarmouk camp", ("اليرموك",)),
    "zaatari": ("الزعتري", "Zaatari camp", ()),
    "harem": ("حارم", "Harem", ()),
    "mosul": ("الموصل", "Mosul", ()),
    "ramadi": ("الرمادي", "Ramadi", ()),
    "fallujah": ("الفلوجة", "Fallujah", ()),
    "tikrit": ("تكريت", "Tikrit", ()),
    "cairo": ("القاهرة", "Cairo", ()),
    "riyadh": ("الرياض", "Riyadh", ()),
    "ankara": ("أنقرة", "Ankara", ()),
    "istanbul": ("إسطنبول", "Istanbul", ("اسطنبول",)),
    "tehran": ("طهران", "Tehran", ()),
    "new-york": ("نيويورك", "New York", ()),
    "london": ("لندن", "London", ()),
    "beijing": ("بكين", "Beijing", ()),
    "khartoum": ("الخرطوم", "Khartoum", ()),
}


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern, dict[str, str]]:
    by_name: dict[str, str] = {}
    for slug, (ar, _en, alts) in GAZETTEER.items():
        for name in (ar, *alts):
            n = normalize(name)
            by_name[n] = slug
            if n.startswith("ال"):
                by_name[n[2:]] = slug  # "لمدينة الرقة" vs "بالرقة" → "رقه" after the clitic
    alt = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:[وبلف]{{0,2}}|ال)?({alt})(?!\w)"), by_name


def places_in(text: str) -> list[str]:
    """Slugs of the places named in text, in order of first mention."""
    pattern, by_name = _matcher()
    out: list[str] = []
    for m in pattern.finditer(normalize(text)):
        slug = by_name[m.group(1)]
        if slug not in out:
            out.append(slug)
    return out
