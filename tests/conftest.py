"""Shared fixtures. ``shared`` points at ../shared (the data the project is measured with)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DEREK_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder; tests that need it skip with a reason when it is absent."""
    if not (SHARED / "data").is_dir():
        pytest.skip(f"needs ../shared (looked in {SHARED}); it is absent on a user's machine, present in CI")
    return SHARED
