"""The notation the held-out extraction annotations are written in (unseen_annotations.py here and
../unseen-2015-b/unseen_b_annotations.py; both builders put this folder on sys.path).

A(id, source slug, source type, source as written, cue, quote, **options) is an attributed claim,
O(id, quote, **options) an outlet-own claim (optional unless core=True); `recorder(SRC, ARTICLES)` gives an
annotation module its `article(stem, ref_date, claims, ...)`, which files an article into its own ARTICLES."""

from __future__ import annotations


def A(cid, source, source_type, label, cue, quote, **o):
    return (cid, source, source_type, label, cue, quote, o)


def O(cid, quote, core=False, **o):
    o.setdefault("opt", not core)
    return (cid, "outlet", "news-outlet", None, None, quote, o)


def recorder(src: dict[str, dict], articles: dict[str, dict]):
    def article(stem, ref_date, claims, note="", relations=()):
        articles[stem] = {"source_article": src[stem], "ref_date": ref_date, "claims": claims, "note": note,
                          "relations": list(relations)}
    return article


GOV, OFF, ANON, INTL, ARMED, PERSON, OUTLET, OTHER = (
    "government-body", "government-official", "anonymous-source", "international-organization",
    "armed-group", "person", "news-outlet", "other")
