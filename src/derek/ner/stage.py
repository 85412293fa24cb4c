"""The NER pipeline stage (placeholder)."""

from __future__ import annotations

from derek.doc import Document
from derek.pipeline import stage


@stage("ner", requires=("tokens", "sentences", "morph"), provides=("ner",))
def ner(doc: Document) -> Document:
    return doc
