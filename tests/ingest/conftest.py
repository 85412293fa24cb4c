"""Fixtures for the reader tests: read everything under some paths into a list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from derek.doc import Article, Document
from derek.errors import InputError
from derek.ingest import iter_articles

Items = list[Article | Document | InputError]


@pytest.fixture
def read() -> Callable[..., Items]:
    """``read(path, ...)``: every item ``iter_articles`` yields for these paths."""

    def run(*paths: Path | str) -> Items:
        return list(iter_articles([str(p) for p in paths]))

    return run


@pytest.fixture
def read_one(read: Callable[..., Items]) -> Callable[..., Article]:
    """``read_one(path)``: the one Article a file holds (fails on anything else)."""

    def run(path: Path | str) -> Article:
        items = read(path)
        assert len(items) == 1, items
        assert isinstance(items[0], Article), items[0]
        return items[0]

    return run
