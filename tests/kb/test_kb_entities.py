"""Entities across articles: one KB entity per real-world thing, never two people merged by surname."""

from __future__ import annotations

from collections.abc import Callable

from derek.doc import Document
from derek.kb import KBEntity, KnowledgeBase

Build = Callable[..., Document]


def _people(kb: KnowledgeBase) -> dict[str, KBEntity]:
    return {e.name: e for e in kb.list_entities(type="PERSON")}


def test_same_person_in_two_articles_is_one_entity(kb: KnowledgeBase, build: Build) -> None:
    kb.add_document(build("Мәжіліс отырысы\nДепутат Асхат Бекенов заң жобасын ұсынды. Асхат Бекенов сөз сөйледі.",
                          "2024-02-01", [("E1", "PERSON", "Асхат Бекенов", ["Асхат Бекенов"])]))
    kb.add_document(build("Сенат отырысы\nАсхат Бекеновтің ұсынысы қабылданды.",
                          "2024-02-08", [("E1", "PERSON", "Асхат Бекенов", ["Асхат Бекеновтің"])]))
    [person] = kb.list_entities(type="PERSON")
    assert (person.name, person.article_count, person.mention_count) == ("Асхат Бекенов", 2, 3)
    mentions = kb.entity_mentions(person.id)
    assert [m.text for m in mentions] == ["Асхат Бекенов", "Асхат Бекенов", "Асхат Бекеновтің"]
    assert [m.date for m in mentions] == ["2024-02-01", "2024-02-01", "2024-02-08"]


def test_shared_surname_different_first_names_stay_apart(kb: KnowledgeBase, build: Build) -> None:
    kb.add_document(build("Футбол\nШабуылшы Дәулет Омаров екі гол соқты.", "2024-05-01",
                          [("E1", "PERSON", "Дәулет Омаров", ["Дәулет Омаров"])]))
    kb.add_document(build("Ғылым\nПрофессор Сапар Омаров жаңа кітап жазды.", "2024-05-02",
                          [("E1", "PERSON", "Сапар Омаров", ["Сапар Омаров"])]))
    people = _people(kb)
    assert set(people) == {"Дәулет Омаров", "Сапар Омаров"}
    assert all(p.article_count == 1 for p in people.values())


def test_surname_only_attaches_when_unambiguous(kb: KnowledgeBase, build: Build) -> None:
    kb.add_document(build("Сот\nСудья Гүлнар Төлеева іс қарады.", "2024-03-01",
                          [("E1", "PERSON", "Гүлнар Төлеева", ["Гүлнар Төлеева"])]))
    kb.add_document(build("Сот шешімі\nТөлееваның шешімі жарияланды.", "2024-03-02",
                          [("E1", "PERSON", "Төлеева", ["Төлееваның"])]))
    [person] = kb.list_entities(type="PERSON")
    assert person.article_count == 2
    assert "Төлеева" in person.aliases and person.name == "Гүлнар Төлеева"


def test_surname_only_is_kept_apart_when_two_people_share_it(kb: KnowledgeBase, build: Build) -> None:
    for first, day in (("Ержан", "01"), ("Айдос", "02")):
        kb.add_document(build(f"Хабар {day}\n{first} Мұқанов жарысқа қатысты.", f"2024-03-{day}",
                              [("E1", "PERSON", f"{first} Мұқанов", [f"{first} Мұқанов"])]))
    kb.add_document(build("Жарыс\nМұқанов жеңіске жетті.", "2024-03-05",
                          [("E1", "PERSON", "Мұқанов", ["Мұқанов"])]))
    people = _people(kb)
    assert set(people) == {"Ержан Мұқанов", "Айдос Мұқанов", "Мұқанов"}
    assert people["Ержан Мұқанов"].article_count == 1 and people["Айдос Мұқанов"].article_count == 1


def test_a_shared_role_picks_between_namesakes(kb: KnowledgeBase, build: Build) -> None:
    kb.add_document(build("Әкімдік\nӘкім Серік Жұмабаев жол салуды тапсырды.", "2024-04-01",
                          [("E1", "PERSON", "Серік Жұмабаев", ["Серік Жұмабаев"])], roles=[("E1", "әкім", None)]))
    kb.add_document(build("Спорт\nБоксшы Нұржан Жұмабаев финалға шықты.", "2024-04-02",
                          [("E1", "PERSON", "Нұржан Жұмабаев", ["Нұржан Жұмабаев"])], roles=[("E1", "боксшы", None)]))
    kb.add_document(build("Әкімдік жаңалығы\nӘкім Жұмабаев жиын өткізді.", "2024-04-03",
                          [("E1", "PERSON", "Жұмабаев", ["Жұмабаев"])], roles=[("E1", "әкім", None)]))
    people = _people(kb)
    assert set(people) == {"Серік Жұмабаев", "Нұржан Жұмабаев"}
    assert people["Серік Жұмабаев"].article_count == 2


