"""Fixtures for the web tests: one knowledge base and one live server for the whole package."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from web_corpus import Corpus, build_corpus
from web_server import LiveServer


@pytest.fixture(scope="package")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return build_corpus(tmp_path_factory.mktemp("web") / "kb.db")


@pytest.fixture(scope="package")
def live(corpus: Corpus) -> Iterator[LiveServer]:
    with LiveServer(corpus.db) as server:
        yield server


@pytest.fixture(scope="package")
def client(live: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live.url, timeout=20) as http:
        yield http
