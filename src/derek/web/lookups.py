"""Small read-only look-ups the pages need for their filter menus (not part of the KB's read API)."""

from __future__ import annotations

from derek.kb import KnowledgeBase


def event_types(kb: KnowledgeBase) -> list[str]:
    """Every event type stored, most frequent first."""
    rows = kb.conn.execute("SELECT type FROM events GROUP BY type ORDER BY COUNT(*) DESC, type").fetchall()
    return [str(r[0]) for r in rows]


def publishers(kb: KnowledgeBase) -> list[str]:
    """Every publisher named by a stored article, alphabetically."""
    rows = kb.conn.execute(
        "SELECT DISTINCT publisher FROM articles WHERE publisher IS NOT NULL AND publisher != '' ORDER BY publisher"
    ).fetchall()
    return [str(r[0]) for r in rows]
