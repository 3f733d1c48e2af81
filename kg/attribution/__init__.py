"""Arabic attribution: who said what, with which cue, in which words.

A pipeline of small steps over one Document (pipeline.STEPS): sentences → reporting cues →
source → content span → polarity, hedging, date → the outlet's own voice → places and
check-worthiness. Rules are the backbone; the stanza pipeline (kg.nlp, run once per article)
adds reporting verbs found by lemma, drops verb-looking nouns, bounds a source's noun phrase by
the parse (nsubj subtree) and types unregistered sources from NER. The source registry stays the
first choice for a source's identity. Everything is matched on normalized text and mapped back to
exact offsets, so `article.text[start:end] == quote` always holds.

Modules, one concept each:
- `document`: the Document the steps share, a Sentence, a Cue, a parsed Word;
- `verbs`: the reporting-verb lexicon; `source_words`: titles, source head nouns, where a name stops;
  `syntax`: complementizers, quotation openers, clause boundaries;
- `parse`: stanza's words and entities indexed by offset;
- `cues`: reporting cues of a sentence; `subjects`: the source's span (after the verb, before it, of the
  sentence), from `noun_phrase` (where its noun phrase ends), `source_phrases` (whether a phrase names a
  source, its label as written) and `recipients` (who heard or relayed it, the statement's occasion);
  `coreference`: pronouns, short references and unnamed sources resolved against the discourse so far;
- `content`: the quoted or reported span; `frames`: nominal frames ("بحسب X"); `attribute`: one cue
  to (claim, source); `claim`: a Claim from spans; `polarity`: denial and hedging; `dates`: relative dates;
- `own_voice`: the outlet's headline and lead; `pipeline`: the steps in order and AttributionExtractor.
"""

from ..sources import outlet_ref
from .pipeline import STEPS, AttributionExtractor, extract
from .verbs import LEMMAS

__all__ = ["AttributionExtractor", "extract", "outlet_ref", "LEMMAS", "STEPS"]
