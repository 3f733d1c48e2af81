"""The world's countries and capitals by their Arabic names (kg/countries.tsv), normalized: a place a title is
held in («سفير المملكة في لبنان», «ممثل المنظمة لدى الأردن») even where the gazetteer (kg/places.tsv, Syria's
towns and the countries it contains) has no entry for it."""

from __future__ import annotations

from pathlib import Path

from .text import normalize

DATA = Path(__file__).with_name("countries.tsv")


def _load() -> frozenset[str]:
    names: set[str] = set()
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _en, ar, capitals = line.split("\t")
        for name in ar.split("|") + capitals.split("|"):
            if name == "-":
                continue
            n = normalize(name)
            names.add(n)
            if n.startswith("ال") and " " not in n:
                names.add(n[2:])  # «في عراق ما بعد الحرب» is rare, but «لبنان»/«السودان» are written both ways
    return frozenset(names)


# normalized names of countries and capitals, one or more words each
COUNTRY_NAMES = _load()
