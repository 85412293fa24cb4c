"""Where one person's name ends and the next begins (texts written for these tests)."""

from __future__ import annotations

import pytest

from derek.doc import Document
from derek.extract.stage import extract_facts


def persons(text: str) -> list[str]:
    doc = extract_facts(Document(text=text, date="2025-03-10"))
    return sorted(e.name for e in doc.entities if e.type == "PERSON")


@pytest.mark.parametrize(("text", "expected"), [
    # outlets and sites credit a text; they are never people
    ("Кеше Астанада форум өтті, деп хабарлайды Egemen.kz.\nФорумға Kazinform тілшісі қатысты.", []),
    # two full names side by side are two people
    ("Кездесуге Асқар Мамырбеков Ерлан Төлеуов қатысты.", ["Асқар Мамырбеков", "Ерлан Төлеуов"]),
    # given name + patronymic + surname is one person, and his surname alone later is still him
    ("Депутат Ерлан Серікұлы Жанұзақов мәлімдеме жасады.\nБіз жауап күтеміз, - деді Жанұзақов.",
     ["Ерлан Серікұлы Жанұзақов"]),
    # a name inside an organisation's name is not a person
    ("Спектакль Мұхтар Әуезов атындағы театрда қойылды.", []),
    # a name in the genitive before an organisation noun ("X-тың соты": X's trial) is still a person
    ("Сот Ерлан Жақсыбековтің ісін қарады. Марат Сейітқалиевтің соты өтті.",
     ["Ерлан Жақсыбеков", "Марат Сейітқалиев"]),
    # an address form with a patronymic is the person named in full elsewhere
    ("Министр Берік Уәлиұлы Ахметов сұхбат берді.\n– Берік Уәлиұлы, жаңа жыл қандай болмақ?\n"
     "– Жаңа жыл табысты болады деп сенемін.", ["Берік Уәлиұлы Ахметов"]),
    ("Сұхбатқа академик Асқар Бекенов келді.\n– Асқар Серікұлы, ғылымға қалай келдіңіз?", ["Асқар Бекенов"]),
    # a list word with a case ending is not the end of a name
    ("Ресей Президенті Владимир Кузнецов Елбасыға ақ тілегін арнады.", ["Владимир Кузнецов"]),
    # one capitalised word before a portfolio and its title is not a name
    ("Мемлекет басшысы Ауыл шаруашылығы министрін қабылдады.", []),
    # a name of three words kept whole once is kept whole everywhere
    ("Түркия президенті Мехмет Али Йылдыз күзде келеді. Президент Мехмет Али Йылдыз мырзаның сапары жоспарланды. "
     "Йылдыз келісімге қол қояды.", ["Мехмет Али Йылдыз"]),
])
def test_person_boundaries(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


def roles(text: str) -> dict[str, set[str]]:
    doc = extract_facts(Document(text=text, date="2025-03-10"))
    names = {e.id: e.name for e in doc.entities}
    found: dict[str, set[str]] = {}
    for r in doc.roles:
        found.setdefault(names[r.person], set()).add(r.position)
    return found


@pytest.mark.parametrize(("text", "person", "post"), [
    # the address form is merged into the person named in full after it; the people named later keep their own
    # mentions and posts (the merge used to shift them onto their neighbours, or past the end of the list)
    ("Асқар Серқұлұлы жиынды ашты. Кейін Асқар Жұмаділдаев баяндама жасады. Жиынға депутат Ерлан Сәрсенов пен "
     "кәсіпкер Айгүл Нұрланова қатысты. Сәрсенов жаңа заң туралы айтты.", "Айгүл Нұрланова", "кәсіпкер"),
    ("Берік Уәлиұлы сөз алды. Берік Ахметов жобаны таныстырды. Жиынды аким Марат Омаров ашты. "
     "Омаров жолдарды жөндеуді тапсырды.", "Марат Омаров", "аким"),
])
def test_people_after_a_merged_address_form_keep_their_posts(text: str, person: str, post: str) -> None:
    assert post in roles(text).get(person, set())
