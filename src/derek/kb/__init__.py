"""The knowledge base: one SQLite file (WAL), FTS5 search, entities across articles."""

from __future__ import annotations

from derek.kb.records import (
    AddResult,
    ArticleRow,
    EventRow,
    IngestSummary,
    KBEntity,
    MentionRow,
    QuoteRow,
    RoleRow,
    SearchHit,
)
from derek.kb.store import KnowledgeBase

__all__ = [
    "AddResult",
    "ArticleRow",
    "EventRow",
    "IngestSummary",
    "KBEntity",
    "KnowledgeBase",
    "MentionRow",
    "QuoteRow",
    "RoleRow",
    "SearchHit",
]
