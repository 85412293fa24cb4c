"""Placeholder text stages (replaced by the text work)."""

from __future__ import annotations

import re
import unicodedata

from derek.doc import Document, Span, Token, text_id
from derek.pipeline import stage

_TOKEN = re.compile(r"\w+(?:[-.]\w+)*|[^\w\s]", re.UNICODE)


@stage("normalize", provides=("text",))
def normalize(doc: Document) -> Document:
    doc.text = unicodedata.normalize("NFC", doc.text)
    doc.id = text_id(doc.text)
    return doc


@stage("tokenize", requires=("text",), provides=("tokens",))
def tokenize(doc: Document) -> Document:
    doc.tokens = [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(doc.text)]
    return doc


@stage("sentences", requires=("tokens",), provides=("sentences",))
def sentences(doc: Document) -> Document:
    spans, start = [], 0
    for m in re.finditer(r"[.!?\n]+", doc.text):
        if doc.text[start : m.end()].strip():
            spans.append(Span(start, m.end()))
        start = m.end()
    if doc.text[start:].strip():
        spans.append(Span(start, len(doc.text)))
    doc.sentences = spans
    return doc
