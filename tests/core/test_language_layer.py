"""The language layer holds each word list once; every stage reads its countries and months from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from derek.errors import LanguageDataError
from derek.extract import gazetteer
from derek.ingest.dates import month_number
from derek.lang.kk import countries, months
from derek.lang.kk.phonology import voiced_stem
from derek.lang.tables import read_rows
from derek.ner import gazetteer as ner_gazetteer
from derek.text.exonyms import ENGLISH_NAMES


@pytest.mark.parametrize(("name", "english", "capital"), [
    ("Түркия", "Türkiye", "Анкара"),
    ("Чехия", "Czechia", "Прага"),
    ("Ресей Федерациясы", "Russia", "Мәскеу"),
    ("Оңтүстік Корея", "South Korea", "Сеул"),
    ("АҚШ", "United States", "Вашингтон"),
    ("КСРО", "Soviet Union", "Мәскеу"),
])
def test_one_country_table_gives_the_same_english_everywhere(name: str, english: str, capital: str) -> None:
    country = countries.by_name()[name.lower()]
    assert country.english == english and country.capital == capital
    assert gazetteer.COUNTRY_EN[name] == english
    assert ENGLISH_NAMES[name.lower()] == english
    assert countries.by_name()[gazetteer.CAPITAL_OF[capital].lower()].capital == capital


@pytest.mark.parametrize(("name", "russian"), [("Қазақстан", "Казахстан"), ("Франция", "Франция"),
                                               ("Германия", "Германия")])
def test_russian_names_come_from_iso(name: str, russian: str) -> None:
    assert countries.by_name()[name.lower()].russian == russian


@pytest.mark.parametrize(("word", "in_set"), [("корея", True), ("зеландия", True), ("әмірліктері", True),
                                              ("оңтүстік", False), ("республикасы", False)])
def test_the_ner_country_words_are_the_distinctive_words_of_the_names(word: str, in_set: bool) -> None:
    assert (word in ner_gazetteer.COUNTRIES) is in_set


@pytest.mark.parametrize(("form", "number"), [
    ("қаңтарда", 1), ("ақпанның", 2), ("қыркүйегінде", 9), ("қыркүйекте", 9), ("желтоқсан", 12),
    ("января", 1), ("мая", 5), ("сентябре", 9), ("декабря", 12),
    ("Jan", 1), ("September", 9), ("Oct.", 10),
    ("қазақ", None), ("март", 3), ("мамыр", 5),
])
def test_month_names_in_every_form_a_dateline_writes(form: str, number: int | None) -> None:
    assert month_number(form) == number


def test_the_kazakh_month_table_has_twelve_months_in_order() -> None:
    assert list(months.kazakh().values()) == list(range(1, 13))
    assert months.all_names() == ner_gazetteer.MONTHS


@pytest.mark.parametrize(("stem", "voiced"), [("қыркүйек", "қыркүйег"), ("кітап", "кітаб"), ("тарақ", "тарағ"),
                                              ("мамыр", "мамыр"), ("", "")])
def test_voicing_before_a_vowel(stem: str, voiced: str) -> None:
    assert voiced_stem(stem) == voiced


def test_a_malformed_table_names_the_file_and_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("# comment\nа\tб\nа\tб\tв\n", encoding="utf-8")
    with pytest.raises(LanguageDataError, match=r"bad\.tsv: line 3 has 3 columns, expected 2"):
        read_rows(bad, 2)
    with pytest.raises(LanguageDataError, match="cannot be read"):
        read_rows(tmp_path / "missing.tsv")
