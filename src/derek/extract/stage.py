"""The extraction pipeline stage (placeholder)."""

from __future__ import annotations

from derek.doc import Document
from derek.pipeline import stage


@stage("extract", requires=("tokens", "sentences", "morph", "ner"),
       provides=("entities", "roles", "quotes", "events", "claims"))
def extract(doc: Document) -> Document:
    return doc
