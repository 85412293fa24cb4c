"""The extraction pipeline stage: entities (with coreference), roles, quotes, events and claims."""

from __future__ import annotations

import dataclasses

from derek.doc import Document, Span
from derek.extract import claims, events, furniture, people, quotes, roles
from derek.extract.coref import build_entities
from derek.stage import stage
from derek.text.sentences import split_sentences
from derek.text.tokenize import tokenize


@stage("extract", requires=("doc.tokens", "doc.sentences", "token.lemma", "token.case", "doc.mentions"),
       assigns=("doc.entities", "doc.roles", "doc.quotes", "doc.events", "doc.claims"))
def extract(doc: Document) -> Document:
    return extract_facts(doc)


def extract_facts(doc: Document) -> Document:
    """Fill ``doc.entities``, ``roles``, ``quotes``, ``events`` and ``claims`` from its text (and NER mentions)."""
    page = furniture.spans(doc.text)
    ctx = people.build(_article_view(doc, page))
    found_quotes = quotes.extract(ctx)
    drafts = events.draft(ctx, found_quotes)
    doc.entities, person_ids, thing_ids = build_entities(ctx.people, ctx.things)
    for q in found_quotes:
        if q.speaker is not None and q.speaker.startswith(quotes.THING_PREFIX):
            q.speaker = thing_ids.get(q.speaker[len(quotes.THING_PREFIX) :])
        elif q.speaker is not None:
            q.speaker = person_ids.get(q.speaker)
    doc.quotes = found_quotes
    doc.roles = roles.extract(ctx, person_ids, thing_ids)
    doc.events = events.finish(drafts, person_ids, thing_ids)
    doc.claims = [c for c in claims.extract(doc.text) if not furniture.inside(c.evidence, page)]
    return doc


def _article_view(doc: Document, page: list[Span]) -> Document:
    """The document as extraction reads it: the same text and offsets, without the sentences and NER mentions
    that lie in page furniture (captions, credits, sources, view counters)."""
    if not page:
        return doc
    tokens = doc.tokens or tokenize(doc.text)
    sentences = doc.sentences or split_sentences(doc.text, tokens)
    kept = furniture.article_sentences(doc.text, sentences)
    mentions = [m for m in doc.mentions if not furniture.inside(Span(m.start, m.end), page)]
    return dataclasses.replace(doc, tokens=tokens, sentences=kept, mentions=mentions)
