"""One entity across Kazakh and Russian: an entity page lists both languages' mentions, a search for either
spelling finds both articles, and two reports of one event are one story."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from derek.doc import Document
from derek.kb import KnowledgeBase
from derek.kb.resolve import cross_key, name_key
from derek.lang.ru.entities import latin_of

Build = Callable[..., Document]

KK = "Президент Қытайға барды\nҚасым-Жомарт Тоқаев Ақордада Си Цзиньпинмен кездесті. Тоқаев Ресей туралы айтты."
RU = ("Президент встретился с лидером Китая\nКасым-Жомарт Токаев встретился с Си Цзиньпином в Акорде. "
      "Токаев говорил о России.")


def _kk(build: Build, date: str = "2025-04-01") -> Document:
    doc = build(KK, date, [
        ("E1", "PERSON", "Қасым-Жомарт Тоқаев", ["Қасым-Жомарт Тоқаев", "Тоқаев "]),
        ("E2", "PERSON", "Си Цзиньпин", ["Си Цзиньпинмен"]),
        ("E3", "FACILITY", "Ақорда", ["Ақордада"]),
        ("E4", "GPE", "Ресей", ["Ресей"]),
    ], events=[("meeting", [("E1", None), ("E2", "in_person")], "E3")])
    doc.entities[3].latin = "Russia"  # as the Kazakh pipeline romanises it
    return doc


def _ru(build: Build, date: str = "2025-04-01") -> Document:
    doc = build(RU, date, [
        ("E1", "PERSON", "Касым-Жомарт Токаев", ["Касым-Жомарт Токаев", "Токаев "]),
        ("E2", "PERSON", "Си Цзиньпин", ["Си Цзиньпином"]),
        ("E3", "GPE", "Акорда", ["Акорде"]),
        ("E4", "GPE", "Россия", ["России"]),
    ], events=[("meeting", [("E1", None), ("E2", "in_person")], "E3")])
    doc.language = "ru"
    for ent in doc.entities:
        ent.latin = latin_of(ent.name)
    return doc


def test_one_person_across_the_languages_lists_both_mentions(kb: KnowledgeBase, build: Build) -> None:
    kb.add_document(_kk(build))
    kb.add_document(_ru(build))
    people = {e.name: e for e in kb.list_entities(type="PERSON")}
    assert len(people) == 2
    tokayev = next(e for e in people.values() if "Тоқаев" in e.name or "Токаев" in e.name)
    assert tokayev.article_count == 2
    texts = {m.text for m in kb.entity_mentions(tokayev.id)}
    assert {"Қасым-Жомарт Тоқаев", "Касым-Жомарт Токаев"} <= texts


def test_place_named_differently_in_each_language_is_one_entity(kb: KnowledgeBase, build: Build) -> None:
    kb.add_document(_kk(build))
    kb.add_document(_ru(build))
    akorda = [e for e in kb.list_entities() if name_key(e.name) == "akorda"]
    assert len(akorda) == 1 and akorda[0].article_count == 2  # FACILITY in one, GPE in the other
    russia = [e for e in kb.list_entities(type="GPE") if e.name in {"Ресей", "Россия"}]
    assert len(russia) == 1 and russia[0].article_count == 2  # through the shared romanisation "Russia"


@pytest.mark.parametrize("query", ["Тоқаев", "Токаев", "Tokayev"])
def test_search_for_either_spelling_finds_both_languages(kb: KnowledgeBase, build: Build, query: str) -> None:
    kk, ru = _kk(build, "2025-04-01"), _ru(build, "2025-05-02")  # different days: two stories, both listed
    kb.add_document(kk)
    kb.add_document(ru)
    found = {hit.doc_id for hit in kb.search(query, limit=10)}
    assert found == {kk.id, ru.id}
    assert {e.name for e in kb.list_entities(query=query)} & {"Қасым-Жомарт Тоқаев", "Касым-Жомарт Токаев"}


def test_kazakh_and_russian_reports_of_one_event_are_one_story(kb: KnowledgeBase, build: Build) -> None:
    kk, ru = _kk(build), _ru(build)
    kb.add_document(kk)
    kb.add_document(ru)
    rows = {r.doc_id: r for r in kb.list_articles()}
    assert rows[ru.id].duplicate_of == kk.id
    [hit] = kb.search("Токаев")  # one story: one hit, the other report listed with it
    assert {hit.doc_id, *hit.duplicates} == {kk.id, ru.id}


def test_reports_of_different_days_are_different_stories(kb: KnowledgeBase, build: Build) -> None:
    kk, ru = _kk(build, "2025-04-01"), _ru(build, "2025-04-02")
    kb.add_document(kk)
    kb.add_document(ru)
    assert all(r.duplicate_of is None for r in kb.list_articles())


@pytest.mark.parametrize(
    ("kazakh", "russian"),
    [("Оразалин", "Уразалин"), ("Қарашөкеев", "Карашукеев"), ("Тоқаев", "Токаев"), ("Жұманғарин", "Жумангарин")],
)
def test_cross_key_joins_kazakh_and_russian_spellings(kazakh: str, russian: str) -> None:
    assert cross_key(name_key(kazakh)) == cross_key(name_key(russian))


def test_cross_key_keeps_different_names_apart() -> None:
    assert cross_key(name_key("Сериков")) != cross_key(name_key("Сарыков"))


def test_russian_spelling_with_another_vowel_joins_the_kazakh_person(kb: KnowledgeBase, build: Build) -> None:
    kb.add_document(build("Әкім\nӘкім Ондасын Оразалин сөйледі.", "2025-01-10",
                          [("E1", "PERSON", "Ондасын Оразалин", ["Ондасын Оразалин"])]))
    kb.add_document(build("Аким\nАким Ондасын Уразалин выступил.", "2025-01-11",
                          [("E1", "PERSON", "Ондасын Уразалин", ["Ондасын Уразалин"])]))
    [person] = kb.list_entities(type="PERSON")
    assert person.article_count == 2
