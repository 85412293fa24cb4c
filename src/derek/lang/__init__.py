"""The language layer: one sub-package per language (``kk``, ``ru``), each holding its word lists as data.

Language detection lives in :mod:`derek.lang.detect`; the pipeline for each language in ``derek.lang.<code>.pipeline``.
"""

from __future__ import annotations

# The languages derek has a pipeline for, and their names for messages.
SUPPORTED: dict[str, str] = {"kk": "Kazakh", "ru": "Russian"}
