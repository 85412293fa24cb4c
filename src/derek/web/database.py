"""One read-only knowledge-base connection per request, closed when the response is done."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request

from derek.kb import KnowledgeBase


def open_kb(request: Request) -> Iterator[KnowledgeBase]:
    """FastAPI dependency: the app's database, opened read-only (``mode=ro``); the web never writes."""
    kb = KnowledgeBase(request.app.state.db_path, readonly=True)
    try:
        yield kb
    finally:
        kb.close()
