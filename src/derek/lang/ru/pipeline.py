"""The Russian pipeline: ``Pipeline(stages())(Document(text=..., language="ru"))``.

Stages (plain :class:`~derek.stage.Stage` objects, not registered by name, so the Kazakh default pipeline is
untouched): ``ru.normalize`` → ``ru.tokenize`` (razdel tokens with pymorphy3 lemma, case and part of speech) →
``ru.sentences`` → ``ru.ner`` (slovnet mentions grouped into nominative entities) → ``ru.extract`` (roles,
quotes, events, claims). The models load lazily, once per process.
"""

from __future__ import annotations

from derek.doc import Document, text_id
from derek.lang.ru import claims, events, quotes, roles
from derek.lang.ru.context import Article
from derek.lang.ru.entities import build_entities
from derek.lang.ru.ner import mentions
from derek.lang.ru.tokens import split_sentences, tokenize
from derek.stage import Stage
from derek.text.normalize import normalize_text


def normalize(doc: Document) -> Document:
    """The same normalisation as Kazakh (every offset indexes the result); the id is recomputed."""
    doc.text = normalize_text(doc.text)
    if doc.title is not None:
        doc.title = normalize_text(doc.title)
    doc.id = text_id(doc.text)
    return doc


def tokens(doc: Document) -> Document:
    doc.tokens = tokenize(doc.text)
    return doc


def sentences(doc: Document) -> Document:
    doc.sentences = split_sentences(doc.text)
    return doc


def ner(doc: Document) -> Document:
    """Mentions and the entities they name; each token inside a mention gets its IOB2 label."""
    doc.mentions = mentions(doc.text)
    doc.entities, _ = build_entities(doc.mentions)
    for m in doc.mentions:
        inside = [t for t in doc.tokens if m.start <= t.start and t.end <= m.end]
        for i, tok in enumerate(inside):
            tok.ner = f"{'B' if i == 0 else 'I'}-{m.type}"
    return doc


def extract(doc: Document) -> Document:
    entity_of = {m.start: e.id for e in doc.entities for m in e.mentions}
    art = Article(doc, entity_of)
    doc.roles = roles.extract(art)
    doc.quotes = quotes.extract(art, doc.roles)
    doc.events = events.extract(art)
    doc.claims = claims.extract(doc.text)
    return doc


def stages() -> list[Stage]:
    """The Russian stages in order, for ``Pipeline(stages())``."""
    return [
        Stage("ru.normalize", normalize, assigns=("doc.text", "doc.title", "doc.id")),
        Stage("ru.tokenize", tokens, requires=("doc.text",),
              assigns=("doc.tokens", "token.lemma", "token.pos", "token.case", "token.feats")),
        Stage("ru.sentences", sentences, requires=("doc.text",), assigns=("doc.sentences",)),
        Stage("ru.ner", ner, requires=("doc.tokens",), assigns=("doc.mentions", "doc.entities", "token.ner")),
        Stage("ru.extract", extract, requires=("doc.entities", "doc.sentences", "token.lemma"),
              assigns=("doc.roles", "doc.quotes", "doc.events", "doc.claims")),
    ]
