"""The people of an article, in three steps: names and coreference (:func:`derek.extract.context.gather`), posts
attached to them (appositions, linked titles, regional owners in :mod:`derek.extract.roles`), then the owners of
posts and the title-only mentions settled (:func:`derek.extract.context.settle_posts`).

Kept apart from both modules so that neither imports the other.
"""

from __future__ import annotations

from derek.doc import Document
from derek.extract import context, roles
from derek.extract.context import Context


def build(doc: Document) -> Context:
    """The extraction context of ``doc``: its sentences, people with their posts, and the things they serve."""
    ctx = context.gather(doc)
    roles.appositions(ctx)
    roles.linked_titles(ctx)
    roles.regional_owners(ctx)
    context.settle_posts(ctx)
    return ctx
