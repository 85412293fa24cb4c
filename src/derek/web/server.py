"""``derek serve``: run the web app with uvicorn."""

from __future__ import annotations

from pathlib import Path

import uvicorn

from derek.errors import StoreError
from derek.kb import KnowledgeBase
from derek.web.app import create_app


def check_database(db: str) -> None:
    """Raise StoreError now, with the fix, rather than on every request, when ``db`` cannot be read."""
    if not Path(db).is_file():
        raise StoreError(f"{db}: no knowledge base here; run `derek ingest PATH --db {db}` first")
    KnowledgeBase(db, readonly=True).close()


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the knowledge base at ``db`` on ``host:port`` until interrupted."""
    check_database(db)
    print(f"derek: serving {db} on http://{host}:{port}/ (JSON API under /api, reference at /api/docs)")
    uvicorn.run(create_app(db), host=host, port=port, log_level="info", ws="none")
