"""The JSON API under ``/api``: search, articles, entities, events, statistics (read-only)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel

from derek.kb import ArticleRow, EventRow, KBEntity, KnowledgeBase, MentionRow, QuoteRow, RoleRow, SearchHit
from derek.web.database import open_kb
from derek.web.errors import ErrorBody

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"

KB = Annotated[KnowledgeBase, Depends(open_kb)]
DateFrom = Annotated[str | None, Query(pattern=ISO_DATE, description="earliest date, YYYY-MM-DD")]
DateTo = Annotated[str | None, Query(pattern=ISO_DATE, description="latest date, YYYY-MM-DD")]
Limit = Annotated[int, Query(ge=1, le=500, description="at most this many results")]
Offset = Annotated[int, Query(ge=0, le=100_000, description="skip this many results")]

router = APIRouter(
    prefix="/api",
    tags=["api"],
    responses={
        404: {"model": ErrorBody, "description": "not found"},
        422: {"model": ErrorBody, "description": "invalid parameters"},
        500: {"model": ErrorBody, "description": "server error"},
        503: {"model": ErrorBody, "description": "knowledge base unavailable"},
    },
)


class SearchResponse(BaseModel):
    query: str
    limit: int
    offset: int
    hits: list[SearchHit]


class ArticleList(BaseModel):
    limit: int
    offset: int
    articles: list[ArticleRow]


class EntityList(BaseModel):
    entities: list[KBEntity]


class CoParticipant(BaseModel):
    entity: KBEntity
    shared_events: int


class EntityDetail(BaseModel):
    entity: KBEntity
    mentions: list[MentionRow]
    roles: list[RoleRow]
    quotes: list[QuoteRow]
    co_participants: list[CoParticipant]


class EventList(BaseModel):
    events: list[EventRow]


@router.get("/search", response_model=SearchResponse, summary="Search articles")
def search(
    kb: KB,
    q: Annotated[str, Query(max_length=500, description="words in any inflection, Cyrillic or Latin; "
                                                        "search syntax is never interpreted")] = "",
    limit: Limit = 10,
    offset: Offset = 0,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    entity: Annotated[str | None, Query(max_length=200, description="only articles naming this entity "
                                                                    "(a KB id or a name)")] = None,
    event_type: Annotated[str | None, Query(max_length=100, description="only articles with an event of this "
                                                                        "type")] = None,
    publisher: Annotated[str | None, Query(max_length=200, description="only articles from this publisher")] = None,
) -> SearchResponse:
    hits = kb.search(q, limit=limit, offset=offset, date_from=date_from, date_to=date_to, entity=id_or_name(entity),
                     event_type=event_type or None, publisher=publisher or None)
    return SearchResponse(query=q, limit=limit, offset=offset, hits=hits)


@router.get("/articles", response_model=ArticleList, summary="List articles, newest first")
def articles(kb: KB, limit: Limit = 50, offset: Offset = 0) -> ArticleList:
    return ArticleList(limit=limit, offset=offset, articles=kb.list_articles(limit, offset))


@router.get("/articles/{doc_id}", summary="One article as a derek.document/1 object",
            description="The full document, plus kb_entity_ids: each local entity id mapped to its KB entity id.")
def article(kb: KB, doc_id: str) -> dict[str, Any]:
    doc = kb.get_document(doc_id)
    if doc is None:
        raise HTTPException(404, f"No article with id {doc_id!r}")
    out = doc.to_dict()
    out["kb_entity_ids"] = kb.doc_entity_ids(doc_id)
    return out


@router.get("/entities", response_model=EntityList, summary="List or find entities")
def entities(
    kb: KB,
    type: Annotated[str | None, Query(max_length=50, description="e.g. PERSON, GPE, ORGANISATION")] = None,
    q: Annotated[str | None, Query(max_length=200, description="a name, part of a name or a surname")] = None,
    limit: Limit = 50,
) -> EntityList:
    return EntityList(entities=kb.list_entities(type or None, q or None, limit))


@router.get("/entities/{entity_id}", response_model=EntityDetail, summary="One entity and what is known about it")
def entity(kb: KB, entity_id: int) -> EntityDetail:
    found = kb.get_entity(entity_id)
    if found is None:
        raise HTTPException(404, f"No entity with id {entity_id}")
    return EntityDetail(
        entity=found,
        mentions=kb.entity_mentions(entity_id),
        roles=kb.entity_roles(entity_id),
        quotes=kb.entity_quotes(entity_id),
        co_participants=[CoParticipant(entity=e, shared_events=n) for e, n in kb.co_participants(entity_id)],
    )


@router.get("/events", response_model=EventList, summary="Events, newest first, with participants")
def events(
    kb: KB,
    type: Annotated[str | None, Query(max_length=50, description="e.g. meeting, visit, call")] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    entity: Annotated[str | None, Query(max_length=200, description="a participant: KB id or name")] = None,
    location: Annotated[str | None, Query(max_length=200, description="a place: KB id or name")] = None,
    limit: Limit = 100,
) -> EventList:
    return EventList(events=kb.events(type or None, date_from, date_to, id_or_name(entity), id_or_name(location),
                                      limit))


@router.get("/stats", summary="Counts of what the knowledge base holds")
def stats(kb: KB) -> dict[str, Any]:
    return kb.stats()


def id_or_name(value: str | None) -> int | str | None:
    """A KB id when ``value`` is all digits, else the name itself (None when blank)."""
    if not value:
        return None
    return int(value) if value.isdigit() else value

