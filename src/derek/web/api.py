"""The JSON API under ``/api``: search, articles, entities, events, statistics (read-only)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import AfterValidator, BaseModel

from derek.kb import (
    ArticleRow,
    EventRow,
    KBEntity,
    KnowledgeBase,
    MentionRow,
    QuoteRow,
    RoleRow,
    SearchHit,
    queries,
    validate,
)
from derek.kb.search import Filters
from derek.kb.search_page import SORTS, Reprint, search_page
from derek.web.database import open_kb
from derek.web.errors import ErrorBody, refused
from derek.web.examples import example

ISO_DATE = validate.DATE_PATTERN


def _date(value: str | None) -> str | None:
    return validate.check_date(value) if value else value


KB = Annotated[KnowledgeBase, Depends(open_kb)]
DateFrom = Annotated[str | None, Query(pattern=ISO_DATE, description="earliest date, YYYY-MM-DD (or YYYY-MM, YYYY)",
                                       examples=["2025-01-01"]), AfterValidator(_date)]
DateTo = Annotated[str | None, Query(pattern=ISO_DATE, description="latest date, inclusive; YYYY-MM covers the month",
                                     examples=["2025-12"]), AfterValidator(_date)]
Limit = Annotated[int, Query(ge=1, le=validate.MAX_LIMIT, description="at most this many results")]
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
    total: int
    sort: str
    hits: list[SearchHit]
    facets: dict[str, list[tuple[str, int]]]
    reprints: dict[str, list[Reprint]]


class ArticleList(BaseModel):
    limit: int
    offset: int
    total: int
    articles: list[ArticleRow]


class EntityList(BaseModel):
    limit: int
    offset: int
    total: int
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
    limit: int
    offset: int
    total: int
    events: list[EventRow]
    facets: dict[str, list[tuple[str, int]]]


def checked_event_type(kb: KnowledgeBase, value: str | None, where: str) -> str | None:
    """The stored spelling of an event type (case-insensitive); a 422 naming ``where`` when there is none."""
    if not value:
        return None
    try:
        return validate.event_type(kb.conn, value)
    except validate.Refused as exc:
        raise refused(where, str(exc)) from None


def checked_range(date_from: str | None, date_to: str | None) -> None:
    try:
        validate.check_date_range(date_from, date_to)
    except validate.Refused as exc:
        raise refused("query.date_to", str(exc)) from None


@router.get("/search", response_model=SearchResponse, summary="Search articles",
            description="Ranked articles (reprints folded into the first printing, listed under `reprints`), the "
            "total number of matching articles and facets (publisher, event type, month) over all of them.",
            responses={200: example("search")})
def search(
    kb: KB,
    q: Annotated[str, Query(max_length=500, description="words in any inflection, Cyrillic or Latin; "
                                                        "search syntax is never interpreted",
                            examples=["Тоқаев"])] = "",
    limit: Limit = 10,
    offset: Offset = 0,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    entity: Annotated[str | None, Query(max_length=200, description="only articles naming this entity "
                                                                    "(a KB id or a name)")] = None,
    event_type: Annotated[str | None, Query(max_length=100, description="only articles with an event of this "
                                                                        "type (case-insensitive)",
                                            examples=["meeting"])] = None,
    publisher: Annotated[str | None, Query(max_length=200, description="only articles from this publisher")] = None,
    sort: Annotated[str, Query(pattern="^(relevance|date)$", description="relevance (BM25) or date, newest "
                                                                         "first")] = "relevance",
) -> SearchResponse:
    checked_range(date_from, date_to)
    filters = Filters(date_from, date_to, id_or_name(entity), checked_event_type(kb, event_type, "query.event_type"),
                      publisher or None)
    page = search_page(kb.conn, q, filters, sort if sort in SORTS else "relevance", limit, offset)
    return SearchResponse(query=q, limit=limit, offset=offset, total=page.total, sort=sort, hits=page.hits,
                          facets=page.facets, reprints=page.reprints)


@router.get("/articles", response_model=ArticleList, summary="List articles, newest first",
            responses={200: example("articles")})
def articles(kb: KB, limit: Limit = 50, offset: Offset = 0) -> ArticleList:
    total = int(kb.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    return ArticleList(limit=limit, offset=offset, total=total, articles=kb.list_articles(limit, offset))


@router.get("/articles/{doc_id}", summary="One article as a derek.document/1 object",
            description="The full document, plus kb_entity_ids: each local entity id mapped to its KB entity id.",
            responses={200: example("article")})
def article(kb: KB, doc_id: str) -> dict[str, Any]:
    doc = kb.get_document(doc_id)
    if doc is None:
        raise HTTPException(404, f"No article with id {doc_id!r}")
    out = doc.to_dict()
    out["kb_entity_ids"] = kb.doc_entity_ids(doc_id)
    return out


@router.get("/entities", response_model=EntityList, summary="List or find entities",
            description="Most-mentioned first; `total` counts every match, `offset` pages through them.",
            responses={200: example("entities")})
def entities(
    kb: KB,
    type: Annotated[str | None, Query(max_length=50, description="e.g. PERSON, GPE, ORGANISATION "
                                                                "(case-insensitive)", examples=["person"])] = None,
    q: Annotated[str | None, Query(max_length=200, description="a name, part of a name or a surname")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> EntityList:
    etype = None
    if type:
        try:
            etype = validate.entity_type(kb.conn, type)
        except validate.Refused as exc:
            raise refused("query.type", str(exc)) from None
    return EntityList(limit=limit, offset=offset, total=queries.count_entities(kb.conn, etype, q or None),
                      entities=kb.list_entities(etype, q or None, limit, offset))


@router.get("/entities/{entity_id}", response_model=EntityDetail, summary="One entity and what is known about it",
            responses={200: example("entity")})
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


@router.get("/events", response_model=EventList, summary="Events, newest first, with participants",
            description="`status` is `planned` for an announced event. `total` counts every match; `facets` "
            "count them by type, place and month.", responses={200: example("events")})
def events(
    kb: KB,
    type: Annotated[str | None, Query(max_length=50, description="meeting, visit, call, ... (case-insensitive)",
                                      examples=["meeting"])] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    month: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}$", description="only this month, YYYY-MM"),
                     AfterValidator(_date)] = None,
    entity: Annotated[str | None, Query(max_length=200, description="a participant: KB id or name")] = None,
    location: Annotated[str | None, Query(max_length=200, description="a place: KB id or name")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> EventList:
    checked_range(date_from, date_to)
    filters = queries.EventFilters(checked_event_type(kb, type, "query.type"), date_from, date_to, id_or_name(entity),
                                   id_or_name(location), month or None)
    rows = kb.events(filters.type, date_from, date_to, filters.entity, filters.location, limit, offset, filters.month)
    return EventList(limit=limit, offset=offset, total=queries.count_events(kb.conn, filters), events=rows,
                     facets=queries.event_facets(kb.conn, filters))


@router.get("/stats", summary="Counts of what the knowledge base holds", responses={200: example("stats")})
def stats(kb: KB) -> dict[str, Any]:
    return kb.stats()


def id_or_name(value: str | None) -> int | str | None:
    """A KB id when ``value`` is all digits, else the name itself (None when blank)."""
    if not value:
        return None
    return int(value) if value.isdigit() else value

