"""The HTML pages: home, search, articles, entities, events. Server-rendered; every string escaped by Jinja."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from derek.kb import KnowledgeBase, QuoteRow, queries, validate
from derek.kb.search import Filters
from derek.kb.search_page import SORTS, search_page
from derek.web.api import ISO_DATE, id_or_name
from derek.web.article_view import build_article_view
from derek.web.charts import co_participant_graph, month_bars, role_label, role_timeline
from derek.web.database import open_kb
from derek.web.entity_types import type_style
from derek.web.entity_view import mention_contexts
from derek.web.role_spans import role_spans

KB = Annotated[KnowledgeBase, Depends(open_kb)]
OptionalDate = Annotated[str | None, Query(pattern=ISO_DATE + "|^$")]
PAGE_SIZE = 20
EVENTS_PAGE_SIZE = 50
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


def _refused_as_page(where: str, value: str | None, check: Callable[[str], str]) -> str | None:
    """``check(value)`` for a page parameter; a bad value is a friendly 422 page naming it."""
    if not value:
        return None
    try:
        return check(value)
    except validate.Refused as exc:
        raise HTTPException(422, f"{where}: {exc}") from None


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
    month: Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2})?$")] = None,
    sort: Annotated[str, Query(pattern="^(relevance|date)?$")] = "relevance",
    page: Annotated[int, Query(ge=1, le=5000)] = 1,
) -> HTMLResponse:
    filters = {"date_from": _refused_as_page("from", _blank(date_from), validate.check_date),
               "date_to": _refused_as_page("to", _blank(date_to), validate.check_date), "entity": _blank(entity),
               "event_type": _refused_as_page("event", _blank(event_type),
                                              lambda v: validate.event_type(kb.conn, v)),
               "publisher": _blank(publisher), "month": _refused_as_page("month", _blank(month), validate.check_date)}
    sort = sort if sort in SORTS else "relevance"
    offset = (page - 1) * PAGE_SIZE
    searched = bool(q.strip() or any(filters.values()))
    date_from_used, date_to_used = filters["date_from"], filters["date_to"]
    if filters["month"]:  # a month facet narrows the dates to that month
        date_from_used, date_to_used = filters["month"], filters["month"]
    found = search_page(kb.conn, q, Filters(date_from_used, date_to_used, id_or_name(filters["entity"]),
                                            filters["event_type"], filters["publisher"]), sort, PAGE_SIZE,
                        offset) if searched else None
    matching = kb.list_entities(None, q, 8) if q.strip() else []
    entity_filter = id_or_name(filters["entity"])
    named = kb.get_entity(entity_filter) if isinstance(entity_filter, int) else None
    params = {k: v for k, v in {"q": q, **filters}.items() if v}
    return _render(request, "search.html", q=q, filters=filters, page=page, found=found,
                   hits=found.hits if found else [], total=found.total if found else 0,
                   has_next=bool(found and offset + PAGE_SIZE < found.total), matching=matching,
                   type_style=type_style, event_types=kb.event_types(), publishers=kb.publishers(),
                   searched=searched, named=named, sort=sort, params=params)


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
    quotes = kb.entity_quotes(entity_id)
    partners = kb.co_participants(entity_id)
    groups, left_out = mention_contexts(kb, kb.entity_mentions(entity_id))
    graph = co_participant_graph(found, type_style(found.type).css,
                                 [(e, n, type_style(e.type).css) for e, n in partners])
    return _render(request, "entity.html", entity=found, style=type_style(found.type), groups=groups,
                   left_out=left_out, roles=roles, spans=role_spans(roles), timeline=role_timeline(roles),
                   role_label=role_label, quotes_by_date=_by_date(quotes), quote_count=len(quotes),
                   partners=partners, graph=graph,
                   type_style=type_style)


def _by_date(quotes: list[QuoteRow]) -> list[tuple[str, list[QuoteRow]]]:
    """Quotes under one heading per date, newest first (the order they come in), undated last."""
    groups: dict[str, list[QuoteRow]] = {}
    for quote in quotes:
        groups.setdefault(quote.date or "undated", []).append(quote)
    return list(groups.items())


@router.get("/events")
def events(
    request: Request,
    kb: KB,
    type: Annotated[str | None, Query(max_length=50)] = None,
    date_from: OptionalDate = None,
    date_to: OptionalDate = None,
    month: Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2})?$")] = None,
    entity: Annotated[str | None, Query(max_length=200)] = None,
    location: Annotated[str | None, Query(max_length=200)] = None,
    page: Annotated[int, Query(ge=1, le=5000)] = 1,
) -> HTMLResponse:
    filters = {"type": _refused_as_page("type", _blank(type), lambda v: validate.event_type(kb.conn, v)),
               "date_from": _refused_as_page("from", _blank(date_from), validate.check_date),
               "date_to": _refused_as_page("to", _blank(date_to), validate.check_date),
               "month": _refused_as_page("month", _blank(month), validate.check_date),
               "entity": _blank(entity), "location": _blank(location)}
    chosen = queries.EventFilters(filters["type"], filters["date_from"], filters["date_to"],
                                  id_or_name(filters["entity"]), id_or_name(filters["location"]), filters["month"])
    offset = (page - 1) * EVENTS_PAGE_SIZE
    rows = kb.events(chosen.type, chosen.date_from, chosen.date_to, chosen.entity, chosen.location,
                     EVENTS_PAGE_SIZE, offset, chosen.month)
    total = queries.count_events(kb.conn, chosen)
    facets = queries.event_facets(kb.conn, chosen)
    params = {k: v for k, v in filters.items() if v}
    return _render(request, "events.html", events=rows, filters=filters, event_types=kb.event_types(),
                   total=total, offset=offset, page=page, has_next=offset + EVENTS_PAGE_SIZE < total,
                   facets=facets, chart=month_bars(facets["month"]), params=params)
