"""Fixtures for the knowledge-base tests: a fresh database file per test, and Document builders."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

from derek.api import process_article
from derek.doc import Article, Document, Entity, Event, Mention, Participant, Quote, Role, Source, Span
from derek.errors import ModelError
from derek.kb import KnowledgeBase
from derek.pipeline import load_pipeline

DocFactory = Callable[..., Document]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kb.db"


@pytest.fixture
def kb(db_path: Path) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(db_path) as store:
        yield store


def processed(body: str, title: str, date: str = "2024-05-10", publisher: str | None = None) -> Document:
    """An article through the real pipeline.

    Search indexes the text only, so while a bundled model (NER) is missing the text and morphology
    stages stand in for the full pipeline.
    """
    article = Article(body=body, title=title, date=date, source=Source(publisher=publisher))
    try:
        return process_article(article)
    except ModelError:
        return load_pipeline(["normalize", "tokenize", "sentences", "morph"])(article.to_document())


def _mentions(text: str, surface: str) -> list[Mention]:
    out, pos = [], text.find(surface)
    while pos >= 0:
        out.append(Mention(pos, pos + len(surface), surface))
        pos = text.find(surface, pos + len(surface))
    return out


def built(
    text: str,
    date: str,
    entities: list[tuple[str, str, str, list[str]]],
    roles: list[tuple[str, str, str | None]] | None = None,
    quotes: list[tuple[str | None, str]] | None = None,
    events: list[tuple[str, list[tuple[str, str | None]], str | None]] | None = None,
) -> Document:
    """A Document with hand-made facts, so entity tests do not depend on the extractor.

    ``entities``: (local id, type, canonical name, surfaces found in the text);
    ``roles``: (person id, position, of id); ``quotes``: (speaker id, quoted text);
    ``events``: (type, [(participant id, mode)], location id).
    """
    doc = Document(text=text, title=text.split("\n", 1)[0], date=date)
    doc.entities = [
        Entity(eid, etype, name, mentions=[m for s in surfaces for m in _mentions(text, s)])
        for eid, etype, name, surfaces in entities
    ]
    whole = Span(0, len(text))
    doc.roles = [Role(person, position, whole, of=of) for person, position, of in roles or []]
    doc.quotes = [Quote(said, "direct", whole, speaker=speaker, verb="деді") for speaker, said in quotes or []]
    doc.events = [
        Event(f"V{i}", etype, whole, date=date, location=loc,
              participants=[Participant(p, mode) for p, mode in parts])
        for i, (etype, parts, loc) in enumerate(events or [], 1)
    ]
    return doc


@pytest.fixture
def build() -> DocFactory:
    """The hand-made Document builder (see ``built``)."""
    return built


@pytest.fixture
def process() -> DocFactory:
    """The real-pipeline Document builder (see ``processed``)."""
    return processed


@pytest.fixture
def store(kb: KnowledgeBase) -> Callable[[Mapping[str, tuple[str, str]]], dict[str, str]]:
    """Stores articles given as {key: (title, body)} through the real pipeline; returns {key: document id}."""

    def add(articles: Mapping[str, tuple[str, str]]) -> dict[str, str]:
        ids = {}
        for key, (title, body) in articles.items():
            doc = processed(body, title)
            kb.add_document(doc)
            ids[key] = doc.id
        return ids

    return add
