"""Build candidate claim / sentence pairs for the HELD-OUT relation gold set: the first set's builder
(tests/gold/relations/build_candidates.py: idf-weighted overlap of rare words, strata, a denial "hunt";
no model involved) run on the Syria-war articles of SaudiNewsNet 2015 that the first set did NOT use
(select_articles.py), with article urls recorded and a second seed.

Rebuild:
    python tests/gold/relations-heldout/select_articles.py --out /tmp/syria-heldout.jsonl
    python -m kg.cli extract /tmp/syria-heldout.jsonl --no-parse --format jsonl > /tmp/claims-held.jsonl
    python tests/gold/relations-heldout/build_candidates.py --claims /tmp/claims-held.jsonl
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "first_set_builder", os.path.join(HERE, "..", "relations", "build_candidates.py"))
builder = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(builder)

DEFAULTS = ["--claims", "/tmp/claims-held.jsonl", "--corpus", "/tmp/syria-heldout.jsonl", "--urls",
            "--out", "tests/gold/relations-heldout/candidates.jsonl",
            "--hunt", "tests/gold/relations-heldout/hunt.jsonl",
            "--seed", "2016", "--n-copy", "25", "--n-high", "125", "--n-med", "75", "--n-low", "55"]

if __name__ == "__main__":
    builder.main(DEFAULTS + sys.argv[1:])  # later options win
