"""Russian names in the nominative: tables of real inflected forms and the nominative a reader writes."""

from __future__ import annotations

import pytest

from derek.lang.ru.names import person_name, phrase_nominative


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Гульмире Исимбаевой", "Гульмира Исимбаева"),
        ("Андреем Сибигой", "Андрей Сибига"),
        ("Касым-Жомарта Токаева", "Касым-Жомарт Токаев"),
        ("Серику Макашевичу Жумангарину", "Серик Жумангарин"),
        ("Нурсултана Назарбаева", "Нурсултан Назарбаев"),
        ("Эммануэлем Макроном", "Эммануэль Макрон"),
        ("Мурат Нуртлеу", "Мурат Нуртлеу"),
        ("Анне Ивановой", "Анна Иванова"),
    ],
)
def test_person_names_go_to_the_nominative_and_lose_the_patronymic(written: str, nominative: str) -> None:
    assert person_name(written.split()) == nominative


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Дворце Независимости", "Дворец Независимости"),
        ("Высшего Евразийского экономического совета", "Высший Евразийский экономический совет"),
        ("Генеральной Ассамблеи ООН", "Генеральная Ассамблея ООН"),
        ("Нью-Йорке", "Нью-Йорк"),
        ("Казахстана", "Казахстан"),
        ("Шымкента", "Шымкент"),
        ("Карагандинской области", "Карагандинская область"),
        ("Актюбинской", "Актюбинская"),
        ("Мангистауской областей", "Мангистауская область"),
        ("Министерства здравоохранения", "Министерство здравоохранения"),
        ("Алматы", "Алматы"),
        ("Атырау", "Атырау"),
        ("Франции", "Франция"),
    ],
)
def test_place_and_body_phrases_go_to_the_nominative(written: str, nominative: str) -> None:
    assert phrase_nominative(written) == nominative


def test_official_order_with_patronymic_becomes_first_name_and_surname() -> None:
    assert person_name(["Смаилов", "Алихан", "Асханович"]) == "Алихан Смаилов"
