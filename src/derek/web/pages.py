"""The HTML pages: home, search, articles, entities, events. Server-rendered; every string escaped by Jinja."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from derek.kb import KnowledgeBase
from derek.web.api import ISO_DATE, id_or_name
from derek.web.article_view import build_article_view
from derek.web.charts import co_participant_graph, role_label, role_timeline
from derek.web.database import open_kb
from derek.web.entity_types import type_style
from derek.web.entity_view import mention_contexts

KB = Annotated[KnowledgeBase, Depends(open_kb)]
OptionalDate = Annotated[str | None, Query(pattern=ISO_DATE + "|^$")]
PAGE_SIZE = 20
HOME_ENTITY_GROUPS = 4  # the entity types with most entities get a row of chips each

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def _render(request: Request, name: str, **context: object) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, context)


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value else None


@router.get("/")
def home(request: Request, kb: KB) -> HTMLResponse:
    stats = kb.stats()
    by_type: dict[str, int] = stats.get("entities_by_type", {})
    busiest = sorted(by_type, key=lambda t: (-by_type[t], t))[:HOME_ENTITY_GROUPS]
    groups = [(type_style(t).label, t, kb.list_entities(t, None, 12)) for t in busiest]
    return _render(request, "home.html", stats=stats, articles=kb.list_articles(15, 0), groups=groups,
                   type_style=type_style)


@router.get("/search")
def search(
    request: Request,
    kb: KB,
    q: Annotated[str, Query(max_length=500)] = "",
    date_from: OptionalDate = None,
    date_to: OptionalDate = None,
    entity: Annotated[str | None, Query(max_length=200)] = None,
    event_type: Annotated[str | None, Query(max_length=100)] = None,
    publisher: Annotated[str | None, Query(max_length=200)] = None,
    page: Annotated[int, Query(ge=1, le=5000)] = 1,
) -> HTMLResponse:
    filters = {"date_from": _blank(date_from), "date_to": _blank(date_to), "entity": _blank(entity),
               "event_type": _blank(event_type), "publisher": _blank(publisher)}
    offset = (page - 1) * PAGE_SIZE
    searched = bool(q.strip() or any(filters.values()))
    hits = kb.search(q, limit=PAGE_SIZE + 1, offset=offset, date_from=filters["date_from"],
                     date_to=filters["date_to"], entity=id_or_name(filters["entity"]),
                     event_type=filters["event_type"], publisher=filters["publisher"]) if searched else []
    matching = kb.list_entities(None, q, 8) if q.strip() else []
    entity_filter = id_or_name(filters["entity"])
    named = kb.get_entity(entity_filter) if isinstance(entity_filter, int) else None
    return _render(request, "search.html", q=q, filters=filters, hits=hits[:PAGE_SIZE], page=page,
                   has_next=len(hits) > PAGE_SIZE, matching=matching, type_style=type_style,
                   event_types=kb.event_types(), publishers=kb.publishers(), searched=searched,
                   named=named)


@router.get("/articles")
def articles(request: Request, kb: KB, page: Annotated[int, Query(ge=1, le=5000)] = 1) -> HTMLResponse:
    rows = kb.list_articles(PAGE_SIZE + 1, (page - 1) * PAGE_SIZE)
    return _render(request, "articles.html", articles=rows[:PAGE_SIZE], page=page, has_next=len(rows) > PAGE_SIZE)


@router.get("/articles/{doc_id}")
def article(request: Request, kb: KB, doc_id: str) -> HTMLResponse:
    doc = kb.get_document(doc_id)
    if doc is None:
        raise HTTPException(404, f"There is no article with id {doc_id!r}.")
    return _render(request, "article.html", view=build_article_view(doc, kb.doc_entity_ids(doc_id)))


@router.get("/entities")
def entities(
    request: Request,
    kb: KB,
    type: Annotated[str | None, Query(max_length=50)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
) -> HTMLResponse:
    found = kb.list_entities(_blank(type), _blank(q), 200)
    types = sorted(kb.stats().get("entities_by_type", {}))
    return _render(request, "entities.html", entities=found, type=type or "", q=q or "", types=types,
                   type_style=type_style)


@router.get("/entities/{entity_id}")
def entity(request: Request, kb: KB, entity_id: int) -> HTMLResponse:
    found = kb.get_entity(entity_id)
    if found is None:
        raise HTTPException(404, f"There is no entity with id {entity_id}.")
    roles = kb.entity_roles(entity_id)
    partners = kb.co_participants(entity_id)
    groups, left_out = mention_contexts(kb, kb.entity_mentions(entity_id))
    graph = co_participant_graph(found, type_style(found.type).css,
                                 [(e, n, type_style(e.type).css) for e, n in partners])
    return _render(request, "entity.html", entity=found, style=type_style(found.type), groups=groups,
                   left_out=left_out, roles=roles, timeline=role_timeline(roles), role_label=role_label,
                   quotes=kb.entity_quotes(entity_id), partners=partners, graph=graph,
                   type_style=type_style)


@router.get("/events")
def events(
    request: Request,
    kb: KB,
    type: Annotated[str | None, Query(max_length=50)] = None,
    date_from: OptionalDate = None,
    date_to: OptionalDate = None,
    entity: Annotated[str | None, Query(max_length=200)] = None,
    location: Annotated[str | None, Query(max_length=200)] = None,
) -> HTMLResponse:
    filters = {"type": _blank(type), "date_from": _blank(date_from), "date_to": _blank(date_to),
               "entity": _blank(entity), "location": _blank(location)}
    rows = kb.events(filters["type"], filters["date_from"], filters["date_to"], id_or_name(filters["entity"]),
                     id_or_name(filters["location"]), 200)
    return _render(request, "events.html", events=rows, filters=filters, event_types=kb.event_types())

