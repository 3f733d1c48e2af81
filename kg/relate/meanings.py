"""What a word means where Arabic news rewords it, for the lexical pair features (kg.relate.features).

Two rewrites of one report often share no word where they say the same thing: «توفي شابان» and «لقي شابان
مصرعهما», «يعتبر» and «يعد», «عشرين» and «20». The pair features count shared and unmatched words, so such a
rewrite read as a swap of words, the mark of an edited (contradicting) headline. `meaning` maps a token to a
class that both wordings share: a number word or digits to its value, and a word of a small table of general
news paraphrase classes (built from general Arabic usage, not from any evaluation set's errors) to its class.
Any other token means its light stem.
"""

from __future__ import annotations

from kg.text import light_stem, normalize

# Paraphrase classes: surface forms as written; normalized and light-stemmed at import. Only words whose
# common news sense is the class's: «لقي» and «مصرع»/«حتف» stand together for «died» («لقي مصرعه»).
_CLASSES = {
    "die": "توفي توفيت توفوا يتوفى وفاة مصرع مصرعه مصرعها مصرعهم مصرعهما حتف حتفه حتفها حتفهم لقي لقيت لقوا يلقى",
    "say": "قال قالت قالوا يقول تقول أقول نقول أكد أكدت أكدوا يؤكد تؤكد أوضح أوضحت يوضح ذكر ذكرت يذكر أفاد أفادت يفيد "
           "صرح صرحت يصرح",
    "consider": "يعتبر تعتبر اعتبر اعتبرت يعد تعد يعدون",
    "want": "أراد أرادت يريد تريد يريدون أود يود تود نود يرغب ترغب رغب رغبت",
    "arrest": "اعتقل اعتقلت اعتقال يعتقل القبض أوقف أوقفت توقيف احتجز احتجزت احتجاز",
    "demand": "طالب طالبت يطالب تطالب دعا دعت يدعو تدعو",
    "warn": "حذر حذرت يحذر تحذر",
    "rise": "ارتفع ارتفعت يرتفع ارتفاع زاد زادت يزيد ازداد ازدادت",
    "fall": "انخفض انخفضت ينخفض انخفاض هبط هبطت هبوط",
    "attack": "هجوم هجمات اعتداء اعتداءات",
    "begin": "بدأ بدأت يبدأ انطلق انطلقت انطلاق",
}
_CLASS_OF: dict[str, str] = {}
for _name, _words in _CLASSES.items():
    for _w in _words.split():
        _n = normalize(_w)
        _CLASS_OF[_n] = _CLASS_OF[light_stem(_n)] = "=" + _name


def meaning(token: str, stem: str) -> str:
    """The class `token` (normalized, as ClaimFacts.toks) shares with its rewordings; its `stem` if none."""
    from .conflicts import _one_token  # conflicts imports the features that import this module

    n = _one_token(token)
    if n is not None:
        return f"#{n}"
    return _CLASS_OF.get(token) or _CLASS_OF.get(stem) or stem
