"""The source registry (ontology/sources.ttl) and source-mention matching in text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.namespace import SKOS

from .model import NS, SourceRef, short_hash
from .resources import data_dir
from .text import normalize, normalize_with_offsets

SANAD = Namespace(NS)
SCHEMA_PERSON = URIRef("http://schema.org/Person")
ONTOLOGY_DIR = data_dir("ontology")


@dataclass(frozen=True)
class RegisteredSource:
    key: str
    name_en: str
    name_ar: str
    type: str
    aliases: tuple[str, ...]
    contextual: tuple[str, ...]
    is_person: bool = False


@dataclass(frozen=True)
class Mention:
    source: RegisteredSource | None
    label: str  # as written
    start: int
    end: int
    contextual: bool = False


class Registry:
    def __init__(self, sources: list[RegisteredSource]):
        self.sources = {s.key: s for s in sources}
        # Longest aliases first so "المرصد السوري لحقوق الإنسان" wins over "المرصد السوري".
        entries: list[tuple[str, RegisteredSource, bool]] = []
        for s in sources:
            entries += [(normalize(a), s, False) for a in s.aliases]
            entries += [(normalize(a), s, True) for a in s.contextual]
        entries.sort(key=lambda e: -len(e[0]))
        self._entries = entries
        alt = "|".join(re.escape(e[0]) for e in entries)
        # Optional proclitics (و ف ب ل) before a name; no letter may follow it.
        # ل before ال drops the alef: "للحملة" is ل + "الحملة" (group 2 holds "لحملة …").
        alt_l = "|".join(re.escape(e[0][1:]) for e in entries if e[0].startswith("ال"))
        self._pattern = re.compile(rf"(?<![\w])(?:[وفبل]{{0,2}})({alt})(?![\w])"
                                   + (rf"|(?<![\w])[وف]?ل({alt_l})(?![\w])" if alt_l else ""))
        self._by_alias = {e[0]: (e[1], e[2]) for e in reversed(entries)}

    def mentions(self, text: str) -> list[Mention]:
        """All source mentions in text, in order. A contextual alias counts only once
        its source has been named by a full alias earlier in the same text."""
        norm, offsets = normalize_with_offsets(text)
        seen: set[str] = set()
        found: list[Mention] = []
        for m in self._pattern.finditer(norm):
            g = 1 if m.group(1) is not None else 2
            alias = m.group(1) if g == 1 else "ا" + m.group(2)
            src, contextual = self._by_alias[alias]
            if contextual and src.key not in seen:
                continue
            seen.add(src.key)
            start, end = offsets[m.start(g)], offsets[m.end(g)]
            found.append(Mention(src, text[start:end], start, end, contextual))
        return found

    def ref(self, mention: Mention) -> SourceRef:
        s = mention.source
        assert s is not None
        return SourceRef(key=s.key, label=mention.label, name=s.name_en, name_ar=s.name_ar, type=s.type)

    def get(self, key: str) -> RegisteredSource | None:
        return self.sources.get(key)


def unregistered_ref(label: str, type_: str = "unknown") -> SourceRef:
    """A source the registry does not know: keyed by its normalized name, so the
    same name in two articles is the same source, and named as written (normalization
    is for matching only: people read «مصادر تركية», not «مصادر تركيه»)."""
    norm = " ".join(normalize(label).split())
    written = " ".join(label.split())
    return SourceRef(key="s-" + short_hash("source", norm), label=label, name=written, name_ar=written,
                     type=type_, registered=False)


def looks_normalized(label: str) -> bool:
    """A label that normalization leaves unchanged: either written plainly or a matching
    form (older stores labelled unregistered sources with the normalized name)."""
    return " ".join(normalize(label).split()) == label


def preferred_label(labels) -> str | None:
    """One label out of several for one source and language (an unregistered source is
    described in every article graph that cites it): an as-written label before a
    normalized-looking one, then the smallest, so every page picks the same."""
    labels = sorted(set(x for x in labels if x))
    if not labels:
        return None
    return min(labels, key=lambda x: (looks_normalized(x), x))


def preferred_type(counts: dict[str, int]) -> str:
    """One type out of several for one source (an unregistered source is typed in every article
    graph that cites it, from that article's context: the NER tags one mention and not the
    next): a known type before "unknown", then the one most graphs give, then the first by
    name — so the source table, a single claim and the source page all show the same."""
    if not counts:
        return "unknown"
    return min(counts, key=lambda t: (t == "unknown", -counts[t], t))


def name_as_first_written(claims, names: dict[str, str] | None = None) -> None:
    """Give every claim of one unregistered source the same name: `names[key]` when given
    (the name the store already holds for it), else the source as written at its first
    mention (claims in text order). The key stays the normalized form; a later mention
    spelled otherwise ("مصادر تركيه") keeps its own spelling in its label."""
    chosen: dict[str, str] = dict(names or {})
    for c in claims:
        ref = c.source
        if ref.registered or not ref.name:
            continue
        name = chosen.setdefault(ref.key, ref.name)
        if ref.name != name or (ref.name_ar and ref.name_ar != name):
            c.source = replace(ref, name=name, name_ar=name if ref.name_ar else ref.name_ar)


OUTLET_TYPE = "outlet-own"


def outlet_ref(publisher: str | None, article_key: str) -> SourceRef:
    """The article's own voice: its publisher when known, else this article's unnamed outlet
    (never one shared "unknown" source, which would merge unrelated outlets' records)."""
    norm = " ".join(normalize(publisher).split()) if publisher else ""
    name = " ".join(publisher.split()) if publisher else "the publishing outlet (unknown)"
    key = "outlet-" + (short_hash("outlet", norm) if publisher else article_key)
    return SourceRef(key=key, label=publisher or "", name=name, name_ar=publisher, type=OUTLET_TYPE,
                     registered=False)


@lru_cache(maxsize=1)
def registry_graph() -> Graph:
    g = Graph()
    g.parse(ONTOLOGY_DIR / "sources.ttl", format="turtle")
    return g


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    g = registry_graph()
    vocab = Graph()
    vocab.parse(ONTOLOGY_DIR / "sanad.ttl", format="turtle")
    notation = {c: str(n) for c, n in vocab.subject_objects(SKOS.notation)}
    sources = []
    for node in g.subjects(SANAD.key, None):
        labels = {lbl.language: str(lbl) for lbl in g.objects(node, SKOS.prefLabel)}
        sources.append(RegisteredSource(
            key=str(g.value(node, SANAD.key)),
            name_en=labels.get("en", labels.get("ar", "")),
            name_ar=labels.get("ar", ""),
            type=notation.get(g.value(node, SANAD.sourceType), "unknown"),
            aliases=tuple(sorted(str(a) for a in g.objects(node, SANAD.alias))),
            contextual=tuple(sorted(str(a) for a in g.objects(node, SANAD.contextualAlias))),
            is_person=(node, RDF.type, SCHEMA_PERSON) in g,
        ))
    sources.sort(key=lambda s: s.key)
    return Registry(sources)
