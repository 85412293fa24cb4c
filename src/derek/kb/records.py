"""Plain dataclasses the knowledge base hands out (no sqlite3.Row ever leaves the package)."""

from __future__ import annotations

from dataclasses import dataclass, field

from derek.errors import InputError


@dataclass
class AddResult:
    doc_id: str
    added: bool  # False when the same normalised text was already stored


@dataclass
class IngestSummary:
    added: int = 0
    present: int = 0
    failed: int = 0
    errors: list[InputError] = field(default_factory=list)


@dataclass
class SearchHit:
    """One ranked article. ``snippet`` wraps each match in ``[ ]``; ``snippet_parts`` marks them for HTML."""

    doc_id: str
    title: str | None
    date: str | None
    publisher: str | None
    score: float
    snippet: str
    snippet_parts: list[tuple[str, bool]] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)


@dataclass
class ArticleRow:
    doc_id: str
    title: str | None
    date: str | None
    publisher: str | None
    url: str | None
    path: str | None
    added_at: str
    duplicate_of: str | None = None


@dataclass
class KBEntity:
    """One real-world entity across every article."""

    id: int
    type: str
    name: str
    latin: str | None
    aliases: list[str] = field(default_factory=list)
    article_count: int = 0
    mention_count: int = 0


@dataclass
class MentionRow:
    doc_id: str
    title: str | None
    date: str | None
    start: int
    end: int
    text: str


@dataclass
class RoleRow:
    position: str
    position_en: str | None
    of_name: str | None
    date: str | None
    doc_id: str
    of_entity_id: int | None = None


@dataclass
class QuoteRow:
    text: str
    kind: str
    verb: str | None
    date: str | None
    doc_id: str
    title: str | None
    speaker_id: int | None = None
    speaker_name: str | None = None
    start: int = 0
    end: int = 0


@dataclass
class EventRow:
    doc_id: str
    title: str | None
    type: str
    date: str | None
    location_name: str | None
    format: str | None
    participants: list[tuple[int, str, str | None]] = field(default_factory=list)
    start: int = 0
    end: int = 0
    id: int | None = None
    status: str | None = None  # "planned" for an announced event
    location_id: int | None = None
    location_stated: bool = True  # False: the place is only the article's dateline, not said of the event
