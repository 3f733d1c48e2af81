"""The articles list (Repository.articles) reads a page of articles first and counts only their claims:
the same rows as the one grouped query over every article it replaced (3.5 s a page at 31k articles)."""

from __future__ import annotations

import pytest

from kg.repository import PREFIX, Repository
from kg.store import OxigraphStore

GROUPED = """SELECT ?key ?title ?date (COUNT(?claim) AS ?claims) WHERE {{
  ?article a schema:NewsArticle ; sanad:key ?key .
  OPTIONAL {{ ?article schema:headline ?title }} OPTIONAL {{ ?article schema:datePublished ?date }}
  OPTIONAL {{ ?claim prov:wasDerivedFrom ?article ; a schema:Claim }}
}} GROUP BY ?key ?title ?date ORDER BY DESC(?date) ?key LIMIT {limit} OFFSET {offset}"""


@pytest.mark.parametrize("limit,offset", [(100, 0), (2, 0), (2, 1), (3, 2), (5, 100)])
def test_a_page_of_articles_equals_the_grouped_query(seed_store_dir, limit, offset):
    store = OxigraphStore(seed_store_dir, read_only=True)
    try:
        expected = store.select(PREFIX + GROUPED.format(limit=limit, offset=offset))
        assert Repository(store).articles(limit=limit, offset=offset) == expected
        assert any(r["claims"] for r in Repository(store).articles())  # there are counts to compare
    finally:
        store.close()
