"""Facts as queryable rows: role timelines, quotes by speaker, events with participants."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from derek.doc import Document
from derek.kb import KnowledgeBase

Build = Callable[..., Document]

PERSON = ("E1", "PERSON", "Әлия Қасымова", ["Әлия Қасымова"])
COUNTRY = ("E2", "GPE", "Моңғолия", ["Моңғолия"])


@pytest.fixture
def person_id(kb: KnowledgeBase, build: Build) -> int:
    # Inserted out of date order on purpose: the timeline must sort by the article date.
    articles = [
        ("2022-06-01", "министрдің орынбасары", "Әлия Қасымова министрдің орынбасары болып тағайындалды."),
        ("2019-03-10", "департамент директоры", "Департамент директоры Әлия Қасымова есеп берді."),
        ("2024-01-20", "елші", "Әлия Қасымова Моңғолиядағы елші болды."),
    ]
    for date, position, text in articles:
        doc = build(f"Тағайындау {date}\n{text}", date, [PERSON, COUNTRY],
                    roles=[("E1", position, "E2" if position == "елші" else None)],
                    quotes=[("E1", f"Жұмысқа дайынмын ({date})")])
        kb.add_document(doc)
    [person] = kb.list_entities(type="PERSON")
    return person.id


def test_role_timeline_is_ordered_by_date(kb: KnowledgeBase, person_id: int) -> None:
    roles = kb.entity_roles(person_id)
    assert [(r.date, r.position) for r in roles] == [
        ("2019-03-10", "департамент директоры"),
        ("2022-06-01", "министрдің орынбасары"),
        ("2024-01-20", "елші"),
    ]
    assert roles[-1].of_name == "Моңғолия" and roles[0].of_name is None


def test_quotes_by_speaker_newest_first(kb: KnowledgeBase, person_id: int) -> None:
    quotes = kb.entity_quotes(person_id)
    assert [q.date for q in quotes] == ["2024-01-20", "2022-06-01", "2019-03-10"]
    assert quotes[0].text == "Жұмысқа дайынмын (2024-01-20)" and quotes[0].verb == "деді"
    assert all(q.speaker_name == "Әлия Қасымова" for q in quotes)


@pytest.fixture
def meetings(kb: KnowledgeBase, build: Build) -> dict[str, int]:
    trio = [("E1", "PERSON", "Бақыт Әлиев", ["Бақыт Әлиев"]), ("E2", "PERSON", "Жанар Нұрова", ["Жанар Нұрова"]),
            ("E3", "PERSON", "Тимур Сейітов", ["Тимур Сейітов"]), ("E4", "GPE", "Түркістан", ["Түркістан"])]
    kb.add_document(build("Кездесу\nТүркістанда Бақыт Әлиев, Жанар Нұрова және Тимур Сейітов кездесті.",
                          "2024-02-10", trio,
                          events=[("meeting", [("E1", "in_person"), ("E2", "in_person"), ("E3", "online")], "E4")]))
    kb.add_document(build("Қоңырау\nБақыт Әлиев Жанар Нұроваға телефон соқты.", "2024-03-15", trio[:2],
                          events=[("call", [("E1", None), ("E2", None)], None)]))
    return {e.name: e.id for e in kb.list_entities(type="PERSON")}


def test_events_with_participants_and_modes(kb: KnowledgeBase, meetings: dict[str, int]) -> None:
    [meeting] = kb.events(type="meeting")
    assert meeting.location_name == "Түркістан" and meeting.date == "2024-02-10"
    assert [(name, mode) for _, name, mode in meeting.participants] == [
        ("Бақыт Әлиев", "in_person"), ("Жанар Нұрова", "in_person"), ("Тимур Сейітов", "online")]
    assert [e.type for e in kb.events()] == ["call", "meeting"]  # newest first


@pytest.mark.parametrize(
    ("filters", "types"),
    [
        ({"date_from": "2024-03-01"}, ["call"]),
        ({"date_to": "2024-02-28"}, ["meeting"]),
        ({"entity": "Тимур Сейітов"}, ["meeting"]),
        ({"location": "Түркістан"}, ["meeting"]),
        ({"location": "Атырау"}, []),
        ({"type": "visit"}, []),
    ],
)
def test_event_filters(kb: KnowledgeBase, meetings: dict[str, int], filters: dict[str, str], types: list[str]) -> None:
    assert [e.type for e in kb.events(**filters)] == types  # type: ignore[arg-type]


def test_co_participants_counted(kb: KnowledgeBase, meetings: dict[str, int]) -> None:
    partners = [(e.name, n) for e, n in kb.co_participants(meetings["Бақыт Әлиев"])]
    assert partners == [("Жанар Нұрова", 2), ("Тимур Сейітов", 1)]
    assert kb.events(entity=meetings["Тимур Сейітов"])[0].type == "meeting"


def test_stats_count_facts(kb: KnowledgeBase, meetings: dict[str, int]) -> None:
    stats = kb.stats()
    assert (stats["articles"], stats["events"], stats["entities"]) == (2, 2, 4)
    assert stats["entities_by_type"] == {"GPE": 1, "PERSON": 3}


def test_event_types_and_publishers(kb: KnowledgeBase, meetings: dict[str, int], build: Build) -> None:
    doc = build("Тағы бір кездесу\nЖанар Нұрова Тимур Сейітовпен кездесті.", "2024-04-01",
                [("E1", "PERSON", "Жанар Нұрова", ["Жанар Нұрова"])], events=[("meeting", [("E1", None)], None)])
    doc.source.publisher = "Ақжол газеті"
    kb.add_document(doc)
    assert kb.event_types() == ["meeting", "call"]
    assert kb.publishers() == ["Ақжол газеті"]
