"""Sanad knowledge-graph core: extraction, object model, RDF mapping, store and relations.

No web code lives here; `api/` reads what this package writes through the store.
"""

__version__ = "0.1.0"
