"""Search filters: date range, publisher, entity, event type; and filter-only listing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from derek.doc import Document
from derek.kb import KnowledgeBase


@pytest.fixture
def ids(kb: KnowledgeBase, build: Callable[..., Document]) -> dict[str, str]:
    docs = {
        "jan": build("Қаңтардағы жиналыс\nОблыстық мәслихатта жиналыс өтті. Әкім Нұрлан Оспанов сөз сөйледі.",
                     "2024-01-15", [("E1", "PERSON", "Нұрлан Оспанов", ["Нұрлан Оспанов"])],
                     events=[("meeting", [("E1", "in_person")], None)]),
        "mar": build("Наурыздағы жиналыс\nҚалалық мәслихатта жиналыс болды. Депутаттар бюджетті талқылады.",
                     "2024-03-20", [], events=[("statement", [], None)]),
        "jun": build("Маусымдағы жиналыс\nАудандық жиналыс онлайн форматта өтті. Тұрғындар сұрақ қойды.",
                     "2024-06-02", []),
    }
    docs["mar"].source.publisher = "Qazaqstan Times"
    out = {}
    for key, doc in docs.items():
        kb.add_document(doc)
        out[doc.id] = key
    return out


def _keys(kb: KnowledgeBase, ids: dict[str, str], query: str = "жиналыс", **filters: object) -> list[str]:
    return sorted(ids[h.doc_id] for h in kb.search(query, **filters))  # type: ignore[arg-type]


def test_no_filter_finds_all(kb: KnowledgeBase, ids: dict[str, str]) -> None:
    assert _keys(kb, ids) == ["jan", "jun", "mar"]


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        ("2024-02-01", None, ["jun", "mar"]),
        (None, "2024-03-20", ["jan", "mar"]),  # the end date is inclusive
        ("2024-01-16", "2024-06-01", ["mar"]),
        ("2025-01-01", None, []),
        ("2024-03", "2024-03", ["mar"]),  # a month covers all its days
        (None, "2024", ["jan", "jun", "mar"]),
    ],
)
def test_date_range(
    kb: KnowledgeBase, ids: dict[str, str], date_from: str | None, date_to: str | None, expected: list[str]
) -> None:
    assert _keys(kb, ids, date_from=date_from, date_to=date_to) == expected


def test_publisher(kb: KnowledgeBase, ids: dict[str, str]) -> None:
    assert _keys(kb, ids, publisher="Qazaqstan Times") == ["mar"]
    assert _keys(kb, ids, publisher="qazaqstan times") == ["mar"]
    assert _keys(kb, ids, publisher="Басқа") == []


def test_entity_by_id_and_by_name(kb: KnowledgeBase, ids: dict[str, str]) -> None:
    [person] = kb.list_entities(type="PERSON")
    assert _keys(kb, ids, entity=person.id) == ["jan"]
    assert _keys(kb, ids, entity="Нұрлан Оспанов") == ["jan"]
    assert _keys(kb, ids, entity="Белгісіз Адам") == []


def test_event_type(kb: KnowledgeBase, ids: dict[str, str]) -> None:
    assert _keys(kb, ids, event_type="meeting") == ["jan"]
    assert _keys(kb, ids, event_type="statement") == ["mar"]
    assert _keys(kb, ids, event_type="visit") == []


def test_filters_without_words_list_by_date(kb: KnowledgeBase, ids: dict[str, str]) -> None:
    hits = kb.search("", date_from="2024-01-01")
    assert [ids[h.doc_id] for h in hits] == ["jun", "mar", "jan"]
    assert kb.search("") == []


def test_limit_and_offset(kb: KnowledgeBase, ids: dict[str, str]) -> None:
    every = [h.doc_id for h in kb.search("жиналыс", limit=10)]
    assert [h.doc_id for h in kb.search("жиналыс", limit=2)] == every[:2]
    assert [h.doc_id for h in kb.search("жиналыс", limit=2, offset=2)] == every[2:]


def test_entity_by_surname_alone(kb: KnowledgeBase, ids: dict[str, str]) -> None:
    assert _keys(kb, ids, entity="Оспанов") == ["jan"]


def test_common_word_path_gives_the_same_articles(
    kb: KnowledgeBase, ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from derek.kb import search

    ranked_all = _keys(kb, ids)
    filtered = _keys(kb, ids, date_from="2024-02-01")
    monkeypatch.setattr(search, "RANK_ALL_LIMIT", 0)  # every word now counts as common
    assert _keys(kb, ids) == ranked_all
    assert _keys(kb, ids, date_from="2024-02-01") == filtered
    assert _keys(kb, ids, "жиналыс сұрақ") == ["jun"]
