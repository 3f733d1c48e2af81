"""A place's edges are not the place: fighting on the outskirts of a city, or shelling of its edges, does not say who
holds it (kg.relate.control, kg.relate.events.holding_of).

Seen on 599 fresh articles: «قصف الحوثيين للأطراف الشمالية لعدن» and fighting on Aden's outskirts were read as
"Aden is contested" and stored three times against «تحرير عدن» — 3 of 3 wrong: a city is taken while its edges
are still shelled or fought over (the attackers are outside it). What contradicts a taking is the place itself held
by the other side: besieged («المحاصرة»، «تحاصر»), or fighting inside it; the edges are left to the model.
"""

from __future__ import annotations

import re

from .lexicon import _strip_proclitic

EDGE_WORDS = {"اطراف", "مشارف", "تخوم", "ابواب"}  # as kg.relate.control reads them (proclitics stripped)
EDGES = EDGE_WORDS | {"الاطراف", "المشارف"}
_SUFFIX = re.compile(r"(?:هم|ها|ه)$")


def on_the_edges(toks: list[str], i: int) -> bool:
    """The contested word at `i` is a place's edges («على أطراف الزبداني»، «للأطراف الشمالية لعدن»)."""
    bare = _strip_proclitic(toks[i])
    forms = {toks[i], bare, bare.removeprefix("ال"), _SUFFIX.sub("", bare)}  # «أطرافها»: its edges
    return bool(forms & EDGES)
