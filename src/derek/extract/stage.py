"""The extraction pipeline stage: entities (with coreference), roles, quotes, events and claims."""

from __future__ import annotations

from derek.doc import Document
from derek.extract import claims, context, events, quotes, roles
from derek.extract.coref import build_entities
from derek.stage import stage


@stage("extract", requires=("doc.tokens", "doc.sentences", "token.lemma", "token.case", "doc.mentions"),
       assigns=("doc.entities", "doc.roles", "doc.quotes", "doc.events", "doc.claims"))
def extract(doc: Document) -> Document:
    return extract_facts(doc)


def extract_facts(doc: Document) -> Document:
    """Fill ``doc.entities``, ``roles``, ``quotes``, ``events`` and ``claims`` from its text (and NER mentions)."""
    ctx = context.build(doc)
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
    doc.claims = claims.extract(doc.text)
    return doc
