"""The repository the app reads through: kg.repository.Repository, with outlets named for display.

A store built before kg/outlets.py labelled each SaudiNewsNet outlet with its key (`skos:prefLabel
"aawsat"@ar`), and an ingest keeps the label a source already has, so such a store shows «aawsat» until it
is built again. Every source name the app shows comes from one of three reads: the source table (claim
lists, /sources, the home page's filter, names searched by /search), a claim read by IRI with its own source
(claim pages, cards, oEmbed, related claims) and a source's profile. Here each names an outlet whose label
is a known key by its names (kg.outlets.outlet_source_names); the store is not rewritten, and the CLI and
the relation steps (which read Repository itself) see the store as it is. `search_page` tells a page of search
results whether another follows.
"""

from __future__ import annotations

from typing import Any

from kg.outlets import outlet_source_names
from kg.repository import Repository

OUTLET_TYPE = "outlet-own"


class DisplayRepository(Repository):
    def _source_table(self, iris: list[str] | None = None) -> dict[str, dict[str, Any]]:
        table = super()._source_table(iris)
        for row in table.values():
            if row.get("srcType") == OUTLET_TYPE:
                row["srcName"], row["srcNameAr"] = outlet_source_names(row["srcName"], row["srcNameAr"])
        return table

    def claims_by_iris(self, iris: list[str], places: bool = True) -> dict[str, dict[str, Any]]:
        claims = super().claims_by_iris(iris, places)
        for c in claims.values():
            _name_outlet(c["source"])
        return claims

    def source(self, key: str) -> dict[str, Any] | None:
        return _name_outlet(super().source(key))

    def search_page(self, q: str, limit: int, offset: int = 0) -> tuple[list[dict[str, Any]], bool]:
        """A page of search results and whether another follows: one claim more than the page is asked for,
        and the last of them by IRI (the order Repository.search cuts pages in) left for the next page."""
        found = self.search(q, limit=limit + 1, offset=offset)
        ranked = sorted(c["id"] for c in found)
        page = set(ranked[:limit])
        return [c for c in found if c["id"] in page], len(ranked) > limit

def _name_outlet(source: dict[str, Any] | None) -> dict[str, Any] | None:
    """A source object's `name` and `name_ar` (a claim's source, a profile), an outlet's from kg.outlets."""
    if source is not None and source.get("type") == OUTLET_TYPE:
        source["name"], source["name_ar"] = outlet_source_names(source.get("name"), source.get("name_ar"))
    return source
