"""Named-entity recognition with KazNERD's 25 classes: a CRF over word, stem, gazetteer and cluster features.

``tag_sentences`` labels pre-tokenised sentences (IOB2); the ``ner`` pipeline stage (:mod:`derek.ner.stage`)
labels a Document's tokens and fills ``doc.mentions``. The model loads once per process, on first use.
"""

from __future__ import annotations

from derek.ner.corpus import entity_spans
from derek.ner.model import get_model

__all__ = ["entity_spans", "tag_sentences"]


def tag_sentences(sents: list[list[str]]) -> list[list[str]]:
    """IOB2 labels for pre-tokenised sentences, one list of labels per sentence."""
    model = get_model()
    return [model.tag(s) for s in sents]
