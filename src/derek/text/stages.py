"""The text stages of the pipeline: normalise, tokenise, split sentences."""

from __future__ import annotations

from derek.doc import Document, text_id
from derek.stage import stage
from derek.text.normalize import normalize_text
from derek.text.sentences import split_sentences
from derek.text.tokenize import tokenize as tokenize_text


@stage("normalize", assigns=("doc.text", "doc.title", "doc.id"))
def normalize(doc: Document) -> Document:
    """Normalise the text (and the title) and recompute the id; every later offset indexes this text."""
    doc.text = normalize_text(doc.text)
    if doc.title is not None:
        doc.title = normalize_text(doc.title)
    doc.id = text_id(doc.text)
    return doc


@stage("tokenize", requires=("doc.text",), assigns=("doc.tokens",))
def tokenize(doc: Document) -> Document:
    """Fill ``doc.tokens`` with offsets into ``doc.text``."""
    doc.tokens = tokenize_text(doc.text)
    return doc


@stage("sentences", requires=("doc.tokens",), assigns=("doc.sentences",))
def sentences(doc: Document) -> Document:
    """Fill ``doc.sentences`` with spans that cover whole tokens."""
    doc.sentences = split_sentences(doc.text, doc.tokens)
    return doc
