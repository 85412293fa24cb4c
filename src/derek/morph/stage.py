"""The morph pipeline stage (placeholder)."""

from __future__ import annotations

from derek.doc import Document
from derek.pipeline import stage


@stage("morph", requires=("tokens", "sentences"), provides=("morph",))
def morph(doc: Document) -> Document:
    return doc