def test_places_and_organisations_merge_by_name(kb: KnowledgeBase, build: Build) -> None:
    for day in ("01", "02"):
        kb.add_document(build(f"Хабар {day}\nТараз қаласында Ұлттық банк филиалы ашылды, күні {day}.",
                              f"2024-06-{day}",
                              [("E1", "GPE", "Тараз", ["Тараз"]), ("E2", "ORGANISATION", "Ұлттық банк",
                                                                     ["Ұлттық банк"])]))
    by_type = {e.type: e for e in kb.list_entities()}
    assert by_type["GPE"].article_count == 2 and by_type["ORGANISATION"].article_count == 2
    assert kb.stats()["entities"] == 2


def test_doc_entity_ids_map_local_to_kb(kb: KnowledgeBase, build: Build) -> None:
    doc = build("Кездесу\nМарат Ахметов пен Дина Серікова кездесті.", "2024-01-01",
                [("E1", "PERSON", "Марат Ахметов", ["Марат Ахметов"]),
                 ("E2", "PERSON", "Дина Серікова", ["Дина Серікова"])])
    kb.add_document(doc)
    mapping = kb.doc_entity_ids(doc.id)
    assert set(mapping) == {"E1", "E2"}
    entity = kb.get_entity(mapping["E2"])
    assert entity is not None and entity.name == "Дина Серікова"
    assert kb.get_entity(10_000) is None


def test_list_entities_query(kb: KnowledgeBase, build: Build) -> None:
    kb.add_document(build("Кездесу\nМарат Ахметов пен Дина Серікова кездесті.", "2024-01-01",
                          [("E1", "PERSON", "Марат Ахметов", ["Марат Ахметов"]),
                           ("E2", "PERSON", "Дина Серікова", ["Дина Серікова"])]))
    assert [e.name for e in kb.list_entities(query="Серікова")] == ["Дина Серікова"]
    assert [e.name for e in kb.list_entities(query="Ахметов")] == ["Марат Ахметов"]
    assert kb.list_entities(query="%") == []  # no word in it, so nothing (not everything)
    assert kb.list_entities(query="Белгісіз") == []


def test_latin_spelling_of_a_name_joins_the_cyrillic_entity(kb: KnowledgeBase, build: Build) -> None:
    kb.add_document(build("Хабар\nҚайрат Нұрғалиев келді.", "2024-01-01",
                          [("E1", "PERSON", "Қайрат Нұрғалиев", ["Қайрат Нұрғалиев"])]))
    kb.add_document(build("News\nQairat Nūrğaliev arrived.", "2024-01-02",
                          [("E1", "PERSON", "Qairat Nūrğaliev", ["Qairat Nūrğaliev"])]))
    [person] = kb.list_entities(type="PERSON")
    assert person.article_count == 2


def test_organisation_names_merge_by_lemma(kb: KnowledgeBase, build: Build) -> None:
    kb.add_document(build("Хабар\nДүниежүзілік банк жаңа несие берді.", "2024-01-01",
                          [("E1", "ORGANISATION", "Дүниежүзілік банк", ["Дүниежүзілік банк"])]))
    kb.add_document(build("Хабар\nДүниежүзілік банкі есеп жариялады.", "2024-01-02",
                          [("E1", "ORGANISATION", "Дүниежүзілік банкі", ["Дүниежүзілік банкі"])]))
    [org] = kb.list_entities(type="ORGANISATION")
    assert org.article_count == 2 and org.name == "Дүниежүзілік банк"


def test_entity_without_latin_gets_a_romanised_name(kb: KnowledgeBase, build: Build) -> None:
    kb.add_document(build("Хабар\nҚайрат Нұрғалиев келді.", "2024-01-01",
                          [("E1", "PERSON", "Қайрат Нұрғалиев", ["Қайрат Нұрғалиев"])]))
    [person] = kb.list_entities(type="PERSON")
    assert person.latin is not None and person.latin.isascii() and person.latin.lower().startswith("kairat")
