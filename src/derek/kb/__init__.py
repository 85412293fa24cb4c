"""The knowledge base: one SQLite file (WAL), FTS5 search, entities across articles."""

from __future__ import annotations

from derek.kb.store import AddResult, KnowledgeBase, SearchHit

__all__ = ["AddResult", "KnowledgeBase", "SearchHit"]
