"""The phonetic name key: English and other Latin spellings meet the Kazakh-script name they stand for."""

from __future__ import annotations

import pytest

from derek.text.translit import phonetic_key, phonetic_keys

# (Kazakh or Russian spelling as printed in Kazakh news, a Latin spelling of the same name)
SAME_NAME = [
    ("Макрон", "Macron"),
    ("Трамп", "Trump"),
    ("Ердоған", "Erdogan"),
    ("Ердоған", "Erdoğan"),
    ("Ляйен", "Leyen"),
    ("фон", "von"),
    ("Тоқаев", "Tokayev"),
    ("Тоқаев", "Toqaev"),
    ("Тоқаев", "Tokaev"),
    ("Зеленский", "Zelenskyy"),
    ("Зеленский", "Zelensky"),
    ("Шольц", "Scholz"),
    ("Си", "Xi"),
    ("Цзиньпин", "Jinping"),
    ("Джонсон", "Johnson"),
    ("Уильям", "William"),
    ("Вагнер", "Wagner"),
    ("Кая", "Kaja"),
    ("Байден", "Biden"),
    ("Нетаньяху", "Netanyahu"),
    ("Мирзиёев", "Mirziyoyev"),
    ("Жапаров", "Japarov"),
    ("Жапаров", "Zhaparov"),
    ("Вучич", "Vučić"),
    ("Хаменеи", "Khamenei"),
    ("Мұхтар", "Mukhtar"),
    ("Санчес", "Sánchez"),
    ("Ширак", "Chirac"),
    ("Әлиев", "Aliyev"),
    ("Пашинян", "Pashinyan"),
    ("Исиба", "Ishiba"),
    ("Сигэру", "Shigeru"),
    ("Режеп", "Recep"),
]


@pytest.mark.parametrize(("kazakh", "latin"), SAME_NAME)
def test_spellings_of_one_name_share_a_key(kazakh: str, latin: str) -> None:
    assert phonetic_key(kazakh) in phonetic_keys(latin)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Макрон", "Marin"), ("Трамп", "Tramway"), ("Тоқаев", "Tusk"), ("Шольц", "Salts"), ("Байден", "Bader")],
)
def test_different_names_keep_different_keys(one: str, other: str) -> None:
    assert phonetic_key(one) not in phonetic_keys(other)


def test_key_is_plain_ascii_and_vowel_runs_collapse() -> None:
    key = phonetic_key("Нетаньяху")
    assert key.isascii() and key.isalpha()
    assert "aa" not in key and phonetic_key("Аа") == "a"


def test_empty_and_non_letters() -> None:
    assert phonetic_key("") == ""
    assert phonetic_keys("2024") == ()
