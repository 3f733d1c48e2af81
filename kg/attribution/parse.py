"""The stanza parse indexed for the steps: words and entities by article offset, a word's subtree."""

from __future__ import annotations

from .document import Sentence, Word


def parse_index(docs, starts: list[int]) -> tuple[list, list]:
    """Words of stanza Documents (one per sentence, the sentence starting at `starts[k]` in the article)
    as tuples (start, end, lemma, upos, head, deprel) sorted by start, where head is the index of the
    governing word in the returned list (-1 for a root); entities as (start, end, type). Offsets index
    the article. Where stanza splits a token into several words (clitics), the token keeps one word:
    the content word (verb, noun, adjective) if there is one."""
    rows: list[list] = []
    ents: list[tuple[int, int, str]] = []
    for doc, base in zip(docs, starts):
        for sent in doc.sentences:
            by_id: dict[int, list] = {}
            mine: list[list] = []
            for tok in sent.tokens:
                if tok.start_char is None or tok.end_char is None:
                    continue
                words = sorted(tok.words, key=lambda w: 0 if w.upos in ("VERB", "NOUN", "PROPN", "ADJ") else 1)
                for k, w in enumerate(tok.words):
                    row = [base + tok.start_char, base + tok.end_char, w.lemma or w.text, w.upos or "",
                           w.head or 0, w.deprel or "", w is words[0]]
                    by_id[w.id] = row
                    mine.append(row)
            for row in mine:  # a clitic's head is the token's head word
                row[4] = by_id.get(row[4])
            rows += mine
        ents += [(base + e.start_char, base + e.end_char, e.type) for e in getattr(doc, "ents", [])]
    kept = [r for r in rows if r[6]]
    kept.sort(key=lambda r: r[0])
    index = {id(r): k for k, r in enumerate(kept)}
    by_token = {(r[0], r[1]): r for r in kept}

    def head_of(r):
        h = r[4]
        if h is None:
            return -1
        h = by_token.get((h[0], h[1]), h)  # a head that is a clitic stands for its token's kept word
        return index.get(id(h), -1)

    words = [(r[0], r[1], r[2], r[3], head_of(r), r[5]) for r in kept]
    return words, ents


def word_index_at(s: Sentence, orig_i: int) -> int | None:
    for i, w in enumerate(s.words):
        if w.start <= orig_i < w.end:
            return i
    return None


def word_at(s: Sentence, orig_i: int) -> Word | None:
    i = word_index_at(s, orig_i)
    return s.words[i] if i is not None else None


def subtree(s: Sentence, i: int) -> tuple[int, int]:
    """Original-offset extent of word i and everything it governs."""
    members = {i}
    changed = True
    while changed:
        changed = False
        for j, w in enumerate(s.words):
            if j not in members and w.head in members:
                members.add(j)
                changed = True
    return min(s.words[j].start for j in members), max(s.words[j].end for j in members)


def starts_with_verb(words, at: int) -> bool:
    """Whether the parse tags the first word at or after article offset `at` as a verb."""
    for w in words:
        if w[1] > at:
            return w[3] in ("VERB", "AUX")
    return False
