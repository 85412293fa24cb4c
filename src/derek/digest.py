"""A readable digest of a Document for `derek process --format text` (placeholder)."""

from __future__ import annotations

from derek.doc import Document


def render_digest(doc: Document) -> str:
    return f"{doc.title or '(untitled)'} [{doc.date or 'no date'}]\n"
