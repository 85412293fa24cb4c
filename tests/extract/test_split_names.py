"""A run of capitalised words that joins two people is split (tables written for these tests)."""

from __future__ import annotations

import pytest

from derek.doc import Document
from derek.extract.names import split_joined
from derek.extract.segment import words_of
from derek.extract.stage import extract_facts
from derek.text.tokenize import tokenize


def parts(text: str, known: dict[str, set[str]]) -> list[str]:
    words = words_of(tokenize(text))
    attested = frozenset(w.text for w in words if w.is_cap)
    return [" ".join(w.text for w in words[a:b]) for a, b in split_joined(words, 0, len(words), known, attested)]


@pytest.mark.parametrize(("run", "known", "expected"), [
    # a known person's surname after a word that is not his given name
    ("Лукашенко Пашинянмен", {"Пашинян": {"Никол"}}, ["Лукашенко", "Пашинянмен"]),
    ("Эрдоған Шольцпен", {"Шольц": {"Олаф"}}, ["Эрдоған", "Шольцпен"]),
    # his own given name stays with him
    ("Никол Пашинянмен", {"Пашинян": {"Никол"}}, ["Никол Пашинянмен"]),
    # a word with a genitive or instrumental ending ends a name
    ("Мирзиёевтің Рахмон", {}, ["Мирзиёевтің", "Рахмон"]),
    ("Алиевпен Орбан", {}, ["Алиевпен", "Орбан"]),
    # two surnames side by side
    ("Ахметов Смағұлов", {}, ["Ахметов", "Смағұлов"]),
    ("Петренко Сидоровамен", {}, ["Петренко", "Сидоровамен"]),
    # not split: given name + surname, patronymics, given names ending like surnames
    ("Жасұлан Тілеубеков", {}, ["Жасұлан Тілеубеков"]),
    ("Сергей Владимирович Иванов", {}, ["Сергей Владимирович Иванов"]),
    ("Асқар Серікұлы Бекмұратов", {}, ["Асқар Серікұлы Бекмұратов"]),
    ("Нұрсұлтан Әбішұлы", {}, ["Нұрсұлтан Әбішұлы"]),
    ("Қайратбек Оспанов", {}, ["Қайратбек Оспанов"]),
    ("Бенджамин Нетаньяху", {}, ["Бенджамин Нетаньяху"]),
    # a relative sharing a known surname keeps her own given name
    ("Дариға Назарбаева", {"Назарбаева": {"Алия"}}, ["Дариға Назарбаева"]),
])
def test_split_joined(run: str, known: dict[str, set[str]], expected: list[str]) -> None:
    assert parts(run, known) == expected


def test_joined_ner_span_gives_two_people() -> None:
    from derek.doc import Mention

    text = ("Армения премьер-министрі Никол Пашинян Астанаға келді. "
            "Бұдан бұрын Лукашенко Пашинянмен кездесуді Мәскеуде өткізуді ұсынды.")
    doc = Document(text=text, date="2025-03-10")
    start = text.index("Лукашенко")
    doc.mentions = [Mention(start, start + len("Лукашенко Пашинянмен"), "Лукашенко Пашинянмен", "PERSON")]
    names = {e.name for e in extract_facts(doc).entities if e.type == "PERSON"}
    assert names == {"Никол Пашинян", "Лукашенко"}
