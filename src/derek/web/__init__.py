"""derek.web: the browser UI and the JSON API over a knowledge base (read-only)."""

from __future__ import annotations

from derek.web.app import create_app

__all__ = ["create_app"]
