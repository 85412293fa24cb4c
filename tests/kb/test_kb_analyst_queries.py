"""The queries behind the analyst views: validation, totals and facets, co-participants, dateline places."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from derek.doc import Document, Source, Span
from derek.kb import KnowledgeBase, RoleRow, queries, validate
from derek.kb.search import Filters
from derek.kb.search_page import search_page
from derek.web.role_spans import role_spans

Build = Callable[..., Document]


@pytest.mark.parametrize(
    ("value", "ok"),
    [("2025-03-14", True), ("2025-03", True), ("2025", True), ("2024-02-29", True), ("2025-02-29", False),
     ("2020-13-45", False), ("2025-00", False), ("2025-3-1", False), ("yesterday", False), ("", False),
     ("2025-03-14T10:00", False)],
)
def test_dates(value: str, ok: bool) -> None:
    if ok:
        assert validate.check_date(value) == value
    else:
        with pytest.raises(validate.Refused):
            validate.check_date(value)


@pytest.mark.parametrize(("value", "ok"), [(1, True), (500, True), (0, False), (-5, False), (501, False)])
def test_limits(value: int, ok: bool) -> None:
    if ok:
        assert validate.check_limit(value) == value
    else:
        with pytest.raises(validate.Refused, match="between 1 and 500"):
            validate.check_limit(value)


def test_date_ranges() -> None:
    validate.check_date_range("2024-09", "2024")  # "2024" reaches the end of 2024
    validate.check_date_range("2024-03-01", "2024-03-01")
    with pytest.raises(validate.Refused, match="empty"):
        validate.check_date_range("2025-01-01", "2024-12-31")


def test_types_are_matched_case_insensitively_in_the_stored_spelling(kb: KnowledgeBase, build: Build) -> None:
    kb.add_document(build("Жиын\nАстанада жиын өтті.", "2025-01-02", [("g", "GPE", "Астана", ["Астанада"])],
                          events=[("briefing", [("g", None)], None)]))
    assert validate.event_type(kb.conn, "BRIEFING") == "briefing"  # a type the contract does not list, but stored
    assert validate.event_type(kb.conn, "Meeting") == "meeting"
    assert validate.entity_type(kb.conn, "gpe") == "GPE"
    with pytest.raises(validate.Refused, match="unknown event type 'bogus'; known: briefing, "):
        validate.event_type(kb.conn, "bogus")


def test_a_person_s_own_name_forms_are_no_co_participants(kb: KnowledgeBase, build: Build) -> None:
    text = "Кездесу\nЕрлан Қарин, Ерлан Тынымбайұлы, Қарин және Айгүл Серікқызы кездесті."
    kb.add_document(build(text, "2025-01-02", [
        ("a", "PERSON", "Ерлан Қарин", ["Ерлан Қарин"]), ("b", "PERSON", "Ерлан Тынымбайұлы", ["Ерлан Тынымбайұлы"]),
        ("d", "PERSON", "Айгүл Серікқызы", ["Айгүл Серікқызы"])],
        events=[("meeting", [("a", None), ("b", None), ("d", None)], None)]))
    karin = next(e for e in kb.list_entities("PERSON") if e.name == "Ерлан Қарин")
    assert [e.name for e, _ in queries.co_participants(kb.conn, karin.id)] == ["Айгүл Серікқызы"]
    aigul = next(e for e in kb.list_entities("PERSON") if e.name == "Айгүл Серікқызы")
    assert {e.name for e, _ in queries.co_participants(kb.conn, aigul.id)} == {"Ерлан Қарин", "Ерлан Тынымбайұлы"}


@pytest.mark.parametrize(("key", "other", "same"), [
    ("kasim jomart tokaev", "kasim jomart kemeluli tokaev", True), ("tokaev", "kasim jomart tokaev", True),
    ("erlan karin", "erlan tinimbaiuli", True), ("erlan karin", "erlan idrisov", False),
    ("aigul serikizi", "aigul bekova", True), ("marat bekov", "aidos bekov", False)])
def test_same_person_forms(key: str, other: str, same: bool) -> None:
    assert queries._same_person_forms(key, other) is same


def test_a_dateline_place_is_not_the_event_s_place(kb: KnowledgeBase, build: Build) -> None:
    filed = build("Жиын өтті\nАСТАНА. Министр жиын өткізді.", "2025-01-02", [("g", "GPE", "Астана", ["АСТАНА"])],
                  events=[("meeting", [], "g")])
    filed.source = Source(dateline="Астана")
    filed.events[0].evidence = Span(filed.text.index("Министр"), len(filed.text))  # АСТАНА lies outside it
    stated = build("Кездесу\nАлматыда кездесу өтті.", "2025-01-03", [("g", "GPE", "Алматы", ["Алматыда"])],
                   events=[("meeting", [], "g")])
    stated.source = Source(dateline="Алматы")
    for doc in (filed, stated):
        kb.add_document(doc)
    rows = {e.location_name: e.location_stated for e in kb.events()}
    assert rows == {"Астана": False, "Алматы": True}
    assert queries.event_facets(kb.conn, queries.EventFilters())["place"] == [("Алматы", 1)]


def test_totals_facets_and_paging_agree(kb: KnowledgeBase, build: Build) -> None:
    for day, etype in [("2025-01-02", "meeting"), ("2025-01-20", "visit"), ("2025-02-03", "meeting")]:
        kb.add_document(build(f"Оқиға {day}\nАстанада {etype} болды {day}.", day,
                              [("g", "GPE", "Астана", ["Астанада"])], events=[(etype, [("g", None)], "g")]))
    everything = queries.EventFilters()
    assert queries.count_events(kb.conn, everything) == 3
    facets = queries.event_facets(kb.conn, everything)
    assert facets["type"] == [("meeting", 2), ("visit", 1)]
    assert facets["month"] == [("2025-01", 2), ("2025-02", 1)]
    assert [e.date for e in kb.events(limit=2, offset=1)] == ["2025-01-20", "2025-01-02"]
    january = queries.EventFilters(month="2025-01", type="MEETING")
    assert queries.count_events(kb.conn, january) == 1
    assert queries.count_entities(kb.conn, "gpe") == 1 == len(kb.list_entities("gpe"))


def test_search_page_totals_and_date_order(kb: KnowledgeBase, build: Build) -> None:
    for day in ("2025-01-02", "2025-03-04", "2025-02-03"):
        kb.add_document(build(f"Көрме {day}\nАлматыда көрме ашылды, күні {day}.", day, []))
    page = search_page(kb.conn, "көрме", Filters(), "date", limit=2)
    assert page.total == 3 and [h.date for h in page.hits] == ["2025-03-04", "2025-02-03"]
    assert page.facets["month"] == [("2025-01", 1), ("2025-02", 1), ("2025-03", 1)]
    assert search_page(kb.conn, "көрме", Filters(date_from="2025-02"), "relevance").total == 2
    assert search_page(kb.conn, "", Filters()).total == 0


def test_role_spans_merge_one_post_across_articles() -> None:
    rows = [RoleRow("министр", None, "Қазақстан", "2023-05-01", "b", 3),
            RoleRow("Министр", "minister", "Қазақстан", "2021-02-01", "a", 3),
            RoleRow("министр", None, "Қазақстан", "2021-02-01", "a", 3),
            RoleRow("әкім", None, None, None, "c")]
    spans = role_spans(rows)
    assert [(s.position, s.first_date, s.last_date, s.articles) for s in spans] == [
        ("министр", "2021-02-01", "2023-05-01", 2), ("әкім", None, None, 1)]
    assert spans[0].position_en == "minister" and spans[0].first_doc == "a" and spans[0].last_doc == "b"
